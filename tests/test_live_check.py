"""边画边检 on the demo: edits made through the layers' edit buffers (as the map tools make them) produce and remove
exactly the findings expected, each figure recomputed here with QGIS's own geometry engine; the save question lists
the errors left and 'go back' keeps every edit unsaved."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

CODE = "YDYHFLDM"
CONSTRUCTION = ("07", "08", "09", "10", "11", "12", "13", "14", "15", "16")  # ERL-01's classes, from the rule table's text


class Asker:
    """The save question, answered as the test says; what it was asked is kept."""

    def __init__(self, answer):
        self.answer, self.asked = answer, []

    def __call__(self, layer, sentences):
        self.asked.append((layer.name(), list(sentences)))
        return self.answer


@pytest.fixture()
def plan(demo_project, qgis_iface):
    from lantu.ui.state import PlanState, guess_roles

    project = demo_project[0]
    state = PlanState(roles=guess_roles(project))
    state.save(project)
    return project, state


@pytest.fixture()
def live(plan, qgis_iface):
    from lantu.ui.live_check import LiveCheck

    project, _ = plan
    asker = Asker(False)
    check = LiveCheck(project, qgis_iface, asker=asker)
    check.asker_used = asker
    check.set_on(True)
    yield check
    check.close()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.isEditable():
            layer.rollBack()


def role_layer(plan, role):
    project, state = plan
    return project.mapLayer(state.roles[role])


def union_of(layer):
    return QgsGeometry.unaryUnion([f.geometry() for f in layer.getFeatures()])


def prepared(polygon):
    engine = QgsGeometry.createGeometryEngine(polygon.constGet())
    engine.prepareGeometry()
    return engine


def inside(polygon, layer, codes_not):
    """The first feature of `layer` wholly inside `polygon` whose code does not start with `codes_not`."""
    engine = prepared(polygon)
    return next(f for f in layer.getFeatures() if not f[CODE].startswith(codes_not) and engine.contains(f.geometry().constGet()))


def enclosed(layer, feature):
    """Whether other features border all of the feature's outline (it lies inside the tiling, not on its edge)."""
    outline = feature.geometry()
    others = QgsGeometry.unaryUnion([f.geometry() for f in layer.getFeatures(outline.boundingBox().buffered(1.0))
                                     if f.id() != feature.id()])
    edge, walls = QgsGeometry(outline.constGet().boundary()), QgsGeometry(others.constGet().boundary())
    return edge.intersection(walls).length() > 0.99 * outline.length()


def rule_findings(live, layer):
    session = live.sessions[layer.id()]
    rule_ids = set(session.rules_by_id)
    return {(f.rule_id, f.fid): f for f in session.checker.findings.values() if f.rule_id in rule_ids}


def output_rows(live):
    layer = live.output.layer()
    return [] if layer is None else [(f["rule_id"], f["src_fid"], f["severity"]) for f in layer.getFeatures()]


def test_a_code_changed_to_0701_inside_the_redline_is_found_and_undo_removes_it(plan, live):
    ghyd, erl = role_layer(plan, "planned_landuse"), role_layer(plan, "eco_redline")
    redline = union_of(erl)
    parcel = inside(redline, ghyd, CONSTRUCTION)
    ghyd.startEditing()
    assert live.action.isChecked() and ghyd.id() in live.sessions
    ghyd.changeAttributeValue(parcel.id(), ghyd.fields().indexOf(CODE), "0701")
    live.flush()
    found = rule_findings(live, ghyd)
    # 0701 wholly inside the redline: ERL-01 over the whole parcel; outside the urban boundary too: UDB-01
    boundary = union_of(role_layer(plan, "urban_boundary"))
    expected = {("ERL-01", parcel.id())}
    if parcel.geometry().difference(boundary).area() > 0.01:
        expected.add(("UDB-01", parcel.id()))
    assert set(found) == expected
    assert found[("ERL-01", parcel.id())].area == pytest.approx(parcel.geometry().intersection(redline).area(), rel=1e-9)
    assert ("ERL-01", parcel.id(), "error") in output_rows(live)
    message = live.sessions[ghyd.id()].messages[found[("ERL-01", parcel.id())].key]
    assert "ERL-01" in message and "0701" in message
    ghyd.undoStack().undo()
    live.flush()
    assert rule_findings(live, ghyd) == {}
    assert not any(row[1] == parcel.id() for row in output_rows(live))


