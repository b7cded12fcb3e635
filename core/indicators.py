"""Targets and their check, and the sums per village cluster behind the 规划指标分解表.

Which indicators there are, what plans call them and which ones lantu:indicatorbreakdown computes is
core.vocabulary (one table, resources/tables/indicators.csv); this module reads a targets table against it
(parse_targets) and judges the planned values (check).
"""
from dataclasses import dataclass

import numpy as np

from . import overlay, units
from .tables import TableError
from .targets import TOTAL_SCOPES, pick
from .vocabulary import BY_HAND, INDICATOR_IDS, INDICATORS, direction, load_vocabulary, split_unit

__all__ = ["INDICATORS", "INDICATOR_IDS", "parse_targets", "skipped_lines", "check", "check_rows", "per_group"]
# Plans state indicators in 公顷 to two decimals; a planned value is judged as the plan would print it.
DECIMALS = 2
# What became of a target in the check
MET, NOT_MET, CHECK_BY_HAND, UNKNOWN_SCOPE = "met", "not_met", "by_hand", "unknown_scope"
NOT_CHECKED = "not_checked"  # the indicator's layer could not be looked at (empty, or lying apart)


# --- targets and their check -----------------------------------------------------------------
@dataclass
class Target:
    indicator: str  # an id of the vocabulary, or the text given for an indicator it does not know
    scope: str  # a cluster name, or '' for the whole area
    value_ha: object  # the value in 公顷 (float), or None when it is not an area
    at_least: bool  # True: planned >= value (保有量, 保护面积); False: planned <= value (规模)
    line: int = 0
    name: str = ""  # the vocabulary's name, or the text given
    value: str = ""  # the value as given
    unit: str = ""  # as given, else the indicator's unit
    year: str = ""
    by_hand: bool = False  # Lantu does not compute it: the check shows it for a person to judge
    reason: str = ""  # why by hand: BY_HAND (the vocabulary says so), "unknown_indicator", "unit"


def parse_targets(rows, source="targets", vocabulary=None):
    """Targets from (line, dict) rows with lower-case headers (core.targets names the columns): indicator,
    scope, value, and optionally year, unit (default: the indicator's, 公顷 for areas) and direction
    (default: the vocabulary's, ≥ for 保有量 and 保护面积, ≤ for 城乡建设用地面积).

    An indicator the vocabulary does not compute, or does not know, or an area given in a unit that is not one,
    becomes a target checked by hand; a row without a value is no target yet (skipped_lines lists them).
    Raises TableError(missing_columns | bad_value | bad_direction) — bad_value only for computed indicators.
    """
    vocabulary = vocabulary or load_vocabulary()
    targets = []
    for line, row in rows:
        picked = pick(row)
        if picked["indicator"] is None or picked["value"] is None:
            raise TableError(source, "missing_columns", line=line, detail=["indicator", "value"])
        if not picked["indicator"] or not picked["value"]:
            continue
        name, bracket_unit = split_unit(picked["indicator"])
        indicator = vocabulary.find(picked["indicator"])
        unit = picked["unit"] or bracket_unit or (indicator.unit if indicator else "")
        at_least = direction(picked["direction"])
        if at_least is None:
            if picked["direction"]:
                raise TableError(source, "bad_direction", line=line, detail=picked["direction"])
            at_least = indicator.at_least if indicator else True
        scope = picked["scope"] or ""
        target = Target(indicator.id if indicator else name, "" if scope.upper() in TOTAL_SCOPES else scope, None,
                        at_least, line, indicator.name if indicator else name, picked["value"], unit,
                        picked["year"] or "")
        number = _number(picked["value"])
        factor = units.ha_per_unit(unit)
        if indicator is None or indicator.by_hand:
            target.by_hand, target.reason = True, BY_HAND if indicator else "unknown_indicator"
        elif number is None:
            raise TableError(source, "bad_value", line=line, detail=picked["value"])
        elif factor is None:
            target.by_hand, target.reason = True, "unit"
        if number is not None and factor is not None:
            target.value_ha = number * factor
        targets.append(target)
    return targets


def skipped_lines(rows):
    """The lines of rows that name an indicator but give no value yet (parse_targets skips them)."""
    return [line for line, row in rows if (pick(row)["indicator"] or "") and not (pick(row)["value"] or "")]


def _number(text):
    try:
        return float(str(text).replace(",", "").replace("，", "").strip())
    except ValueError:
        return None


@dataclass
class CheckRow:
    target: Target
    planned_ha: object  # float, or None for a target checked by hand or a scope not found
    scope_found: bool = True

    @property
    def gap_ha(self):
        """Planned minus target: negative is a shortfall for a floor, positive an excess over a ceiling."""
        if self.planned_ha is None or self.target.value_ha is None:
            return None
        return self.planned_ha - self.target.value_ha

    @property
    def passed(self):
        """True or False for a computed target; None for one checked by hand, whose cluster is not there, or whose
        planned value is not known (NaN: its layer could not be looked at)."""
        if self.planned_ha is None or self.planned_ha != self.planned_ha:
            return None
        shown = round(self.planned_ha, DECIMALS)
        return shown >= self.target.value_ha if self.target.at_least else shown <= self.target.value_ha

    @property
    def status(self):
        if not self.scope_found:
            return UNKNOWN_SCOPE
        if self.target.by_hand:
            return CHECK_BY_HAND
        if self.passed is None:
            return NOT_CHECKED
        return MET if self.passed else NOT_MET


def check(targets, values_ha):
    """CheckRow per target; values_ha maps scope ('' = total) -> {indicator id: 公顷}.

    A target checked by hand gets no planned value; one for a scope that is not there is an UNKNOWN_SCOPE row.
    """
    rows = []
    for target in targets:
        found = target.scope in values_ha
        planned = None if target.by_hand or not found else float(values_ha[target.scope].get(target.indicator, 0.0))
        rows.append(CheckRow(target, planned, found))
    return rows


# The CHECK table of lantu:indicatorbreakdown (field names are a contract; the first eight are the original ones).
CHECK_FIELDS = [("indicator", "str"), ("indicator_name", "str"), ("scope", "str"), ("direction", "str"),
                ("target_ha", "float"), ("planned_ha", "float"), ("gap_ha", "float"), ("passed", "int"),
                ("status", "str"), ("year", "str"), ("target", "str"), ("unit", "str")]


def check_rows(checked, total_name):
    """The CHECK table's rows (CHECK_FIELDS order) of CheckRows; the whole area's scope is called total_name."""
    return [(c.target.indicator, c.target.name, c.target.scope or total_name, ">=" if c.target.at_least else "<=",
             c.target.value_ha, c.planned_ha, c.gap_ha, None if c.passed is None else int(c.passed), c.status,
             c.target.year, c.target.value, c.target.unit) for c in checked]


def per_group(value, geometry_area, ia, ib, shared, group_of_b, n_groups):
    """Sum a per-feature `value` into groups through overlay pieces, shared out by area.

    (ia, ib, shared) come from overlay.shared_areas(features, group features); group_of_b gives
    each group feature's group. Returns (sum per group, value outside every group feature).
    """
    fraction, uncovered = overlay.area_fractions(geometry_area, ia, shared)
    sums = np.bincount(group_of_b[ib], weights=value[ia] * fraction, minlength=n_groups)
    return sums, float(np.sum(value * uncovered))
