"""A step's page: the algorithms it runs (and whether this version has them), run and cancel, and what the run
returned: key figures, the summary table, links to the algorithms' reports and findings to zoom to."""
import html

from qgis.core import QgsApplication, QgsCoordinateTransform
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..translation import tr
from . import results as step_results
from . import runner as step_runner
from . import steps as step_defs
from . import target_check
from .basemap import BaseMapPanel
from .database_box import DatabaseBox
from .labels import role_labels, status_labels
from .present import area_unit, figure_view
from .tables import FitTable, fill_table


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
        self.layers = QLabel()  # the roles the step reads, required or optional, and whether each is set
        self.layers.setWordWrap(True)
        self.layers.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.layers)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run this step"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: self.runner.cancel() if self.runner is not None else None)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.basemap = None
        if step.key == "status":  # 现状研判 also makes the base map the plan is drawn on (生成规划底图)
            self.basemap = BaseMapPanel(self)
            layout.addWidget(self.basemap)
        self.database = None
        if step.key == "delivery":  # 保障落实 also fills the plan database and checks it, on request (成果入库, 质检)
            self.database = DatabaseBox(self)
            layout.addWidget(self.database)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setOpenExternalLinks(True)  # the algorithms' HTML reports open in the browser
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(tr("Key figures")))
        self.figures = FitTable(stretch_first=True)
        layout.addWidget(self.figures)
        self.table_label = QLabel(tr("Summary table"))
        layout.addWidget(self.table_label)
        self.table = FitTable()
        self.table.setMinimumHeight(220)
        layout.addWidget(self.table, 1)
        # a second algorithm's table (提质增效: the 镇村生活圈 coverage per type), hidden when there is none
        self.more_label = QLabel()
        self.more_table = FitTable()
        layout.addWidget(self.more_label)
        layout.addWidget(self.more_table)
        self.more_label.setVisible(False)
        self.more_table.setVisible(False)
        # 保障落实: the targets checked per indicator and village cluster (hidden on steps without a target check)
        self.check_label = QLabel(tr("Target check: each target per indicator and scope"))
        self.check_table = FitTable()
        layout.addWidget(self.check_label)
        layout.addWidget(self.check_table)
        layout.addWidget(QLabel(tr("Findings (click one to zoom to it)")))
        self.findings = QListWidget()
        self.findings.setMinimumHeight(120)
        self.findings.setWordWrap(True)  # a long sentence wraps: no sideways scrolling to read it
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
                when = ""
                if run.when:  # an optional analysis: said when it runs
                    labels = role_labels()
                    when = " — " + tr("runs when {0} is set").format(", ".join(labels.get(r, r) for r in run.when))
                elif run.when_setting:  # one the planner turns on below
                    when = " — " + tr("runs when asked for below")
                lines.append(f"● {algorithm.displayName()} <span style='color:#868e96'>({run.algorithm}){html.escape(when)}</span>")
        self.algorithms.setText("<br>".join(lines))
        self.refresh_layers()

    def refresh_layers(self):
        """Which layers the step reads: ✔ set, ✖ required and missing, – optional and not set."""
        labels, parts = role_labels(), []
        for role, required in step_defs.roles_used(self.step).items():
            name = html.escape(labels.get(role, role))
            if role == "planning_zones":  # a zones layer, or the planned land use's zone code (GHFQDM)
                layer, field = self.dock.state.zones(self.dock.project)
                name = html.escape(tr("Planning zones") + (f" ({layer.name()}: {field})" if layer is not None else ""))
                if layer is not None:
                    parts.append(f"<span style='color:#2f9e44'>✔</span> {name}")
                    continue
            if self.dock.state.layer(role, self.dock.project) is not None:
                parts.append(f"<span style='color:#2f9e44'>✔</span> {name}")
            elif required:
                parts.append(f"<span style='color:#c92a2a'>✖ {name} ({html.escape(tr('required'))})</span>")
            else:
                parts.append(f"<span style='color:#868e96'>– {name} ({html.escape(tr('optional'))})</span>")
        self.layers.setText(f"<b>{html.escape(tr('Layers'))}:</b> " + " · ".join(parts) if parts else "")

    # running --------------------------------------------------------------------------
    def run(self):
        if self.runner is not None and self.runner.running:
            return
        self.runner = step_runner.start_for_page(self, self.step, self.run_button)

    def cancel(self, wait=False):
        """Stop the step's run; with `wait`, once its thread has stopped reading (the dock is going)."""
        if self.runner is not None:
            self.runner.cancel(wait)
        if self.basemap is not None:
            self.basemap.cancel(wait)

    def _finished(self, outcomes, staging):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if not staging:  # cancelled: nothing written, the previous results stay
            self.progress.setValue(0)
            said = [text for o in outcomes for _, text in o.messages]
            self.notes.setText("\n".join(said) or tr("Cancelled; the previous results are kept."))
            return
        summary = step_results.commit(self.step, outcomes, staging, self.dock.state, self.dock.project)
        self.dock.store_results(self.step.key, summary)
        self.show_summary(summary)

    # showing --------------------------------------------------------------------------
    def show_summary(self, summary):
        self.summary = summary or {}
        if self.basemap is not None:
            self.basemap.refresh()
        if self.database is not None:
            self.database.refresh()
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
        for item in self.summary.get("unchecked", []):
            notes.append(f"○ {item['what']} — {item['text']}")
        links = [f"<a href='{QUrl.fromLocalFile(r['path']).toString()}'>{html.escape(r['label'])}</a>"
                 for r in self.summary.get("reports", [])]
        self.notes.setText("<br>".join([html.escape(n) for n in notes] + links))
        unit = area_unit(self.dock.state.settings)
        figures = [figure_view(f, unit) for f in self.summary.get("figures", [])]
        fill_table(self.figures, [tr("Figure"), tr("Value")], [list(f) for f in figures], fit=True,
                   tips=[[None, None] for _ in figures])
        table = self.summary.get("table")
        if table:
            self.table_label.setText(tr("Summary table: {0}").format(table["label"]))
            fill_table(self.table, table["headers"], table["rows"], unit=unit)
        else:
            self.table_label.setText(tr("Summary table"))
            fill_table(self.table, [], [])
        more = (self.summary.get("more_tables") or [None])[0]
        self.more_label.setVisible(more is not None)
        self.more_table.setVisible(more is not None)
        if more is not None:
            self.more_label.setText(tr("Summary table: {0}").format(more["label"]))
            fill_table(self.more_table, more["headers"], more["rows"], unit=unit)
        self.show_check(self.summary.get("check"))
        self.findings.clear()
        for finding in self.summary.get("findings", []):
            item = QListWidgetItem(finding["text"])
            item.setData(Qt.ItemDataRole.UserRole, (finding["layer"], finding["fid"]))
            self.findings.addItem(item)
        self.dock.update_light(self.step.key, status)

    def show_check(self, check):
        shown = check is not None
        self.check_label.setVisible(shown)
        self.check_table.setVisible(shown)
        if not shown:
            return
        if check.get("rows"):
            self.check_label.setText(tr("Target check: each target per indicator and scope"))
        else:
            self.check_label.setText(tr("Target check: no targets were given; set them on the Targets page."))
        target_check.fill(self.check_table, check)

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
