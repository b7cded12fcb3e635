"""lantu:slopefarmland against GDAL's own slope (gdal.DEMProcessing) and QGIS's zonal statistics."""
import os

import numpy as np
import pytest
from conftest import DEMO_GPKG, ROOT, run_algorithm
from layers import DATA, X0, Y0
from layers import wkt_layer as memory_layer
from osgeo import gdal, osr
from qgis.core import QgsRasterLayer, QgsVectorLayer

ANDORRA = os.path.join(DATA, "osm-andorra")
DEMO_DEM = os.path.join(ROOT, "resources", "demo", "dem.tif")


def write_dem(path, z, cell=10.0, nodata=-9999.0, epsg=4523, x0=X0, y0=Y0):
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), z.shape[1], z.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((x0, cell, 0, y0 + z.shape[0] * cell, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(z)
    dataset = None
    return str(path)


def polygons(name, rows, crs="EPSG:4523", fields=(("DLBM", "string"),)):
    return memory_layer("Polygon", name, fields, rows, crs)


def native_mean_slope(dem_path, layer, tmp_path):
    """Independent: gdaldem's slope raster, then native:zonalstatistics (mean, count) per feature."""
    import processing

    slope_path = str(tmp_path / f"slope_{os.path.basename(dem_path)}")
    gdal.DEMProcessing(slope_path, dem_path, "slope", alg="Horn")
    out = processing.run("native:zonalstatisticsfb", {
        "INPUT": layer, "INPUT_RASTER": slope_path, "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
        "STATISTICS": [0, 2], "OUTPUT": "memory:"})["OUTPUT"]
    return {f.id(): (f["z_mean"], f["z_count"]) for f in out.getFeatures()}, slope_path


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def lantu_rows(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return {f["source_fid"]: f for f in layer.getFeatures()}


def ring(cx, cy, r, n=7, phase=0.3):
    angles = phase + np.linspace(0, 2 * np.pi, n, endpoint=False)
    pts = [(cx + r * np.cos(a) * (1 + 0.3 * np.sin(3 * a)), cy + r * np.sin(a)) for a in angles]
    pts.append(pts[0])
    return "POLYGON((" + ",".join(f"{x} {y}" for x, y in pts) + "))"


@pytest.fixture()
def synthetic(tmp_path):
    return make_synthetic(tmp_path)


def make_synthetic(tmp_path):
    """(DEM path, parcels): a 60 × 80 DEM of 10 m cells with a void, and parcels over it."""
    rng = np.random.default_rng(7)
    rows, cols = 60, 80
    y, x = np.mgrid[0:rows, 0:cols]
    z = 500 + 3.0 * x + 0.08 * (x - 40) ** 2 + 5 * np.sin(y / 4.0) + rng.normal(0, 0.5, (rows, cols))
    z[20:24, 30:35] = -9999.0  # a void
    dem = write_dem(tmp_path / "dem.tif", z.astype(np.float32))
    parcels = [(ring(X0 + 100 + 60 * (k % 10) + 3.3, Y0 + 80 + 90 * (k // 10) + 1.7, 22 + 3 * (k % 4)), "0103")
               for k in range(40)]
    parcels += [(ring(X0 + 317.2, Y0 + 391.4, 6), "0101"),   # about one cell: QGIS weights covered fractions
                (ring(X0 + 325.1, Y0 + 376.3, 25), "0102"),  # over the void
                (ring(X0 + 3.1, Y0 + 300.2, 20), "0103"),    # on the DEM's edge, partly outside it
                (ring(X0 + 520.0, Y0 + 170.0, 18), "0103"),  # overlaps parcel 17: both count the shared cells
                (ring(X0 + 200.3, Y0 + 200.3, 30), "0301")]  # forest: not counted
    return dem, polygons("dltb", parcels)


def test_matches_gdaldem_and_zonal_statistics(lantu_processing, synthetic, tmp_path):
    dem, layer = synthetic
    native, _ = native_mean_slope(dem, layer, tmp_path)
    result, log = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    got = lantu_rows(result)
    forest = max(native)
    assert forest not in got and len(got) == len(native) - 1
    compared = 0
    for fid, feature in got.items():
        mean, count = native[fid]
        if mean is None or count == 0:
            assert is_null(feature["mean_slope"]) and is_null(feature["slope_grade"])
            continue
        assert feature["mean_slope"] == pytest.approx(mean, abs=1e-3), fid
        compared += 1
    assert compared >= 40
    # grades and areas follow from the mean slopes: recompute from the native means
    thresholds = np.array([2, 6, 15, 25])
    grade_area = np.zeros(6)
    for fid, feature in got.items():
        mean = native[fid][0]
        if mean is not None:
            grade = int(np.searchsorted(thresholds, mean, side="left")) + 1
            assert feature["slope_grade"] == grade
            grade_area[grade] += feature["area_m2"]
    for g in range(1, 6):
        assert result[f"AREA_GRADE_{g}_M2"] == pytest.approx(grade_area[g], rel=1e-9)
    # the fixture's 4 × 5 void (rows 20–23, columns 30–34: x 300–350 m, y 360–400 m) lies inside the parcels' extent
    assert "The DEM has 20 cells without data" in log.text()


def test_steep_area_counts_cells_above_25(lantu_processing, synthetic, tmp_path):
    dem, layer = synthetic
    _, slope_path = native_mean_slope(dem, layer, tmp_path)
    slope = gdal.Open(slope_path).ReadAsArray().astype(float)
    result, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    got = lantu_rows(result)
    # independent count with QGIS geometry: cell centres inside each parcel, slope > 25°
    import shapely  # noqa: F401  (only to be sure the test runs where the engine runs)
    from qgis.core import QgsPointXY

    steep_total = 0.0
    for feature in layer.getFeatures():
        if feature.id() not in got or got[feature.id()]["cells"] <= 1:
            continue
        geometry = feature.geometry()
        box = geometry.boundingBox()
        inside = above = 0
        for r in range(slope.shape[0]):
            cy = Y0 + slope.shape[0] * 10 - (r + 0.5) * 10
            if not box.yMinimum() <= cy <= box.yMaximum():
                continue
            for c in range(slope.shape[1]):
                cx = X0 + (c + 0.5) * 10
                if box.xMinimum() <= cx <= box.xMaximum() and geometry.contains(QgsPointXY(cx, cy)):
                    if slope[r, c] != -9999.0:
                        inside += 1
                        above += slope[r, c] > 25
        expected = geometry.area() * above / inside if inside else 0.0
        assert got[feature.id()]["steep_area_m2"] == pytest.approx(expected, rel=1e-9, abs=1e-6)
        steep_total += expected
    assert steep_total > 0
    assert result["STEEP_AREA_M2"] >= steep_total - 1e-6


def test_andorra_dem_with_voids(lantu_processing, tmp_path):
    source = QgsVectorLayer(os.path.join(ANDORRA, "andorra_osm.gpkg") + "|layername=landuse", "landuse", "ogr")
    layer = polygons("landuse", [(f.geometry().asWkt(), "0103") for f in source.getFeatures() if not f.geometry().isEmpty()],
                     crs="EPSG:32631")
    dem = os.path.join(ANDORRA, "dem_srtm3_epsg32631_60m.tif")
    native, _ = native_mean_slope(dem, layer, tmp_path)
    result, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    got = lantu_rows(result)
    means = [(got[fid]["mean_slope"], native[fid][0]) for fid in native if native[fid][0] is not None]
    assert len(means) > 150
    for mine, theirs in means:
        assert mine == pytest.approx(theirs, abs=1e-3)
    assert result["STEEP_AREA_M2"] > 0  # the Pyrenees are steep


def test_dem_in_another_crs_is_warped(lantu_processing, tmp_path):
    """A geographic DEM is warped to the layer's CRS first; compare with native on the same warp."""
    source = QgsVectorLayer(os.path.join(ANDORRA, "andorra_osm.gpkg") + "|layername=landuse", "landuse", "ogr")
    layer = polygons("landuse", [(f.geometry().asWkt(), "0103") for f in source.getFeatures()
                                 if f["landuse"] in ("forest", "grassland", "meadow", "farmland")], crs="EPSG:32631")
    geographic = str(tmp_path / "dem_4326.tif")
    gdal.Warp(geographic, os.path.join(ANDORRA, "dem_srtm3_epsg32631_60m.tif"), dstSRS="EPSG:4326", resampleAlg="near")
    back = str(tmp_path / "dem_back.tif")
    gdal.Warp(back, geographic, dstSRS=QgsRasterLayer(os.path.join(ANDORRA, "dem_srtm3_epsg32631_60m.tif")).crs().toWkt(),
              resampleAlg="bilinear")
    native, _ = native_mean_slope(back, layer, tmp_path)
    result, log = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": geographic, "OUTPUT": "memory:"})
    got = lantu_rows(result)
    assert "warped" in log.text()
    pairs = [(got[fid]["mean_slope"], native[fid][0]) for fid in native if native[fid][0] is not None]
    assert len(pairs) > 40
    assert np.allclose([p[0] for p in pairs], [p[1] for p in pairs], atol=1e-3)


def test_demo_dem_and_gdpdjb_fallback(lantu_processing, tmp_path):
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername=dltb", "dltb", "ogr")
    with_dem, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": DEMO_DEM, "OUTPUT": "memory:"})
    without, log = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "OUTPUT": "memory:"})
    # independent: the GDPDJB grades of the cultivated parcels, summed with QGIS geometry areas
    expected = np.zeros(6)
    for feature in layer.getFeatures():
        if str(feature["DLBM"]).startswith("01") and feature["GDPDJB"]:
            expected[int(feature["GDPDJB"])] += feature.geometry().area()
    for g in range(1, 6):
        assert without[f"AREA_GRADE_{g}_M2"] == pytest.approx(expected[g], rel=1e-9)
    assert without["STEEP_AREA_M2"] == pytest.approx(expected[5], rel=1e-9)
    total = sum(with_dem[f"AREA_GRADE_{g}_M2"] for g in range(1, 6))
    assert total == pytest.approx(expected[1:].sum(), rel=1e-6)
    assert "GDPDJB" in log.text()


def test_needle_far_from_the_dem_corner(lantu_processing, tmp_path):
    """A needle of 5e-8 m² (as the 400k demo's parcel 140525) 38 km from the top-left corner of the DEM window read
    (parcels spread over the whole DEM), under one cell:
    QGIS weights the cells it covers, so it has a mean. Lantu's ring orientation, summed in coordinates from the
    corner (products of 1.4e9 m²), lost the needle's sign and gave it none."""
    rng = np.random.default_rng(20)
    y, x = np.mgrid[0:400, 0:400]
    z = 500 + 0.4 * x + 0.2 * y + rng.normal(0, 0.5, (400, 400))
    dem = write_dem(tmp_path / "wide.tif", z.astype(np.float32), cell=100.0)
    x0, y0 = X0 + 38_040.0, Y0 + 1_950.0
    needle = f"POLYGON(({x0} {y0},{x0 + 0.15} {y0 + 2.35},{x0 + 0.15 + 4e-8} {y0 + 2.35},{x0} {y0}))"
    plain = ring(X0 + 38_300.0, Y0 + 2_300.0, 150)  # an ordinary parcel beside it
    far = ring(X0 + 600.0, Y0 + 39_300.0, 150)  # one in the far corner: the window read spans the whole DEM
    layer = polygons("dltb", [(needle, "0101"), (plain, "0101"), (far, "0102")])
    native, _ = native_mean_slope(dem, layer, tmp_path)
    assert all(mean is not None for mean, _ in native.values())  # QGIS gives both a mean
    result, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    got = lantu_rows(result)
    for fid, (mean, _count) in native.items():
        assert not is_null(got[fid]["mean_slope"]), fid
        assert got[fid]["mean_slope"] == pytest.approx(mean, abs=1e-3), fid


@pytest.mark.parametrize("thresholds", ["2,6,15", "25,15,6,2", "a,b,c,d"])
def test_bad_thresholds(lantu_processing, synthetic, thresholds):
    from qgis.core import QgsProcessingException

    dem, layer = synthetic
    with pytest.raises(QgsProcessingException, match="THRESHOLDS"):
        run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "THRESHOLDS": thresholds, "OUTPUT": "memory:"})


def test_no_dem_and_no_gdpdjb(lantu_processing, synthetic):
    from qgis.core import QgsProcessingException

    _, layer = synthetic
    with pytest.raises(QgsProcessingException, match="GDPDJB"):
        run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "OUTPUT": "memory:"})


def test_stale_stored_extent_is_not_trusted(lantu_processing, synthetic, tmp_path):
    # A GeoPackage whose gpkg_contents extent was left small by another tool: the slope is started
    # over that extent, then computed again over the parcels' own; the means equal the memory layer's.
    import sqlite3

    from layers import to_gpkg

    dem, layer = synthetic
    expected, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    path = tmp_path / "stale.gpkg"
    to_gpkg(layer, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?",
                   (X0 + 90, Y0 + 90, X0 + 140, Y0 + 140))
    stale = QgsVectorLayer(f"{path}|layername=dltb", "dltb", "ogr")
    assert stale.extent().width() < 100  # the stored extent is what QGIS reports
    got, log = run_algorithm("lantu:slopefarmland", {"LANDUSE": stale, "DEM": dem, "OUTPUT": "memory:"})
    assert "out of date" in log.text()
    mine, theirs = lantu_rows(got), lantu_rows(expected)
    assert len(mine) == len(theirs) > 40
    for fid, feature in theirs.items():
        a, b = feature["mean_slope"], mine[fid]["mean_slope"]
        assert (is_null(a) and is_null(b)) or a == pytest.approx(b, abs=1e-9)
