"""基数转换: the 用地用海 2023 class of every 三调 parcel, for the base map (规划底图) a plan is drawn on.

The conversion table (sandiao_to_ydyh.csv, read by core.sandiao_to_ydyh) gives the class of every
one-to-one 三调 class. A class it splits one-to-many is undecided unless a resolution rule settles it.
Rules are a CSV table (built in: resources/tables/convertbase_rules.csv; a planner may give their own):

  id           the rule's id, named on every parcel it applies to ("table" is reserved: the conversion table)
  dlbm         the 三调 codes it applies to, separated by spaces (0204 0204K)
  czcsxm       the 城镇村属性码 values it applies to (201 202 203A …; "-" = no CZCSXM); empty = any value
  ydyh_code    the 用地用海 class it resolves the parcels to; or, left empty,
  candidates   the classes (two or more, separated by |) the planner must choose from, and the rule says why
  confirmed    yes/no: whether independent sources back the rule (optional; a table without it: yes)
  basis, note  where the rule comes from and what to check (optional)

A rule for given CZCSXM values takes precedence over a rule for any value, and at most one rule of each
kind applies to a (code, CZCSXM) pair. A rule may also apply to a class the table converts one-to-one
(08H1 inside a 村庄). When the layer has no CZCSXM at all, a class whose rules depend on it is undecided
between every class those rules and the table could give: the outcome is never a guess.

Nothing here formats messages: reasons are codes for the QGIS side to word.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

import numpy as np

from . import classification as cls
from . import land_codes, sandiao_to_ydyh
from .tables import TABLES_DIR, TableError, flag, read_table

RULES_TABLE = os.path.join(TABLES_DIR, "convertbase_rules.csv")
COLUMNS = ("id", "dlbm", "czcsxm", "ydyh_code", "candidates")
TABLE = "table"  # the rule id of the conversion table itself
NO_CZCSXM = "-"  # in a rule's czcsxm cell: parcels outside every 城镇村 area (no CZCSXM value)

CONVERTED, RESOLVED, UNDECIDED = "converted", "resolved_by_rule", "undecided"
STATUSES = (CONVERTED, RESOLVED, UNDECIDED)

# Why a parcel is undecided
ONE_TO_MANY = "one_to_many"  # the conversion table splits the class and no rule settles it
RULE_CANDIDATES = "rule_candidates"  # a rule names the classes to choose from
NEEDS_CZCSXM = "needs_czcsxm"  # the class's rules depend on CZCSXM, which the layer does not give
PARENT_CLASS = "parent_class"  # the code is not in the table; its parent class is (08H2A -> 08H2)
COARSE_CODE = "coarse_code"  # the code is a 一级 class; its 二级 classes are in the table (01 -> 0101…)
UNKNOWN_CODE = "unknown_code"  # a code that is no 三调 code
NO_CODE = "no_code"

_SEPARATORS = re.compile(r"[\s,;|，；、]+")


def _tokens(text):
    return [t for t in _SEPARATORS.split(text or "") if t]


@dataclass(frozen=True)
class Rule:
    id: str
    dlbm: tuple
    czcsxm: tuple | None  # None: any value; "" in the tuple stands for no CZCSXM
    target: str | None
    candidates: tuple
    confirmed: bool
    basis: str = ""
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    """What parcels of one (三调 code, CZCSXM) pair become."""

    code: str | None  # the 用地用海 class; when undecided the class every candidate lies in (None: none)
    status: str
    rule: str  # the rule's id, TABLE, several ids separated by spaces, or "" when nothing applies
    candidates: tuple = ()
    reason: str | None = None  # None unless undecided
    confirmed: bool = False  # every table row and rule it rests on is confirmed


class RuleSet:
    """Resolution rules, looked up by (三调 code, CZCSXM)."""

    def __init__(self, rules, source=None):
        self.rules = list(rules)
        self.source = source
        self._specific, self._any, self._by_dlbm = {}, {}, {}
        for rule in self.rules:
            for dlbm in rule.dlbm:
                self._by_dlbm.setdefault(dlbm, []).append(rule)
                if rule.czcsxm is None:
                    self._any[dlbm] = rule
                else:
                    self._specific.update({(dlbm, value): rule for value in rule.czcsxm})

    def __len__(self):
        return len(self.rules)

    def find(self, dlbm, czcsxm):
        """The rule for a parcel: one for its CZCSXM first, else one for any value; None when none."""
        return self._specific.get((dlbm, czcsxm or "")) or self._any.get(dlbm)

    def any_value(self, dlbm):
        return self._any.get(dlbm)

    def by_czcsxm(self, dlbm):
        """The rules for `dlbm` that apply to some CZCSXM values only."""
        return [rule for rule in self._by_dlbm.get(dlbm, []) if rule.czcsxm is not None]


def load_rules(path=None, ydyh=None, sandiao=None):
    """The rules of a CSV table (default: the built-in one); problems raise TableError with the line.

    Problems: missing_id, reserved_id, duplicate_id, no_dlbm, unknown_dlbm, unknown_czcsxm,
    unknown_target, target_and_candidates, no_target, duplicate_rule (two rules for one code and CZCSXM),
    bad_flag, and those of reading (unreadable, missing_columns).
    """
    path = path or RULES_TABLE
    ydyh = ydyh or cls.load_classification(cls.YDYH)
    sandiao = sandiao or cls.load_classification(cls.SANDIAO)
    czcsxm_known = set(sandiao.czcsxm_codes())
    rules, claimed = [], {}
    for line, row in read_table(path, COLUMNS):
        rule_id = row["id"]
        if not rule_id:
            raise TableError(path, "missing_id", line=line, detail=row)
        if rule_id.lower() == TABLE:
            raise TableError(path, "reserved_id", line=line, detail=rule_id)
        if any(rule.id == rule_id for rule in rules):
            raise TableError(path, "duplicate_id", line=line, detail=rule_id)
        dlbm = tuple(dict.fromkeys(land_codes.normalise_code(t) for t in _tokens(row["dlbm"])))
        if not dlbm:
            raise TableError(path, "no_dlbm", line=line, detail=rule_id)
        unknown = [code for code in dlbm if not sandiao.is_known(code)]
        if unknown:
            raise TableError(path, "unknown_dlbm", line=line, detail=(rule_id, unknown))
        czcsxm = None
        if _tokens(row["czcsxm"]):
            czcsxm = tuple(dict.fromkeys("" if t == NO_CZCSXM else land_codes.clean_text(t) for t in _tokens(row["czcsxm"])))
            unknown = [value for value in czcsxm if value and value not in czcsxm_known]
            if unknown:
                raise TableError(path, "unknown_czcsxm", line=line, detail=(rule_id, unknown))
        target = land_codes.normalise_code(row["ydyh_code"])
        candidates = tuple(dict.fromkeys(land_codes.normalise_code(t) for t in _tokens(row["candidates"])))
        unknown = [code for code in (target, *candidates) if code and not ydyh.is_known(code)]
        if unknown:
            raise TableError(path, "unknown_target", line=line, detail=(rule_id, unknown))
        if target and candidates:
            raise TableError(path, "target_and_candidates", line=line, detail=rule_id)
        if not target and len(candidates) < 2:
            raise TableError(path, "no_target", line=line, detail=rule_id)
        for code in dlbm:
            for value in czcsxm if czcsxm is not None else (None,):
                if (code, value) in claimed:
                    raise TableError(path, "duplicate_rule", line=line, detail=(rule_id, claimed[(code, value)], code, value))
                claimed[(code, value)] = rule_id
        rules.append(Rule(rule_id, dlbm, czcsxm, target, candidates, flag(path, line, row, "confirmed", True),
                          row.get("basis", ""), row.get("note", "")))
    return RuleSet(rules, path)


class Converter:
    """The outcome of one (三调 code, CZCSXM) pair under the conversion table and the rules."""

    def __init__(self, rules=None, conversion=None, sandiao=None):
        self.conversion = conversion or sandiao_to_ydyh.load_sandiao_to_ydyh()
        self.ydyh = self.conversion.ydyh
        self.sandiao = sandiao or cls.load_classification(cls.SANDIAO)
        self.rules = rules if rules is not None else load_rules(ydyh=self.ydyh, sandiao=self.sandiao)

    def outcome(self, dlbm, czcsxm=None, has_czcsxm=True):
        """`dlbm` a normalised code (None: missing); `czcsxm` cleaned (None: empty); has_czcsxm false
        when the layer has no CZCSXM field, so that no value is known for any parcel."""
        if dlbm is None:
            return Outcome(None, UNDECIDED, "", reason=NO_CODE)
        if not has_czcsxm:
            depending = self.rules.by_czcsxm(dlbm)
            if depending:
                return self._without_czcsxm(dlbm, depending)
            rule = self.rules.any_value(dlbm)
        else:
            rule = self.rules.find(dlbm, czcsxm)
        return self._from_rule(rule) if rule else self._from_table(dlbm)

    def _from_rule(self, rule):
        if rule.target:
            return Outcome(rule.target, RESOLVED, rule.id, confirmed=rule.confirmed)
        return Outcome(self.common_class(rule.candidates), UNDECIDED, rule.id, rule.candidates, RULE_CANDIDATES,
                       rule.confirmed)

    def _from_table(self, dlbm):
        target = self.conversion.map(dlbm, 2)
        if target is not None:
            if target.decided:
                return Outcome(target.code, CONVERTED, TABLE, confirmed=target.confirmed)
            choices = self.choices(target)
            return Outcome(self.common_class(choices), UNDECIDED, TABLE, choices, ONE_TO_MANY, target.confirmed)
        if not self.sandiao.is_known(dlbm):
            return Outcome(None, UNDECIDED, "", reason=UNKNOWN_CODE)
        parent = self.sandiao.parent(dlbm)
        if parent is not None:  # an A or K code without a row of its own: its parent's classes
            found, reason = [self._from_table(parent)], PARENT_CLASS
        else:  # a 一级 code: every class its 二级 codes convert to
            children = [c for c in self.sandiao.codes_at_level(2) if self.sandiao.parent(c) == dlbm]
            found, reason = [self._from_table(c) for c in children], COARSE_CODE
        return self._undecided(found, TABLE, reason)

    def _without_czcsxm(self, dlbm, depending):
        rule = self.rules.any_value(dlbm)
        found = [self._from_rule(r) for r in depending] + [self._from_rule(rule) if rule else self._from_table(dlbm)]
        if all(o.status != UNDECIDED for o in found) and len({o.code for o in found}) == 1:
            return found[-1]  # every CZCSXM leads to the same class: nothing to decide
        ids = [r.id for r in depending] + [rule.id if rule else TABLE]
        return self._undecided(found, " ".join(ids), NEEDS_CZCSXM)

    def _undecided(self, found, rule, reason):
        classes = tuple(dict.fromkeys(c for o in found for c in (o.candidates or (o.code,)) if c))
        return Outcome(self.common_class(classes), UNDECIDED, rule, classes, reason,
                       bool(found) and all(o.confirmed for o in found))

    def choices(self, target):
        """The classes an undecided table row may become: its candidates, else the classes one level
        below its code."""
        if target.candidates:
            return tuple(target.candidates)
        level = self.ydyh.level(target.code) + 1
        return tuple(c for c in self.ydyh.codes_at_level(level) if self.ydyh.parent(c) == target.code)

    def common_class(self, classes):
        """The finest class every one of `classes` lies in, or None."""
        for level in (3, 2, 1):
            found = {self.ydyh.ancestor(c, level) for c in classes}
            if len(found) == 1 and None not in found:
                return found.pop()
        return None


@dataclass
class SummaryRow:
    dlbm: str | None
    czcsxm: tuple  # the CZCSXM values seen (None: no value)
    outcome: Outcome
    count: int
    area: float


@dataclass
class Conversion:
    """The outcome of every parcel: `outcomes[index[i]]` is parcel i's."""

    outcomes: list
    index: np.ndarray
    pair_dlbm: list  # per distinct (code, CZCSXM) pair: the normalised code, the CZCSXM and the outcome index
    pair_czcsxm: list
    pair_outcome: np.ndarray
    pair_index: np.ndarray  # per parcel: its pair

    def column(self, name, convert=None):
        """An outcome attribute per parcel (object array), optionally converted once per outcome."""
        values = [getattr(o, name) for o in self.outcomes]
        if convert is not None:
            values = [convert(v) for v in values]
        table = np.empty(len(values), dtype=object)
        table[:] = values
        return table[self.index]

    def status_totals(self, areas):
        """{status: (count, area)} for every status."""
        statuses = np.array([STATUSES.index(o.status) for o in self.outcomes], dtype=np.int64)[self.index]
        counts = np.bincount(statuses, minlength=len(STATUSES))
        sums = np.bincount(statuses, weights=np.asarray(areas, dtype=float), minlength=len(STATUSES))
        return {s: (int(counts[i]), float(sums[i])) for i, s in enumerate(STATUSES)}

    def summary(self, areas):
        """The conversion table of the layer: one row per 三调 code and outcome, with the CZCSXM values
        seen, the parcel count and area; ordered by code, then status, then class."""
        counts = np.bincount(self.pair_index, minlength=len(self.pair_dlbm))
        sums = np.bincount(self.pair_index, weights=np.asarray(areas, dtype=float), minlength=len(self.pair_dlbm))
        groups = {}
        for p, (dlbm, czcsxm) in enumerate(zip(self.pair_dlbm, self.pair_czcsxm)):
            if counts[p] == 0:
                continue
            row = groups.setdefault((dlbm, int(self.pair_outcome[p])), [set(), 0, 0.0])
            row[0].add(czcsxm)
            row[1] += int(counts[p])
            row[2] += float(sums[p])
        rows = [SummaryRow(dlbm, tuple(sorted(cz, key=lambda v: (v is None, v or ""))), self.outcomes[o], n, area)
                for (dlbm, o), (cz, n, area) in groups.items()]
        return sorted(rows, key=lambda r: (r.dlbm is None, r.dlbm or "", STATUSES.index(r.outcome.status),
                                           r.outcome.code or "", r.czcsxm))


