"""The planned land use (用地用海 2023, GHYD): the 三调 parcels converted, then changed by the
plan (reclamation of scattered homesteads, town growth inside the UDB, resettlement sites, a
bypass road, deliberate conflicts), zoned (规划分区) and merged per class, village and zone."""
from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

from .landuse import top_by_area
from .overlay import absorb_slivers, despike, explode_polys, grouped_difference, grouped_union, polygonal
from .planned_sites import block_outside_boundary, bypass_road, resettlement_sites
from .settings import GRID

PROTECTED = ["1701", "1702", "1703", "1704", "1705", "1311", "0506"]   # water, wetland: never painted over


def base_ydyh(demo, dlbm, kind, ref, cz):
    """三调 DLBM -> 用地用海 2023 code, with the split rows decided here (see README)."""
    out = np.empty(len(dlbm), object)
    conv = demo.sandiao_to_ydyh.by_code
    rng = demo.rng()
    draw = rng.uniform(0, 1, len(dlbm))
    for i, code in enumerate(dlbm):
        if code == "1006":
            # 村道 of the road layer -> 村道用地; field roads -> 田间道
            out[i] = "060101" if kind[i] == "road" else "060102"
        elif code == "1202":
            out[i] = "060202" if draw[i] < 0.35 else "060201"
        elif code == "05H1":
            out[i] = "0901"
        elif code == "08H1":
            out[i] = "0704" if cz[i] == "203" else "0801"
        elif code == "08H2":
            out[i] = "0804" if (draw[i] < 0.7 or cz[i] == "203") else "0806"
        elif code == "0809":
            out[i] = "1301" if draw[i] < 0.5 else "1303"
        elif code == "1005":
            out[i] = "120801"
        elif code == "0204":
            out[i] = "0205"
        elif code == "09":
            out[i] = "15"
        else:
            out[i] = conv[code]["ydyh_code"]
    return out


def paint(plan, brushes, code, protect=None, label=""):
    """Give `code` to the part of every planned parcel inside any of `brushes` (disjoint
    polygons), except parcels whose current code is protected. Returns (plan, painted area)."""
    brushes = np.atleast_1d(np.asarray(brushes, object))
    geo = plan["geom"]
    tree = STRtree(geo)
    brush_idx, hit = tree.query(brushes, predicate="intersects")
    if protect is not None:
        ok = ~np.isin(plan["code"][hit], protect)
        brush_idx, hit = brush_idx[ok], hit[ok]
    if len(hit) == 0:
        return plan, 0.0
    inner = polygonal(shapely.intersection(geo[hit], brushes[brush_idx], grid_size=GRID))
    unique_hit = np.unique(hit)
    outer = grouped_difference(geo, brushes, hit, brush_idx)[unique_hit]
    keep = np.ones(len(geo), bool)
    keep[unique_hit] = False
    new = {key: np.concatenate([col[keep], col[hit], col[unique_hit]]) for key, col in plan.items()}
    new["geom"] = np.concatenate([geo[keep], inner, outer])
    new["code"] = np.concatenate([plan["code"][keep], np.full(len(hit), code, object), plan["code"][unique_hit]])
    new["change"] = np.concatenate([plan["change"][keep], np.full(len(hit), label, object),
                                    plan["change"][unique_hit]])
    parts, idx = explode_polys(new["geom"], min_area=1e-6)
    new = {key: col[idx] for key, col in new.items()}
    new["geom"] = parts
    return new, float(shapely.area(inner).sum())


def reclaim_homesteads(demo, rng, code, change):
    """增减挂钩 拆旧: scattered homesteads far from roads and on slopes become dry land."""
    dltb = demo.dltb
    dl, area = dltb["dlbm"].astype(str), dltb["area"]
    homes = np.flatnonzero((dl == "0702") & (dltb["kind"] == "settle"))
    home_kind = demo.settlements["kind"][dltb["ref"][homes]]
    scattered = homes[home_kind != "large"]
    d_road = demo.grid.sample(demo.d_road, dltb["rx"][scattered], dltb["ry"][scattered])
    slope = dltb["mean_slope"][scattered]
    score = d_road / 150.0 + slope / 8.0 + rng.standard_normal(len(scattered)) * 0.6
    pick = top_by_area(score, area[scattered], 0.14 * area[homes].sum())
    reclaim = scattered[pick]
    code[reclaim] = "0103"
    change[reclaim] = "拆旧复垦"
    demo.reclaimed_area = float(area[reclaim].sum())


