"""The fault matrix of issue 14: every registered Lantu algorithm × every fault class (tests/faults.py),
each run through Processing on a small window of the demo data, its outcome judged.

Outcomes, best first: right (a result, with what the fault calls for: the numbers of the clean run, or a
warning naming the layer), clear (a QgsProcessingException in the planner's words: it names the layer or
parameter the fault is in), unclear (a message that does not), wrong (a result where a refusal or a warning
was due), traceback (Python's words in the message), modified (an input file changed).

    python tests/fault_matrix.py        # the whole matrix, counts by outcome (takes a minute or two)
"""
import glob
import hashlib
import os
import re
import shutil
from dataclasses import dataclass, field

import faults

# One cheap, valid parameter set per algorithm, from the demo window; ("layer", name) is a layer of base.gpkg
# and may be swapped for a faulty copy. MAIN is the input geometry faults go into, SECOND the secondary input
# CRS faults go into (where there is one). Destinations are left out: every sink is written to memory.
PBF, ERL, UDB = ("layer", "yjjbnt"), ("layer", "stbhhx"), ("layer", "czkfbj")
LINES = {"PERMANENT_FARMLAND": PBF, "ECO_REDLINE": ERL, "URBAN_BOUNDARY": UDB}
PARAMETERS = {
    "lantu:applystyle": ({"INPUT": ("layer", "dltb")}, "INPUT", None),
    "lantu:bottomlinechecks": ({"LANDUSE": ("layer", "ghyd"), "CODE_FIELD": "YDYHFLDM", **LINES},
                               "LANDUSE", "PERMANENT_FARMLAND"),
    # a database of one layer (path|layername=dltb, or the faulty copy's shapefile): the faults go into it
    "lantu:checkdatabase": ({"DATABASE": ("layer", "dltb")}, "DATABASE", None),
    "lantu:checklanduse": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM", "BOUNDARY": ("layer", "township")},
                           "LANDUSE", "BOUNDARY"),
    "lantu:classbuffers": ({"INPUT": ("layer", "roads"), "CLASS_FIELD": "GRADE", "DISTANCES": "{distances}",
                            "BOUNDARY": ("layer", "township")}, "INPUT", "BOUNDARY"),
    "lantu:comparelayers": ({"LAYER_A": ("layer", "dltb"), "CODE_FIELD_A": "DLBM", "LAYER_B": ("layer", "ghyd"),
                             "CODE_FIELD_B": "YDYHFLDM", "LEVEL": 1}, "LAYER_A", "LAYER_B"),
    "lantu:consolidationpotential": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM",
                                      "VILLAGES": ("layer", "village"), "VILLAGE_FIELD": "XZQMC"},
                                     "LANDUSE", "VILLAGES"),
    "lantu:convertbase": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM", "CZCSXM_FIELD": "CZCSXM"}, "LANDUSE", None),
    "lantu:controllineoverlaps": ({**LINES}, "PERMANENT_FARMLAND", "ECO_REDLINE"),
    "lantu:exportdatabase": ({"LAYERS": ("layer", "ghyd"), "XZQDM": "510899"}, "LAYERS", None),
    "lantu:farmlandcontiguity": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM",
                                  "COMPARE_LANDUSE": ("layer", "ghyd"), "COMPARE_CODE_FIELD": "YDYHFLDM"},
                                 "LANDUSE", "COMPARE_LANDUSE"),
    "lantu:homesteadrelocation": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM",
                                   "VILLAGES": ("layer", "village"), "VILLAGE_FIELD": "XZQMC"}, "LANDUSE", "VILLAGES"),
    "lantu:indicatorbreakdown": ({"CLUSTERS": ("layer", "village"), "CLUSTER_FIELD": "CLUSTER", "NAME_FIELD": "XZQMC",
                                  "PLANNED": ("layer", "ghyd"), "PLANNED_CODE_FIELD": "YDYHFLDM",
                                  "PERMANENT_FARMLAND": PBF}, "PLANNED", "CLUSTERS"),
    "lantu:lifecircle": ({"FACILITIES": ("layer", "ggfw"), "TYPE_FIELD": "TYPE", "SETTLEMENTS": ("layer", "village"),
                          "POPULATION_FIELD": "POP", "ROADS": ("layer", "roads"), "RADII": "{radii}"},
                         "SETTLEMENTS", "ROADS"),
    "lantu:landusechange": ({"CURRENT": ("layer", "dltb"), "CURRENT_CODE_FIELD": "DLBM", "PLANNED": ("layer", "ghyd"),
                             "PLANNED_CODE_FIELD": "YDYHFLDM", "LEVEL": 1}, "CURRENT", "PLANNED"),
    "lantu:landuseconflicts": ({"LANDUSE": ("layer", "ghyd"), "CODE_FIELD": "YDYHFLDM", **LINES},
                               "LANDUSE", "PERMANENT_FARMLAND"),
    "lantu:landusestructure": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM", "ZONES": ("layer", "village"),
                                "ZONE_FIELD": "XZQMC"}, "LANDUSE", "ZONES"),
    "lantu:resolveoverlaps": ({**LINES}, "PERMANENT_FARMLAND", "ECO_REDLINE"),
    "lantu:roadcontrollines": ({"ROADS": ("layer", "roads"), "GRADE_FIELD": "GRADE", "BOUNDARY": ("layer", "township")},
                               "ROADS", "BOUNDARY"),
    "lantu:sitecheck": ({"SITE": ("layer", "xmyd"), "SITE_ID_FIELD": "XMBH", **LINES, "LANDUSE": ("layer", "dltb"),
                         "CODE_FIELD": "DLBM"}, "SITE", "PERMANENT_FARMLAND"),
    "lantu:siteselection": ({"BOUNDARY": ("layer", "township"), "LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM", **LINES,
                             "ROADS": ("layer", "roads"), "DEM": "{dem}", "AREA_HA": 0.2, "MIN_WIDTH": 10, "COUNT": 3},
                            "LANDUSE", "BOUNDARY"),
    "lantu:slopefarmland": ({"LANDUSE": ("layer", "dltb"), "CODE_FIELD": "DLBM", "DEM": "{dem}"}, "LANDUSE", None),
}
DESTINATION_FAULTS = ["dest_input", "missing_folder"]
FAULTS = faults.FAULTS + DESTINATION_FAULTS
SECOND_FAULTS = {"nocrs", "gk_label", "elsewhere"}  # CRS faults of a secondary input, where a main input's CRS is the reference
NOT_MEASURING = {"lantu:applystyle"}
# one input layer: moved 30 km it misses nothing, and must give the clean run's numbers
SINGLE_LAYER = {"lantu:convertbase", "lantu:checkdatabase", "lantu:exportdatabase"}
# a checker reports some faults as findings rather than refusing: the finding's check id must be in its log
FINDINGS = {("lantu:checklanduse", "webmercator"): "crs_not_cgcs2000",
            ("lantu:checklanduse", "huge"): "coordinates_out_of_zone",
            ("lantu:checkdatabase", "webmercator"): "crs_not_cgcs2000",
            ("lantu:checkdatabase", "huge"): "crs_zone"}  # styles a layer, measures nothing: no CRS can be wrong for it
