"""lantu:landusestructure against hand-computed fixtures and independent QGIS computations."""
import os
from collections import defaultdict

import pytest
from conftest import SHARED_DATA, run_algorithm
from layers import PARCELS, ZONES, area_table, memory_layer, rows_of, to_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)


@pytest.fixture(params=["memory", "gpkg"])
def fixture_layers(request, tmp_path):
    land = memory_layer("dltb", [("DLBM", "string"), ("DLMC", "string"), ("TBDLMJ", "double")], PARCELS)
    zones = memory_layer("township", [("XZQMC", "string")], ZONES)
    if request.param == "gpkg":  # the bulk (Arrow) read path
        land = to_gpkg(land, tmp_path / "fixture.gpkg")
        zones = to_gpkg(zones, tmp_path / "fixture_zones.gpkg")
    return land, zones


def test_hand_fixture_level1_by_zone(lantu_processing, fixture_layers):
    land, zones = fixture_layers
    result, log = run_algorithm("lantu:landusestructure", {
        "LANDUSE": land, "ZONES": zones, "ZONE_FIELD": "XZQMC", "LEVEL": 1, "OUTPUT": "memory:"})
    rows = rows_of(result)
    got = area_table(rows)
    outside = [r["zone"] for r in rows if r["code"] == "10"][0]
    assert got == pytest.approx({
        ("甲镇", "01"): 700_000, ("甲镇", "07"): 300_000, ("甲镇", ""): 1_000_000,
        ("乙乡", "01"): 200_000, ("乙乡", "05"): 500_000, ("乙乡", "07"): 300_000, ("乙乡", ""): 1_000_000,
        (outside, "10"): 10_000, (outside, ""): 10_000}, rel=1e-12)
    assert result["TOTAL_AREA_M2"] == pytest.approx(2_010_000, rel=1e-12)
    assert result["CLASSIFICATION_USED"] == "sandiao"
    assert "三调" in log.text()  # the detection and its evidence are in the log
    first = [r for r in rows if r["zone"] == "甲镇" and r["code"] == "01"][0]
    assert first["name"] == "耕地"
    assert first["area_ha"] == pytest.approx(70.0) and first["area_mu"] == pytest.approx(1050.0)
    assert first["share_pct"] == pytest.approx(70.0)


def test_hand_fixture_in_ydyh_classes(lantu_processing, fixture_layers):
    land, zones = fixture_layers
    result, log = run_algorithm("lantu:landusestructure", {
        "LANDUSE": land, "ZONES": zones, "ZONE_FIELD": "XZQMC", "LEVEL": 2, "REPORT_AS": 1, "OUTPUT": "memory:"})
    rows = rows_of(result)
    assert area_table(rows, "class") == pytest.approx({
        ("甲镇", "0101"): 500_000, ("甲镇", "0103"): 200_000, ("甲镇", "0703"): 300_000,
        ("乙乡", "0103"): 200_000, ("乙乡", "0703"): 300_000,
        (rows[-1]["zone"], "0601"): 10_000}, rel=1e-12)
    # 05H1 splits one-to-many at 二级: flagged under its 一级 class 09, not guessed
    undecided = [r for r in rows if r["kind"] == "undecided"]
    assert [(r["zone"], r["code"], r["area_m2"]) for r in undecided] == [("乙乡", "09", pytest.approx(500_000))]
    assert "05H1" in log.text()
    assert result["CLASSIFICATION_USED"] == "ydyh2023"


def test_area_field_is_shared_out_by_zone(lantu_processing, fixture_layers):
    land, zones = fixture_layers
    result, _ = run_algorithm("lantu:landusestructure", {
        "LANDUSE": land, "ZONES": zones, "ZONE_FIELD": "XZQMC", "AREA_FIELD": "TBDLMJ", "OUTPUT": "memory:"})
    got = area_table(rows_of(result))
    assert got[("甲镇", "01")] == pytest.approx(450_000 + 0.9 * 200_000)
    assert got[("乙乡", "05")] == pytest.approx(450_000)
    assert result["TOTAL_AREA_M2"] == pytest.approx(sum(p[3] for p in PARCELS))


def test_ellipsoidal_area_matches_qgis_distance_area(lantu_processing, fixture_layers):
    land, _ = fixture_layers
    result, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "AREA_METHOD": 1, "OUTPUT": "memory:"})
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4523"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7019")  # GRS80; CGCS2000's ellipsoid differs in the 10th digit of flattening
    expected = sum(measure.measureArea(f.geometry()) for f in land.getFeatures())
    assert result["TOTAL_AREA_M2"] == pytest.approx(expected, rel=1e-6)
    # On the central meridian the Gauss-Krüger scale is 1 but the ellipsoid's curvature still shows
    assert result["TOTAL_AREA_M2"] != pytest.approx(2_010_000, rel=1e-9)


