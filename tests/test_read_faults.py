"""What the bridge's readers do with faulty geometry and text (issue 14): curves linearised as QGIS does on
both read paths, open rings closed, NaN and infinite vertices dropped and named (kept visible with
repair=False), geometry collections reduced to their polygons, and shapefiles that declare no encoding."""
import os

import faults
import probe
import pytest
import shapely
from conftest import run_algorithm
from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsVectorLayer, QgsWkbTypes

from lantu.core import geometry


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return str(tmp_path_factory.mktemp("read_faults"))


@pytest.fixture(scope="module")
def base(folder):
    return faults.make_base(folder)


def clean_area(base, layer):
    """Σ area of a base layer, by OGR and shapely (each polygon made valid as the readers do)."""
    dataset = ogr.Open(base["gpkg"])
    geoms = shapely.from_wkb([bytes(f.GetGeometryRef().ExportToIsoWkb()) for f in dataset.GetLayerByName(layer)])
    return float(shapely.area(geometry.make_valid_polygons(geoms)).sum()), geoms


def qgis_linear_area(uri):
    """Σ area as QGIS itself measures the layer: curves segmentized, invalid polygons made valid by GEOS."""
    layer = QgsVectorLayer(uri, "curves", "ogr")
    total = 0.0
    for feature in layer.getFeatures():
        g = feature.geometry()
        if QgsWkbTypes.isCurvedType(g.wkbType()):
            g = QgsGeometry(g.constGet().segmentize())
        total += g.makeValid().area() if not g.isGeosValid() else g.area()
    return total


def test_curves_are_linearised_as_qgis_does_on_both_read_paths(lantu_processing, base, folder):
    uri = faults.make("curve", base, "dltb", folder)
    expected = qgis_linear_area(uri)
    fast, log = probe.run(probe.ReadProbe, {"INPUT": uri})  # a GeoPackage path: GDAL's Arrow stream
    layer = QgsVectorLayer(uri, "curves", "ogr")
    layer.setSubsetString("fid >= 0")  # a filter: only QGIS's feature iteration sees it
    slow, _ = probe.run(probe.ReadProbe, {"INPUT": layer})
    assert fast["CURVED"] == slow["CURVED"] == 2 and fast["COUNT"] == slow["COUNT"] == 235
    assert fast["AREA"] == pytest.approx(expected, rel=1e-9) and slow["AREA"] == pytest.approx(expected, rel=1e-9)
    assert "2 curved geometries (arcs) were linearised" in log.text()


def test_curved_lines_are_linearised_too(lantu_processing, base, folder):
    uri = faults.make("curve", base, "roads", folder)
    result, _ = probe.run(probe.ReadProbe, {"INPUT": uri})
    assert result["CURVED"] == 2 and result["COUNT"] == 9


@pytest.mark.parametrize("path", ["fast", "iteration"])
def test_nan_and_infinite_vertices_are_dropped_and_named(lantu_processing, base, folder, path):
    uri = faults.make("nan", base, "dltb", folder)
    bad = faults.fault_fids(base["gpkg"], "dltb")
    source = uri if path == "fast" else _filtered(uri)
    result, log = probe.run(probe.ReadProbe, {"INPUT": source})
    total, geoms = clean_area(base, "dltb")
    dataset = ogr.Open(base["gpkg"])  # kept while its layer is read: OGR frees the layer with it
    fids = [f.GetFID() for f in dataset.GetLayerByName("dltb")]
    lost = sum(shapely.area(geometry.make_valid_polygons(geoms[[fids.index(f) for f in bad]])))
    assert result["COUNT"] == 233 and result["AREA"] == pytest.approx(total - lost, rel=1e-9)
    warning = next(m for kind, m in log.messages if kind == "warning" and "NaN" in m)
    name = "dltb" if path == "fast" else "filtered"
    assert warning.startswith(f"input ({name}): skipped 2 features") and f"{bad[0]}, {bad[1]}" in warning


