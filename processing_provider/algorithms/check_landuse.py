"""lantu:checklanduse — data-quality checks (数据质检) of a land-use layer: geometry, topology, codes,
areas, fields and CRS, each finding with a check id, a severity and a message."""
import re

import numpy as np
from qgis.core import (
    QgsProcessingException,
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

# The CGCS2000 Gauss-Krüger CRSs: 6° zones 13–23 (with and without prefix), 3° zones 25–45 (both).
CGCS2000_PROJECTED = range(4491, 4555)


def check_names():
    return {
        "invalid_geometry": tr("Invalid geometry"),
        "empty_geometry": tr("Empty geometry"),
        "self_overlap": tr("Features overlap"),
        "gap": tr("Gap inside the boundary"),
        "outside_boundary": tr("Outside the boundary"),
        "sliver": tr("Sliver polygon"),
        "spike": tr("Spike"),
        "code_missing": tr("Land-class code missing"),
        "code_unknown": tr("Land-class code not in the classification"),
        "name_mismatch": tr("Class name does not match the code"),
        "area_mismatch": tr("Recorded area differs from the computed area"),
        "field_missing": tr("Required field missing"),
        "value_missing": tr("Required value missing"),
        "crs_not_cgcs2000": tr("CRS is not a CGCS2000 projected CRS"),
        "coordinates_out_of_zone": tr("Coordinates outside the CRS's zone"),
    }


def geos_reason(reason):
    """GEOS's validity reasons in the planner's language."""
    return {
        "Self-intersection": tr("self-intersection"),
        "Ring Self-intersection": tr("ring self-intersection"),
        "Too few points in geometry component": tr("too few points"),
        "Hole lies outside shell": tr("hole outside its shell"),
        "Nested holes": tr("nested holes"),
        "Nested shells": tr("nested shells"),
        "Interior is disconnected": tr("interior is disconnected"),
        "Invalid Coordinate": tr("invalid coordinate"),
        "Duplicate Rings": tr("duplicate rings"),
        "Ring is not closed": tr("ring is not closed"),
    }.get(reason, reason)


class CheckLandUse(bridge.LantuAlgorithm):
    ID = "checklanduse"
    GROUP_ID = "status"
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
            "LANDUSE", tr("Land-use layer (三调 or 用地用海)"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            "CODE_FIELD", tr("Land-class code field (DLBM, YDYHFLDM…; empty = guess, none = no code checks)"),
            parentLayerParameterName="LANDUSE", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "CLASSIFICATION", tr("Classification of the codes"), codes.classification_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BOUNDARY", tr("Plan-area boundary, optional (gaps and parts outside)"), [VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "AREA_FIELD", tr("Recorded area field in m² (TBMJ…), optional"), parentLayerParameterName="LANDUSE",
            type=FIELD_NUMERIC, optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(
            "AREA_TOLERANCE", tr("Area tolerance (%)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterString(
            "REQUIRED_FIELDS", tr("Required fields (comma-separated, e.g. BSM,DLBM,DLMC,ZLDWDM)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_AREA", tr("Ignore overlaps and gaps up to (m²)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "SLIVER_WIDTH", tr("Sliver: mean width below (m)"), NUMBER_DOUBLE, 0.2, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "SPIKE_ANGLE", tr("Spike: angle below (degrees)"), NUMBER_DOUBLE, 1.0, False, 0.0, 90.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Findings"), VECTOR_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "AREAS", tr("Finding areas"), VECTOR_POLYGON, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr("Findings by check"), VECTOR))
        self.addOutput(QgsProcessingOutputNumber("ERROR_COUNT", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import geometry, quality, units

        source = bridge.source_or_fail(self, parameters, "LANDUSE", context, tr("land-use layer"))
        label = bridge.layer_name(self, parameters, "LANDUSE", context) or tr("land-use layer")
        bridge.check_geometry(source, label, bridge.POLYGONS)
        source_crs = source.sourceCrs()
        names = check_names()
        found = {}  # check id -> (Findings, [message], [area])
        skipped = {}  # check id -> why it was not run

        def add(check, findings, messages, areas=None):
            areas = np.zeros(len(findings)) if areas is None else np.asarray(areas, dtype=float)
            old = found.get(check)
            if old:
                findings = quality.Findings(np.r_[old[0].index, findings.index],
                                            np.r_[old[0].geoms, findings.geoms], old[0].detail + findings.detail)
                messages, areas = old[1] + list(messages), np.r_[old[2], areas]
            found[check] = (findings, list(messages), areas)

        # --- CRS --------------------------------------------------------------------------------
        area_method = self.parameterAsEnum(parameters, "AREA_METHOD", context)
        if not source_crs.isValid():
            raise QgsProcessingException(tr("{0} has no valid coordinate reference system: set one first.").format(label))
        authid = source_crs.authid() or source_crs.description()
        epsg = int(authid.split(":")[1]) if authid.startswith("EPSG:") and authid.split(":")[1].isdigit() else None
        is_cgcs2000 = not source_crs.isGeographic() and (
            epsg in CGCS2000_PROJECTED or "CGCS2000" in source_crs.description()
            or "China Geodetic Coordinate System 2000" in source_crs.toWkt())
        if not is_cgcs2000:
            add("crs_not_cgcs2000", quality.Findings.of([-1], [None], [""]), [
                tr("The CRS {0} is not a CGCS2000 projected CRS; plan data is delivered in CGCS2000 Gauss-Krüger "
                   "(EPSG:4513–4533 with the zone prefix, 4534–4554 without).").format(authid)])
        if source_crs.isGeographic() and area_method == bridge.PLANAR:
            feedback.pushWarning(tr("{0} is in degrees: areas and widths are measured on the ellipsoid.").format(label))
            area_method = bridge.ELLIPSOIDAL
        crs = bridge.working_crs(source, area_method, context)

        # --- fields -----------------------------------------------------------------------------
        present_fields = source.fields().names()
        required = [f.strip() for f in re.split(r"[,;，；\s]+", self.parameterAsString(parameters, "REQUIRED_FIELDS", context) or "") if f.strip()]
        for name in required:
            if name not in present_fields:
                add("field_missing", quality.Findings.of([-1], [None], [name]),
                    [tr("Required field {0} is missing from the layer.").format(name)])
        code_field = self.parameterAsString(parameters, "CODE_FIELD", context) or bridge.guess_field(source, codes.CODE_FIELDS)
        if code_field:
            bridge.check_fields(source, [code_field], label)
        name_field = _name_field(source, code_field) if code_field else None
        area_field = self.parameterAsString(parameters, "AREA_FIELD", context) or None
        wanted = [f for f in dict.fromkeys([code_field, name_field, area_field] + required) if f and f in present_fields]

        # --- geometry as drawn --------------------------------------------------------------------
        feedback.setProgressText(tr("Reading {0}…").format(label))
        data = bridge.read(self, parameters, "LANDUSE", context, feedback, source_crs, wanted, label, repair=False)
        raw = data.geoms
        empty = quality.empty_geometries(raw)
        add("empty_geometry", empty, [tr("The feature has no geometry (null or empty).")] * len(empty))
        invalid = quality.invalid_geometries(raw)
        add("invalid_geometry", invalid, [
            tr("Invalid geometry: {0} at ({1:.3f}, {2:.3f}).").format(geos_reason(d), p.x, p.y)
            for d, p in zip(invalid.detail, invalid.geoms)])
        if is_cgcs2000:
            x0 = _false_easting(source_crs)
            low, high = quality.gauss_kruger_window(x0)
            out = quality.out_of_window(raw, low, high)
            if len(out):
                bounds = shapely.bounds(raw[out])
                add("coordinates_out_of_zone", quality.Findings.of(out, [None] * len(out), [""] * len(out)), [
                    tr("Eastings {0:,.0f}–{1:,.0f} lie outside {2:,.0f}–{3:,.0f}, the range of {4} (false easting "
                       "{5:,.0f}): a wrong zone, or a zone prefix missing or added?").format(b[0], b[2], low, high, authid, x0)
                    for b in bounds])

        # --- geometry, repaired, in the working CRS ---------------------------------------------
        usable = quality.present(raw)
        index = np.flatnonzero(usable)
        geoms = raw[index].copy()
        bad = ~shapely.is_valid(geoms)
        geoms[bad] = geometry.make_valid_polygons(geoms[bad])
        spikes = quality.spikes(geoms, self.parameterAsDouble(parameters, "SPIKE_ANGLE", context))
        spikes.index = index[spikes.index]
        add("spike", spikes, [tr("Spike: the boundary turns back at {0:.3f}°.").format(a) for a in spikes.detail])
        geoms = bridge.to_crs(geoms, source_crs, crs, context)
        if source_crs != crs:
            bent = ~shapely.is_valid(geoms)
            geoms[bent] = geometry.make_valid_polygons(geoms[bent])
        min_area = self.parameterAsDouble(parameters, "MIN_AREA", context)
        feedback.setProgressText(tr("Looking for overlaps…"))
        overlaps, overlap_area = quality.self_overlaps(geoms, min_area)
        add("self_overlap", quality.Findings.of(index[overlaps.index], overlaps.geoms, list(data.fids[index[overlaps.detail]])), [
            tr("Overlaps feature {0} by {1:,.2f} m².").format(int(data.fids[index[j]]), a)
            for j, a in zip(overlaps.detail, overlap_area)], overlap_area)
        sliver = quality.slivers(geoms, self.parameterAsDouble(parameters, "SLIVER_WIDTH", context))
        add("sliver", quality.Findings.of(index[sliver.index], sliver.geoms, sliver.detail), [
            tr("Sliver: mean width {0:.3f} m.").format(w) for w in sliver.detail], shapely.area(sliver.geoms))
        boundary = self.parameterAsSource(parameters, "BOUNDARY", context)
        if boundary is not None:
            region = bridge.read(self, parameters, "BOUNDARY", context, feedback, crs,
                                        label=bridge.layer_name(self, parameters, "BOUNDARY", context) or tr("boundary"))
            gaps, outside = quality.gaps_and_outside(geoms, region.geoms, min_area)
            gap_area, outside_area = shapely.area(gaps.geoms), shapely.area(outside.geoms)
            add("gap", gaps, [tr("A gap of {0:,.2f} m² inside the boundary that no feature covers.").format(a)
                              for a in gap_area], gap_area)
            add("outside_boundary", quality.Findings.of(index[outside.index], outside.geoms, outside.detail), [
                tr("{0:,.2f} m² of the feature lie outside the boundary.").format(a) for a in outside_area], outside_area)
        else:
            skipped["gap"] = skipped["outside_boundary"] = tr("no boundary given")

        # --- attributes --------------------------------------------------------------------------
        if area_field:
            recorded = bridge.numeric_column(data.columns[area_field][index], label, area_field)
            bad_area, rec, comp = quality.area_mismatches(recorded, shapely.area(geoms),
                                                          self.parameterAsDouble(parameters, "AREA_TOLERANCE", context))
            add("area_mismatch", quality.Findings.of(index[bad_area], [None] * len(bad_area), [""] * len(bad_area)), [
                tr("{0} = {1:,.2f} m², but the computed area is {2:,.2f} m² ({3:+.2f} %).").format(
                    area_field, r, c, 100.0 * (r - c) / c if c else 0.0) for r, c in zip(rec, comp)], comp - rec)
        else:
            skipped["area_mismatch"] = tr("no area field given")
        for name in required:
            if name not in present_fields:
                continue
            values = data.columns[name]
            empty_value = np.flatnonzero([v is None or (isinstance(v, str) and not v.strip()) for v in values])
            add("value_missing", quality.Findings.of(empty_value, [None] * len(empty_value), [name] * len(empty_value)),
                [tr("Required field {0} is empty.").format(name)] * len(empty_value))
        if not required:
            skipped["field_missing"] = skipped["value_missing"] = tr("no required fields given")
        if code_field:
            self._check_codes(parameters, context, feedback, data, code_field, name_field, label, add, skipped)
        else:
            for check in ("code_missing", "code_unknown", "name_mismatch"):
                skipped[check] = tr("no code field")
            feedback.pushWarning(tr("{0}: no land-class code field ({1}); the code checks are skipped.").format(
                label, ", ".join(codes.CODE_FIELDS)))

        # --- outputs -----------------------------------------------------------------------------
        # Every finding gets a point in the layer's CRS: its own location, a point on its polygon,
        # or a point on the feature it is about; polygon findings also go to AREAS.
        anchors = np.full(len(raw), None, dtype=object)
        anchors[index] = shapely.point_on_surface(bridge.to_crs(geoms, crs, source_crs, context))
        rows, points, is_polygon = [], [], []
        for check, severity in quality.CHECKS:
            if check not in found:
                continue
            findings, messages, areas = found[check]
            for i, g, message, area in zip(findings.index, findings.geoms, messages, areas):
                rows.append((check, names[check], severity, message, int(data.fids[i]) if i >= 0 else -1, abs(float(area))))
                is_polygon.append(g is not None and shapely.get_type_id(g) in (3, 6))
                points.append(g if g is not None else (anchors[i] if i >= 0 else None))
        points = np.asarray(points, dtype=object)
        is_polygon = np.asarray(is_polygon, dtype=bool)
        polygons = bridge.to_crs(points[is_polygon], crs, source_crs, context) if is_polygon.any() else points[is_polygon]
        points[is_polygon] = shapely.point_on_surface(polygons) if len(polygons) else polygons
        spec = [("check_id", "str"), ("check_name", "str"), ("severity", "str"), ("message", "str"),
                ("src_fid", "int"), ("area_m2", "float")]
        dest = bridge.write_rows(self, parameters, "OUTPUT", context, spec, rows, np.asarray(points, dtype=object),
                               source_crs, WKB_POINT)
        results = {"OUTPUT": dest}
        if self.parameterAsOutputLayer(parameters, "AREAS", context):
            results["AREAS"] = bridge.write_rows(self, parameters, "AREAS", context, spec,
                                               [r for r, p in zip(rows, is_polygon) if p], polygons, source_crs,
                                               WKB_MULTI_POLYGON)
        summary = []
        for check, severity in quality.CHECKS:
            count = len(found[check][0]) if check in found else 0
            area = float(np.abs(found[check][2]).sum()) if check in found else 0.0
            summary.append((check, names[check], severity, count, *units.area_triplet(area),
                            tr("not checked: {0}").format(skipped[check]) if check in skipped else ""))
        results["SUMMARY"] = bridge.write_rows(self, parameters, "SUMMARY", context, [
            ("check_id", "str"), ("check_name", "str"), ("severity", "str"), ("count", "int"), ("area_m2", "float"),
            ("area_ha", "float"), ("area_mu", "float"), ("status", "str")], summary)
        results["ERROR_COUNT"] = sum(r[3] for r in summary if r[2] == "error")
        results["WARNING_COUNT"] = sum(r[3] for r in summary if r[2] == "warning")
        for row in summary:
            if row[3]:
                feedback.pushInfo(f"{row[0]} ({row[1]}): {row[3]}")
        feedback.pushInfo(tr("{0}: {1} errors, {2} warnings in {3} features.").format(
            label, results["ERROR_COUNT"], results["WARNING_COUNT"], data.read))
        return results

    def _check_codes(self, parameters, context, feedback, data, code_field, name_field, label, add, skipped):
        from ...core import classification, quality

        values = data.columns[code_field]
        normal = classification.normalise_codes(values) if len(values) else np.empty(0, dtype=object)
        missing = np.flatnonzero([c is None for c in normal])
        add("code_missing", quality.Findings.of(missing, [None] * len(missing), [""] * len(missing)),
            [tr("No land-class code in {0}.").format(code_field)] * len(missing))
        if len(missing) == len(normal):
            skipped["code_unknown"] = skipped["name_mismatch"] = tr("no codes")
            return
        names = data.columns.get(name_field) if name_field else None
        scheme = codes.resolve(self, parameters, "CLASSIFICATION", context, feedback, values, code_field, names)
        table = classification.load_classification(scheme)
        unknown = np.flatnonzero([c is not None and not table.is_known(c) for c in normal])
        add("code_unknown", quality.Findings.of(unknown, [None] * len(unknown), [""] * len(unknown)), [
            tr("Code {0} is not in the {1} table.").format(normal[i], codes.scheme_label(scheme)) for i in unknown])
        if names is None:
            skipped["name_mismatch"] = tr("no name field")
            return
        bad, expected = quality.name_mismatches(normal, names, table)
        add("name_mismatch", quality.Findings.of(bad, [None] * len(bad), [""] * len(bad)), [
            tr("{0} is '{1}', but code {2} is '{3}'.").format(name_field, names[i] or "", normal[i], want)
            for i, want in zip(bad, expected)])


def _name_field(source, code_field):
    """The name field paired with a code field: DLBM → DLMC, YDYHFLDM → YDYHFLMC; else a usual name."""
    for suffix in ("BM", "DM"):
        if code_field.upper().endswith(suffix):
            paired = bridge.guess_field(source, [code_field[:-2] + "MC"])
            if paired:
                return paired
    return bridge.guess_field(source, codes.NAME_FIELDS)


def _false_easting(crs):
    match = re.search(r"\+x_0=([-0-9.eE]+)", crs.toProj())
    return float(match.group(1)) if match else 500_000.0

