"""Issue 14: a negative area in AREA_FIELD or a negative population is refused, naming the field and the
features, never used as it is (a resettlement area of −10,000 m²)."""
import pytest
from conftest import run_algorithm
from layers import box, memory_layer
from qgis.core import QgsProcessingException


def test_negative_area_field_is_refused(lantu_processing):
    land = memory_layer("dltb", [("DLBM", "string"), ("TBDLMJ", "double")], [
        (box(0, 0, 100, 100), "0103", 10_000.0), (box(100, 0, 200, 100), "0301", -10_000.0),
        (box(200, 0, 300, 100), "0301", 10_000.0)])
    ids = [f.id() for f in land.getFeatures()]
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:landusestructure", {"LANDUSE": land, "AREA_FIELD": "TBDLMJ", "OUTPUT": "memory:"})
    message = str(error.value)
    assert "TBDLMJ" in message and "-10000" in message and f"feature {ids[1]}" in message and "dltb" in message
    # without the bad value it runs, and the field's values are what it sums
    land.dataProvider().changeAttributeValues({ids[1]: {1: 10_000.0}})
    result, _ = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "AREA_FIELD": "TBDLMJ", "OUTPUT": "memory:"})
    assert result["TOTAL_AREA_M2"] == pytest.approx(30_000)


@pytest.mark.parametrize("algorithm", ["lantu:homesteadrelocation", "lantu:consolidationpotential"])
def test_negative_population_is_refused(lantu_processing, algorithm):
    land = memory_layer("dltb", [("DLBM", "string")], [(box(0, 0, 40, 40), "0702"), (box(500, 0, 540, 40), "0702"),
                                                      (box(0, 100, 100, 200), "0103")])
    villages = memory_layer("village", [("XZQMC", "string"), ("POP", "double")], [
        (box(-10, -10, 300, 300), "甲村", 800.0), (box(300, -10, 700, 300), "乙村", -120.0)])
    bad = [f.id() for f in villages.getFeatures()][1]
    parameters = {"LANDUSE": land, "VILLAGES": villages, "VILLAGE_FIELD": "XZQMC", "POPULATION_FIELD": "POP",
                  "OUTPUT": "memory:"}
    if algorithm == "lantu:homesteadrelocation":
        parameters["SUMMARY"] = "memory:"
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm, parameters)
    message = str(error.value)
    assert "POP" in message and "-120" in message and f"feature {bad}" in message and "population" in message
