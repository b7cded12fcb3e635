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
import time
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree
from osgeo import gdal, ogr, osr

from demo_data import (admin, control_lines, dltb, fabric, landuse, planned, reservoirs, rivers, roads, settlements,
                       small_features, terrain, towns)
from demo_data.areas import ellipsoidal_area
from demo_data.planned import base_ydyh
from demo_data.overlay import explode_polys, grouped_difference, polygonal
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
        V, T, C, D, G = self.villages, self.townships, self.clusters, self.dltb, self.ghyd
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
        D, G = self.dltb, self.ghyd
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
        base = base_ydyh(self, dl, D["kind"], D["ref"], D["CZCSXM"])
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
        Gp = self.ghyd_pieces
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
        control_lines.make_lines(self)
        planned.make_ghyd(self)
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
