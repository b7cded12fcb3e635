"""目标定位: the binding indicators, picked from the indicator vocabulary (core.vocabulary) or typed, per village
cluster or for the whole area, imported from and exported to CSV (core.targets: one schema). Each row says how
保障落实 will check it: computed by lantu:indicatorbreakdown, or by hand."""
import os

from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import targets as core_targets
from ..core.tables import TableError
from ..core.vocabulary import load_vocabulary
from ..processing_provider.algorithms import IndicatorBreakdown
from ..translation import tr
from . import results as step_results
from . import steps as step_defs
from .labels import target_labels
from .target_editors import ChoiceDelegate

TOTAL = "合计"  # the scope of a target for the whole area (core.targets.TOTAL_SCOPES)
BY_HAND_TINT, UNKNOWN_TINT = "#fff4d6", "#fde2e1"
UNITS = ("公顷", "亩", "万亩", "平方千米", "%")


class TargetsPage(QWidget):
    """目标定位: the binding indicators and their years, typed or imported from CSV."""

    COLUMNS = tuple(core_targets.COLUMNS)  # the table's columns are the file's

    def __init__(self, dock, step):
        super().__init__()
        self.dock, self.step = dock, step
        self.vocabulary = load_vocabulary()
        layout = QVBoxLayout(self)
        about = QLabel(step.help)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.table = QTableWidget(0, len(self.COLUMNS))
        # short headers for a narrow dock; the full names are the tooltips (and the report's headers)
        short = {"scope": tr("Village cluster"), "direction": "≥ / ≤"}
        full = target_labels()
        self.table.setHorizontalHeaderLabels([short.get(c, full[c]) for c in self.COLUMNS])
        for c, column in enumerate(self.COLUMNS):
            self.table.horizontalHeaderItem(c).setToolTip(full[column])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # pick lists (kept as attributes: the table does not own its delegates)
        self.editors = {"indicator": ChoiceDelegate(lambda: [i.name for i in self.vocabulary], self.table),
                        "scope": ChoiceDelegate(lambda: [TOTAL] + cluster_names(self.dock), self.table),
                        "unit": ChoiceDelegate(lambda: UNITS, self.table),
                        "direction": ChoiceDelegate(lambda: ("≥", "≤"), self.table)}
        for column, editor in self.editors.items():
            self.table.setItemDelegateForColumn(self.COLUMNS.index(column), editor)
        self.table.cellChanged.connect(self._changed)
        layout.addWidget(self.table, 1)
        self.how = QLabel()  # how 保障落实 will check the targets
        self.how.setWordWrap(True)
        layout.addWidget(self.how)
        row = QHBoxLayout()
        for text, slot in ((tr("Add the standard indicators"), self.add_standard), (tr("Add row"), self.add_row),
                           (tr("Remove row"), self.remove_row), (tr("Import CSV…"), self.import_csv),
                           (tr("Export CSV…"), self.export_csv)):
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
        self._mark()
        self.dock.update_light(self.step.key, self.status())

    def status(self):
        filled = [t for t in self.dock.state.targets if str(t.get("value", "")).strip()]
        return step_results.OK if filled else step_results.NOT_STARTED

    def _append(self, target):
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(self.COLUMNS):
            self.table.setItem(r, c, QTableWidgetItem(str(target.get(key) or "")))

    def _changed(self, row=None, column=None):
        if column == self.COLUMNS.index("indicator"):
            self._complete(row)
        targets = []
        for r in range(self.table.rowCount()):
            target = {key: (self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                      for c, key in enumerate(self.COLUMNS)}
            if any(target.values()):
                targets.append(target)
        self.dock.set_targets(targets)
        self._mark()
        self.dock.update_light(self.step.key, self.status())

    def _complete(self, row):
        """A row whose indicator was just typed or picked gets its unit and direction where they are empty."""
        cells = {key: self.table.item(row, c) for c, key in enumerate(self.COLUMNS)}
        filled = core_targets.complete([{k: (v.text() if v else "") for k, v in cells.items()}])[0]
        self.table.blockSignals(True)
        for key in ("unit", "direction"):
            if not (cells[key].text() if cells[key] else "") and filled.get(key):
                self.table.setItem(row, self.COLUMNS.index(key), QTableWidgetItem(filled[key]))
        self.table.blockSignals(False)

    def _mark(self):
        """Tint and explain each row's indicator (checked by hand, unknown) and scope (no such cluster); sum up."""
        column, scope_column = self.COLUMNS.index("indicator"), self.COLUMNS.index("scope")
        clusters = set(cluster_names(self.dock))
        computed, by_hand, unknown, strangers, waiting = [], [], [], [], []
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            item, scope = self.table.item(r, column), self.table.item(r, scope_column)
            text = item.text().strip() if item else ""
            indicator = self.vocabulary.find(text) if text else None
            value = self.table.item(r, self.COLUMNS.index("value"))
            given = bool(value and value.text().strip())  # a row without a value is no target yet
            if text and not given:
                waiting.append(text)
            tally = computed if indicator is not None and not indicator.by_hand else by_hand if indicator else unknown
            if text and given:
                tally.append(indicator.name if indicator else text)
            if item is not None:
                tint, tip = None, ""
                if indicator is not None and not indicator.by_hand:
                    tip = tr("Computed by lantu:indicatorbreakdown and checked in 保障落实.")
                elif indicator is not None:
                    tint, tip = BY_HAND_TINT, tr("Lantu does not compute this indicator: 保障落实 lists it for you to "
                                                 "check by hand. {0}").format(indicator.note)
                elif text:
                    tint, tip = UNKNOWN_TINT, tr("Not an indicator Lantu knows (resources/tables/indicators.csv): it "
                                                 "will be checked by hand. Pick a name from the list if you meant one.")
                item.setBackground(QBrush(QColor(tint)) if tint else QBrush())
                item.setToolTip(tip)
            where = scope.text().strip() if scope else ""
            if scope is not None:
                stranger = bool(clusters) and where.upper() not in core_targets.TOTAL_SCOPES and where not in clusters
                if stranger:
                    strangers.append(where)
                scope.setBackground(QBrush(QColor(UNKNOWN_TINT)) if stranger else QBrush())
                scope.setToolTip(tr("No village cluster of this name in the project") if stranger else "")
        self.table.blockSignals(False)
        self.how.setText(self._how_text(computed, by_hand, unknown, strangers, waiting))

    @staticmethod
    def _how_text(computed, by_hand, unknown, strangers, waiting):
        lines = [tr("{0} rows have no value yet: they are not checked.").format(len(waiting))] if waiting else []
        if not (computed or by_hand or unknown):
            return "\n".join(lines)
        lines.insert(0, tr("{0} targets computed and checked by Lantu; {1} to check by hand.").format(
            len(computed), len(by_hand) + len(unknown)))
        if by_hand:
            lines.append(tr("Checked by hand: {0}.").format("、".join(dict.fromkeys(by_hand))))
        if unknown:
            lines.append(tr("Not indicators Lantu knows (checked by hand): {0}.").format("、".join(dict.fromkeys(unknown))))
        if strangers:
            lines.append(tr("No such village cluster: {0}.").format("、".join(dict.fromkeys(strangers))))
        return "\n".join(lines)

    def add_standard(self):
        """The binding indicators a county plan hands down (the vocabulary's), for the whole area, not twice."""
        have = {(self.vocabulary.find(t.get("indicator") or ""), (t.get("scope") or TOTAL).upper() in core_targets.TOTAL_SCOPES)
                for t in self.dock.state.targets}
        self.table.blockSignals(True)
        for indicator in self.vocabulary.binding():
            if (indicator, True) not in have:
                self._append({"indicator": indicator.name, "scope": TOTAL, "year": "2035", "unit": indicator.unit,
                              "direction": "≥" if indicator.at_least else "≤"})
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
            targets = core_targets.complete(core_targets.read(path))  # empty units and directions: the indicator's
        except TableError as error:
            self.message.setText(tr("Could not read {0}: {1}").format(path, _problem(error)))
            return
        self.table.blockSignals(True)
        for target in targets:
            self._append(target)
        self.table.blockSignals(False)
        self._changed()
        self.message.setText(tr("Imported {0} targets from {1}.").format(len(targets), os.path.basename(path)))

    def export_csv(self, path=None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export targets"), "", tr("CSV files (*.csv)"))
        if not path:
            return
        core_targets.write(self.dock.state.targets, path)
        self.message.setText(tr("Exported {0} targets to {1}.").format(len(self.dock.state.targets), os.path.basename(path)))


def cluster_names(dock):
    """The village clusters' names as 保障落实 passes them to lantu:indicatorbreakdown (its layer role and name field),
    in the layer's order; [] when there is no such layer."""
    run = next((r for r in step_defs.step("delivery").runs if r.algorithm == "lantu:indicatorbreakdown"), None)
    spec = run.parameters.get(IndicatorBreakdown.NAME_FIELD) if run else None
    layer = dock.state.layer(spec.role, dock.project) if spec is not None else None
    if layer is None or not hasattr(layer, "fields"):
        return []
    field = dock.state.field(spec.role, spec.kind, dock.project)
    if not field:
        return []
    values = (feature[field] for feature in layer.getFeatures())
    return list(dict.fromkeys(str(v).strip() for v in values if v is not None and str(v).strip() and str(v) != "NULL"))


def _problem(error):
    """core.targets' TableError in the planner's words."""
    if error.problem == "missing_columns":
        return tr("it needs the columns indicator and value (指标, 目标值)")
    return tr("the file is neither UTF-8 nor GBK") if error.detail == "encoding" else str(error.detail)
