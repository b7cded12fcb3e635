"""base.rows_from_columns and base.geometry_features: what write_rows hands to a sink."""
import numpy as np
import shapely
from qgis.core import QgsWkbTypes

from lantu.processing_provider import base


def test_rows_from_columns_turns_numpy_values_into_plain_values_and_nulls():
    rows = base.rows_from_columns(np.array([1, 2, 3]), ["a", None, "c"], np.array([0.5, np.nan, 2.0]),
                                  np.ma.masked_equal(np.array([0, 4, 5]), 0), [np.float32(1.5), np.int64(7), None])
    assert isinstance(rows, base.AttributeRows)
    assert rows == [[1, "a", 0.5, None, 1.5], [2, None, None, 4, 7], [3, "c", 2.0, 5, None]]
    assert all(type(v) in (int, float, str, type(None)) for row in rows for v in row)


def test_geometry_features_are_multi_when_the_sink_is():
    geoms = np.array([shapely.box(0, 0, 1, 1), shapely.MultiPolygon([shapely.box(2, 2, 3, 3), shapely.box(4, 4, 5, 5)]),
                      None, shapely.LineString([(0, 0), (1, 1)])], dtype=object)
    features = base.geometry_features(geoms, QgsWkbTypes.MultiPolygon)
    kinds = [QgsWkbTypes.displayString(f.geometry().wkbType()) if f.hasGeometry() else None for f in features]
    assert kinds == ["MultiPolygon", "MultiPolygon", None, "MultiLineString"]
    assert features[1].geometry().area() == 2.0
    assert QgsWkbTypes.displayString(base.geometry_features(geoms[:1], QgsWkbTypes.Polygon)[0].geometry().wkbType()) == "Polygon"