def test_a_parcel_moved_into_permanent_farmland_is_found_with_its_overlaps_and_the_gap_it_leaves(plan, live):
    ghyd, pbf = role_layer(plan, "planned_landuse"), role_layer(plan, "permanent_farmland")
    farmland = union_of(pbf)
    engine = prepared(farmland)
    forest = [f for f in ghyd.getFeatures() if f[CODE].startswith("03") and not engine.intersects(f.geometry().constGet())]
    parcel = next(f for f in sorted(forest, key=lambda f: f.geometry().area()) if enclosed(ghyd, f))  # a small one
    target = next(f.geometry() for f in pbf.getFeatures() if f.geometry().area() > 20 * parcel.geometry().area())
    here, there = parcel.geometry().centroid().asPoint(), target.pointOnSurface().asPoint()
    moved = QgsGeometry(parcel.geometry())
    moved.translate(there.x() - here.x(), there.y() - here.y())
    ghyd.startEditing()
    ghyd.changeGeometry(parcel.id(), moved)
    live.flush()
    found = rule_findings(live, ghyd)
    assert ("PBF-01", parcel.id()) in found  # forest inside permanent farmland
    assert found[("PBF-01", parcel.id())].area == pytest.approx(moved.intersection(farmland).area(), rel=1e-9)
    session = live.sessions[ghyd.id()]
    overlaps = {f.detail["other"][1]: f.area for f in session.checker.findings.values() if f.rule_id == "self_overlap"}
    expected = {f.id(): moved.intersection(f.geometry()).area() for f in ghyd.getFeatures()
                if f.id() != parcel.id() and moved.intersection(f.geometry()).area() > 1.0}
    assert overlaps.keys() == expected.keys() and expected
    for fid, area in expected.items():
        assert overlaps[fid] == pytest.approx(area, rel=1e-6)
    gaps = sum(f.area for f in session.checker.findings.values() if f.rule_id == "gap")
    assert gaps == pytest.approx(parcel.geometry().area(), rel=0.01)  # the hole where it was, in a tiling
    ghyd.undoStack().undo()
    live.flush()
    assert session.checker.findings == {}
    assert output_rows(live) == []


def test_a_deleted_feature_takes_its_findings_with_it_and_leaves_a_gap_until_undone(plan, live):
    ghyd, erl = role_layer(plan, "planned_landuse"), role_layer(plan, "eco_redline")
    redline = union_of(erl)
    parcel = inside(redline, ghyd, CONSTRUCTION)
    ghyd.startEditing()
    ghyd.changeAttributeValue(parcel.id(), ghyd.fields().indexOf(CODE), "0701")
    live.flush()
    assert ("ERL-01", parcel.id()) in rule_findings(live, ghyd)
    ghyd.deleteFeature(parcel.id())
    live.flush()
    session = live.sessions[ghyd.id()]
    assert {f.rule_id for f in session.checker.findings.values()} == {"gap"}
    assert sum(f.area for f in session.checker.findings.values()) == pytest.approx(parcel.geometry().area(), rel=0.01)
    ghyd.undoStack().undo()  # the deletion
    live.flush()
    assert ("ERL-01", parcel.id()) in rule_findings(live, ghyd)
    assert not any(f.rule_id == "gap" for f in session.checker.findings.values())


