"""The one bridge between QGIS layers and `core`: read a layer once into arrays, write arrays to sinks.

Everything an algorithm needs from QGIS goes through here, so `core` only ever sees shapely arrays
in metres of one projected CRS and numpy columns.
"""
import itertools
import os
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QIcon

from .. import dependencies
from ..translation import tr

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "lantu.svg")

PLANAR, ELLIPSOIDAL = 0, 1
# CGCS2000's ellipsoid differs from GRS80 by 1e-10 in flattening: far below a square metre.
CGCS2000_LAEA = "+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
FAST_READ_DRIVERS = {"GPKG", "FlatGeobuf", "SQLite"}


# --- algorithms ------------------------------------------------------------------------------
def add_area_method_parameter(algorithm):
    """AREA_METHOD, as every algorithm that measures areas has it: 0 planar, 1 ellipsoidal."""
    from qgis.core import QgsProcessingParameterEnum

    algorithm.addParameter(QgsProcessingParameterEnum(
        "AREA_METHOD", tr("Area method"), [tr("planar (projected CRS)"), tr("ellipsoidal (CGCS2000)")], defaultValue=0))


def add_report_parameter(algorithm):
    """The optional HTML REPORT every algorithm offers."""
    from qgis.core import QgsProcessingParameterFileDestination

    algorithm.addParameter(QgsProcessingParameterFileDestination(
        "REPORT", tr("HTML report"), tr("HTML files (*.html)"), optional=True, createByDefault=False))


class LantuAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour: ids, groups, translated names and help, dependency check."""

    ID = ""
    GROUP_ID = ""

    def name(self):
        return self.ID

    def createInstance(self):  # noqa: N802
        return type(self)()

    def icon(self):
        return QIcon(ICON)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def group(self):
        return GROUPS[self.GROUP_ID]()

    def tr(self, text):
        return tr(text)

    def require_dependencies(self):
        problem = dependencies.describe_missing()
        if problem:
            raise QgsProcessingException(problem)


GROUPS = {
    "status": lambda: tr("1 现状研判 Current state"),
    "targets": lambda: tr("2 目标定位 Targets"),
    "bottomlines": lambda: tr("3 底线约束 Bottom lines"),
    "quality": lambda: tr("4 提质增效 Quality"),
    "delivery": lambda: tr("5 保障落实 Delivery"),
}


# --- CRS ----------------------------------------------------------------------------------------
def gauss_kruger_suggestion(longitude):
    """The CGCS2000 3-degree Gauss-Krüger CRSs for a longitude: (with zone prefix, without, CM)."""
    zone = int(round(longitude / 3.0))
    zone = min(max(zone, 25), 45)
    return f"EPSG:{4513 + zone - 25}", f"EPSG:{4534 + zone - 25}", zone * 3


def _centre_lonlat(crs, extent, context):
    geographic = QgsCoordinateReferenceSystem("EPSG:4490")
    transform = QgsCoordinateTransform(crs, geographic, context.transformContext())
    centre = transform.transform(extent.center())
    return centre.x(), centre.y()


def working_crs(source, area_method, context):
    """The CRS all geometry is computed in: the source's own (planar), or an equal-area one."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr("{0} has no valid coordinate reference system: set one first.").format(source.sourceName()))
    extent = source.sourceExtent()
    if area_method == ELLIPSOIDAL:
        lon, lat = _centre_lonlat(crs, extent, context)
        # Lambert azimuthal equal-area on the ellipsoid keeps every area: its planar area is the
        # ellipsoidal area, and whole arrays are measured at once.
        return QgsCoordinateReferenceSystem.fromProj(CGCS2000_LAEA.format(lat=lat, lon=lon))
    if crs.isGeographic():
        lon, _ = _centre_lonlat(crs, extent, context) if not extent.isEmpty() else (105.0, 0)
        prefixed, plain, meridian = gauss_kruger_suggestion(lon)
        raise QgsProcessingException(
            tr("The layer's CRS {0} is geographic (degrees), so planar areas would be meaningless. "
               "Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {1} or {2} (central meridian "
               "{3}°E), or choose the ellipsoidal area method.").format(crs.authid() or crs.description(),
                                                                        prefixed, plain, meridian))
    return crs


# --- reading ----------------------------------------------------------------------------------
@dataclass
class LayerData:
    """A layer read once: geometries in the working CRS, feature ids and attribute columns."""

    geoms: np.ndarray
    fids: np.ndarray
    columns: dict = field(default_factory=dict)
    read: int = 0  # features in the source
    repaired: int = 0  # invalid geometries made valid
    dropped: int = 0  # null, empty or non-polygonal after repair

    def __len__(self):
        return len(self.geoms)


