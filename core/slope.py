"""Slope of a DEM and its mean per parcel, as GDAL and QGIS compute them.

- Slope is Horn's formula in degrees, as `gdaldem slope` computes it by default: a cell whose 3×3
  window touches nodata or the raster's edge has no slope.
- The mean per parcel counts the cells whose centres fall inside the parcel, as QGIS's zonal
  statistics (native:zonalstatistics) do; where fewer than two valid cell centres fall inside a
  (small) parcel, QGIS weights every cell it touches by the share of the cell covered, and so do we.
- Slope grades are those of 三调 GDPDJB (耕地坡度分级): 1 ≤ 2°, 2 2–6°, 3 6–15°, 4 15–25°, 5 > 25°.
"""
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

GDPDJB_THRESHOLDS = (2.0, 6.0, 15.0, 25.0)
# Cells tested per chunk (point-in-polygon): bounds memory on large 片区.
CHUNK_CELLS = 4_000_000


def horn_slope(dem, valid, xres, yres, rows_per_chunk=1024):
    """Slope in degrees per cell, float32 as gdaldem writes it (NaN where undefined).

    `valid` marks cells with data. Rows are done in chunks so a 片区-wide 10 m DEM (tens of millions
    of cells) needs no float64 copy of the whole raster.
    """
    rows, cols = dem.shape
    slope = np.full(dem.shape, np.nan, dtype=np.float32)
    if rows < 3 or cols < 3:
        return slope
    kx = np.float32(1.0 / (8.0 * abs(xres)))
    ky = np.float32(1.0 / (8.0 * abs(yres)))
    for top in range(1, rows - 1, rows_per_chunk):
        bottom = min(top + rows_per_chunk, rows - 1)
        # float32 like gdaldem's own window (and half the memory traffic of float64)
        z = dem[top - 1:bottom + 1].astype(np.float32, copy=False)
        a, b, c = z[:-2, :-2], z[:-2, 1:-1], z[:-2, 2:]
        d, f = z[1:-1, :-2], z[1:-1, 2:]
        g, h, i = z[2:, :-2], z[2:, 1:-1], z[2:, 2:]
        # ((c + 2f + i) - (a + 2d + g)) · kx and its y twin, in place: three temporaries, not a dozen
        dx, dy, t = f * 2, h * 2, d * 2
        dx += c
        dx += i
        t += a
        t += g
        dx -= t
        dx *= kx
        dy += g
        dy += i
        np.multiply(b, 2, out=t)
        t += a
        t += c
        dy -= t
        dy *= ky
        with np.errstate(invalid="ignore", over="ignore"):
            dx *= dx
            dy *= dy
            dx += dy
            np.sqrt(dx, out=dx)
            np.arctan(dx, out=dx)
            np.degrees(dx, out=slope[top:bottom, 1:-1])
    # A window with any nodata cell has no slope (gdaldem without -compute_edges): blank the 3×3
    # neighbourhood of every void, which costs as many cells as there are voids, not the raster.
    void_rows, void_cols = np.nonzero(~valid)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            r, c = void_rows + dr, void_cols + dc
            keep = (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
            slope[r[keep], c[keep]] = np.nan
    return slope


def horn_slope_by_blocks(read_rows, rows, cols, xres, yres, nodata, rows_per_block=256, workers=2):
    """(slope, voids): horn_slope of a DEM read in row blocks through `read_rows(first, stop)`.

    The DEM is never held whole (memory is the float32 slope plus a few blocks), and blocks are
    computed in `workers` threads: numpy releases the GIL. Each block is read with one row of
    halo on either side, so its slope is the whole raster's; reads are serialised (a GDAL
    dataset is not thread-safe). `voids` counts the cells without data.
    """
    slope = np.empty((rows, cols), dtype=np.float32)
    lock = threading.Lock()

    def block(top):
        bottom = min(top + rows_per_block, rows)
        first, stop = max(top - 1, 0), min(bottom + 1, rows)
        with lock:
            z = read_rows(first, stop)
        z = z.astype(np.float32, copy=False)
        valid = np.isfinite(z) if nodata is None else (np.isfinite(z) & (z != nodata))
        slope[top:bottom] = horn_slope(z, valid, xres, yres, rows_per_chunk=stop - first)[top - first:bottom - first]
        return int((~valid[top - first:bottom - first]).sum())

    with ThreadPoolExecutor(max(workers, 1)) as pool:
        voids = sum(pool.map(block, range(0, rows, rows_per_block)))
    return slope, voids


def grade(values, thresholds=GDPDJB_THRESHOLDS):
    """Grade 1..len(thresholds)+1 per value (a value equal to a threshold is in the lower grade); 0 for NaN."""
    values = np.asarray(values, dtype=float)
    out = np.searchsorted(np.asarray(thresholds, dtype=float), values, side="left") + 1
    return np.where(np.isnan(values), 0, out)


class Grid:
    """A north-up raster's geometry: origin (x0, y0 = top-left corner), cell size, shape."""

    def __init__(self, x0, y0, xres, yres, rows, cols):
        self.x0, self.y0, self.xres, self.yres = x0, y0, abs(xres), abs(yres)
        self.rows, self.cols = rows, cols

    def centre_range(self, lo, hi, axis):
        """First and past-last cell index whose centre lies in [lo, hi] along x (axis 0) or y (axis 1)."""
        if axis == 0:
            first = np.ceil((lo - self.x0) / self.xres - 0.5)
            last = np.floor((hi - self.x0) / self.xres - 0.5)
            size = self.cols
        else:
            first = np.ceil((self.y0 - hi) / self.yres - 0.5)
            last = np.floor((self.y0 - lo) / self.yres - 0.5)
            size = self.rows
        return np.clip(first, 0, size).astype(np.int64), np.clip(last + 1, 0, size).astype(np.int64)

    def touch_range(self, lo, hi, axis):
        """First and past-last cell index whose extent overlaps [lo, hi]."""
        if axis == 0:
            first, last, size = np.floor((lo - self.x0) / self.xres), np.ceil((hi - self.x0) / self.xres), self.cols
        else:
            first, last, size = np.floor((self.y0 - hi) / self.yres), np.ceil((self.y0 - lo) / self.yres), self.rows
        return np.clip(first, 0, size).astype(np.int64), np.clip(last, 0, size).astype(np.int64)

    def centres(self, rows, cols):
        return self.x0 + (cols + 0.5) * self.xres, self.y0 - (rows + 0.5) * self.yres

    def cells(self, rows, cols):
        x = self.x0 + cols * self.xres
        y = self.y0 - rows * self.yres
        return shapely.box(x, y - self.yres, x + self.xres, y)


def _cells_in_boxes(r0, r1, c0, c1):
    """(owner, row, col) of every cell in each index box [r0, r1) × [c0, c1)."""
    width = np.maximum(c1 - c0, 0)
    count = width * np.maximum(r1 - r0, 0)
    owner = np.repeat(np.arange(len(count)), count)
    local = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    w = width[owner]
    return owner, r0[owner] + local // np.maximum(w, 1), c0[owner] + local % np.maximum(w, 1)


def _chunks(count, limit):
    """Slices of parcels whose cell counts add up to about `limit` each."""
    total = np.cumsum(count)
    start = 0
    while start < len(count):
        base = total[start - 1] if start else 0
        stop = int(np.searchsorted(total, base + limit, side="right"))
        stop = max(stop, start + 1)
        yield start, min(stop, len(count))
        start = stop


def zonal_slope(geoms, grid, slope, steep_above, labels=None, progress=None):
    """Per parcel: (mean slope, valid weight, share of the weight steeper than `steep_above`).

    Mean and share are NaN where no valid cell counts. Weights are cell counts (centre inside) or,
    for parcels with fewer than two valid centres, covered cell fractions, as QGIS's zonal statistics.
    `labels` (optional) is a raster of the parcel index whose polygon holds each cell centre (-1 for
    none, -2 where several parcels hold it), e.g. by GDAL's rasterization: it replaces the
    point-in-polygon tests, which are exact but several times slower. Every parcel holding a cell
    marked -2 is counted again exactly, so overlapping parcels each count the cells they share, as
    zonal statistics do.
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    if n == 0:
        return np.full(0, np.nan), np.zeros(0), np.full(0, np.nan)
    flat = slope.ravel()
    if labels is not None:
        total, weight, steep = _label_sums(labels.ravel(), flat, n, steep_above)
        rows, cols = np.nonzero(labels == -2)
        recount = np.empty(0, dtype=np.int64)
        if len(rows):
            x, y = grid.centres(rows, cols)
            _, hit = shapely.STRtree(geoms).query(shapely.points(x, y), predicate="intersects")
            recount = np.unique(hit)
    else:
        total, weight, steep = np.zeros(n), np.zeros(n), np.zeros(n)
        recount = np.arange(n)
    if len(recount):
        t, w, s = _centre_sums(geoms[recount], grid, flat, steep_above, progress)
        total[recount], weight[recount], steep[recount] = t, w, s
    small = np.flatnonzero(weight <= 1)
    if len(small):
        total[small], weight[small], steep[small] = _covered_fractions(geoms[small], grid, flat, steep_above)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(weight > 0, total / weight, np.nan)
        share = np.where(weight > 0, steep / weight, np.nan)
    return mean, weight, share


def _label_sums(labels, flat, n, steep_above, chunk=CHUNK_CELLS):
    """(sum, count, steep count) per label, in chunks: no full-raster temporaries."""
    total, weight, steep = np.zeros(n), np.zeros(n), np.zeros(n)
    for start in range(0, len(flat), chunk):
        owner, value = labels[start:start + chunk], flat[start:start + chunk]
        good = (owner >= 0) & ~np.isnan(value)
        owner, value = owner[good], value[good]
        total += np.bincount(owner, weights=value, minlength=n)
        weight += np.bincount(owner, minlength=n)
        steep += np.bincount(owner[value > steep_above], minlength=n)
    return total, weight, steep


def _centre_sums(geoms, grid, flat, steep_above, progress=None):
    """(sum, count, steep count) over valid cells whose centres the polygons contain (GEOS, exact)."""
    n = len(geoms)
    total, weight, steep = np.zeros(n), np.zeros(n), np.zeros(n)
    shapely.prepare(geoms)
    xmin, ymin, xmax, ymax = shapely.bounds(geoms).T
    c0, c1 = grid.centre_range(xmin, xmax, 0)
    r0, r1 = grid.centre_range(ymin, ymax, 1)
    cells = np.maximum(c1 - c0, 0) * np.maximum(r1 - r0, 0)
    for start, stop in _chunks(cells, CHUNK_CELLS):
        owner, rows, cols = _cells_in_boxes(r0[start:stop], r1[start:stop], c0[start:stop], c1[start:stop])
        owner += start
        x, y = grid.centres(rows, cols)
        inside = shapely.contains_xy(geoms[owner], x, y)
        owner, value = owner[inside], flat[rows[inside] * grid.cols + cols[inside]].astype(np.float64)
        good = ~np.isnan(value)
        owner, value = owner[good], value[good]
        total += np.bincount(owner, weights=value, minlength=n)
        weight += np.bincount(owner, minlength=n)
        steep += np.bincount(owner, weights=(value > steep_above).astype(float), minlength=n)
        if progress is not None and progress(stop / n) is False:
            break
    return total, weight, steep


def _covered_fractions(geoms, grid, flat, steep_above):
    """(weighted sum, weight, steep weight) over touched cells weighted by the covered share."""
    n = len(geoms)
    xmin, ymin, xmax, ymax = shapely.bounds(geoms).T
    c0, c1 = grid.touch_range(xmin, xmax, 0)
    r0, r1 = grid.touch_range(ymin, ymax, 1)
    owner, rows, cols = _cells_in_boxes(r0, r1, c0, c1)
    value = flat[rows * grid.cols + cols]
    good = ~np.isnan(value)
    owner, rows, cols, value = owner[good], rows[good], cols[good], value[good]
    share = shapely.area(shapely.intersection(geoms[owner], grid.cells(rows, cols))) / (grid.xres * grid.yres)
    return (np.bincount(owner, weights=value * share, minlength=n), np.bincount(owner, weights=share, minlength=n),
            np.bincount(owner, weights=share * (value > steep_above), minlength=n))
