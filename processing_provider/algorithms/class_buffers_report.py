"""lantu:classbuffers' and lantu:roadcontrollines' report: the zones per class and the encroachments. Not an
algorithm: class_buffers' own module."""
from ...translation import tr


def write_report(path, title, label, table, data, zone_rows, encroachments, results, check):
    from ...core import report

    facts = [tr("Layer: {0} ({1} features read, {2} without geometry)").format(label, data.read, data.dropped),
             tr("Table: {0}").format(table.source or "—"),
             tr("Features of unknown class: {0}").format(results["UNMATCHED_COUNT"])]
    sections = [(tr("Control zones"), report.table(
        [tr("Class"), tr("Distance (m)"), tr("Area (m²)"), tr("Area (公顷)"), tr("Area (亩)")], zone_rows))]
    if check is not None and results["ENCROACHMENT_COUNT"] is None:
        facts.append(tr("{0}: encroachments not checked (no polygons, or lying apart from the zones).").format(check.label))
    elif check is not None:
        facts.append(tr("Checked: {0} ({1}); {2} features encroach, {3:,.2f} m²").format(
            check.label, check.classes, results["ENCROACHMENT_COUNT"], results["ENCROACHMENT_AREA_M2"]))
        sections.append((tr("Encroachments"), report.table(
            [tr("Feature id"), tr("Class"), tr("Area (m²)"), tr("Area (公顷)"), tr("Area (亩)")], encroachments)))
    report.write(path, report.page(title, facts, sections))
