"""项目辅助选址 (site selection), part one: the land that meets every constraint of a project.

Feasible land = the search area ∩ the parcels of the allowed land classes, kept inside the layers a site must
lie in (the urban development boundary when the rule says inside, the reach of the roads), less the layers a
site must avoid (永久基本农田, 生态保护红线, hazards, the roads' building control zones, the urban boundary when
the rule says outside), less the DEM cells steeper than the limit or of unknown slope, and opened by the
minimum width (a negative then a positive buffer of half of it: whatever is narrower goes).

Everything is exact polygon overlay (a cell is removed as its whole square), so a site cut from this land
passes lantu:sitecheck's lines, land-class, road-zone and constraint rules with the same layers.
numpy + shapely only; site_cutting.py cuts the candidates from it.
"""
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import overlay
from .geometry import polygonal

# The steps, in the order they are applied; each has a Chinese name for the report's table and the reasons.
CLASS, PBF, ERL, HAZARD, ROAD_ZONE, URBAN, ROAD_DISTANCE, SLOPE, WIDTH = (
    "class", "PBF", "ERL", "hazard", "road_zone", "urban", "road_distance", "slope", "width")
STEP_NAMES_ZH = {CLASS: "现状地类不在允许地类内", PBF: "永久基本农田", ERL: "生态保护红线", HAZARD: "灾害隐患范围",
                 ROAD_ZONE: "公路建筑控制区与道路用地", URBAN: "城镇开发边界规则", ROAD_DISTANCE: "距道路过远",
                 SLOPE: "坡度超限或不明", WIDTH: "宽度不足"}
# what a candidate's reasons say was not checked when no layer was given for it
NOT_GIVEN_ZH = {"PBF": "永久基本农田（未提供图层）", "ERL": "生态保护红线（未提供图层）", "dem": "坡度（未提供DEM）",
                "roads": "道路（未提供道路图层）"}
INSIDE, OUTSIDE, EITHER = 0, 1, 2  # URBAN_RULE
# Slope cells worked at once when gathering the cells under the land (bounds memory on a 片区-wide DEM).
CELL_CHUNK = 2_000_000


@dataclass
class SlopeCells:
    """A slope raster (degrees, NaN where unknown) on a core.zonal.Grid, and the steepest slope allowed."""

    grid: object
    values: np.ndarray
    max_slope: float


@dataclass
class Funnel:
    """What each constraint took: `left` [(step, area left after it)] in the order applied, and `own`
    {step: area it removes on its own} (the class step from the search area, every other step from the land
    of the allowed classes in the search area, so no step's figure depends on the order). The figures on their
    own cost an overlay a constraint: measure_own() makes them when they are wanted (a report, too few sites)."""

    search_m2: float = 0.0
    left: list = field(default_factory=list)
    own: dict = field(default_factory=dict)
    _base: np.ndarray = None  # the allowed land in the search area
    _layers: list = field(default_factory=list)  # (step, "keep" | "avoid" | "slope", prepared polygons or SlopeCells)

    def measure_own(self):
        """Fill `own` for every step (once)."""
        base, base_m2 = self._base, self.left[0][1]
        for key, kind, layer in self._layers:
            if key in self.own:
                continue
            if kind == "keep":
                self.own[key] = base_m2 - _area(overlay.clip_to_union(base, layer)[1])
            elif kind == "avoid":
                self.own[key] = _area(overlay.clip_to_union(base, layer)[1])
            else:
                self.own[key] = base_m2 - _area(without_bad_cells(base, layer))
        return self

    def binding(self):
        """The step that removed the most of the allowed land on its own; the class step only when no other step
        removed any (it takes most of any search area, which tells a planner nothing). None: nothing was removed."""
        removed = {k: v for k, v in self.own.items() if v > 0 and k != CLASS}
        if not removed:
            return CLASS if self.own.get(CLASS, 0) > 0 else None
        return max(removed, key=removed.get)


