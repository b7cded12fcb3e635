"""lantu:comparelayers — two land-use layers of one area (two plans, or two versions of one): the
pieces where their classes differ, with both codes and areas, and the change matrix."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...compat import NUMBER_DOUBLE, NUMBER_INTEGER, VECTOR, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes


class CompareLayers(bridge.LantuAlgorithm):
    ID = "comparelayers"
    GROUP_ID = "quality"
    LAYER_A, CODE_FIELD_A, LAYER_B, CODE_FIELD_B = "LAYER_A", "CODE_FIELD_A", "LAYER_B", "CODE_FIELD_B"
    LEVEL, MIN_AREA, MATRIX = "LEVEL", "MIN_AREA", "MATRIX"

    def displayName(self):
        return tr("Compare two land-use layers (多规比对 / 版本比对)")

    def shortHelpString(self):
        return tr(
            "Overlays two land-use layers of the same area — two plans, or two versions of one plan, or the current "
            "三调 against the plan — and reports where their classes differ at the chosen LEVEL: OUTPUT holds the "
            "pieces with both codes and names, both source features and the area (m², 公顷, 亩), including ground only "
            "one layer covers (the other code is empty); MATRIX is the change matrix (转移矩阵): the area of every class "
            "of A against every class of B, what stayed the same on the diagonal. Pieces up to MIN_AREA are left "
            "out of both. When one layer is in 三调 codes and the other in 用地用海, the 三调 codes go through the "
            "official conversion; a 三调 class that it splits one-to-many is compared at its 一级 class.")

    def initAlgorithm(self, config=None):
        for suffix, layer, code_field, title in (
                ("A", self.LAYER_A, self.CODE_FIELD_A, tr("Layer A (e.g. the earlier version or the current state)")),
                ("B", self.LAYER_B, self.CODE_FIELD_B, tr("Layer B (e.g. the later version or the plan)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(layer, title, [VECTOR_POLYGON]))
            self.addParameter(QgsProcessingParameterField(
                code_field, tr("Land-class code field of {0} (empty = guess)").format(suffix),
                parentLayerParameterName=layer, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.LEVEL, tr("Class level (1 = 一级类, 2 = 二级类, 3 = 三级类)"), NUMBER_INTEGER, 2, False, 1, 3))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Ignore differences up to (m²)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Differences"), VECTOR_POLYGON))
        bridge.add_secondary_sink(self, self.MATRIX, tr("Change matrix"), VECTOR)
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("CHANGED_AREA_M2", tr("Area where the classes differ (m²)")))
        self.addOutput(QgsProcessingOutputNumber("CHANGED_COUNT", tr("Pieces where the classes differ")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import compare, units

        level = self.parameterAsInt(parameters, self.LEVEL, context)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        source_a = bridge.source_or_fail(self, parameters, self.LAYER_A, context, tr("layer A"))
        crs = bridge.working_crs(source_a, self.parameterAsEnum(parameters, self.AREA_METHOD, context), context)
        sides, classes = self._read_sides(parameters, context, feedback, crs, level)

        feedback.setProgressText(tr("Overlaying the two layers…"))
        data_a, data_b = sides["A"][0], sides["B"][0]
        result = compare.compare(data_a.geoms, classes["A"].code, data_b.geoms, classes["B"].code,
                                 bridge.progress(feedback, 0, 90))
        bridge.stop_if_cancelled(feedback)
        differs = result.visible_differences(classes["A"].kind == "undecided", classes["B"].kind == "undecided", min_area)

        def name(code):
            if code is None:
                return tr("(not covered)")
            return classes["A"].names.name(code) or classes["B"].names.name(code) or (code or tr("(no code)"))

        keep = np.flatnonzero(differs)
        rows = [(result.code_a[i], name(result.code_a[i]), result.code_b[i], name(result.code_b[i]),
                 int(data_a.fids[result.ia[i]]) if result.ia[i] >= 0 else None,
                 int(data_b.fids[result.ib[i]]) if result.ib[i] >= 0 else None,
                 *units.area_triplet(float(result.area[i]))) for i in keep]
        spec = [("code_a", "str"), ("name_a", "str"), ("code_b", "str"), ("name_b", "str"), ("fid_a", "int"),
                ("fid_b", "int"), ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float")]
        geoms = bridge.to_crs(result.geoms[keep], crs, source_a.sourceCrs(), context)
        outputs = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, geoms,
                                                  source_a.sourceCrs(), WKB_MULTI_POLYGON)}
        cells = compare.matrix(result, min_area)
        matrix_rows = [(a, name(a), b, name(b), "" if a == b else tr("changed"), *units.area_triplet(cells[(a, b)]))
                       for a, b in compare.matrix_keys(cells)]
        if bridge.asked_for(self, parameters, self.MATRIX, context):
            outputs[self.MATRIX] = bridge.write_rows(self, parameters, self.MATRIX, context, [
                ("code_a", "str"), ("name_a", "str"), ("code_b", "str"), ("name_b", "str"), ("change", "str"),
                ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float")], matrix_rows)
        changed = float(result.area[differs].sum())
        outputs.update({"CHANGED_AREA_M2": changed, "CHANGED_COUNT": int(differs.sum())})
        feedback.pushInfo(tr("{0} pieces differ, {1:,.2f} m² ({2:,.4f} 公顷).").format(int(differs.sum()), changed,
                                                                                      units.m2_to_ha(changed)))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(report_path, cells, name, sides, classes, level, changed)
            outputs[self.REPORT] = report_path
        return outputs

    def _read_sides(self, parameters, context, feedback, crs, level):
        """({side: (data, code field, label, classification)}, {side: classes}); 三调 against 用地用海 is
        compared in 用地用海 classes."""
        from ...core import classification_detection

        sides = {}
        for side, layer, code_field in (("A", self.LAYER_A, self.CODE_FIELD_A), ("B", self.LAYER_B, self.CODE_FIELD_B)):
            source = bridge.source_or_fail(self, parameters, layer, context, side)
            label = bridge.layer_name(self, parameters, layer, context) or tr("layer {0}").format(side)
            field = codes.code_field(self, parameters, code_field, source, context, feedback, label)
            data = bridge.read(self, parameters, layer, context, feedback, crs, [field], label)
            detection = classification_detection.detect_classification(data.columns[field], field_name=field)
            sides[side] = (data, field, label, detection.classification)
        schemes = {sides[s][3] for s in sides}
        if None in schemes:
            unknown = [sides[s][2] for s in sides if sides[s][3] is None]
            raise QgsProcessingException(tr("Cannot tell whether {0} holds 三调 or 用地用海 codes.").format(", ".join(unknown)))
        to_ydyh = len(schemes) > 1
        classes = {side: codes.classify(data.columns[field], scheme, level, to_ydyh, feedback, label)
                   for side, (data, field, label, scheme) in sides.items()}
        if to_ydyh:
            feedback.pushInfo(tr("One layer is in 三调 codes, the other in 用地用海: both are compared as 用地用海 classes."))
        return sides, classes

    def _report(self, path, cells, name, sides, classes, level, changed):
        from ...core import compare, report, units

        headers, body, css = report.matrix(cells, compare.code_order({a for a, _ in cells}),
                                           compare.code_order({b for _, b in cells}), tr("A \\ B"), tr("Total"),
                                           lambda code: f"{code or ''} {name(code)}".strip(), units.m2_to_ha)
        facts = [tr("A: {0} ({1})").format(sides["A"][2], sides["A"][1]), tr("B: {0} ({1})").format(sides["B"][2], sides["B"][1]),
                 tr("Level: {0}").format(level),
                 tr("Area where the classes differ: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩").format(*units.area_triplet(changed))]
        report.write(path, report.page(self.displayName(), facts + classes["A"].notes + classes["B"].notes, [
            (tr("Change matrix (公顷): rows A, columns B"), report.table(headers, body, css, decimals=4))]))
