"""Administrative units: township seats by the rivers, then townships, villages and village
clusters (村级片区) grown over ~300 m cells whose boundaries prefer ridges and avoid crossing trunks."""
from __future__ import annotations

import heapq
import math

import numpy as np
import shapely
from shapely import STRtree

from .admin_names import name_units
from .geometry import contains_xy, float_coords, resample
from .overlay import clip_to, fill_small_holes, grouped_union


def seat_candidates(demo, res_union):
    """Flat spots beside the trunk rivers and larger tributaries: (points, score, river id)."""
    grid = demo.grid
    inner = demo.domain.buffer(-1800)
    shapely.prepare(inner)
    cand, score, cand_river = [], [], []
    for i, river in enumerate(demo.rivers):
        if river["order"] > 1:
            continue
        coords = resample(river["coords"], 150)
        tang = np.gradient(coords, axis=0)
        tang /= np.hypot(*tang.T)[:, None]
        normal = np.column_stack([-tang[:, 1], tang[:, 0]])
        offset = river["width"] / 2 + (160 if river["order"] == 0 else 90)
        for side in (-1, 1):
            shifted = coords + side * offset * normal
            cand.append(shifted)
            slope = grid.sample(demo.slope, shifted[:, 0], shifted[:, 1])
            score.append((1.0 if river["order"] == 0 else 0.75) / (1 + slope / 4))
            cand_river.append(np.full(len(shifted), i))
    cand, score, cand_river = np.vstack(cand), np.concatenate(score), np.concatenate(cand_river)
    ok = contains_xy(inner, cand[:, 0], cand[:, 1])
    ok &= ~contains_xy(res_union, cand[:, 0], cand[:, 1])
    return cand[ok], score[ok], cand_river[ok]


def township_seats(demo, rng, n_town, res_union):
    """Up to n_town seats, well apart; returns (seat points, river id of each)."""
    cand, score, cand_river = seat_candidates(demo, res_union)
    min_spacing = 0.72 * math.sqrt(demo.area / n_town)
    # first seat: on a trunk, nearest the centre of the area
    trunk = cand_river == int(np.argmin([river["order"] for river in demo.rivers]))
    dist_centre = np.hypot(cand[:, 0] - demo.cx, cand[:, 1] - demo.cy) + 1e9 * ~trunk
    seats = [int(np.argmin(dist_centre))]
    dist_to_seats = np.hypot(*(cand - cand[seats[0]]).T)
    while len(seats) < n_town:
        value = np.minimum(dist_to_seats, min_spacing * 1.6) * score * rng.uniform(0.85, 1.0, len(cand))
        best = int(np.argmax(value))
        if dist_to_seats[best] < 0.5 * min_spacing:
            break
        seats.append(best)
        dist_to_seats = np.minimum(dist_to_seats, np.hypot(*(cand - cand[best]).T))
    return float_coords(cand[seats]), cand_river[seats]


def fine_cells(demo, rng, seat_xy):
    """Jittered ~300 m lattice points (the seats first) and their Voronoi cells clipped to the area."""
    dom = demo.domain
    spacing = 300.0
    minx, miny, maxx, maxy = dom.bounds
    lattice_x, lattice_y = np.meshgrid(np.arange(minx, maxx + spacing, spacing),
                                       np.arange(miny, maxy + spacing, spacing))
    pts = (np.column_stack([lattice_x.ravel(), lattice_y.ravel()])
           + rng.uniform(-0.45 * spacing, 0.45 * spacing, (lattice_x.size, 2)))
    pts = float_coords(pts[contains_xy(dom, pts[:, 0], pts[:, 1])])
    # the seats themselves are fine-cell generators
    if len(pts) * len(seat_xy) < 5e7:
        dist_to_seats = np.hypot(pts[:, None, 0] - seat_xy[None, :, 0], pts[:, None, 1] - seat_xy[None, :, 1])
        pts = pts[dist_to_seats.min(axis=1) > 60]
    else:
        seat_tree = STRtree(shapely.points(seat_xy))
        _, dist = seat_tree.query_nearest(shapely.points(pts), return_distance=True, all_matches=False)
        pts = pts[dist > 60]
    pts = np.vstack([seat_xy, pts])
    n_cells = len(pts)
    envelope = shapely.box(minx - 2000, miny - 2000, maxx + 2000, maxy + 2000)
    vor = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=envelope))
    # match cells to generators
    pt_idx, vor_idx = STRtree(vor).query(shapely.points(pts), predicate="within")
    cells = np.empty(n_cells, object)
    cells[pt_idx] = vor[vor_idx]
    clipped, clipped_idx, _ = clip_to(cells, np.array([dom], object))
    cells = np.empty(n_cells, object)
    cells[clipped_idx] = clipped
    return pts, cells


