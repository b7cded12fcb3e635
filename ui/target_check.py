"""保障落实's target check: lantu:indicatorbreakdown's CHECK table, one row per indicator and scope (the whole area
or a village cluster) with 达标 / 未达标 / 人工核对. Kept as plain data in the step's summary (so it is saved with
the project), shown on the step's page and in the review report."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ..core import indicators
from ..translation import tr

FIELDS = ("indicator_name", "scope", "year", "direction", "target", "unit", "target_ha", "planned_ha", "gap_ha", "passed",
          "status")
COLOURS = {indicators.MET: "#e6f4ea", indicators.NOT_MET: "#fde2e1", indicators.CHECK_BY_HAND: "#fff4d6",
           indicators.UNKNOWN_SCOPE: "#fde2e1", indicators.NOT_CHECKED: "#fff4d6"}
ROW_CSS = {indicators.NOT_MET: "flag", indicators.UNKNOWN_SCOPE: "flag", indicators.NOT_CHECKED: "flag"}  # the report's row classes


def status_words():
    return {indicators.MET: tr("Target met"), indicators.NOT_MET: tr("Target not met"), indicators.CHECK_BY_HAND: tr("Check by hand"),
            indicators.UNKNOWN_SCOPE: tr("No such village cluster"), indicators.NOT_CHECKED: tr("Not checked")}


def headers():
    """The result comes third: a narrow dock shows it without scrolling."""
    return [tr("Indicator"), tr("Scope"), tr("Result"), tr("Target"), tr("Planned (公顷)"), tr("Gap (公顷)"), tr("Year")]


def check_of(layer, label):
    """The CHECK layer as {label, rows: [{field: value}]} (a CHECK written before it had a status gets one)."""
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = {name: _plain(feature[name]) for name in FIELDS if name in names}
        if not row.get("status"):
            row["status"] = indicators.MET if row.get("passed") else indicators.NOT_MET
        rows.append(row)
    return {"label": label, "rows": rows}


def _plain(value):
    if value is None or (hasattr(value, "isNull") and callable(value.isNull) and value.isNull()):
        return None
    return value if isinstance(value, (int, float, str)) else str(value)


def _target_text(row):
    sign = "≥" if row.get("direction") == ">=" else "≤"
    value = row.get("target")
    if value in (None, ""):
        value = f"{row['target_ha']:,.2f}" if isinstance(row.get("target_ha"), float) else ""
        return f"{sign} {value} {tr('公顷')}".strip()
    return f"{sign} {value} {row.get('unit') or ''}".strip()


def table_rows(check):
    """The rows as the page and the report show them: figures in 公顷 (— where a person checks), the result in words."""
    words = status_words()
    return [[row.get("indicator_name") or "", row.get("scope") or "", words.get(row.get("status"), row.get("status") or ""),
             _target_text(row), row.get("planned_ha") if row.get("planned_ha") is not None else "—",
             row.get("gap_ha") if row.get("gap_ha") is not None else "—", row.get("year") or ""]
            for row in check.get("rows", [])]


def fill(widget, check):
    """The check into a read-only table, each row tinted by its result."""
    rows = table_rows(check)
    widget.clear()
    widget.setColumnCount(len(headers()))
    widget.setRowCount(len(rows))
    widget.setHorizontalHeaderLabels(headers())
    for r, (row, data) in enumerate(zip(rows, check.get("rows", []))):
        tint = QBrush(QColor(COLOURS.get(data.get("status"), "#ffffff")))
        for c, value in enumerate(row):
            item = QTableWidgetItem(f"{value:,.2f}" if isinstance(value, float) else str(value))
            if isinstance(value, float):
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            item.setBackground(tint)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    # as tall as its rows (up to a screenful): every target in view at once
    height = (widget.horizontalHeader().height() + sum(widget.rowHeight(r) for r in range(len(rows)))
              + widget.horizontalScrollBar().sizeHint().height() + 6)
    widget.setMinimumHeight(min(max(height, 60), 420))
