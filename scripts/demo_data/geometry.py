"""Small geometry helpers: polyline smoothing and resampling, star-shaped blobs, point-in-polygon."""
from __future__ import annotations

import numpy as np
import shapely


def chaikin(coords, passes=2):
    """Chaikin smoothing of an open polyline (endpoints kept)."""
    coords = np.asarray(coords, float)
    for _ in range(passes):
        if len(coords) < 3:
            return coords
        quarter = 0.75 * coords[:-1] + 0.25 * coords[1:]
        three_quarter = 0.25 * coords[:-1] + 0.75 * coords[1:]
        mid = np.empty((2 * len(quarter), 2))
        mid[0::2] = quarter
        mid[1::2] = three_quarter
        coords = np.vstack([coords[:1], mid[1:-1], coords[-1:]])
    return coords


def resample(coords, step):
    """Resample a polyline at a regular spacing (keeps both ends)."""
    coords = np.asarray(coords, float)
    seg = np.hypot(*np.diff(coords, axis=0).T)
    along = np.concatenate([[0], np.cumsum(seg)])
    count = max(2, int(round(along[-1] / step)) + 1)
    at = np.linspace(0, along[-1], count)
    return np.column_stack([np.interp(at, along, coords[:, 0]), np.interp(at, along, coords[:, 1])])


def float_coords(coords):
    """Coordinates as floats.

    Inputs are deliberately NOT rounded to a centimetre grid: GEOS OverlayNG, when its floating
    noder fails, falls back to snap-rounding at the inputs' inherent precision, so cm-rounded
    inputs get cm snap-rounding and long thin strips then gain or lose square metres."""
    return np.asarray(coords, float)


def blobs(rng, cx, cy, area, n_vertices=14, rough=0.22, aspect=None, angle=None):
    """Irregular star-shaped polygons (always simple) around centres, with given areas.

    n_vertices is the number of vertices of each blob."""
    cx, cy, area = np.atleast_1d(cx), np.atleast_1d(cy), np.atleast_1d(area)
    count = len(cx)
    if count == 0:
        return np.empty(0, object)
    theta = (np.linspace(0, 2 * np.pi, n_vertices, endpoint=False)[None, :]
             + rng.uniform(0, 2 * np.pi / n_vertices, (count, 1)))
    radius = 1 + rough * rng.uniform(-1, 1, (count, n_vertices))
    radius = (np.roll(radius, 1, 1) + 2 * radius + np.roll(radius, -1, 1)) / 4          # smooth the outline a little
    radius *= 1 + 0.5 * rough * np.cos(2 * theta + rng.uniform(0, 2 * np.pi, (count, 1)))
    if aspect is None:
        aspect = rng.uniform(1.0, 1.6, count)
    if angle is None:
        angle = rng.uniform(0, np.pi, count)
    aspect, angle = np.broadcast_to(aspect, (count,)), np.broadcast_to(angle, (count,))
    x = radius * np.cos(theta) * np.sqrt(aspect)[:, None]
    y = radius * np.sin(theta) / np.sqrt(aspect)[:, None]
    cos_a, sin_a = np.cos(angle)[:, None], np.sin(angle)[:, None]
    x, y = x * cos_a - y * sin_a, x * sin_a + y * cos_a
    # shoelace area of the unit shapes, then scale to the wanted area
    unit_area = 0.5 * np.abs(np.sum(x * np.roll(y, -1, 1) - np.roll(x, -1, 1) * y, axis=1))
    factor = np.sqrt(area / unit_area)[:, None]
    coords = np.stack([cx[:, None] + x * factor, cy[:, None] + y * factor], -1)
    coords = np.concatenate([coords, coords[:, :1]], 1)
    return shapely.polygons(float_coords(coords))


def contains_xy(geom, x, y):
    """contains_xy on a prepared geometry (much faster for many points)."""
    shapely.prepare(geom)
    return shapely.contains_xy(geom, x, y)
