"""core.slope against GDAL's gdaldem (Horn) on random surfaces, the grade boundaries, and core.zonal's sums per parcel."""
import numpy as np
import pytest
import shapely
from osgeo import gdal

from lantu.core import slope, zonal


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
    # by row blocks in two threads, each block read with its halo rows into a buffer the thread
    # reuses (as GDAL's buf_obj does): the same raster
    def read(first, stop, out):
        out[:] = z[first:stop]
        return out

    blocks, voids = slope.horn_slope_by_blocks(read, 40, 37, 7.5, -7.5, -9999.0, rows_per_block=5, workers=2)
    assert voids == int((z == -9999.0).sum())
    assert np.array_equal(np.isnan(blocks), np.isnan(theirs))
    assert np.allclose(blocks[~np.isnan(blocks)], theirs[~np.isnan(theirs)], atol=1e-4)


def test_grades_put_a_threshold_in_the_lower_grade():
    assert slope.grade([0, 2, 2.0001, 6, 15, 25, 25.1, np.nan]).tolist() == [1, 1, 2, 2, 3, 4, 5, 0]


def _centres(grid, rows, cols):
    return grid.x0 + (cols + 0.5) * grid.xres, grid.y0 - (rows + 0.5) * grid.yres


def _cells(grid, rows, cols):
    x, y = grid.x0 + cols * grid.xres, grid.y0 - rows * grid.yres
    return shapely.box(x, y - grid.yres, x + grid.xres, y)


def _brute_force_sums(geoms, grid, values, steep_above):
    """Independent: every cell centre tested against every polygon with GEOS."""
    rows, cols = np.mgrid[0:grid.rows, 0:grid.cols]
    x, y = _centres(grid, rows.ravel(), cols.ravel())
    flat = values.ravel().astype(np.float64)
    out = []
    for g in geoms:
        inside = shapely.contains_xy(g, x, y) & ~np.isnan(flat)
        out.append((flat[inside].sum(), inside.sum(), (flat[inside] > steep_above).sum()))
    return np.array(out).T


@pytest.mark.parametrize("seed,chunk", [(4, zonal.PARCEL_CHUNK), (5, zonal.PARCEL_CHUNK), (6, 4)])
def test_scanline_sums_match_point_in_polygon(seed, chunk, monkeypatch):
    monkeypatch.setattr(zonal, "PARCEL_CHUNK", chunk)  # 4: the crossings are worked in chunks of 4 parcels
    rng = np.random.default_rng(seed)
    grid = zonal.Grid(1000.0, 2000.0, 7.0, -5.0, 53, 61)
    values = rng.uniform(0, 40, (grid.rows, grid.cols)).astype(np.float32)
    values[rng.random(values.shape) < 0.05] = np.nan
    geoms = []
    for _ in range(25):
        cx, cy = rng.uniform(950, 1480), rng.uniform(1700, 2050)  # some reach past the grid's edges
        shell = shapely.Point(cx, cy).buffer(rng.uniform(8, 90), quad_segs=rng.integers(1, 6))
        hole = shapely.Point(cx + rng.uniform(-5, 5), cy + rng.uniform(-5, 5)).buffer(rng.uniform(2, 6))
        polygon = shell.difference(hole)
        if rng.random() < 0.5:  # rings running the other way round must count the same
            polygon = shapely.Polygon(polygon.exterior.coords[::-1], [r.coords[::-1] for r in polygon.interiors])
        geoms.append(polygon)
    # a multipolygon whose parts lie far apart, and one overlapping the others
    geoms.append(shapely.MultiPolygon([shapely.box(1010.3, 1760.2, 1100.1, 1820.7), shapely.box(1300.2, 1900.1, 1390.9, 1990.4)]))
    geoms.append(shapely.box(1050.5, 1800.5, 1250.5, 1950.5))
    geoms = np.array(geoms, dtype=object)
    total, weight, steep = zonal.scanline_sums(geoms, grid, values, 20.0, rows_per_block=7)  # block seams too
    expected = _brute_force_sums(geoms, grid, values, 20.0)
    assert np.array_equal(weight, expected[1]) and np.array_equal(steep, expected[2])
    assert np.allclose(total, expected[0], rtol=1e-9, atol=1e-6)
    assert weight.sum() > 1000


