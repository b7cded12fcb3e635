"""lantu:landuseconflicts — land use and planning zones against the three control lines, by rules."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...compat import NUMBER_DOUBLE, VECTOR, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import speaks_chinese, tr
from .. import bridge
from ..bridge import codes, control_lines

ZONE_FIELDS = ["GHFQDM", "FQDM", "YTFQDM", "GNFQDM"]
CONFLICT_SPEC = [("rule_id", "str"), ("rule_name", "str"), ("line", "str"), ("severity", "str"), ("code", "str"),
                 ("code_name", "str"), ("src_fid", "int"), ("area_m2", "float"), ("area_ha", "float"),
                 ("area_mu", "float"), ("basis", "str"), ("note", "str")]
SUMMARY_SPEC = [("rule_id", "str"), ("rule_name", "str"), ("line", "str"), ("severity", "str"),
                ("count", "int"), ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float"),
                ("status", "str"), ("basis", "str")]


def rules_problem(error):
    """The planner's wording of a core TableError raised while reading a rules file."""
    detail = bridge.detail_text(error)
    return bridge.rules_problem(error, {
        "bad_subject": tr("has subject '{0}' (use landuse, zone or line)").format(detail),
        "bad_line": tr("has line '{0}' (use PBF, ERL or UDB)").format(detail),
        "bad_position": tr("has position '{0}' (use inside or outside; a line rule is always outside)").format(detail),
        "bad_severity": tr("has severity '{0}' (use error, warning or info)").format(detail),
        "no_classes": tr("has rule {0} with no classes").format(detail),
        "no_rules": tr("holds no rules"),
    })


