"""Time Lantu's algorithms against the QGIS-native way of doing the same job.

    .venv/bin/python bench/run_bench.py --sizes 20000,100000,400000 --repeat 1 --work bench/work

For every size, demo data is generated once (scripts/make_demo.py, cached in --work by size); then
every entry of BENCHES runs its Lantu job and its native job, each in a fresh subprocess, so the two
never share memory or caches inside QGIS. Wall time is measured inside the child around the job
alone (QGIS start-up excluded, reading and writing included); peak memory is the child's whole
peak RSS (os.wait4), QGIS start-up included (the start-up level is recorded too). The child also
extracts comparable totals from its result; the parent asserts that both sides agree to 1e-6
relative and reports the largest difference. Results are kept in --work/results.json and rendered
to bench/RESULTS.md after every job.

To add an algorithm, append a Bench(name, lantu_job, native_job, totals) to BENCHES: each job takes
(gpkg path, temporary directory) and returns whatever `totals(side, result)` needs to produce a
dict {key: number}, where side is "lantu" or "native".
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REL_TOL = 1e-6
# Keys of a few m² (a sliver of a class where a parcel crosses a zone boundary) carry ~1e-5 m² of
# overlay round-off at Gauss-Krüger coordinates (x ≈ 3.5e7 m), i.e. more than 1e-6 of themselves:
# a key agrees when it is within REL_TOL relative OR within ABS_TOL absolute (like numpy.isclose).
ABS_TOL = 1e-3


# --- the benchmarks -------------------------------------------------------------------------------
@dataclass
class Bench:
    name: str
    lantu: Callable  # (gpkg, tmpdir) -> result
    native: Callable  # (gpkg, tmpdir) -> result
    totals: Callable  # (side, result) -> {key: float}
    what: str = ""  # one line for RESULTS.md


def _feedback():
    from qgis.core import QgsProcessingFeedback

    return QgsProcessingFeedback()


STEPS = []  # (algorithm id, seconds) of every processing.run in the current job


def _run(alg, params):
    import processing

    t0 = time.perf_counter()
    result = processing.run(alg, params, feedback=_feedback())
    STEPS.append((alg, round(time.perf_counter() - t0, 3)))
    return result


def _table_rows(path, fields):
    """Rows of the first layer of an OGR dataset (a gpkg table), as tuples of `fields`."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    layer = dataset.GetLayer(0)
    return [tuple(f.GetField(name) for name in fields) for f in layer]


# landusestructure ------------------------------------------------------------------------------
def wetland_codes():
    """三调 二级类 that 三调 statistics group under 00 湿地 (parent column of sandiao_dlbm.csv)."""
    import csv

    with open(os.path.join(ROOT, "resources", "tables", "sandiao_dlbm.csv"), encoding="utf-8") as f:
        return sorted(r["code"] for r in csv.DictReader(f) if r["parent"] == "00")


def structure_lantu(gpkg, tmp):
    out = os.path.join(tmp, "structure.gpkg")
    result = _run("lantu:landusestructure", {
        "LANDUSE": f"{gpkg}|layername=dltb", "LEVEL": 1,
        "ZONES": f"{gpkg}|layername=township", "ZONE_FIELD": "XZQMC", "OUTPUT": out})
    return result["OUTPUT"]


