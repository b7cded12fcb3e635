"""Rivers: trunk rivers along the long axis of the area, two orders of tributaries, and unmapped
gullies (order 3) that only shape the terrain; laid out as random walks on a 100 m working grid."""
from __future__ import annotations

import math

import numpy as np
import shapely
from osgeo import gdal
from shapely import STRtree

from .geometry import chaikin, float_coords, resample
from .raster import Grid

WORK_CELL = 100.0                  # working grid for the river layout, m
# order, how many (at scale 1), length range, width range (m), room kept around the course (m)
TRIBUTARIES = ((1, 12, 4000, 12000, 14, 24, 800),
               (2, 18, 1500, 5000, 6, 10, 500),
               (3, 90, 900, 2600, 0, 0, 330))
FILL_GAP = {1: 2700, 2: 1500, 3: 650}   # no spot farther than this from a river of the order or lower


class RiverLayout:
    """The rivers laid so far and the working-grid cells they pass through or keep clear."""

    def __init__(self, domain, rng):
        self.rng = rng
        self.domain = domain
        self.grid = Grid(domain.bounds, cell=WORK_CELL, margin=3000)
        self.ny, self.nx = self.grid.ny, self.grid.nx
        self.in_domain = self.grid.rasterize([domain], all_touched=False).astype(bool)
        self.near_river = np.zeros((self.ny, self.nx), np.int32)     # id + 1 of the river a cell is near
        self.on_river = np.zeros((self.ny, self.nx), np.uint8)       # cells a river passes through
        self.rivers = []                                             # dicts: coords, order, width, parent, inlen

    def cell_of(self, point):
        return (int((self.grid.y1 - point[1]) // WORK_CELL), int((point[0] - self.grid.x0) // WORK_CELL))

    def on_grid(self, i, j):
        return 0 <= i < self.ny and 0 <= j < self.nx

    def inside(self, point):
        i, j = self.cell_of(point)
        return self.on_grid(i, j) and self.in_domain[i, j]

    def mark(self, coords, rid, radius):
        """Cells along a river, and the cells within radius of it claimed for it."""
        cells = int(radius / WORK_CELL) + 1
        dense = resample(coords, WORK_CELL / 2)
        ii = np.clip(((self.grid.y1 - dense[:, 1]) // WORK_CELL).astype(int), 0, self.ny - 1)
        jj = np.clip(((dense[:, 0] - self.grid.x0) // WORK_CELL).astype(int), 0, self.nx - 1)
        self.on_river[ii, jj] = 1
        di, dj = np.mgrid[-cells:cells + 1, -cells:cells + 1]
        disk = (di ** 2 + dj ** 2) <= cells * cells
        rows = np.clip(ii[:, None] + di[disk][None], 0, self.ny - 1).ravel()
        cols = np.clip(jj[:, None] + dj[disk][None], 0, self.nx - 1).ravel()
        self.near_river[rows, cols] = np.where(self.near_river[rows, cols] == 0, rid + 1, self.near_river[rows, cols])

    def add(self, coords, order, width, parent, gap):
        line = shapely.LineString(coords)
        self.rivers.append(dict(coords=coords, order=order, width=width, parent=parent,
                                inlen=float(line.intersection(self.domain).length)))
        self.mark(coords, len(self.rivers) - 1, gap)

    def walk(self, p0, h0, length, step, turn_sd, pull_to=None, pull=0.0, parent=None, min_gap=600):
        """A random walk from p0 with heading h0, turning smoothly, optionally pulled towards a point.

        A tributary (parent given) stops where it meets another river's claimed cells, comes back
        near its own course, or leaves the area."""
        pts = [np.array(p0, float)]
        heading, turn = h0, 0.0
        own = {}
        gap_cells = int(min_gap / 2 / WORK_CELL)
        for kstep in range(int(length / step)):
            turn = 0.8 * turn + self.rng.normal(0, turn_sd)
            if pull_to is not None:
                to_target = math.atan2(pull_to[1] - pts[-1][1], pull_to[0] - pts[-1][0])
                turn += pull * ((to_target - heading + math.pi) % (2 * math.pi) - math.pi)
            turn = max(-0.3, min(0.3, turn))
            heading += turn
            point = pts[-1] + step * np.array([math.cos(heading), math.sin(heading)])
            if parent is not None:
                i, j = self.cell_of(point)
                if not self.on_grid(i, j):
                    break
                owner = self.near_river[i, j]
                if owner != 0 and (owner - 1 != parent or kstep * step > 1500):
                    break
                # do not come back near our own course
                if any(own.get((i + di, j + dj), kstep) < kstep - 12
                       for di in range(-gap_cells, gap_cells + 1) for dj in range(-gap_cells, gap_cells + 1)):
                    break
                own.setdefault((i, j), kstep)
                if not self.in_domain[i, j] and kstep * step > 800:
                    pts.append(point)
                    break
            pts.append(point)
        return np.array(pts)

    def add_trunks(self, demo):
        """Trunk rivers run along the long axis, right across the area."""
        rng = self.rng
        n_trunk = max(1, int(round(math.sqrt(demo.scale) * 0.8)))
        ux, uy = math.cos(demo.rotation), math.sin(demo.rotation)       # long axis
        vx, vy = -uy, ux
        minx, miny, maxx, maxy = self.domain.bounds
        half = 0.5 * math.hypot(maxx - minx, maxy - miny)
        for trunk in range(n_trunk):
            off = (trunk + 0.5) / n_trunk - 0.5
            off = off * 1.5 * demo.radius / 1.3 + rng.normal(0, 0.05 * demo.radius / n_trunk)
            start = np.array([demo.cx - ux * (half + 1500) + vx * off, demo.cy - uy * (half + 1500) + vy * off])
            end = np.array([demo.cx + ux * (half + 1500) + vx * off, demo.cy + uy * (half + 1500) + vy * off])
            coords = self.walk(start, math.atan2(uy, ux) + rng.normal(0, 0.2), 2.6 * half + 3000, 100, 0.05,
                               pull_to=end, pull=0.03)
            coords = coords[:np.argmin(np.hypot(*(coords - end).T)) + 1]
            self.add(float_coords(chaikin(coords, 3)), 0, float(rng.uniform(150, 185)), -1, 900)

    def fits(self, p0, heading, gap, parent):
        """Whether there is room for a tributary leaving p0 in that direction."""
        probe = p0 + np.array([math.cos(heading), math.sin(heading)]) * np.array([[1.2 * gap], [2.5 * gap]])
        bad = False
        for point in probe:
            i, j = self.cell_of(point)
            if (not self.on_grid(i, j) or self.near_river[i, j] not in (0, parent + 1)
                    or not self.in_domain[i, j]):
                bad = True
        return not bad

    def add_tributaries(self, order, n_want, lmin, lmax, wmin, wmax, gap):
        """Tributaries of one order, leaving random points of the rivers of the order below."""
        rng = self.rng
        rivers = self.rivers
        made, tries = 0, 0
        while made < n_want and tries < n_want * 12:
            tries += 1
            parents = [i for i, river in enumerate(rivers)
                       if (river["order"] == order - 1 or (order == 3 and river["order"] < 3)) and river["inlen"] > 0]
            if not parents:
                break
            parent_len = np.array([rivers[i]["inlen"] for i in parents])
            parent = parents[int(rng.choice(len(parents), p=parent_len / parent_len.sum()))]
            parent_coords = rivers[parent]["coords"]
            branch_at = int(rng.integers(2, len(parent_coords) - 2))
            p0 = parent_coords[branch_at]
            if not self.inside(p0):
                continue
            tang = math.atan2(parent_coords[branch_at + 1][1] - parent_coords[branch_at - 1][1],
                              parent_coords[branch_at + 1][0] - parent_coords[branch_at - 1][0])
            side = rng.choice([-1, 1])
            h0 = tang + side * rng.uniform(1.75, 2.4)           # away from the parent, upstream-ish
            if not self.fits(p0, h0, gap, parent):
                continue
            length = rng.uniform(lmin, lmax)
            far = p0 + 30000 * np.array([math.cos(h0), math.sin(h0)])
            coords = self.walk(p0, h0, length, 80, 0.045, pull_to=far, pull=0.015, parent=parent, min_gap=gap)
            if len(coords) * 80 < 0.45 * length or len(coords) < 12:
                continue
            self.add(float_coords(chaikin(coords, 3)), order, float(rng.uniform(wmin, wmax)), parent, gap)
            made += 1

    def distance_to_rivers(self):
        """Distance (m) from every working cell in the area to the nearest river cell (0 outside)."""
        src = self.grid.mem(gdal.GDT_Byte, 0)
        src.GetRasterBand(1).WriteArray(self.on_river)
        dst = self.grid.mem(gdal.GDT_Float32, 0)
        gdal.ComputeProximity(src.GetRasterBand(1), dst.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
        return np.where(self.in_domain, dst.GetRasterBand(1).ReadAsArray(), 0)

    def gap_targets(self, dist, fill_gap):
        """The centres of the largest empty areas, farthest first: (i, j, distance) of up to 400 cells."""
        targets = []
        work = dist.copy()
        while len(targets) < 400:
            i, j = np.unravel_index(np.argmax(work), work.shape)
            if work[i, j] < fill_gap:
                break
            targets.append((i, j, float(work[i, j])))
            cells = int(2.2 * work[i, j] / WORK_CELL)
            work[max(0, i - cells):i + cells + 1, max(0, j - cells):j + cells + 1] = 0
        return targets

    def fill_gaps(self, order, wmin, wmax, gap):
        """Fill the largest empty areas: a stream from the nearest water course towards each."""
        rng = self.rng
        grid = self.grid
        fill_gap = FILL_GAP[order]
        for _ in range(200):
            dist = self.distance_to_rivers()
            if dist.max() < fill_gap:
                break
            targets = self.gap_targets(dist, fill_gap)
            lines = np.array([shapely.LineString(river["coords"]) for river in self.rivers], object)
            tree = STRtree(lines)
            target_pts = shapely.points([(grid.x0 + (j + 0.5) * WORK_CELL, grid.y1 - (i + 0.5) * WORK_CELL)
                                         for i, j, _ in targets])
            nearest = tree.query_nearest(target_pts, all_matches=False)[1]
            starts = shapely.get_coordinates(shapely.get_point(shapely.shortest_line(target_pts, lines[nearest]), 1))
            for (i, j, dmax), parent, p0 in zip(targets, nearest.tolist(), starts):
                target = np.array([grid.x0 + (j + 0.5) * WORK_CELL, grid.y1 - (i + 0.5) * WORK_CELL])
                h0 = math.atan2(target[1] - p0[1], target[0] - p0[0])
                length = dmax * rng.uniform(1.05, 1.4)
                coords = self.walk(p0, h0, length, 80, 0.04, pull_to=target, pull=0.05, parent=parent, min_gap=gap)
                self.in_domain[i, j] = False
                if len(coords) < 6:
                    continue
                self.add(float_coords(chaikin(coords, 3)), order, float(rng.uniform(wmin, wmax)), parent, gap)


def make_rivers(demo):
    layout = RiverLayout(demo.domain, demo.rng())
    layout.add_trunks(demo)
    # tributaries (1st order from trunks, 2nd order from 1st); order 3 are unmapped gullies that
    # only shape the terrain
    for order, n_want, lmin, lmax, wmin, wmax, gap in TRIBUTARIES:
        layout.add_tributaries(order, int(round(n_want * demo.scale)), lmin, lmax, wmin, wmax, gap)
        layout.fill_gaps(order, wmin, wmax, gap)
    rivers = layout.rivers
    demo.gully_lines = np.array([shapely.LineString(river["coords"]) for river in rivers if river["order"] == 3],
                                object)
    rivers = [river for river in rivers if river["order"] < 3]
    demo.rivers = rivers
    demo.river_lines = np.array([shapely.LineString(river["coords"]) for river in rivers], object)
    demo.step(f"rivers: {sum(river['order'] == 0 for river in rivers)} trunk, "
              f"{sum(river['order'] == 1 for river in rivers)}+{sum(river['order'] == 2 for river in rivers)} "
              f"tributaries, {len(demo.gully_lines)} gullies")
