"""Small layers for tests: boxes in EPSG:4523 metres, memory layers, GeoPackage copies."""
import os

from conftest import SHARED_DATA
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorFileWriter, QgsVectorLayer

X0, Y0 = 35_500_000, 3_500_000  # EPSG:4523 (Gauss-Krüger zone 35, prefixed eastings)
# A git worktree sits one level deeper than the main checkout: fall back to the shared folder itself.
DATA = SHARED_DATA if os.path.isdir(SHARED_DATA) else os.environ.get("LANTU_SHARED_DATA", "/work/shared/data")


def box_wkt(x1, y1, x2, y2):
    """WKT of an axis-parallel rectangle, in metres from (X0, Y0)."""
    return f"POLYGON(({X0 + x1} {Y0 + y1},{X0 + x2} {Y0 + y1},{X0 + x2} {Y0 + y2},{X0 + x1} {Y0 + y2},{X0 + x1} {Y0 + y1}))"


def box(x1, y1, x2, y2):
    return QgsGeometry.fromWkt(box_wkt(x1, y1, x2, y2))


def memory_layer(name, fields, rows, crs="EPSG:4523", geometry="Polygon"):
    """A memory layer from rows (geometry, *attribute values); the geometry a QgsGeometry or WKT."""
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"{geometry}?crs={crs}" + (f"&{spec}" if spec else ""), name, "memory")
    features = []
    for shape, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(shape) if isinstance(shape, str) else shape)
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def wkt_layer(kind, name, fields, rows, crs="EPSG:4523"):
    """memory_layer with the geometry type first, rows of (wkt, *values) (the consolidation tests' form)."""
    return memory_layer(name, fields, rows, crs, geometry=kind)


def to_gpkg(layer, path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer.name()
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return QgsVectorLayer(f"{path}|layername={layer.name()}", layer.name(), "ogr")
