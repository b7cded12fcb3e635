"""The drafting dock: layer roles, one page per step of a 片区 plan, targets, export.

Thin on purpose: every computation is a Processing algorithm (see steps.py for which, and how each
parameter is filled); the dock picks the layers, runs the algorithms as background tasks and shows
what they return.
"""
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsProject,
)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..compat import LINE_LAYER_FILTER, POLYGON_LAYER_FILTER, RASTER_LAYER_FILTER
from ..core import targets as core_targets
from ..core.classification import TableError
from ..translation import tr
from . import results as step_results
from . import runner as step_runner
from . import steps as step_defs
from .labels import column_labels, role_labels, status_labels, value_labels
from .state import PlanState, guess_roles

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


def _table(widget, headers, rows, fit=False):
    widget.clear()
    widget.setColumnCount(len(headers))
    widget.setRowCount(len(rows))
    labels = column_labels()
    widget.setHorizontalHeaderLabels([labels.get(str(h), str(h)) for h in headers])
    coded = value_labels()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            value = coded.get(str(headers[c]), {}).get(value, value)
            text = "" if value is None else (f"{value:,.2f}" if isinstance(value, float) else str(value))
            item = QTableWidgetItem(text)
            if isinstance(value, (int, float)):
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    if fit:  # as tall as its rows, no empty box under a few figures
        height = widget.horizontalHeader().height() + sum(widget.rowHeight(r) for r in range(len(rows))) + 4
        widget.setMinimumHeight(0)
        widget.setFixedHeight(min(max(height, 40), 260))


def _new_table():
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setMinimumHeight(120)
    return table


