"""Findings as sentences: one line per feature of a result layer that is something to look at (a data-quality
finding, a conflict with a control line, two lines overlapping, land inside a road control zone, a settlement
proposed for relocation, farmland steeper than 25°), in the planner's words and area unit. Layers that are maps
rather than findings (farmland blocks, control zones, settlements kept, gentler slopes) give none."""
from ..translation import tr
from .labels import line_names, unit_labels, word
from .present import HA, convert, text

STEEPEST_GRADE = 5  # 坡度分级 5: steeper than 25°, to be returned to forest (退耕还林)


def area_text(values, unit=HA):
    """The feature's area in `unit` ('' when it has none): its own field in that unit, else converted."""
    for source in (unit, "ha", "m2", "mu"):
        value = values.get(f"area_{source}")
        if isinstance(value, (int, float)):
            return f"{text(convert(value, source, unit))} {unit_labels()[unit]}"
    return ""


def sentence(values, unit=HA):
    """One finding in words, or None when the feature is not a finding. values: {field: value} of the feature."""
    area = area_text(values, unit)
    severity = word("severity", values.get("severity")) or ""
    if "check_id" in values:  # lantu:checklanduse
        check, message = values.get("check_name") or values["check_id"], values.get("message") or ""
        if message.startswith(check):  # "Sliver: mean width 0.12 m." names its check already
            return tr("{0}: {1}").format(severity, message)
        return tr("{0}: {1} — {2}").format(severity, check, message)
    if "rule_id" in values:  # lantu:landuseconflicts
        land = " ".join(str(v) for v in (values.get("code"), values.get("code_name")) if v)
        found = tr("{0}: {1} ({2}) — {3}").format(severity, values.get("rule_name") or "", values["rule_id"],
                                                 ", ".join(p for p in (land, area) if p))
        return found + (f"; {values['note']}" if values.get("note") else "")
    if "pair" in values:  # lantu:controllineoverlaps
        names = line_names()
        a, _, b = str(values["pair"]).partition("×")
        found = tr("{0} overlaps {1}: {2}").format(names.get(a, a), names.get(b, b), area)
        return found + (tr(" (a sliver)") if values.get("sliver") else "")
    if "src_fid" in values and ("grade" in values or "class" in values):  # land inside a control zone
        return tr("Inside the {0} control zone: {1}").format(values.get("grade") or values.get("class") or "", area)
    if "action" in values:  # lantu:homesteadrelocation
        if values["action"] != "relocate":
            return None
        village = values.get("village") or "—"
        return tr("Settlement {0} ({1}), relocate: {2}; {3}").format(values.get("settlement_id"), village,
                                                                   values.get("reasons_text") or "", area)
    if "missing_types" in values:  # lantu:lifecircle: a settlement some facility type does not reach
        if not values["missing_types"]:
            return None
        return tr("Settlement {0}: no {1} within reach — {2}").format(values.get("settlement_id"), values["missing_types"],
                                                                   values.get("missing_why") or "")
    if "slope_grade" in values:  # lantu:slopefarmland
        if values["slope_grade"] != STEEPEST_GRADE:
            return None
        return tr("Cultivated land steeper than 25°: mean slope {0:.1f}°, {1}").format(
            float(values.get("mean_slope") or 0.0), area)
    if "code_a" in values:  # lantu:comparelayers
        return tr("{0} → {1}: {2}").format(values.get("name_a") or values["code_a"],
                                          values.get("name_b") or values.get("code_b"), area)
    if "site_id" in values and "subject" in values:  # lantu:sitecheck
        return tr("Site {0}: {1} {2}, {3}").format(values["site_id"], word("subject", values["subject"]),
                                                  values.get("name") or values.get("key") or "", area)
    return None