def source_or_fail(algorithm, parameters, name, context, label):
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(tr("Could not open the input layer {0}.").format(label))
    return source


def layer_name(algorithm, parameters, name, context):
    """The name a planner knows a layer by: its layer name in the project, or the layer inside a
    GeoPackage ('yjjbnt', not the file name 'lantu_demo'); '' when there is none."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, str) and "layername=" in value:
        return value.split("layername=")[1].split("|")[0]
    layer = algorithm.parameterAsVectorLayer(parameters, name, context) if _in_main_thread() else None
    if layer is not None:
        return layer.name()
    source = algorithm.parameterAsSource(parameters, name, context)
    return source.sourceName() if source is not None else ""


def check_fields(source, names, label):
    """Fail with a clear message when a field is missing from the source."""
    present = source.fields().names()
    lacking = [n for n in names if n and n not in present]
    if lacking:
        raise QgsProcessingException(
            tr("Field {0} is missing from {1} (fields there: {2}).").format(
                ", ".join(lacking), label, ", ".join(present) or "—"))


def check_polygons(source, label):
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise QgsProcessingException(
            tr("{0} must be a polygon layer; it holds {1}.").format(label, QgsWkbTypes.displayString(source.wkbType())))


def guess_field(source, candidates):
    """The first candidate name present in the source (case-insensitive), or None."""
    by_upper = {n.upper(): n for n in source.fields().names()}
    for candidate in candidates:
        if candidate.upper() in by_upper:
            return by_upper[candidate.upper()]
    return None


def _read_raw(algorithm, parameters, name, context, feedback, field_names, label, check_geometry_type):
    """(source, LayerData as stored): the checks every reader makes, then the fast path or iteration."""
    source = source_or_fail(algorithm, parameters, name, context, label)
    check_geometry_type(source, label)
    check_fields(source, field_names, label)
    data = _read_fast(algorithm, parameters, name, context, field_names)
    if data is None:
        data = _read_features(source, feedback, field_names)
    return source, data


def read_polygons(algorithm, parameters, name, context, feedback, crs, field_names=(), label=None, repair=True):
    """Read a polygon source once into a LayerData in `crs`, repairing invalid geometries.

    repair=False keeps every feature as drawn (None, empty and invalid geometries too) in the
    source's own CRS, for checks that must see the faults (crs is then ignored)."""
    label = label or name
    source, data = _read_raw(algorithm, parameters, name, context, feedback, field_names, label, check_polygons)
    if not repair:
        return data
    return _finish_polygons(data, source, crs, context, feedback, label)


def read_layer_polygons(layer, context, feedback, crs, label=None):
    """read_polygons for a layer that is not a parameter of its own (one of a multiple-layer parameter)."""
    label = label or layer.name()
    source = QgsProcessingFeatureSource(layer, context)
    check_polygons(source, label)
    return _finish_polygons(_read_features(source, feedback, ()), source, crs, context, feedback, label)


def _finish_polygons(data, source, crs, context, feedback, label):
    # Validity is judged where the data was drawn, in its own CRS; what reprojection bends
    # (a sliver turned inside out) is mended too, but it is not the data's fault.
    _repair_polygons(data)
    bent = 0
    if source.sourceCrs() != crs:  # an untouched geometry is valid already: skip the second pass
        data.geoms = _transform_geoms(data.geoms, source.sourceCrs(), crs, context)
        bent = _make_valid_quietly(data.geoms)
    if bent:
        feedback.pushInfo(tr("{0}: {1} geometries became invalid in the working CRS and were made valid.").format(label, bent))
    if data.repaired:
        feedback.pushInfo(tr("{0}: repaired {1} invalid geometries (make-valid, no area lost).").format(label, data.repaired))
    if data.dropped:
        feedback.pushWarning(tr("{0}: skipped {1} features with no polygon geometry (null or empty).").format(label, data.dropped))
    return data


