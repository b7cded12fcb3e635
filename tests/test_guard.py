"""The guard every Lantu algorithm runs inside (processing_provider/bridge/guard.py, destinations.py): errors
in the planner's words with the traceback in the QGIS log, and no output written over an input or into a
folder that does not exist — for the sixteen algorithms, for a new one, and inside the shipped model."""
import hashlib
import os
import shutil

import faults
import probe
import pytest
from conftest import run_algorithm
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsVectorLayer

from lantu.processing_provider import bridge


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return faults.make_base(str(tmp_path_factory.mktemp("guard")))


@pytest.fixture()
def copy(base, tmp_path):
    """A copy of the base GeoPackage, to be offered as an output."""
    path = str(tmp_path / "input.gpkg")
    shutil.copyfile(base["gpkg"], path)
    return path


@pytest.fixture()
def lantu_log():
    """Messages the QGIS message log receives under the tag Lantu."""
    received = []

    def keep(message, tag, level):
        if tag == "Lantu":
            received.append(message)
    QgsApplication.messageLog().messageReceived.connect(keep)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def test_every_registered_algorithm_runs_inside_the_guard(lantu_processing):
    from lantu.processing_provider.algorithms import ALGORITHMS

    algorithms = [a for a in lantu_processing.algorithms() if isinstance(a, bridge.LantuAlgorithm)]
    assert len(algorithms) == len(ALGORITHMS) >= 17
    assert all(getattr(type(a).processAlgorithm, "lantu_guarded", False) for a in algorithms)


def test_an_unexpected_error_of_a_new_algorithm_is_told_in_the_planners_words(lantu_processing, lantu_log):
    with pytest.raises(QgsProcessingException) as error:
        probe.run(probe.Boom, {})
    message = str(error.value)
    assert message.startswith("Boom stopped on something it did not expect") and "QGIS log" in message
    assert "Traceback" not in message and "ZeroDivisionError" not in message and "line " not in message
    # the whole story is in the QGIS log, under Lantu
    assert any("Traceback" in m and "ZeroDivisionError: division by zero" in m and "probe.py" in m for m in lantu_log)


def test_the_feedback_gets_one_short_line(lantu_processing):
    algorithm = probe.Boom()
    algorithm.initAlgorithm()
    from conftest import LoggingFeedback
    from qgis.core import QgsProcessingContext

    feedback = LoggingFeedback()
    with pytest.raises(QgsProcessingException):
        algorithm.run({}, QgsProcessingContext(), feedback, {}, False)
    errors = [m for kind, m in feedback.messages if kind == "error"]
    assert errors == ["Boom: unexpected error (details in the QGIS log, tab Lantu)."]


def test_an_error_while_reading_names_the_layer_and_the_feature(lantu_processing):
    with pytest.raises(QgsProcessingException) as error:
        probe.run(probe.BoomWhileReading, {})
    assert "while reading parcels (dltb), feature 7" in str(error.value) and "KeyError" not in str(error.value)


def test_a_deliberate_refusal_passes_unchanged(lantu_processing, lantu_log):
    with pytest.raises(QgsProcessingException) as error:
        probe.run(probe.Refusing, {})
    assert str(error.value) == "Give at least two of the three control lines."
    assert not lantu_log


# --- destinations ------------------------------------------------------------------------------------
def structure(gpkg, **outputs):
    return {"LANDUSE": f"{gpkg}|layername=dltb", "CODE_FIELD": "DLBM", "OUTPUT": "memory:", **outputs}


@pytest.mark.parametrize("output", ["OUTPUT", "OUTPUT as ogr:", "REPORT"])
def test_an_output_onto_the_input_file_is_refused_before_anything_is_written(lantu_processing, copy, output):
    before = digest(copy)
    value = f"ogr:dbname='{copy}' table=\"structure\"" if output == "OUTPUT as ogr:" else copy
    name = output.split()[0]
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:landusestructure", structure(copy, **{name: value}))
    message = str(error.value)
    assert f"{name} (" in message and copy in message and "LANDUSE (dltb)" in message
    assert digest(copy) == before


def test_a_project_layer_given_by_id_is_an_input_too(lantu_processing, copy):
    layer = QgsVectorLayer(f"{copy}|layername=dltb", "现状地类图斑", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        before = digest(copy)
        with pytest.raises(QgsProcessingException) as error:
            run_algorithm("lantu:landusestructure", {"LANDUSE": layer.id(), "CODE_FIELD": "DLBM", "OUTPUT": copy})
        assert "现状地类图斑" in str(error.value) and digest(copy) == before
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_shapefile_is_one_file_with_its_parts(lantu_processing, base, tmp_path):
    shapefile = faults.make("nocrs", base, "dltb", str(tmp_path))
    dbf = shapefile[:-4] + ".dbf"
    before = digest(dbf)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:landusestructure", {"LANDUSE": shapefile, "CODE_FIELD": "DLBM", "OUTPUT": dbf})
    assert dbf in str(error.value) and digest(dbf) == before


def test_a_table_input_is_an_input_too(lantu_processing, base):
    before = digest(base["distances"])
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:classbuffers", {"INPUT": f"{base['gpkg']}|layername=roads", "CLASS_FIELD": "GRADE",
                                             "DISTANCES": base["distances"], "OUTPUT": "memory:", "REPORT": base["distances"]})
    assert "REPORT" in str(error.value) and "DISTANCES" in str(error.value)
    assert digest(base["distances"]) == before


