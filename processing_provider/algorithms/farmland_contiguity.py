"""lantu:farmlandcontiguity — 耕地集中连片: contiguous farmland blocks, 百亩方, and their change."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...compat import NUMBER_DOUBLE, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes


class FarmlandContiguity(bridge.LantuAlgorithm):
    ID = "farmlandcontiguity"
    GROUP_ID = "quality"
    LANDUSE, CODE_FIELD, CLASSIFICATION, CLASSES = codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION, codes.CLASSES
    GAP, LARGE_BLOCK_MU = "GAP", "LARGE_BLOCK_MU"
    COMPARE_LANDUSE, COMPARE_CODE_FIELD, COMPARE_CLASSIFICATION = "COMPARE_LANDUSE", "COMPARE_CODE_FIELD", "COMPARE_CLASSIFICATION"

    def displayName(self):
        return tr("Farmland contiguity (耕地集中连片)")

    def shortHelpString(self):
        return tr(
            "Joins cultivated parcels into contiguous blocks and counts the large ones (百亩方, at least "
            "LARGE_BLOCK_MU 亩): the figures a 全域土地综合整治 plan reports as 图斑数减少 and 百亩以上田块.\n\n"
            "Parcels join one block when they overlap or share a boundary line (touching at a corner only does "
            "not join), or, with GAP > 0, when they lie closer than GAP metres, so a field road or a ditch "
            "mapped as its own parcel does not split a block.\n\n"
            "With COMPARE_LANDUSE (e.g. the planned land use) the same figures are computed for it, and the "
            "changes: PARCEL_COUNT_CHANGE_PCT, BLOCK_COUNT_CHANGE_PCT (from LANDUSE to COMPARE_LANDUSE, in %) "
            "and LARGE_BLOCK_CHANGE (number of large blocks gained).\n\n"
            "Outputs: the blocks (block_id, parcels, area_m2, area_ha, area_mu, is_large) and BLOCK_COUNT, "
            "PARCEL_COUNT, MEAN_BLOCK_HA, LARGE_BLOCK_COUNT, LARGE_BLOCK_AREA_M2, LARGE_BLOCK_SHARE (% of the "
            "cultivated area in large blocks).")

    def initAlgorithm(self, config=None):
        codes.add_landuse_parameters(self)
        codes.add_classes_parameter(self)
        self.addParameter(QgsProcessingParameterDistance(
            self.GAP, tr("Gap bridged between parcels (m; 0 = they must touch)"), 0.0, self.LANDUSE, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LARGE_BLOCK_MU, tr("Large block from (亩)"), NUMBER_DOUBLE, 100.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMPARE_LANDUSE, tr("Land use to compare with (e.g. the planned land use)"),
            [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COMPARE_CODE_FIELD, tr("Its land-class code field (empty = guess)"), parentLayerParameterName=self.COMPARE_LANDUSE,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COMPARE_CLASSIFICATION, tr("Classification of its codes"), codes.classification_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Farmland blocks"), VECTOR_POLYGON))
        bridge.add_report_parameter(self)
        for name, text in [("BLOCK_COUNT", tr("Blocks")), ("PARCEL_COUNT", tr("Cultivated parcels")),
                           ("MEAN_BLOCK_HA", tr("Mean block area (公顷)")), ("LARGE_BLOCK_COUNT", tr("Large blocks")),
                           ("LARGE_BLOCK_AREA_M2", tr("Area in large blocks (m²)")),
                           ("LARGE_BLOCK_SHARE", tr("Share of the cultivated area in large blocks (%)")),
                           ("PARCEL_COUNT_CHANGE_PCT", tr("Change in the number of parcels (%)")),
                           ("BLOCK_COUNT_CHANGE_PCT", tr("Change in the number of blocks (%)")),
                           ("LARGE_BLOCK_CHANGE", tr("Large blocks gained"))]:
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import consolidation_classes, grouping, units

        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        crs = bridge.working_crs(source, bridge.PLANAR, context)
        class_codes = consolidation_classes.parse_codes(self.parameterAsString(parameters, self.CLASSES, context))
        gap = self.parameterAsDouble(parameters, self.GAP, context)
        large_m2 = self.parameterAsDouble(parameters, self.LARGE_BLOCK_MU, context) * units.M2_PER_MU
        notes = []  # what the report must say besides the figures
        before = self._blocks(parameters, context, feedback, crs, self.LANDUSE, self.CODE_FIELD, self.CLASSIFICATION,
                              class_codes, gap, large_m2, notes)
        results = dict(before.figures)
        after = None
        compare = self.parameterAsSource(parameters, self.COMPARE_LANDUSE, context)
        if compare is not None:
            if compare.sourceCrs() != source.sourceCrs():
                feedback.pushInfo(tr("The layer to compare with is in another CRS; it is reprojected to {0}.").format(crs.authid()))
            after = self._blocks(parameters, context, feedback, crs, self.COMPARE_LANDUSE, self.COMPARE_CODE_FIELD,
                                 self.COMPARE_CLASSIFICATION, class_codes, gap, large_m2, notes, before.layer)
            if after is None:  # not a change to 0 parcels: a layer that could not be looked at
                results.update(dict.fromkeys(("PARCEL_COUNT_CHANGE_PCT", "BLOCK_COUNT_CHANGE_PCT", "LARGE_BLOCK_CHANGE")))
                notes.append(tr("The changes against {0} are not checked: it cannot be looked at against this layer.").format(
                    compare.sourceName()))
            else:
                results.update(before.changes(after))
        bridge.stop_if_cancelled(feedback)

        feedback.pushInfo(tr("Dissolving {0} blocks…").format(len(before.area)))
        shapes = grouping.dissolve_groups(before.geoms, before.labels, len(before.area))
        order = before.largest_first()
        spec = [("block_id", "int"), ("parcels", "int"), ("area_m2", "float"), ("area_ha", "float"),
                ("area_mu", "float"), ("is_large", "int")]
        rows = [(rank + 1, int(before.members[b]), *units.area_triplet(float(before.area[b])), int(before.large[b]))
                for rank, b in enumerate(order)]
        results[self.OUTPUT] = bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, geoms=shapes[order],
                                                 crs=crs, wkb_type=WKB_MULTI_POLYGON)
        feedback.pushInfo(tr("{0} cultivated parcels in {1} blocks; {2} blocks of at least {3:g} 亩 hold {4:.1f} % of the area.").format(
            results["PARCEL_COUNT"], results["BLOCK_COUNT"], results["LARGE_BLOCK_COUNT"],
            large_m2 / units.M2_PER_MU, results["LARGE_BLOCK_SHARE"]))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(report_path, results, after, class_codes, gap, large_m2, notes)
            results[self.REPORT] = report_path
        return results

    def _report(self, path, results, after, class_codes, gap, large_m2, notes):
        from ...core import report, units

        keys = ["PARCEL_COUNT", "BLOCK_COUNT", "MEAN_BLOCK_HA", "LARGE_BLOCK_COUNT", "LARGE_BLOCK_AREA_M2",
                "LARGE_BLOCK_SHARE"]
        labels = [tr("Cultivated parcels"), tr("Blocks"), tr("Mean block area (公顷)"), tr("Large blocks"),
                  tr("Area in large blocks (m²)"), tr("Share of the cultivated area in large blocks (%)")]
        headers = [tr("Figure"), tr("This layer")] + ([tr("Compared layer"), tr("Change")] if after else [])
        table = []
        for key, text in zip(keys, labels):
            row = [text, float(results[key])]
            if after:
                row += [float(after.figures[key]), float(after.figures[key] - results[key])]
            table.append(row)
        facts = [tr("Classes {0}; gap {1:g} m; large block from {2:g} 亩").format(
            ", ".join(class_codes), gap, large_m2 / units.M2_PER_MU)]
        if after:
            facts.append(tr("Parcels {0:+.1f} %, blocks {1:+.1f} %, large blocks {2:+d}").format(
                results["PARCEL_COUNT_CHANGE_PCT"], results["BLOCK_COUNT_CHANGE_PCT"], results["LARGE_BLOCK_CHANGE"]))
        report.write(path, report.page(tr("Farmland contiguity (耕地集中连片)"), facts + notes,
                                       [(tr("Blocks"), report.table(headers, table))]))

    def _blocks(self, parameters, context, feedback, crs, layer_name, field_name, classification_name, class_codes,
                gap, large_m2, notes, reference=None):
        """The Blocks of a layer's cultivated parcels (`.layer`: all its geometries); None where the layer cannot be
        looked at against the geometries `reference` (no polygons, or lying apart)."""
        import shapely

        from ...core import grouping

        source = bridge.source_or_fail(self, parameters, layer_name, context, layer_name)
        label = source.sourceName() or layer_name
        code_field = codes.code_field(self, parameters, field_name, source, context, feedback, label)
        land = bridge.read(self, parameters, layer_name, context, feedback, crs, [code_field], label)
        if reference is not None and bridge.reach(reference, land.geoms, label, tr("the land-use layer"), feedback):
            return None
        scheme = codes.resolve(self, parameters, classification_name, context, feedback, land.columns[code_field], code_field)
        chosen = codes.select_classes(land.columns[code_field], scheme, class_codes, feedback, label, tr("cultivated land"))
        gaps = codes.report_code_gaps(land.columns[code_field], scheme, shapely.area(land.geoms), feedback, label,
                                      tr("cultivated land"), chosen)
        notes += [gaps] if gaps else []
        geoms = land.geoms[chosen]
        feedback.pushInfo(tr("{0}: joining {1} parcels into blocks…").format(label, len(geoms)))
        blocks = grouping.Blocks.of(geoms, gap, large_m2)
        blocks.layer = land.geoms
        return blocks
