"""lantu:controllineoverlaps — 三线不交叉不重叠: where the three control lines overlap each other."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...compat import NUMBER_DOUBLE, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import control_lines


class ControlLineOverlaps(bridge.LantuAlgorithm):
    ID = "controllineoverlaps"
    GROUP_ID = "bottomlines"
    PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY = (
        control_lines.PERMANENT_FARMLAND, control_lines.ECO_REDLINE, control_lines.URBAN_BOUNDARY)
    MIN_AREA = "MIN_AREA"

    def displayName(self):
        return tr("Control-line overlaps (三线冲突检查)")

    def shortHelpString(self):
        return tr(
            "The three control lines — 永久基本农田, 生态保护红线 and 城镇开发边界 — must not cross or overlap "
            "(三线不交叉、不重叠、不冲突). Give any two or all three layers, in any CRS.\n\n"
            "OUTPUT holds one polygon per overlapping pair of features (pair such as PBF×ERL, the two layers, "
            "fid_a, fid_b and the area in m², 公顷 and 亩). A pair's total (PBF_ERL_M2 …) is the area of "
            "(union of the first line) ∩ (union of the second), so features that overlap within one layer are "
            "never counted twice; OVERLAP_AREA_M2 is the ground where any two lines overlap, counted once. "
            "Overlaps smaller than MIN_AREA are written with sliver = 1 and left out of the counts; pieces under "
            "0.01 m² are float noise along shared boundaries and are not overlaps at all.\n\n"
            "Areas are planar in the CRS of the first line layer given, or ellipsoidal on CGCS2000.")

    def initAlgorithm(self, config=None):
        control_lines.add_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Minimum overlap area (m²); smaller ones are reported as slivers"),
            NUMBER_DOUBLE, 0.0, False, 0.0))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Control-line overlaps"), VECTOR_POLYGON))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("OVERLAP_COUNT", tr("Overlapping feature pairs")))
        self.addOutput(QgsProcessingOutputNumber("OVERLAP_AREA_M2", tr("Overlap area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("SLIVER_COUNT", tr("Slivers below the minimum area")))
        for a, b in (("PBF", "ERL"), ("PBF", "UDB"), ("ERL", "UDB")):
            names = control_lines.short_name(a), control_lines.short_name(b)
            self.addOutput(QgsProcessingOutputNumber(f"{a}_{b}_M2", tr("Overlap {0} × {1} (m²)").format(*names)))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import control_lines as core_lines
        from ...core import units

        lines = control_lines.given(self, parameters, context)
        if len(lines) < 2:
            raise QgsProcessingException(tr("Give at least two of the three control lines to compare."))
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        area_method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        first = lines[0][2]
        crs = bridge.working_crs(first, area_method, context)
        data = control_lines.read(self, parameters, context, feedback, crs, lines)

        feedback.setProgressText(tr("Intersecting the lines…"))
        found = core_lines.find_overlaps({k: d.geoms for k, d in data.items()}, min_area,
                                         bridge.progress(feedback))
        bridge.stop_if_cancelled(feedback)

        names = {key: bridge.layer_name(self, parameters, name, context) or key for key, name, _ in lines}
        pairs = core_lines.PAIRS
        spec = [("pair", "str"), ("layer_a", "str"), ("layer_b", "str"), ("fid_a", "int"), ("fid_b", "int"),
                ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float"), ("sliver", "int")]
        rows = []
        for k, ia, ib, area, sliver in zip(found.pair, found.fid_a, found.fid_b, found.area, found.sliver):
            a, b = pairs[k]
            rows.append((f"{a}×{b}", names[a], names[b], int(data[a].fids[ia]), int(data[b].fids[ib]),
                         *units.area_triplet(float(area)), int(sliver)))
        geoms = bridge.to_crs(found.geoms, crs, first.sourceCrs(), context)
        dest = bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, geoms, first.sourceCrs(),
                                 WKB_MULTI_POLYGON)

        results = {self.OUTPUT: dest, "OVERLAP_COUNT": int((~found.sliver).sum()), "OVERLAP_AREA_M2": found.total_area,
                   "SLIVER_COUNT": int(found.sliver.sum())}
        empty = {key for key, d in data.items() if len(d) == 0}  # given, but nothing to look at
        for a, b in pairs:
            results[f"{a}_{b}_M2"] = None if {a, b} & empty else found.pair_area.get(f"{a}_{b}", 0.0)
            if {a, b} & empty and a in data and b in data:
                feedback.pushWarning(tr("{0} × {1}: not checked, a layer has no polygons (the overlap is not 0, it is "
                                        "unknown).").format(control_lines.short_name(a), control_lines.short_name(b)))
        for a, b, count, area in found.pairs_found():
            feedback.pushInfo(tr("{0} × {1}: {2} overlapping pairs, {3:,.2f} m² ({4:,.4f} 公顷)").format(
                control_lines.short_name(a), control_lines.short_name(b), count, area, units.m2_to_ha(area)))
        if found.sliver.any():
            feedback.pushInfo(tr("{0} overlaps smaller than {1} m² are written as slivers and not counted.").format(
                int(found.sliver.sum()), min_area))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(report_path, found, rows, names, lines, min_area)
            results[self.REPORT] = report_path
        return results

    def _report(self, path, found, rows, names, lines, min_area):
        from ...core import report, units

        summary = [(f"{control_lines.short_name(a)} × {control_lines.short_name(b)}", count,
                    *units.area_triplet(area)[1:]) for a, b, count, area in found.pairs_found()]
        order = np.argsort(-found.area)[:200]
        detail = [rows[i][:5] + rows[i][6:8] for i in order if not found.sliver[i]]
        facts = [tr("Layers: {0}").format(", ".join(f"{control_lines.short_name(k)} = {names[k]}" for k, _, _ in lines)),
                 tr("Overlap area, counted once: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩").format(
                     *units.area_triplet(found.total_area)),
                 tr("Minimum area: {0} m² ({1} slivers left out)").format(min_area, int(found.sliver.sum()))]
        page = report.page(tr("Control-line overlaps (三线冲突检查)"), facts, [
            (tr("By pair"), report.table([tr("Pair"), tr("Overlapping pairs"), tr("Area (公顷)"), tr("Area (亩)")], summary)),
            (tr("Largest overlaps"), report.table(
                [tr("Pair"), tr("Layer A"), tr("Layer B"), tr("Feature A"), tr("Feature B"), tr("Area (公顷)"),
                 tr("Area (亩)")], detail, decimals=4)),
        ])
        report.write(path, page)
