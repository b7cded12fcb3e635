"""The guard's check of destinations, before anything is written: no output (a layer, a table, a report, a
style file) may go into the file of an input — writing a GeoPackage replaces the whole file, every layer
in it — and every output's folder must exist, or the outputs written before it would be left half done."""
import os

from qgis.core import (
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
)

from ...translation import tr
from . import uris

# Parameter types whose value names data that is read (QgsProcessingParameterDefinition.type()).
INPUT_TYPES = {"source", "vector", "raster", "multilayer", "file", "mesh", "pointcloud", "layer", "vectortile"}
LAYER_OUTPUTS = {"sink", "vectorDestination", "rasterDestination", "pointCloudDestination", "vectorTileDestination"}
SHAPEFILE_PARTS = {".shp", ".dbf", ".shx", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd"}
# Destinations that are a database or a memory layer, not a file that could be an input's.
NOT_FILES = ("memory:", "postgres:", "postgis:", "mssql:", "oracle:", "hana:")


def check(algorithm, parameters, context):
    """Refuse, naming the parameter and the path, a destination that is an input's file or whose folder
    does not exist."""
    inputs = input_files(algorithm, parameters, context)
    for definition in algorithm.destinationParameterDefinitions():
        path = destination_path(algorithm, definition, parameters, context)
        if not path:
            continue
        name = f"{definition.name()} ({definition.description()})"
        taken = inputs.get(_key(path))
        if taken:
            raise QgsProcessingException(tr(
                "{0} would be written to {1}, which is the file of the input {2}. Writing there would replace or "
                "change that input (a GeoPackage is rewritten as a whole). Choose another file for {0}.").format(
                    name, path, taken))
        folder = path if definition.type() == "folderDestination" else os.path.dirname(path)
        parent = os.path.dirname(folder) if definition.type() == "folderDestination" else folder
        if parent and not os.path.isdir(parent):
            raise QgsProcessingException(tr(
                "{0}: the folder {1} does not exist, so {2} cannot be written. Create the folder or choose another "
                "place; nothing has been written.").format(name, parent, path))


def input_files(algorithm, parameters, context):
    """{file key: 'PARAMETER (layer)'} of every file the inputs read."""
    out = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.type() not in INPUT_TYPES:
            continue
        for path, label in _paths(parameters.get(definition.name()), context):
            out.setdefault(_key(path), f"{definition.name()} ({label})" if label else definition.name())
    return out


def _paths(value, context):
    """[(file path, layer name)] a parameter value reads from (several for a multiple-layer parameter)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [p for item in value for p in _paths(item, context)]
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())
    if isinstance(value, QgsMapLayer):
        return _layer_path(value)
    if not isinstance(value, str) or not value:
        return []
    path = _uri_path("ogr", value)
    if path or not uris.in_main_thread():
        # a file needs no layer; and a task's thread must not look in the project (the main thread changes it:
        # looking there from the task crashed QGIS now and then), so an id there is QGIS's own business
        return [(path, _table(value) or os.path.basename(path))] if path else []
    layer = QgsProcessingUtils.mapLayerFromString(value, context, False)  # a project layer's id or name
    if layer is not None:
        project = context.project()
        return _layer_path(layer, bool(project and project.mapLayer(layer.id())))
    path = _uri_path("ogr", value)
    return [(path, _table(value) or os.path.basename(path))] if path else []


def _layer_path(layer, in_project=True):
    """A layer's file and the name a planner knows it by: its name in the project, else its table."""
    path = _uri_path(layer.providerType(), layer.source())
    return [(path, layer.name() if in_project else _table(layer.source()) or layer.name())] if path else []


def _table(uri):
    return uris.table_name(uri)


def _uri_path(provider, uri):
    """The file a layer URI reads, or None (a database, a web service, a memory layer)."""
    parts = uris.decode(provider, uri)
    path = parts.get("path") or (uri.split("|")[0] if provider in ("ogr", "gdal", None) else "")
    return path if path and os.path.isfile(path) else None


def destination_path(algorithm, definition, parameters, context):
    """The file a destination parameter will write, or None (memory, a database, not set)."""
    value = parameters.get(definition.name())
    if value is None:
        return None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())
    if not isinstance(value, str) or not value or value == "TEMPORARY_OUTPUT" or value.startswith(NOT_FILES):
        return None
    if definition.type() in LAYER_OUTPUTS:
        for prefix in ("ogr:", "spatialite:"):
            if value.startswith(prefix):
                return QgsDataSourceUri(value[len(prefix):]).database() or value[len(prefix):].split("|")[0]
        return value.split("|")[0]
    return value


def _key(path):
    """One key per file: a shapefile's parts share the key of its .shp."""
    real = os.path.normcase(os.path.realpath(os.path.abspath(path)))
    stem, extension = os.path.splitext(real)
    return stem + ".shp" if extension.lower() in SHAPEFILE_PARTS else real
