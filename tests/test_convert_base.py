"""lantu:convertbase (基数转换): a hand-checked fixture, the demo 三调 against QGIS's own join of the conversion
table, area conservation, CZCSXM and rules, the report, and faulty input."""
import csv
import hashlib
import os
import shutil

import pytest
from conftest import DEMO_GPKG, ROOT, run_algorithm
from layers import X0, Y0, box, memory_layer, to_gpkg
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

TABLES = os.path.join(ROOT, "resources", "tables")
FIELDS = [("BSM", "integer"), ("DLBM", "string"), ("DLMC", "string"), ("CZCSXM", "string"), ("TBDLMJ", "double")]
BOWTIE = f"POLYGON(({X0 + 200} {Y0},{X0 + 210} {Y0 + 10},{X0 + 210} {Y0},{X0 + 200} {Y0 + 10},{X0 + 200} {Y0}))"
# (geometry, BSM, DLBM, DLMC, CZCSXM, TBDLMJ) and what each parcel must become, by hand from the tables:
# (YDYHFLDM, status, rule, candidates, area m²)
PARCELS = [
    ((box(0, 0, 100, 100), 1, "0101", "水田", None, 9000.0), ("0101", "converted", "table", "", 10_000)),
    ((box(100, 0, 200, 50), 2, "05H1", "商业服务业设施用地", "202", 5000.0),
     ("09", "undecided", "table", "0901|0902|0903|0904", 5000)),
    ((box(100, 50, 200, 100), 3, "05H1", "商业服务业设施用地", "203", 5000.0),
     (None, "undecided", "CB-05H1-village", "0901|0902|0903|0904|0704", 5000)),
    ((box(0, 100, 40, 150), 4, "1005", "交通服务场站用地", "202", 2000.0), ("1208", "resolved_by_rule", "CB-1005", "", 2000)),
    ((box(40, 100, 70, 150), 5, "08H1", "机关团体新闻出版用地", "203", 1500.0),
     (None, "undecided", "CB-08H1-village", "0801|0704", 1500)),
    ((box(70, 100, 100, 150), 6, "08H1", "机关团体新闻出版用地", "202", 1500.0), ("0801", "converted", "table", "", 1500)),
    ((box(100, 100, 200, 200), 7, "0702", "农村宅基地", "203", 10_000.0), ("0703", "converted", "table", "", 10_000)),
    ((box(0, 150, 100, 200), 8, "0204", "其他园地", None, 5000.0), ("02", "undecided", "table", "0204|0205", 5000)),
    ((box(200, 100, 300, 200), 9, None, None, None, 10_000.0), (None, "undecided", "", "", 10_000)),
    ((BOWTIE, 10, "0301", "乔木林地", None, 50.0), ("0301", "converted", "table", "", 50)),  # two triangles of 25 m²
]


def parcels_layer(name="dltb", rows=PARCELS, fields=FIELDS):
    return memory_layer(name, fields, [p for p, _ in rows])


