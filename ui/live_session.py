"""One live-check session: a role layer in edit mode, the core checker and indicators built for it when editing
started, and what its edits have found so far. The controller (live_check.py) starts and ends sessions."""
import time

import numpy as np
import shapely

from ..core import classification, classification_detection, livecheck, rules
from ..core import roles as core_roles
from ..core.vocabulary import load_vocabulary
from .live_read import read_features, read_layer
from .live_targets import LiveTargets
from .live_words import Words, sentence

# role -> the checker's layer key
ROLE_KEYS = {"planned_landuse": livecheck.LANDUSE, "current_landuse": livecheck.LANDUSE, "permanent_farmland": "PBF",
             "eco_redline": "ERL", "urban_boundary": "UDB"}
LINE_ROLES = {"PBF": "permanent_farmland", "ERL": "eco_redline", "UDB": "urban_boundary"}
LINE_INDICATORS = {"PBF": "permanent_farmland", "ERL": "eco_redline"}  # indicators summed from a line
DEFAULT_SCHEME = {"planned_landuse": classification.YDYH, "current_landuse": classification.SANDIAO}


def computed_indicators(targets):
    """The indicators Lantu computes that some target with a value names: only those are kept live."""
    vocabulary = load_vocabulary()
    found = (vocabulary.find(t.get("indicator") or "") for t in targets if str(t.get("value") or "").strip())
    return {i.id for i in found if i is not None and not i.by_hand}


class Session:
    def __init__(self, layer, role, state, project):
        started = time.perf_counter()
        self.layer, self.role, self.key = layer, role, ROLE_KEYS[role]
        self.pending = set()
        self.messages = {}  # finding key -> sentence
        self.words = Words()
        self.code_field = self.name_field = None
        land_role = role if self.key == livecheck.LANDUSE else "planned_landuse"
        land = layer if self.key == livecheck.LANDUSE else state.layer(land_role, project)
        self.crs = (land or layer).crs()
        self.names = {livecheck.LANDUSE: land.name() if land is not None else ""}  # checker layer key -> layer name
        self.rules = rules.load_rules()
        self.rules_by_id = {r.id: r for r in self.rules}
        scheme, land_data = DEFAULT_SCHEME[land_role], None
        if land is not None:
            code_field = state.field(land_role, core_roles.CODE, project)
            name_field = core_roles.find_field(land.fields().names(), core_roles.NAME_FIELDS)
            if code_field:
                fids, geoms, columns = read_layer(land, [code_field, name_field], self.crs)
                detected = classification_detection.detect_classification(columns[code_field], field_name=code_field,
                                                                names=columns.get(name_field))
                scheme = detected.classification or scheme
                land_data = (fids, geoms, columns[code_field], columns.get(name_field) if name_field else None)
                if land is layer:
                    self.code_field, self.name_field = code_field, name_field
        self.scheme = scheme
        self.classes = classification.load_classification(scheme)
        self.checker = livecheck.LiveChecker(self.rules, scheme)
        for key, line_role in LINE_ROLES.items():
            line = layer if line_role == role else state.layer(line_role, project)
            if line is not None:
                fids, geoms, _ = read_layer(line, [], self.crs)
                self.checker.set_line(key, fids, geoms)
                self.names[key] = line.name()
        self.land_ready = land_data is not None
        if land_data is not None:
            self.checker.set_landuse(*land_data)
        self.indicators = None
        self.wanted = wanted = computed_indicators(state.targets)
        if land_data is not None and land_role == "planned_landuse" and wanted:
            self.indicators = self._indicators(state, project, land_data, wanted)
        self.start_seconds = time.perf_counter() - started
        self.timings = []  # seconds per checked edit

    def _indicators(self, state, project, land_data, wanted):
        """The targets' indicators, computed in the background (live_targets); the clusters are read here, on the
        main thread, as every QGIS layer must be."""
        clusters = state.layer("village_clusters", project)
        name_field = state.field("village_clusters", core_roles.NAME, project) if clusters is not None else None
        names, cluster_geoms = np.empty(0, dtype=object), np.empty(0, dtype=object)
        if clusters is not None and name_field:
            _, cluster_geoms, columns = read_layer(clusters, [name_field], self.crs)
            cluster_geoms = livecheck.usable(cluster_geoms)
            keep = np.array([g is not None for g in cluster_geoms], dtype=bool)
            names, cluster_geoms = np.asarray(columns[name_field], dtype=object)[keep], cluster_geoms[keep]
        lines = {}
        for key, indicator in LINE_INDICATORS.items():  # a line's union is costly: only for a target on it
            index = self.checker.lines.get(key)
            lines[indicator] = None if index is None or indicator not in wanted else index.current()[1]
        fids, raw, codes = land_data[0], land_data[1], land_data[2]
        return LiveTargets(self.scheme, names, cluster_geoms, fids, raw, codes, lines)

    def fields(self):
        return [f for f in (self.code_field, self.name_field) if f]

    def touch(self, fids):
        self.pending.update(int(f) for f in fids)

    def flush(self):
        """Check the pending edits: (findings added or changed, keys of findings gone)."""
        if not self.pending:
            return [], []
        started = time.perf_counter()
        fids, self.pending = sorted(self.pending), set()
        found, gone = read_features(self.layer, fids, self.fields(), self.crs)
        if self.key == livecheck.LANDUSE:
            changed = {f: (g, {"code": v.get(self.code_field), "name": v.get(self.name_field)}) for f, (g, v) in found.items()}
        else:
            changed = {f: (g, {}) for f, (g, _) in found.items()}
        if self.key == livecheck.LANDUSE and not self.land_ready:
            return [], []
        added, removed = self.checker.edit(self.key, changed, gone)
        if self.indicators is not None and self.key == livecheck.LANDUSE:
            self.indicators.edit({f: (self.checker.land.geometry(f), v["code"]) for f, (_, v) in changed.items()}, gone)
        elif self.indicators is not None and self.key in LINE_INDICATORS and LINE_INDICATORS[self.key] in self.wanted:
            self.indicators.set_line(LINE_INDICATORS[self.key], self.checker.lines[self.key].current()[1])
        for key in removed:
            self.messages.pop(key, None)
        for finding in added:
            self.messages[finding.key] = sentence(finding, self.rules_by_id, self.names.get(finding.layer, ""),
                                                    self.classes.name, self.words)
        self.timings.append(time.perf_counter() - started)
        return added, removed

    def shown_geometry(self, finding):
        """A polygon to draw: the finding's own, else (a fault at a point) its feature's, else a metre around it."""
        if shapely.get_type_id(finding.geom) in (3, 6) and not shapely.is_empty(finding.geom):
            return finding.geom
        index = self.checker.land if finding.layer == livecheck.LANDUSE else self.checker.lines.get(finding.layer)
        feature = index.geometry(finding.fid) if index is not None else None
        return feature if feature is not None else shapely.buffer(finding.geom, 1.0)

    def errors(self):
        return [f for f in self.checker.findings.values() if f.severity == "error"]
