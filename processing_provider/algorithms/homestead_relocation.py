"""lantu:homesteadrelocation — 宅基地腾退潜力: settlements kept or relocated, resettlement and surplus per village."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ...compat import FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, VECTOR, VECTOR_LINE, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes


def reason_text(key):
    return {"hazard": tr("in a geological hazard area (地质灾害)"),
            "constraint": tr("in a constraint area (e.g. 生态保护红线, road control zone)"),
            "small_area": tr("scattered: smaller than the minimum settlement area (零散)"),
            "few_parcels": tr("scattered: fewer homesteads than the minimum (零散)"),
            "far_from_road": tr("farther from a road than the maximum distance")}.get(key, key)


class HomesteadRelocation(bridge.LantuAlgorithm):
    ID = "homesteadrelocation"
    GROUP_ID = "quality"
    LANDUSE, CODE_FIELD, CLASSIFICATION = codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION
    CLUSTER_DISTANCE, MIN_SETTLEMENT_AREA, MIN_SETTLEMENT_PARCELS = "CLUSTER_DISTANCE", "MIN_SETTLEMENT_AREA", "MIN_SETTLEMENT_PARCELS"
    HAZARD, CONSTRAINTS, ROADS, MAX_ROAD_DISTANCE = "HAZARD", "CONSTRAINTS", "ROADS", "MAX_ROAD_DISTANCE"
    VILLAGES, VILLAGE_FIELD, POPULATION_FIELD = "VILLAGES", "VILLAGE_FIELD", "POPULATION_FIELD"
    RESETTLE_PER_CAPITA, RESETTLE_RATIO, SUMMARY = "RESETTLE_PER_CAPITA", "RESETTLE_RATIO", "SUMMARY"

    def displayName(self):
        return tr("Homestead relocation potential (宅基地腾退潜力)")

    def shortHelpString(self):
        return tr(
            "Groups the rural homestead parcels (农村宅基地: 三调 0702, 用地用海 0703; the classification is detected "
            "from the codes, never guessed from one code) into settlements: homesteads closer than CLUSTER_DISTANCE "
            "belong to one settlement. Each settlement is kept or proposed for relocation, with its reasons written "
            "out: at least half of its area inside a HAZARD polygon (地质灾害) or a CONSTRAINTS polygon (生态保护红线, "
            "road control zones…); scattered (零散: smaller than MIN_SETTLEMENT_AREA or fewer parcels than "
            "MIN_SETTLEMENT_PARCELS; 三调 often maps a hamlet's houses as one or a few 0702 parcels, so the parcel "
            "test is off by default); farther than MAX_ROAD_DISTANCE from ROADS (0 = not tested). This follows the "
            "plan rule 优先腾退地质灾害和基础设施占用的宅基地，保留大型聚居点、腾退零散聚居点.\n\n"
            "Resettlement land (安置): with VILLAGES and a POPULATION_FIELD, the people moved are the village's "
            "population times the share of its homestead area relocated, each needing RESETTLE_PER_CAPITA m²; "
            "where no population is known, RESETTLE_RATIO of the relocated area (the default 0.38 is seed 003's "
            "60.99 / 160.62 公顷). The surplus quota (节余指标) is relocated − resettlement. The defaults are "
            "starting values: set them to the local rules.\n\n"
            "Outputs: OUTPUT (settlements: settlement_id, parcels, area_m2, area_ha, area_mu, action, reasons, "
            "reasons_text, village, hazard_m2, constraint_m2, road_distance_m), SUMMARY (per village: homestead, "
            "relocate, resettle and surplus in m² and 公顷, population, people moved, method) and the totals "
            "RELOCATE_AREA_M2, RESETTLE_AREA_M2, SURPLUS_AREA_M2.")

    def initAlgorithm(self, config=None):
        codes.add_landuse_parameters(self)
        self.addParameter(QgsProcessingParameterDistance(
            self.CLUSTER_DISTANCE, tr("Homesteads closer than this form one settlement (m)"), 50.0, self.LANDUSE, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SETTLEMENT_AREA, tr("Minimum area of a settlement that is kept (m²)"),
            NUMBER_DOUBLE, 3000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SETTLEMENT_PARCELS, tr("Minimum number of homesteads of a settlement that is kept"),
            NUMBER_INTEGER, 0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARD, tr("Geological hazard areas (地质灾害隐患点/风险区)"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Constraint areas (生态保护红线, road control zones…)"), VECTOR_POLYGON,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, tr("Roads"), [VECTOR_LINE], optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.MAX_ROAD_DISTANCE, tr("Relocate settlements farther than this from a road (m; 0 = no test)"), 0.0,
            self.LANDUSE, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VILLAGES, tr("Villages (行政村)"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VILLAGE_FIELD, tr("Village name field"), parentLayerParameterName=self.VILLAGES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Village population field"), parentLayerParameterName=self.VILLAGES,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESETTLE_PER_CAPITA, tr("Resettlement land per person moved (m²)"), NUMBER_DOUBLE,
            50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESETTLE_RATIO, tr("Resettlement land as a share of the relocated area, where no population is known"),
            NUMBER_DOUBLE, 0.38, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Settlements"), VECTOR_POLYGON))
        bridge.add_secondary_sink(self, self.SUMMARY, tr("Relocation per village"), VECTOR)
        bridge.add_report_parameter(self)
        for name, text in [("RELOCATE_AREA_M2", tr("Homestead area to relocate (腾退, m²)")),
                           ("RESETTLE_AREA_M2", tr("Resettlement land (安置, m²)")),
                           ("SURPLUS_AREA_M2", tr("Surplus quota (节余指标, m²)")),
                           ("SETTLEMENT_COUNT", tr("Settlements")), ("RELOCATE_COUNT", tr("Settlements to relocate"))]:
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import grouping, homestead, units

        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        label = source.sourceName() or tr("land-use layer")
        code_field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        crs = bridge.working_crs(source, bridge.PLANAR, context)
        land = bridge.read(self, parameters, self.LANDUSE, context, feedback, crs, [code_field], label)
        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, land.columns[code_field], code_field)
        chosen = codes.select_classes(land.columns[code_field], scheme, codes.role_classes("homestead", scheme),
                                      feedback, label, tr("rural homestead (农村宅基地)"))
        gaps = codes.report_code_gaps(land.columns[code_field], scheme, shapely.area(land.geoms), feedback, label,
                                      tr("rural homestead (农村宅基地)"), chosen)
        geoms = land.geoms[chosen]
        area = shapely.area(geoms)

        distance = self.parameterAsDouble(parameters, self.CLUSTER_DISTANCE, context)
        labels = grouping.group(geoms, distance)
        n = int(labels.max()) + 1 if len(labels) else 0
        members, settled = grouping.group_sizes(labels, area, n)
        feedback.pushInfo(tr("{0} homestead parcels form {1} settlements (homesteads closer than {2:g} m join).").format(
            len(geoms), n, distance))
        bridge.stop_if_cancelled(feedback)

        hazard, constraint, road_distance = self._surroundings(parameters, context, feedback, crs, geoms, labels, n,
                                                               land.geoms)
        max_road = self.parameterAsDouble(parameters, self.MAX_ROAD_DISTANCE, context)
        if max_road > 0 and road_distance is None:
            raise QgsProcessingException(tr("MAX_ROAD_DISTANCE is set but no ROADS layer is given."))
        reasons = homestead.settlement_reasons(
            settled, members, hazard, constraint, road_distance,
            self.parameterAsDouble(parameters, self.MIN_SETTLEMENT_AREA, context),
            self.parameterAsInt(parameters, self.MIN_SETTLEMENT_PARCELS, context), max_road)
        relocate = np.array([bool(r) for r in reasons], dtype=bool)

        village_names, village_pop, parcel_village = self._villages(parameters, context, feedback, crs, geoms, land.geoms)
        settlement_village = homestead.main_group(labels, parcel_village, area, n) if parcel_village is not None else None
        villages = [village_names[v] if v >= 0 else None for v in settlement_village] if settlement_village is not None \
            else [None] * n
        results = {self.OUTPUT: self._write_settlements(parameters, context, crs, grouping.dissolve_groups(geoms, labels, n),
                                                        members, settled, relocate, reasons, villages, hazard,
                                                        constraint, road_distance)}
        summary, totals = self._summary(parameters, context, village_names, village_pop, parcel_village, area,
                                        relocate[labels] if len(labels) else np.zeros(0, dtype=bool))
        if bridge.asked_for(self, parameters, self.SUMMARY, context):
            results[self.SUMMARY] = bridge.write_rows(self, parameters, self.SUMMARY, context, self.SUMMARY_SPEC, summary)
        results.update({"RELOCATE_AREA_M2": totals[0], "RESETTLE_AREA_M2": totals[1], "SURPLUS_AREA_M2": totals[0] - totals[1],
                        "SETTLEMENT_COUNT": n, "RELOCATE_COUNT": int(relocate.sum())})
        balance = [totals[0] / units.M2_PER_HA, totals[1] / units.M2_PER_HA, (totals[0] - totals[1]) / units.M2_PER_HA]
        feedback.pushInfo(tr("Relocate {0} of {1} settlements: 腾退 {2:,.2f} 公顷, 安置 {3:,.2f} 公顷, 节余 {4:,.2f} 公顷.").format(
            results["RELOCATE_COUNT"], n, *balance))
        for key, count, key_area in homestead.reason_totals(reasons, settled):
            feedback.pushInfo(tr("{0}: {1} settlements, {2:,.2f} 公顷").format(reason_text(key), count, key_area / units.M2_PER_HA))

        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(report_path, summary, label, len(geoms), n, distance, results["RELOCATE_COUNT"], balance,
                         [gaps] if gaps else [])
            results[self.REPORT] = report_path
        return results

    def _surroundings(self, parameters, context, feedback, crs, geoms, labels, n, land):
        """(hazard m², constraint m², road distance or None) per settlement; NaN (not checked) where a layer given
        cannot be looked at against the land-use layer `land` (no polygons, or lying apart)."""
        from ...core import homestead

        # HAZARD is a feature source, read as one (a selection or a model's output); CONSTRAINTS is a list of layers
        hazard_areas, blind = [], set()
        if parameters.get(self.HAZARD) is not None and self.parameterAsSource(parameters, self.HAZARD, context) is not None:
            label = bridge.layer_name(self, parameters, self.HAZARD, context) or tr("geological hazard areas")
            hazard_areas = bridge.read(self, parameters, self.HAZARD, context, feedback, crs, (), label).geoms
            if bridge.reach(land, hazard_areas, label, tr("the land-use layer"), feedback):
                blind.add("hazard")
        constraint_areas = []
        for label, data in bridge.read_layers(self, parameters, self.CONSTRAINTS, context, feedback, crs).items():
            if bridge.reach(land, data.geoms, label, tr("the land-use layer"), feedback):
                blind.add("constraint")
            constraint_areas += list(data.geoms)
        hazard = homestead.inside_area(hazard_areas, geoms, labels, n)
        constraint = homestead.inside_area(constraint_areas, geoms, labels, n)
        # a settlement kept for want of a layer to look at is not told it is safe: its figure is empty
        if "hazard" in blind:
            hazard[:] = np.nan
            feedback.pushWarning(tr("No settlement is judged by the hazard areas (not checked): hazard_m2 is empty."))
        if "constraint" in blind:
            constraint[:] = np.nan
            feedback.pushWarning(tr("No settlement is judged by the constraint areas (not checked): constraint_m2 is "
                                    "empty."))
        if parameters.get(self.ROADS) is None or self.parameterAsSource(parameters, self.ROADS, context) is None:
            return hazard, constraint, None
        roads = bridge.read(self, parameters, self.ROADS, context, feedback, crs, (), tr("roads"), kind=bridge.ANY)
        if len(roads.geoms) == 0 or len(geoms) == 0:
            feedback.pushWarning(tr("The roads layer has no geometry: the road distance is not tested."))
        return hazard, constraint, homestead.road_distance(roads.geoms, geoms, labels, n)

    def _write_settlements(self, parameters, context, crs, shapes, members, settled, relocate, reasons, villages, hazard,
                           constraint, road_distance):
        from ...core import homestead, units

        spec = [("settlement_id", "int"), ("parcels", "int"), ("area_m2", "float"), ("area_ha", "float"),
                ("area_mu", "float"), ("action", "str"), ("reasons", "str"), ("reasons_text", "str"), ("village", "str"),
                ("hazard_m2", "float"), ("constraint_m2", "float"), ("road_distance_m", "float")]
        rows = [(k + 1, int(members[k]), *units.area_triplet(float(settled[k])),
                 homestead.RELOCATE if relocate[k] else homestead.KEEP, ";".join(reasons[k]),
                 "; ".join(reason_text(r) for r in reasons[k]), villages[k], _number(hazard[k]), _number(constraint[k]),
                 None if road_distance is None else float(road_distance[k])) for k in range(len(members))]
        return bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, geoms=shapes, crs=crs,
                                 wkb_type=WKB_MULTI_POLYGON)

    def _report(self, path, summary, label, parcels, n, distance, relocate_count, balance, notes):
        from ...core import report

        headers = [tr("Village"), tr("Homestead (公顷)"), tr("Relocate (公顷)"), tr("Population"), tr("People moved"),
                   tr("Resettle (公顷)"), tr("Surplus (公顷)"), tr("Method")]
        table = [(r[0], r[2], r[4], r[5], r[6], r[8], r[10], r[11]) for r in summary]
        facts = [tr("Layer: {0}; {1} homestead parcels; {2} settlements (cluster distance {3:g} m)").format(
            label, parcels, n, distance),
            tr("Relocate {0} settlements: 腾退 {1:,.2f} 公顷, 安置 {2:,.2f} 公顷, 节余 {3:,.2f} 公顷").format(
                relocate_count, *balance)] + notes
        report.write(path, report.page(tr("Homestead relocation potential (宅基地腾退潜力)"), facts,
                                       [(tr("Per village"), report.table(
                                           headers, table, ["total" if r[0] == tr("Total") else "" for r in summary]))]))

    SUMMARY_SPEC = [("village", "str"), ("homestead_m2", "float"), ("homestead_ha", "float"), ("relocate_m2", "float"),
                    ("relocate_ha", "float"), ("population", "float"), ("relocate_pop", "float"), ("resettle_m2", "float"),
                    ("resettle_ha", "float"), ("surplus_m2", "float"), ("surplus_ha", "float"), ("method", "str")]

    def _summary(self, parameters, context, names, population, parcel_village, area, parcel_relocated):
        from ...core import homestead

        if parcel_village is None:
            names, population, parcel_village = [tr("All")], [None], np.zeros(len(area), dtype=np.int64)
        return homestead.village_table(names, population, parcel_village, area, parcel_relocated,
                                       self.parameterAsDouble(parameters, self.RESETTLE_PER_CAPITA, context),
                                       self.parameterAsDouble(parameters, self.RESETTLE_RATIO, context),
                                       tr("Outside the villages"), tr("Total"))

    def _villages(self, parameters, context, feedback, crs, geoms, land):
        """(names, populations, village index per homestead parcel) or (None, None, None) without villages, or
        with a VILLAGES layer that cannot be looked at against the land-use layer `land` (told: no per-village rows)."""
        if parameters.get(self.VILLAGES) is None:
            return None, None, None
        source = self.parameterAsSource(parameters, self.VILLAGES, context)
        if source is None:
            return None, None, None
        from ...core import overlay

        label = source.sourceName() or tr("villages")
        name_field = bridge.name_field(self, parameters, self.VILLAGE_FIELD, context, source, feedback, label)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        villages = bridge.read(self, parameters, self.VILLAGES, context, feedback, crs,
                                      [f for f in (name_field, pop_field) if f], label)
        if bridge.reach(land, villages.geoms, label, tr("the land-use layer"), feedback):
            return [tr("All (villages not checked)")], [None], np.zeros(len(geoms), dtype=np.int64)
        names = ([tr("(no name)") if v is None else str(v) for v in villages.columns[name_field]] if name_field
                 else [f"#{fid}" for fid in villages.fids])
        population = (list(bridge.refuse_negative(bridge.numeric_column(villages.columns[pop_field], label, pop_field),
                                                  villages.fids, label, pop_field, tr("a population"))) if pop_field
                      else [None] * len(names))
        if not pop_field:
            feedback.pushInfo(tr("No population field: resettlement land is RESETTLE_RATIO of the relocated area."))
        ia, ib, shared = overlay.shared_areas(geoms, villages.geoms)
        from ...core import homestead

        return names, population, homestead.main_group(ia, ib, shared, len(geoms))


def _number(value):
    """A float for a table, None (NULL: not checked) for NaN."""
    value = float(value)
    return None if value != value else value
