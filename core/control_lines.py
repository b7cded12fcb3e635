"""The three control lines (三区三线) against each other: where they overlap, and how to remove
the overlaps by a priority order. Geometry arrays in one projected CRS, areas in m²."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from . import geometry, overlay, units

LINES = ("PBF", "ERL", "UDB")  # 永久基本农田, 生态保护红线, 城镇开发边界
PAIRS = (("PBF", "ERL"), ("PBF", "UDB"), ("ERL", "UDB"))
DEFAULT_PRIORITY = ("ERL", "PBF", "UDB")
NOISE_M2 = units.NOISE_M2


@dataclass
class Overlaps:
    """One row per overlapping feature pair of two lines."""

    pair: np.ndarray  # ("PBF", "ERL") index into PAIRS
    fid_a: np.ndarray  # feature index in the first line of the pair
    fid_b: np.ndarray
    geoms: np.ndarray
    area: np.ndarray
    sliver: np.ndarray  # below the minimum area: reported apart, not counted
    pair_area: dict = field(default_factory=dict)  # "PBF_ERL" -> area of (∪A) ∩ (∪B), slivers left out
    total_area: float = 0.0  # ground where any two lines overlap, counted once

    def pairs_found(self):
        """[(a, b, overlapping feature pairs that count, area)] of the pairs of lines that were both given."""
        return [(a, b, int((~self.sliver & (self.pair == k)).sum()), self.pair_area[f"{a}_{b}"])
                for k, (a, b) in enumerate(PAIRS) if f"{a}_{b}" in self.pair_area]


def find_overlaps(lines, min_area=0.0, progress=None):
    """Overlaps between the lines given in `lines` ({"PBF": geoms, ...}; absent lines are skipped)."""
    parts = []
    for k, (a, b) in enumerate(PAIRS):
        if a not in lines or b not in lines:
            continue
        ia, ib, pieces = overlay.intersection_pieces(lines[a], lines[b], progress)
        pieces = geometry.polygonal(pieces)
        area = shapely.area(pieces)
        keep = area >= NOISE_M2  # float noise along shared boundaries is not an overlap
        parts.append((np.full(keep.sum(), k), ia[keep], ib[keep], pieces[keep], area[keep]))
    if parts:
        pair, fid_a, fid_b, geoms, area = (np.concatenate(column) for column in zip(*parts))
    else:
        pair = fid_a = fid_b = np.empty(0, dtype=np.int64)
        geoms, area = np.empty(0, dtype=object), np.empty(0)
    result = Overlaps(pair.astype(np.int64), fid_a, fid_b, geoms, area, area < min_area)
    counted = ~result.sliver
    for k, (a, b) in enumerate(PAIRS):
        if a in lines and b in lines:
            # Features overlapping inside one line must not count twice: union before measuring.
            result.pair_area[f"{a}_{b}"] = _union_area(geoms[counted & (pair == k)])
    result.total_area = _union_area(geoms[counted])
    return result


def _union_area(geoms):
    return float(shapely.union_all(geoms).area) if len(geoms) else 0.0


@dataclass
class Moved:
    """A piece taken from one line's feature because a line of higher priority holds that ground."""

    line: str
    index: int
    taken_by: str
    geom: object
    area: float


def resolve_overlaps(lines, priority=DEFAULT_PRIORITY):
    """(corrected lines, moved pieces): every line loses the ground of the lines before it in
    `priority`. Corrected lines are (index of the source feature, geometry) pairs; features
    wholly taken are gone."""
    corrected, moved = {}, []
    for key in (k for k in priority if k in lines):
        geoms = np.asarray(lines[key], dtype=object).copy()
        alive = np.ones(len(geoms), dtype=bool)
        for owner in [k for k in priority[:priority.index(key)] if k in corrected]:
            owner_geoms = corrected[owner][1]
            idx = np.flatnonzero(alive)
            taken_at, taken = overlay.clip_to_union(geoms[idx], owner_geoms)
            if len(taken_at) == 0:
                continue
            area = shapely.area(taken)
            moved += [Moved(key, int(idx[i]), owner, g, float(a)) for i, g, a in zip(taken_at, taken, area)]
            touched = idx[taken_at]
            left_at, left = overlay.subtract_union(geoms[touched], owner_geoms)
            alive[touched] = False
            alive[touched[left_at]] = True
            geoms[touched[left_at]] = left
        keep = np.flatnonzero(alive)
        corrected[key] = (keep, geoms[keep])
    return corrected, moved

