"""Groups of polygons that lie together: farmland blocks (耕地集中连片), settlements (聚居点).

Two polygons join one group when they share an edge or overlap (distance 0) or lie closer than a
gap (a field road, a ditch, the lane between houses). Groups are the connected components of that
relation, found with a vectorised union-find: no graph library needed inside QGIS's Python.
"""
import numpy as np
import shapely

# Pairs tested per chunk: bounds memory on county data.
CHUNK = 500_000


def near_pairs(geoms, distance=0.0):
    """(i, j) with i < j of every pair of polygons that join at `distance`.

    At distance 0 a pair joins when the polygons overlap or share a boundary line: touching at a
    corner point only does not join them (a dissolve would leave two parts there too).
    """
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    tree = shapely.STRtree(geoms)
    if distance > 0:
        i, j = tree.query(geoms, predicate="dwithin", distance=distance)
        keep = i < j
        return i[keep], j[keep]
    i, j = tree.query(geoms, predicate="intersects")
    keep = i < j
    i, j = i[keep], j[keep]
    joined = np.zeros(len(i), dtype=bool)
    for start in range(0, len(i), CHUNK):
        matrix = shapely.relate(geoms[i[start:start + CHUNK]], geoms[j[start:start + CHUNK]])
        # DE-9IM (one relate per pair, half the cost of two patterns): interiors meet (first
        # character not F) or the boundaries share a line (fifth character 1).
        joined[start:start + CHUNK] = [m[0] != "F" or m[4] == "1" for m in matrix.tolist()]
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
