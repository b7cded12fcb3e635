"""Bottom lines (底线约束): lantu:controllineoverlaps, lantu:landuseconflicts, lantu:resolveoverlaps and the
bundled model, against QGIS's native dissolve / intersection / difference and hand-built fixtures."""
import functools
import os

import pytest
from conftest import DEMO_GPKG, SHARED_DATA, run_algorithm
from layers import box, memory_layer
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingException, QgsVectorLayer

SWELLENDAM = os.path.join(SHARED_DATA, "swellendam", "swellendam.gpkg")
ANDORRA = os.path.join(SHARED_DATA, "osm-andorra", "andorra_osm.gpkg")
NOISE = 0.01  # m²: the documented floor below which an overlay piece is shared-boundary noise


def demo(layer):
    return f"{DEMO_GPKG}|layername={layer}"


def native(algorithm, **parameters):
    import processing

    parameters.setdefault("OUTPUT", "memory:")
    return processing.run(algorithm, parameters)["OUTPUT"]


def fixed(source):
    if isinstance(source, str):
        return _fixed_file(source)
    return native("native:fixgeometries", INPUT=source)


@functools.cache
def _fixed_file(source):  # the demo and shared layers are fixed once for the whole module
    return native("native:fixgeometries", INPUT=source)


@functools.cache
def dissolved(source, where=None):
    layer = fixed(source)
    if where:
        layer = native("native:extractbyexpression", INPUT=layer, EXPRESSION=where)
    return native("native:dissolve", INPUT=layer)


def areas(layer):
    return [f.geometry().area() for f in layer.getFeatures()]


def native_overlap(a, b):
    """Area of (∪a) ∩ (∪b) the QGIS way: fix, dissolve, intersect, measure."""
    return sum(areas(native("native:intersection", INPUT=dissolved(a), OVERLAY=dissolved(b))))


def rows(layer):
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) | {"_geom": f.geometry()} for f in layer.getFeatures()]


# --- controllineoverlaps ------------------------------------------------------------------------
def test_overlaps_on_demo_equal_native(lantu_processing, tmp_path):
    result, _ = run_algorithm("lantu:controllineoverlaps", {
        "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"), "URBAN_BOUNDARY": demo("czkfbj"),
        "OUTPUT": str(tmp_path / "overlaps.gpkg"), "REPORT": str(tmp_path / "三线冲突.html")})
    for key, a, b in (("PBF_ERL_M2", "yjjbnt", "stbhhx"), ("PBF_UDB_M2", "yjjbnt", "czkfbj"),
                      ("ERL_UDB_M2", "stbhhx", "czkfbj")):
        expected = native_overlap(demo(a), demo(b))
        assert result[key] == pytest.approx(expected, rel=1e-6, abs=1e-3), key
    assert result["PBF_ERL_M2"] > 1000 and result["PBF_UDB_M2"] > 1000  # the demo's deliberate conflicts
    # per feature pair: native:intersection of the raw layers, pieces above the noise floor
    pairs = native("native:intersection", INPUT=demo("yjjbnt"), OVERLAY=demo("stbhhx"))
    expected_pairs = sorted(round(a, 3) for a in areas(pairs) if a >= NOISE)
    out = [r for r in rows(result["OUTPUT"]) if r["pair"] == "PBF×ERL" and not r["sliver"]]
    assert sorted(round(r["area_m2"], 3) for r in out) == expected_pairs
    assert result["OVERLAP_COUNT"] == sum(1 for r in rows(result["OUTPUT"]) if not r["sliver"])
    html = (tmp_path / "三线冲突.html").read_text(encoding="utf-8")
    assert "PBF" in html or "永久基本农田" in html


