"""The drafting dock: a tab per page (Layers, one per step of a 片区 plan, Export), a light on each step's tab,
and the plan's state, which every page reads and changes through the dock and which is saved in the project.

Thin on purpose: every computation is a Processing algorithm (see steps.py for which, and how each
parameter is filled); the dock picks the layers, runs the algorithms as background tasks and shows
what they return. The pages are their own modules: roles_page, step_page, targets_page, export_page.
"""
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSize, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPixmap
from qgis.PyQt.QtWidgets import QScrollArea, QTabWidget

from ..translation import tr
from . import demo
from . import status as step_results
from . import steps as step_defs
from .export_page import ExportPage
from .labels import status_labels
from .live_check import LiveCheck
from .live_page import LivePage
from .roles_page import RolesPage
from .state import PlanState, guess_roles
from .step_page import StepPage
from .targets_page import TargetsPage

MIN_WIDTH, MAX_MIN_WIDTH = 420, 640  # px (640: eight tabs, the English words among them, in sight at once)
LIGHTS = {step_results.NOT_STARTED: "#9e9e9e", step_results.ATTENTION: "#f08c00", step_results.OK: "#2f9e44"}


def light_icon(status):
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(LIGHTS.get(status, LIGHTS[step_results.NOT_STARTED])))
    painter.setPen(QColor("#404040"))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class LantuDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None, project=None, live=None):
        super().__init__(tr("Lantu 蓝图"), parent)
        self.setObjectName("LantuDock")
        self.iface = iface
        self.project = project or QgsProject.instance()
        # the live check is the plugin's (its action is in the menu and toolbar too); a dock made alone has its own
        self.own_live = live is None
        self.live = live or LiveCheck(self.project, iface, parent=self)
        self.state = PlanState.load(self.project)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # a narrower dock than the tabs need still reaches every tab
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.setIconSize(QSize(12, 12))
        self.roles_page = RolesPage(self)
        layers = self.tabs.addTab(_scrolled(self.roles_page), QgsApplication.getThemeIcon("/mIconLayerTree.svg"), tr("Layers"))
        self.tabs.setTabToolTip(layers, tr("Which layer of the project is which, their fields and the plan's settings"))
        self.pages, self.tab_index = {}, {}
        for step in step_defs.steps():
            page = TargetsPage(self, step) if step.key == "targets" else StepPage(self, step)
            self.pages[step.key] = page
            self.tab_index[step.key] = self.tabs.addTab(_scrolled(page), light_icon(step_results.NOT_STARTED), step.tab)
            self.tabs.setTabToolTip(self.tab_index[step.key], step.title)
        self.live_page = LivePage(self, self.live)
        live = self.tabs.addTab(_scrolled(self.live_page), self.live.action.icon(), tr("Live"))  # short, as the steps' tabs
        self.tabs.setTabToolTip(live, tr("Every edit of a plan layer checked at once (边画边检)"))
        self.export_page = ExportPage(self)
        export = self.tabs.addTab(_scrolled(self.export_page), QgsApplication.getThemeIcon("/mActionSaveAsPDF.svg"), tr("Export"))
        self.tabs.setTabToolTip(export, tr("The review report and the standard maps"))
        # short titles: wide enough for every tab where that is not too wide; where the words are long (English),
        # the Layers, Live check and Export tabs keep their icon and tooltip only, and only then does the tab bar scroll
        if self.tabs.tabBar().sizeHint().width() + 8 > MAX_MIN_WIDTH:
            for index in (layers, live, export):
                self.tabs.setTabToolTip(index, f"{self.tabs.tabText(index)}: {self.tabs.tabToolTip(index)}")
                self.tabs.setTabText(index, "")
        self.setMinimumWidth(min(max(MIN_WIDTH, self.tabs.tabBar().sizeHint().width() + 8), MAX_MIN_WIDTH))
        self.setWidget(self.tabs)
        self._closing_project = False
        self.project.removeAll.connect(self._project_closing)
        self.project.readProject.connect(self.reload)
        self.project.cleared.connect(self.reload)
        registry = QgsApplication.processingRegistry()
        registry.providerAdded.connect(self.refresh_algorithms)
        registry.providerRemoved.connect(self.refresh_algorithms)
        self.reload()

    def _project_closing(self):
        # every layer is about to go: the combos will empty themselves, which is no planner's choice
        self._closing_project = True

    def canvas(self):
        return self.iface.mapCanvas() if self.iface is not None else None

    # state ------------------------------------------------------------------------------
    def reload(self, *_):
        """Read the plan state from the project (on open), guessing roles the first time."""
        for page in getattr(self, "pages", {}).values():
            if isinstance(page, StepPage):
                page.cancel()  # a run started on the previous project must not load into this one
        self._closing_project = False
        self.state = PlanState.load(self.project)
        if not self.state.roles and self.project.mapLayers():
            self.state.roles = guess_roles(self.project)
            if self.state.roles:
                self.state.save(self.project)
        self.roles_page.show_state(self.state, self.project)
        if demo.inside_plugin(self.project.fileName()):
            QTimer.singleShot(0, self._use_demo_copy)  # after QGIS has finished reading the bundled demo
        for key, page in self.pages.items():
            if isinstance(page, TargetsPage):
                page.show_state(self.state)
            else:
                page.show_summary(self.state.results.get(key, {}))
        self.refresh_algorithms()

    def refresh_algorithms(self, *_):
        for page in self.pages.values():
            if isinstance(page, StepPage):
                page.refresh_algorithms()

    def guess(self):
        self.state.roles = guess_roles(self.project)
        self.state.settings.pop("fields", None)  # the fields are guessed again with the layers
        self.state.save(self.project)
        self.roles_page.show_state(self.state, self.project)
        self.refresh_algorithms()

    def set_role(self, key, layer):
        if self._closing_project:
            return
        if layer is None:
            self.state.roles.pop(key, None)
        else:
            self.state.roles[key] = layer.id()
        self.state.save(self.project)
        self.roles_page.show_fields(key, self.state, self.project)
        self.refresh_algorithms()

    def set_field(self, role, kind, name):
        if self._closing_project:
            return
        self.state.choose_field(role, kind, name)
        self.state.save(self.project)
    def set_setting(self, key, value):
        self.state.settings[key] = value
        self.state.save(self.project)

    def set_area_unit(self, unit):
        """公顷 or 亩: every step's figures and tables are shown again in it."""
        self.set_setting("area_unit", unit)
        for key, page in self.pages.items():
            if isinstance(page, StepPage):
                page.show_summary(self.state.results.get(key, {}))

    def set_targets(self, targets):
        self.state.targets = targets
        self.state.save(self.project)

    def store_results(self, key, summary):
        self.state.results[key] = summary
        self.state.save(self.project)

    def update_light(self, key, status):
        if key in self.tab_index:
            self.tabs.setTabIcon(self.tab_index[key], light_icon(status))
            title = next(s.title for s in step_defs.steps() if s.key == key)
            self.tabs.setTabToolTip(self.tab_index[key], f"{title}: {status_labels()[status]}")

    def load_demo(self):
        """Open the demo from its copy in the profile, so that its results are saved beside it."""
        return demo.open_demo(self.project)

    def _use_demo_copy(self):
        """The bundled demo, opened as it is, is swapped for its copy in the profile, where results can be saved."""
        if not demo.inside_plugin(self.project.fileName()) or not self.load_demo():
            return
        if self.iface is not None:
            self.iface.messageBar().pushInfo("Lantu 蓝图", tr("The demo was opened from its copy in {0}, so that its "
                                                               "results are saved beside it.").format(demo.writable_folder()))

    def closeEvent(self, event):
        for page in self.pages.values():
            if isinstance(page, StepPage):
                page.cancel()
        super().closeEvent(event)

    def cleanup(self):
        """Disconnect from QGIS before the plugin unloads."""
        for signal, slot in ((self.project.readProject, self.reload), (self.project.cleared, self.reload),
                             (self.project.removeAll, self._project_closing),
                             (QgsApplication.processingRegistry().providerAdded, self.refresh_algorithms),
                             (QgsApplication.processingRegistry().providerRemoved, self.refresh_algorithms)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        for page in self.pages.values():
            if isinstance(page, StepPage):
                page.cancel(wait=True)  # the plugin's code must not be running in a thread once it is unloaded
        self.export_page.cancel(wait=True)
        try:
            self.live.changed.disconnect(self.live_page.refresh)
        except (TypeError, RuntimeError):
            pass
        if self.own_live:
            self.live.close()


def _scrolled(widget):
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
