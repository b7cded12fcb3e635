"""项目辅助选址 (site selection), part two: compact candidate sites of the project's size cut from the feasible
land (site_selection.feasible_land), and their score.

How a site is cut: in a piece of feasible land at least as large as the project, the seed is the piece's pole
of inaccessibility (the point farthest from its edge: the middle of its widest part). A disc around the seed
is grown, by bisection on its radius, until the piece's land inside it, opened by the minimum width, makes the
project's area (to 0.5 %); the site is that land's part holding the seed. A piece not much larger than the
project (up to 5 %) is the site whole.

Which pieces: pieces are ranked by their own score (slope and road terms), the best is cut first; what is left
of it (opened again) goes back among the pieces, so one large piece can give several sites. Sites are then
ranked by their own score:

    score = 100 × Σ wᵢ·tᵢ / Σ wᵢ over the terms that can be known:
      slope term   tₛ = 1 − mean slope / MAX_SLOPE           (w 0.4; without a DEM, not counted)
      road term    tᵣ = 1 − road distance / reach            (w 0.4; reach = MAX_ROAD_DISTANCE, or 1000 m
                                                              without a limit; without roads, not counted)
      compactness  t꜀ = 4π·area / perimeter²  (a disc is 1)  (w 0.2)
numpy + shapely only.
"""
import heapq

import numpy as np
import shapely
from shapely.ops import polylabel

from .geometry import polygonal
from .site_selection import opening

WEIGHTS = {"slope": 0.4, "road": 0.4, "compact": 0.2}
DEFAULT_REACH = 1000.0  # m: the road term's scale when no MAX_ROAD_DISTANCE is set
WHOLE = 1.05  # a piece up to 5 % larger than the project is taken whole
TOLERANCE = 0.005  # a cut site is the project's area to 0.5 % (above it, never below)


def cut_site(piece, area, min_width=0.0):
    """A compact site of about `area` m² (never less) in the polygon `piece`; None when there is none."""
    piece_area = piece.area
    if piece_area < area:
        return None
    if piece_area <= area * WHOLE:
        return piece
    seed = polylabel(piece, tolerance=max(1.0, min_width / 10.0))
    shapely.prepare(piece)

    def site(radius):
        land = shapely.intersection(piece, shapely.buffer(seed, radius, quad_segs=16))
        if min_width > 0:
            land = opening([land], min_width)[0]
        parts = shapely.get_parts(polygonal([land])[0])
        if len(parts) == 0:
            return None, 0.0
        holding = parts[shapely.dwithin(parts, seed, 1e-6)]
        chosen = holding[0] if len(holding) else parts[np.argmax(shapely.area(parts))]
        return chosen, chosen.area

    low = np.sqrt(area / np.pi)
    x0, y0, x1, y1 = piece.bounds
    high = float(np.hypot(max(seed.x - x0, x1 - seed.x), max(seed.y - y0, y1 - seed.y))) + min_width + 1.0
    best, best_area = site(high)
    if best is None or best_area < area:
        return None  # the piece's part around the seed is too small after all (an odd shape): no site here
    for _ in range(60):
        middle = 0.5 * (low + high)
        found, found_area = site(middle)
        if found is not None and found_area >= area:
            high, best, best_area = middle, found, found_area
            if found_area <= area * (1 + TOLERANCE):
                break
        else:
            low = middle
        if high - low < 0.01:
            break
    return best


def terms(geoms, mean_slope, road_distance, max_slope, reach):
    """{term: values in 0…1 (NaN where not known)} for the score; slope or road None when not used."""
    geoms = np.asarray(geoms, dtype=object)
    out = {"compact": np.clip(4 * np.pi * shapely.area(geoms) / np.maximum(shapely.length(geoms) ** 2, 1e-9), 0, 1)}
    if mean_slope is not None:
        out["slope"] = np.clip(1.0 - np.asarray(mean_slope, dtype=float) / max_slope, 0.0, 1.0)
    if road_distance is not None:
        out["road"] = np.clip(1.0 - np.asarray(road_distance, dtype=float) / reach, 0.0, 1.0)
    return out


def score(found, use=("slope", "road", "compact")):
    """100 × the weighted mean of the terms that are known (see the module's help)."""
    n = len(next(iter(found.values())))
    total, weight = np.zeros(n), np.zeros(n)
    for name, values in found.items():
        if name not in use:
            continue
        known = ~np.isnan(values)
        total += np.where(known, values, 0.0) * WEIGHTS[name]
        weight += known * WEIGHTS[name]
    return np.where(weight > 0, 100.0 * total / np.where(weight > 0, weight, 1.0), 0.0)