def test_overlaps_on_swellendam_count_self_overlaps_once(lantu_processing):
    """Real cadastre: parent farms and portions overlap each other and 16 are invalid."""
    parcels = f"{SWELLENDAM}|layername=farm_parcels"
    protected = f"{SWELLENDAM}|layername=protected_areas"
    urban = f"{SWELLENDAM}|layername=urban_areas"
    result, feedback = run_algorithm("lantu:controllineoverlaps", {
        "PERMANENT_FARMLAND": parcels, "ECO_REDLINE": protected, "URBAN_BOUNDARY": urban, "OUTPUT": "memory:"})
    assert result["PBF_ERL_M2"] == pytest.approx(native_overlap(parcels, protected), rel=1e-6)
    assert result["PBF_UDB_M2"] == pytest.approx(native_overlap(parcels, urban), rel=1e-6)
    assert result["ERL_UDB_M2"] == pytest.approx(native_overlap(protected, urban), rel=1e-6, abs=1e-3)
    # the per-pair pieces add up to more than the union: overlapping parcels are each listed
    pieces = sum(r["area_m2"] for r in rows(result["OUTPUT"]) if r["pair"] == "PBF×UDB" and not r["sliver"])
    assert pieces > result["PBF_UDB_M2"] * 1.01
    assert any("repaired 16" in text for _, text in feedback.messages)


def test_overlaps_hand_fixture_multipart_holes_other_crs(lantu_processing):
    # PBF: a multipart feature (two 100×100 squares) and a square with a 20×20 hole; ERL crosses both.
    multi = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0,100 0,100 100,0 100,0 0)),((300 0,400 0,400 100,300 100,300 0)))")
    multi.translate(35_500_000, 3_500_000)
    holed = QgsGeometry.fromWkt("POLYGON((500 0,600 0,600 100,500 100,500 0),(540 40,560 40,560 60,540 60,540 40))")
    holed.translate(35_500_000, 3_500_000)
    pbf = memory_layer("pbf", [("JBNTMJ", "double")], [(multi, 20000.0), (holed, 9600.0)])
    # ERL strip y 50..150 over x 50..550, written in EPSG:4490 (degrees) to be reprojected
    erl_4523 = box(50, 50, 550, 150)
    erl = memory_layer("erl", [("HXMC", "string")], [(erl_4523, "红线")])
    geographic = memory_layer("erl_geo", [("HXMC", "string")], [], crs="EPSG:4490")
    from qgis.core import QgsCoordinateTransform, QgsFeature, QgsProject

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4523"), QgsCoordinateReferenceSystem("EPSG:4490"),
                                       QgsProject.instance())
    for feature in erl.getFeatures():
        g = QgsGeometry(feature.geometry())
        g.densifyByCount(50)  # keep the edges straight in metres after the round trip
        g.transform(transform)
        copy = QgsFeature(geographic.fields())
        copy.setGeometry(g)
        copy.setAttributes(["红线"])
        geographic.dataProvider().addFeatures([copy])
    empty_udb = memory_layer("udb", [("MJ", "double")], [])
    result, _ = run_algorithm("lantu:controllineoverlaps", {
        "PERMANENT_FARMLAND": pbf, "ECO_REDLINE": geographic, "URBAN_BOUNDARY": empty_udb, "OUTPUT": "memory:"})
    # by hand: square 1 gives 50×50, square 2 gives 100×50, the holed square 50×50 (x 500–550,
    # y 50–100) minus the hole's part x 540–550, y 50–60: 2500 + 5000 + 2400 = 9900 m²
    assert result["PBF_ERL_M2"] == pytest.approx(9900, abs=0.5)
    # the urban boundary was given but holds no polygons: its overlaps are not checked (issue 14), not 0
    assert result["PBF_UDB_M2"] is None and result["ERL_UDB_M2"] is None
    out = rows(result["OUTPUT"])
    assert sorted((r["fid_a"], round(r["area_m2"])) for r in out) == [(1, 7500), (2, 2400)]
    assert result["OUTPUT"].crs().authid() == "EPSG:4523"


