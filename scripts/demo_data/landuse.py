"""Current land use (三调 DLBM) of the background parcels, from the terrain: cultivated land on
the most suitable third, orchards and tea near the houses, bare land and grass, then forest."""
from __future__ import annotations

import numpy as np
import shapely

from .raster import bspline_noise


def suitability(demo):
    """Cultivation suitability: gentle, low, near settlements and roads, with patchy noise."""
    if getattr(demo, "_suitability", None) is None:
        rng = demo.rng()
        demo.noise_c = bspline_noise(rng, demo.grid, 1400)
        demo._suitability = (-demo.slope / 7.0 - demo.relief / 110.0 + 0.75 * demo.noise_c
                             + 0.9 * np.exp(-demo.d_settle / 350.0)
                             + 0.3 * np.exp(-demo.d_road / 250.0)).astype(np.float32)
    return demo._suitability


def top_by_area(score, area, target, mask=None):
    """Boolean mask of the best-scored items whose areas add up to target."""
    sel = np.zeros(len(score), bool)
    idx = np.flatnonzero(mask) if mask is not None else np.arange(len(score))
    if len(idx) == 0 or target <= 0:
        return sel
    order = idx[np.argsort(-score[idx], kind="stable")]
    cum = np.cumsum(area[order])
    sel[order[cum <= target]] = True
    return sel


def classify_crops(rng, code, area, score, at, bg):
    """Cultivated land, a third of the area: hillside dry fields near the houses (坡耕地), then
    the best land; paddy (0101) in the valley floors, a little irrigated land (0102), dry land
    (0103) elsewhere. Returns the cultivated mask."""
    total = float(area.sum())
    crop_exact = float(area[np.isin(code, ["0101", "0102", "0103"])].sum())
    crop_target = 0.335 * total - crop_exact
    steep = top_by_area(-at["d_settle"] / 200.0 + rng.standard_normal(len(area)), area, 0.12 * crop_target,
                        bg & (at["slope"] > 20) & (at["d_settle"] < 500) & (area < 3e4))
    crop = steep | top_by_area(score, area, crop_target - area[steep].sum(), bg & ~steep)
    paddy_score = (-at["slope"] / 3.0 - at["relief"] / 40.0 + 0.6 * np.exp(-at["d_river"] / 250.0)
                   + 0.3 * rng.standard_normal(len(area)))
    paddy = top_by_area(paddy_score, area, 0.40 * area[crop].sum(), crop)
    irrig_score = -at["slope"] / 2.0 + np.exp(-at["d_river"] / 300.0) + 0.2 * rng.standard_normal(len(area))
    irrig = top_by_area(irrig_score, area, 0.025 * area[crop].sum(), crop & ~paddy)
    code[crop] = "0103"
    code[paddy] = "0101"
    code[irrig] = "0102"
    return crop


def classify_open_land(rng, code, area, score, at, rest):
    """Orchards and tea near settlements on the next-best land, bare rock and bare soil on the
    steepest spots, some grass. Returns what is left (for forest)."""
    total = float(area.sum())
    slope, z = at["slope"], at["z"]
    near = rest & (at["d_settle"] < 500)
    orch = top_by_area(score, area, 0.0030 * total, near)
    code[orch] = "0201"
    tea = top_by_area(score + z / 400.0, area, 0.0014 * total, near & ~orch)
    code[tea] = "0202"
    rest &= ~(orch | tea)
    noise = rng.uniform(0, 1, len(area))
    rock = top_by_area(slope + z / 50.0 + 5 * noise, area, 0.0002 * total, rest & (area < 1.5e4))
    code[rock] = "1207"
    rest &= ~rock
    bare = top_by_area(slope / 5 + 10 * noise, area, 0.0003 * total, rest & (at["d_road"] < 300) & (area < 1.5e4))
    code[bare] = "1206"
    rest &= ~bare
    grass = top_by_area(z / 100.0 + 8 * rng.uniform(0, 1, len(area)), area, 0.0013 * total,
                        rest & (slope > 15) & (area < 2e4))
    code[grass] = "0404"
    rest &= ~grass
    return rest


def classify_forest(rng, code, area, score, at, rest):
    """Forest types of the rest: shrub high up, bamboo near houses and water, other forest on
    good land, arbor forest (0301) everywhere else."""
    forest_area = area[rest].sum()
    shrub = top_by_area(at["z"] / 120.0 + at["slope"] / 10.0 + rng.standard_normal(len(area)), area,
                        0.12 * forest_area, rest)
    bamboo = top_by_area(-at["d_settle"] / 150.0 - at["d_river"] / 400.0 + 0.5 * rng.standard_normal(len(area)),
                         area, 0.05 * forest_area, rest & ~shrub)
    other = top_by_area(score + 0.3 * rng.standard_normal(len(area)), area, 0.12 * forest_area,
                        rest & ~shrub & ~bamboo)
    code[rest] = "0301"
    code[shrub] = "0305"
    code[bamboo] = "0302"
    code[other] = "0307"


def classify(demo):
    rng = demo.rng()
    grid = demo.grid
    parcels = demo.parcels
    suit = suitability(demo)
    rep = shapely.get_coordinates(shapely.point_on_surface(parcels["geom"]))
    parcels["rx"], parcels["ry"] = rep[:, 0], rep[:, 1]
    area = shapely.area(parcels["geom"])
    parcels["area"] = area
    i, j = grid.ij(rep[:, 0], rep[:, 1])
    at = dict(slope=demo.slope[i, j], relief=demo.relief[i, j], z=demo.z[i, j], d_settle=demo.d_settle[i, j],
              d_river=demo.d_river[i, j], d_road=demo.d_road[i, j])
    score = suit[i, j] + 0.25 * rng.standard_normal(len(area))
    bg = parcels["kind"] == "bg"
    total = float(area.sum())
    code = parcels["dlbm"].copy()
    crop = classify_crops(rng, code, area, score, at, bg)
    rest = classify_open_land(rng, code, area, score, at, bg & ~crop)
    classify_forest(rng, code, area, score, at, rest)
    # a few wide field banks (田坎) mapped as parcels: thin bits among the fields
    thinness = area / np.maximum(shapely.length(parcels["geom"]), 1e-9)
    cand = crop & (area < 1500) & (area > 150)
    n_banks = int(max(4, round(6 * demo.scale)))
    banks = np.flatnonzero(cand)[np.argsort(thinness[cand], kind="stable")[:n_banks]]
    code[banks] = "1203"
    parcels["dlbm"] = code
    parcels["slope_pt"] = at["slope"]
    demo.step("classified: " + ", ".join(
        f"{level1} {area[np.char.startswith(code.astype(str), level1)].sum() / total * 100:.1f}%"
        for level1 in ["01", "02", "03", "04", "11", "07", "10"]))
