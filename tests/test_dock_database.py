"""保障落实's 成果入库 and 质检 through the dock: asked for on the page (kept in the project), the demo's layers go into
a new plan database beside the project's results, which is then checked; read back here through OGR, not the plugin."""
import os

from layers import wait_for


def _count(path, name):
    from osgeo import ogr

    dataset = ogr.Open(path)  # kept alive while its layer is used
    layer = dataset.GetLayerByName(name)
    return None if layer is None else layer.GetFeatureCount()


def test_the_plan_database_is_filled_and_checked_on_request(dock, demo_project):
    from qgis.core import QgsProject

    from lantu.ui import runner

    project, path = demo_project
    page = dock.pages["delivery"]
    box = page.database
    assert box is not None and not box.enabled.isChecked()
    assert box.minimumSizeHint().width() <= dock.minimumWidth()  # fits the dock: no sideways scrolling
    page.run()
    wait_for(page)
    ran = [r["algorithm"] for r in dock.state.results["delivery"]["runs"]]
    assert "lantu:exportdatabase" not in ran and "lantu:checkdatabase" not in ran  # not asked for: not run

    box.enabled.setChecked(True)
    box.texts["database_xzqdm"].setText("510899")
    box.texts["database_xzqdm"].editingFinished.emit()
    box.texts["database_xzqmc"].setText("示范县")
    box.texts["database_xzqmc"].editingFinished.emit()
    # kept in the project: saved, cleared, read back, shown again
    assert project.write(path)
    project.clear()
    assert QgsProject.instance().read(path)
    assert box.enabled.isChecked() and box.texts["database_xzqdm"].text() == "510899"

    page.run()
    wait_for(page, timeout=600)
    summary = dock.state.results["delivery"]
    states = {r["algorithm"]: r["state"] for r in summary["runs"]}
    assert states["lantu:exportdatabase"] == "done" and states["lantu:checkdatabase"] == "done", summary["runs"]
    # the database sits beside the project's results, its layers filled from the demo's (OGR counts on both sides)
    folder = os.path.join(runner.results_root(dock.state, project), "delivery")
    written = [n for n in os.listdir(folder) if n.endswith((".gdb", ".gpkg")) and n.startswith("exportdatabase")]
    assert len(written) == 1, os.listdir(folder)
    database = os.path.join(folder, written[0])
    demo = os.path.join(os.path.dirname(path), "lantu_demo.gpkg")
    figures = {f["key"]: f["value"] for f in summary["figures"]}
    written_total = figures["FEATURES_WRITTEN"]
    source_total = sum(_count(demo, n) for n in ("dltb", "ghyd", "township", "yjjbnt", "stbhhx", "czkfbj"))
    assert written_total == source_total
    from osgeo import ogr

    dataset = ogr.Open(database)
    assert sum(dataset.GetLayer(i).GetFeatureCount() for i in range(dataset.GetLayerCount())) == source_total
    # the check of what was written: its summary per check below the step's table, with 通过 / 不通过 / 未检查;
    # the demo's control lines overlap as drawn, so errors are found and the step needs attention
    checks = next(t for t in summary.get("more_tables", []) if "check_id" in t["headers"])
    assert len(checks["rows"]) >= 20
    assert figures["ERROR_COUNT"] > 0 and summary["status"] == "attention"
    assert not page.more_table.isHidden()
