"""The drafting dock on a copy of the demo project: roles, a step's run, cancel, missing roles, export."""
import csv
import os
import time

import pytest
from layers import DEMO_DIR, group_layers, own_copy, wait_for, wait_for_export

# the table each role should be guessed to, from the demo's README
EXPECTED_ROLES = {"current_landuse": "dltb", "planned_landuse": "ghyd", "permanent_farmland": "yjjbnt",
                  "eco_redline": "stbhhx", "urban_boundary": "czkfbj", "roads": "roads", "township": "township",
                  "villages": "village", "village_clusters": "village_cluster", "dem": "dem",
                  "settlements": "settlement", "facilities": "ggfw"}


def source_table(layer):
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or os.path.splitext(os.path.basename(parts.get("path", "")))[0]


def test_roles_are_guessed_and_survive_save_and_reload(dock, demo_project, tmp_path):
    from qgis.core import QgsProject

    project, path = demo_project
    guessed = {k: source_table(project.mapLayer(v)) for k, v in dock.state.roles.items()}
    assert guessed == EXPECTED_ROLES
    # the planner corrects one role and types a target and a name; all of it goes into the .qgz
    villages = dock.state.roles["villages"]
    dock.roles_page.combos["township"].setLayer(project.mapLayer(villages))
    dock.set_setting("plan_name", "示范片区")
    dock.set_targets([{"indicator": "耕地保有量", "year": "2035", "value": "1234.5", "unit": "公顷", "direction": "≥"}])
    saved = str(tmp_path / "saved.qgz")
    assert project.write(saved)
    project.clear()
    assert dock.state.roles == {}  # the dock followed the cleared project
    assert QgsProject.instance().read(saved)
    assert dock.state.roles["township"] == villages
    assert dock.state.settings["plan_name"] == "示范片区"
    assert dock.state.targets[0]["value"] == "1234.5"
    assert dock.roles_page.combos["township"].currentLayer().id() == villages
    assert dock.pages["targets"].table.rowCount() == 1


def test_current_state_step_runs_and_fills_its_page(dock, demo_project):
    import processing

    from lantu.ui import results

    project, _ = demo_project
    page = dock.pages["status"]
    page.run()
    assert page.runner.running  # handed to the task manager: the call returned at once
    wait_for(page)
    summary = dock.state.results["status"]
    states = {r["algorithm"]: r["state"] for r in summary["runs"]}
    assert states == {"lantu:checklanduse": "done", "lantu:landusestructure": "done"}
    # the total against QGIS's own computation: repaired geometries, planar areas summed by QGIS
    dltb = project.mapLayer(dock.state.roles["current_landuse"])
    fixed = processing.run("native:fixgeometries", {"INPUT": dltb, "OUTPUT": "memory:"})["OUTPUT"]
    expected = sum(f.geometry().area() for f in fixed.getFeatures())
    total = next(f["value"] for f in summary["figures"] if f["key"] == "TOTAL_AREA_M2")
    assert total == pytest.approx(expected, rel=1e-6)
    # the page: figures, a structure table per township with totals, the group of layers, the light
    assert page.figures.rowCount() >= 1 and page.table.rowCount() > 10
    headers = summary["table"]["headers"]  # the output's ASCII fields; the page shows readable names
    assert {"zone", "code", "area_m2"} <= set(headers)
    shown = [page.table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(page.table.columnCount())]
    assert not set(shown) & set(headers)  # no ASCII field name reaches the planner
    assert "Area (ha)" in shown and not [h for h in shown if "m²" in h or "(mu)" in h]  # one area column, in 公顷
    rows = summary["table"]["rows"]
    area = shown.index("Area (ha)")
    assert [page.table.item(r, area).text() for r in range(3)] == [f"{row[headers.index('area_m2')] / 1e4:,.2f}"
                                                                   for row in rows[:3]]
    townships = {f["XZQMC"] for f in project.mapLayer(dock.state.roles["township"]).getFeatures()}
    zones = {page.table.item(r, shown.index("Zone")).text() for r in range(page.table.rowCount())}
    assert townships <= zones
    # the key figures in 公顷, two decimals
    figures = {page.figures.item(r, 0).text(): page.figures.item(r, 1).text() for r in range(page.figures.rowCount())}
    assert figures["Total area (ha)"] == f"{expected / 1e4:,.2f}"
    assert len(group_layers(project, "status")) >= 1
    group = results.step_group(dock.pages["status"].step, project, create=False)
    assert group is not None and len(group.findLayers()) == len(group_layers(project, "status"))
    assert summary["status"] in (results.OK, results.ATTENTION)
    # the results and the light come back with the project
    saved = os.path.join(os.path.dirname(_), "再存.qgz")
    assert project.write(saved)
    project.clear()
    assert page.summary.get("status", "not_started") == "not_started"
    assert project.read(saved)
    assert dock.state.results["status"]["status"] == summary["status"]
    assert page.table.rowCount() == len(summary["table"]["rows"])
    assert len(group_layers(project, "status")) >= 1  # the result layers were saved with the project
    # a second run replaces the first run's layers, it does not add to them
    first = group_layers(project, "status")
    page.run()
    wait_for(page)
    assert len(group_layers(project, "status")) == len(first) and group_layers(project, "status") != first


