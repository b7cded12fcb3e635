"""Small helpers for building test layers (the land consolidation tests share them)."""
import os

from conftest import SHARED_DATA
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

X0, Y0 = 35_500_000.0, 3_500_000.0  # EPSG:4523 (Gauss-Krüger zone 35, prefixed eastings)
# A worktree sits one level deeper than the main checkout: fall back to the shared folder itself.
DATA = SHARED_DATA if os.path.isdir(SHARED_DATA) else os.environ.get("LANTU_SHARED_DATA", "/work/shared/data")


def box(x1, y1, x2, y2):
    """WKT of an axis-parallel rectangle, in metres from (X0, Y0)."""
    return f"POLYGON(({X0 + x1} {Y0 + y1},{X0 + x2} {Y0 + y1},{X0 + x2} {Y0 + y2},{X0 + x1} {Y0 + y2},{X0 + x1} {Y0 + y1}))"


def memory_layer(kind, name, fields, rows, crs="EPSG:4523"):
    """A memory layer of `kind` (Polygon, LineString…) from rows (wkt, *attribute values)."""
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"{kind}?crs={crs}" + (f"&{spec}" if spec else ""), name, "memory")
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
