"""lantu:classbuffers — protection zones at a distance per class (any layer, any class field, any table).

ClassBufferAlgorithm is the whole pipeline (read, class → distance, buffer, dissolve with the wider
distance owning overlaps, clip, encroachments, outputs); lantu:roadcontrollines subclasses it with
road grades and the built-in setback table.
"""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...compat import FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, VECTOR_ANY, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes
from . import class_buffers_report

MAX_LISTED = 20


class ClassBufferAlgorithm(bridge.LantuAlgorithm):
    """The shared pipeline. Subclasses name their parameters and say how a feature's class is found."""

    GROUP_ID = "bottomlines"
    INPUT = "INPUT"
    TABLE = "DISTANCES"
    DEFAULT = "DEFAULT_DISTANCE"
    CLASS_FIELD, WIDTH_FIELD, BOUNDARY, DISSOLVE = "CLASS_FIELD", "WIDTH_FIELD", "BOUNDARY", "DISSOLVE"
    CHECK_LAYER, SEGMENTS, ENCROACHMENTS = "CHECK_LAYER", "SEGMENTS", "ENCROACHMENTS"
    CHECK_CODE_FIELD, CHECK_CLASSES = "CHECK_CODE_FIELD", "CHECK_CLASSES"  # which checked polygons count
    CLASS_OUT = "class"  # output field names (ASCII, never translated)
    DISTANCE_OUT = "distance_m"
    TABLE_REQUIRED = True

    # --- what subclasses change --------------------------------------------------------------------
    def add_input_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Features to protect (points, lines or polygons)"), [VECTOR_ANY]))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, tr("Class field (protection level, type…)"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, tr("Class → distance table (CSV: class, aliases, distance_m[, width_m])"),
            extension="csv"))
        self.addParameter(QgsProcessingParameterField(
            self.WIDTH_FIELD, tr("Width field (m; half is added to the distance of lines)"),
            parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC, optional=True))

    def default_table(self):
        return None

    def input_fields(self, parameters, context, source):
        """The attribute fields to read from the input."""
        return [self.parameterAsString(parameters, self.CLASS_FIELD, context)]

    def feature_classes(self, parameters, context, feedback, data, table):
        """(class index per feature into `table`, raw value per feature for the log)."""
        values = data.columns[self.parameterAsString(parameters, self.CLASS_FIELD, context)]
        return table.match(values), values

    def width_field(self, parameters, context):
        return self.parameterAsString(parameters, self.WIDTH_FIELD, context) or None

    # --- parameters --------------------------------------------------------------------------------
    def initAlgorithm(self, config=None):
        self.add_input_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT, tr("Distance for unknown classes (m; empty = skip them)"),
            NUMBER_DOUBLE, None, True, 0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, tr("Clip to this boundary (片区)"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DISSOLVE, tr("One zone per class (the larger distance owns overlaps)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CHECK_LAYER, tr("Check these polygons for encroachment (planned construction land, buildings)"),
            [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CHECK_CODE_FIELD, tr("Land-class code field of the checked polygons (empty = guess; a layer without "
                                      "one counts every polygon)"), parentLayerParameterName=self.CHECK_LAYER, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CHECK_CLASSES, tr("Classes that encroach (codes, comma-separated, each with its sub-classes; -code "
                                   "leaves one out; * = every polygon; empty = construction land without road land)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEGMENTS, tr("Segments per quarter circle"), NUMBER_INTEGER, 5, False, 1, 100))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Control zones"), VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ENCROACHMENTS, tr("Encroachments"), VECTOR_POLYGON, optional=True,
            createByDefault=True))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("CONTROL_AREA_M2", tr("Control zone area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("ENCROACHMENT_COUNT", tr("Features that encroach")))
        self.addOutput(QgsProcessingOutputNumber("ENCROACHMENT_AREA_M2", tr("Encroaching area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("UNMATCHED_COUNT", tr("Features of unknown class")))

    # --- the pipeline ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import class_buffers as cb
        from ...core import units

        source = bridge.source_or_fail(self, parameters, self.INPUT, context, self.INPUT)
        label = source.sourceName() or self.INPUT
        table = self._table(parameters, context)
        crs = self._working_crs(parameters, context, feedback, source)
        width_field = self.width_field(parameters, context)
        fields = [f for f in dict.fromkeys(self.input_fields(parameters, context, source) + [width_field]) if f]
        kind = bridge.geometry_kind(source)
        data = bridge.read(self, parameters, self.INPUT, context, feedback, crs, fields, label, kind=kind)
        if len(data) == 0:
            raise QgsProcessingException(tr("{0} has no features to draw zones around.").format(label))

        table, klass, distance, unmatched = self._distances(parameters, context, feedback, data, table, label,
                                                            width_field, kind == bridge.LINES)
        use = ~np.isnan(distance)
        zones = cb.buffers(data.geoms[use], distance[use], self.parameterAsInt(parameters, self.SEGMENTS, context))
        feedback.setProgress(20)
        boundary = self._boundary(parameters, context, feedback, crs)
        dissolved = cb.dissolve_by_class(zones, klass[use], cb.owner_order([c.distance for c in table.classes]), boundary)
        bridge.stop_if_cancelled(feedback)
        feedback.setProgress(60)
        zone_rows, zone_geoms, zone_area = cb.zone_rows(table, dissolved)
        control_area = float(zone_area.sum())

        results = {self.OUTPUT: self._write_zones(parameters, context, crs, table, zone_rows, zone_geoms, zones, boundary,
                                                  data.fids[use], distance[use], klass[use]),
                   "CONTROL_AREA_M2": control_area, "UNMATCHED_COUNT": int(unmatched.sum()),
                   "ENCROACHMENT_COUNT": 0, "ENCROACHMENT_AREA_M2": 0.0}
        feedback.pushInfo(tr("Control zones: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩").format(
            *units.area_triplet(control_area)))
        check = self._check_layer(parameters, context, feedback, crs)
        encroachments = self._encroachments(parameters, context, feedback, crs, check, table, dissolved, zone_geoms,
                                            results) if check is not None else []
        feedback.setProgress(100)

        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            class_buffers_report.write_report(report_path, self.displayName(), label, table, data, zone_rows, encroachments, results, check)
            results[self.REPORT] = report_path
        return results

    def _distances(self, parameters, context, feedback, data, table, label, width_field, lines):
        """(table, class index, buffer distance, unknown-class mask) per feature; unknown classes get
        DEFAULT (as a class of their own) when it is given, and classes without a distance no zone."""
        from ...core import class_buffers as cb

        klass, raw = self.feature_classes(parameters, context, feedback, data, table)
        default = self.parameterAsDouble(parameters, self.DEFAULT, context) if self._given(parameters, self.DEFAULT) else None
        unmatched = klass < 0
        self._log_unknown(feedback, label, raw, unmatched, default)
        if default is not None and unmatched.any():
            table, klass = cb.with_default(table, klass, default, tr("(other)"))
        widths = None
        if width_field:
            widths = cb.recorded_widths(bridge.numeric_column(data.columns[width_field], label, width_field))
        distance = cb.feature_distances(table, klass, widths, half_width=lines)
        nameless, names = cb.classes_without_distance(table, klass, distance)
        if nameless.any():
            feedback.pushInfo(tr("{0}: {1} features of classes with no distance in the table ({2}) get no zone.").format(
                label, int(nameless.sum()), ", ".join(names)))
        return table, klass, distance, unmatched

    def _write_zones(self, parameters, context, crs, table, zone_rows, zone_geoms, zones, boundary, fids, distance,
                     zone_class):
        """OUTPUT: one zone per class with DISSOLVE, else each feature's own zone (clipped)."""
        import shapely

        from ...core import class_buffers as cb
        from ...core import units

        spec = [(self.CLASS_OUT, "str"), (self.DISTANCE_OUT, "float"), ("area_m2", "float"), ("area_ha", "float"),
                ("area_mu", "float")]
        if self.parameterAsBoolean(parameters, self.DISSOLVE, context):
            rows, out_geoms = zone_rows, zone_geoms
        else:
            out_geoms = cb.clip_each(zones, boundary)
            keep = ~shapely.is_empty(out_geoms)
            out_geoms = out_geoms[keep]
            spec = [("src_fid", "int"), ("buffer_m", "float")] + spec
            rows = [(int(f), float(d), table.classes[k].name, table.classes[k].distance, *units.area_triplet(float(a)))
                    for f, d, k, a in zip(fids[keep], distance[keep], zone_class[keep], shapely.area(out_geoms))]
        return bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, out_geoms, crs, WKB_MULTI_POLYGON)

    def _encroachments(self, parameters, context, feedback, crs, check, table, dissolved, zone_geoms, results):
        """The CHECK_LAYER's polygons inside the zones: ENCROACHMENTS and the counts; the rows."""
        from ...core import class_buffers as cb
        from ...core import units

        if bridge.reach(zone_geoms, check.geoms, check.label, tr("the control zones"), feedback):
            results["ENCROACHMENT_COUNT"] = results["ENCROACHMENT_AREA_M2"] = None  # not checked, not 0
            return []
        ia, ib, pieces, area = cb.encroachments(check.geoms, check.fids, zone_geoms, bridge.progress(feedback, 60, 35))
        bridge.stop_if_cancelled(feedback)
        encroachments = [(int(check.fids[a]), table.classes[dissolved[b][0]].name, *units.area_triplet(float(m)))
                         for a, b, m in zip(ia, ib, area)]
        results["ENCROACHMENT_COUNT"] = int(len(np.unique(ia)))
        results["ENCROACHMENT_AREA_M2"] = float(area.sum())
        feedback.pushInfo(tr("{0} features of {1} encroach on the zones: {2:,.2f} m².").format(
            results["ENCROACHMENT_COUNT"], check.label, results["ENCROACHMENT_AREA_M2"]))
        if parameters.get(self.ENCROACHMENTS):
            spec = [("src_fid", "int"), (self.CLASS_OUT, "str"), ("area_m2", "float"), ("area_ha", "float"),
                    ("area_mu", "float")]
            results[self.ENCROACHMENTS] = bridge.write_rows(self, parameters, self.ENCROACHMENTS, context, spec,
                                                            encroachments, pieces, crs, WKB_MULTI_POLYGON)
        return encroachments

    # --- helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _given(parameters, name):
        value = parameters.get(name)
        return value is not None and value != ""

    def _table(self, parameters, context):
        from ...core import class_buffers as cb
        from ...core.tables import TableError

        path = self.parameterAsFile(parameters, self.TABLE, context) or self.default_table()
        if not path:
            raise QgsProcessingException(tr("Give a class → distance table ({0}).").format(self.TABLE))
        try:
            return cb.DistanceTable.from_csv(path)
        except TableError as error:
            raise QgsProcessingException(tr(
                "The table {0} cannot be used ({1}{2}: {3}). It needs a class (or grade) column and a "
                "distance_m (or setback_m) column, one row per class.").format(
                    path, error.problem, tr(", line {0}").format(error.line) if error.line else "", error.detail)) from None

    def _working_crs(self, parameters, context, feedback, source):
        """The input's CRS; if it is geographic, the first projected CRS among the other inputs."""
        crs = source.sourceCrs()
        if crs.isValid() and crs.isGeographic():
            for name in (self.BOUNDARY, self.CHECK_LAYER):
                other = self.parameterAsSource(parameters, name, context)
                if other is not None and other.sourceCrs().isValid() and not other.sourceCrs().isGeographic():
                    feedback.pushInfo(tr("{0} is in a geographic CRS: distances are measured in {1} ({2}'s CRS).").format(
                        source.sourceName(), other.sourceCrs().authid() or other.sourceCrs().description(), name))
                    return other.sourceCrs()
        return bridge.working_crs(source, bridge.PLANAR, context)

    def _boundary(self, parameters, context, feedback, crs):
        if self.parameterAsSource(parameters, self.BOUNDARY, context) is None:
            return None
        import shapely

        data = bridge.read(self, parameters, self.BOUNDARY, context, feedback, crs, (), tr("boundary"))
        if len(data) == 0:
            raise QgsProcessingException(tr("The boundary layer has no polygons."))
        return shapely.union_all(data.geoms)

    def _check_layer(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, self.CHECK_LAYER, context)
        if source is None:
            return None
        from ...core.roles import CODE_FIELDS

        label = source.sourceName() or self.CHECK_LAYER
        field = self.parameterAsString(parameters, self.CHECK_CODE_FIELD, context) or bridge.guess_field(source, CODE_FIELDS)
        bridge.check_fields(source, [field], label)
        data = bridge.read(self, parameters, self.CHECK_LAYER, context, feedback, crs, [field] if field else (), label)
        data.label, data.classes = label, tr("every polygon")
        if field is None:
            feedback.pushInfo(tr("{0} has no land-class code field: every polygon is checked.").format(label))
        else:
            self._keep_encroaching(parameters, context, feedback, data, field, label)
        return data

    def _keep_encroaching(self, parameters, context, feedback, data, field, label):
        """Keep the checked polygons of the classes that encroach (CHECK_CLASSES, or construction land without the
        road land itself), and say what was left out."""
        import shapely

        from ...core import classification_detection, encroaching

        text = self.parameterAsString(parameters, self.CHECK_CLASSES, context)
        try:
            rules = encroaching.parse(text)
        except ValueError as error:
            raise QgsProcessingException(tr("{0}: {1} is not a land-class code.").format(self.CHECK_CLASSES, error)) from None
        if not text.strip():
            scheme = classification_detection.detect_classification(data.columns[field], field_name=field).classification
            if scheme is None:
                raise QgsProcessingException(tr(
                    "{0}: cannot tell whether {1} holds 三调 or 用地用海 codes; give the classes that encroach "
                    "({2}, e.g. 07,08,09,10,11,12,-1202).").format(label, field, self.CHECK_CLASSES))
            rules = encroaching.default_rules(scheme)
            feedback.pushInfo(tr("{0}: {1} codes; construction land without road land counts: {2}.").format(
                label, codes.scheme_label(scheme), encroaching.describe(rules)))
        if rules is None:
            return
        keep = encroaching.selected(data.columns[field], rules)
        left_out = float(shapely.area(data.geoms[~keep]).sum())
        data.keep(keep)
        data.classes = encroaching.describe(rules)
        feedback.pushInfo(tr("{0}: {1} polygons of the classes {2} are checked; {3:,.2f} m² of other classes is not "
                             "encroachment.").format(label, len(data), data.classes, left_out))

    def _log_unknown(self, feedback, label, raw, unmatched, default):
        from ...core import class_buffers as cb

        if not unmatched.any():
            return
        common, distinct = cb.most_common(raw[unmatched], MAX_LISTED)
        listed = ", ".join(f"{value} ({count})" for value, count in common)
        more = tr(" and {0} more").format(distinct - MAX_LISTED) if distinct > MAX_LISTED else ""
        if default is None:
            feedback.pushWarning(tr("{0}: {1} features have a class the table does not know and were skipped: {2}{3}.").format(
                label, int(unmatched.sum()), listed, more))
        else:
            feedback.pushWarning(tr("{0}: {1} features have a class the table does not know and get {2} m: {3}{4}.").format(
                label, int(unmatched.sum()), default, listed, more))


class ClassBuffers(ClassBufferAlgorithm):
    ID = "classbuffers"

    def displayName(self):
        return tr("Protection zones by class (分级保护范围)")

    def shortHelpString(self):
        return tr(
            "Draws a protection zone around every feature at the distance its class gives in a CSV table: "
            "heritage sites by protection level, water sources by zone grade, or any other class → distance "
            "rule. The table has a class column, a distance_m column, and optionally aliases (other spellings, "
            "separated by ;) and width_m (a default width, half of which is added for lines; WIDTH_FIELD gives "
            "each feature's own).\n\n"
            "Unknown classes are skipped and counted (UNMATCHED_COUNT), or get DEFAULT_DISTANCE. With DISSOLVE "
            "the zones are one per class and where classes overlap the larger distance owns the ground, so no "
            "area is counted twice. BOUNDARY clips the zones; CHECK_LAYER polygons inside a zone are written "
            "to ENCROACHMENTS (the part inside, per feature and class, src_fid = the feature's id). Of a land-use "
            "layer only the classes that encroach count: CHECK_CLASSES (codes of CHECK_CODE_FIELD, * for all) or "
            "by default construction land without road land (resources/tables/encroachment_classes.csv).")
