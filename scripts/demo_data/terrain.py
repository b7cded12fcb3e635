"""The outline of the area and its terrain: a DEM of hills cut by the river valleys and gullies."""
from __future__ import annotations

import math

import numpy as np
import shapely

from .geometry import float_coords
from .raster import Grid, bspline_noise, fbm


def make_domain(demo):
    """A wobbly ellipse of the wanted area, its long axis roughly WSW-ENE, and the grid over it."""
    rng = demo.rng()
    radius = math.sqrt(demo.area / math.pi)
    n_vertices = max(180, int(2 * math.pi * radius / 150))
    theta = np.linspace(0, 2 * np.pi, n_vertices, endpoint=False)
    wobble = np.ones(n_vertices)
    for harmonic in range(2, 9):
        wobble += (rng.normal(0, 0.10 / harmonic ** 0.9)
                   * np.cos(harmonic * theta + rng.uniform(0, 2 * np.pi)))
    for harmonic in range(9, 60):
        wobble += (rng.normal(0, 0.05 / harmonic ** 1.1)
                   * np.cos(harmonic * theta + rng.uniform(0, 2 * np.pi)))
    demo.rotation = rng.uniform(-0.5, 0.5) + 0.35           # long axis roughly WSW-ENE
    axis_ratio = 1.3
    x = wobble * np.cos(theta) * axis_ratio
    y = wobble * np.sin(theta) / axis_ratio
    cos_r, sin_r = math.cos(demo.rotation), math.sin(demo.rotation)
    x, y = x * cos_r - y * sin_r, x * sin_r + y * cos_r
    unit_area = 0.5 * abs(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))
    factor = math.sqrt(demo.area / unit_area)
    coords = float_coords(np.column_stack([demo.cx + x * factor, demo.cy + y * factor]))
    demo.domain = shapely.Polygon(coords)
    assert demo.domain.is_valid
    demo.radius = radius
    demo.grid = Grid(demo.domain.bounds)
    grid = demo.grid
    demo.step(f"domain {demo.domain.area / 1e6:.2f} km2, grid {grid.nx}x{grid.ny} cells of {grid.cell:g} m")
    # cell-centre mask of the domain
    demo.inside = grid.rasterize([demo.domain], all_touched=False).astype(bool)


def valley(dist, floor_half_width, length, power=1.6):
    """0 on the valley floor, rising to 1 with the distance from the water course."""
    scaled = np.maximum(dist - floor_half_width, 0) / length
    return 1 - np.exp(-scaled ** power)


def make_terrain(demo):
    rng = demo.rng()
    grid = demo.grid
    order = np.array([river["order"] for river in demo.rivers])
    d_trunk = grid.proximity(demo.river_lines[order == 0])
    d_trib = grid.proximity(demo.river_lines[order >= 1])
    demo.d_trunk = d_trunk
    demo.d_river = np.minimum(d_trunk, d_trib)
    hills = fbm(rng, grid, [9000, 4500], [1.0, 0.6])
    relief_factor = 1 / (1 + np.exp(-1.6 * hills))                        # 0..1 relief multiplier
    max_relief = 560 * (0.42 + 0.58 * relief_factor)
    width_factor = 1 + 0.35 * bspline_noise(rng, grid, 3000)            # varying valley width
    d_gully = grid.proximity(demo.gully_lines)
    rel = max_relief * np.minimum(np.minimum(valley(d_trunk, 330 * width_factor, 1150),
                                             valley(d_trib, 70 * width_factor, 620, 1.5)),
                                  0.3 + 0.7 * valley(d_gully, 18 * width_factor, 380, 1.4))
    detail = fbm(rng, grid, [2400, 1200, 600, 300, 150], [1.0, 0.6, 0.35, 0.18, 0.09])
    ridged = 1 - np.abs(fbm(rng, grid, [3200, 1600], [1.0, 0.5]))
    steep = np.clip(rel / 300, 0, 1)
    rel = np.maximum(rel + (70 * detail + 90 * ridged) * steep ** 1.5 + 12 * detail, 0)
    trend = 60 * fbm(rng, grid, [20000], [1.0]) + 0.018 * np.minimum(d_trunk, 6000)
    z = trend + rel
    lo, hi = np.percentile(z[demo.inside], [0, 100])
    z = 400 + (z - lo) * (700 / (hi - lo))                               # 400 .. 1100 m
    demo.relief = rel.astype(np.float32)
    demo.z = z.astype(np.float32)
    demo.step(f"terrain z {np.percentile(z[demo.inside], [0, 50, 100]).round(0)}")


def slope_deg(demo):
    gy, gx = np.gradient(demo.z, demo.grid.cell)
    return np.degrees(np.arctan(np.hypot(gx, gy))).astype(np.float32)
