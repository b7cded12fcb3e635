"""The dock's display text for what the plugin stores as keys: layer roles, step statuses, run states, the ASCII
output fields and their coded values. The page and the review report both word things from here."""
from ..translation import tr
from . import results as step_results
from . import runner as step_runner


def role_labels():
    return {
        "current_landuse": tr("Current land use (三调 DLTB)"),
        "planned_landuse": tr("Planned land use (用地用海)"),
        "permanent_farmland": tr("永久基本农田 (permanent farmland)"),
        "eco_redline": tr("生态保护红线 (ecological red line)"),
        "urban_boundary": tr("城镇开发边界 (urban development boundary)"),
        "roads": tr("Roads"),
        "township": tr("Townships (乡镇)"),
        "villages": tr("Villages (行政村)"),
        "village_clusters": tr("Village clusters (村级片区)"),
        "dem": tr("DEM (elevation)"),
    }


def status_labels():
    return {step_results.NOT_STARTED: tr("not started"), step_results.ATTENTION: tr("needs attention"),
            step_results.OK: tr("done")}


def run_state_labels():
    """What became of one algorithm of a step."""
    return {step_runner.DONE: tr("done"), step_runner.FAILED: tr("failed"), step_runner.MISSING_ROLE: tr("a layer role is missing"),
            step_runner.NOT_AVAILABLE: tr("not available in this version")}


def target_labels():
    """The targets' columns (core.targets.COLUMNS), said in full."""
    return {"indicator": tr("Indicator"), "scope": tr("Village cluster (empty = total)"), "year": tr("Year"),
            "value": tr("Value"), "unit": tr("Unit"), "direction": tr("Binding (≥ or ≤)")}


def column_labels():
    """Readable headers for the ASCII output fields (the fields themselves are a contract, never renamed)."""
    return {"zone": tr("Zone"), "code": tr("Code"), "name": tr("Class"), "kind": tr("Row"), "area_m2": tr("Area (m²)"),
            "area_ha": tr("Area (公顷)"), "area_mu": tr("Area (亩)"), "share_pct": tr("Share (%)"),
            "count": tr("Count"), "severity": tr("Severity"), "message": tr("Message")}


def value_labels():
    """Readable text for the coded values of a few output fields (kind of row, severity)."""
    return {"kind": {"class": tr("class"), "undecided": tr("to be split"), "unknown": tr("unknown code"),
                     "total": tr("Total")},
            "severity": {"error": tr("error"), "warning": tr("warning"), "info": tr("info")}}
