"""The guard's CRS sanity (issue 14): labels the coordinates contradict, Web Mercator areas, layers with no CRS,
coordinates nowhere on the earth, and layers of one run that do not meet."""
import math
import os

import faults
import probe
import pytest
from conftest import run_algorithm
from layers import box, memory_layer
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return str(tmp_path_factory.mktemp("crs_sanity"))


@pytest.fixture(scope="module")
def base(folder):
    return faults.make_base(folder)


def structure(base, landuse=None, **extra):
    return run_algorithm("lantu:landusestructure", {
        "LANDUSE": landuse or f"{base['gpkg']}|layername=dltb", "CODE_FIELD": "DLBM", "OUTPUT": "memory:", **extra})


def refusal(base, **parameters):
    with pytest.raises(QgsProcessingException) as error:
        structure(base, **parameters)
    return str(error.value)


def test_area_scale_of_gauss_kruger_and_web_mercator():
    from lantu.processing_provider.bridge import coordinates

    gk = coordinates.area_scale(QgsCoordinateReferenceSystem("EPSG:4523"), (105.4, 32.05))
    mercator = coordinates.area_scale(QgsCoordinateReferenceSystem("EPSG:3857"), (105.4, 32.05))
    assert abs(gk - 1.0) < 1e-4  # 0.4° from the central meridian: k ≈ 1.00002
    # Mercator's scale is sec φ (on the sphere); on the ellipsoid a little less: within 0.5 %
    assert mercator == pytest.approx(1 / math.cos(math.radians(32.05)) ** 2, rel=5e-3)


def test_web_mercator_is_refused_for_planar_areas_naming_the_crs_to_use(lantu_processing, base, folder):
    message = refusal(base, landuse=faults.make("webmercator", base, "dltb", folder))
    assert "EPSG:3857" in message and "EPSG:4523" in message and "EPSG:4544" in message and "+39" in message


def test_web_mercator_is_fine_for_ellipsoidal_areas(lantu_processing, base, folder):
    clean, _ = structure(base, AREA_METHOD=1)
    mercator, _ = structure(base, landuse=faults.make("webmercator", base, "dltb", folder), AREA_METHOD=1)
    assert mercator["TOTAL_AREA_M2"] == pytest.approx(clean["TOTAL_AREA_M2"], rel=1e-6)


def test_a_layer_without_crs_is_read_in_the_crs_of_the_layer_it_lies_on(lantu_processing, base, folder):
    clean, _ = structure(base, ZONES=f"{base['gpkg']}|layername=village", ZONE_FIELD="XZQMC")
    result, log = structure(base, ZONES=faults.make("nocrs", base, "village", folder), ZONE_FIELD="XZQMC")
    rows = lambda r: sorted((f["zone"], f["code"], round(f["area_m2"], 3)) for f in r["OUTPUT"].getFeatures())  # noqa: E731
    assert rows(result) == rows(clean)
    assert "village_nocrs has no coordinate reference system" in log.text() and "EPSG:4523" in log.text()


def test_a_layer_without_crs_that_lies_elsewhere_is_refused(lantu_processing, base, folder):
    shifted = os.path.join(folder, "far", "village_far.shp")
    os.makedirs(os.path.dirname(shifted), exist_ok=True)
    gdal.VectorTranslate(shifted, base["gpkg"], layers=["village"], format="ESRI Shapefile",
                         options=["-dialect", "SQLite", "-sql", "SELECT ST_Translate(geom, -200000, 0, 0), XZQMC FROM village"])
    os.remove(shifted[:-4] + ".prj")
    message = refusal(base, ZONES=shifted, ZONE_FIELD="XZQMC")
    assert "village_far has no coordinate reference system" in message and "EPSG:4523" in message


def test_a_main_layer_without_crs_is_refused_naming_the_crs_its_eastings_carry(lantu_processing, base, folder):
    message = refusal(base, landuse=faults.make("nocrs", base, "dltb", folder))
    assert "dltb_nocrs has no valid coordinate reference system" in message and "EPSG:4523 would fit" in message


