"""The Layers page: the fields of each role (guessed, chosen, passed to the algorithms), the steps each role is needed
by, the planned zones for the zone rules, the unit areas are shown in, and the demo opened from a writable copy."""
import json
import os

from conftest import ROOT
from layers import DEMO_DIR, group_layers, wait_for

SUMMARY = json.load(open(os.path.join(ROOT, "resources", "demo", "summary.json"), encoding="utf-8"))


def test_fields_are_guessed_shown_and_passed_to_the_algorithms(dock, demo_project, tmp_path):
    from qgis.core import QgsApplication

    from lantu.ui import runner, steps

    project, _ = demo_project
    combos = dock.roles_page.field_combos
    shown = {key: combo.currentField() for key, combo in combos.items() if combo.currentField()}
    assert shown == {("current_landuse", "code"): "DLBM", ("current_landuse", "area"): "TBMJ",
                     ("current_landuse", "czcsxm"): "CZCSXM",
                     ("planned_landuse", "code"): "YDYHFLDM", ("planned_landuse", "zone_code"): "GHFQDM",
                     ("roads", "grade"): "GRADE", ("roads", "route"): "LXBM", ("roads", "width"): "WIDTH",
                     ("township", "name"): "XZQMC", ("villages", "name"): "XZQMC", ("villages", "population"): "POP",
                     ("village_clusters", "name"): "PQMC", ("settlements", "population"): "POP",
                     ("facilities", "facility_type"): "TYPE"}
    registry = QgsApplication.processingRegistry()

    def resolved(step, algorithm_id):
        run = next(r for r in steps.step(step).runs if r.algorithm == algorithm_id)
        return runner.resolve(run, registry.algorithmById(algorithm_id), dock.state, str(tmp_path), project)[0]

    planned = project.mapLayer(dock.state.roles["planned_landuse"])
    conflicts = resolved("bottomlines", "lantu:landuseconflicts")
    assert conflicts["ZONES"].source() == planned.source() and conflicts["ZONE_FIELD"] == "GHFQDM"
    assert resolved("status", "lantu:checklanduse")["AREA_FIELD"] == "TBMJ"
    assert resolved("quality", "lantu:homesteadrelocation")["POPULATION_FIELD"] == "POP"
    # the demo's service distances: a setting kept relative in the project, taken from the project's folder
    assert dock.state.settings["life_circle_radii"] == "life_circle_demo.csv"
    assert resolved("quality", "lantu:lifecircle")["RADII"] == os.path.join(os.path.dirname(project.fileName()),
                                                                           "life_circle_demo.csv")
    # the 三调 fields every parcel fills in are checked by default: those of the standard list the demo's DLTB has
    dltb_fields = set(project.mapLayer(dock.state.roles["current_landuse"]).fields().names())
    expected = [f for f in ("BSM", "TBBH", "DLBM", "DLMC", "QSDWDM", "ZLDWDM", "TBMJ") if f in dltb_fields]
    assert len(expected) == 7 and dock.roles_page.required_fields.text() == ",".join(expected)
    assert resolved("status", "lantu:checklanduse")["REQUIRED_FIELDS"] == ",".join(expected)
    dock.roles_page.required_fields.setText("")  # cleared on purpose: not checked, and said so
    dock.roles_page.required_fields.editingFinished.emit()
    assert "REQUIRED_FIELDS" not in resolved("status", "lantu:checklanduse")
    dock.roles_page.required_fields.setText("BSM,DLBM")
    dock.roles_page.required_fields.editingFinished.emit()
    assert resolved("status", "lantu:checklanduse")["REQUIRED_FIELDS"] == "BSM,DLBM"
    # the planner chooses another field, or none: the choice is passed, kept in the project, shown again
    combos[("current_landuse", "area")].setField("TBDLMJ")
    combos[("planned_landuse", "zone_code")].setField("")
    assert resolved("status", "lantu:checklanduse")["AREA_FIELD"] == "TBDLMJ"
    conflicts = resolved("bottomlines", "lantu:landuseconflicts")
    assert "ZONES" not in conflicts and "ZONE_FIELD" not in conflicts
    saved = str(tmp_path / "saved.qgz")
    assert project.write(saved)
    project.clear()
    assert project.read(saved)
    assert combos[("current_landuse", "area")].currentField() == "TBDLMJ"
    assert combos[("planned_landuse", "zone_code")].currentField() == ""


def test_the_layers_page_marks_the_steps_each_role_is_needed_by(dock, qgis_app):
    from lantu.ui import roles_page, steps

    # independently of the page: a role is required by a step when a run of it has a required Role on it
    for role in ("current_landuse", "village_clusters", "eco_redline"):
        required = [s.tab for s in steps.steps() if any(
            isinstance(spec, steps.Role) and spec.role == role and spec.required for r in s.runs for spec in r.parameters.values())]
        assert roles_page.steps_needing(role)[0] == required
    assert roles_page.needs_text("current_landuse") == "required: Current, Quality, Delivery"
    assert roles_page.needs_text("eco_redline") == "optional: Lines, Quality, Delivery"
    # and the page fits the dock: nothing clipped, no sideways scrolling
    assert dock.roles_page.minimumSizeHint().width() <= dock.minimumWidth()
    # every tab is in sight at the dock's least width, in English too (the longest words): no scrolling tab bar
    bar = dock.tabs.tabBar()
    assert bar.sizeHint().width() <= dock.minimumWidth(), (bar.sizeHint().width(), dock.minimumWidth())
    assert all(dock.tabs.tabText(i) or dock.tabs.tabToolTip(i) for i in range(dock.tabs.count()))


