"""Time Lantu's algorithms against the QGIS-native way of doing the same job.

    .venv/bin/python bench/run_bench.py --sizes 20000,100000,400000 --repeat 1 --work bench/work

For every size, demo data is generated once (scripts/make_demo.py, cached in --work by size); then
every entry of BENCHES runs its Lantu job and its native job, each in a fresh subprocess, so the two
never share memory or caches inside QGIS. Wall time is measured inside the child around the job
alone (QGIS start-up excluded, reading and writing included); peak memory is the child's whole
peak RSS (os.wait4), QGIS start-up included (the start-up level is recorded too). The child also
extracts comparable totals from its result; the parent asserts that both sides agree to 1e-6
relative and reports the largest difference. Results are kept in --work/results.json and rendered
to bench/RESULTS.md after every job.

To add an algorithm, append a Bench(name, lantu_job, native_job, totals) to BENCHES: each job takes
(gpkg path, temporary directory) and returns whatever `totals(side, result)` needs to produce a
dict {key: number}, where side is "lantu" or "native".
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Callable

import floor
import summary

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REL_TOL = 1e-6
# Keys of a few m² (a sliver of a class where a parcel crosses a zone boundary) carry ~1e-5 m² of
# overlay round-off at Gauss-Krüger coordinates (x ≈ 3.5e7 m), i.e. more than 1e-6 of themselves:
# a key agrees when it is within REL_TOL relative OR within ABS_TOL absolute (like numpy.isclose).
ABS_TOL = 1e-3


# --- the benchmarks -------------------------------------------------------------------------------
@dataclass
class Bench:
    name: str
    lantu: Callable  # (gpkg, tmpdir) -> result
    native: Callable  # (gpkg, tmpdir) -> result
    totals: Callable  # (side, result) -> {key: float}
    what: str = ""  # one line for RESULTS.md
    prepare: Callable = None  # (gpkg) -> None: untimed set-up in the child, e.g. derived data cached beside gpkg
    floor: Callable = None  # (gpkg, tmpdir) -> result: the least work any correct method must do (bench/floor.py)


def _feedback():
    from qgis.core import QgsProcessingFeedback

    return QgsProcessingFeedback()


STEPS = []  # (algorithm id, seconds) of every processing.run in the current job


def _run(alg, params):
    import processing

    t0 = time.perf_counter()
    result = processing.run(alg, params, feedback=_feedback())
    STEPS.append((alg, round(time.perf_counter() - t0, 3)))
    return result


def _table_rows(path, fields):
    """Rows of the first layer of an OGR dataset (a gpkg table), as tuples of `fields`."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    layer = dataset.GetLayer(0)
    return [tuple(f.GetField(name) for name in fields) for f in layer]


# landusestructure ------------------------------------------------------------------------------
def wetland_codes():
    """三调 二级类 that 三调 statistics group under 00 湿地 (parent column of sandiao_dlbm.csv)."""
    import csv

    with open(os.path.join(ROOT, "resources", "tables", "sandiao_dlbm.csv"), encoding="utf-8") as f:
        return sorted(r["code"] for r in csv.DictReader(f) if r["parent"] == "00")


def structure_lantu(gpkg, tmp):
    out = os.path.join(tmp, "structure.gpkg")
    result = _run("lantu:landusestructure", {
        "LANDUSE": f"{gpkg}|layername=dltb", "LEVEL": 1,
        "ZONES": f"{gpkg}|layername=township", "ZONE_FIELD": "XZQMC", "OUTPUT": out})
    return result["OUTPUT"]


