"""The 提质增效 step's 镇村生活圈: left out quietly without a facilities layer; with one, coverage per type below the
step's first table, the gaps as findings, and the step flagged while settlements lack a type."""
import os
import shutil

from layers import DEMO_DIR, wait_for
from qgis.core import QgsVectorLayer


def life_run():
    from lantu.ui import steps

    return next(r for r in steps.step("quality").runs if r.algorithm == "lantu:lifecircle")


def test_without_a_facilities_layer_the_life_circle_is_left_out(dock, demo_project):
    from lantu.ui import steps
    from lantu.ui.step_page import StepPage

    dock.state.roles.pop("facilities", None)  # a plan without a facilities layer (the demo has one)
    assert "facilities" not in dock.state.roles and dock.state.roles.get("settlements")
    assert steps.roles_used(steps.step("quality"))["facilities"] is False  # optional on the Layers page
    page = StepPage(dock, steps.Step("lc", "lc", "lc", (life_run(),)))
    page.refresh_algorithms()
    assert "runs when Public service facilities" in page.algorithms.text()
    page.run()
    wait_for(page)
    assert dock.state.results["lc"]["runs"] == [] and dock.state.results["lc"]["status"] == "not_started"


def test_coverage_per_type_and_the_gaps_on_the_page(dock, demo_project, tmp_path):
    from lantu.ui import steps
    from lantu.ui.step_page import StepPage

    project, path = demo_project
    folder = os.path.dirname(path)
    for name in ("facilities.gpkg", "life_circle_demo.csv"):
        shutil.copy(os.path.join(DEMO_DIR, name), os.path.join(folder, name))
    facilities = QgsVectorLayer(os.path.join(folder, "facilities.gpkg") + "|layername=ggfw", "公共服务设施", "ogr")
    project.addMapLayer(facilities)
    dock.roles_page.combos["facilities"].setLayer(facilities)
    dock.set_setting("life_circle_radii", os.path.join(folder, "life_circle_demo.csv"))
    assert dock.state.field("facilities", "facility_type", project) == "TYPE"
    structure = steps.step("status").runs[1]  # a step's own table first: the coverage comes below it
    page = StepPage(dock, steps.Step("lc", "lc", "lc", (structure, life_run())))
    page.run()
    wait_for(page)
    summary = dock.state.results["lc"]
    assert [r["state"] for r in summary["runs"]] == ["done", "done"]
    assert summary["table"]["label"] != summary["more_tables"][0]["label"]
    coverage = summary["more_tables"][0]
    types = [row[coverage["headers"].index("type")] for row in coverage["rows"]]
    assert types == ["小学", "幼儿园", "卫生院", "卫生室", "文化活动室"]  # the RADII table's order
    assert not page.more_table.isHidden() and page.more_table.rowCount() == 5
    figures = {f["key"]: f["value"] for f in summary["figures"]}
    gaps = [f for f in summary["findings"] if "within reach" in f["text"]]
    assert len(gaps) == min(figures["GAP_COUNT"], 500) and figures["GAP_COUNT"] > 0
    assert summary["status"] == "attention"  # settlements lack some type
    # each gap names the settlement and the types it lacks, as the GAPS layer holds them
    layer = project.mapLayer(gaps[0]["layer"])
    feature = layer.getFeature(gaps[0]["fid"])
    assert str(feature["settlement_id"]) in gaps[0]["text"] and feature["missing_types"] in gaps[0]["text"]
