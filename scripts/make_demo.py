#!/usr/bin/env python3
"""Generate the Lantu demo 片区 (a synthetic township-cluster planning area).

The data imitate a hilly Sichuan 片区 like the one in seed plan 003 (about 350 km², 5 乡镇,
45 村, 14 村级片区): a DEM is made first, rivers, reservoirs, towns, roads and settlements are
laid on it, and the current land use (三调 DLTB) is derived from elevation and slope. The
planned land use (用地用海 2023), the three control lines and a few deliberate faults and
conflicts follow. Everything is deterministic for a given (--parcels, --seed).

    python scripts/make_demo.py                       # resources/demo, ~15 000 parcels
    python scripts/make_demo.py --parcels 400000 --no-dem --out /tmp/bench

Only numpy, shapely >= 2 and GDAL/OGR/OSR are used. See resources/demo/README.md.
"""
from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree
from osgeo import gdal, ogr, osr

from demo_data import admin, dltb, fabric, landuse, reservoirs, rivers, roads, settlements, small_features, terrain, towns
from demo_data.areas import ellipsoidal_area
from demo_data.landuse import top_by_area
from demo_data.geometry import blobs, contains_xy
from demo_data.overlay import absorb_slivers, despike, explode_polys, grouped_difference, grouped_union, polygonal
from demo_data.settings import BASE_AREA, BASE_PARCELS, CENTER_LONLAT, EPSG, GRID, ROOT, Table, log