def test_scanline_sums_of_a_tiling_count_every_cell_once():
    # parcels sharing edges through cell centres: each centre belongs to exactly one of them
    grid = zonal.Grid(0.0, 100.0, 10.0, -10.0, 10, 10)
    values = np.ones((10, 10), dtype=np.float32)
    cuts = [0, 15, 35, 50, 75, 100]  # 15, 35 … lie on centres (5, 15, 25 …)
    geoms = np.array([shapely.box(a, c, b, d) for a, b in zip(cuts, cuts[1:]) for c, d in zip(cuts, cuts[1:])])
    _, weight, _ = zonal.scanline_sums(geoms, grid, values, 0.5)
    assert weight.sum() == 100


@pytest.mark.parametrize("seed", [7, 8])
def test_cell_overlap_areas_match_geos_intersection(seed):
    rng = np.random.default_rng(seed)
    grid = zonal.Grid(500.0, 800.0, 10.0, -10.0, 30, 30)
    geoms = []
    for _ in range(30):
        cx, cy = rng.uniform(480, 820), rng.uniform(480, 820)
        polygon = shapely.Point(cx, cy).buffer(rng.uniform(0.5, 25), quad_segs=int(rng.integers(1, 5)))
        if rng.random() < 0.3:
            polygon = polygon.difference(shapely.Point(cx + 0.3, cy - 0.2).buffer(rng.uniform(0.1, 0.4)))
        if rng.random() < 0.5:
            polygon = shapely.Polygon(polygon.exterior.coords[::-1], [r.coords[::-1] for r in polygon.interiors])
        geoms.append(polygon)
    geoms.append(shapely.MultiPolygon([shapely.box(531, 741, 533.5, 752), shapely.box(600, 600, 612.5, 605.5)]))
    geoms.append(shapely.Polygon([(700, 700), (725, 700.001), (700, 700.002)]))  # a sliver across cells
    geoms = np.array(geoms, dtype=object)
    xmin, ymin, xmax, ymax = shapely.bounds(geoms).T
    c0, c1 = grid.touch_range(xmin, xmax, 0)
    r0, r1 = grid.touch_range(ymin, ymax, 1)
    owner, rows, cols = zonal.cells_in_boxes(r0, r1, c0, c1)
    mine = zonal.cell_overlap_areas(geoms, owner, grid, rows, cols)
    theirs = shapely.area(shapely.intersection(geoms[owner], _cells(grid, rows, cols)))
    assert np.allclose(mine, theirs, rtol=1e-9, atol=1e-7)
    assert (theirs > 0).sum() > 50 and (theirs == 0).sum() > 10


def test_sums_while_the_slope_is_being_computed_equal_sums_after():
    from concurrent.futures import ThreadPoolExecutor

    rng = np.random.default_rng(9)
    dem = np.cumsum(rng.normal(0, 2, (90, 70)), axis=0).astype(np.float32)
    grid = zonal.Grid(0.0, 900.0, 10.0, -10.0, 90, 70)
    geoms = np.array([shapely.Point(x, y).buffer(r) for x, y, r in rng.uniform((0, 0, 5), (700, 900, 80), (40, 3))])
    whole, _ = slope.horn_slope_by_blocks(lambda a, b, out: dem[a:b], 90, 70, 10.0, -10.0, None, rows_per_block=9)
    expected = zonal.zonal_slope(geoms, grid, whole, 20.0)
    out, ready = np.empty_like(whole), slope.RowsDone(90)
    with ThreadPoolExecutor(1) as pool:
        computing = pool.submit(slope.horn_slope_by_blocks, lambda a, b, out: dem[a:b], 90, 70, 10.0, -10.0, None,
                                rows_per_block=9, out=out, done=ready)
        got = zonal.zonal_slope(geoms, grid, out, 20.0, workers=2, ready=ready)
        computing.result()
    for mine, theirs in zip(got, expected):
        assert np.allclose(mine, theirs, equal_nan=True)


def test_waiting_for_rows_that_fail_raises():
    def broken(first, stop, out):
        raise OSError("disk gone")

    ready = slope.RowsDone(30)
    with pytest.raises(OSError):
        slope.horn_slope_by_blocks(broken, 30, 10, 10.0, -10.0, None, done=ready)
    with pytest.raises(RuntimeError):
        ready.wait(0, 30)
