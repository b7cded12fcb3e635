"""Which features of a layer checked against a protection zone count as encroaching: construction land, not the
耕地 or 林地 a zone crosses, nor the road land (公路用地) a road's zone is measured from.

A road's building-control zone (建筑控制区) forbids buildings and ground structures (《公路安全保护条例》第十一条),
so checking a whole planned land-use layer against it measures mostly farmland, forest and the road itself. The
default classes per classification are a table, resources/tables/encroachment_classes.csv (classification, code,
counts); a planner writes their own as text: "07, 08, 09, 10, 11, 12, -1202": codes, each with its sub-classes, a
leading - (or !) leaving one out; the longest listed code a class starts with decides; "*" counts every feature.
"""
import os

import numpy as np

from .land_codes import distinct_codes, normalise_code
from .tables import TABLES_DIR, TableError, flag, read_table

TABLE = os.path.join(TABLES_DIR, "encroachment_classes.csv")
EVERY = "*"  # every feature counts


def parse(text):
    """{code: counts} from '07,08,12,-1202' (commas, semicolons, spaces, full-width too); None for EVERY.
    Raises ValueError(token) for a token that is no code."""
    text = (text or "").strip()
    if text == EVERY:
        return None
    for separator in "，；;、 \t":
        text = text.replace(separator, ",")
    rules = {}
    for token in filter(None, (t.strip() for t in text.split(","))):
        counts = token[0] not in "-!－！"
        code = normalise_code(token if counts else token[1:])
        if not code or not (code.isascii() and code.isalnum()):
            raise ValueError(token)
        rules[code] = counts
    return rules


def default_rules(classification_id, path=None):
    """{code: counts} of a classification (classification.YDYH or SANDIAO) from the table."""
    path = path or TABLE
    rules = {}
    for line, row in read_table(path, ("classification", "code", "counts")):
        if row["classification"] == classification_id:
            code = normalise_code(row["code"])
            if code is None:
                raise TableError(path, "bad_code", line=line, detail=row["code"])
            rules[code] = flag(path, line, row, "counts", default=True)
    return rules


def describe(rules):
    """'07, 08, 12 (without 1201, 1202)' for the log and the report."""
    counted = ", ".join(c for c, counts in rules.items() if counts)
    left_out = ", ".join(c for c, counts in rules.items() if not counts)
    return f"{counted} (−{left_out})" if left_out else counted


def selected(values, rules):
    """Boolean mask of the (raw) code values that count under `rules` (None = every one)."""
    distinct, inverse, shape = distinct_codes(values)
    if rules is None:
        return np.ones(shape, dtype=bool)
    hit = []
    for code in distinct:
        matches = [c for c in rules if code and code.startswith(c)]
        hit.append(bool(matches) and rules[max(matches, key=len)])
    return np.array(hit, dtype=bool)[inverse].reshape(shape) if len(distinct) else np.zeros(shape, dtype=bool)
