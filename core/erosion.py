"""A polygon shrunk by a tiny ε in numpy, several times faster than GEOS's buffer: every ring's edges moved ε into the
polygon, consecutive ones met at a convex corner (the mitre: exact there) and joined by a chord at a reflex one
(the chord of the arc the exact erosion has there: it keeps a little more, never less).

Why the result holds every point of the polygon farther than ε from its boundary when it is a valid polygon: move
the rings in continuously, from 0 to ε. At every step each point of the moved rings lies within that step of the
boundary (a moved edge's points over the edge itself, since no edge is shorter than the corners' shifts; a chord's
near its vertex), so a point farther than ε from the boundary is never crossed and stays inside (its winding number
cannot change). GEOS's validity of the result is checked by the caller wherever a ring has a reflex corner, a hole
or a second part; a convex ring moved in stays convex."""
import numpy as np
import shapely

SHARPEST = 0.1  # 1 + cos(turn) at a convex corner: corners sharper than ~25° are left to GEOS (their mitre runs far)
SHORTEST = 20.0  # edges shorter than this many ε are left to GEOS (the corners' shifts would pass their ends)


def eroded(geoms, eps):
    """(shrunk, done, simple): each polygon or multipolygon moved in by its ε (see the module's note); done False
    (shrunk None) where a corner is too sharp or an edge too short; simple True where every ring is convex and
    alone in its polygon (then the result is valid by construction)."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    shrunk, done, simple = np.full(n, None, dtype=object), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    parts, of_part = shapely.get_parts(geoms, return_index=True)
    rings, of_ring = shapely.get_rings(parts, return_index=True)
    if len(rings) == 0:
        return shrunk, done, simple
    shell = np.r_[True, of_ring[1:] != of_ring[:-1]]  # the first ring of each part is its shell
    xy, owner = shapely.get_coordinates(rings, return_index=True)
    count = np.bincount(owner, minlength=len(rings))
    open_ = np.ones(len(xy), dtype=bool)
    open_[np.cumsum(count) - 1] = False  # each ring's closing vertex
    xy, owner = xy[open_], owner[open_]
    m = count - 1
    start = np.r_[0, np.cumsum(m)[:-1]][owner]
    position = np.arange(len(xy)) - start
    following, preceding = start + (position + 1) % m[owner], start + (position - 1) % m[owner]
    edge = xy[following] - xy  # edge i runs from vertex i to vertex i + 1
    length = np.hypot(edge[:, 0], edge[:, 1])
    local, local_next = xy - xy[start], xy[following] - xy[start]
    twice_area = np.bincount(owner, weights=local[:, 0] * local_next[:, 1] - local_next[:, 0] * local[:, 1],
                             minlength=len(rings))
    # +1 where the polygon lies on the left of the ring's edges: a counter-clockwise shell, a clockwise hole
    side = (np.sign(twice_area) * np.where(shell, 1.0, -1.0))[owner]
    e = np.asarray(eps, dtype=float)[of_part[of_ring[owner]]]
    with np.errstate(divide="ignore", invalid="ignore"):
        normal = side[:, None] * np.stack([-edge[:, 1], edge[:, 0]], axis=1) / length[:, None]
        before, after = normal[preceding], normal
        meet = 1.0 + (before * after).sum(axis=1)
        turn = side * (edge[preceding, 0] * edge[:, 1] - edge[preceding, 1] * edge[:, 0])
        mitre = xy + e[:, None] * (before + after) / meet[:, None]
    reflex = turn < 0
    fine = (reflex | (meet >= SHARPEST)) & (length > SHORTEST * e) & (m[owner] >= 3) & (side != 0)
    fine &= np.isfinite(mitre).all(axis=1) | reflex
    ring_fine = np.bincount(owner, weights=~fine, minlength=len(rings)) == 0
    geom_of_ring = of_part[of_ring]
    geom_fine = np.bincount(geom_of_ring, weights=~ring_fine, minlength=n) == 0
    geom_fine &= np.bincount(geom_of_ring, minlength=n) > 0
    keep = geom_fine[geom_of_ring[owner]]
    # a reflex corner gives two vertices (the chord's ends), a convex one its mitre
    twice = reflex & keep
    points = np.where(twice[:, None], xy + e[:, None] * before, mitre)[keep]
    extra = (xy + e[:, None] * after)[twice]
    where = np.flatnonzero(keep)
    order = np.r_[np.arange(len(where)), np.searchsorted(where, np.flatnonzero(twice)) + 0.5]
    coords = np.concatenate([points, extra])[np.argsort(order, kind="stable")]
    ring_ids = np.concatenate([owner[keep], owner[twice]])[np.argsort(order, kind="stable")]
    kept_rings = np.flatnonzero(geom_fine[geom_of_ring])
    new_rings = shapely.linearrings(coords, indices=np.searchsorted(kept_rings, ring_ids))
    polygons = shapely.polygons(new_rings, indices=np.searchsorted(np.unique(of_ring[kept_rings]), of_ring[kept_rings]))
    kept_parts = np.unique(of_ring[kept_rings])
    chosen = np.flatnonzero(geom_fine)
    shrunk[chosen] = shapely.multipolygons(polygons, indices=np.searchsorted(chosen, of_part[kept_parts]))
    done[chosen] = True
    one_ring = np.bincount(geom_of_ring, minlength=n) == 1
    convex = np.bincount(geom_of_ring[owner], weights=reflex, minlength=n) == 0
    simple[:] = done & one_ring & convex
    return shrunk, done, simple