def grow_towns(demo, rng, code, change):
    """Inside the UDB undeveloped land becomes town land: housing mostly, commerce, schools,
    industry at the far end along the town, green space by the rivers."""
    dltb = demo.dltb
    level1 = np.array([planned[:2] for planned in code])
    natural = np.isin(level1, ["01", "02", "03", "04", "23"]) | (code == "060102")
    urb = np.flatnonzero(demo.in_udb & natural)
    urb = urb[~np.isin(urb, demo.pbf_in_udb[1:])]           # the second PBF parcel stays farmland
    if not len(urb):
        return
    rx, ry = dltb["rx"][urb], dltb["ry"][urb]
    town_centre = np.array([town["centre"] for town in demo.towns])
    nearest = np.argmin((dltb["rx"][urb, None] - town_centre[None, :, 0]) ** 2
                        + (dltb["ry"][urb, None] - town_centre[None, :, 1]) ** 2, axis=1)
    ang = np.array([town["angle"] for town in demo.towns])[nearest]
    lx = ((rx - town_centre[nearest, 0]) * np.cos(ang) + (ry - town_centre[nearest, 1]) * np.sin(ang)) / \
        np.array([town["half_length"] for town in demo.towns])[nearest]
    d_river = demo.grid.sample(demo.d_river, rx, ry)
    draw = rng.uniform(0, 1, len(urb))
    new = np.where(draw < 0.72, "0701", np.where(draw < 0.88, "0901", np.where(draw < 0.94, "0804", "1207")))
    new = np.where(lx > 0.6, "1001", new)
    new = np.where(d_river < 120, "1401", new)
    code[urb] = new.astype(object)
    change[urb] = "城镇开发边界内新增建设"


def factory_in_red_line(demo, code, change):
    """Deliberate conflict: one forest parcel inside the red line is planned as industry."""
    dltb = demo.dltb
    area = dltb["area"]
    erl_forest = np.flatnonzero(demo.in_erl & np.char.startswith(dltb["dlbm"].astype(str), "03")
                                & (area > 3000) & (area < 3e4))
    demo.erl_factory = int(erl_forest[0]) if len(erl_forest) else -1
    if demo.erl_factory >= 0:
        code[demo.erl_factory] = "1001"
        change[demo.erl_factory] = "冲突示例：红线内工业用地"


def add_new_land(demo, rng, plan):
    """Resettlement sites, the block outside the UDB and the bypass, painted over the plan."""
    demo.sites = resettlement_sites(demo, rng)
    plan, demo.site_area = paint(plan, demo.sites, "0703", PROTECTED + ["1202"], label="集中安置点")
    demo.outside_block = block_outside_boundary(demo, rng)
    if demo.outside_block is not None:
        plan, _ = paint(plan, [demo.outside_block], "0701", PROTECTED + ["1202", "0703"],
                        label="冲突示例：开发边界外城镇住宅")
    # a bypass of the central town (二级公路, 24 m road land)
    demo.new_road, demo.new_road_area = bypass_road(demo), 0.0
    if demo.new_road is not None:
        corridor = demo.new_road.buffer(12, cap_style="flat", quad_segs=2)
        plan, demo.new_road_area = paint(plan, [corridor], "1202", PROTECTED, label="新建公路")
    return plan


