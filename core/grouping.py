"""Groups of polygons that lie together: farmland blocks (耕地集中连片), settlements (聚居点).

Two polygons join one group when they share an edge or overlap (distance 0) or lie closer than a
gap (a field road, a ditch, the lane between houses). Groups are the connected components of that
relation, found with a vectorised union-find: no graph library needed inside QGIS's Python.
"""
from dataclasses import dataclass

import numpy as np
import shapely

# Pairs tested per chunk: bounds memory on county data.
CHUNK = 500_000


# Boundaries that run within a millimetre of each other are one shared edge: survey data is rarely
# noded exactly (a vertex of one parcel lies 1e-9 m off its neighbour's edge), and a planner counts
# such parcels as adjacent. Touching over less than 5 cm is touching at a corner.
SNAP = 0.001
MIN_SHARED_EDGE = 0.05


def near_pairs(geoms, distance=0.0):
    """(i, j) with i < j of every pair of polygons that join at `distance`.

    At distance 0 a pair joins when the polygons overlap or share a boundary line (within SNAP,
    over more than MIN_SHARED_EDGE): touching at a corner point does not join them.
    """
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms, predicate="dwithin", distance=max(distance, SNAP))
    keep = i < j
    i, j = i[keep], j[keep]
    if distance > 0:
        return i, j
    joined = np.zeros(len(i), dtype=bool)
    for start in range(0, len(i), CHUNK):
        a, b = geoms[i[start:start + CHUNK]], geoms[j[start:start + CHUNK]]
        matrix = shapely.relate(a, b).tolist()
        # DE-9IM (one relate per pair, half the cost of two patterns): interiors meet (first
        # character not F) or the boundaries share a line (fifth character 1).
        sure = np.array([m[0] != "F" or m[4] == "1" for m in matrix], dtype=bool)
        unsure = np.flatnonzero(~sure)  # a point contact or a hair's-breadth gap: measure the edge
        if len(unsure):  # boxes that meet in a point meet at a corner: no need to measure
            ba, bb = shapely.bounds(a[unsure]), shapely.bounds(b[unsure])
            overlap = np.minimum(ba[:, 2:], bb[:, 2:]) - np.maximum(ba[:, :2], bb[:, :2])
            unsure = unsure[(overlap > MIN_SHARED_EDGE).any(axis=1)]
        if len(unsure):
            shared = shapely.length(shapely.intersection(shapely.boundary(a[unsure]), shapely.buffer(b[unsure], SNAP)))
            sure[unsure] = shared > MIN_SHARED_EDGE
        joined[start:start + CHUNK] = sure
    return i[joined], j[joined]


def components(n, i, j):
    """Connected-component labels 0..k-1 of n nodes joined by edges (i, j), numbered in node order."""
    parent = np.arange(n)
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    while len(i):
        ri, rj = parent[i], parent[j]
        low, high = np.minimum(ri, rj), np.maximum(ri, rj)
        apart = low != high
        if not apart.any():
            break
        # Hook each root to the smallest root it touches; roots only ever point lower: no cycles.
        np.minimum.at(parent, high[apart], low[apart])
        while True:  # pointer jumping until every node points at its root
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
        i, j = i[apart], j[apart]
    _, labels = np.unique(parent, return_inverse=True)
    return labels


def group(geoms, distance=0.0):
    """Group label per polygon (see near_pairs for when two join)."""
    i, j = near_pairs(geoms, distance)
    return components(len(geoms), i, j)


def dissolve_groups(geoms, labels, count=None):
    """One geometry per group: the union of its members (single members pass through untouched)."""
    geoms = np.asarray(geoms, dtype=object)
    count = int(labels.max()) + 1 if count is None and len(labels) else (count or 0)
    out = np.empty(count, dtype=object)
    order = np.argsort(labels, kind="stable")
    starts = np.searchsorted(labels[order], np.arange(count + 1))
    for g in range(count):
        members = order[starts[g]:starts[g + 1]]
        out[g] = geoms[members[0]] if len(members) == 1 else shapely.union_all(geoms[members])
    return out


def group_sizes(labels, values, count=None):
    """(members, sum of values) per group label."""
    count = (int(labels.max()) + 1 if len(labels) else 0) if count is None else count
    return np.bincount(labels, minlength=count), np.bincount(labels, weights=values, minlength=count)


def change_pct(before, after):
    """Percentage change from before to after (NaN when there was nothing before)."""
    return float("nan") if not before else 100.0 * (after - before) / before


@dataclass
class Blocks:
    """Blocks of one layer: a block label per selected parcel and per-block figures."""

    geoms: np.ndarray  # selected parcels
    labels: np.ndarray
    members: np.ndarray
    area: np.ndarray
    large: np.ndarray

    @classmethod
    def of(cls, geoms, gap, large_m2):
        """The parcels joined into blocks (see near_pairs), a block large from large_m2."""
        labels = group(geoms, gap)
        members, area = group_sizes(labels, shapely.area(geoms))
        return cls(geoms=geoms, labels=labels, members=members, area=area, large=area >= large_m2)

    @property
    def figures(self):
        large_area = float(self.area[self.large].sum())
        total = float(self.area.sum())
        return {"BLOCK_COUNT": len(self.area), "PARCEL_COUNT": len(self.geoms),
                "MEAN_BLOCK_HA": total / len(self.area) / 10000 if len(self.area) else 0.0,
                "LARGE_BLOCK_COUNT": int(self.large.sum()), "LARGE_BLOCK_AREA_M2": large_area,
                "LARGE_BLOCK_SHARE": 100.0 * large_area / total if total else 0.0}

    def changes(self, after):
        """From these blocks to `after`'s: parcels and blocks in %, large blocks gained."""
        before, later = self.figures, after.figures
        return {"PARCEL_COUNT_CHANGE_PCT": change_pct(before["PARCEL_COUNT"], later["PARCEL_COUNT"]),
                "BLOCK_COUNT_CHANGE_PCT": change_pct(before["BLOCK_COUNT"], later["BLOCK_COUNT"]),
                "LARGE_BLOCK_CHANGE": later["LARGE_BLOCK_COUNT"] - before["LARGE_BLOCK_COUNT"]}

    def largest_first(self):
        """Block indices, the largest first (block_id 1)."""
        return np.argsort(-self.area, kind="stable")
