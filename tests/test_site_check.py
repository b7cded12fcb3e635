"""lantu:sitecheck (项目选址与用地预审): areas against QGIS's native:intersection on the demo, verdicts
on hand-built sites, the report pages and bad rule tables."""
import os

import pytest
from conftest import DEMO_GPKG, ROOT, run_algorithm
from layers import X0, Y0, box, memory_layer
from qgis.core import QgsGeometry, QgsProcessingException, QgsProperty, QgsVectorLayer

SITES = os.path.join(ROOT, "resources", "demo", "sites.gpkg") + "|layername=xmyd"


def demo(layer):
    return f"{DEMO_GPKG}|layername={layer}"


def native(algorithm, **parameters):
    import processing

    parameters.setdefault("OUTPUT", "memory:")
    return processing.run(algorithm, parameters)["OUTPUT"]


def native_areas_by(sites, overlay, *keys):
    """{(site, key…): area} of native:intersection(sites, overlay) (overlay fixed first)."""
    pieces = native("native:intersection", INPUT=sites, OVERLAY=native("native:fixgeometries", INPUT=overlay))
    out = {}
    for f in pieces.getFeatures():
        key = tuple(f[k] for k in ("XMBH",) + keys)
        out[key] = out.get(key, 0.0) + f.geometry().area()
    return out


def run(**parameters):
    parameters.setdefault("OUTPUT", "memory:")
    parameters.setdefault("SUMMARY", "memory:")
    result, feedback = run_algorithm("lantu:sitecheck", parameters)
    summary = {f["site_id"]: dict(zip(f.fields().names(), f.attributes())) for f in result["SUMMARY"].getFeatures()}
    pieces = [dict(zip(f.fields().names(), f.attributes())) for f in result["OUTPUT"].getFeatures()]
    return result, summary, pieces, feedback


def test_demo_site_areas_equal_native_intersection(lantu_processing, tmp_path):
    result, summary, pieces, _ = run(
        SITE=SITES, SITE_ID_FIELD="XMBH", PERMANENT_FARMLAND=demo("yjjbnt"), ECO_REDLINE=demo("stbhhx"),
        URBAN_BOUNDARY=demo("czkfbj"), LANDUSE=demo("dltb"), CODE_FIELD="DLBM", ROADS=demo("roads"),
        REPORT=str(tmp_path / "预审.html"))
    for key, layer in (("pbf_m2", "yjjbnt"), ("erl_m2", "stbhhx"), ("udb_m2", "czkfbj")):
        dissolved = native("native:dissolve", INPUT=native("native:fixgeometries", INPUT=demo(layer)))
        expected = native_areas_by(SITES, dissolved)
        for site, row in summary.items():
            assert row[key] == pytest.approx(expected.get((site,), 0.0), rel=1e-6, abs=1e-3), (site, key)
    # land classes: every (site, DLBM) area, and cultivated land (01xx)
    by_class = native_areas_by(SITES, demo("dltb"), "DLBM")
    ours = {(p["site_id"], p["key"]): p["area_m2"] for p in pieces if p["subject"] == "class"}
    assert ours.keys() == {k for k, a in by_class.items() if a > 0}
    for key, area in ours.items():
        assert area == pytest.approx(by_class[key], rel=1e-6, abs=1e-3), key
    for site, row in summary.items():
        assert row["cultivated_m2"] == pytest.approx(sum(a for (s, c), a in by_class.items() if s == site and c.startswith("01")),
                                                     rel=1e-6, abs=1e-3)
    # road building control zones: QGIS's buffer with a data-defined distance, dissolved
    setback = "CASE WHEN \"GRADE\" = '高速公路' THEN 30 WHEN \"GRADE\" = '国道' THEN 20 WHEN \"GRADE\" = '省道' THEN 15 " \
              "WHEN \"GRADE\" = '县道' THEN 10 WHEN \"GRADE\" = '乡道' THEN 5 ELSE 0 END"
    roads = native("native:extractbyexpression", INPUT=demo("roads"), EXPRESSION=f"({setback}) > 0")
    zones = native("native:buffer", INPUT=roads, SEGMENTS=8, DISSOLVE=True,
                   DISTANCE=QgsProperty.fromExpression(f"coalesce(\"WIDTH\", 0) / 2 + {setback}"))
    expected = native_areas_by(SITES, zones)
    assert any(row["road_zone_m2"] > 0 for row in summary.values())
    for site, row in summary.items():
        assert row["road_zone_m2"] == pytest.approx(expected.get((site,), 0.0), rel=1e-6, abs=1e-3), site
    # XM-02 is built on permanent farmland, XM-03 outside the urban boundary clear of the lines
    assert summary["XM-02"]["verdict"] == "不可行" and summary["XM-03"]["verdict"] == "需调整"
    pages = sorted(os.listdir(tmp_path))
    assert pages == ["预审.html", "预审_XM-01.html", "预审_XM-02.html", "预审_XM-03.html"]
    page = (tmp_path / "预审_XM-02.html").read_text(encoding="utf-8")
    assert "XM-02" in page and "不可行" in page and "XM-01" not in page


