"""The dock's Live check tab: the action's switch, what is being checked, the findings (a click zooms the map to
one) and the targets recomputed with each edit (达标 / 未达标)."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..translation import tr
from .target_check import COLOURS, status_words

SEVERITY_COLOURS = {"error": "#fde2e1", "warning": "#fff4d6", "info": "#e7f0fd"}
KEY_ROLE = Qt.ItemDataRole.UserRole


class LivePage(QWidget):
    def __init__(self, dock, live):
        super().__init__()
        self.dock, self.live = dock, live
        layout = QVBoxLayout(self)
        about = QLabel(tr("While Live check is on, every edit of the planned or current land use or of a control line "
                          "is checked at once against the bottom-line rules, the other lines and the geometry and code "
                          "checks; the targets follow the planned land use. Put a layer in edit mode to begin."))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.switch = QToolButton()
        self.switch.setDefaultAction(live.action)
        self.switch.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.switch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(tr("Findings (click one to zoom to it)")))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(lambda item: self.live.zoom(item.data(KEY_ROLE)))
        layout.addWidget(self.list, 2)
        layout.addWidget(QLabel(tr("Targets, as the plan stands now")))
        self.targets = QTableWidget(0, 5)
        self.targets.setHorizontalHeaderLabels([tr("Indicator"), tr("Scope"), tr("Result"), tr("Planned (公顷)"),
                                                tr("Target")])
        self.targets.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.targets, 1)
        live.changed.connect(self.refresh)
        self.refresh()

    def refresh(self):
        self.status.setText(self._status_text())
        self.list.clear()
        for key, severity, text in self.live.findings():
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            item.setBackground(QBrush(QColor(SEVERITY_COLOURS.get(severity, "#ffffff"))))
            self.list.addItem(item)
        rows = self.live.target_rows()
        words = status_words()
        self.targets.setRowCount(len(rows))
        for r, row in enumerate(rows):
            target = row.target
            planned = "—" if row.planned_ha is None else f"{row.planned_ha:,.2f}"
            sign = "≥" if target.at_least else "≤"
            cells = [target.name, target.scope or tr("Total"), words.get(row.status, row.status), planned,
                     f"{sign} {target.value} {target.unit}".strip()]
            tint = QBrush(QColor(COLOURS.get(row.status, "#ffffff")))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setBackground(tint)
                self.targets.setItem(r, c, item)
        self.targets.resizeColumnsToContents()

    def _status_text(self):
        if not self.live.action.isChecked():
            return tr("Live check is off.")
        lines = []
        for session in self.live.sessions.values():
            last = session.timings[-1] * 1000 if session.timings else None
            lines.append(tr("Checking {0}: ready in {1:.1f} s{2}.").format(
                session.layer.name(), session.start_seconds,
                tr("; last edit checked in {0:.0f} ms").format(last) if last is not None else ""))
            if session.indicators is not None and not session.indicators.ready():
                lines.append(tr("Targets: {0}").format(session.indicators.problem or tr("computing…")))
            skipped = [r.id for r in session.checker.not_checked()]
            if skipped:
                lines.append(tr("Not checked live: {0} (no such line, or rules on planning zones: run the step).").format(
                    ", ".join(skipped)))
        lines += list(self.live.problems.values())
        if not lines:
            lines.append(tr("No plan layer is in edit mode."))
        errors = sum(1 for _, severity, _ in self.live.findings() if severity == "error")
        if self.live.sessions:
            lines.append(tr("{0} findings, {1} of them errors.").format(len(self.live.findings()), errors))
        return "\n".join(lines)
