"""Road courses over the terrain: a gently curved connector, a least-cost route on a coarse grid,
and a road that follows a river at a varying offset."""
from __future__ import annotations

import numpy as np
import shapely

from .geometry import chaikin, float_coords, resample

# the 8 neighbours of a cell and the length of a step to each, in cells
DIRECTIONS = [(-1, 0, 1.0), (1, 0, 1.0), (0, -1, 1.0), (0, 1, 1.0),
              (-1, -1, 1.4142), (-1, 1, 1.4142), (1, -1, 1.4142), (1, 1, 1.4142)]


def connector(demo, rng, start, end, tries=5, wiggle=0.14):
    """A gently curved road from start to end, picking the flattest of a few candidates."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    length = float(np.hypot(*(end - start)))
    n_points = max(3, int(length / 50) + 1)
    at = np.linspace(0, 1, n_points)
    base = start[None] + (end - start)[None] * at[:, None]
    perp = np.array([-(end - start)[1], (end - start)[0]]) / max(length, 1e-9)
    best, best_cost = None, np.inf
    grid = demo.grid
    for _ in range(tries):
        off = rng.uniform(-wiggle, wiggle) * length * np.sin(np.pi * at) + \
            rng.uniform(-wiggle / 3, wiggle / 3) * length * np.sin(2 * np.pi * at)
        coords = base + perp[None] * off[:, None]
        i, j = grid.ij(coords[:, 0], coords[:, 1])
        cost = float(np.mean(demo.slope[i, j])) + 40.0 * float(np.mean(demo.res_mask[i, j]))
        if cost < best_cost:
            best, best_cost = coords, cost
    return float_coords(chaikin(best, 1))


class CostGrid:
    """A coarse grid around two points, with the cost of crossing each cell."""

    def __init__(self, demo, rng, start, end, length):
        self.cell = float(np.clip(length / 70, 40, 125))
        pad = max(700.0, 0.4 * length)
        self.x0, x1 = min(start[0], end[0]) - pad, max(start[0], end[0]) + pad
        y0, self.y1 = min(start[1], end[1]) - pad, max(start[1], end[1]) + pad
        self.nx, self.ny = int((x1 - self.x0) / self.cell) + 1, int((self.y1 - y0) / self.cell) + 1
        xs = self.x0 + (np.arange(self.nx) + 0.5) * self.cell
        ys = self.y1 - (np.arange(self.ny) + 0.5) * self.cell
        grid_x, grid_y = np.meshgrid(xs, ys)
        i, j = demo.grid.ij(grid_x, grid_y)
        slope = demo.slope[i, j]
        wet = demo.res_mask[i, j] * 60.0 + (demo.d_river[i, j] < 15) * 6.0
        noise = 1 + 0.15 * np.sin(grid_x / 700.0 + grid_y / 900.0 + rng.uniform(0, 6))
        self.cost = ((1 + (slope / 9.0) ** 2) * noise + wet).astype(np.float64)
        self.cost[~demo.inside[i, j]] *= 3

    def cell_of(self, point):
        return (int(min(self.ny - 1, max(0, (self.y1 - point[1]) // self.cell))),
                int(min(self.nx - 1, max(0, (point[0] - self.x0) // self.cell))))

    def centre(self, cell):
        return (self.x0 + (cell[1] + 0.5) * self.cell, self.y1 - (cell[0] + 0.5) * self.cell)

    def shifted(self, arr, di, dj):
        return arr[max(di, 0):self.ny + min(di, 0), max(dj, 0):self.nx + min(dj, 0)]

    def accumulated(self, source):
        """Least accumulated cost from the source cell to every cell (repeated relaxation)."""
        acc = np.full((self.ny, self.nx), np.inf)
        acc[source] = 0.0
        for _ in range(4 * (self.nx + self.ny)):
            prev = acc.copy()
            for di, dj, step in DIRECTIONS:
                # acc[p] <- acc[p - d] + step * (cost[p] + cost[p - d]) / 2
                target = self.shifted(acc, di, dj)
                src = self.shifted(acc, -di, -dj)
                step_cost = 0.5 * step * (self.shifted(self.cost, di, dj) + self.shifted(self.cost, -di, -dj))
                np.minimum(target, src + step_cost, out=target)
            if np.array_equal(prev, acc):
                break
        return acc

    def path(self, acc, source, target):
        """Cells from source to target: walked back from the target down the cost surface."""
        path = [target]
        ci, cj = target
        for _ in range(self.nx * self.ny):
            if (ci, cj) == source:
                break
            best, best_acc = None, acc[ci, cj]
            for di, dj, _step in DIRECTIONS:
                ni, nj = ci + di, cj + dj
                if 0 <= ni < self.ny and 0 <= nj < self.nx and acc[ni, nj] < best_acc:
                    best, best_acc = (ni, nj), acc[ni, nj]
            if best is None:
                break
            ci, cj = best
            path.append(best)
        return path[::-1]


def route(demo, rng, start, end):
    """A road from start to end along the cheapest path over the terrain (gentle slopes, few river
    crossings), found on a coarse grid around the two ends, then smoothed."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    length = float(np.hypot(*(end - start)))
    if length < 150:
        return connector(demo, rng, start, end)
    cost_grid = CostGrid(demo, rng, start, end, length)
    source, target = cost_grid.cell_of(start), cost_grid.cell_of(end)
    path = cost_grid.path(cost_grid.accumulated(source), source, target)
    coords = np.array([cost_grid.centre(cell) for cell in path])
    coords[0], coords[-1] = start, end
    if len(coords) < 3:
        return connector(demo, rng, start, end)
    coords = np.array(shapely.LineString(coords).simplify(cost_grid.cell * 0.6).coords)
    return float_coords(chaikin(coords, 3))


def follow(rng, coords, side, base_off, amp, period, seat_pts=(), smooth_step=400):
    """A road that follows a river course at a varying offset, passing through the seats beside it."""
    course = chaikin(resample(coords, smooth_step), 3)
    course = resample(course, 60)
    tang = np.gradient(course, axis=0)
    tang /= np.hypot(*tang.T)[:, None]
    normal = np.column_stack([-tang[:, 1], tang[:, 0]])
    along = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(course, axis=0).T))])
    off = side * base_off + amp * np.sin(2 * np.pi * along / period + rng.uniform(0, 2 * np.pi))
    off += 0.25 * amp * np.sin(2 * np.pi * along / (period / 3.1) + rng.uniform(0, 2 * np.pi))
    for seat in seat_pts:
        nearest = int(np.argmin(np.hypot(*(course - seat).T)))
        want = float(np.dot(seat - course[nearest], normal[nearest]))
        weight = np.exp(-((along - along[nearest]) / 900.0) ** 2)
        off = off * (1 - weight) + want * weight
    return course + normal * off[:, None]
