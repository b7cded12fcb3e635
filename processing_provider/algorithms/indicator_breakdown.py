"""lantu:indicatorbreakdown — 规划指标分解表 per village cluster, checked against the targets."""
import os

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsVectorLayer,
)

from ...compat import FIELD_NUMERIC, VECTOR, VECTOR_POLYGON
from ...core.units import NOISE_M2
from ...translation import tr
from .. import bridge
from ..bridge import codes
from . import breakdown_report
from .breakdown_report import indicator_label

OUTPUT_NUMBERS = {"permanent_farmland": "PERMANENT_FARMLAND_HA", "farmland": "FARMLAND_HA",
                  "urban_rural_land": "URBAN_RURAL_LAND_HA", "forest": "FOREST_HA", "wetland": "WETLAND_HA",
                  "eco_redline": "ECO_REDLINE_HA"}


class IndicatorBreakdown(bridge.LantuAlgorithm):
    ID = "indicatorbreakdown"
    GROUP_ID = "delivery"
    CLUSTERS, CLUSTER_FIELD, NAME_FIELD, TOWNSHIP_FIELD = "CLUSTERS", "CLUSTER_FIELD", "NAME_FIELD", "TOWNSHIP_FIELD"
    CENTER_FIELD, PLANNED, KCXS_FIELD = "CENTER_FIELD", "PLANNED", "KCXS_FIELD"
    # PLANNED_CODE_FIELD and PLANNED_CLASSIFICATION, as codes.read_coded_layer reads them
    PLANNED_CODE_FIELD, PLANNED_CLASSIFICATION = "PLANNED_CODE_FIELD", "PLANNED_CLASSIFICATION"
    PERMANENT_FARMLAND, ECO_REDLINE, CLASS_SETS, TARGETS, CHECK = (
        "PERMANENT_FARMLAND", "ECO_REDLINE", "CLASS_SETS", "TARGETS", "CHECK")

    def displayName(self):
        return tr("Indicator breakdown per village cluster (规划指标分解表)")

    def shortHelpString(self):
        return tr(
            "Breaks the binding indicators down to the village clusters (村级片区) as a plan's 规划指标分解表 does: "
            "永久基本农田面积, 耕地保有量, 城乡建设用地面积, 林地保有量, 湿地面积 and 生态保护红线面积, one row per "
            "cluster and the total, in m², 公顷 and 亩.\n\n"
            "CLUSTERS holds the cluster polygons, or the villages with CLUSTER_FIELD naming each village's cluster "
            "(then NAME_FIELD is the village name, listed in the table, and CENTER_FIELD marks the 中心村). "
            "Which planned classes count for each indicator is a class-set table (CLASS_SETS); 耕地 is counted net "
            "of 田坎 when KCXS_FIELD is given.\n\n"
            "TARGETS (a CSV or spreadsheet with the columns indicator, scope, value in 公顷 and direction >= or <=; "
            "scope is a cluster name, or 合计 for the whole area) is checked: the CHECK table gives each target, "
            "the planned value, the gap and whether it passes (judged at 0.01 公顷, as a plan prints it).\n\n"
            "Clusters that overlap, or planned land that no cluster covers, make the breakdown not add up to the "
            "total: both are measured and reported.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CLUSTERS, tr("Village clusters (村级片区), or villages"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.CLUSTER_FIELD, tr("Cluster field (when the layer holds villages)"), parentLayerParameterName=self.CLUSTERS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Name field (cluster name, or village name with a cluster field)"),
            parentLayerParameterName=self.CLUSTERS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TOWNSHIP_FIELD, tr("Township field (乡镇级片区)"), parentLayerParameterName=self.CLUSTERS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CENTER_FIELD, tr("Central village (中心村: a flag on villages, or a name on clusters)"),
            parentLayerParameterName=self.CLUSTERS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PLANNED, tr("Planned land use (规划, 用地用海)"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.PLANNED_CODE_FIELD, tr("Land-class code field (YDYHFLDM…; empty = guess)"),
            parentLayerParameterName=self.PLANNED, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PLANNED_CLASSIFICATION, tr("Classification of the codes"), codes.classification_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.KCXS_FIELD, tr("田坎 deduction coefficient field (KCXS): 耕地 counted net of 田坎"),
            parentLayerParameterName=self.PLANNED, type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERMANENT_FARMLAND, tr("Permanent basic farmland (永久基本农田)"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ECO_REDLINE, tr("Ecological protection red line (生态保护红线)"), [VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CLASS_SETS, tr("Class sets (CSV: set, code, member; empty = built-in table)"), extension="csv",
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TARGETS, tr("Targets (CSV or spreadsheet: indicator, scope, value in 公顷, direction)"),
            optional=True, fileFilter=tr("Tables (*.csv *.xlsx *.ods *.gpkg)")))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Indicator breakdown table"), VECTOR))
        bridge.add_secondary_sink(self, self.CHECK, tr("Target check"), VECTOR)
        bridge.add_report_parameter(self)
        for indicator, number in OUTPUT_NUMBERS.items():
            self.addOutput(QgsProcessingOutputNumber(number, tr("{0}, total (公顷)").format(indicator_label(indicator))))
        self.addOutput(QgsProcessingOutputNumber("FAILED_TARGETS", tr("Targets not met")))
        self.addOutput(QgsProcessingOutputNumber("BY_HAND_TARGETS", tr("Targets to check by hand")))
        self.addOutput(QgsProcessingOutputNumber("GAP_AREA_M2", tr("Planned land outside every cluster (m²)")))
        self.addOutput(QgsProcessingOutputNumber("OVERLAP_AREA_M2", tr("Area where clusters overlap (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import indicators, overlay

        area_method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        planned_source = bridge.source_or_fail(self, parameters, self.PLANNED, context, tr("planned land use"))
        crs = bridge.working_crs(planned_source, area_method, context)
        sets = codes.class_sets(self, parameters, self.CLASS_SETS, context)
        lacking = [s for _, _, s in indicators.INDICATORS if s and s not in sets]
        if lacking:
            raise QgsProcessingException(tr("The class-set table has no set {0}; it needs the sets {1}.").format(
                ", ".join(lacking), ", ".join(s for _, _, s in indicators.INDICATORS if s)))
        targets = self._targets(parameters, context, feedback)

        clusters, cluster_label, cluster_geoms = self._clusters(parameters, context, feedback, crs)
        overlap = max(overlay.overlapping_area(cluster_geoms), 0.0)  # float noise can make it -1e-8
        if overlap > 1.0:
            feedback.pushWarning(tr("Clusters overlap by {0:,.2f} m² ({1:,.4f} 公顷): land there counts in each of "
                                    "them, so the clusters add up to more than the total.").format(overlap, overlap / 1e4))
        kcxs_field = self.parameterAsString(parameters, self.KCXS_FIELD, context) or None
        label, table, gap = self._planned(parameters, context, feedback, crs, sets, clusters, cluster_geoms, kcxs_field)
        unknown = self._lines(parameters, context, feedback, crs, clusters, cluster_geoms, table)
        feedback.setProgress(95)

        rows = table.rows(clusters, tr("Outside the clusters"), tr("Total"))
        results = self._write_table(parameters, context, rows)
        results.update({"GAP_AREA_M2": gap, "OVERLAP_AREA_M2": overlap})
        for i in indicators.INDICATOR_IDS:
            results[OUTPUT_NUMBERS[i]] = None if i in unknown else table.total[i] / 1e4
        check_rows = self._check(parameters, context, feedback, targets, table.by_scope(clusters.names),
                                 clusters, cluster_label, results, unknown)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            breakdown_report.write_report(report_path, rows, check_rows, clusters, cluster_label, label, gap, overlap,
                                          kcxs_field)
            results[self.REPORT] = report_path
        return results

    def _planned(self, parameters, context, feedback, crs, sets, clusters, cluster_geoms, kcxs_field):
        """(label, the Breakdown of the class-set indicators, planned area outside every cluster)."""
        import shapely

        from ...core import breakdown, classification, indicators, overlay

        label, planned, code_field, scheme = codes.read_coded_layer(
            self, parameters, self.PLANNED, context, feedback, crs, tr("planned land use"), [kcxs_field])
        fine = codes.finest_ydyh_codes(planned.columns[code_field], scheme)
        if scheme == classification.SANDIAO:
            feedback.pushInfo(tr("{0}: 三调 codes are counted through the 三调 → 用地用海 conversion.").format(label))
        area = shapely.area(planned.geoms)
        ia, ib, shared = overlay.shared_areas(planned.geoms, cluster_geoms, progress=bridge.progress(feedback, 0, 80))
        bridge.stop_if_cancelled(feedback)
        table = breakdown.Breakdown(len(clusters.names))
        _, gap = indicators.per_group(area, area, ia, ib, shared, clusters.group, table.n_clusters)
        if gap > 1.0:
            feedback.pushWarning(tr("{0:,.2f} m² ({1:,.4f} 公顷) of planned land lies outside every cluster: the clusters "
                                    "add up to less than the total (row '{2}').").format(gap, gap / 1e4, tr("Outside the clusters")))
        unknown = np.array([c is None for c in fine], dtype=bool)
        if unknown.any():
            feedback.pushWarning(tr("{0}: {1} features have codes that are not 用地用海 classes; no indicator counts "
                                    "them.").format(label, int(unknown.sum())))
        kcxs = bridge.numeric_column(planned.columns[kcxs_field], label, kcxs_field) if kcxs_field else None
        try:
            values = breakdown.feature_values(sets, fine, area, kcxs)
        except breakdown.CoefficientError as error:
            raise QgsProcessingException(tr("{0}: {1} holds coefficients outside 0–1 (e.g. {2}).").format(
                label, kcxs_field, error.args[0])) from None
        for indicator, _, set_name in (i for i in indicators.INDICATORS if i[2]):
            value, undecided = values[indicator]
            if undecided.any():
                feedback.pushWarning(tr("{0}: {1:,.2f} m² of classes {2} may or may not count as {3}; they are left out.").format(
                    label, float(area[undecided].sum()), ", ".join(sorted(set(fine[undecided]))), set_name))
            table.add(indicator, value, area, ia, ib, shared, clusters.group)
            if not sets.confirmed(set_name):
                feedback.pushInfo(tr("Class set {0} is not confirmed against the standard's text; check it.").format(set_name))
        return label, table, gap

    def _lines(self, parameters, context, feedback, crs, clusters, cluster_geoms, table):
        """永久基本农田 and 生态保护红线 per cluster, from their own layers (0 where a layer is not given): {indicator:
        why not checked} of the layers given that could not be looked at (no polygons, or lying apart)."""
        import shapely

        from ...core import overlay, self_overlap

        unknown = {}
        for indicator, key in (("permanent_farmland", self.PERMANENT_FARMLAND), ("eco_redline", self.ECO_REDLINE)):
            line = self._line(parameters, key, context, feedback, crs)
            if line is None:
                table.add_nothing(indicator)
                continue
            reason = bridge.reach(cluster_geoms, line, self._line_label(parameters, key, context), tr("the clusters"),
                                  feedback)
            if reason:
                table.add_unknown(indicator)
                unknown[indicator] = reason
                continue
            line, doubled = self_overlap.counted_once(line)  # ground two features share counts once
            if doubled > NOISE_M2:
                feedback.pushInfo(tr("{0}: features overlap each other by {1:,.2f} m²; that ground is counted once.").format(
                    indicator_label(indicator), doubled))
            line_area = shapely.area(line)
            la, lb, lshared = overlay.shared_areas(line, cluster_geoms)
            table.add(indicator, line_area, line_area, la, lb, lshared, clusters.group)
        return unknown

    def _write_table(self, parameters, context, rows):
        from ...core import indicators, units

        ids = indicators.INDICATOR_IDS
        spec = [("seq", "int"), ("township", "str"), ("cluster", "str"), ("villages", "str"), ("center", "str"),
                ("kind", "str")] + [(f"{i}_{u}", "float") for i in ids for u in ("m2", "ha", "mu")]
        table = [(*r[:6], *[x for v in r[6] for x in units.area_triplet(v)]) for r in rows]
        return {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, spec, table)}

    def _check(self, parameters, context, feedback, targets, by_scope, clusters, cluster_label, results, unknown):
        """The targets against the planned values: CHECK, FAILED_TARGETS, BY_HAND_TARGETS and the log; the rows. A
        target whose indicator could not be looked at (`unknown`) is not checked: neither met nor failed."""
        from ...core import indicators

        checked = indicators.check(targets, by_scope)
        check_rows = indicators.check_rows(checked, tr("Total"))
        if bridge.asked_for(self, parameters, self.CHECK, context):
            results[self.CHECK] = bridge.write_rows(self, parameters, self.CHECK, context, indicators.CHECK_FIELDS, check_rows)
        failed = [c for c in checked if c.status in (indicators.NOT_MET, indicators.UNKNOWN_SCOPE)]
        by_hand = [c for c in checked if c.status == indicators.CHECK_BY_HAND]
        results["FAILED_TARGETS"], results["BY_HAND_TARGETS"] = len(failed), len(by_hand)
        for c in (c for c in checked if c.status == indicators.NOT_CHECKED):
            feedback.pushWarning(tr("Target not checked: {0} ({1}); its layer could not be looked at: {2}.").format(
                c.target.name, c.target.scope or tr("Total"), bridge.reason_text(unknown.get(c.target.indicator))))
        for c in failed:
            t = c.target
            if c.status == indicators.UNKNOWN_SCOPE:
                feedback.pushWarning(tr("Target {0} for {1}: there is no village cluster {1} in {2} (clusters: {3}); it "
                                        "is not checked.").format(t.name, t.scope, cluster_label, "、".join(clusters.names)))
            else:
                feedback.pushWarning(tr("Target not met: {0} ({1}) {2} {3:,.2f} 公顷, planned {4:,.2f} 公顷.").format(
                    t.name, t.scope or tr("Total"), "≥" if t.at_least else "≤", t.value_ha, c.planned_ha))
        reasons = {"unknown_indicator": tr("not an indicator of the vocabulary (resources/tables/indicators.csv)"),
                   "unit": tr("its unit cannot be converted to 公顷")}
        for t in (c.target for c in by_hand):
            why = reasons.get(t.reason)  # a name or unit Lantu does not know may be a slip: a warning
            (feedback.pushWarning if why else feedback.pushInfo)(tr("To check by hand: {0} ({1}) {2} {3} {4}{5}.").format(
                t.name, t.scope or tr("Total"), "≥" if t.at_least else "≤", t.value, t.unit, f" — {why}" if why else ""))
        if targets:
            feedback.pushInfo(tr("{0} of {1} targets met; {2} to check by hand.").format(
                sum(1 for c in checked if c.status == indicators.MET), len(checked), len(by_hand)))
        return check_rows

    # --- inputs -----------------------------------------------------------------------------
    def _clusters(self, parameters, context, feedback, crs):
        """(core Clusters, the layer's label, the features' geometries)."""
        from ...core import breakdown

        source = bridge.source_or_fail(self, parameters, self.CLUSTERS, context, tr("village clusters"))
        label = source.sourceName() or tr("village clusters")
        cluster_field = self.parameterAsString(parameters, self.CLUSTER_FIELD, context) or None
        # a layer of clusters is named by PQMC first; a layer of villages (with a cluster field) by the village names
        name_field = bridge.name_field(self, parameters, self.NAME_FIELD, context, source, feedback, label,
                                       () if cluster_field else ("PQMC",))
        township_field = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context) or None
        center_field = self.parameterAsString(parameters, self.CENTER_FIELD, context) or None
        if name_field is None and cluster_field is None:
            raise QgsProcessingException(tr("{0}: choose the field that names the clusters (NAME_FIELD).").format(label))
        fields = [f for f in dict.fromkeys((cluster_field, name_field, township_field, center_field)) if f]
        data = bridge.read(self, parameters, self.CLUSTERS, context, feedback, crs, fields, label)
        if len(data) == 0:
            raise QgsProcessingException(tr("{0} has no polygons.").format(label))

        def text(field):
            return breakdown.text_column(data.columns[field]) if field else np.full(len(data), "", dtype=object)

        key = text(cluster_field or name_field)
        if (key == "").any():
            raise QgsProcessingException(tr("{0}: {1} features have no cluster name in {2}.").format(
                label, int((key == "").sum()), cluster_field or name_field))
        found = breakdown.clusters(key, text(township_field), text(name_field) if cluster_field else None,
                                   text(center_field))
        feedback.pushInfo(tr("{0}: {1} clusters from {2} features.").format(label, len(found.names), len(data)))
        return found, label, data.geoms

    def _line(self, parameters, key, context, feedback, crs):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        return bridge.read(self, parameters, key, context, feedback, crs, [], self._line_label(parameters, key, context)).geoms

    def _line_label(self, parameters, key, context):
        return bridge.layer_name(self, parameters, key, context) or key

    def _targets(self, parameters, context, feedback):
        from ...core import indicators
        from ...core.tables import TableError, read_table

        path = self.parameterAsFile(parameters, "TARGETS", context)
        if not path:
            return []
        try:
            rows = read_table(path, ()) if path.lower().endswith(".csv") else _ogr_rows(path)
            targets = indicators.parse_targets(rows, path)
        except TableError as error:
            problems = {
                "missing_columns": tr("it needs the columns indicator and value (and scope, direction)"),
                "bad_value": tr("{0} is not a number").format(error.detail),
                "bad_direction": tr("direction {0} is neither >= nor <=").format(error.detail),
                "unreadable": tr("cannot read it ({0})").format(error.detail),
            }
            raise QgsProcessingException(tr("Targets {0}, line {1}: {2}.").format(
                os.path.basename(path), error.line or "—", problems.get(error.problem, error.problem))) from None
        skipped = indicators.skipped_lines(rows)
        if skipped:
            feedback.pushInfo(tr("Targets {0}: lines {1} give no value yet and are skipped.").format(
                os.path.basename(path), ", ".join(str(line) for line in skipped)))
        return targets

    # --- report -----------------------------------------------------------------------------


def _ogr_rows(path):
    """Rows of a spreadsheet or table file through OGR, headers lower-cased, as (line, dict)."""
    from osgeo import gdal

    from ...core.tables import TableError

    for option in ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS"):
        gdal.SetConfigOption(option, "FORCE")
    layer = QgsVectorLayer(path, "targets", "ogr")
    if not layer.isValid():
        raise TableError(path, "unreadable", detail=path)
    names = [f.lower() for f in layer.fields().names()]
    rows = []
    for line, feature in enumerate(layer.getFeatures(), start=2):
        rows.append((line, {n: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
                            for n, v in zip(names, feature.attributes())}))
    return rows
