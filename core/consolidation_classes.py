"""Sets of land classes that a land-consolidation analysis selects (耕地, 农村宅基地, 采矿用地 …), from a CSV table."""
import os

import numpy as np

from . import classification

TABLE = os.path.join(classification.TABLES_DIR, "consolidation_classes.csv")


def parse_codes(text):
    """'01, 0702；1201' -> ['01', '0702', '1201'] (commas, semicolons, spaces; full-width too)."""
    for separator in "，；;、 \t":
        text = (text or "").replace(separator, ",")
    return [c for c in (classification.normalise_code(t) for t in text.split(",")) if c]


def role_codes(role, classification_id, path=None):
    """The codes of `role` (homestead, cultivated, mining, idle) in a classification, from the table."""
    import csv

    path = path or TABLE
    with open(path, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source))
    return [classification.normalise_code(r["code"]) for r in rows
            if r["role"].strip() == role and r["classification"].strip() == classification_id]


def unknown_codes(codes, classification_id):
    """The codes that are not in the classification's table."""
    table = classification.load_classification(classification_id)
    return [c for c in codes if not table.is_known(c)]


def in_classes(values, codes):
    """Boolean mask: the (raw) value's code is one of `codes` or a sub-class of one (prefix match)."""
    prefixes = tuple(codes)
    distinct, inverse, shape = classification.distinct_codes(values)  # each distinct code judged once
    hit = np.array([bool(c) and c.startswith(prefixes) for c in distinct], dtype=bool)
    return hit[inverse].reshape(shape) if len(distinct) else np.zeros(shape, dtype=bool)
