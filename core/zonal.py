"""The mean slope per parcel over a raster's cells, as QGIS's zonal statistics (native:zonalstatistics) count them.

The mean counts the cells whose centres fall inside the parcel; where fewer than two valid cell centres
fall inside a (small) parcel, QGIS weights every cell it touches by the share of the cell covered, and so
do we. Cells are found by where the parcels' rings cross the rows of cell centres (no raster of labels).
"""
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

PARCEL_CHUNK = 4096  # parcels whose ring edges are worked at once (see scanline_crossings)


class Grid:
    """A north-up raster's geometry: origin (x0, y0 = top-left corner), cell size, shape."""

    def __init__(self, x0, y0, xres, yres, rows, cols):
        self.x0, self.y0, self.xres, self.yres = x0, y0, abs(xres), abs(yres)
        self.rows, self.cols = rows, cols

    def touch_range(self, lo, hi, axis):
        """First and past-last cell index whose extent overlaps [lo, hi]."""
        if axis == 0:
            first, last, size = np.floor((lo - self.x0) / self.xres), np.ceil((hi - self.x0) / self.xres), self.cols
        else:
            first, last, size = np.floor((self.y0 - hi) / self.yres), np.ceil((self.y0 - lo) / self.yres), self.rows
        return np.clip(first, 0, size).astype(np.int64), np.clip(last, 0, size).astype(np.int64)


def ring_edges(geoms, x0=0.0, y0=0.0):
    """(xa, ya, xb, yb, owner, sign): every ring edge of the polygons, coordinates relative to (x0, y0).

    `sign` is +1 on the edges of rings that add ground (shells) and -1 on those that take it away
    (holes), whichever way a ring runs: Σ sign · (xa·yb − xb·ya) / 2 over a polygon's edges is its area.
    Coordinates are shifted first so the shoelace keeps its precision far from the CRS's origin.
    """
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    shell = np.r_[True, ring_part[1:] != ring_part[:-1]]  # a part's first ring is its shell
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    x, y = xy[:, 0] - x0, xy[:, 1] - y0
    same = ring_of[1:] == ring_of[:-1]
    xa, ya, xb, yb = x[:-1][same], y[:-1][same], x[1:][same], y[1:][same]
    edge_ring = ring_of[:-1][same]
    # The orientation from each ring's own first vertex: summed from (x0, y0), tens of km away, the
    # products (~1e9 m²) drowned a needle's 1e-7 m² and gave it no sign, so no area and no cells.
    first = np.searchsorted(ring_of, ring_of)
    rx, ry = x - x[first], y - y[first]
    ra, rb = rx[:-1][same], rx[1:][same]
    turn = np.sign(np.bincount(edge_ring, weights=ra * ry[1:][same] - rb * ry[:-1][same], minlength=len(rings)))
    ring_sign = np.where(shell, 1.0, -1.0) * turn
    return xa, ya, xb, yb, part_owner[ring_part[edge_ring]], ring_sign[edge_ring]


def scanline_crossings(geoms, grid):
    """(row, col, owner, sign): where polygon rings cross the rows of cell centres, as steps.

    Along a row of centres, the polygon `owner` holds the centres from each crossing's `col` on
    when its sign is +1 and stops holding them from there when it is -1; per row the signs of one
    polygon add up to zero. A centre is held when left ≤ centre < right and top ≤ centre < bottom,
    so polygons that tile the ground share no cell, as with GDAL's rasterization (without
    ALL_TOUCHED). Polygons must be valid.
    """
    if len(geoms) == 0 or grid.rows == 0 or grid.cols == 0:
        empty = np.empty(0, dtype=np.int32)
        return empty, empty, empty, np.empty(0, dtype=np.int8)  # the types of _chunk_crossings
    geoms = np.asarray(geoms, dtype=object)
    # parcels a chunk at a time: the edges' temporaries stay small and are reused, where whole-layer
    # arrays would be fresh memory (at 100k parcels, hundreds of MB touched for the first time)
    pieces = [_chunk_crossings(geoms[lo:lo + PARCEL_CHUNK], grid, lo) for lo in range(0, len(geoms), PARCEL_CHUNK)]
    return tuple(np.concatenate(part) for part in zip(*pieces))


