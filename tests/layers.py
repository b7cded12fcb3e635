"""Small layers for tests: boxes in EPSG:4523 metres, memory layers, GeoPackage copies."""
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorFileWriter, QgsVectorLayer

X0, Y0 = 35_500_000, 3_500_000


def box(x1, y1, x2, y2):
    return QgsGeometry.fromWkt(
        f"POLYGON(({X0 + x1} {Y0 + y1},{X0 + x2} {Y0 + y1},{X0 + x2} {Y0 + y2},{X0 + x1} {Y0 + y2},{X0 + x1} {Y0 + y1}))")


def memory_layer(name, fields, rows, crs="EPSG:4523", geometry="Polygon"):
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&{spec}", name, "memory")
    features = []
    for shape, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(shape)
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def to_gpkg(layer, path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer.name()
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return QgsVectorLayer(f"{path}|layername={layer.name()}", layer.name(), "ogr")
