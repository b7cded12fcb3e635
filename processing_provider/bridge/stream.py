"""A polygon layer read in batches, for a job that needs each feature once and holds only what it keeps: a county's
parcels as GEOS geometries take ~950 bytes each (400 MB at 420k), more than the rest of the job together.

`attributes()` reads the columns alone first (what the classes of the whole layer need: the classification is
detected from every code); iterating then gives LayerData batches of geometries and feature ids (no columns) as
reading.read gives the whole layer: curves linearised, open rings closed, NaN and unreadable geometries dropped,
polygons repaired, moved to the working CRS.
What reading found is told once, at `finish()`, with the feature ids, as reading.read tells it."""
import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSourceDefinition

from ...compat import REQUEST_NO_GEOMETRY as NO_GEOMETRY
from ...compat import SKIP_GEOMETRY_VALIDITY_CHECKS
from ...translation import tr
from . import guard, reading, sanitise
from .algorithm import stop_if_cancelled
from .crs import read_crs, transform_geoms
from .fast_read import _column_from_arrow, ogr_location

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None

BATCH = 32768  # features a batch: ~30 MB of geometries, WKB freed as they are made


class Stream:
    """The polygon layer of parameter `name`, read batch by batch into `crs`."""

    def __init__(self, algorithm, parameters, name, context, feedback, crs, field_names, label, size=None):
        self.source = reading.source_or_fail(algorithm, parameters, name, context, label)
        value = parameters.get(name)
        value = value.source.staticValue() if isinstance(value, QgsProcessingFeatureSourceDefinition) else value
        self.label = reading.full_label(label, self.source, reading.table_name(value) if isinstance(value, str) else "")
        reading.check_geometry(self.source, self.label, reading.POLYGONS)
        reading.check_fields(self.source, field_names, self.label)
        self.fields, self.crs, self.context, self.feedback = list(field_names), crs, context, feedback
        self.size = size or BATCH
        self.location = ogr_location(algorithm, parameters, name, context)
        self.read = self.repaired = self.dropped = self.curved = self.bent = 0
        self.bounds = None  # (xmin, ymin, xmax, ymax) in crs of what was kept
        self.raw_bounds = None  # … and in the layer's own CRS
        self._faulty = []  # (fids, faults) of the features reading found a fault in
        self.layer_crs = None
        self.count = 0  # features in the layer, once attributes() has read them

    # --- the columns alone -------------------------------------------------------------------------------
    def attributes(self):
        """(fids, {field: column}) of every feature, no geometry read."""
        with guard.reading(self.label):
            arrow = self._ogr_batches(geometry=False) if self.location else None
            if arrow is not None:
                fids, columns = [], {f: [] for f in self.fields}
                for fid, _, values in arrow:
                    fids.append(fid)
                    for f in self.fields:
                        columns[f].append(values[f])
                fids, columns = _joined(fids, columns, self.fields)
            else:
                fids, columns = self._feature_columns()
        self.count = len(fids)
        guard.note_layer(self.label, self.fields, self.count)  # an empty layer's message can name it
        return fids, columns

    def _feature_columns(self):
        """attributes() through QGIS's feature iteration."""
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
        request.setSubsetOfAttributes(self.fields, self.source.fields())
        indexes = [self.source.fields().lookupField(f) for f in self.fields]
        fids, values = [], [[] for _ in self.fields]
        for feature in self.source.getFeatures(request, SKIP_GEOMETRY_VALIDITY_CHECKS):
            fids.append(feature.id())
            attributes = feature.attributes()
            for column, index in zip(values, indexes):
                column.append(reading._plain(attributes[index]))
        return (np.array(fids, dtype=np.int64),
                {f: np.array(v + [None], dtype=object)[:-1] for f, v in zip(self.fields, values)})

    # --- the batches -------------------------------------------------------------------------------------
    def __iter__(self):
        from ...core.geometry import NOT_FINITE, UNREADABLE, make_valid_quietly, repair_polygons
        from ...core.overlay import parallel

        self.layer_crs = read_crs(self.source, self.label, self.crs, self.context, self.feedback)
        with guard.reading(self.label):
            raw = self._ogr_batches(geometry=True) if self.location else None
            for fids, wkb, columns in (raw if raw is not None else self._feature_batches()):
                stop_if_cancelled(self.feedback)
                geoms, faults, curved = sanitise.shapes(wkb)
                del wkb
                data = reading.LayerData(geoms=geoms, fids=fids, columns=columns, read=len(fids), faults=faults,
                                         curved=curved)
                self.read += len(fids)
                self.curved += int(np.count_nonzero(curved))
                if faults.any():
                    self._faulty.append((fids[faults != 0], faults[faults != 0]))
                usable = ~np.isin(faults, (NOT_FINITE, UNREADABLE))
                data.keep(usable)
                data.geoms, repaired, usable = repair_polygons(data.geoms, lambda g: parallel(shapely.is_valid, g))
                self.repaired += repaired
                usable = sanitise.polygons_only(data, usable, self.feedback, self.label)
                self.dropped += int((~usable).sum())
                data.keep(usable)
                raw = reading._bounds(data.geoms)
                self.raw_bounds = _grow(self.raw_bounds, raw)
                if self.layer_crs != self.crs:
                    data.geoms = transform_geoms(data.geoms, self.layer_crs, self.crs, self.context)
                    self.bent += make_valid_quietly(data.geoms)
                    raw = reading._bounds(data.geoms)
                self.bounds = _grow(self.bounds, raw)
                yield data

    def _ogr_batches(self, geometry):
        """(fids, WKB or None, {field: column}) per Arrow batch of the file layer, or None where GDAL cannot."""
        from osgeo import gdal

        if not hasattr(gdal.ogr.Layer, "GetArrowStreamAsNumPy"):
            return None
        dataset = gdal.OpenEx(self.location[0], gdal.OF_VECTOR | gdal.OF_READONLY)
        layer = None if dataset is None else (
            dataset.GetLayerByName(self.location[1]) if self.location[1] else dataset.GetLayer(0))
        if layer is None:
            return None
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        wanted = [] if geometry else self.fields  # the geometry pass reads no columns: attributes() has them
        layer.SetIgnoredFields([f for f in names if f not in wanted] + ([] if geometry else ["OGR_GEOMETRY"]))
        fid_name = layer.GetFIDColumn() or "OGC_FID"
        geom_name = layer.GetGeometryColumn() or "wkb_geometry"

        def batches(dataset=dataset):  # the dataset is kept alive while its layer streams
            for batch in layer.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={self.size}"]):
                wkb = np.asarray(batch[geom_name], dtype=object) if geometry else None
                yield (np.asarray(batch[fid_name], dtype=np.int64), wkb,
                       {f: _column_from_arrow(batch[f]) for f in wanted})
        return batches()

    def _feature_batches(self):
        """The same through QGIS's feature iteration, for any provider, filter or selection."""
        request = QgsFeatureRequest()
        request.setNoAttributes()
        wkbs, fids, feature = [], [], None

        def batch():
            return np.array(fids, dtype=np.int64), np.array(wkbs + [None], dtype=object)[:-1], {}
        try:
            for feature in self.source.getFeatures(request, SKIP_GEOMETRY_VALIDITY_CHECKS):
                geometry = feature.geometry()
                wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
                fids.append(feature.id())
                if len(fids) == self.size:
                    yield batch()
                    wkbs, fids = [], []
        except QgsProcessingException:
            raise
        except Exception:
            with guard.reading(self.label, feature.id() if feature is not None else None):
                raise
        if fids:
            yield batch()

    # --- the end -----------------------------------------------------------------------------------------
    def finish(self):
        """Tell what reading found (as reading.read does), note the layer for the guard; returns the summary as an
        empty LayerData (read, repaired, dropped counts)."""
        fids = np.concatenate([f for f, _ in self._faulty]) if self._faulty else np.empty(0, dtype=np.int64)
        faults = np.concatenate([f for _, f in self._faulty]) if self._faulty else np.empty(0, dtype=np.int8)
        summary = reading.LayerData(geoms=np.empty(len(fids), dtype=object), fids=fids, read=self.read,
                                    repaired=self.repaired, faults=faults,
                                    curved=np.ones(self.curved, dtype=bool))  # report_faults counts them
        told = int(sanitise.report_faults(summary, self.feedback, self.label).sum())
        summary.dropped = self.dropped + told
        reading.tell_repairs(self.feedback, self.label, self.bent, self.repaired, self.dropped, 0, reading.POLYGONS)
        if self.read == 0:
            self.feedback.pushWarning(tr("{0} is empty: it has no features. What depends on it is not checked.")
                                      .format(self.label))
        reading.compare_extent(self.label, self.bounds, self.read - summary.dropped, self.crs, self.feedback,
                               self.fields, self.layer_crs, self.raw_bounds, summary)
        summary.geoms, summary.fids, summary.faults = np.empty(0, dtype=object), np.empty(0, dtype=np.int64), None
        return summary

    def bounds_geometry(self):
        """The box of what was read, as a one-geometry array (none when nothing was), for overlay.reach."""
        return np.array([] if self.bounds is None else [shapely.box(*self.bounds)], dtype=object)


def _grow(a, b):
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _joined(fids, columns, fields):
    if not fids:
        return np.empty(0, dtype=np.int64), {f: np.empty(0, dtype=object) for f in fields}
    return np.concatenate(fids), {f: np.concatenate(columns[f]) for f in fields}
