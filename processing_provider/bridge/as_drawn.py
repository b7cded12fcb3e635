"""A layer read as drawn, faults and all, for the checks that exist to find them (lantu:checklanduse).

Every feature is kept. What GEOS cannot take as it comes is marked per feature instead of stopping the run
(core.quality's read faults): a ring left open is closed (UNCLOSED), a NaN or infinite coordinate leaves the
feature without geometry (NOT_FINITE), WKB that cannot be read at all too (UNREADABLE); a curved geometry is
linearised as QGIS does and marked in `curved`. The layer is read in one go (GDAL's Arrow stream for a
GeoPackage) and, only where that fails on such a feature, again feature by feature to find which."""
import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ...compat import SKIP_GEOMETRY_VALIDITY_CHECKS
from ...translation import tr
from . import reading
from .algorithm import stop_if_cancelled
from .fast_read import ogr_location

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None


def fault_text(fault):
    """What reading found in a feature's geometry (core.quality's read faults), in the planner's words."""
    from ...core import quality

    return {quality.UNCLOSED: tr("Invalid geometry: a ring is not closed (its last vertex is not its first); it was "
                                 "closed for the other checks."),
            quality.NOT_FINITE: tr("Invalid geometry: a coordinate is NaN or infinite; the feature is left out of the "
                                   "other checks. Correct its vertices."),
            quality.UNREADABLE: tr("Invalid geometry: the geometry cannot be read; the feature is left out of the "
                                   "other checks. Redraw it.")}[fault]


def curved_text():
    return tr("Curved geometry (arcs): linearised as QGIS does (segments of at most 1°) for the checks.")


def read_as_drawn(algorithm, parameters, name, context, feedback, source, field_names, label):
    """(LayerData in the source's CRS, read fault per feature, curved mask)."""
    from ...core import quality

    if QgsWkbTypes.isCurvedType(source.wkbType()):  # which features hold arcs is for each to say
        data, faults, curved = _one_by_one(algorithm, parameters, name, context, source, feedback, field_names)
        return _not_finite(data, faults, quality), faults, curved
    try:
        data = reading.read(algorithm, parameters, name, context, feedback, source.sourceCrs(), field_names, label,
                            repair=False)
        marked = getattr(data, "faults", None)  # a reader that marks the faults itself (issue 14) is taken at its word
        faults = np.zeros(len(data.geoms), dtype=np.int8) if marked is None else np.asarray(marked, dtype=np.int8).copy()
        curved = np.zeros(len(data.geoms), dtype=bool)
    except QgsProcessingException:
        raise
    except Exception:  # noqa: BLE001 - GEOS refused some WKB as it comes: find which, feature by feature
        feedback.pushInfo(tr("{0}: some geometries cannot be read as they are stored; reading feature by feature to "
                             "find them.").format(label))
        data, faults, curved = _one_by_one(algorithm, parameters, name, context, source, feedback, field_names)
    return _not_finite(data, faults, quality), faults, curved


def _not_finite(data, faults, quality):
    """Features with a NaN or infinite coordinate marked, and left without geometry (GEOS cannot use them)."""
    bad = quality.not_finite(data.geoms)
    faults[bad] = quality.NOT_FINITE
    data.geoms[bad] = None
    return data


def _one_by_one(algorithm, parameters, name, context, source, feedback, field_names):
    """The layer feature by feature: from the file itself through OGR where it is a file layer (the WKB as
    stored: QGIS closes open rings as it reads), else through QGIS's feature iteration."""
    from ...core import quality

    location = ogr_location(algorithm, parameters, name, context)
    rows = _ogr_rows(location, field_names) if location else _qgis_rows(source, field_names)
    total = source.featureCount() or 0
    geoms, fids, faults, curved = [], [], [], []
    values = {f: [] for f in field_names}
    for i, (fid, wkb, attributes) in enumerate(rows):
        stop_if_cancelled(feedback)
        geometry, fault, bent = _shape(wkb, quality)
        geoms.append(geometry)
        faults.append(fault)
        curved.append(bent)
        fids.append(fid)
        for f in field_names:
            values[f].append(attributes[f])
        if total and i % max(total // 50, 1) == 0:
            feedback.setProgress(100.0 * i / total)
    out = np.empty(len(geoms), dtype=object)
    out[:] = geoms
    columns = {f: np.array(v + [None], dtype=object)[:-1] for f, v in values.items()}
    data = reading.LayerData(geoms=out, fids=np.array(fids, dtype=np.int64), columns=columns, read=len(geoms))
    return data, np.array(faults, dtype=np.int8), np.array(curved, dtype=bool)


def _ogr_rows(location, field_names):
    """(fid, WKB as stored, {field: value}) of every feature of a file layer, through OGR."""
    from osgeo import gdal

    dataset = gdal.OpenEx(location[0], gdal.OF_VECTOR | gdal.OF_READONLY)
    layer = dataset.GetLayerByName(location[1]) if location[1] else dataset.GetLayer(0)
    for feature in layer:
        geometry = feature.GetGeometryRef()
        yield (feature.GetFID(), None if geometry is None else bytes(geometry.ExportToIsoWkb()),
               {f: (feature.GetField(f) if feature.IsFieldSetAndNotNull(f) else None) for f in field_names})


def _qgis_rows(source, field_names):
    """(fid, WKB, {field: value}) of every feature, through QGIS (any provider, selection or filter)."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(list(field_names), source.fields())
    indexes = {f: source.fields().lookupField(f) for f in field_names}
    for feature in source.getFeatures(request, SKIP_GEOMETRY_VALIDITY_CHECKS):
        geometry = feature.geometry()
        attributes = feature.attributes()
        yield (feature.id(), None if geometry.isNull() else bytes(geometry.asWkb()),
               {f: reading._plain(attributes[index]) for f, index in indexes.items()})


def _shape(wkb, quality):
    """(shapely geometry or None, read fault, whether it was curved) of one feature's WKB."""
    from osgeo import ogr

    if wkb is None:
        return None, quality.SOUND, False
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    bent = not geometry.isNull() and geometry.constGet().hasCurvedSegments()
    if bent:  # linearised as QGIS draws and measures it
        wkb = bytes(QgsGeometry(geometry.constGet().segmentize()).asWkb())
    try:
        return shapely.from_wkb(wkb), quality.SOUND, bent
    except (shapely.errors.GEOSException, ValueError):
        pass
    shape = ogr.CreateGeometryFromWkb(wkb)  # OGR reads what GEOS refuses, rings left open and all
    if shape is None:
        return None, quality.UNREADABLE, bent
    was_open = _has_open_ring(shape)
    shape.CloseRings()
    try:
        return shapely.from_wkb(bytes(shape.ExportToIsoWkb())), (quality.UNCLOSED if was_open else quality.UNREADABLE), bent
    except (shapely.errors.GEOSException, ValueError):
        return None, quality.UNREADABLE, bent


def _has_open_ring(shape):
    """Whether an OGR polygon (or a collection of them) has a ring whose last vertex is not its first."""
    from osgeo import ogr

    flat = ogr.GT_Flatten(shape.GetGeometryType())
    if flat == ogr.wkbLinearRing or flat == ogr.wkbLineString:
        return shape.GetPointCount() > 0 and shape.GetPoint_2D(0) != shape.GetPoint_2D(shape.GetPointCount() - 1)
    return any(_has_open_ring(shape.GetGeometryRef(k)) for k in range(shape.GetGeometryCount()))