class LandUseConflicts(bridge.LantuAlgorithm):
    ID = "landuseconflicts"
    GROUP_ID = "bottomlines"
    LANDUSE, CODE_FIELD, CLASSIFICATION = codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION
    PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY = (
        control_lines.PERMANENT_FARMLAND, control_lines.ECO_REDLINE, control_lines.URBAN_BOUNDARY)
    ZONES, ZONE_FIELD, RULES, MIN_AREA, SUMMARY = "ZONES", "ZONE_FIELD", "RULES", "MIN_AREA", "SUMMARY"

    def displayName(self):
        return tr("Land use against the control lines (底线约束冲突检查)")

    def shortHelpString(self):
        return tr(
            "Checks a land-use layer (planned 用地用海, or current 三调 through the official 三调 → 用地用海 "
            "conversion) and, when given, a planning-zone layer (规划分区, e.g. GHFQDM) against 永久基本农田, "
            "生态保护红线 and 城镇开发边界, by a rule table: construction land inside the redline (linear "
            "infrastructure a warning), 园地/林地/草地/设施农用地 or construction inside permanent farmland "
            "(自然资发〔2021〕166号), urban construction land outside the urban boundary, and the zones against the "
            "lines (生态保护区 = 生态保护红线, 农田保护区 ⊇ 永久基本农田, 城镇发展区 ⊆ 城镇开发边界).\n\n"
            "Give your own rules as a CSV (RULES) with the columns of resources/tables/bottomline_rules.csv. "
            "A 三调 class that the conversion splits one-to-many is reported with severity info when only some "
            "of its possible classes break a rule.\n\n"
            "OUTPUT: one polygon per conflict (rule, severity, code, source feature, area in m², 公顷, 亩, legal "
            "basis); SUMMARY: count and area per rule. Conflict areas count overlapping line features once; "
            "pieces under MIN_AREA, and always those under 0.01 m² (float noise along shared boundaries), are left out.")

    def initAlgorithm(self, config=None):
        codes.add_landuse_parameters(self, tr("Land-use layer (planned 用地用海 or current 三调)"))
        control_lines.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Planning zones (规划分区), optional"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, tr("Planning-zone code field (GHFQDM…)"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.RULES, tr("Rules (CSV; empty = built-in table)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Ignore conflicts smaller than (m²)"), NUMBER_DOUBLE, 0.0, False, 0.0))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Conflicts"), VECTOR_POLYGON))
        bridge.add_secondary_sink(self, self.SUMMARY, tr("Conflicts by rule"), VECTOR)
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("CONFLICT_COUNT", tr("Conflicts")))
        self.addOutput(QgsProcessingOutputNumber("CONFLICT_AREA_M2", tr("Conflict area, counted once (m²)")))
        self.addOutput(QgsProcessingOutputNumber("ERROR_AREA_M2", tr("Area of errors, counted once (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import conflicts, rules, tables, units

        rules_path = self.parameterAsFile(parameters, self.RULES, context) or None
        try:
            rule_list = rules.load_rules(rules_path)
        except tables.TableError as error:
            raise QgsProcessingException(rules_problem(error)) from None

        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        label = bridge.layer_name(self, parameters, self.LANDUSE, context) or tr("land-use layer")
        code_field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        name_field = bridge.guess_field(source, codes.NAME_FIELDS)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        crs = bridge.working_crs(source, self.parameterAsEnum(parameters, self.AREA_METHOD, context), context)
        lines = control_lines.given(self, parameters, context)
        if not lines:
            raise QgsProcessingException(tr("Give at least one control line to check against."))
        # The parcels are read in batches, each checked and let go: only the lines and the conflicts are held.
        fields = [f for f in (code_field, name_field) if f]
        land = bridge.Stream(self, parameters, self.LANDUSE, context, feedback, crs, fields, label)
        subject = self._land_subject(parameters, context, feedback, land, code_field, name_field, rule_list)
        line_data = control_lines.read(self, parameters, context, feedback, crs, lines)
        line_geoms = {k: d.geoms for k, d in line_data.items()}

        feedback.setProgressText(tr("Checking the rules…"))
        parts, skipped = _check_in_batches(land, subject, rule_list, line_geoms, min_area, feedback)
        land_summary = land.finish()
        bounds = land.bounds_geometry()
        blind = {}
        for key, name, _ in lines:
            line_label = f"{control_lines.short_name(key)} ({bridge.layer_name(self, parameters, name, context)})"
            reason = bridge.reach(bounds, line_data[key].geoms, line_label, tr("the land-use layer"), feedback)
            if reason:
                blind[key] = reason
        zones, zone_data = self._zones(parameters, context, feedback, crs, bounds)
        rest = conflicts.find_conflicts(rule_list, line_geoms, None, zones, min_area, bridge.progress(feedback), blind,
                                        only=("zone", "line"))
        found = conflicts.joined(parts + [rest], rule_list, skipped + rest.skipped, blind)
        bridge.stop_if_cancelled(feedback)
        _log_skipped(feedback, found, min_area)
        land = land_summary
        land.fids = subject.fids

        severities = found.severities(rule_list)
        rows = self._conflict_rows(found, rule_list, severities, subject, land, zones, zone_data, line_data)
        geoms = bridge.to_crs(found.geoms, crs, source.sourceCrs(), context)
        results = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, CONFLICT_SPEC, rows, geoms,
                                                  source.sourceCrs(), WKB_MULTI_POLYGON)}
        english = not speaks_chinese()  # rule names follow the interface language
        summary = [(rule.id, rule.name_en if english and rule.name_en else rule.name_zh, rule.line, rule.severity, count,
                    *units.area_triplet(area), "" if checked else _not_checked(rule, found), rule.basis)
                   for rule, count, area, checked in found.per_rule(rule_list)]
        if bridge.asked_for(self, parameters, self.SUMMARY, context):
            results[self.SUMMARY] = bridge.write_rows(self, parameters, self.SUMMARY, context, SUMMARY_SPEC, summary)

        total, error_area = found.ground(), found.ground(severities == "error")
        feedback.pushInfo(tr("{0} conflicts, {1:,.2f} m² ({2:,.4f} 公顷); errors {3:,.2f} m².").format(
            len(rows), total, units.m2_to_ha(total), error_area))
        results.update({"CONFLICT_COUNT": len(rows), "CONFLICT_AREA_M2": total, "ERROR_AREA_M2": error_area})
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(parameters, context, report_path, label, land, lines, rules_path, total, summary, rows,
                         found, subject)
            results[self.REPORT] = report_path
        return results

    def _land_subject(self, parameters, context, feedback, land, code_field, name_field, rule_list):
        """The land-use features some rule may concern as 用地用海 classes (三调 through the conversion), their
        geometries to come batch by batch; subject.fids their feature ids."""
        from ...core import classification, conflicts

        fids, columns = land.attributes()
        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, columns[code_field],
                               code_field, columns.get(name_field))
        classes = codes.classify(columns[code_field], scheme, 2, True, feedback, land.label)
        subject, keep = conflicts.landuse_subject(
            np.empty(len(fids), dtype=object), classes.code, classes.kind, rule_list,
            columns[code_field] if scheme == classification.SANDIAO else None)
        names = columns.get(name_field) if scheme == classification.YDYH else None
        subject.fids = fids[keep]
        subject.names = names[keep] if names is not None else np.full(len(keep), None, dtype=object)
        subject.notes = classes.notes
        return subject

    def _conflict_rows(self, found, rule_list, severities, subject, land, zones, zone_data, line_data):
        """One row a conflict (CONFLICT_SPEC): the rule, the feature it is about and its class."""
        from ...core import classification, conflicts, units

        ydyh = classification.load_classification(classification.YDYH)
        zone_names = conflicts.planning_zone_names()
        english = not speaks_chinese()
        rows = []
        for r, src, area, partial, severity in zip(found.rule, found.src, found.area, found.partial, severities):
            rule = rule_list[r]
            if rule.subject == "landuse":
                code, fid = subject.codes[src], land.fids[src]
                code_name = subject.names[src] or ydyh.name(code) or ""
            elif rule.subject == "zone":
                code, fid = zones.codes[src], zone_data.fids[src]
                code_name = zone_names.get(code, "")
            else:
                code, fid, code_name = "", line_data[rule.line].fids[src], control_lines.short_name(rule.line)
            note = tr("class to be split: check whether the rule applies") if partial else ""
            name = rule.name_en if english and rule.name_en else rule.name_zh
            rows.append((rule.id, name, rule.line, severity, code or "", code_name, int(fid),
                         *units.area_triplet(float(area)), rule.basis, note))
        return rows

    def _report(self, parameters, context, path, label, land, lines, rules_path, total, summary, rows, found, subject):
        from ...core import report, units

        facts = [tr("Land use: {0} ({1} features, {2} repaired)").format(label, land.read, land.repaired),
                 tr("Lines: {0}").format(", ".join(f"{control_lines.short_name(k)} = {bridge.layer_name(self, parameters, n, context)}"
                                                   for k, n, _ in lines)),
                 tr("Rules: {0}").format(rules_path or tr("built-in table")),
                 tr("Conflict area, counted once: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩").format(*units.area_triplet(total))]
        css = ["flag" if row[4] and row[3] == "error" else "" for row in summary]
        order = np.argsort(-found.area)[:300]
        page = report.page(self.displayName(), facts + subject_notes(subject), [
            (tr("By rule"), report.table([tr("Rule"), tr("Name"), tr("Line"), tr("Severity"), tr("Count"),
                                          tr("Area (m²)"), tr("Area (公顷)"), tr("Area (亩)"), tr("Status"),
                                          tr("Basis")], summary, css)),
            (tr("Largest conflicts"), report.table(
                [tr("Rule"), tr("Severity"), tr("Code"), tr("Class"), tr("Feature"), tr("Area (公顷)"), tr("Note")],
                [(rows[i][0], rows[i][3], rows[i][4], rows[i][5], rows[i][6], rows[i][8], rows[i][11]) for i in order],
                decimals=4)),
        ])
        report.write(path, page)

    def _zones(self, parameters, context, feedback, crs, land):
        """`land`: the land-use layer's box (bridge.Stream.bounds_geometry)."""
        """(zones Subject, LayerData), or (None, None) without ZONES or with one that cannot be looked at against
        the land use (no polygons, or lying apart: told, and its rules are not checked)."""
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            return None, None
        from ...core import conflicts

        label = source.sourceName() or tr("planning zones")
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or bridge.guess_field(source, ZONE_FIELDS)
        if not zone_field:
            raise QgsProcessingException(tr("{0}: choose the planning-zone code field (ZONE_FIELD); none of {1} is there.").format(
                label, ", ".join(ZONE_FIELDS)))
        data = bridge.read(self, parameters, self.ZONES, context, feedback, crs, [zone_field], label)
        if bridge.reach(land, data.geoms, label, tr("the land-use layer"), feedback):
            return None, None
        return conflicts.Subject(data.geoms, conflicts.zone_codes(data.columns[zone_field])), data


