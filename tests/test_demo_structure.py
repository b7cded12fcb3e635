"""lantu:landusestructure on the bundled demo 片区, against QGIS's own overlay and sums."""
import csv
import os
from collections import defaultdict

import pytest
from conftest import DEMO_GPKG, ROOT, run_algorithm
from layers import area_table, rows_of

pytestmark = pytest.mark.skipif(not os.path.exists(DEMO_GPKG), reason="the demo data is not built")


def sandiao_level1():
    """三调 code -> 一级 class, read straight from the CSV (wetland codes sit under 00 湿地)."""
    with open(os.path.join(ROOT, "resources", "tables", "sandiao_dlbm.csv"), encoding="utf-8") as f:
        rows = {r["code"]: r for r in csv.DictReader(f)}

    def level1(code):
        while rows[code]["level"] not in ("1", ""):
            code = rows[code]["parent"]
        return code

    return {code: level1(code) for code, r in rows.items() if r["level"] in ("1", "2", "3")}


def test_demo_by_township_against_native_intersection(lantu_processing):
    import processing

    dltb, township = f"{DEMO_GPKG}|layername=dltb", f"{DEMO_GPKG}|layername=township"
    result, log = run_algorithm("lantu:landusestructure", {
        "LANDUSE": dltb, "LEVEL": 1, "ZONES": township, "ZONE_FIELD": "XZQMC", "OUTPUT": "memory:"})
    fixed = processing.run("native:fixgeometries", {"INPUT": dltb, "OUTPUT": "memory:"},
                           context=_no_validity_check())["OUTPUT"]
    pieces = processing.run("native:intersection", {
        "INPUT": fixed, "OVERLAY": township, "INPUT_FIELDS": ["DLBM"], "OVERLAY_FIELDS": ["XZQMC"],
        "OUTPUT": "memory:"}, context=_no_validity_check())["OUTPUT"]
    level1 = sandiao_level1()
    expected = defaultdict(float)
    for feature in pieces.getFeatures():
        expected[(feature["XZQMC"], level1[feature["DLBM"]])] += feature.geometry().area()
    got = area_table(rows_of(result), "class")
    expected = {key: area for key, area in expected.items() if area > 0.01}  # float slivers on shared edges
    assert got.keys() == expected.keys()
    for key, area in expected.items():
        # the deliberately invalid demo parcels are repaired on both sides (make-valid)
        assert got[key] == pytest.approx(area, abs=1.0), key
    assert result["CLASSIFICATION_USED"] == "sandiao"


def test_demo_area_field_total_against_qgis_sum(lantu_processing):
    from qgis.core import QgsVectorLayer

    dltb = QgsVectorLayer(f"{DEMO_GPKG}|layername=dltb", "dltb", "ogr")
    expected = sum(f["TBDLMJ"] for f in dltb.getFeatures())
    result, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": dltb, "AREA_FIELD": "TBDLMJ", "OUTPUT": "memory:"})
    assert result["TOTAL_AREA_M2"] == pytest.approx(expected, rel=1e-12)


def test_demo_planned_layer_is_detected_as_ydyh(lantu_processing):
    result, log = run_algorithm("lantu:landusestructure", {
        "LANDUSE": f"{DEMO_GPKG}|layername=ghyd", "LEVEL": 2, "OUTPUT": "memory:"})
    assert result["CLASSIFICATION_USED"] == "ydyh2023"
    rows = rows_of(result)
    assert not [r for r in rows if r["kind"] == "unknown"]


def _no_validity_check():
    from qgis.core import QgsFeatureRequest, QgsProcessingContext

    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    return context
