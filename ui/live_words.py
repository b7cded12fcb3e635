"""A live finding (core.livecheck.Finding) as one sentence in the planner's language, in the words the steps use
(the rule table's names, lantu:checklanduse's check names, the lines' names)."""
from ..core import livecheck, units
from ..processing_provider.algorithms.quality_words import check_names, geos_reason
from ..translation import speaks_chinese, tr
from .labels import line_names, value_labels


class Words:
    """The words a session's sentences use, looked up once (a paste may word thousands of findings)."""

    def __init__(self):
        self.severity = value_labels()["severity"]
        self.checks = check_names()
        self.lines = line_names()


def rule_name(rule, english=None):
    english = (not speaks_chinese()) if english is None else english
    return rule.name_en if english and rule.name_en else rule.name_zh


def sentence(finding, rules_by_id, layer_name, class_name=lambda code: "", words=None):
    """`rules_by_id` {id: Rule}; `layer_name` the edited layer's name; `class_name(code)` a class's name."""
    words = words or Words()
    severity = words.severity.get(finding.severity, finding.severity)
    detail = finding.detail
    ha = units.m2_to_ha(finding.area)
    where = tr("{0}, feature {1}").format(layer_name, finding.fid)
    rule = rules_by_id.get(finding.rule_id)
    if rule is not None:
        code = detail.get("code") or ""
        text = tr("{0}: {1} ({2}) — {3}, {4} {5}, {6:,.4f} 公顷").format(
            severity, rule_name(rule), rule.id, where, code, class_name(code) or "", ha)
        return text + (tr("; class to be split: check whether the rule applies") if detail.get("partial") else "")
    if detail.get("check") == livecheck.LINE_OVERLAP:
        names = words.lines
        other_line, other_fid = detail["other"]
        return tr("{0}: {1} (feature {2}) overlaps {3} (feature {4}) by {5:,.4f} 公顷").format(
            severity, names.get(finding.layer, finding.layer), finding.fid, names.get(other_line, other_line), other_fid, ha)
    check = words.checks.get(finding.rule_id, finding.rule_id)
    if finding.rule_id == "invalid_geometry":
        point = finding.geom
        return tr("{0}: {1} — {2}: {3} at ({4:.3f}, {5:.3f})").format(
            severity, check, where, geos_reason(detail.get("reason", "")), point.x, point.y)
    if finding.rule_id == livecheck.SELF_OVERLAP:
        return tr("{0}: {1} — {2} and feature {3} share {4:,.2f} m²").format(
            severity, check, where, detail["other"][1], finding.area)
    if finding.rule_id == livecheck.GAP:
        return tr("{0}: a gap of {1:,.2f} m² opened beside the neighbours of {2}").format(severity, finding.area, where)
    if finding.rule_id == "code_unknown":
        return tr("{0}: {1} — {2}: {3}").format(severity, check, where, detail.get("code") or "")
    if finding.rule_id == "name_mismatch":
        return tr("{0}: {1} — {2}: {3} is {4}, not {5}").format(
            severity, check, where, detail.get("code"), detail.get("expected"), detail.get("name") or tr("(empty)"))
    return tr("{0}: {1} — {2}").format(severity, check, where)
