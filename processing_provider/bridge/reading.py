"""Reading: a layer (a parameter, a source or one of a multiple-layer parameter) read once into a
LayerData in the working CRS, by one reader for every kind of input.

Null and empty geometries are dropped and counted; polygons are made valid (make_valid semantics) and
counted; lines of zero length are dropped. GeoPackages are streamed through GDAL's Arrow interface
(fast_read.py), everything else through QGIS's feature iteration. On both paths curves are linearised, open
rings closed, and NaN or infinite coordinates found (sanitise.py); the layer's CRS is checked against its
coordinates (crs.read_crs), and a layer that misses the layers read before it entirely is told and marked.
"""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...compat import LINE_GEOMETRY, POLYGON_GEOMETRY, SKIP_GEOMETRY_VALIDITY_CHECKS
from ...core.roles import find_field
from ...translation import tr
from . import guard, sanitise, uris
from .algorithm import stop_if_cancelled
from .crs import read_crs, transform_geoms
from .fast_read import read_fast
from .uris import in_main_thread

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None

POLYGONS, LINES, ANY = "polygons", "lines", "any"  # what a reader accepts (ANY: points too, nothing repaired)


@dataclass
class LayerData:
    """A layer read once: geometries in the working CRS, feature ids and attribute columns."""

    geoms: np.ndarray
    fids: np.ndarray
    columns: dict = field(default_factory=dict)
    read: int = 0  # features in the source
    repaired: int = 0  # invalid geometries made valid
    dropped: int = 0  # null, empty or non-polygonal after repair
    # per feature, what reading found (core.geometry SOUND, UNCLOSED, NOT_FINITE, UNREADABLE): with
    # repair=False the faulty features are kept (geometry None where there are no usable coordinates), so a
    # check can report them
    faults: np.ndarray = None
    curved: np.ndarray = None  # per feature, whether its geometry held arcs (linearised as QGIS does)
    disjoint_from: str = ""  # a layer read before in this run that this one does not overlap at all: not checked

    def __len__(self):
        return len(self.geoms)

    def keep(self, mask):
        """Keep the features where mask is True (geometries, ids, columns and faults alike)."""
        self.geoms, self.fids = self.geoms[mask], self.fids[mask]
        self.columns = {k: v[mask] for k, v in self.columns.items()}
        if self.faults is not None:
            self.faults = self.faults[mask]
        if self.curved is not None:
            self.curved = self.curved[mask]


# --- sources, names and fields ---------------------------------------------------------------------
def source_or_fail(algorithm, parameters, name, context, label):
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(tr("Could not open the input layer {0}.").format(label))
    return source


def table_name(uri):
    """The layer inside a file ('yjjbnt' of 'lantu_demo.gpkg|layername=yjjbnt'), or '' when the URI names none."""
    return uris.table_name(uri)


def layer_name(algorithm, parameters, name, context):
    """The name a planner knows a layer by: its layer name in the project, or the layer inside a
    GeoPackage ('yjjbnt', not the file name 'lantu_demo'); '' when there is none."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, str) and table_name(value):
        return table_name(value)
    layer = algorithm.parameterAsVectorLayer(parameters, name, context) if in_main_thread() else None
    if layer is not None:
        return layer.name()
    source = algorithm.parameterAsSource(parameters, name, context)
    return source.sourceName() if source is not None else ""


def full_label(label, source, name=""):
    """A reader's label that names the layer too: 'boundary (township)' where an algorithm says 'boundary'; the
    layer is known by its table inside a GeoPackage, else by its source's name."""
    name = name or source.sourceName()
    return f"{label} ({name})" if name and name not in label and label not in name else label


def check_fields(source, names, label):
    """Fail with a clear message when a field is missing from the source."""
    present = source.fields().names()
    lacking = [n for n in names if n and n not in present]
    if lacking:
        raise QgsProcessingException(
            tr("Field {0} is missing from {1} (fields there: {2}).").format(
                ", ".join(lacking), label, ", ".join(present) or "—"))


def check_geometry(source, label, kind):
    """Fail with a clear message when the source does not hold the kind of geometry wanted."""
    wanted = {POLYGONS: (POLYGON_GEOMETRY, tr("{0} must be a polygon layer; it holds {1}.")),
              LINES: (LINE_GEOMETRY, tr("{0} must be a line layer; it holds {1}."))}.get(kind)
    if wanted and QgsWkbTypes.geometryType(source.wkbType()) != wanted[0]:
        raise QgsProcessingException(wanted[1].format(label, QgsWkbTypes.displayString(source.wkbType())))


