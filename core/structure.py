"""The land-use structure table (用地结构表): area per class, per zone, with shares and totals."""
from dataclasses import dataclass

import numpy as np

from . import classification, land_codes, overlay, sandiao_to_ydyh, units

# Row kinds: a class row, a 三调 class the mapping cannot split at the level asked (一对多, flagged
# not guessed), a code not in the classification, and the total of a zone.
CLASS, UNDECIDED, UNKNOWN, TOTAL = "class", "undecided", "unknown", "total"
_KIND_ORDER = {CLASS: 0, UNDECIDED: 1, UNKNOWN: 2}
# Shared boundaries leave float noise (1e-6 m²); land outside the zones is what exceeds a sliver.
SLIVER_M2 = units.NOISE_M2


@dataclass
class StructureRow:
    zone: str
    code: str
    kind: str
    area_m2: float
    share_pct: float


def classes(values, scheme_id, level, to_ydyh):
    """(class code, kind, raw code) per feature at `level`: kind CLASS, UNDECIDED (a 三调 class the conversion
    splits one-to-many, under its 一级 class) or UNKNOWN (not in the table; its code is the raw one, '' for none).
    三调 codes go through the 三调 → 用地用海 conversion when to_ydyh is set."""
    codes = land_codes.normalise_codes(values)
    raw = np.array(["" if c is None else c for c in codes], dtype=object)
    if scheme_id == classification.SANDIAO and to_ydyh:
        target, decided = sandiao_to_ydyh.load_sandiao_to_ydyh().map_codes(codes, level)
        known = np.array([t is not None for t in target], dtype=bool)
        kind = np.where(known, np.where(decided, CLASS, UNDECIDED), UNKNOWN).astype(object)
    else:
        target = classification.reclassify(codes, classification.load_classification(scheme_id), level)
        known = np.array([t is not None for t in target], dtype=bool)
        kind = np.where(known, CLASS, UNKNOWN).astype(object)
    return np.where(known, target, raw).astype(object), kind, raw


def factorize(values):
    """(uniques, inverse) for an object array that may hold None (None sorts last)."""
    values = np.asarray(values, dtype=object)
    keys = np.array(["\uffff" if v is None else str(v) for v in values], dtype=object)
    uniques, inverse = np.unique(keys, return_inverse=True) if len(keys) else (np.empty(0, dtype=object), np.empty(0, dtype=np.int64))
    return np.array([None if u == "\uffff" else u for u in uniques], dtype=object), inverse


def structure_table(zones, codes, kinds, areas, zone_order=None):
    """Sum `areas` by (zone, code, kind) and return rows zone by zone, each closed by its total.

    zones, codes, kinds, areas: one entry per piece of land (a parcel, or its part in a zone).
    zone_order: zone labels in the order wanted; zones with no land still get a total row of 0.
    """
    areas = np.asarray(areas, dtype=float)
    zone_values, zone_index = factorize(zones)
    code_values, code_index = factorize([f"{k}\x1f{'' if c is None else c}" for c, k in zip(codes, kinds)])
    combined = zone_index.astype(np.int64) * max(len(code_values), 1) + code_index
    keys, inverse = np.unique(combined, return_inverse=True)
    sums = np.bincount(inverse, weights=areas, minlength=len(keys))

    by_zone = {}
    for key, total in zip(keys, sums):
        zone = zone_values[key // max(len(code_values), 1)]
        kind, code = code_values[key % max(len(code_values), 1)].split("\x1f", 1)
        by_zone.setdefault(zone, []).append((code, kind, float(total)))

    order = list(zone_order) if zone_order is not None else []
    order += [z for z in by_zone if z not in order]
    rows = []
    for zone in order:
        entries = sorted(by_zone.get(zone, []), key=lambda e: (_KIND_ORDER[e[1]], e[0]))
        zone_total = sum(e[2] for e in entries)
        for code, kind, area in entries:
            rows.append(StructureRow(zone, code, kind, area, 100.0 * area / zone_total if zone_total else 0.0))
        rows.append(StructureRow(zone, "", TOTAL, zone_total, 100.0 if zone_total else 0.0))
    return rows


def split_by_zones(land_geoms, geometry_area, land_value, zone_geoms, zone_names, outside_label, progress=None):
    """Pieces of land per zone: (zone label, land index, value) per piece, and the zone order.

    A piece's value is the land's value shared out by area. What no zone covers is kept as its own
    zone, `outside_label`, so the totals still add up to the layer.
    """
    ia, ib, shared = overlay.shared_areas(land_geoms, zone_geoms, progress=progress)
    fraction, outside = overlay.area_fractions(geometry_area, ia, shared)
    value = land_value[ia] * fraction
    rest = np.flatnonzero(outside * geometry_area > SLIVER_M2)
    order = list(dict.fromkeys(zone_names.tolist()))
    labels = zone_names[ib]
    if len(rest):
        order.append(outside_label)
        labels = np.concatenate([labels, np.full(len(rest), outside_label, dtype=object)])
        ia = np.concatenate([ia, rest])
        value = np.concatenate([value, land_value[rest] * outside[rest]])
    return labels, ia, value, order
