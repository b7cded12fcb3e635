"""The land-use structure change table (用地结构调整表) and the transfer matrix (转移矩阵).

Both compare a current and a planned layer in one classification. The structure columns are the
two layers' own structure tables (core.structure); the matrix is the overlay of the two layers,
and where they do not cover the same ground the rest is its own row or column, so every row sums
to the current class total and every column to the planned class total.
"""
from dataclasses import dataclass

import numpy as np

from . import structure, units

GROUP, GROUP_UNDECIDED = "group", "group_undecided"
# The matrix row or column for land the other layer does not cover.
UNCOVERED = "uncovered"
SLIVER_M2 = units.NOISE_M2  # shared edges leave float noise; less than this is no land


@dataclass
class ChangeRow:
    zone: str
    code: str  # class code, or the set name for a group row
    kind: str  # structure kinds, GROUP, GROUP_UNDECIDED or structure.TOTAL
    current_m2: float
    planned_m2: float

    @property
    def change_m2(self):
        return self.planned_m2 - self.current_m2


@dataclass
class Pieces:
    """Land as pieces: zone label, class code, class kind, finest code (for class sets), area."""

    zone: np.ndarray
    code: np.ndarray
    kind: np.ndarray
    fine: np.ndarray
    area: np.ndarray


def _sums(pieces, zone_order):
    rows = structure.structure_table(pieces.zone, pieces.code, pieces.kind, pieces.area, zone_order)
    return {(r.zone, r.code, r.kind): r.area_m2 for r in rows}


def change_table(current, planned, zone_order, class_sets=None, set_names=()):
    """ChangeRow per zone: every class in either layer, then the class-set rows, then the total."""
    zone_order = list(zone_order) + [z for z in dict.fromkeys(np.concatenate([current.zone, planned.zone]).tolist())
                                     if z not in zone_order]
    before, after = _sums(current, zone_order), _sums(planned, zone_order)
    keys = sorted(set(before) | set(after), key=lambda k: (k[2] == structure.TOTAL,
                                                           structure._KIND_ORDER.get(k[2], 9), k[1]))
    sets = {name: [_set_sums(name, class_sets, pieces, zone_order) for pieces in (current, planned)]
            for name in set_names}
    rows = []
    for z, zone in enumerate(zone_order):
        for _, code, kind in [k for k in keys if k[0] == zone and k[2] != structure.TOTAL]:
            rows.append(ChangeRow(zone, code, kind, before.get((zone, code, kind), 0.0), after.get((zone, code, kind), 0.0)))
        for name, ((cur_in, cur_open), (plan_in, plan_open)) in sets.items():
            rows.append(ChangeRow(zone, name, GROUP, cur_in[z], plan_in[z]))
            if cur_open[z] > SLIVER_M2 or plan_open[z] > SLIVER_M2:
                rows.append(ChangeRow(zone, name, GROUP_UNDECIDED, cur_open[z], plan_open[z]))
        rows.append(ChangeRow(zone, "", structure.TOTAL, before.get((zone, "", structure.TOTAL), 0.0),
                              after.get((zone, "", structure.TOTAL), 0.0)))
    return rows


def _set_sums(name, class_sets, pieces, zone_order):
    """(area in the set, area undecided) per zone of zone_order, as float lists."""
    index = {z: i for i, z in enumerate(zone_order)}
    zone_index = np.array([index[z] for z in pieces.zone], dtype=np.int64)
    member, decided = class_sets.membership(name, pieces.fine)
    inside = np.bincount(zone_index, weights=np.where(member & decided, pieces.area, 0.0), minlength=len(zone_order))
    undecided = np.bincount(zone_index, weights=np.where(decided, 0.0, pieces.area), minlength=len(zone_order))
    return [float(v) for v in inside], [float(v) for v in undecided]


def shares(rows):
    """(current share %, planned share %) of each row within its zone's total."""
    totals = {r.zone: (r.current_m2, r.planned_m2) for r in rows if r.kind == structure.TOTAL}
    out = []
    for r in rows:
        cur, plan = totals.get(r.zone, (0.0, 0.0))
        out.append((100.0 * r.current_m2 / cur if cur else 0.0, 100.0 * r.planned_m2 / plan if plan else 0.0))
    return out


