"""Gaps and overlaps of a coverage found from the edges that neighbours do not share.

In a coverage every inner edge is drawn twice, once by each of the two features it parts, in opposite
directions (each ring turned so that its feature lies on its left). Cancelling those pairs leaves the
outer boundary and the defects. Gaps (图斑缝隙) and overlaps (图斑重叠) are faces of that small
remainder: a face no feature covers is a gap, one two features cover is an overlap. Polygonising a few
thousand edges costs a fraction of the union of 100,000 features that finding gaps otherwise takes.

A database rounds its coordinates (a FileGDB keeps 0.1 mm), so a neighbour's vertex on a shared edge
ends up beside it: the edge is cut at every such vertex within TOLERANCE before the edges are matched,
where the sliver this closes (a triangle on the edge) stays under a twentieth of min_area, which no
caller reports. Where the remainder is not small (a layer that is no coverage), None: the caller takes
the union.
"""
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from .geometry import ground_of
from .overlay import THREADS

TOLERANCE = 2e-4      # metres: twice a FileGDB's default coordinate resolution
HIDDEN_SHARE = 0.05   # of min_area: the largest sliver a cut may close
MOST_LEFT = 0.25      # share of all edges left unmatched beyond which the union is cheaper…
FEW_LEFT = 20000      # …unless they are this few (a small layer's outer boundary is most of its edges)
EXACT_FACE = 2000     # an unclear face with at most this many features is settled the exact way
LONG_CELLS = 64       # a segment whose envelope meets more grid cells is looked for along its length
PARALLEL_LEAST = 20000  # features (and twenty times as many vertices) worth a thread each
CROWDED = 16          # pairs to test a point or segment beyond which the grid gives way to an STRtree


def defects(geoms, boundary=None, min_area=1.0, tolerance=TOLERANCE, region=None, tree=None):
    """(gap faces inside the union of `boundary`, indices of the features that may overlap another, indices of
    the features that may reach beyond the boundary) or None. Gaps and features beyond are only looked for where
    a boundary is given (empty arrays otherwise). The suspects still need their pairs intersected, the features
    beyond their difference with the boundary taken; every other pair shares at most slivers of
    HIDDEN_SHARE · min_area each, and no other feature reaches beyond by more.
    `region` (geometry.ground_of(boundary)) and `tree` (an STRtree of geoms): where the caller has them already."""
    geoms = np.asarray(geoms, dtype=object)
    xy, a, b = _edges(geoms)
    p, q, excess = _unmatched(a, b, np.ones(len(a), dtype=np.int64), len(xy))
    p, q, excess = _unmatched(*_cut_at_vertices(xy, p, q, excess, tolerance, 2 * HIDDEN_SHARE * min_area), len(xy))
    if len(p) > max(MOST_LEFT * len(a), FEW_LEFT):
        return None
    lines = shapely.linestrings(np.stack([xy[p], xy[q]], axis=1))
    if boundary is None or not len(boundary):
        region = None
    else:
        region = ground_of(boundary) if region is None else region
        lines = np.concatenate([lines, shapely.get_parts(shapely.boundary(region))])
    faces = _faces(lines)
    tree = shapely.STRtree(geoms) if tree is None else tree
    depth = _depth(faces, geoms, tree)
    unclear = np.flatnonzero(depth < 0)
    face, near = tree.query(faces[unclear], predicate="intersects")
    if len(face) and np.bincount(face).max() > EXACT_FACE:
        return None
    overlapping = tree.query(faces[depth >= 2], predicate="intersects")[1]
    suspects = np.unique(np.concatenate([near, overlapping])).astype(np.int64)
    gaps, beyond = np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    if region is not None:
        # the boundary is among the lines, so each face lies wholly inside it or wholly beyond it; the ground a
        # feature covers beyond it is faces covered by one feature or more (or unclear), and only the features
        # meeting those faces can reach there
        shapely.prepare(region)
        inside = shapely.contains_properly(region, shapely.point_on_surface(faces))
        gaps = faces[(depth == 0) & inside]
        beyond = np.unique(tree.query(faces[(depth != 0) & ~inside], predicate="intersects")[1]).astype(np.int64)
    return gaps, suspects, beyond


def _edges(geoms):
    """(xy: the distinct vertices, a, b: every ring segment as the numbers of its two vertices, its feature on
    its left). Segments of no length are left out. Equal points get one number: matching is on integers."""
    coords, vertex_of, flip = _ring_vertices(geoms)
    distinct, number = _numbered(coords)
    xy = np.stack([distinct.real, distinct.imag], axis=1)
    inner = vertex_of[1:] == vertex_of[:-1]
    a, b = number[:-1][inner], number[1:][inner]
    turn = flip[vertex_of[:-1][inner]]
    a, b = np.where(turn, b, a), np.where(turn, a, b)
    keep = a != b
    return xy, a[keep], b[keep]


