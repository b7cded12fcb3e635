"""lantu:homesteadrelocation on a fixture whose settlements and surplus are known by construction,
and on Bayreuth's real buildings against QGIS's buffer + dissolve + singleparts."""
import os

import pytest
from conftest import run_algorithm
from layers import DATA, X0, Y0
from layers import box_wkt as box
from layers import wkt_layer as layer_of
from qgis.core import QgsProcessingException, QgsVectorLayer


def houses(x, y, count, size=20.0, step=30.0, per_row=5):
    """`count` square homesteads of `size` m, `step` m apart (so 10 m between neighbours)."""
    return [box(x + step * (k % per_row), y + step * (k // per_row), x + step * (k % per_row) + size,
                y + step * (k // per_row) + size) for k in range(count)]


def fixture(code="0702"):
    """Village 甲 (pop 1000) and 乙 (population unknown); five settlements known by construction:
    S1 甲 15 houses (6000 m²) keep; S2 甲 3 houses (1200 m²) scattered; S3 甲 12 houses of 25 m
    (7500 m²) in a hazard area; S4 乙 2 houses (800 m²) scattered and 600 m from the road;
    S5 乙 20 houses (8000 m²) keep."""
    rows = [(w, code) for w in houses(100, 100, 15)]
    rows += [(w, code) for w in houses(400, 100, 3)]
    rows += [(w, code) for w in houses(100, 500, 12, size=25.0, step=35.0)]
    rows += [(w, code) for w in houses(1500, 700, 2)]
    rows += [(w, code) for w in houses(1100, 100, 20)]
    rows += [(box(600, 600, 900, 900), "0101"), (box(1600, 300, 1900, 600), "0103")]  # fields, not homesteads
    land = layer_of("Polygon", "dltb", [("DLBM", "string")], rows)
    villages = layer_of("Polygon", "village", [("XZQMC", "string"), ("POP", "double")],
                        [(box(0, 0, 1000, 1000), "甲村", 1000.0), (box(1000, 0, 2000, 1000), "乙村", None)])
    hazard = layer_of("Polygon", "hazard", [], [(box(90, 490, 400, 700),)])
    roads = layer_of("LineString", "roads", [], [(f"LINESTRING({X0} {Y0 + 50},{X0 + 2000} {Y0 + 50})",)])
    return land, villages, hazard, roads


def summary_rows(result):
    layer = result["SUMMARY"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "s", "ogr")
    return {f["village"]: f for f in layer.getFeatures()}


def settlements(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "o", "ogr")
    return sorted((f["parcels"], round(f["area_m2"], 6), f["action"], f["reasons"], f["village"]) for f in layer.getFeatures())


@pytest.mark.parametrize("code, classification", [("0702", 2), ("0703", 1)])
def test_fixture_known_by_construction(lantu_processing, code, classification):
    land, villages, hazard, roads = fixture(code)
    result, log = run_algorithm("lantu:homesteadrelocation", {
        "LANDUSE": land, "CLASSIFICATION": classification, "MIN_SETTLEMENT_AREA": 5000, "MIN_SETTLEMENT_PARCELS": 10,
        "HAZARD": hazard, "ROADS": roads, "MAX_ROAD_DISTANCE": 500,
        "VILLAGES": villages, "VILLAGE_FIELD": "XZQMC", "POPULATION_FIELD": "POP",
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert settlements(result) == [
        (2, 800.0, "relocate", "small_area;few_parcels;far_from_road", "乙村"),
        (3, 1200.0, "relocate", "small_area;few_parcels", "甲村"),
        (12, 7500.0, "relocate", "hazard", "甲村"),
        (15, 6000.0, "keep", "", "甲村"),
        (20, 8000.0, "keep", "", "乙村")]
    rows = summary_rows(result)
    moved = 1000 * 8700 / 14700
    assert rows["甲村"]["relocate_m2"] == pytest.approx(8700)
    assert rows["甲村"]["relocate_pop"] == pytest.approx(moved)
    assert rows["甲村"]["resettle_m2"] == pytest.approx(moved * 50)
    assert rows["甲村"]["method"] == "per_capita"
    assert rows["乙村"]["resettle_m2"] == pytest.approx(800 * 0.38) and rows["乙村"]["method"] == "ratio"
    assert result["RELOCATE_AREA_M2"] == pytest.approx(9500)
    assert result["RESETTLE_AREA_M2"] == pytest.approx(moved * 50 + 304)
    assert result["SURPLUS_AREA_M2"] == pytest.approx(9500 - moved * 50 - 304)
    assert rows["甲村"]["surplus_ha"] == pytest.approx((8700 - moved * 50) / 10000)
    assert result["SETTLEMENT_COUNT"] == 5 and result["RELOCATE_COUNT"] == 3


def test_cluster_distance_and_thresholds(lantu_processing):
    land, *_ = fixture()
    # at 5 m no two houses join: 52 single-house settlements, all scattered
    result, _ = run_algorithm("lantu:homesteadrelocation", {
        "LANDUSE": land, "CLASSIFICATION": 2, "CLUSTER_DISTANCE": 5, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert result["SETTLEMENT_COUNT"] == 52 and result["RELOCATE_COUNT"] == 52
    assert result["RESETTLE_AREA_M2"] == pytest.approx(0.38 * result["RELOCATE_AREA_M2"])
    # with no minimum, nothing is relocated
    result, _ = run_algorithm("lantu:homesteadrelocation", {
        "LANDUSE": land, "CLASSIFICATION": 2, "MIN_SETTLEMENT_AREA": 0, "MIN_SETTLEMENT_PARCELS": 0,
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert result["RELOCATE_COUNT"] == 0 and result["SURPLUS_AREA_M2"] == 0


def test_constraints_take_several_layers(lantu_processing):
    land, villages, hazard, _ = fixture()
    red_line = layer_of("Polygon", "erl", [], [(box(1050, 50, 1300, 400),)])  # covers most of S5
    result, _ = run_algorithm("lantu:homesteadrelocation", {
        "LANDUSE": land, "CLASSIFICATION": 2, "MIN_SETTLEMENT_AREA": 5000, "CONSTRAINTS": [red_line, hazard], "OUTPUT": "memory:", "SUMMARY": "memory:"})
    reasons = {s[0]: s[3] for s in settlements(result)}
    assert reasons[20] == "constraint" and reasons[12] == "constraint" and reasons[15] == ""


def test_hazard_is_read_as_a_feature_source_so_a_selection_counts(lantu_processing):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    land, *_ = fixture()
    # one hazard area over S3 (12 houses), one over S1 (15 houses); only the first is selected
    hazard = layer_of("Polygon", "hazard", [], [(box(90, 490, 400, 700),), (box(90, 90, 260, 260),)])
    QgsProject.instance().addMapLayer(hazard)
    try:
        parameters = {"LANDUSE": land, "CLASSIFICATION": 2, "MIN_SETTLEMENT_AREA": 0, "OUTPUT": "memory:", "SUMMARY": "memory:"}
        whole, _ = run_algorithm("lantu:homesteadrelocation", {**parameters, "HAZARD": hazard})
        assert {s[0]: s[3] for s in settlements(whole)}[15] == "hazard"
        hazard.selectByIds([next(hazard.getFeatures()).id()])
        picked, _ = run_algorithm("lantu:homesteadrelocation", {
            **parameters, "HAZARD": QgsProcessingFeatureSourceDefinition(hazard.id(), True)})
        reasons = {s[0]: s[3] for s in settlements(picked)}
        assert reasons[12] == "hazard" and reasons[15] == ""
    finally:
        QgsProject.instance().removeMapLayer(hazard.id())


def test_road_distance_needs_roads(lantu_processing):
    land, *_ = fixture()
    with pytest.raises(QgsProcessingException, match="ROADS"):
        run_algorithm("lantu:homesteadrelocation", {"LANDUSE": land, "CLASSIFICATION": 2, "MAX_ROAD_DISTANCE": 100,
                                                    "OUTPUT": "memory:", "SUMMARY": "memory:"})


def test_bayreuth_buildings_against_native_buffer_dissolve(lantu_processing):
    """Real villages and hamlets: buildings as homesteads; settlements at 50 m = buffer 25 m, dissolve, singleparts."""
    import processing

    source = QgsVectorLayer(os.path.join(DATA, "osm-bayreuth", "north_bayreuth_osm.gpkg") + "|layername=buildings", "b", "ogr")
    land = layer_of("Polygon", "buildings", [("YDYHFLDM", "string")],
                    [(f.geometry().asWkt(), "0703") for f in source.getFeatures() if not f.geometry().isEmpty()],
                    crs="EPSG:25832")
    result, _ = run_algorithm("lantu:homesteadrelocation", {
        "LANDUSE": land, "CLASSIFICATION": 1, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    fixed = processing.run("native:fixgeometries", {"INPUT": land, "OUTPUT": "memory:"})["OUTPUT"]
    buffered = processing.run("native:buffer", {"INPUT": fixed, "DISTANCE": 25, "SEGMENTS": 16, "OUTPUT": "memory:"})["OUTPUT"]
    dissolved = processing.run("native:dissolve", {"INPUT": buffered, "OUTPUT": "memory:"})["OUTPUT"]
    parts = processing.run("native:multiparttosingleparts", {"INPUT": dissolved, "OUTPUT": "memory:"})["OUTPUT"]
    counted = processing.run("native:countpointsinpolygon", {
        "POLYGONS": parts, "POINTS": processing.run("native:pointonsurface", {"INPUT": fixed, "OUTPUT": "memory:"})["OUTPUT"],
        "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"]
    expected = sorted(int(f["n"]) for f in counted.getFeatures())
    assert result["SETTLEMENT_COUNT"] == len(expected) > 50
    assert sorted(s[0] for s in settlements(result)) == expected
    assert sum(expected) == fixed.featureCount()
