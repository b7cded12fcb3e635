"""The dock's display text for what the plugin stores as keys: layer roles and their fields, step statuses, run
states, the ASCII output fields of every algorithm and their coded values. The pages, the layers the dock loads
(field aliases) and the review report all word things from here; the field names themselves never change."""
import re

from ..translation import speaks_chinese, tr
from . import runner as step_runner
from . import status as step_results

UNITS = ("m2", "ha", "mu")  # an output area comes as <base>_m2, <base>_ha and <base>_mu (DESIGN.md)
M2_PER = {"m2": 1.0, "ha": 10000.0, "mu": 10000.0 / 15.0}
_UNIT_FIELD = re.compile(r"^(.+)_(m2|ha|mu)$")


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
        "facilities": tr("Public service facilities (公共服务设施, points)"),
        "settlements": tr("Settlements (居民点, points)"),
        "planning_zones": tr("Planning zones (规划分区), if not in the planned land use"),
    }


def field_kind_labels():
    """The kinds of field a role's layer is read through (core.roles.ROLE_FIELDS)."""
    return {"code": tr("Land-class code"), "area": tr("Recorded area (m²)"), "name": tr("Name"),
            "population": tr("Population"), "grade": tr("Road grade"), "route": tr("Route number"),
            "width": tr("Road width (m)"), "zone_code": tr("Planning-zone code"),
            "czcsxm": tr("城镇村属性码 (CZCSXM)"), "facility_type": tr("Facility type")}


def unit_labels():
    return {"m2": tr("m²"), "ha": tr("ha"), "mu": tr("mu")}


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


def _area_bases():
    """What an area field measures, by the base of its name (<base>_m2, <base>_ha, <base>_mu)."""
    return {
        "area": tr("Area"), "current": tr("Current area"), "planned": tr("Planned area"), "change": tr("Change"),
        "homestead": tr("Homestead land"), "relocate": tr("To relocate (腾退)"), "resettle": tr("Resettlement (安置)"),
        "surplus": tr("Surplus quota (节余指标)"), "hazard": tr("In hazard areas"), "constraint": tr("In constraint areas"),
        "site": tr("Site area"), "pbf": tr("On 永久基本农田"), "erl": tr("In 生态保护红线"), "udb": tr("In 城镇开发边界"),
        "outside_udb": tr("Outside 城镇开发边界"), "cultivated": tr("On cultivated land"), "uncoded": tr("Land of no known class"),
        "road_zone": tr("In road control zones"), "steep_area": tr("Steeper than 25°"), "steep": tr("Steep farmland"),
        "target": tr("Target"), "gap": tr("Planned − target"), "mining": tr("Abandoned mines"),
        "idle": tr("Idle construction land"), "restore_now": tr("Restorable at once"),
        "restore_works": tr("Restorable with works"), "potential": tr("Potential"),
        # the indicators of the breakdown table (core.indicators ids)
        "permanent_farmland": tr("永久基本农田面积"), "farmland": tr("耕地保有量"), "urban_rural_land": tr("城乡建设用地面积"),
        "forest": tr("林地保有量"), "wetland": tr("湿地面积"), "eco_redline": tr("生态保护红线面积"),
    }


def _plain_fields():
    """Readable names of the output fields that carry no area unit."""
    return {
        "zone": tr("Zone"), "code": tr("Code"), "name": tr("Class"), "kind": tr("Row"), "share_pct": tr("Share (%)"),
        "rule": tr("Conversion rule"), "candidates": tr("Candidate classes"), "reason": tr("Why undecided"),
        "confirmed": tr("Confirmed source"), "year": tr("Year"), "target": tr("Target as given"), "unit": tr("Unit"),
        "count": tr("Count"), "severity": tr("Severity"), "message": tr("Message"), "rule_id": tr("Rule"),
        "rule_name": tr("Rule name"), "line": tr("Control line"), "basis": tr("Basis"), "note": tr("Note"),
        "status": tr("Checked"), "code_name": tr("Class name"), "src_fid": tr("Feature"), "source_fid": tr("Feature"),
        "fid": tr("Feature"), "field": tr("Field"), "not_checked_because": tr("Not checked because"),
        "check_id": tr("Check id"), "check_name": tr("Check"), "pair": tr("Lines overlapping"),
        "layer_a": tr("Layer A"), "layer_b": tr("Layer B"), "fid_a": tr("Feature A"), "fid_b": tr("Feature B"),
        "sliver": tr("Sliver"), "block_id": tr("Block"), "parcels": tr("Parcels"), "is_large": tr("百亩方"),
        "settlement_id": tr("Settlement"), "action": tr("Proposal"), "reasons": tr("Reasons"),
        "reasons_text": tr("Reasons"), "village": tr("Village"), "road_distance_m": tr("Distance to a road (m)"),
        "population": tr("Population"), "relocate_pop": tr("People moved"), "method": tr("Resettlement measured"),
        "seq": tr("No."), "township": tr("Township"), "cluster": tr("Village cluster"), "villages": tr("Villages"),
        "center": tr("Central village"), "indicator": tr("Indicator id"), "indicator_name": tr("Indicator"),
        "scope": tr("Scope"), "direction": tr("Binding"), "passed": tr("Met"), "grade": tr("Grade"),
        "setback_m": tr("Setback (m)"), "class": tr("Class"), "distance_m": tr("Distance (m)"),
        "buffer_m": tr("Buffer (m)"), "from_code": tr("Current code"), "from_name": tr("Current class"),
        "from_kind": tr("Current row"), "to_code": tr("Planned code"), "to_name": tr("Planned class"),
        "to_kind": tr("Planned row"), "current_share_pct": tr("Current share (%)"),
        "planned_share_pct": tr("Planned share (%)"), "mean_slope": tr("Mean slope (°)"), "slope_grade": tr("Slope grade"),
        "cells": tr("DEM cells"), "code_a": tr("Code A"), "name_a": tr("Class A"), "code_b": tr("Code B"),
        "name_b": tr("Class B"), "kept_by": tr("Kept by"), "layer": tr("Layer"), "site_id": tr("Site"),
        "subject": tr("Against"), "subject_name": tr("Against (name)"), "key": tr("Key"), "constraints": tr("Constraints"),
        "verdict": tr("Verdict"), "farmland_parcels": tr("Farmland parcels"), "farmland_blocks": tr("Farmland blocks"),
        "large_blocks": tr("百亩方 blocks"), "large_block_share": tr("Share in 百亩方 (%)"), "change": tr("Changed"),
        "rank": tr("Rank"), "score": tr("Score"), "compactness": tr("Compactness (disc = 1)"),
        # lantu:lifecircle (its t<i>_ fields: _type_field)
        "type": tr("Facility type"), "level": tr("Level"), "service_m": tr("Service distance (m)"),
        "settlements": tr("Settlements"), "settlements_covered": tr("Settlements covered"),
        "settlements_pct": tr("Settlements covered (%)"), "population_covered": tr("People covered"),
        "population_pct": tr("People covered (%)"), "unreachable": tr("Not reachable by road"), "source": tr("Source"),
        "missing_types": tr("Types not within reach"), "missing_why": tr("Why"),
    }


