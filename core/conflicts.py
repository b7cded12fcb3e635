"""Land use and planning zones against the control lines, by the rules of core.rules."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from . import land_codes, line_overlay, overlay, sandiao_to_ydyh, tables, units
from . import rules as rules_module

# Overlay pieces below this are float noise along shared boundaries (10 cm × 10 cm), not conflicts.
NOISE_M2 = units.NOISE_M2


def zone_codes(values):
    """Planning-zone codes as text: '310', 310 and 310.0 alike (no land-code padding)."""
    out = []
    for value in values:
        text = "" if value is None else str(value).strip()
        if text.endswith(".0") and text[:-2].isdigit():
            text = text[:-2]
        out.append(text)
    return np.array(out, dtype=object)


@dataclass
class Subject:
    """Features checked by rules: geometries and their class codes.

    `decided` is False where the code is only the 一级 class of a class still to be split (三调
    through the conversion); `candidates` then lists the choices (empty: any under the code)."""

    geoms: np.ndarray
    codes: np.ndarray
    decided: np.ndarray = None
    candidates: np.ndarray = None

    def __post_init__(self):
        self._classes = None
        self._answers = {}  # id(rule) -> coverage: a subject taken in batches asks once per rule
        self._parent = None  # (subject, rows) of a subject taken from another
        n = len(self.geoms)
        if self.decided is None:
            self.decided = np.ones(n, dtype=bool)
        if self.candidates is None:
            self.candidates = np.full(n, None, dtype=object)

    def take(self, rows, geoms):
        """The features `rows` of this subject, with geometries `geoms` (a batch of a layer read in batches)."""
        part = Subject(geoms, self.codes[rows], self.decided[rows], self.candidates[rows])
        part._parent = (self, rows)
        return part

    def coverage(self, rule):
        """rules.ALL / SOME / NONE per feature, worked out once per distinct class (a county has
        ~100 classes and 10^5–10^6 parcels)."""
        if self._parent is not None:
            parent, rows = self._parent
            return parent.coverage(rule)[rows]
        if id(rule) in self._answers:
            return self._answers[id(rule)][1]
        if self._classes is None:
            # code + decided + candidates decide a feature's answer; candidates follow from the code
            # of an undecided class's source, so (code, decided, first candidate set) is the key.
            # As integers: text keys for 10^5 features cost more than the rules' answers.
            _, code_id = np.unique(self.codes.astype(str), return_inverse=True)
            undecided = np.flatnonzero(~self.decided)
            sets = {(): 0}
            extra = np.zeros(len(self.codes), dtype=np.int64)
            extra[undecided] = [sets.setdefault(tuple(self.candidates[i] or ()), len(sets)) for i in undecided]
            keys = (code_id.astype(np.int64) * 2 + self.decided) * len(sets) + extra
            _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
            self._classes = (first, inverse)
        first, inverse = self._classes
        answers = np.array([rule.coverage(self.codes[i], self.candidates[i] or (), self.decided[i]) for i in first],
                           dtype=object)
        self._answers[id(rule)] = (rule, answers[inverse])  # the rule is kept: its id stays its own
        return self._answers[id(rule)][1]


@dataclass
class Findings:
    """One row per conflict piece."""

    rule: np.ndarray  # index into the rules list
    src: np.ndarray  # feature index in the rule's subject
    geoms: np.ndarray
    area: np.ndarray
    partial: np.ndarray  # the class may or may not be covered (a 三调 class to be split)
    skipped: list = field(default_factory=list)  # (rule, reason) of rules that could not run
    below_min: int = 0  # pieces left out as smaller than the minimum area (float noise is not counted)

    def severities(self, rule_list):
        """Each conflict's severity: its rule's, or info where the class may or may not be covered."""
        return np.array(["info" if partial else rule_list[r].severity for r, partial in zip(self.rule, self.partial)],
                        dtype=object)

    def per_rule(self, rule_list):
        """(rule, conflicts, area, whether it was checked) for every rule, in table order. A rule's area is
        its pieces' union: the pieces of two line features that overlap each other share ground."""
        out = []
        for r, rule in enumerate(rule_list):
            mine = self.rule == r
            checked = not any(s is rule for s, _ in self.skipped)
            out.append((rule, int(mine.sum()), overlay.union_area(self.geoms[mine]), checked))
        return out

    def ground(self, mask=None):
        """The area of the conflicts (those in `mask`), counted once: one parcel may break two rules,
        and overlapping line features overlap."""
        return overlay.union_area(self.geoms if mask is None else self.geoms[mask])