def _check_in_batches(land, subject, rule_list, line_geoms, min_area, feedback):
    """([Findings of each batch, src as rows of `subject`], the land-use rules that could not run): the land-use
    rules over the layer read batch by batch (`land`, a bridge.Stream), each batch let go once checked."""
    from ...core import conflicts

    order = np.argsort(subject.fids)
    sorted_fids = subject.fids[order]
    skipped = conflicts.find_conflicts(rule_list, line_geoms, subject.take(order[:0], order[:0]), only=("landuse",)).skipped
    parts, done = [], 0
    for batch in land:
        at = np.minimum(np.searchsorted(sorted_fids, batch.fids), max(len(order) - 1, 0))
        mine = sorted_fids[at] == batch.fids if len(order) else np.zeros(len(batch), dtype=bool)
        rows = order[at[mine]]  # the batch's features some rule concerns, as rows of `subject`
        found = conflicts.find_conflicts(rule_list, line_geoms, subject.take(rows, batch.geoms[mine]), None,
                                         min_area, None, only=("landuse",))
        found.src = rows[found.src]
        parts.append(found)
        done += len(batch)
        feedback.setProgress(90.0 * done / max(land.count, 1))
    return parts, skipped


def subject_notes(subject):
    return list(getattr(subject, "notes", []))


def _not_checked(rule, found):
    """The SUMMARY status of a rule that did not run: 'not checked', and why where its layer was given."""
    why = next(reason for skipped, reason in found.skipped if skipped is rule)
    return tr("not checked") if why.startswith("no_") else tr("not checked: {0}").format(bridge.reason_text(why))


def _log_skipped(feedback, found, min_area):
    """Say which rules could not run, and how many pieces were too small to count."""
    for rule, reason in found.skipped:
        feedback.pushInfo(tr("Rule {0} not checked: {1}").format(rule.id, {
            "no_line": tr("no {0} layer given").format(control_lines.short_name(rule.line)),
            "no_zone": tr("no planning-zone layer given"),
            "no_landuse": tr("no land-use layer")}.get(reason) or bridge.reason_text(reason)))
    if found.below_min:
        feedback.pushInfo(tr("{0} conflict pieces smaller than {1} m² were left out (float noise under 0.01 m² along "
                             "shared boundaries is no conflict at all, and not counted).").format(found.below_min, min_area))
