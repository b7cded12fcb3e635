"""Time lantu:checkdatabase on a delivered database of about 115,000 features against opening its largest layer
in QGIS's attribute table (issue 17: a check faster than that).

    .venv/bin/python bench/bench_database.py --work bench/work [--repeat 3]

The demo data of 100,000 parcels (scripts/make_demo.py, cached by run_bench.ensure_data) is exported once through the
example schema (lantu:exportdatabase: dltb → JQDLTB, township → XZQ and the three control lines, as drawn) into
work/n100000/delivered.gdb (untimed). Then each measurement runs in a fresh subprocess: `check` times processing.run
of lantu:checkdatabase (reading, every check, the findings written to memory); `table` times what QGIS does when
the attribute table of JQDLTB opens: the layer is loaded, a QgsVectorLayerCache and QgsAttributeTableModel are made
and the model loads every row (QgsAttributeTableModel.loadLayer); `dialog` times the attribute table as a planner
opens it: QgsAttributeTableDialog's QgsDualView initialised on the layer and drawn. Wall times; the machine's load
is recorded.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))


KEEP = []


def start():
    import qgis_headless

    return qgis_headless.start()


def export(gpkg, out):
    app, plugin = start()
    import processing

    layers = [f"{gpkg}|layername={n}" for n in ("dltb", "township", "yjjbnt", "stbhhx", "czkfbj")]
    result = processing.run("lantu:exportdatabase", {"LAYERS": layers, "XZQDM": "510899", "XZQMC": "某县",
                                                     "OUTPUT_DATABASE": out})
    return {"features": result["FEATURES_WRITTEN"], "errors": result["ERROR_COUNT"]}


def check(database):
    app, plugin = start()
    import processing

    t0 = time.perf_counter()
    result = processing.run("lantu:checkdatabase", {"DATABASE": database, "XZQDM": "510899", "OUTPUT": "memory:",
                                                    "SUMMARY": "memory:"})
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "errors": result["ERROR_COUNT"], "warnings": result["WARNING_COUNT"],
            "layers": result["LAYERS_CHECKED"]}


def table(database):
    app, plugin = start()
    from qgis.core import QgsVectorLayer, QgsVectorLayerCache
    from qgis.gui import QgsAttributeTableModel

    t0 = time.perf_counter()
    layer = QgsVectorLayer(f"{database}|layername=JQDLTB", "JQDLTB", "ogr")
    cache = QgsVectorLayerCache(layer, layer.featureCount())  # the attribute table caches every row it shows
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "rows": model.rowCount(), "features": layer.featureCount()}


def dialog(database):
    """What opening the attribute table shows a planner: QgsAttributeTableDialog's QgsDualView, initialised
    on the layer (its cache, model, filter model and table view) and drawn once."""
    app, plugin = start()
    from qgis.core import QgsFeatureRequest, QgsVectorLayer
    from qgis.gui import QgsAttributeEditorContext, QgsDualView, QgsMapCanvas
    from qgis.PyQt.QtWidgets import QApplication

    canvas = QgsMapCanvas()
    t0 = time.perf_counter()
    layer = QgsVectorLayer(f"{database}|layername=JQDLTB", "JQDLTB", "ogr")
    view = QgsDualView()
    view.init(layer, canvas, QgsFeatureRequest(), QgsAttributeEditorContext())
    view.resize(1200, 800)
    view.show()
    QApplication.processEvents()
    seconds = time.perf_counter() - t0
    KEEP.extend([canvas, layer, view])  # alive until the process ends: freed here they crash
    return {"seconds": seconds, "rows": view.featureCount(), "features": layer.featureCount()}


def child(job, *args):
    """Run `job` in a fresh Python, return its JSON result and the 1-min load average when it started."""
    load = os.getloadavg()[0]
    done = subprocess.run([sys.executable, __file__, "--child", job, *args], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{job} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1]) | {"load": round(load, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        job, *rest = args.child
        print(json.dumps({"export": export, "check": check, "table": table, "dialog": dialog}[job](*rest)), flush=True)
        os._exit(0)  # no teardown: a view and its layer going away in the wrong order crash at exit
    from run_bench import ensure_data

    gpkg = ensure_data(args.work, 100000, keep=True)
    database = os.path.join(os.path.dirname(gpkg), "delivered.gdb")
    if not os.path.exists(database) and not os.path.exists(database[:-4] + ".gpkg"):
        print("export:", child("export", gpkg, database), flush=True)
    database = database if os.path.exists(database) else database[:-4] + ".gpkg"
    runs = {"check": [], "table": [], "dialog": []}
    for _ in range(args.repeat):
        for job in ("check", "table", "dialog"):  # interleaved, so both see the same load
            runs[job].append(child(job, database))
            print(job, runs[job][-1], flush=True)
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
