"""Bad input gets a clear message in the planner's language, or a correct result; never a traceback."""
import pytest
from conftest import run_algorithm
from layers import PARCELS, box, memory_layer, rows_of
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer


def run_expecting_message(parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:landusestructure", {"OUTPUT": "memory:", **parameters})
    message = str(error.value)
    assert "Traceback" not in message
    return message


def test_geographic_crs_is_refused_with_the_crs_to_use(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string")], [
        (_lonlat_box(105.5, 32.0), "0101")], crs="EPSG:4490")
    message = run_expecting_message({"LANDUSE": layer})
    assert "EPSG:4523" in message and "EPSG:4544" in message and "105" in message


def test_geographic_crs_is_fine_for_ellipsoidal_area(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string")], [(_lonlat_box(105.5, 32.0), "0101")], crs="EPSG:4490")
    result, _ = run_algorithm("lantu:landusestructure", {
        "LANDUSE": layer, "CLASSIFICATION": 2, "AREA_METHOD": 1, "OUTPUT": "memory:"})
    # 0.01° × 0.01° at 32°N: about 1.113 km × 0.944 km
    assert result["TOTAL_AREA_M2"] == pytest.approx(1.113e6 * 0.9445, rel=5e-3)


def _lonlat_box(lon, lat, size=0.01):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(f"POLYGON(({lon} {lat},{lon + size} {lat},{lon + size} {lat + size},{lon} {lat + size},{lon} {lat}))")


def test_point_layer(lantu_processing):
    points = QgsVectorLayer("Point?crs=EPSG:4523&field=DLBM:string", "points", "memory")
    message = run_expecting_message({"LANDUSE": points})
    # names the layer, what it must be and what it holds
    assert "points" in message and "polygon layer" in message and "Point" in message


def test_missing_field(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 10, 10), "0101")])
    message = run_expecting_message({"LANDUSE": layer, "CODE_FIELD": "NOPE"})
    assert "NOPE" in message


def test_no_code_field_to_guess(lantu_processing):
    layer = memory_layer("dltb", [("CODE", "string")], [(box(0, 0, 10, 10), "0101")])
    message = run_expecting_message({"LANDUSE": layer})
    assert "DLBM" in message  # names the fields it looked for


def test_unknown_codes_cannot_be_detected(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 10, 10), "ABC"), (box(10, 0, 20, 10), "XYZ")])
    message = run_expecting_message({"LANDUSE": layer})
    assert "CLASSIFICATION" in message


def test_unknown_codes_are_rows_of_their_own(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 10, 10), "0101"), (box(10, 0, 20, 10), "XYZ")])
    result, log = run_algorithm("lantu:landusestructure", {"LANDUSE": layer, "CLASSIFICATION": 2, "OUTPUT": "memory:"})
    rows = rows_of(result)
    assert [(r["code"], r["kind"], r["area_m2"]) for r in rows] == [
        ("01", "class", 100.0), ("XYZ", "unknown", 100.0), ("", "total", 200.0)]
    assert "XYZ" in log.text()


def test_empty_layer(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string")], [])
    message = run_expecting_message({"LANDUSE": layer})
    assert "dltb" in message


def test_empty_and_null_geometries_are_skipped_and_counted(lantu_processing):
    from qgis.core import QgsGeometry

    layer = memory_layer("dltb", [("DLBM", "string")], [
        (box(0, 0, 10, 10), "0101"), (QgsGeometry(), "0101"), (QgsGeometry.fromWkt("POLYGON EMPTY"), "0103")])
    result, log = run_algorithm("lantu:landusestructure", {"LANDUSE": layer, "OUTPUT": "memory:"})
    assert result["TOTAL_AREA_M2"] == pytest.approx(100.0)
    warnings = [m for k, m in log.messages if k == "warning"]
    # the layer, the number skipped (one null, one empty) and why
    assert any("dltb" in m and "skipped 2 features" in m and "null or empty" in m for m in warnings), warnings


def test_text_in_the_area_field(lantu_processing):
    layer = memory_layer("dltb", [("DLBM", "string"), ("MJ", "string")], [(box(0, 0, 10, 10), "0101", "abc")])
    message = run_expecting_message({"LANDUSE": layer, "AREA_FIELD": "MJ"})
    assert "abc" in message


def test_gbk_shapefile_with_chinese_fields_under_a_chinese_path(lantu_processing, tmp_path):
    folder = tmp_path / "规划数据" / "现状"
    folder.mkdir(parents=True)
    path = folder / "地类图斑.shp"
    from osgeo import gdal

    # QGIS sets SHAPE_ENCODING="" (no recoding) once its OGR provider has run: write real GBK anyway
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    driver = ogr.GetDriverByName("ESRI Shapefile")
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = source.CreateLayer("地类图斑", srs, ogr.wkbPolygon, options=["ENCODING=GBK"])
    layer.CreateField(ogr.FieldDefn("地类编码", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("地类名称", ogr.OFTString))
    for geometry, code, name, _ in PARCELS:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("地类编码", code)
        feature.SetField("地类名称", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(geometry.asWkt()))
        layer.CreateFeature(feature)
    source = None
    gdal.SetConfigOption("SHAPE_ENCODING", previous)
    assert (folder / "地类图斑.cpg").read_text().strip().upper() in ("GBK", "CP936", "936")
    raw = (folder / "地类图斑.dbf").read_bytes()
    assert "农村宅基地".encode("gbk") in raw  # really GBK on disk

    shapefile = QgsVectorLayer(str(path), "地类图斑", "ogr")
    assert shapefile.isValid()
    result, log = run_algorithm("lantu:landusestructure", {
        "LANDUSE": shapefile, "CODE_FIELD": "地类编码", "LEVEL": 2, "OUTPUT": "memory:",
        "REPORT": str(folder / "用地结构表.html")})
    rows = {r["code"]: r for r in rows_of(result)}
    assert rows["0702"]["name"] == "农村宅基地"
    assert rows["0702"]["area_m2"] == pytest.approx(600_000)
    assert result["TOTAL_AREA_M2"] == pytest.approx(2_010_000)
    assert "农村宅基地" in (folder / "用地结构表.html").read_text(encoding="utf-8")