def test_cancel_leaves_no_half_written_layer(dock, demo_project):
    from lantu.ui import runner

    project, _ = demo_project
    page = dock.pages["status"]
    page.run()
    wait_for(page)
    before_layers = group_layers(project, "status")
    root = runner.results_root(dock.state, project)
    final = os.path.join(root, "status")
    before_files = {n: os.path.getmtime(os.path.join(final, n)) for n in os.listdir(final)}
    page.run()
    staging = page.runner.staging
    from qgis.PyQt.QtCore import QCoreApplication

    start = time.time()
    while page.progress.value() == 0 and page.runner.running and time.time() - start < 10:
        QCoreApplication.processEvents()  # cancel mid-run, once the algorithm has begun to report
        time.sleep(0.01)
    page.cancel()
    wait_for(page)
    assert not os.path.exists(staging)
    assert [n for n in os.listdir(root) if n.startswith(".")] == []  # no staging folder left behind
    assert group_layers(project, "status") == before_layers
    assert {n: os.path.getmtime(os.path.join(final, n)) for n in os.listdir(final)} == before_files
    assert "Cancelled" in page.notes.text()


def test_a_missing_role_is_reported_on_the_page(dock, demo_project):
    project, _ = demo_project
    dock.roles_page.combos["current_landuse"].setLayer(None)
    assert "current_landuse" not in dock.state.roles
    page = dock.pages["status"]
    page.run()
    wait_for(page)
    runs = {r["algorithm"]: r for r in dock.state.results["status"]["runs"]}
    assert runs["lantu:landusestructure"]["state"] == "missing_role"
    assert runs["lantu:landusestructure"]["missing"] == ["current_landuse"]
    assert "Current land use" in page.notes.text() and "Layers page" in page.notes.text()
    assert group_layers(project, "status") == []
    assert dock.state.results["status"]["status"] == "attention"


def test_steps_with_algorithms_not_yet_in_this_version_do_not_break(dock, demo_project):
    from lantu.ui import steps
    from lantu.ui.step_page import StepPage

    project, _ = demo_project
    # every algorithm the bottom-lines step lists is in this version: each runs
    page = dock.pages["bottomlines"]
    page.run()
    wait_for(page)
    states = {r["algorithm"]: r["state"] for r in dock.state.results["bottomlines"]["runs"]}
    assert states == {"lantu:controllineoverlaps": "done", "lantu:landuseconflicts": "done"}
    # a step listing one this version lacks: shown as such, skipped, and the step is not judged on it
    later = StepPage(dock, steps.Step("later", "later", "later", (steps.Run("lantu:notyet", {"LANDUSE": steps.CURRENT}),)))
    later.refresh_algorithms()
    assert "lantu:notyet — not available in this version" in later.algorithms.text()
    later.run()
    wait_for(later)
    assert [(r["algorithm"], r["state"]) for r in dock.state.results["later"]["runs"]] == [("lantu:notyet", "not_available")]
    assert dock.state.results["later"]["status"] == "not_started"
    assert "lantu:notyet" not in later.notes.text() and group_layers(project, "later") == []


def test_targets_import_from_a_gbk_csv_with_chinese_headers(dock, tmp_path):
    path = tmp_path / "指标.csv"
    with open(path, "w", encoding="gbk", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["指标", "村级片区", "年份", "目标值", "单位", "约束"])
        writer.writerow(["耕地保有量", "", "2035", "5230.12", "公顷", "≥"])
        writer.writerow(["城乡建设用地规模", "", "2035", "926.49", "公顷", "≤"])
    dock.pages["targets"].import_csv(str(path))
    assert [t["value"] for t in dock.state.targets] == ["5230.12", "926.49"]
    assert dock.pages["targets"].status() == "done"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    dock.pages["targets"].import_csv(str(bad))
    assert "indicator" in dock.pages["targets"].message.text()
    assert len(dock.state.targets) == 2


