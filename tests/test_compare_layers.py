"""lantu:comparelayers (多规比对 / 版本比对): a hand-built pair of versions, the demo plan against an edited
copy made by QGIS's field calculator, and 三调 against 用地用海, against native:intersection."""
import json
import os

import pytest
from conftest import DEMO_GPKG, run_algorithm
from layers import box, memory_layer


def demo(layer):
    return f"{DEMO_GPKG}|layername={layer}"


def native(algorithm, **parameters):
    import processing

    parameters.setdefault("OUTPUT", "memory:")
    return processing.run(algorithm, parameters)["OUTPUT"]


def run(a, b, **parameters):
    parameters = {"LAYER_A": a, "LAYER_B": b, "OUTPUT": "memory:", "MATRIX": "memory:", **parameters}
    result, feedback = run_algorithm("lantu:comparelayers", parameters)
    pieces = [dict(zip(f.fields().names(), f.attributes())) for f in result["OUTPUT"].getFeatures()]
    cells = {(f["code_a"], f["code_b"]): f["area_m2"] for f in result["MATRIX"].getFeatures()}
    return result, pieces, cells


FIELDS = [("YDYHFLDM", "string")]


def test_hand_built_versions(lantu_processing, tmp_path):
    a = memory_layer("v1", FIELDS, [[box(0, 0, 100, 100), "0101"], [box(100, 0, 200, 100), "0301"],
                                    [box(200, 0, 300, 100), "0701"]])
    b = memory_layer("v2", FIELDS, [[box(0, 0, 60, 100), "0101"], [box(60, 0, 200, 100), "0301"],  # 40 m strip 0101 → 0301
                                    [box(200, 0, 300, 99.995), "070101"],  # same 二级 class; a 0.5 m² strip left uncovered
                                    [box(300, 0, 310, 100), "1207"]])  # only in B
    result, pieces, cells = run(a, b, LEVEL=2, MIN_AREA=1.0, REPORT=str(tmp_path / "比对.html"))
    # a NULL code is ground only the other layer covers
    assert sorted((p["code_a"] or "", p["code_b"] or "", round(p["area_m2"], 3)) for p in pieces) == [
        ("", "1207", 1000.0), ("0101", "0301", 4000.0)]
    assert result["CHANGED_AREA_M2"] == pytest.approx(5000.0) and result["CHANGED_COUNT"] == 2
    assert cells[("0101", "0101")] == pytest.approx(6000) and cells[("0301", "0301")] == pytest.approx(10000)
    assert cells[("0701", "0701")] == pytest.approx(9999.5) and ("0701", None) not in cells  # 0.5 m² < MIN_AREA
    result, pieces, _ = run(a, b, LEVEL=2, MIN_AREA=0.0)
    assert result["CHANGED_COUNT"] == 3 and result["CHANGED_AREA_M2"] == pytest.approx(5000.5)
    page = (tmp_path / "比对.html").read_text(encoding="utf-8")
    assert "0301" in page and "1207" in page


def test_demo_plan_against_an_edited_version(lantu_processing):
    # version 2: every 0101 parcel of the plan becomes 0103, by QGIS's own field calculator
    edited = native("native:fieldcalculator", INPUT=demo("ghyd"), FIELD_NAME="YDYHFLDM", FIELD_TYPE=2, FIELD_LENGTH=10,
                    FORMULA="CASE WHEN \"YDYHFLDM\" = '0101' THEN '0103' ELSE \"YDYHFLDM\" END")
    result, pieces, cells = run(demo("ghyd"), edited, CODE_FIELD_A="YDYHFLDM", CODE_FIELD_B="YDYHFLDM", LEVEL=2, MIN_AREA=1.0)
    fixed = native("native:fixgeometries", INPUT=demo("ghyd"))
    paddy = sum(f.geometry().area() for f in fixed.getFeatures() if f["YDYHFLDM"] == "0101")
    assert paddy > 0
    assert {(p["code_a"], p["code_b"]) for p in pieces} == {("0101", "0103")}
    assert result["CHANGED_AREA_M2"] == pytest.approx(paddy, rel=1e-6)
    # the matrix holds all ground of the plan: native:intersection of the two versions, summed
    both = native("native:intersection", INPUT=fixed, OVERLAY=native("native:fixgeometries", INPUT=edited))
    assert sum(cells.values()) == pytest.approx(sum(f.geometry().area() for f in both.getFeatures()), rel=1e-6)