@pytest.mark.parametrize("method", [0, 1])
def test_a_zone_prefixed_easting_under_a_label_without_it_is_refused(lantu_processing, base, folder, method):
    message = refusal(base, ZONES=faults.make("gk_label", base, "village", folder), ZONE_FIELD="XZQMC", AREA_METHOD=method)
    assert "labelled EPSG:4547" in message and "zone number 35" in message and "most likely EPSG:4523" in message
    main = refusal(base, landuse=faults.make("gk_label", base, "dltb", folder), AREA_METHOD=method)
    assert "labelled EPSG:4547" in main and "Fallback" not in main


def test_six_digit_eastings_under_a_zone_prefixed_label_are_refused(lantu_processing, base):
    layer = memory_layer("dltb", [("DLBM", "string")], [("POLYGON((500000 3500000,500100 3500000,500100 3500100,"
                                                        "500000 3500100,500000 3500000))", "0101")], crs="EPSG:4523")
    message = refusal(base, landuse=layer)
    assert "6 digits" in message and "most likely EPSG:4544" in message


def test_the_wrong_zone_in_a_prefixed_label_is_refused(lantu_processing, base):
    layer = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 100, 100), "0101")], crs="EPSG:4524")
    message = refusal(base, landuse=layer)  # zone-35 eastings labelled zone 36
    assert "zone number 35" in message and "EPSG:4524" in message and "most likely EPSG:4523" in message


def test_coordinates_of_1e12_are_refused_also_for_ellipsoidal_areas(lantu_processing, base, folder):
    huge = faults.make("huge", base, "dltb", folder)
    for method in (0, 1):
        message = refusal(base, landuse=huge, AREA_METHOD=method)
        assert "lie nowhere on the earth" in message and "Fallback" not in message and "dltb" in message


def test_layers_that_do_not_meet_are_warned_about_and_marked(lantu_processing, base, folder):
    far = memory_layer("far", [], [(box(60_000, 0, 61_000, 1000),)])  # EPSG:4523, 60 km east of the window
    result, log = probe.run(probe.ReadProbe, {"INPUT": f"{base['gpkg']}|layername=dltb", "SECOND": far})
    assert result["SECOND_DISJOINT"] == "input (dltb)" and result["DISJOINT"] == ""
    assert "second (far) and input (dltb) do not overlap at all in EPSG:4523" in log.text()
    near, log = probe.run(probe.ReadProbe, {"INPUT": f"{base['gpkg']}|layername=dltb",
                                            "SECOND": f"{base['gpkg']}|layername=village"})
    assert near["SECOND_DISJOINT"] == "" and "do not overlap" not in log.text()


def test_the_guard_places_layers_even_where_qgis_transforms_pass_points_through(lantu_processing, base, monkeypatch):
    """QGIS 3.22 can leave a CRS made on an ended task thread in its caches without its PROJ object; every
    QgsCoordinateTransform with it is then a silent pass-through (seen in the test suite: a layer at 105°E was
    refused as lying "nowhere on the earth"). The guard's placing goes through GDAL, so such a QGIS still gets
    the right answer: here QGIS's transforms are made pass-throughs, and the run must agree with a clean one."""
    from qgis.core import QgsCoordinateTransform

    clean, _ = structure(base, AREA_METHOD=1)
    monkeypatch.setattr(QgsCoordinateTransform, "transform", lambda self, point, *rest: point)
    monkeypatch.setattr(QgsCoordinateTransform, "transformBoundingBox", lambda self, box, *rest: box)
    broken, _ = structure(base, AREA_METHOD=1)
    assert broken["TOTAL_AREA_M2"] == pytest.approx(clean["TOTAL_AREA_M2"], rel=1e-9)
    assert structure(base)[0]["TOTAL_AREA_M2"] == pytest.approx(clean["TOTAL_AREA_M2"], rel=1e-3)
