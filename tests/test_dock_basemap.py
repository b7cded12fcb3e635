"""现状研判's 生成规划底图: the base map written beside the project, classed as the conversion table says, offered as the
planned land use, its undecided parcels listed."""
import csv
import os
from collections import Counter

from conftest import ROOT
from layers import wait_for
from qgis.core import QgsFeatureRequest

TABLE = os.path.join(ROOT, "resources", "tables", "sandiao_to_ydyh.csv")


def one_to_one():
    """{三调 DLBM: 用地用海 code} of the table's one-to-one rows, read here without the plugin."""
    with open(TABLE, encoding="utf-8-sig") as handle:
        return {row["dlbm"]: row["ydyh_code"] for row in csv.DictReader(handle)
                if row["needs_split"].strip().lower() == "no" and row["ydyh_code"]}


def make(dock, accept):
    panel = dock.pages["status"].basemap
    asked = []
    panel.ask = lambda layer: asked.append(layer) or accept
    panel.button.click()
    wait_for(panel)
    return panel, asked


def test_the_base_map_is_written_beside_the_project_and_taken_as_planned(dock, demo_project):
    from lantu.ui import runner

    project, path = demo_project
    current = dock.state.layer("current_landuse", project)
    assert current is not None
    panel, asked = make(dock, accept=True)
    root = runner.results_root(dock.state, project)
    written = os.path.join(root, "base_map.gpkg")
    assert os.path.dirname(root) == os.path.dirname(path)  # beside the project
    assert os.path.exists(written), panel.notes.text()
    assert not [n for n in os.listdir(root) if n.startswith(".basemap-")]  # no staging left behind
    assert len(asked) == 1
    base = asked[0]
    assert os.path.normpath(base.source().split("|")[0]) == os.path.normpath(written)
    assert base.featureCount() == current.featureCount()
    assert project.mapLayer(base.id()) is base
    assert base.renderer().classAttribute() == "YDYHFLDM"  # the 用地用海 colours

    # a one-to-one class lands on the table's class
    table = one_to_one()
    counts = Counter(f["DLBM"] for f in current.getFeatures())
    dlbm = next(code for code, _ in counts.most_common() if code in table)
    request = QgsFeatureRequest().setFilterExpression(f"\"DLBM\" = '{dlbm}'")
    got = {f["YDYHFLDM"] for f in base.getFeatures(request)}
    assert got == {table[dlbm]}, (dlbm, got)

    # accepted: it is the planned land use now, on the Layers page too
    assert dock.state.layer("planned_landuse", project) is base
    assert dock.roles_page.combos["planned_landuse"].currentLayer() is base

    # the undecided parcels are counted and listed, each zooming to its parcel
    undecided = sum(1 for _ in base.getFeatures(QgsFeatureRequest().setFilterExpression("\"status\" = 'undecided'")))
    assert panel.undecided_count == undecided
    assert undecided > 0  # the demo has one-to-many classes (05H1, 08H2 …): the list is exercised
    assert str(undecided) in panel.undecided_label.text()
    assert panel.undecided.count() == min(undecided, 500)
    if undecided:
        layer_id, fid = panel.undecided.item(0).data(0x0100)  # Qt.ItemDataRole.UserRole
        assert layer_id == base.id() and base.getFeature(fid)["status"] == "undecided"


def test_declined_leaves_the_planned_role_and_a_second_run_keeps_the_first(dock, demo_project):
    project, _ = demo_project
    planned = dock.state.layer("planned_landuse", project)
    _, first = make(dock, accept=False)
    assert dock.state.layer("planned_landuse", project) is planned
    _, second = make(dock, accept=False)
    paths = [layer.source().split("|")[0] for layer in first + second]
    assert os.path.basename(paths[0]) == "base_map.gpkg" and os.path.basename(paths[1]) == "base_map_2.gpkg"
    assert all(os.path.exists(p) for p in paths)