class RolesPage(QWidget):
    """Which layer plays which role, the plan's name and date; a guess the planner can correct."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell Lantu which layer of the project is which. The guess comes from layer and field "
                          "names; correct it here. Everything is saved in the project."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.plan_name = QLineEdit()
        self.plan_name.setPlaceholderText(tr("e.g. 某某片区"))
        self.plan_name.editingFinished.connect(lambda: self.dock.set_setting("plan_name", self.plan_name.text()))
        form.addRow(tr("Plan name"), self.plan_name)
        self.plan_date = QLineEdit()
        self.plan_date.setPlaceholderText("2026-11")
        self.plan_date.editingFinished.connect(lambda: self.dock.set_setting("plan_date", self.plan_date.text()))
        form.addRow(tr("Plan date"), self.plan_date)
        self.area_method = QComboBox()
        self.area_method.addItems([tr("planar (projected CRS)"), tr("ellipsoidal (CGCS2000)")])
        self.area_method.activated.connect(lambda index: self.dock.set_setting("area_method", index))
        form.addRow(tr("Area method"), self.area_method)
        self.combos = {}
        from ..core.roles import LINE, RASTER, ROLES

        filters = {LINE: LINE_LAYER_FILTER, RASTER: RASTER_LAYER_FILTER}
        for role in ROLES:
            combo = QgsMapLayerComboBox()
            combo.setFilters(filters.get(role.kind, POLYGON_LAYER_FILTER))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            combo.layerChanged.connect(lambda layer, key=role.key: self.dock.set_role(key, layer))
            form.addRow(role_labels()[role.key], combo)
            self.combos[role.key] = combo
        layout.addLayout(form)
        buttons = QHBoxLayout()
        guess = QPushButton(tr("Guess again"))
        guess.clicked.connect(self.dock.guess)
        demo = QPushButton(tr("Load demo project"))
        demo.clicked.connect(self.dock.load_demo)
        buttons.addWidget(guess)
        buttons.addWidget(demo)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()

    def show_state(self, state, project):
        self.plan_name.setText(state.settings.get("plan_name", ""))
        self.plan_date.setText(state.settings.get("plan_date", ""))
        self.area_method.setCurrentIndex(int(state.settings.get("area_method", 0) or 0))
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setLayer(state.layer(key, project))
            combo.blockSignals(False)


class StepPage(QWidget):
    """One step: the algorithms it runs (and whether this version has them), run/cancel, the results."""

    def __init__(self, dock, step):
        super().__init__()
        self.dock, self.step = dock, step
        self.runner = None
        layout = QVBoxLayout(self)
        about = QLabel(step.help)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.algorithms = QLabel()
        self.algorithms.setWordWrap(True)
        self.algorithms.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.algorithms)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run this step"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setOpenExternalLinks(True)  # the algorithms' HTML reports open in the browser
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(tr("Key figures")))
        self.figures = _new_table()
        layout.addWidget(self.figures)
        self.table_label = QLabel(tr("Summary table"))
        layout.addWidget(self.table_label)
        self.table = _new_table()
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(tr("Findings (click one to zoom to it)")))
        self.findings = QListWidget()
        self.findings.setMinimumHeight(80)
        self.findings.itemClicked.connect(self.zoom_to)
        layout.addWidget(self.findings)
        self.summary = {}

    # what the step would run --------------------------------------------------------
    def refresh_algorithms(self):
        registry = QgsApplication.processingRegistry()
        lines = []
        for run in self.step.runs:
            algorithm = registry.algorithmById(run.algorithm)
            if algorithm is None:
                lines.append(f"<span style='color:#868e96'>○ {run.algorithm} — {tr('not available in this version')}</span>")
            else:
                lines.append(f"● {algorithm.displayName()} <span style='color:#868e96'>({run.algorithm})</span>")
        self.algorithms.setText("<br>".join(lines))

    # running --------------------------------------------------------------------------
    def run(self):
        if self.runner is not None and self.runner.running:
            return
        self.runner = step_runner.StepRunner(self.step, self.dock.state, self.dock.project)
        self.runner.progress.connect(lambda p: self.progress.setValue(int(p)))
        self.runner.finished.connect(self._finished)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.notes.setText(tr("Running in the background…"))
        self.runner.start()

    def cancel(self):
        if self.runner is not None:
            self.runner.cancel()

    def _finished(self, outcomes, staging):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if not staging:  # cancelled: nothing written, the previous results stay
            self.progress.setValue(0)
            self.notes.setText(tr("Cancelled; the previous results are kept."))
            return
        summary = step_results.commit(self.step, outcomes, staging, self.dock.state, self.dock.project)
        self.dock.store_results(self.step.key, summary)
        self.show_summary(summary)

    # showing --------------------------------------------------------------------------
    def show_summary(self, summary):
        self.summary = summary or {}
        status = self.summary.get("status", step_results.NOT_STARTED)
        self.status.setText(f"<b>{tr('Status')}:</b> {status_labels()[status]}")
        labels = role_labels()
        notes = []
        for run in self.summary.get("runs", []):
            name = run.get("name") or run["algorithm"]
            if run["state"] == step_runner.NOT_AVAILABLE:
                continue  # already said in the list of algorithms above
            if run["state"] == step_runner.MISSING_ROLE:
                missing = ", ".join(labels.get(k, k) for k in run["missing"])
                notes.append(f"⚠ {name}: {tr('needs a layer for {0}: set it on the Layers page').format(missing)}")
            elif run["state"] == step_runner.FAILED:
                errors = [m[1] for m in run.get("messages", []) if m[0] == "error"]
                notes.append(f"✖ {name}: {errors[-1] if errors else tr('failed; see the Processing log')}")
            else:
                warnings = [m[1] for m in run.get("messages", []) if m[0] == "warning"]
                notes.append(f"✔ {name}" + (f" — {warnings[0]}" if warnings else ""))
        links = [f"<a href='{QUrl.fromLocalFile(r['path']).toString()}'>{_escape(r['label'])}</a>"
                 for r in self.summary.get("reports", [])]
        self.notes.setText("<br>".join([_escape(n) for n in notes] + links))
        figures = self.summary.get("figures", [])
        _table(self.figures, [tr("Figure"), tr("Value")], [[f["label"], f["value"]] for f in figures], fit=True)
        table = self.summary.get("table")
        if table:
            self.table_label.setText(tr("Summary table: {0}").format(table["label"]))
            _table(self.table, table["headers"], table["rows"])
        else:
            self.table_label.setText(tr("Summary table"))
            _table(self.table, [], [])
        self.findings.clear()
        for finding in self.summary.get("findings", []):
            item = QListWidgetItem(finding["text"])
            item.setData(Qt.ItemDataRole.UserRole, (finding["layer"], finding["fid"]))
            self.findings.addItem(item)
        self.dock.update_light(self.step.key, status)

    def zoom_to(self, item):
        layer_id, fid = item.data(Qt.ItemDataRole.UserRole)
        layer = self.dock.project.mapLayer(layer_id)
        canvas = self.dock.canvas()
        if layer is None or canvas is None:
            return
        feature = layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), self.dock.project)
        box = transform.transformBoundingBox(feature.geometry().boundingBox())
        box.scale(1.5)
        canvas.setExtent(box)
        canvas.refresh()
        canvas.flashFeatureIds(layer, [fid])


def _escape(text):
    import html

    return html.escape(text)


class TargetsPage(QWidget):
    """目标定位: the binding indicators and their years, typed or imported from CSV."""

    COLUMNS = tuple(core_targets.COLUMNS)  # the table's columns are the file's

    def __init__(self, dock, step):
        super().__init__()
        self.dock, self.step = dock, step
        layout = QVBoxLayout(self)
        about = QLabel(step.help)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Indicator"), tr("Village cluster"), tr("Year"), tr("Value"), tr("Unit"),
                                              "≥ / ≤"])
        self.table.horizontalHeaderItem(1).setToolTip(tr("Village cluster (empty = total)"))
        self.table.horizontalHeaderItem(5).setToolTip(tr("Binding (≥ or ≤)"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellChanged.connect(self._changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for text, slot in ((tr("Add the standard indicators"), self.add_standard), (tr("Add row"), self.add_row),
                           (tr("Remove row"), self.remove_row), (tr("Import CSV…"), self.import_csv)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def show_state(self, state):
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for target in state.targets:
            self._append(target)
        self.table.blockSignals(False)
        self.dock.update_light(self.step.key, self.status())

    def status(self):
        filled = [t for t in self.dock.state.targets if str(t.get("value", "")).strip()]
        return step_results.OK if filled else step_results.NOT_STARTED

    def _append(self, target):
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(self.COLUMNS):
            self.table.setItem(r, c, QTableWidgetItem(str(target.get(key, ""))))

    def _changed(self, *_):
        targets = []
        for r in range(self.table.rowCount()):
            target = {key: (self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                      for c, key in enumerate(self.COLUMNS)}
            if any(target.values()):
                targets.append(target)
        self.dock.set_targets(targets)
        self.dock.update_light(self.step.key, self.status())

    def add_standard(self):
        self.table.blockSignals(True)
        for name, unit, direction in STANDARD_INDICATORS():
            self._append({"indicator": name, "year": "2035", "unit": unit, "direction": direction})
        self.table.blockSignals(False)
        self._changed()

    def add_row(self):
        self._append({})

    def remove_row(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True) or [self.table.rowCount() - 1]
        for r in rows:
            if r >= 0:
                self.table.removeRow(r)
        self._changed()

    def import_csv(self, path=None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import targets"), "", tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            targets = core_targets.read(path)
        except TableError as error:
            problem = tr("it needs the columns indicator and value (指标, 目标值)") if error.problem == "missing_columns" else (
                tr("the file is neither UTF-8 nor GBK") if error.detail == "encoding" else error.detail)
            self.message.setText(tr("Could not read {0}: {1}").format(path, problem))
            return
        self.table.blockSignals(True)
        for target in targets:
            self._append(target)
        self.table.blockSignals(False)
        self._changed()
        self.message.setText(tr("Imported {0} targets from {1}.").format(len(targets), os.path.basename(path)))


def STANDARD_INDICATORS():  # noqa: N802 - a constant, translated at call time
    return [(tr("耕地保有量"), tr("公顷"), "≥"), (tr("永久基本农田保护面积"), tr("公顷"), "≥"),
            (tr("生态保护红线面积"), tr("公顷"), "≥"), (tr("城镇开发边界面积"), tr("公顷"), "≤"),
            (tr("城乡建设用地规模"), tr("公顷"), "≤"), (tr("林地保有量"), tr("公顷"), "≥"), (tr("湿地面积"), tr("公顷"), "≥")]


class ExportPage(QWidget):
    """The review report of all steps and the standard maps."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        layout = QVBoxLayout(self)
        about = QLabel(tr("An HTML review report of every step (tables, findings, figures), and the standard maps "
                          "from the layout templates, as PDF and PNG."))
        about.setWordWrap(True)
        layout.addWidget(about)
        report = QPushButton(tr("Write the review report…"))
        report.clicked.connect(self.write_report)
        maps = QPushButton(tr("Export the standard maps…"))
        maps.clicked.connect(self.export_maps)
        layout.addWidget(report)
        layout.addWidget(maps)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch()

    def write_report(self, path=None):
        from . import export

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Review report"), "", tr("HTML files (*.html)"))
        if not path:
            return None
        export.write_report(self.dock.state, path)
        pdf = os.path.splitext(path)[0] + ".pdf"
        export.write_report_pdf(path, pdf)
        self.message.setText(tr("Report written: {0}").format(f"{path}, {os.path.basename(pdf)}"))
        return path

    def export_maps(self, folder=None):
        from . import export

        if not folder:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the maps"))
        if not folder:
            return []
        written, problems = export.export_maps(self.dock.state, folder, self.dock.project)
        text = tr("Maps written: {0}").format(", ".join(os.path.basename(p) for p in written) or "—")
        if problems:
            text += "\n" + "\n".join(problems)
        self.message.setText(text)
        return written


