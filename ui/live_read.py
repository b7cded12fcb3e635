"""Reading a role layer for the live check, on the main thread: the whole layer once when editing starts (GDAL's
Arrow stream where the layer is a whole GeoPackage table with no unsaved edits, else QGIS's feature iteration,
which sees the edit buffer), then the features an edit touched, out of the edit buffer."""
import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProviderRegistry

from ..processing_provider.bridge.crs import transform_geoms
from ..processing_provider.bridge.fast_read import FAST_READ_DRIVERS, file_holds_its_fields, read_ogr
from ..processing_provider.bridge.reading import _plain
from ..processing_provider.bridge.sanitise import shapes


def _context(layer):
    context = QgsProcessingContext()
    if layer.project() is not None:
        context.setProject(layer.project())
    return context


def _fast(layer, field_names):
    if layer.providerType() != "ogr" or layer.subsetString() or layer.isModified() or not file_holds_its_fields(layer):
        return None
    if layer.dataProvider().storageType() not in FAST_READ_DRIVERS:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    fast = read_ogr(parts.get("path"), parts.get("layerName") or None, field_names)
    return None if fast is None else fast[:3]


def read_layer(layer, field_names, crs):
    """(fids, geometries as drawn in `crs` (None where there is none), {field: values}) of the whole layer."""
    field_names = [f for f in field_names if f]
    fast = _fast(layer, field_names)
    if fast is None:
        request = QgsFeatureRequest().setSubsetOfAttributes(field_names, layer.fields())
        wkbs, fids, values = [], [], {f: [] for f in field_names}
        for feature in layer.getFeatures(request):
            geometry = feature.geometry()
            wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
            fids.append(feature.id())
            for f in field_names:
                values[f].append(_plain(feature[f]))
        geoms = shapes(np.array(wkbs + [None], dtype=object)[:-1])[0]
        fast = (geoms, np.array(fids, dtype=np.int64), {f: np.array(v + [None], dtype=object)[:-1] for f, v in values.items()})
    geoms, fids, columns = fast
    geoms = transform_geoms(np.asarray(geoms, dtype=object), layer.crs(), crs, _context(layer))
    return fids, geoms, columns


def read_features(layer, fids, field_names, crs):
    """({fid: (geometry as drawn in `crs` or None, {field: value})} of the features there now, [fids gone])."""
    field_names = [f for f in field_names if f]
    request = QgsFeatureRequest().setFilterFids(list(fids))
    found, wkbs, values = [], [], []
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        found.append(feature.id())
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        values.append({f: _plain(feature[f]) for f in field_names})
    geoms = shapes(np.array(wkbs + [None], dtype=object)[:-1])[0]  # all at once: a paste is one read
    geoms = transform_geoms(np.asarray(geoms, dtype=object), layer.crs(), crs, _context(layer))
    there = set(found)
    return dict(zip(found, zip(geoms, values))), [f for f in fids if f not in there]