PYTHON_WORDS = re.compile(r"Traceback|File \"|\b(?!Qgs)[A-Z]\w*(Error|Exception)\b|\bline \d+, in\b")
OUTCOMES = ["right", "clear", "unclear", "wrong", "traceback", "modified"]


@dataclass
class Outcome:
    kind: str  # one of OUTCOMES
    why: str
    message: str = ""
    log: str = ""
    results: dict = field(default_factory=dict)


def algorithm_ids():
    """What the provider registers, from the package itself (so it is known when tests are collected)."""
    from lantu.paths import MODELS_DIR
    from lantu.processing_provider.algorithms import ALGORITHMS

    return sorted([f"lantu:{a.ID}" for a in ALGORITHMS] +
                  [f"lantu:{os.path.splitext(os.path.basename(p))[0]}" for p in glob.glob(os.path.join(MODELS_DIR, "*.model3"))])


def cells():
    """(algorithm id, fault) of every cell that exists: a polygon fault needs a polygon input to go into."""
    out = []
    for algorithm in algorithm_ids():
        for fault in FAULTS:
            out.append((algorithm, fault))
    return out


# --- running a cell ----------------------------------------------------------------------------------
class Matrix:
    """The base data and the faulty layers (made once, in `folder`), and the clean run of each algorithm."""

    def __init__(self, folder):
        self.folder = folder
        self.base = faults.make_base(folder)
        self.clean = {}
        self.clean_logs = {}

    def uri(self, layer):
        return f"{self.base['gpkg']}|layername={layer}"

    def parameters(self, algorithm, fault=None):
        """(parameters, the swapped parameter, its layer label, the files the run reads)."""
        values, main, second = PARAMETERS[algorithm]
        target = main
        if fault in SECOND_FAULTS and second:
            target = second
        layer = values[target][1] if isinstance(values.get(target), tuple) else None
        kind = faults.kind_of(self.base["gpkg"], layer) if layer else None
        if fault in faults.FAULTS and layer and not faults.applies(fault, kind):
            target = second if second and faults.applies(fault, faults.kind_of(self.base["gpkg"], values[second][1])) else None
            layer = values[target][1] if target else None
        out, label = {}, ""
        for name, value in values.items():
            if isinstance(value, tuple):
                if name == target and fault in faults.FAULTS:
                    out[name] = faults.make(fault, self.base, value[1], self.folder)
                    label = _label(out[name])
                else:
                    out[name] = self.uri(value[1])
                    label = label or (_label(out[name]) if name == target else "")
            else:
                out[name] = value.format(**self.base) if isinstance(value, str) else value
        return out, target, label

    def run(self, algorithm, fault):
        import processing
        from conftest import LoggingFeedback
        from qgis.core import QgsApplication, QgsProcessingException

        instance = QgsApplication.processingRegistry().createAlgorithmById(algorithm)
        if algorithm not in PARAMETERS:
            return Outcome("unclear", f"{algorithm} has no parameter set in tests/fault_matrix.py PARAMETERS: give it one")
        parameters, target, label = self.parameters(algorithm, None if fault in DESTINATION_FAULTS else fault)
        destinations = [d for d in instance.destinationParameterDefinitions()]
        for d in destinations:
            if d.type() in ("sink", "vectorDestination"):
                parameters.setdefault(d.name(), "memory:")
        chosen = None
        if fault == "dest_input":
            copy = os.path.join(self.folder, "dest_input", algorithm.split(":")[1], "input.gpkg")
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copyfile(self.base["gpkg"], copy)
            parameters = {k: v.replace(self.base["gpkg"], copy) if isinstance(v, str) else v for k, v in parameters.items()}
            chosen = destinations[0]
            parameters[chosen.name()] = copy
            label = copy
        elif fault == "missing_folder":
            chosen = next((d for d in destinations if d.name() == "REPORT"), None) or next(
                (d for d in destinations if d.type() == "fileDestination"), destinations[0])
            label = os.path.join(self.folder, "no such folder")
            parameters[chosen.name()] = os.path.join(label, "out" + (".html" if chosen.name() == "REPORT" else
                                                                     ".qml" if chosen.name() == "QML" else ".gpkg"))
        files = _files(parameters)
        before = {f: _hash(f) for f in files}
        feedback = LoggingFeedback()
        try:
            results = processing.run(algorithm, parameters, feedback=feedback)
            message, ok = "", True
        except QgsProcessingException as error:
            results, message, ok = {}, str(error), False
        except Exception as error:  # noqa: BLE001 - anything else escaping Processing is a traceback
            return Outcome("traceback", f"{type(error).__name__} escaped Processing", str(error), feedback.text())
        changed = [f for f in files if _hash(f) != before[f]]
        log = feedback.text()
        # a model reports what stopped its child as an error line, under a message of its own
        message = "\n".join([message] + [m for kind, m in feedback.messages if kind == "error"]).strip()
        numbers = {k: v for k, v in results.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
        outcome = Outcome("", "", message, log, numbers)
        if changed:
            outcome.kind, outcome.why = "modified", "changed: " + ", ".join(changed)
        elif PYTHON_WORDS.search(message) or "Traceback" in log:
            outcome.kind, outcome.why = "traceback", "Python's words in the message or log"
        else:
            outcome.kind, outcome.why = judge(self, algorithm, fault, ok, message, log, numbers, label, chosen)
        return outcome

    def clean_numbers(self, algorithm):
        if algorithm not in self.clean:
            outcome = self.run(algorithm, None)
            self.clean[algorithm] = outcome.results if outcome.kind == "right" else None
            self.clean_logs[algorithm] = outcome.log
        return self.clean[algorithm]


def _label(uri):
    """The name a message should use for a layer: its table in a GeoPackage, else the file's name."""
    if "|layername=" in uri:
        return uri.split("|layername=")[1]
    return os.path.splitext(os.path.basename(uri))[0]


def _files(parameters):
    out = set()
    for value in parameters.values():
        if isinstance(value, str) and os.path.exists(value.split("|")[0]) and os.path.isfile(value.split("|")[0]):
            path = value.split("|")[0]
            stem = os.path.splitext(path)[0]
            out.update(glob.glob(stem + ".*") if path.endswith(".shp") else [path])
    return sorted(out)


def _hash(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _area_keys(numbers):
    return [k for k in numbers if k.upper().endswith(("_M2", "_HA", "_MU"))]


def _same(numbers, clean, rel, keys=None):
    keys = keys if keys is not None else list(clean)
    return all(k in numbers and abs(numbers[k] - clean[k]) <= rel * max(abs(clean[k]), 1.0) for k in keys)


def judge(matrix, algorithm, fault, ok, message, log, numbers, label, chosen):
    """(outcome, why) of a run that neither changed an input nor spoke Python."""
    if fault is None:
        return ("right", "clean run") if ok else ("unclear", "the clean run failed: " + message)
    names = label in message or label in log
    if fault in DESTINATION_FAULTS:
        if ok:
            return "wrong", f"{chosen.name()} was written although it {'is an input' if fault == 'dest_input' else 'has no folder'}"
        # a model's destination (child:output) reaches its child under the child's parameter name
        said = (chosen.name() in message or ":" in chosen.name()) and label in message
        return ("clear", "refused, naming the parameter and the path") if said else ("unclear", "does not name the parameter and path")
    clean = matrix.clean_numbers(algorithm)
    if not ok:
        if fault == "curve":
            return "unclear", "curves are legitimate data, refused"
        if fault == "webmercator" and algorithm not in NOT_MEASURING:
            return ("clear", "refused, naming a CGCS2000 Gauss-Krüger CRS") if re.search(r"EPSG:45\d\d", message) else (
                "unclear", "refused without naming the CRS to use")
        if fault == "gk_label":
            return ("clear", "refused, naming EPSG:4523") if "EPSG:4523" in message and label in message else (
                "unclear", "refused without naming the layer and EPSG:4523")
        if fault == "gbk":
            return "unclear", "a GBK shapefile is legitimate data, refused"
        return ("clear", "refused, naming the layer") if label in message else ("unclear", f"the message does not name {label}")
    # a result: is it the right one?
    if (algorithm, fault) in FINDINGS:
        return ("right", "reported as a finding") if FINDINGS[algorithm, fault] in log else (
            "wrong", f"no {FINDINGS[algorithm, fault]} finding")
    if fault == "webmercator":
        if algorithm in NOT_MEASURING:
            return "right", "nothing measured"
        return "wrong", "planar areas in EPSG:3857 accepted"
    if fault in ("curve",):
        keys = _area_keys(clean or {})
        return ("right", "linearised") if clean is not None and _same(numbers, clean, 0.01, keys) else (
            "wrong", "areas differ from the clean run by more than 1 %")
    if fault == "gbk":
        if clean is not None and not _same(numbers, clean, 1e-9):
            return "wrong", "the numbers differ from the clean run (text read garbled?)"
        if "\ufffd" in log:
            return "wrong", "garbled text in the log"
        logged = any(label in line and ("GB18030" in line or "UTF-8" in line) for line in log.splitlines())
        return ("right", "same as the clean run, encoding logged") if logged or algorithm in NOT_MEASURING else (
            "wrong", "the encoding used is not logged")
    if fault in ("nocrs", "gk_label"):
        if algorithm in NOT_MEASURING:
            return "right", "nothing measured"
        same = clean is not None and _same(numbers, clean, 1e-6, _area_keys(clean))
        warned = names and ("CRS" in log or "EPSG" in log)
        if fault == "gk_label":
            warned = warned and "EPSG:4523" in log
        return ("right", "read as the right CRS, with a warning") if same and warned else (
            "wrong", "accepted " + ("silently" if not warned else "with numbers that differ from the clean run"))
    if fault == "elsewhere":
        if algorithm in NOT_MEASURING:
            return "right", "nothing measured"
        if algorithm in SINGLE_LAYER:
            same = clean is not None and _same(numbers, clean, 1e-6, _area_keys(clean))
            return ("right", "the same numbers as the clean run") if same else ("wrong", "the numbers moved with the layer")
        if not _told(log, label, ("do not overlap",)):
            return "wrong", f"{label} misses the other layers, and no warning says so"
        verdicts = [line for line in log.splitlines() if line.startswith("Site ")]
        clean_verdicts = [line for line in matrix.clean_logs.get(algorithm, "").splitlines() if line.startswith("Site ")]
        if verdicts != clean_verdicts and not all("not checked" in line for line in verdicts):
            return "wrong", "a verdict changed although the layer it needs was not looked at: " + "; ".join(verdicts)
        return "right", "warned, naming both layers"
    if fault == "huge":
        warned = _told(log, label, ("overlap", "coordinates", "nowhere"))
        return ("right", "a result, with a warning naming the layer") if warned or algorithm in NOT_MEASURING else (
            "wrong", "coordinates of 1e12 accepted without a word")
    if fault in ("nan", "unclosed"):
        ids = _fault_fids(matrix, algorithm, fault)
        said = names and all(str(i) in log for i in ids)
        return ("right", "repaired or skipped, naming the features") if said or algorithm in NOT_MEASURING else (
            "wrong", f"no warning naming {label} and features {ids}")
    if fault == "empty":
        return ("right", "a result, the log says the layer is empty") if _told(log, label, ("empty",)) or \
            algorithm in NOT_MEASURING else ("wrong", "an empty layer accepted without a word")
    if fault == "collection":
        return "right", "a result"
    return "right", "a result"


def _told(log, label, words):
    """Whether one line of the log names the layer and says one of the words."""
    return any(label in line and any(w in line for w in words) for line in log.splitlines())


def _fault_fids(matrix, algorithm, fault):
    """The feature ids tests/faults.py put the fault into, in the layer the cell swapped."""
    values, target, _ = matrix.parameters(algorithm, fault)
    return faults.fault_fids(matrix.base["gpkg"], values[target].split("|layername=")[1])


def main():
    import sys
    import tempfile

    sys.path.insert(0, os.path.join(faults.ROOT, "scripts"))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import qgis_headless

    app, plugin = qgis_headless.start()
    folder = tempfile.mkdtemp(prefix="lantu-faults-")
    matrix = Matrix(folder)
    counts = {k: 0 for k in OUTCOMES}
    by_fault = {}
    for algorithm, fault in cells():
        outcome = matrix.run(algorithm, fault)
        counts[outcome.kind] += 1
        by_fault.setdefault(fault, {k: 0 for k in OUTCOMES})[outcome.kind] += 1
        print(f"{algorithm:30s} {fault:15s} {outcome.kind:9s} {outcome.why} | {outcome.message[:160]!r}", flush=True)
    print("\nby fault:", *(f"{f:15s} " + " ".join(f"{k}={v}" for k, v in c.items() if v) for f, c in by_fault.items()), sep="\n")
    print("\ntotal:", " ".join(f"{k}={v}" for k, v in counts.items()))
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