def features(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def run(parameters, feedback=None):
    return run_algorithm("lantu:convertbase", {"OUTPUT": "memory:", **parameters}, feedback)


def test_hand_fixture_every_parcel_as_the_tables_say(lantu_processing, tmp_path):
    result, log = run({"LANDUSE": parcels_layer(), "REPORT": str(tmp_path / "基数转换.html")})
    out = {f["BSM"]: f for f in features(result)}
    assert len(out) == len(PARCELS)
    for (_, bsm, dlbm, dlmc, czcsxm, tbdlmj), (code, status, rule, candidates, area) in PARCELS:
        f = out[bsm]
        assert (f["YDYHFLDM"], f["status"], f["rule"], f["candidates"] or "") == (code, status, rule, candidates), bsm
        assert f["area_m2"] == pytest.approx(area, rel=1e-9) and f["area_ha"] == pytest.approx(area / 1e4, rel=1e-9)
        assert f["area_mu"] == pytest.approx(area * 15 / 1e4, rel=1e-9)
        assert (f["DLBM"], f["DLMC"], f["CZCSXM"], f["TBDLMJ"]) == (dlbm, dlmc, czcsxm, tbdlmj)  # source fields kept
        assert bool(f["reason"]) == (status == "undecided")
    assert out[1]["YDYHFLMC"] == "水田" and out[4]["YDYHFLMC"] == "交通场站用地" and out[4]["confirmed"] == "no"
    assert "0704" in out[5]["reason"] and out[9]["reason"]
    undecided = [e for _, e in PARCELS if e[1] == "undecided"]
    assert result["UNDECIDED_COUNT"] == len(undecided)
    assert result["UNDECIDED_AREA_M2"] == pytest.approx(sum(e[4] for e in undecided), rel=1e-9)
    assert result["RESOLVED_AREA_M2"] == pytest.approx(2000, rel=1e-9)
    assert result["CONVERTED_AREA_M2"] == pytest.approx(10_000 + 2000 + 1500 + 10_000 + 50, rel=1e-9)
    assert result["TOTAL_AREA_M2"] == pytest.approx(sum(e[4] for _, e in PARCELS), rel=1e-9)
    assert result["REPAIRED_COUNT"] == 1
    warnings = "\n".join(m for k, m in log.messages if k == "warning")
    assert "dltb" in warnings and "08H1" in warnings and "05H1" in warnings
    page = (tmp_path / "基数转换.html").read_text(encoding="utf-8")
    for text in ("CB-1005", "CB-08H1-village", "0.2000", "交通场站用地", "bxgis"):  # 2000 m² = 0.2000 公顷
        assert text in page


def test_demo_against_qgis_join_of_the_conversion_table(lantu_processing, tmp_path):
    """The native way: native:joinattributestable of the CSV on DLBM; every parcel whose row converts
    one-to-one and that no rule concerns carries the joined class; the total is native:fixgeometries' area."""
    import processing

    table = QgsVectorLayer(f"file://{os.path.join(TABLES, 'sandiao_to_ydyh.csv')}?delimiter=,&detectTypes=no", "t", "delimitedtext")
    assert table.isValid()
    joined = processing.run("native:joinattributestable", {
        "INPUT": f"{DEMO_GPKG}|layername=dltb", "FIELD": "DLBM", "INPUT_2": table, "FIELD_2": "dlbm",
        "FIELDS_TO_COPY": ["ydyh_code", "needs_split", "split_level"], "METHOD": 1, "PREFIX": "t_",
        "OUTPUT": "memory:"})["OUTPUT"]
    native = {f["BSM"]: (f["t_ydyh_code"], f["t_needs_split"], f["t_split_level"]) for f in joined.getFeatures()}
    with open(os.path.join(TABLES, "convertbase_rules.csv"), encoding="utf-8") as stream:
        rules = {(code, value): row for row in csv.DictReader(stream) for code in row["dlbm"].split()
                 for value in row["czcsxm"].split() or ["*"]}

    result, _ = run({"LANDUSE": f"{DEMO_GPKG}|layername=dltb", "OUTPUT": str(tmp_path / "base.gpkg")})
    out = features(result)
    assert len(out) == len(native) and out
    checked = 0
    for f in out:
        code, needs_split, split_level = native[f["BSM"]]
        rule = rules.get((f["DLBM"], f["CZCSXM"])) or rules.get((f["DLBM"], "*"))
        if rule and rule["ydyh_code"]:
            assert (f["YDYHFLDM"], f["status"], f["rule"]) == (rule["ydyh_code"], "resolved_by_rule", rule["id"])
        elif rule:
            assert (f["status"], f["rule"], f["candidates"]) == ("undecided", rule["id"], rule["candidates"])
        elif needs_split == "yes" and split_level == "二级":
            assert f["status"] == "undecided" and f["candidates"]
        else:
            assert (f["YDYHFLDM"], f["status"]) == (code, "converted")
            checked += 1
    assert checked > 10_000
    fixed = processing.run("native:fixgeometries", {"INPUT": f"{DEMO_GPKG}|layername=dltb", "OUTPUT": "memory:"})["OUTPUT"]
    expected = sum(f.geometry().area() for f in fixed.getFeatures())
    assert result["TOTAL_AREA_M2"] == pytest.approx(expected, rel=1e-9)
    assert sum(f["area_m2"] for f in out) == pytest.approx(expected, rel=1e-9)
    assert result["CONVERTED_AREA_M2"] + result["UNDECIDED_AREA_M2"] == pytest.approx(expected, rel=1e-9)


def test_the_input_file_is_not_modified(lantu_processing, tmp_path):
    copy = tmp_path / "dltb.gpkg"
    shutil.copy(DEMO_GPKG, copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    run({"LANDUSE": f"{copy}|layername=dltb", "OUTPUT": str(tmp_path / "base.gpkg")})
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_ellipsoidal_areas_match_qgis_distance_area(lantu_processing):
    # 150 km east of the central meridian, where the Gauss-Krüger scale error shows (about 2.8e-4 in area)
    rows = [((box(150_000 + x1, y1, 150_000 + x2, y2), 1 + i, "0101", "水田", None, 0.0), None)
            for i, (x1, y1, x2, y2) in enumerate([(0, 0, 100, 100), (100, 0, 300, 50), (0, 100, 1000, 2000)])]
    layer = parcels_layer(rows=rows)
    result, _ = run({"LANDUSE": layer, "AREA_METHOD": 1})
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4523"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7019")  # GRS80; CGCS2000's ellipsoid differs in the 10th digit of flattening
    expected = {f["BSM"]: measure.measureArea(f.geometry()) for f in layer.getFeatures()}
    for f in features(result):
        assert f["area_m2"] == pytest.approx(expected[f["BSM"]], rel=1e-6)
    planar = 10_000 + 10_000 + 1_900_000
    assert result["TOTAL_AREA_M2"] == pytest.approx(sum(expected.values()), rel=1e-6)
    assert abs(result["TOTAL_AREA_M2"] / planar - 1) > 1e-4


def test_without_a_czcsxm_field_the_classes_it_decides_stay_undecided(lantu_processing):
    fields = [f for f in FIELDS if f[0] != "CZCSXM"]
    rows = [((g, bsm, dlbm, dlmc, mj), e) for (g, bsm, dlbm, dlmc, _, mj), e in PARCELS]
    result, log = run({"LANDUSE": parcels_layer(rows=rows, fields=fields)})
    out = {f["BSM"]: f for f in features(result)}
    assert out[6]["status"] == "undecided" and out[6]["candidates"] == "0801|0704"  # 08H1 in a town, but who knows
    assert out[6]["rule"] == "CB-08H1-village table" and "CZCSXM" in out[6]["reason"]
    assert out[4]["YDYHFLDM"] == "1208" and out[1]["YDYHFLDM"] == "0101" and out[7]["YDYHFLDM"] == "0703"
    assert out[1]["CZCSXM"] in (None, NULL)
    assert any(k == "warning" and "CZCSXM" in m for k, m in log.messages)


def test_a_provinces_rules_and_a_czcsxm_field_of_another_name(lantu_processing, tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text("id,dlbm,czcsxm,ydyh_code,candidates,confirmed,basis\n"
                     "VILLAGE-OFFICE,08H1,203,0704,,yes,省村庄规划导则\n", encoding="gb18030")
    fields = [(n if n != "CZCSXM" else "城镇村属性码", t) for n, t in FIELDS]
    result, _ = run({"LANDUSE": parcels_layer(fields=fields), "CZCSXM_FIELD": "城镇村属性码", "RULES": str(rules)})
    out = {f["BSM"]: f for f in features(result)}
    assert (out[5]["YDYHFLDM"], out[5]["YDYHFLMC"], out[5]["status"], out[5]["rule"], out[5]["confirmed"]) == (
        "0704", "农村社区服务设施用地", "resolved_by_rule", "VILLAGE-OFFICE", "yes")
    assert out[5]["CZCSXM"] == "203" and out[5]["城镇村属性码"] == "203"
    assert out[4]["status"] == "undecided"  # the built-in CB-1005 is not in this table
    assert out[3]["candidates"] == "0901|0902|0903|0904"


def test_source_fields_named_like_the_base_maps_own_give_way(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string"), ("status", "string"), ("area_m2", "double")],
                         [(box(0, 0, 10, 10), "0101", "old", 1.0)])
    result, log = run({"LANDUSE": layer})
    (f,) = features(result)
    assert (f["status"], f["area_m2"]) == ("converted", pytest.approx(100.0))
    assert any(k == "warning" and "status" in m and "area_m2" in m for k, m in log.messages)


def test_date_fields_of_a_geopackage_are_kept(lantu_processing, tmp_path):
    # a GeoPackage is read through GDAL's Arrow stream, which gives Python dates; the output must still store them
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    layer = memory_layer("dltb", [("DLBM", "string"), ("GXRQ", "date"), ("GXSJ", "datetime")],
                         [(box(0, 0, 10, 10), "0101", QDate(2020, 12, 31), QDateTime(QDate(2021, 1, 2), QTime(8, 30)))])
    source = to_gpkg(layer, tmp_path / "dltb.gpkg")
    for output in ("memory:", str(tmp_path / "base.gpkg")):
        result, _ = run({"LANDUSE": source.source(), "OUTPUT": output})
        (f,) = features(result)
        assert (f["YDYHFLDM"], f["GXRQ"], f["GXSJ"]) == ("0101", QDate(2020, 12, 31), QDateTime(QDate(2021, 1, 2), QTime(8, 30)))


def expect_message(parameters):
    with pytest.raises(QgsProcessingException) as error:
        run(parameters)
    message = str(error.value)
    assert "Traceback" not in message
    return message


@pytest.mark.parametrize("text, words", [
    ("id,dlbm,ydyh_code\nA,0101,0101\n", ["czcsxm", "line 1"]),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,,0199,\n", ["0199", "line 2"]),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,08H1,203,0704,\nB,08H1,203,0801,\n", ["08H1", "line 3"]),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,08H1,209,0704,\n", ["209", "line 2"]),
])
def test_a_faulty_rules_file_is_named_with_its_line(lantu_processing, tmp_path, text, words):
    path = tmp_path / "rules.csv"
    path.write_text(text, encoding="utf-8")
    message = expect_message({"LANDUSE": parcels_layer(), "RULES": str(path)})
    assert str(path) in message and all(w in message for w in words)


def test_faulty_layers_get_a_clear_message(lantu_processing):
    assert "dltb" in expect_message({"LANDUSE": memory_layer("dltb", FIELDS, [])})
    points = QgsVectorLayer("Point?crs=EPSG:4523&field=DLBM:string", "pts", "memory")
    assert "polygon" in expect_message({"LANDUSE": points})
    assert "NOPE" in expect_message({"LANDUSE": parcels_layer(), "CODE_FIELD": "NOPE"})
    assert "NOPE" in expect_message({"LANDUSE": parcels_layer(), "CZCSXM_FIELD": "NOPE"})
    planned = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 10, 10), "0703"), (box(10, 0, 20, 10), "060101")])
    assert "用地用海" in expect_message({"LANDUSE": planned})
    junk = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 10, 10), "ABC")])
    assert "CODE_FIELD" in expect_message({"LANDUSE": junk})
    lonlat = memory_layer("dltb", [("DLBM", "string")], [
        (QgsGeometry.fromWkt("POLYGON((105 32,105.01 32,105.01 32.01,105 32.01,105 32))"), "0101")], crs="EPSG:4490")
    assert "EPSG:4523" in expect_message({"LANDUSE": lonlat})
