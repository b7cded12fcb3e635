"""Run by tests/test_real_qgis.py inside a real QGIS window (qgis --code): a planner's session with the dock.

Writes what it saw to $LANTU_RESULT (JSON) and screenshots to $LANTU_SHOT_*.png, then quits QGIS. Every step waits
on a timer, so QGIS keeps drawing and the tasks run as they do for a planner.
"""
import json
import os
import shutil
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer

SHOT = os.environ.get("LANTU_SHOT", "/tmp/lantu")
STEPS = ("status", "bottomlines", "quality", "delivery")
out = {"findings": {}, "figures": {}, "headers": {}, "runs": {}}
state = {}


def later(seconds, action):
    def guarded():
        try:
            action()
        except Exception:  # noqa: BLE001 - reported to the test, and QGIS quits
            out["error"] = traceback.format_exc()
            finish()
    QTimer.singleShot(int(seconds * 1000), guarded)


def shoot(widget, name):
    widget.grab().save(f"{SHOT}_{name}.png")


def start():
    out["active"] = "lantu" in qgis.utils.active_plugins
    out["provider"] = QgsApplication.processingRegistry().providerById("lantu") is not None
    import shapely

    out["shapely"] = shapely.__version__
    window = qgis.utils.iface.mainWindow()
    out["qgis_menu"] = " ".join(a.text() for a in window.menuBar().actions()[:4])
    import processing

    dialog = processing.createAlgorithmDialog("lantu:landusestructure", {})
    out["dialog_title"] = dialog.windowTitle()
    dialog.close()
    plugin = qgis.utils.plugins["lantu"]
    plugin.dock_action.trigger()  # the toolbar / menu action
    dock = state["dock"] = plugin.dock
    window.resizeDocks([dock], [dock.minimumWidth()], Qt.Orientation.Horizontal)
    dock.load_demo()  # the button on the Layers page
    later(3, layers_page)


def layers_page():
    dock = state["dock"]
    project = QgsProject.instance()
    out["project"] = project.fileName()
    bar = dock.tabs.tabBar()
    out["tabs"] = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
    out["tab_bar"] = [bar.tabRect(bar.count() - 1).right(), bar.width()]
    out["tabs_fit"] = bar.tabRect(bar.count() - 1).right() <= bar.width()
    out["area_field"] = dock.roles_page.field_combos[("current_landuse", "area")].currentField()
    dock.tabs.setCurrentIndex(0)
    shoot(dock, "layers")
    targets = os.path.join(os.path.dirname(project.fileName()), "targets.csv")
    dock.pages["targets"].import_csv(targets)
    dock.tabs.setCurrentIndex(dock.tab_index["targets"])
    shoot(dock, "targets")  # the binding indicators, imported from the demo's targets.csv
    state["queue"] = list(STEPS)
    later(0.5, next_step)


def next_step():
    dock = state["dock"]
    if not state["queue"]:
        later(0.5, report)
        return
    key = state["queue"][0]
    page = dock.pages[key]
    if page.runner is None or key not in state:
        dock.tabs.setCurrentIndex(dock.tab_index[key])
        state[key] = True
        page.run()
    elif not page.runner.running:
        read_step(key)
        shoot(dock, key)
        area = dock.tabs.currentWidget()  # the page's scroll area: down to the summary table and the findings
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        state["queue"].pop(0)
        later(0.8, lambda: (shoot(dock, f"{key}_findings"), area.verticalScrollBar().setValue(0), later(0.2, next_step)))
        return
    later(0.5, next_step)


def read_step(key):
    dock = state["dock"]
    page = dock.pages[key]
    summary = dock.state.results.get(key, {})
    out["runs"][key] = {r["algorithm"]: r["state"] for r in summary.get("runs", [])}
    out["headers"][key] = [page.table.horizontalHeaderItem(c).text().replace("\n", "")
                           for c in range(page.table.columnCount())]
    out["figures"][key] = {page.figures.item(r, 0).text(): page.figures.item(r, 1).text()
                           for r in range(page.figures.rowCount())}
    out["findings"][key] = [page.findings.item(r).text() for r in range(min(page.findings.count(), 200))]
    if key == "status":
        project = QgsProject.instance()
        finding = next((f for f in summary.get("findings", []) if "TBMJ" in f["text"]), None)
        if finding:
            point = project.mapLayer(finding["layer"]).getFeature(finding["fid"])
            dltb = project.mapLayer(dock.state.roles["current_landuse"])
            out["tbmj_bsm"] = dltb.getFeature(point["src_fid"])["BSM"]
    if key == "bottomlines" and summary.get("table"):
        table = summary["table"]
        rule, status = table["headers"].index("rule_id"), table["headers"].index("status")
        out["zone_rules"] = {row[rule]: row[status] for row in table["rows"] if str(row[rule]).startswith("ZONE")}
    if key == "delivery":  # the target check as the page shows it: indicator, scope, result in words
        table = page.check_table
        out["check"] = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(3)]
                        for r in range(table.rowCount())] if not table.isHidden() else []