def test_overlaps_self_overlap_and_min_area(lantu_processing):
    pbf = memory_layer("pbf", [("n", "int")], [(box(0, 0, 100, 100), 1), (box(50, 0, 150, 100), 2)])
    erl = memory_layer("erl", [("n", "int")], [(box(80, 0, 200, 100), 1), (box(0, 99.99, 10, 100.05), 2)])
    result, _ = run_algorithm("lantu:controllineoverlaps", {
        "PERMANENT_FARMLAND": pbf, "ECO_REDLINE": erl, "MIN_AREA": 1.0, "OUTPUT": "memory:"})
    # pieces: pbf1∩erl1 = 20×100, pbf2∩erl1 = 70×100 (they overlap on 20×100), pbf1∩erl2 = 10×0.01 (a sliver)
    assert result["PBF_ERL_M2"] == pytest.approx(7000)
    assert result["OVERLAP_COUNT"] == 2 and result["SLIVER_COUNT"] == 1
    slivers = [r for r in rows(result["OUTPUT"]) if r["sliver"]]
    assert len(slivers) == 1 and slivers[0]["area_m2"] == pytest.approx(0.1)


def test_overlaps_needs_two_lines_and_a_projected_crs(lantu_processing):
    pbf = memory_layer("pbf", [("n", "int")], [(box(0, 0, 10, 10), 1)])
    with pytest.raises(QgsProcessingException, match="two"):
        run_algorithm("lantu:controllineoverlaps", {"PERMANENT_FARMLAND": pbf, "OUTPUT": "memory:"})
    geo = memory_layer("geo", [("n", "int")], [(QgsGeometry.fromWkt("POLYGON((105 30,105.01 30,105.01 30.01,105 30))"), 1)],
                       crs="EPSG:4490")
    with pytest.raises(QgsProcessingException, match="EPSG:45"):
        run_algorithm("lantu:controllineoverlaps", {"PERMANENT_FARMLAND": geo, "ECO_REDLINE": pbf, "OUTPUT": "memory:"})


# --- landuseconflicts ---------------------------------------------------------------------------
CONSTRUCTION = "left(\"YDYHFLDM\", 2) >= '07' AND left(\"YDYHFLDM\", 2) <= '16' AND left(\"YDYHFLDM\", 4) NOT IN ('1201','1202','1205')"


def _subset(landuse, where):
    return native("native:extractbyexpression", INPUT=fixed(landuse), EXPRESSION=where)


def native_inside(landuse, where, line):
    """Per land-use feature, its area inside the line: intersection with the (fixed) line features,
    then dissolved per source feature so overlapping line features count once. (Intersecting with one
    dissolved county-wide line polygon gives the same, but is many times slower in QGIS.)"""
    subset = native("native:fieldcalculator", INPUT=_subset(landuse, where), FIELD_NAME="src", FIELD_TYPE=1,
                    FIELD_LENGTH=10, FORMULA="$id")
    pieces = native("native:intersection", INPUT=subset, OVERLAY=fixed(line), INPUT_FIELDS=["src"], OVERLAY_FIELDS=["fid"],
                    OVERLAY_FIELDS_PREFIX="line_")
    return [a for a in areas(native("native:dissolve", INPUT=pieces, FIELD=["src"])) if a >= NOISE]


def native_outside(landuse, where, line):
    """Per land-use feature, its area outside every line feature (native:difference subtracts them all)."""
    return [a for a in areas(native("native:difference", INPUT=_subset(landuse, where), OVERLAY=fixed(line))) if a >= NOISE]


def summary_of(result):
    return {r["rule_id"]: r for r in rows(result["SUMMARY"])}


