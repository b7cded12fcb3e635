"""全域土地综合整治潜力: per-village potential figures and a grade, with the method spelled out.

The potential of a village is the land that consolidation could change, in 公顷: homestead to
relocate (宅基地腾退), reclaimable mining land (废弃工矿) and idle construction land (闲置建设用地),
restorable farmland (即可恢复 / 工程恢复 耕地), and cultivated land steeper than 25° (退耕还林). Grades
compare villages: with breaks given, I ≥ the upper break > II ≥ the lower break > III; without, the
villages are split into thirds by their potential (tertiles).
"""
import numpy as np
import shapely

from . import homestead, overlay

# Values of a 三调 restoration attribute, as they are written in practice (codes or names).
RESTORE_NOW = frozenset({"JKHF", "即可恢复", "1"})
RESTORE_WORKS = frozenset({"GCHF", "工程恢复", "2"})
GRADES = ("I", "II", "III")
# The parts of a village's potential, in m²; potential_ha is their sum.
PARTS = ("relocate", "mining", "idle", "restore_now", "restore_works", "steep")


def restore_kind(values):
    """'now', 'works' or '' per attribute value."""
    out = np.full(len(values), "", dtype=object)
    for k, value in enumerate(values):
        text = "" if value is None else str(value).strip().upper()
        if text in RESTORE_NOW:
            out[k] = "now"
        elif text in RESTORE_WORKS:
            out[k] = "works"
    return out


def grade(potential, breaks=None):
    """(grade per village, the breaks used): I highest. breaks = (lower, upper) or None for tertiles."""
    potential = np.asarray(potential, dtype=float)
    if breaks is None:
        if len(potential) == 0:
            return np.empty(0, dtype=object), (0.0, 0.0)
        breaks = tuple(float(b) for b in np.quantile(potential, [1 / 3, 2 / 3]))
    lower, upper = breaks
    some = potential > 0  # a village with no potential is never graded up, however many share zero
    out = np.where(some & (potential >= upper), GRADES[0],
                   np.where(some & (potential >= lower), GRADES[1], GRADES[2])).astype(object)
    return out, (lower, upper)


def parse_breaks(text):
    """(lower, upper) 公顷 of '10,30' (full-width comma too); None for no text; ValueError if not two ascending areas."""
    text = (text or "").replace("，", ",").strip()
    if not text:
        return None
    try:
        values = [float(v) for v in text.split(",")]
    except ValueError:
        values = []
    if len(values) != 2 or values[0] < 0 or values[1] <= values[0]:
        raise ValueError(text)
    return tuple(values)


def share_by_village(geoms, values, village_geoms, n):
    """Per village, the sum of `values` of the polygons, each shared out by the area inside it."""
    ia, ib, shared = overlay.shared_areas(geoms, village_geoms)
    return overlay.share_out(values, shapely.area(geoms), ia, ib, shared, n)


def blocks_by_village(geoms, parcels, large, area, village_geoms, n):
    """Farmland blocks per village: {parcels, blocks, large (百亩方), share (% of the cultivated area in
    large blocks)}. A block counts for the village holding most of it; areas are shared out."""
    ia, ib, shared = overlay.shared_areas(geoms, village_geoms)
    owner = homestead.main_group(ia, ib, shared, len(geoms))
    inside = owner >= 0
    whole = shapely.area(geoms)
    cultivated = overlay.share_out(area, whole, ia, ib, shared, n)
    in_large = overlay.share_out(area * large, whole, ia, ib, shared, n)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(cultivated > 0, 100.0 * in_large / cultivated, 0.0)
    return {"parcels": np.bincount(owner[inside], weights=parcels[inside], minlength=n),
            "blocks": np.bincount(owner[inside], minlength=n),
            "large": np.bincount(owner[inside], weights=large[inside], minlength=n), "share": share}


def village_rows(names, village_area, figures, cultivated, blocks, potential_m2, grades):
    """The potential table, a row per village, areas in 公顷 (see lantu:consolidationpotential's SPEC)."""
    # plain floats: a part not known stays NaN, which a table writes as NULL
    ha = {key: [float(v) for v in np.asarray(value, dtype=float) / 1e4] for key, value in figures.items()}
    return [(names[v], village_area[v] / 1e4, ha["homestead"][v], ha["relocate"][v], ha["resettle"][v], ha["surplus"][v],
             ha["mining"][v], ha["idle"][v], ha["restore_now"][v], ha["restore_works"][v], ha["steep"][v],
             float(cultivated[v]) / 1e4, int(blocks["parcels"][v]), int(blocks["blocks"][v]), int(blocks["large"][v]),
             blocks["share"][v], potential_m2[v] / 1e4, grades[v]) for v in range(len(names))]


def total_potential(figures):
    """Each village's potential (m²): the sum of PARTS; a part not known (NaN: not checked) is left out."""
    return sum(np.nan_to_num(np.asarray(figures[part], dtype=float)) for part in PARTS)
