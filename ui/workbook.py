"""The dock's tables as one spreadsheet (.xlsx): a sheet per table with the headers, words and area unit the dock
shows (公顷 by default). The algorithms' own outputs keep their ASCII field names, which OGR's XLSX driver writes as
headers; this is the workbook a planner hands on."""
import os
import re

from ..core import targets as core_targets
from ..translation import tr
from . import steps as step_defs
from . import target_check
from .labels import role_labels, target_labels
from .present import area_unit, figure_view, is_number, table_view

SHEET_NAME_MAX = 31  # Excel's limit
FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
EMPTY = (None, "", "—")


def tables(state, project=None):
    """[(sheet title, headers, rows)] of every table the dock holds, in the order of the steps."""
    unit = area_unit(state.settings)
    labels = role_labels()
    found = [(tr("Layer roles"), [tr("Role"), tr("Layer")],
              [[labels.get(k, k), state.layer(k, project).name() if state.layer(k, project) else "—"] for k in labels])]
    for step in step_defs.steps():
        if step.key == "targets":
            if state.targets:
                found.append((step.tab, [target_labels()[c] for c in core_targets.COLUMNS],
                              [[t.get(c, "") for c in core_targets.COLUMNS] for t in state.targets]))
            continue
        summary = state.results.get(step.key) or {}
        figures = [list(figure_view(f, unit)) for f in summary.get("figures", [])]
        if figures:
            found.append((f"{step.tab}·{tr('Key figures')}", [tr("Figure"), tr("Value")], figures))
        table = summary.get("table")
        if table:
            headers, rows, _ = table_view(table["headers"], table["rows"], unit)
            found.append((f"{step.tab}·{table['label']}", headers, rows))
        check = summary.get("check")
        if check and check.get("rows"):
            found.append((f"{step.tab}·{tr('Target check')}", target_check.headers(), target_check.table_rows(check)))
        findings = summary.get("findings", [])
        if findings:
            found.append((f"{step.tab}·{tr('Findings')}", [tr("Finding")], [[f["text"]] for f in findings]))
        unchecked = summary.get("unchecked", [])
        if unchecked:
            found.append((f"{step.tab}·{tr('Not checked')}", [tr("Check"), tr("Why")],
                          [[u["what"], u["text"]] for u in unchecked]))
    return found


def sheet_name(title, taken):
    """An Excel sheet name: no []:*?/\\, at most 31 characters, unique in the workbook."""
    base = FORBIDDEN.sub("_", str(title)).strip()[:SHEET_NAME_MAX] or "sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[:SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def column_is_numeric(rows, i):
    values = [row[i] for row in rows if row[i] not in EMPTY]
    return bool(values) and all(is_number(v) and not isinstance(v, bool) for v in values)


def write(state, path, project=None):
    """Write the workbook (an existing file is replaced: it is an output, chosen in a save dialog); the sheet names."""
    from osgeo import ogr

    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise RuntimeError(tr("GDAL has no XLSX driver here: save the tables from the review report instead."))
    if os.path.exists(path):  # an output, chosen in a save dialog that asked before replacing it
        driver.DeleteDataSource(path)
    source = driver.CreateDataSource(path)
    if source is None:
        raise OSError(tr("Cannot write {0}.").format(path))
    taken, names = set(), []
    for title, headers, rows in tables(state, project):
        name = sheet_name(title, taken)
        sheet = source.CreateLayer(name, geom_type=ogr.wkbNone)
        numeric = [column_is_numeric(rows, i) for i in range(len(headers))]
        for header, is_numeric in zip(headers, numeric):
            sheet.CreateField(ogr.FieldDefn(str(header), ogr.OFTReal if is_numeric else ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(sheet.GetLayerDefn())
            for i, value in enumerate(row):
                if value in EMPTY:
                    continue
                feature.SetField(i, float(value) if numeric[i] else str(value))
            sheet.CreateFeature(feature)
        names.append(name)
    source = None  # closing writes the file
    return names