def report():
    from lantu.ui.results import RESULT_PROPERTY, STYLE_PROPERTY

    dock = state["dock"]
    project = QgsProject.instance()
    out["steps"] = {k: v.get("status") for k, v in dock.state.results.items()}
    layers = []
    for layer in project.mapLayers().values():
        if layer.customProperty(RESULT_PROPERTY):
            names = layer.fields().names()
            layers.append({"name": layer.name(), "spatial": layer.isSpatial(), "style": layer.customProperty(STYLE_PROPERTY),
                           "algorithm": _algorithm_of(dock, layer),
                           "aliases": [layer.attributeDisplayName(i) for i, n in enumerate(names) if n != "fid"]})
    out["layers"] = layers
    out["result_sources"] = [layer.source().split("|")[0] for layer in project.mapLayers().values()
                             if layer.customProperty(RESULT_PROPERTY)]
    dock.set_setting("plan_name", "示范片区")
    dock.export_page.write_report(f"{SHOT}_review.html")
    dock.export_page.write_tables(f"{SHOT}_tables.xlsx")
    folder = os.environ.get("LANTU_MAPS") or os.path.join(os.path.dirname(os.environ["LANTU_RESULT"]), "maps")
    dock.export_page.export_maps(folder)
    out["returned_while_exporting"] = dock.export_page.running()
    dock.tabs.setCurrentIndex(dock.tabs.count() - 1)
    state["folder"] = folder
    later(0.5, wait_for_maps)


def _algorithm_of(dock, layer):
    """The algorithm that wrote a result layer: its file is named <algorithm>_<output>.gpkg by the runner."""
    stem = os.path.basename(layer.source().split("|")[0]).split("_")[0]
    return f"lantu:{stem}"


def wait_for_maps():
    dock = state["dock"]
    if dock.export_page.running():
        later(0.5, wait_for_maps)
        return
    shoot(dock, "export")
    out["maps"] = [os.path.basename(p) for p in dock.export_page.written]
    for stem, shot in (("yongdi_guihua", "map"), ("sanqu_sanxian", "sanqu")):
        shutil.copy(os.path.join(state["folder"], f"{stem}.png"), f"{SHOT}_{shot}.png")
    qgis.utils.iface.mainWindow().grab().save(f"{SHOT}_window.png")
    later(0.5, live_check)


def live_check():
    """边画边检: the live check switched on from its action, one parcel of the planned land use inside the redline made
    0701 (城镇住宅用地) through the edit buffer, as the attribute table does."""
    from qgis.core import QgsGeometry

    dock = state["dock"]
    live = qgis.utils.plugins["lantu"].live
    live.action.trigger()
    project = QgsProject.instance()
    ghyd = project.mapLayer(dock.state.roles["planned_landuse"])
    erl = project.mapLayer(dock.state.roles["eco_redline"])
    redline = state["redline"] = QgsGeometry.unaryUnion([f.geometry() for f in erl.getFeatures()])  # outlives the engine
    engine = QgsGeometry.createGeometryEngine(redline.constGet())
    engine.prepareGeometry()
    parcel = next(f for f in ghyd.getFeatures() if f["YDYHFLDM"].startswith("03") and engine.contains(f.geometry().constGet()))
    ghyd.startEditing()
    ghyd.changeAttributeValue(parcel.id(), ghyd.fields().indexOf("YDYHFLDM"), "0701")
    dock.tabs.setCurrentIndex(dock.tabs.indexOf(dock.live_page.parentWidget().parentWidget()))
    state["ghyd"] = ghyd
    later(1.0, live_seen)


def live_seen():
    dock, live = state["dock"], qgis.utils.plugins["lantu"].live
    page = dock.live_page
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    layer = live.output.layer()
    out["live"] = {"checked": live.action.isChecked(), "name": live.action.objectName(), "findings": texts,
                   "layer": layer.name() if layer is not None else None,
                   "rules": sorted({f["rule_id"] for f in layer.getFeatures()}) if layer is not None else []}
    first = next((page.list.item(i) for i, t in enumerate(texts) if "ERL-01" in t), None)
    if first is not None:
        page.list.itemClicked.emit(first)  # zoom to it
    later(1.5, live_shot)


def live_shot():
    shoot(state["dock"], "live")
    qgis.utils.iface.mainWindow().grab().save(f"{SHOT}_live_window.png")
    state["ghyd"].rollBack()
    finish()


def finish():
    try:
        with open(os.environ["LANTU_RESULT"], "w", encoding="utf-8") as handle:
            json.dump(out, handle, ensure_ascii=False)
    finally:
        QgsProject.instance().setDirty(False)  # nothing to ask on quit: the results are files beside the project
        QgsApplication.exit(0)


later(6, start)