def test_conflicts_on_demo_plan_equal_native(lantu_processing, tmp_path):
    result, feedback = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": demo("ghyd"), "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"),
        "URBAN_BOUNDARY": demo("czkfbj"), "ZONES": demo("ghyd"), "ZONE_FIELD": "GHFQDM",
        "OUTPUT": str(tmp_path / "conflicts.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
        "REPORT": str(tmp_path / "底线.html")})
    summary = summary_of(result)
    expected = {
        "PBF-03": sum(native_inside(demo("ghyd"), CONSTRUCTION, demo("yjjbnt"))),
        "PBF-04": sum(native_inside(demo("ghyd"), "left(\"YDYHFLDM\", 4) IN ('1201','1202','1205')", demo("yjjbnt"))),
        "ERL-01": sum(native_inside(demo("ghyd"), CONSTRUCTION.replace("'1205')", "'1205','1311')"), demo("stbhhx"))),
        "UDB-01": sum(native_outside(demo("ghyd"), "left(\"YDYHFLDM\", 4) IN ('0701','0702')", demo("czkfbj"))),
    }
    for rule_id, area in expected.items():
        assert summary[rule_id]["area_m2"] == pytest.approx(area, rel=1e-6, abs=NOISE), rule_id
        assert area > 0, f"the demo has no {rule_id} conflict: the check would prove nothing"
    # zones against lines: PBF not in 农田保护区 (3xx) = PBF − ∪(zones 3xx)
    farm_zones = _subset(demo("ghyd"), "left(\"GHFQDM\", 1) = '3'")
    pbf_outside = [a for a in areas(native("native:difference", INPUT=fixed(demo("yjjbnt")), OVERLAY=farm_zones)) if a >= NOISE]
    assert summary["ZONE-03"]["area_m2"] == pytest.approx(sum(pbf_outside), rel=1e-6, abs=NOISE)
    found = rows(result["OUTPUT"])
    assert result["CONFLICT_COUNT"] == len(found)
    assert {r["severity"] for r in found} <= {"error", "warning", "info"}
    assert all(r["basis"] for r in found)
    errors = [r["_geom"] for r in found if r["severity"] == "error"]
    assert result["ERROR_AREA_M2"] == pytest.approx(QgsGeometry.unaryUnion(errors).area(), rel=1e-6)
    assert (tmp_path / "底线.html").exists()


def test_conflicts_sandiao_through_the_conversion(lantu_processing):
    """三调 codes: 0702 农村宅基地 → 0703 (construction), 1003 公路用地 → 1202 (linear), 0404 其他草地 → 0403 其他草地;
    a 三调 class the conversion splits one-to-many at 二级 becomes info, not a guessed error."""
    land = memory_layer("dltb", [("DLBM", "string"), ("DLMC", "string")], [
        (box(0, 0, 100, 100), "0702", "农村宅基地"),
        (box(100, 0, 200, 100), "1003", "公路用地"),
        (box(200, 0, 300, 100), "0404", "其他草地"),
        (box(300, 0, 400, 100), "0101", "水田"),
    ])
    erl = memory_layer("erl", [("n", "int")], [(box(0, 0, 150, 100), 1)])
    pbf = memory_layer("pbf", [("n", "int")], [(box(150, 0, 400, 100), 1)])
    result, _ = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": land, "ECO_REDLINE": erl, "PERMANENT_FARMLAND": pbf, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    found = sorted((r["rule_id"], r["code"], round(r["area_m2"])) for r in rows(result["OUTPUT"]))
    assert ("ERL-01", "0703", 10000) in found
    assert ("ERL-02", "1202", 5000) in found
    assert ("PBF-04", "1202", 5000) in found
    assert ("PBF-01", "0403", 10000) in found
    assert not any(code == "0101" for _, code, _ in found)


def test_conflicts_self_overlapping_line_counted_once(lantu_processing):
    land = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 100, 100), "0701")])
    erl = memory_layer("erl", [("n", "int")], [(box(0, 0, 60, 100), 1), (box(40, 0, 80, 100), 2)])
    result, _ = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": land, "ECO_REDLINE": erl, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert result["CONFLICT_COUNT"] == 1
    assert result["CONFLICT_AREA_M2"] == pytest.approx(8000)