def cell_edges(demo, pts, cells):
    """Pairs of neighbouring cells: Delaunay edges, checked on cells clipped by the outline."""
    minx, miny, _, _ = demo.domain.bounds
    tri = shapely.get_parts(shapely.delaunay_triangles(shapely.multipoints(pts)))
    tri_coords = shapely.get_coordinates(shapely.get_exterior_ring(tri)).reshape(len(tri), 4, 2)[:, :3]
    key_x0, key_y0 = minx - 5000, miny - 5000

    def coord_key(xy):
        return (np.round((xy[..., 0] - key_x0) * 100).astype(np.int64) * 10 ** 8
                + np.round((xy[..., 1] - key_y0) * 100).astype(np.int64))

    pts_key = coord_key(pts)
    key_order = np.argsort(pts_key)
    tri_vertices = key_order[np.searchsorted(pts_key[key_order], coord_key(tri_coords))]
    edges = np.vstack([tri_vertices[:, [0, 1]], tri_vertices[:, [1, 2]], tri_vertices[:, [2, 0]]])
    edges = np.unique(np.sort(edges, axis=1), axis=0)
    inner_dom = demo.domain.buffer(-1.0)
    shapely.prepare(inner_dom)
    border = ~shapely.contains_properly(inner_dom, cells)
    check = border[edges[:, 0]] | border[edges[:, 1]]
    shared = np.ones(len(edges), bool)
    if check.any():
        shared[check] = shapely.length(shapely.intersection(cells[edges[check, 0]], cells[edges[check, 1]])) > 0.5
    return edges[shared]


def cell_adjacency(demo, rng, pts, edges):
    """Edge costs: distance, noise, climbing (boundaries follow ridges), crossing big rivers."""
    z_cell = demo.grid.sample(demo.z, pts[:, 0], pts[:, 1]).astype(float)
    length = np.hypot(*(pts[edges[:, 0]] - pts[edges[:, 1]]).T)
    noise = rng.uniform(0.7, 1.3, len(edges))
    segs = shapely.linestrings(np.stack([pts[edges[:, 0]], pts[edges[:, 1]]], 1))
    is_trunk = np.array([river["order"] == 0 for river in demo.rivers])
    trunks = shapely.union_all(demo.river_lines[is_trunk])
    shapely.prepare(trunks)
    cross = shapely.intersects(trunks, segs)
    cost = length * noise + 4.0 * np.abs(z_cell[edges[:, 0]] - z_cell[edges[:, 1]]) + 2500.0 * cross
    adjacency = [[] for _ in range(len(pts))]
    for (node_a, node_b), weight in zip(edges.tolist(), cost.tolist()):
        adjacency[node_a].append((node_b, weight))
        adjacency[node_b].append((node_a, weight))
    return adjacency


