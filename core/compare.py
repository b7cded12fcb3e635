"""Comparing two land-use layers of one area (多规冲突 / version compare): where their classes differ,
and the change matrix (转移矩阵) of every class of one against every class of the other."""
from dataclasses import dataclass

import numpy as np
import shapely

from . import geometry, overlay
from .change import without_noise
from .units import NOISE_M2

ONLY = None  # the code on the side that has no feature there ("" is a feature without a code)


@dataclass
class Comparison:
    ia: np.ndarray  # feature of A (-1: B only)
    ib: np.ndarray  # feature of B (-1: A only)
    code_a: np.ndarray
    code_b: np.ndarray
    geoms: np.ndarray
    area: np.ndarray

    def differs(self):
        return self.code_a != self.code_b

    def visible_differences(self, undecided_a, undecided_b, min_area=0.0):
        """Pieces where the classes differ, larger than min_area. A class the conversion could not
        decide (undecided_*, per feature) stands at its 一级 class: the same 一级 class on the other
        side is no difference anyone can see."""
        undecided = np.array([(ia >= 0 and undecided_a[ia]) or (ib >= 0 and undecided_b[ib])
                              for ia, ib in zip(self.ia, self.ib)], dtype=bool)
        same_top = np.array([bool(a) and bool(b) and a[:2] == b[:2] for a, b in zip(self.code_a, self.code_b)], dtype=bool)
        return self.differs() & ~(undecided & same_top) & (self.area > min_area) & (self.area >= NOISE_M2)


def compare(a, codes_a, b, codes_b, progress=None):
    """Every piece of A ∩ B with both codes, and the parts only one of them covers."""
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    codes_a = np.asarray(codes_a, dtype=object)
    codes_b = np.asarray(codes_b, dtype=object)
    ia, ib, both = overlay.intersection_pieces(a, b, progress)
    both = geometry.polygonal(both)
    area = shapely.area(both)
    only_a, rest_a = _uncovered(a, ia, both, area)
    only_b, rest_b = _uncovered(b, ib, both, area)
    ia = np.r_[ia, only_a, np.full(len(only_b), -1)].astype(np.int64)
    ib = np.r_[ib[:len(both)], np.full(len(only_a), -1), only_b].astype(np.int64)
    geoms = np.concatenate([both, rest_a, rest_b]) if len(ia) else np.empty(0, dtype=object)
    code_a = np.array([codes_a[i] if i >= 0 else ONLY for i in ia], dtype=object)
    code_b = np.array([codes_b[i] if i >= 0 else ONLY for i in ib], dtype=object)
    return Comparison(ia, ib, code_a, code_b, geoms, shapely.area(geoms) if len(geoms) else np.zeros(0))


def matrix(comparison, min_area=0.0):
    """{(code_a, code_b): area} over the pieces larger than min_area (the diagonal is what stayed). Cells of
    boundary noise (under NOISE_M2) are no change: their area stays on the diagonal, where A has one."""
    out = {}
    for ca, cb, area in zip(comparison.code_a, comparison.code_b, comparison.area):
        if area > min_area:
            out[(ca, cb)] = out.get((ca, cb), 0.0) + float(area)
    return without_noise(out, lambda key: (key[0], key[0]))


def code_order(codes):
    """Codes sorted, None (no feature on that side) last."""
    return sorted(codes, key=lambda c: (c is None, c or ""))


def matrix_keys(cells):
    """The (code_a, code_b) cells of a matrix sorted by A then B, None (not covered) last."""
    return sorted(cells, key=lambda k: (k[0] is None, k[0] or "", k[1] is None, k[1] or ""))


def _uncovered(a, index, pieces, piece_area, noise=1e-6):
    """(index into a, a − its pieces) where anything is left. A feature whose pieces add up to its
    own area is wholly covered and skipped: on two tilings of one area that is nearly all of them.

    The pieces, not the other layer, are subtracted: they lie inside the feature, and GEOS 3.11 was
    seen to return more than the feature for feature − ∪(neighbours including a copy of itself)."""
    covered = np.bincount(index, weights=piece_area, minlength=len(a)) if len(a) else np.zeros(0)
    own = shapely.area(a) if len(a) else np.zeros(0)
    # more than its own area: the other layer overlaps itself there, so the sum proves nothing
    suspect = np.flatnonzero((own - covered > noise) | (covered - own > noise))
    # Subtract the pieces one at a time, largest first, for all suspect features at once: a union
    # of a feature's own copy with slivers along its edge was seen (GEOS 3.11) to lose area, so
    # feature − ∪pieces left tens of m² that no feature of the other layer leaves uncovered.
    rest = a[suspect].copy()
    mine = np.flatnonzero(np.isin(index, suspect))
    order = mine[np.lexsort((-piece_area[mine], index[mine]))]
    position = np.searchsorted(suspect, index[order])
    start = np.r_[0, np.flatnonzero(np.diff(position)) + 1]
    rank = np.arange(len(order)) - np.repeat(start, np.diff(np.r_[start, len(order)]))
    for r in range(int(rank.max()) + 1 if len(rank) else 0):
        step = rank == r
        target = position[step]
        alive = ~shapely.is_empty(rest[target])
        rest[target[alive]] = _take_off(rest[target[alive]], pieces[order[step][alive]])
    rest = geometry.polygonal(rest)
    keep = shapely.area(rest) > 0
    return suspect[keep], rest[keep]


# GEOS 3.11 on parcels at Gauss-Krüger coordinates (the 100k and 400k generated demos), taking pieces off one by
# one: a remainder came back self-intersecting, another as polygons plus a line, and the next difference
# refused it ("Input geom 0 is invalid", "found non-noded intersection"). The pairs it refuses are done
# again on a 1 µm grid (snap-rounding overlay, which cannot fail on valid polygons).
GRID_M = 1e-6


def _take_off(rest, pieces):
    """rest − pieces, pair by pair: polygonal and valid, so the next step can take it."""
    try:
        left = shapely.difference(rest, pieces)
    except shapely.errors.GEOSException:
        left = np.empty(len(rest), dtype=object)
        for k, (a, b) in enumerate(zip(rest, pieces)):
            try:
                left[k] = shapely.difference(a, b)
            except shapely.errors.GEOSException:
                left[k] = shapely.difference(a, b, grid_size=GRID_M)
    left = geometry.polygonal(left)
    geometry.make_valid_quietly(left)
    return left
