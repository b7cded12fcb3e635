"""Features of a layer against a control line's features, without intersecting the pairs that only share an edge.

Control lines are drawn along parcel edges, so most parcels that meet a line's feature share an edge with it,
and float noise along that edge (T-junctions: a vertex on one side, none on the other) makes GEOS return a
sliver of 1e-13 to 1e-4 m², below the noise threshold (units.NOISE_M2) that drops it anyway. Intersecting such
pairs was most of the bottom-line check's time; proving them shallow is cheaper, and exact:

A parcel's piece inside ∪b lies within ε of its boundary when no feature of b meets the parcel shrunk by ε (a
negative buffer): its area is then at most the band's, ≤ 2εL + nπε² (L: perimeter, n: vertices; each edge's
ε-neighbourhood), and ε is chosen per parcel so that this is below half the threshold. Such a parcel's piece
would be dropped by the threshold: it is left out with no intersection. The others are intersected exactly.
The buffer runs in coordinates moved next to the parcel (Gauss-Krüger eastings are 3.5e7 m, where ε of 1e-6 m
is a few hundred float steps), so GEOS has room; the moves are accounted for in ε.
"""
from contextlib import contextmanager

import numpy as np
import shapely

from . import erosion, overlay
from .geometry import polygonal
from .self_overlap import by_first

ERODED_AT_ONCE = 4096
MIN_STEPS = 16  # ε at least this many float steps of the parcel's coordinates (the buffer itself runs in local ones)


def clip(a, b, below, progress=None):
    """overlay.clip_to_union(a, b) for the features whose piece has an area ≥ `below` (m², > 0): (index into
    a, a ∩ ∪b), index ascending. Features whose piece is smaller may be left out (the caller drops them)."""
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    ia, ib = _box_pairs(a, b)
    with _prepared(b, ib):
        return _clip(a, b, ia, ib, below, progress)


def _clip(a, b, ia, ib, below, progress):
    meet = by_first(shapely.intersects, b, ib, a, ia)
    ia, ib = ia[meet], ib[meet]
    if len(ia) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=object)
    # Wholly inside one feature of b: the piece is the feature itself.
    inside = by_first(shapely.contains_properly, b, ib, a, ia)
    whole = np.unique(ia[inside])
    rest = ~np.isin(ia, whole)
    ia, ib = ia[rest], ib[rest]
    deep = _deep(a, b, ia, ib, below)
    pieces = _intersections(a, b, ia[deep], ib[deep], progress)
    # Every shallow pair's piece lies in its feature's band, of area < below / 2 all together: a feature whose
    # deep pieces add up to less than below / 2 has less than `below` in all, and is done with.
    total = np.bincount(ia[deep], weights=shapely.area(pieces), minlength=len(a))
    kept = total >= below / 2
    more = kept[ia] & ~deep  # … the others get their shallow pairs too: their piece is the exact union
    pick = kept[ia[deep]]
    index = np.concatenate([ia[deep][pick], ia[more]])
    geoms = np.concatenate([pieces[pick], _intersections(a, b, ia[more], ib[more], None)])
    index, geoms = overlay.union_by_group(index, geoms)
    index = np.concatenate([index, whole]).astype(np.int64)
    geoms = np.concatenate([polygonal(geoms) if len(geoms) else geoms, a[whole]])
    order = np.argsort(index, kind="stable")
    keep = shapely.area(geoms[order]) > 0
    return index[order][keep], geoms[order][keep]


