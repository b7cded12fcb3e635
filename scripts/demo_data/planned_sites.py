"""Where the planned land use adds new things: resettlement sites (农民集中安置点) by the big
settlements, a town-housing block outside every UDB (a deliberate conflict), and a bypass road."""
from __future__ import annotations

import math

import numpy as np
import shapely
from shapely import STRtree

from .geometry import blobs
from .overlay import polygonal
from .settings import GRID

SITE_ANGLES = np.tile(np.linspace(0, 2 * np.pi, 16, endpoint=False), 6)      # 16 directions ...
SITE_STEPS = np.repeat([0.0, 150.0, 300.0, 450.0, 600.0, 800.0], 16)       # ... at 6 distances


def resettlement_sites(demo, rng):
    """One site beside the big settlement of each centre village outside the towns, sized for
    42 % of the reclaimed area, on the cheapest of 96 candidates (little PBF, gentle, dry); the
    first deliberately on PBF. Sets demo.site_pbf (PBF area under each site); returns the sites."""
    st, vill = demo.settlements, demo.villages
    pbf_geo = demo.dltb["valid_geom"][demo.pbf]
    pbf_tree = STRtree(pbf_geo)
    centres = [vill_id for vill_id in range(len(vill["code"]))
               if vill["is_center"][vill_id] and vill["seat_cell"][vill_id] >= demo.n_town]
    big = {int(st["village"][i]): i for i in np.flatnonzero(st["kind"] == "large")}
    centres = [vill_id for vill_id in centres if vill_id in big]
    site_area = 0.42 * demo.reclaimed_area / max(1, len(centres))
    sites, demo.site_pbf = [], []
    n_cand = len(SITE_ANGLES)
    for n_site, vill_id in enumerate(centres):
        settlement = big[vill_id]
        dist = math.sqrt(st["area"][settlement] / math.pi) + math.sqrt(site_area / math.pi) * 0.9 + SITE_STEPS
        cx = st["x"][settlement] + dist * np.cos(SITE_ANGLES)
        cy = st["y"][settlement] + dist * np.sin(SITE_ANGLES)
        cand = blobs(rng, cx, cy, np.full(n_cand, site_area), n_vertices=10, rough=0.1, aspect=1.3, angle=SITE_ANGLES)
        cand = polygonal(shapely.intersection(cand, vill["geom"][vill_id], grid_size=GRID))
        cand_idx, pbf_idx = pbf_tree.query(cand, predicate="intersects")
        on_pbf = np.bincount(cand_idx, weights=shapely.area(shapely.intersection(cand[cand_idx], pbf_geo[pbf_idx],
                                                                                 grid_size=GRID)),
                             minlength=n_cand)
        ii, jj = demo.grid.ij(cx, cy)
        wet = demo.res_mask[ii, jj] | (demo.d_river[ii, jj] < 60)
        short = np.maximum(0, 0.9 * site_area - shapely.area(cand))
        cost = on_pbf / 10.0 + demo.slope[ii, jj] / 5 + 1e4 * wet + short / 10.0 + SITE_STEPS / 50.0
        if n_site == 0:
            cost = -on_pbf + 1e6 * wet + short                      # deliberate conflict: on PBF
        best = int(np.argmin(cost))
        sites.append(cand[best])
        demo.site_pbf.append(float(on_pbf[best]))
    return sites


def block_outside_boundary(demo, rng):
    """A 2.2 ha block 260 m beyond a small town, cut back 20 m from every UDB, on dry land
    (None if no direction works)."""
    small = [town for town in demo.towns if town["tier"] == 2] or demo.towns
    town = small[0]
    utree = STRtree(demo.udb)
    for ang in np.linspace(0, 2 * np.pi, 16, endpoint=False):
        centre = (town["centre"][0] + math.cos(ang) * (town["half_length"] + 260),
                  town["centre"][1] + math.sin(ang) * (town["half_length"] + 260))
        cand = blobs(rng, [centre[0]], [centre[1]], [2.2e4], n_vertices=10, rough=0.1)[0]
        near = utree.query(cand.buffer(20), predicate="intersects")
        for udb_id in near:
            cand = shapely.difference(cand, demo.udb[udb_id].buffer(20), grid_size=GRID)
        cand = polygonal([cand])[0]
        ii, jj = demo.grid.ij([centre[0]], [centre[1]])
        if cand.area > 1.5e4 and not demo.res_mask[ii, jj][0] and demo.d_river[ii, jj][0] > 80:
            return cand
    return None


def bypass_road(demo):
    """A bypass of the central town: a quadratic curve leaving the national road 2.6 km before
    the town and rejoining it 2.6 km after, on the far side (None without a national road)."""
    town = demo.towns[0]
    national = [road for road in demo.roads if road["grade"] == "国道"]
    if not national:
        return None
    line = min(national, key=lambda road: road["geom"].distance(shapely.Point(town["centre"])))["geom"]
    s0 = line.project(shapely.Point(town["centre"]))
    a_pt = np.array(line.interpolate(max(0, s0 - 2600)).coords[0])
    b_pt = np.array(line.interpolate(min(line.length, s0 + 2600)).coords[0])
    mid = np.array(line.interpolate(s0).coords[0])
    away = mid - np.array(town["centre"])
    if np.hypot(*away) < 1:
        away = np.array([-math.sin(town["angle"]), math.cos(town["angle"])])
    away = -away / np.hypot(*away)                     # to the far side of the town
    ctrl = np.array(town["centre"]) + away * (town["half_width"] + 650)
    at = np.linspace(0, 1, 40)[:, None]
    return shapely.LineString((1 - at) ** 2 * a_pt + 2 * (1 - at) * at * ctrl + at ** 2 * b_pt)
