"""What a planner sees of a result table or a key figure: fields and coded values in words, areas in one unit
(公顷 by default, 亩 on request; m² stays in the raw layers), two decimals, and the columns that only repeat
another (ids, codes next to their names) left out, so that a table fits the dock. Pure Python: the step page,
the review report and the tests read results through it."""
from .labels import M2_PER, UNITS, column_label, split_unit, unit_labels, word

HA, MU = "ha", "mu"
AREA_UNITS = (HA, MU)  # the units a planner may choose on the Layers page
# fields no planner reads in a summary: ids of source features, DEM cells, reasons as codes (reasons_text says them)
HIDDEN = {"fid", "src_fid", "source_fid", "fid_a", "fid_b", "reasons", "cells", "indicator"}
# field -> the field that says the same in words: the first is left out when the second is there
SAID_BY = {"check_id": "check_name", "layer_a": "pair", "layer_b": "pair", "basis": "rule_name", "line": "rule_name"}
PEOPLE = {"population", "relocate_pop"}  # counted in whole people, however the algorithm shares them out
ONE_VALUE = {"zone"}  # left out when every row has the same value (a table of the whole area)
TIP_OF = {"rule_name": "basis"}  # a hidden field shown as the tooltip of another


def area_unit(settings):
    """The unit areas are shown in: the plan's setting, 公顷 unless 亩 was chosen."""
    unit = (settings or {}).get("area_unit", HA)
    return unit if unit in AREA_UNITS else HA


def convert(value, source, unit):
    """An area from `source` to `unit` (m2, ha or mu); None stays None."""
    if value is None or isinstance(value, str):
        return value
    return float(value) * M2_PER[source] / M2_PER[unit]


def table_view(headers, rows, unit=HA):
    """(labels, rows, tips): the columns a planner reads, headers in words, each area once in `unit` (taken from the
    field in that unit when the table has it, else converted), coded values in words; tips: a tooltip per cell or
    None (a rule's legal basis on its name)."""
    headers = [str(h) for h in headers]
    columns, bases = [], set()
    for i, name in enumerate(headers):
        if name in HIDDEN or (name in SAID_BY and SAID_BY[name] in headers):
            continue
        if name in ONE_VALUE and len(rows) > 1 and len({row[i] for row in rows}) == 1:
            continue
        if name in PEOPLE:
            columns.append((column_label(name), lambda row, i=i: None if row[i] is None else int(round(row[i])), None))
            continue
        base, source = split_unit(name)
        if source is None:
            tip = headers.index(TIP_OF[name]) if TIP_OF.get(name) in headers else None
            columns.append((column_label(name), lambda row, i=i, name=name: word(name, row[i]), tip))
            continue
        if base in bases:
            continue
        bases.add(base)
        have = [u for u in UNITS if f"{base}_{u}" in headers]
        pick = unit if unit in have else have[0]
        j = headers.index(f"{base}_{pick}")
        columns.append((column_label(f"{base}_{unit}"), lambda row, j=j, pick=pick: convert(row[j], pick, unit), None))
    labels = [label for label, _, _ in columns]
    shown = [[get(row) for _, get, _ in columns] for row in rows]
    tips = [[(row[tip] or None) if tip is not None else None for _, _, tip in columns] for row in rows]
    return labels, shown, tips


def figure_view(figure, unit=HA):
    """(label, value) of a key figure: an area (key …_M2 or …_HA) in `unit`, its label naming that unit."""
    key, label, value = str(figure.get("key", "")).upper(), str(figure.get("label", "")), figure.get("value")
    source = "m2" if key.endswith("_M2") else "ha" if key.endswith("_HA") else None
    if source is None or not isinstance(value, (int, float)):
        return label, value
    named = unit_labels()[unit]
    for token in ("m²", "平方米", "公顷"):  # the algorithms' labels name their unit so, in either language
        if token in label:
            return label.replace(token, named), convert(value, source, unit)
    return f"{label} ({named})", convert(value, source, unit)


def text(value):
    """A cell as text: areas and shares with two decimals and thousands separators, counts as whole numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)
