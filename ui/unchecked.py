"""Why a check was not run and which setting runs it, for the rows an algorithm's summary marks "not checked"
(lantu:checklanduse's checks, lantu:landuseconflicts' rules): the dock knows which parameter each check needs and
which role, field or setting of the Layers page fills that parameter (ui/steps.py)."""
from ..translation import tr
from . import steps as step_defs
from .labels import field_kind_labels, role_labels

LINE_PARAMETERS = {"PBF": "PERMANENT_FARMLAND", "ERL": "ECO_REDLINE", "UDB": "URBAN_BOUNDARY"}
# lantu:checklanduse: check id -> the parameters it needs
CHECK_NEEDS = {"gap": ("BOUNDARY",), "outside_boundary": ("BOUNDARY",), "area_mismatch": ("AREA_FIELD",),
               "field_missing": ("REQUIRED_FIELDS",), "value_missing": ("REQUIRED_FIELDS",),
               "code_missing": ("CODE_FIELD",), "code_unknown": ("CODE_FIELD",), "name_mismatch": ("CODE_FIELD",)}


def needs(row):
    """The parameters a summary row's check or rule needs, in the order to blame them."""
    if "check_id" in row:
        return CHECK_NEEDS.get(row["check_id"], ())
    if "rule_id" in row:  # a rule needs its control line, and a zone rule the planning zones
        return tuple(p for p in (LINE_PARAMETERS.get(row.get("line")), "ZONES") if p)
    return ()


def what_is_missing(spec):
    """(why, how) for a parameter spec of ui/steps.py that was left empty."""
    roles, kinds = role_labels(), field_kind_labels()
    where = tr("on the Layers page")
    if isinstance(spec, step_defs.Role):
        return (tr("no layer is set for {0}").format(roles.get(spec.role, spec.role)),
                tr("set it {0}").format(where))
    if isinstance(spec, step_defs.Field):
        return (tr("no {0} field is chosen for {1}").format(kinds.get(spec.kind, spec.kind), roles.get(spec.role, spec.role)),
                tr("choose it {0}").format(where))
    if isinstance(spec, step_defs.Zones):
        return (tr("no planning zones are given"),
                tr("choose the planned land use's planning-zone code field (GHFQDM) or set a planning-zones layer {0}").format(where))
    if isinstance(spec, step_defs.RequiredFields):
        return tr("no required fields are listed"), tr("list them {0} (e.g. BSM,DLBM,DLMC,ZLDWDM)").format(where)
    return tr("a setting is empty"), ""


def explain(run, given, row, fallback=""):
    """'not checked: why; how' for a summary row marked not checked, from the run's parameter specs and the ones
    that were filled; the algorithm's own words (fallback) when every parameter it needs was given."""
    for name in needs(row):
        spec = run.parameters.get(name) if run is not None else None
        if spec is not None and name not in given:
            why, how = what_is_missing(spec)
            return tr("not checked: {0}; {1}").format(why, how) if how else tr("not checked: {0}").format(why)
    return fallback or tr("not checked")


def is_unchecked(status):
    """Whether a summary's status says its row was not checked (the algorithms write 'not checked: why', in the
    interface's language, or the code not_checked)."""
    lowered = status.strip().lower()
    return bool(lowered) and (lowered.startswith(("not checked", "not_checked")) or status.startswith(tr("not checked")))


def unchecked(run, given, headers, rows):
    """[(row index, what, explanation)] for the rows of a summary table whose status says they were not checked."""
    if "status" not in headers:
        return []
    found = []
    for index, row in enumerate(rows):
        values = dict(zip(headers, row))
        status = str(values.get("status") or "")
        if not is_unchecked(status):
            continue  # checked (a target check's 'met', 'not_met' … say how it went, not that it was not looked at)
        name = values.get("check_name") or values.get("rule_name") or ""
        key = values.get("rule_id") or ""
        what = f"{key} {name}".strip()
        found.append((index, what, explain(run, given, values, "" if status == "not_checked" else status)))
    return found
