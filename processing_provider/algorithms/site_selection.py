"""lantu:siteselection — 项目辅助选址: where a project of a given size may go under the control lines, the land
classes, the roads, the hazards and the slope; compact candidate sites, ranked (core/site_selection.py,
core/site_cutting.py). Every candidate passes lantu:sitecheck as 可行 with the same layers."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...compat import NUMBER_DOUBLE, NUMBER_INTEGER, VECTOR_LINE, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes, control_lines, dem
from . import site_selection_report as report
from .site_check import ROAD_GRADE_FIELDS, ROAD_WIDTH_FIELDS

SPEC = [("rank", "int"), ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float"), ("mean_slope", "float"),
        ("road_distance_m", "float"), ("compactness", "float"), ("score", "float"), ("reasons", "str")]


class SiteSelection(bridge.LantuAlgorithm):
    ID = "siteselection"
    GROUP_ID = "bottomlines"
    BOUNDARY, LANDUSE, CODE_FIELD, CLASSIFICATION = "BOUNDARY", codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION
    ALLOWED_CLASSES = "ALLOWED_CLASSES"
    PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY = (
        control_lines.PERMANENT_FARMLAND, control_lines.ECO_REDLINE, control_lines.URBAN_BOUNDARY)
    URBAN_RULE, ROADS, MAX_ROAD_DISTANCE, HAZARD = "URBAN_RULE", "ROADS", "MAX_ROAD_DISTANCE", "HAZARD"
    DEM, MAX_SLOPE, AREA_HA, MIN_WIDTH, COUNT = "DEM", "MAX_SLOPE", "AREA_HA", "MIN_WIDTH", "COUNT"
    CANDIDATE_COUNT, FEASIBLE_AREA_M2 = "CANDIDATE_COUNT", "FEASIBLE_AREA_M2"

    def displayName(self):
        return tr("Find project sites (项目辅助选址)")

    def shortHelpString(self):
        return tr(
            "Finds where a project of AREA_HA 公顷 may go in the search area (BOUNDARY). Feasible land is the land of the "
            "allowed classes (ALLOWED_CLASSES: codes, comma-separated, a code includes its sub-classes; empty = "
            "construction and unused land from resources/tables/consolidation_classes.csv, never 耕地) less 永久基本农田, "
            "生态保护红线, the hazard areas (HAZARD) and the roads' building control zones (《公路安全保护条例》第十一条, "
            "as lantu:sitecheck draws them), inside or outside 城镇开发边界 as URBAN_RULE says (0 inside only, 1 outside "
            "only, 2 either), within MAX_ROAD_DISTANCE m of a road (0 = no limit), less the DEM cells steeper than "
            "MAX_SLOPE degrees or of unknown slope (Horn's slope, as gdaldem), and less whatever is narrower than "
            "MIN_WIDTH m (a buffer of −MIN_WIDTH/2 then +MIN_WIDTH/2).\n\n"
            "Candidates: in each piece of feasible land large enough, a disc around the piece's pole of inaccessibility "
            "is grown until its land makes AREA_HA (to 0.5 %); the best pieces are cut first, and what is left of a "
            "piece may give another site. Score (0–100) = 40 % flatness (1 − mean slope / MAX_SLOPE) + 40 % road access "
            "(1 − distance to the nearest road / MAX_ROAD_DISTANCE, or 1000 m) + 20 % compactness (4π·area/perimeter²), "
            "over the terms that can be known. Each candidate passes lantu:sitecheck as 可行 with the same layers (a site "
            "outside 城镇开发边界 is 需调整 there, by its rule).\n\n"
            "Outputs: OUTPUT (rank, area, mean_slope, road_distance_m, compactness, score, reasons in Chinese), "
            "CANDIDATE_COUNT, FEASIBLE_AREA_M2 (all land meeting every constraint); REPORT: what each constraint "
            "removed, and a map per candidate. When no site fits, the log and the report name the constraint that "
            "removed the most land.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.BOUNDARY, tr("Search area (e.g. the 片区)"),
                                                              [VECTOR_POLYGON]))
        codes.add_landuse_parameters(self, tr("Current land use (三调 DLTB or 用地用海)"))
        self.addParameter(QgsProcessingParameterString(
            self.ALLOWED_CLASSES, tr("Land classes a site may take (codes, comma-separated; empty = construction and "
                                     "unused land)"), optional=True))
        control_lines.add_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.URBAN_RULE, tr("Urban development boundary rule"),
            [tr("inside only"), tr("outside only"), tr("either")], defaultValue=2))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ROADS, tr("Roads (centre lines), optional"),
                                                              [VECTOR_LINE], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_ROAD_DISTANCE, tr("Farthest from a road (m; 0 = no limit)"), NUMBER_DOUBLE, 500.0, False, 0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARD, tr("Hazard areas to avoid (地质灾害隐患点范围…), optional"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM, optional"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_SLOPE, tr("Steepest slope allowed (degrees)"), NUMBER_DOUBLE, 15.0, False, 0.1, 89.9))
        self.addParameter(QgsProcessingParameterNumber(
            self.AREA_HA, tr("Project area (公顷)"), NUMBER_DOUBLE, 1.0, False, 0.0001))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_WIDTH, tr("Narrowest a site may be (m)"), NUMBER_DOUBLE, 30.0, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COUNT, tr("Candidates wanted"), NUMBER_INTEGER, 5, False, 1, 100))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Candidate sites"), VECTOR_POLYGON))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber(self.CANDIDATE_COUNT, tr("Candidates found")))
        self.addOutput(QgsProcessingOutputNumber(self.FEASIBLE_AREA_M2, tr("Land meeting every constraint (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import site_cutting, site_selection, units

        area_m2 = self.parameterAsDouble(parameters, self.AREA_HA, context) * units.M2_PER_HA
        min_width = self.parameterAsDouble(parameters, self.MIN_WIDTH, context)
        max_slope = self.parameterAsDouble(parameters, self.MAX_SLOPE, context)
        reach = self.parameterAsDouble(parameters, self.MAX_ROAD_DISTANCE, context)
        rule = self.parameterAsEnum(parameters, self.URBAN_RULE, context)
        count = self.parameterAsInt(parameters, self.COUNT, context)
        land_source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land use"))
        crs = bridge.working_crs(land_source, bridge.PLANAR, context)
        if crs.isGeographic():
            raise QgsProcessingException(tr("Site selection measures in metres: the land use needs a projected CRS."))
        lines = control_lines.given(self, parameters, context)
        if rule != site_selection.EITHER and not any(key == "UDB" for key, _, _ in lines):
            raise QgsProcessingException(tr("URBAN_RULE asks for sites {0} the urban development boundary, but no "
                                            "URBAN_BOUNDARY layer is given: give it, or choose 'either'.").format(
                                                tr("inside") if rule == site_selection.INSIDE else tr("outside")))
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        boundary = bridge.read(self, parameters, self.BOUNDARY, context, feedback, crs,
                               label=bridge.layer_name(self, parameters, self.BOUNDARY, context) or tr("search area"))
        if len(boundary) == 0:
            raise QgsProcessingException(tr("The search area {0} holds no polygons.").format(
                bridge.layer_name(self, parameters, self.BOUNDARY, context)))
        background = self._start_slope(dem_layer, crs, shapely.total_bounds(boundary.geoms), feedback) if dem_layer else None
        try:
            land = self._land(parameters, context, feedback, crs, land_source, boundary.geoms)
            keep, avoid, layers, unchecked = self._constraints(parameters, context, feedback, crs, lines, rule, reach,
                                                               boundary.geoms)
            slope_cells = None
            if background is not None:
                voids = background.voids()
                if voids:
                    feedback.pushInfo(tr("The DEM has {0} cells without data over the search area: land on them (and next "
                                         "to them) has no known slope and is not taken.").format(voids))
                slope_cells = site_selection.SlopeCells(background.grid, background.surface, max_slope)
            feedback.setProgressText(tr("Finding the land that meets every constraint…"))
            parts, funnel = site_selection.feasible_land(
                boundary.geoms, land.geoms, keep, avoid, slope_cells, min_width,
                progress=lambda step: (bridge.stop_if_cancelled(feedback),
                                       feedback.pushInfo(tr("Applying: {0}").format(site_selection.STEP_NAMES_ZH[step]))))
            feasible_m2 = float(shapely.area(parts).sum()) if len(parts) else 0.0
            feedback.pushInfo(tr("Land meeting every constraint: {0:,.2f} m² = {1:,.4f} 公顷 in {2} pieces.").format(
                feasible_m2, feasible_m2 / units.M2_PER_HA, len(parts)))

            def measure(geoms):
                mean = None
                if slope_cells is not None:
                    from ...core import zonal
                    mean = zonal.zonal_slope(geoms, slope_cells.grid, slope_cells.values, max_slope)[0]
                distance = site_cutting.road_distances(geoms, layers["roads"])[0] if layers.get("roads") is not None else None
                return site_cutting.terms(geoms, mean, distance, max_slope, reach or site_cutting.DEFAULT_REACH)

            feedback.setProgressText(tr("Cutting candidate sites…"))
            found = site_cutting.candidates(parts, area_m2, count, min_width, measure, cancelled=feedback.isCanceled)
        finally:
            if background is not None:
                background.__exit__(None, None, None)
        bridge.stop_if_cancelled(feedback)
        sites = np.asarray([f[0] for f in found], dtype=object)
        facts = site_cutting.site_facts(sites, land.geoms, land.columns["code"], land.columns["name"], layers.get("UDB"),
                                        slope_cells, layers.get("roads"))
        avoided = [site_selection.STEP_NAMES_ZH[k] for k in avoid if k != site_selection.URBAN]
        # what no layer was given for is not checked either, and each candidate's reasons say so (in Chinese, as they are)
        given = {key for key, _, _ in lines}
        missing = [site_selection.NOT_GIVEN_ZH[k] for k, there in (("PBF", "PBF" in given), ("ERL", "ERL" in given),
                                                                 ("dem", dem_layer is not None), ("roads", "roads" in layers))
                   if not there]
        rows = self._rows(found, facts, rule, avoided, max_slope if slope_cells is not None else None, unchecked + missing)
        out_crs = land_source.sourceCrs()
        geoms = bridge.to_crs(sites, crs, out_crs, context) if len(sites) else sites
        results = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, SPEC, rows, geoms, out_crs,
                                                  WKB_MULTI_POLYGON),
                   self.CANDIDATE_COUNT: len(found), self.FEASIBLE_AREA_M2: feasible_m2}
        largest = float(shapely.area(parts).max()) if len(parts) else 0.0
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if path or len(found) < count:
            feedback.setProgressText(tr("Measuring what each constraint removes on its own…"))
            funnel.measure_own()
        verdict = report.outcome_text(len(found), count, area_m2, largest, funnel)
        (feedback.pushInfo if len(found) == count else feedback.pushWarning)(verdict)
        for row in rows:
            feedback.pushInfo(tr("Candidate {0}: {1:,.4f} 公顷, score {2:.1f} — {3}").format(row[0], row[2], row[7], row[8]))
        if path:
            report.write(path, self.displayName(), verdict, funnel, rows, sites, parts, layers, self._settings(
                parameters, context, area_m2, min_width, max_slope, reach, rule, dem_layer, unchecked + missing))
            results[self.REPORT] = path
        return results

    # --- inputs ---------------------------------------------------------------------------------
    def _start_slope(self, layer, crs, bounds, feedback):
        """core.slope.BackgroundSlope over the search area's window of the DEM, computing while the layers are read."""
        from ...core import slope_farmland

        dataset, full = dem.open_dem(layer, crs, feedback)
        window = slope_farmland.window(full, bounds)
        if window[2] <= window[0]:
            raise QgsProcessingException(tr("The DEM {0} does not cover the search area: check that it is the DEM of this "
                                            "area and that its CRS is right.").format(layer.name()))
        background = dem.slope_in_background(dataset, full, window)
        background.dataset = dataset  # its band is read in other threads: the dataset must outlive them
        return background

    def _land(self, parameters, context, feedback, crs, source, boundary):
        """The parcels of the allowed classes (LayerData, its codes and class names kept)."""
        import shapely

        from ...core import classification, consolidation_classes, land_codes

        label = bridge.layer_name(self, parameters, self.LANDUSE, context) or tr("land use")
        field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        data = bridge.read(self, parameters, self.LANDUSE, context, feedback, crs, [field], label)
        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, data.columns[field], field)
        area_label = bridge.layer_name(self, parameters, self.BOUNDARY, context) or tr("search area")
        if bridge.reach(boundary, data.geoms, label, tr("the search area"), feedback):
            raise QgsProcessingException(tr("{0} does not reach the search area {1}: no land class can be known there. "
                                            "Check both layers' coordinate systems.").format(label, area_label))
        text = self.parameterAsString(parameters, self.ALLOWED_CLASSES, context)
        allowed = consolidation_classes.parse_codes(text) if text and text.strip() else codes.role_classes("buildable", scheme)
        if any(c.startswith("01") for c in allowed):
            feedback.pushWarning(tr("ALLOWED_CLASSES includes 耕地 (01): lantu:sitecheck judges a site on it 需调整 "
                                    "(占补平衡)."))
        chosen = codes.select_classes(data.columns[field], scheme, allowed, feedback, label, tr("land a site may take"))
        codes.report_code_gaps(data.columns[field], scheme, shapely.area(data.geoms), feedback, label,
                               tr("land a site may take"), chosen)
        table = classification.load_classification(scheme)
        data.keep(chosen)
        data.columns["code"] = land_codes.normalise_codes(data.columns[field]) if len(data) else np.empty(0, dtype=object)
        data.columns["name"] = np.array([table.name(c) or "" if c else "" for c in data.columns["code"]], dtype=object)
        return data

    def _constraints(self, parameters, context, feedback, crs, lines, rule, reach, boundary):
        """(keep {step: polygons}, avoid {step: polygons}, {name: geometries for reasons and the report}, [not checked])."""
        from ...core import site_selection as ss
        from ...core import sitecheck

        keep, avoid, layers, unchecked = {}, {}, {}, []
        against = tr("the search area")
        for key, data in control_lines.read(self, parameters, context, feedback, crs, lines).items():
            name = dict((k, n) for k, n, _ in lines)[key]
            label = control_lines.short_name(key) + f" ({bridge.layer_name(self, parameters, name, context)})"
            layers[key] = data.geoms
            if bridge.reach(boundary, data.geoms, label, against, feedback):
                unchecked.append(control_lines.short_name(key))
                if key == "UDB" and rule == ss.INSIDE:
                    keep[ss.URBAN] = data.geoms  # nothing inside an empty or distant boundary: no site
                continue
            if key in ("PBF", "ERL"):
                avoid[key] = data.geoms
            elif rule == ss.INSIDE:
                keep[ss.URBAN] = data.geoms
            elif rule == ss.OUTSIDE:
                avoid[ss.URBAN] = data.geoms
        hazard = self.parameterAsSource(parameters, self.HAZARD, context)
        if hazard is not None:
            label = bridge.layer_name(self, parameters, self.HAZARD, context) or tr("hazard areas")
            data = bridge.read(self, parameters, self.HAZARD, context, feedback, crs, (), label)
            layers["hazard"] = data.geoms
            if bridge.reach(boundary, data.geoms, label, against, feedback):
                unchecked.append(label)
            else:
                avoid[ss.HAZARD] = data.geoms
        roads = self.parameterAsSource(parameters, self.ROADS, context)
        if roads is not None:
            label = bridge.layer_name(self, parameters, self.ROADS, context) or tr("roads")
            grade = bridge.guess_field(roads, ROAD_GRADE_FIELDS)
            width = bridge.guess_field(roads, ROAD_WIDTH_FIELDS)
            data = bridge.read(self, parameters, self.ROADS, context, feedback, crs, [f for f in (grade, width) if f], label,
                               kind=bridge.LINES)
            layers["roads"] = data.geoms
            if bridge.reach(boundary, data.geoms, label, against, feedback):
                raise QgsProcessingException(tr("{0} does not reach the search area {1}: the distance to a road cannot "
                                                "be known there.").format(label, bridge.layer_name(
                                                    self, parameters, self.BOUNDARY, context) or tr("search area")))
            if grade:
                widths = bridge.numeric_column(data.columns[width], label, width) if width else np.full(len(data), np.nan)
                setbacks = sitecheck.load_setbacks()
                zones, kept = sitecheck.road_zones(data.geoms, data.columns[grade], widths, setbacks)
                feedback.pushInfo(tr("{0}: {1} of {2} roads have a building control zone (field {3}); the others' road "
                                     "land (half their width) is avoided too.").format(label, len(kept), len(data), grade))
                avoid[ss.ROAD_ZONE] = np.concatenate([zones, ss.road_land(data.geoms, data.columns[grade], widths,
                                                                          setbacks, kept)])
            else:
                feedback.pushWarning(tr("{0}: no road grade field ({1}): the roads' building control zones are not "
                                        "avoided.").format(label, ", ".join(ROAD_GRADE_FIELDS)))
                unchecked.append(tr("公路建筑控制区"))
            if reach > 0:
                keep[ss.ROAD_DISTANCE] = shapely_buffer(data.geoms, reach)
        return keep, avoid, layers, unchecked

    @staticmethod
    def _rows(found, facts, rule, avoided, max_slope, unchecked):
        from ...core import site_cutting, units

        rows = []
        for rank, ((site, value, found_terms), fact) in enumerate(zip(found, facts), start=1):
            text = site_cutting.reasons_zh(fact, rule, avoided, max_slope, unchecked)
            rows.append([rank, *units.area_triplet(float(site.area)), _num(fact["mean_slope"]), _num(fact["road_distance"]),
                         float(found_terms["compact"]), round(value, 2), text])
        return rows

    def _settings(self, parameters, context, area_m2, min_width, max_slope, reach, rule, dem_layer, unchecked):
        names = {n: bridge.layer_name(self, parameters, n, context) for n in (
            self.BOUNDARY, self.LANDUSE, self.PERMANENT_FARMLAND, self.ECO_REDLINE, self.URBAN_BOUNDARY, self.ROADS,
            self.HAZARD)}
        return {"names": names, "area_m2": area_m2, "min_width": min_width, "max_slope": max_slope if dem_layer else None,
                "reach": reach, "rule": rule, "dem": dem_layer.name() if dem_layer else "", "unchecked": unchecked,
                "allowed": self.parameterAsString(parameters, self.ALLOWED_CLASSES, context)}


def shapely_buffer(lines, distance):
    import shapely

    from ...core import overlay

    lines = np.asarray(lines, dtype=object)
    return overlay.parallel(lambda g, d: shapely.buffer(g, d, quad_segs=8), lines, np.full(len(lines), float(distance)))


def _num(value):
    return None if value is None or value != value else float(value)