def _ring_vertices(geoms):
    """(coordinates, ring of each, whether each ring runs the wrong way: exteriors counter-clockwise) of valid
    polygons' rings. A polygon of one ring (most parcels) is read straight from its coordinates, its way from the
    sign of its area; the others ring by ring through GEOS, which makes an object of each ring and costs more."""
    coords, feature = shapely.get_coordinates(geoms, return_index=True)
    count = np.bincount(feature, minlength=len(geoms))
    first = np.cumsum(count) - count
    start = np.full((len(geoms), 2), np.nan)
    simple = np.isin(shapely.get_type_id(geoms), (3, 6)) & (count >= 4)
    start[simple] = coords[first[simple]]
    # one ring: its first point comes back only as its last (where there are more, the first ring closes earlier)
    again = np.bincount(feature[(coords == start[feature]).all(axis=1)], minlength=len(geoms))
    simple &= again == 2
    simple[simple] = (coords[(first + count - 1)[simple]] == start[simple]).all(axis=1)
    mine = simple[feature]
    coords, feature = coords[mine], feature[mine]
    vertex_of = (np.cumsum(simple) - 1)[feature]
    local = coords - start[feature]  # about the ring's first point: products of small numbers stay exact enough
    cross = local[:-1, 0] * local[1:, 1] - local[1:, 0] * local[:-1, 1]
    same = vertex_of[1:] == vertex_of[:-1]
    twice_area = np.bincount(vertex_of[:-1][same], weights=cross[same], minlength=int(simple.sum()))
    rest = _rings_of(geoms[~simple])
    return (np.concatenate([coords, rest[0]]), np.concatenate([vertex_of, rest[1] + int(simple.sum())]),
            np.concatenate([~(twice_area > 0), rest[2]]))


def _rings_of(geoms):
    """_ring_vertices ring by ring through GEOS: polygons with holes, several parts, or anything else."""
    parts = shapely.get_parts(geoms)
    parts = parts[shapely.get_type_id(parts) == 3]
    rings, ring_of = shapely.get_rings(parts, return_index=True)
    exterior = np.r_[True, ring_of[1:] != ring_of[:-1]]
    flip = shapely.is_ccw(rings) != exterior
    coords, vertex_of = shapely.get_coordinates(rings, return_index=True)
    return coords, vertex_of, flip


def _numbered(coords):
    """np.unique of the points ((x, y) as one complex number: distinct in (x, y) order, and the number of each)."""
    as_one = np.ascontiguousarray(coords).view(complex).ravel()
    if not np.isfinite(coords).all():
        return np.unique(as_one, return_inverse=True)
    return _unique(as_one, coords[:, 0])


