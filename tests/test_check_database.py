"""lantu:checkdatabase (成果数据库质检): a template (.gdb), a schema table and a delivered database built by
tests/plan_database.py with one planted defect of every check kind; each is found exactly once, where it was planted,
and nothing else is found. The database and the template are only read."""
import glob
import hashlib
import os

import pytest
import shapely
from conftest import DEMO_GPKG, run_algorithm
from plan_database import PLANTED, TOWNSHIP, box, build, coverage_pieces


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(str(tmp_path_factory.mktemp("plan_database")))


def _hashes(*roots):
    files = []
    for root in roots:
        files += [root] if os.path.isfile(root) else glob.glob(os.path.join(root, "**", "*"), recursive=True)
    out = {}
    for path in sorted(f for f in files if os.path.isfile(f)):
        with open(path, "rb") as f:
            out[path] = hashlib.sha256(f.read()).hexdigest()
    return out


def count_edges(monkeypatch):
    """A list that grows by one each time the coverage's edges are found (database_geometry.coverage_edges)."""
    from lantu.core import database_geometry

    calls, original = [], database_geometry.coverage_edges
    monkeypatch.setattr(database_geometry, "coverage_edges", lambda *a, **k: calls.append(1) or original(*a, **k))
    return calls


def run(built, tmp_path, **extra):
    parameters = {"DATABASE": built["delivered"], "TEMPLATE": built["template"], "SCHEMA": built["schema"],
                  "XZQDM": TOWNSHIP, "OUTPUT": "memory:", "AREAS": "memory:", "SUMMARY": "memory:",
                  "REPORT": str(tmp_path / "report.html")}
    parameters.update(extra)
    result, feedback = run_algorithm("lantu:checkdatabase", parameters)
    findings = [dict(zip(f.fields().names(), f.attributes())) | {"_geom": f.geometry()}
                for f in result["OUTPUT"].getFeatures()]
    summary = {f["check_id"]: dict(zip(f.fields().names(), f.attributes())) for f in result["SUMMARY"].getFeatures()}
    areas = [dict(zip(f.fields().names(), f.attributes())) | {"_geom": f.geometry()} for f in result["AREAS"].getFeatures()]
    return result, findings, summary, areas, feedback


def test_every_planted_defect_is_found_once_where_it_was_planted(lantu_processing, built, tmp_path, monkeypatch):
    before = _hashes(built["delivered"], built["template"], built["schema"])
    edges = count_edges(monkeypatch)
    result, findings, summary, areas, feedback = run(built, tmp_path)
    assert len(edges) == 1  # the coverage's edges found once, beside the other checks: nothing needed repair there
    # GHDLTB and XZQ are read first (their edges start at once), yet the layers are told in the database's order
    told = [line.split(":")[0] for line in feedback.text().splitlines() if " features, " in line or "(0 features)" in line]
    assert told == sorted(os.path.splitext(f)[0] for f in os.listdir(built["delivered"]) if f.endswith(".shp"))
    assert _hashes(built["delivered"], built["template"], built["schema"]) == before  # inputs never modified
    found = sorted((f["check_id"], f["layer"].upper(), f["src_fid"]) for f in findings)
    planted = sorted((check, layer, fid) for check, (layer, fid) in PLANTED.items())
    assert found == planted, feedback.text()[-3000:]
    # every check kind of the summary failed exactly once: none was left unchecked, none found twice
    assert set(summary) == set(PLANTED)
    assert all(row["count"] == 1 and row["status"] == "不通过" for row in summary.values()), summary
    assert result["ERROR_COUNT"] + result["WARNING_COUNT"] == len(PLANTED)
    assert result["WARNING_COUNT"] == 3  # layer_extra, field_extra, field_decimals are warnings
    assert result["LAYERS_CHECKED"] == 8 and result["VERDICT"] == "不通过"
    assert os.path.getsize(tmp_path / "report.html") > 0


