"""Slope of a DEM as GDAL computes it, and its grades; the mean per parcel is core.zonal's.

- Slope is Horn's formula in degrees, as `gdaldem slope` computes it by default: a cell whose 3×3
  window touches nodata or the raster's edge has no slope.
- Slope grades are those of 三调 GDPDJB (耕地坡度分级): 1 ≤ 2°, 2 2–6°, 3 6–15°, 4 15–25°, 5 > 25°.
"""
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .zonal import zonal_slope

GDPDJB_THRESHOLDS = (2.0, 6.0, 15.0, 25.0)


def horn_slope(dem, valid, xres, yres, rows_per_chunk=1024, out=None, halo=(False, False)):
    """Slope in degrees per cell, float32 as gdaldem writes it (NaN where undefined).

    `valid` marks cells with data. Rows are done in chunks so a 片区-wide 10 m DEM (tens of millions
    of cells) needs no float64 copy of the whole raster. With `out` the slope is written there; a
    first or last row marked in `halo` only lends its heights and is left as it is in `out`.
    """
    rows, cols = dem.shape
    slope = np.empty(dem.shape, dtype=np.float32) if out is None else out
    own = (1 if halo[0] else 0, rows - 1 if halo[1] else rows)  # the rows written
    if rows < 3 or cols < 3:
        slope[own[0]:own[1]] = np.nan
        return slope
    for row in (0, rows - 1):
        if own[0] <= row < own[1]:
            slope[row] = np.nan
    slope[1:-1, 0] = np.nan
    slope[1:-1, -1] = np.nan
    kx = np.float32(1.0 / (8.0 * abs(xres)))
    ky = np.float32(1.0 / (8.0 * abs(yres)))
    for top in range(1, rows - 1, rows_per_chunk):
        bottom = min(top + rows_per_chunk, rows - 1)
        # float32 like gdaldem's own window (and half the memory traffic of float64)
        z = dem[top - 1:bottom + 1].astype(np.float32, copy=False)
        # Horn's kernels are separable: dx = right − left column of the [1 2 1]-smoothed columns,
        # dy = bottom − top row of the smoothed rows; in place, about half the passes of the 3×3 sums
        smooth = z[1:-1] * 2
        smooth += z[:-2]
        smooth += z[2:]
        dx = smooth[:, 2:] - smooth[:, :-2]
        dx *= kx
        smooth = z[:, 1:-1] * 2
        smooth += z[:, :-2]
        smooth += z[:, 2:]
        dy = smooth[2:] - smooth[:-2]
        dy *= ky
        with np.errstate(invalid="ignore", over="ignore"):
            dx *= dx
            dy *= dy
            dx += dy
            np.sqrt(dx, out=dx)
            np.arctan(dx, out=dx)
            np.multiply(dx, np.float32(180 / np.pi), out=slope[top:bottom, 1:-1])  # np.degrees is 10× slower
    # A window with any nodata cell has no slope (gdaldem without -compute_edges): blank the 3×3
    # neighbourhood of every void, which costs as many cells as there are voids, not the raster.
    void_rows, void_cols = np.divmod(np.flatnonzero(~valid.ravel()), cols)  # 20× faster than a 2-D np.nonzero
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            r, c = void_rows + dr, void_cols + dc
            keep = (r >= own[0]) & (r < own[1]) & (c >= 0) & (c < cols)
            slope[r[keep], c[keep]] = np.nan
    return slope


