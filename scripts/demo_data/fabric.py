"""The parcel fabric of the 三调 layer: the exact features (water, roads, towns, settlements...)
cut by priority and by village, and Voronoi background cells denser on cultivable land."""
from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

from .geometry import float_coords
from .landuse import suitability
from .overlay import absorb_slivers, clip_to, despike, explode_polys, grouped_difference

ROAD_RANK = {"高速公路": 6, "国道": 7, "省道": 8, "县道": 9, "乡道": 10, "村道": 11}
SMALL_FEATURE_RANK = {"bank": 5, "fieldroad": 13, "ditch": 13, "facility": 15, "mine": 16, "farmfac": 16, "pond": 16}


def exact_features(demo):
    """Features with an exact shape, in priority order (earlier wins where they overlap)."""
    feats = []   # (rank, geom, dlbm, kind, ref)
    for i, res in enumerate(demo.reservoirs):
        feats.append((0, res["dam"], "1109", "dam", i))
        feats.append((1, res["poly"], "1103", "reservoir", i))
    for i, river in enumerate(demo.rivers):
        line = shapely.LineString(river["coords"]).simplify(8.0 if river["order"] == 0 else 6.0)
        feats.append((2 + river["order"], line.buffer(river["width"] / 2, quad_segs=2), "1101", "river", i))
    for i, (geom, code, kind) in enumerate(demo.small_features):
        feats.append((SMALL_FEATURE_RANK[kind], geom, code, kind, i))
    for i, road in enumerate(demo.roads):
        line = road["geom"].simplify(6.0)
        code = "1006" if road["grade"] == "村道" else "1003"
        feats.append((ROAD_RANK[road["grade"]], line.buffer(road["strip_w"] / 2, cap_style="flat", quad_segs=2),
                      code, "road", i))
    for town_id, town in enumerate(demo.towns):
        for street, width in zip(town["streets"], town["street_w"]):
            feats.append((12, street.simplify(2.0).buffer(width / 2, cap_style="flat", quad_segs=2), "1004", "street",
                          town_id))
        for cell, code in zip(town["cells"], town["codes"]):
            feats.append((14, cell, code, "town", town_id))
    st = demo.settlements
    for i in range(len(st["x"])):
        feats.append((17, st["geom"][i], "0702", "settle", i))
    order = sorted(range(len(feats)), key=lambda idx: (feats[idx][0], idx))
    feats = [feats[idx] for idx in order]
    geom = np.array([feat[1] for feat in feats], object)
    return dict(geom=geom, dlbm=np.array([feat[2] for feat in feats], object),
                kind=np.array([feat[3] for feat in feats], object),
                ref=np.array([feat[4] for feat in feats], np.int64), rank=np.array([feat[0] for feat in feats]))


def exact_pieces(demo):
    """The exact features less what higher-priority features cover, split by village."""
    exact = exact_features(demo)
    geom = exact["geom"]
    tree = STRtree(geom)
    lower, higher = tree.query(geom, predicate="intersects")
    keep = higher < lower
    res = grouped_difference(geom, geom, lower[keep], higher[keep])
    pieces, feat_idx, vill_idx = clip_to(res, demo.villages["geom"])
    parts, piece_idx = explode_polys(pieces, min_area=1e-4)
    src = feat_idx[piece_idx]
    demo.step(f"exact features: {len(geom)} -> {len(parts)} pieces")
    return dict(geom=parts, dlbm=exact["dlbm"][src], kind=exact["kind"][src], ref=exact["ref"][src],
                village=vill_idx[piece_idx])


def background_cells(demo, rng, n_bg):
    """Voronoi cells of n_bg points drawn by cultivation suitability, clipped to the villages:
    (pieces, cell index, village index)."""
    suit = suitability(demo)
    thr = np.percentile(suit[demo.inside], 62)
    weight = (1 + 3.5 / (1 + np.exp(-3 * (suit - thr)))) * demo.inside
    grid = demo.grid
    step = 2
    sampled = weight[::step, ::step].ravel().astype(np.float64)
    idx = rng.choice(len(sampled), size=n_bg, replace=False, p=sampled / sampled.sum())
    ci, cj = np.divmod(idx, (grid.nx + step - 1) // step)
    x = grid.x0 + (cj * step + rng.uniform(0, step, n_bg)) * grid.cell
    y = grid.y1 - (ci * step + rng.uniform(0, step, n_bg)) * grid.cell
    pts = float_coords(np.column_stack([x, y]))
    envelope = shapely.box(grid.x0, grid.y1 - grid.ny * grid.cell, grid.x0 + grid.nx * grid.cell, grid.y1)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=envelope))
    return clip_to(cells, demo.villages["geom"])


def make_fabric(demo):
    rng = demo.rng()
    # 1) resolve overlaps by priority: each feature loses what higher-priority features cover
    # 2) split by villages
    exact = exact_pieces(demo)
    parts = exact["geom"]
    # 3) background cells
    n_bg = max(200, int((demo.n_parcels - len(parts)) / 2.25))
    bg_pieces, bg_cell, bg_vill = background_cells(demo, rng, n_bg)
    # 4) minus the exact features
    bg_idx, exact_idx = STRtree(parts).query(bg_pieces, predicate="intersects")
    bg_res = grouped_difference(bg_pieces, parts, bg_idx, exact_idx)
    bg_parts, bg_part_idx = explode_polys(bg_res, min_area=1e-4)
    demo.step(f"background: {n_bg} cells -> {len(bg_parts)} parts")
    # 5) one table of parcels; tiny and thin slivers join a neighbour
    parcels = dict(geom=np.concatenate([parts, bg_parts]),
                   village=np.concatenate([exact["village"], bg_vill[bg_part_idx]]),
                   dlbm=np.concatenate([exact["dlbm"], np.full(len(bg_parts), "", object)]),
                   kind=np.concatenate([exact["kind"], np.full(len(bg_parts), "bg", object)]),
                   ref=np.concatenate([exact["ref"], bg_cell[bg_part_idx]]))
    geoms, alive = absorb_slivers(parcels["geom"], parcels["village"])
    parcels["geom"] = geoms
    parcels = {key: col[alive] for key, col in parcels.items()}
    final_parts, final_idx = explode_polys(despike(parcels["geom"]), min_area=0.0)
    parcels = {key: col[final_idx] for key, col in parcels.items()}
    parcels["geom"] = final_parts
    demo.parcels = parcels
    demo.step(f"fabric: {len(final_parts)} parcels after merging {int((~alive).sum())} slivers")
