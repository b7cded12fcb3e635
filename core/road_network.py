"""A road network for distances along the roads: the lines noded (split where they cross or touch, line ends
within a snapping tolerance joined), a graph of the pieces, points snapped onto their nearest piece, and
shortest distances from many sources at once (scipy.sparse.csgraph's Dijkstra).

Why our own noding and not only GEOS's: a digitised road that stops 0.3 m short of another one (an undershoot)
touches nothing, and GEOS nodes only what touches exactly. So line ends are first joined to each other, then
pulled onto a line they nearly touch, splitting that line there (the split point is put into the line as a
vertex, so the two share it exactly); only then does GEOS node the rest (real crossings and touches).
"""
from dataclasses import dataclass

import numpy as np
import shapely

# Coordinates closer than this (m) are one graph node: GEOS's noding gives both lines the very same point, so
# this only merges what is already one place written twice.
NODE_GRID = 1e-6


@dataclass
class Network:
    """Noded road pieces (edges) between graph nodes; edge e runs from node start[e] to node end[e]."""

    edges: np.ndarray  # LineStrings
    start: np.ndarray
    end: np.ndarray
    length: np.ndarray
    nodes: int
    tree: shapely.STRtree = None
    component: np.ndarray = None  # per node: its connected part of the network

    def __post_init__(self):
        self.tree = shapely.STRtree(self.edges)
        from scipy.sparse.csgraph import connected_components

        _, self.component = connected_components(self._matrix(self.nodes), directed=False)

    def _matrix(self, size, extra=None):
        """The graph as a sparse matrix of `size` nodes, both directions of every edge (the shortest of parallel
        edges kept); `extra` = (rows, cols, weights) of directed links added."""
        from scipy.sparse import csr_matrix

        rows = np.concatenate([self.start, self.end])
        cols = np.concatenate([self.end, self.start])
        weights = np.concatenate([self.length, self.length])
        if extra is not None:
            rows, cols, weights = (np.concatenate([a, b]) for a, b in zip((rows, cols, weights), extra))
        order = np.lexsort((weights, cols, rows))  # a sparse matrix sums duplicates: keep the shortest only
        rows, cols, weights = rows[order], cols[order], weights[order]
        first = np.ones(len(rows), dtype=bool)
        first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
        return csr_matrix((weights[first], (rows[first], cols[first])), shape=(size, size))


def _line_parts(lines):
    """Every LineString of the lines given (multi-parts taken apart), with two or more distinct points."""
    parts = shapely.get_parts(np.asarray(lines, dtype=object))
    parts = parts[shapely.get_type_id(parts) == 1]
    return parts[shapely.length(parts) > 0]


def _join_ends(parts, tolerance):
    """Line ends within `tolerance` of each other moved to their common mean point."""
    coords, index = shapely.get_coordinates(parts, return_index=True)
    first = np.r_[0, np.flatnonzero(np.diff(index)) + 1]
    last = np.r_[first[1:] - 1, len(coords) - 1]
    ends = np.concatenate([first, last])
    points = shapely.points(coords[ends])
    tree = shapely.STRtree(points)
    a, b = tree.query(points, predicate="dwithin", distance=tolerance)
    if len(a) == len(points):  # every end near itself only
        return parts
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(points)
    _, group = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n)), directed=False)
    sums = np.zeros((group.max() + 1, 2))
    np.add.at(sums, group, coords[ends])
    counts = np.bincount(group)
    coords = coords.copy()
    coords[ends] = sums[group] / counts[group][:, None]
    return shapely.linestrings(coords, indices=index)


def _pull_ends(parts, tolerance):
    """Line ends that stop short of another line (within `tolerance`, not touching) moved onto it; the other line
    gets the landing point as a vertex, so both share it exactly."""
    coords, index = shapely.get_coordinates(parts, return_index=True)
    first = np.r_[0, np.flatnonzero(np.diff(index)) + 1]
    last = np.r_[first[1:] - 1, len(coords) - 1]
    ends = np.concatenate([first, last])
    owner = np.concatenate([np.arange(len(parts)), np.arange(len(parts))])
    points = shapely.points(coords[ends])
    pt, line = shapely.STRtree(parts).query(points, predicate="dwithin", distance=tolerance)
    keep = line != owner[pt]
    pt, line = pt[keep], line[keep]
    dist = shapely.distance(points[pt], parts[line])
    # an end touching some other line exactly needs no pull
    touching = np.zeros(len(points), dtype=bool)
    touching[pt[dist == 0]] = True
    keep = ~touching[pt]
    pt, line, dist = pt[keep], line[keep], dist[keep]
    if len(pt) == 0:
        return parts
    order = np.lexsort((dist, pt))  # per end, the nearest line first
    pt, line = pt[order], line[order]
    first_of = np.r_[True, pt[1:] != pt[:-1]]
    pt, line = pt[first_of], line[first_of]
    landing = shapely.get_coordinates(shapely.shortest_line(points[pt], parts[line]))[1::2]
    coords = coords.copy()
    coords[ends[pt]] = landing
    lines = list(shapely.linestrings(coords, indices=index))
    for target in np.unique(line):
        lines[target] = _insert_vertices(lines[target], landing[line == target])
    return np.array(lines, dtype=object)


