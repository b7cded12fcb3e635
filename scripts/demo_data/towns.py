"""Towns (场镇) at the township seats: an elongated blob along the river, a street grid in the
town's own frame, and Voronoi parcels whose land use depends on the distance from the centre."""
from __future__ import annotations

import math

import numpy as np
import shapely

from .geometry import blobs, contains_xy, float_coords
from .overlay import clip_to, explode_polys

TOWN_AREA = {0: 92e4, 1: 36e4, 2: 15e4}            # m², by tier (0 = the central town)
MAIN_STREET_W = {0: 18, 1: 12, 2: 10}
SIDE_STREET_W = {0: 12, 1: 9, 2: 8}
CROSS_STREETS = {0: 9, 1: 5, 2: 3}
PARCEL_AREA = {0: 0.42e4, 1: 0.55e4, 2: 0.6e4}
# 三调 codes and weights of the town parcels: core, middle ring, the industrial end, the rest
CORE_CODES = [("05H1", .42), ("0701", .38), ("08H1", .1), ("08H2", .1)]
MIDDLE_CODES = [("0701", .72), ("05H1", .1), ("08H2", .07), ("0809", .03), ("0810", .04), ("1201", .04)]
INDUSTRY_CODES = [("0601", .55), ("0508", .15), ("0701", .2), ("1201", .1)]
EDGE_CODES = [("0701", .74), ("05H1", .06), ("0810", .05), ("1201", .05), ("0103", .1)]


class TownFrame:
    """A town's centre, heading and semi-axes: to and from its own coordinates."""

    def __init__(self, centre, angle, half_length, half_width):
        self.cx, self.cy = centre
        self.cos, self.sin = math.cos(angle), math.sin(angle)
        self.half_length, self.half_width = half_length, half_width

    def to_world(self, coords):
        coords = np.array(coords)
        return np.column_stack([self.cx + coords[:, 0] * self.cos - coords[:, 1] * self.sin,
                                self.cy + coords[:, 0] * self.sin + coords[:, 1] * self.cos])

    def to_local(self, coords):
        """Coordinates in semi-axis units along (lx) and across (ly) the town."""
        lx = ((coords[:, 0] - self.cx) * self.cos + (coords[:, 1] - self.cy) * self.sin) / self.half_length
        ly = (-(coords[:, 0] - self.cx) * self.sin + (coords[:, 1] - self.cy) * self.cos) / self.half_width
        return lx, ly


def town_streets(rng, tier, frame, blob):
    """Main streets along the town, cross streets across it, clipped 12 m inside the town."""
    half_length, half_width = frame.half_length, frame.half_width
    lines, widths = [], []
    main_w, side_w = MAIN_STREET_W[tier], SIDE_STREET_W[tier]
    offsets = [0.0] + ([-150.0, 150.0, -300.0, 300.0] if tier == 0 else ([-140.0, 140.0] if tier == 1 else []))
    for offset in offsets:
        lines.append([(-half_length * 1.2, offset), (half_length * 1.2, offset)])
        widths.append(main_w if offset == 0 else side_w)
    n_cross = CROSS_STREETS[tier]
    for xx in np.linspace(-half_length * 0.8, half_length * 0.8, n_cross) + rng.uniform(-30, 30, n_cross):
        lines.append([(xx, -half_width * 1.2), (xx + rng.uniform(-40, 40), half_width * 1.2)])
        widths.append(side_w)
    geoms = [shapely.LineString(float_coords(frame.to_world(line))) for line in lines]
    inner = blob.buffer(-12)
    streets, street_w = [], []
    for street, width in zip(geoms, widths):
        clipped = street.intersection(inner)
        for part in shapely.get_parts(clipped):
            if part.geom_type == "LineString" and part.length > 80:
                streets.append(part)
                street_w.append(width)
    return streets, street_w


