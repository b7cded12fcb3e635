"""目标定位: the binding indicators, typed or imported from a CSV file; their columns are core.targets'."""
import os

from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..core import targets as core_targets
from ..core.classification import TableError
from ..translation import tr
from . import results as step_results
from .labels import target_labels


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
        # short headers for a narrow dock; the full names are the tooltips (and the report's headers)
        short = {"scope": tr("Village cluster"), "direction": "≥ / ≤"}
        full = target_labels()
        self.table.setHorizontalHeaderLabels([short.get(c, full[c]) for c in self.COLUMNS])
        for c, column in enumerate(self.COLUMNS):
            self.table.horizontalHeaderItem(c).setToolTip(full[column])
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
            self.message.setText(tr("Could not read {0}: {1}").format(path, _problem(error)))
            return
        self.table.blockSignals(True)
        for target in targets:
            self._append(target)
        self.table.blockSignals(False)
        self._changed()
        self.message.setText(tr("Imported {0} targets from {1}.").format(len(targets), os.path.basename(path)))


def _problem(error):
    """core.targets' TableError in the planner's words."""
    if error.problem == "missing_columns":
        return tr("it needs the columns indicator and value (指标, 目标值)")
    return tr("the file is neither UTF-8 nor GBK") if error.detail == "encoding" else str(error.detail)


def STANDARD_INDICATORS():  # noqa: N802 - a constant, translated at call time
    return [(tr("耕地保有量"), tr("公顷"), "≥"), (tr("永久基本农田保护面积"), tr("公顷"), "≥"),
            (tr("生态保护红线面积"), tr("公顷"), "≥"), (tr("城镇开发边界面积"), tr("公顷"), "≤"),
            (tr("城乡建设用地规模"), tr("公顷"), "≤"), (tr("林地保有量"), tr("公顷"), "≥"), (tr("湿地面积"), tr("公顷"), "≥")]