def test_a_permanent_farmland_feature_drawn_over_the_urban_boundary_overlaps_it(plan, live):
    pbf, udb = role_layer(plan, "permanent_farmland"), role_layer(plan, "urban_boundary")
    boundary = next(udb.getFeatures()).geometry()
    feature = min(pbf.getFeatures(), key=lambda f: f.geometry().distance(boundary))
    edge = boundary.vertexAt(0)  # a corner of the boundary: the feature put astride it
    moved = QgsGeometry(feature.geometry())
    centre = moved.centroid().asPoint()
    moved.translate(edge.x() - centre.x(), edge.y() - centre.y())
    pbf.startEditing()
    pbf.changeGeometry(feature.id(), moved)
    live.flush()
    session = live.sessions[pbf.id()]
    pieces = {f.detail["other"]: f.area for f in session.checker.findings.values() if f.rule_id == "PBF×UDB"}
    expected = {("UDB", f.id()): moved.intersection(f.geometry()).area() for f in udb.getFeatures()
                if moved.intersection(f.geometry()).area() > 0.01}
    assert pieces.keys() == expected.keys() and expected
    for key, area in expected.items():
        assert pieces[key] == pytest.approx(area, rel=1e-6)
    pbf.undoStack().undo()
    live.flush()
    assert not any(f.rule_id == "PBF×UDB" for f in session.checker.findings.values())


def test_saving_with_errors_asks_and_going_back_keeps_the_edits_unsaved(plan, live):
    ghyd, erl = role_layer(plan, "planned_landuse"), role_layer(plan, "eco_redline")
    redline = union_of(erl)
    parcel = inside(redline, ghyd, CONSTRUCTION)
    before = parcel[CODE]
    ghyd.startEditing()
    ghyd.changeAttributeValue(parcel.id(), ghyd.fields().indexOf(CODE), "0701")
    live.flush()
    errors = [live.sessions[ghyd.id()].messages[k] for k, f in live.sessions[ghyd.id()].checker.findings.items()
              if f.severity == "error"]
    ghyd.commitChanges()
    asked = live.asker_used.asked
    assert len(asked) == 1 and asked[0][0] == ghyd.name() and sorted(asked[0][1]) == sorted(errors)
    assert any("ERL-01" in sentence for sentence in asked[0][1])
    for _ in range(3):
        QCoreApplication.processEvents()
    on_disk = QgsVectorLayer(ghyd.source(), "on disk", "ogr")
    assert on_disk.getFeature(parcel.id())[CODE] == before  # nothing was written
    assert ghyd.isEditable() and ghyd.isModified() and ghyd.getFeature(parcel.id())[CODE] == "0701"
    live.flush()
    assert ("ERL-01", parcel.id()) in rule_findings(live, ghyd)  # the finding is back with the edit
    live.asker_used.answer = True  # now the planner saves anyway
    assert ghyd.commitChanges()
    assert len(asked) == 2
    assert QgsVectorLayer(ghyd.source(), "on disk", "ogr").getFeature(parcel.id())[CODE] == "0701"


def test_an_edit_without_errors_saves_without_a_question(plan, live):
    ghyd = role_layer(plan, "planned_landuse")
    parcel = next(f for f in ghyd.getFeatures() if f[CODE] == "0301")
    ghyd.startEditing()
    ghyd.changeAttributeValue(parcel.id(), ghyd.fields().indexOf(CODE), "0301")  # the same code again
    assert ghyd.commitChanges()
    assert live.asker_used.asked == []


def test_the_action_is_named_checkable_and_off_means_no_session(plan, qgis_iface):
    from lantu.ui.live_check import LiveCheck

    check = LiveCheck(plan[0], qgis_iface)
    assert check.action.objectName() == "lantu_live_check" and check.action.isCheckable()
    ghyd = role_layer(plan, "planned_landuse")
    ghyd.startEditing()
    try:
        assert check.sessions == {}  # off: edits are not watched
        check.action.setChecked(True)  # on while a role layer is in edit mode: its session starts at once
        assert ghyd.id() in check.sessions
        check.action.setChecked(False)
        assert check.sessions == {}
    finally:
        ghyd.rollBack()
        check.close()