def test_conflicts_on_andorra_parks(lantu_processing):
    """Real OSM land use (mapped to 用地用海 codes) against Andorra's natural parks as the redline."""
    import processing

    mapping = ("map_get(map('residential','0701','commercial','0901','industrial','1001','quarry','1002',"
               "'farmyard','0703','forest','0301','meadow','0401','farmland','0103','reservoir','1703'), \"landuse\")")
    coded = processing.run("native:fieldcalculator", {
        "INPUT": native("native:extractbyexpression", INPUT=fixed(f"{ANDORRA}|layername=landuse"),
                        EXPRESSION="\"landuse\" IS NOT NULL"),
        "FIELD_NAME": "YDYHFLDM", "FIELD_TYPE": 2, "FIELD_LENGTH": 6, "FORMULA": mapping, "OUTPUT": "memory:"})["OUTPUT"]
    coded = native("native:extractbyexpression", INPUT=coded, EXPRESSION="\"YDYHFLDM\" IS NOT NULL")
    parks = f"{ANDORRA}|layername=protected_areas"
    result, log = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": coded, "CODE_FIELD": "YDYHFLDM", "CLASSIFICATION": 1, "ECO_REDLINE": parks,
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    summary = summary_of(result)
    construction = "left(\"YDYHFLDM\", 2) >= '07' AND left(\"YDYHFLDM\", 2) <= '16'"
    assert summary["ERL-01"]["area_m2"] == pytest.approx(sum(native_inside(coded, construction, parks)), rel=1e-6, abs=NOISE)
    # no farmland layer given: the rule is marked, and the log says which rule and which layer is missing
    assert summary["PBF-03"]["status"] == "not checked" and summary["ERL-01"]["status"] == ""
    assert any("PBF-03 not checked" in m and "永久基本农田" in m for _, m in log.messages), log.text()


def test_rules_file_with_a_bad_row(lantu_processing, tmp_path):
    builtin = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "tables", "bottomline_rules.csv")
    lines = open(builtin, encoding="utf-8").read().splitlines()
    lines[3] = lines[3].replace(",error,", ",fatal,")
    path = tmp_path / "规则.csv"
    path.write_text("\n".join(lines), encoding="gbk")  # as Excel saves it on a Chinese Windows
    land = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 100, 100), "0701")])
    erl = memory_layer("erl", [("n", "int")], [(box(0, 0, 60, 100), 1)])
    with pytest.raises(QgsProcessingException, match=r"line 4") as error:
        run_algorithm("lantu:landuseconflicts", {"LANDUSE": land, "ECO_REDLINE": erl, "RULES": str(path),
                                                 "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert "fatal" in str(error.value)
    # a custom table of one rule works, and only that rule runs
    path.write_text(lines[0] + "\n" + "MY-1,红线内住宅,Housing in the redline,landuse,ERL,inside,0701,,error,省级规定\n",
                    encoding="utf-8")
    result, _ = run_algorithm("lantu:landuseconflicts", {"LANDUSE": land, "ECO_REDLINE": erl, "RULES": str(path),
                                                         "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert [r["rule_id"] for r in rows(result["OUTPUT"])] == ["MY-1"]
    assert result["CONFLICT_AREA_M2"] == pytest.approx(6000)


def test_conflicts_with_an_empty_line_layer_and_in_batch(lantu_processing):
    land = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 100, 100), "0701"), (box(100, 0, 200, 100), "0301")])
    empty = memory_layer("udb", [("n", "int")], [])
    result, feedback = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": land, "URBAN_BOUNDARY": empty, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    # no urban boundary polygons at all: the housing lies outside it
    assert [(r["rule_id"], round(r["area_m2"])) for r in rows(result["OUTPUT"])] == [("UDB-01", 10000)]
    assert any("城镇开发边界" in text and "udb" in text and "no polygons" in text for _, text in feedback.messages)
    # batch: the same algorithm over several plans, as the batch dialog or a script runs it
    plans = [memory_layer(f"plan{i}", [("YDYHFLDM", "string")], [(box(0, 0, 100, 100 * (i + 1)), "0701")]) for i in range(3)]
    udb = memory_layer("udb", [("n", "int")], [(box(0, 0, 100, 100), 1)])
    outside = [run_algorithm("lantu:landuseconflicts", {"LANDUSE": p, "URBAN_BOUNDARY": udb, "OUTPUT": "memory:",
                                                         "SUMMARY": "memory:"})[0]["CONFLICT_AREA_M2"] for p in plans]
    assert outside == pytest.approx([0, 10000, 20000])


