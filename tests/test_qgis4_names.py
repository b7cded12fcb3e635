"""QGIS 4 drops the unscoped enum names (the polygon geometry type or the polygon source type named on their class) and
moves many enums onto Qgis. Only compat.py may name them, under both spellings; everything else uses compat's
values, or scoped forms that QGIS 4 keeps (QgsFeatureSink.Flag.FastInsert)."""
import os
import re

from conftest import ROOT

# enum owners whose values moved to Qgis (3.30–3.36): any use outside compat.py is a QGIS 4 break
MOVED = r"QgsProcessing\.(SourceType|Type\w+)|QgsWkbTypes\.(GeometryType|Type\b|[A-Z]\w*Geometry\b|(Multi)?(Point|LineString|Polygon)\b)" \
        r"|QgsProcessingParameterNumber\.(Type|Double|Integer)\b|QgsProcessingParameterField\.(DataType|Any|Numeric|String|DateTime)\b" \
        r"|QgsProcessingAlgorithm\.(Flag\b|Flag\w+)|QgsProcessingFeatureSource\.(Flag\b|Flag\w+)|QgsUnitTypes\.[A-Z]\w*" \
        r"|QgsMapLayerProxyModel\.(Filter\b|\w+Layer\b)|QgsCoordinateReferenceSystem\.(WktVariant|WKT_\w+)"
# unscoped values of enums that stay where they are
UNSCOPED = r"Qgis\.(Warning|Critical|Info|Success)\b|QgsFeatureSink\.FastInsert|QgsLayoutExporter\.Success|QgsVectorFileWriter\.NoError"
PATTERN = re.compile(f"{MOVED}|{UNSCOPED}")
SKIP = {".venv", ".git", "dist", "demo-output", ".dev-profiles", "__pycache__", "bench"}


def python_files():
    for folder, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP]
        for name in names:
            if name.endswith(".py") and name != "compat.py" and name != os.path.basename(__file__):
                yield os.path.join(folder, name)


def test_no_enum_name_that_qgis4_drops():
    found = []
    for path in python_files():
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if PATTERN.search(line):
                    found.append(f"{os.path.relpath(path, ROOT)}:{number}: {line.strip()}")
    assert not found, "use lantu.compat instead:\n" + "\n".join(found)


def test_the_pattern_catches_the_old_forms():
    # the old forms spelled in pieces, so that this file holds none of them whole
    olds = [owner + "." + member for owner, member in (
        ("QgsWkbTypes", "PolygonGeometry"), ("QgsProcessing", "TypeVectorPolygon"), ("QgsProcessingParameterNumber", "Double"),
        ("Qgis", "Warning"), ("QgsWkbTypes", "MultiPolygon"), ("QgsUnitTypes", "RenderMillimeters"),
        ("QgsWkbTypes", "GeometryType.PolygonGeometry"))]
    for old in olds:
        assert PATTERN.search(old), old
    for fine in ("QgsWkbTypes.geometryType(x)", "QgsWkbTypes.displayString(t)", "Qgis.QGIS_VERSION_INT", "QgsFeatureSink.Flag.FastInsert",
                 "Qgis.MessageLevel.Warning"):
        assert not PATTERN.search(fine), fine


def test_compat_values_are_the_enum_values_of_this_qgis(qgis_app):
    """Checked against what QGIS itself reports, so the test holds on 3.22 and QGIS 4 alike."""
    from qgis.core import QgsVectorLayer

    from lantu import compat

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4523", "x", "memory")
    assert layer.geometryType() == compat.POLYGON_GEOMETRY and layer.wkbType() == compat.WKB_MULTI_POLYGON
    lines = QgsVectorLayer("LineString?crs=EPSG:4523", "y", "memory")
    assert lines.geometryType() == compat.LINE_GEOMETRY
    assert int(compat.VECTOR_POLYGON) == 2 and int(compat.VECTOR_LINE) == 1  # Processing's source types, stable numbers
