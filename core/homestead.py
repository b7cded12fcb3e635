"""宅基地腾退: which rural settlements to keep, which to relocate (and why), and the 增减挂钩 balance.

Seed 003 (第五章第六节) states the rule this follows: relocate first the homesteads in geological
hazard areas and under infrastructure (here: HAZARD, CONSTRAINTS), then "保留大型聚居点、腾退零散聚居点"
(keep large settlements, relocate scattered ones: smaller than a minimum area or with fewer parcels
than a minimum count), and, where the planner asks, those farther than a distance from any road. The
relocated land (腾退) is reclaimed; part of it comes back as resettlement land (安置, 建新); the rest is
the surplus quota (节余指标 = 腾退 − 安置; seed 003: 160.62 − 60.99 = 99.63 公顷).
"""
import numpy as np
import shapely

from . import overlay
from .units import m2_to_ha

SMALL_AREA, FEW_PARCELS, HAZARD, CONSTRAINT, FAR_FROM_ROAD = "small_area", "few_parcels", "hazard", "constraint", "far_from_road"
REASONS = (HAZARD, CONSTRAINT, SMALL_AREA, FEW_PARCELS, FAR_FROM_ROAD)
KEEP, RELOCATE = "keep", "relocate"
# A settlement counts as inside a hazard or constraint area when at least this share of its
# homestead area lies there: one house on the edge of a hazard polygon does not move a village.
INSIDE_SHARE = 0.5
PER_CAPITA, RATIO = "per_capita", "ratio"


def settlement_reasons(area, parcels, hazard_area, constraint_area, road_distance, min_area, min_parcels,
                       max_road_distance=0.0, inside_share=INSIDE_SHARE):
    """The list of reasons to relocate each settlement (empty = keep), in REASONS order.

    road_distance may be None (no roads given) or hold NaN; max_road_distance 0 turns the test off.
    """
    area = np.asarray(area, dtype=float)
    tests = {
        HAZARD: np.asarray(hazard_area) >= inside_share * area,
        CONSTRAINT: np.asarray(constraint_area) >= inside_share * area,
        SMALL_AREA: area < min_area,
        FEW_PARCELS: np.asarray(parcels) < min_parcels,
    }
    if road_distance is not None and max_road_distance > 0:
        with np.errstate(invalid="ignore"):
            tests[FAR_FROM_ROAD] = np.asarray(road_distance) > max_road_distance
    for key in (HAZARD, CONSTRAINT):  # nothing inside: no reason, even for a zero-area settlement
        tests[key] &= np.asarray(hazard_area if key == HAZARD else constraint_area) > 0
    return [[r for r in REASONS if r in tests and tests[r][k]] for k in range(len(area))]


def resettlement(relocate_m2, homestead_m2, population, per_capita_m2, ratio):
    """Per village: (people moved, resettlement land m², method).

    With a population, the people moved are the village's population times the share of its
    homestead area that is relocated, and each needs per_capita_m2 of resettlement land. Without
    one (None or NaN), the resettlement land is `ratio` of the relocated area.
    """
    relocate_m2 = np.asarray(relocate_m2, dtype=float)
    homestead_m2 = np.asarray(homestead_m2, dtype=float)
    population = np.array([np.nan if p is None else p for p in population], dtype=float)
    known = ~np.isnan(population) & (homestead_m2 > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        moved = np.where(known, population * relocate_m2 / np.where(homestead_m2 > 0, homestead_m2, 1.0), np.nan)
    resettle = np.where(known, moved * per_capita_m2, relocate_m2 * ratio)
    method = np.where(known, PER_CAPITA, RATIO).astype(object)
    return moved, resettle, method


def main_group(members, groups, weights, n_members):
    """For each member (e.g. settlement), the group (e.g. village) where its summed weight is largest; -1 if none."""
    out = np.full(n_members, -1, dtype=np.int64)
    members = np.asarray(members, dtype=np.int64)
    groups = np.asarray(groups, dtype=np.int64)
    if len(members) == 0:
        return out
    pairs, inverse = np.unique(np.stack([members, groups], axis=1), axis=0, return_inverse=True)
    total = np.bincount(inverse.ravel(), weights=weights)
    order = np.lexsort((-total, pairs[:, 0]))  # by member, heaviest group first
    first = np.ones(len(order), dtype=bool)
    first[1:] = pairs[order, 0][1:] != pairs[order, 0][:-1]
    out[pairs[order, 0][first]] = pairs[order, 1][first]
    return out


def inside_area(areas, geoms, labels, n):
    """Homestead area of each of the n settlements (parcel `geoms`, settlement `labels`) inside the
    polygons `areas` (m²). Overlapping areas (a red line over a road zone) are merged first, so
    nothing counts twice."""
    inside = np.zeros(n)
    if len(areas) == 0 or len(geoms) == 0:
        return inside
    merged = shapely.get_parts(shapely.union_all(np.array(areas, dtype=object)))
    ia, _, shared = overlay.shared_areas(geoms, merged)
    np.add.at(inside, labels[ia], shared)
    return inside


def road_distance(roads, geoms, labels, n):
    """Distance from each of the n settlements to the nearest road (m): its nearest parcel's; NaN without roads."""
    out = np.full(n, np.nan)
    if len(roads) == 0 or len(geoms) == 0:
        return out
    (parcel, _), gaps = shapely.STRtree(roads).query_nearest(geoms, return_distance=True)
    np.fmin.at(out, labels[parcel], gaps)
    return out


def reason_totals(reasons, area):
    """(reason, settlements, area) of every reason that moves at least one settlement, in REASONS order."""
    out = []
    for key in REASONS:
        hits = [k for k in range(len(reasons)) if key in reasons[k]]
        if hits:
            out.append((key, len(hits), float(area[hits].sum())))
    return out


def village_table(names, population, parcel_village, area, parcel_relocated, per_capita_m2, ratio,
                  outside_name, total_name):
    """Per village (then the land outside every village, when there is any, and the total): (village,
    homestead m², ha, relocate m², ha, population, people moved, resettle m², ha, surplus m², ha,
    method). `parcel_village` is each parcel's village (-1: none); returns (rows, (relocate, resettle))."""
    index = np.where(parcel_village >= 0, parcel_village, len(names))
    count = len(names) + 1
    homestead_m2 = np.bincount(index, weights=area, minlength=count)
    relocate_m2 = np.bincount(index, weights=area * parcel_relocated, minlength=count)
    moved, resettle, method = resettlement(relocate_m2, homestead_m2, list(population) + [None], per_capita_m2, ratio)
    rows = []
    for v, name in enumerate(list(names) + [outside_name]):
        if v == len(names) and homestead_m2[v] == 0:
            continue
        pop = population[v] if v < len(names) else None
        rows.append((name, homestead_m2[v], m2_to_ha(homestead_m2[v]), relocate_m2[v], m2_to_ha(relocate_m2[v]),
                     pop, moved[v], resettle[v], m2_to_ha(resettle[v]), relocate_m2[v] - resettle[v],
                     m2_to_ha(relocate_m2[v] - resettle[v]), method[v]))
    totals = (float(relocate_m2.sum()), float(resettle.sum()))
    rows.append((total_name, float(homestead_m2.sum()), m2_to_ha(float(homestead_m2.sum())), totals[0],
                 m2_to_ha(totals[0]), None, float(np.nansum(moved)), totals[1], m2_to_ha(totals[1]),
                 totals[0] - totals[1], m2_to_ha(totals[0] - totals[1]), ""))
    return rows, totals
