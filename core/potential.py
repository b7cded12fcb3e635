"""全域土地综合整治潜力: per-village potential figures and a grade, with the method spelled out.

The potential of a village is the land that consolidation could change, in 公顷: homestead to
relocate (宅基地腾退), reclaimable mining land (废弃工矿) and idle construction land (闲置建设用地),
restorable farmland (即可恢复 / 工程恢复 耕地), and cultivated land steeper than 25° (退耕还林). Grades
compare villages: with breaks given, I ≥ the upper break > II ≥ the lower break > III; without, the
villages are split into thirds by their potential (tertiles).
"""
import numpy as np

# Values of a 三调 restoration attribute, as they are written in practice (codes or names).
RESTORE_NOW = frozenset({"JKHF", "即可恢复", "1"})
RESTORE_WORKS = frozenset({"GCHF", "工程恢复", "2"})
GRADES = ("I", "II", "III")


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
