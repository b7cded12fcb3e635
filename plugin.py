"""QGIS entry point: translator, Processing provider, menu and toolbar actions."""
import html

from qgis.core import QgsApplication, QgsMessageLog, QgsProject, QgsTask
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox, QPushButton

from . import dependencies
from .compat import CRITICAL, WARNING
from .paths import DEMO_PROJECT, ICON
from .translation import install_translator, remove_translator, tr


class LantuPlugin:
    def __init__(self, iface):
        self.iface = iface  # None under qgis_process
        self.translator = install_translator()
        self.provider = None
        self.actions = []
        self.toolbar_actions = []
        self.menu_name = tr("&Lantu 蓝图")
        self._install_task = None
        self.dock = None
        self.dock_action = None
        self.model_actions = []
        self.live = None

    # Processing -------------------------------------------------------------------------
    def initProcessing(self):
        from .processing_provider.provider import LantuProvider

        if self.provider is None:
            self.provider = LantuProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            self.provider.attach_models()
        problem = dependencies.describe_missing()
        if problem:
            QgsMessageLog.logMessage(problem, "Lantu", WARNING)

    # GUI --------------------------------------------------------------------------------
    def initGui(self):
        self.initProcessing()
        from .ui import model_actions

        self.model_actions = model_actions.register()
        self.dock_action = self._add_action(tr("Lantu drafting dock"), self.toggle_dock, toolbar=True)
        self._add_action(tr("Land-use structure table (用地结构表)…"),
                         lambda: self._open_algorithm("lantu:landusestructure"), toolbar=True)
        from .ui.live_check import LiveCheck

        self.live = LiveCheck(QgsProject.instance(), self.iface, parent=self.iface.mainWindow())
        self._add_existing(self.live.action, toolbar=True)
        self._add_action(tr("Open the demo project"), self._open_demo)
        self._add_action(tr("Install dependencies…"), self._ask_install)
        if dependencies.missing():
            self._show_missing()

    def unload(self):
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.live is not None:
            self.live.close()
        for action in self.toolbar_actions:
            self.iface.removeToolBarIcon(action)
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            action.deleteLater()
        self.actions, self.toolbar_actions = [], []
        if self.live is not None:
            self.live.deleteLater()
            self.live = None
        from .ui import model_actions

        model_actions.unregister(self.model_actions)
        self.model_actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None

    def toggle_dock(self):
        """Open the drafting dock (made on first use), or hide it when it is open."""
        if self.dock is None:
            from qgis.PyQt.QtCore import Qt

            from .ui.dock import LantuDock

            self.dock = LantuDock(self.iface, self.iface.mainWindow(), live=self.live)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.show()
            return
        self.dock.setVisible(not self.dock.isVisible())

    def _add_action(self, text, callback, toolbar=False):
        action = QAction(QIcon(ICON), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        return self._add_existing(action, toolbar)

    def _add_existing(self, action, toolbar=False):
        self.iface.addPluginToMenu(self.menu_name, action)
        if toolbar:
            self.iface.addToolBarIcon(action)
            self.toolbar_actions.append(action)
        self.actions.append(action)
        return action

    def _open_algorithm(self, algorithm_id):
        import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def _open_demo(self):
        from .ui import demo  # a copy in the profile: results are saved beside it, never in the plugin or /tmp

        if not demo.open_demo(QgsProject.instance()):
            self.iface.messageBar().pushWarning("Lantu", tr("Could not open the demo project: {0}").format(DEMO_PROJECT))

    # Dependencies -----------------------------------------------------------------------
    def _show_missing(self):
        bar = self.iface.messageBar()
        # the message bar reads rich text: "shapely>=2.0,<2.1" would lose its "<2.1" as a tag
        item = bar.createMessage("Lantu 蓝图", html.escape(dependencies.describe_missing()).replace("\n", "<br>"))
        button = QPushButton(tr("Install"))
        button.clicked.connect(self._ask_install)
        item.layout().addWidget(button)
        bar.pushWidget(item, WARNING)

    def _ask_install(self):
        items = dependencies.missing(tuple(dependencies.EXTRAS))  # the menu installs what any algorithm needs
        if not items:
            QMessageBox.information(self.iface.mainWindow(), "Lantu 蓝图", tr("Everything Lantu needs is installed."))
            return
        question = tr("Lantu will run:\n\n{0}\n\nThis installs into a folder of Lantu's own and changes nothing "
                      "else in QGIS. Go ahead?").format(" ".join(dependencies.pip_command(items)))
        answer = QMessageBox.question(self.iface.mainWindow(), "Lantu 蓝图", question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = {}

        def run(task):
            result["ok"], result["output"] = dependencies.install(items)
            return result["ok"]

        def finished(exception, ok=None):
            if result.get("ok"):
                self.iface.messageBar().pushSuccess("Lantu", tr("Installed. Restart QGIS to use Lantu's algorithms."))
            else:
                QgsMessageLog.logMessage(result.get("output", str(exception)), "Lantu", CRITICAL)
                self.iface.messageBar().pushCritical("Lantu", tr("The install failed; see the Lantu tab of the log."))

        self._install_task = QgsTask.fromFunction(tr("Installing Lantu's dependencies"), run, on_finished=finished)
        QgsApplication.taskManager().addTask(self._install_task)
