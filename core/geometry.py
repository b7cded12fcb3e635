"""Geometry helpers every part of the engine shares: the polygonal part of mixed results, and the
repair of invalid polygons (make_valid keeps every lobe of a bow-tie; buffer(0) would drop one)."""
import numpy as np
import shapely

POLYGON_TYPES = (3, 6)  # shapely type ids of Polygon and MultiPolygon


def polygonal(geoms):
    """Keep only the polygonal part of each geometry (an overlay or make_valid may add lines or points
    where edges touch); a geometry with none becomes empty. A new array: the input stays as it is."""
    geoms = np.asarray(geoms, dtype=object).copy()
    mixed = np.flatnonzero(~np.isin(shapely.get_type_id(geoms), POLYGON_TYPES))
    if len(mixed) == 0:
        return geoms
    # All mixed rows at once: explode twice (collections may hold multipolygons), keep polygons,
    # regroup per row. Parts of one valid result never overlap, so collecting is enough.
    parts, owner = shapely.get_parts(geoms[mixed], return_index=True)
    parts, inner = shapely.get_parts(parts, return_index=True)
    owner = owner[inner]
    keep = shapely.get_type_id(parts) == 3
    geoms[mixed] = shapely.from_wkt("POLYGON EMPTY")
    if keep.any():
        rows, first = np.unique(owner[keep], return_index=True)
        merged = shapely.multipolygons(parts[keep], indices=np.searchsorted(rows, owner[keep]))
        single = np.diff(np.append(first, keep.sum())) == 1
        merged[single] = parts[keep][first[single]]  # one polygon stays a Polygon
        geoms[mixed[rows]] = merged
    return geoms


def make_valid_polygons(geoms):
    """The polygonal part of make_valid for every geometry (None becomes an empty polygon)."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.empty(len(geoms), dtype=object)
    present = np.array([g is not None for g in geoms], dtype=bool)
    out[~present] = shapely.from_wkt("POLYGON EMPTY")
    if present.any():
        out[present] = polygonal(shapely.make_valid(geoms[present]))
    still = np.flatnonzero(present)[~shapely.is_valid(out[present])]
    if len(still):  # polygons make_valid returned side by side: merge them
        out[still] = [shapely.union_all(shapely.get_parts(g)) for g in out[still]]
    return out


def repair_polygons(geoms, is_valid=shapely.is_valid):
    """(geoms, repaired, usable): invalid polygons made valid in place, how many were invalid, and the
    mask of geometries that hold a polygon (not None, not empty, not reduced to lines by the repair).
    `is_valid` may be a parallel version of shapely.is_valid (GEOS releases the GIL)."""
    usable = np.array([g is not None for g in geoms], dtype=bool)
    usable[usable] = ~shapely.is_empty(geoms[usable])
    invalid = np.zeros(len(geoms), dtype=bool)
    invalid[usable] = ~is_valid(geoms[usable])
    if invalid.any():
        geoms[invalid] = make_valid_polygons(geoms[invalid])
        usable[invalid] = ~shapely.is_empty(geoms[invalid])
    return geoms, int(invalid.sum()), usable


def make_valid_quietly(geoms):
    """Make valid, in place, what is not (e.g. a sliver bent inside out by reprojection); return how many."""
    if len(geoms) == 0:
        return 0
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = make_valid_polygons(geoms[invalid])
    return int(invalid.sum())
