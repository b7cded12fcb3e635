"""summary.json: areas by class, the control lines, the deliberate conflicts and faults; and its
print-out on the command line."""
from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

from .areas import ellipsoidal_area
from .overlay import explode_polys, grouped_difference, polygonal
from .planned import base_ydyh
from .settings import EPSG, GRID

CONSTRUCTION = ("07", "08", "09", "10", "11", "12", "13", "14", "15", "16")   # 用地用海 07-16
URBAN_RURAL = ("07", "08", "09", "10", "11", "13", "14", "15", "16")        # 城乡建设用地 (and 1207)


def level1_sandiao(demo, code):
    """The 一级 class of a 三调 code."""
    row = demo.dlbm_table.by_code.get(code)
    while row is not None and row["level"] not in ("1", ""):
        row = demo.dlbm_table.by_code.get(row["parent"])
    return row["code"] if row is not None else code[:2]


def by_level1(level1, area, total, table):
    """{class: name, parcels, area_ha, pct} for the 一级 classes, sorted."""
    out = {}
    for code in sorted(set(level1)):
        sel = level1 == code
        out[code] = dict(name=table.by_code[code]["name"], parcels=int(sel.sum()),
                         area_ha=round(area[sel].sum() / 1e4, 2), pct=round(area[sel].sum() / total * 100, 2))
    return out


def is_urban_rural(codes):
    return np.array([code[:2] in URBAN_RURAL or code == "1207" for code in codes])


def overlaps(set_a, set_b):
    """Overlap of two polygon sets as places (connected pieces > 1 m²) and area."""
    set_a, set_b = np.asarray(set_a, object), np.asarray(set_b, object)
    if len(set_a) == 0 or len(set_b) == 0:
        return dict(places=0, area_ha=0.0)
    ai, bi = STRtree(set_b).query(set_a, predicate="intersects")
    pieces = polygonal(shapely.intersection(set_a[ai], set_b[bi], grid_size=GRID))
    parts, _ = explode_polys(pieces, min_area=1e-3)
    if len(parts) == 0:
        return dict(places=0, area_ha=0.0)
    places, _ = explode_polys([shapely.union_all(parts, grid_size=GRID)], min_area=1.0)
    return dict(places=len(places), area_ha=round(float(shapely.area(places).sum()) / 1e4, 3))


def conflicts(demo):
    """Overlaps of the lines with each other and with planned construction, planned town housing
    outside the UDB, and what the planned construction on PBF parcels is made of."""
    ghyd, pbf_geom = demo.ghyd, demo.pbf_geom
    construction = ghyd["geom"][np.array([code[:2] in CONSTRUCTION for code in ghyd["code"]])]
    housing = ghyd["geom"][ghyd["code"] == "0701"]
    ai, bi = STRtree(demo.udb).query(housing, predicate="intersects")
    outside, _ = explode_polys(grouped_difference(housing, demo.udb, ai, bi), min_area=1.0)
    out = {
        "PBF∩ERL": overlaps(pbf_geom, demo.erl),
        "PBF∩UDB": overlaps(pbf_geom, demo.udb),
        "ERL∩UDB": overlaps(demo.erl, demo.udb),
        "planned construction (用地用海 07-16) ∩ PBF": overlaps(construction, pbf_geom),
        "planned construction (用地用海 07-16) ∩ ERL": overlaps(construction, demo.erl),
        "planned 0701 outside UDB": dict(places=len(outside),
                                        area_ha=round(float(shapely.area(outside).sum()) / 1e4, 3)),
    }
    pieces = demo.ghyd_pieces
    is_construction = np.array([code[:2] in CONSTRUCTION for code in pieces["code"]])
    on_pbf = is_construction & demo.pbf[pieces["src"]]
    by_change = {}
    piece_area = ellipsoidal_area(demo, pieces["geom"][on_pbf])
    for code, change, area in zip(pieces["code"][on_pbf], pieces["change"][on_pbf], piece_area):
        key = f"{code} {change}".strip()
        by_change[key] = round(by_change.get(key, 0.0) + area / 1e4, 3)
    out["planned construction on PBF parcels, by code and change"] = by_change
    return out


