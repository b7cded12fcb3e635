"""Polygon overlay on whole arrays: which features of two layers share ground, and how much."""
import numpy as np
import shapely

# Pairs intersected per chunk: bounds memory on county data and lets the caller report progress.
CHUNK = 100_000


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
            chunk[~inside] = shapely.intersection(pa[~inside], pb[~inside])
        else:
            chunk[inside] = shapely.area(pa[inside])
            chunk[~inside] = shapely.area(shapely.intersection(pa[~inside], pb[~inside]))
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