def feasible_land(boundary, allowed, keep=None, avoid=None, slope=None, min_width=0.0, progress=None):
    """(parts, Funnel): the feasible land as single polygons, and what each constraint removed (in the order
    applied; Funnel.measure_own() for each on its own).

    boundary: the search area's polygons; allowed: the parcels of the allowed classes; keep {step: polygons a
    site must lie in}; avoid {step: polygons a site must not touch}; slope: SlopeCells or None; min_width in m.
    `progress(text)` hears of each step.
    """
    say = progress or (lambda text: None)
    search = overlay.union_parts(np.asarray(boundary, dtype=object))
    funnel = Funnel(search_m2=float(shapely.area(search).sum()))
    _, base = overlay.clip_to_union(np.asarray(allowed, dtype=object), search)
    base_m2 = float(shapely.area(base).sum())
    funnel._base = base
    funnel.own[CLASS] = funnel.search_m2 - base_m2
    funnel.left.append((CLASS, base_m2))
    land = base
    for key, geoms in (keep or {}).items():
        say(key)
        inside = overlay.dice(overlay.union_parts(geoms))[0]
        funnel._layers.append((key, "keep", inside))
        land = overlay.clip_to_union(land, inside)[1]
        if len(funnel._layers) == 1:  # the first step sees the allowed land whole: its own figure comes free
            funnel.own[key] = base_m2 - _area(land)
        funnel.left.append((key, _area(land)))
    for key, geoms in (avoid or {}).items():
        say(key)
        pieces = overlay.dice(np.asarray(geoms, dtype=object))[0]
        funnel._layers.append((key, "avoid", pieces))
        land = subtract(land, pieces)
        funnel.left.append((key, _area(land)))
    if slope is not None:
        say(SLOPE)
        funnel._layers.append((SLOPE, "slope", slope))
        land = without_bad_cells(land, slope)
        funnel.left.append((SLOPE, _area(land)))
    say(WIDTH)
    parts = _single_parts(_merge(land))
    if min_width > 0:
        parts = _single_parts(opening(parts, min_width))
    funnel.own[WIDTH] = _area(land) - _area(parts)  # the width applies to the land left: no figure on its own
    funnel.left.append((WIDTH, _area(parts)))
    return parts, funnel


def road_land(lines, grades, widths, setbacks, zoned):
    """The road land of the roads without a building control zone (村道, unknown grades): their centre lines
    buffered by half their width (their own, else their grade's default in the setback table), so that no site
    straddles a road. `zoned` indexes the roads that have a zone (sitecheck.road_zones)."""
    lines = np.asarray(lines, dtype=object)
    own = np.array([np.nan if w is None or w != w else float(w) for w in widths], dtype=float)
    index = setbacks.match(grades)
    default = np.array([c.width for c in setbacks.classes] + [0.0])[index]
    half = 0.5 * np.where(np.isnan(own), default, own)
    free = np.ones(len(lines), dtype=bool)
    free[np.asarray(zoned, dtype=np.int64)] = False
    free &= half > 0
    return shapely.buffer(lines[free], half[free], quad_segs=8)


def opening(polygons, width):
    """The polygons less whatever is narrower than `width`: a buffer of −width/2 then +width/2 (mitred, so a
    rectangle wide enough comes back whole), clipped to the polygon (the buffers' chords never add land)."""
    polygons = np.asarray(polygons, dtype=object)
    if width <= 0 or len(polygons) == 0:
        return polygons
    def buffer(geoms, distance):
        return shapely.buffer(geoms, distance, join_style="mitre", mitre_limit=2.0)

    shrunk = overlay.parallel(buffer, polygons, np.full(len(polygons), -width / 2.0))
    grown = overlay.parallel(buffer, shrunk, np.full(len(polygons), width / 2.0))
    return polygonal(overlay.parallel(shapely.intersection, grown, polygons))


def without_bad_cells(land, slope):
    """The land less every DEM cell steeper than the limit or of unknown slope (NaN), and less what lies
    beyond the raster."""
    land = np.asarray(land, dtype=object)
    if len(land) == 0:
        return land
    grid = slope.grid
    extent = shapely.box(grid.x0, grid.y0 - grid.rows * grid.yres, grid.x0 + grid.cols * grid.xres, grid.y0)
    land = polygonal(shapely.intersection(land, extent))
    land = land[shapely.area(land) > 0]
    boxes = bad_cell_boxes(land, slope)
    return subtract(land, boxes) if len(boxes) else land


