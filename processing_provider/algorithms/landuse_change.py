"""lantu:landusechange — 用地结构调整表 and 转移矩阵: current against planned land use, class by class."""
import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...compat import NUMBER_INTEGER, VECTOR, VECTOR_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes
from .landuse_structure import read_zones


class LandUseChange(bridge.LantuAlgorithm):
    ID = "landusechange"
    GROUP_ID = "delivery"
    CURRENT, PLANNED = "CURRENT", "PLANNED"
    # <layer>_CODE_FIELD and <layer>_CLASSIFICATION, as codes.read_coded_layer reads them
    CURRENT_CODE_FIELD, CURRENT_CLASSIFICATION = "CURRENT_CODE_FIELD", "CURRENT_CLASSIFICATION"
    PLANNED_CODE_FIELD, PLANNED_CLASSIFICATION = "PLANNED_CODE_FIELD", "PLANNED_CLASSIFICATION"
    LEVEL, ZONES, ZONE_FIELD, CLASS_SETS, TRANSFER = "LEVEL", "ZONES", "ZONE_FIELD", "CLASS_SETS", "TRANSFER"

    def displayName(self):
        return tr("Land-use structure change and transfer matrix (用地结构调整表、转移矩阵)")

    def shortHelpString(self):
        return tr(
            "Compares the current land use (e.g. 三调 DLTB) with the planned land use (用地用海) class by class: "
            "the area of every class now and in the plan, the change in m², 公顷 and 亩, and each class's share; "
            "then the rows a plan reports for 农用地, 建设用地, 未利用地, 城乡建设用地 and the other class sets "
            "(CLASS_SETS, a CSV the planner may replace).\n\n"
            "When the current layer is 三调 and the planned layer 用地用海, the 三调 classes are converted through "
            "the official base conversion; classes it cannot split at the level asked are listed as 'to be split' "
            "rows, and class-set rows they make uncertain as 'undecided', never guessed.\n\n"
            "The transfer matrix (TRANSFER) comes from the overlay of the two layers: how much of each current "
            "class becomes each planned class. Land that only one layer covers is its own row or column, so the "
            "rows add up to the current column and the columns to the planned column. With ZONES, both tables "
            "are made per zone.\n\n"
            "Both tables save as .xlsx, .csv or GeoPackage tables; the HTML report lays them out as a plan does.")

    def initAlgorithm(self, config=None):
        for layer, code_field, classification, label in (
                (self.CURRENT, self.CURRENT_CODE_FIELD, self.CURRENT_CLASSIFICATION, tr("Current land use (现状, e.g. 三调 DLTB)")),
                (self.PLANNED, self.PLANNED_CODE_FIELD, self.PLANNED_CLASSIFICATION, tr("Planned land use (规划, 用地用海)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(layer, label, [VECTOR_POLYGON]))
            self.addParameter(QgsProcessingParameterField(
                code_field, tr("Land-class code field (DLBM, YDYHFLDM…; empty = guess)"),
                parentLayerParameterName=layer, optional=True))
            self.addParameter(QgsProcessingParameterEnum(
                classification, tr("Classification of the codes"), codes.classification_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LEVEL, tr("Class level (1 = 一级类, 2 = 二级类)"), NUMBER_INTEGER, 1, False, 1, 2))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Zones: townships, villages or village clusters"), [VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFile(
            self.CLASS_SETS, tr("Class sets (CSV: set, code, member; empty = built-in 三大类 and 城乡建设用地 table)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Land-use structure change table"), VECTOR))
        bridge.add_secondary_sink(self, self.TRANSFER, tr("Transfer matrix (current → planned)"), VECTOR)
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("CURRENT_AREA_M2", tr("Current total area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("PLANNED_AREA_M2", tr("Planned total area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("CHANGED_AREA_M2", tr("Area whose class changes (m²)")))
        self.addOutput(QgsProcessingOutputNumber("UNDECIDED_AREA_M2", tr("Area the conversion could not decide (m²)")))
        self.addOutput(QgsProcessingOutputString("CLASSIFICATION_USED", tr("Classification compared in")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import change, classification

        level = self.parameterAsInt(parameters, self.LEVEL, context)
        area_method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        current_source = bridge.source_or_fail(self, parameters, self.CURRENT, context, tr("current land use"))
        crs = bridge.working_crs(current_source, area_method, context)

        layers = {key: codes.read_coded_layer(self, parameters, key, context, feedback, crs, label)
                  for key, label in ((self.CURRENT, tr("current land use")), (self.PLANNED, tr("planned land use")))}
        schemes = {layers[k][3] for k in layers}
        compare = schemes.pop() if len(schemes) == 1 else classification.YDYH
        feedback.pushInfo(tr("Comparing in {0} classes, level {1}.").format(codes.scheme_label(compare), level))
        sets = codes.class_sets(self, parameters, self.CLASS_SETS, context)
        set_names = sets.names("structure") if compare == classification.YDYH else []
        notes = []
        if compare != classification.YDYH:
            notes.append(tr("Class-set rows (农用地, 城乡建设用地 …) are defined on 用地用海 classes; both layers are 三调, "
                            "so they are left out."))

        zones = read_zones(self, parameters, context, feedback, crs, layers[self.CURRENT][1].geoms)
        classes, pieces, zone_order = self._classes(layers, compare, level, zones, feedback, notes)
        cells = self._transfer(layers, classes, pieces, zones, zone_order, feedback)
        rows = change.change_table(pieces[self.CURRENT], pieces[self.PLANNED], zone_order, sets, set_names)
        table, transfer_table, results = self._write_tables(parameters, context, rows, cells, classes)

        current_m2, planned_m2 = change.total_areas(rows)
        changed = change.changed_area(cells)
        results.update({"CURRENT_AREA_M2": current_m2, "PLANNED_AREA_M2": planned_m2,
                        "CHANGED_AREA_M2": float(changed), "UNDECIDED_AREA_M2": change.undecided_area(*pieces.values()),
                        "CLASSIFICATION_USED": compare})
        feedback.pushInfo(tr("Current {0:,.4f} 公顷, planned {1:,.4f} 公顷; {2:,.4f} 公顷 change class.").format(
            current_m2 / 1e4, planned_m2 / 1e4, changed / 1e4))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(report_path, rows, table, transfer_table, zone_order, layers, compare, level, notes)
            results[self.REPORT] = report_path
        return results

    def _classes(self, layers, compare, level, zones, feedback, notes):
        """Each layer's classes, and its land as change.Pieces (per zone with ZONES), and the zone order."""
        import shapely

        from ...core import change, classification

        pieces, classes, zone_order = {}, {}, []
        for key, (label, data, code_field, scheme) in layers.items():
            to_ydyh = compare == classification.YDYH
            found = codes.classify(data.columns[code_field], scheme, level, to_ydyh, feedback, label)
            classes[key] = found
            notes.extend(found.notes)
            fine = codes.finest_ydyh_codes(data.columns[code_field], scheme) if to_ydyh else found.code
            area = shapely.area(data.geoms)
            zone, index, value, order = self._split(zones, data.geoms, area, feedback)
            zone_order += [z for z in order if z not in zone_order]
            pieces[key] = change.Pieces(zone, found.code[index], found.kind[index], fine[index], value)
        return classes, pieces, zone_order

    def _transfer(self, layers, classes, pieces, zones, zone_order, feedback):
        """The transfer matrix's cells, from the overlay: every piece of ground with a current and a planned class."""
        import shapely

        from ...core import change, overlay

        cur, pla = layers[self.CURRENT][1], layers[self.PLANNED][1]
        progress = bridge.progress(feedback)
        if zones is None:
            ia, ib, area = overlay.shared_areas(cur.geoms, pla.geoms, progress=progress)
            zone, index = np.full(len(ia), tr("All"), dtype=object), np.arange(len(ia))
        else:
            ia, ib, geoms = overlay.intersection_pieces(cur.geoms, pla.geoms, progress=progress)
            zone, index, area, order = self._split(zones, geoms, shapely.area(geoms), feedback)
            zone_order += [z for z in order if z not in zone_order]
        bridge.stop_if_cancelled(feedback)
        ia, ib = ia[index], ib[index]
        c, p = classes[self.CURRENT], classes[self.PLANNED]
        return change.transfer_matrix(zone, c.code[ia], c.kind[ia], p.code[ib], p.kind[ib], area,
                                      pieces[self.CURRENT], pieces[self.PLANNED], zone_order)

    def _write_tables(self, parameters, context, rows, cells, classes):
        """OUTPUT (the structure change) and TRANSFER (the matrix): (their rows, the results so far)."""
        from ...core import change, units

        def name(code, kind, side):
            if kind == change.GROUP:
                return code
            if kind == change.GROUP_UNDECIDED:
                return tr("{0}: undecided by the conversion").format(code)
            if kind == change.UNCOVERED:
                return tr("(not in the current layer)") if side == self.CURRENT else tr("(not in the planned layer)")
            return classes[side].row_name(code, kind)

        spec = [("zone", "str"), ("code", "str"), ("name", "str"), ("kind", "str"),
                ("current_m2", "float"), ("current_ha", "float"), ("current_mu", "float"),
                ("planned_m2", "float"), ("planned_ha", "float"), ("planned_mu", "float"),
                ("change_m2", "float"), ("change_ha", "float"), ("change_mu", "float"),
                ("current_share_pct", "float"), ("planned_share_pct", "float")]
        table = [(r.zone, r.code, name(r.code, r.kind, self.CURRENT), r.kind, *units.area_triplet(r.current_m2),
                  *units.area_triplet(r.planned_m2), *units.area_triplet(r.change_m2), *share)
                 for r, share in zip(rows, change.shares(rows))]
        transfer_spec = [("zone", "str"), ("from_code", "str"), ("from_name", "str"), ("from_kind", "str"),
                         ("to_code", "str"), ("to_name", "str"), ("to_kind", "str"),
                         ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float")]
        transfer_table = [(t.zone, t.from_code, name(t.from_code, t.from_kind, self.CURRENT), t.from_kind,
                           t.to_code, name(t.to_code, t.to_kind, self.PLANNED), t.to_kind, *units.area_triplet(t.area_m2))
                          for t in cells]
        results = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, spec, table)}
        if bridge.asked_for(self, parameters, self.TRANSFER, context):
            results[self.TRANSFER] = bridge.write_rows(self, parameters, self.TRANSFER, context, transfer_spec, transfer_table)
        return table, transfer_table, results

    @staticmethod
    def _split(zones, geoms, area, feedback):
        """(zone label, index, area, zone order) of the pieces of `geoms` in each zone (or all in one)."""
        from ...core import structure

        if zones is None:
            everything = tr("All")
            return np.full(len(geoms), everything, dtype=object), np.arange(len(geoms)), area, [everything]
        pieces = structure.split_by_zones(geoms, area, area, *zones, tr("Outside the zones"), bridge.progress(feedback))
        bridge.stop_if_cancelled(feedback)
        return pieces

    def _report(self, path, rows, table, transfer_table, zone_order, layers, compare, level, notes):
        from ...core import change, report, structure

        current, planned = layers[self.CURRENT], layers[self.PLANNED]
        facts = [tr("Current: {0} ({1} features); planned: {2} ({3} features)").format(
            current[0], current[1].read, planned[0], planned[1].read),
            tr("Compared in {0} classes, level {1}; areas in 公顷").format(codes.scheme_label(compare), level)] + notes
        headers = [tr("Code"), tr("Class"), tr("Current (公顷)"), tr("Current share (%)"), tr("Planned area (公顷)"),
                   tr("Planned share (%)"), tr("Change (公顷)"), tr("Change (亩)")]
        sections = []
        for zone in zone_order:
            picked = [(r, t) for r, t in zip(rows, table) if r.zone == zone]
            body = [(t[1], t[2], t[5], t[13], t[8], t[14], t[11], t[12]) for _, t in picked]
            css = ["total" if r.kind == structure.TOTAL else ("flag" if r.kind not in (structure.CLASS, change.GROUP) else "")
                   for r, _ in picked]
            title = tr("Land-use structure change (用地结构调整表)")
            sections.append((title if len(zone_order) == 1 else f"{title} — {zone}", report.table(headers, body, css, 2)))
            sections.append((tr("Transfer matrix (转移矩阵), 公顷: rows current, columns planned") +
                             ("" if len(zone_order) == 1 else f" — {zone}"),
                             self._matrix([t for t in transfer_table if t[0] == zone])))
        report.write(path, report.page(tr("Land-use structure change and transfer matrix (用地结构调整表、转移矩阵)"),
                                       facts, sections))

    @staticmethod
    def _matrix(cells):
        from ...core import report

        row_keys = list(dict.fromkeys((t[1], t[2]) for t in cells))
        col_keys = list(dict.fromkeys((t[4], t[5]) for t in cells))
        col_keys.sort(key=lambda k: (k[0] == "", k[0]))
        value = {((t[1], t[2]), (t[4], t[5])): t[8] for t in cells}
        headers, body, css = report.matrix(value, row_keys, col_keys, tr("Current \\ planned"), tr("Total"),
                                           lambda key: f"{key[0]} {key[1]}".strip())
        return report.table(headers, body, css, 2)
