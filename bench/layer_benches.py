"""Benchmarks of lantu:comparelayers, lantu:resolveoverlaps, lantu:classbuffers, lantu:indicatorbreakdown and
lantu:sitecheck (issue 20) against the QGIS-native chains a power
user would build for the same figures. run_bench.py sets `run` (its timed processing.run) before any job runs.
"""
import os

run = None  # run_bench._run: processing.run that records each step's time


def _rows(path, fields):
    """Rows of the first layer of an OGR dataset, as tuples of `fields`."""
    from osgeo import ogr

    dataset = ogr.Open(path.split("|")[0])
    return [tuple(f.GetField(name) for name in fields) for f in dataset.GetLayer(0)]


def _areas(path):
    """(feature count, area sum) of a polygon layer written by a job, read back with OGR + shapely."""
    import shapely
    from osgeo import ogr

    dataset = ogr.Open(path.split("|")[0])
    geoms = [shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())) for f in dataset.GetLayer(0)
             if f.GetGeometryRef() is not None]
    areas = shapely.area(geoms) if geoms else []
    return sum(1 for a in areas if a > 0), float(sum(areas))


# comparelayers ---------------------------------------------------------------------------------
def compare_lantu(gpkg, tmp):
    result = run("lantu:comparelayers", {
        "LAYER_A": f"{gpkg}|layername=dltb", "CODE_FIELD_A": "DLBM", "LAYER_B": f"{gpkg}|layername=ghyd",
        "CODE_FIELD_B": "YDYHFLDM", "LEVEL": 1, "MIN_AREA": 0.0, "OUTPUT": os.path.join(tmp, "changes.gpkg"),
        "MATRIX": os.path.join(tmp, "matrix.gpkg")})
    return {"matrix": result["MATRIX"], "changes": result["OUTPUT"]}