def geometry_kind(source):
    """POLYGONS, LINES or ANY (points and the rest) for a source."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    return POLYGONS if kind == POLYGON_GEOMETRY else LINES if kind == LINE_GEOMETRY else ANY


def guess_field(source, candidates):
    """The first candidate name present in the source (case-insensitive), or None."""
    return find_field(source.fields().names(), candidates)


# --- the reader ------------------------------------------------------------------------------------
def read(algorithm, parameters, name, context, feedback, crs, field_names=(), label=None, kind=POLYGONS, repair=True):
    """Read the source parameter `name` once into a LayerData in `crs`.

    kind: POLYGONS (repaired unless repair=False), LINES (zero-length lines dropped) or ANY.
    repair=False keeps every polygon as drawn (None, empty and invalid too) in the source's own CRS,
    for checks that must see the faults (crs is then ignored)."""
    label = label or name
    source = source_or_fail(algorithm, parameters, name, context, label)
    value = parameters.get(name)
    value = value.source.staticValue() if isinstance(value, QgsProcessingFeatureSourceDefinition) else value
    label = full_label(label, source, table_name(value) if isinstance(value, str) else "")
    check_geometry(source, label, kind)
    check_fields(source, field_names, label)
    with guard.reading(label):
        fast = read_fast(algorithm, parameters, name, context, field_names)
        if fast is None:
            data = _read_features(source, feedback, field_names, label)
        else:
            geoms, fids, columns, faults, curved = fast
            data = LayerData(geoms=geoms, fids=fids, columns=columns, read=len(geoms), faults=faults, curved=curved)
        if not repair:
            sanitise.report_faults(data, feedback, label)
            _say_if_empty(data, feedback, label)
            guard.note_layer(label, field_names, len(data), None, source.sourceCrs(), _bounds(data.geoms))
            return data
        return _finish(data, source, crs, context, feedback, label, kind, field_names)


def read_source(source, context, feedback, crs, field_names=(), label="", kind=None):
    """read() for a source or layer that is not a parameter of its own (one of a multiple-layer
    parameter, roads found by a role). kind None: as the source's geometry type says."""
    if not isinstance(source, QgsProcessingFeatureSource):
        source = QgsProcessingFeatureSource(source, context)
    label = full_label(label or source.sourceName(), source)
    kind = kind or geometry_kind(source)
    check_geometry(source, label, kind)
    check_fields(source, field_names, label)
    with guard.reading(label):
        data = _read_features(source, feedback, field_names, label)
        return _finish(data, source, crs, context, feedback, label, kind, field_names)


def read_layers(algorithm, parameters, name, context, feedback, crs, kind=POLYGONS):
    """{name: LayerData} of a multiple-layer parameter; a layer inside a GeoPackage is known by its table."""
    out = {}
    for layer in algorithm.parameterAsLayerList(parameters, name, context) or []:
        label = table_name(layer.source()) or layer.name()
        while label in out:
            label += "′"
        out[label] = read_source(layer, context, feedback, crs, (), label, kind)
    return out


def _finish(data, source, crs, context, feedback, label, kind, field_names=()):
    """Check the CRS, drop what has no usable geometry, repair polygons, move to `crs`; say what was done."""
    from ...core.geometry import make_valid_quietly, repair_polygons
    from ...core.overlay import parallel  # core needs shapely 2: imported when an algorithm runs

    layer_crs = read_crs(source, label, crs, context, feedback)
    faulty = sanitise.report_faults(data, feedback, label)
    if kind == POLYGONS:
        # Validity is judged where the data was drawn, in its own CRS; what reprojection bends
        # (a sliver turned inside out) is mended too, but it is not the data's fault.
        data.geoms, data.repaired, usable = repair_polygons(data.geoms, lambda g: parallel(shapely.is_valid, g))
        usable = sanitise.polygons_only(data, usable, feedback, label)
    else:
        usable = np.array([g is not None for g in data.geoms], dtype=bool)
        usable[usable] = ~shapely.is_empty(data.geoms[usable])
        if kind == LINES:
            usable[usable] = shapely.length(data.geoms[usable]) > 0
    data.dropped = int((~usable).sum())
    told = int((faulty & ~usable).sum())  # dropped for bad coordinates: said already
    if data.dropped:
        data.keep(usable)
    raw_bounds = _bounds(data.geoms)  # where the layer lies in its own CRS, for a later layer with no CRS
    bent = 0
    if layer_crs != crs:  # an untouched geometry is valid already: skip the second pass
        data.geoms = transform_geoms(data.geoms, layer_crs, crs, context)
        if kind == POLYGONS:
            bent = make_valid_quietly(data.geoms)
    tell_repairs(feedback, label, bent, data.repaired, data.dropped, told, kind)
    _say_if_empty(data, feedback, label)
    compare_extent(label, _bounds(data.geoms), len(data), crs, feedback, field_names, layer_crs, raw_bounds, data)
    return data