def read_source(source, context, feedback, crs, field_names=(), label=""):
    """Read any QgsFeatureSource (lines and points too, e.g. one of several layers a multiple-layer
    parameter gives) into a LayerData in `crs`: polygons repaired, null and empty geometries skipped."""
    data = _read_features(source, feedback, field_names)
    if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry:
        _repair_polygons(data)
    else:
        usable = np.array([g is not None and not g.is_empty for g in data.geoms], dtype=bool)
        data.dropped = int((~usable).sum())
        data.geoms, data.fids = data.geoms[usable], data.fids[usable]
        data.columns = {k: v[usable] for k, v in data.columns.items()}
    if source.sourceCrs() != crs:
        data.geoms = _transform_geoms(data.geoms, source.sourceCrs(), crs, context)
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry:
            _make_valid_quietly(data.geoms)
    if data.repaired:
        feedback.pushInfo(tr("{0}: repaired {1} invalid geometries (make-valid, no area lost).").format(label, data.repaired))
    return data


def to_crs(geoms, source_crs, target_crs, context):
    """Geometries from one CRS to another (whole arrays at once), e.g. results back to the layer's CRS."""
    return _transform_geoms(np.asarray(geoms, dtype=object).copy(), source_crs, target_crs, context)
def check_lines(source, label):
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise QgsProcessingException(
            tr("{0} must be a line layer; it holds {1}.").format(label, QgsWkbTypes.displayString(source.wkbType())))


def read_lines(algorithm, parameters, name, context, feedback, crs, field_names=(), label=None):
    """Read a line source once into a LayerData in `crs` (same fast path as read_polygons).

    Null, empty and zero-length lines are dropped and counted: they have no line to measure from.
    """
    label = label or name
    source, data = _read_raw(algorithm, parameters, name, context, feedback, field_names, label, check_lines)
    usable = np.array([g is not None for g in data.geoms], dtype=bool)
    usable[usable] = ~shapely.is_empty(data.geoms[usable])
    usable[usable] = shapely.length(data.geoms[usable]) > 0
    data.dropped = int((~usable).sum())
    if data.dropped:
        data.geoms, data.fids = data.geoms[usable], data.fids[usable]
        data.columns = {k: v[usable] for k, v in data.columns.items()}
        feedback.pushWarning(tr("{0}: skipped {1} features with no line (null, empty or zero length).").format(
            label, data.dropped))
    if source.sourceCrs() != crs:
        data.geoms = _transform_geoms(data.geoms, source.sourceCrs(), crs, context)
    return data


def _transform_geoms(geoms, source_crs, target_crs, context):
    if source_crs == target_crs or len(geoms) == 0:
        return geoms
    from osgeo import osr

    def srs(crs):
        ref = osr.SpatialReference()
        ref.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return ref

    transformation = osr.CoordinateTransformation(srs(source_crs), srs(target_crs))

    def move(coords):
        if len(coords) == 0:
            return coords
        return np.asarray(transformation.TransformPoints(coords))[:, :2]

    return shapely.transform(geoms, move)


FAST_READ_EXTENSIONS = {".gpkg": "GPKG", ".fgb": "FlatGeobuf", ".sqlite": "SQLite", ".db": "SQLite"}


def _in_main_thread():
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() == app.thread()


def _ogr_location(algorithm, parameters, name, context):
    """(path, layer name) when the source is a whole file layer GDAL can stream, else None.

    A file path is decoded without opening a layer. A project's layer object is only looked at from
    the main thread: a background task (the dock, Processing's dialog) must not touch it, and reads
    through QGIS's thread-safe feature iteration instead."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) != -1:
            return None
        value = value.source.staticValue()
    # A path to a GeoPackage … (never a layer id, which has no such extension): no project lookup,
    # which would race with the main thread editing the project.
    if isinstance(value, str) and os.path.splitext(value.split("|")[0])[1].lower() in FAST_READ_EXTENSIONS:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", value)
        if parts.get("subset") or not os.path.isfile(parts.get("path") or ""):
            return None
        return parts.get("path"), parts.get("layerName") or None
    if not _in_main_thread():
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None  # a filter or unsaved edits: only QGIS's own iteration sees them
    if layer.dataProvider().storageType() not in FAST_READ_DRIVERS:
        return None  # shapefiles and others: QGIS knows their encoding settings, OGR may not
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return parts.get("path"), parts.get("layerName") or None


def _read_fast(algorithm, parameters, name, context, field_names):
    """Bulk read through GDAL's Arrow stream (GDAL >= 3.6): several times faster than features."""
    location = _ogr_location(algorithm, parameters, name, context)
    if location is None:
        return None
    from osgeo import gdal

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
    parts = {"fid": [], "geom": [], **{f: [] for f in field_names}}
    for batch in layer.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=65536"]):
        parts["fid"].append(np.asarray(batch[fid_name], dtype=np.int64))
        # WKB becomes geometry batch by batch: a county's WKB never sits in memory beside its geometries.
        wkb = np.asarray(batch[geom_name], dtype=object)
        geoms = np.empty(len(wkb), dtype=object)
        present = np.array([w is not None for w in wkb], dtype=bool)
        geoms[present] = shapely.from_wkb(wkb[present])
        parts["geom"].append(geoms)
        for f in field_names:
            parts[f].append(_column_from_arrow(batch[f]))
        del wkb, batch
    joined = {k: (np.concatenate(v) if v else np.empty(0, dtype=object)) for k, v in parts.items()}
    columns = {f: joined[f] for f in field_names}
    return LayerData(geoms=joined["geom"], fids=joined["fid"].astype(np.int64), columns=columns, read=len(joined["geom"]))


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