def _chunk_crossings(geoms, grid, offset):
    """scanline_crossings of some polygons, their owners counted from `offset`."""
    xa, ya, xb, yb, owner, ring_sign = ring_edges(geoms, grid.x0, grid.y0)
    # grid units: the centre of cell (r, c) is at (u, v) = (c, r)
    ua, ub = xa / grid.xres - 0.5, xb / grid.xres - 0.5
    va, vb = -ya / grid.yres - 0.5, -yb / grid.yres - 0.5
    south = vb > va  # the grid's rows go south: a shell is entered where its edge runs south
    sign = np.where(south, 1.0, -1.0) * ring_sign
    # every edge from its northern end, so that two polygons sharing an edge (which they run in
    # opposite directions) compute exactly the same crossings of it
    u1, v1 = np.where(south, ua, ub), np.where(south, va, vb)
    u2, v2 = np.where(south, ub, ua), np.where(south, vb, va)
    # rows of centres each edge crosses: v1 ≤ r < v2
    first = np.clip(np.ceil(v1), 0, grid.rows).astype(np.int64)
    count = np.clip(np.ceil(v2), 0, grid.rows).astype(np.int64) - first
    crossing = np.flatnonzero(count > 0)
    count, first = count[crossing], first[crossing]
    u1, v1 = u1[crossing], v1[crossing]
    step = (u2[crossing] - u1) / (v2[crossing] - v1)  # an edge that crosses a row is not level
    edge = np.repeat(np.arange(len(count)), count)
    row = np.arange(len(edge)) + np.repeat(first - (np.cumsum(count) - count), count)
    col = np.clip(np.ceil(u1[edge] + (row - v1[edge]) * step[edge]), 0, grid.cols)
    return (row.astype(np.int32), col.astype(np.int32), (owner[crossing] + offset).astype(np.int32)[edge],
            sign[crossing].astype(np.int8)[edge])


