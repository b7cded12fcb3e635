"""Issue 14: secondary outputs (SUMMARY, MATRIX, TRANSFER, MOVED, CHECK, AREAS …) are optional to scripts —
processing.run without them runs and skips them — while dialogs still create them (createByDefault). The
primary OUTPUT stays required, as in QGIS's native algorithms."""
import pytest
from conftest import DEMO_GPKG, run_algorithm
from layers import box, memory_layer

PRIMARY = "OUTPUT"


def test_every_secondary_output_is_optional_and_created_by_default(lantu_processing):
    from qgis.core import QgsProcessingModelAlgorithm

    checked = 0
    for algorithm in lantu_processing.algorithms():
        if isinstance(algorithm, QgsProcessingModelAlgorithm):
            continue  # the shipped models: their outputs are the model's own (tests/test_model.py)
        names = [d.name() for d in algorithm.destinationParameterDefinitions()]
        for definition in algorithm.destinationParameterDefinitions():
            if definition.name() == PRIMARY:
                assert not (definition.flags() & definition.FlagOptional), (algorithm.id(), PRIMARY)
                continue
            optional = bool(definition.flags() & definition.FlagOptional)
            assert optional, f"{algorithm.id()} {definition.name()} (of {names}) must be optional to scripts"
            if definition.type() == "sink":
                assert definition.createByDefault(), (algorithm.id(), definition.name())
            checked += 1
    assert checked >= 10


def demo(layer):
    return f"{DEMO_GPKG}|layername={layer}"


def test_scripts_may_leave_the_secondary_outputs_out(lantu_processing):
    land = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 100, 100), "0701"), (box(100, 0, 200, 100), "0103")])
    dltb = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 100, 100), "0702"), (box(100, 0, 200, 100), "0101")])
    erl = memory_layer("erl", [("n", "int")], [(box(0, 0, 60, 100), 1)])
    pbf = memory_layer("pbf", [("n", "int")], [(box(40, 0, 200, 100), 1)])
    runs = {
        "lantu:sitecheck": {"SITE": land, "PERMANENT_FARMLAND": pbf},
        "lantu:landuseconflicts": {"LANDUSE": land, "ECO_REDLINE": erl},
        "lantu:checklanduse": {"LANDUSE": dltb},
        "lantu:homesteadrelocation": {"LANDUSE": dltb},
        "lantu:landusechange": {"CURRENT": dltb, "PLANNED": land},
        "lantu:comparelayers": {"LAYER_A": dltb, "LAYER_B": land},
        "lantu:indicatorbreakdown": {"CLUSTERS": memory_layer("pq", [("PQMC", "string")], [(box(0, 0, 200, 100), "东片")]),
                                     "PLANNED": land, "PERMANENT_FARMLAND": pbf},
        "lantu:resolveoverlaps": {"PERMANENT_FARMLAND": pbf, "ECO_REDLINE": erl},
    }
    for algorithm, parameters in runs.items():
        if algorithm != "lantu:resolveoverlaps":
            parameters["OUTPUT"] = "memory:"
        result, _ = run_algorithm(algorithm, parameters)
        secondary = {"SUMMARY", "MATRIX", "TRANSFER", "MOVED", "CHECK", "AREAS"}
        assert not secondary & set(result), (algorithm, result)
        if algorithm == "lantu:resolveoverlaps":
            assert result["MOVED_AREA_M2"] == pytest.approx(2000)
        else:
            assert result["OUTPUT"] is not None
