"""The land consolidation algorithms on bad input: a clear message, never a traceback; inputs untouched."""
import os
import shutil

import pytest
from conftest import DEMO_GPKG, run_algorithm
from layers import box_wkt as box
from layers import wkt_layer as memory_layer
from qgis.core import QgsProcessingException, QgsVectorLayer

ALGORITHMS = {
    "lantu:slopefarmland": {"OUTPUT": "memory:"},
    "lantu:farmlandcontiguity": {"OUTPUT": "memory:"},
    "lantu:homesteadrelocation": {"OUTPUT": "memory:", "SUMMARY": "memory:"},
}


def message_of(algorithm, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm, {**ALGORITHMS[algorithm], **parameters})
    message = str(error.value)
    assert "Traceback" not in message
    return message


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_geographic_crs(lantu_processing, algorithm):
    from qgis.core import QgsGeometry

    layer = QgsVectorLayer("Polygon?crs=EPSG:4490&field=DLBM:string&field=GDPDJB:string", "dltb", "memory")
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((105.5 32,105.51 32,105.51 32.01,105.5 32.01,105.5 32))"))
    feature.setAttributes(["0702", "2"])
    layer.dataProvider().addFeatures([feature])
    assert "EPSG:4523" in message_of(algorithm, {"LANDUSE": layer, "CLASSIFICATION": 2})


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_point_layer_and_missing_field(lantu_processing, algorithm):
    # GDPDJB present, so slopefarmland too gets as far as the geometry and does not stop at "give a DEM"
    points = QgsVectorLayer("Point?crs=EPSG:4523&field=DLBM:string&field=GDPDJB:string", "points", "memory")
    message = message_of(algorithm, {"LANDUSE": points, "CLASSIFICATION": 2})
    assert "points" in message and "polygon layer" in message and "Point" in message  # the layer, what it must be, what it is
    layer = memory_layer("Polygon", "dltb", [("DLBM", "string"), ("GDPDJB", "string")], [(box(0, 0, 10, 10), "0101", "1")])
    assert "NOPE" in message_of(algorithm, {"LANDUSE": layer, "CODE_FIELD": "NOPE"})


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_codes_that_tell_no_classification(lantu_processing, algorithm):
    layer = memory_layer("Polygon", "dltb", [("DLBM", "string"), ("GDPDJB", "string")],
                         [(box(0, 0, 10, 10), "ABC", "1"), (box(10, 0, 20, 10), "XYZ", "2")])
    assert "CLASSIFICATION" in message_of(algorithm, {"LANDUSE": layer})


def test_bad_gdpdjb_values(lantu_processing):
    layer = memory_layer("Polygon", "dltb", [("DLBM", "string"), ("GDPDJB", "string")],
                         [(box(0, 0, 10, 10), "0101", "7"), (box(10, 0, 20, 10), "0103", "陡")])
    message = message_of("lantu:slopefarmland", {"LANDUSE": layer, "CLASSIFICATION": 2})
    assert "GDPDJB" in message


def test_chinese_path_and_input_untouched(lantu_processing, tmp_path):
    folder = tmp_path / "蓝图 数据"
    folder.mkdir()
    copy = folder / "示范.gpkg"
    shutil.copy(DEMO_GPKG, copy)
    before = os.path.getsize(copy), os.path.getmtime(copy)
    layer = QgsVectorLayer(f"{copy}|layername=dltb", "dltb", "ogr")
    result, _ = run_algorithm("lantu:homesteadrelocation", {
        "LANDUSE": layer, "VILLAGES": f"{copy}|layername=village", "VILLAGE_FIELD": "XZQMC",
        "OUTPUT": str(folder / "聚居点.gpkg"), "SUMMARY": str(folder / "汇总.csv")})
    assert result["SETTLEMENT_COUNT"] > 0
    del layer
    assert (os.path.getsize(copy), os.path.getmtime(copy)) == before
