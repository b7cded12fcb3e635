"""Reservoirs: a valley of a tributary flooded up to the level that holds the wanted area, and its dam."""
from __future__ import annotations

import os

import numpy as np
import shapely
from osgeo import gdal, ogr

from .geometry import float_coords
from .terrain import slope_deg

NAMES = ["红岩水库", "云顶水库", "龙潭水库", "白鹤水库", "青龙水库", "双河水库", "金鸡水库", "石门水库"]


def minimax(zw, ok, si, sj):
    """Lowest water level at which each cell is connected to (si, sj) through allowed cells."""
    zz = np.where(ok, zw, np.inf).astype(np.float32)
    level = np.full(zz.shape, np.inf, np.float32)
    level[si, sj] = zz[si, sj]
    while True:
        prev = level.copy()
        for _ in range(10):
            nb = level.copy()
            np.minimum(nb[1:], level[:-1], out=nb[1:])
            np.minimum(nb[:-1], level[1:], out=nb[:-1])
            np.minimum(nb[:, 1:], level[:, :-1], out=nb[:, 1:])
            np.minimum(nb[:, :-1], level[:, 1:], out=nb[:, :-1])
            level = np.minimum(level, np.maximum(zz, nb))
        if np.array_equal(level, prev):
            return level


def fill_levels(zw, ok, start):
    """minimax() on a 50 m grid (pairs of cells) for speed, then back to the 25 m cells."""
    hh, ww = (zw.shape[0] // 2) * 2, (zw.shape[1] // 2) * 2
    z_coarse = zw[:hh, :ww].reshape(hh // 2, 2, ww // 2, 2).mean(axis=(1, 3))
    ok_coarse = ok[:hh, :ww].reshape(hh // 2, 2, ww // 2, 2).all(axis=(1, 3))
    si, sj = min(start[0] // 2, hh // 2 - 1), min(start[1] // 2, ww // 2 - 1)
    ok_coarse[si, sj] = True
    level_coarse = minimax(z_coarse, ok_coarse, si, sj)
    level = np.full(zw.shape, np.inf, np.float32)
    level[:hh, :ww] = np.repeat(np.repeat(level_coarse, 2, 0), 2, 1)
    return np.where(ok, level, np.inf)


def flooded_polygon(grid, si0, sj0, flooded, big, target):
    """The flooded cells of a window as one smoothed polygon (None if that fails)."""
    si1, sj1 = si0 + flooded.shape[0], sj0 + flooded.shape[1]
    ds = gdal.GetDriverByName("MEM").Create("", sj1 - sj0, si1 - si0, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((grid.x0 + sj0 * grid.cell, grid.cell, 0, grid.y1 - si0 * grid.cell, 0, -grid.cell))
    ds.GetRasterBand(1).WriteArray(flooded.astype(np.uint8))
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = mem.CreateLayer("p", None, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(ds.GetRasterBand(1), ds.GetRasterBand(1), lyr, 0)
    polys = [shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())) for feature in lyr]
    poly = shapely.union_all(polys)
    if os.environ.get("LANTU_DEBUG"):
        print("flood", big, target / 1e4, flooded.sum() * 625 / 1e4, poly.area / 1e4, len(polys))
    poly = poly.buffer(12, quad_segs=2).buffer(-12, quad_segs=2).simplify(9)
    if poly.geom_type == "MultiPolygon":
        poly = max(poly.geoms, key=lambda part: part.area)
    if poly.is_empty or not poly.is_valid:
        return None
    return poly


def dam_across(point, downstream, poly):
    """A dam across the valley at point, as wide as the water there."""
    across_dir = np.array([-downstream[1], downstream[0]])
    across = shapely.LineString([point - across_dir * 600, point + across_dir * 600])
    wet = across.intersection(poly.buffer(30))
    half = max(60.0, wet.length / 2 + 25) if not wet.is_empty else 80.0
    return shapely.LineString(float_coords([point - across_dir * half - downstream * 10,
                                            point + across_dir * half - downstream * 10])).buffer(11, cap_style="flat")


def try_reservoir(demo, rng, river_id, big, taken, grid_x, grid_y):
    """One attempt at a reservoir on a river; returns (reservoir dict, window, flooded cells) or None."""
    grid = demo.grid
    coords = demo.rivers[river_id]["coords"]
    dam_at = int(len(coords) * rng.uniform(0.2, 0.45))
    point = coords[dam_at]
    if not demo.domain.contains(shapely.Point(point).buffer(1500 if big else 700)):
        return None
    downstream = coords[min(dam_at + 3, len(coords) - 1)] - coords[max(dam_at - 3, 0)]
    downstream = downstream / np.hypot(*downstream)
    target = rng.uniform(600, 850) * 1e4 if big else rng.uniform(60, 110) * 1e4
    reach = 5200 if big else 2200
    i0, j0 = (int(index) for index in grid.ij(point[0], point[1]))
    cells = int(reach / grid.cell)
    si0, si1 = max(0, i0 - cells), min(grid.ny, i0 + cells)
    sj0, sj1 = max(0, j0 - cells), min(grid.nx, j0 + cells)
    win = (slice(si0, si1), slice(sj0, sj1))
    zw = demo.z[win]
    upstream = ((grid_x[win] - point[0]) * downstream[0] + (grid_y[win] - point[1]) * downstream[1]) > 12
    ok = upstream & ~taken[win] & demo.inside[win]
    start = coords[min(dam_at + 3, len(coords) - 1)]
    qi, qj = (int(index) for index in grid.ij(start[0], start[1]))
    level = fill_levels(zw, ok, (qi - si0, qj - sj0))
    n_cells = int(target / grid.cell ** 2)
    finite = np.sort(level[np.isfinite(level)])
    if len(finite) <= n_cells:
        return None
    lev = float(finite[n_cells])
    if lev - float(demo.z[i0, j0]) > (130 if big else 60):          # dam too high
        return None
    flooded = level <= lev
    flooded_area = flooded.sum() * grid.cell ** 2
    if not (0.6 * target < flooded_area < 1.5 * target):
        return None
    if flooded[0].any() or flooded[-1].any() or flooded[:, 0].any() or flooded[:, -1].any():
        return None
    poly = flooded_polygon(grid, si0, sj0, flooded, big, target)
    if poly is None:
        return None
    dam = dam_across(point, downstream, poly)
    return dict(poly=poly, dam=dam, level=round(lev, 1), big=big, river=river_id), win, flooded


def make_reservoirs(demo):
    rng = demo.rng()
    grid = demo.grid
    grid_x, grid_y = np.meshgrid(grid.xs(), grid.ys())
    taken = np.zeros(grid.shape, bool)
    demo.reservoirs = []
    n_big = max(1, int(round(demo.scale)))
    n_small = max(1, int(round(2 * demo.scale)))
    for big in [True] * n_big + [False] * n_small:
        order = 1 if big else 2
        cands = [i for i, river in enumerate(demo.rivers)
                 if river["order"] == order and len(river["coords"]) > (60 if big else 25)]
        for _attempt in range(40):
            if not cands:
                break
            river_id = cands[int(rng.integers(len(cands)))]
            made = try_reservoir(demo, rng, river_id, big, taken, grid_x, grid_y)
            if made is None:
                continue
            reservoir, win, flooded = made
            demo.z[win][flooded] = np.float32(reservoir["level"])
            taken[win] |= flooded
            n_made = len(demo.reservoirs)
            reservoir["name"] = NAMES[n_made % len(NAMES)] + ("" if n_made < len(NAMES)
                                                              else str(n_made // len(NAMES) + 1))
            demo.reservoirs.append(reservoir)
            break
    demo.res_mask = taken
    # the DEM is stored with 0.25 m steps; everything downstream uses exactly what is stored
    demo.z = (np.round(demo.z * 4) / 4).astype(np.float32)
    demo.slope = slope_deg(demo)
    demo.step("reservoirs: " + ", ".join(f"{res['name']} {res['poly'].area / 1e4:.0f} ha @ {res['level']} m"
                                         for res in demo.reservoirs))
