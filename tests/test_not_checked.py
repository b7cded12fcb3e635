"""Issue 14: a check that could not look says "not checked", never a better verdict or a 0. A layer given but
empty, or lying wholly apart from what it is checked against (a wrong CRS label, the wrong layer), is told,
and what depends on it is marked not checked: sitecheck's verdict, indicatorbreakdown's line figures and
targets, landuseconflicts' rules."""
import pytest
from conftest import run_algorithm
from layers import box, memory_layer, rows_of

LINE = [("NAME", "string")]


def null(value):
    from qgis.core import NULL

    return value is None or value == NULL
FAR = 30_000  # m: a layer 30 km away from the sites, as a wrong false easting or the wrong layer puts it


def site_summary(**parameters):
    parameters.update({"OUTPUT": "memory:", "SUMMARY": "memory:"})
    result, log = run_algorithm("lantu:sitecheck", parameters)
    return {f["site_id"]: dict(zip(f.fields().names(), f.attributes())) for f in result["SUMMARY"].getFeatures()}, log


def sites():
    return memory_layer("xmyd", [("XMBH", "string")], [(box(0, 0, 100, 100), "S1"), (box(300, 0, 400, 100), "S2")])


def test_sitecheck_line_layer_that_misses_the_sites_is_not_checked(lantu_processing):
    """S1 lies on permanent farmland (不可行 when the farmland layer is where it should be) and outside the urban
    boundary (需调整); with the farmland layer 30 km off, S1 must not come out 需调整, nor 可行."""
    udb = memory_layer("czkfbj", LINE, [(box(200, 0, 500, 100), "城镇")])  # S2 inside, S1 outside
    pbf_here = memory_layer("yjjbnt", LINE, [(box(0, 0, 100, 100), "农田")])
    pbf_far = memory_layer("yjjbnt", LINE, [(box(FAR, 0, FAR + 100, 100), "农田")])
    truth, _ = site_summary(SITE=sites(), SITE_ID_FIELD="XMBH", PERMANENT_FARMLAND=pbf_here, URBAN_BOUNDARY=udb)
    assert truth["S1"]["verdict"] == "不可行"
    got, log = site_summary(SITE=sites(), SITE_ID_FIELD="XMBH", PERMANENT_FARMLAND=pbf_far, URBAN_BOUNDARY=udb)
    assert got["S1"]["verdict"] == "未核查" and got["S2"]["verdict"] == "未核查"  # S2 would be 可行: it cannot say so
    assert null(got["S1"]["pbf_m2"]) and got["S1"]["outside_udb_m2"] == pytest.approx(10_000)
    assert "not checked: SITE-PBF" in got["S1"]["reasons"] and "outside the urban development boundary" in got["S1"]["reasons"]
    warnings = [m for kind, m in log.messages if kind == "warning"]
    assert any("yjjbnt" in m and "apart from the sites" in m for m in warnings), log.text()
    # a site 不可行 for a rule that was checked stays 不可行: nothing unchecked can make it worse
    erl = memory_layer("stbhhx", LINE, [(box(0, 0, 50, 100), "红线")])
    got, _ = site_summary(SITE=sites(), SITE_ID_FIELD="XMBH", PERMANENT_FARMLAND=pbf_far, ECO_REDLINE=erl, URBAN_BOUNDARY=udb)
    assert got["S1"]["verdict"] == "不可行"


def test_sitecheck_empty_layers_are_not_checked(lantu_processing):
    empty = memory_layer("stbhhx", LINE, [])
    land = memory_layer("dltb", [("DLBM", "string")], [])
    got, log = site_summary(SITE=sites(), SITE_ID_FIELD="XMBH", ECO_REDLINE=empty, LANDUSE=land, CODE_FIELD="DLBM",
                            CLASSIFICATION=2)
    assert {row["verdict"] for row in got.values()} == {"未核查"}
    assert null(got["S1"]["erl_m2"]) and null(got["S1"]["cultivated_m2"])
    assert any("stbhhx" in m and "no polygons" in m for kind, m in log.messages if kind == "warning"), log.text()


