"""The 三调 parcel layer (DLTB): order and numbering, 城镇村属性码, two deliberate faults
(three bow-tie parcels, one TBMJ 10 % too large), areas and the 田坎 deduction."""
from __future__ import annotations

import math

import numpy as np
import shapely

from .areas import ellipsoidal_area, zonal_mean_slope
from .geometry import contains_xy
from .settings import GRID

KCXS_BY_GRADE = {1: 0.0, 2: 0.026, 3: 0.064, 4: 0.112, 5: 0.148}   # 田坎系数 by slope grade


def running_numbers(village):
    """TBBH: 1, 2, ... within each village (rows sorted by village)."""
    count = len(village)
    first = np.r_[True, village[1:] != village[:-1]]
    run = np.arange(count) - np.maximum.accumulate(np.where(first, np.arange(count), 0))
    return np.array([str(number + 1) for number in run], object)


def urban_village_code(demo, parcels):
    """城镇村属性码: 202 town, 203 village settlement, 204 mine, '' elsewhere."""
    towns_u = shapely.union_all([town["blob"] for town in demo.towns])
    shapely.prepare(towns_u)
    in_town = contains_xy(towns_u, parcels["rx"], parcels["ry"])
    code = np.full(len(parcels["geom"]), "", object)
    code[np.isin(parcels["kind"], ["settle", "facility"])] = "203"
    code[in_town | np.isin(parcels["kind"], ["town", "street"])] = "202"
    code[parcels["dlbm"] == "0602"] = "204"
    return code


def pick_bowties(rng, parcels):
    """Deliberate fault 1: three bow-tie (self-intersecting) 设施农用地 quads drawn inside compact
    dry fields of three villages. Returns (host parcel, bow-tie) pairs."""
    cand = np.flatnonzero((parcels["dlbm"] == "0103") & (parcels["area"] > 1e4) & (parcels["area"] < 4e4)
                          & (parcels["CZCSXM"] == ""))
    convexity = shapely.area(parcels["geom"][cand]) / shapely.area(shapely.convex_hull(parcels["geom"][cand]))
    cand = cand[convexity > 0.97]
    picks, used_vill = [], set()
    for host_id in rng.permutation(cand):
        if parcels["village"][host_id] in used_vill:
            continue
        host = parcels["geom"][host_id]
        centre = np.array(shapely.point_on_surface(host).coords[0])
        ang = rng.uniform(0, np.pi)
        quad = np.array([(-16, -11), (16, -11), (8, 12), (-10, 12)], float)
        rotation = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
        corners = centre + quad @ rotation.T
        if not shapely.Polygon(corners).within(host.buffer(-4)):
            continue
        c1, c2, c3, c4 = corners
        bow = shapely.Polygon([c1, c2, c4, c3, c1])            # edges c2-c4 and c3-c1 cross: a bow-tie
        picks.append((host_id, bow))
        used_vill.add(parcels["village"][host_id])
        if len(picks) == 3:
            break
    return picks


def insert_bowties(parcels, picks):
    """Cut each bow-tie's area out of its host and insert it right after the host parcel."""
    extra = []
    for host_id, bow in picks:
        lobes = shapely.make_valid(bow)
        parcels["geom"][host_id] = shapely.difference(parcels["geom"][host_id], lobes, grid_size=GRID)
        extra.append((host_id, bow, lobes))
    if not extra:
        return parcels
    own_value = dict(dlbm="1202", kind="bowtie", CZCSXM="", TBBH=None)
    for key in list(parcels.keys()):
        col = parcels[key]
        if key == "geom":
            add = [bow for _, bow, _ in extra]
        elif key in own_value:
            add = [own_value[key]] * len(extra)
        else:
            add = [col[host_id] for host_id, _, _ in extra]
        idx = np.array([host_id + 1 for host_id, _, _ in extra])
        parcels[key] = np.insert(col, idx, np.array(add, dtype=col.dtype) if col.dtype != object
                                 else np.array(add + [None], object)[:-1])
    parcels["TBBH"] = running_numbers(parcels["village"])
    return parcels


def parcel_areas(demo, parcels):
    """TBMJ (ellipsoidal), slope grade, 田坎 coefficient and deduction, TBDLMJ; deliberate fault 2:
    one forest parcel's TBMJ is 10 % too large."""
    valid_geom = parcels["valid_geom"]
    tbmj = np.round(ellipsoidal_area(demo, valid_geom), 2)
    mean_slope = zonal_mean_slope(demo, valid_geom)
    parcels["mean_slope"] = mean_slope
    dl = parcels["dlbm"].astype(str)
    is_crop = np.char.startswith(dl, "01")
    grade = np.digitize(mean_slope, [2, 6, 15, 25]) + 1
    parcels["GDPDJB"] = np.where(is_crop, grade.astype(str), "").astype(object)
    kcxs = np.array([KCXS_BY_GRADE[level] for level in grade])
    kcxs = np.where(np.isin(dl, ["0102", "0103"]), kcxs, 0.0)
    forest = np.flatnonzero((dl == "0301") & (parcels["area"] > 5e4))
    demo.fault_tbmj = int(forest[len(forest) // 2]) if len(forest) else 0
    tbmj_true = tbmj.copy()
    tbmj[demo.fault_tbmj] = round(tbmj[demo.fault_tbmj] * 1.10, 2)
    kcmj = np.round(tbmj * kcxs, 2)
    parcels["TBMJ"], parcels["KCXS"], parcels["KCMJ"] = tbmj, kcxs, kcmj
    parcels["TBDLMJ"] = np.round(tbmj - kcmj, 2)
    parcels["TBMJ_TRUE"] = tbmj_true
    parcels["DLMC"] = np.array([demo.dlbm_table.by_code[code]["name"] for code in dl], object)


def finish_dltb(demo):
    rng = demo.rng()
    parcels = demo.parcels
    # order: by village, then north to south, west to east
    order = np.lexsort((parcels["rx"], -parcels["ry"], parcels["village"]))
    parcels = {key: col[order] for key, col in parcels.items()}
    vill_code = np.array(demo.villages["code"], object)
    parcels["ZLDWDM"] = vill_code[parcels["village"]]
    parcels["QSDWDM"] = np.array([code + "0000000" for code in parcels["ZLDWDM"]], object)
    parcels["TBBH"] = running_numbers(parcels["village"])
    parcels["CZCSXM"] = urban_village_code(demo, parcels)
    parcels = insert_bowties(parcels, pick_bowties(rng, parcels))
    count = len(parcels["geom"])
    parcels["BSM"] = np.arange(1, count + 1)
    valid_geom = parcels["geom"].copy()
    bow_mask = parcels["kind"] == "bowtie"
    valid_geom[bow_mask] = shapely.make_valid(valid_geom[bow_mask])
    parcels["valid_geom"] = valid_geom
    parcels["area"] = shapely.area(valid_geom)
    rep = shapely.get_coordinates(shapely.point_on_surface(valid_geom))
    parcels["rx"], parcels["ry"] = rep[:, 0], rep[:, 1]
    parcel_areas(demo, parcels)
    demo.dltb = parcels
    demo.step(f"dltb: {count} parcels; bow-ties in BSM {parcels['BSM'][bow_mask].tolist()}, "
              f"TBMJ +10 % in BSM {int(parcels['BSM'][demo.fault_tbmj])}")
