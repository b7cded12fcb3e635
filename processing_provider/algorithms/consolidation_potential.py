"""lantu:consolidationpotential — 全域土地综合整治潜力表: the per-village potential a consolidation plan needs."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ...compat import FIELD_NUMERIC, VECTOR, VECTOR_LINE, VECTOR_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes
from .farmland_contiguity import FarmlandContiguity
from .homestead_relocation import HomesteadRelocation
from .slope_farmland import SlopeFarmland


class ConsolidationPotential(bridge.LantuAlgorithm):
    ID = "consolidationpotential"
    GROUP_ID = "quality"
    LANDUSE, CODE_FIELD, CLASSIFICATION = codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION
    VILLAGES, VILLAGE_FIELD, POPULATION_FIELD, RESTORE_FIELD = "VILLAGES", "VILLAGE_FIELD", "POPULATION_FIELD", "RESTORE_FIELD"
    DEM, ROADS, MAX_ROAD_DISTANCE, HAZARD, GAP = "DEM", "ROADS", "MAX_ROAD_DISTANCE", "HAZARD", "GAP"
    CLASS_TABLE, GRADE_BREAKS = "CLASS_TABLE", "GRADE_BREAKS"

    def displayName(self):
        return tr("Land consolidation potential per village (全域土地综合整治潜力)")

    def shortHelpString(self):
        return tr(
            "The per-village potential table of a 全域土地综合整治 plan, from the current land use:\n"
            "- homestead relocation, resettlement and surplus quota (runs lantu:homesteadrelocation);\n"
            "- reclaimable mining land and idle construction land (classes from CLASS_TABLE, by default "
            "resources/tables/consolidation_classes.csv: 三调 0602 / 用地用海 1002, 三调 1201 / 用地用海 2301);\n"
            "- restorable farmland, where the layer carries a 三调 restoration attribute (RESTORE_FIELD; values "
            "JKHF/即可恢复 and GCHF/工程恢复);\n"
            "- cultivated land steeper than 25° (runs lantu:slopefarmland with the DEM, or GDPDJB);\n"
            "- farmland contiguity: cultivated parcels, blocks and 百亩方 per village (runs lantu:farmlandcontiguity).\n\n"
            "Areas crossing a village boundary are shared out by area; a block or settlement belongs to the "
            "village holding most of it. potential_ha = relocate + mining + idle + restorable + steep. The grade "
            "(I highest) uses GRADE_BREAKS (two values in 公顷) or, when empty, splits the villages into thirds; the "
            "report states which.")

    def initAlgorithm(self, config=None):
        codes.add_landuse_parameters(self, tr("Land-use layer (三调 DLTB)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VILLAGES, tr("Villages (行政村)"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.VILLAGE_FIELD, tr("Village name field (empty = guess: ZLDWMC, XZQMC, CUNMC …)"),
            parentLayerParameterName=self.VILLAGES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Village population field"), parentLayerParameterName=self.VILLAGES,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.RESTORE_FIELD, tr("Restoration attribute (即可恢复 / 工程恢复), if the layer has one"),
            parentLayerParameterName=self.LANDUSE, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (empty = use GDPDJB)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, tr("Roads"), [VECTOR_LINE], optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.MAX_ROAD_DISTANCE, tr("Relocate settlements farther than this from a road (m; 0 = no test)"), 0.0,
            self.LANDUSE, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARD, tr("Geological hazard areas (地质灾害隐患点/风险区)"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.GAP, tr("Gap bridged between farmland parcels (m)"), 0.0, self.LANDUSE, minValue=0.0))
        self.addParameter(QgsProcessingParameterFile(
            self.CLASS_TABLE, tr("Class table (CSV: role, classification, code, name; empty = the built-in one)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.GRADE_BREAKS, tr("Grade breaks (公顷: lower, upper; empty = thirds of the villages)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Potential per village"), VECTOR))
        bridge.add_report_parameter(self)
        for name, text in [("TOTAL_POTENTIAL_M2", tr("Total potential (m²)")), ("SURPLUS_AREA_M2", tr("Surplus quota (节余指标, m²)")),
                           ("MINING_AREA_M2", tr("Mining land (m²)")), ("IDLE_AREA_M2", tr("Idle construction land (m²)")),
                           ("RESTORE_AREA_M2", tr("Restorable farmland (m²)")), ("STEEP_AREA_M2", tr("Farmland steeper than 25° (m²)"))]:
            self.addOutput(QgsProcessingOutputNumber(name, text))

    SPEC = [("village", "str"), ("area_ha", "float"), ("homestead_ha", "float"), ("relocate_ha", "float"),
            ("resettle_ha", "float"), ("surplus_ha", "float"), ("mining_ha", "float"), ("idle_ha", "float"),
            ("restore_now_ha", "float"), ("restore_works_ha", "float"), ("steep_ha", "float"), ("cultivated_ha", "float"),
            ("farmland_parcels", "int"), ("farmland_blocks", "int"), ("large_blocks", "int"), ("large_block_share", "float"),
            ("potential_ha", "float"), ("grade", "str")]

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import potential, units

        breaks = self._breaks(parameters, context)
        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        label = source.sourceName() or tr("land-use layer")
        code_field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        restore_field = self.parameterAsString(parameters, self.RESTORE_FIELD, context) or None
        crs = bridge.working_crs(source, bridge.PLANAR, context)
        land = bridge.read(self, parameters, self.LANDUSE, context, feedback, crs,
                           [f for f in (code_field, restore_field) if f], label)
        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, land.columns[code_field], code_field)
        village_source = bridge.source_or_fail(self, parameters, self.VILLAGES, context, tr("villages"))
        village_field = bridge.name_field(self, parameters, self.VILLAGE_FIELD, context, village_source, feedback,
                                          village_source.sourceName() or tr("villages"))
        villages = bridge.read(self, parameters, self.VILLAGES, context, feedback, crs, [village_field] if village_field else [],
                               tr("villages"))
        village_label = village_source.sourceName() or tr("villages")
        if bridge.reach(land.geoms, villages.geoms, village_label, tr("the land-use layer"), feedback):
            raise QgsProcessingException(tr("{0} cannot be looked at against the land-use layer (no polygons, or lying "
                                            "apart): the potential is per village, so nothing could be checked. Give the "
                                            "villages of this land-use layer.").format(village_label))
        names = ([tr("(no name)") if v is None else str(v) for v in villages.columns[village_field]] if village_field
                 else [f"#{fid}" for fid in villages.fids])
        n = len(names)

        gaps = codes.report_code_gaps(land.columns[code_field], scheme, shapely.area(land.geoms), feedback, label,
                                      tr("mining or idle construction land"))
        figures = self._land_figures(parameters, context, feedback, land, code_field, restore_field, scheme, villages.geoms, n)
        figures.update(self._run_homestead({**parameters, self.VILLAGE_FIELD: village_field}, context, feedback,
                                           {name: k for k, name in enumerate(names)}, n))
        figures["steep"], cultivated = self._run_slope(parameters, context, feedback, crs, villages.geoms, n)
        blocks = self._run_blocks(parameters, context, feedback, crs, villages.geoms, n)
        bridge.stop_if_cancelled(feedback)

        potential_m2 = potential.total_potential(figures)
        grades, used = potential.grade(potential_m2 / units.M2_PER_HA, breaks)
        rows = potential.village_rows(names, shapely.area(villages.geoms), figures, cultivated, blocks, potential_m2, grades)
        results = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, self.SPEC, rows),
                   "TOTAL_POTENTIAL_M2": float(potential_m2.sum()), "SURPLUS_AREA_M2": float(figures["surplus"].sum()),
                   "MINING_AREA_M2": float(figures["mining"].sum()), "IDLE_AREA_M2": float(figures["idle"].sum()),
                   "RESTORE_AREA_M2": float(figures["restore_now"].sum() + figures["restore_works"].sum()),
                   "STEEP_AREA_M2": None if np.isnan(figures["steep"]).any() else float(figures["steep"].sum())}
        method = (tr("Grades by the given breaks: I ≥ {1:g} 公顷 > II ≥ {0:g} 公顷 > III.") if breaks else
                  tr("Grades by thirds of the villages: I ≥ {1:.2f} 公顷 > II ≥ {0:.2f} 公顷 > III (villages with no potential are III).")).format(*used)
        feedback.pushInfo(method)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            notes = [gaps] if gaps else []
            if results["STEEP_AREA_M2"] is None:
                notes.append(tr("Farmland steeper than 25°: not checked (the slope could not be computed); the potential "
                                "leaves it out."))
            self._report(report_path, rows, label, n, method, notes)
            results[self.REPORT] = report_path
        return results

    def _land_figures(self, parameters, context, feedback, land, code_field, restore_field, scheme, village_geoms, n):
        """Mining, idle construction and restorable farmland per village (m²), from the land-use layer."""
        import shapely

        from ...core import consolidation_classes, potential

        table_path = self.parameterAsFile(parameters, self.CLASS_TABLE, context) or None
        area = shapely.area(land.geoms)

        def by_village(mask):
            return potential.share_by_village(land.geoms[mask], area[mask], village_geoms, n)

        figures = {}
        for role in ("mining", "idle"):
            role_codes = consolidation_classes.role_codes(role, scheme, table_path)
            mask = consolidation_classes.in_classes(land.columns[code_field], role_codes) if role_codes else np.zeros(len(area), bool)
            figures[role] = by_village(mask)
            role_label = tr("Mining land") if role == "mining" else tr("Idle construction land")
            feedback.pushInfo(tr("{0} ({1}): {2:,.2f} 公顷").format(role_label, ", ".join(role_codes) or "—", figures[role].sum() / 1e4))
        kinds = potential.restore_kind(land.columns[restore_field]) if restore_field else np.full(len(area), "", dtype=object)
        figures["restore_now"] = by_village(kinds == "now")
        figures["restore_works"] = by_village(kinds == "works")
        if not restore_field:
            feedback.pushInfo(tr("No restoration attribute (RESTORE_FIELD): restorable farmland is not counted."))
        return figures

    def _report(self, path, rows, label, n, method, notes):
        from ...core import report

        headers = [tr("Village"), tr("Relocate (公顷)"), tr("Surplus (公顷)"), tr("Mining (公顷)"), tr("Idle (公顷)"),
                   tr("Restorable (公顷)"), tr("Steep > 25° (公顷)"), tr("Blocks"), tr("Large blocks"),
                   tr("Potential (公顷)"), tr("Grade")]
        table = [(r[0], r[3], r[5], r[6], r[7], r[8] + r[9], r[10], r[13], r[14], r[16], r[17]) for r in rows]
        facts = [tr("Layer: {0}; {1} villages").format(label, n),
                 tr("Potential = homestead to relocate + mining + idle + restorable + farmland steeper than 25°."), method] + notes
        report.write(path, report.page(tr("Land consolidation potential per village (全域土地综合整治潜力)"), facts,
                                       [(tr("Per village"), report.table(headers, table))]))

    def _breaks(self, parameters, context):
        from ...core import potential

        text = self.parameterAsString(parameters, self.GRADE_BREAKS, context)
        try:
            return potential.parse_breaks(text)
        except ValueError:
            raise QgsProcessingException(tr("GRADE_BREAKS must be two ascending areas in 公顷, e.g. 10,30; got {0}.").format(
                (text or "").replace("，", ",").strip())) from None

    def _child(self, algorithm, parameters, context, feedback):
        import processing

        return processing.run(algorithm, parameters, context=context, feedback=feedback, is_child_algorithm=True)

    def _layer(self, value, context):
        layer = QgsProcessingUtils.mapLayerFromString(value, context) if isinstance(value, str) else value
        if layer is None:
            raise QgsProcessingException(tr("Could not read the output {0}.").format(value))
        return layer

    def _pass(self, parameters, names):
        return {k: parameters[k] for k in names if parameters.get(k) not in (None, "")}

    def _run_homestead(self, parameters, context, feedback, index, n):
        feedback.pushInfo(tr("Homestead relocation…"))
        result = self._child("lantu:homesteadrelocation", {
            **self._pass(parameters, [self.LANDUSE, self.CODE_FIELD, self.CLASSIFICATION, self.VILLAGES, self.VILLAGE_FIELD,
                                      self.POPULATION_FIELD, self.ROADS, self.MAX_ROAD_DISTANCE, self.HAZARD]),
            HomesteadRelocation.OUTPUT: "TEMPORARY_OUTPUT", HomesteadRelocation.SUMMARY: "TEMPORARY_OUTPUT"}, context, feedback)
        out = {k: np.zeros(n) for k in ("homestead", "relocate", "resettle", "surplus")}
        for feature in self._layer(result[HomesteadRelocation.SUMMARY], context).getFeatures():
            v = index.get(feature["village"])
            if v is None:
                continue  # the total row and land outside the villages
            for key in out:
                out[key][v] = feature[f"{key}_m2"]
        return out

    def _run_slope(self, parameters, context, feedback, crs, village_geoms, n):
        """(steep m², cultivated m²) per village."""
        from ...core import potential

        feedback.pushInfo(tr("Slope farmland…"))
        try:
            result = self._child("lantu:slopefarmland", {
                **self._pass(parameters, [self.LANDUSE, self.CODE_FIELD, self.CLASSIFICATION, self.DEM]),
                SlopeFarmland.OUTPUT: "TEMPORARY_OUTPUT"},
                context, feedback)
        except QgsProcessingException as error:  # not checked: empty figures, not 0 公顷 of steep land
            feedback.pushWarning(tr("Farmland steeper than 25° is not counted (steep_ha and cultivated_ha are empty, "
                                    "potential_ha leaves it out): {0}").format(error))
            return np.full(n, np.nan), np.full(n, np.nan)
        geoms, steep, area = self._polygons(self._layer(result[SlopeFarmland.OUTPUT], context), ["steep_area_m2", "area_m2"])
        return potential.share_by_village(geoms, steep, village_geoms, n), potential.share_by_village(geoms, area, village_geoms, n)

    def _run_blocks(self, parameters, context, feedback, crs, village_geoms, n):
        """Parcels, blocks, large blocks and the large-block share of the cultivated area per village."""
        from ...core import potential

        feedback.pushInfo(tr("Farmland contiguity…"))
        result = self._child("lantu:farmlandcontiguity", {
            **self._pass(parameters, [self.LANDUSE, self.CODE_FIELD, self.CLASSIFICATION, self.GAP]),
            FarmlandContiguity.OUTPUT: "TEMPORARY_OUTPUT"},
            context, feedback)
        geoms, parcels, large, area = self._polygons(self._layer(result[FarmlandContiguity.OUTPUT], context),
                                                     ["parcels", "is_large", "area_m2"])
        return potential.blocks_by_village(geoms, parcels, large, area, village_geoms, n)

    @staticmethod
    def _polygons(layer, fields):
        """Geometries and numeric columns of an output layer (our own: valid, in the working CRS)."""
        import shapely

        wkbs, columns = [], {f: [] for f in fields}
        for feature in layer.getFeatures():
            wkbs.append(bytes(feature.geometry().asWkb()))
            for f in fields:
                value = feature[f]
                columns[f].append(0.0 if value is None or (hasattr(value, "isNull") and value.isNull()) else float(value))
        geoms = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.empty(0, dtype=object)
        return (np.asarray(geoms, dtype=object), *[np.array(columns[f], dtype=float) for f in fields])
