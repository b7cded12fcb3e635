"""Issue 14: DEMs as planners receive them. Single-band elevation rasters are accepted in any orientation and
CRS (a south-up DEM gives the same slopes as the north-up one, not 'no DEM cell with data' and 0 ha of steep
land); an RGB image is refused; a DEM that covers no parcel is refused, not reported as 0 ha."""
import numpy as np
import pytest
from conftest import run_algorithm
from layers import X0, Y0
from osgeo import gdal, osr
from qgis.core import QgsProcessingException
from test_slope_farmland import is_null, lantu_rows, make_synthetic, native_mean_slope, write_dem


@pytest.fixture()
def synthetic(tmp_path):
    return make_synthetic(tmp_path)


def south_up(north_up, path):
    """The same DEM stored south-up: rows bottom to top, a positive y pixel size."""
    source = gdal.Open(north_up)
    z = source.GetRasterBand(1).ReadAsArray()
    x0, xres, _, y_top, _, yres = source.GetGeoTransform()
    target = gdal.GetDriverByName("GTiff").Create(str(path), z.shape[1], z.shape[0], 1, gdal.GDT_Float32)
    target.SetGeoTransform((x0, xres, 0, y_top + z.shape[0] * yres, 0, -yres))
    target.SetProjection(source.GetProjection())
    band = target.GetRasterBand(1)
    band.SetNoDataValue(source.GetRasterBand(1).GetNoDataValue())
    band.WriteArray(z[::-1])
    target = None
    return str(path)


def test_south_up_dem_gives_the_north_up_slopes(lantu_processing, synthetic, tmp_path):
    dem, layer = synthetic
    flipped = south_up(dem, tmp_path / "south_up.tif")
    assert gdal.Open(flipped).GetGeoTransform()[5] > 0
    native, _ = native_mean_slope(dem, layer, tmp_path)  # independent: gdaldem + zonal statistics, north-up
    result, log = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": flipped, "OUTPUT": "memory:"})
    got = lantu_rows(result)
    compared = 0
    for fid, feature in got.items():
        mean, count = native[fid]
        if mean is None or count == 0:
            assert is_null(feature["mean_slope"])
            continue
        assert feature["mean_slope"] == pytest.approx(mean, abs=1e-3), fid
        compared += 1
    assert compared >= 40
    north, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    assert result["STEEP_AREA_M2"] == pytest.approx(north["STEEP_AREA_M2"], rel=1e-9) and result["STEEP_AREA_M2"] > 0
    assert "south-up" in log.text()


def test_rgb_image_is_refused_as_a_dem(lantu_processing, synthetic, tmp_path):
    _, layer = synthetic
    path = str(tmp_path / "photo.tif")
    image = gdal.GetDriverByName("GTiff").Create(path, 80, 60, 3, gdal.GDT_Byte, options=["PHOTOMETRIC=RGB"])
    image.SetGeoTransform((X0, 10, 0, Y0 + 600, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    image.SetProjection(srs.ExportToWkt())
    for band in range(1, 4):
        image.GetRasterBand(band).WriteArray(np.random.default_rng(band).integers(0, 255, (60, 80)).astype(np.uint8))
    image = None
    with pytest.raises(QgsProcessingException, match="3 bands") as error:
        run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": path, "OUTPUT": "memory:"})
    assert "photo" in str(error.value) and "elevation" in str(error.value)


def test_dem_that_misses_every_parcel_is_refused(lantu_processing, synthetic, tmp_path):
    dem, layer = synthetic
    source = gdal.Open(dem)  # kept: a band outliving its dataset crashes GDAL
    z = source.GetRasterBand(1).ReadAsArray()
    far = write_dem(tmp_path / "far.tif", z, x0=X0 + 50_000)  # the same DEM 50 km east
    with pytest.raises(QgsProcessingException, match="does not cover"):
        run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": far, "OUTPUT": "memory:"})


def test_dem_in_a_geographic_crs_works(lantu_processing, synthetic, tmp_path):
    """A DEM in degrees (EPSG:4490) is warped to the parcels' CRS; no traceback, slopes close to the original's."""
    dem, layer = synthetic
    geographic = str(tmp_path / "dem_4490.tif")
    gdal.Warp(geographic, dem, dstSRS="EPSG:4490", resampleAlg="bilinear", srcNodata=-9999, dstNodata=-9999)
    result, log = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": geographic, "OUTPUT": "memory:"})
    north, _ = run_algorithm("lantu:slopefarmland", {"LANDUSE": layer, "DEM": dem, "OUTPUT": "memory:"})
    assert "warped" in log.text()
    mine, theirs = lantu_rows(result), lantu_rows(north)
    close = [abs(mine[f]["mean_slope"] - theirs[f]["mean_slope"]) < 2.0 for f in theirs
             if not is_null(theirs[f]["mean_slope"]) and not is_null(mine[f]["mean_slope"])]
    assert len(close) >= 35 and sum(close) >= 0.9 * len(close)
