"""lantu:checklanduse — data-quality checks (数据质检) of a land-use layer: geometry, topology, codes,
areas, fields and CRS, each finding with a check id, a severity and a message."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...compat import FIELD_NUMERIC, NUMBER_DOUBLE, VECTOR, VECTOR_POINT, VECTOR_POLYGON, WKB_MULTI_POLYGON, WKB_POINT
from ...translation import tr
from .. import bridge
from ..bridge import codes
from .quality_words import check_names, curved_text, fault_text, geos_reason


class CheckLandUse(bridge.LantuAlgorithm):
    ID = "checklanduse"
    GROUP_ID = "status"
    LANDUSE, CODE_FIELD, CLASSIFICATION, BOUNDARY = "LANDUSE", "CODE_FIELD", "CLASSIFICATION", "BOUNDARY"
    AREA_FIELD, AREA_TOLERANCE, REQUIRED_FIELDS = "AREA_FIELD", "AREA_TOLERANCE", "REQUIRED_FIELDS"
    MIN_AREA, SLIVER_WIDTH, SPIKE_ANGLE, AREAS, SUMMARY = "MIN_AREA", "SLIVER_WIDTH", "SPIKE_ANGLE", "AREAS", "SUMMARY"
    REPORTS_CRS_FAULTS = True  # its findings crs_not_cgcs2000, coordinates_out_of_zone: the guard lets them through

    def displayName(self):
        return tr("Check land-use data quality (数据质检)")

    def shortHelpString(self):
        return tr(
            "Checks a land-use layer (三调 地类图斑 or planned 用地用海) before it is used: invalid geometry (with GEOS's "
            "reason and location, as QGIS's 'Check validity' reports it), empty geometry, features overlapping each "
            "other by more than MIN_AREA, gaps inside BOUNDARY and parts outside it, slivers (mean width 2·area/perimeter "
            "below SLIVER_WIDTH) and spikes (a boundary turning back at less than SPIKE_ANGLE), land-class codes "
            "missing or not in the classification, names that do not match their codes (DLMC against DLBM, YDYHFLMC "
            "against YDYHFLDM), a recorded area (AREA_FIELD, e.g. TBMJ, in m²) off the computed area by more than "
            "AREA_TOLERANCE %, REQUIRED_FIELDS missing or empty, and a CRS that is not a CGCS2000 projected CRS or "
            "coordinates outside the false-easting range of its zone.\n\n"
            "OUTPUT: one point per finding (check_id, severity, message, src_fid = the feature's id, −1 for the "
            "layer or a gap); AREAS (optional): the polygons of overlaps, gaps, outside parts and slivers; SUMMARY: "
            "count and area per check. The input is never changed.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDUSE, tr("Land-use layer (三调 or 用地用海)"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, tr("Land-class code field (DLBM, YDYHFLDM…; empty = guess, none = no code checks)"),
            parentLayerParameterName=self.LANDUSE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, tr("Classification of the codes"), codes.classification_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, tr("Plan-area boundary, optional (gaps and parts outside)"), [VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_FIELD, tr("Recorded area field in m² (TBMJ…), optional"), parentLayerParameterName=self.LANDUSE,
            type=FIELD_NUMERIC, optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.AREA_TOLERANCE, tr("Area tolerance (%)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterString(
            self.REQUIRED_FIELDS, tr("Required fields (comma-separated, e.g. BSM,DLBM,DLMC,ZLDWDM)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Ignore overlaps and gaps up to (m²)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SLIVER_WIDTH, tr("Sliver: mean width below (m)"), NUMBER_DOUBLE, 0.2, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPIKE_ANGLE, tr("Spike: angle below (degrees)"), NUMBER_DOUBLE, 1.0, False, 0.0, 90.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Findings"), VECTOR_POINT))
        bridge.add_secondary_sink(self, self.AREAS, tr("Finding areas"), VECTOR_POLYGON)
        bridge.add_secondary_sink(self, self.SUMMARY, tr("Findings by check"), VECTOR)
        self.addOutput(QgsProcessingOutputNumber("ERROR_COUNT", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import quality

        # reading, the geometry as drawn, overlaps and slivers, gaps, attributes and codes: each moves the bar,
        # and each checks for Cancel (a GeoPackage is read in one go, through GDAL's Arrow stream)
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        label = bridge.layer_name(self, parameters, self.LANDUSE, context) or tr("land-use layer")
        bridge.check_geometry(source, label, bridge.POLYGONS)
        results = quality.CheckResults()
        crs, is_cgcs2000 = self._check_crs(parameters, context, feedback, source, label, results)

        present_fields = source.fields().names()
        required = quality.field_list(self.parameterAsString(parameters, self.REQUIRED_FIELDS, context))
        for name in required:
            if name not in present_fields:
                results.add("field_missing", quality.Findings.features([-1], name),
                            [tr("Required field {0} is missing from the layer.").format(name)])
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) or bridge.guess_field(source, codes.CODE_FIELDS)
        if code_field:
            bridge.check_fields(source, [code_field], label)
        name_field = codes.paired_name_field(source, code_field) if code_field else None
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context) or None
        wanted = [f for f in dict.fromkeys([code_field, name_field, area_field] + required) if f and f in present_fields]

        feedback.setProgressText(tr("Reading {0}…").format(label))
        bridge.stop_if_cancelled(feedback)
        # as drawn: every feature kept in its own CRS, what reading found marked per feature (faults, curved)
        data = bridge.read(self, parameters, self.LANDUSE, context, steps, source.sourceCrs(), wanted, label, repair=False)
        self._next(steps, 1)
        self._check_as_drawn(data.geoms, data.faults, data.curved, source.sourceCrs(), is_cgcs2000, results)
        self._next(steps, 2)
        index, geoms = self._check_topology(parameters, context, steps, data, source.sourceCrs(), crs, results)
        self._next(steps, 4)
        self._check_attributes(parameters, context, data, index, geoms, label, area_field, required, present_fields,
                               results)
        if code_field:
            self._check_codes(parameters, context, feedback, data, code_field, name_field, label, results)
        else:
            results.skip(tr("no code field"), "code_missing", "code_unknown", "name_mismatch")
            feedback.pushWarning(tr("{0}: no land-class code field ({1}); the code checks are skipped.").format(
                label, ", ".join(codes.CODE_FIELDS)))
        bridge.stop_if_cancelled(feedback)
        out = self._write(parameters, context, feedback, data, index, geoms, crs, source.sourceCrs(), label, results)
        steps.setCurrentStep(5)
        return out

    @staticmethod
    def _next(steps, step):
        """On to the next stage: the bar moves there, unless Cancel was pressed."""
        bridge.stop_if_cancelled(steps)
        steps.setCurrentStep(step)

    def _check_crs(self, parameters, context, feedback, source, label, results):
        """(working CRS, whether the layer's CRS is a CGCS2000 projected one); a finding if it is not."""
        from ...core import quality

        source_crs = source.sourceCrs()
        area_method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        if not source_crs.isValid():
            raise QgsProcessingException(tr("{0} has no valid coordinate reference system: set one first.").format(label))
        authid = source_crs.authid() or source_crs.description()
        is_cgcs2000 = quality.is_cgcs2000_projected(quality.epsg_code(authid), source_crs.description(),
                                                    source_crs.toWkt(), source_crs.isGeographic())
        if not is_cgcs2000:
            results.add("crs_not_cgcs2000", quality.Findings.features([-1]), [
                tr("The CRS {0} is not a CGCS2000 projected CRS; plan data is delivered in CGCS2000 Gauss-Krüger "
                   "(EPSG:4513–4533 with the zone prefix, 4534–4554 without).").format(authid)])
        if source_crs.isGeographic() and area_method == bridge.PLANAR:
            feedback.pushWarning(tr("{0} is in degrees: areas and widths are measured on the ellipsoid.").format(label))
            area_method = bridge.ELLIPSOIDAL
        if area_method == bridge.PLANAR:
            return source_crs, is_cgcs2000  # its own: a NaN or infinite vertex may leave it no extent to look at
        return bridge.working_crs(source, area_method, context), is_cgcs2000

    def _check_as_drawn(self, raw, faults, curved, source_crs, is_cgcs2000, results):
        """The geometry as it is stored: what reading found (open rings, NaN, curves), empty, invalid (GEOS's
        reason and place), outside its zone."""
        import shapely

        from ...core import quality

        broken, bent = quality.read_fault_findings(faults, raw, curved)
        results.add("invalid_geometry", broken, [fault_text(f) for f in broken.detail])
        results.add("curved_geometry", bent, [curved_text()] * len(bent))
        empty = quality.empty_geometries(raw)
        empty = quality.Findings.features(empty.index[faults[empty.index] == quality.SOUND])  # NaN: told as such
        results.add("empty_geometry", empty, [tr("The feature has no geometry (null or empty).")] * len(empty))
        invalid = quality.invalid_geometries(raw)
        self._invalid = invalid.index
        results.add("invalid_geometry", invalid, [
            tr("Invalid geometry: {0} at ({1:.3f}, {2:.3f}).").format(geos_reason(d), p.x, p.y)
            for d, p in zip(invalid.detail, invalid.geoms)])
        if not is_cgcs2000:
            return
        authid = source_crs.authid() or source_crs.description()
        x0 = quality.false_easting(source_crs.toProj())
        low, high = quality.gauss_kruger_window(x0)
        out = quality.out_of_window(raw, low, high)
        if len(out):
            results.add("coordinates_out_of_zone", quality.Findings.features(out), [
                tr("Eastings {0:,.0f}–{1:,.0f} lie outside {2:,.0f}–{3:,.0f}, the range of {4} (false easting "
                   "{5:,.0f}): a wrong zone, or a zone prefix missing or added?").format(b[0], b[2], low, high, authid, x0)
                for b in shapely.bounds(raw[out])])

    def _check_topology(self, parameters, context, feedback, data, source_crs, crs, results):
        """Spikes, overlaps, slivers, gaps and parts outside BOUNDARY, on the geometries repaired and
        in the working CRS: (index of the features that have a geometry, those geometries)."""
        import shapely

        from ...core import quality

        index = np.flatnonzero(quality.present(data.geoms))
        # the invalid ones are those _check_as_drawn found (GEOS's is_valid once per feature, not twice)
        geoms = quality.repaired(data.geoms[index], np.isin(index, self._invalid))
        spikes = quality.spikes(geoms, self.parameterAsDouble(parameters, self.SPIKE_ANGLE, context)).reindexed(index)
        results.add("spike", spikes, [tr("Spike: the boundary turns back at {0:.3f}°.").format(a) for a in spikes.detail])
        geoms = bridge.to_crs(geoms, source_crs, crs, context)
        if source_crs != crs:
            geoms = quality.repaired(geoms)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        feedback.setProgressText(tr("Looking for overlaps…"))
        overlaps, overlap_area = quality.self_overlaps(geoms, min_area, bridge.progress(feedback, 0, 90))
        bridge.stop_if_cancelled(feedback)
        results.add("self_overlap", quality.Findings.of(index[overlaps.index], overlaps.geoms,
                                                        list(data.fids[index[overlaps.detail]])), [
            tr("Overlaps feature {0} by {1:,.2f} m².").format(int(data.fids[index[j]]), a)
            for j, a in zip(overlaps.detail, overlap_area)], overlap_area)
        sliver = quality.slivers(geoms, self.parameterAsDouble(parameters, self.SLIVER_WIDTH, context)).reindexed(index)
        results.add("sliver", sliver, [tr("Sliver: mean width {0:.3f} m.").format(w) for w in sliver.detail],
                    shapely.area(sliver.geoms))
        self._next(feedback, 3)
        if self.parameterAsSource(parameters, self.BOUNDARY, context) is None:
            results.skip(tr("no boundary given"), "gap", "outside_boundary")
            return index, geoms
        boundary = bridge.layer_name(self, parameters, self.BOUNDARY, context) or tr("boundary")
        region = bridge.read(self, parameters, self.BOUNDARY, context, feedback, crs, label=boundary)
        why = bridge.reach(geoms, region.geoms, boundary, tr("the land-use layer"), feedback)
        if why:  # not every parcel outside a boundary that is not there
            results.skip(bridge.reason_text(why), "gap", "outside_boundary")
            return index, geoms
        gaps, outside = quality.gaps_and_outside(geoms, region.geoms, min_area)
        gap_area, outside_area = shapely.area(gaps.geoms), shapely.area(outside.geoms)
        results.add("gap", gaps, [tr("A gap of {0:,.2f} m² inside the boundary that no feature covers.").format(a)
                                  for a in gap_area], gap_area)
        results.add("outside_boundary", outside.reindexed(index), [
            tr("{0:,.2f} m² of the feature lie outside the boundary.").format(a) for a in outside_area], outside_area)
        return index, geoms

    def _check_attributes(self, parameters, context, data, index, geoms, label, area_field, required, present_fields,
                          results):
        """The recorded area against the computed one, and the required fields' values."""
        import shapely

        from ...core import quality

        if area_field:
            recorded = bridge.numeric_column(data.columns[area_field][index], label, area_field)
            bad_area, rec, comp = quality.area_mismatches(recorded, shapely.area(geoms),
                                                          self.parameterAsDouble(parameters, self.AREA_TOLERANCE, context))
            results.add("area_mismatch", quality.Findings.features(index[bad_area]), [
                tr("{0} = {1:,.2f} m², but the computed area is {2:,.2f} m² ({3:+.2f} %).").format(
                    area_field, r, c, 100.0 * (r - c) / c if c else 0.0) for r, c in zip(rec, comp)], comp - rec)
        else:
            results.skip(tr("no area field given"), "area_mismatch")
        for name in required:
            if name not in present_fields:
                continue
            empty_value = quality.empty_values(data.columns[name])
            results.add("value_missing", quality.Findings.features(empty_value, name),
                        [tr("Required field {0} is empty.").format(name)] * len(empty_value))
        if not required:
            results.skip(tr("no required fields given"), "field_missing", "value_missing")

    def _write(self, parameters, context, feedback, data, index, geoms, crs, source_crs, label, results):
        """OUTPUT (a point per finding), AREAS (the polygon findings) and SUMMARY, in the layer's CRS."""
        import shapely

        from ...core import units

        # A finding without a place of its own is put on its feature (a point on its surface).
        anchors = np.full(len(data.geoms), None, dtype=object)
        # only for the features a finding needs it for (a point on every parcel of a county costs ~0.5 s)
        wanted = np.unique(np.concatenate([found.index[[g is None for g in found.geoms]]
                                           for found, _, _ in results.found.values()] + [np.empty(0, dtype=np.int64)]))
        at = np.flatnonzero(np.isin(index, wanted))
        if len(at):
            anchors[index[at]] = shapely.point_on_surface(bridge.to_crs(geoms[at], crs, source_crs, context))
        listing = results.listing(anchors)
        names = check_names()
        rows = [(check, names[check], severity, message, int(data.fids[i]) if i >= 0 else -1, area)
                for check, severity, i, message, area, _, _ in listing]
        points = np.array([location for *_, location, _ in listing], dtype=object)
        is_polygon = np.array([polygon for *_, polygon in listing], dtype=bool)
        polygons = bridge.to_crs(points[is_polygon], crs, source_crs, context) if is_polygon.any() else points[is_polygon]
        points[is_polygon] = shapely.point_on_surface(polygons) if len(polygons) else polygons
        spec = [("check_id", "str"), ("check_name", "str"), ("severity", "str"), ("message", "str"),
                ("src_fid", "int"), ("area_m2", "float")]
        out = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, points, source_crs,
                                              WKB_POINT)}
        if bridge.asked_for(self, parameters, self.AREAS, context):
            out[self.AREAS] = bridge.write_rows(self, parameters, self.AREAS, context, spec,
                                                [r for r, p in zip(rows, is_polygon) if p], polygons, source_crs,
                                                WKB_MULTI_POLYGON)
        summary = [(check, names[check], severity, count, *units.area_triplet(area),
                    tr("not checked: {0}").format(why) if why is not None else "")
                   for check, severity, count, area, why in results.summary()]
        if bridge.asked_for(self, parameters, self.SUMMARY, context):
            out[self.SUMMARY] = bridge.write_rows(self, parameters, self.SUMMARY, context, [
                ("check_id", "str"), ("check_name", "str"), ("severity", "str"), ("count", "int"), ("area_m2", "float"),
                ("area_ha", "float"), ("area_mu", "float"), ("status", "str")], summary)
        out["ERROR_COUNT"] = sum(r[3] for r in summary if r[2] == "error")
        out["WARNING_COUNT"] = sum(r[3] for r in summary if r[2] == "warning")
        for row in summary:
            if row[3]:
                feedback.pushInfo(f"{row[0]} ({row[1]}): {row[3]}")
        feedback.pushInfo(tr("{0}: {1} errors, {2} warnings in {3} features.").format(
            label, out["ERROR_COUNT"], out["WARNING_COUNT"], data.read))
        return out

    def _check_codes(self, parameters, context, feedback, data, code_field, name_field, label, results):
        from ...core import classification, land_codes, quality

        values = data.columns[code_field]
        normal = land_codes.normalise_codes(values) if len(values) else np.empty(0, dtype=object)
        missing = np.flatnonzero([c is None for c in normal])
        results.add("code_missing", quality.Findings.features(missing),
            [tr("No land-class code in {0}.").format(code_field)] * len(missing))
        if len(missing) == len(normal):
            results.skip(tr("no codes"), "code_unknown", "name_mismatch")
            return
        names = data.columns.get(name_field) if name_field else None
        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, values, code_field, names)
        table = classification.load_classification(scheme)
        unknown = quality.unknown_codes(normal, table)
        results.add("code_unknown", quality.Findings.features(unknown), [
            tr("Code {0} is not in the {1} table.").format(normal[i], codes.scheme_label(scheme)) for i in unknown])
        if names is None:
            results.skip(tr("no name field"), "name_mismatch")
            return
        bad, expected = quality.name_mismatches(normal, names, table)
        results.add("name_mismatch", quality.Findings.features(bad), [
            tr("{0} is '{1}', but code {2} is '{3}'.").format(name_field, names[i] or "", normal[i], want)
            for i, want in zip(bad, expected)])