def tell_repairs(feedback, label, bent, repaired, dropped, told, kind):
    """Say what reading mended and dropped (`told`: dropped features said already, for bad coordinates)."""
    if bent:
        feedback.pushInfo(tr("{0}: {1} geometries became invalid in the working CRS and were made valid.").format(label, bent))
    if repaired:
        feedback.pushInfo(tr("{0}: repaired {1} invalid geometries (make-valid, no area lost).").format(label, repaired))
    if dropped - told and kind == POLYGONS:
        feedback.pushWarning(tr("{0}: skipped {1} features with no polygon geometry (null or empty).").format(
            label, dropped - told))
    elif dropped - told and kind == LINES:
        feedback.pushWarning(tr("{0}: skipped {1} features with no line (null, empty or zero length).").format(
            label, dropped - told))


def _say_if_empty(data, feedback, label):
    if data.read == 0:
        feedback.pushWarning(tr("{0} is empty: it has no features. What depends on it is not checked.").format(label))


def _bounds(geoms):
    """(xmin, ymin, xmax, ymax) of geometries, None when there are none."""
    bounds = tuple(shapely.total_bounds(geoms)) if len(geoms) else None
    return bounds if bounds is not None and np.isfinite(bounds).all() else None


def compare_extent(label, bounds, count, crs, feedback, field_names, layer_crs, extent, data):
    """Note the layer (`count` features within `bounds` in `crs`, `extent` in its own `layer_crs`) for the guard;
    warn, and mark `data`, when it misses the first layer of the run entirely."""
    run = guard.current()
    guard.note_layer(label, field_names, count, bounds, layer_crs, extent)
    # the first layer read whose bounds are known in `crs`: moved there, or read as drawn in that very CRS
    reference = next(((n.label, n.bounds or n.extent) for n in (run.layers[:-1] if run else [])
                      if n.bounds is not None or (n.extent is not None and n.crs == crs)), None)
    if bounds is None or reference is None:
        return
    a, b = bounds, reference[1]
    gap = max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3])
    if gap > 0:
        data.disjoint_from = reference[0]
        feedback.pushWarning(tr(
            "{0} and {1} do not overlap at all in {2}: {0} lies {3:,.0f} m away. If they should overlap, one of them "
            "has a wrong coordinate system label; what depends on both is not checked.").format(
                label, reference[0], crs.authid() or crs.description(), gap))


def _read_features(source, feedback, field_names, label=""):
    """Feature iteration, for any provider, selection or filter. Validity checks are ours, not Processing's."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(list(field_names), source.fields())
    total = source.featureCount() or 0
    wkbs, fids = [], []
    values = {f: [] for f in field_names}
    indexes = {f: source.fields().lookupField(f) for f in field_names}
    step = max(total // 50, 1)
    feature = None
    try:
        for i, feature in enumerate(source.getFeatures(request, SKIP_GEOMETRY_VALIDITY_CHECKS)):
            stop_if_cancelled(feedback)
            geometry = feature.geometry()
            wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
            fids.append(feature.id())
            attributes = feature.attributes()
            for f, index in indexes.items():
                values[f].append(_plain(attributes[index]))
            if total and i % step == 0:
                feedback.setProgress(100.0 * i / total)
    except QgsProcessingException:
        raise
    except Exception:
        with guard.reading(label, feature.id() if feature is not None else None):
            raise
    geoms, faults, curved = sanitise.shapes(np.array(wkbs + [None], dtype=object)[:-1])
    columns = {f: np.array(v + [None], dtype=object)[:-1] for f, v in values.items()}
    return LayerData(geoms=np.asarray(geoms, dtype=object), fids=np.array(fids, dtype=np.int64),
                     columns=columns, read=len(wkbs), faults=faults, curved=curved)


def _plain(value):
    """QVariant NULLs and Qt types to plain Python values."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


# --- numbers ---------------------------------------------------------------------------------------
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