def town_parcel_codes(rng, lx, radial, tier):
    """三调 code of each town parcel, drawn by ring; the centre parcel is the 机关团体 (08H1)."""
    codes = []
    draw = rng.uniform(0, 1, len(radial))
    for i in range(len(radial)):
        if radial[i] < 0.3:
            opts = CORE_CODES
        elif radial[i] < 0.72:
            opts = MIDDLE_CODES
        elif lx[i] > 0.4:
            opts = INDUSTRY_CODES
        else:
            opts = EDGE_CODES
        cum = np.cumsum([weight for _, weight in opts])
        codes.append(opts[int(np.searchsorted(cum, draw[i] * cum[-1]))][0])
    codes = np.array(codes, object)
    centre = int(np.argmin(radial))
    codes[centre] = "08H1"
    if tier == 0:
        mid = np.flatnonzero((radial > 0.35) & (radial < 0.6))
        if len(mid):
            codes[mid[0]] = "1005"
        if len(mid) > 1:
            codes[mid[1]] = "0810"
    return codes


def town_parcels(rng, tier, frame, blob):
    """Voronoi parcels inside the town and their 三调 codes."""
    n_parcels = max(8, int(blob.area / PARCEL_AREA[tier]))
    minx, miny, maxx, maxy = blob.bounds
    px = rng.uniform(minx, maxx, n_parcels * 3)
    py = rng.uniform(miny, maxy, n_parcels * 3)
    inside = contains_xy(blob, px, py)
    px, py = float_coords(px[inside][:n_parcels]), float_coords(py[inside][:n_parcels])
    vor = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(np.column_stack([px, py])),
                                                     extend_to=blob.buffer(50)))
    cells, _, _ = clip_to(vor, np.array([blob], object))
    cells, _ = explode_polys(cells)
    lx, ly = frame.to_local(shapely.get_coordinates(shapely.point_on_surface(cells)))
    return cells, town_parcel_codes(rng, lx, np.hypot(lx, ly), tier)


def make_town(demo, rng, town):
    tier = 0 if town % 5 == 0 else (1 if town % 5 in (1, 2) else 2)
    area = TOWN_AREA[tier] * rng.uniform(0.85, 1.15)
    sx, sy = demo.seat_xy[town]
    river = demo.rivers[demo.seat_river[town]]["coords"]
    nearest = int(np.argmin(np.hypot(river[:, 0] - sx, river[:, 1] - sy)))
    along = river[min(nearest + 3, len(river) - 1)] - river[max(nearest - 3, 0)]
    angle = math.atan2(along[1], along[0])
    aspect = 2.4 if tier == 0 else 2.0
    blob = blobs(rng, [sx], [sy], [area], n_vertices=18, rough=0.12, aspect=aspect, angle=angle)[0]
    blob = shapely.intersection(blob, demo.townships["geom"][town])
    if blob.geom_type != "Polygon":
        blob = max(shapely.get_parts(blob), key=lambda part: part.area)
    frame = TownFrame((sx, sy), angle, math.sqrt(area / math.pi * aspect), math.sqrt(area / math.pi / aspect))
    streets, street_w = town_streets(rng, tier, frame, blob)
    cells, codes = town_parcels(rng, tier, frame, blob)
    return dict(township=town, tier=tier, blob=blob, streets=streets, street_w=street_w, cells=cells,
                codes=codes, centre=(sx, sy), angle=angle, half_length=frame.half_length,
                half_width=frame.half_width, pop=0)


def make_towns(demo):
    rng = demo.rng()
    demo.domain_inner = demo.domain.buffer(-60)
    shapely.prepare(demo.domain_inner)
    demo.towns = [make_town(demo, rng, town) for town in range(demo.n_town)]
    demo.step(f"towns: {len(demo.towns)} ({sum(town['blob'].area for town in demo.towns) / 1e4:.0f} ha, "
              f"{sum(len(town['cells']) for town in demo.towns)} parcels)")