def _read_features(source, feedback, field_names):
    """Feature iteration, for any provider, selection or filter. Validity checks are ours, not Processing's."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(list(field_names), source.fields())
    total = source.featureCount() or 0
    wkbs, fids = [], []
    values = {f: [] for f in field_names}
    indexes = {f: source.fields().lookupField(f) for f in field_names}
    step = max(total // 50, 1)
    for i, feature in enumerate(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        fids.append(feature.id())
        attributes = feature.attributes()
        for f, index in indexes.items():
            values[f].append(_plain(attributes[index]))
        if total and i % step == 0:
            feedback.setProgress(100.0 * i / total)
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.empty(0, dtype=object)
    columns = {f: np.array(v + [None], dtype=object)[:-1] for f, v in values.items()}
    return LayerData(geoms=np.asarray(geoms, dtype=object), fids=np.array(fids, dtype=np.int64),
                     columns=columns, read=len(wkbs))


def _plain(value):
    """QVariant NULLs and Qt types to plain Python values."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


def _repair_polygons(data):
    """Make invalid polygons valid (make_valid keeps every lobe, buffer(0) would not); drop the rest."""
    geoms = data.geoms
    usable = np.array([g is not None for g in geoms], dtype=bool)
    usable[usable] = ~shapely.is_empty(geoms[usable])
    invalid = np.zeros(len(geoms), dtype=bool)
    from ..core.overlay import parallel  # core needs shapely 2: imported when an algorithm runs

    invalid[usable] = ~parallel(shapely.is_valid, geoms[usable])  # GEOS releases the GIL: every core
    if invalid.any():
        geoms[invalid] = [polygonal_part(g) for g in shapely.make_valid(geoms[invalid])]
        usable[invalid] = ~shapely.is_empty(geoms[invalid])
    data.repaired = int(invalid.sum())
    data.dropped = int((~usable).sum())
    if data.dropped:
        data.geoms = geoms[usable]
        data.fids = data.fids[usable]
        data.columns = {k: v[usable] for k, v in data.columns.items()}


def _make_valid_quietly(geoms):
    """Make valid what is not (after reprojection); return how many."""
    if len(geoms) == 0:
        return 0
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = [polygonal_part(g) for g in shapely.make_valid(geoms[invalid])]
    return int(invalid.sum())


def polygonal_part(geometry):
    """The polygons of a geometry (make_valid may add stray lines or points)."""
    if geometry is None:
        return shapely.Polygon()
    kind = shapely.get_type_id(geometry)
    if kind in (3, 6):  # Polygon, MultiPolygon
        return geometry
    parts = shapely.get_parts(geometry)
    polygons = [p for p in parts if shapely.get_type_id(p) in (3, 6)]
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


# --- numbers ----------------------------------------------------------------------------------
def numeric_column(values, label, field_name):
    """A numeric attribute column as float64; NULL becomes NaN, text that is no number fails clearly."""
    out = np.full(len(values), np.nan)
    bad = []
    for i, value in enumerate(values):
        if value is None or value == "":
            continue
        try:
            out[i] = float(value)
        except (TypeError, ValueError):
            bad.append(value)
    if bad:
        raise QgsProcessingException(tr("{0}: field {1} holds values that are not numbers, e.g. {2}.").format(
            label, field_name, ", ".join(str(b) for b in bad[:5])))
    return out


