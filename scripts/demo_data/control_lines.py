"""The three control lines, drawn along 三调 parcel edges: the urban development boundary
(城镇开发边界, UDB), permanent basic farmland (永久基本农田, PBF) and the ecological red line
(生态保护红线, ERL), with a few deliberate conflicts between them."""
from __future__ import annotations

import math

import numpy as np
import shapely
from shapely import STRtree

from .geometry import blobs, contains_xy
from .overlay import despike, explode_polys, grouped_union
from .settings import GRID


def overlap_area(geoms, region, tree=None):
    """Area of each geometry inside a region polygon."""
    out = np.zeros(len(geoms))
    tree = tree or STRtree(geoms)
    cand = tree.query(region, predicate="intersects")
    if len(cand):
        shapely.prepare(region)
        inside = shapely.contains_properly(region, geoms[cand])
        out[cand[inside]] = shapely.area(geoms[cand[inside]])
        rest = cand[~inside]
        out[rest] = shapely.area(shapely.intersection(geoms[rest], region, grid_size=GRID))
    return out


def union_parcels(geoms):
    """The union of parcels as polygons over 1 ha, their holes filled (the parcels in them are
    then inside the line as well)."""
    union = shapely.union_all(geoms, grid_size=GRID)
    parts = [shapely.Polygon(part.exterior) for part in shapely.get_parts(union) if part.area > 1e4]
    return shapely.union_all(parts, grid_size=GRID) if parts else shapely.Polygon()


def urban_boundary(demo, rng, ptree):
    """UDB: each town and its planned extension to one side, as the parcels mostly inside."""
    dltb = demo.dltb
    geo, area = dltb["valid_geom"], dltb["area"]
    dl = dltb["dlbm"].astype(str)
    udb, udb_town = [], []
    for town in demo.towns:
        cos_a, sin_a = math.cos(town["angle"]), math.sin(town["angle"])
        side = 1 if rng.uniform() < 0.5 else -1
        extension = blobs(rng, [town["centre"][0] + side * cos_a * town["half_length"] * 0.9],
                          [town["centre"][1] + side * sin_a * town["half_length"] * 0.9],
                          [town["blob"].area * 0.35], n_vertices=14, rough=0.2, aspect=1.6, angle=town["angle"])[0]
        region = shapely.union(town["blob"].buffer(90), extension)
        frac = overlap_area(geo, region, ptree) / np.maximum(area, 1e-9)
        sel = (frac > 0.5) & (area < 8e4) & ~np.isin(dl, ["1103", "1109"])
        sel |= np.isin(dltb["kind"], ["town", "street"]) & (dltb["ref"] == town["township"])
        sel &= dltb["village"] >= 0
        poly = union_parcels(geo[sel])
        if poly.is_empty:
            continue
        udb.append(poly)
        udb_town.append(town["township"])
    return np.array(udb, object), np.array(udb_town)


def permanent_farmland(demo, rng, in_udb):
    """PBF: most cultivated parcels of slope grade 1-4 outside the UDB; deliberate conflict: two
    cultivated parcels inside the UDB stay in PBF."""
    dltb = demo.dltb
    area = dltb["area"]
    is_crop = np.char.startswith(dltb["dlbm"].astype(str), "01")
    grade = np.where(is_crop, dltb["GDPDJB"], "0").astype(int)
    pbf = is_crop & (grade <= 4) & (area >= 300) & ~in_udb & (rng.uniform(0, 1, len(area)) > 0.04) \
        & (dltb["kind"] != "town")
    cand = np.flatnonzero(is_crop & in_udb & (area > 3000) & (area < 3e4))
    cand = cand[np.argsort(-area[cand], kind="stable")]
    demo.pbf_in_udb = cand[:2].tolist()
    pbf[demo.pbf_in_udb] = True
    return pbf


