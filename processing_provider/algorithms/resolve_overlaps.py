"""lantu:resolveoverlaps — remove the overlaps between the control lines by a priority order."""
import re

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)

from ...compat import VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import control_lines

OUTPUTS = {"PBF": "OUTPUT_PBF", "ERL": "OUTPUT_ERL", "UDB": "OUTPUT_UDB"}
ALIASES = {"PBF": "PBF", "YJJBNT": "PBF", "永久基本农田": "PBF", "基本农田": "PBF",
           "ERL": "ERL", "STBHHX": "ERL", "生态保护红线": "ERL", "生态红线": "ERL",
           "UDB": "UDB", "CZKFBJ": "UDB", "城镇开发边界": "UDB", "开发边界": "UDB"}


def parse_priority(text):
    """('ERL', 'PBF', 'UDB') from 'ERL > PBF > UDB', 'erl,pbf,udb' or '生态保护红线>永久基本农田>城镇开发边界';
    None when it does not name each line once."""
    names = [n for n in re.split(r"[\s,，;；>＞、]+", text.strip()) if n]
    keys = [ALIASES.get(n.upper(), ALIASES.get(n)) for n in names]
    if None in keys or sorted(keys) != sorted(set(keys)) or not set(keys) <= {"PBF", "ERL", "UDB"}:
        return None
    return tuple(keys) + tuple(k for k in ("ERL", "PBF", "UDB") if k not in keys)


class ResolveOverlaps(bridge.LantuAlgorithm):
    ID = "resolveoverlaps"
    GROUP_ID = "bottomlines"
    PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY = (
        control_lines.PERMANENT_FARMLAND, control_lines.ECO_REDLINE, control_lines.URBAN_BOUNDARY)
    PRIORITY, MOVED = "PRIORITY", "MOVED"
    OUTPUT_PBF, OUTPUT_ERL, OUTPUT_UDB = OUTPUTS["PBF"], OUTPUTS["ERL"], OUTPUTS["UDB"]

    def displayName(self):
        return tr("Resolve control-line overlaps (三线冲突处理)")

    def shortHelpString(self):
        return tr(
            "Removes the overlaps between 永久基本农田, 生态保护红线 and 城镇开发边界 by a priority order "
            "(PRIORITY, default ERL > PBF > UDB: the redline keeps its ground, farmland loses what the redline "
            "holds, the urban boundary loses both). Writes corrected copies of the line layers — every field "
            "kept, each in its own CRS — and MOVED, one polygon per piece taken from a feature, with the line "
            "that keeps it and its area, so the planner reviews the change instead of cutting by hand. The inputs "
            "are not changed. Area fields of the copies (JBNTMJ, MJ…) are not recomputed.")

    def initAlgorithm(self, config=None):
        control_lines.add_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.PRIORITY, tr("Priority, highest first (ERL > PBF > UDB)"), defaultValue="ERL > PBF > UDB"))
        bridge.add_area_method_parameter(self)
        for key in ("PBF", "ERL", "UDB"):
            self.addParameter(QgsProcessingParameterFeatureSink(
                OUTPUTS[key], tr("Corrected {0}").format(control_lines.short_name(key)),
                VECTOR_POLYGON, optional=True, createByDefault=True))
        bridge.add_secondary_sink(self, self.MOVED, tr("Pieces moved"), VECTOR_POLYGON)
        self.addOutput(QgsProcessingOutputNumber("MOVED_COUNT", tr("Pieces moved")))
        self.addOutput(QgsProcessingOutputNumber("MOVED_AREA_M2", tr("Area moved (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import control_lines as core_lines
        from ...core import overlay, units

        priority = parse_priority(self.parameterAsString(parameters, self.PRIORITY, context) or "ERL > PBF > UDB")
        if priority is None:
            raise QgsProcessingException(tr("PRIORITY must name the lines PBF, ERL and UDB (or 永久基本农田, "
                                            "生态保护红线, 城镇开发边界) in order, e.g. ERL > PBF > UDB."))
        lines = control_lines.given(self, parameters, context)
        if len(lines) < 2:
            raise QgsProcessingException(tr("Give at least two of the three control lines."))
        crs = bridge.working_crs(lines[0][2], self.parameterAsEnum(parameters, self.AREA_METHOD, context), context)
        data = control_lines.read(self, parameters, context, feedback, crs, lines)
        feedback.pushInfo(tr("Priority: {0}").format(" > ".join(control_lines.short_name(k) for k in priority)))

        corrected, moved = core_lines.resolve_overlaps({k: d.geoms for k, d in data.items()}, priority)
        moved = [m for m in moved if m.area >= core_lines.NOISE_M2]  # boundary noise is not a move
        results = {}
        for key, _name, source in lines:
            if parameters.get(OUTPUTS[key]) is None:
                continue
            index, geoms = corrected[key]
            geoms = bridge.to_crs(geoms, crs, source.sourceCrs(), context)
            by_fid = dict(zip(data[key].fids[index].tolist(), geoms))
            results[OUTPUTS[key]] = self._write_copy(parameters, OUTPUTS[key], context, source, by_fid)
            lost = len(data[key]) - len(index)
            if lost:
                feedback.pushWarning(tr("{0}: {1} features lie wholly on ground of a higher priority and are left out.").format(
                    control_lines.short_name(key), lost))

        names = {key: bridge.layer_name(self, parameters, name, context) or key for key, name, _ in lines}
        spec = [("line", "str"), ("layer", "str"), ("src_fid", "int"), ("kept_by", "str"), ("area_m2", "float"),
                ("area_ha", "float"), ("area_mu", "float")]
        rows = [(m.line, names[m.line], int(data[m.line].fids[m.index]), m.taken_by, *units.area_triplet(m.area))
                for m in moved]
        first = lines[0][2]
        geoms = bridge.to_crs(np.array([m.geom for m in moved], dtype=object), crs, first.sourceCrs(), context)
        if bridge.asked_for(self, parameters, self.MOVED, context):
            results[self.MOVED] = bridge.write_rows(self, parameters, self.MOVED, context, spec, rows, geoms,
                                                    first.sourceCrs(), WKB_MULTI_POLYGON)
        total = 0.0
        for key in priority:
            mine = [m for m in moved if m.line == key]
            if mine:
                # features of one line that overlap each other lose the same ground: it is counted once
                area = overlay.union_area([m.geom for m in mine])
                total += area
                feedback.pushInfo(tr("{0}: {1} pieces moved, {2:,.2f} m² ({3:,.4f} 公顷)").format(
                    control_lines.short_name(key), len(mine), area, units.m2_to_ha(area)))
        results.update({"MOVED_COUNT": len(moved), "MOVED_AREA_M2": total})
        return results

    def _write_copy(self, parameters, name, context, source, by_fid):
        """The source's features with every attribute, geometry replaced; features wholly taken left out."""
        rows, geoms = [], []
        for feature in source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
            if feature.id() in by_fid:
                rows.append(feature.attributes())
                geoms.append(by_fid[feature.id()])
        return bridge.write_rows(self, parameters, name, context, source.fields(), rows, np.array(geoms, dtype=object),
                               source.sourceCrs(), WKB_MULTI_POLYGON)
