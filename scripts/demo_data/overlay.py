"""Vectorised polygon overlays: grouped unions and differences, clipping, exploding to polygons,
and the clean-up of what overlays leave behind (holes, spikes, slivers)."""
from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

from .settings import GRID


def grouped_union(geoms, gid):
    """Union geometries per group id, vectorised (returns unique ids, unions)."""
    geoms = np.asarray(geoms, object)
    gid = np.asarray(gid)
    if len(gid) == 0:
        return gid, np.empty(0, object)
    order = np.argsort(gid, kind="stable")
    sorted_gid, sorted_geoms = gid[order], geoms[order]
    uniq, start, counts = np.unique(sorted_gid, return_index=True, return_counts=True)
    out = np.empty(len(uniq), object)
    one = counts == 1
    out[one] = sorted_geoms[start[one]]
    lo = 2
    while (counts >= lo).any():
        hi = lo * 2 - 1
        sel = (counts >= lo) & (counts <= hi)
        if sel.any():
            sel_start, sel_count = start[sel], counts[sel]
            n_groups = int(sel.sum())
            arr = np.full((n_groups, hi), None, object)
            rows = np.repeat(np.arange(n_groups), sel_count)
            cols = np.arange(sel_count.sum()) - np.repeat(np.cumsum(sel_count) - sel_count, sel_count)
            arr[rows, cols] = sorted_geoms[np.repeat(sel_start, sel_count) + cols]
            out[sel] = polygonal(shapely.union_all(arr, axis=1, grid_size=GRID))
        lo = hi + 1
    return uniq, out


def grouped_difference(targets, cutters, ti, ci):
    """targets[t] minus every cutters[c] paired with it (pairs ti, ci), one difference at a time.

    Repeated differences are cheaper than differencing a union: each overlay only looks at the
    cutter near the target (OverlayNG clips to the target's envelope)."""
    out = np.asarray(targets, object).copy()
    if len(ti) == 0:
        return out
    order = np.argsort(ti, kind="stable")
    ti, ci = ti[order], ci[order]
    first = np.r_[True, ti[1:] != ti[:-1]]
    rank = np.arange(len(ti)) - np.maximum.accumulate(np.where(first, np.arange(len(ti)), 0))
    for round_no in range(int(rank.max()) + 1):
        this_round = rank == round_no
        target_idx, cutter_idx = ti[this_round], ci[this_round]
        out[target_idx] = polygonal(shapely.difference(out[target_idx], cutters[cutter_idx], grid_size=GRID))
    return out


def explode_polys(geoms, min_area=0.0):
    """Explode nested collections down to Polygons; returns (parts, index into geoms)."""
    geoms = np.asarray(geoms, object)
    idx = np.arange(len(geoms))
    for _ in range(3):
        parts, pidx = shapely.get_parts(geoms, return_index=True)
        geoms, idx = parts, idx[pidx]
        types = shapely.get_type_id(geoms)
        if not np.isin(types, [4, 5, 6, 7]).any():
            break
    keep = shapely.get_type_id(geoms) == 3
    geoms, idx = geoms[keep], idx[keep]
    keep = shapely.area(geoms) > min_area
    return geoms[keep], idx[keep]


def fill_small_holes(geoms, min_area=1.0):
    """Drop interior rings smaller than min_area (overlay crumbs)."""
    out = np.asarray(geoms, object).copy()
    for i, geom in enumerate(out):
        polys = []
        changed = False
        for part in shapely.get_parts(geom):
            holes = [ring for ring in part.interiors if shapely.Polygon(ring).area >= min_area]
            changed |= len(holes) != len(part.interiors)
            polys.append(shapely.Polygon(part.exterior, holes))
        if changed:
            out[i] = polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)
    return out


def polygonal(geoms):
    """Keep only the polygon parts of each geometry (as Polygon or MultiPolygon, or empty)."""
    geoms = np.asarray(geoms, object)
    types = shapely.get_type_id(geoms)
    bad = ~np.isin(types, [3, 6])
    if not bad.any():
        return geoms
    out = geoms.copy()
    sub = np.flatnonzero(bad)
    parts, idx = explode_polys(geoms[sub])
    out[sub] = shapely.Polygon()
    if len(parts):
        out[sub[np.unique(idx)]] = regroup(parts, idx)
    return out


def regroup(parts, idx):
    """Polygons with group ids (sorted) -> one Polygon or MultiPolygon per distinct id."""
    _, inv, counts = np.unique(idx, return_inverse=True, return_counts=True)
    first = np.unique(inv, return_index=True)[1]
    res = shapely.multipolygons(parts, indices=inv)
    single = counts == 1
    res[single] = parts[first[single]]
    return res


def _despike_ring(coords, eps):
    coords = coords[:-1]
    changed = True
    while changed and len(coords) > 3:
        changed = False
        prev, nxt = np.roll(coords, 1, 0), np.roll(coords, -1, 0)
        v1, v2 = coords - prev, nxt - coords
        cross = np.abs(v1[:, 0] * v2[:, 1] - v1[:, 1] * v2[:, 0])
        dot = (v1 * v2).sum(1)
        bad = (dot < 0) & (cross < 2 * eps)          # a reversal enclosing less than eps m²
        bad |= (np.hypot(*v1.T) < 1e-9)              # repeated point
        if bad.any():
            first_bad = int(np.flatnonzero(bad)[0])
            coords = np.delete(coords, first_bad, 0)
            changed = True
    return np.vstack([coords, coords[:1]]) if len(coords) >= 3 else None