def test_with_repair_off_the_faults_stay_visible(lantu_processing, base, folder):
    nan, _ = probe.run(probe.ReadProbe, {"INPUT": faults.make("nan", base, "dltb", folder), "REPAIR": False})
    opened, _ = probe.run(probe.ReadProbe, {"INPUT": faults.make("unclosed", base, "dltb", folder), "REPAIR": False})
    bad = faults.fault_fids(base["gpkg"], "dltb")
    assert nan["COUNT"] == 235 and nan["FAULTS"] == f"{bad[0]}:{geometry.NOT_FINITE},{bad[1]}:{geometry.NOT_FINITE}"
    assert opened["FAULTS"] == f"{bad[0]}:{geometry.UNCLOSED},{bad[1]}:{geometry.UNCLOSED}"


@pytest.mark.parametrize("path", ["fast", "iteration"])
def test_open_rings_are_closed_and_named(lantu_processing, base, folder, path):
    uri = faults.make("unclosed", base, "dltb", folder)
    source = uri if path == "fast" else _filtered(uri)
    result, log = probe.run(probe.ReadProbe, {"INPUT": source})
    total, _ = clean_area(base, "dltb")
    assert result["COUNT"] == 235 and result["AREA"] == pytest.approx(total, rel=1e-9)
    if path == "fast":  # QGIS's feature iteration closes the rings itself: only GDAL's raw WKB shows them open
        bad = faults.fault_fids(base["gpkg"], "dltb")
        assert any("closed the open rings of 2 features" in m and f"{bad[0]}, {bad[1]}" in m for _, m in log.messages)


def test_geometry_collections_in_a_polygon_layer_keep_their_polygons(lantu_processing, base, folder):
    result, log = probe.run(probe.ReadProbe, {"INPUT": faults.make("collection", base, "dltb", folder)})
    total, _ = clean_area(base, "dltb")
    assert result["COUNT"] == 235 and result["AREA"] == pytest.approx(total, rel=1e-9)
    bad = faults.fault_fids(base["gpkg"], "dltb")
    assert any("geometry collection" in m and f"{bad[0]}, {bad[1]}" in m for _, m in log.messages)


def test_checklanduse_no_longer_crashes_on_the_faults_it_reports(lantu_processing, base, folder):
    errors = {}
    for fault in ("nan", "curve", "unclosed"):
        result, log = run_algorithm("lantu:checklanduse", {
            "LANDUSE": faults.make(fault, base, "dltb", folder), "CODE_FIELD": "DLBM", "OUTPUT": "memory:",
            "SUMMARY": "memory:"})
        errors[fault] = result["ERROR_COUNT"]
    # the demo's bow-tie in every one; the two NaN features and the two open rings as invalid geometry (each named);
    # the arcs bulge over their neighbours, which is found as overlaps
    assert errors["nan"] == 3 and errors["unclosed"] == 3 and errors["curve"] > 1


def _filtered(uri):
    layer = QgsVectorLayer(uri, "filtered", "ogr")
    layer.setSubsetString("fid >= 0")
    return layer


# --- encodings -----------------------------------------------------------------------------------------
def zone_names(result):
    return sorted({f["zone"] for f in result["OUTPUT"].getFeatures()})


@pytest.fixture()
def clean_zones(base, lantu_processing):
    result, _ = run_algorithm("lantu:landusestructure", {
        "LANDUSE": f"{base['gpkg']}|layername=dltb", "CODE_FIELD": "DLBM", "ZONES": f"{base['gpkg']}|layername=village",
        "ZONE_FIELD": "XZQMC", "OUTPUT": "memory:"})
    return zone_names(result), result["TOTAL_AREA_M2"]


def structure_with_zones(base, zones):
    return run_algorithm("lantu:landusestructure", {
        "LANDUSE": f"{base['gpkg']}|layername=dltb", "CODE_FIELD": "DLBM", "ZONES": zones, "ZONE_FIELD": "XZQMC",
        "OUTPUT": "memory:"})


def test_a_gbk_shapefile_without_cpg_is_read_as_gb18030(lantu_processing, base, folder, clean_zones):
    result, log = structure_with_zones(base, faults.make("gbk", base, "village", folder))
    assert zone_names(result) == clean_zones[0] and any("社区" in n or "村" in n for n in clean_zones[0])
    assert "village_gbk: the .dbf declares no code page and there is no .cpg; its text is read as GB18030" in log.text()