def zone_codes(demo, plan):
    """Planning zone (规划分区) code, from resources/tables/planning_zones.csv; the lines are
    drawn on whole 三调 parcels, so a piece's source parcel says which line it lies in."""
    src = plan["src"]
    in_erl, in_udb, in_pbf = demo.in_erl[src], demo.in_udb[src], demo.pbf[src]
    rep = shapely.point_on_surface(plan["geom"])
    near_erl = np.zeros(len(rep), bool)
    if len(demo.erl):
        near_erl[STRtree(rep).query(demo.erl, predicate="dwithin", distance=300)[1]] = True
    xy = shapely.get_coordinates(rep)
    slope = demo.grid.sample(demo.slope, xy[:, 0], xy[:, 1])
    level1 = np.array([code[:2] for code in plan["code"]])
    eco = np.isin(level1, ["03", "04", "05", "17"])
    zone = np.full(len(rep), "520", object)                           # 一般农业区
    zone[eco] = "540"                                                 # 林业发展区
    zone[eco & (near_erl | (slope > 25))] = "210"                      # 陆域生态控制区
    zone[np.isin(level1, ["07", "08", "09", "11", "13", "14", "15", "16"])
         | np.isin(plan["code"], ["1207", "1001"])] = "510"
    zone[plan["code"] == "1002"] = "710"                                  # 矿产能源发展区
    zone[np.isin(plan["code"], ["1201", "1202", "1203"])] = "730"          # 区域基础设施集中区
    zone[in_pbf] = "310"                                               # 永久基本农田集中区
    zone[in_udb] = "410"                                               # 城镇集中建设区
    zone[in_erl] = "120"                                               # 陆域保护红线区
    return zone


def merge_planned(demo, plan):
    """Planned parcels (规划用地图斑) merged per class, village and zone, ordered like the DLTB."""
    key = np.array([f"{code}|{vill}|{zone}" for code, vill, zone in zip(plan["code"], plan["village"],
                                                                       plan["GHFQDM"])])
    _, first, inv = np.unique(key, return_index=True, return_inverse=True)
    ids, merged = grouped_union(plan["geom"], inv)
    merged = shapely.simplify(merged, 1e-4, preserve_topology=True)   # collinear nodes left by the merge
    parts, part_idx = explode_polys(despike(merged), min_area=1.0)
    src_row = first[ids[part_idx]]
    plan = {key: col[src_row] for key, col in plan.items()}
    plan["geom"] = parts
    rep = shapely.get_coordinates(shapely.point_on_surface(parts))
    plan["YDYHFLMC"] = np.array([demo.ydyh_table.by_code[code]["name"] for code in plan["code"]], object)
    plan["ZLDWDM"] = np.array(demo.villages["code"], object)[plan["village"]]
    rep_order = np.lexsort((rep[:, 0], -rep[:, 1], plan["village"]))
    return {key: col[rep_order] for key, col in plan.items()}


def make_ghyd(demo):
    rng = demo.rng()
    dltb = demo.dltb
    geo = dltb["valid_geom"]
    code = base_ydyh(demo, dltb["dlbm"].astype(str), dltb["kind"], dltb["ref"], dltb["CZCSXM"])
    change = np.full(len(geo), "", object)
    reclaim_homesteads(demo, rng, code, change)
    grow_towns(demo, rng, code, change)
    factory_in_red_line(demo, code, change)
    plan = dict(geom=geo.copy(), code=code, change=change, village=dltb["village"].copy(), src=np.arange(len(geo)))
    plan = add_new_land(demo, rng, plan)
    # clean up: slivers, spikes
    geoms, alive = absorb_slivers(plan["geom"], plan["village"], small=5.0, thin=0.3, thin_area=100.0)
    plan["geom"] = geoms
    plan = {key: col[alive] for key, col in plan.items()}
    parts, idx = explode_polys(despike(plan["geom"]))
    plan = {key: col[idx] for key, col in plan.items()}
    plan["geom"] = parts
    plan["GHFQDM"] = zone_codes(demo, plan)
    demo.ghyd_pieces = plan
    demo.ghyd = merge_planned(demo, plan)
    demo.step(f"ghyd: {len(demo.ghyd['geom'])} parcels; reclaimed {demo.reclaimed_area / 1e4:.1f} ha, "
              f"resettlement {demo.site_area / 1e4:.1f} ha in {len(demo.sites)} sites, "
              f"new road {demo.new_road_area / 1e4:.1f} ha")
