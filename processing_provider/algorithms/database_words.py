"""checkdatabase's words: each finding's message in the planner's language, and the 质检报告 (HTML)."""
from ...translation import tr
from .quality_words import fault_text, geos_reason


def _fits(epsg):
    return tr(" EPSG:{0} fits the data.").format(epsg) if epsg else ""


def message(finding):
    """The message of a core.database_checks.Finding."""
    a = finding.args
    c = finding.check
    if c == "geometry_invalid":
        if a[0] == "read":
            return fault_text(a[1])
        return tr("Invalid geometry: {0} at ({1:.3f}, {2:.3f}).").format(geos_reason(a[1]), a[2], a[3])
    if c == "crs_not_cgcs2000":
        text = tr("The layer has no CRS.") if not a[0] else tr(
            "The CRS {0} is not a CGCS2000 projected CRS (3° Gauss-Krüger, EPSG:4513–4554).").format(a[0])
        return text + _fits(a[1])
    if c == "crs_zone":
        return tr("The coordinates (eastings {1:,.0f}–{2:,.0f}) do not fit {0} (false easting {3:,.0f}): a wrong zone, "
                  "or a zone prefix missing or added?").format(*a[:4]) + _fits(a[4])
    if c == "area_mismatch":
        field, recorded, computed = a
        share = 100.0 * (recorded - computed) / computed if computed else 0.0
        return tr("{0} = {1:,.2f} m², but the computed area is {2:,.2f} m² ({3:+.2f} %).").format(
            field, recorded, computed, share)
    if c == "field_missing":
        return tr("Field {0} ({1}) is missing.").format(a[0], a[1] or "—")
    if c == "value_required":
        return tr("Required field {0} ({1}) is empty.").format(a[0], a[1] or "—")
    return {
        "layer_missing": lambda: tr("Layer {0} ({1}) of the schema is not in the database.").format(a[0], a[1] or "—"),
        "layer_extra": lambda: tr("Layer {0} is not in the schema.").format(*a),
        "geometry_type": lambda: tr("The layer's geometry type is {0}; the schema wants {1}.").format(*a),
        "field_extra": lambda: tr("Field {0} is not in the schema.").format(*a),
        "field_type": lambda: tr("Field {0} is of type {1}; the schema wants {2}.").format(*a),
        "field_length": lambda: tr("Field {0} has length {1}; the schema wants {2}.").format(*a),
        "field_decimals": lambda: tr("Field {0} has {1} decimals; the schema wants {2}.").format(*a),
        "value_domain": lambda: tr("{0} = '{1}' is not in the domain {2}.").format(*a),
        "name_mismatch": lambda: tr("{0} is '{1}', but {2} {3} is '{4}'.").format(*a),
        "value_too_long": lambda: tr("{0} holds {1} characters; the field takes {2}.").format(*a),
        "ysdm_mismatch": lambda: tr("YSDM is '{0}'; this layer's 要素代码 is {1}.").format(*a),
        "bsm_missing": lambda: tr("BSM (标识码) is empty."),
        "bsm_duplicate": lambda: tr("BSM {0} is also that of feature {2} of {1}.").format(*a),
        "bsm_length": lambda: tr("BSM {0} has {1} characters; the schema wants {2}.").format(*a),
        "xzqdm_mismatch": lambda: tr("XZQDM {0} is not within the township {1}.").format(*a),
        "xzqmc_mismatch": lambda: tr("XZQMC '{1}' for XZQDM {0}; elsewhere it is '{2}'.").format(*a),
        "geometry_empty": lambda: tr("The feature has no geometry (null or empty)."),
        "geometry_multipart": lambda: tr("The feature has {0} parts; the schema wants single parts.").format(*a),
        "coverage_overlap": lambda: tr("Overlaps feature {0} by {1:,.2f} m².").format(*a),
        "coverage_gap": lambda: tr("A gap of {0:,.2f} m² inside the 行政区 that no feature covers.").format(*a),
        "coverage_outside": lambda: tr("{0:,.2f} m² of the feature lie outside the 行政区.").format(*a),
        "control_line_overlap": lambda: tr("Overlaps feature {1} of {0} by {2:,.2f} m².").format(*a),
    }[c]()


def why_not(text):
    """A core reason a check could not look, in the planner's language."""
    known = {
        "no layer of the schema in the database": tr("no layer of the schema in the database"),
        "the schema gives no geometry type": tr("the schema gives no geometry type"),
        "the schema gives no text lengths": tr("the schema gives no text lengths"),
        "the schema gives no decimals": tr("the schema gives no decimals"),
        "the schema marks no field required": tr("the schema marks no field required"),
        "the schema gives no value domains": tr("the schema gives no value domains"),
        "the schema pairs no name with a code": tr("the schema pairs no name with a code"),
        "the schema gives no 要素代码 (YSDM)": tr("the schema gives no 要素代码 (YSDM)"),
        "no layer has a BSM field": tr("no layer has a BSM field"),
        "no BSM length declared": tr("no BSM length declared"),
        "no layer has both XZQDM and XZQMC": tr("no layer has both XZQDM and XZQMC"),
        "no township code (XZQDM) given": tr("no township code (XZQDM) given"),
        "no layer has an XZQDM field": tr("no layer has an XZQDM field"),
        "a layer with no coordinates to place": tr("a layer with no coordinates to place"),
        "fewer than two control lines with features": tr("fewer than two control lines with features"),
    }
    return "; ".join(known.get(part, part) for part in text.split("; ")) if text else ""


def report(path, title_facts, summary, rows):
    """The 质检报告: the verdict and facts, the summary per check (通过 / 不通过 / 未检查), the findings (first 2000)."""
    from ...core import report as html

    groups = {"structure": tr("Structure"), "values": tr("Values"), "geometry": tr("Geometry and topology")}
    severities = {"error": tr("error"), "warning": tr("warning")}
    table = [(check, wording, groups[group], severities[severity], count, status, why_not(why))
             for check, group, severity, wording, count, status, why in summary]
    classes = ["flag" if status == "不通过" else "" for *_, status, _ in summary]
    page = html.page(tr("Plan database check (成果数据库质检)"), title_facts, [
        (tr("Checks"), html.table([tr("Check"), tr("Check (质检项)"), tr("Group"), tr("Severity"), tr("Count"),
                                   tr("Result"), tr("Not checked because")], table, classes)),
        (tr("Findings"), html.table([tr("Layer"), tr("Field"), tr("Check"), tr("Severity"), tr("Feature"), tr("Message")],
                                    [(r[0], r[1], r[2], r[4], r[6], r[5]) for r in rows[:2000]])),
    ])
    html.write(path, page)