# --- resolveoverlaps ----------------------------------------------------------------------------
def test_resolve_removes_every_overlap_on_demo(lantu_processing, tmp_path):
    before, _ = run_algorithm("lantu:controllineoverlaps", {
        "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"), "URBAN_BOUNDARY": demo("czkfbj"),
        "OUTPUT": "memory:"})
    result, _ = run_algorithm("lantu:resolveoverlaps", {
        "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"), "URBAN_BOUNDARY": demo("czkfbj"),
        "OUTPUT_PBF": str(tmp_path / "pbf.gpkg"), "OUTPUT_ERL": str(tmp_path / "erl.gpkg"),
        "OUTPUT_UDB": str(tmp_path / "udb.gpkg"), "MOVED": str(tmp_path / "moved.gpkg")})
    after, _ = run_algorithm("lantu:controllineoverlaps", {
        "PERMANENT_FARMLAND": result["OUTPUT_PBF"], "ECO_REDLINE": result["OUTPUT_ERL"],
        "URBAN_BOUNDARY": result["OUTPUT_UDB"], "OUTPUT": "memory:"})
    assert after["OVERLAP_AREA_M2"] == pytest.approx(0, abs=0.05)
    assert result["MOVED_AREA_M2"] == pytest.approx(before["OVERLAP_AREA_M2"], rel=1e-6)
    # the redline keeps all its ground; farmland loses exactly what it shared with the others
    erl_in, erl_out = (sum(areas(QgsVectorLayer(p, "x", "ogr"))) for p in (demo("stbhhx"), result["OUTPUT_ERL"]))
    assert erl_out == pytest.approx(erl_in, rel=1e-9)
    pbf_in, pbf_out = (sum(areas(QgsVectorLayer(p, "x", "ogr"))) for p in (demo("yjjbnt"), result["OUTPUT_PBF"]))
    assert pbf_in - pbf_out == pytest.approx(before["PBF_ERL_M2"], rel=1e-6)
    udb_in, udb_out = (sum(areas(QgsVectorLayer(p, "x", "ogr"))) for p in (demo("czkfbj"), result["OUTPUT_UDB"]))
    assert udb_in - udb_out == pytest.approx(before["PBF_UDB_M2"] + before["ERL_UDB_M2"], rel=1e-6)
    # every field kept, inputs untouched
    source = QgsVectorLayer(demo("yjjbnt"), "x", "ogr")
    out = QgsVectorLayer(result["OUTPUT_PBF"], "x", "ogr")
    assert [f.name() for f in source.fields() if f.name() != "fid"] == [f.name() for f in out.fields() if f.name() != "fid"]
    moved = rows(result["MOVED"])
    assert {r["kept_by"] for r in moved} <= {"ERL", "PBF"} and {r["line"] for r in moved} <= {"PBF", "UDB"}


def test_resolve_priority_order(lantu_processing):
    pbf = memory_layer("pbf", [("name", "string")], [(box(0, 0, 100, 100), "农田")])
    udb = memory_layer("udb", [("name", "string")], [(box(60, 0, 160, 100), "边界"), (box(20, 20, 40, 40), "小块")])
    result, _ = run_algorithm("lantu:resolveoverlaps", {
        "PERMANENT_FARMLAND": pbf, "URBAN_BOUNDARY": udb, "PRIORITY": "城镇开发边界 > 永久基本农田",
        "OUTPUT_PBF": "memory:", "OUTPUT_UDB": "memory:", "MOVED": "memory:"})
    assert sum(areas(result["OUTPUT_PBF"])) == pytest.approx(10000 - 4000 - 400)
    assert sum(areas(result["OUTPUT_UDB"])) == pytest.approx(10000 + 400)
    # one moved piece per feature and owner: the farmland square loses 4000 + 400 m² to the boundary
    assert [round(r["area_m2"]) for r in rows(result["MOVED"])] == [4400]
    with pytest.raises(QgsProcessingException, match="PRIORITY"):
        run_algorithm("lantu:resolveoverlaps", {"PERMANENT_FARMLAND": pbf, "URBAN_BOUNDARY": udb, "PRIORITY": "PBF > PBF",
                                                "MOVED": "memory:"})