def test_breakdown_line_layer_empty_or_apart_is_not_checked(lantu_processing, tmp_path):
    clusters = memory_layer("pq", [("PQMC", "string")], [(box(0, 0, 1000, 1000), "东片")])
    planned = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 1000, 1000), "0103")])
    far = memory_layer("yjjbnt", LINE, [(box(FAR, 0, FAR + 500, 1000), "农田")])
    empty = memory_layer("stbhhx", LINE, [])
    targets = tmp_path / "targets.csv"
    targets.write_text("indicator,scope,value\n永久基本农田面积,合计,40\n耕地保有量,合计,90\n生态保护红线面积,东片,1\n",
                       encoding="utf-8")
    result, log = run_algorithm("lantu:indicatorbreakdown", {
        "CLUSTERS": clusters, "PLANNED": planned, "PERMANENT_FARMLAND": far, "ECO_REDLINE": empty,
        "TARGETS": str(targets), "OUTPUT": "memory:", "CHECK": "memory:"})
    rows = {r["cluster"]: r for r in rows_of(result)}
    assert null(rows["东片"]["permanent_farmland_ha"]) and null(rows["Total"]["eco_redline_ha"])
    assert rows["东片"]["farmland_ha"] == pytest.approx(100)
    check = {r["indicator"]: r for r in (dict(zip(f.fields().names(), f.attributes())) for f in result["CHECK"].getFeatures())}
    assert null(check["permanent_farmland"]["passed"]) and null(check["permanent_farmland"]["planned_ha"])
    assert check["permanent_farmland"]["status"] == "not_checked"
    assert check["farmland"]["passed"] == 1 and check["farmland"]["status"] == "met"
    assert result["FAILED_TARGETS"] == 0 and result["PERMANENT_FARMLAND_HA"] is None


def test_conflicts_inside_rules_on_an_empty_or_apart_line_are_not_checked(lantu_processing):
    land = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 100, 100), "0701")])
    far = memory_layer("stbhhx", LINE, [(box(FAR, 0, FAR + 100, 100), "红线")])
    result, log = run_algorithm("lantu:landuseconflicts", {"LANDUSE": land, "ECO_REDLINE": far, "OUTPUT": "memory:",
                                                           "SUMMARY": "memory:"})
    summary = {f["rule_id"]: f for f in result["SUMMARY"].getFeatures()}
    assert summary["ERL-01"]["status"].startswith("not checked") and summary["ERL-01"]["area_m2"] == 0
    assert any("stbhhx" in m and "apart" in m for kind, m in log.messages if kind == "warning"), log.text()


def test_empty_or_apart_zone_layers_are_not_checked(lantu_processing):
    """VILLAGES, ZONES, BOUNDARY, HAZARD, COMPARE_LANDUSE and a control line given but empty (or lying apart): told,
    and the figures that depend on them are empty or marked, not all-zero totals."""
    from qgis.core import QgsProcessingException

    land = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 40, 40), "0702"), (box(500, 0, 540, 40), "0702"),
                                                      (box(0, 100, 100, 200), "0103")])
    empty = memory_layer("village", [("XZQMC", "string"), ("POP", "double")], [])
    apart = memory_layer("village", [("XZQMC", "string"), ("POP", "double")], [(box(FAR, 0, FAR + 700, 300), "甲村", 800.0)])
    for villages in (empty, apart):
        result, log = run_algorithm("lantu:homesteadrelocation", {"LANDUSE": land, "VILLAGES": villages,
                                                                  "POPULATION_FIELD": "POP", "OUTPUT": "memory:",
                                                                  "SUMMARY": "memory:"})
        names = [f["village"] for f in result["SUMMARY"].getFeatures()]
        assert names == ["All (villages not checked)", "Total"], names
        with pytest.raises(QgsProcessingException, match="per village"):
            run_algorithm("lantu:consolidationpotential", {"LANDUSE": land, "VILLAGES": villages, "OUTPUT": "memory:"})
    hazard = memory_layer("hazard", LINE, [(box(FAR, 0, FAR + 40, 40), "滑坡")])
    result, log = run_algorithm("lantu:homesteadrelocation", {"LANDUSE": land, "HAZARD": hazard, "OUTPUT": "memory:",
                                                              "SUMMARY": "memory:"})
    assert {null(f["hazard_m2"]) for f in result["OUTPUT"].getFeatures()} == {True}
    # zones of a structure table that lie apart: no 'everything outside the zones' table
    result, log = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "ZONES": apart, "OUTPUT": "memory:"})
    assert {r["zone"] for r in rows_of(result)} == {"All"} and "not split by zone" in log.text()
    # a boundary with no polygons: gaps and parts outside are not checked, not every parcel outside
    boundary = memory_layer("boundary", LINE, [])
    result, _ = run_algorithm("lantu:checklanduse", {"LANDUSE": land, "CODE_FIELD": "DLBM", "CLASSIFICATION": 2,
                                                     "BOUNDARY": boundary, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    status = {f["check_id"]: f["status"] for f in result["SUMMARY"].getFeatures()}
    assert status["outside_boundary"].startswith("not checked") and status["gap"].startswith("not checked")
    # a compared layer that lies apart: no change to 0 parcels
    result, _ = run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": land, "COMPARE_LANDUSE": memory_layer(
        "ghyd", [("DLBM", "string")], [(box(FAR, 0, FAR + 100, 100), "0103")]), "OUTPUT": "memory:"})
    assert result["PARCEL_COUNT_CHANGE_PCT"] is None and result["PARCEL_COUNT"] == 1
    # two lines, one of them empty: their overlap is unknown, not 0
    pbf = memory_layer("pbf", LINE, [(box(0, 0, 100, 100), "农田")])
    result, _ = run_algorithm("lantu:controllineoverlaps", {"PERMANENT_FARMLAND": pbf, "ECO_REDLINE": memory_layer(
        "erl", LINE, []), "OUTPUT": "memory:"})
    assert result["PBF_ERL_M2"] is None