def horn_slope_by_blocks(read_rows, rows, cols, xres, yres, nodata, rows_per_block=256, workers=2, out=None, done=None):
    """(slope, voids): horn_slope of a DEM read in row blocks through `read_rows(first, stop, out)`,
    which returns the rows first … stop − 1, read into `out` (float32) when it can.

    The DEM is never held whole (memory is the float32 slope plus a few blocks), and blocks are
    computed in `workers` threads: numpy releases the GIL. Each block is read with one row of
    halo on either side, so its slope is the whole raster's; reads are serialised (a GDAL
    dataset is not thread-safe). `voids` counts the cells without data. The slope goes to `out`
    when given, and `done` (RowsDone) hears of every finished block, so others may use the rows
    computed while the rest are being computed.
    """
    slope = np.empty((rows, cols), dtype=np.float32) if out is None else out
    lock = threading.Lock()
    # each thread reads every block into the same buffers: memory never touched before costs a
    # page fault per 4 KB, and fresh blocks made the slope a third slower here (a VM: first touches are dear)
    scratch = threading.local()

    def block(top):
        if done is not None and done.cancelled.is_set():
            return 0
        bottom = min(top + rows_per_block, rows)
        first, stop = max(top - 1, 0), min(bottom + 1, rows)
        if not hasattr(scratch, "z"):
            scratch.z = np.empty((rows_per_block + 2, cols), dtype=np.float32)
            scratch.valid, scratch.known = (np.empty((rows_per_block + 2, cols), dtype=bool) for _ in range(2))
        with lock:
            z = read_rows(first, stop, scratch.z[:stop - first])
        z = z.astype(np.float32, copy=False)
        valid = np.isfinite(z, out=scratch.valid[:stop - first])
        if nodata is not None:
            valid &= np.not_equal(z, nodata, out=scratch.known[:stop - first])
        # chunks of 64 rows keep Horn's temporaries in the CPU's cache: a third faster than whole blocks
        horn_slope(z, valid, xres, yres, rows_per_chunk=64, out=slope[first:stop], halo=(first < top, stop > bottom))
        if done is not None:
            done.mark(top, bottom)
        return int(valid[top - first:bottom - first].size - np.count_nonzero(valid[top - first:bottom - first]))

    try:
        with ThreadPoolExecutor(max(workers, 1)) as pool:
            voids = sum(pool.map(block, range(0, rows, rows_per_block)))
    except BaseException:
        if done is not None:
            done.fail()
        raise
    return slope, voids


class RowsDone:
    """Which rows of a raster computed in other threads are ready: wait(top, bottom) returns once
    they all are, and raises RuntimeError if the computation failed."""

    def __init__(self, rows):
        self._ready = np.zeros(rows, dtype=bool)
        self._failed = False
        self.cancelled = threading.Event()  # set: the rows not yet begun are not wanted any more
        self._changed = threading.Condition()

    def mark(self, top, bottom):
        with self._changed:
            self._ready[top:bottom] = True
            self._changed.notify_all()

    def fail(self):
        with self._changed:
            self._failed = True
            self._changed.notify_all()

    def wait(self, top, bottom):
        with self._changed:
            while not self._ready[top:bottom].all():
                if self._failed:
                    raise RuntimeError("the rows were not computed")
                self._changed.wait()


class BackgroundSlope:
    """The slope of a DEM computed in other threads while the caller does other work (e.g. reads the
    parcels); zonal() then sums it under parcels block by block as the blocks are done.

    `read_rows(first, stop, out)` reads rows of the DEM window `grid` (see horn_slope_by_blocks); use
    as a context manager, so that leaving early stops the blocks not yet begun and waits for the others.
    """

    def __init__(self, read_rows, grid, nodata, workers=2):
        self.grid = grid
        self.surface = np.empty((grid.rows, grid.cols), dtype=np.float32)
        self.ready = RowsDone(grid.rows)
        self._pool = ThreadPoolExecutor(1)
        self._computed = self._pool.submit(horn_slope_by_blocks, read_rows, grid.rows, grid.cols, grid.xres, grid.yres,
                                           nodata, workers=workers, out=self.surface, done=self.ready)

    def zonal(self, geoms, steep_above, workers=1, progress=None):
        """zonal_slope of the parcels (their bounds must lie in the grid's, or beyond the DEM)."""
        try:
            return zonal_slope(geoms, self.grid, self.surface, steep_above, workers=workers, progress=progress,
                               ready=self.ready)
        except RuntimeError:
            self._computed.result()  # the slope's own error, when it failed, says more
            raise

    def voids(self):
        """Cells without data in the window (once the slope is done)."""
        return self._computed.result()[1]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.ready.cancelled.set()
        self._pool.shutdown(wait=True)
        return False


def grade(values, thresholds=GDPDJB_THRESHOLDS):
    """Grade 1..len(thresholds)+1 per value (a value equal to a threshold is in the lower grade); 0 for NaN."""
    values = np.asarray(values, dtype=float)
    out = np.searchsorted(np.asarray(thresholds, dtype=float), values, side="left") + 1
    return np.where(np.isnan(values), 0, out)
