"""bridge.rows_from_columns and bridge.write_rows: what write_rows hands to a sink."""
import numpy as np
import shapely
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from lantu.compat import WKB_MULTI_POLYGON, WKB_POLYGON
from lantu.processing_provider import bridge


def test_rows_from_columns_turns_numpy_values_into_plain_values_and_nulls():
    rows = bridge.rows_from_columns(np.array([1, 2, 3]), ["a", None, "c"], np.array([0.5, np.nan, 2.0]),
                                  np.ma.masked_equal(np.array([0, 4, 5]), 0), [np.float32(1.5), np.int64(7), None])
    assert isinstance(rows, bridge.AttributeRows)
    assert rows == [[1, "a", 0.5, None, 1.5], [2, None, None, 4, 7], [3, "c", 2.0, 5, None]]
    assert all(type(v) in (int, float, str, type(None)) for row in rows for v in row)
    # numpy NaN in an object column (a mixed column) is NULL too, not a NaN written to the layer
    mixed = np.array([np.float64("nan"), "x", np.float32("nan"), np.float64(2.5)], dtype=object)
    assert bridge.rows_from_columns(mixed) == [[None], ["x"], [None], [2.5]]


def test_geometry_wkb_is_multi_when_the_sink_is():
    geoms = np.array([shapely.box(0, 0, 1, 1), shapely.MultiPolygon([shapely.box(2, 2, 3, 3), shapely.box(4, 4, 5, 5)]),
                      None, shapely.LineString([(0, 0), (1, 1)])], dtype=object)
    wkbs = bridge.geometry_wkb(geoms, WKB_MULTI_POLYGON)
    assert [shapely.from_wkb(w).geom_type if w is not None else None for w in wkbs] == [
        "MultiPolygon", "MultiPolygon", None, "MultiLineString"]
    assert shapely.get_type_id(geoms[0]) == 3  # the caller's array is left as it was
    assert shapely.from_wkb(bridge.geometry_wkb(geoms[:1], WKB_POLYGON)[0]).geom_type == "Polygon"


class _Writer(QgsProcessingAlgorithm):
    """The least algorithm that owns a sink parameter, so write_rows can be called as algorithms do."""

    def name(self):
        return "writer"

    def createInstance(self):
        return _Writer()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out"))


def test_write_rows_writes_every_row_with_its_own_geometry_and_nulls():
    algorithm = _Writer()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    geoms = np.array([shapely.box(k, 0, k + 1 + k, 1) for k in range(5)] + [None], dtype=object)
    rows = bridge.rows_from_columns(np.arange(6), ["a", "b", None, "d", "e", "f"], np.array([0.5, 1, 2, np.nan, 4, 5]))
    dest = bridge.write_rows(algorithm, {"OUTPUT": "TEMPORARY_OUTPUT"}, "OUTPUT", context,
                           [("k", "int"), ("s", "str"), ("x", "float")], rows, geoms, QgsCoordinateReferenceSystem("EPSG:4528"),
                           WKB_MULTI_POLYGON)
    layer = context.getMapLayer(dest)
    features = list(layer.getFeatures())
    assert [f.attributes()[:2] for f in features] == [[0, "a"], [1, "b"], [2, NULL], [3, "d"], [4, "e"], [5, "f"]]
    assert features[3]["x"] == NULL
    # each feature keeps its own geometry although one QgsGeometry is refilled for every row
    assert [round(f.geometry().area(), 6) if f.hasGeometry() else None for f in features] == [1, 2, 3, 4, 5, None]
    assert QgsWkbTypes.displayString(features[0].geometry().wkbType()) == "MultiPolygon"