_TYPE_FIELD = re.compile(r"^t(\d+)_(dist_m|covered|level)$")


def _type_field(name):
    """The header of lantu:lifecircle's per-type fields (t1_dist_m …): the type's number, as SUMMARY lists them."""
    match = _TYPE_FIELD.match(name)
    if not match:
        return None
    what = {"dist_m": tr("distance (m)"), "covered": tr("covered"), "level": tr("level")}[match.group(2)]
    return tr("Type {0}: {1}").format(match.group(1), what)


def with_unit(label, unit):
    """'Area' and 'ha' as the header says it: Area (ha), 面积（公顷）."""
    return tr("{0} ({1})").format(label, unit_labels()[unit])


def split_unit(name):
    """(base, unit) of an area field such as current_ha, or (name, None)."""
    match = _UNIT_FIELD.match(name)
    return (match.group(1), match.group(2)) if match else (name, None)


def column_label(name):
    """A readable header for an ASCII output field, its unit included; the name itself when unknown."""
    base, unit = split_unit(name)
    if unit is not None:
        return with_unit(_area_bases().get(base, base), unit)
    return _plain_fields().get(name) or _type_field(name) or name


def column_labels():
    """{field: header} for the fields of every algorithm's outputs (the fields themselves are a contract)."""
    labels = dict(_plain_fields())
    for base in _area_bases():
        for unit in UNITS:
            labels[f"{base}_{unit}"] = column_label(f"{base}_{unit}")
    return labels


def line_names():
    return {"PBF": tr("永久基本农田"), "ERL": tr("生态保护红线"), "UDB": tr("城镇开发边界")}


def value_labels():
    """Readable text for the coded values of output fields (row kinds, severities, proposals …)."""
    kinds = {"class": tr("class"), "undecided": tr("to be split"), "unknown": tr("unknown code"), "total": tr("Total"),
             "group": tr("class group"), "group_undecided": tr("class group, to be split"), "uncovered": tr("not covered")}
    yes_no = {1: tr("yes"), 0: tr("no")}
    return {"kind": kinds, "from_kind": kinds, "to_kind": kinds,
            "severity": {"error": tr("error"), "warning": tr("warning"), "info": tr("info")},
            "method": {"per_capita": tr("per person moved"), "ratio": tr("as a share of the land relocated")},
            "action": {"keep": tr("keep"), "relocate": tr("relocate")},
            "line": line_names(), "direction": {">=": "≥", "<=": "≤"},
            "passed": {1: tr("met"), 0: tr("not met")}, "is_large": yes_no, "sliver": yes_no,
            "subject": {"line": tr("control line"), "outside_line": tr("outside a control line"), "class": tr("land class"),
                        "road": tr("road control zone"), "constraint": tr("constraint layer")},
            "reasons": {"small_area": tr("small"), "few_parcels": tr("few parcels"), "hazard": tr("hazard area"),
                        "constraint": tr("constraint area"), "far_from_road": tr("far from roads")}}


def word(field, value):
    """A coded value in words (a pair such as PBF×ERL, a list of reasons a;b word by word); others unchanged."""
    words = value_labels().get(field)
    if field == "pair" and isinstance(value, str):
        return "×".join(line_names().get(part, part) for part in value.split("×"))
    if words is None or value is None:
        return value
    if field == "reasons" and isinstance(value, str):
        return ("、" if speaks_chinese() else ", ").join(words.get(part, part) for part in value.split(";") if part)
    return words.get(value, value)
