"""Small layers for tests: boxes in EPSG:4523 metres, memory layers, GeoPackage copies."""
import os
import time

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


def rows_of(result):
    """The OUTPUT table of a processing result (a layer or a file path) as a list of {field: value}."""
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def area_table(rows, kind=None):
    """{(zone, code): area_m2} of structure-table rows, only those of `kind` when given."""
    return {(r["zone"], r["code"]): r["area_m2"] for r in rows if kind is None or r["kind"] == kind}


# The land-use structure fixture: two 1 km² zones side by side (甲镇 = A, 乙乡 = B), five parcels
# (geometry, DLBM, DLMC, TBDLMJ); areas worked out by hand in the comments.
PARCELS = [
    (box(0, 0, 500, 1000), "0101", "水田", 450_000.0),       # 500 000 m², all in A
    (box(500, 0, 1500, 400), "0103", "旱地", 360_000.0),     # 400 000: 200 000 in A, 200 000 in B
    (box(500, 400, 1500, 1000), "0702", "农村宅基地", 540_000.0),  # 600 000: 300 000 in A, 300 000 in B
    (box(1500, 0, 2000, 1000), "05H1", "商业服务业设施用地", 450_000.0),  # 500 000 in B
    (box(2000, 0, 2100, 100), "1006", "农村道路", 9_000.0),   # 10 000 outside both zones
]
ZONES = [(box(0, 0, 1000, 1000), "甲镇"), (box(1000, 0, 2000, 1000), "乙乡")]


# --- the drafting dock ---------------------------------------------------------------------------------
DEMO_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "demo")


def wait_for(page, timeout=300):
    from qgis.PyQt.QtCore import QCoreApplication

    start = time.time()
    while page.runner is not None and page.runner.running:
        QCoreApplication.processEvents()
        time.sleep(0.02)
        assert time.time() - start < timeout, "the step did not finish"
    for _ in range(20):  # let queued signals arrive
        QCoreApplication.processEvents()


def wait_for_export(dock, timeout=300):
    from qgis.PyQt.QtCore import QCoreApplication

    start = time.time()
    while dock.export_page.running():
        QCoreApplication.processEvents()
        time.sleep(0.02)
        assert time.time() - start < timeout, "the maps were not exported"


def group_layers(project, step_key):
    from lantu.ui.results import RESULT_PROPERTY

    return sorted(layer.id() for layer in project.mapLayers().values() if layer.customProperty(RESULT_PROPERTY) == step_key)


def own_copy(value, layer):
    """Whether a parameter value is a background run's copy of project `layer`: another object, marked as the run's
    own, with the same source and CRS."""
    from lantu.processing_provider.bridge.fast_read import OWN_COPY

    return (value is not layer and value.id() != layer.id() and bool(value.customProperty(OWN_COPY))
            and value.source() == layer.source() and value.crs() == layer.crs())