def grow_regions(adjacency, sources, allowed=None):
    """Label every node with the index of its nearest source (Dijkstra over the weighted adjacency)."""
    n_nodes = len(adjacency)
    labels = np.full(n_nodes, -1, np.int64)
    dist = np.full(n_nodes, np.inf)
    heap = []
    for label, source in enumerate(sources):
        dist[source] = 0
        heapq.heappush(heap, (0.0, source, label))
    while heap:
        dist_node, node, label = heapq.heappop(heap)
        if labels[node] != -1:
            continue
        labels[node] = label
        for nb, weight in adjacency[node]:
            if labels[nb] == -1 and (allowed is None or allowed[nb]) and dist_node + weight < dist[nb]:
                dist[nb] = dist_node + weight
                heapq.heappush(heap, (dist_node + weight, nb, label))
    return labels


def spread_quota(weights, total, minimum):
    """Split total into integers >= minimum in proportion to weights (largest remainders first)."""
    quota = weights / weights.sum() * total
    counts = np.maximum(minimum, np.floor(quota).astype(int))
    while counts.sum() < total:
        counts[int(np.argmax(quota - counts))] += 1
    return counts


def grow_villages(demo, rng, pts, cells, town_of, adjacency, n_vill, res_union):
    """Villages inside each township, seeded on good land apart from each other (the seat cell is
    the 社区). Returns (village of each cell, seed cell of each village, township of each village,
    villages per township)."""
    n_town = int(town_of.max()) + 1
    town_area = np.bincount(town_of, weights=shapely.area(cells), minlength=n_town)
    per_town = spread_quota(town_area, n_vill, 3)
    slope = demo.grid.sample(demo.slope, pts[:, 0], pts[:, 1])
    relief = demo.grid.sample(demo.relief, pts[:, 0], pts[:, 1])
    in_res = contains_xy(res_union, pts[:, 0], pts[:, 1])
    edge_dist = shapely.distance(shapely.get_exterior_ring(demo.domain), shapely.points(pts))
    suit = 1 / (1 + slope / 6) / (1 + relief / 120) * ~in_res * np.clip(edge_dist / 1200, 0.15, 1) + 0.02
    vill_of = np.full(len(pts), -1, np.int64)
    seed_cells, vill_town = [], []
    for town in range(n_town):
        idx = np.flatnonzero(town_of == town)
        chosen = [town]                                    # the seat cell is the 社区
        dist_chosen = np.hypot(*(pts[idx] - pts[town]).T)
        spacing = math.sqrt(town_area[town] / per_town[town])
        while len(chosen) < per_town[town]:
            value = np.minimum(dist_chosen, spacing) * suit[idx] * rng.uniform(0.8, 1.0, len(idx))
            best = idx[int(np.argmax(value))]
            chosen.append(best)
            dist_chosen = np.minimum(dist_chosen, np.hypot(*(pts[idx] - pts[best]).T))
        labels = grow_regions(adjacency, chosen, allowed=(town_of == town))
        for label in range(len(chosen)):
            vill_of[labels == label] = len(seed_cells) + label
        seed_cells += chosen
        vill_town += [town] * len(chosen)
    assert (vill_of >= 0).all()
    return vill_of, np.array(seed_cells), np.array(vill_town), per_town


def village_adjacency(vill_of, edges, vill_town, vill_centroid):
    """Neighbouring villages of one township, weighted by the distance of their centroids."""
    va, vb = vill_of[edges[:, 0]], vill_of[edges[:, 1]]
    differ = (va != vb)
    vill_edges = np.unique(np.sort(np.column_stack([va[differ], vb[differ]]), axis=1), axis=0)
    adjacency = [[] for _ in range(len(vill_town))]
    for vill_a, vill_b in vill_edges.tolist():
        if vill_town[vill_a] == vill_town[vill_b]:
            dist = float(np.hypot(*(vill_centroid[vill_a] - vill_centroid[vill_b])))
            adjacency[vill_a].append((vill_b, dist))
            adjacency[vill_b].append((vill_a, dist))
    return adjacency