class LantuDock(QgsDockWidget):
    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(tr("Lantu 蓝图"), parent)
        self.setObjectName("LantuDock")
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.state = PlanState.load(self.project)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.roles_page = RolesPage(self)
        self.tabs.addTab(_scrolled(self.roles_page), tr("Layers"))
        self.setMinimumWidth(420)
        self.pages, self.tab_index = {}, {}
        for step in step_defs.steps():
            page = TargetsPage(self, step) if step.key == "targets" else StepPage(self, step)
            self.pages[step.key] = page
            self.tab_index[step.key] = self.tabs.addTab(_scrolled(page), light_icon(step_results.NOT_STARTED), step.tab)
            self.tabs.setTabToolTip(self.tab_index[step.key], step.title)
        self.export_page = ExportPage(self)
        self.tabs.addTab(_scrolled(self.export_page), tr("Export"))
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
        self.state.save(self.project)
        self.roles_page.show_state(self.state, self.project)

    def set_role(self, key, layer):
        if self._closing_project:
            return
        if layer is None:
            self.state.roles.pop(key, None)
        else:
            self.state.roles[key] = layer.id()
        self.state.save(self.project)

    def set_setting(self, key, value):
        self.state.settings[key] = value
        self.state.save(self.project)

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
        from ..paths import DEMO_PROJECT

        self.project.read(DEMO_PROJECT)

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
                page.cancel()


def _scrolled(widget):
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
