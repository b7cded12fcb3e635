"""Polygon overlay on whole arrays: which features of two layers share ground, and how much."""
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from .geometry import polygonal

# Pairs intersected per chunk: bounds memory on county data and lets the caller report progress.
CHUNK = 100_000
# shapely 2 releases the GIL inside GEOS, so threads share the overlay work across the cores
# (QGIS's native overlay algorithms use one).
THREADS = max(1, min(8, os.cpu_count() or 1))


def parallel(function, *arrays, least=2000):
    """function(*arrays) computed in THREADS slices at once; for element-wise shapely functions. Fewer than
    `least` elements are computed at once (threads cost more than they save on cheap ones)."""
    n = len(arrays[0])
    if THREADS == 1 or n < least:
        return function(*arrays)
    slices = THREADS * 8  # more slices than threads: a slice of hard pairs does not leave a core idle
    bounds = np.linspace(0, n, slices + 1).astype(int)
    with ThreadPoolExecutor(THREADS) as pool:
        parts = list(pool.map(lambda k: function(*(a[bounds[k]:bounds[k + 1]] for a in arrays)), range(slices)))
    return np.concatenate(parts)


def shared_areas(a, b, progress=None):
    """For polygon arrays `a` and `b`: (ia, ib, area) of every pair that shares area > 0.

    A pair where b wholly contains a needs no intersection (its area is a's own): on a county,
    most parcels lie inside one zone, which makes this several times faster than intersecting all.
    `progress(fraction)` may return False to stop early (cancel); the result is then partial.
    """
    return _pairs(a, b, progress, want_geometry=False)


def intersection_pieces(a, b, progress=None):
    """(ia, ib, geometry) of every pair's shared area, for outputs that need the pieces."""
    return _pairs(a, b, progress, want_geometry=True)


def _pairs(a, b, progress, want_geometry):
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    if len(a) == 0 or len(b) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, (np.empty(0, dtype=object) if want_geometry else np.empty(0))
    tree = shapely.STRtree(a)
    ib, ia = tree.query(b, predicate="intersects")
    shapely.prepare(b)
    out = np.empty(len(ia), dtype=object) if want_geometry else np.zeros(len(ia))
    for start in range(0, len(ia), CHUNK):
        stop = min(start + CHUNK, len(ia))
        pa, pb = a[ia[start:stop]], b[ib[start:stop]]
        inside = shapely.contains_properly(pb, pa)
        chunk = np.empty(stop - start, dtype=object) if want_geometry else np.zeros(stop - start)
        if want_geometry:
            chunk[inside] = pa[inside]
            chunk[~inside] = parallel(shapely.intersection, pa[~inside], pb[~inside])
        else:
            chunk[inside] = shapely.area(pa[inside])
            chunk[~inside] = shapely.area(parallel(shapely.intersection, pa[~inside], pb[~inside]))
        out[start:stop] = chunk
        if progress is not None and progress(stop / len(ia)) is False:
            break
    area = shapely.area(out) if want_geometry else out
    keep = area > 0
    return ia[keep], ib[keep], out[keep]


def overlapping_area(polygons):
    """Area counted more than once among `polygons` (0 when they do not overlap)."""
    polygons = np.asarray(polygons, dtype=object)
    if len(polygons) < 2:
        return 0.0
    return float(shapely.area(polygons).sum() - shapely.area(shapely.union_all(polygons)))


# Why a layer given cannot be looked at: it has no geometry, or it lies wholly apart from what it is checked
# against (a wrong CRS label or false easting, the wrong layer). What depends on it is then not checked.
EMPTY, APART = "empty", "apart"


def reach(reference, geoms):
    """(None, 0) when the layer `geoms` can be looked at against `reference` (the features it is checked
    against), (EMPTY, 0) when it has no geometry, (APART, distance in m) when its extent lies wholly apart
    from the reference's."""
    if len(geoms) == 0:
        return EMPTY, 0.0
    if len(reference) == 0:
        return None, 0.0
    a, b = shapely.total_bounds(np.asarray(geoms, dtype=object)), shapely.total_bounds(np.asarray(reference, dtype=object))
    gap = max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3])
    return (APART, float(gap)) if gap > 0 else (None, 0.0)


def union_parts(polygons):
    """The polygons of a layer's union (its features dissolved, then split into their parts): what a control
    line covers, each piece of ground once, however its features overlap each other."""
    polygons = np.asarray(polygons, dtype=object)
    if len(polygons) == 0:
        return polygons
    merged = polygonal([shapely.union_all(polygons)])[0]
    parts = shapely.get_parts(merged)
    return parts[shapely.area(parts) > 0]


def union_area(polygons):
    """Area of the union of `polygons`: ground two of them share counts once."""
    polygons = np.asarray(polygons, dtype=object)
    return float(shapely.area(shapely.union_all(polygons))) if len(polygons) else 0.0


def area_fractions(geometry_area, ia, shared):
    """For overlay pairs (ia, ib, shared area) of features whose own areas are `geometry_area`: the
    share of feature ia's area in each pair, and per feature the share no pair covers (never < 0)."""
    fraction = shared / np.where(geometry_area[ia] > 0, geometry_area[ia], 1.0)
    covered = np.bincount(ia, weights=fraction, minlength=len(geometry_area))
    return fraction, np.clip(1.0 - covered, 0.0, None)


