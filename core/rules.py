"""Bottom-line rules (底线约束规则): which land classes or planning zones may not lie inside — or
outside — which control line, how serious that is and on what legal basis.

A rule table is a CSV (built in: resources/tables/bottomline_rules.csv; a planner may give their
own). Columns:
  id, name_zh, name_en   the rule's id and names
  subject                landuse | zone | line
                           landuse: features of the land-use layer whose class is in `classes`
                           zone:    features of the planning-zone layer whose zone code is in `classes`
                           line:    the control line's own ground not covered by zones in `classes`
  line                   PBF (永久基本农田) | ERL (生态保护红线) | UDB (城镇开发边界)
  position               inside | outside: the part of the subject inside or outside the line
                         (subject line: always outside, i.e. not covered by the zones)
  classes, except        code prefixes separated by spaces: 07 covers 0701 and 070101; zone 1
                         covers 100–199. `except` removes codes again (linear infrastructure…)
  severity               error | warning | info
  basis                  the legal or technical basis, quoted in the findings
Problems are raised as tables.TableError with a `problem` code and the CSV line.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from .tables import TABLES_DIR, TableError, read_table

RULES_TABLE = os.path.join(TABLES_DIR, "bottomline_rules.csv")
LINES = ("PBF", "ERL", "UDB")
SUBJECTS = ("landuse", "zone", "line")
POSITIONS = ("inside", "outside")
SEVERITIES = ("error", "warning", "info")
COLUMNS = ("id", "name_zh", "name_en", "subject", "line", "position", "classes", "except", "severity", "basis")

ALL, SOME, NONE = "all", "some", "none"


@dataclass(frozen=True)
class Rule:
    id: str
    name_zh: str
    name_en: str
    subject: str
    line: str
    position: str
    classes: tuple
    excepts: tuple
    severity: str
    basis: str

    def covers(self, code):
        """Whether one code is in the rule's classes (and not excepted)."""
        if not code:
            return False
        return code.startswith(self.classes) and not (self.excepts and code.startswith(self.excepts))

    def coverage(self, code, candidates=(), decided=True):
        """ALL, SOME or NONE. A class not yet decided (a 三调 class the conversion splits
        one-to-many) has `code` = its 一级 class and `candidates` the choices (none listed: any
        class under `code`): ALL when every choice is covered, SOME when some may be."""
        if decided:
            return ALL if self.covers(code) else NONE
        options = tuple(candidates) or (code,)
        if all(self.covers(c) and not self._splits(c) for c in options):
            return ALL
        return SOME if any(self.covers(c) or self._splits(c) for c in options) else NONE

    def _splits(self, code):
        """Whether the rule tells apart subclasses of `code` (covers 1202 but not all of 12)."""
        return bool(code) and any(c.startswith(code) and c != code for c in self.classes + self.excepts)


def load_rules(path=None):
    """The rules of a CSV table (default: the built-in one), in table order."""
    path = path or RULES_TABLE
    rows = read_table(path, COLUMNS[:7] + ("severity",))
    rules, seen = [], set()
    for line, row in rows:
        rule_id = row["id"]
        if not rule_id:
            raise TableError(path, "missing_id", line=line, detail=row)
        if rule_id in seen:
            raise TableError(path, "duplicate_id", line=line, detail=rule_id)
        seen.add(rule_id)
        subject, line_key = row["subject"].lower(), row["line"].upper()
        position, severity = row["position"].lower(), row["severity"].lower()
        if subject not in SUBJECTS:
            raise TableError(path, "bad_subject", line=line, detail=row["subject"])
        if line_key not in LINES:
            raise TableError(path, "bad_line", line=line, detail=row["line"])
        if position not in POSITIONS or (subject == "line" and position != "outside"):
            raise TableError(path, "bad_position", line=line, detail=row["position"])
        if severity not in SEVERITIES:
            raise TableError(path, "bad_severity", line=line, detail=row["severity"])
        classes = tuple(row["classes"].split())
        if not classes:
            raise TableError(path, "no_classes", line=line, detail=rule_id)
        rules.append(Rule(rule_id, row.get("name_zh", ""), row.get("name_en", ""), subject, line_key, position,
                          classes, tuple(row.get("except", "").split()), severity, row.get("basis", "")))
    if not rules:
        raise TableError(path, "no_rules", detail=path)
    return rules