def _insert_vertices(line, points):
    """The line with `points` (lying on it) added as vertices where they fall along it."""
    coords = shapely.get_coordinates(line)
    along = shapely.line_locate_point(line, shapely.points(points))
    vertex_along = np.r_[0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]
    all_along = np.concatenate([vertex_along, along])
    all_coords = np.concatenate([coords, points])
    order = np.argsort(all_along, kind="stable")
    return shapely.linestrings(all_coords[order])


def build(lines, tolerance=0.0):
    """The Network of road lines (any LineStrings / MultiLineStrings, metres): ends within `tolerance` joined,
    undershoots within `tolerance` pulled onto the line they miss, then every crossing and touch made a node."""
    parts = _line_parts(lines)
    if len(parts) == 0:
        return None
    if tolerance > 0:
        parts = _pull_ends(_join_ends(parts, tolerance), tolerance)
    noded = shapely.get_parts(shapely.node(shapely.multilinestrings(parts)))
    noded = noded[shapely.length(noded) > 0]
    coords, index = shapely.get_coordinates(noded, return_index=True)
    first = np.r_[0, np.flatnonzero(np.diff(index)) + 1]
    last = np.r_[first[1:] - 1, len(coords) - 1]
    keys = np.round(np.concatenate([coords[first], coords[last]]) / NODE_GRID).astype(np.int64)
    _, node = np.unique(keys, axis=0, return_inverse=True)
    node = node.ravel()
    n = len(noded)
    return Network(noded, node[:n], node[n:], shapely.length(noded), int(node.max()) + 1)


@dataclass
class Snapped:
    """Where features meet the network: the edge (-1 = none within reach), how far along it, and the snapping leg
    (distance from the feature to that point)."""

    edge: np.ndarray
    along: np.ndarray
    leg: np.ndarray


def snap(network, geoms, max_distance):
    """Each geometry (point or polygon) to the nearest point of the nearest edge within `max_distance` m."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    edge, along, leg = np.full(n, -1), np.full(n, np.nan), np.full(n, np.nan)
    if n == 0:
        return Snapped(edge, along, leg)
    (which, target), dist = network.tree.query_nearest(geoms, max_distance=max_distance, return_distance=True,
                                                       all_matches=False)
    edge[which], leg[which] = target, dist
    on_edge = shapely.get_point(shapely.shortest_line(geoms[which], network.edges[target]), 1)
    along[which] = shapely.line_locate_point(network.edges[target], on_edge)
    return Snapped(edge, along, leg)


def distances_from(network, sources, targets):
    """Shortest network distance (m) from the nearest of the `sources` (Snapped) to each of the `targets` (Snapped),
    snapping legs included at both ends; inf where no source is reachable or a target is off the network."""
    result = np.full(len(targets.edge), np.inf)
    src = np.flatnonzero(sources.edge >= 0)
    if len(src) == 0:
        return result
    from scipy.sparse.csgraph import dijkstra

    # one virtual node linked to both ends of every source's edge, weighted by the way there: leg + along the edge
    e = sources.edge[src]
    virtual = network.nodes
    rows = np.full(2 * len(src), virtual)
    cols = np.concatenate([network.start[e], network.end[e]])
    weights = np.concatenate([sources.leg[src] + sources.along[src],
                              sources.leg[src] + network.length[e] - sources.along[src]])
    matrix = network._matrix(virtual + 1, (rows, cols, np.maximum(weights, 0.0)))
    reached = dijkstra(matrix, directed=True, indices=virtual)
    tgt = np.flatnonzero(targets.edge >= 0)
    te = targets.edge[tgt]
    via_start = reached[network.start[te]] + targets.along[tgt]
    via_end = reached[network.end[te]] + network.length[te] - targets.along[tgt]
    result[tgt] = np.minimum(via_start, via_end) + targets.leg[tgt]
    # a source on the very edge of a target: straight along the edge, without going round by a node
    by_edge = {}
    for s in src:
        by_edge.setdefault(int(sources.edge[s]), []).append(s)
    for t in tgt:
        near = by_edge.get(int(targets.edge[t]))
        if near:
            direct = np.min(np.abs(sources.along[near] - targets.along[t]) + sources.leg[near]) + targets.leg[t]
            result[t] = min(result[t], direct)
    return result