def compare_native(gpkg, tmp):
    """fix both layers → native:intersection → refactorfields (一级 codes through the conversion table, area) →
    extractbyexpression (codes differ: the pieces, written) and statisticsbycategories (the matrix, written)."""
    import csv

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "resources", "tables", "sandiao_to_ydyh.csv"), encoding="utf-8") as f:
        level1 = {r["dlbm"]: r["ydyh_level1_code"] for r in csv.DictReader(f)}
    fixed = run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    planned = run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=ghyd", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    cut = run("native:intersection", {
        "INPUT": fixed, "OVERLAY": planned, "INPUT_FIELDS": ["DLBM"], "OVERLAY_FIELDS": ["YDYHFLDM"],
        "OVERLAY_FIELDS_PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    pairs = ", ".join(f"'{code}', '{target}'" for code, target in level1.items())
    mapping = [
        {"name": "code_a", "type": 10, "length": 0, "precision": 0, "expression": f'map_get(map({pairs}), "DLBM")'},
        {"name": "code_b", "type": 10, "length": 0, "precision": 0, "expression": 'left("YDYHFLDM", 2)'},
        {"name": "area_m2", "type": 6, "length": 0, "precision": 0, "expression": "area($geometry)"},
    ]
    classed = run("native:refactorfields", {"INPUT": cut, "FIELDS_MAPPING": mapping, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    changes = run("native:extractbyexpression", {"INPUT": classed, "EXPRESSION": '"code_a" IS NOT "code_b"',
                                                  "OUTPUT": os.path.join(tmp, "changes.gpkg")})["OUTPUT"]
    matrix = run("qgis:statisticsbycategories", {
        "INPUT": classed, "VALUES_FIELD_NAME": "area_m2", "CATEGORIES_FIELD_NAME": ["code_a", "code_b"],
        "OUTPUT": os.path.join(tmp, "matrix.gpkg")})["OUTPUT"]
    return {"matrix": matrix, "changes": changes}


def compare_totals(side, result):
    """The matrix cells both layers cover (Lantu's cells of ground only one layer covers have no native
    counterpart); the native cells under 0.01 m² go to their row's diagonal, the matrix's stated noise rule
    (README, as for landusechange)."""
    if side == "lantu":
        rows = _rows(result["matrix"], ["code_a", "code_b", "area_m2"])
        return {f"{a}>{b}": area for a, b, area in rows if a is not None and b is not None}
    cells = {(a, b): area for a, b, area in _rows(result["matrix"], ["code_a", "code_b", "sum"])}
    kept = {key: area for key, area in cells.items() if area >= 0.01}
    for (a, _b), area in cells.items():
        if area < 0.01 and (a, a) in kept:
            kept[(a, a)] += area
    return {f"{a}>{b}": area for (a, b), area in kept.items()}


# resolveoverlaps -------------------------------------------------------------------------------
def resolve_lantu(gpkg, tmp):
    result = run("lantu:resolveoverlaps", {
        "PERMANENT_FARMLAND": f"{gpkg}|layername=yjjbnt", "ECO_REDLINE": f"{gpkg}|layername=stbhhx",
        "URBAN_BOUNDARY": f"{gpkg}|layername=czkfbj", "PRIORITY": "ERL > PBF > UDB",
        **{f"OUTPUT_{k}": os.path.join(tmp, f"{k}.gpkg") for k in ("PBF", "UDB")}})
    return {k: result[f"OUTPUT_{k}"] for k in ("PBF", "UDB")}


def resolve_native(gpkg, tmp):
    """ERL > PBF > UDB by hand: fix the three lines, 永久基本农田 = PBF − ERL, 城镇开发边界 = UDB − ERL − corrected PBF
    (native:difference), each written to a GeoPackage like Lantu's copies (the redline, which keeps everything,
    is written by neither side)."""
    fixed = {k: run("native:fixgeometries", {"INPUT": f"{gpkg}|layername={name}", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
             for k, name in (("PBF", "yjjbnt"), ("ERL", "stbhhx"), ("UDB", "czkfbj"))}
    out = {}
    out["PBF"] = run("native:difference", {"INPUT": fixed["PBF"], "OVERLAY": fixed["ERL"],
                                           "OUTPUT": os.path.join(tmp, "PBF.gpkg")})["OUTPUT"]
    udb = run("native:difference", {"INPUT": fixed["UDB"], "OVERLAY": fixed["ERL"], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out["UDB"] = run("native:difference", {"INPUT": udb, "OVERLAY": out["PBF"], "OUTPUT": os.path.join(tmp, "UDB.gpkg")})["OUTPUT"]
    return out


def resolve_totals(side, result):
    """Per line: the features kept (area > 0) and their area."""
    totals = {}
    for key, path in result.items():
        count, area = _areas(path)
        totals[f"{key}_features"], totals[f"{key}_m2"] = count, area
    return totals


# classbuffers ----------------------------------------------------------------------------------
# Protection zones around water (a made-up table: 河流水面 30 m, 水库水面 50 m, 坑塘水面 10 m, 沟渠 5 m).
WATER = {"1101": 30.0, "1103": 50.0, "1104": 10.0, "1107": 5.0}


def water_table(gpkg):
    """The class → distance CSV of the water zones, written beside the data (untimed, in `prepare`)."""
    path = os.path.join(os.path.dirname(gpkg), "water_distances.csv")
    if not os.path.exists(path):
        with open(path + ".part", "w", encoding="utf-8") as f:
            f.write("class,distance_m\n" + "".join(f"{c},{d:g}\n" for c, d in WATER.items()))
        os.rename(path + ".part", path)
    return path


def buffers_lantu(gpkg, tmp):
    result = run("lantu:classbuffers", {
        "INPUT": f"{gpkg}|layername=dltb", "CLASS_FIELD": "DLBM", "DISTANCES": water_table(gpkg), "DISSOLVE": True,
        "SEGMENTS": 5, "OUTPUT": os.path.join(tmp, "zones.gpkg")})
    return {"CONTROL_AREA_M2": result["CONTROL_AREA_M2"]}


def buffers_native(gpkg, tmp):
    """native:extractbyexpression (the table's classes) → native:buffer (distance by class as a CASE expression,
    5 segments, DISSOLVE: one zone in all) → zone area."""
    from qgis.core import QgsProperty, QgsVectorLayer

    listing = ",".join(f"'{c}'" for c in WATER)
    water = run("native:extractbyexpression", {"INPUT": f"{gpkg}|layername=dltb", "EXPRESSION": f'"DLBM" IN ({listing})',
                                               "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    distance = "CASE " + " ".join(f"WHEN \"DLBM\" = '{c}' THEN {d:g}" for c, d in WATER.items()) + " ELSE 0 END"
    zones = run("native:buffer", {"INPUT": water, "DISTANCE": QgsProperty.fromExpression(distance), "SEGMENTS": 5,
                                  "DISSOLVE": True, "OUTPUT": os.path.join(tmp, "zones.gpkg")})["OUTPUT"]
    return {"CONTROL_AREA_M2": sum(f.geometry().area() for f in QgsVectorLayer(zones, "z", "ogr").getFeatures())}


def buffers_totals(side, result):
    return dict(result)


# indicatorbreakdown ----------------------------------------------------------------------------
INDICATOR_SETS = {"farmland": "耕地保有量", "urban_rural_land": "城乡建设用地", "forest": "林地保有量", "wetland": "湿地"}


def indicator_expression():
    """The indicator of a planned code as one CASE expression: each set of the built-in class-set table
    (resources/tables/ydyh_class_sets.csv) by its longest matching code prefix (a `no` row excludes a sub-class)."""
    import csv

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "resources", "tables", "ydyh_class_sets.csv"), encoding="utf-8") as f:
        wanted = {v: k for k, v in INDICATOR_SETS.items()}
        rows = [(r["code"], wanted[r["set"]], r["member"] == "yes") for r in csv.DictReader(f) if r["set"] in wanted]
    whens = [f"WHEN left(\"YDYHFLDM\", {len(code)}) = '{code}' THEN {repr(name) if member else 'NULL'}"
             for code, name, member in sorted(rows, key=lambda r: -len(r[0]))]
    return "CASE " + " ".join(whens) + " END"


def breakdown_lantu(gpkg, tmp):
    result = run("lantu:indicatorbreakdown", {
        "CLUSTERS": f"{gpkg}|layername=village", "CLUSTER_FIELD": "CLUSTER", "NAME_FIELD": "XZQMC",
        "PLANNED": f"{gpkg}|layername=ghyd", "PLANNED_CODE_FIELD": "YDYHFLDM",
        "PERMANENT_FARMLAND": f"{gpkg}|layername=yjjbnt", "ECO_REDLINE": f"{gpkg}|layername=stbhhx",
        "OUTPUT": os.path.join(tmp, "breakdown.gpkg")})
    return result["OUTPUT"]


def breakdown_native(gpkg, tmp):
    """Per layer: native:fixgeometries (→ native:dissolve for the two lines, whose features may overlap) →
    native:intersection with the villages (their CLUSTER) → for the planned
    land native:refactorfields (the indicator by the class-set table as a CASE expression, area) → one
    qgis:statisticsbycategories per layer (by cluster and indicator)."""
    villages = f"{gpkg}|layername=village"
    stats = {}
    for key, layer, fields in (("planned", "ghyd", ["YDYHFLDM"]), ("permanent_farmland", "yjjbnt", []),
                               ("eco_redline", "stbhhx", [])):
        fixed = run("native:fixgeometries", {"INPUT": f"{gpkg}|layername={layer}", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        if key != "planned":  # a line's features may overlap each other (the 400k 生态保护红线 by 0.43 km²): count once
            fixed = run("native:dissolve", {"INPUT": fixed, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        cut = run("native:intersection", {"INPUT": fixed, "OVERLAY": villages, "INPUT_FIELDS": fields or ["fid"],
                                          "OVERLAY_FIELDS": ["CLUSTER"], "OVERLAY_FIELDS_PREFIX": "",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        indicator = indicator_expression() if key == "planned" else f"'{key}'"
        mapping = [
            {"name": "CLUSTER", "type": 10, "length": 0, "precision": 0, "expression": '"CLUSTER"'},
            {"name": "IND", "type": 10, "length": 0, "precision": 0, "expression": indicator},
            {"name": "AREA", "type": 6, "length": 0, "precision": 0, "expression": "area($geometry)"},
        ]
        classed = run("native:refactorfields", {"INPUT": cut, "FIELDS_MAPPING": mapping, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        stats[key] = run("qgis:statisticsbycategories", {
            "INPUT": classed, "VALUES_FIELD_NAME": "AREA", "CATEGORIES_FIELD_NAME": ["CLUSTER", "IND"],
            "OUTPUT": os.path.join(tmp, f"stats_{key}.gpkg")})["OUTPUT"]
    return stats


def breakdown_totals(side, result):
    """Area per cluster and indicator (the clusters' rows; the total and 'outside' rows have no native counterpart)."""
    keys = ("permanent_farmland", "farmland", "urban_rural_land", "forest", "wetland", "eco_redline")
    totals = {}
    if side == "lantu":
        for row in _rows(result, ["kind", "cluster"] + [f"{k}_m2" for k in keys]):
            if row[0] == "cluster":
                totals.update({f"{row[1]}|{k}": v or 0.0 for k, v in zip(keys, row[2:]) if v})
        return totals
    for path in result.values():
        for cluster, indicator, area in _rows(path, ["CLUSTER", "IND", "sum"]):
            if indicator and area:
                totals[f"{cluster}|{indicator}"] = totals.get(f"{cluster}|{indicator}", 0.0) + area
    return totals


# sitecheck -------------------------------------------------------------------------------------
SITES = 100


def sites_path(gpkg):
    return os.path.join(os.path.dirname(gpkg), f"sites_{SITES}.gpkg")


def make_sites(gpkg):
    """SITES made-up project sites (squares of 100–250 m, XMBH S001…) at random places over the 片区, cached."""
    path = sites_path(gpkg)
    if os.path.exists(path):
        return
    import numpy as np
    import shapely
    from osgeo import ogr

    dataset = ogr.Open(gpkg)
    land = dataset.GetLayerByName("dltb")
    xmin, xmax, ymin, ymax = land.GetExtent()
    rng = np.random.default_rng(20)
    x, y, side = rng.uniform(xmin, xmax - 250, SITES), rng.uniform(ymin, ymax - 250, SITES), rng.uniform(100, 250, SITES)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path + ".partial")
    layer = out.CreateLayer("xmyd", land.GetSpatialRef().Clone(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("XMBH", ogr.OFTString))
    for n, (x0, y0, s) in enumerate(zip(x, y, side)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("XMBH", f"S{n + 1:03d}")
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.box(x0, y0, x0 + s, y0 + s))))
        layer.CreateFeature(feature)
    out = None
    os.rename(path + ".partial", path)


def sitecheck_lantu(gpkg, tmp):
    result = run("lantu:sitecheck", {
        "SITE": f"{sites_path(gpkg)}|layername=xmyd", "SITE_ID_FIELD": "XMBH",
        "PERMANENT_FARMLAND": f"{gpkg}|layername=yjjbnt", "ECO_REDLINE": f"{gpkg}|layername=stbhhx",
        "URBAN_BOUNDARY": f"{gpkg}|layername=czkfbj", "LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM",
        "OUTPUT": os.path.join(tmp, "pieces.gpkg"), "SUMMARY": os.path.join(tmp, "sites.gpkg")})
    return result["SUMMARY"]


def sitecheck_native(gpkg, tmp):
    """Per line: native:intersection of the sites with the line (its features fixed first) → native:dissolve by XMBH
    (overlapping line features count once) → area per site; cultivated land: native:extractbyexpression (DLBM 01*)
    → fixgeometries → native:intersection with the sites → area summed per site."""
    from qgis.core import QgsVectorLayer

    sites = f"{sites_path(gpkg)}|layername=xmyd"
    areas = {}
    for key, layer in (("pbf", "yjjbnt"), ("erl", "stbhhx"), ("udb", "czkfbj")):
        fixed = run("native:fixgeometries", {"INPUT": f"{gpkg}|layername={layer}", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        cut = run("native:intersection", {"INPUT": sites, "OVERLAY": fixed, "INPUT_FIELDS": ["XMBH"], "OVERLAY_FIELDS": ["fid"],
                                          "OVERLAY_FIELDS_PREFIX": "l_", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        merged = run("native:dissolve", {"INPUT": cut, "FIELD": ["XMBH"], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        areas[key] = {f["XMBH"]: f.geometry().area() for f in merged.getFeatures()}
    farmland = run("native:extractbyexpression", {"INPUT": f"{gpkg}|layername=dltb", "EXPRESSION": "\"DLBM\" LIKE '01%'",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    farmland = run("native:fixgeometries", {"INPUT": farmland, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    cut = run("native:intersection", {"INPUT": sites, "OVERLAY": farmland, "INPUT_FIELDS": ["XMBH"], "OVERLAY_FIELDS": ["DLBM"],
                                      "OUTPUT": os.path.join(tmp, "cultivated.gpkg")})["OUTPUT"]
    areas["cultivated"] = {}
    for f in QgsVectorLayer(cut, "c", "ogr").getFeatures():
        areas["cultivated"][f["XMBH"]] = areas["cultivated"].get(f["XMBH"], 0.0) + f.geometry().area()
    return areas


def sitecheck_totals(side, result):
    """Area of each site inside each line and on cultivated land (01); pieces under 0.001 m² are left out on both sides."""
    keys = ("pbf", "erl", "udb", "cultivated")
    if side == "lantu":
        totals = {}
        for row in _rows(result, ["site_id"] + [f"{k}_m2" for k in keys]):
            totals.update({f"{row[0]}|{k}": v for k, v in zip(keys, row[1:]) if v and v >= 0.001})
        return totals
    return {f"{site}|{k}": area for k in keys for site, area in result[k].items() if area >= 0.001}


# consolidationpotential ------------------------------------------------------------------------
def potential_lantu(gpkg, tmp, dem):
    result = run("lantu:consolidationpotential", {
        "LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM", "VILLAGES": f"{gpkg}|layername=village",
        "VILLAGE_FIELD": "XZQMC", "POPULATION_FIELD": "POP", "DEM": dem, "OUTPUT": os.path.join(tmp, "potential.gpkg")})
    return {k: v for k, v in result.items() if isinstance(v, (int, float))}


def potential_totals(side, result):
    return dict(result)
