"""The guard's choice of text encoding for shapefiles that declare none: a .dbf whose language driver id is 0
and no .cpg beside it. QGIS then reads the text as UTF-8, and a GBK file (as most Chinese survey data is)
comes out garbled: names that do not match their codes, messages no one can read. Such a file is read as
UTF-8 when all its text is UTF-8, and as GB18030 (a superset of GBK and GB2312) otherwise; the log says
which. The choice is made once, before the algorithm runs, on the layer every read of the run goes through,
so the fast reader, feature iteration and an algorithm's own look at the attributes all see the same text.
"""
import os
import struct

from qgis.core import QgsMapLayer, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsVectorLayer

from ...translation import tr
from . import uris
from .fast_read import OWN_COPY

SAMPLE_BYTES = 8 * 1024 * 1024  # of text; enough to tell, without reading a county's .dbf whole
UNDECLARED = ("", "utf-8", "utf8", "system")  # what QGIS uses when the file says nothing


def dbf_of(path):
    """The .dbf beside a .shp (any case), or None."""
    stem = os.path.splitext(path)[0]
    for extension in (".dbf", ".DBF", ".Dbf"):
        if os.path.isfile(stem + extension):
            return stem + extension
    return None


def declares_encoding(shp_path):
    """True when the shapefile says its encoding: a .cpg file, or a language driver id in its .dbf."""
    stem = os.path.splitext(shp_path)[0]
    if any(os.path.isfile(stem + extension) for extension in (".cpg", ".CPG", ".Cpg")):
        return True
    dbf = dbf_of(shp_path)
    if dbf is None:
        return True  # nothing to read text from
    with open(dbf, "rb") as f:
        header = f.read(32)
    return len(header) < 32 or header[29] != 0


def detect(dbf_path):
    """'UTF-8' when the text of the .dbf's character fields decodes as UTF-8, else 'GB18030'."""
    with open(dbf_path, "rb") as f:
        header = f.read(32)
        records, header_size, record_size = struct.unpack("<IHH", header[4:12])
        descriptors = f.read(header_size - 32)
        fields, offset = [], 1  # each record starts with its deletion flag
        for at in range(0, len(descriptors) - 31, 32):
            if descriptors[at] == 0x0D:
                break
            size = descriptors[at + 16]
            if descriptors[at + 11:at + 12] in (b"C", b"M"):
                fields.append((offset, size))
            offset += size
        if not fields or record_size == 0:
            return "UTF-8"
        f.seek(header_size)
        wanted = min(records, max(1, SAMPLE_BYTES // record_size))
        data = f.read(wanted * record_size)
    text = b"".join(data[r + o:r + o + s].rstrip(b" \x00") + b"\n"
                    for r in range(0, len(data) - record_size + 1, record_size) for o, s in fields)
    try:
        text.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        return "GB18030"


def fix_inputs(algorithm, parameters, context, feedback):
    """The parameters, with every shapefile input that declares no encoding read in the one detected."""
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.type() not in ("source", "vector", "multilayer"):
            continue
        value = parameters.get(definition.name())
        # a vector layer parameter hands the algorithm the layer itself (to style it, say): a project layer
        # there is never swapped for a copy
        copy = definition.type() != "vector"
        if isinstance(value, (list, tuple)):
            parameters[definition.name()] = [_fixed(v, context, feedback, copy) for v in value]
        elif value is not None:
            parameters[definition.name()] = _fixed(value, context, feedback, copy)
    return parameters


def _fixed(value, context, feedback, may_copy=True):
    """The value, or one naming a layer that reads the shapefile in its detected encoding."""
    definition = value if isinstance(value, QgsProcessingFeatureSourceDefinition) else None
    inner = definition.source.staticValue() if definition is not None else value
    if isinstance(inner, QgsMapLayer):
        layer, ours = inner, bool(inner.customProperty(OWN_COPY))  # the dock's copy for this run is its to change
    elif isinstance(inner, str) and inner:
        path = inner.split("|")[0]
        if not path.lower().endswith(".shp") and not uris.in_main_thread():
            return value  # a task's thread does not look in the project (see uris.py): only shapefile paths here
        if not path.lower().endswith(".shp") and QgsProcessingUtils.mapLayerFromString(inner, context, False) is None:
            return value
        if uris.in_main_thread():
            layer = QgsProcessingUtils.mapLayerFromString(inner, context, True)  # kept in the run's layer store
            ours = layer is not None and context.temporaryLayerStore().mapLayer(layer.id()) is not None
        else:  # the shapefile itself, without a look in the project
            layer, ours = QgsVectorLayer(inner, os.path.splitext(os.path.basename(path))[0], "ogr"), True
            context.temporaryLayerStore().addMapLayer(layer)
    else:
        return value
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return value
    path = layer.source().split("|")[0]
    if not path.lower().endswith(".shp") or declares_encoding(path):
        return value
    chosen = layer.dataProvider().encoding()
    if chosen.lower() not in UNDECLARED:  # the planner (or an earlier run) chose an encoding for this layer
        feedback.pushInfo(tr("{0}: the .dbf declares no code page and there is no .cpg; its text is read as {1}, "
                             "the encoding set for the layer.").format(layer.name(), chosen))
        return value
    encoding = detect(dbf_of(path))
    feedback.pushInfo(tr("{0}: the .dbf declares no code page and there is no .cpg; its text is read as {1}{2}.").format(
        layer.name(), encoding, tr(" (it is not valid UTF-8)") if encoding != "UTF-8" else ""))
    if encoding == "UTF-8":
        return value
    if not ours:  # a layer of the planner's project: read a copy, theirs stays as it is
        if not may_copy:
            return value
        if layer.isModified():
            feedback.pushWarning(tr("{0} has unsaved edits: it is read as it is; save it to have its text read as {1}.").format(
                layer.name(), encoding))
            return value
        copy = QgsVectorLayer(layer.source(), layer.name(), "ogr")
        copy.setCrs(layer.crs())  # the CRS the planner set (a shapefile without .cpg often has no .prj either)
        copy.setSubsetString(layer.subsetString())
        if definition is not None and definition.selectedFeaturesOnly:
            copy.selectByIds(layer.selectedFeatureIds())
        context.temporaryLayerStore().addMapLayer(copy)
        layer = copy
    layer.setProviderEncoding(encoding)
    if isinstance(inner, QgsMapLayer) and ours:
        return value  # the dock's copy, read in its new encoding as it is passed
    if definition is None:
        return layer.id()
    fixed = QgsProcessingFeatureSourceDefinition(layer.id(), definition.selectedFeaturesOnly, definition.featureLimit,
                                                 definition.flags, definition.geometryCheck)
    return fixed
