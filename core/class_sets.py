"""Class sets: which 用地用海 classes make 农用地, 建设用地, 城乡建设用地, 耕地保有量 …

The sets are a table (resources/tables/ydyh_class_sets.csv, or the planner's own CSV with the
columns set, code, member and optionally used_by, confirmed, note), because provinces and plans
draw them differently. A row says that a code and everything under it is (member = yes) or is
not (member = no) in the set; the longest listed code that a class starts with decides. A class
coarser than a rule beneath it (0601 when 060101 is ruled apart) cannot be decided: it is
reported as undecided, never guessed.
"""
import os

import numpy as np

from .land_codes import normalise_code, normalise_codes
from .tables import TABLES_DIR, TableError, flag, read_table

CLASS_SETS_TABLE = "ydyh_class_sets.csv"
STRUCTURE, INDICATOR = "structure", "indicator"


class ClassSets:
    def __init__(self, rules, used_by, confirmed, source=None):
        self.source = source
        self._rules = rules  # set name -> {code: member}
        self._used_by = used_by  # set name -> set of uses
        self._confirmed = confirmed  # set name -> every row confirmed
        self._cache = {}

    @classmethod
    def from_csv(cls, path):
        rules, used_by, confirmed = {}, {}, {}
        for line, row in read_table(path, ("set", "code", "member")):
            name = row["set"]
            code = normalise_code(row["code"])
            if not name or code is None:
                raise TableError(path, "bad_code", line=line, detail=(name, row["code"]))
            rules.setdefault(name, {})[code] = flag(path, line, row, "member", default=True)
            uses = {u.strip() for u in row.get("used_by", "").split("|") if u.strip()} or {STRUCTURE, INDICATOR}
            used_by.setdefault(name, set()).update(uses)
            confirmed[name] = confirmed.get(name, True) and flag(path, line, row, "confirmed", default=True)
        return cls(rules, used_by, confirmed, path)

    def names(self, use=None):
        """Set names in table order; only those used by `use` (STRUCTURE or INDICATOR) when given."""
        return [n for n in self._rules if use is None or use in self._used_by[n]]

    def __contains__(self, name):
        return name in self._rules

    def confirmed(self, name):
        return self._confirmed.get(name, False)

    def decide(self, name, code):
        """(member, decided) for one normalised code; an unknown (None) code is no member, decided."""
        key = (name, code)
        if key not in self._cache:
            self._cache[key] = self._decide(self._rules[name], code)
        return self._cache[key]

    @staticmethod
    def _decide(rules, code):
        if code is None:
            return False, True
        matches = [c for c in rules if code.startswith(c)]
        member = rules[max(matches, key=len)] if matches else False
        # A rule deeper than the code that says otherwise: part of this class is in, part is out.
        deeper = [c for c in rules if len(c) > len(code) and c.startswith(code) and rules[c] != member]
        return member, not deeper

    def membership(self, name, codes):
        """(member, decided) boolean arrays for an array of codes (normalised on the way)."""
        codes = normalise_codes(codes)
        distinct, inverse = np.unique(np.array(["" if c is None else c for c in codes], dtype=object),
                                      return_inverse=True) if len(codes) else ([], np.empty(0, dtype=np.int64))
        results = [self.decide(name, c or None) for c in distinct]
        member = np.array([r[0] for r in results], dtype=bool)
        decided = np.array([r[1] for r in results], dtype=bool)
        if not len(codes):
            return np.zeros(0, dtype=bool), np.ones(0, dtype=bool)
        return member[inverse], decided[inverse]


def load_class_sets(path=None):
    """The class sets: the built-in table, or the planner's CSV at `path`."""
    return ClassSets.from_csv(path or os.path.join(TABLES_DIR, CLASS_SETS_TABLE))
