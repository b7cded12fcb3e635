"""Site check (项目选址 / 用地预审): what a proposed project site occupies of the control lines, the land
classes, the road control zones and other constraint layers, and the verdict a rule table gives."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import class_buffers, geometry, overlay
from .tables import TABLES_DIR, TableError, read_table

RULES_TABLE = os.path.join(TABLES_DIR, "sitecheck_rules.csv")
SETBACKS_TABLE = os.path.join(TABLES_DIR, "road_setbacks.csv")
SUBJECTS = ("line", "outside_line", "class", "road", "constraint")
FEASIBLE, ADJUST, INFEASIBLE = "可行", "需调整", "不可行"
VERDICTS = (FEASIBLE, ADJUST, INFEASIBLE)  # in rising order of gravity
# A site a rule could not look at (its layer given, but empty or lying apart from the sites) while that rule could
# make the verdict graver: no verdict is given, not a better one.
NOT_CHECKED = "未核查"


@dataclass(frozen=True)
class SiteRule:
    id: str
    name_zh: str
    name_en: str
    subject: str
    key: tuple  # line key, code prefixes or constraint layer names ('*' = any)
    verdict: str
    basis: str

    def matches(self, subject, key):
        if subject != self.subject:
            return False
        if self.subject == "class":
            return bool(key) and key.startswith(self.key)
        return "*" in self.key or key in self.key


def load_rules(path=None):
    path = path or RULES_TABLE
    rules = []
    for line, row in read_table(path, ("id", "subject", "key", "verdict")):
        subject = row["subject"].lower()
        if subject not in SUBJECTS:
            raise TableError(path, "bad_subject", line=line, detail=row["subject"])
        if row["verdict"] not in VERDICTS[1:]:
            raise TableError(path, "bad_verdict", line=line, detail=row["verdict"])
        key = tuple(row["key"].split()) if subject != "line" and subject != "outside_line" else (row["key"].upper(),)
        rules.append(SiteRule(row["id"], row.get("name_zh", ""), row.get("name_en", ""), subject, key,
                              row["verdict"], row.get("basis", "")))
    if not rules:
        raise TableError(path, "no_rules", detail=path)
    return rules


def load_setbacks(path=None):
    """The road grade → setback table of lantu:roadcontrollines (《公路安全保护条例》第十一条, with
    aliases and default road-land widths)."""
    return class_buffers.DistanceTable.from_csv(path or SETBACKS_TABLE)


def road_zones(lines, grades, widths, setbacks):
    """Building control zones of road centre lines: buffers of half the road-land width (the road's
    own, else its grade's default) plus the setback of its grade. Unknown grades, or grades with no
    setback (村道), get no zone."""
    lines = np.asarray(lines, dtype=object)
    own = np.array([np.nan if w is None or w != w else float(w) for w in widths], dtype=float)
    index = setbacks.match(grades)
    distance = class_buffers.feature_distances(setbacks, index, own)
    keep = (index >= 0) & np.isfinite(distance) & (distance > 0)
    return shapely.buffer(lines[keep], distance[keep], quad_segs=8), np.flatnonzero(keep)


@dataclass
class Pieces:
    """Overlay pieces: site index, subject, key (line, class code or layer), geometry, area."""

    site: list = field(default_factory=list)
    subject: list = field(default_factory=list)
    key: list = field(default_factory=list)
    geoms: list = field(default_factory=list)

    def add(self, site, subject, key, geoms):
        n = len(site)
        self.site.extend(int(s) for s in site)
        self.subject.extend([subject] * n)
        self.key.extend(key if isinstance(key, (list, np.ndarray)) else [key] * n)
        self.geoms.extend(geoms)

    def areas(self):
        return shapely.area(np.asarray(self.geoms, dtype=object)) if self.geoms else np.zeros(0)

    def of_site(self, site):
        """Index of the pieces of one site."""
        return [i for i, s in enumerate(self.site) if s == site]

    def total(self, areas, site, subject, key=None, prefix=None):
        """Area of a site's pieces of one subject (and key, or key prefix: '01' is all 耕地)."""
        return float(sum(areas[i] for i in self.of_site(site) if self.subject[i] == subject
                         and (key is None or self.key[i] == key)
                         and (prefix is None or (self.key[i] or "").startswith(prefix))))


CULTIVATED = "01"  # the class prefix of 耕地, in 三调 and 用地用海 alike


def site_figures(pieces, areas, site, line_keys, with_land, with_roads, blind=()):
    """What a site occupies: PBF, ERL and UDB, outside UDB, cultivated land (耕地), road zones (m²).
    What was not given is None (a line not given occupies 0, as the summary has always said), and so is what
    a layer given could not show (`blind`: ("line", key), ("class",), ("road",) of layers empty or apart)."""
    lines = [None if ("line", k) in blind else pieces.total(areas, site, "line", k) for k in ("PBF", "ERL", "UDB")]
    return (lines + [pieces.total(areas, site, "outside_line", "UDB") if "UDB" in line_keys and ("line", "UDB") not in blind
                     else None,
                     pieces.total(areas, site, "class", prefix=CULTIVATED) if with_land and ("class",) not in blind else None,
                     pieces.total(areas, site, "road") if with_roads and ("road",) not in blind else None])


def blind_rules(rules, blind):
    """(rule, reason) of the rules whose layer was given but could not be looked at. `blind` maps ("line", key),
    ("class",), ("road",) and ("constraint", layer name) to the reason (overlay.EMPTY, overlay.APART)."""
    out = []
    for rule in rules:
        if rule.subject in ("line", "outside_line"):
            reasons = [blind.get(("line", rule.key[0]))]
        elif rule.subject in ("class", "road"):
            reasons = [blind.get((rule.subject,))]
        else:
            reasons = [why for (kind, *name), why in blind.items() if kind == "constraint"
                       and ("*" in rule.key or name[0] in rule.key)]
        reason = next((r for r in reasons if r), None)
        if reason:
            out.append((rule, reason))
    return out


def uncoded_area(pieces, areas, site, known_codes):
    """Area of a site's land whose class no rule can judge: no code, or a code not in `known_codes`."""
    return float(sum(areas[i] for i in pieces.of_site(site) if pieces.subject[i] == "class"
                     and pieces.key[i] not in known_codes))


def unchecked_rules(rules, line_keys, with_land, with_roads, with_constraints):
    """(rule, reason) of the rules whose layer was not given: no_line, no_landuse, no_roads, no_constraints."""
    missing = []
    for rule in rules:
        if rule.subject in ("line", "outside_line") and rule.key[0] not in line_keys:
            missing.append((rule, "no_line"))
        elif rule.subject == "class" and not with_land:
            missing.append((rule, "no_landuse"))
        elif rule.subject == "road" and not with_roads:
            missing.append((rule, "no_roads"))
        elif rule.subject == "constraint" and not with_constraints:
            missing.append((rule, "no_constraints"))
    return missing


def overlay_sites(sites, lines, land=None, land_codes=None, roads=None, constraints=None):
    """All pieces of the sites: inside each line (lines overlapping among themselves count once),
    outside the urban boundary, by land class, in the road zones, in each constraint layer."""
    sites = np.asarray(sites, dtype=object)
    pieces = Pieces()
    for key, geoms in lines.items():
        index, inside = overlay.clip_to_union(sites, geoms)
        pieces.add(index, "line", key, inside)
        if key == "UDB":
            index, outside = overlay.subtract_union(sites, geoms)
            pieces.add(index, "outside_line", key, outside)
    if land is not None:
        ia, ib, geoms = overlay.intersection_pieces(sites, land)
        codes = np.asarray(land_codes, dtype=object)[ib]
        # one piece per site and class: the parcels of a class merged
        groups = {}
        for n, (s, c) in enumerate(zip(ia, codes)):
            groups.setdefault((int(s), c or ""), []).append(n)
        for (s, c), members in groups.items():
            merged = geometry.polygonal([shapely.union_all(geoms[members])])
            pieces.add([s], "class", c, merged)
    if roads is not None and len(roads):
        index, inside = overlay.clip_to_union(sites, roads)
        pieces.add(index, "road", "*", inside)
    for name, geoms in (constraints or {}).items():
        index, inside = overlay.clip_to_union(sites, geoms)
        pieces.add(index, "constraint", name, inside)
    return pieces


def verdicts(n_sites, pieces, rules, min_area, blind=()):
    """Per site: (verdict, [(rule, area)]): the gravest verdict of the rules its pieces trigger; NOT_CHECKED
    where a rule that could not look (`blind`, as blind_rules gives them) could have made it graver."""
    areas = pieces.areas()
    out = []
    triggered = [[] for _ in range(n_sites)]
    for rule in rules:
        totals = np.zeros(n_sites)
        for s, subject, key, area in zip(pieces.site, pieces.subject, pieces.key, areas):
            if rule.matches(subject, key):
                totals[s] += area
        for s in np.flatnonzero(totals > min_area):
            triggered[s].append((rule, float(totals[s])))
    unseen = max((VERDICTS.index(rule.verdict) for rule, _ in blind), default=0)
    for found in triggered:
        grade = max((VERDICTS.index(rule.verdict) for rule, _ in found), default=0)
        out.append((NOT_CHECKED if unseen > grade else VERDICTS[grade], found))
    return out