def _intersections(a, b, ia, ib, progress):
    """a[ia] ∩ b[ib] over the cores, a chunk at a time; `progress(fraction)` returning False stops (the rest
    stays empty)."""
    pieces = np.full(len(ia), shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    for start in range(0, len(ia), overlay.CHUNK):
        stop = min(start + overlay.CHUNK, len(ia))
        # a deep pair is a costly one (a parcel well into a large line feature): threads pay from a few hundred
        pieces[start:stop] = overlay.parallel(shapely.intersection, a[ia[start:stop]], b[ib[start:stop]], least=256)
        if progress is not None and progress(stop / len(ia)) is False:
            break
    return pieces


def subtract(a, b, progress=None):
    """overlay.subtract_union(a, b): (index into a, a − ∪b) for every feature with area left, untouched
    features whole; a feature wholly inside one of b is gone without a difference."""
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    if len(a) == 0 or len(b) == 0:
        return overlay.subtract_union(a, b, progress)
    ia, ib = _box_pairs(a, b)
    with _prepared(b, ib):
        gone = np.unique(ia[by_first(shapely.contains_properly, b, ib, a, ia)]) if len(ia) else ia
    touched = np.setdiff1d(np.unique(ia), gone)
    untouched = np.setdiff1d(np.arange(len(a)), np.union1d(touched, gone))
    at, left = overlay.subtract_union(a[touched], b, progress)
    index = np.concatenate([untouched, touched[at]]).astype(np.int64)
    geoms = np.concatenate([a[untouched], left])
    order = np.argsort(index, kind="stable")
    return index[order], geoms[order]


def _box_pairs(a, b):
    """(ia, ib) of the pairs whose boxes meet, the smaller layer indexed."""
    if len(a) < len(b):
        ib, ia = shapely.STRtree(a).query(b)
    else:
        ia, ib = shapely.STRtree(b).query(a)
    return ia, ib


@contextmanager
def _prepared(b, ib):
    """b's features in `ib` prepared for the time of a call, then let go: prepared, the 39k polygons of a county's
    永久基本农田 hold 230 MB of indexes, and a layer read in batches meets only some of them at a time."""
    touched = b[np.unique(ib)]
    shapely.prepare(touched)
    try:
        yield
    finally:
        shapely.destroy_prepared(touched)


def _meeting(a, b):
    """(ia, ib) of the pairs that intersect (for tests: what clip looks at)."""
    ia, ib = _box_pairs(a, b)
    with _prepared(b, ib):
        meet = by_first(shapely.intersects, b, ib, a, ia)
    return ia[meet], ib[meet]


def _deep(a, b, ia, ib, below):
    """Per pair: whether b[ib] reaches deeper than the band of a[ia] (see the module's note), or the band
    could not be trusted."""
    if len(ia) == 0:
        return np.zeros(0, dtype=bool)
    features = np.unique(ia)
    inner, trusted = interiors(a[features], below)
    at = np.searchsorted(features, ia)
    deep = ~trusted[at]
    look = np.flatnonzero(trusted[at])
    deep[look] = by_first(shapely.intersects, b, ib[look], inner, at[look])
    return deep


def interiors(geoms, below):
    """(inner, trusted): each polygon shrunk by its ε, so that the band it loses has an area below below / 2;
    trusted False where ε would be too few float steps, or GEOS's result does not look right (invalid, or
    losing more area than the band can hold)."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    inner = np.empty(n, dtype=object)
    trusted = np.zeros(n, dtype=bool)
    if n == 0:
        return inner, trusted
    bounds = shapely.bounds(geoms)
    step = np.spacing(np.abs(bounds).max(axis=1))  # a float step of the parcel's coordinates
    perimeter = shapely.length(geoms)
    vertices = np.maximum(shapely.get_num_coordinates(geoms), 1)
    with np.errstate(divide="ignore"):
        band = np.minimum(below / (8.0 * perimeter), np.sqrt(below / (4.0 * np.pi * vertices)))
    # the moves there and back shift each vertex by at most a float step: the buffer keeps them in hand
    eps = band - 4.0 * step
    chosen = np.flatnonzero(np.isfinite(eps) & (eps > MIN_STEPS * step))
    if len(chosen) == 0:
        return inner, trusted
    small = np.empty(len(chosen), dtype=object)
    sound = np.zeros(len(chosen), dtype=bool)
    done, simple = np.zeros(len(chosen), dtype=bool), np.zeros(len(chosen), dtype=bool)
    for k in range(0, len(chosen), ERODED_AT_ONCE):  # numpy's temporaries for a few thousand at a time
        at = slice(k, k + ERODED_AT_ONCE)
        small[at], done[at], simple[at] = erosion.eroded(geoms[chosen[at]], eps[chosen[at]])
    sound[simple] = True  # a convex ring moved in stays convex: valid
    check = np.flatnonzero(done & ~simple)
    sound[check] = overlay.parallel(shapely.is_valid, small[check])
    rest = np.flatnonzero(~sound)  # GEOS's buffer where numpy could not, or its result is not a valid polygon
    if len(rest):
        part = chosen[rest]
        origin = np.floor(bounds[part, :2])
        coords, owner = shapely.get_coordinates(geoms[part], return_index=True)
        local = shapely.set_coordinates(geoms[part], coords - origin[owner])  # fancy indexing made a new array
        shrunk = overlay.parallel(lambda g, e: shapely.buffer(g, -e, quad_segs=1), local, eps[part])
        coords, owner = shapely.get_coordinates(shrunk, return_index=True)
        small[rest] = shapely.set_coordinates(shrunk, coords + origin[owner])
        sound[rest] = overlay.parallel(shapely.is_valid, small[rest])
    d = band[chosen]
    lost = shapely.area(geoms[chosen]) - shapely.area(small)
    good = sound & (lost >= 0) & (lost <= 2.0 * d * perimeter[chosen] + vertices[chosen] * np.pi * d * d)
    inner[chosen[good]] = small[good]
    trusted[chosen[good]] = True
    return inner, trusted
