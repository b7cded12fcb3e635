"""边画边检, the live check: each edit of a land-use or control-line layer checked at once, for the features it
touched and their neighbours, by the same rule engine as lantu:landuseconflicts (core.conflicts with the rule
table of core.rules), the same pairwise overlay as lantu:controllineoverlaps (core.control_lines) and the
per-feature checks of lantu:checklanduse (core.quality): so a live finding and a step's can never disagree.

The indexes are built once when editing starts (core.live_index); an edit re-checks only what it touched.
Findings are kept by a key, so a fixed finding disappears and an unchanged one stays as it was. Nothing here
words a finding: `detail` holds what the interface turns into a sentence in the planner's language.
"""
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import classification, conflicts, control_lines, geometry, overlay, quality, structure, units
from .live_index import FeatureIndex

LANDUSE = "landuse"  # the layer key of the land use; the control lines are keyed PBF, ERL, UDB
LINES = control_lines.LINES
# Overlaps and gaps up to this (m²) are left out, as lantu:checklanduse's default MIN_AREA does.
MIN_AREA_M2 = 1.0
GAP, SELF_OVERLAP, LINE_OVERLAP = "gap", "self_overlap", "line_overlap"
QUALITY_CHECKS = ("invalid_geometry", "code_missing", "code_unknown", "name_mismatch")


@dataclass(eq=False)
class Finding:
    rule_id: str  # a rule of the rule table (ERL-01 …), a check of core.quality, or "PBF×ERL" (two lines overlap)
    severity: str  # error | warning | info
    layer: str  # LANDUSE or a line key
    fid: int
    geom: object  # the piece in conflict, the overlap, the gap, or the place of a fault
    area: float = 0.0
    detail: dict = field(default_factory=dict)  # code, expected name, reason, other (layer, fid) …

    @property
    def key(self):
        return self.rule_id, self.layer, self.fid, self.detail.get("other"), self.detail.get("n")


def _array(items):
    if isinstance(items, np.ndarray) and items.dtype == object:
        return items.copy()
    return np.array(list(items) + [None], dtype=object)[:-1]


def _present(geoms):
    return geoms[np.array([g is not None for g in geoms], dtype=bool)] if len(geoms) else geoms


def usable(raw):
    """The geometries as the steps read them: invalid ones made valid (polygonal parts), empty ones None."""
    geoms = _array(raw)
    present = np.array([g is not None for g in geoms], dtype=bool)
    bad = present.copy()
    bad[present] = ~overlay.parallel(shapely.is_valid, geoms[present])
    geoms[bad] = geometry.make_valid_polygons(geoms[bad])
    present[present] = ~shapely.is_empty(geoms[present])
    geoms[~present] = None
    return geoms


