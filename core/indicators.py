"""The indicator breakdown per village cluster (规划指标分解表) and its check against targets.

The indicators are the binding ones a township plan hands down to its village clusters (seed 003
第六章): 永久基本农田面积, 耕地保有量, 城乡建设用地面积, 林地保有量, 湿地面积, and 生态保护红线面积.
Which land classes count for each is a class-set table (core.class_sets), not code.
"""
from dataclasses import dataclass

import numpy as np

from . import overlay
from .classification import TableError
from .targets import TOTAL_SCOPES, pick

# (id, name as a plan's table heads it, class set it sums, or None for a control-line layer)
INDICATORS = [
    ("permanent_farmland", "永久基本农田面积", None),
    ("farmland", "耕地保有量", "耕地保有量"),
    ("urban_rural_land", "城乡建设用地面积", "城乡建设用地"),
    ("forest", "林地保有量", "林地保有量"),
    ("wetland", "湿地面积", "湿地"),
    ("eco_redline", "生态保护红线面积", None),
]
INDICATOR_IDS = [i for i, _, _ in INDICATORS]
_BY_NAME = {key: i for i, name, _ in INDICATORS for key in (i, name, name.replace("面积", ""))}
_GE = {">=", "≥", "GE", "MIN", "不低于", "不少于", "不小于", "下限"}
_LE = {"<=", "≤", "LE", "MAX", "不高于", "不超过", "不大于", "上限"}
# Plans state indicators in 公顷 to two decimals; a planned value is judged as the plan would print it.
DECIMALS = 2


@dataclass
class Target:
    indicator: str  # an id of INDICATORS
    scope: str  # a cluster name, or '' for the whole area
    value_ha: float
    at_least: bool  # True: planned >= value (保有量, 保护面积); False: planned <= value (规模)
    line: int = 0


def parse_targets(rows, source="targets"):
    """Targets from (line, dict) rows with lower-case headers (core.targets names the columns): indicator,
    scope, value (公顷), direction.

    The direction defaults to >= for every indicator but 城乡建设用地面积, a ceiling.
    Raises TableError(missing_columns | unknown_indicator | bad_value | bad_direction).
    """
    targets = []
    for line, row in rows:
        picked = pick(row)
        if picked["indicator"] is None or picked["value"] is None:
            raise TableError(source, "missing_columns", line=line, detail=["indicator", "value"])
        if not picked["indicator"]:
            continue
        indicator = _BY_NAME.get(picked["indicator"]) or _BY_NAME.get(picked["indicator"].lower())
        if indicator is None:
            raise TableError(source, "unknown_indicator", line=line, detail=picked["indicator"])
        try:
            value = float(picked["value"].replace(",", ""))
        except ValueError:
            raise TableError(source, "bad_value", line=line, detail=picked["value"]) from None
        direction = (picked["direction"] or "").upper()
        if direction in _GE:
            at_least = True
        elif direction in _LE:
            at_least = False
        elif not direction:
            at_least = indicator != "urban_rural_land"
        else:
            raise TableError(source, "bad_direction", line=line, detail=picked["direction"])
        scope = picked["scope"] or ""
        targets.append(Target(indicator, "" if scope.upper() in TOTAL_SCOPES else scope, value, at_least, line))
    return targets


@dataclass
class CheckRow:
    target: Target
    planned_ha: float

    @property
    def gap_ha(self):
        """Planned minus target: negative is a shortfall for a floor, positive an excess over a ceiling."""
        return self.planned_ha - self.target.value_ha

    @property
    def passed(self):
        """True or False; None where the planned value is not known (NaN: its layer could not be looked at)."""
        if self.planned_ha != self.planned_ha:
            return None
        shown = round(self.planned_ha, DECIMALS)
        return shown >= self.target.value_ha if self.target.at_least else shown <= self.target.value_ha


def check(targets, values_ha):
    """CheckRow per target; values_ha maps scope ('' = total) -> {indicator id: 公顷}.

    A target for a scope that is not there raises KeyError(scope).
    """
    rows = []
    for target in targets:
        if target.scope not in values_ha:
            raise KeyError(target.scope)
        rows.append(CheckRow(target, float(values_ha[target.scope].get(target.indicator, 0.0))))
    return rows


def per_group(value, geometry_area, ia, ib, shared, group_of_b, n_groups):
    """Sum a per-feature `value` into groups through overlay pieces, shared out by area.

    (ia, ib, shared) come from overlay.shared_areas(features, group features); group_of_b gives
    each group feature's group. Returns (sum per group, value outside every group feature).
    """
    fraction, uncovered = overlay.area_fractions(geometry_area, ia, shared)
    sums = np.bincount(group_of_b[ib], weights=value[ia] * fraction, minlength=n_groups)
    return sums, float(np.sum(value * uncovered))