def test_findings_carry_their_own_geometry(lantu_processing, built, tmp_path):
    """The overlap, gap and outside pieces are the polygons shapely finds on the planted coverage by itself."""
    _, findings, _, areas, _ = run(built, tmp_path)
    pieces = coverage_pieces()
    expected = {"coverage_overlap": pieces[2].intersection(pieces[3]).area,
                "coverage_gap": 100.0, "coverage_outside": pieces[3].area - 100 * 200,
                "control_line_overlap": 20 * 20}
    got = {a["check_id"]: a["_geom"].area() for a in areas}
    assert got == pytest.approx(expected)
    invalid = next(f for f in findings if f["check_id"] == "geometry_invalid")
    point = shapely.from_wkt(invalid["_geom"].asWkt())
    assert point.distance(shapely.Point(35_542_320.0, 3_544_120.0)) < 1e-6  # where the bow-tie crosses itself
    assert "EPSG:4523" in next(f for f in findings if f["check_id"] == "crs_zone")["message"]


def test_a_check_that_cannot_look_says_not_checked(lantu_processing, built, tmp_path):
    """Without the township code and the schema table (the template says nothing of values), the value checks
    that need them are 未检查, never 通过."""
    result, findings, summary, _, _ = run(built, tmp_path, SCHEMA=None, XZQDM="")
    for check in ("xzqdm_mismatch", "ysdm_mismatch", "value_domain", "name_mismatch", "value_required",
                  "coverage_gap", "control_line_overlap"):
        assert summary[check]["status"] == "未检查" and summary[check]["not_checked_because"], check
    assert summary["bsm_duplicate"]["status"] == "不通过"  # a BSM field is there: still looked at


def test_the_demo_against_the_example_schema(lantu_processing, tmp_path):
    """With no template and no schema the example schema is used (and said to be an example); the demo's layers,
    named otherwise, are extra, the schema's missing."""
    result, feedback = run_algorithm("lantu:checkdatabase", {"DATABASE": DEMO_GPKG, "OUTPUT": "memory:"})
    assert "EXAMPLE" in feedback.text()
    assert result["LAYERS_CHECKED"] >= 10 and result["ERROR_COUNT"] > 0


def test_a_database_lantu_cannot_read_is_refused_by_name(lantu_processing, tmp_path):
    from qgis.core import QgsProcessingException

    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(QgsProcessingException, match="notes.txt"):
        run_algorithm("lantu:checkdatabase", {"DATABASE": str(tmp_path / "notes.txt"), "OUTPUT": "memory:"})


def test_a_code_table_of_ones_own_replaces_the_built_in_one(lantu_processing, built, tmp_path):
    """CODE_TABLES: a facility table that knows code 77 (其他) makes the planted domain defect no defect."""
    table = tmp_path / "facility.csv"
    table.write_text("code,name\n01,村委会\n02,综合服务中心\n77,其他\n", encoding="utf-8")
    _, findings, summary, _, _ = run(built, tmp_path, CODE_TABLES=[str(table)])
    assert summary["value_domain"]["status"] == "通过" and summary["name_mismatch"]["count"] == 1
    assert not [f for f in findings if f["check_id"] == "value_domain"]


