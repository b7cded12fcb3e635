"""Sets of land classes that a land-consolidation analysis selects (耕地, 农村宅基地, 采矿用地 …), from a CSV table."""
import os
from dataclasses import dataclass, field

import numpy as np

from . import classification, land_codes
from .tables import TABLES_DIR

TABLE = os.path.join(TABLES_DIR, "consolidation_classes.csv")


def parse_codes(text):
    """'01, 0702；1201' -> ['01', '0702', '1201'] (commas, semicolons, spaces; full-width too)."""
    for separator in "，；;、 \t":
        text = (text or "").replace(separator, ",")
    return [c for c in (land_codes.normalise_code(t) for t in text.split(",")) if c]


def role_codes(role, classification_id, path=None):
    """The codes of `role` (homestead, cultivated, mining, idle) in a classification, from the table."""
    import csv

    path = path or TABLE
    with open(path, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source))
    return [land_codes.normalise_code(r["code"]) for r in rows
            if r["role"].strip() == role and r["classification"].strip() == classification_id]


def unknown_codes(codes, classification_id):
    """The codes that are not in the classification's table."""
    table = classification.load_classification(classification_id)
    return [c for c in codes if not table.is_known(c)]


def in_classes(values, codes):
    """Boolean mask: the (raw) value's code is one of `codes` or a sub-class of one (prefix match)."""
    prefixes = tuple(codes)
    distinct, inverse, shape = land_codes.distinct_codes(values)  # each distinct code judged once
    hit = np.array([bool(c) and c.startswith(prefixes) for c in distinct], dtype=bool)
    return hit[inverse].reshape(shape) if len(distinct) else np.zeros(shape, dtype=bool)


@dataclass
class CodeGaps:
    """Features a class selection cannot judge: no code at all, or a code the classification does not know."""

    missing: int = 0
    missing_area: float = 0.0
    unknown: int = 0
    unknown_area: float = 0.0
    examples: list = field(default_factory=list)  # the unknown codes, most area first

    def __bool__(self):
        return bool(self.missing or self.unknown)


def code_gaps(values, classification_id, area):
    """CodeGaps of the (raw) code values of features whose areas are `area`."""
    codes = land_codes.normalise_codes(values) if len(values) else np.empty(0, dtype=object)
    area = np.asarray(area, dtype=float)
    missing = np.array([c is None for c in codes], dtype=bool)
    table = classification.load_classification(classification_id)
    text = np.array(["" if c is None else c for c in codes], dtype=object)
    distinct, inverse = np.unique(text, return_inverse=True) if len(text) else (np.empty(0, dtype=object), np.empty(0, int))
    known = np.array([not c or table.is_known(c) for c in distinct], dtype=bool)
    unknown = ~known[inverse] if len(text) else np.zeros(0, dtype=bool)
    by_code = {}
    for code, a in zip(text[unknown], area[unknown]):
        by_code[code] = by_code.get(code, 0.0) + float(a)
    return CodeGaps(int(missing.sum()), float(area[missing].sum()), int(unknown.sum()), float(area[unknown].sum()),
                    sorted(by_code, key=lambda c: -by_code[c]))