LINE = [("NAME", "string")]


def fixture_layers():
    pbf = memory_layer("pbf", LINE, [[box(0, 0, 100, 100), "基本农田"]])
    erl = memory_layer("erl", LINE, [[box(200, 0, 300, 100), "红线"]])
    udb = memory_layer("udb", LINE, [[box(400, 0, 700, 100), "开发边界"]])
    land = memory_layer("dltb", [("DLBM", "string")], [
        [box(0, 0, 400, 100), "0101"], [box(400, 0, 700, 100), "0702"], [box(700, 0, 1000, 100), "0301"]])
    road = QgsVectorLayer("LineString?crs=EPSG:4523&field=GRADE:string&field=WIDTH:double", "roads", "memory")
    from qgis.core import QgsFeature

    feature = QgsFeature(road.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0 + 850} {Y0 - 100}, {X0 + 850} {Y0 + 200})"))
    feature.setAttributes(["县道", 10.0])
    road.dataProvider().addFeatures([feature])
    water = memory_layer("水源保护区", LINE, [[box(600, 60, 700, 100), "二级保护区"]])
    return pbf, erl, udb, land, road, water


def test_verdicts_on_hand_built_sites(lantu_processing):
    pbf, erl, udb, land, road, water = fixture_layers()
    sites = memory_layer("sites", [("XMBH", "string")], [
        [box(420, 10, 500, 50), "A"],  # inside the urban boundary, on 0702, clear of all: 可行
        [box(250, 10, 350, 50), "B"],  # half in the redline: 不可行
        [box(720, 10, 800, 50), "C"],  # outside the boundary, on forest: 需调整
        [box(860, 10, 900, 50), "D"],  # county road zone: 10/2 + 10 = 15 m from x=850, i.e. up to 865: 需调整
        [box(420, 60, 500, 90), "E"],  # inside the urban boundary, beside the water-source zone: 可行
        [box(650, 70, 699.99, 80), "F"],  # inside the water-source zone: 需调整 by the other-constraint rule
        [box(50, 10, 150, 50), "G"],  # half on permanent farmland: 不可行
    ])
    result, summary, pieces, _ = run(SITE=sites, SITE_ID_FIELD="XMBH", PERMANENT_FARMLAND=pbf, ECO_REDLINE=erl,
                                     URBAN_BOUNDARY=udb, LANDUSE=land, CODE_FIELD="DLBM", CLASSIFICATION=2,
                                     ROADS=road, CONSTRAINTS=[water])
    verdicts = {k: v["verdict"] for k, v in summary.items()}
    assert verdicts == {"A": "可行", "B": "不可行", "C": "需调整", "D": "需调整", "E": "可行", "F": "需调整", "G": "不可行"}
    assert summary["B"]["erl_m2"] == pytest.approx(50 * 40) and summary["B"]["outside_udb_m2"] == pytest.approx(100 * 40)
    assert summary["G"]["pbf_m2"] == pytest.approx(50 * 40) and summary["G"]["cultivated_m2"] == pytest.approx(100 * 40)
    assert summary["D"]["road_zone_m2"] == pytest.approx(5 * 40)
    assert summary["F"]["constraints"].startswith("水源保护区")
    assert summary["A"]["reasons"] == "" and summary["A"]["udb_m2"] == pytest.approx(80 * 40)
    classes = {(p["site_id"], p["key"]): p["area_m2"] for p in pieces if p["subject"] == "class"}
    assert classes[("C", "0301")] == pytest.approx(80 * 40) and classes[("B", "0101")] == pytest.approx(100 * 40)


def test_minimum_area_and_missing_layers(lantu_processing):
    pbf, erl, udb, land, road, water = fixture_layers()
    sites = memory_layer("sites", [("XMBH", "string")], [[box(399.5, 10, 500, 50), "H"]])  # 0.5 × 40 = 20 m² outside
    _, summary, _, _ = run(SITE=sites, URBAN_BOUNDARY=udb, MIN_AREA=25.0)
    assert summary["H"]["verdict"] == "可行" and summary["H"]["outside_udb_m2"] == pytest.approx(20)
    _, summary, _, feedback = run(SITE=sites, URBAN_BOUNDARY=udb, MIN_AREA=10.0)
    assert summary["H"]["verdict"] == "需调整"
    assert "SITE-PBF" in feedback.text() and summary["H"]["pbf_m2"] == 0  # not given: said, not guessed


def test_bad_rule_table_is_a_clear_message(lantu_processing, tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text("id,name_zh,name_en,subject,key,verdict,basis\nX,占用,Occupies,line,PBF,禁止,—\n", encoding="utf-8")
    sites = memory_layer("sites", [("XMBH", "string")], [[box(0, 0, 10, 10), "A"]])
    with pytest.raises(QgsProcessingException, match="禁止"):
        run(SITE=sites, RULES=str(rules))