def share_out(value, geometry_area, ia, ib, shared, n_b):
    """A per-feature `value` shared out by area over the overlay pairs: the sum each feature of b gets."""
    fraction, _ = area_fractions(geometry_area, ia, shared)
    return np.bincount(ib, weights=np.asarray(value, dtype=float)[ia] * fraction, minlength=n_b)


def clip_to_union(a, b, progress=None):
    """(index into a, a ∩ ∪b) for every feature of `a` that shares area with `b`.

    Features of `b` that overlap each other count once: the pieces of one feature of `a` are
    merged, so a self-overlapping line layer never doubles a conflict.
    """
    ia, _, pieces = intersection_pieces(a, b, progress)
    index, geoms = union_by_group(ia, pieces)
    return _nonempty(index, polygonal(geoms))


def subtract_union(a, b, progress=None):
    """(index into a, a − ∪b) for every feature of `a` with area left; untouched features whole."""
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    if len(a) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=object)
    if len(b) == 0:
        return np.arange(len(a)), a.copy()
    tree = shapely.STRtree(b)
    ia, ib = tree.query(a, predicate="intersects")
    out = a.copy()
    touched, first, count = np.unique(ia, return_index=True, return_counts=True)
    # One partner: a single vectorised difference; several: their union first (rare, small groups).
    single = count == 1
    out[touched[single]] = parallel(shapely.difference, a[touched[single]], b[ib[first[single]]])
    for n, (feature, start, size) in enumerate(zip(touched[~single], first[~single], count[~single])):
        out[feature] = shapely.difference(a[feature], shapely.union_all(b[ib[start:start + size]]))
        if progress is not None and n % 1000 == 0 and progress(n / max(1, (~single).sum())) is False:
            break
    return _nonempty(np.arange(len(a)), polygonal(out))


def union_by_group(index, geoms):
    """(distinct index, union of the geometries sharing it), index ascending."""
    index = np.asarray(index)
    geoms = np.asarray(geoms, dtype=object)
    if len(index) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=object)
    order = np.argsort(index, kind="stable")
    index, geoms = index[order], geoms[order]
    distinct, first, count = np.unique(index, return_index=True, return_counts=True)
    merged = geoms[first].copy()
    several = np.flatnonzero(count > 1)
    if len(several):
        # One collection per group, then GEOS's unary union element by element, on every core.
        members = np.isin(index, distinct[several])
        group = np.searchsorted(distinct[several], index[members])
        collections = shapely.geometrycollections(geoms[members], indices=group)
        merged[several] = parallel(shapely.lib.unary_union, collections)
    return distinct, merged


def _nonempty(index, geoms):
    keep = shapely.area(geoms) > 0
    return np.asarray(index)[keep], geoms[keep]
def dice(polygons, max_vertices=256):
    """Cut large polygons into pieces of at most about `max_vertices` vertices: (pieces, source index).

    An overlay against a few huge polygons (a dissolved road zone, a whole red line) costs the
    huge polygon's size for every small feature it meets; against its pieces it costs a piece's.
    Quadrant cuts by exact overlay keep every piece's area, so the areas still add up.
    """
    polygons = np.asarray(polygons, dtype=object)
    pieces, owners = [], []
    stack = [(g, i) for i, g in enumerate(polygons)]
    while stack:
        geometry, owner = stack.pop()
        if geometry is None or geometry.is_empty:
            continue
        if shapely.get_num_coordinates(geometry) <= max_vertices:
            pieces.append(geometry)
            owners.append(owner)
            continue
        parts = shapely.get_parts(geometry)
        if len(parts) > 1:
            stack.extend((p, owner) for p in parts)
            continue
        x0, y0, x1, y1 = shapely.bounds(geometry)
        if x1 - x0 >= y1 - y0:
            xm = 0.5 * (x0 + x1)
            halves = [shapely.box(x0, y0, xm, y1), shapely.box(xm, y0, x1, y1)]
        else:
            ym = 0.5 * (y0 + y1)
            halves = [shapely.box(x0, y0, x1, ym), shapely.box(x0, ym, x1, y1)]
        for half in shapely.intersection(geometry, halves):
            stack.extend((p, owner) for p in shapely.get_parts(half) if shapely.get_type_id(p) == 3)
    return np.array(pieces, dtype=object), np.array(owners, dtype=np.int64)


def intersection_pieces_diced(a, b, progress=None, max_vertices=256):
    """intersection_pieces for a `b` of a few huge polygons: b is diced, and the pieces of each
    (a, b) pair are put back together, so the result is the same pairs and areas, much faster."""
    pieces, owner = dice(b, max_vertices)
    ia, ip, geoms = intersection_pieces(a, pieces, progress)
    ib = owner[ip]
    if len(ia) == 0:
        return ia, ib, geoms
    order = np.lexsort((ib, ia))
    ia, ib, geoms = ia[order], ib[order], geoms[order]
    starts = np.flatnonzero(np.r_[True, (np.diff(ia) != 0) | (np.diff(ib) != 0)])
    ends = np.r_[starts[1:], len(ia)]
    merged = np.empty(len(starts), dtype=object)
    single = ends - starts == 1
    merged[single] = geoms[starts[single]]
    for k in np.flatnonzero(~single):
        merged[k] = shapely.union_all(geoms[starts[k]:ends[k]])
    return ia[starts], ib[starts], merged
