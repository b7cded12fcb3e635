"""The read-only tables of a step page: filled as a planner reads them (ui/present.py) and fitted to the dock's
width: number columns keep their width, text columns share what is left and wrap, so a table needs no horizontal
scrolling unless it has more columns than the dock can show at all."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from .present import HA, is_number, table_view, text

MAX_COLUMN = 220  # px: the widest a text column starts
MIN_COLUMN = 56  # px: the narrowest a text column is squeezed to


class FitTable(QTableWidget):
    """A read-only table whose text columns are squeezed to the width it has."""

    def __init__(self, stretch_first=False):
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.stretch_first = stretch_first  # a label column taking what is left (the key figures)
        self.natural, self.numeric = [], []
        self.fit_height = False

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self):
        """Water-filling: text columns get at most a common width c, the largest that fits the viewport."""
        if not self.natural:
            return
        available = self.viewport().width() - 2
        fixed = sum(w for w, n in zip(self.natural, self.numeric) if n)
        texts = sorted(w for w, n in zip(self.natural, self.numeric) if not n)
        cap, room = MAX_COLUMN, available - fixed
        if sum(texts) > room:
            cap = MIN_COLUMN
            for k, width in enumerate(texts):  # the cap at which the text columns fill the room exactly
                share = (room - sum(texts[:k])) / (len(texts) - k)
                if width >= share:
                    cap = max(int(share), MIN_COLUMN)
                    break
        for c, (width, numeric) in enumerate(zip(self.natural, self.numeric)):
            self.setColumnWidth(c, width if numeric else min(width, cap))
        if self.stretch_first and self.columnCount():
            self.setColumnWidth(0, max(available - sum(self.natural[1:]), MIN_COLUMN))
        self.resizeRowsToContents()
        if self.fit_height:  # as tall as its rows, no empty box under a few figures
            height = max(self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount())) + 4, 40)
            if height != self.height() or self.minimumHeight() != height:
                self.setFixedHeight(height)
                # the page's layout must make room now: set from a resize, the new height was drawn over the
                # widget below (the 提质增效 page's key figures over its summary's title)
                parent = self.parentWidget()
                if parent is not None and parent.layout() is not None:
                    parent.layout().activate()


def fill_table(widget, headers, rows, fit=False, unit=HA, tips=None):
    """Rows into a FitTable as a planner reads them (fields and coded values in words, areas in `unit`); with tips
    the headers and rows are shown as given. fit: no taller than its rows."""
    labels, shown, tips = table_view(headers, rows, unit) if tips is None else (headers, rows, tips)
    widget.clear()
    widget.setColumnCount(len(labels))
    widget.setRowCount(len(shown))
    widget.setHorizontalHeaderLabels([two_lines(label) for label in labels])
    numeric = [bool(shown) and all(is_number(row[c]) or row[c] is None for row in shown) for c in range(len(labels))]
    for r, row in enumerate(shown):
        for c, value in enumerate(row):
            item = QTableWidgetItem(text(value))
            if is_number(value):
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            if tips[r][c]:
                item.setToolTip(str(tips[r][c]))
            elif len(item.text()) > 20:
                item.setToolTip(item.text())
            widget.setItem(r, c, item)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.resizeColumnsToContents()
    widget.natural = [widget.columnWidth(c) for c in range(len(labels))]
    widget.numeric, widget.fit_height = numeric, fit
    widget.fit_columns()


def two_lines(label):
    """A header with its unit on a line of its own: narrower columns, so a table fits the dock."""
    for opening in ("（", " ("):
        if opening in label and label.endswith(("）", ")")):
            head, _, unit = label.rpartition(opening)
            return f"{head}\n{opening.strip()}{unit}"
    return label
