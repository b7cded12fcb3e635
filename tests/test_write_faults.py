"""What the writer and the code reader do with what used to fail (issue 14): a field called fid in a
GeoPackage output, a geometry collection bound for a polygon output, an empty land-use layer."""
import numpy as np
import pytest
import shapely
from conftest import run_algorithm
from layers import box, memory_layer
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)

from lantu.compat import WKB_MULTI_POLYGON
from lantu.processing_provider import bridge


class _Writer(QgsProcessingAlgorithm):
    def name(self):
        return "writer"

    def createInstance(self):
        return _Writer()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out"))


def write(destination, spec, rows, geoms=None):
    algorithm = _Writer()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    dest = bridge.write_rows(algorithm, {"OUTPUT": destination}, "OUTPUT", context, spec, rows,
                             geoms, QgsCoordinateReferenceSystem("EPSG:4523"), WKB_MULTI_POLYGON if geoms is not None else None)
    return context, dest


def test_a_field_called_fid_is_written_as_src_fid_even_when_ids_repeat(tmp_path):
    path = str(tmp_path / "pieces.gpkg")
    write(path, [("fid", "int"), ("area_m2", "float")], [(7, 1.0), (7, 2.0), (9, 3.0)])
    dataset = ogr.Open(path)
    layer = dataset.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert names == ["src_fid", "area_m2"]
    assert [(f["src_fid"], f["area_m2"]) for f in layer] == [(7, 1.0), (7, 2.0), (9, 3.0)]


def test_resolveoverlaps_writes_two_pieces_of_one_feature_to_a_geopackage(lantu_processing, tmp_path):
    pbf = memory_layer("yjjbnt", [("JBNTMJ", "double")], [(box(0, 0, 100, 100), 10000.0)])
    erl = memory_layer("stbhhx", [("HXMC", "string")], [(box(10, 10, 20, 20), "a")])
    udb = memory_layer("czkfbj", [("MJ", "double")], [(box(50, 50, 60, 60), 100.0)])
    moved = str(tmp_path / "moved.gpkg")
    result, _ = run_algorithm("lantu:resolveoverlaps", {"PERMANENT_FARMLAND": pbf, "ECO_REDLINE": erl, "URBAN_BOUNDARY": udb,
                                                        "PRIORITY": "ERL > UDB > PBF", "MOVED": moved})
    assert result["MOVED_COUNT"] == 2 and result["MOVED_AREA_M2"] == pytest.approx(200.0)
    dataset = ogr.Open(moved)
    rows = sorted((f["line"], f["src_fid"], f["kept_by"], round(f["area_m2"], 6)) for f in dataset.GetLayer(0))
    assert rows == [("PBF", 1, "ERL", 100.0), ("PBF", 1, "UDB", 100.0)]


def test_a_geometry_collection_bound_for_a_polygon_output_keeps_its_polygons():
    square, line = shapely.box(0, 0, 10, 10), shapely.LineString([(0, 0), (20, 20)])
    geoms = np.array([shapely.GeometryCollection([square, line]), shapely.box(20, 0, 25, 5)], dtype=object)
    context, dest = write("memory:", [("k", "int")], [(1,), (2,)], geoms)
    areas = [round(f.geometry().area(), 6) for f in context.getMapLayer(dest).getFeatures()]
    assert areas == [100.0, 25.0]


def test_an_empty_land_use_layer_is_told_as_empty(lantu_processing):
    empty = memory_layer("现状地类", [("DLBM", "string")], [])
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": empty, "CODE_FIELD": "DLBM", "OUTPUT": "memory:"})
    assert "现状地类" in str(error.value) and "is empty" in str(error.value) and "Cannot tell" not in str(error.value)