def _despike_multi(geoms, multi, eps):
    """despike() of an array holding multipolygons: single polygons as they are, multipolygons part by part."""
    out = geoms.copy()
    single = np.flatnonzero(~multi)
    out[single] = despike(geoms[single], eps)
    mi = np.flatnonzero(multi)
    parts, pidx = explode_polys(geoms[mi])
    parts = despike(parts, eps)
    parts, qidx = explode_polys(parts)
    pidx = pidx[qidx]
    out[mi] = shapely.Polygon()
    if len(parts):
        out[mi[np.unique(pidx)]] = regroup(parts, pidx)
    return out


def _despike_polygon(geom, eps):
    polys = []
    for part in shapely.get_parts(geom):
        shell = _despike_ring(shapely.get_coordinates(part.exterior), eps)
        if shell is None:
            continue
        holes = [hole for hole in (_despike_ring(shapely.get_coordinates(ring), eps) for ring in part.interiors)
                 if hole is not None]
        poly = shapely.Polygon(shell, holes)
        if not poly.is_valid:
            poly = shapely.make_valid(poly)
        polys.extend(explode_polys([poly])[0])
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def despike(geoms, eps=1e-4):
    """Remove zero-width spikes (vertex reversals enclosing < eps m²) that overlays leave behind."""
    geoms = np.asarray(geoms, object)
    if len(geoms) == 0:
        return geoms
    multi = shapely.get_type_id(geoms) != 3
    if multi.any():
        return _despike_multi(geoms, multi, eps)
    rings, ridx = shapely.get_rings(geoms, return_index=True)
    coords, cidx = shapely.get_coordinates(rings, return_index=True)
    starts = np.searchsorted(cidx, np.arange(len(rings)))
    prev = np.roll(coords, 1, 0)
    nxt = np.roll(coords, -1, 0)
    # closing point: previous of the first vertex is the second-to-last
    ends = np.append(starts[1:], len(coords)) - 1
    prev[starts] = coords[ends - 1]
    v1, v2 = coords - prev, nxt - coords
    cross = np.abs(v1[:, 0] * v2[:, 1] - v1[:, 1] * v2[:, 0])
    dot = (v1 * v2).sum(1)
    bad = (dot < 0) & (cross < 2 * eps)
    bad[ends] = False
    suspect = np.unique(ridx[cidx[bad]])
    out = geoms.copy()
    for gi in suspect:
        out[gi] = _despike_polygon(geoms[gi], eps)
    return out


def clip_to(geoms, clip_polys, predicate_first=True):
    """Intersect every geometry with every clip polygon it meets (pairs), vectorised.

    Returns (pieces, geom index, clip index). Geometries wholly inside a clip polygon are
    passed through without an overlay."""
    tree = STRtree(clip_polys)
    gi, ci = tree.query(geoms, predicate="intersects")
    if len(gi) == 0:
        return np.empty(0, object), gi, ci
    shapely.prepare(clip_polys)
    inside = shapely.contains_properly(clip_polys[ci], geoms[gi])
    out = np.empty(len(gi), object)
    out[inside] = geoms[gi[inside]]
    overlay = ~inside
    out[overlay] = polygonal(shapely.intersection(geoms[gi[overlay]], clip_polys[ci[overlay]], grid_size=GRID))
    return out, gi, ci


def absorb_slivers(geoms, group, small=20.0, thin=0.6, thin_area=600.0, keep=None):
    """Merge tiny or very thin polygons into the neighbour (same group) sharing the longest edge.

    Returns (new geometries, alive mask)."""
    geoms = np.asarray(geoms, object).copy()
    area = shapely.area(geoms)
    perimeter = shapely.length(geoms)
    sliver = (area < small) | ((area < thin_area) & (area < thin * perimeter))
    if keep is not None:
        sliver &= ~keep
    alive = np.ones(len(geoms), bool)
    si = np.flatnonzero(sliver)
    if len(si) == 0:
        return geoms, alive
    tree = STRtree(geoms)
    small_i, nb = tree.query(geoms[si], predicate="dwithin", distance=1e-3)
    small_i = si[small_i]
    ok = (small_i != nb) & ~sliver[nb] & (group[small_i] == group[nb])
    small_i, nb = small_i[ok], nb[ok]
    shared = shapely.length(shapely.intersection(shapely.boundary(geoms[small_i]),
                                                 shapely.buffer(geoms[nb], 1e-3, quad_segs=1)))
    ok = shared > 1e-3
    small_i, nb, shared = small_i[ok], nb[ok], shared[ok]
    # best receiver per sliver
    order = np.lexsort((-shared, small_i))
    small_i, nb = small_i[order], nb[order]
    first = np.unique(small_i, return_index=True)[1]
    small_i, nb = small_i[first], nb[first]
    receiver = np.concatenate([nb, nb])
    member = np.concatenate([nb, small_i])
    ids, merged = grouped_union(geoms[member], receiver)
    geoms[ids] = merged
    alive[small_i] = False
    return geoms, alive
