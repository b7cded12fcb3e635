"""Rural settlements: a large one (聚居点) at each village seat outside the towns, medium
clusters of houses and single houses placed by terrain suitability and kept apart."""
from __future__ import annotations

import math

import numpy as np
import shapely
from shapely import STRtree

from .geometry import blobs, contains_xy, float_coords
from .roads import add_village_roads
from .settings import PLACE_SUFFIX, SURNAMES

SAMPLE_STEP = 4                  # weight grids are sampled every 4 cells (100 m)


def candidate_sites(demo, rng, count, weights, area_lo, area_hi, lognormal):
    """count random sites drawn from the sampled weights (see place()): x, y, area."""
    grid = demo.grid
    idx = rng.choice(len(weights), size=count, p=weights / weights.sum())
    ci, cj = np.divmod(idx, (grid.nx + SAMPLE_STEP - 1) // SAMPLE_STEP)
    x = grid.x0 + (cj * SAMPLE_STEP + rng.uniform(0, SAMPLE_STEP, count)) * grid.cell
    y = grid.y1 - (ci * SAMPLE_STEP + rng.uniform(0, SAMPLE_STEP, count)) * grid.cell
    if lognormal:
        area = np.exp(rng.normal(math.log(math.sqrt(area_lo * area_hi)), 0.45, count))
        area = np.clip(area, area_lo, area_hi)
    else:
        area = rng.uniform(area_lo, area_hi, count)
    return x, y, area


def keep_apart(x, y, radius, inside, wanted, spacing, occupied):
    """Indices of the first sites (inside the area) whose circles keep spacing from the occupied
    circles and from each other, at most wanted of them (a spatial hash of buckets)."""
    occ_x, occ_y, occ_r = [], [], []
    for arr in occupied:
        occ_x.append(arr[0])
        occ_y.append(arr[1])
        occ_r.append(arr[2])
    max_r = max([radius.max()] + [float(np.max(rad)) if len(rad) else 0 for rad in occ_r])
    bucket = 2 * max_r + spacing + 1
    buckets = {}
    for xx, yy, rr in zip(np.concatenate(occ_x) if occ_x else [], np.concatenate(occ_y) if occ_y else [],
                          np.concatenate(occ_r) if occ_r else []):
        buckets.setdefault((int(xx // bucket), int(yy // bucket)), []).append((xx, yy, rr))
    out = []
    for i in range(len(x)):
        if not inside[i]:
            continue
        xi, yi, ri = x[i], y[i], radius[i]
        bx, by = int(xi // bucket), int(yi // bucket)
        ok = all((xx - xi) ** 2 + (yy - yi) ** 2 >= (rr + ri + spacing) ** 2
                 for dx in (-1, 0, 1) for dy in (-1, 0, 1) for (xx, yy, rr) in buckets.get((bx + dx, by + dy), ()))
        if ok:
            buckets.setdefault((bx, by), []).append((xi, yi, ri))
            out.append(i)
            if len(out) >= wanted:
                break
    return np.array(out, int)


def place(demo, rng, count, weight, area_lo, area_hi, spacing, occupied, lognormal=False, cand_factor=8):
    """Pick up to count sites from a weight grid (sampled at 100 m), keeping circles apart.

    occupied: list of (x, y, r) arrays that are already taken. Returns x, y, area."""
    weights = weight[::SAMPLE_STEP, ::SAMPLE_STEP].astype(np.float64).ravel()
    weights = np.where(np.isfinite(weights) & (weights > 0), weights, 0)
    if count <= 0 or weights.sum() <= 0:
        return np.empty(0), np.empty(0), np.empty(0)
    x, y, area = candidate_sites(demo, rng, int(count * cand_factor), weights, area_lo, area_hi, lognormal)
    radius = np.sqrt(area / math.pi)
    inside = contains_xy(demo.domain_inner, x, y)
    out = keep_apart(x, y, radius, inside, count, spacing, occupied)
    return float_coords(x[out]), float_coords(y[out]), area[out]


def villages_of(demo, x, y):
    """Index of the village containing each point (-1 outside)."""
    tree = STRtree(demo.villages["geom"])
    pt_idx, vill_idx = tree.query(shapely.points(np.column_stack([x, y])), predicate="within")
    out = np.full(len(x), -1, np.int64)
    out[pt_idx] = vill_idx
    return out


def settlement_names(rng, kind, village, vill_names):
    """聚居点 after their village; the others after a surname and a place word (王家湾)."""
    names = []
    for i in range(len(kind)):
        if kind[i] == "large":
            names.append(vill_names[village[i]] + "聚居点")
        else:
            names.append(SURNAMES[int(rng.integers(len(SURNAMES)))] + "家"
                         + PLACE_SUFFIX[int(rng.integers(len(PLACE_SUFFIX)))])
    return names


def place_settlements(demo, rng):
    """Large, medium and single settlements: x, y, area, kind, village."""
    vill = demo.villages
    seats = vill["seat"]
    n_vill = len(seats)
    # large settlements (聚居点) at village seats outside the towns
    large_vill = [vill_id for vill_id in range(n_vill) if vill["seat_cell"][vill_id] >= demo.n_town]
    large_area = np.where(np.asarray(vill["is_center"])[large_vill] == 1, rng.uniform(5e4, 8e4, len(large_vill)),
                          rng.uniform(2.5e4, 5e4, len(large_vill)))
    large_x, large_y = seats[large_vill, 0], seats[large_vill, 1]
    occupied = [(large_x, large_y, np.sqrt(large_area / np.pi) + 40)]
    town_centre = np.array([town["centre"] for town in demo.towns])
    town_radius = np.array([town["half_length"] + 120 for town in demo.towns])
    occupied.append((town_centre[:, 0], town_centre[:, 1], town_radius))
    occupied.append((np.array([res["poly"].centroid.x for res in demo.reservoirs]),
                     np.array([res["poly"].centroid.y for res in demo.reservoirs]), np.zeros(len(demo.reservoirs))))
    notwet = (~demo.res_mask) & (demo.d_river > 45) & demo.inside
    rel, slope = demo.relief, demo.slope
    w_med = notwet * np.exp(-slope / 9) * (slope < 20) * np.exp(-((rel - 45) / 90) ** 2)
    med_x, med_y, med_area = place(demo, rng, int(round(11 * n_vill)), w_med, 0.4e4, 2.2e4, 220, occupied,
                                   lognormal=True)
    occupied.append((med_x, med_y, np.sqrt(med_area / np.pi)))
    w_one = notwet * np.exp(-slope / 11) * (slope < 26) * (rel < 240) * (1 + 2.5 * np.exp(-demo.d_road / 150))
    one_x, one_y, one_area = place(demo, rng, int(round(42 * n_vill)), w_one, 0.07e4, 0.34e4, 45, occupied)
    kind = np.array(["large"] * len(large_x) + ["medium"] * len(med_x) + ["single"] * len(one_x), object)
    x = np.concatenate([large_x, med_x, one_x])
    y = np.concatenate([large_y, med_y, one_y])
    area = np.concatenate([large_area, med_area, one_area])
    village = villages_of(demo, x, y)
    village[:len(large_x)] = large_vill
    ok = village >= 0
    return x[ok], y[ok], area[ok], kind[ok], village[ok]


def make_settlements(demo):
    rng = demo.rng()
    demo.d_road = demo.grid.proximity([road["geom"] for road in demo.roads])
    x, y, area, kind, village = place_settlements(demo, rng)
    n_vertices = np.where(kind == "large", 12, np.where(kind == "medium", 9, 6))
    geom = np.empty(len(x), object)
    for count in (12, 9, 6):
        sel = n_vertices == count
        geom[sel] = blobs(rng, x[sel], y[sel], area[sel], n_vertices=count, rough=0.3 if count > 6 else 0.12)
    households = np.maximum(1, np.round(area / 1000 * rng.uniform(0.7, 1.2, len(area)))).astype(int)
    pop = np.round(households * rng.uniform(2.6, 3.6, len(area))).astype(int)
    names = settlement_names(rng, kind, village, demo.villages["name"])
    demo.settlements = dict(x=x, y=y, area=area, kind=kind, village=village, geom=geom, pop=pop, name=names)
    # village roads: per village, a spanning tree of the clusters rooted on the road network
    n_links = add_village_roads(demo, demo.rng(), demo.settlements)
    demo.step(f"settlements: {int((kind == 'large').sum())} large, {int((kind == 'medium').sum())} medium, "
              f"{int((kind == 'single').sum())} single; {n_links} village roads")
