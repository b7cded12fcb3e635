"""lantu:roadcontrollines and lantu:classbuffers against QGIS's own native:buffer / dissolve / clip / intersection."""
import csv
import math
import os

import pytest
import shapely
from conftest import DEMO_GPKG, ROOT, SHARED_DATA, run_algorithm
from layers import X0, Y0, box, memory_layer
from qgis.core import QgsGeometry, QgsProcessingException, QgsProperty, QgsVectorLayer

DEMO_ROADS = f"{DEMO_GPKG}|layername=roads"
BAYREUTH = os.path.join(SHARED_DATA, "osm-bayreuth", "north_bayreuth_osm.gpkg")
SWELLENDAM = os.path.join(SHARED_DATA, "swellendam", "swellendam.gpkg")
TABLES = os.path.join(ROOT, "resources", "tables")
ROAD_TABLE = os.path.join(TABLES, "road_setbacks.csv")
OSM_TABLE = os.path.join(TABLES, "road_setbacks_osm.csv")


def read_table(path):
    """(grade, spellings, setback, width) rows of a setback CSV, read here with csv, not with Lantu's loader."""
    with open(path, encoding="utf-8") as f:
        return [(r["grade"], [r["grade"]] + [a for a in r["aliases"].split(";") if a],
                 float(r["setback_m"]) if r["setback_m"] else None, float(r["width_m"]))
                for r in csv.DictReader(f)]


def distance_expression(table_path, field, width_field=None, half_width=True, otherwise="NULL"):
    """native:buffer's data-defined distance for the same rule: half the road land + the setback.

    NULL where a feature gets no zone: native_buffer() leaves those out first, because native:buffer
    would buffer them by its static distance instead."""
    cases = []
    for _, spellings, setback, width in read_table(table_path):
        values = ", ".join("'" + s.replace("'", "''") + "'" for s in spellings)
        half = (f"coalesce(\"{width_field}\", {width}) / 2" if width_field else f"{width} / 2") if half_width else "0"
        then = "NULL" if setback is None else f"{half} + {setback}"
        cases.append(f"WHEN \"{field}\" IN ({values}) THEN {then}")
    return "CASE " + " ".join(cases) + f" ELSE {otherwise} END"


def native_buffer(layer, expression, dissolve=True, segments=5):
    """native:extractbyexpression (features with a distance) → native:buffer with the data-defined distance."""
    import processing

    kept = processing.run("native:extractbyexpression", {
        "INPUT": layer, "EXPRESSION": f"({expression}) IS NOT NULL", "OUTPUT": "memory:"})["OUTPUT"]
    return processing.run("native:buffer", {"INPUT": kept, "DISTANCE": QgsProperty.fromExpression(expression),
                                            "SEGMENTS": segments, "DISSOLVE": dissolve, "OUTPUT": "memory:"})["OUTPUT"]


def grade_of(table_path, field):
    cases = [f"WHEN \"{field}\" IN ({', '.join(repr(s) for s in spellings)}) THEN '{grade}'"
             for grade, spellings, setback, _ in read_table(table_path) if setback is not None]
    return "CASE " + " ".join(cases) + " END"


def native_zones(roads, expression, segments=5):
    """The whole zone, dissolved, as native:buffer draws it."""
    return native_buffer(roads, expression, True, segments)


def layer_area(layer):
    return sum(f.geometry().area() for f in layer.getFeatures())


def shapely_of(layer):
    return shapely.union_all([shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()])


def zones_by_grade(result):
    return {f["grade"]: f for f in result["OUTPUT"].getFeatures()}


def native_by_grade(roads, table_path, field, width_field=None):
    """native:buffer (no dissolve) → native:fieldcalculator (grade) → native:dissolve by grade: {grade: shapely}."""
    import processing

    buffered = native_buffer(roads, distance_expression(table_path, field, width_field), dissolve=False)
    graded = processing.run("native:fieldcalculator", {
        "INPUT": buffered, "FIELD_NAME": "g", "FIELD_TYPE": 2, "FORMULA": grade_of(table_path, field),
        "OUTPUT": "memory:"})["OUTPUT"]
    dissolved = processing.run("native:dissolve", {"INPUT": graded, "FIELD": ["g"], "OUTPUT": "memory:"})["OUTPUT"]
    return {f["g"]: shapely.from_wkb(bytes(f.geometry().asWkb())) for f in dissolved.getFeatures() if f["g"]}


