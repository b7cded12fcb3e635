"""Writing: result rows (and geometries) into a Processing sink, once, the fastest way QGIS takes them."""
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

from ...compat import WKB_NO_GEOMETRY
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
