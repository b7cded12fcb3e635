"""The live check's speed (issue 18): 边画边检 on the generated 片区 against what a planner does without it, re-running
lantu:landuseconflicts after an edit. Registered in run_bench.BENCHES as `livecheck`.

Lantu side, in one QGIS: the dltb layer (三调, the 100k parcels) put in edit mode with the live check on (start: the
layers read and indexed), then 100 single-feature edits made through the edit buffer, each checked and written to
the findings layer (median and worst), then a paste of 1,000 features; the memory the start took (VmRSS before and
after). Then the planned land use (ghyd) with targets on the targets page: start with the indicators, and the median
edit. Native side: the same seeded edits, then lantu:landuseconflicts once on the edited layer (its time is what one
re-check costs). Totals: the conflict area per rule on the features edited, which both sides must agree on.
"""
import os
import random
import statistics
import time

FIGURES = {}  # name -> value, recorded beside the job's time (run_bench.child writes them out)
EDITS, PASTE = 100, 1000
LINES = {"permanent_farmland": "yjjbnt", "eco_redline": "stbhhx", "urban_boundary": "czkfbj"}
CODES = ("0701", "0101", "0301", "1202", "0801")


def _rss_mb():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024.0 for line in f if line.startswith("VmRSS:"))


def _project(gpkg):
    from qgis.core import QgsProject, QgsVectorLayer

    from lantu.ui.state import PlanState

    project = QgsProject.instance()
    roles = {}
    for role, table in {"current_landuse": "dltb", "planned_landuse": "ghyd", "village_clusters": "village_cluster",
                        **LINES}.items():
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
        project.addMapLayer(layer)
        roles[role] = layer.id()
    PlanState(roles=roles, targets=[{"indicator": "耕地保有量", "scope": "合计", "value": "30000"},
                                    {"indicator": "城乡建设用地规模", "scope": "合计", "value": "8000"}]).save(project)
    return project, roles


def _edits(layer, seed=18):
    """The seeded edits, as (kind, fid, value): the same on both sides."""
    rng = random.Random(seed)
    fids = sorted(f.id() for f in layer.getFeatures())
    out = []
    for i in range(EDITS):
        kind = ("code", "move", "code", "delete")[i % 4]
        out.append((kind, rng.choice(fids), rng.choice(CODES) if kind == "code" else rng.uniform(-30, 30)))
    return out, rng.sample(fids, PASTE)


def _apply(layer, edit):
    from qgis.core import QgsGeometry

    kind, fid, value = edit
    if kind == "code":
        layer.changeAttributeValue(fid, layer.fields().indexOf("DLBM"), value)
    elif kind == "move":
        geometry = QgsGeometry(layer.getFeature(fid).geometry())
        geometry.translate(value, value)
        layer.changeGeometry(fid, geometry)
    elif layer.getFeature(fid).isValid():
        layer.deleteFeature(fid)


def _paste(layer, fids):
    from qgis.core import QgsFeature, QgsGeometry

    copies = []
    for feature in layer.getFeatures(fids):
        copy = QgsFeature(feature)
        geometry = QgsGeometry(feature.geometry())
        geometry.translate(15.0, 15.0)
        copy.setGeometry(geometry)
        copies.append(copy)
    layer.addFeatures(copies)


def live_lantu(gpkg, tmp):
    from lantu.ui.live_check import LiveCheck

    project, roles = _project(gpkg)
    dltb = project.mapLayer(roles["current_landuse"])
    edits, pasted = _edits(dltb)
    live = LiveCheck(project, None, asker=lambda layer, sentences: True)
    live.set_on(True)
    before = _rss_mb()
    t0 = time.perf_counter()
    dltb.startEditing()
    FIGURES["start_s"] = time.perf_counter() - t0
    FIGURES["start_mb"] = _rss_mb() - before
    times = []
    for edit in edits:
        t0 = time.perf_counter()
        _apply(dltb, edit)
        live.flush()
        times.append(time.perf_counter() - t0)
    FIGURES["edit_median_ms"], FIGURES["edit_worst_ms"] = statistics.median(times) * 1e3, max(times) * 1e3
    t0 = time.perf_counter()
    _paste(dltb, pasted)
    live.flush()
    FIGURES["paste_1000_s"] = time.perf_counter() - t0
    session = live.sessions[dltb.id()]
    found = {}
    for finding in session.checker.findings.values():
        if finding.rule_id in session.rules_by_id:
            found[finding.rule_id] = found.get(finding.rule_id, 0.0) + finding.area
    _planned(project, roles, live)
    return found


def _planned(project, roles, live):
    """The planned land use with the targets kept live: start and median edit."""
    ghyd = project.mapLayer(roles["planned_landuse"])
    t0 = time.perf_counter()
    ghyd.startEditing()
    FIGURES["planned_start_s"] = time.perf_counter() - t0
    live.target_rows(wait=True)
    FIGURES["planned_targets_ready_s"] = time.perf_counter() - t0
    FIGURES["planned_parcels"] = ghyd.featureCount()
    rng = random.Random(5)
    fids = sorted(f.id() for f in ghyd.getFeatures())
    times = []
    for _ in range(EDITS):
        t0 = time.perf_counter()
        ghyd.changeAttributeValue(rng.choice(fids), ghyd.fields().indexOf("YDYHFLDM"), rng.choice(CODES))
        live.flush()
        live.target_rows(wait=True)
        times.append(time.perf_counter() - t0)
    FIGURES["planned_edit_median_ms"] = statistics.median(times) * 1e3
    ghyd.rollBack()


def live_native(gpkg, tmp):
    """The seeded edits, then the step run once on the edited layer: one re-check as a planner makes it today."""
    import processing

    project, roles = _project(gpkg)
    dltb = project.mapLayer(roles["current_landuse"])
    edits, pasted = _edits(dltb)
    dltb.startEditing()
    touched = set()
    for edit in edits:
        _apply(dltb, edit)
        touched.add(edit[1])
    _paste(dltb, pasted)
    touched |= {f.id() for f in dltb.getFeatures() if f.id() < 0}
    result = processing.run("lantu:landuseconflicts", {
        "LANDUSE": dltb, "CODE_FIELD": "DLBM", "OUTPUT": os.path.join(tmp, "conflicts.gpkg"),
        **{key: project.mapLayer(roles[role]) for key, role in (("PERMANENT_FARMLAND", "permanent_farmland"),
                                                               ("ECO_REDLINE", "eco_redline"),
                                                               ("URBAN_BOUNDARY", "urban_boundary"))}})
    from osgeo import ogr

    dataset = ogr.Open(result["OUTPUT"].split("|")[0])
    found = {}
    for feature in dataset.GetLayer(0):
        if feature.GetField("src_fid") in touched:
            rule = feature.GetField("rule_id")
            found[rule] = found.get(rule, 0.0) + feature.GetField("area_m2")
    return found


def live_totals(side, result):
    return {f"area:{rule}": area for rule, area in result.items()}