def convert(codes, czcsxm=None, converter=None):
    """The Conversion of arrays of 三调 codes and CZCSXM values (None: the layer has no CZCSXM).

    Every distinct (code, CZCSXM) pair is resolved once; parcels take their pair's outcome."""
    converter = converter or Converter()
    dlbm_list, dlbm_index, _ = land_codes.distinct_codes(codes)
    if czcsxm is None:
        cz_list, cz_index = [None], np.zeros(len(dlbm_index), dtype=np.int64)
    else:
        values = np.asarray(czcsxm)
        keys = values.astype(str) if values.dtype.kind in "Ofc" else values
        distinct, cz_index = np.unique(keys.ravel(), return_inverse=True)
        cz_list = [land_codes.clean_text(v) for v in distinct]
    pairs, pair_index = np.unique(dlbm_index.astype(np.int64) * len(cz_list) + cz_index, return_inverse=True)
    outcomes, known, pair_outcome = [], {}, np.empty(len(pairs), dtype=np.int64)
    pair_dlbm, pair_cz = [], []
    for p, key in enumerate(pairs.tolist()):
        dlbm, value = dlbm_list[key // len(cz_list)], cz_list[key % len(cz_list)]
        outcome = converter.outcome(dlbm, value, czcsxm is not None)
        if outcome not in known:
            known[outcome] = len(outcomes)
            outcomes.append(outcome)
        pair_outcome[p] = known[outcome]
        pair_dlbm.append(dlbm)
        pair_cz.append(value)
    pair_index = pair_index.reshape(-1)
    return Conversion(outcomes, pair_outcome[pair_index], pair_dlbm, pair_cz, pair_outcome, pair_index)