def test_consolidation_steep_land_not_computed_is_empty_not_zero(lantu_processing, tmp_path):
    """The slope child fails (an RGB image given as the DEM): steep_ha is empty, not 0 公顷, and the potential
    is the other parts."""
    import numpy as np
    from layers import X0, Y0
    from osgeo import gdal, osr

    path = str(tmp_path / "photo.tif")
    image = gdal.GetDriverByName("GTiff").Create(path, 60, 30, 3, gdal.GDT_Byte)
    image.SetGeoTransform((X0 - 50, 10, 0, Y0 + 250, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    image.SetProjection(srs.ExportToWkt())
    for band in range(1, 4):
        image.GetRasterBand(band).WriteArray(np.full((30, 60), 100 * band, dtype=np.uint8))
    image = None
    land = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 40, 40), "0702"), (box(0, 100, 100, 200), "0103"),
                                                      (box(100, 100, 200, 200), "0602")])
    villages = memory_layer("village", [("XZQMC", "string")], [(box(-10, -10, 500, 300), "甲村")])
    result, log = run_algorithm("lantu:consolidationpotential", {"LANDUSE": land, "VILLAGES": villages, "DEM": path,
                                                                 "OUTPUT": "memory:"})
    row = rows_of(result)[0]
    assert null(row["steep_ha"]) and null(row["cultivated_ha"]) and result["STEEP_AREA_M2"] is None
    assert row["mining_ha"] == pytest.approx(1.0) and row["potential_ha"] == pytest.approx(row["relocate_ha"] + 1.0)
    assert "not counted" in log.text()


def test_encroachment_check_layer_empty_or_apart_is_not_checked(lantu_processing, tmp_path):
    from layers import X0, Y0
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    roads = QgsVectorLayer("LineString?crs=EPSG:4523&field=GRADE:string", "roads", "memory")
    feature = QgsFeature(roads.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0} {Y0}, {X0 + 500} {Y0})"))
    feature.setAttributes(["县道"])
    roads.dataProvider().addFeatures([feature])
    for buildings in (memory_layer("jzw", LINE, []), memory_layer("jzw", LINE, [(box(FAR, 0, FAR + 10, 10), "房")])):
        result, log = run_algorithm("lantu:roadcontrollines", {"ROADS": roads, "GRADE_FIELD": "GRADE", "CHECK_LAYER": buildings, "OUTPUT": "memory:",
                                                               "REPORT": str(tmp_path / "roads.html")})
        assert result["ENCROACHMENT_COUNT"] is None and result["ENCROACHMENT_AREA_M2"] is None
        assert "not checked" in (tmp_path / "roads.html").read_text(encoding="utf-8")