def scanline_sums(geoms, grid, slope, steep_above, crossings=None, workers=1, rows_per_block=256, progress=None,
                  ready=None):
    """Per polygon: (sum of slope, valid cells, cells steeper than `steep_above`) over the cells whose
    centres it holds (see scanline_crossings); overlapping polygons each count the cells they share.

    Along a row, a polygon's cells are Σ sign · [c ≥ col] over its crossings, so its sum of any cell
    value is −Σ sign · P(col), with P the row's running sum up to (not including) col (the signs of
    a polygon's crossings of a row add up to zero). No raster of
    labels, no point-in-polygon test: the work is the crossings plus one running sum per row, by
    row blocks in `workers` threads (numpy releases the GIL). `crossings` may be given when
    scanline_crossings ran already; `progress(fraction)` may return False to stop early; with
    `ready` (RowsDone), each block waits for its rows of `slope` while they are being computed.
    """
    n = len(geoms)
    row, col, owner, sign = scanline_crossings(geoms, grid) if crossings is None else crossings
    if len(row) == 0:
        return np.zeros(n), np.zeros(n), np.zeros(n)
    # blocks of about 2¹⁸ cells: their running sums stay in the CPU's cache
    rows_per_block = max(1, min(rows_per_block, (1 << 18) // max(grid.cols, 1)))
    block = row // rows_per_block
    blocks = (grid.rows + rows_per_block - 1) // rows_per_block
    # a stable sort of 16-bit keys is numpy's radix sort: crossings by block, each block still in
    # polygon order (scanline_crossings makes them polygon by polygon)
    order = np.argsort(block.astype(np.uint16) if blocks <= 1 << 16 else block, kind="stable")
    bounds = np.searchsorted(block[order], np.arange(blocks + 1))
    busy = [k for k in range(len(bounds) - 1) if bounds[k] < bounds[k + 1]]
    stopped = threading.Event()

    def sums(k):
        if stopped.is_set():
            return None
        pick = order[bounds[k]:bounds[k + 1]]
        top = k * rows_per_block
        if ready is not None:
            ready.wait(top, min(top + rows_per_block, grid.rows))
        values = slope[top:top + rows_per_block]
        valid = ~np.isnan(values)
        # running sums along rows, in float64 for the slope and in int64 for the counts, packed
        # as valid + steep · 2³² (the casts first: numpy's cumsum is slow when it casts itself)
        running = np.cumsum(np.where(valid, values, 0).astype(np.float64), axis=1).ravel()
        counts = valid.astype(np.int64)
        counts += (values > steep_above).astype(np.int64) << 32
        counted = np.cumsum(counts, axis=1).ravel()
        c = col[pick]
        at = np.maximum((row[pick] - top) * grid.cols + c - 1, 0)  # P(col) = running sum at col − 1
        held = c > 0
        w = sign[pick]
        who = owner[pick]
        # one sum per polygon over its run of crossings (exact in int64 for the counts)
        starts = np.flatnonzero(np.r_[True, who[1:] != who[:-1]])
        return (who[starts], -np.add.reduceat(np.where(held, running[at], 0) * w, starts),
                -np.add.reduceat(np.where(held, counted[at], 0) * w, starts))

    pieces = []
    with ThreadPoolExecutor(max(workers, 1)) as pool:
        for done, out in enumerate(pool.map(sums, busy), 1):
            if out is not None:
                pieces.append(out)
            if progress is not None and progress(done / len(busy)) is False:
                stopped.set()  # the blocks not yet started are skipped
    if not pieces:
        return np.zeros(n), np.zeros(n), np.zeros(n)
    # a polygon comes back from every block it reaches: its pieces added up (bincount, not the slow np.add.at)
    who, slope_sum, packed = (np.concatenate(part) for part in zip(*pieces))
    return (np.bincount(who, weights=slope_sum, minlength=n), np.bincount(who, weights=packed & 0xFFFFFFFF, minlength=n),
            np.bincount(who, weights=packed >> 32, minlength=n))


def cells_in_boxes(r0, r1, c0, c1):
    """(owner, row, col) of every cell in each index box [r0, r1) × [c0, c1)."""
    width = np.maximum(c1 - c0, 0)
    count = width * np.maximum(r1 - r0, 0)
    owner = np.repeat(np.arange(len(count)), count)
    local = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    w = width[owner]
    return owner, r0[owner] + local // np.maximum(w, 1), c0[owner] + local % np.maximum(w, 1)


def zonal_slope(geoms, grid, slope, steep_above, crossings=None, workers=1, progress=None, ready=None):
    """Per parcel: (mean slope, valid weight, share of the weight steeper than `steep_above`).

    Mean and share are NaN where no valid cell counts. Weights are cell counts (centre inside, see
    scanline_sums) or, for parcels with fewer than two valid centres, covered cell fractions, as
    QGIS's zonal statistics; overlapping parcels each count the cells they share, as they do too.
    With `ready` (RowsDone) the slope may still be being computed (see scanline_sums).
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    if n == 0:
        return np.full(0, np.nan), np.zeros(0), np.full(0, np.nan)
    total, weight, steep = scanline_sums(geoms, grid, slope, steep_above, crossings, workers, progress=progress,
                                         ready=ready)
    small = np.flatnonzero(weight <= 1)
    if len(small):
        if ready is not None:
            ready.wait(0, grid.rows)
        total[small], weight[small], steep[small] = _covered_fractions(geoms[small], grid, slope.ravel(), steep_above)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(weight > 0, total / weight, np.nan)
        share = np.where(weight > 0, steep / weight, np.nan)
    return mean, weight, share


def _covered_fractions(geoms, grid, flat, steep_above):
    """(weighted sum, weight, steep weight) over touched cells weighted by the covered share."""
    n = len(geoms)
    xmin, ymin, xmax, ymax = shapely.bounds(geoms).T
    c0, c1 = grid.touch_range(xmin, xmax, 0)
    r0, r1 = grid.touch_range(ymin, ymax, 1)
    owner, rows, cols = cells_in_boxes(r0, r1, c0, c1)
    value = flat[rows * grid.cols + cols]
    good = ~np.isnan(value)
    owner, rows, cols, value = owner[good], rows[good], cols[good], value[good]
    share = cell_overlap_areas(geoms, owner, grid, rows, cols) / (grid.xres * grid.yres)
    return (np.bincount(owner, weights=value * share, minlength=n), np.bincount(owner, weights=share, minlength=n),
            np.bincount(owner, weights=share * (value > steep_above), minlength=n))


def cell_overlap_areas(geoms, owner, grid, rows, cols):
    """Area of geoms[owner[k]] ∩ cell (rows[k], cols[k]) for every k, without building a geometry.

    By Green's theorem the area of a polygon inside the box [bx0, bx1] × [by0, by1] is
    −Σ sign · ∫ [bx0 ≤ x ≤ bx1] (clamp(y, by0, by1) − by0) dx along its edges (see ring_edges).
    Meant for small polygons (the work is edges × cells).
    """
    xa, ya, xb, yb, edge_owner, sign = ring_edges(geoms, grid.x0, grid.y0)
    start = np.searchsorted(edge_owner, np.arange(len(geoms) + 1))  # edges come grouped by polygon
    count = (start[1:] - start[:-1])[owner]
    pair = np.repeat(np.arange(len(owner)), count)
    edge = np.arange(len(pair)) - np.repeat(np.cumsum(count) - count, count) + np.repeat(start[:-1][owner], count)
    bx0 = cols[pair] * grid.xres
    bx1 = bx0 + grid.xres
    by1 = -rows[pair] * grid.yres
    by0 = by1 - grid.yres
    xa, ya, xb, yb = xa[edge], ya[edge], xb[edge], yb[edge]
    dx = xb - xa
    lo = np.maximum(np.minimum(xa, xb), bx0)
    hi = np.maximum(np.minimum(np.maximum(xa, xb), bx1), lo)  # hi = lo: the edge passes beside the box
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(dx != 0, (yb - ya) / dx, 0.0)
        # the x where the edge crosses the box's bottom and top split [lo, hi] into pieces on
        # which clamp(y) is 0, the box's height or y itself
        cuts = [np.where(slope != 0, xa + (level - ya) / slope, lo) for level in (by0, by1)]
    cuts = np.sort(np.stack([lo, np.clip(cuts[0], lo, hi), np.clip(cuts[1], lo, hi), hi]), axis=0)
    integral = np.zeros(len(pair))
    for left, right in zip(cuts[:-1], cuts[1:]):
        mid = ya + ((left + right) / 2 - xa) * slope
        integral += (right - left) * (np.clip(mid, by0, by1) - by0)
    integral *= np.sign(dx)
    return -np.bincount(pair, weights=sign[edge] * integral, minlength=len(owner))
