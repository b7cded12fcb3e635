"""The targets table (目标定位): one schema for every place that reads or writes it.

A planner's table of binding indicators, from the county plan or typed in the dock: which indicator, for
which village cluster (empty or 合计 = the whole area), the year, the value, its unit and whether it is a
floor (≥) or a ceiling (≤). The dock imports it, writes it for lantu:indicatorbreakdown's TARGETS, and
core.indicators.parse_targets reads it there; all three name the columns from COLUMNS. What the
indicators themselves are is core.vocabulary's business: complete() fills a row's unit and direction from it.
"""
import csv

from .tables import TableError, read_csv
from .vocabulary import load_vocabulary

# column -> the names a table may head it with (lower case, English or Chinese; the first one present wins).
# The order is that of the file the dock writes.
COLUMNS = {
    "indicator": ("indicator", "指标", "指标名称"),
    "scope": ("scope", "cluster", "范围", "村级片区", "村级片区名称", "片区"),
    "year": ("year", "年份", "规划年"),
    "value": ("value", "target", "value_ha", "目标值", "指标值", "数值", "面积"),
    "unit": ("unit", "单位"),
    "direction": ("direction", "方向", "约束", "属性", "binding"),
}
REQUIRED = ("indicator", "value")
# scope values that mean the whole area, not one village cluster (compared upper case)
TOTAL_SCOPES = {"", "TOTAL", "ALL", "合计", "总计", "全部", "片区"}


def pick(row):
    """{column: text, or None where the row has no such cell}, from a dict with lower-case names."""
    return {column: next((str(row[n]).strip() for n in names if n in row and row[n] is not None), None)
            for column, names in COLUMNS.items()}


def read(path):
    """The targets of a CSV file with a header row, as dicts of the columns the file has.

    Raises TableError(unreadable | missing_columns): a file neither UTF-8 nor GBK, or without the columns
    indicator and value (in any of their names)."""
    header, rows = read_csv(path)
    present = pick(dict.fromkeys(header or (), ""))
    missing = [column for column in REQUIRED if present[column] is None]
    if missing:
        raise TableError(path, "missing_columns", line=1, detail=missing)
    return [{c: v for c, v in pick(row).items() if present[c] is not None} for _, row in rows]


def write(targets, path):
    """Targets (dicts keyed by COLUMNS) as a UTF-8 CSV under the schema's own column names."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(COLUMNS))
        for target in targets:
            writer.writerow(["" if target.get(column) is None else target.get(column) for column in COLUMNS])


SIGNS = {">=": "≥", "<=": "≤", "=>": "≥", "=<": "≤"}


def complete(targets, vocabulary=None):
    """The targets with an empty unit or direction filled with their indicator's (公顷, ≥ or ≤), as the
    vocabulary (core.vocabulary) gives them; rows naming no indicator it knows stay as they are."""
    vocabulary = vocabulary or load_vocabulary()
    out = []
    for target in targets:
        target = dict(target)
        indicator = vocabulary.find(target.get("indicator") or "")
        if indicator is not None:
            if not (target.get("unit") or "").strip():
                target["unit"] = indicator.unit
            if not (target.get("direction") or "").strip():
                target["direction"] = "≥" if indicator.at_least else "≤"
        # the signs a plan prints, whichever way the file wrote them
        if target.get("direction"):
            target["direction"] = SIGNS.get(target["direction"].strip(), target["direction"])
        out.append(target)
    return out