def red_line_regions(demo, rng, ptree, in_udb):
    """ERL candidates as parcel masks with (name, type): natural land around the smaller
    reservoirs (水源涵养), and forest around the highest ridges, 5 km apart (生物多样性维护)."""
    dltb = demo.dltb
    geo, area, rx, ry = dltb["valid_geom"], dltb["area"], dltb["rx"], dltb["ry"]
    dl = dltb["dlbm"].astype(str)
    natural = np.char.startswith(dl, "03") | np.char.startswith(dl, "04") | np.isin(
        dl, ["1101", "1103", "1106", "1104", "1107"])
    regions, names = [], []
    for res in demo.reservoirs:
        if res["big"]:
            continue
        ring = res["poly"].buffer(160)
        frac = overlap_area(geo, ring, ptree) / np.maximum(area, 1e-9)
        regions.append(natural & (frac > 0.5) & ~in_udb)
        names.append((res["name"] + "水源涵养生态保护红线", "水源涵养"))
    z_parcel = demo.grid.sample(demo.z, rx, ry)
    forest = np.char.startswith(dl, "03")
    taken = []
    for _ in range(max(1, int(round(1.5 * demo.scale)))):
        score = np.where(forest, z_parcel, -np.inf)
        for (x0, y0) in taken:
            score[np.hypot(rx - x0, ry - y0) < 5000] = -np.inf
        top = int(np.argmax(score))
        if not np.isfinite(score[top]):
            break
        x0, y0 = rx[top], ry[top]
        taken.append((x0, y0))
        radius = rng.uniform(650, 850)
        regions.append((np.char.startswith(dl, "03") | np.char.startswith(dl, "04") | (dl == "1207"))
                       & (np.hypot(rx - x0, ry - y0) < radius) & ~in_udb)
        names.append((f"{demo.villages['name'][dltb['village'][top]][:-1]}山生物多样性维护生态保护红线",
                      "生物多样性维护"))
    return regions, names


def draw_farmland_into_red_line(demo, regions, pbf, ptree):
    """Deliberate conflict: three PBF parcels next to the red line are drawn into it."""
    geo, area = demo.dltb["valid_geom"], demo.dltb["area"]
    demo.pbf_in_erl = []
    for region_id, sel in enumerate(regions):
        if len(demo.pbf_in_erl) >= 3:
            break
        poly = shapely.union_all(geo[sel], grid_size=GRID)
        near = ptree.query(poly, predicate="dwithin", distance=0.01)
        near = [idx for idx in near if pbf[idx] and not sel[idx] and 3000 < area[idx] < 3e4]
        if near:
            largest = max(near, key=lambda idx: area[idx])
            regions[region_id] = sel.copy()
            regions[region_id][largest] = True
            demo.pbf_in_erl.append(largest)


def farmland_blocks(demo, pbf):
    """PBF blocks: contiguous PBF parcels of one village merged; JBNTMJ = their TBDLMJ (net of 田坎)."""
    geo = demo.dltb["valid_geom"]
    pbf_idx = np.flatnonzero(pbf)
    ids, merged = grouped_union(geo[pbf_idx], demo.dltb["village"][pbf_idx])
    merged = shapely.simplify(merged, 1e-4, preserve_topology=True)
    parts, part_idx = explode_polys(despike(merged), min_area=1.0)
    rep = shapely.point_on_surface(geo[pbf_idx])
    parcel_in, block = STRtree(parts).query(rep, predicate="within")
    jbntmj = np.bincount(block, weights=demo.dltb["TBDLMJ"][pbf_idx][parcel_in], minlength=len(parts))
    demo.pbf_geom, demo.pbf_village, demo.pbf_mj = parts, ids[part_idx], np.round(jbntmj, 2)


def make_lines(demo):
    rng = demo.rng()
    dltb = demo.dltb
    geo, area = dltb["valid_geom"], dltb["area"]
    ptree = STRtree(geo)
    demo.udb, demo.udb_town = urban_boundary(demo, rng, ptree)
    udb_u = shapely.union_all(demo.udb)
    shapely.prepare(udb_u)
    in_udb = contains_xy(udb_u, dltb["rx"], dltb["ry"])
    pbf = permanent_farmland(demo, rng, in_udb)
    demo.pbf = pbf
    regions, names = red_line_regions(demo, rng, ptree, in_udb)
    draw_farmland_into_red_line(demo, regions, pbf, ptree)
    erl, erl_name, erl_type = [], [], []
    for sel, (name, line_type) in zip(regions, names):
        if sel.sum() == 0:
            continue
        poly = union_parcels(geo[sel])
        if poly.is_empty:
            continue
        erl.append(poly)
        erl_name.append(name)
        erl_type.append(line_type)
    demo.erl = np.array(erl, object)
    demo.erl_name, demo.erl_type = erl_name, erl_type
    demo.in_udb = in_udb
    farmland_blocks(demo, pbf)
    erl_u = shapely.union_all(demo.erl) if len(erl) else shapely.Polygon()
    shapely.prepare(erl_u)
    demo.in_erl = contains_xy(erl_u, dltb["rx"], dltb["ry"])
    demo.step(f"lines: UDB {len(demo.udb)} ({sum(poly.area for poly in demo.udb) / 1e4:.1f} ha), "
              f"PBF {int(pbf.sum())} parcels ({area[pbf].sum() / 1e4:.0f} ha, "
              f"{area[pbf].sum() / area.sum() * 100:.1f}%), ERL {len(erl)} "
              f"({sum(poly.area for poly in erl) / 1e4:.0f} ha)")