# --- the same answers as the steps --------------------------------------------------------------------------------
CODES = ("0701", "0103", "0301", "1202", "0602", "0801", "2301", "0101", "1001")
EDIT = st.one_of(
    st.tuples(st.just("code"), st.integers(0, 39), st.sampled_from(CODES)),
    st.tuples(st.just("move"), st.integers(0, 39), st.integers(-300, 300), st.integers(-300, 300)),
    st.tuples(st.just("delete"), st.integers(0, 39)),
    st.tuples(st.just("copy"), st.integers(0, 39), st.integers(-300, 300), st.integers(-300, 300)),
    st.tuples(st.just("undo")))


def edit(layer, step, parcels, touched):
    """One edit through the edit buffer, as a map tool or the attribute table makes it."""
    from qgis.core import QgsFeature

    kind, fid = step[0], (parcels[step[1] % len(parcels)] if len(step) > 1 else None)
    feature = layer.getFeature(fid) if fid is not None else None
    if kind == "undo":
        layer.undoStack().undo()
        return
    if not feature.isValid():  # deleted by an earlier step
        return
    if kind != "copy":  # a copy touches only itself (the new feature): its original stays as it was
        touched.add(fid)
    if kind == "code":
        layer.changeAttributeValue(fid, layer.fields().indexOf(CODE), step[2])
    elif kind == "move":
        geometry = QgsGeometry(feature.geometry())
        geometry.translate(step[2], step[3])
        layer.changeGeometry(fid, geometry)
    elif kind == "delete":
        layer.deleteFeature(fid)
    else:  # a copy pasted beside the original
        copy = QgsFeature(feature)
        geometry = QgsGeometry(feature.geometry())
        geometry.translate(step[2], step[3])
        copy.setGeometry(geometry)
        layer.addFeature(copy)


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(EDIT, min_size=1, max_size=8))
def test_after_any_edits_the_live_findings_are_what_landuseconflicts_reports(plan, live, steps):
    import processing

    ghyd = role_layer(plan, "planned_landuse")
    erl = union_of(role_layer(plan, "eco_redline"))
    engine = prepared(erl)
    # parcels on the redline's edge and the urban boundary's: where the rules change with each edit
    parcels = [f.id() for f in ghyd.getFeatures() if engine.intersects(f.geometry().constGet())][:40]
    ghyd.startEditing()
    try:
        touched = set()
        for step in steps:
            edit(ghyd, step, parcels, touched)
        live.flush()
        live_found = {(f.rule_id, f.fid): (f.severity, f.area) for f in rule_findings(live, ghyd).values()}
        result = processing.run("lantu:landuseconflicts", {
            "LANDUSE": ghyd, "CODE_FIELD": CODE, "PERMANENT_FARMLAND": role_layer(plan, "permanent_farmland"),
            "ECO_REDLINE": role_layer(plan, "eco_redline"), "URBAN_BOUNDARY": role_layer(plan, "urban_boundary"),
            "OUTPUT": "memory:"})
        added = {f.id() for f in ghyd.getFeatures() if f.id() < 0}  # pasted copies are touched too
        step_found = {(f["rule_id"], f["src_fid"]): (f["severity"], f["area_m2"]) for f in result["OUTPUT"].getFeatures()
                      if f["src_fid"] in touched | added}
        assert live_found.keys() == step_found.keys()
        for key, (severity, area) in step_found.items():
            assert live_found[key][0] == severity
            assert live_found[key][1] == pytest.approx(area, rel=1e-9, abs=1e-6)
    finally:
        ghyd.rollBack()
        live.flush()