def summary(demo):
    dltb, ghyd, pbf = demo.dltb, demo.ghyd, demo.pbf
    dl = dltb["dlbm"].astype(str)
    tbmj = dltb["TBMJ_TRUE"]
    total = float(tbmj.sum())
    current = by_level1(np.array([level1_sandiao(demo, code) for code in dl]), tbmj, total, demo.dlbm_table)
    planned_area = ellipsoidal_area(demo, ghyd["geom"])
    plan = by_level1(np.array([code[:2] for code in ghyd["code"]]), planned_area, total, demo.ydyh_table)
    # 城乡建设用地: 用地用海 07-11, 13-16 and 1207 (the current state through the base conversion)
    base = base_ydyh(demo, dl, dltb["kind"], dltb["ref"], dltb["CZCSXM"])
    current_urban = float(tbmj[is_urban_rural(base)].sum())
    planned_urban = float(planned_area[is_urban_rural(ghyd["code"])].sum())
    crop = np.char.startswith(dl, "01")
    found = conflicts(demo)
    roads_by_grade = {}
    for road in demo.roads:
        roads_by_grade[road["grade"]] = roads_by_grade.get(road["grade"], 0) + 1
    bsm = dltb["BSM"]
    return dict(
        arguments=dict(parcels=demo.n_parcels, seed=demo.seed),
        crs=f"EPSG:{EPSG}", false_origin=[demo.ox, demo.oy],
        total_area_ha=round(total / 1e4, 2),
        layers=demo.counts,
        dltb_by_level1=current,
        ghyd_by_level1=plan,
        cultivated_TBDLMJ_ha=round(dltb["TBDLMJ"][crop].sum() / 1e4, 2),
        cultivated_TBMJ_ha=round(tbmj[crop].sum() / 1e4, 2),
        slope_grade_share_pct={str(grade): round(tbmj[crop & (dltb["GDPDJB"] == str(grade))].sum()
                                                 / tbmj[crop].sum() * 100, 1)
                               for grade in range(1, 6)},
        pbf=dict(parcels=int(pbf.sum()), JBNTMJ_ha=round(dltb["TBDLMJ"][pbf].sum() / 1e4, 2),
                 area_ha=round(tbmj[pbf].sum() / 1e4, 2)),
        erl=dict(polygons=len(demo.erl), area_ha=round(float(ellipsoidal_area(demo, demo.erl).sum()) / 1e4, 2)),
        udb=dict(polygons=len(demo.udb), area_ha=round(float(ellipsoidal_area(demo, demo.udb).sum()) / 1e4, 2)),
        urban_rural_construction_ha=dict(current=round(current_urban / 1e4, 2), planned=round(planned_urban / 1e4, 2)),
        reclamation_ha=dict(demolished=round(demo.reclaimed_area / 1e4, 2), resettlement=round(demo.site_area / 1e4, 2),
                            surplus=round((demo.reclaimed_area - demo.site_area) / 1e4, 2)),
        new_road_ha=round(demo.new_road_area / 1e4, 2),
        conflicts=found,
        roads_by_grade=roads_by_grade,
        faults=dict(bowtie_BSM=bsm[dltb["kind"] == "bowtie"].tolist(),
                    tbmj_plus_10pct_BSM=int(bsm[demo.fault_tbmj])),
        deliberate=dict(pbf_in_erl_BSM=bsm[demo.pbf_in_erl].tolist(),
                        pbf_in_udb_BSM=bsm[demo.pbf_in_udb].tolist(),
                        erl_factory_BSM=int(bsm[demo.erl_factory]) if demo.erl_factory >= 0 else None),
    )


def print_summary(summ):
    print(f"\nLantu demo 片区: {summ['total_area_ha']:.2f} ha in {summ['crs']}")
    print("layers: " + ", ".join(f"{name} {count}" for name, count in summ["layers"].items()))
    print("\n现状 (dltb, TBMJ) by 一级 class:")
    for code, row in summ["dltb_by_level1"].items():
        print(f"  {code:>2} {row['name']:<12} {row['parcels']:>7} parcels {row['area_ha']:>11.2f} ha {row['pct']:>6.2f}%")
    print("规划 (ghyd) by 一级 class:")
    for code, row in summ["ghyd_by_level1"].items():
        print(f"  {code:>2} {row['name']:<12} {row['parcels']:>7} parcels {row['area_ha']:>11.2f} ha {row['pct']:>6.2f}%")
    print(f"耕地 TBDLMJ {summ['cultivated_TBDLMJ_ha']} ha (TBMJ {summ['cultivated_TBMJ_ha']}); slope grades % "
          f"{summ['slope_grade_share_pct']}")
    print(f"PBF {summ['pbf']}, ERL {summ['erl']}, UDB {summ['udb']}")
    print(f"城乡建设用地 {summ['urban_rural_construction_ha']}; 增减挂钩 {summ['reclamation_ha']}; "
          f"new road {summ['new_road_ha']} ha")
    for key, value in summ["conflicts"].items():
        if "places" in value:
            print(f"  conflict {key}: {value['places']} places, {value['area_ha']} ha")
        else:
            print(f"  {key}: {value}")
    print(f"faults: {summ['faults']}")