def test_raster_and_multiple_layer_inputs_are_inputs_too(lantu_processing, base, copy):
    dem_before = digest(base["dem"])
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:slopefarmland", {"LANDUSE": f"{base['gpkg']}|layername=dltb", "CODE_FIELD": "DLBM",
                                              "DEM": base["dem"], "OUTPUT": "memory:", "REPORT": base["dem"]})
    assert "REPORT" in str(error.value) and "DEM" in str(error.value) and digest(base["dem"]) == dem_before
    before = digest(copy)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:homesteadrelocation", {"LANDUSE": f"{base['gpkg']}|layername=dltb", "CODE_FIELD": "DLBM",
                                                    "CONSTRAINTS": [f"{copy}|layername=stbhhx"], "OUTPUT": "memory:",
                                                    "SUMMARY": copy})
    assert "SUMMARY" in str(error.value) and "CONSTRAINTS (stbhhx)" in str(error.value) and digest(copy) == before


def test_a_report_in_a_missing_folder_is_refused_before_the_other_outputs(lantu_processing, base, tmp_path):
    output = tmp_path / "structure.gpkg"
    missing = tmp_path / "no such folder"
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:landusestructure", structure(base["gpkg"], OUTPUT=str(output),
                                                          REPORT=str(missing / "report.html")))
    assert "REPORT" in str(error.value) and str(missing) in str(error.value)
    assert not output.exists()  # written before the report was refused, once


# the model's outputs (it does not advertise them yet: issue 14, "The shipped model advertises no outputs")
MODEL_OUTPUTS = {"conflicts:SUMMARY": "memory:", "overlaps:OVERLAPS": "memory:"}


def test_the_shipped_model_refuses_a_child_output_onto_its_input(lantu_processing, copy):
    before = digest(copy)
    lines = {"PERMANENT_FARMLAND": f"{copy}|layername=yjjbnt", "ECO_REDLINE": f"{copy}|layername=stbhhx",
             "URBAN_BOUNDARY": f"{copy}|layername=czkfbj"}
    with pytest.raises(QgsProcessingException):
        run_algorithm("lantu:bottomlinechecks", {"LANDUSE": f"{copy}|layername=ghyd", "CODE_FIELD": "YDYHFLDM", **lines,
                                                 **MODEL_OUTPUTS, "conflicts:CONFLICTS": copy})
    assert digest(copy) == before
    assert ogr_layers(copy) == ogr_layers(faults.make_base(os.path.dirname(copy) + "_base")["gpkg"])


def test_the_model_child_says_which_output_and_which_input(lantu_processing, copy):
    from conftest import LoggingFeedback

    feedback = LoggingFeedback()
    with pytest.raises(QgsProcessingException):
        run_algorithm("lantu:bottomlinechecks", {
            "LANDUSE": f"{copy}|layername=ghyd", "CODE_FIELD": "YDYHFLDM",
            "PERMANENT_FARMLAND": f"{copy}|layername=yjjbnt", "ECO_REDLINE": f"{copy}|layername=stbhhx",
            **MODEL_OUTPUTS, "conflicts:CONFLICTS": copy}, feedback)
    errors = "\n".join(m for kind, m in feedback.messages if kind == "error")
    assert "OUTPUT (" in errors and copy in errors and "LANDUSE" in errors


def ogr_layers(path):
    from osgeo import ogr

    dataset = ogr.Open(path)
    return sorted(dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount()))


@pytest.mark.parametrize("fault", ["a missing field", "an unexpected error"])
def test_a_failed_run_lets_go_of_what_it_read(lantu_processing, base, fault):
    """QGIS 3.22's bindings never free an exception raised out of processAlgorithm: raised with the run's frames in
    its traceback, it kept every local (the layers, a county's geometries) until QGIS quit, and a layer deleted then,
    after QGIS's own exit, crashed Python on its way out."""
    import gc
    import weakref

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    layer = QgsVectorLayer(f"{base['gpkg']}|layername=dltb", "地类图斑", "ogr")
    gone = weakref.ref(layer)
    if fault == "a missing field":
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("lantu:landusestructure")
        parameters = {"LANDUSE": layer, "CODE_FIELD": "NO_SUCH_FIELD", "OUTPUT": "memory:"}
    else:
        algorithm = probe.Boom()  # 1 / 0 once it has its parameters
        algorithm.initAlgorithm()
        parameters = {"INPUT": layer}
    results, ok = algorithm.run(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    assert not ok
    del parameters, layer, results
    gc.collect()
    assert gone() is None