def test_the_targets_follow_the_edits_as_indicatorbreakdown_computes_them(plan, qgis_iface, tmp_path):
    import processing

    from lantu.core import targets as core_targets
    from lantu.core.roles import NAME
    from lantu.ui.live_check import LiveCheck

    project, state = plan
    state.targets = [{"indicator": "耕地保有量", "scope": "合计", "value": "1000", "unit": "公顷", "direction": "≥"},
                     {"indicator": "城乡建设用地规模", "scope": "天田烤烟生产片区", "value": "60", "unit": "公顷"},
                     {"indicator": "耕地保有量", "scope": "天田烤烟生产片区", "value": "80", "unit": "公顷"},
                     {"indicator": "永久基本农田保护面积", "scope": "合计", "value": "1800", "unit": "公顷"}]
    state.save(project)
    ghyd, clusters = role_layer(plan, "planned_landuse"), role_layer(plan, "village_clusters")
    live = LiveCheck(project, qgis_iface)
    live.set_on(True)
    ghyd.startEditing()
    try:
        assert {row.status for row in live.target_rows(wait=True)} <= {"met", "not_met"} and live.target_rows(wait=True)
        farmland = [f for f in ghyd.getFeatures() if f[CODE].startswith("01")][:25]
        for feature in farmland[:15]:  # farmland built on, and some forest ploughed
            ghyd.changeAttributeValue(feature.id(), ghyd.fields().indexOf(CODE), "0701")
        for feature in [f for f in ghyd.getFeatures() if f[CODE].startswith("03")][:10]:
            ghyd.changeAttributeValue(feature.id(), ghyd.fields().indexOf(CODE), "0103")
        ghyd.deleteFeature(farmland[20].id())
        live.flush()
        rows = {(r.target.indicator, r.target.scope): r for r in live.target_rows(wait=True)}
        path = str(tmp_path / "targets.csv")
        core_targets.write(state.targets, path)
        check = processing.run("lantu:indicatorbreakdown", {
            "CLUSTERS": clusters, "NAME_FIELD": state.field("village_clusters", NAME, project), "PLANNED": ghyd,
            "PLANNED_CODE_FIELD": CODE, "PERMANENT_FARMLAND": role_layer(plan, "permanent_farmland"),
            "ECO_REDLINE": role_layer(plan, "eco_redline"), "TARGETS": path, "OUTPUT": "memory:",
            "CHECK": "memory:"})["CHECK"]
        step = {(f["indicator"], "" if f["scope"] in ("Total", "合计") else f["scope"]): f for f in check.getFeatures()}
        assert rows.keys() == step.keys()
        for key, row in rows.items():
            assert row.planned_ha == pytest.approx(step[key]["planned_ha"], abs=1e-6)
            assert row.status == step[key]["status"]
        # and one figure without either: 耕地 (01) of the edited layer, in 公顷, by QGIS's own areas
        arable = sum(f.geometry().area() for f in ghyd.getFeatures() if str(f[CODE]).startswith("01")) / 1e4
        assert rows[("farmland", "")].planned_ha == pytest.approx(arable, abs=1e-6)
    finally:
        ghyd.rollBack()
        live.close()


def test_the_dock_lists_the_findings_and_a_click_zooms_to_one(dock, qgis_iface):
    from qgis.PyQt.QtWidgets import QToolButton

    from lantu.ui.live_page import KEY_ROLE

    page, live = dock.live_page, dock.live
    assert page.findChild(QToolButton).defaultAction() is live.action
    project = dock.project
    ghyd = project.mapLayer(dock.state.roles["planned_landuse"])
    redline = union_of(project.mapLayer(dock.state.roles["eco_redline"]))
    parcel = inside(redline, ghyd, CONSTRUCTION)
    live.action.setChecked(True)
    ghyd.startEditing()
    try:
        ghyd.changeAttributeValue(parcel.id(), ghyd.fields().indexOf(CODE), "0701")
        live.flush()
        texts = [page.list.item(i).text() for i in range(page.list.count())]
        assert any("ERL-01" in t for t in texts) and page.list.count() == len(live.findings())
        item = next(page.list.item(i) for i in range(page.list.count()) if "ERL-01" in page.list.item(i).text())
        canvas = qgis_iface.mapCanvas()
        canvas.setDestinationCrs(ghyd.crs())
        canvas.setExtent(ghyd.extent())
        page.list.itemClicked.emit(item)
        shown = canvas.extent()
        box = parcel.geometry().boundingBox()
        assert shown.contains(box) and shown.width() < 20 * box.width() + 1000  # zoomed in on it, not the whole map
        assert item.data(KEY_ROLE)[1] == "ERL-01"
        ghyd.undoStack().undo()
        live.flush()
        assert page.list.count() == 0
    finally:
        ghyd.rollBack()
        live.action.setChecked(False)
