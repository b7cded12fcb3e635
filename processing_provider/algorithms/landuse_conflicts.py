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


def rules_problem(error):
    """The planner's wording of a core TableError raised while reading a rules file."""
    detail = error.detail if not isinstance(error.detail, (list, tuple)) else ", ".join(map(str, error.detail))
    what = {
        "unreadable": tr("cannot be read"),
        "missing_columns": tr("lacks the columns {0}").format(detail),
        "missing_id": tr("has a row without an id"),
        "duplicate_id": tr("repeats the rule id {0}").format(detail),
        "bad_subject": tr("has subject '{0}' (use landuse, zone or line)").format(detail),
        "bad_line": tr("has line '{0}' (use PBF, ERL or UDB)").format(detail),
        "bad_position": tr("has position '{0}' (use inside or outside; a line rule is always outside)").format(detail),
        "bad_severity": tr("has severity '{0}' (use error, warning or info)").format(detail),
        "no_classes": tr("has rule {0} with no classes").format(detail),
        "no_rules": tr("holds no rules"),
    }.get(error.problem, error.problem)
    where = tr(" (line {0})").format(error.line) if error.line else ""
    return tr("The rules file {0} {1}{2}.").format(error.path, what, where)


class LandUseConflicts(bridge.LantuAlgorithm):
    ID = "landuseconflicts"
    GROUP_ID = "bottomlines"

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
            "ZONES", tr("Planning zones (规划分区), optional"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "ZONE_FIELD", tr("Planning-zone code field (GHFQDM…)"), parentLayerParameterName="ZONES", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "RULES", tr("Rules (CSV; empty = built-in table)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_AREA", tr("Ignore conflicts smaller than (m²)"), NUMBER_DOUBLE, 0.0, False, 0.0))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Conflicts"), VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr("Conflicts by rule"), VECTOR))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("CONFLICT_COUNT", tr("Conflicts")))
        self.addOutput(QgsProcessingOutputNumber("CONFLICT_AREA_M2", tr("Conflict area, counted once (m²)")))
        self.addOutput(QgsProcessingOutputNumber("ERROR_AREA_M2", tr("Area of errors, counted once (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import classification, conflicts, report, rules, units

        rules_path = self.parameterAsFile(parameters, "RULES", context) or None
        try:
            rule_list = rules.load_rules(rules_path)
        except classification.TableError as error:
            raise QgsProcessingException(rules_problem(error)) from None

        source = bridge.source_or_fail(self, parameters, "LANDUSE", context, tr("land-use layer"))
        label = bridge.layer_name(self, parameters, "LANDUSE", context) or tr("land-use layer")
        code_field = codes.code_field(self, parameters, "CODE_FIELD", source, context, feedback, label)
        name_field = bridge.guess_field(source, codes.NAME_FIELDS)
        area_method = self.parameterAsEnum(parameters, "AREA_METHOD", context)
        min_area = self.parameterAsDouble(parameters, "MIN_AREA", context)
        crs = bridge.working_crs(source, area_method, context)
        land = bridge.read(self, parameters, "LANDUSE", context, feedback, crs,
                                  [f for f in (code_field, name_field) if f], label)
        lines = control_lines.given(self, parameters, context)
        if not lines:
            raise QgsProcessingException(tr("Give at least one control line to check against."))
        line_data = control_lines.read(self, parameters, context, feedback, crs, lines)

        subject = self._land_subject(parameters, context, feedback, land, code_field, name_field, label, rule_list)
        zones, zone_data = self._zones(parameters, context, feedback, crs)

        feedback.setProgressText(tr("Checking the rules…"))
        found = conflicts.find_conflicts(rule_list, {k: d.geoms for k, d in line_data.items()}, subject, zones,
                                         min_area, bridge.progress(feedback))
        bridge.stop_if_cancelled(feedback)
        for rule, reason in found.skipped:
            feedback.pushInfo(tr("Rule {0} not checked: {1}").format(rule.id, {
                "no_line": tr("no {0} layer given").format(control_lines.short_name(rule.line)),
                "no_zone": tr("no planning-zone layer given"),
                "no_landuse": tr("no land-use layer")}[reason]))
        if found.below_min:
            feedback.pushInfo(tr("{0} conflict pieces smaller than {1} m² (or than 0.01 m², the noise of shared "
                                 "boundaries) were left out.").format(found.below_min, min_area))

        ydyh = classification.load_classification(classification.YDYH)
        zone_names = _planning_zone_names()
        english = not speaks_chinese()  # rule names follow the interface language
        rows, severities = [], []
        for r, src, area, partial in zip(found.rule, found.src, found.area, found.partial):
            rule = rule_list[r]
            severity = "info" if partial else rule.severity
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
            severities.append(severity)
        severities = np.array(severities, dtype=object)
        spec = [("rule_id", "str"), ("rule_name", "str"), ("line", "str"), ("severity", "str"), ("code", "str"),
                ("code_name", "str"), ("src_fid", "int"), ("area_m2", "float"), ("area_ha", "float"),
                ("area_mu", "float"), ("basis", "str"), ("note", "str")]
        geoms = bridge.to_crs(found.geoms, crs, source.sourceCrs(), context)
        dest = bridge.write_rows(self, parameters, "OUTPUT", context, spec, rows, geoms, source.sourceCrs(),
                               WKB_MULTI_POLYGON)

        summary = []
        for r, rule in enumerate(rule_list):
            mine = found.rule == r
            skipped = any(s is rule for s, _ in found.skipped)
            summary.append((rule.id, rule.name_en if english and rule.name_en else rule.name_zh, rule.line,
                            rule.severity, int(mine.sum()), *units.area_triplet(float(found.area[mine].sum())),
                            tr("not checked") if skipped else "", rule.basis))
        summary_spec = [("rule_id", "str"), ("rule_name", "str"), ("line", "str"), ("severity", "str"),
                        ("count", "int"), ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float"),
                        ("status", "str"), ("basis", "str")]
        summary_dest = bridge.write_rows(self, parameters, "SUMMARY", context, summary_spec, summary)

        # Ground in conflict counted once: one parcel may break two rules, overlapping lines overlap.
        total = float(shapely.union_all(found.geoms).area) if len(found.geoms) else 0.0
        errors = found.geoms[severities == "error"] if len(rows) else found.geoms
        error_area = float(shapely.union_all(errors).area) if len(errors) else 0.0
        feedback.pushInfo(tr("{0} conflicts, {1:,.2f} m² ({2:,.4f} 公顷); errors {3:,.2f} m².").format(
            len(rows), total, units.m2_to_ha(total), error_area))
        results = {"OUTPUT": dest, "SUMMARY": summary_dest, "CONFLICT_COUNT": len(rows),
                   "CONFLICT_AREA_M2": total, "ERROR_AREA_M2": error_area}

        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
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
            report.write(report_path, page)
            results["REPORT"] = report_path
        return results

    def _land_subject(self, parameters, context, feedback, land, code_field, name_field, label, rule_list):
        """The land-use features as 用地用海 classes (三调 through the conversion), for the rules."""
        from ...core import classification, conflicts

        scheme = codes.resolve(self, parameters, "CLASSIFICATION", context, feedback, land.columns[code_field],
                               code_field, land.columns.get(name_field))
        classes = codes.classify(land.columns[code_field], scheme, 2, True, feedback, label)
        decided = classes.kind != "undecided"
        candidates = np.full(len(land), None, dtype=object)
        if scheme == classification.SANDIAO:
            conversion = classification.load_sandiao_to_ydyh()
            raw = classification.normalise_codes(land.columns[code_field])
            for i in np.flatnonzero(~decided):
                candidates[i] = conversion.map(raw[i], 2).candidates
        known = classes.kind != "unknown"
        subject = conflicts.Subject(land.geoms[known], classes.code[known], decided[known], candidates[known])
        keep = np.flatnonzero(known)
        # Only classes some rule may concern go on (most of a county is cultivated land and forest
        # outside the lines): less to hold, nothing to lose.
        wanted = np.zeros(len(keep), dtype=bool)
        for rule in rule_list:
            if rule.subject == "landuse":
                wanted |= subject.coverage(rule) != "none"
        subject = conflicts.Subject(subject.geoms[wanted], subject.codes[wanted], subject.decided[wanted],
                                    subject.candidates[wanted])
        keep = keep[wanted]
        names = land.columns.get(name_field) if scheme == classification.YDYH else None
        land.geoms, land.fids, land.columns = None, land.fids[keep], {}
        subject.names = names[keep] if names is not None else np.full(len(keep), None, dtype=object)
        subject.notes = classes.notes
        return subject

    def _zones(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, "ZONES", context)
        if source is None:
            return None, None
        from ...core import conflicts

        label = source.sourceName() or tr("planning zones")
        zone_field = self.parameterAsString(parameters, "ZONE_FIELD", context) or bridge.guess_field(source, ZONE_FIELDS)
        if not zone_field:
            raise QgsProcessingException(tr("{0}: choose the planning-zone code field (ZONE_FIELD); none of {1} is there.").format(
                label, ", ".join(ZONE_FIELDS)))
        data = bridge.read(self, parameters, "ZONES", context, feedback, crs, [zone_field], label)
        return conflicts.Subject(data.geoms, conflicts.zone_codes(data.columns[zone_field])), data


def subject_notes(subject):
    return list(getattr(subject, "notes", []))


def _planning_zone_names():
    import csv
    import os

    from ...core.classification import TABLES_DIR

    with open(os.path.join(TABLES_DIR, "planning_zones.csv"), encoding="utf-8-sig", newline="") as stream:
        return {row["code"]: row["name"] for row in csv.DictReader(stream)}
