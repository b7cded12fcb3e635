"""Geometry helpers every part of the engine shares: the polygonal part of mixed results, and the
repair of invalid polygons (make_valid keeps every lobe of a bow-tie; buffer(0) would drop one)."""
import struct

import numpy as np
import shapely

POLYGON_TYPES = (3, 6)  # shapely type ids of Polygon and MultiPolygon


def ground_of(boundary):
    """The ground a boundary layer's features bound: the union of their polygonal parts (a stray line or point in
    a 行政区 layer bounds none, and would leave the union a collection without a boundary of its own)."""
    return polygonal([shapely.union_all(polygonal(boundary))])[0]


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


# --- geometry as read: what GEOS cannot take as it comes ---------------------------------------------
# Faults found per feature by from_wkb_checked (0: none). A curved geometry is no fault: it is linearised
# (the bridge hands in QGIS's own linearisation) and marked apart; CURVED are the OGC type codes of curves.
SOUND, UNCLOSED, NOT_FINITE, UNREADABLE = 0, 1, 2, 3
CURVED = frozenset({8, 9, 10, 11, 12})  # CircularString, CompoundCurve, CurvePolygon, MultiCurve, MultiSurface


def _header(head):
    """(plain type, has Z, has M, has SRID, byte order) of a WKB header."""
    order = "<" if head[0] == 1 else ">"
    raw = struct.unpack(order + "I", head[1:5])[0]
    flags = raw & 0xE0000000
    code = raw & 0x0FFFFFFF
    dims = code // 1000
    return code % 1000, dims in (1, 3) or bool(flags & 0x80000000), dims in (2, 3) or bool(flags & 0x40000000), \
        bool(flags & 0x20000000), order


def close_rings(wkb):
    """The WKB again (little-endian ISO) with every polygon ring closed: a ring whose last vertex is not
    its first gets the first appended. Polygons inside multi-polygons and collections are closed too."""
    out, _ = _copy_closed(memoryview(bytes(wkb)), 0)
    return b"".join(out)


def _copy_closed(view, at):
    kind, has_z, has_m, has_srid, order = _header(bytes(view[at:at + 5]))
    at += 5 + (4 if has_srid else 0)
    width = 2 + has_z + has_m
    out = [struct.pack("<BI", 1, kind + 1000 * (has_z + 2 * has_m))]
    count = lambda: struct.unpack(order + "I", bytes(view[at:at + 4]))[0]  # noqa: E731
    if kind == 1:
        out.append(_doubles(view, at, 1, width, order))
        return out, at + 8 * width
    n = count()
    out.append(struct.pack("<I", n))
    at += 4
    if kind == 2:
        out.append(_doubles(view, at, n, width, order))
        return out, at + 8 * width * n
    if kind == 3:
        for _ in range(n):
            points = count()
            coords = np.frombuffer(bytes(view[at + 4:at + 4 + 8 * width * points]), dtype=order + "f8").reshape(points, width)
            if points and not np.array_equal(coords[0, :2], coords[-1, :2]):
                coords = np.vstack([coords, coords[:1]])
            out.append(struct.pack("<I", len(coords)) + coords.astype("<f8").tobytes())
            at += 4 + 8 * width * points
        return out, at
    for _ in range(n):  # multi-geometries and collections: their members, each with its own header
        member, at = _copy_closed(view, at)
        out.extend(member)
    return out, at


def _doubles(view, at, n, width, order):
    return np.frombuffer(bytes(view[at:at + 8 * width * n]), dtype=order + "f8").astype("<f8").tobytes()


def from_wkb_checked(wkbs, linearise=None):
    """(geometries, faults, curved) from an object array of WKB (None stays None), never raising.

    Only what GEOS will not read as it is gets a second look (a county's parcels pass in one call): a geometry
    of a curve type is handed to `linearise` (WKB -> (WKB without arcs, whether it held an arc); the bridge
    gives QGIS's own) and marked in the mask `curved` where it held one (a MultiSurface of straight polygons
    does not); a polygon ring left open is closed (UNCLOSED). A geometry with a NaN or infinite coordinate
    becomes None (NOT_FINITE), as does WKB that cannot be read even so (UNREADABLE)."""
    wkbs = np.asarray(wkbs, dtype=object)
    faults = np.zeros(len(wkbs), dtype=np.int8)
    curved = np.zeros(len(wkbs), dtype=bool)
    geoms = np.empty(len(wkbs), dtype=object)
    if len(wkbs) == 0:
        return geoms, faults, curved
    geoms[:] = shapely.from_wkb(wkbs, on_invalid="ignore")
    # a GEOS that reads curves (3.13) hands them back as they are: they take the second look too
    second = np.flatnonzero((shapely.is_missing(geoms) & np.not_equal(wkbs, None)) | (shapely.get_type_id(geoms) > 7))
    for i in second:
        wkb = bytes(wkbs[i])
        if linearise is not None and len(wkb) >= 5 and _header(wkb[:5])[0] in CURVED:
            wkb, curved[i] = linearise(wkb)
        try:
            geoms[i] = shapely.from_wkb(wkb)
        except (shapely.errors.GEOSException, ValueError):
            try:
                geoms[i] = shapely.from_wkb(close_rings(wkb))
                faults[i] = UNCLOSED
            except (shapely.errors.GEOSException, struct.error, ValueError):
                geoms[i], faults[i] = None, UNREADABLE
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if len(present):
        # A NaN or infinite vertex makes the length (or, for a point, the bounds) not finite: a cheap pass over
        # every geometry, then the vertices of the few suspects (all vertices of a county would take a gigabyte).
        with np.errstate(invalid="ignore"):
            length = shapely.length(geoms[present])
            suspect = present[~np.isfinite(length)]
            still = present[length == 0]  # points have no length: their bounds tell
            suspect = np.union1d(suspect, still[~np.isfinite(shapely.bounds(geoms[still])).all(axis=1)])
        if len(suspect):
            coords, owner = shapely.get_coordinates(geoms[suspect], return_index=True)
            bad = suspect[np.unique(owner[~np.isfinite(coords).all(axis=1)])]
            faults[bad] = NOT_FINITE
            geoms[bad] = None
    return geoms, faults, curved
