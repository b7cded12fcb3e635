"""The shipped model lantu:bottomlinechecks as the Toolbox, qgis_process and the Model Designer see it."""
import os

from conftest import DEMO_GPKG, ROOT, run_algorithm
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsVectorLayer

MODEL = os.path.join(ROOT, "resources", "models", "bottomlinechecks.model3")
OUTPUTS = ["overlaps:OVERLAPS", "conflicts:CONFLICTS", "conflicts:SUMMARY"]


def demo(layer):
    return f"{DEMO_GPKG}|layername={layer}"


def registered():
    return QgsApplication.processingRegistry().algorithmById("lantu:bottomlinechecks")


def test_bundled_model_runs_the_checks(lantu_processing, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    assert {c.algorithmId() for c in model.childAlgorithms().values()} == {"lantu:controllineoverlaps", "lantu:landuseconflicts"}
    outputs = {name: str(tmp_path / f"{i}.gpkg") for i, name in enumerate(OUTPUTS)}
    result = processing.run("lantu:bottomlinechecks", {
        "LANDUSE": demo("ghyd"), "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"),
        "URBAN_BOUNDARY": demo("czkfbj"), "MIN_AREA": 0, **outputs})
    direct, _ = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": demo("ghyd"), "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"),
        "URBAN_BOUNDARY": demo("czkfbj"), "OUTPUT": "memory:", "SUMMARY": "memory:"})
    conflicts = QgsVectorLayer(result["conflicts:CONFLICTS"], "c", "ogr")
    assert conflicts.featureCount() == direct["CONFLICT_COUNT"] > 0
    overlaps = QgsVectorLayer(result["overlaps:OVERLAPS"], "o", "ogr")
    assert overlaps.featureCount() > 0


def test_the_registered_model_advertises_its_outputs_in_lantus_own_group(lantu_processing):
    model = registered()
    assert sorted(o.name() for o in model.outputDefinitions()) == sorted(OUTPUTS)
    assert all(d.defaultValue() == "TEMPORARY_OUTPUT" for d in model.destinationParameterDefinitions())
    # one group in the Toolbox: the model's group id is the algorithms' own, not its group's text
    bottom_lines = {a.groupId() for a in lantu_processing.algorithms() if a.group() == model.group()}
    assert model.groupId() == "bottomlines" and bottom_lines == {"bottomlines"}


def test_the_model_speaks_the_interface_language(lantu_processing, lantu):
    from lantu import translation

    translator = translation.install_translator("zh_CN")
    try:
        model = registered().create()
        labels = {d.name(): d.description() for d in model.parameterDefinitions()}
        assert labels["LANDUSE"] == translation.tr("Land use (用地用海 or 三调)") != "Land use (用地用海 or 三调)"
        assert labels["conflicts:SUMMARY"] == translation.tr("Conflicts by rule") != "Conflicts by rule"
        assert translation.tr("Edit model…") in model.shortHelpString()
    finally:
        translation.remove_translator(translator)


def test_edit_model_opens_a_copy_that_saves_elsewhere(lantu_processing, lantu):
    from lantu.ui import model_actions

    model = registered()
    actions = model_actions.register()
    try:
        action = actions[0]
        action.setData(model, None)
        assert action.isEnabled()
        action.setData(QgsApplication.processingRegistry().algorithmById("native:buffer"), None)
        assert not action.isEnabled()
        copy = model_actions.editable_copy(model)
        assert copy.sourceFilePath() == "" and model.sourceFilePath() == MODEL
        assert sorted(copy.childAlgorithms()) == sorted(model.childAlgorithms())
    finally:
        model_actions.unregister(actions)
