"""core.slope against GDAL's gdaldem (Horn) on random surfaces, and the grade boundaries."""
import numpy as np
import pytest
from osgeo import gdal

from lantu.core import slope


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_horn_matches_gdaldem(seed, tmp_path):
    rng = np.random.default_rng(seed)
    z = np.cumsum(rng.normal(0, 3, (40, 37)), axis=1).astype(np.float32)
    z[rng.random(z.shape) < 0.03] = -9999.0
    path = str(tmp_path / "dem.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 37, 40, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0, 7.5, 0, 1000, 0, -7.5))
    dataset.GetRasterBand(1).SetNoDataValue(-9999.0)
    dataset.GetRasterBand(1).WriteArray(z)
    dataset = None
    out = gdal.DEMProcessing(str(tmp_path / "slope.tif"), path, "slope", alg="Horn")
    theirs = out.GetRasterBand(1).ReadAsArray().astype(float)
    theirs[theirs == out.GetRasterBand(1).GetNoDataValue()] = np.nan
    mine = slope.horn_slope(z, z != -9999.0, 7.5, -7.5, rows_per_chunk=7)  # chunk seams are tested too
    assert np.array_equal(np.isnan(mine), np.isnan(theirs))
    assert np.allclose(mine[~np.isnan(mine)], theirs[~np.isnan(theirs)], atol=1e-4)


def test_grades_put_a_threshold_in_the_lower_grade():
    assert slope.grade([0, 2, 2.0001, 6, 15, 25, 25.1, np.nan]).tolist() == [1, 1, 2, 2, 3, 4, 5, 0]
