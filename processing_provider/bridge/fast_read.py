"""The fast path of reading: a whole GeoPackage (FlatGeobuf, SQLite) layer streamed through GDAL's Arrow
interface (GDAL >= 3.6), several times faster than QGIS's feature iteration. Used only where it sees
exactly what QGIS would: a whole file layer, no filter, no selection, no unsaved edits."""
import os

import numpy as np
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer

from ...compat import FIELD_FROM_PROVIDER
from . import uris
from .uris import in_main_thread

FAST_READ_DRIVERS = {"GPKG", "FlatGeobuf", "SQLite"}
OWN_COPY = "lantu/own_copy"  # custom property of a layer cloned for one background run (ui/task_inputs.py)
FAST_READ_EXTENSIONS = {".gpkg": "GPKG", ".fgb": "FlatGeobuf", ".sqlite": "SQLite", ".db": "SQLite"}


def ogr_location(algorithm, parameters, name, context):
    """(path, layer name) when the source is a whole file layer GDAL can stream, else None.

    A file path is decoded without opening a layer. A project's layer object is only looked at from
    the main thread: a background task (Processing's dialog) must not touch it, and reads through QGIS's
    thread-safe feature iteration instead. The dock's tasks get copies of their own (OWN_COPY)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) != -1:
            return None
        value = value.source.staticValue()
    # A path to a GeoPackage … (never a layer id, which has no such extension): no project lookup,
    # which would race with the main thread editing the project.
    if isinstance(value, str) and os.path.splitext(value.split("|")[0])[1].lower() in FAST_READ_EXTENSIONS:
        parts = uris.decode("ogr", value)
        if parts.get("subset") or not os.path.isfile(parts.get("path") or ""):
            return None
        return parts.get("path"), parts.get("layerName") or None
    if isinstance(value, QgsVectorLayer) and value.customProperty(OWN_COPY):
        layer = value  # a copy only this run touches: safe to look at from its thread
    elif not in_main_thread():
        return None
    else:
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None  # a filter or unsaved edits: only QGIS's own iteration sees them
    if not file_holds_its_fields(layer):
        return None
    if layer.dataProvider().storageType() not in FAST_READ_DRIVERS:
        return None  # shapefiles and others: QGIS knows their encoding settings, OGR may not
    parts = uris.decode("ogr", layer.source())
    return parts.get("path"), parts.get("layerName") or None


def file_holds_its_fields(layer):
    """Whether every field of `layer` is in its file: no join, no expression field (which GDAL cannot see)."""
    fields = layer.fields()
    return not layer.vectorJoins() and all(fields.fieldOrigin(i) == FIELD_FROM_PROVIDER for i in range(fields.count()))


def read_fast(algorithm, parameters, name, context, field_names):
    """(geometries, fids, {field: column}, faults, curved mask) through GDAL's Arrow stream (GDAL >= 3.6),
    or None where the fast path does not apply. Curves, open rings and NaN coordinates are dealt with as on
    the feature-iteration path (sanitise.shapes)."""
    location = ogr_location(algorithm, parameters, name, context)
    return None if location is None else read_ogr(location[0], location[1], field_names)


def read_ogr(path, layer_name, field_names):
    """read_fast for a file layer GDAL can stream ((path, layer name or None) as ogr_location gives it), or None."""
    from osgeo import gdal

    from .sanitise import shapes

    location = (path, layer_name)

    if not hasattr(gdal.ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    dataset = gdal.OpenEx(location[0], gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        return None
    layer = dataset.GetLayerByName(location[1]) if location[1] else dataset.GetLayer(0)
    if layer is None:
        return None
    definition = layer.GetLayerDefn()
    all_fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    layer.SetIgnoredFields([f for f in all_fields if f not in field_names])
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geom_name = layer.GetGeometryColumn() or "wkb_geometry"
    parts = {"fid": [], "geom": [], "faults": [], "curved": [], **{f: [] for f in field_names}}
    for batch in layer.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=65536"]):
        parts["fid"].append(np.asarray(batch[fid_name], dtype=np.int64))
        # WKB becomes geometry batch by batch: a county's WKB never sits in memory beside its geometries.
        wkb = np.asarray(batch[geom_name], dtype=object)
        geoms, faults, bent = shapes(wkb)
        parts["geom"].append(geoms)
        parts["faults"].append(faults)
        parts["curved"].append(bent)
        for f in field_names:
            parts[f].append(_column_from_arrow(batch[f]))
        del wkb, batch
    joined = {k: (np.concatenate(v) if v else np.empty(0, dtype=object)) for k, v in parts.items()}
    columns = {f: joined[f] for f in field_names}
    return (joined["geom"], joined["fid"].astype(np.int64), columns, joined["faults"].astype(np.int8),
            joined["curved"].astype(bool))


def _column_from_arrow(values):
    """Arrow columns come as numpy (masked for nulls, bytes for text): make them plain Python values."""
    mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
    data = np.ma.getdata(values)
    if data.dtype.kind == "S":
        # each distinct text decoded once: land-class codes repeat over a county's parcels
        distinct, inverse = np.unique(data, return_inverse=True)
        out = np.array([v.decode("utf-8", "replace") for v in distinct.tolist()], dtype=object)[inverse]
    elif data.dtype.kind == "O":
        out = np.array([v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in data.tolist()], dtype=object)
    else:
        out = data.astype(object)
    if mask is not None and mask.any():
        out = out.astype(object)
        out[mask] = None
    return out