def test_zones_in_another_crs_give_the_same_table(lantu_processing, fixture_layers):
    land, zones = fixture_layers
    moved = memory_layer("township", [("XZQMC", "string")], [], crs="EPSG:4544")  # same meridian, no zone prefix
    features = []
    for feature in zones.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.translate(-35_000_000, 0)
        copy = QgsFeature(moved.fields())
        copy.setGeometry(geometry)
        copy.setAttributes([feature["XZQMC"]])
        features.append(copy)
    moved.dataProvider().addFeatures(features)
    same, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "ZONES": zones, "ZONE_FIELD": "XZQMC", "OUTPUT": "memory:"})
    other, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "ZONES": moved, "ZONE_FIELD": "XZQMC", "OUTPUT": "memory:"})
    a, b = area_table(rows_of(same)), area_table(rows_of(other))
    assert a.keys() == b.keys()
    for key in a:
        assert b[key] == pytest.approx(a[key], rel=1e-9, abs=1e-3)


def test_report_is_written(lantu_processing, fixture_layers, tmp_path):
    land, zones = fixture_layers
    report = tmp_path / "结构表.html"
    result, _ = run_algorithm("lantu:landusestructure", {
        "LANDUSE": land, "ZONES": zones, "ZONE_FIELD": "XZQMC", "OUTPUT": "memory:", "REPORT": str(report)})
    text = report.read_text(encoding="utf-8")
    assert "甲镇" in text and "乙乡" in text and "700,000.00" in text


def test_xlsx_and_csv_outputs(lantu_processing, fixture_layers, tmp_path):
    land, zones = fixture_layers
    for name in ("table.xlsx", "table.csv"):
        path = tmp_path / name
        run_algorithm("lantu:landusestructure", {"LANDUSE": land, "ZONES": zones, "ZONE_FIELD": "XZQMC", "OUTPUT": str(path)})
        written = QgsVectorLayer(str(path), "t", "ogr")
        assert written.isValid() and written.featureCount() == 9
        assert "area_mu" in written.fields().names()


# --- real data --------------------------------------------------------------------------------
SWELLENDAM = os.path.join(SHARED_DATA, "swellendam", "swellendam.gpkg")
CODE_EXPRESSION = ("CASE WHEN \"AG_CAD_ID\" % 4 = 0 THEN '0101' WHEN \"AG_CAD_ID\" % 4 = 1 THEN '0103' "
                   "WHEN \"AG_CAD_ID\" % 4 = 2 THEN '0301' ELSE '0404' END")


@pytest.mark.skipif(not os.path.exists(SWELLENDAM), reason="shared/data is not beside the checkout")
def test_swellendam_real_parcels(lantu_processing, tmp_path):
    """2008 real cadastral parcels, 16 of them self-intersecting, against QGIS's own fix + area sums."""
    import processing

    coded = processing.run("native:fieldcalculator", {
        "INPUT": f"{SWELLENDAM}|layername=farm_parcels", "FIELD_NAME": "DLBM", "FIELD_TYPE": 2, "FIELD_LENGTH": 10,
        "FORMULA": CODE_EXPRESSION, "OUTPUT": str(tmp_path / "coded.gpkg")}, context=_no_validity_check())["OUTPUT"]
    result, log = run_algorithm("lantu:landusestructure", {
        "LANDUSE": coded, "CODE_FIELD": "DLBM", "CLASSIFICATION": 2, "LEVEL": 2, "OUTPUT": "memory:"})
    assert result["REPAIRED_COUNT"] == 16
    fixed = processing.run("native:fixgeometries", {"INPUT": coded, "OUTPUT": "memory:"})["OUTPUT"]
    expected = defaultdict(float)
    for feature in fixed.getFeatures():
        expected[feature["DLBM"]] += feature.geometry().area()
    got = {code: area for (_, code), area in area_table(rows_of(result), "class").items()}
    assert got.keys() == expected.keys()
    for code in expected:
        assert got[code] == pytest.approx(expected[code], rel=1e-9)


def _no_validity_check():
    from qgis.core import QgsFeatureRequest, QgsProcessingContext

    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    return context


def test_unsaved_edits_and_selections_are_honoured(lantu_processing, tmp_path):
    """The bulk read must not bypass what QGIS shows: the edit buffer and 'selected features only'."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    land = to_gpkg(memory_layer("dltb", [("DLBM", "string"), ("DLMC", "string"), ("TBDLMJ", "double")], PARCELS),
                   tmp_path / "edit.gpkg")
    QgsProject.instance().addMapLayer(land)
    try:
        land.startEditing()
        first = next(land.getFeatures())
        land.changeAttributeValue(first.id(), land.fields().indexOf("DLBM"), "0301")
        result, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "OUTPUT": "memory:"})
        assert area_table(rows_of(result))[("All", "03")] == pytest.approx(500_000)
        land.rollBack()

        land.selectByIds([first.id()])
        selected = QgsProcessingFeatureSourceDefinition(land.id(), True)
        result, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": selected, "OUTPUT": "memory:"})
        assert result["TOTAL_AREA_M2"] == pytest.approx(500_000)
    finally:
        QgsProject.instance().removeMapLayer(land.id())