def structure_native(gpkg, tmp):
    """What a power user would chain in the Toolbox or a model (temporary outputs, i.e. memory layers,
    between steps; the last output is a gpkg table like Lantu's).

    Processing stops at the first invalid geometry by default (the demo has bow-ties, as real 三调
    data can), so the parcels are fixed first, as Lantu repairs them itself."""
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    cut = _run("native:intersection", {
        "INPUT": fixed, "OVERLAY": f"{gpkg}|layername=township",
        "INPUT_FIELDS": ["DLBM"], "OVERLAY_FIELDS": ["XZQMC"], "OVERLAY_FIELDS_PREFIX": "",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    wet = ",".join(f"'{c}'" for c in wetland_codes())
    level1 = f"CASE WHEN left(\"DLBM\", 4) IN ({wet}) THEN '00' ELSE left(\"DLBM\", 2) END"
    # One pass for both computed fields (refactor fields); two field-calculator runs would be slower.
    mapping = [
        {"name": "XZQMC", "type": 10, "length": 0, "precision": 0, "expression": '"XZQMC"'},
        {"name": "CLS", "type": 10, "length": 0, "precision": 0, "expression": level1},
        {"name": "AREA", "type": 6, "length": 0, "precision": 0, "expression": "area($geometry)"},
    ]
    classed = _run("native:refactorfields", {"INPUT": cut, "FIELDS_MAPPING": mapping,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = os.path.join(tmp, "stats.gpkg")
    return _run("qgis:statisticsbycategories", {
        "INPUT": classed, "VALUES_FIELD_NAME": "AREA", "CATEGORIES_FIELD_NAME": ["XZQMC", "CLS"],
        "OUTPUT": out})["OUTPUT"]


def structure_totals(side, path):
    path = path.split("|")[0]
    totals = {}
    if side == "lantu":
        for zone, code, kind, area in _table_rows(path, ["zone", "code", "kind", "area_m2"]):
            if kind == "class":
                totals[f"{zone}|{code}"] = totals.get(f"{zone}|{code}", 0.0) + area
            elif kind != "total":  # undecided / unknown codes: the native chain has no such notion
                totals[f"{zone}|{kind}:{code}"] = area
    else:
        for zone, code, area in _table_rows(path, ["XZQMC", "CLS", "sum"]):
            totals[f"{zone}|{code}"] = area
    return totals


# read ------------------------------------------------------------------------------------------
def read_lantu(gpkg, tmp):
    """Lantu's own read (base.read_polygons: GDAL Arrow fast path, validity check and repair)."""
    import shapely
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    from lantu.processing_provider import base
    alg = QgsApplication.processingRegistry().createAlgorithmById("lantu:landusestructure")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {"LANDUSE": f"{gpkg}|layername=dltb"}
    source = alg.parameterAsSource(params, "LANDUSE", context)
    raw = {}
    repair = base._repair_polygons

    def measured_repair(data):  # the area before repair, to compare with QGIS's unrepaired geometries
        raw["area"] = float(shapely.area(data.geoms).sum())
        repair(data)

    base._repair_polygons = measured_repair
    try:
        data = base.read_polygons(alg, params, "LANDUSE", context, _feedback(), source.sourceCrs(), ["DLBM"], "dltb")
    finally:
        base._repair_polygons = repair
    return {"features": len(data), "area": raw["area"],
            "path": "fast" if base._ogr_location(alg, params, "LANDUSE", context) else "features"}


def read_native(gpkg, tmp):
    """Plain QGIS feature iteration over the same layer and field, summing the area."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=dltb", "dltb", "ogr")
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(["DLBM"], layer.fields())
    count, area, codes = 0, 0.0, []
    for feature in layer.getFeatures(request):
        codes.append(feature["DLBM"])
        area += feature.geometry().area()
        count += 1
    return {"features": count, "area": area}


def read_totals(side, result):
    return {"features": result["features"], "area_m2": result["area"]}


# bottom lines (issue 3) -------------------------------------------------------------------------
LINE_LAYERS = {"PBF": "yjjbnt", "ERL": "stbhhx", "UDB": "czkfbj"}


def _rule_codes():
    """For each built-in landuse rule: the 三调 DLBM codes it may cover (through the conversion)."""
    from lantu.core import classification, rules

    conversion = classification.load_sandiao_to_ydyh()
    out = {}
    for rule in rules.load_rules():
        if rule.subject != "landuse":
            continue
        codes = []
        for dlbm in conversion.dlbm_codes():
            target = conversion.map(dlbm, 2)
            if rule.coverage(target.code, target.candidates, target.decided) != rules.NONE:
                codes.append(dlbm)
        out[rule.id] = (rule, codes)
    return out


def bottomlines_lantu(gpkg, tmp):
    lines = {"PERMANENT_FARMLAND": f"{gpkg}|layername=yjjbnt", "ECO_REDLINE": f"{gpkg}|layername=stbhhx",
             "URBAN_BOUNDARY": f"{gpkg}|layername=czkfbj"}
    overlaps = _run("lantu:controllineoverlaps", {**lines, "OUTPUT": os.path.join(tmp, "overlaps.gpkg")})
    conflicts = _run("lantu:landuseconflicts", {
        **lines, "LANDUSE": f"{gpkg}|layername=dltb", "OUTPUT": os.path.join(tmp, "conflicts.gpkg"),
        "SUMMARY": os.path.join(tmp, "summary.gpkg")})
    return {"pairs": {k: overlaps[k] for k in ("PBF_ERL_M2", "PBF_UDB_M2", "ERL_UDB_M2")},
            "summary": conflicts["SUMMARY"]}


def bottomlines_native(gpkg, tmp):
    """The Toolbox way: fix the parcels, keep the classes each line's rules concern
    (native:extractbyexpression), dissolve each line, then native:intersection (inside rules) or
    native:difference (outside rules), and sum areas per code; the lines pairwise by dissolve +
    intersection."""
    from qgis.core import QgsVectorLayer

    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    dissolved = {k: _run("native:dissolve", {"INPUT": f"{gpkg}|layername={v}", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
                 for k, v in LINE_LAYERS.items()}
    pairs = {}
    for a, b in (("PBF", "ERL"), ("PBF", "UDB"), ("ERL", "UDB")):
        cut = _run("native:intersection", {"INPUT": dissolved[a], "OVERLAY": dissolved[b], "OUTPUT": "TEMPORARY_OUTPUT"})
        pairs[f"{a}_{b}_M2"] = sum(f.geometry().area() for f in cut["OUTPUT"].getFeatures())
    pieces = {}  # (line, position) -> [(DLBM, area)]
    rule_codes = _rule_codes()
    for line in LINE_LAYERS:
        for position in ("inside", "outside"):
            codes = sorted({c for rule, cs in rule_codes.values() if rule.line == line and rule.position == position
                            for c in cs})
            if not codes:
                continue
            listing = ",".join(f"'{c}'" for c in codes)
            chosen = _run("native:extractbyexpression", {"INPUT": fixed, "EXPRESSION": f"\"DLBM\" IN ({listing})",
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            alg = "native:intersection" if position == "inside" else "native:difference"
            params = {"INPUT": chosen, "OVERLAY": dissolved[line], "OUTPUT": "TEMPORARY_OUTPUT"}
            if position == "inside":
                params["INPUT_FIELDS"], params["OVERLAY_FIELDS"] = ["DLBM"], []
            out = _run(alg, params)["OUTPUT"]
            pieces[(line, position)] = [(f["DLBM"], f.geometry().area()) for f in out.getFeatures()]
    return {"pairs": pairs, "pieces": pieces}


def bottomlines_totals(side, result):
    totals = {f"pair:{k}": v for k, v in result["pairs"].items()}
    if side == "lantu":
        for rule_id, area in _table_rows(result["summary"].split("|")[0], ["rule_id", "area_m2"]):
            if not rule_id.startswith("ZONE"):
                totals[f"rule:{rule_id}"] = area
        return totals
    for rule_id, (rule, codes) in _rule_codes().items():
        wanted = set(codes)
        totals[f"rule:{rule_id}"] = sum(a for c, a in result["pieces"].get((rule.line, rule.position), [])
                                        if c in wanted and a >= 0.01)
    return totals


BENCHES = [
    Bench("landusestructure", structure_lantu, structure_native, structure_totals,
          "lantu:landusestructure (dltb by township, level 1) vs native:fixgeometries → native:intersection → "
          "native:refactorfields (level-1 code, area($geometry)) → qgis:statisticsbycategories"),
    Bench("read", read_lantu, read_native, read_totals,
          "Lantu's bulk read (base.read_polygons: Arrow fast path, WKB → shapely, validity check and repair) vs "
          "QgsVectorLayer.getFeatures() with DLBM only, summing geometry().area(); areas compared before repair"),
]
BENCHES.append(Bench(
    "bottomlines", bottomlines_lantu, bottomlines_native, bottomlines_totals,
    "lantu:controllineoverlaps + lantu:landuseconflicts (三调 dltb through the conversion, built-in rules, three "
    "lines) vs native:fixgeometries → per line native:extractbyexpression (the rules' classes) → native:dissolve → "
    "native:intersection / native:difference → area sums; lines pairwise by dissolve + intersection"))


# checklanduse ----------------------------------------------------------------------------------
def quality_lantu(gpkg, tmp):
    result = _run("lantu:checklanduse", {"LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM",
                                         "OUTPUT": os.path.join(tmp, "findings.gpkg"),
                                         "SUMMARY": os.path.join(tmp, "summary.gpkg")})
    return result["SUMMARY"]


def quality_native(gpkg, tmp):
    """The Toolbox way: Check validity (GEOS), then fix and intersect the layer with itself, keeping
    pieces of two different parcels (each pair appears twice: A×B and B×A)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    check = "native:checkvalidity" if registry.algorithmById("native:checkvalidity") else "qgis:checkvalidity"
    validity = _run(check, {"INPUT_LAYER": f"{gpkg}|layername=dltb", "METHOD": 2, "VALID_OUTPUT": "TEMPORARY_OUTPUT",
                            "INVALID_OUTPUT": "TEMPORARY_OUTPUT", "ERROR_OUTPUT": "TEMPORARY_OUTPUT"})
    fixed = _run("native:fixgeometries", {"INPUT": f"{gpkg}|layername=dltb", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ided = _run("native:fieldcalculator", {"INPUT": fixed, "FIELD_NAME": "pid", "FIELD_TYPE": 1, "FORMULA": "$id",
                                           "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    pieces = _run("native:intersection", {"INPUT": ided, "OVERLAY": ided, "INPUT_FIELDS": ["pid"],
                                          "OVERLAY_FIELDS": ["pid"], "OVERLAY_FIELDS_PREFIX": "o_",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    overlaps = [f.geometry().area() for f in pieces.getFeatures() if f["pid"] < f["o_pid"] and f.geometry().area() > 1.0]
    return {"invalid": validity["INVALID_OUTPUT"].featureCount(), "overlaps": overlaps}


def quality_totals(side, result):
    if side == "lantu":
        rows = dict((r[0], (r[1], r[2])) for r in _table_rows(result.split("|")[0], ["check_id", "count", "area_m2"]))
        return {"invalid": rows["invalid_geometry"][0], "overlap_pairs": rows["self_overlap"][0],
                "overlap_m2": rows["self_overlap"][1]}
    return {"invalid": result["invalid"], "overlap_pairs": len(result["overlaps"]), "overlap_m2": sum(result["overlaps"])}


BENCHES.append(Bench(
    "checklanduse", quality_lantu, quality_native, quality_totals,
    "lantu:checklanduse (dltb: all geometry, code and name checks, overlaps > 1 m²) vs qgis:checkvalidity (GEOS) → "
    "native:fixgeometries → native:fieldcalculator ($id) → native:intersection of the layer with itself → pairs of "
    "different parcels with > 1 m²"))
BY_NAME = {b.name: b for b in BENCHES}


# --- the child: one job in a fresh QGIS ---------------------------------------------------------
def _vm(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def child(name, side, gpkg, out_json, profile=None):
    started = time.perf_counter()
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import qgis_headless

    app, plugin = qgis_headless.start()  # noqa: F841 - keep the application alive
    startup = time.perf_counter() - started
    rss_start = _vm("VmHWM")
    bench = BY_NAME[name]
    job = bench.lantu if side == "lantu" else bench.native
    tmp = tempfile.mkdtemp(prefix=f"bench-{name}-{side}-")
    try:
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            t0 = time.perf_counter()
            result = profiler.runcall(job, gpkg, tmp)
            seconds = time.perf_counter() - t0
            profiler.dump_stats(profile)
        else:
            t0 = time.perf_counter()
            result = job(gpkg, tmp)
            seconds = time.perf_counter() - t0
        rss_job = _vm("VmHWM")
        totals = bench.totals(side, result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(out_json, "w") as f:
        json.dump({"seconds": seconds, "startup_s": startup, "rss_start_mb": rss_start,
                   "rss_job_mb": rss_job, "steps": STEPS, "totals": totals}, f)
    os._exit(0)  # skip QGIS's slow, sometimes crashing tear-down


def run_child(name, side, gpkg, timeout, profile=None):
    """Run one job in a fresh interpreter: (record dict, error text or None)."""
    fd, out_json = tempfile.mkstemp(suffix=".json", prefix="bench-")
    os.close(fd)
    cmd = [sys.executable, os.path.abspath(__file__), "--child", name, side, gpkg, out_json]
    if profile:
        cmd += ["--profile-out", profile]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    load = os.getloadavg()[0]  # other work on the machine skews times: keep a trace of it
    t0 = time.perf_counter()
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = t0 + timeout
    status, usage, stopped = None, None, False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            stopped = True
            break
        time.sleep(0.2)
    proc.returncode = status
    wall = time.perf_counter() - t0
    record = {"process_s": wall, "peak_mb": usage.ru_maxrss / 1024.0, "load1": round(load, 2)}
    try:
        if stopped:
            return dict(record, stopped=True, seconds=wall), f"stopped after {timeout / 60:.0f} min"
        if os.path.getsize(out_json) == 0:
            log.seek(0)
            return record, f"exit status {status}:\n" + log.read()[-4000:]
        with open(out_json) as f:
            record.update(json.load(f))
        return record, None
    finally:
        os.remove(out_json)
        log.close()


# --- the parent ---------------------------------------------------------------------------------
def ensure_data(work, size, keep=False):
    folder = os.path.join(work, f"n{size}")
    gpkg = os.path.join(folder, "lantu_demo.gpkg")
    stamp = os.path.join(folder, "make_demo.sha1")
    generator = os.path.join(ROOT, "scripts", "make_demo.py")
    with open(generator, "rb") as f:
        digest = hashlib.sha1(f.read()).hexdigest()
    if os.path.exists(gpkg):
        if not os.path.exists(stamp) or open(stamp).read().strip() == digest or keep:
            return gpkg
        print(f"[{size}] scripts/make_demo.py changed since the data was made: regenerating "
              "(--keep-data to use the old data)", flush=True)
    print(f"[{size}] generating demo data in {folder} …", flush=True)
    t0 = time.perf_counter()
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    done = subprocess.run([sys.executable, generator, "--out", partial, "--parcels", str(size), "--no-dem"],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if done.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        if os.path.exists(gpkg):
            print(f"[{size}] make_demo.py failed (exit {done.returncode}): using the data made earlier", flush=True)
            return gpkg
        raise SystemExit(f"[{size}] make_demo.py failed (exit {done.returncode}) and there is no earlier data")
    with open(os.path.join(partial, "make_demo.sha1"), "w") as f:
        f.write(digest)
    shutil.rmtree(folder, ignore_errors=True)
    os.rename(partial, folder)
    print(f"[{size}] generated in {time.perf_counter() - t0:.0f} s", flush=True)
    return gpkg


def data_version(gpkg):
    stamp = os.path.join(os.path.dirname(gpkg), "make_demo.sha1")
    return open(stamp).read().strip()[:8] if os.path.exists(stamp) else "?"


def layer_count(gpkg, layer="dltb"):
    from osgeo import ogr

    dataset = ogr.Open(gpkg)  # keep the dataset alive while its layer is used (GDAL < 3.8 would crash)
    return dataset.GetLayerByName(layer).GetFeatureCount()


def compare(a, b):
    """(agree, max abs diff, max rel diff, keys only on one side, worst key as text)."""
    keys = set(a) | set(b)
    max_abs = max_rel = 0.0
    agree, worst, worst_rel = True, "", -1.0
    one_sided = sorted(k for k in keys if (k in a) != (k in b))
    for k in keys:
        x, y = float(a.get(k, 0.0)), float(b.get(k, 0.0))
        diff = abs(x - y)
        rel = diff / max(abs(x), abs(y)) if diff else 0.0
        max_abs, max_rel = max(max_abs, diff), max(max_rel, rel)
        agree = agree and (rel <= REL_TOL or diff <= ABS_TOL)
        if rel > worst_rel:
            worst, worst_rel = f"{k}: Lantu {x!r}, native {y!r}", rel
    return agree, max_abs, max_rel, one_sided, worst


def machine():
    info = {"nproc": os.cpu_count(), "python": platform.python_version()}
    with open("/proc/meminfo") as f:
        info["ram_gb"] = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    with open("/proc/cpuinfo") as f:
        info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    try:
        import numpy
        import shapely
        from osgeo import gdal
        from qgis.core import Qgis

        info.update(qgis=Qgis.QGIS_VERSION, gdal=gdal.__version__, geos_qgis=Qgis.geosVersion(),
                    shapely=shapely.__version__, geos_shapely=shapely.geos_version_string, numpy=numpy.__version__)
    except Exception as error:  # noqa: BLE001 - informative only
        info["versions"] = f"unavailable: {error}"
    return info


def fmt_s(record):
    if record is None:
        return "—"
    if record.get("stopped"):
        return f"> {record['seconds'] / 60:.0f} min (stopped)"
    if record.get("error"):
        return "failed"
    return f"{record['seconds']:.1f}"


def fmt_mb(record):
    if record is None or record.get("stopped") or record.get("error"):
        return "—"
    return f"{record['peak_mb']:.0f}"


def render(results, path):
    info = results.get("machine", {})
    lines = ["# Lantu benchmarks", "",
             "Generated by `bench/run_bench.py` (see bench/README.md); do not edit by hand.", "",
             f"Machine: {info.get('cpu', '?')}, {info.get('nproc', '?')} cores, {info.get('ram_gb', '?')} GB RAM; "
             f"QGIS {info.get('qgis', '?')}, GDAL {info.get('gdal', '?')}, GEOS {info.get('geos_qgis', '?')} (QGIS) / "
             f"{info.get('geos_shapely', '?')} (shapely {info.get('shapely', '?')}), numpy {info.get('numpy', '?')}, "
             f"Python {info.get('python', '?')}.", "",
             "Times are the job alone (QGIS start-up excluded; reading and writing included). Peak MB is the "
             "whole child process's peak RSS, QGIS start-up included (start-up alone: about "
             f"{results.get('startup_mb', 0):.0f} MB). Ratio = native s / Lantu s. Agreement: every key's total "
             f"(e.g. area per zone and class) equal to {REL_TOL:g} relative or {ABS_TOL:g} m² absolute; the largest "
             "differences are shown. 'data' is the make_demo.py version (sha1 prefix) that generated the input.", ""]
    for bench in BENCHES:
        rows = results.get("runs", {}).get(bench.name)
        if not rows:
            continue
        lines += [f"## {bench.name}", "", bench.what, "",
                  "| parcels | Lantu s | Lantu peak MB | native s | native peak MB | ratio | agreement | run on, data |",
                  "|---:|---:|---:|---:|---:|---:|---|---|"]
        for size in sorted(rows, key=int):
            row = rows[size]
            lantu, native = row.get("lantu"), row.get("native")
            ratio = "—"
            if lantu and native and not lantu.get("error") and not native.get("error") and not lantu.get("stopped"):
                ratio = (">" if native.get("stopped") else "") + f"{native['seconds'] / lantu['seconds']:.1f}×"
            lines.append(f"| {int(size):,} | {fmt_s(lantu)} | {fmt_mb(lantu)} | {fmt_s(native)} | {fmt_mb(native)} | "
                         f"{ratio} | {row.get('agreement', '—')} | {row.get('date', '')}, make_demo {row.get('data', '?')} |")
        lines.append("")
        notes = [f"- {int(s):,}: {rows[s]['note']}" for s in sorted(rows, key=int) if rows[s].get("note")]
        for size in sorted(rows, key=int):
            loads = {side: (rows[size].get(side) or {}).get("load1") for side in ("lantu", "native")}
            if any(v is not None and v > 0.5 for v in loads.values()):
                notes.append(f"- {int(size):,}, machine busy (1-min load average when each job started): " +
                             ", ".join(f"{k} {v:.1f}" for k, v in loads.items() if v is not None))
            if rows[size].get("worst"):
                notes.append(f"- {int(size):,}, largest relative difference: {rows[size]['worst']}")
            for side in ("lantu", "native"):
                steps = (rows[size].get(side) or {}).get("steps") or []
                if len(steps) > 1:
                    notes.append(f"- {int(size):,}, {side} steps: " + ", ".join(f"{a} {t:.1f} s" for a, t in steps))
        if notes:
            lines += notes + [""]
    extra = results.get("notes")
    if extra:
        lines += ["## Notes", ""] + [f"- {n}" for n in extra] + [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def load(path):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return {}


def save(results, path, md):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    if md:
        render(results, md)


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20000,100000", help="parcel counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per job (the median is kept)")
    parser.add_argument("--work", default=os.path.join(HERE, "work"), help="cache for generated data and results.json")
    parser.add_argument("--only", default="", help="benchmarks to run, comma-separated (default: all)")
    parser.add_argument("--sides", default="lantu,native", help="which sides to run")
    parser.add_argument("--timeout", type=float, default=20, help="minutes before a job is stopped")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"), help="markdown to write ('' = none)")
    parser.add_argument("--keep-data", action="store_true", help="use cached data even if make_demo.py changed")
    parser.add_argument("--profile", action="store_true", help="run jobs under cProfile (prints the top entries; "
                                                                  "times are then not comparable)")
    parser.add_argument("--child", nargs=4, metavar=("NAME", "SIDE", "GPKG", "JSON"), help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, profile=args.profile_out)
        return 0

    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    store = os.path.join(work, "results.json")
    results = load(store)
    results["machine"] = machine()
    names = [n for n in args.only.split(",") if n] or [b.name for b in BENCHES]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {list(BY_NAME)}")
    sides = [s for s in args.sides.split(",") if s]
    failed = False
    for size in [int(s) for s in args.sizes.split(",") if s]:
        gpkg = ensure_data(work, size, args.keep_data)
        count = layer_count(gpkg)
        for name in names:
            bench = BY_NAME[name]
            row = results.setdefault("runs", {}).setdefault(name, {}).setdefault(str(size), {})
            row.update(date=datetime.date.today().isoformat(), features=count, data=data_version(gpkg))
            row.pop("note", None)
            totals = {}
            for side in sides:
                runs, error = [], None
                for i in range(args.repeat):
                    profile = os.path.join(work, f"{name}-{side}-{size}.prof") if args.profile else None
                    print(f"[{size}] {name} {side} run {i + 1}/{args.repeat} …", flush=True)
                    record, error = run_child(bench.name, side, gpkg, args.timeout * 60, profile)
                    if error:
                        record["error"] = error
                        print(f"[{size}] {name} {side}: {error}", flush=True)
                        runs = [record]
                        break
                    print(f"[{size}] {name} {side}: {record['seconds']:.2f} s, peak {record['peak_mb']:.0f} MB "
                          f"(start-up {record['startup_s']:.1f} s, {record['rss_start_mb']:.0f} MB)", flush=True)
                    if record.get("steps"):
                        print("    steps: " + ", ".join(f"{a} {t:.1f} s" for a, t in record["steps"]), flush=True)
                    runs.append(record)
                    if profile:
                        import pstats

                        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
                if error:
                    best = runs[0]
                    row["note"] = (row.get("note", "") + f" {side}: {error.splitlines()[0][:200]}").strip()
                    failed = failed or not best.get("stopped")
                else:
                    best = dict(runs[0])
                    best["seconds"] = median([r["seconds"] for r in runs])
                    best["peak_mb"] = max(r["peak_mb"] for r in runs)
                    best["all_seconds"] = [round(r["seconds"], 3) for r in runs]
                    totals[side] = best.pop("totals")
                    if not args.profile:
                        with open(os.path.join(work, f"totals-{name}-{side}-{size}.json"), "w", encoding="utf-8") as f:
                            json.dump(totals[side], f, ensure_ascii=False, indent=0)
                    results["startup_mb"] = best.get("rss_start_mb", 0)
                row[side] = best
                if not args.profile:  # profiled times are not comparable: keep them out
                    save(results, store, args.results)
            if len(totals) == 2:
                agree, max_abs, max_rel, one_sided, worst = compare(totals["lantu"], totals["native"])
                row["agreement"] = (f"{'yes' if agree else 'NO'}: {len(totals['lantu'])} keys, max rel {max_rel:.1e}, "
                                    f"max abs {max_abs:.1e}")
                row["worst"] = worst
                if one_sided:
                    row["agreement"] += f", {len(one_sided)} keys on one side only"
                    row["note"] = (row.get("note", "") + " keys on one side only: " + ", ".join(one_sided[:8])).strip()
                print(f"[{size}] {name}: {len(totals['lantu'])} keys; agree={agree}; max abs diff {max_abs:.3e}, "
                      f"max rel diff {max_rel:.3e} ({worst})" + (f"; one-sided keys {one_sided[:8]}" if one_sided else ""),
                      flush=True)
                failed = failed or not agree
                if not args.profile:  # profiled times are not comparable: keep them out
                    save(results, store, args.results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