def test_a_coverage_with_an_invalid_parcel_is_checked_as_repaired(lantu_processing, built, tmp_path, monkeypatch):
    """The coverage's edges start on the geometries as read, beside the other checks; where a parcel needs repair
    they are worked out again on the repaired ones: a parcel whose hole lies beyond its shell (invalid, kept so in a
    GeoPackage) becomes two polygons, one of them beyond XZQ, which the parcel as read does not show."""
    from osgeo import ogr
    from plan_database import srs

    path = str(tmp_path / "delivered.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    stray = shapely.Polygon(box(100, 0, 200, 200).exterior.coords, [box(300, 0, 310, 10).exterior.coords])
    for name, geoms in (("XZQ", [box(0, 0, 200, 200)]), ("GHDLTB", [box(0, 0, 100, 200), stray])):
        layer = source.CreateLayer(name, srs(4523), ogr.wkbPolygon)
        for geom in geoms:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
            layer.CreateFeature(feature)
    source = None
    edges = count_edges(monkeypatch)
    _, findings, _, areas, _ = run({**built, "delivered": path}, tmp_path)
    assert len(edges) == 2  # started on the parcels as read, then again on the repaired ones
    assert [(f["layer"], f["src_fid"]) for f in findings if f["check_id"] == "geometry_invalid"] == [("GHDLTB", 2)]
    beyond = [a for a in areas if a["check_id"] == "coverage_outside"]
    want = shapely.difference(shapely.make_valid(stray), box(0, 0, 200, 200))
    assert len(beyond) == 1 and beyond[0]["src_fid"] == 2
    assert beyond[0]["_geom"].area() == pytest.approx(want.area) and want.area == pytest.approx(100.0)
    assert not [a for a in areas if a["check_id"] in ("coverage_gap", "coverage_overlap")]


def test_ellipsoidal_areas_find_the_same_defects(lantu_processing, built, tmp_path, monkeypatch):
    """AREA_METHOD ellipsoidal: areas and topology in an equal-area CRS at the data's centre, so nothing is started
    on the geometries as read; the same defects are found, with areas within 0.1 % of the planar ones (the
    township lies by zone 35's central meridian, where Gauss-Krüger scales areas by less than that)."""
    edges = count_edges(monkeypatch)
    _, planar, _, planar_areas, _ = run(built, tmp_path)
    assert len(edges) == 1
    _, found, _, areas, feedback = run(built, tmp_path, AREA_METHOD=1)
    assert len(edges) == 2  # once more: on the moved geometries only
    assert sorted((f["check_id"], f["layer"], f["src_fid"]) for f in found) == \
        sorted((f["check_id"], f["layer"], f["src_fid"]) for f in planar), feedback.text()[-2000:]
    want = {a["check_id"]: a["_geom"] for a in planar_areas}
    got = {a["check_id"]: a["_geom"] for a in areas}
    assert got.keys() == want.keys()
    for check, geom in got.items():  # worked out in the equal-area CRS, written where the planar pieces lie
        assert geom.area() == pytest.approx(want[check].area(), rel=1e-3), check
        assert geom.centroid().distance(want[check].centroid()) < 0.01, check
        assert geom.symDifference(want[check]).area() < 1e-3 * want[check].area(), check


@pytest.mark.parametrize("gdal_raises", [False, True])
def test_a_place_the_layers_crs_cannot_give_is_left_empty(lantu_processing, built, tmp_path, gdal_raises):
    """GGJCSSD says EPSG:4547 (no zone prefix) but its eastings carry zone 35: moved to the output's CRS as QGIS
    would draw them they lie beyond the projection, so its findings have no place, never an infinite one; the
    layers whose CRS is the output's keep theirs. The same where GDAL raises instead of answering inf (osr's
    exceptions on, as gdal.UseExceptions() sets them from GDAL 3.7)."""
    import math

    from osgeo import gdal, osr

    was, logged = osr.GetUseExceptions(), []
    (osr.UseExceptions if gdal_raises else osr.DontUseExceptions)()
    gdal.PushErrorHandler(lambda level, number, message: logged.append(message))  # what QGIS would log as GDAL's
    try:
        _, findings, _, _, _ = run(built, tmp_path)
    finally:
        gdal.PopErrorHandler()
        (osr.UseExceptions if was else osr.DontUseExceptions)()
    assert not [m for m in logged if "projection domain" in m]  # an answer here, not an error in the planner's log
    points = [f for f in findings if f["layer"] == "GGJCSSD" and f["src_fid"] >= 0]
    assert points and all(f["_geom"].isNull() or f["_geom"].isEmpty() for f in points)
    for f in findings:
        if not f["_geom"].isNull():
            point = f["_geom"].centroid().asPoint()
            assert math.isfinite(point.x()) and math.isfinite(point.y()), f
    assert any(not f["_geom"].isNull() for f in findings if f["layer"] == "GHDLTB")