def group_clusters(rng, vill_town, vill_adjacency, vill_centroid, per_town, n_clus):
    """Village clusters (村级片区) grown over the village adjacency inside each township.

    Returns (cluster of each village, centre village of each cluster)."""
    clus_per_town = spread_quota(per_town, n_clus, 1)
    clus_of = np.full(len(vill_town), -1, np.int64)
    centres = []
    for town in range(len(per_town)):
        vi = np.flatnonzero(vill_town == town)
        first = vi[0]
        chosen = [first]
        dist_chosen = np.hypot(*(vill_centroid[vi] - vill_centroid[first]).T)
        while len(chosen) < min(clus_per_town[town], len(vi)):
            best = vi[int(np.argmax(dist_chosen * rng.uniform(0.8, 1.0, len(vi))))]
            chosen.append(best)
            dist_chosen = np.minimum(dist_chosen, np.hypot(*(vill_centroid[vi] - vill_centroid[best]).T))
        labels = grow_regions(vill_adjacency, chosen)
        for label in range(len(chosen)):
            clus_of[labels == label] = len(centres) + label
        centres += chosen
    assert (clus_of >= 0).all(), "a village is cut off from its township"
    return clus_of, np.array(centres)


def make_admin(demo):
    rng = demo.rng()
    n_town = max(5, int(round(5 * demo.scale)))
    n_vill = max(3 * n_town, int(round(45 * demo.scale)))
    n_clus = max(n_town, int(round(14 * demo.scale)))
    res_union = shapely.union_all([res["poly"] for res in demo.reservoirs]).buffer(400)
    # township seats: flat spots beside the trunk rivers and larger tributaries
    demo.seat_xy, demo.seat_river = township_seats(demo, rng, n_town, res_union)
    n_town = len(demo.seat_xy)
    # fine cells (about 300 m) that build the administrative units
    pts, cells = fine_cells(demo, rng, demo.seat_xy)
    edges = cell_edges(demo, pts, cells)
    adjacency = cell_adjacency(demo, rng, pts, edges)
    town_of = grow_regions(adjacency, list(range(n_town)))
    assert (town_of >= 0).all()
    vill_of, seed_cells, vill_town, per_town = grow_villages(demo, rng, pts, cells, town_of, adjacency, n_vill,
                                                             res_union)
    n_vill = len(seed_cells)
    vill_poly = fill_small_holes(grouped_union(cells, vill_of)[1])
    town_poly = fill_small_holes(grouped_union(vill_poly, vill_town)[1])
    vill_centroid = shapely.get_coordinates(shapely.centroid(vill_poly))
    vill_adjacency = village_adjacency(vill_of, edges, vill_town, vill_centroid)
    clus_of, centres = group_clusters(rng, vill_town, vill_adjacency, vill_centroid, per_town, n_clus)
    clus_poly = fill_small_holes(grouped_union(vill_poly, clus_of)[1])
    clus_town = vill_town[centres]
    demo.n_town = n_town
    names = name_units(rng, n_town, vill_town, seed_cells, centres, clus_town)
    is_center_v = np.zeros(n_vill, int)
    is_center_v[centres] = 1
    demo.townships = dict(geom=np.array(town_poly, object), code=names["town_code"], name=names["town_name"],
                          is_center=[1 if town == 0 else 0 for town in range(n_town)])
    demo.villages = dict(geom=np.array(vill_poly, object), code=names["vill_code"], name=names["vill_name"],
                         town=vill_town, cluster=clus_of, is_center=is_center_v, seat=pts[seed_cells],
                         seat_cell=seed_cells)
    demo.clusters = dict(geom=np.array(clus_poly, object), code=names["clus_code"], name=names["clus_name"],
                         town=clus_town, center=centres)
    demo.step(f"admin: {n_town} townships, {n_vill} villages, {len(centres)} clusters; "
              f"multipart villages {int((shapely.get_num_geometries(vill_poly) > 1).sum())}")