def check_against_native(result, native, table_path):
    """Each grade's zone = its native dissolve minus the native zones of wider setbacks; no overlaps."""
    setback = {g: s for g, _, s, _ in read_table(table_path) if s is not None}
    zones = zones_by_grade(result)
    assert set(zones) == set(native)
    taken = shapely.Polygon()
    for grade in sorted(native, key=lambda g: -setback[g]):
        expected = shapely.difference(native[grade], taken).area
        assert zones[grade]["area_m2"] == pytest.approx(expected, rel=1e-6), grade
        assert zones[grade]["setback_m"] == setback[grade]
        taken = shapely.union(taken, native[grade])
    assert result["CONTROL_AREA_M2"] == pytest.approx(taken.area, rel=1e-6)


def test_demo_roads_against_native_buffer_and_dissolve(lantu_processing):
    result, log = run_algorithm("lantu:roadcontrollines", {
        "ROADS": DEMO_ROADS, "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "OUTPUT": "memory:"})
    native = native_by_grade(DEMO_ROADS, ROAD_TABLE, "GRADE", "WIDTH")
    check_against_native(result, native, ROAD_TABLE)
    total = native_zones(DEMO_ROADS, distance_expression(ROAD_TABLE, "GRADE", "WIDTH"))
    assert result["CONTROL_AREA_M2"] == pytest.approx(layer_area(total), rel=1e-6)
    assert result["UNMATCHED_COUNT"] == 0
    assert "村道" in log.text()  # 村道 has no statutory setback: said, not hidden


def test_route_numbers_give_the_same_zones_as_the_grade_field(lantu_processing):
    by_grade, _ = run_algorithm("lantu:roadcontrollines", {
        "ROADS": DEMO_ROADS, "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "OUTPUT": "memory:"})
    by_route, _ = run_algorithm("lantu:roadcontrollines", {
        "ROADS": DEMO_ROADS, "ROUTE_FIELD": "LXBM", "WIDTH_FIELD": "WIDTH", "OUTPUT": "memory:"})
    a, b = zones_by_grade(by_grade), zones_by_grade(by_route)
    assert set(a) == set(b) == {"高速公路", "国道", "省道", "县道", "乡道"}
    for grade in a:
        assert b[grade]["area_m2"] == pytest.approx(a[grade]["area_m2"], rel=1e-9)


def test_boundary_and_encroachments_against_native_clip_and_intersection(lantu_processing):
    import processing

    township = f"{DEMO_GPKG}|layername=township"
    ghyd = f"{DEMO_GPKG}|layername=ghyd"
    result, _ = run_algorithm("lantu:roadcontrollines", {
        "ROADS": DEMO_ROADS, "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "BOUNDARY": township,
        "CHECK_LAYER": ghyd, "CHECK_CLASSES": "*", "OUTPUT": "memory:", "ENCROACHMENTS": "memory:"})
    total = native_zones(DEMO_ROADS, distance_expression(ROAD_TABLE, "GRADE", "WIDTH"))
    boundary = processing.run("native:dissolve", {"INPUT": township, "OUTPUT": "memory:"})["OUTPUT"]
    clipped = processing.run("native:clip", {"INPUT": total, "OVERLAY": boundary, "OUTPUT": "memory:"})["OUTPUT"]
    assert result["CONTROL_AREA_M2"] == pytest.approx(layer_area(clipped), rel=1e-6)
    pieces = processing.run("native:intersection", {"INPUT": ghyd, "OVERLAY": clipped, "OUTPUT": "memory:"})["OUTPUT"]
    areas = {}
    for f in pieces.getFeatures():
        areas[f["fid"]] = areas.get(f["fid"], 0.0) + f.geometry().area()
    assert result["ENCROACHMENT_AREA_M2"] == pytest.approx(sum(areas.values()), rel=1e-6)
    assert result["ENCROACHMENT_COUNT"] == sum(1 for a in areas.values() if a > 1e-6)
    out = result["ENCROACHMENTS"]
    assert out.fields().names()[:3] == ["src_fid", "grade", "area_m2"]
    mine = {}
    for f in out.getFeatures():
        mine[f["src_fid"]] = mine.get(f["src_fid"], 0.0) + f["area_m2"]
        assert f["area_mu"] == pytest.approx(f["area_m2"] * 15 / 10000)
    worst = max(areas, key=lambda k: areas[k])
    assert mine[worst] == pytest.approx(areas[worst], rel=1e-6)


# construction land as the issue defines encroachment: 用地用海 07–16 without the road land itself (1201 铁路,
# 1202 公路, 1205 管道, 1206 轨道, 1207 城镇村道路) and 1402 防护绿地; 三调 05–10, 1109, 1201 without 1001–1004, 1006, 1009
YDYH_CONSTRUCTION = ("left(\"YDYHFLDM\", 2) IN ('07','08','09','10','11','12','13','14','15','16') AND left(\"YDYHFLDM\", 4) "
                     "NOT IN ('1201','1202','1205','1206','1207','1402') OR \"YDYHFLDM\" = '2301'")
SANDIAO_CONSTRUCTION = ("(left(\"DLBM\", 2) IN ('05','06','07','08','09','10') OR \"DLBM\" IN ('1109','1201')) AND "
                        "left(\"DLBM\", 4) NOT IN ('1001','1002','1003','1004','1006','1009')")


def native_encroachment(zones, layer, expression):
    """native:extractbyexpression of the construction parcels → native:intersection with the zones: (m², parcels)."""
    import processing

    picked = processing.run("native:extractbyexpression", {"INPUT": layer, "EXPRESSION": expression,
                                                           "OUTPUT": "memory:"})["OUTPUT"]
    pieces = processing.run("native:intersection", {"INPUT": picked, "OVERLAY": zones, "OUTPUT": "memory:"})["OUTPUT"]
    areas = {}
    for f in pieces.getFeatures():
        areas[f["fid"]] = areas.get(f["fid"], 0.0) + f.geometry().area()
    return sum(areas.values()), sum(1 for a in areas.values() if a > 1e-6)


@pytest.mark.parametrize("layer, field, expression", [("ghyd", "YDYHFLDM", YDYH_CONSTRUCTION),
                                                      ("dltb", "DLBM", SANDIAO_CONSTRUCTION)])
def test_encroachment_is_construction_land_without_the_road_land(lantu_processing, layer, field, expression):
    """The demo's planned land use checked whole was 99.8 % "encroachment" (耕地, 林地, the road land itself)."""
    check = f"{DEMO_GPKG}|layername={layer}"
    common = {"ROADS": DEMO_ROADS, "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "CHECK_LAYER": check,
              "OUTPUT": "memory:", "ENCROACHMENTS": "memory:"}
    result, log = run_algorithm("lantu:roadcontrollines", common)  # the code field guessed, the classes by default
    expected, count = native_encroachment(result["OUTPUT"], check, expression)
    assert result["ENCROACHMENT_AREA_M2"] == pytest.approx(expected, rel=1e-6)
    assert result["ENCROACHMENT_COUNT"] == count
    assert 0 < result["ENCROACHMENT_AREA_M2"] < 0.2 * result["CONTROL_AREA_M2"]
    assert "construction land without road land" in log.text()
    named, _ = run_algorithm("lantu:roadcontrollines", {**common, "CHECK_CODE_FIELD": field})
    assert named["ENCROACHMENT_AREA_M2"] == pytest.approx(result["ENCROACHMENT_AREA_M2"], rel=1e-12)
    everything, _ = run_algorithm("lantu:roadcontrollines", {**common, "CHECK_CLASSES": "*"})
    assert everything["ENCROACHMENT_AREA_M2"] > 0.9 * everything["CONTROL_AREA_M2"]


def test_the_classes_that_encroach_can_be_given(lantu_processing):
    """CHECK_CLASSES: codes with their sub-classes, -code leaves one out; a layer without codes counts whole."""
    zone_road = [(f"LINESTRING({X0} {Y0 + 50}, {X0 + 1000} {Y0 + 50})", "县道", 10.0)]  # 10 m wide, a 10 m setback
    roads = memory_layer("roads", [("GRADE", "string"), ("WIDTH", "double")], zone_road, geometry="LineString")
    parcels = memory_layer("ghyd", [("YDYHFLDM", "string")], [
        (box(0, 0, 100, 100), "0701"), (box(100, 0, 200, 100), "0703"), (box(200, 0, 300, 100), "1202"),
        (box(300, 0, 400, 100), "0103")])
    strip = 100 * 30.0  # each parcel's share of the zone: 100 m along the road, 2 × (10 / 2 + 10) m across it
    for classes, expected in (("", 2 * strip), ("07", 2 * strip), ("07,-0703", strip), ("07；12", 3 * strip),
                              ("*", 4 * strip), ("01", strip)):
        result, _ = run_algorithm("lantu:roadcontrollines", {"ROADS": roads, "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH",
                                                            "CHECK_LAYER": parcels, "CHECK_CLASSES": classes,
                                                            "OUTPUT": "memory:"})
        assert result["ENCROACHMENT_AREA_M2"] == pytest.approx(expected, rel=1e-9), classes
    buildings = memory_layer("buildings", [("NAME", "string")], [(box(0, 0, 100, 100), "a"), (box(300, 0, 400, 100), "b")])
    result, log = run_algorithm("lantu:roadcontrollines", {"ROADS": roads, "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH",
                                                          "CHECK_LAYER": buildings, "OUTPUT": "memory:"})
    assert result["ENCROACHMENT_AREA_M2"] == pytest.approx(2 * strip) and "every polygon" in log.text()
    with pytest.raises(QgsProcessingException, match="CHECK_CLASSES"):
        run_algorithm("lantu:roadcontrollines", {"ROADS": roads, "GRADE_FIELD": "GRADE", "CHECK_LAYER": parcels,
                                                 "CHECK_CLASSES": "07,住宅", "OUTPUT": "memory:"})


@pytest.mark.skipif(not os.path.exists(BAYREUTH), reason="shared data missing")
def test_osm_bayreuth_with_an_osm_setback_table(lantu_processing):
    roads = f"{BAYREUTH}|layername=roads"
    result, log = run_algorithm("lantu:roadcontrollines", {
        "ROADS": roads, "GRADE_FIELD": "highway", "SETBACKS": OSM_TABLE, "OUTPUT": "memory:"})
    check_against_native(result, native_by_grade(roads, OSM_TABLE, "highway"), OSM_TABLE)
    # footway, path, service, cycleway, steps: not roads of the 条例; counted and listed
    assert result["UNMATCHED_COUNT"] == 31 + 41 + 197 + 156 + 4
    assert "path (197)" in log.text()


@pytest.mark.skipif(not os.path.exists(SWELLENDAM), reason="shared data missing")
def test_swellendam_roads_region_type(lantu_processing):
    roads = f"{SWELLENDAM}|layername=roads_region"
    result, _ = run_algorithm("lantu:roadcontrollines", {
        "ROADS": roads, "GRADE_FIELD": "TYPE", "SETBACKS": OSM_TABLE, "DEFAULT_SETBACK": 3, "OUTPUT": "memory:"})
    native_total = native_zones(roads, distance_expression(OSM_TABLE, "TYPE", otherwise="3"))
    assert result["CONTROL_AREA_M2"] == pytest.approx(layer_area(native_total), rel=1e-6)
    assert result["UNMATCHED_COUNT"] == 11 + 13  # path, service: given the default 3 m


def line(*coords):
    return QgsGeometry.fromWkt("LINESTRING(" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in coords) + ")")


def line_layer(rows, crs="EPSG:4523", fields=(("GRADE", "string"), ("LXBM", "string"))):
    return memory_layer("roads", fields, rows, crs, geometry="MultiLineString")


def test_route_parsing_unknowns_and_awkward_geometries(lantu_processing):
    multi = QgsGeometry.fromWkt(f"MULTILINESTRING(({X0} {Y0},{X0 + 1000} {Y0}),({X0} {Y0 + 500},{X0 + 1000} {Y0 + 500}))")
    zero = line((2000, 0), (2000, 0))
    layer = line_layer([
        (line((0, 2000), (1000, 2000)), "国道", "G5京昆高速"),  # expressway by its route number
        (line((0, 3000), (1000, 3000)), None, "S302"),
        (multi, None, "X101"),
        (zero, None, "Y001"),
        (QgsGeometry(), None, "Y002"),
        (line((0, 4000), (1000, 4000)), None, "K99"),
    ])
    result, log = run_algorithm("lantu:roadcontrollines", {
        "ROADS": layer, "GRADE_FIELD": "GRADE", "ROUTE_FIELD": "LXBM", "SEGMENTS": 8, "OUTPUT": "memory:"})
    zones = zones_by_grade(result)
    assert set(zones) == {"高速公路", "省道", "县道"}
    assert result["UNMATCHED_COUNT"] == 1 and "K99" in log.text()
    # Y001 (zero length) and Y002 (no geometry) are skipped, and counted
    assert any("skipped 2 features" in m and "zero length" in m for kind, m in log.messages if kind == "warning"), log.text()

    def capsule(length, d):  # plain shapely, 8 segments per quarter circle
        return shapely.buffer(shapely.LineString([(0, 0), (length, 0)]), d, quad_segs=8).area

    assert zones["高速公路"]["area_m2"] == pytest.approx(capsule(1000, 13 + 30), rel=1e-9)
    assert zones["省道"]["area_m2"] == pytest.approx(capsule(1000, 5 + 15), rel=1e-9)
    assert zones["县道"]["area_m2"] == pytest.approx(2 * capsule(1000, 4.25 + 10), rel=1e-9)

    with_default, _ = run_algorithm("lantu:roadcontrollines", {
        "ROADS": layer, "GRADE_FIELD": "GRADE", "ROUTE_FIELD": "LXBM", "DEFAULT_SETBACK": 7, "SEGMENTS": 8,
        "OUTPUT": "memory:"})
    assert with_default["UNMATCHED_COUNT"] == 1
    assert with_default["CONTROL_AREA_M2"] == pytest.approx(result["CONTROL_AREA_M2"] + capsule(1000, 7), rel=1e-9)


def test_road_crossing_the_boundary_and_no_dissolve(lantu_processing):
    import processing

    layer = line_layer([(line((-500, 0), (500, 0)), "省道", None), (line((0, -500), (0, 500)), "县道", None)])
    boundary = memory_layer("pq", [("NAME", "string")], [(box(0, -1000, 1000, 1000), "片区")])
    result, _ = run_algorithm("lantu:roadcontrollines", {
        "ROADS": layer, "GRADE_FIELD": "GRADE", "BOUNDARY": boundary, "DISSOLVE": False, "OUTPUT": "memory:"})
    native = native_buffer(layer, distance_expression(ROAD_TABLE, "GRADE"), dissolve=False)
    clipped = processing.run("native:clip", {"INPUT": native, "OVERLAY": boundary, "OUTPUT": "memory:"})["OUTPUT"]
    expected = sorted(f.geometry().area() for f in clipped.getFeatures())
    got = sorted(f["area_m2"] for f in result["OUTPUT"].getFeatures())
    assert got == pytest.approx(expected, rel=1e-9)
    assert result["CONTROL_AREA_M2"] == pytest.approx(shapely_of(clipped).area, rel=1e-9)


def test_road_land_polygons_are_buffered_by_the_setback_alone(lantu_processing):
    layer = memory_layer("gly", [("GRADE", "string")], [(box(0, 0, 1000, 40), "高速公路")])
    result, _ = run_algorithm("lantu:roadcontrollines", {"ROADS": layer, "GRADE_FIELD": "GRADE", "OUTPUT": "memory:"})
    expected = shapely.buffer(shapely.box(0, 0, 1000, 40), 30, quad_segs=5).area
    assert result["CONTROL_AREA_M2"] == pytest.approx(expected, rel=1e-9)


def test_geographic_roads(lantu_processing):
    lonlat = QgsGeometry.fromWkt("LINESTRING(105.5 32.0, 105.51 32.0)")
    layer = line_layer([(lonlat, "省道", None)], crs="EPSG:4490")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:roadcontrollines", {"ROADS": layer, "GRADE_FIELD": "GRADE", "OUTPUT": "memory:"})
    assert "EPSG:4523" in str(error.value)
    # With a projected boundary the roads are measured in the boundary's CRS.
    boundary = memory_layer("pq", [("NAME", "string")], [(box(-100_000, -100_000, 100_000, 100_000), "片区")])
    result, log = run_algorithm("lantu:roadcontrollines", {
        "ROADS": layer, "GRADE_FIELD": "GRADE", "BOUNDARY": boundary, "OUTPUT": "memory:"})
    length = 0.01 * math.pi / 180 * 6_378_137 * math.cos(math.radians(32))  # ≈ 944 m
    assert result["CONTROL_AREA_M2"] == pytest.approx(2 * 20 * length + math.pi * 20 ** 2, rel=5e-3)
    assert "EPSG:4523" in log.text()


def test_bad_input_gets_a_message(lantu_processing, tmp_path):
    layer = line_layer([(line((0, 0), (100, 0)), "国道", None)])
    for parameters, needle in (({}, "GRADE_FIELD"), ({"GRADE_FIELD": "NOPE"}, "NOPE")):
        with pytest.raises(QgsProcessingException) as error:
            run_algorithm("lantu:roadcontrollines", {"ROADS": layer, "OUTPUT": "memory:", **parameters})
        assert needle in str(error.value)
    bad = tmp_path / "退让.csv"
    bad.write_text("grade,metres\n国道,20\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:roadcontrollines", {"ROADS": layer, "GRADE_FIELD": "GRADE", "SETBACKS": str(bad),
                                                 "OUTPUT": "memory:"})
    assert "setback_m" in str(error.value) and "Traceback" not in str(error.value)


def test_classbuffers_heritage_points_against_native(lantu_processing, tmp_path):
    table = tmp_path / "文物保护范围.csv"
    table.write_text("class,aliases,distance_m\n国保,全国重点文物保护单位,100\n省保,省级文物保护单位,50\n县保,,30\n",
                     encoding="utf-8")
    from qgis.core import QgsFeature

    points = QgsVectorLayer("Point?crs=EPSG:4523&field=JB:string", "文物", "memory")
    rows = [((0, 0), "全国重点文物保护单位"), ((120, 0), "省保"), ((500, 500), "县保"), ((900, 900), "市保")]
    features = []
    for (x, y), level in rows:
        f = QgsFeature(points.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POINT({X0 + x} {Y0 + y})"))
        f.setAttributes([level])
        features.append(f)
    points.dataProvider().addFeatures(features)
    result, log = run_algorithm("lantu:classbuffers", {
        "INPUT": points, "CLASS_FIELD": "JB", "DISTANCES": str(table), "OUTPUT": "memory:"})
    native = native_buffer(points, "CASE WHEN \"JB\" IN ('国保','全国重点文物保护单位') THEN 100 "
                                   "WHEN \"JB\" = '省保' THEN 50 WHEN \"JB\" = '县保' THEN 30 END")
    assert result["CONTROL_AREA_M2"] == pytest.approx(layer_area(native), rel=1e-9)
    assert result["UNMATCHED_COUNT"] == 1 and "市保" in log.text()
    zones = {f["class"]: f["area_m2"] for f in result["OUTPUT"].getFeatures()}
    circle = shapely.buffer(shapely.Point(0, 0), 100, quad_segs=5)
    assert zones["国保"] == pytest.approx(circle.area, rel=1e-9)
    assert zones["省保"] == pytest.approx(
        shapely.difference(shapely.buffer(shapely.Point(120, 0), 50, quad_segs=5), circle).area, rel=1e-9)