def find_conflicts(rule_list, lines, landuse=None, zones=None, min_area=0.0, progress=None, blind=None, only=None):
    """Check every rule (of the subjects in `only`, when given). `lines` maps PBF/ERL/UDB to geometry arrays
    (absent: rules skipped). `blind` maps a line given that cannot be looked at to why (overlay.EMPTY, APART): the
    rules that would pass unseen are skipped (inside a line with no polygons nothing lies, which proves nothing);
    a line lying apart, all its rules."""
    parts, skipped, below, cache = [], [], 0, {}
    blind = blind or {}
    for r, rule in enumerate(rule_list):
        if only is not None and rule.subject not in only:
            continue
        if rule.line not in lines:
            skipped.append((rule, "no_line"))
            continue
        why = blind_reason(rule, blind)
        if why:
            skipped.append((rule, why))
            continue
        subject = {"landuse": landuse, "zone": zones}.get(rule.subject)
        if rule.subject in ("landuse", "zone") and subject is None:
            skipped.append((rule, "no_" + rule.subject))
            continue
        if rule.subject == "line":
            if zones is None:
                skipped.append((rule, "no_zone"))
                continue
            covered = np.array([rule.covers(c) for c in zones.codes], dtype=bool)
            src, geoms = overlay.subtract_union(lines[rule.line], zones.geoms[covered], progress)
            partial = np.zeros(len(src), dtype=bool)
        else:
            cover = subject.coverage(rule)
            pieces = _pieces(cache, subject, rule, rule_list, lines, progress)
            mine = cover[pieces[0]] != rules_module.NONE
            src, geoms = pieces[0][mine], pieces[1][mine]
            partial = cover[src] == rules_module.SOME
        area = shapely.area(geoms)
        keep = area >= max(min_area, NOISE_M2)
        below += int((~keep & (area >= NOISE_M2)).sum())  # float noise is no piece at all
        parts.append((np.full(keep.sum(), r), src[keep], geoms[keep], area[keep], partial[keep]))
    if parts:
        rule, src, geoms, area, partial = (np.concatenate(column) for column in zip(*parts))
    else:
        rule = src = np.empty(0, dtype=np.int64)
        geoms, area, partial = np.empty(0, dtype=object), np.empty(0), np.empty(0, dtype=bool)
    return Findings(rule.astype(np.int64), src.astype(np.int64), geoms, area, partial.astype(bool), skipped, below)


def blind_reason(rule, blind):
    """Why `rule` cannot be checked when the lines in `blind` cannot be looked at (see find_conflicts), or None."""
    why = blind.get(rule.line)
    return why if why and (why == overlay.APART or rule.position == "inside" or rule.subject == "line") else None


def joined(parts, rule_list, skipped, blind=None):
    """One Findings of several (a layer checked batch by batch, `src` numbered alike, the zone rules apart):
    `skipped` the rules that did not run; the findings of rules `blind` (known only once the layer is read)
    makes unseen are dropped, and the rules skipped."""
    skipped = list(skipped)
    for rule in rule_list:
        why = blind_reason(rule, blind or {})
        if why and not any(s is rule for s, _ in skipped):
            skipped.append((rule, why))
    out = [p for p in parts if len(p.rule)]
    if not out:
        empty = np.empty(0, dtype=np.int64)
        return Findings(empty, empty, np.empty(0, dtype=object), np.empty(0), np.empty(0, dtype=bool), skipped,
                        sum(p.below_min for p in parts))
    rule = np.concatenate([p.rule for p in out])
    dropped = {r for r, rule_ in enumerate(rule_list) if any(s is rule_ for s, _ in skipped)}
    keep = ~np.isin(rule, sorted(dropped))
    return Findings(rule[keep], np.concatenate([p.src for p in out])[keep],
                    np.concatenate([p.geoms for p in out])[keep], np.concatenate([p.area for p in out])[keep],
                    np.concatenate([p.partial for p in out])[keep], skipped, sum(p.below_min for p in parts))


def _pieces(cache, subject, rule, rule_list, lines, progress):
    """(feature index, piece) of every feature some rule on the same subject, line and position
    concerns, inside or outside that line: one overlay serves all those rules (PBF-01 … PBF-05)."""
    key = (rule.subject, rule.line, rule.position)
    if key not in cache:
        wanted = np.zeros(len(subject.geoms), dtype=bool)
        for other in rule_list:
            if (other.subject, other.line, other.position) == key:
                wanted |= subject.coverage(other) != rules_module.NONE
        chosen = np.flatnonzero(wanted)
        if rule.position == "inside":  # pieces under the noise are dropped: they need no intersection
            at, geoms = line_overlay.clip(subject.geoms[chosen], lines[rule.line], NOISE_M2, progress)
        else:
            at, geoms = line_overlay.subtract(subject.geoms[chosen], lines[rule.line], progress)
        cache[key] = (chosen[at], geoms)
    return cache[key]



def landuse_subject(geoms, codes, kinds, rule_list, sandiao_codes=None):
    """(Subject, index in the layer) of the land-use features some landuse rule may concern.

    `codes` and `kinds` are the features' 用地用海 classes (kind 'undecided': a 三调 class the
    conversion splits, 'unknown': no class); `sandiao_codes` the layer's own 三调 codes, which give
    an undecided class its candidates. Only classes a rule may concern go on (most of a county is
    cultivated land and forest outside the lines): less to hold, nothing to lose.
    """
    decided = kinds != "undecided"
    candidates = np.full(len(codes), None, dtype=object)
    if sandiao_codes is not None:
        conversion = sandiao_to_ydyh.load_sandiao_to_ydyh()
        raw = land_codes.normalise_codes(sandiao_codes)
        undecided = np.flatnonzero(~decided)
        distinct, inverse = np.unique(np.asarray(raw[undecided], dtype=str), return_inverse=True)
        found = np.empty(len(distinct), dtype=object)
        found[:] = [conversion.map(code, 2).candidates for code in distinct]  # once per distinct code
        candidates[undecided] = found[inverse]
    keep = np.flatnonzero(kinds != "unknown")
    subject = Subject(geoms[keep], codes[keep], decided[keep], candidates[keep])
    wanted = np.zeros(len(keep), dtype=bool)
    for rule in rule_list:
        if rule.subject == "landuse":
            wanted |= subject.coverage(rule) != rules_module.NONE
    return Subject(subject.geoms[wanted], subject.codes[wanted], subject.decided[wanted],
                   subject.candidates[wanted]), keep[wanted]


def planning_zone_names(path=None):
    """{zone code: name} of the planning zones (规划分区), from resources/tables/planning_zones.csv."""
    import csv
    import os

    path = path or os.path.join(tables.TABLES_DIR, "planning_zones.csv")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return {row["code"]: row["name"] for row in csv.DictReader(stream)}