def test_a_utf8_shapefile_without_cpg_stays_utf8(lantu_processing, base, folder, clean_zones):
    path = faults.make("nocrs", base, "village", os.path.join(folder, "utf8"))  # UTF-8, with .cpg, without .prj
    os.remove(path[:-4] + ".cpg")
    with open(path[:-4] + ".dbf", "r+b") as dbf:
        dbf.seek(29)
        dbf.write(b"\x00")
    result, log = structure_with_zones(base, path)
    assert zone_names(result) == clean_zones[0] and "its text is read as UTF-8." in log.text()


def test_a_project_layer_is_read_in_the_right_encoding_and_left_as_it_is(lantu_processing, base, folder, clean_zones):
    layer = QgsVectorLayer(faults.make("gbk", base, "village", os.path.join(folder, "project")), "村界", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        result, _ = structure_with_zones(base, layer.id())
        assert zone_names(result) == clean_zones[0]
        assert layer.dataProvider().encoding() == "UTF-8"  # the planner's layer is not changed
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_shapefile_without_cpg_or_prj_keeps_the_crs_set_for_it(lantu_processing, base, folder, clean_zones):
    """Read in its detected encoding, through a copy that keeps the CRS the planner set for it: the village bounds in
    CGCS2000 degrees (EPSG:4490), without .prj, under parcels in metres."""
    from osgeo import gdal

    geographic = os.path.join(folder, "noprj", "village_4490.gpkg")
    os.makedirs(os.path.dirname(geographic), exist_ok=True)
    gdal.VectorTranslate(geographic, base["gpkg"], layers=["village"], dstSRS="EPSG:4490", format="GPKG")
    path = faults.make("gbk", {"gpkg": geographic}, "village", os.path.join(folder, "noprj"))
    os.remove(path[:-4] + ".prj")
    layer = QgsVectorLayer(path, "村界", "ogr")
    assert not layer.crs().isValid()
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    QgsProject.instance().addMapLayer(layer)
    try:
        result, _ = structure_with_zones(base, layer.id())
        assert zone_names(result) == clean_zones[0]
        assert result["TOTAL_AREA_M2"] == pytest.approx(clean_zones[1], rel=1e-4)  # bounds moved there and back
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_docks_copy_of_a_layer_is_given_the_encoding_itself(lantu_processing, base, folder, clean_zones):
    """The dock hands a background run a copy of its own (ui/task_inputs.py): that copy, not the planner's layer,
    is set to the detected encoding, and it is passed on as itself (its id is in no project the task could see)."""
    from lantu.processing_provider.bridge.fast_read import OWN_COPY

    layer = QgsVectorLayer(faults.make("gbk", base, "village", os.path.join(folder, "own")), "村界", "ogr")
    copy = layer.clone()
    copy.setCustomProperty(OWN_COPY, True)
    result, _ = structure_with_zones(base, copy)
    assert zone_names(result) == clean_zones[0]
    assert copy.dataProvider().encoding() == "GB18030" and layer.dataProvider().encoding() == "UTF-8"


def test_an_expression_field_is_read_through_qgis_not_the_file(lantu_processing, base, clean_zones):
    """GDAL's fast read sees only the file's fields: a layer with an expression field (or a join) is read by QGIS."""
    from lantu.processing_provider.bridge.writing import _field

    layer = QgsVectorLayer(f"{base['gpkg']}|layername=village", "村", "ogr")
    layer.addExpressionField('"XZQMC"', _field("NAME2", "str"))
    result, _ = run_algorithm("lantu:landusestructure", {
        "LANDUSE": f"{base['gpkg']}|layername=dltb", "CODE_FIELD": "DLBM", "ZONES": layer, "ZONE_FIELD": "NAME2",
        "OUTPUT": "memory:"})
    assert zone_names(result) == clean_zones[0]


def test_detect_reads_only_the_text_fields(tmp_path):
    from lantu.processing_provider.bridge import encoding

    path = faults.make("gbk", faults.make_base(str(tmp_path)), "settlement", str(tmp_path))
    assert not encoding.declares_encoding(path) and encoding.detect(encoding.dbf_of(path)) == "GB18030"
    utf8 = faults.make("nocrs", faults.make_base(str(tmp_path)), "settlement", str(tmp_path))
    assert encoding.declares_encoding(utf8) and encoding.detect(encoding.dbf_of(utf8)) == "UTF-8"