def test_the_planted_tbmj_fault_is_found_and_a_check_without_its_field_says_how_to_run_it(dock, demo_project):
    project, _ = demo_project
    page = dock.pages["status"]
    page.run()
    wait_for(page)
    summary = dock.state.results["status"]
    found = [f for f in summary["findings"] if "TBMJ" in f["text"]]
    assert len(found) == 1 and "+10.00 %" in found[0]["text"]
    assert "not checked" not in page.notes.text().lower()  # required fields too: the demo's 三调 fields by default
    # the finding is the planted parcel (summary.json, by BSM), drawn as a dot by severity
    findings = project.mapLayer(found[0]["layer"])
    assert findings.renderer().type() == "categorizedSymbol" and findings.renderer().classAttribute() == "severity"
    point = findings.getFeature(found[0]["fid"])
    dltb = project.mapLayer(dock.state.roles["current_landuse"])
    assert dltb.getFeature(point["src_fid"])["BSM"] == SUMMARY["faults"]["tbmj_plus_10pct_BSM"]
    # without an area field the check is not run, and the page says why and where to set it
    dock.roles_page.field_combos[("current_landuse", "area")].setField("")
    page.run()
    wait_for(page)
    summary = dock.state.results["status"]
    assert not [f for f in summary["findings"] if "TBMJ" in f["text"]]
    notes = page.notes.text()
    assert ("Recorded area differs from the computed area — not checked: no Recorded area (m²) field is chosen for "
            "Current land use (三调 DLTB); choose it on the Layers page") in notes


def test_the_zone_rules_are_checked_with_the_planned_zone_code(dock, demo_project):
    page = dock.pages["bottomlines"]
    page.run()
    wait_for(page)
    table = dock.state.results["bottomlines"]["table"]
    status = {row[table["headers"].index("rule_id")]: row[table["headers"].index("status")] for row in table["rows"]}
    assert {k: v for k, v in status.items() if k.startswith("ZONE")} == {f"ZONE-0{i}": "" for i in range(1, 5)}
    dock.roles_page.field_combos[("planned_landuse", "zone_code")].setField("")
    page.run()
    wait_for(page)
    table = dock.state.results["bottomlines"]["table"]
    rows = {row[table["headers"].index("rule_id")]: row for row in table["rows"]}
    reason = rows["ZONE-01"][table["headers"].index("status")]
    assert reason.startswith("not checked: no planning zones are given; choose the planned land use's planning-zone "
                             "code field (GHFQDM)")
    assert "ZONE-03" in page.notes.text() and rows["PBF-01"][table["headers"].index("status")] == ""


def test_result_layers_carry_readable_aliases_and_areas_show_in_mu_on_request(dock, demo_project):
    project, _ = demo_project
    page = dock.pages["bottomlines"]
    page.run()
    wait_for(page)
    for layer_id in group_layers(project, "bottomlines"):
        layer = project.mapLayer(layer_id)
        for i, name in enumerate(layer.fields().names()):
            if name != "fid":
                assert layer.attributeDisplayName(i) != name, (layer.name(), name)
    overlap = next(f["value"] for f in dock.state.results["bottomlines"]["figures"] if f["key"] == "OVERLAP_AREA_M2")
    dock.roles_page.area_unit.setCurrentIndex(1)
    dock.roles_page.area_unit.activated.emit(1)
    figures = {page.figures.item(r, 0).text(): page.figures.item(r, 1).text() for r in range(page.figures.rowCount())}
    assert figures["Overlap area (mu)"] == f"{overlap / (10000 / 15):,.2f}"
    headers = [page.table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(page.table.columnCount())]
    assert "Area (mu)" in headers and "Area (ha)" not in headers


def test_the_demo_opens_from_a_writable_copy_with_its_results_beside_it(dock, qgis_app, tmp_path, monkeypatch):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from lantu.ui import demo, runner

    monkeypatch.setattr(demo, "writable_folder", lambda: str(tmp_path / "profile" / "lantu" / "demo"))
    project = dock.project
    assert dock.load_demo()
    assert project.fileName() == str(tmp_path / "profile" / "lantu" / "demo" / "lantu_demo.qgz")
    assert runner.results_root(dock.state, project) == str(tmp_path / "profile" / "lantu" / "demo" / "lantu_demo_lantu")
    assert len(project.mapLayers()) >= 10 and all(
        not layer.source().startswith(DEMO_DIR) for layer in project.mapLayers().values())
    # the bundled demo opened as it is is swapped for the copy once QGIS has read it
    assert QgsProject.instance() is project and project.read(os.path.join(DEMO_DIR, "lantu_demo.qgz"))
    for _ in range(5):
        QCoreApplication.processEvents()
    assert project.fileName() == str(tmp_path / "profile" / "lantu" / "demo" / "lantu_demo.qgz")
    project.clear()