# ----------------------------------------------------------------------------------------------
# the generator
# ----------------------------------------------------------------------------------------------
class Demo:
    def __init__(self, parcels=BASE_PARCELS, seed=2035):
        self.n_parcels = int(parcels)
        self.seed = int(seed)
        self.scale = self.n_parcels / BASE_PARCELS
        self.area = BASE_AREA * self.scale
        ss = np.random.SeedSequence(self.seed)
        self._rngs = iter([np.random.default_rng(c) for c in ss.spawn(64)])
        self.t0 = time.time()
        # centre of the area in EPSG:4523
        geo = osr.SpatialReference()
        geo.ImportFromEPSG(4490)
        geo.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        gk = osr.SpatialReference()
        gk.ImportFromEPSG(EPSG)
        gk.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        x, y, _ = osr.CoordinateTransformation(geo, gk).TransformPoint(*CENTER_LONLAT)
        # all geometry work happens in local coordinates (small magnitudes keep GEOS exact);
        # the false origin is added back when writing
        self.ox, self.oy = round(x, -3), round(y, -3)
        self.cx, self.cy = x - self.ox, y - self.oy
        self.dlbm_table = Table("sandiao_dlbm.csv")
        self.ydyh_table = Table("ydyh2023_codes.csv")
        self.sandiao_to_ydyh = Table("sandiao_to_ydyh.csv", "dlbm")

    def rng(self):
        return next(self._rngs)

    def __getstate__(self):
        d = dict(self.__dict__)
        d.pop("_to_laea", None)
        d["_rngs"] = list(d["_rngs"])
        return d

    def __setstate__(self, d):
        d["_rngs"] = iter(d["_rngs"])
        self.__dict__.update(d)

    def step(self, msg):
        log(f"[{time.time() - self.t0:7.1f}s] {msg}")

    # ------------------------------------------------------------------ control lines
    def overlap_area(self, geoms, region, tree=None):
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

    def union_parcels(self, geoms):
        u = shapely.union_all(geoms, grid_size=GRID)
        parts = [shapely.Polygon(p.exterior) for p in shapely.get_parts(u) if p.area > 1e4]
        # fill holes: the parcels in them are then inside the line as well
        return shapely.union_all(parts, grid_size=GRID) if parts else shapely.Polygon()

    def make_lines(self):
        rng = self.rng()
        D = self.dltb
        geo = D["valid_geom"]
        dl = D["dlbm"].astype(str)
        area = D["area"]
        n = len(geo)
        ptree = STRtree(geo)
        # --- 城镇开发边界 (UDB): each town and its planned extension, drawn along parcel edges
        udb, udb_town = [], []
        for t in self.towns:
            ca, sa = math.cos(t["angle"]), math.sin(t["angle"])
            side = 1 if rng.uniform() < 0.5 else -1
            ex = blobs(rng, [t["centre"][0] + side * ca * t["half_length"] * 0.9], [t["centre"][1] + side * sa * t["half_length"] * 0.9],
                       [t["blob"].area * 0.35], k=14, rough=0.2, aspect=1.6, angle=t["angle"])[0]
            region = shapely.union(t["blob"].buffer(90), ex)
            frac = self.overlap_area(geo, region, ptree) / np.maximum(area, 1e-9)
            sel = (frac > 0.5) & (area < 8e4) & ~np.isin(dl, ["1103", "1109"])
            sel |= np.isin(D["kind"], ["town", "street"]) & (D["ref"] == t["township"])
            sel &= D["village"] >= 0
            poly = self.union_parcels(geo[sel])
            if poly.is_empty:
                continue
            udb.append(poly)
            udb_town.append(t["township"])
        self.udb = np.array(udb, object)
        self.udb_town = np.array(udb_town)
        udb_u = shapely.union_all(self.udb)
        shapely.prepare(udb_u)
        in_udb = contains_xy(udb_u, D["rx"], D["ry"])
        # --- 永久基本农田 (PBF): most cultivated parcels
        is_crop = np.char.startswith(dl, "01")
        grade = np.where(is_crop, D["GDPDJB"], "0").astype(int)
        pbf = is_crop & (grade <= 4) & (area >= 300) & ~in_udb & (rng.uniform(0, 1, n) > 0.04) \
            & (D["kind"] != "town")
        # deliberate conflict: two cultivated parcels inside the UDB stay in PBF
        cand = np.flatnonzero(is_crop & in_udb & (area > 3000) & (area < 3e4))
        cand = cand[np.argsort(-area[cand], kind="stable")]
        self.pbf_in_udb = cand[:2].tolist()
        pbf[self.pbf_in_udb] = True
        self.pbf = pbf
        # --- 生态保护红线 (ERL): around the smaller reservoirs and on the highest forest ridges
        natural = np.char.startswith(dl, "03") | np.char.startswith(dl, "04") | np.isin(
            dl, ["1101", "1103", "1106", "1104", "1107"])
        regions = []
        names = []
        for r in self.reservoirs:
            if r["big"]:
                continue
            ring = r["poly"].buffer(160)
            frac = self.overlap_area(geo, ring, ptree) / np.maximum(area, 1e-9)
            sel = natural & (frac > 0.5) & ~in_udb
            regions.append(sel)
            names.append((r["name"] + "水源涵养生态保护红线", "水源涵养"))
        zc = self.grid.sample(self.z, D["rx"], D["ry"])
        forest = np.char.startswith(dl, "03")
        n_ridge = max(1, int(round(1.5 * self.scale)))
        taken = []
        for k in range(n_ridge):
            score = np.where(forest, zc, -np.inf)
            for (x0, y0) in taken:
                score[np.hypot(D["rx"] - x0, D["ry"] - y0) < 5000] = -np.inf
            top = int(np.argmax(score))
            if not np.isfinite(score[top]):
                break
            x0, y0 = D["rx"][top], D["ry"][top]
            taken.append((x0, y0))
            rr = rng.uniform(650, 850)
            sel = (np.char.startswith(dl, "03") | np.char.startswith(dl, "04") | (dl == "1207")) & \
                (np.hypot(D["rx"] - x0, D["ry"] - y0) < rr) & ~in_udb
            regions.append(sel)
            names.append((f"{self.villages['name'][D['village'][top]][:-1]}山生物多样性维护生态保护红线", "生物多样性维护"))
        # deliberate conflict: three PBF parcels next to the red line are drawn into it
        self.pbf_in_erl = []
        for r_i, sel in enumerate(regions):
            if len(self.pbf_in_erl) >= 3:
                break
            poly = shapely.union_all(geo[sel], grid_size=GRID)
            near = ptree.query(poly, predicate="dwithin", distance=0.01)
            near = [q for q in near if pbf[q] and not sel[q] and 3000 < area[q] < 3e4]
            if near:
                q = max(near, key=lambda q_: area[q_])
                regions[r_i] = sel.copy()
                regions[r_i][q] = True
                self.pbf_in_erl.append(q)
        erl, erl_name, erl_type = [], [], []
        for sel, (nm, tp) in zip(regions, names):
            if sel.sum() == 0:
                continue
            poly = self.union_parcels(geo[sel])
            if poly.is_empty:
                continue
            erl.append(poly)
            erl_name.append(nm)
            erl_type.append(tp)
        self.erl = np.array(erl, object)
        self.erl_name, self.erl_type = erl_name, erl_type
        self.in_udb = in_udb
        # PBF blocks: contiguous PBF parcels of one village merged; JBNTMJ = their TBDLMJ (net of 田坎)
        pi = np.flatnonzero(pbf)
        ids, merged = grouped_union(geo[pi], D["village"][pi])
        merged = shapely.simplify(merged, 1e-4, preserve_topology=True)
        parts, pidx = explode_polys(despike(merged), min_area=1.0)
        pv = ids[pidx]
        rp = shapely.point_on_surface(geo[pi])
        tree = STRtree(parts)
        a_, b_ = tree.query(rp, predicate="within")
        mj = np.bincount(b_, weights=D["TBDLMJ"][pi][a_], minlength=len(parts))
        self.pbf_geom, self.pbf_village, self.pbf_mj = parts, pv, np.round(mj, 2)
        erl_u = shapely.union_all(self.erl) if len(erl) else shapely.Polygon()
        shapely.prepare(erl_u)
        self.in_erl = contains_xy(erl_u, D["rx"], D["ry"])
        self.step(f"lines: UDB {len(udb)} ({sum(p.area for p in udb) / 1e4:.1f} ha), "
                  f"PBF {int(pbf.sum())} parcels ({area[pbf].sum() / 1e4:.0f} ha, "
                  f"{area[pbf].sum() / area.sum() * 100:.1f}%), ERL {len(erl)} "
                  f"({sum(p.area for p in erl) / 1e4:.0f} ha)")

    # ------------------------------------------------------------------ planned land use (用地用海)
    def base_ydyh(self, dlbm, kind, ref, cz):
        """三调 DLBM -> 用地用海 2023 code, with the split rows decided here (see README)."""
        out = np.empty(len(dlbm), object)
        conv = self.sandiao_to_ydyh.by_code
        rng = self.rng()
        u = rng.uniform(0, 1, len(dlbm))
        for i, c in enumerate(dlbm):
            if c == "1006":
                # 村道 of the road layer -> 村道用地; field roads -> 田间道
                out[i] = "060101" if kind[i] == "road" else "060102"
            elif c == "1202":
                out[i] = "060202" if u[i] < 0.35 else "060201"
            elif c == "05H1":
                out[i] = "0901"
            elif c == "08H1":
                out[i] = "0704" if cz[i] == "203" else "0801"
            elif c == "08H2":
                out[i] = "0804" if (u[i] < 0.7 or cz[i] == "203") else "0806"
            elif c == "0809":
                out[i] = "1301" if u[i] < 0.5 else "1303"
            elif c == "1005":
                out[i] = "120801"
            elif c == "0204":
                out[i] = "0205"
            elif c == "09":
                out[i] = "15"
            else:
                out[i] = conv[c]["ydyh_code"]
        return out

    def paint(self, G, brushes, code, protect=None, label=""):
        """Give `code` to the part of every planned parcel inside any of `brushes` (disjoint
        polygons), except parcels whose current code is protected. Returns (G, painted area)."""
        brushes = np.atleast_1d(np.asarray(brushes, object))
        geo = G["geom"]
        tree = STRtree(geo)
        bi, hit = tree.query(brushes, predicate="intersects")
        if protect is not None:
            ok = ~np.isin(G["code"][hit], protect)
            bi, hit = bi[ok], hit[ok]
        if len(hit) == 0:
            return G, 0.0
        inner = polygonal(shapely.intersection(geo[hit], brushes[bi], grid_size=GRID))
        uh = np.unique(hit)
        outer = grouped_difference(geo, brushes, hit, bi)[uh]
        keep = np.ones(len(geo), bool)
        keep[uh] = False
        new = {k: np.concatenate([v[keep], v[hit], v[uh]]) for k, v in G.items()}
        new["geom"] = np.concatenate([geo[keep], inner, outer])
        new["code"] = np.concatenate([G["code"][keep], np.full(len(hit), code, object), G["code"][uh]])
        new["change"] = np.concatenate([G["change"][keep], np.full(len(hit), label, object), G["change"][uh]])
        parts, idx = explode_polys(new["geom"], min_area=1e-6)
        new = {k: v[idx] for k, v in new.items()}
        new["geom"] = parts
        return new, float(shapely.area(inner).sum())

    def make_ghyd(self):
        rng = self.rng()
        D = self.dltb
        geo = D["valid_geom"]
        dl = D["dlbm"].astype(str)
        area = D["area"]
        code = self.base_ydyh(dl, D["kind"], D["ref"], D["CZCSXM"])
        change = np.full(len(geo), "", object)
        st = self.settlements
        # 1) 增减挂钩 拆旧: scattered homesteads far from roads and on slopes become dry land
        homes = np.flatnonzero((dl == "0702") & (D["kind"] == "settle"))
        hk = st["kind"][D["ref"][homes]]
        scattered = homes[hk != "large"]
        droad = self.grid.sample(self.d_road, D["rx"][scattered], D["ry"][scattered])
        sl = D["mean_slope"][scattered]
        score = droad / 150.0 + sl / 8.0 + rng.standard_normal(len(scattered)) * 0.6
        pick = top_by_area(score, area[scattered], 0.14 * area[homes].sum())
        reclaim = scattered[pick]
        code[reclaim] = "0103"
        change[reclaim] = "拆旧复垦"
        self.reclaimed_area = float(area[reclaim].sum())
        # 2) inside the UDB: undeveloped land becomes town land
        c2 = np.array([c[:2] for c in code])
        natural = np.isin(c2, ["01", "02", "03", "04", "23"]) | (code == "060102")
        urb = np.flatnonzero(self.in_udb & natural)
        urb = urb[~np.isin(urb, self.pbf_in_udb[1:])]           # the second PBF parcel stays farmland
        if len(urb):
            tc = np.array([t["centre"] for t in self.towns])
            nearest = np.argmin((D["rx"][urb, None] - tc[None, :, 0]) ** 2 + (D["ry"][urb, None] - tc[None, :, 1]) ** 2,
                                axis=1)
            ang = np.array([t["angle"] for t in self.towns])[nearest]
            lx = ((D["rx"][urb] - tc[nearest, 0]) * np.cos(ang) + (D["ry"][urb] - tc[nearest, 1]) * np.sin(ang)) / \
                np.array([t["half_length"] for t in self.towns])[nearest]
            drv = self.grid.sample(self.d_river, D["rx"][urb], D["ry"][urb])
            uu = rng.uniform(0, 1, len(urb))
            new = np.where(uu < 0.72, "0701", np.where(uu < 0.88, "0901", np.where(uu < 0.94, "0804", "1207")))
            new = np.where(lx > 0.6, "1001", new)
            new = np.where(drv < 120, "1401", new)
            code[urb] = new.astype(object)
            change[urb] = "城镇开发边界内新增建设"
        # 3) deliberate conflict: one forest parcel inside the red line is planned as industry
        erl_forest = np.flatnonzero(self.in_erl & np.char.startswith(dl, "03") & (area > 3000) & (area < 3e4))
        self.erl_factory = int(erl_forest[0]) if len(erl_forest) else -1
        if self.erl_factory >= 0:
            code[self.erl_factory] = "1001"
            change[self.erl_factory] = "冲突示例：红线内工业用地"
        G = dict(geom=geo.copy(), code=code, change=change, village=D["village"].copy(), src=np.arange(len(geo)))
        protect = ["1701", "1702", "1703", "1704", "1705", "1311", "0506"]
        # 4) resettlement sites (农民集中安置点, 0703) beside the big settlements of centre villages
        pbf_geo = geo[self.pbf]
        pbf_tree = STRtree(pbf_geo)
        centres = [v for v in range(len(self.villages["code"]))
                   if self.villages["is_center"][v] and self.villages["seat_cell"][v] >= self.n_town]
        big = {int(st["village"][i]): i for i in np.flatnonzero(st["kind"] == "large")}
        centres = [v for v in centres if v in big]
        site_area = 0.42 * self.reclaimed_area / max(1, len(centres))
        sites, self.site_pbf = [], []
        angs = np.tile(np.linspace(0, 2 * np.pi, 16, endpoint=False), 6)
        steps = np.repeat([0.0, 150.0, 300.0, 450.0, 600.0, 800.0], 16)
        na = len(angs)
        for n_site, v in enumerate(centres):
            i = big[v]
            r0 = math.sqrt(st["area"][i] / math.pi) + math.sqrt(site_area / math.pi) * 0.9 + steps
            cx = st["x"][i] + r0 * np.cos(angs)
            cy = st["y"][i] + r0 * np.sin(angs)
            cand = blobs(rng, cx, cy, np.full(na, site_area), k=10, rough=0.1, aspect=1.3, angle=angs)
            cand = polygonal(shapely.intersection(cand, self.villages["geom"][v], grid_size=GRID))
            ci, pj = pbf_tree.query(cand, predicate="intersects")
            pb = np.bincount(ci, weights=shapely.area(shapely.intersection(cand[ci], pbf_geo[pj], grid_size=GRID)),
                             minlength=na)
            ii, jj = self.grid.ij(cx, cy)
            wet = self.res_mask[ii, jj] | (self.d_river[ii, jj] < 60)
            short = np.maximum(0, 0.9 * site_area - shapely.area(cand))
            cost = pb / 10.0 + self.slope[ii, jj] / 5 + 1e4 * wet + short / 10.0 + steps / 50.0
            if n_site == 0:
                cost = -pb + 1e6 * wet + short                      # deliberate conflict: on PBF
            b = int(np.argmin(cost))
            sites.append(cand[b])
            self.site_pbf.append(float(pb[b]))
        self.sites = sites
        G, self.site_area = self.paint(G, sites, "0703", protect + ["1202"], label="集中安置点")
        # 5) deliberate conflict: a planned town-housing block outside every UDB
        small = [t for t in self.towns if t["tier"] == 2] or self.towns
        t = small[0]
        utree = STRtree(self.udb)
        blk = None
        for ang in np.linspace(0, 2 * np.pi, 16, endpoint=False):
            c = (t["centre"][0] + math.cos(ang) * (t["half_length"] + 260), t["centre"][1] + math.sin(ang) * (t["half_length"] + 260))
            cand = blobs(rng, [c[0]], [c[1]], [2.2e4], k=10, rough=0.1)[0]
            near = utree.query(cand.buffer(20), predicate="intersects")
            for q in near:
                cand = shapely.difference(cand, self.udb[q].buffer(20), grid_size=GRID)
            cand = polygonal([cand])[0]
            ii, jj = self.grid.ij([c[0]], [c[1]])
            if cand.area > 1.5e4 and not self.res_mask[ii, jj][0] and self.d_river[ii, jj][0] > 80:
                blk = cand
                break
        self.outside_block = blk
        if blk is not None:
            G, _ = self.paint(G, [blk], "0701", protect + ["1202", "0703"], label="冲突示例：开发边界外城镇住宅")
        # 6) a new road corridor: a bypass of the central town (二级公路, 24 m road land)
        t = self.towns[0]
        gr = [r for r in self.roads if r["grade"] == "国道"]
        self.new_road, self.new_road_area = None, 0.0
        if gr:
            ln = min(gr, key=lambda r: r["geom"].distance(shapely.Point(t["centre"])))["geom"]
            s0 = ln.project(shapely.Point(t["centre"]))
            a_pt = np.array(ln.interpolate(max(0, s0 - 2600)).coords[0])
            b_pt = np.array(ln.interpolate(min(ln.length, s0 + 2600)).coords[0])
            mid = np.array(ln.interpolate(s0).coords[0])
            away = mid - np.array(t["centre"])
            if np.hypot(*away) < 1:
                away = np.array([-math.sin(t["angle"]), math.cos(t["angle"])])
            away = -away / np.hypot(*away)                     # to the far side of the town
            ctrl = np.array(t["centre"]) + away * (t["half_width"] + 650)
            tt = np.linspace(0, 1, 40)[:, None]
            c = (1 - tt) ** 2 * a_pt + 2 * (1 - tt) * tt * ctrl + tt ** 2 * b_pt
            self.new_road = shapely.LineString(c)
            corridor = self.new_road.buffer(12, cap_style="flat", quad_segs=2)
            G, self.new_road_area = self.paint(G, [corridor], "1202", protect, label="新建公路")
        # clean up: slivers, spikes
        geoms, alive = absorb_slivers(G["geom"], G["village"], small=5.0, thin=0.3, thin_area=100.0)
        G["geom"] = geoms
        G = {k: v[alive] for k, v in G.items()}
        parts, idx = explode_polys(despike(G["geom"]))
        G = {k: v[idx] for k, v in G.items()}
        G["geom"] = parts
        # planning zone (规划分区) code, from resources/tables/planning_zones.csv; the lines are
        # drawn on whole 三调 parcels, so a piece's source parcel says which line it lies in
        src = G["src"]
        in_erl, in_udb, in_pbf = self.in_erl[src], self.in_udb[src], self.pbf[src]
        rp = shapely.point_on_surface(G["geom"])
        near_erl = np.zeros(len(parts), bool)
        if len(self.erl):
            near_erl[STRtree(rp).query(self.erl, predicate="dwithin", distance=300)[1]] = True
        xy = shapely.get_coordinates(rp)
        slope = self.grid.sample(self.slope, xy[:, 0], xy[:, 1])
        c2 = np.array([c[:2] for c in G["code"]])
        eco = np.isin(c2, ["03", "04", "05", "17"])
        z = np.full(len(parts), "520", object)                         # 一般农业区
        z[eco] = "540"                                                 # 林业发展区
        z[eco & (near_erl | (slope > 25))] = "210"                      # 陆域生态控制区
        z[np.isin(c2, ["07", "08", "09", "11", "13", "14", "15", "16"]) | np.isin(G["code"], ["1207", "1001"])] = "510"
        z[G["code"] == "1002"] = "710"                                  # 矿产能源发展区
        z[np.isin(G["code"], ["1201", "1202", "1203"])] = "730"          # 区域基础设施集中区
        z[in_pbf] = "310"                                               # 永久基本农田集中区
        z[in_udb] = "410"                                               # 城镇集中建设区
        z[in_erl] = "120"                                               # 陆域保护红线区
        G["GHFQDM"] = z
        self.G_pieces = G
        # planned parcels are merged per class, village and zone (规划用地图斑)
        key = np.array([f"{c}|{v}|{q}" for c, v, q in zip(G["code"], G["village"], z)])
        uk, first, inv = np.unique(key, return_index=True, return_inverse=True)
        ids, merged = grouped_union(G["geom"], inv)
        merged = shapely.simplify(merged, 1e-4, preserve_topology=True)   # collinear nodes left by the merge
        parts, pidx = explode_polys(despike(merged), min_area=1.0)
        srcrow = first[ids[pidx]]
        G = {k: v[srcrow] for k, v in G.items()}
        G["geom"] = parts
        rp = shapely.get_coordinates(shapely.point_on_surface(parts))
        G["YDYHFLMC"] = np.array([self.ydyh_table.by_code[c]["name"] for c in G["code"]], object)
        G["ZLDWDM"] = np.array(self.villages["code"], object)[G["village"]]
        rp_order = np.lexsort((rp[:, 0], -rp[:, 1], G["village"]))
        G = {k: v[rp_order] for k, v in G.items()}
        self.G = G
        self.step(f"ghyd: {len(G['geom'])} parcels; reclaimed {self.reclaimed_area / 1e4:.1f} ha, "
                  f"resettlement {self.site_area / 1e4:.1f} ha in {len(self.sites)} sites, "
                  f"new road {self.new_road_area / 1e4:.1f} ha")

    # ------------------------------------------------------------------ output
    def to_global(self, geoms):
        geoms = np.asarray(geoms, object)
        return shapely.transform(geoms, lambda c: c + np.array([self.ox, self.oy]))

    @staticmethod
    def as_multi(geoms, kind):
        geoms = np.asarray(geoms, object)
        parts, idx = shapely.get_parts(geoms, return_index=True)
        if kind == "polygon":
            out = shapely.multipolygons(parts, indices=idx)
        else:
            out = shapely.multilinestrings(parts, indices=idx)
        return out

    def write_layer(self, ds, name, geoms, gtype, fields, cols, multi=True):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        lyr = ds.CreateLayer(name, srs, gtype, options=["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"])
        for fname, ftype, width in fields:
            fd = ogr.FieldDefn(fname, ftype)
            if width:
                fd.SetWidth(width)
            lyr.CreateField(fd)
        defn = lyr.GetLayerDefn()
        g = self.to_global(geoms)
        if multi and gtype == ogr.wkbMultiPolygon:
            g = self.as_multi(g, "polygon")
        elif multi and gtype == ogr.wkbMultiLineString:
            g = self.as_multi(g, "line")
        wkb = shapely.to_wkb(g, output_dimension=2)
        colv = [np.asarray(cols[f[0]], object).tolist() for f in fields]
        lyr.StartTransaction()
        for i in range(len(wkb)):
            f = ogr.Feature(defn)
            f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb[i]))
            for k, col in enumerate(colv):
                v = col[i]
                if v is None:
                    f.SetFieldNull(k)
                else:
                    f.SetField(k, v)
            lyr.CreateFeature(f)
        lyr.CommitTransaction()
        return len(wkb)

    def write(self, out_dir, dem=True):
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        gpkg = out / "lantu_demo.gpkg"
        if gpkg.exists():
            gpkg.unlink()
        gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
        S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
        V, T, C, D, G = self.villages, self.townships, self.clusters, self.dltb, self.G
        st = self.settlements
        # settlements (plus one point per town) and populations
        town_pop = []
        for t in self.towns:
            res_area = float(shapely.area(t["cells"][t["codes"] == "0701"]).sum())
            town_pop.append(int(round(res_area / 1e4 * 160)))
        seat_v = {int(V["seat_cell"][v]): v for v in range(len(V["code"]))}
        sx = np.concatenate([st["x"], [t["centre"][0] for t in self.towns]])
        sy = np.concatenate([st["y"], [t["centre"][1] for t in self.towns]])
        sv = np.concatenate([st["village"], [seat_v[t["township"]] for t in self.towns]])
        spop = np.concatenate([st["pop"], town_pop])
        sname = np.array(list(st["name"]) + [T["name"][t["township"]] + "场镇" for t in self.towns], object)
        # 户籍人口 of a village: everyone living in it (scattered houses too), plus 25 % registered
        # but working elsewhere
        vpop = np.round(np.bincount(sv, weights=spop, minlength=len(V["code"])) * 1.25).astype(int)
        # the settlement layer holds clusters and village seats, not the single scattered houses
        keep = np.concatenate([st["kind"] != "single", np.ones(len(self.towns), bool)])
        sx, sy, sv, spop, sname = sx[keep], sy[keep], sv[keep], spop[keep], sname[keep]
        vcode = np.array(V["code"], object)
        n = {}
        n["township"] = self.write_layer(ds, "township", T["geom"], ogr.wkbMultiPolygon,
                                         [("XZQDM", S, 9), ("XZQMC", S, 0), ("is_center", I, 0)],
                                         dict(XZQDM=T["code"], XZQMC=T["name"], is_center=T["is_center"]))
        n["village"] = self.write_layer(
            ds, "village", V["geom"], ogr.wkbMultiPolygon,
            [("XZQDM", S, 12), ("XZQMC", S, 0), ("XZMC", S, 0), ("CLUSTER", S, 0), ("POP", I, 0), ("is_center", I, 0)],
            dict(XZQDM=V["code"], XZQMC=V["name"], XZMC=[T["name"][t] for t in V["town"]],
                 CLUSTER=[C["name"][c] for c in V["cluster"]], POP=vpop.tolist(),
                 is_center=np.asarray(V["is_center"]).tolist()))
        n["village_cluster"] = self.write_layer(ds, "village_cluster", C["geom"], ogr.wkbMultiPolygon,
                                                [("PQDM", S, 0), ("PQMC", S, 0)], dict(PQDM=C["code"], PQMC=C["name"]))
        n["dltb"] = self.write_layer(
            ds, "dltb", D["geom"], ogr.wkbMultiPolygon,
            [("BSM", I, 0), ("TBBH", S, 0), ("DLBM", S, 5), ("DLMC", S, 0), ("ZLDWDM", S, 19), ("QSDWDM", S, 19),
             ("TBMJ", R, 0), ("KCXS", R, 0), ("KCMJ", R, 0), ("TBDLMJ", R, 0), ("GDPDJB", S, 1), ("CZCSXM", S, 4)],
            dict(BSM=D["BSM"].tolist(), TBBH=D["TBBH"], DLBM=D["dlbm"], DLMC=D["DLMC"], ZLDWDM=D["ZLDWDM"],
                 QSDWDM=D["QSDWDM"], TBMJ=D["TBMJ"].tolist(), KCXS=D["KCXS"].tolist(), KCMJ=D["KCMJ"].tolist(),
                 TBDLMJ=D["TBDLMJ"].tolist(), GDPDJB=D["GDPDJB"], CZCSXM=D["CZCSXM"]))
        n["ghyd"] = self.write_layer(
            ds, "ghyd", G["geom"], ogr.wkbMultiPolygon,
            [("YDYHFLDM", S, 6), ("YDYHFLMC", S, 0), ("ZLDWDM", S, 19), ("GHFQDM", S, 0)],
            dict(YDYHFLDM=G["code"], YDYHFLMC=G["YDYHFLMC"], ZLDWDM=G["ZLDWDM"], GHFQDM=G["GHFQDM"]))
        n["yjjbnt"] = self.write_layer(ds, "yjjbnt", self.pbf_geom, ogr.wkbMultiPolygon,
                                       [("JBNTMJ", R, 0), ("ZLDWDM", S, 19)],
                                       dict(JBNTMJ=self.pbf_mj.tolist(), ZLDWDM=vcode[self.pbf_village]))
        erl_mj = np.round(ellipsoidal_area(self, self.erl), 2)
        n["stbhhx"] = self.write_layer(ds, "stbhhx", self.erl, ogr.wkbMultiPolygon,
                                       [("HXMC", S, 0), ("HXLX", S, 0), ("MJ", R, 0)],
                                       dict(HXMC=self.erl_name, HXLX=self.erl_type, MJ=erl_mj.tolist()))
        udb_mj = np.round(ellipsoidal_area(self, self.udb), 2)
        n["czkfbj"] = self.write_layer(ds, "czkfbj", self.udb, ogr.wkbMultiPolygon,
                                       [("XZQDM", S, 9), ("MJ", R, 0)],
                                       dict(XZQDM=[T["code"][t] for t in self.udb_town], MJ=udb_mj.tolist()))
        rg = np.array([r["geom"] for r in self.roads], object)
        clipped = shapely.intersection(rg, self.domain, grid_size=GRID)
        ok = ~shapely.is_empty(clipped) & (shapely.length(clipped) > 20)
        clipped = np.array([shapely.MultiLineString([p for p in shapely.get_parts(c) if p.geom_type == "LineString"])
                            for c in clipped[ok]], object)
        clipped = shapely.simplify(clipped, 0.5)
        ri = np.flatnonzero(ok)
        n["roads"] = self.write_layer(
            ds, "roads", clipped, ogr.wkbMultiLineString,
            [("NAME", S, 0), ("GRADE", S, 0), ("LXBM", S, 0), ("WIDTH", R, 0)],
            dict(NAME=[self.roads[i]["name"] for i in ri], GRADE=[self.roads[i]["grade"] for i in ri],
                 LXBM=[self.roads[i]["lxbm"] for i in ri], WIDTH=[self.roads[i]["width"] for i in ri]), multi=False)
        n["settlement"] = self.write_layer(
            ds, "settlement", shapely.points(np.column_stack([sx, sy])), ogr.wkbPoint,
            [("NAME", S, 0), ("XZQDM", S, 12), ("POP", I, 0)],
            dict(NAME=sname, XZQDM=vcode[sv], POP=spop.tolist()), multi=False)
        ds = None
        ds = ogr.Open(str(gpkg), update=1)
        ds.ExecuteSQL("VACUUM")
        ds = None
        self.counts = n
        self.step(f"wrote {gpkg} ({gpkg.stat().st_size / 1e6:.1f} MB)")
        if dem:
            self.write_dem(out / "dem.tif")

    def write_dem(self, path):
        g = self.grid
        z = self.z.copy()
        mask = g.rasterize([self.domain.buffer(40)], all_touched=True).astype(bool)
        z[~mask] = -9999.0
        # crop to the rows/columns that hold data
        rows, cols = np.flatnonzero(mask.any(1)), np.flatnonzero(mask.any(0))
        z = z[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
        if Path(path).exists():
            Path(path).unlink()
        drv = gdal.GetDriverByName("GTiff")
        ds = drv.Create(str(path), z.shape[1], z.shape[0], 1, gdal.GDT_Float32,
                        options=["COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=9", "TILED=YES"])
        ds.SetGeoTransform((g.x0 + self.ox + cols[0] * g.cell, g.cell, 0.0, g.y1 + self.oy - rows[0] * g.cell, 0.0, -g.cell))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        ds.SetProjection(srs.ExportToWkt())
        b = ds.GetRasterBand(1)
        b.SetNoDataValue(-9999.0)
        b.WriteArray(z)
        b.SetDescription("elevation (m)")
        ds.SetMetadataItem("AREA_OR_POINT", "Area")
        ds = None
        self.step(f"wrote {path} ({Path(path).stat().st_size / 1e6:.1f} MB, {z.shape[1]}x{z.shape[0]} cells)")

    # ------------------------------------------------------------------ summary
    def level1_sandiao(self, code):
        r = self.dlbm_table.by_code.get(code)
        while r is not None and r["level"] not in ("1", ""):
            r = self.dlbm_table.by_code.get(r["parent"])
        return r["code"] if r is not None else code[:2]

    def summary(self):
        D, G = self.dltb, self.G
        dl = D["dlbm"].astype(str)
        l1 = np.array([self.level1_sandiao(c) for c in dl])
        tb = D["TBMJ_TRUE"]
        total = float(tb.sum())
        cur = {}
        for c in sorted(set(l1)):
            m = l1 == c
            cur[c] = dict(name=self.dlbm_table.by_code[c]["name"], parcels=int(m.sum()), area_ha=round(tb[m].sum() / 1e4, 2),
                          pct=round(tb[m].sum() / total * 100, 2))
        ga = ellipsoidal_area(self, G["geom"])
        g1 = np.array([c[:2] for c in G["code"]])
        plan = {}
        for c in sorted(set(g1)):
            m = g1 == c
            plan[c] = dict(name=self.ydyh_table.by_code[c]["name"], parcels=int(m.sum()), area_ha=round(ga[m].sum() / 1e4, 2),
                           pct=round(ga[m].sum() / total * 100, 2))
        # 城乡建设用地: 用地用海 07-11, 13-16 and 1207 (the current state through the base conversion)
        urban_set = ("07", "08", "09", "10", "11", "13", "14", "15", "16")
        base = self.base_ydyh(dl, D["kind"], D["ref"], D["CZCSXM"])
        is_u = lambda codes: np.array([c[:2] in urban_set or c == "1207" for c in codes])
        cur_urban = float(tb[is_u(base)].sum())
        plan_urban = float(ga[is_u(G["code"])].sum())
        crop = np.char.startswith(dl, "01")
        pbf = self.pbf

        def overlaps(A, B):
            """Overlap of two polygon sets as places (connected pieces > 1 m²) and area."""
            A, B = np.asarray(A, object), np.asarray(B, object)
            if len(A) == 0 or len(B) == 0:
                return dict(places=0, area_ha=0.0)
            ai, bi = STRtree(B).query(A, predicate="intersects")
            x = polygonal(shapely.intersection(A[ai], B[bi], grid_size=GRID))
            parts, _ = explode_polys(x, min_area=1e-3)
            if len(parts) == 0:
                return dict(places=0, area_ha=0.0)
            u, _ = explode_polys([shapely.union_all(parts, grid_size=GRID)], min_area=1.0)
            return dict(places=len(u), area_ha=round(float(shapely.area(u).sum()) / 1e4, 3))

        pbf_g = self.pbf_geom
        constr = np.array([c[:2] in ("07", "08", "09", "10", "11", "12", "13", "14", "15", "16") for c in G["code"]])
        cg = G["geom"][constr]
        o701 = G["geom"][G["code"] == "0701"]
        ai, bi = STRtree(self.udb).query(o701, predicate="intersects")
        out701 = grouped_difference(o701, self.udb, ai, bi)
        out701, _ = explode_polys(out701, min_area=1.0)
        conflicts = {
            "PBF∩ERL": overlaps(pbf_g, self.erl),
            "PBF∩UDB": overlaps(pbf_g, self.udb),
            "ERL∩UDB": overlaps(self.erl, self.udb),
            "planned construction (用地用海 07-16) ∩ PBF": overlaps(cg, pbf_g),
            "planned construction (用地用海 07-16) ∩ ERL": overlaps(cg, self.erl),
            "planned 0701 outside UDB": dict(places=len(out701),
                                            area_ha=round(float(shapely.area(out701).sum()) / 1e4, 3)),
        }
        # what the planned construction on PBF is made of
        Gp = self.G_pieces
        gc = np.array([c[:2] in ("07", "08", "09", "10", "11", "12", "13", "14", "15", "16") for c in Gp["code"]])
        on_pbf = gc & self.pbf[Gp["src"]]
        by = {}
        pa = ellipsoidal_area(self, Gp["geom"][on_pbf])
        for c, ch, a_ in zip(Gp["code"][on_pbf], Gp["change"][on_pbf], pa):
            k = f"{c} {ch}".strip()
            by[k] = round(by.get(k, 0.0) + a_ / 1e4, 3)
        conflicts["planned construction on PBF parcels, by code and change"] = by
        rc = {}
        for r in self.roads:
            rc[r["grade"]] = rc.get(r["grade"], 0) + 1
        summ = dict(
            arguments=dict(parcels=self.n_parcels, seed=self.seed),
            crs=f"EPSG:{EPSG}", false_origin=[self.ox, self.oy],
            total_area_ha=round(total / 1e4, 2),
            layers=self.counts,
            dltb_by_level1=cur,
            ghyd_by_level1=plan,
            cultivated_TBDLMJ_ha=round(D["TBDLMJ"][crop].sum() / 1e4, 2),
            cultivated_TBMJ_ha=round(tb[crop].sum() / 1e4, 2),
            slope_grade_share_pct={str(k): round(tb[crop & (D["GDPDJB"] == str(k))].sum() / tb[crop].sum() * 100, 1)
                                   for k in range(1, 6)},
            pbf=dict(parcels=int(pbf.sum()), JBNTMJ_ha=round(D["TBDLMJ"][pbf].sum() / 1e4, 2),
                     area_ha=round(tb[pbf].sum() / 1e4, 2)),
            erl=dict(polygons=len(self.erl), area_ha=round(float(ellipsoidal_area(self, self.erl).sum()) / 1e4, 2)),
            udb=dict(polygons=len(self.udb), area_ha=round(float(ellipsoidal_area(self, self.udb).sum()) / 1e4, 2)),
            urban_rural_construction_ha=dict(current=round(cur_urban / 1e4, 2), planned=round(plan_urban / 1e4, 2)),
            reclamation_ha=dict(demolished=round(self.reclaimed_area / 1e4, 2), resettlement=round(self.site_area / 1e4, 2),
                                surplus=round((self.reclaimed_area - self.site_area) / 1e4, 2)),
            new_road_ha=round(self.new_road_area / 1e4, 2),
            conflicts=conflicts,
            roads_by_grade=rc,
            faults=dict(bowtie_BSM=D["BSM"][D["kind"] == "bowtie"].tolist(),
                        tbmj_plus_10pct_BSM=int(D["BSM"][self.fault_tbmj])),
            deliberate=dict(pbf_in_erl_BSM=D["BSM"][self.pbf_in_erl].tolist(),
                            pbf_in_udb_BSM=D["BSM"][self.pbf_in_udb].tolist(),
                            erl_factory_BSM=int(D["BSM"][self.erl_factory]) if self.erl_factory >= 0 else None),
        )
        return summ

    def run(self, out_dir, dem=True):
        terrain.make_domain(self)
        rivers.make_rivers(self)
        terrain.make_terrain(self)
        reservoirs.make_reservoirs(self)
        admin.make_admin(self)
        towns.make_towns(self)
        roads.make_roads(self)
        settlements.make_settlements(self)
        small_features.make_small_features(self)
        fabric.make_fabric(self)
        landuse.classify(self)
        dltb.finish_dltb(self)
        self.make_lines()
        self.make_ghyd()
        self.write(out_dir, dem=dem)
        summ = self.summary()
        with open(Path(out_dir) / "summary.json", "w", encoding="utf-8") as f:
            json.dump(summ, f, ensure_ascii=False, indent=1)
        return summ


def print_summary(s):
    print(f"\nLantu demo 片区: {s['total_area_ha']:.2f} ha in {s['crs']}")
    print("layers: " + ", ".join(f"{k} {v}" for k, v in s["layers"].items()))
    print("\n现状 (dltb, TBMJ) by 一级 class:")
    for c, r in s["dltb_by_level1"].items():
        print(f"  {c:>2} {r['name']:<12} {r['parcels']:>7} parcels {r['area_ha']:>11.2f} ha {r['pct']:>6.2f}%")
    print("规划 (ghyd) by 一级 class:")
    for c, r in s["ghyd_by_level1"].items():
        print(f"  {c:>2} {r['name']:<12} {r['parcels']:>7} parcels {r['area_ha']:>11.2f} ha {r['pct']:>6.2f}%")
    print(f"耕地 TBDLMJ {s['cultivated_TBDLMJ_ha']} ha (TBMJ {s['cultivated_TBMJ_ha']}); slope grades % "
          f"{s['slope_grade_share_pct']}")
    print(f"PBF {s['pbf']}, ERL {s['erl']}, UDB {s['udb']}")
    print(f"城乡建设用地 {s['urban_rural_construction_ha']}; 增减挂钩 {s['reclamation_ha']}; new road {s['new_road_ha']} ha")
    for k, v in s["conflicts"].items():
        if "places" in v:
            print(f"  conflict {k}: {v['places']} places, {v['area_ha']} ha")
        else:
            print(f"  {k}: {v}")
    print(f"faults: {s['faults']}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "resources" / "demo"), help="output directory")
    ap.add_argument("--parcels", type=int, default=BASE_PARCELS,
                    help="about how many 三调 parcels (the area scales with it; default %(default)s)")
    ap.add_argument("--seed", type=int, default=2035, help="random seed (default %(default)s)")
    ap.add_argument("--no-dem", action="store_true", help="do not write dem.tif (benchmarks)")
    a = ap.parse_args(argv)
    demo = Demo(a.parcels, a.seed)
    summ = demo.run(a.out, dem=not a.no_dem)
    print_summary(summ)
    log(f"done in {time.time() - demo.t0:.1f} s")


if __name__ == "__main__":
    main()