def subtract(land, holes):
    """Each piece of land less the union of the holes it meets (overlay.subtract_union's result), the unions and
    the differences on every core: a piece of a village meets hundreds of steep cell runs, and their unions one by
    one were the largest single cost on a 片区."""
    land = np.asarray(land, dtype=object)
    holes = np.asarray(holes, dtype=object)
    if len(land) == 0 or len(holes) == 0:
        return land
    ia, ib = shapely.STRtree(holes).query(land, predicate="intersects")
    if len(ia) == 0:
        return land
    index, merged = overlay.union_by_group(ia, holes[ib])
    out = land.copy()
    out[index] = overlay.parallel(shapely.difference, land[index], merged)
    out = polygonal(out)
    return out[shapely.area(out) > 0]


def bad_cell_boxes(land, slope):
    """Rectangles of the cells under the land's bounds whose slope exceeds the limit or is unknown: one box a run
    of such cells along a row (fewer, larger boxes than one a cell)."""
    grid = slope.grid
    xmin, ymin, xmax, ymax = shapely.bounds(land).T
    c0, c1 = grid.touch_range(xmin, xmax, 0)
    r0, r1 = grid.touch_range(ymin, ymax, 1)
    flat = slope.values.ravel()
    cells = []
    bounds = np.cumsum(np.maximum(c1 - c0, 0) * np.maximum(r1 - r0, 0))
    starts = np.r_[0, np.searchsorted(bounds, np.arange(CELL_CHUNK, bounds[-1] if len(bounds) else 0, CELL_CHUNK)), len(land)]
    for lo, hi in zip(starts[:-1], starts[1:]):
        if hi <= lo:
            continue
        _, rows, cols = _cells_in_boxes(r0[lo:hi], r1[lo:hi], c0[lo:hi], c1[lo:hi])
        index = rows * grid.cols + cols
        value = flat[index]
        with np.errstate(invalid="ignore"):
            bad = ~(value <= slope.max_slope)  # NaN is bad too
        cells.append(index[bad])
    if not cells:
        return np.empty(0, dtype=object)
    index = np.unique(np.concatenate(cells))
    if len(index) == 0:
        return np.empty(0, dtype=object)
    rows, cols = np.divmod(index, grid.cols)
    # a run starts where the previous bad cell is not its left neighbour on the same row
    start = np.r_[True, (np.diff(index) != 1) | (rows[1:] != rows[:-1])]
    first = np.flatnonzero(start)
    last = np.r_[first[1:], len(index)] - 1
    r, ca, cb = rows[first], cols[first], cols[last] + 1
    return shapely.box(grid.x0 + ca * grid.xres, grid.y0 - (r + 1) * grid.yres, grid.x0 + cb * grid.xres,
                       grid.y0 - r * grid.yres)


def _cells_in_boxes(r0, r1, c0, c1):
    from .zonal import cells_in_boxes as cells

    return cells(r0, r1, c0, c1)


def _merge(pieces):
    """The pieces dissolved: parcels side by side become one piece of land. Pieces are grouped into the clusters that
    touch first and each cluster is dissolved on its own (on every core): one union of all of them cost several
    times more on a 片区 (GEOS works the whole set at once)."""
    from .grouping import components

    pieces = np.asarray(pieces, dtype=object)
    if len(pieces) == 0:
        return pieces
    i, j = shapely.STRtree(pieces).query(pieces, predicate="intersects")
    labels = components(len(pieces), i, j)
    return polygonal(overlay.union_by_group(labels, pieces)[1])


def _single_parts(geoms):
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return geoms
    parts = shapely.get_parts(geoms)
    return parts[shapely.area(parts) > 0]


def _area(geoms):
    return float(shapely.area(np.asarray(geoms, dtype=object)).sum()) if len(geoms) else 0.0