def candidates(parts, area, count, min_width, measure, cancelled=lambda: False):
    """Up to `count` sites of `area` m² from the feasible `parts`, best first: [(site, score, terms)].

    `measure(geoms)` gives {term: values} (terms()) for polygons: pieces are taken in the order of their score
    without the compactness term, every site is scored whole; sites never overlap.
    """
    parts = np.asarray(parts, dtype=object)
    parts = parts[shapely.area(parts) >= area] if len(parts) else parts
    heap = []
    serial = 0

    def push(pieces):
        nonlocal serial
        pieces = np.asarray([p for p in pieces if p.area >= area], dtype=object)
        if len(pieces) == 0:
            return
        for piece, value in zip(pieces, score(measure(pieces), use=("slope", "road"))):
            heapq.heappush(heap, (-float(value), serial, piece))
            serial += 1

    push(parts)
    sites = []
    while heap and len(sites) < count and not cancelled():
        _, _, piece = heapq.heappop(heap)
        site = cut_site(piece, area, min_width)
        if site is None:
            continue
        sites.append(site)
        rest = polygonal([shapely.difference(piece, site)])[0]
        rest = opening(shapely.get_parts(rest), min_width) if min_width > 0 else shapely.get_parts(rest)
        push([p for g in rest for p in shapely.get_parts(g)])
    if not sites:
        return []
    sites = np.asarray(sites, dtype=object)
    found = measure(sites)
    values = score(found)
    order = np.argsort(-values, kind="stable")
    return [(sites[i], float(values[i]), {k: float(v[i]) for k, v in found.items()}) for i in order]


def road_distances(geoms, roads):
    """The distance (m) from each polygon to the nearest road line, and that road's index; NaN / -1 without roads."""
    geoms = np.asarray(geoms, dtype=object)
    roads = np.asarray(roads, dtype=object)
    if len(roads) == 0 or len(geoms) == 0:
        return np.full(len(geoms), np.nan), np.full(len(geoms), -1)
    tree = shapely.STRtree(roads)
    (which, nearest), distance = tree.query_nearest(geoms, return_distance=True, all_matches=False)
    out, road = np.full(len(geoms), np.nan), np.full(len(geoms), -1)
    out[which], road[which] = distance, nearest
    return out, road


def site_facts(sites, parcels, parcel_codes, parcel_names, udb=None, slope=None, roads=None):
    """Per site, what its reasons say: {"classes": [(code, name, m²)] largest first, "mean_slope" (NaN without a
    DEM), "road_distance" (NaN without roads), "inside_udb" (share in 0…1, None without the boundary), "compact"}."""
    from . import overlay, zonal

    sites = np.asarray(sites, dtype=object)
    n = len(sites)
    ia, ib, pieces = overlay.intersection_pieces(sites, np.asarray(parcels, dtype=object))
    areas = shapely.area(pieces)
    classes = [{} for _ in range(n)]
    for s, p, a in zip(ia, ib, areas):
        key = (parcel_codes[p] or "", parcel_names[p] or "")
        classes[s][key] = classes[s].get(key, 0.0) + float(a)
    mean = (zonal.zonal_slope(sites, slope.grid, slope.values, slope.max_slope)[0] if slope is not None and n
            else np.full(n, np.nan))
    distance = road_distances(sites, roads)[0] if roads is not None else np.full(n, np.nan)
    inside = None
    if udb is not None:
        index, clipped = overlay.clip_to_union(sites, np.asarray(udb, dtype=object))
        inside = np.zeros(n)
        inside[index] = shapely.area(clipped) / shapely.area(sites[index])
    compact = terms(sites, None, None, 1.0, 1.0)["compact"] if n else np.zeros(0)
    return [{"classes": sorted(((c, m, a) for (c, m), a in classes[s].items()), key=lambda t: -t[2]),
             "mean_slope": float(mean[s]), "road_distance": float(distance[s]),
             "inside_udb": None if inside is None else float(inside[s]), "compact": float(compact[s])} for s in range(n)]


def reasons_zh(fact, urban_rule, avoided, max_slope=None, unchecked=()):
    """Why a site is a candidate, in Chinese: the words a 选址 note uses (the field is Chinese whatever QGIS's
    language, as a plan's tables are)."""
    parts = []
    if fact["classes"]:
        listed = "、".join(f"{c} {m} {a / 1e4:.2f}公顷" for c, m, a in fact["classes"][:3])
        parts.append(f"现状地类为{listed}" + ("等" if len(fact["classes"]) > 3 else ""))
    if avoided:
        parts.append("避让" + "、".join(avoided))
    inside = fact["inside_udb"]
    if inside is not None:
        if inside >= 0.999:
            parts.append("位于城镇开发边界内")
        elif inside <= 0.001:
            parts.append("位于城镇开发边界外（须为村庄建设或独立选址项目）")
        else:
            parts.append(f"{inside * 100:.0f}%位于城镇开发边界内")
    elif urban_rule != 2:
        parts.append("城镇开发边界未核查")
    if fact["road_distance"] == fact["road_distance"]:
        parts.append(f"距最近道路{fact['road_distance']:.0f}米")
    if fact["mean_slope"] == fact["mean_slope"]:
        parts.append(f"平均坡度{fact['mean_slope']:.1f}°" + (f"（上限{max_slope:g}°）" if max_slope else ""))
    parts.append(f"紧凑度{fact['compact']:.2f}")
    if unchecked:
        parts.append("未检查：" + "、".join(unchecked))
    return "；".join(parts)
