"""镇村生活圈 coverage: for each facility type, the network distance from every settlement to its nearest facility
of that type, whether that lies within the type's service distance (by level), and the shares of settlements and
people covered.

A type may have several levels (e.g. 乡集镇层级 and 村/组层级, each with its own service distance). A settlement is
covered by a type when it lies within the longest of the type's distances, and its level is the one with the
shortest distance it meets. The service distances come from a table (resources/tables/life_circle_radii.csv or
the planner's own); a row whose distance is empty is a figure the standard does not give, and the planner must
give it before the type can be judged (missing_distances).
"""
import math
import os
from dataclasses import dataclass, field

import numpy as np

from . import road_network
from .tables import TABLES_DIR, TableError, read_table

RADII_TABLE = os.path.join(TABLES_DIR, "life_circle_radii.csv")
COLUMNS = ("type", "level", "service_m")
# why a settlement is not covered by a type
TOO_FAR, UNREACHABLE, OFF_NETWORK = "too_far", "unreachable", "off_network"


@dataclass(frozen=True)
class Level:
    type: str
    level: str
    service_m: float  # NaN: the table gives no figure
    source: str = ""


@dataclass
class Radii:
    """The service distances of a table, by facility type (in the table's order) and level."""

    levels: list = field(default_factory=list)

    def types(self):
        return list(dict.fromkeys(level.type for level in self.levels))

    def of(self, facility_type):
        return [level for level in self.levels if level.type == facility_type]

    def missing_distances(self, types):
        """[(type, level)] of the types given whose service distance is empty in the table, and [type] of those the
        table does not name at all: the run cannot judge them until the planner gives a distance."""
        known = set(self.types())
        empty = [(lv.type, lv.level) for t in types for lv in self.of(t) if not math.isfinite(lv.service_m)]
        return empty, [t for t in types if t not in known]


def load_radii(path=None):
    """The RADII table: type, level, service_m (empty = no figure given), source (where the figure comes from)."""
    path = path or RADII_TABLE
    levels, seen = [], set()
    for line, row in read_table(path, COLUMNS):
        kind, level, text = row["type"].strip(), row["level"].strip(), row["service_m"].strip()
        if not kind:
            raise TableError(path, "missing_type", line=line)
        if (kind, level) in seen:
            raise TableError(path, "duplicate_level", line=line, detail=f"{kind} {level}".strip())
        seen.add((kind, level))
        try:
            distance = float(text) if text else math.nan
        except ValueError:
            raise TableError(path, "bad_distance", line=line, detail=text) from None
        if math.isfinite(distance) and distance <= 0 or math.isinf(distance):
            raise TableError(path, "bad_distance", line=line, detail=text)
        levels.append(Level(kind, level, distance, row.get("source", "").strip()))
    if not levels:
        raise TableError(path, "no_rows", detail=path)
    return Radii(levels)


@dataclass
class TypeCoverage:
    """One facility type over all settlements."""

    type: str
    facilities: int  # facilities of the type
    snapped: int  # of them within reach of the network
    distance: np.ndarray  # m along the network (legs included); inf where none can be reached
    covered: np.ndarray  # bool
    level: np.ndarray  # object: the level met with the shortest distance, '' where none
    reason: np.ndarray  # object: '' covered, TOO_FAR, UNREACHABLE or OFF_NETWORK
    levels: list  # the type's Levels, shortest distance first


def coverage(network, facility_geoms, facility_types, settlement_geoms, radii, max_snap, types=None):
    """[TypeCoverage] for every facility type present (or `types`), in the table's order; and the settlements'
    Snapped (edge -1: farther than max_snap from the network)."""
    facility_types = np.asarray([str(t).strip() if t is not None else "" for t in facility_types], dtype=object)
    settlements = road_network.snap(network, settlement_geoms, max_snap)
    facilities = road_network.snap(network, facility_geoms, max_snap)
    order = [t for t in radii.types() if t in set(facility_types)] if types is None else list(types)
    result = []
    for kind in order:
        mine = np.flatnonzero(facility_types == kind)
        sources = road_network.Snapped(facilities.edge[mine], facilities.along[mine], facilities.leg[mine])
        distance = road_network.distances_from(network, sources, settlements)
        levels = sorted(radii.of(kind), key=lambda lv: lv.service_m)
        longest = levels[-1].service_m
        covered = distance <= longest
        level = np.full(len(distance), "", dtype=object)
        for lv in reversed(levels):  # the shortest distance met wins
            level[distance <= lv.service_m] = lv.level
        reason = np.where(covered, "", np.where(settlements.edge < 0, OFF_NETWORK,
                                                np.where(np.isinf(distance), UNREACHABLE, TOO_FAR))).astype(object)
        result.append(TypeCoverage(kind, len(mine), int((sources.edge >= 0).sum()), distance, covered, level, reason,
                                   levels))
    return result, settlements


def summary_rows(results, population):
    """One row a type and level: (type, level, service_m, settlements, covered, covered %, population,
    population covered, population %, unreachable, source). A level counts the settlements within its distance."""
    population = np.asarray(population, dtype=float)
    total_people = float(population.sum())
    rows = []
    for tc in results:
        n = len(tc.distance)
        unreachable = int((tc.reason == UNREACHABLE).sum() + (tc.reason == OFF_NETWORK).sum())
        for lv in tc.levels:
            within = tc.distance <= lv.service_m
            people = float(population[within].sum())
            rows.append((tc.type, lv.level, lv.service_m, n, int(within.sum()), _pct(int(within.sum()), n),
                         total_people, people, _pct(people, total_people), unreachable, lv.source))
    return rows


def coverage_pct(results, population):
    """Population-weighted coverage over all types (%): the people covered, summed over the types, over the people
    times the number of types. None without types or people."""
    population = np.asarray(population, dtype=float)
    total = float(population.sum()) * len(results)
    if not results or total <= 0:
        return None
    return 100.0 * sum(float(population[tc.covered].sum()) for tc in results) / total


def _pct(part, whole):
    return 100.0 * part / whole if whole else None