class LiveChecker:
    """The findings of a live-check session, changed edit by edit."""

    def __init__(self, rule_list, scheme=classification.YDYH, min_area=MIN_AREA_M2):
        self.rules = rule_list
        self.scheme = scheme
        self.table = classification.load_classification(scheme)
        self.min_area = min_area
        self.lines = {}  # line key -> FeatureIndex
        self.land = None
        self.findings = {}  # key -> Finding
        self._serial = 0
        self._blind = None

    # --- the layers, read once ------------------------------------------------------------------------
    def set_line(self, key, fids, geoms):
        self.lines[key] = FeatureIndex(fids, usable(geoms))
        self._blind = None

    def set_landuse(self, fids, geoms, codes, names=None):
        columns = {"code": _array(codes)}
        if names is not None:
            columns["name"] = _array(names)
        self.land = FeatureIndex(fids, _array(geoms), columns, repair=usable)

    def blind(self):
        """{line key: overlay.EMPTY} of the lines given with no polygon: the rules that would pass unseen are not
        checked (conflicts.find_conflicts says which). Worked out again after a line's edit only."""
        if self._blind is None:
            self._blind = {k: overlay.EMPTY for k, index in self.lines.items() if len(index.current()[0]) == 0}
        return self._blind

    def not_checked(self):
        """The rules that cannot run live: their line is not given or holds nothing, or they are about planning
        zones (a layer of its own, checked by lantu:landuseconflicts)."""
        blind = self.blind()
        return [r for r in self.rules if r.subject != "landuse" or r.line not in self.lines or r.line in blind]

    # --- an edit ------------------------------------------------------------------------------------------
    def edit(self, layer, changed=None, deleted=()):
        """Check an edit: `changed` {fid: (geometry as drawn, {column: value})} added or changed, `deleted` fids.
        Returns (findings added or changed, keys of findings gone)."""
        changed = changed or {}
        index = self.land if layer == LANDUSE else self.lines[layer]
        fids = sorted(set(changed) | {int(f) for f in deleted})
        old = {f: index.geometry(f) for f in fids}
        raw = {f: changed[f][0] for f in changed}
        fixed = dict(zip(changed, usable([raw[f] for f in changed])))
        for f in deleted:
            index.delete(int(f))
        for f, (_, values) in changed.items():
            index.set(f, fixed[f], values)
        before = dict(self.findings)
        if layer == LANDUSE:
            self._check_landuse(fids, raw, old)
        else:
            self._blind = None
            self._check_line(layer, fids, raw)
            if self.land is not None:  # the parcels the line now meets, or met before: their rules change
                near = self.land.near(list(old.values()) + list(fixed.values()))
                self._drop(LANDUSE, near, rules_only=True)
                self._rules(near)
        now = self.findings
        added = [f for k, f in now.items() if before.get(k) is not f]
        return added, [k for k in before if k not in now]

    def _drop(self, layer, fids, rules_only=False):
        gone = set(int(f) for f in fids)
        rule_ids = {r.id for r in self.rules}
        for key, finding in list(self.findings.items()):
            if finding.rule_id == GAP or (rules_only and finding.rule_id not in rule_ids):
                continue
            other = finding.detail.get("other")
            if (finding.layer == layer and finding.fid in gone) or (other and other[0] == layer and other[1] in gone):
                del self.findings[key]

    def _add(self, finding):
        self.findings[finding.key] = finding

    def _check_landuse(self, fids, raw, old):
        self._drop(LANDUSE, fids)
        alive = np.array([f for f in fids if self.land.geometry(f) is not None], dtype=np.int64)
        self._invalid(LANDUSE, fids, raw)
        self._codes(alive)
        self._rules(alive)
        self._overlaps(alive)
        self._gaps(fids, old)

    def _check_line(self, key, fids, raw):
        self._drop(key, fids)
        self._invalid(key, fids, raw)
        index = self.lines[key]
        alive = np.array([f for f in fids if index.geometry(f) is not None], dtype=np.int64)
        geoms = index.geometries(alive)
        for other, other_index in self.lines.items():
            if other == key or len(alive) == 0:
                continue
            near = other_index.near(geoms)
            others = other_index.geometries(near)
            near = near[[g is not None for g in others]]
            found = control_lines.find_overlaps({key: geoms, other: _present(others)})
            for pair, a, b, piece, area in zip(found.pair, found.fid_a, found.fid_b, found.geoms, found.area):
                first, second = control_lines.PAIRS[pair]
                mine, theirs = (a, b) if first == key else (b, a)
                self._add(Finding(f"{first}×{second}", "error", key, int(alive[mine]), piece, float(area),
                                  {"other": (other, int(near[theirs])), "check": LINE_OVERLAP}))

    def _invalid(self, layer, fids, raw):
        """Geometry as drawn (GEOS's reason and place), before it is repaired for the other checks."""
        drawn = [f for f in fids if raw.get(f) is not None]
        found = quality.invalid_geometries(_array(raw[f] for f in drawn))
        for i, place, reason in zip(found.index, found.geoms, found.detail):
            self._add(Finding("invalid_geometry", quality.SEVERITY["invalid_geometry"], layer, int(drawn[i]), place,
                              0.0, {"reason": reason}))

    def _codes(self, alive):
        if len(alive) == 0:
            return
        values = [self.land.value("code", int(f)) for f in alive]
        _, kind, raw = structure.classes(values, self.scheme, 2, True)
        geoms = self.land.geometries(alive)
        for i in np.flatnonzero(kind == structure.UNKNOWN):
            check = "code_unknown" if raw[i] else "code_missing"
            self._add(Finding(check, quality.SEVERITY[check], LANDUSE, int(alive[i]), shapely.point_on_surface(geoms[i]),
                              0.0, {"code": raw[i]}))
        if "name" in self.land.columns:
            names = [self.land.value("name", int(f)) for f in alive]
            bad, expected = quality.name_mismatches(raw, names, self.table)
            for i, want in zip(bad, expected):
                self._add(Finding("name_mismatch", quality.SEVERITY["name_mismatch"], LANDUSE, int(alive[i]),
                                  shapely.point_on_surface(geoms[i]), 0.0,
                                  {"code": raw[i], "name": names[i], "expected": want}))

    def _rules(self, alive):
        """The rule table's landuse rules on the features, against the line features near them (the rest cannot
        change a feature's piece inside or outside a line)."""
        if len(alive) == 0 or not self.lines:
            return
        geoms = self.land.geometries(alive)
        values = [self.land.value("code", int(f)) for f in alive]
        code, kind, raw = structure.classes(values, self.scheme, 2, True)
        sandiao = raw if self.scheme == classification.SANDIAO else None
        subject, keep = conflicts.landuse_subject(geoms, code, kind, self.rules, sandiao)
        if len(keep) == 0:
            return
        lines = {k: _present(index.geometries(index.near(subject.geoms))) for k, index in self.lines.items()}
        rules = [r for r in self.rules if r.subject == "landuse"]
        found = conflicts.find_conflicts(rules, lines, subject, None, 0.0, None, self.blind())
        for r, src, piece, area, partial, severity in zip(found.rule, found.src, found.geoms, found.area, found.partial,
                                                          found.severities(rules)):
            self._add(Finding(rules[r].id, severity, LANDUSE, int(alive[keep[src]]), piece, float(area),
                              {"code": subject.codes[src], "partial": bool(partial), "line": rules[r].line}))

    def _overlaps(self, alive):
        """Ground an edited feature shares with a neighbour (core.quality.self_overlaps on the neighbourhood)."""
        if len(alive) == 0:
            return
        local = np.union1d(alive, self.land.near(self.land.geometries(alive)))
        found, areas = quality.self_overlaps(self.land.geometries(local), self.min_area,
                                             of=np.searchsorted(local, alive))
        touched = set(alive.tolist())
        for i, piece, j, area in zip(found.index, found.geoms, found.detail, areas):
            a, b = int(local[i]), int(local[j])
            if a in touched or b in touched:  # about the feature edited (the smaller id where both were)
                mine, theirs = (min(a, b), max(a, b)) if (a in touched) == (b in touched) else \
                    ((a, b) if a in touched else (b, a))
                self._add(Finding(SELF_OVERLAP, quality.SEVERITY[SELF_OVERLAP], LANDUSE, mine, piece, float(area),
                                  {"other": (LANDUSE, theirs)}))

    def _gaps(self, fids, old):
        """Ground an edit left uncovered beside a neighbour (a parcel moved, shrunk or deleted in a tiling); a gap
        stays until a later edit covers it."""
        new = self.land.geometries(fids)
        cover = [g for g in new if g is not None]
        if cover and any(f.rule_id == GAP for f in self.findings.values()):
            self._cover_gaps(shapely.union_all(_array(cover)))
        for f, now in zip(fids, new):
            before = old.get(f)
            if before is None:
                continue
            opened = before if now is None else shapely.difference(before, now)
            if shapely.area(opened) <= self.min_area:
                continue
            neighbours = [n for n in self.land.near([before]).tolist() if n != f]
            if not neighbours:
                continue
            around = shapely.union_all(_present(self.land.geometries(neighbours)))
            left = shapely.get_parts(geometry.polygonal([shapely.difference(opened, around)])[0])
            left = left[shapely.area(left) > self.min_area]
            # a gap is enclosed: at least half its outline runs along other features (or the edited one as it is
            # now); ground beyond the layer's edge that a feature no longer covers is no gap
            walls = shapely.boundary(around if now is None else shapely.union(around, now))
            along = shapely.length(shapely.intersection(shapely.boundary(left), walls))
            for part in left[along >= 0.5 * shapely.length(left)]:
                self._serial += 1
                self._add(Finding(GAP, quality.SEVERITY[GAP], LANDUSE, int(f), part, float(shapely.area(part)),
                                  {"n": self._serial}))

    def _cover_gaps(self, covered):
        for key, finding in list(self.findings.items()):
            if finding.rule_id != GAP or not shapely.intersects(finding.geom, covered):
                continue
            rest = geometry.polygonal([shapely.difference(finding.geom, covered)])[0]
            del self.findings[key]
            if shapely.area(rest) > self.min_area:
                self._add(Finding(GAP, finding.severity, LANDUSE, finding.fid, rest, float(shapely.area(rest)),
                                  dict(finding.detail)))

    # --- what remains -----------------------------------------------------------------------------------
    def errors(self):
        return [f for f in self.findings.values() if f.severity == "error"]

    def area_ha(self, finding):
        return units.m2_to_ha(finding.area)