@dataclass
class TransferCell:
    zone: str
    from_code: str
    from_kind: str
    to_code: str
    to_kind: str
    area_m2: float


def transfer_matrix(zone, from_code, from_kind, to_code, to_kind, area, current, planned, zone_order):
    """Cells of the current -> planned matrix per zone, from the overlay pieces (one entry each).

    current and planned are the two layers' Pieces: what of a class the overlay does not reach
    (the other layer has no land there) becomes a cell in the UNCOVERED column or row, so the
    margins are the class totals of the structure tables.
    """
    cells = {}
    for key in zip(zone, from_code, from_kind, to_code, to_kind):
        cells.setdefault(key, 0.0)
    keys = list(cells)
    index = {k: i for i, k in enumerate(keys)}
    inverse = np.array([index[k] for k in zip(zone, from_code, from_kind, to_code, to_kind)], dtype=np.int64)
    sums = np.bincount(inverse, weights=np.asarray(area, dtype=float), minlength=len(keys)) if len(keys) else []
    cells = dict(zip(keys, (float(s) for s in sums)))

    rows_out, cols_out = {}, {}
    for (z, fc, fk, tc, tk), value in cells.items():
        rows_out[(z, fc, fk)] = rows_out.get((z, fc, fk), 0.0) + value
        cols_out[(z, tc, tk)] = cols_out.get((z, tc, tk), 0.0) + value
    for (z, c, k), total in _sums(current, zone_order).items():
        if k != structure.TOTAL and total - rows_out.get((z, c, k), 0.0) > SLIVER_M2:
            cells[(z, c, k, "", UNCOVERED)] = total - rows_out.get((z, c, k), 0.0)
    for (z, c, k), total in _sums(planned, zone_order).items():
        if k != structure.TOTAL and total - cols_out.get((z, c, k), 0.0) > SLIVER_M2:
            cells[(z, "", UNCOVERED, c, k)] = total - cols_out.get((z, c, k), 0.0)
    cells = without_noise(cells, lambda key: key[:3] + key[1:3])

    order = {z: i for i, z in enumerate(zone_order)}

    def sort_key(item):
        (z, fc, fk, tc, tk), _ = item
        return (order.get(z, len(order)), fk == UNCOVERED, structure._KIND_ORDER.get(fk, 9), fc,
                tk == UNCOVERED, structure._KIND_ORDER.get(tk, 9), tc)

    return [TransferCell(z, fc, fk, tc, tk, v) for (z, fc, fk, tc, tk), v in sorted(cells.items(), key=sort_key)]


def without_noise(cells, diagonal_of):
    """The cells ({key: area}) without those under SLIVER_M2, float noise along edges two layers share (two
    CRSs leave pieces of 1e-8 m²): no change. A noise cell's area goes to its row's diagonal cell
    (`diagonal_of(key)`), where there is one, so the row still adds up to its class total."""
    out = {key: value for key, value in cells.items() if value >= SLIVER_M2}
    for key, value in cells.items():
        if value < SLIVER_M2 and diagonal_of(key) in out:
            out[diagonal_of(key)] += value
    return out


def changed_area(cells):
    """Land whose class changes: the matrix cells off the diagonal, not counting land one layer alone covers."""
    return sum(t.area_m2 for t in cells if UNCOVERED not in (t.from_kind, t.to_kind)
               and (t.from_code, t.from_kind) != (t.to_code, t.to_kind))


def undecided_area(*pieces):
    """Area of the pieces whose class the conversion could not decide (三调 classes still to be split)."""
    return float(sum(p.area[p.kind == structure.UNDECIDED].sum() for p in pieces))


def total_areas(rows):
    """(current, planned) area of all zones together, from the zones' total rows."""
    totals = [r for r in rows if r.kind == structure.TOTAL]
    return float(sum(r.current_m2 for r in totals)), float(sum(r.planned_m2 for r in totals))