def structure_native(gpkg, tmp):
    """What a power user would chain in the Toolbox or a model (temporary outputs, i.e. memory layers,
    between steps; the last output is a gpkg table like Lantu's).

    Processing stops at the first invalid geometry by default (the demo has bow-ties, as real 三调
    data can), so the parcels are fixed first, as Lantu repairs them itself."""
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    cut = _run("native:intersection", {
        "INPUT": fixed, "OVERLAY": f"{gpkg}|layername=township",
        "INPUT_FIELDS": ["DLBM"], "OVERLAY_FIELDS": ["XZQMC"], "OVERLAY_FIELDS_PREFIX": "",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    wet = ",".join(f"'{c}'" for c in wetland_codes())
    level1 = f"CASE WHEN left(\"DLBM\", 4) IN ({wet}) THEN '00' ELSE left(\"DLBM\", 2) END"
    # One pass for both computed fields (refactor fields); two field-calculator runs would be slower.
    mapping = [
        {"name": "XZQMC", "type": 10, "length": 0, "precision": 0, "expression": '"XZQMC"'},
        {"name": "CLS", "type": 10, "length": 0, "precision": 0, "expression": level1},
        {"name": "AREA", "type": 6, "length": 0, "precision": 0, "expression": "area($geometry)"},
    ]
    classed = _run("native:refactorfields", {"INPUT": cut, "FIELDS_MAPPING": mapping,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = os.path.join(tmp, "stats.gpkg")
    return _run("qgis:statisticsbycategories", {
        "INPUT": classed, "VALUES_FIELD_NAME": "AREA", "CATEGORIES_FIELD_NAME": ["XZQMC", "CLS"],
        "OUTPUT": out})["OUTPUT"]


def structure_totals(side, path):
    path = path.split("|")[0]
    totals = {}
    if side == "lantu":
        for zone, code, kind, area in _table_rows(path, ["zone", "code", "kind", "area_m2"]):
            if kind == "class":
                totals[f"{zone}|{code}"] = totals.get(f"{zone}|{code}", 0.0) + area
            elif kind != "total":  # undecided / unknown codes: the native chain has no such notion
                totals[f"{zone}|{kind}:{code}"] = area
    else:
        for zone, code, area in _table_rows(path, ["XZQMC", "CLS", "sum"]):
            totals[f"{zone}|{code}"] = area
    return totals


# read ------------------------------------------------------------------------------------------
def read_lantu(gpkg, tmp):
    """Lantu's own read (bridge.read: GDAL Arrow fast path, validity check and repair)."""
    import shapely
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    from lantu.core import geometry
    from lantu.processing_provider import bridge
    from lantu.processing_provider.bridge import fast_read
    alg = QgsApplication.processingRegistry().createAlgorithmById("lantu:landusestructure")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {"LANDUSE": f"{gpkg}|layername=dltb"}
    source = alg.parameterAsSource(params, "LANDUSE", context)
    raw = {}
    repair = geometry.repair_polygons

    def measured_repair(geoms, *args):  # the area before repair, to compare with QGIS's unrepaired geometries
        raw["area"] = float(shapely.area(geoms).sum())
        return repair(geoms, *args)

    geometry.repair_polygons = measured_repair
    try:
        data = bridge.read(alg, params, "LANDUSE", context, _feedback(), source.sourceCrs(), ["DLBM"], "dltb")
    finally:
        geometry.repair_polygons = repair
    return {"features": len(data), "area": raw["area"],
            "path": "fast" if fast_read.ogr_location(alg, params, "LANDUSE", context) else "features"}


def read_native(gpkg, tmp):
    """Plain QGIS feature iteration over the same layer and field, summing the area."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=dltb", "dltb", "ogr")
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(["DLBM"], layer.fields())
    count, area, codes = 0, 0.0, []
    for feature in layer.getFeatures(request):
        codes.append(feature["DLBM"])
        area += feature.geometry().area()
        count += 1
    return {"features": count, "area": area}


def read_totals(side, result):
    return {"features": result["features"], "area_m2": result["area"]}


# bottom lines (issue 3) -------------------------------------------------------------------------
LINE_LAYERS = {"PBF": "yjjbnt", "ERL": "stbhhx", "UDB": "czkfbj"}


def _rule_codes():
    """For each built-in landuse rule: the 三调 DLBM codes it may cover (through the conversion)."""
    from lantu.core import rules, sandiao_to_ydyh

    conversion = sandiao_to_ydyh.load_sandiao_to_ydyh()
    out = {}
    for rule in rules.load_rules():
        if rule.subject != "landuse":
            continue
        codes = []
        for dlbm in conversion.dlbm_codes():
            target = conversion.map(dlbm, 2)
            if rule.coverage(target.code, target.candidates, target.decided) != rules.NONE:
                codes.append(dlbm)
        out[rule.id] = (rule, codes)
    return out


def bottomlines_lantu(gpkg, tmp):
    lines = {"PERMANENT_FARMLAND": f"{gpkg}|layername=yjjbnt", "ECO_REDLINE": f"{gpkg}|layername=stbhhx",
             "URBAN_BOUNDARY": f"{gpkg}|layername=czkfbj"}
    overlaps = _run("lantu:controllineoverlaps", {**lines, "OUTPUT": os.path.join(tmp, "overlaps.gpkg")})
    conflicts = _run("lantu:landuseconflicts", {
        **lines, "LANDUSE": f"{gpkg}|layername=dltb", "OUTPUT": os.path.join(tmp, "conflicts.gpkg"),
        "SUMMARY": os.path.join(tmp, "summary.gpkg")})
    return {"pairs": {k: overlaps[k] for k in ("PBF_ERL_M2", "PBF_UDB_M2", "ERL_UDB_M2")},
            "summary": conflicts["SUMMARY"]}


def bottomlines_native(gpkg, tmp):
    """The Toolbox way: fix the parcels, keep the classes each line's rules concern
    (native:extractbyexpression), then native:intersection with the line's features + native:dissolve
    by parcel (inside rules; overlapping line features count once) or native:difference (outside rules),
    and sum areas per code; the lines pairwise by native:dissolve + native:intersection. (Intersecting the
    parcels with one dissolved county-wide line polygon gives the same but is far slower in QGIS.)"""
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    lines = {k: _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername={v}", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
             for k, v in LINE_LAYERS.items()}
    dissolved = {k: _run("native:dissolve", {"INPUT": v, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"] for k, v in lines.items()}
    pairs = {}
    for a, b in (("PBF", "ERL"), ("PBF", "UDB"), ("ERL", "UDB")):
        cut = _run("native:intersection", {"INPUT": dissolved[a], "OVERLAY": dissolved[b], "OUTPUT": "TEMPORARY_OUTPUT"})
        pairs[f"{a}_{b}_M2"] = sum(f.geometry().area() for f in cut["OUTPUT"].getFeatures())
    pieces = {}  # (line, position) -> [(DLBM, area)]
    rule_codes = _rule_codes()
    for line in LINE_LAYERS:
        for position in ("inside", "outside"):
            codes = sorted({c for rule, cs in rule_codes.values() if rule.line == line and rule.position == position
                            for c in cs})
            if not codes:
                continue
            listing = ",".join(f"'{c}'" for c in codes)
            chosen = _run("native:extractbyexpression", {"INPUT": fixed, "EXPRESSION": f"\"DLBM\" IN ({listing})",
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            if position == "inside":
                cut = _run("native:intersection", {"INPUT": chosen, "OVERLAY": lines[line], "INPUT_FIELDS": ["BSM", "DLBM"],
                                                   "OVERLAY_FIELDS": ["fid"], "OVERLAY_FIELDS_PREFIX": "line_",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
                out = _run("native:dissolve", {"INPUT": cut, "FIELD": ["BSM"], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            else:
                out = _run("native:difference", {"INPUT": chosen, "OVERLAY": lines[line], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            pieces[(line, position)] = [(f["DLBM"], f.geometry().area()) for f in out.getFeatures()]
    return {"pairs": pairs, "pieces": pieces}


def bottomlines_totals(side, result):
    totals = {f"pair:{k}": v for k, v in result["pairs"].items()}
    if side == "lantu":
        for rule_id, area in _table_rows(result["summary"].split("|")[0], ["rule_id", "area_m2"]):
            if not rule_id.startswith("ZONE"):
                totals[f"rule:{rule_id}"] = area
        return totals
    for rule_id, (rule, codes) in _rule_codes().items():
        wanted = set(codes)
        totals[f"rule:{rule_id}"] = sum(a for c, a in result["pieces"].get((rule.line, rule.position), [])
                                        if c in wanted and a >= 0.01)
    return totals
# roadcontrollines --------------------------------------------------------------------------------
ROAD_SEGMENTS = 50_000
# Planned construction land polygons to check. native:intersection against the one dissolved zone
# costs about 0.3 s a polygon on this network (GEOS walks the whole zone each time), so a few
# thousand would take the native side hours.
ROAD_CHECKS = 1000
# Below this many parcels (the 20k row of issue 4) the demo's roads are tiled up to ROAD_SEGMENTS; from
# 100k on the demo's own network is used as it is, cut into the same pieces: it grows with the parcels
# (16,529 segments at 100k, 67,145 at 400k), where a fixed 50,000 would not.
ROAD_TILED_BELOW = 50_000


def _road_tiled(gpkg):
    return layer_count(gpkg) < ROAD_TILED_BELOW


def road_network_path(gpkg):
    name = f"roadnet_{ROAD_SEGMENTS}_{ROAD_CHECKS}" if _road_tiled(gpkg) else f"roadnet_all_{ROAD_CHECKS}"
    return os.path.join(os.path.dirname(gpkg), name + ".gpkg")


def make_road_network(gpkg):
    """Road segments: the demo roads cut into pieces of up to 4 segments; on the small demo tiled side by
    side up to ROAD_SEGMENTS (each tile offset by the roads' extent), else all of them as they lie; GRADE and
    WIDTH copied. And CHECK, the planned construction land (ghyd 07–16) of the first tile, ROAD_CHECKS
    polygons. Cached beside the demo data."""
    path = road_network_path(gpkg)
    if os.path.exists(path):
        return
    import numpy as np
    import shapely
    from osgeo import ogr

    dataset = ogr.Open(gpkg)
    roads = dataset.GetLayerByName("roads")
    srs = roads.GetSpatialRef().Clone()
    pieces, grades, widths = [], [], []
    for feature in roads:
        line = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
        for part in shapely.get_parts(line):
            xy = shapely.get_coordinates(part)
            for i in range(0, len(xy) - 1, 4):
                pieces.append(shapely.linestrings(xy[i:i + 5]))
                grades.append(feature.GetField("GRADE"))
                widths.append(feature.GetField("WIDTH"))
    x0, y0, x1, y1 = shapely.total_bounds(np.array(pieces))
    check = [shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())) for f in dataset.GetLayerByName("ghyd")
             if (f.GetField("YDYHFLDM") or "")[:2] in {f"{c:02d}" for c in range(7, 17)}]
    segments = ROAD_SEGMENTS if _road_tiled(gpkg) else len(pieces)
    tiles = -(-segments // len(pieces))
    side = int(np.ceil(np.sqrt(tiles)))
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path + ".partial")
    layer = out.CreateLayer("roads", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("GRADE", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("WIDTH", ogr.OFTReal))
    checks = out.CreateLayer("check", srs, ogr.wkbMultiPolygon)
    layer.StartTransaction()
    checks.StartTransaction()
    n = 0
    for t in range(tiles):
        dx, dy = (t % side) * (x1 - x0), (t // side) * (y1 - y0)
        for piece, grade, width in zip(pieces, grades, widths):
            if n == segments:
                break
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.transform(piece, lambda c, dx=dx, dy=dy: c + [dx, dy]))))
            feature.SetField("GRADE", grade)
            if width is not None:
                feature.SetField("WIDTH", width)
            layer.CreateFeature(feature)
            n += 1
        if t == 0:
            for polygon in check[:ROAD_CHECKS]:
                feature = ogr.Feature(checks.GetLayerDefn())
                moved = shapely.transform(polygon, lambda c, dx=dx, dy=dy: c + [dx, dy])
                feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(moved)))
                checks.CreateFeature(feature)
    layer.CommitTransaction()
    checks.CommitTransaction()
    out = None
    os.rename(path + ".partial", path)


def roads_lantu(gpkg, tmp):
    net = road_network_path(gpkg)
    result = _run("lantu:roadcontrollines", {
        "ROADS": f"{net}|layername=roads", "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "SEGMENTS": 5,
        "CHECK_LAYER": f"{net}|layername=check", "OUTPUT": os.path.join(tmp, "zones.gpkg"),
        "ENCROACHMENTS": os.path.join(tmp, "encroachments.gpkg")})
    return {k: result[k] for k in ("CONTROL_AREA_M2", "ENCROACHMENT_AREA_M2", "ENCROACHMENT_COUNT")}


# The distance the Lantu job uses, as a data-defined expression: half the road land + the setback of
# the built-in table (resources/tables/road_setbacks.csv; 村道 has no setback, so no zone).
ROAD_DISTANCE = ("CASE " + " ".join(
    f"WHEN \"GRADE\" = '{g}' THEN coalesce(\"WIDTH\", {w}) / 2 + {s}"
    for g, s, w in (("高速公路", 30, 26), ("国道", 20, 12), ("省道", 15, 10), ("县道", 10, 8.5), ("乡道", 5, 6.5)))
                 + " ELSE 0 END")


def roads_native(gpkg, tmp):
    """native:buffer (data-defined distance, DISSOLVE) → native:intersection with the check layer."""
    from qgis.core import QgsProperty

    net = road_network_path(gpkg)
    zones = _run("native:buffer", {
        "INPUT": f"{net}|layername=roads", "DISTANCE": QgsProperty.fromExpression(ROAD_DISTANCE), "SEGMENTS": 5,
        "END_CAP_STYLE": 0, "JOIN_STYLE": 0, "DISSOLVE": True, "OUTPUT": os.path.join(tmp, "zones.gpkg")})["OUTPUT"]
    pieces = _run("native:intersection", {
        "INPUT": f"{net}|layername=check", "OVERLAY": zones,
        "OUTPUT": os.path.join(tmp, "encroachments.gpkg")})["OUTPUT"]
    from qgis.core import QgsVectorLayer

    zone_area = sum(f.geometry().area() for f in QgsVectorLayer(zones, "z", "ogr").getFeatures())
    piece_layer = QgsVectorLayer(pieces, "p", "ogr")
    areas = [f.geometry().area() for f in piece_layer.getFeatures()]
    return {"CONTROL_AREA_M2": zone_area, "ENCROACHMENT_AREA_M2": sum(areas),
            "ENCROACHMENT_COUNT": sum(1 for a in areas if a > 0)}


def roads_totals(side, result):
    return dict(result)


def zones_lantu(gpkg, tmp):
    net = road_network_path(gpkg)
    result = _run("lantu:roadcontrollines", {
        "ROADS": f"{net}|layername=roads", "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "SEGMENTS": 5,
        "OUTPUT": os.path.join(tmp, "zones.gpkg")})
    return {"CONTROL_AREA_M2": result["CONTROL_AREA_M2"]}


def zones_native(gpkg, tmp):
    from qgis.core import QgsProperty, QgsVectorLayer

    zones = _run("native:buffer", {
        "INPUT": f"{road_network_path(gpkg)}|layername=roads", "DISTANCE": QgsProperty.fromExpression(ROAD_DISTANCE),
        "SEGMENTS": 5, "DISSOLVE": True, "OUTPUT": os.path.join(tmp, "zones.gpkg")})["OUTPUT"]
    return {"CONTROL_AREA_M2": sum(f.geometry().area() for f in QgsVectorLayer(zones, "z", "ogr").getFeatures())}
# land consolidation (issue 5) -----------------------------------------------------------------------
def _numbers(result):
    return {k: v for k, v in result.items() if isinstance(v, (int, float))}


def _ogr_layer(path):
    from qgis.core import QgsVectorLayer

    return path if not isinstance(path, str) else QgsVectorLayer(path, "out", "ogr")


def _count_and_sum(path, name):
    """(non-NULL count, sum) of one field of a result (a layer, or a GeoPackage in SQLite): both sides
    of a bench check their result so, after the clock has stopped (at 100k parcels a memory layer's
    two aggregates take 0.2 s, which is not the job's)."""
    from osgeo import ogr
    from qgis.core import QgsAggregateCalculator

    if not isinstance(path, str):
        count, _ = path.aggregate(QgsAggregateCalculator.Count, name)
        total, _ = path.aggregate(QgsAggregateCalculator.Sum, name)
        return int(count), float(total or 0.0)
    path = path.split("|")[0]
    dataset = ogr.Open(path)
    table = dataset.GetLayer(0).GetName()
    result = dataset.ExecuteSQL(f'SELECT COUNT("{name}"), SUM("{name}") FROM "{table}"')
    row = result.GetNextFeature()
    count, total = row.GetField(0), row.GetField(1)
    dataset.ReleaseResultSet(result)
    return int(count), float(total or 0.0)


def contiguity_lantu(gpkg, tmp):
    return _numbers(_run("lantu:farmlandcontiguity", {
        "LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM", "OUTPUT": os.path.join(tmp, "blocks.gpkg")}))


def contiguity_native(gpkg, tmp):
    """fix → extract 01* → snap to itself at 1 mm (the tiling is not noded exactly) → dissolve → singleparts."""
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    farmland = _run("native:extractbyexpression", {"INPUT": fixed, "EXPRESSION": "\"DLBM\" LIKE '01%'",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    snapped = _run("native:snapgeometries", {"INPUT": farmland, "REFERENCE_LAYER": farmland, "TOLERANCE": 0.001,
                                             "BEHAVIOR": 0, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    snapped = _run("native:fixgeometries", {"INPUT": snapped, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]  # snapping can fold
    dissolved = _run("native:dissolve", {"INPUT": snapped, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    parts = _run("native:multiparttosingleparts", {"INPUT": dissolved, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    layer = _ogr_layer(parts)
    return {"BLOCK_COUNT": layer.featureCount(), "PARCEL_COUNT": _ogr_layer(farmland).featureCount()}


def contiguity_totals(side, result):
    return {"blocks": result["BLOCK_COUNT"], "parcels": result["PARCEL_COUNT"]}


HOMESTEAD_MIN_AREA = 3000.0
# native:buffer draws the 25 m round joins as chords, inside the true circle: with 16 segments per quarter
# circle pairs up to ~6 mm under 50 m apart stayed apart (1 at 100k, 6 at 400k); 64 segments (chord error
# ≤ 25·(1 − cos(π/256)) ≈ 1.9 mm) join every pair of this data that is within 50 m (checked with shapely).
# LANTU_BENCH_HOMESTEAD_SEGMENTS=16 runs the chain as it was, to time the difference.
HOMESTEAD_SEGMENTS = int(os.environ.get("LANTU_BENCH_HOMESTEAD_SEGMENTS", "64"))


def homestead_lantu(gpkg, tmp):
    return _numbers(_run("lantu:homesteadrelocation", {
        "LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM", "CLUSTER_DISTANCE": 50,
        "MIN_SETTLEMENT_AREA": HOMESTEAD_MIN_AREA, "OUTPUT": os.path.join(tmp, "settlements.gpkg"),
        "SUMMARY": os.path.join(tmp, "summary.gpkg")}))


def homestead_native(gpkg, tmp):
    """extract 0702 → fix → area field → buffer 25 m → dissolve → singleparts → sum of parcel areas per part."""
    chosen = _run("native:extractbyattribute", {"INPUT": f"{gpkg}|layername=dltb", "FIELD": "DLBM", "OPERATOR": 0,
                                                "VALUE": "0702", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    fixed = _run("native:fixgeometries", {"INPUT": chosen, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    measured = _run("native:fieldcalculator", {"INPUT": fixed, "FIELD_NAME": "a", "FIELD_TYPE": 0, "FIELD_PRECISION": 6,
                                               "FORMULA": "$area", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    buffered = _run("native:buffer", {"INPUT": measured, "DISTANCE": 25, "SEGMENTS": HOMESTEAD_SEGMENTS,
                                      "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    dissolved = _run("native:dissolve", {"INPUT": buffered, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    parts = _run("native:multiparttosingleparts", {"INPUT": dissolved, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    joined = _run("qgis:joinbylocationsummary", {"INPUT": parts, "JOIN": measured, "PREDICATE": [1], "JOIN_FIELDS": ["a"],
                                                   "SUMMARIES": [5], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    count, relocate = 0, 0.0
    for feature in _ogr_layer(joined).getFeatures():
        count += 1
        if feature["a_sum"] is not None and feature["a_sum"] < HOMESTEAD_MIN_AREA:
            relocate += feature["a_sum"]
    return {"SETTLEMENT_COUNT": count, "RELOCATE_AREA_M2": relocate}


def homestead_totals(side, result):
    return {"settlements": result["SETTLEMENT_COUNT"], "relocate_m2": result["RELOCATE_AREA_M2"]}


ALL_CLASSES = "01,02,03,04,05,06,07,08,09,10,11,12"  # every 三调 parcel: 100k parcels at the 100k size


def slope_dem(gpkg):
    """A 10 m DEM over the whole 片区 (cached beside the data): hills, valleys and a few voids."""
    import numpy as np
    from osgeo import gdal, ogr

    path = os.path.join(os.path.dirname(gpkg), "dem10.tif")
    if os.path.exists(path):
        return path
    dataset = ogr.Open(gpkg)
    xmin, xmax, ymin, ymax = dataset.GetLayerByName("dltb").GetExtent()
    cols, rows = int((xmax - xmin) / 10) + 4, int((ymax - ymin) / 10) + 4
    out = gdal.GetDriverByName("GTiff").Create(path + ".part", cols, rows, 1, gdal.GDT_Float32,
                                               ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    out.SetGeoTransform((xmin - 20, 10, 0, ymax + 20, 0, -10))
    out.SetProjection(dataset.GetLayerByName("dltb").GetSpatialRef().ExportToWkt())
    band = out.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    rng = np.random.default_rng(2035)
    x = np.arange(cols) * 10.0
    for top in range(0, rows, 512):
        y = (top + np.arange(min(512, rows - top)))[:, None] * 10.0
        z = (600 + 250 * np.sin(x / 3100.0) * np.cos(y / 2700.0) + 60 * np.sin(x / 610.0 + y / 830.0)
             + 8 * np.sin(x / 97.0) * np.cos(y / 113.0) + rng.normal(0, 0.3, (len(y), cols)))
        z[rng.random(z.shape) < 1e-4] = -9999.0  # voids, as SRTM has
        band.WriteArray(z.astype(np.float32), 0, top)
    out = None
    os.rename(path + ".part", path)
    return path


def _slope_output(tmp, name):
    """Where both sides write the parcels: the Toolbox's default, a temporary layer, unless
    LANTU_BENCH_SLOPE_GPKG=1 asks for a GeoPackage (whose R-tree alone costs about 1 s at 100k)."""
    if os.environ.get("LANTU_BENCH_SLOPE_GPKG") == "1":
        return os.path.join(tmp, f"{name}.gpkg")
    return "TEMPORARY_OUTPUT"


def slope_lantu(gpkg, tmp):
    result = _run("lantu:slopefarmland", {"LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM", "CLASSES": ALL_CLASSES,
                                          "DEM": slope_dem(gpkg), "OUTPUT": _slope_output(tmp, "slope")})
    return result["OUTPUT"]


def slope_native(gpkg, tmp):
    """gdal:slope (gdaldem) → native:fixgeometries → native:zonalstatisticsfb (mean)."""
    slope = _run("gdal:slope", {"INPUT": slope_dem(gpkg), "BAND": 1, "SCALE": 1, "OUTPUT": os.path.join(tmp, "slope.tif")})["OUTPUT"]
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    zonal = _run("native:zonalstatisticsfb", {"INPUT": fixed, "INPUT_RASTER": slope, "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
                                              "STATISTICS": [2], "OUTPUT": _slope_output(tmp, "zonal")})["OUTPUT"]
    return zonal


def slope_totals(side, output):
    count, total = _count_and_sum(output, "mean_slope" if side == "lantu" else "z_mean")
    return {"parcels_with_slope": count, "sum_mean_slope": total}
# landusechange ---------------------------------------------------------------------------------
def change_lantu(gpkg, tmp):
    out = os.path.join(tmp, "transfer.gpkg")
    result = _run("lantu:landusechange", {
        "CURRENT": f"{gpkg}|layername=dltb", "CURRENT_CODE_FIELD": "DLBM", "PLANNED": f"{gpkg}|layername=ghyd",
        "PLANNED_CODE_FIELD": "YDYHFLDM", "LEVEL": 1, "OUTPUT": os.path.join(tmp, "change.gpkg"), "TRANSFER": out})
    return result["TRANSFER"]


def change_native(gpkg, tmp):
    """The transfer matrix by hand: fix, intersect current with planned, code both sides at 一级, sum by pair."""
    import csv

    with open(os.path.join(ROOT, "resources", "tables", "sandiao_to_ydyh.csv"), encoding="utf-8") as f:
        level1 = {r["dlbm"]: r["ydyh_level1_code"] for r in csv.DictReader(f)}
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    # the planned layer can hold invalid polygons too (the 100k demo's does): Lantu repairs both itself
    planned = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=ghyd", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    cut = _run("native:intersection", {
        "INPUT": fixed, "OVERLAY": planned, "INPUT_FIELDS": ["DLBM"],
        "OVERLAY_FIELDS": ["YDYHFLDM"], "OVERLAY_FIELDS_PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    pairs = ", ".join(f"'{code}', '{target}'" for code, target in level1.items())
    mapping = [
        {"name": "FROM_CODE", "type": 10, "length": 0, "precision": 0, "expression": f'map_get(map({pairs}), "DLBM")'},
        {"name": "TO_CODE", "type": 10, "length": 0, "precision": 0, "expression": 'left("YDYHFLDM", 2)'},
        {"name": "AREA", "type": 6, "length": 0, "precision": 0, "expression": "area($geometry)"},
    ]
    classed = _run("native:refactorfields", {"INPUT": cut, "FIELDS_MAPPING": mapping,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return _run("qgis:statisticsbycategories", {
        "INPUT": classed, "VALUES_FIELD_NAME": "AREA", "CATEGORIES_FIELD_NAME": ["FROM_CODE", "TO_CODE"],
        "OUTPUT": os.path.join(tmp, "stats.gpkg")})["OUTPUT"]


def change_totals(side, path):
    path = path.split("|")[0]
    if side == "lantu":
        rows = _table_rows(path, ["from_code", "from_kind", "to_code", "to_kind", "area_m2"])
        # cells of land only one layer covers have no native counterpart
        return {f"{fc}>{tc}": area for fc, fk, tc, tk, area in rows if "uncovered" not in (fk, tk)}
    cells = {(fc, tc): area for fc, tc, area in _table_rows(path, ["FROM_CODE", "TO_CODE", "sum"])}
    # the transfer matrix's stated rule (README, lantu:landusechange): a cell under 0.01 m² is float noise along edges
    # the two layers share, no change; its area goes to its row's diagonal cell. Applied here to the native cells too.
    noise = 0.01
    kept = {key: area for key, area in cells.items() if area >= noise}
    for (fc, _to), area in cells.items():
        if area < noise and (fc, fc) in kept:
            kept[(fc, fc)] += area
    return {f"{fc}>{tc}": area for (fc, tc), area in kept.items()}


BENCHES = [
    Bench("landusestructure", structure_lantu, structure_native, structure_totals,
          "lantu:landusestructure (dltb by township, level 1) vs native:fixgeometries → native:intersection → "
          "native:refactorfields (level-1 code, area($geometry)) → qgis:statisticsbycategories"),
    Bench("read", read_lantu, read_native, read_totals,
          "Lantu's bulk read (base.read_polygons: Arrow fast path, WKB → shapely, validity check and repair) vs "
          "QgsVectorLayer.getFeatures() with DLBM only, summing geometry().area(); areas compared before repair"),
    Bench("landusechange", change_lantu, change_native, change_totals,
          "lantu:landusechange (dltb 三调 → ghyd 用地用海, level 1; both tables written) vs native:fixgeometries → "
          "native:intersection (dltb × ghyd) → native:refactorfields (一级 codes, area) → qgis:statisticsbycategories; "
          "transfer cells compared"),
]
BENCHES.append(Bench(
    "bottomlines", bottomlines_lantu, bottomlines_native, bottomlines_totals,
    "lantu:controllineoverlaps + lantu:landuseconflicts (三调 dltb through the conversion, built-in rules, three "
    "lines) vs native:fixgeometries → per line native:extractbyexpression (the rules' classes) → native:dissolve → "
    "native:intersection / native:difference → area sums; lines pairwise by dissolve + intersection"))
BENCHES.append(Bench(
    "roadcontrollines", roads_lantu, roads_native, roads_totals,
    f"lantu:roadcontrollines (20k: {ROAD_SEGMENTS:,} road segments tiled from the demo roads; from 100k the demo's own "
    "roads, 16,529 segments at 100k and 67,145 at 400k; GRADE + WIDTH, 5 segments "
    f"per quarter circle, CHECK_LAYER = {ROAD_CHECKS:,} planned construction land polygons) vs native:buffer "
    "(data-defined distance, DISSOLVE) → native:intersection; the size column is the demo's parcel count, not the "
    "road count", prepare=make_road_network))
BENCHES.append(Bench(
    "roadzones", zones_lantu, zones_native, roads_totals,
    "the zones alone: lantu:roadcontrollines without CHECK_LAYER (the network of roadcontrollines, one zone per grade) vs "
    "native:buffer (data-defined distance, DISSOLVE: one zone in all); the size column is the demo's parcel count",
    prepare=make_road_network))
BENCHES += [
    Bench("farmlandcontiguity", contiguity_lantu, contiguity_native, contiguity_totals,
          "lantu:farmlandcontiguity (dltb 01*, GAP 0) vs native:fixgeometries → extractbyexpression → snapgeometries "
          "(1 mm, to itself) → fixgeometries → dissolve → multiparttosingleparts; block and parcel counts compared"),
    Bench("homesteadrelocation", homestead_lantu, homestead_native, homestead_totals,
          "lantu:homesteadrelocation (dltb 0702, 50 m, keep from 3000 m²) vs native:extractbyattribute → fixgeometries → "
          f"fieldcalculator ($area) → buffer 25 m ({HOMESTEAD_SEGMENTS} segments per quarter circle) → dissolve → "
          "multiparttosingleparts → joinbylocationsummary (sum); "
          "settlement count and area of settlements under 3000 m² compared"),
    Bench("slopefarmland", slope_lantu, slope_native, slope_totals,
          "lantu:slopefarmland (every dltb parcel, synthetic 10 m DEM of the whole 片区 with voids) vs gdal:slope (gdaldem) → "
          "native:fixgeometries → native:zonalstatisticsfb (mean); parcels with a slope and the sum of their means compared"),
]


# siteselection (issue 19) --------------------------------------------------------------------------
HAZARD_SITES = 300


def hazard_path(gpkg):
    return os.path.join(os.path.dirname(gpkg), f"hazard_{HAZARD_SITES}.gpkg")


def make_hazard(gpkg):
    """HAZARD_SITES made-up 地质灾害隐患点范围: discs of 100–400 m at random places over the 片区 (cached)."""
    path = hazard_path(gpkg)
    if os.path.exists(path):
        return
    import numpy as np
    import shapely
    from osgeo import ogr

    dataset = ogr.Open(gpkg)
    land = dataset.GetLayerByName("dltb")
    xmin, xmax, ymin, ymax = land.GetExtent()
    rng = np.random.default_rng(19)
    discs = shapely.buffer(shapely.points(rng.uniform(xmin, xmax, HAZARD_SITES), rng.uniform(ymin, ymax, HAZARD_SITES)),
                           rng.uniform(100, 400, HAZARD_SITES), quad_segs=8)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path + ".partial")
    layer = out.CreateLayer("hazard", land.GetSpatialRef().Clone(), ogr.wkbPolygon)
    layer.StartTransaction()
    for disc in discs:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(disc)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    out = None
    os.rename(path + ".partial", path)


def prepare_siteselection(gpkg):
    make_hazard(gpkg)
    slope_dem(gpkg)


def siteselection_lantu(gpkg, tmp):
    return _numbers(_run("lantu:siteselection", {
        "BOUNDARY": f"{gpkg}|layername=township", "LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM",
        "PERMANENT_FARMLAND": f"{gpkg}|layername=yjjbnt", "ECO_REDLINE": f"{gpkg}|layername=stbhhx",
        "URBAN_BOUNDARY": f"{gpkg}|layername=czkfbj", "URBAN_RULE": 2, "ROADS": f"{gpkg}|layername=roads",
        "MAX_ROAD_DISTANCE": 500, "HAZARD": f"{hazard_path(gpkg)}|layername=hazard", "DEM": slope_dem(gpkg),
        "MAX_SLOPE": 15, "AREA_HA": 2, "MIN_WIDTH": 30, "COUNT": 10, "OUTPUT": os.path.join(tmp, "sites.gpkg"),
        **({"REPORT": os.path.join(tmp, "sites.html")} if os.environ.get("LANTU_BENCH_SITE_REPORT") == "1" else {})}))


def siteselection_totals(side, result):
    return {"candidates": result["CANDIDATE_COUNT"], "feasible_m2": result["FEASIBLE_AREA_M2"]}


BENCHES.append(Bench(
    "siteselection", siteselection_lantu, None, siteselection_totals,
    f"lantu:siteselection with every constraint: the whole 片区 (township layer) as search area, dltb 三调 with the "
    f"built-in construction and unused classes, 永久基本农田, 生态保护红线, 城镇开发边界 (either side), roads (control zones, "
    f"≤ 500 m), {HAZARD_SITES} hazard discs, the synthetic 10 m DEM of slopefarmland (≤ 15°), 2 公顷 sites ≥ 30 m wide, "
    "10 candidates, no REPORT (LANTU_BENCH_SITE_REPORT=1 adds it, and with it the figures of each constraint on its "
    "own). No native side: QGIS has no chain that cuts sites (the candidates are checked "
    "against lantu:sitecheck and plain shapely in tests/test_site_selection.py).",
    prepare=prepare_siteselection))


# checklanduse ----------------------------------------------------------------------------------
def quality_lantu(gpkg, tmp):
    result = _run("lantu:checklanduse", {"LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM",
                                         "OUTPUT": os.path.join(tmp, "findings.gpkg"),
                                         "SUMMARY": os.path.join(tmp, "summary.gpkg")})
    return result["SUMMARY"]


def quality_native(gpkg, tmp):
    """The Toolbox way: Check validity (GEOS), then fix and intersect the layer with itself, keeping
    pieces of two different parcels (each pair appears twice: A×B and B×A)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    check = "native:checkvalidity" if registry.algorithmById("native:checkvalidity") else "qgis:checkvalidity"
    validity = _run(check, {"INPUT_LAYER": f"{gpkg}|layername=dltb", "METHOD": 2, "VALID_OUTPUT": "TEMPORARY_OUTPUT",
                            "INVALID_OUTPUT": "TEMPORARY_OUTPUT", "ERROR_OUTPUT": "TEMPORARY_OUTPUT"})
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ided = _run("native:fieldcalculator", {"INPUT": fixed, "FIELD_NAME": "pid", "FIELD_TYPE": 1, "FORMULA": "$id",
                                           "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    pieces = _run("native:intersection", {"INPUT": ided, "OVERLAY": ided, "INPUT_FIELDS": ["pid"],
                                          "OVERLAY_FIELDS": ["pid"], "OVERLAY_FIELDS_PREFIX": "o_",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    overlaps = [f.geometry().area() for f in pieces.getFeatures() if f["pid"] < f["o_pid"] and f.geometry().area() > 1.0]
    return {"invalid": validity["INVALID_OUTPUT"].featureCount(), "overlaps": overlaps}


def quality_totals(side, result):
    if side == "lantu":
        rows = dict((r[0], (r[1], r[2])) for r in _table_rows(result.split("|")[0], ["check_id", "count", "area_m2"]))
        return {"invalid": rows["invalid_geometry"][0], "overlap_pairs": rows["self_overlap"][0],
                "overlap_m2": rows["self_overlap"][1]}
    return {"invalid": result["invalid"], "overlap_pairs": len(result["overlaps"]), "overlap_m2": sum(result["overlaps"])}


BENCHES.append(Bench(
    "checklanduse", quality_lantu, quality_native, quality_totals,
    "lantu:checklanduse (dltb: all geometry, code and name checks, overlaps > 1 m²) vs qgis:checkvalidity (GEOS) → "
    "native:fixgeometries → native:fieldcalculator ($id) → native:intersection of the layer with itself → pairs of "
    "different parcels with > 1 m²"))

# convertbase (issue 21) ------------------------------------------------------------------------
def _csv_rows(name):
    import csv

    with open(os.path.join(ROOT, "resources", "tables", name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def convertbase_lantu(gpkg, tmp):
    out = os.path.join(tmp, "base.gpkg")
    return _run("lantu:convertbase", {"LANDUSE": f"{gpkg}|layername=dltb", "OUTPUT": out})["OUTPUT"]


def convertbase_expressions():
    """The built-in resolution rules as field-calculator expressions over the joined table: (class, status).

    An undecided row keeps the class its candidates share (the table's 一级 class; none where a rule adds a
    class of another 一级), as Lantu writes it; rules for given CZCSXM values come first."""
    rules = sorted(_csv_rows("convertbase_rules.csv"), key=lambda r: r["czcsxm"] == "")
    codes, states = [], []
    for rule in rules:
        dlbm = ",".join(f"'{c}'" for c in rule["dlbm"].split())
        when = f"\"DLBM\" IN ({dlbm})"
        if rule["czcsxm"]:
            when += " AND \"CZCSXM\" IN ({})".format(",".join(f"'{v}'" for v in rule["czcsxm"].split()))
        candidates = rule["candidates"].split("|")
        shared = candidates[0][:2] if len({c[:2] for c in candidates}) == 1 else None
        code = f"'{rule['ydyh_code']}'" if rule["ydyh_code"] else (f"'{shared}'" if shared else "NULL")
        codes.append(f"WHEN {when} THEN {code}")
        states.append(f"WHEN {when} THEN '{'resolved_by_rule' if rule['ydyh_code'] else 'undecided'}'")
    table_code = "CASE WHEN \"t_ydyh_code\" <> '' THEN \"t_ydyh_code\" ELSE \"t_ydyh_level1_code\" END"
    table_state = ("CASE WHEN \"t_dlbm\" IS NULL OR (\"t_needs_split\" = 'yes' AND \"t_split_level\" = '二级') "
                   "THEN 'undecided' ELSE 'converted' END")
    return (f"CASE {' '.join(codes)} ELSE {table_code} END", f"CASE {' '.join(states)} ELSE {table_state} END")


def convertbase_native(gpkg, tmp):
    """The Toolbox way: fix the parcels (Processing stops at the demo's bow-ties otherwise), join the
    conversion table on DLBM (native:joinattributestable, the CSV as a delimited-text layer), then the field
    calculator three times: YDYHFLDM and status (the rules as CASE expressions), area_m2 (area($geometry): $area
    rounds to about 1e-7 here); the last to a
    GeoPackage like Lantu's."""
    from qgis.core import QgsVectorLayer

    table = QgsVectorLayer(f"file://{os.path.join(ROOT, 'resources', 'tables', 'sandiao_to_ydyh.csv')}"
                           "?delimiter=,&detectTypes=no", "sandiao_to_ydyh", "delimitedtext")
    code, state = convertbase_expressions()
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    joined = _run("native:joinattributestable", {
        "INPUT": fixed, "FIELD": "DLBM", "INPUT_2": table, "FIELD_2": "dlbm", "METHOD": 1, "PREFIX": "t_",
        # in the table's column order: QGIS 3.22 names the copied fields in the order given but fills them in the
        # table's order (ydyh_level1_code given before needs_split received needs_split's values)
        "FIELDS_TO_COPY": ["dlbm", "ydyh_code", "needs_split", "split_level", "ydyh_level1_code"],
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    coded = _run("native:fieldcalculator", {"INPUT": joined, "FIELD_NAME": "YDYHFLDM", "FIELD_TYPE": 2, "FIELD_LENGTH": 10,
                                            "FORMULA": code, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    stated = _run("native:fieldcalculator", {"INPUT": coded, "FIELD_NAME": "status", "FIELD_TYPE": 2, "FIELD_LENGTH": 20,
                                             "FORMULA": state, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = os.path.join(tmp, "base.gpkg")
    return _run("native:fieldcalculator", {"INPUT": stated, "FIELD_NAME": "area_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
                                           "FIELD_PRECISION": 6, "FORMULA": "area($geometry)", "OUTPUT": out})["OUTPUT"]


def convertbase_totals(side, path):
    """Area and count per (status, YDYHFLDM), and the total: both sides' parcels, read back from their file."""
    totals = {}
    for code, status, area in _table_rows(path.split("|")[0], ["YDYHFLDM", "status", "area_m2"]):
        key = f"{status}|{code or ''}"
        totals[key] = totals.get(key, 0.0) + area
        totals[f"count:{key}"] = totals.get(f"count:{key}", 0) + 1
        totals["total_m2"] = totals.get("total_m2", 0.0) + area
    return totals


BENCHES.append(Bench(
    "convertbase", convertbase_lantu, convertbase_native, convertbase_totals,
    "lantu:convertbase (dltb, built-in rules, CZCSXM, output GeoPackage) vs native:fixgeometries → "
    "native:joinattributestable (sandiao_to_ydyh.csv on DLBM) → native:fieldcalculator ×3 (YDYHFLDM and status by "
    "the rules as CASE expressions, area($geometry)) → GeoPackage; area and count per status and class compared"))

# comparelayers and resolveoverlaps (issue 20): their jobs in bench/layer_benches.py
import layer_benches  # noqa: E402 - beside this file

layer_benches.run = _run
BENCHES.append(Bench(
    "comparelayers", layer_benches.compare_lantu, layer_benches.compare_native, layer_benches.compare_totals,
    "lantu:comparelayers (dltb 三调 against ghyd 用地用海, level 1, MIN_AREA 0; pieces and matrix written) vs "
    "native:fixgeometries ×2 → native:intersection → native:refactorfields (一级 codes, area) → "
    "native:extractbyexpression (codes differ: the pieces) + qgis:statisticsbycategories (the matrix); matrix cells "
    "compared"))
BENCHES.append(Bench(
    "resolveoverlaps", layer_benches.resolve_lantu, layer_benches.resolve_native, layer_benches.resolve_totals,
    "lantu:resolveoverlaps (ERL > PBF > UDB; corrected 永久基本农田 and 城镇开发边界 written) vs native:fixgeometries ×3 → "
    "native:difference (PBF − ERL) → native:difference ×2 (UDB − ERL − corrected PBF); features kept and area per "
    "line compared"))

BENCHES.append(Bench(
    "classbuffers", layer_benches.buffers_lantu, layer_benches.buffers_native, layer_benches.buffers_totals,
    "the zones alone: lantu:classbuffers (dltb water parcels by DLBM: 河流水面 30 m, 水库水面 50 m, 坑塘水面 10 m, 沟渠 5 m; 5 "
    "segments per quarter circle, one zone per class) vs native:extractbyexpression → native:buffer (distance by class "
    "as a CASE expression, DISSOLVE: one zone in all); zone area compared",
    prepare=layer_benches.water_table))

BENCHES.append(Bench(
    "indicatorbreakdown", layer_benches.breakdown_lantu, layer_benches.breakdown_native, layer_benches.breakdown_totals,
    "lantu:indicatorbreakdown (villages grouped by CLUSTER; ghyd by the built-in class sets; 永久基本农田, 生态保护红线) vs "
    "per layer native:fixgeometries (→ native:dissolve for the lines) → native:intersection with the villages → "
    "native:refactorfields (indicator by the "
    "class-set table as a CASE expression, area) → qgis:statisticsbycategories; area per cluster and indicator compared"))

BENCHES.append(Bench(
    "sitecheck", layer_benches.sitecheck_lantu, layer_benches.sitecheck_native, layer_benches.sitecheck_totals,
    f"lantu:sitecheck ({layer_benches.SITES} made-up sites of 100–250 m squares over the 片区, the three lines, dltb; "
    "pieces and summary written, no roads) vs per line native:fixgeometries → native:intersection with the sites → "
    "native:dissolve by site, and native:extractbyexpression (01) → fixgeometries → native:intersection for cultivated "
    "land; area per site inside each line and on cultivated land compared",
    prepare=layer_benches.make_sites))

BENCHES.append(Bench(
    "consolidationpotential", lambda gpkg, tmp: layer_benches.potential_lantu(gpkg, tmp, slope_dem(gpkg)), None,
    layer_benches.potential_totals,
    "lantu:consolidationpotential (dltb, villages with POP, the synthetic 10 m DEM of slopefarmland). No native side: "
    "it runs slopefarmland, farmlandcontiguity and homesteadrelocation (each against its native chain above) and sums "
    "class areas per village; QGIS has no one chain for the table. Its figures are kept, not compared.",
    prepare=slope_dem))

# lifecircle (issue 19): its data and jobs in bench/life_circle_bench.py
import life_circle_bench  # noqa: E402 - beside this file, found on sys.path as this script's own folder

BENCHES.append(Bench(
    "lifecircle", life_circle_bench.lantu_job(_run), life_circle_bench.native_job, life_circle_bench.totals,
    f"lantu:lifecircle ({life_circle_bench.SETTLEMENTS:,} settlements, {life_circle_bench.FACILITIES} facilities of "
    f"{len(life_circle_bench.TYPES)} types, {life_circle_bench.SEGMENTS:,}-segment grid network, POP-weighted) vs "
    "QGIS's network analysis library (QgsVectorLayerDirector tie points, QgsGraphBuilder planar, one "
    "QgsGraphAnalyzer.dijkstra per type from a virtual vertex); covered settlements and distance sums per type "
    "compared; the size column is the demo's parcel count, which this data does not use",
    prepare=life_circle_bench.make_data))

import live_bench  # noqa: E402 - beside this file; the live check's bench (issue 18)

BENCHES.append(Bench(
    "livecheck", live_bench.live_lantu, live_bench.live_native, live_bench.live_totals,
    "边画边检: the live check on dltb (start, 100 single-feature edits, a paste of 1,000) vs the seeded edits and "
    "lantu:landuseconflicts once on the edited layer (one re-check as planners make it today); totals: conflict "
    "area per rule on the features edited"))

for _bench in BENCHES:
    _bench.floor = floor.JOBS.get(_bench.name)
BY_NAME = {b.name: b for b in BENCHES}


# --- the child: one job in a fresh QGIS ---------------------------------------------------------
def _vm(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def child(name, side, gpkg, out_json, profile=None):
    started = time.perf_counter()
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import qgis_headless

    app, plugin = qgis_headless.start()
    startup = time.perf_counter() - started
    rss_start = _vm("VmHWM")
    bench = BY_NAME[name]
    job = {"lantu": bench.lantu, "native": bench.native, "floor": bench.floor}.get(side)
    tmp = tempfile.mkdtemp(prefix=f"bench-{name}-{side}-")
    if bench.prepare:
        bench.prepare(gpkg)
    if side == "oracle":  # the floor's oracle, in a process of its own (its memory is not the floor's)
        floor.prepare(name, gpkg)
        with open(out_json, "w") as f:
            json.dump({"seconds": 0.0, "totals": {}}, f)
        os._exit(0)
    try:
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            t0 = time.perf_counter()
            result = profiler.runcall(job, gpkg, tmp)
            seconds = time.perf_counter() - t0
            profiler.dump_stats(profile)
        else:
            import resource

            before = resource.getrusage(resource.RUSAGE_SELF)
            t0 = time.perf_counter()
            result = job(gpkg, tmp)
            seconds = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_SELF)
            # processor time of every thread (user + system): on a shared host it moves far less than wall time
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        rss_job = _vm("VmHWM")
        totals = floor.totals(result) if side == "floor" else bench.totals(side, result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(out_json, "w") as f:
        json.dump({"seconds": seconds, "startup_s": startup, "rss_start_mb": rss_start,
                   "rss_job_mb": rss_job, "steps": STEPS, "totals": totals,
                   **({} if profile else {"cpu_s": round(cpu, 2)}),
                   "figures": dict(live_bench.FIGURES) if name == "livecheck" else {}}, f)
    os._exit(0)  # skip QGIS's slow, sometimes crashing tear-down


def run_child(name, side, gpkg, timeout, profile=None):
    """Run one job in a fresh interpreter: (record dict, error text or None)."""
    fd, out_json = tempfile.mkstemp(suffix=".json", prefix="bench-")
    os.close(fd)
    cmd = [sys.executable, os.path.abspath(__file__), "--child", name, side, gpkg, out_json]
    if profile:
        cmd += ["--profile-out", profile]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    load = os.getloadavg()[0]  # other work on the machine skews times: keep a trace of it
    t0 = time.perf_counter()
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = t0 + timeout
    status, usage, stopped = None, None, False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            stopped = True
            break
        time.sleep(0.2)
    proc.returncode = status
    wall = time.perf_counter() - t0
    record = {"process_s": wall, "peak_mb": usage.ru_maxrss / 1024.0, "load1": round(load, 2)}
    try:
        if stopped:
            return dict(record, stopped=True, seconds=wall), f"stopped after {timeout / 60:.0f} min"
        if os.path.getsize(out_json) == 0:
            log.seek(0)
            return record, f"exit status {status}:\n" + log.read()[-4000:]
        with open(out_json) as f:
            record.update(json.load(f))
        return record, None
    finally:
        os.remove(out_json)
        log.close()


# --- the parent ---------------------------------------------------------------------------------
def generator_digest():
    """sha1 of the demo-data generator: scripts/make_demo.py, then every file of its package
    scripts/demo_data/ in sorted order (each as relative path and content; bytecode caches left out)."""
    scripts = os.path.join(ROOT, "scripts")
    package = []
    for folder, dirs, names in os.walk(os.path.join(scripts, "demo_data")):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        package += [os.path.relpath(os.path.join(folder, name), scripts).replace(os.sep, "/")
                    for name in names if not name.endswith((".pyc", ".pyo"))]
    digest = hashlib.sha1()
    for rel in ["make_demo.py"] + sorted(package):
        digest.update(rel.encode() + b"\0")
        with open(os.path.join(scripts, rel), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def ensure_data(work, size, keep=False):
    folder = os.path.join(work, f"n{size}")
    gpkg = os.path.join(folder, "lantu_demo.gpkg")
    stamp = os.path.join(folder, "make_demo.sha1")
    generator = os.path.join(ROOT, "scripts", "make_demo.py")
    digest = generator_digest()
    if os.path.exists(gpkg):
        if not os.path.exists(stamp) or open(stamp).read().strip() == digest or keep:
            return gpkg
        print(f"[{size}] scripts/make_demo.py or scripts/demo_data/ changed since the data was made: regenerating "
              "(--keep-data to use the old data)", flush=True)
    print(f"[{size}] generating demo data in {folder} …", flush=True)
    t0 = time.perf_counter()
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    done = subprocess.run([sys.executable, generator, "--out", partial, "--parcels", str(size), "--no-dem"],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if done.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        if os.path.exists(gpkg):
            print(f"[{size}] make_demo.py failed (exit {done.returncode}): using the data made earlier", flush=True)
            return gpkg
        raise SystemExit(f"[{size}] make_demo.py failed (exit {done.returncode}) and there is no earlier data")
    with open(os.path.join(partial, "make_demo.sha1"), "w") as f:
        f.write(digest)
    shutil.rmtree(folder, ignore_errors=True)
    os.rename(partial, folder)
    print(f"[{size}] generated in {time.perf_counter() - t0:.0f} s", flush=True)
    return gpkg


def data_version(gpkg):
    stamp = os.path.join(os.path.dirname(gpkg), "make_demo.sha1")
    return open(stamp).read().strip()[:8] if os.path.exists(stamp) else "?"


def layer_count(gpkg, layer="dltb"):
    from osgeo import ogr

    dataset = ogr.Open(gpkg)  # keep the dataset alive while its layer is used (GDAL < 3.8 would crash)
    return dataset.GetLayerByName(layer).GetFeatureCount()


def compare(a, b):
    """(agree, max abs diff, max rel diff, keys only on one side, worst key as text)."""
    keys = set(a) | set(b)
    max_abs = max_rel = 0.0
    agree, worst, worst_rel = True, "", -1.0
    one_sided = sorted(k for k in keys if (k in a) != (k in b))
    for k in keys:
        x, y = float(a.get(k, 0.0)), float(b.get(k, 0.0))
        diff = abs(x - y)
        rel = diff / max(abs(x), abs(y)) if diff else 0.0
        max_abs, max_rel = max(max_abs, diff), max(max_rel, rel)
        agree = agree and (rel <= REL_TOL or diff <= ABS_TOL)
        if rel > worst_rel:
            worst, worst_rel = f"{k}: Lantu {x!r}, native {y!r}", rel
    return agree, max_abs, max_rel, one_sided, worst


def machine():
    info = {"nproc": os.cpu_count(), "python": platform.python_version()}
    with open("/proc/meminfo") as f:
        info["ram_gb"] = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    with open("/proc/cpuinfo") as f:
        info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    try:
        import numpy
        import shapely
        from osgeo import gdal
        from qgis.core import Qgis

        info.update(qgis=Qgis.QGIS_VERSION, gdal=gdal.__version__, geos_qgis=Qgis.geosVersion(),
                    shapely=shapely.__version__, geos_shapely=shapely.geos_version_string, numpy=numpy.__version__)
    except Exception as error:  # noqa: BLE001 - informative only
        info["versions"] = f"unavailable: {error}"
    return info


def fmt_s(record):
    if record is None:
        return "—"
    if record.get("stopped"):
        return f"> {record['seconds'] / 60:.0f} min (stopped)"
    if record.get("error"):
        return "failed"
    return f"{record['seconds']:.1f}"


def fmt_mb(record):
    if record is None or record.get("stopped") or record.get("error") or record.get("peak_mb") is None:
        return "—"
    return f"{record['peak_mb']:.0f}"


def render(results, path):
    info = results.get("machine", {})
    picture = os.path.join(os.path.dirname(os.path.abspath(path)), "growth.png")
    lines = ["# Lantu benchmarks", "",
             "Generated by `bench/run_bench.py` from bench/results.json (see bench/README.md); do not edit by hand: "
             "notes live in results.json (`notes`, `bench_notes`, `sections`).", "",
             f"Machine: {info.get('cpu', '?')}, {info.get('nproc', '?')} cores, {info.get('ram_gb', '?')} GB RAM; "
             f"QGIS {info.get('qgis', '?')}, GDAL {info.get('gdal', '?')}, GEOS {info.get('geos_qgis', '?')} (QGIS) / "
             f"{info.get('geos_shapely', '?')} (shapely {info.get('shapely', '?')}), numpy {info.get('numpy', '?')}, "
             f"Python {info.get('python', '?')}.", "",
             "**Noise.** The 2 cores are shared with other sessions' work (tests, data generation), so seconds move "
             "by up to 2× from run to run. Every row pairs its sides in the same run (one after the other), and the "
             "1-minute load average when each job started is recorded: read the ratios (native ÷ Lantu, Lantu ÷ "
             "floor) rather than the seconds.", "",
             "## Summary", "",
             "Each benchmark at its largest size. The floor (bench/floor.py) is the least work any correct method "
             "must do: read the layers once, repair the invalid polygons, index, one prepared GEOS predicate per "
             "candidate pair, and the GEOS intersection of only the pairs that need one (known ahead, untimed).", ""]
    lines += summary.table(results, BENCHES) + [""]
    if summary.plot(results, BENCHES, picture):
        lines += ["![time against parcels: Lantu, QGIS native, floor](growth.png)", ""]
    lines += ["Times are the job alone (QGIS start-up excluded; reading and writing included). Peak MB is the "
              "whole child process's peak RSS, QGIS start-up included (start-up alone: about "
              f"{results.get('startup_mb', 0):.0f} MB). Ratio = native s / Lantu s. Agreement: every key's total "
              f"(e.g. area per zone and class) equal to {REL_TOL:g} relative or {ABS_TOL:g} m² absolute; the largest "
              "differences are shown. 'data' is the make_demo.py version (sha1 prefix) that generated the input.", ""]
    for bench in BENCHES:
        rows = results.get("runs", {}).get(bench.name)
        if not rows:
            continue
        lines += [f"## {bench.name}", "", bench.what, "",
                  "| parcels | Lantu s | Lantu peak MB | native s | native peak MB | ratio | floor s | Lantu ÷ floor "
                  "| agreement | run on, data |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
        for size in sorted(rows, key=int):
            row = rows[size]
            lantu, native, low = row.get("lantu"), row.get("native"), row.get("floor")
            over = f"{lantu['seconds'] / low['seconds']:.1f}×" if summary._ok(lantu) and summary._ok(low) else "—"
            lines.append(f"| {int(row.get('features') or size):,} | {fmt_s(lantu)} | {fmt_mb(lantu)} | {fmt_s(native)} | "
                         f"{fmt_mb(native)} | {summary.ratio(lantu, native)} | {fmt_s(low)} | {over} | "
                         f"{row.get('agreement', '—')} | {row.get('date', '')}, make_demo {row.get('data', '?')} |")
        lines.append("")
        notes = [f"- {int(s):,}: {rows[s]['note']}" for s in sorted(rows, key=int) if rows[s].get("note")]
        for size in sorted(rows, key=int):
            cpu = {side: (rows[size].get(side) or {}).get("cpu_s") for side in ("lantu", "native")}
            if any(v is not None for v in cpu.values()):
                notes.append(f"- {int(size):,}, processor time (user + system, all threads, median): " +
                             ", ".join(f"{k} {v:.1f} s" for k, v in cpu.items() if v is not None))
            loads = {side: (rows[size].get(side) or {}).get("load1") for side in ("lantu", "native", "floor")}
            if any(v is not None for v in loads.values()):
                notes.append(f"- {int(size):,}, 1-min load average when each job started: " +
                             ", ".join(f"{k} {v:.1f}" for k, v in loads.items() if v is not None))
            runs = {side: (rows[size].get(side) or {}).get("all_seconds") or [] for side in ("lantu", "native")}
            if max(len(v) for v in runs.values()) > 1:  # --repeat: every run, and the ratio of each pair
                pairs = [f"{n / t:.1f}×" for t, n in zip(runs["lantu"], runs["native"]) if t]
                notes.append(f"- {int(size):,}, every run (median in the table): " + "; ".join(
                    f"{side} " + ", ".join(f"{t:.1f}" for t in v) + " s" for side, v in runs.items() if v)
                    + (f"; pair by pair {', '.join(pairs)}" if pairs else ""))
            if rows[size].get("worst"):
                notes.append(f"- {int(size):,}, largest relative difference: {rows[size]['worst']}")
            figures = (rows[size].get("lantu") or {}).get("figures")
            if figures:
                notes.append(f"- {int(size):,}, live check figures: " + ", ".join(
                    f"{k} {v:,.1f}" if isinstance(v, float) else f"{k} {v:,}" for k, v in figures.items()))
            for side in ("lantu", "native"):
                steps = (rows[size].get(side) or {}).get("steps") or []
                if len(steps) > 1:
                    notes.append(f"- {int(size):,}, {side} steps: " + ", ".join(f"{a} {t:.1f} s" for a, t in steps))
            figures = (rows[size].get("floor") or {}).get("figures")
            if figures:
                notes.append(f"- {int(size):,}, floor's own figures: " + ", ".join(
                    f"{k} {v:,.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))
        if notes:
            lines += notes + [""]
        lines += results.get("bench_notes", {}).get(bench.name, [])
        if results.get("bench_notes", {}).get(bench.name):
            lines.append("")
    for section in results.get("sections", []):
        lines += section + [""]
    extra = results.get("notes")
    if extra:
        lines += ["## Notes", ""] + [f"- {n}" for n in extra] + [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def load(path):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return {}


def save(results, path, md):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    if md:
        render(results, md)


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20000,100000", help="parcel counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per job (the median is kept)")
    parser.add_argument("--interleave", action="store_true",
                        help="with --repeat: alternate Lantu and native run by run instead of all of one side first")
    parser.add_argument("--work", default=os.path.join(HERE, "work"), help="cache for generated data and results.json")
    parser.add_argument("--only", default="", help="benchmarks to run, comma-separated (default: all)")
    parser.add_argument("--sides", default="lantu,native,floor",
                        help="which sides to run (floor: only benchmarks that have one, bench/floor.py)")
    parser.add_argument("--timeout", type=float, default=20, help="minutes before a job is stopped")
    parser.add_argument("--store", default=os.path.join(HERE, "results.json"),
                        help="the results kept between runs (committed: RESULTS.md and growth.png are made from it; "
                             "'' = --work/results.json)")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"), help="markdown to write ('' = none)")
    parser.add_argument("--keep-data", action="store_true",
                        help="use cached data even if make_demo.py or scripts/demo_data/ changed")
    parser.add_argument("--profile", action="store_true", help="run jobs under cProfile (prints the top entries; "
                                                                  "times are then not comparable)")
    parser.add_argument("--child", nargs=4, metavar=("NAME", "SIDE", "GPKG", "JSON"), help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, profile=args.profile_out)
        return 0

    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    store = args.store or os.path.join(work, "results.json")
    results = load(store)
    results["machine"] = machine()
    names = [n for n in args.only.split(",") if n] or [b.name for b in BENCHES]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {list(BY_NAME)}")
    wanted_sides = [s for s in args.sides.split(",") if s]
    failed = False
    for size in [int(s) for s in args.sizes.split(",") if s]:
        gpkg = ensure_data(work, size, args.keep_data)
        count = layer_count(gpkg)
        for name in names:
            bench = BY_NAME[name]
            sides = [s for s in wanted_sides if s != "floor" or bench.floor]
            row = results.setdefault("runs", {}).setdefault(name, {}).setdefault(str(size), {})
            row.update(date=datetime.date.today().isoformat(), features=count, data=data_version(gpkg))
            row.pop("note", None)
            row.pop("legacy", None)  # a row copied from the earlier RESULTS.md, now run again
            totals = {}
            runs, errors = {side: [] for side in sides}, {}
            # --interleave alternates the sides run by run, so a host whose load drifts weighs on both alike
            order = ([(i, side) for i in range(args.repeat) for side in sides] if args.interleave
                     else [(i, side) for side in sides for i in range(args.repeat)])
            for i, side in order:
                if side in errors or (side == "native" and bench.native is None):
                    continue
                profile = os.path.join(work, f"{name}-{side}-{size}.prof") if args.profile else None
                if side == "floor" and i == 0:
                    print(f"[{size}] {name}: the floor's oracle (untimed; cached beside the data) …", flush=True)
                    _, error = run_child(bench.name, "oracle", gpkg, args.timeout * 60)
                    if error:
                        print(f"[{size}] {name} oracle: {error}", flush=True)
                print(f"[{size}] {name} {side} run {i + 1}/{args.repeat} …", flush=True)
                record, error = run_child(bench.name, side, gpkg, args.timeout * 60, profile)
                if error:
                    record["error"] = error
                    print(f"[{size}] {name} {side}: {error}", flush=True)
                    runs[side], errors[side] = [record], error
                    continue
                print(f"[{size}] {name} {side}: {record['seconds']:.2f} s, peak {record['peak_mb']:.0f} MB "
                      f"(start-up {record['startup_s']:.1f} s, {record['rss_start_mb']:.0f} MB)", flush=True)
                if record.get("steps"):
                    print("    steps: " + ", ".join(f"{a} {t:.1f} s" for a, t in record["steps"]), flush=True)
                runs[side].append(record)
                if profile:
                    import pstats

                    pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
            for side in [s for s in sides if runs[s] or s in errors]:
                error = errors.get(side)
                if error:
                    best = runs[side][0]
                    row["note"] = (row.get("note", "") + f" {side}: {error.splitlines()[0][:200]}").strip()
                    failed = failed or not best.get("stopped")
                else:
                    best = dict(runs[side][0])
                    best["seconds"] = median([r["seconds"] for r in runs[side]])
                    best["peak_mb"] = max(r["peak_mb"] for r in runs[side])
                    best["all_seconds"] = [round(r["seconds"], 3) for r in runs[side]]
                    if all("cpu_s" in r for r in runs[side]):
                        best["cpu_s"] = median([r["cpu_s"] for r in runs[side]])
                    totals[side] = best.pop("totals")
                    if not args.profile:
                        with open(os.path.join(work, f"totals-{name}-{side}-{size}.json"), "w", encoding="utf-8") as f:
                            json.dump(totals[side], f, ensure_ascii=False, indent=0)
                    if side == "floor":  # its own figures, not compared (bench/floor.py)
                        best["figures"] = totals.pop(side)
                    results["startup_mb"] = best.get("rss_start_mb", 0)
                row[side] = best
                if not args.profile:  # profiled times are not comparable: keep them out
                    save(results, store, args.results)
            if "lantu" in totals and "native" in totals:
                agree, max_abs, max_rel, one_sided, worst = compare(totals["lantu"], totals["native"])
                row["agreement"] = (f"{'yes' if agree else 'NO'}: {len(totals['lantu'])} keys, max rel {max_rel:.1e}, "
                                    f"max abs {max_abs:.1e}")
                row["worst"] = worst
                if one_sided:
                    row["agreement"] += f", {len(one_sided)} keys on one side only"
                    row["note"] = (row.get("note", "") + " keys on one side only: " + ", ".join(one_sided[:8])).strip()
                print(f"[{size}] {name}: {len(totals['lantu'])} keys; agree={agree}; max abs diff {max_abs:.3e}, "
                      f"max rel diff {max_rel:.3e} ({worst})" + (f"; one-sided keys {one_sided[:8]}" if one_sided else ""),
                      flush=True)
                failed = failed or not agree
                if not args.profile:  # profiled times are not comparable: keep them out
                    save(results, store, args.results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