def test_current_against_plan_in_two_classifications(lantu_processing):
    result, pieces, cells = run(demo("dltb"), demo("ghyd"), CODE_FIELD_A="DLBM", CODE_FIELD_B="YDYHFLDM", LEVEL=1)
    assert result["CHANGED_AREA_M2"] > 0
    # 三调 0101 水田 is 用地用海 01 耕地: rows of the matrix are 用地用海 classes
    assert any(a == "01" for a, _ in cells) and not any(a == "0101" for a, _ in cells)
    assert all(p["code_a"] != p["code_b"] for p in pieces)


def test_a_difference_that_geos_returns_invalid(lantu_processing):
    """A parcel of the 100k generated demo and the three planned polygons it meets: taking the pieces off the parcel
    one by one, GEOS 3.11 returned a self-intersecting remainder, and the next difference stopped the algorithm
    ('Input geom 0 is invalid'). Expected cells from plain shapely, in one go, with the matrix's noise rule (cells under
    0.01 m² are no change: the parcel meets two of the polygons by 1e-6 m² only, along their shared edges)."""
    import shapely

    with open(os.path.join(os.path.dirname(__file__), "cases", "compare_invalid_difference.json"), encoding="utf-8") as f:
        case = json.load(f)
    a = memory_layer("dltb", [("DLBM", "string")], [case["a"]], case["crs"])
    b = memory_layer("ghyd", FIELDS, case["b"], case["crs"])
    result, _pieces, cells = run(a, b, CODE_FIELD_A="DLBM", CODE_FIELD_B="YDYHFLDM", LEVEL=1, MIN_AREA=0.0)
    parcel = shapely.from_wkt(case["a"][0])
    planned = [(shapely.from_wkt(w), code[:2]) for w, code in case["b"]]
    expected = {}
    for geom, code in planned:
        expected[("07", code)] = expected.get(("07", code), 0.0) + shapely.intersection(parcel, geom).area
    expected = {k: v for k, v in expected.items() if v >= 0.01}
    assert len(expected) == 1  # the parcel lies in one planned polygon, all but float noise
    left = shapely.difference(parcel, shapely.union_all([g for g, _ in planned])).area
    both = {k: v for k, v in cells.items() if None not in k}  # the planned polygons reach beyond the parcel: (None, b)
    assert both == pytest.approx(expected, rel=1e-9)
    assert cells.get(("07", None), 0.0) == pytest.approx(left, abs=1e-6)


def test_a_remainder_with_a_line_that_geos_cannot_node(lantu_processing):
    """A planned road polygon of the 100k generated demo and the 46 parcels it meets: taking the pieces off the
    planned polygon, GEOS 3.11 returned polygons and a line, and the next difference failed ('found non-noded
    intersection'). Expected from plain shapely: the column of 12 holds the planned polygon's area inside the
    parcels, class by class through the conversion table, and (None, 12) what no parcel covers."""
    import csv

    import shapely

    with open(os.path.join(os.path.dirname(__file__), "cases", "compare_non_noded.json"), encoding="utf-8") as f:
        case = json.load(f)
    with open(os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "tables", "sandiao_to_ydyh.csv"),
              encoding="utf-8") as f:
        level1 = {r["dlbm"]: r["ydyh_level1_code"] for r in csv.DictReader(f)}
    a = memory_layer("dltb", [("DLBM", "string")], case["current"], case["crs"])
    b = memory_layer("ghyd", FIELDS, [case["planned"]], case["crs"])
    result, _pieces, cells = run(a, b, CODE_FIELD_A="DLBM", CODE_FIELD_B="YDYHFLDM", LEVEL=1, MIN_AREA=0.0)
    road = shapely.from_wkt(case["planned"][0])
    parcels = [(shapely.from_wkt(w), level1[code]) for w, code in case["current"]]
    expected = {}
    for geom, code in parcels:
        expected[(code, "12")] = expected.get((code, "12"), 0.0) + shapely.intersection(geom, road).area
    expected = {k: v for k, v in expected.items() if v >= 0.01}  # the matrix's noise rule
    got = {k: v for k, v in cells.items() if k[1] == "12" and k[0] is not None}
    assert got.keys() == expected.keys()
    for key, area in expected.items():
        assert got[key] == pytest.approx(area, rel=1e-6, abs=1e-3), key
    uncovered = shapely.difference(road, shapely.union_all([g for g, _ in parcels])).area
    assert cells.get((None, "12"), 0.0) == pytest.approx(uncovered, abs=1e-3)
