"""Writing: result rows (and geometries) into a Processing sink, once, the fastest way QGIS takes them.

No output field is called `fid`: a GeoPackage keeps its feature ids in a column of that name, so a field `fid`
holding anything but unique integers (a source's feature id, repeated for two pieces of one feature) fails
with "UNIQUE constraint failed". make_fields renames such a field `src_fid`, the name Lantu gives a source's
feature id. Geometry collections bound for a polygon output are reduced to their polygons."""
import itertools

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...compat import POLYGON_GEOMETRY, WKB_NO_GEOMETRY
from ...translation import tr

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None


def _field(name, kind):
    """A QgsField of kind 'str' | 'float' | 'int', built the way this QGIS version wants (QVariant or QMetaType)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = {"str": QMetaType.Type.QString, "float": QMetaType.Type.Double, "int": QMetaType.Type.LongLong}
    else:
        types = {"str": QVariant.String, "float": QVariant.Double, "int": QVariant.LongLong}
    return QgsField(name, types[kind])


RESERVED = {"fid": "src_fid"}  # field names a GeoPackage keeps for itself, and the name used instead


def make_fields(spec):
    """QgsFields from [(name, 'str'|'float'|'int'), ...]; a field named fid is called src_fid."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(_field(RESERVED.get(name.lower(), name), kind))
    return fields


def write_rows(algorithm, parameters, name, context, spec, rows, geoms=None, crs=None, wkb_type=None):
    """Create the sink `name` and write rows (sequences in spec order, or AttributeRows), with
    optional geometries.

    `spec` is [(name, kind), ...] or ready QgsFields (to copy a source's fields)."""
    fields = spec if isinstance(spec, QgsFields) else make_fields(spec)
    wkb_type = wkb_type if geoms is not None else WKB_NO_GEOMETRY
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type,
                                              crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(tr("Could not create the output {0}.").format(name))
    # One feature and one geometry, refilled for every row: making a Python QgsFeature per row and
    # handing over a list costs a third more at 100k rows (and holds them all in memory).
    feature, geometry = QgsFeature(), QgsGeometry()
    add, fast = sink.addFeature, QgsFeatureSink.Flag.FastInsert
    wkbs = geometry_wkb(geoms, wkb_type) if geoms is not None else itertools.repeat(None)
    plain = isinstance(rows, AttributeRows)
    for number, (row, wkb) in enumerate(zip(rows, wkbs), start=1):
        if wkb is None:
            feature.clearGeometry()
        else:
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        feature.setAttributes(row if plain else [_to_attribute(v) for v in row])
        if not add(feature, fast):
            raise QgsProcessingException(tr("Could not write row {0} to the output {1} ({2}): {3}").format(
                number, name, _describe(fields, row), sink.lastError()))
    return dest_id


def _describe(fields, row):
    """A row as a planner can find it again: its first few fields and their values."""
    return ", ".join(f"{fields.at(i).name()}={v}" for i, v in enumerate(list(row)[:4]) if i < fields.count())


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
    """The geometries as WKB (None stays None), made multi in one go when `wkb_type` is multi; for a polygon
    output, geometry collections (an overlay's or an input's) keep only their polygons."""
    if QgsWkbTypes.geometryType(wkb_type) == POLYGON_GEOMETRY:
        from ...core.geometry import polygonal

        geoms = np.array(geoms, dtype=object)
        present = np.flatnonzero([g is not None for g in geoms])
        mixed = present[shapely.get_type_id(geoms[present]) == 7]
        if len(mixed):
            geoms[mixed] = polygonal(geoms[mixed])
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
        value = value.item()  # a numpy NaN is a Python NaN now: NULL below, never a NaN written to the layer
    if isinstance(value, float) and value != value:
        return None
    return value