def test_export_report_and_standard_maps(dock, demo_project, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtGui import QColor, QImage

    page = dock.pages["status"]
    page.run()
    wait_for(page)
    dock.set_setting("plan_name", "示范片区")
    report = dock.export_page.write_report(str(tmp_path / "review.html"))
    text = open(report, encoding="utf-8").read()
    assert "示范片区" in text and dock.pages["status"].step.title in text
    total = next(f["value"] for f in dock.state.results["status"]["figures"] if f["key"] == "TOTAL_AREA_M2")
    assert f"{total / 1e4:,.2f}" in text and "Total area (ha)" in text  # in 公顷, as the page shows it
    assert "area_m2" not in text and "kind" not in text  # the fields and their codes in words
    with open(tmp_path / "review.pdf", "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert os.path.getsize(tmp_path / "review.pdf") > 20_000  # tables and CJK glyphs, not an empty page
    assert "用地结构表" in dock.pages["status"].notes.text() and "file://" in dock.pages["status"].notes.text()
    task = dock.export_page.export_maps(str(tmp_path / "maps"))
    assert task is not None and dock.export_page.running()  # a background task: the call returned at once
    wait_for_export(dock)
    for _ in range(20):  # the task manager deletes the finished task
        QCoreApplication.processEvents()
    dock.cleanup()  # as when the plugin unloads (QGIS quits): no error about the task
    names = sorted(os.path.basename(p) for p in dock.export_page.written)
    assert names == sorted(f"{s}.{k}" for s in ("xianzhuang", "yongdi_guihua", "sanqu_sanxian") for k in ("pdf", "png"))
    image = QImage(str(tmp_path / "maps" / "yongdi_guihua.png"))
    assert image.width() > image.height() > 1000  # A3 landscape at 150 dpi
    # the map is drawn: many distinct colours, not a blank page
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 20
    # the scale bar sits on the map frame's lower-left corner (14–114 mm, 268–281 mm on the A3 page): the land
    # under it still shows, tinted, instead of a white box cut out of the map
    mm = image.width() / 420.0
    under = [QColor(image.pixel(int(x * mm), int(y * mm))) for x in range(15, 114) for y in range(268, 281)]
    tinted = [c for c in under if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 12]
    assert len(tinted) > 0.1 * len(under), len(tinted)
    with open(tmp_path / "maps" / "sanqu_sanxian.pdf", "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    # the 三区: the planned land use's zone codes (GHFQDM) drawn by first-level zone; 乡村发展区 (5xx) is most of
    # the demo's ground, so its colour covers a good part of the map
    from lantu.styles import ZONE_COLOURS

    three = QImage(str(tmp_path / "maps" / "sanqu_sanxian.png"))
    rural = QColor(ZONE_COLOURS["5"]).rgb() & 0xFFFFFF
    pixels = [three.pixel(x, y) & 0xFFFFFF for x in range(0, three.width(), 11) for y in range(0, three.height(), 11)]
    assert pixels.count(rural) > 0.05 * len(pixels)


def test_read_targets_csv_needs_indicator_and_value(tmp_path, qgis_app):
    from lantu.core import targets

    path = tmp_path / "t.csv"
    path.write_text("\ufeffindicator,value,year\n耕地保有量,10,2035\n\n", encoding="utf-8")
    assert targets.read(str(path)) == [{"indicator": "耕地保有量", "value": "10", "year": "2035"}]
    path.write_text("name,amount\n", encoding="utf-8")
    with pytest.raises(ValueError):
        targets.read(str(path))


def test_clicking_a_finding_zooms_to_it(dock, demo_project, qgis_iface):
    project, _ = demo_project
    canvas = qgis_iface.mapCanvas()
    erl = project.mapLayer(dock.state.roles["eco_redline"])
    canvas.setDestinationCrs(erl.crs())
    feature = next(erl.getFeatures())
    page = dock.pages["bottomlines"]
    page.show_summary({"runs": [], "findings": [{"layer": erl.id(), "fid": feature.id(), "text": "ERL×PBF"}]})
    page.findings.itemClicked.emit(page.findings.item(0))
    box = feature.geometry().boundingBox()
    extent = canvas.extent()
    assert extent.contains(box)
    assert extent.width() < 3 * max(box.width(), box.height())  # zoomed to it, not to the whole area


def test_results_of_the_bundled_demo_stay_out_of_the_plugin(qgis_iface, lantu_processing):
    from qgis.core import QgsApplication, QgsProject

    from lantu.ui import demo, runner
    from lantu.ui.state import PlanState

    project = QgsProject.instance()
    assert project.read(os.path.join(DEMO_DIR, "lantu_demo.qgz"))
    try:
        root = runner.results_root(PlanState(), project)
        # beside the copy of the demo in the profile, where the dock opens it: never in the plugin, never in /tmp
        assert root == os.path.join(QgsApplication.qgisSettingsDirPath(), "lantu", "demo", "lantu_demo_lantu")
        assert not os.path.abspath(root).startswith(DEMO_DIR) and demo.writable_folder() == os.path.dirname(root)
    finally:
        project.clear()


def test_a_failing_algorithm_is_reported_on_the_page_not_as_a_traceback(dock, demo_project):
    project, _ = demo_project
    dock.state.roles["current_landuse"] = dock.state.roles["roads"]  # a line layer where polygons are needed
    page = dock.pages["status"]
    page.run()
    wait_for(page)
    runs = {r["algorithm"]: r for r in dock.state.results["status"]["runs"]}
    assert runs["lantu:landusestructure"]["state"] == "failed"
    assert "choose the land-class code field" in page.notes.text()  # the algorithm's own message
    assert "Traceback" not in page.notes.text()
    assert dock.state.results["status"]["status"] == "attention"


def test_findings_are_loaded_styled_listed_and_flag_the_step(dock, demo_project, tmp_path):
    """The findings path, with a conflicts layer written by hand (the conflict algorithms land in other branches)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorFileWriter, QgsVectorLayer

    from lantu.ui import results, runner

    project, _ = demo_project
    root = runner.results_root(dock.state, project)
    os.makedirs(root, exist_ok=True)
    staging = os.path.join(root, ".bottomlines-test")
    os.makedirs(staging)
    memory = QgsVectorLayer("Polygon?crs=EPSG:4523&field=rule_id:string&field=rule_name:string&field=severity:string"
                            "&field=code:string&field=code_name:string&field=area_m2:double&field=area_ha:double",
                            "c", "memory")
    for i, x in enumerate((35540000, 35545000)):
        feature = QgsFeature(memory.fields())
        feature.setAttributes([f"R{i + 1}", "Construction land inside the redline", "error", "0701", "城镇住宅用地",
                               12345.0, 1.2345])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 3540000,{x + 100} 3540000,{x + 100} 3540100,{x} 3540000))"))
        memory.dataProvider().addFeature(feature)
    path = os.path.join(staging, "landuseconflicts_output.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, project.transformContext(), options)
    step = dock.pages["bottomlines"].step
    outcome = runner.RunOutcome("lantu:landuseconflicts", runner.DONE, "conflicts",
                                {"OUTPUT": path, "CONFLICT_COUNT": 2})
    summary = results.commit(step, [outcome], staging, dock.state, project)
    assert not os.path.exists(staging)
    assert summary["status"] == results.ATTENTION  # two conflicts are something to look at
    # a sentence per conflict: severity, rule and its id, the land class, the area in 公顷 with two decimals
    assert [f["text"] for f in summary["findings"]] == [
        f"error: Construction land inside the redline (R{i}) — 0701 城镇住宅用地, 1.23 ha" for i in (1, 2)]
    layer = project.mapLayer(summary["findings"][0]["layer"])
    assert layer.attributeDisplayName(layer.fields().indexOf("area_ha")) == "Area (ha)"  # aliases, names kept
    assert layer.fields().names()[1:] == ["rule_id", "rule_name", "severity", "code", "code_name", "area_m2", "area_ha"]
    layer = project.mapLayer(summary["findings"][0]["layer"])
    assert layer.source().startswith(os.path.join(root, "bottomlines"))
    categories = layer.renderer().categories()  # kept: each category owns its symbol
    error = next(c for c in categories if c.value() == "error").symbol()
    colour = error.symbolLayer(error.symbolLayerCount() - 1).strokeColor().name()
    assert colour == "#d00000"  # severity.qml's red outline for errors


def test_result_groups_sit_on_top_in_step_order_and_empty_steps_add_none(dock, demo_project):
    from lantu.ui import results

    project, _ = demo_project
    for key in ("bottomlines", "status"):  # bottom lines first: its algorithms may not be here yet
        dock.pages[key].run()
        wait_for(dock.pages[key])
    children = project.layerTreeRoot().children()
    keys = [c.customProperty(results.RESULT_PROPERTY) for c in children]
    lantu_keys = [k for k in keys if k]
    assert keys[:len(lantu_keys)] == lantu_keys  # on top
    assert lantu_keys == sorted(lantu_keys, key=["status", "targets", "bottomlines", "quality", "delivery"].index)
    for key in lantu_keys:
        group = next(c for c in children if c.customProperty(results.RESULT_PROPERTY) == key)
        assert group.findLayers(), f"empty group for {key}"


def test_parameters_are_filled_from_roles_fields_and_settings(dock, demo_project, tmp_path):
    from qgis.core import QgsApplication

    from lantu.ui import runner, steps

    project, _ = demo_project
    run = next(r for r in steps.step("status").runs if r.algorithm == "lantu:landusestructure")
    algorithm = QgsApplication.processingRegistry().algorithmById(run.algorithm)
    dock.roles_page.area_method.setCurrentIndex(1)
    dock.roles_page.area_method.activated.emit(1)  # as the planner's choice arrives
    params, missing = runner.resolve(run, algorithm, dock.state, str(tmp_path), project)
    assert missing == []
    layer = project.mapLayer
    # the task reads copies of its own, made here, never the layers the window draws
    assert own_copy(params["LANDUSE"], layer(dock.state.roles["current_landuse"])) and params["CODE_FIELD"] == "DLBM"
    assert own_copy(params["ZONES"], layer(dock.state.roles["township"])) and params["ZONE_FIELD"] == "XZQMC"
    assert params["AREA_METHOD"] == 1 and params["CLASSIFICATION"] == 0 and params["LEVEL"] == 1
    assert params["OUTPUT"] == str(tmp_path / "landusestructure_output.gpkg")
    assert params["REPORT"] == str(tmp_path / "landusestructure_report.html")
    assert set(params) <= {d.name() for d in algorithm.parameterDefinitions()}  # only what it declares


def test_a_layer_with_unsaved_edits_is_passed_as_itself(dock, demo_project):
    from lantu.ui.task_inputs import task_value

    project, _ = demo_project
    township = project.mapLayer(dock.state.roles["township"])
    assert own_copy(task_value(township), township)
    township.startEditing()
    township.changeAttributeValue(next(township.getFeatures()).id(), township.fields().indexOf("XZQMC"), "改名镇")
    try:
        assert task_value(township) is township  # only the layer itself knows the edit
    finally:
        township.rollBack()


def test_a_main_thread_algorithm_in_a_step_runs_there(dock, demo_project):
    """lantu:applystyle must not run in a worker thread; a step that lists it still works."""
    from lantu.ui import runner, steps

    project, _ = demo_project
    step = steps.Step("styles", "styles", "styles", (steps.Run("lantu:applystyle", {"INPUT": steps.Role("township")}),))
    done = []
    job = runner.StepRunner(step, dock.state, project)
    job.finished.connect(lambda outcomes, staging: done.append((outcomes, staging)))
    job.start()
    outcomes, staging = done[0]  # it ran at once, on this thread
    assert outcomes[0].state == runner.DONE and outcomes[0].results["STYLE_USED"] == "boundaries"
    assert outcomes[0].results["OUTPUT"] == dock.state.roles["township"]  # the project's own layer, styled
    import shutil as _shutil

    _shutil.rmtree(staging)


def test_scale_bar_segments_are_round_lengths(qgis_app):
    from lantu.ui.maps import nice_length

    assert [nice_length(v) for v in (0.73, 2.4, 1.0, 19.9, 0.0099)] == [0.5, 2.0, 1.0, 10.0, 0.005]


def test_targets_saved_with_a_cluster_load_with_their_scope(qgis_app):
    """Plans saved before core.targets named the column kept a target's village cluster as "cluster"."""
    import json

    from qgis.core import QgsProject

    from lantu.ui.state import PlanState

    project = QgsProject()
    project.writeEntry("lantu", "state", json.dumps({"targets": [{"indicator": "耕地保有量", "cluster": "东片", "value": "1"}]}))
    assert PlanState.load(project).targets == [{"indicator": "耕地保有量", "scope": "东片", "value": "1"}]