def _unique(values, along):
    """np.unique(values, return_inverse=True), the values left and right of the middle of `along` (which orders
    them as they sort, each value always with the same) sorted on a core each: numpy lets go of the GIL to sort."""
    if THREADS == 1 or len(values) < 20 * PARALLEL_LEAST:
        return np.unique(values, return_inverse=True)
    left = along < np.median(along[::max(1, len(along) // 4096)])
    halves = [np.flatnonzero(left), np.flatnonzero(~left)]  # equal values are in one half
    with ThreadPoolExecutor(2) as pool:
        order = np.concatenate(list(pool.map(lambda half: half[np.argsort(values[half])], halves)))
    ordered = values[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    number = np.empty(len(order), dtype=np.intp)
    number[order] = np.cumsum(first) - 1
    return ordered[first], number


def _unmatched(a, b, weight, n):
    """The distinct segments whose two directions do not cancel: (p, q, excess) with p < q (vertex numbers),
    excess the count drawn p→q minus the count drawn q→p (features on its left minus those on its right)."""
    flipped = a > b
    key = np.where(flipped, b, a).astype(np.int64) * n + np.where(flipped, a, b)
    distinct, group = _unique(key, key)
    excess = np.bincount(group, weights=np.where(flipped, -weight, weight), minlength=len(distinct))
    left = np.flatnonzero(np.rint(excess) != 0)
    return distinct[left] // n, distinct[left] % n, np.rint(excess[left]).astype(np.int64)


def _cut_at_vertices(xy, p, q, excess, tolerance, most_off_length):
    """Each segment cut at the other segments' ends that lie on it, within tolerance and with the sliver
    between (off · length / 2) at most most_off_length / 2: a T-junction (a neighbour's vertex on this
    edge) then gives pieces its neighbour's edges match. The ends on each share of the segments are found on a
    core of their own."""
    ends = np.unique(np.concatenate([p, q]))
    points = xy[ends]
    bounds = np.linspace(0, len(p), (THREADS if len(p) >= PARALLEL_LEAST else 1) + 1).astype(int)
    with ThreadPoolExecutor(len(bounds) - 1) as pool:
        found = list(pool.map(lambda k: _ends_on(xy, ends, points, p, q, bounds[k], bounds[k + 1], tolerance,
                                                 most_off_length), range(len(bounds) - 1)))
    point, seg, t = (np.concatenate([f[k] for f in found]) for k in range(3))
    if not len(seg):
        return p, q, excess
    order = np.lexsort((point, t, seg))  # the point last: one order however the pairs came
    point, seg = point[order], seg[order]
    cuts = np.bincount(seg, minlength=len(p))
    # each segment becomes the chain p, its cut points in order along it, q
    length = cuts + 2
    first = np.r_[0, np.cumsum(length)[:-1]]
    chain = np.empty(int(length.sum()), dtype=np.int64)
    chain[first], chain[first + length - 1] = p, q
    rank = np.arange(len(seg)) - np.r_[0, np.cumsum(cuts)[:-1]][seg]
    chain[first[seg] + 1 + rank] = ends[point]
    last = np.zeros(len(chain), dtype=bool)
    last[first + length - 1] = True
    return chain[:-1][~last[:-1]], chain[1:][~last[:-1]], np.repeat(excess, cuts + 1)


def _ends_on(xy, ends, points, p, q, lo, hi, tolerance, most_off_length):
    """(point, segment, t: where along it) of the ends (`points`, vertex numbers `ends`) that lie on the segments
    lo…hi (p → q) as _cut_at_vertices asks."""
    point, seg = _near(points, xy[p[lo:hi]], xy[q[lo:hi]], tolerance)
    seg = seg + lo
    other = (ends[point] != p[seg]) & (ends[point] != q[seg])  # most pairs: a segment and its own ends
    point, seg = point[other], seg[other]
    start, d = xy[p[seg]], xy[q[seg]] - xy[p[seg]]
    w = xy[ends[point]] - start
    length2 = np.einsum("ij,ij->i", d, d)
    t = np.einsum("ij,ij->i", w, d) / length2
    off = np.abs(d[:, 0] * w[:, 1] - d[:, 1] * w[:, 0]) / np.sqrt(length2)  # distance from the segment's line
    inside = (t > 0) & (t < 1) & (off <= tolerance) & (off * np.sqrt(length2) <= most_off_length)
    return point[inside], seg[inside], t[inside]


def _near(points, a, b, tolerance):
    """(point, segment) of every point within `tolerance` of the segment a→b, and more: each point whose box of
    ± tolerance meets the segment's envelope near the segment. A grid of cells in numpy, as cheap as a sort: an
    STRtree of the segments queried with a box per point costs three times more (the boxes are geometries)."""
    none = np.empty(0, dtype=np.int64)
    if not len(points) or not len(a):
        return none, none
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    margin = 2 * tolerance
    origin = np.minimum(points.min(axis=0), lo.min(axis=0)) - 2 * margin  # every cell number ≥ 0, below `rows`
    extent = np.maximum(points.max(axis=0), hi.max(axis=0)) + 2 * margin - origin
    n = len(points) + len(a)
    # a cell about a usual segment long, and never so small that the cells outnumber the points and segments
    cell = max(float(np.median((hi - lo).max(axis=1))), 4 * tolerance, float(np.sqrt(extent.prod() / (4 * n))),
               float(extent.max()) / (4 * n))
    rows = int(extent[1] / cell) + 2
    first = np.floor((lo - margin - origin) / cell).astype(np.int64)
    last = np.floor((hi + margin - origin) / cell).astype(np.int64)
    wide = last - first + 1
    count = wide[:, 0] * wide[:, 1]
    # a segment over many cells (a long diagonal) is looked for only in the cells along it
    long = count > LONG_CELLS
    seg, key = _envelope_cells(np.flatnonzero(~long), first, wide, rows)
    if long.any():
        seg_l, key_l = _cells_along(np.flatnonzero(long), a, b, origin, cell, rows)
        seg, key = np.concatenate([seg, seg_l]), np.concatenate([key, key_l])
    cell_of = np.floor((points - origin) / cell).astype(np.int64)
    pkey = cell_of[:, 0] * rows + cell_of[:, 1]
    order = np.argsort(pkey, kind="stable")
    in_cell = np.bincount(pkey, minlength=int(max(pkey.max(), key.max())) + 1)
    start = np.cumsum(in_cell) - in_cell
    many = in_cell[key]
    if many.sum() > CROWDED * n:  # segments long beside the points' spacing (no coverage): the tree does better
        tree = shapely.STRtree(shapely.linestrings(np.stack([a, b], axis=1)))
        x, y = points[:, 0], points[:, 1]
        return tree.query(shapely.box(x - tolerance, y - tolerance, x + tolerance, y + tolerance))
    seg = np.repeat(seg, many)
    point = order[np.repeat(start[key] - (np.cumsum(many) - many), many) + np.arange(len(seg))]
    x, y = points[point, 0], points[point, 1]
    hit = ((x + tolerance >= lo[seg, 0]) & (x - tolerance <= hi[seg, 0])
           & (y + tolerance >= lo[seg, 1]) & (y - tolerance <= hi[seg, 1]))
    return point[hit], seg[hit]


def _envelope_cells(segs, first, wide, rows):
    """(segment, cell) of every cell each segment's widened envelope meets."""
    count = wide[segs, 0] * wide[segs, 1]
    seg = np.repeat(segs, count)
    k = np.arange(len(seg)) - np.repeat(np.cumsum(count) - count, count)
    return seg, (first[seg, 0] + k % wide[seg, 0]) * rows + first[seg, 1] + k // wide[seg, 0]


def _cells_along(segs, a, b, origin, cell, rows):
    """(segment, cell) of the cells within one cell of points along each segment, half a cell apart: every point
    within half a cell of the segment lies in one of them (once each)."""
    d = b[segs] - a[segs]
    steps = np.ceil(2 * np.abs(d).max(axis=1) / cell).astype(np.int64) + 1
    seg = np.repeat(segs, steps)
    k = np.arange(len(seg)) - np.repeat(np.cumsum(steps) - steps, steps)
    t = np.minimum(k / np.repeat(np.maximum(steps - 1, 1), steps), 1.0)[:, None]
    at = np.floor((a[seg] + t * (b[seg] - a[seg]) - origin) / cell).astype(np.int64)
    around = np.array([(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)])
    cells = (at[:, None, :] + around[None]).reshape(-1, 2)
    inside = (cells >= 0).all(axis=1) & (cells[:, 1] < rows)
    key = cells[:, 0] * rows + cells[:, 1]
    span = int(key[inside].max()) + 1 if inside.any() else 1
    pair = np.unique(np.repeat(seg, 9)[inside] * span + key[inside])  # each cell once a segment
    return pair // span, pair % span


def _faces(lines):
    """The faces the lines part the plane into (noded first: overlaps make them cross)."""
    noded = shapely.union_all(lines)
    return shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))


def _depth(faces, geoms, tree):
    """How many features cover each face: 0, 1, 2 or more; −1 where no clear point was found (every point
    tried lies on some feature's boundary, where counting is ambiguous)."""
    depth = np.full(len(faces), -1, dtype=np.int64)
    todo = np.arange(len(faces))
    points = shapely.point_on_surface(faces)
    for attempt in range(4):
        hit = np.bincount(tree.query(points, predicate="intersects")[0], minlength=len(points))
        inside = np.bincount(tree.query(points, predicate="within")[0], minlength=len(points))
        clear = hit == inside  # on no feature's boundary
        depth[todo[clear]] = inside[clear]
        todo, points = todo[~clear], points[~clear]
        if not len(todo):
            break
        points = _other_points(faces[todo], geoms, tree, attempt)
    return depth


def _other_points(faces, geoms, tree, attempt):
    """A point inside each face and inside one of the features it meets (another feature each attempt)."""
    face, feature = tree.query(faces, predicate="intersects")
    first = np.r_[True, face[1:] != face[:-1]]
    count = np.diff(np.r_[np.flatnonzero(first), len(face)])
    pick = np.flatnonzero(first) + np.minimum(attempt, count - 1)
    points = shapely.point_on_surface(faces)
    found = shapely.point_on_surface(shapely.intersection(faces[face[pick]], geoms[feature[pick]]))
    ok = ~shapely.is_empty(found) & shapely.contains_properly(faces[face[pick]], found)
    points[face[pick][ok]] = found[ok]
    return points
