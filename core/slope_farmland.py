"""Slope farmland (坡耕地): the slope grade of cultivated parcels, from a DEM (core.slope) or from
三调's own GDPDJB field, the land steeper than the top threshold, and the DEM window a layer needs.

numpy only (no shapely): lantu:slopefarmland imports it when the provider loads.
"""
import numpy as np

GRADES = 5  # 三调 GDPDJB: 1 ≤ 2°, 2 2–6°, 3 6–15°, 4 15–25°, 5 > 25°


def parse_thresholds(text):
    """The four ascending slopes (degrees, 0–90) of '2,6,15,25' (full-width commas too); None if it is not that."""
    try:
        values = [float(v) for v in (text or "").replace("，", ",").split(",") if v.strip()]
    except ValueError:
        return None
    if len(values) != GRADES - 1 or any(b <= a for a, b in zip(values, values[1:])) or not 0 < values[0] < values[-1] < 90:
        return None
    return values


def gdpdjb_grades(numbers):
    """(grade per parcel, 0 where none is recorded; the distinct values that are not grades 1–5)."""
    numbers = np.asarray(numbers, dtype=float)
    bad = ~np.isnan(numbers) & ~np.isin(numbers, np.arange(1, GRADES + 1))
    return np.nan_to_num(numbers).astype(int), np.unique(numbers[bad])


def steep_from_dem(area, steep_share):
    """Area steeper than the top threshold: the parcel's area times the share of its cells that are."""
    return area * np.nan_to_num(steep_share)


def steep_from_grades(area, grades):
    """Area steeper than the top threshold from recorded grades: a parcel of the top grade is steep as a whole."""
    return np.where(grades == GRADES, area, 0.0)


def grade_areas(area, grades):
    """{grade: area} for grades 1–5 (parcels without a grade are in none)."""
    return {g: float(area[grades == g].sum()) for g in range(1, GRADES + 1)}


def grade_names(thresholds):
    """'0–2°', '2–6°' … '> 25°': the slope range of each grade."""
    bounds = [0.0] + list(thresholds)
    return [f"{bounds[g - 1]:g}–{bounds[g]:g}°" if g <= len(thresholds) else f"> {thresholds[-1]:g}°"
            for g in range(1, GRADES + 1)]


def window(full, bounds):
    """(c0, r0, c1, r1): the cells of the grid `full` over `bounds`, two cells wider so the window's
    edge gets its slope; empty when the bounds are NaN (bounds beyond the grid give the two cells
    along its nearest edges)."""
    if not np.all(np.isfinite(bounds)):
        return 0, 0, 0, 0
    c0, c1 = full.touch_range(np.array([bounds[0]]), np.array([bounds[2]]), 0)
    r0, r1 = full.touch_range(np.array([bounds[1]]), np.array([bounds[3]]), 1)
    c0, r0 = max(int(c0[0]) - 2, 0), max(int(r0[0]) - 2, 0)
    c1, r1 = min(int(c1[0]) + 2, full.cols), min(int(r1[0]) + 2, full.rows)
    return (c0, r0, c1, r1) if c1 > c0 and r1 > r0 else (0, 0, 0, 0)


def inside(inner, outer):
    """Whether the window `inner` lies in `outer` (an empty window lies anywhere)."""
    c0, r0, c1, r1 = inner
    return c1 <= c0 or r1 <= r0 or (outer[0] <= c0 and outer[1] <= r0 and c1 <= outer[2] and r1 <= outer[3])