# --- writing ----------------------------------------------------------------------------------
def _field(name, kind):
    """A QgsField of kind 'str' | 'float' | 'int', built the way this QGIS version wants (QVariant or QMetaType)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = {"str": QMetaType.Type.QString, "float": QMetaType.Type.Double, "int": QMetaType.Type.LongLong}
    else:
        types = {"str": QVariant.String, "float": QVariant.Double, "int": QVariant.LongLong}
    return QgsField(name, types[kind])


def make_fields(spec):
    """QgsFields from [(name, 'str'|'float'|'int'), ...]."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(_field(name, kind))
    return fields


def write_rows(algorithm, parameters, name, context, spec, rows, geoms=None, crs=None, wkb_type=None):
    """Create the sink `name` and write rows (sequences in spec order, or AttributeRows), with
    optional geometries.

    `spec` is [(name, kind), ...] or ready QgsFields (to copy a source's fields)."""
    fields = spec if isinstance(spec, QgsFields) else make_fields(spec)
    wkb_type = wkb_type if geoms is not None else QgsWkbTypes.NoGeometry
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type,
                                              crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(tr("Could not create the output {0}.").format(name))
    # One feature and one geometry, refilled for every row: making a Python QgsFeature per row and
    # handing over a list costs a third more at 100k rows (and holds them all in memory).
    feature, geometry = QgsFeature(), QgsGeometry()
    add, fast = sink.addFeature, QgsFeatureSink.FastInsert
    wkbs = geometry_wkb(geoms, wkb_type) if geoms is not None else itertools.repeat(None)
    plain = isinstance(rows, AttributeRows)
    for row, wkb in zip(rows, wkbs):
        if wkb is None:
            feature.clearGeometry()
        else:
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        feature.setAttributes(row if plain else [_to_attribute(v) for v in row])
        if not add(feature, fast):
            raise QgsProcessingException(tr("Could not write to the output {0}: {1}").format(name, sink.lastError()))
    return dest_id


class AttributeRows(list):
    """Rows whose values are plain Python values or None already (see rows_from_columns)."""


def rows_from_columns(*columns):
    """AttributeRows from columns (numpy arrays or sequences), converted a column at a time:
    numpy numbers become Python numbers; NaN and masked values (numpy.ma) become NULL."""
    converted = []
    for column in columns:
        null = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else None
        array = np.asarray(np.ma.getdata(column))
        values = array.tolist()
        if array.dtype.kind == "f":
            null = np.isnan(array) if null is None else null | np.isnan(array)
        if null is not None:
            for k in np.flatnonzero(null).tolist():
                values[k] = None
        if array.dtype.kind == "O":
            values = [_to_attribute(v) for v in values]
        converted.append(values)
    return AttributeRows(map(list, zip(*converted)))


def geometry_wkb(geoms, wkb_type):
    """The geometries as WKB (None stays None), made multi in one go when `wkb_type` is multi."""
    if QgsWkbTypes.isMultiType(wkb_type):
        # a GeoPackage or Shapefile layer of MultiPolygons refuses plain Polygons
        geoms = np.array(geoms, dtype=object)  # a copy: the caller's array stays as it is
        kinds = shapely.get_type_id(geoms)
        for type_id, make in ((0, shapely.multipoints), (1, shapely.multilinestrings), (3, shapely.multipolygons)):
            pick = np.flatnonzero(kinds == type_id)
            if len(pick):
                geoms[pick] = make(geoms[pick], indices=np.arange(len(pick)))
    return shapely.to_wkb(geoms)


def _to_attribute(value):
    kind = type(value)  # plain floats, ints and strings first: this runs once per written value
    if kind is float:
        return None if value != value else value
    if kind is int or kind is str or value is None:
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and np.isnan(value):
        return None
    return value



def read_geometries(algorithm, parameters, name, context, feedback, crs, field_names=(), label=None):
    """Read any layer (lines, points, polygons) once into a LayerData in `crs`, skipping empty geometries.

    Unlike read_polygons nothing is repaired: roads and points are used for distances only.
    """
    label = label or name
    source = source_or_fail(algorithm, parameters, name, context, label)
    check_fields(source, field_names, label)
    data = _read_fast(algorithm, parameters, name, context, field_names)
    if data is None:
        data = _read_features(source, feedback, field_names)
    usable = np.array([g is not None for g in data.geoms], dtype=bool)
    usable[usable] = ~shapely.is_empty(data.geoms[usable])
    data.dropped = int((~usable).sum())
    data.geoms, data.fids = data.geoms[usable], data.fids[usable]
    data.columns = {k: v[usable] for k, v in data.columns.items()}
    if source.sourceCrs() != crs:
        data.geoms = _transform_geoms(data.geoms, source.sourceCrs(), crs, context)
    return data
