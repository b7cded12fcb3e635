"""Small exact features of the 三调 layer: ponds, mines, farm facilities, village committees and
schools, and in the trunk valleys field roads, ditches and river banks."""
from __future__ import annotations

import numpy as np
import shapely

from .geometry import blobs, chaikin, contains_xy, float_coords, resample
from .settlements import place


def scattered_features(demo, rng):
    """Ponds, mines and farm facilities placed by suitability, apart from the settlements and
    each other; (geom, dlbm, kind) tuples."""
    st = demo.settlements
    occupied = [(st["x"], st["y"], np.sqrt(st["area"] / np.pi))]
    town_centre = np.array([town["centre"] for town in demo.towns])
    occupied.append((town_centre[:, 0], town_centre[:, 1], np.array([town["half_length"] + 80 for town in demo.towns])))
    notwet = (~demo.res_mask) & (demo.d_river > 40) & demo.inside & (demo.d_road > 15)
    slope, rel = demo.slope, demo.relief
    feats = []
    # ponds
    weight = notwet * np.exp(-slope / 6) * (rel < 90) * (1 + 3 * np.exp(-demo.d_settle / 250))
    x, y, area = place(demo, rng, int(round(170 * demo.scale)), weight, 0.06e4, 0.5e4, 40, occupied)
    ponds = blobs(rng, x, y, area, n_vertices=8, rough=0.2)
    occupied.append((x, y, np.sqrt(area / np.pi)))
    for i, pond in enumerate(ponds):
        feats.append((pond, "1104A" if i % 9 == 4 else "1104", "pond"))
    # mines
    weight = notwet * ((slope > 12) & (slope < 32)) * (demo.d_road < 700) * (demo.d_settle > 250)
    x, y, area = place(demo, rng, max(2, int(round(3 * demo.scale))), weight, 2e4, 5e4, 200, occupied)
    occupied.append((x, y, np.sqrt(area / np.pi)))
    for mine in blobs(rng, x, y, area, n_vertices=12, rough=0.3):
        feats.append((mine, "0602", "mine"))
    # farm facilities (设施农用地)
    weight = notwet * np.exp(-slope / 8) * np.exp(-demo.d_settle / 300) * (demo.d_settle > 30)
    x, y, area = place(demo, rng, int(round(18 * demo.scale)), weight, 0.15e4, 0.6e4, 40, occupied)
    occupied.append((x, y, np.sqrt(area / np.pi)))
    for facility in blobs(rng, x, y, area, n_vertices=6, rough=0.1, aspect=2.0):
        feats.append((facility, "1202", "farmfac"))
    return feats


def village_facilities(demo, rng):
    """Village committees (村委会, 08H1) at the large settlements and schools (08H2) beside those
    of the centre villages; (geom, dlbm, kind) tuples."""
    st = demo.settlements
    feats = []
    big = np.flatnonzero(st["kind"] == "large")
    vx, vy = st["x"][big], st["y"][big]
    for office in blobs(rng, vx, vy, rng.uniform(0.15e4, 0.3e4, len(big)), n_vertices=6, rough=0.05, aspect=1.3):
        feats.append((office, "08H1", "facility"))
    cen = big[np.asarray(demo.villages["is_center"])[st["village"][big]] == 1]
    ang = rng.uniform(0, 2 * np.pi, len(cen))
    for school in blobs(rng, st["x"][cen] + 75 * np.cos(ang), st["y"][cen] + 75 * np.sin(ang),
                        rng.uniform(0.3e4, 0.5e4, len(cen)), n_vertices=6, rough=0.05, aspect=1.5):
        feats.append((school, "08H2", "facility"))
    return feats


def longest_run(idx):
    """The longest run of consecutive integers in a sorted index array."""
    runs = np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1)
    return max(runs, key=len)


def field_roads(demo, rng, river, course, normal, towns_u):
    """Field roads (1006) across the flat valley floor on both sides of a trunk, every 450 m."""
    feats = []
    for at in range(int(rng.integers(3, 8)), len(course), 9):
        offsets = np.arange(-420, 421, 20.0)
        seg = course[at][None] + normal[at][None] * offsets[:, None]
        ok = (demo.grid.sample(demo.slope, seg[:, 0], seg[:, 1]) < 6) & (np.abs(offsets) > river["width"] / 2 + 15) \
            & ~contains_xy(towns_u, seg[:, 0], seg[:, 1]) & \
            contains_xy(demo.domain_inner, seg[:, 0], seg[:, 1])
        for side in (offsets < 0, offsets > 0):
            run = ok & side
            if run.sum() < 8:
                continue
            best = longest_run(np.flatnonzero(run))
            if len(best) >= 7:
                line = shapely.LineString(float_coords(seg[best[[0, -1]]]))
                feats.append((line.buffer(1.5, cap_style="flat"), "1006", "fieldroad"))
    return feats


def ditches(demo, river, course, normal, towns_u):
    """Ditches (1107) along both sides of a trunk, where the land is flat enough."""
    feats = []
    for side in (-1, 1):
        offset = side * (river["width"] / 2 + 260 + 50 * np.sin(np.arange(len(course)) / 23.0))
        shifted = course + normal * offset[:, None]
        ok = (demo.grid.sample(demo.slope, shifted[:, 0], shifted[:, 1]) < 7) \
            & ~contains_xy(towns_u, shifted[:, 0], shifted[:, 1]) \
            & contains_xy(demo.domain_inner, shifted[:, 0], shifted[:, 1])
        idx = np.flatnonzero(ok)
        for run in np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1):
            if len(run) >= 10:
                line = shapely.LineString(float_coords(chaikin(shifted[run], 2))).simplify(6.0)
                feats.append((line.buffer(1.75, cap_style="flat", quad_segs=2), "1107", "ditch"))
    return feats


def banks(rng, river, course):
    """River banks (内陆滩涂, 1106) along about a third of a trunk."""
    feats = []
    start = 0
    while start < len(course) - 20:
        length = int(rng.integers(10, 24))
        if rng.uniform() < 0.35:
            line = shapely.LineString(course[start:start + length])
            band = shapely.difference(line.buffer(river["width"] / 2 + 30, cap_style="flat"),
                                      line.buffer(river["width"] / 2 - 1, cap_style="flat"))
            feats.append((band, "1106", "bank"))
        start += length
    return feats


def valley_features(demo, rng):
    """Field roads, ditches and river banks in the trunk valleys; (geom, dlbm, kind) tuples."""
    towns_u = shapely.union_all([town["blob"] for town in demo.towns]).buffer(80)
    shapely.prepare(towns_u)
    feats = []
    for river in demo.rivers:
        if river["order"] != 0:
            continue
        course = resample(river["coords"], 50)
        tang = np.gradient(course, axis=0)
        tang /= np.hypot(*tang.T)[:, None]
        normal = np.column_stack([-tang[:, 1], tang[:, 0]])
        feats += field_roads(demo, rng, river, course, normal, towns_u)
        feats += ditches(demo, river, course, normal, towns_u)
        feats += banks(rng, river, course)
    return feats


def make_small_features(demo):
    rng = demo.rng()
    grid = demo.grid
    demo.d_settle = grid.proximity(list(demo.settlements["geom"]))
    demo.d_road = grid.proximity([road["geom"] for road in demo.roads])
    feats = scattered_features(demo, rng) + village_facilities(demo, rng) + valley_features(demo, rng)
    demo.small_features = feats       # (geom, dlbm, kind)
    demo.step("small features: " + ", ".join(f"{kind} {sum(1 for feat in feats if feat[2] == kind)}"
                                             for kind in dict.fromkeys(feat[2] for feat in feats)))
