"""lantu:sitecheck — a proposed project site against the three control lines, the current land use,
the road control zones and other constraints, with a verdict per site (控制线检测 / 用地预审)."""

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ...compat import FIELD_NUMERIC, NUMBER_DOUBLE, VECTOR, VECTOR_LINE, VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import speaks_chinese, tr
from .. import bridge
from ..bridge import codes, control_lines
from . import site_report
from .site_report import verdict_label

ROAD_GRADE_FIELDS = ["GRADE", "DJ", "GLDJ", "LXDJ", "JSDJ"]
ROAD_WIDTH_FIELDS = ["WIDTH", "KD", "LMKD", "LJKD"]
SITE_ID_FIELDS = ["XMMC", "XMBH", "NAME", "ID"]
SUMMARY_SPEC = [("site_id", "str"), ("site_m2", "float"), ("pbf_m2", "float"), ("erl_m2", "float"),
                ("udb_m2", "float"), ("outside_udb_m2", "float"), ("cultivated_m2", "float"),
                ("road_zone_m2", "float"), ("constraints", "str"), ("verdict", "str"), ("reasons", "str"),
                ("uncoded_m2", "float")]


def rules_problem(path, error):
    what = {"bad_subject": tr("has subject '{0}' (use line, outside_line, class, road or constraint)"),
            "bad_verdict": tr("has verdict '{0}' (use 需调整 or 不可行)"),
            "missing_columns": tr("lacks the columns {0}"), "no_rules": tr("holds no rules"),
            "unreadable": tr("cannot be read")}.get(error.problem, error.problem)
    detail = error.detail if not isinstance(error.detail, (list, tuple)) else ", ".join(map(str, error.detail))
    where = tr(" (line {0})").format(error.line) if error.line else ""
    return tr("The site rules file {0} {1}{2}.").format(path, what.format(detail), where)


class SiteCheck(bridge.LantuAlgorithm):
    ID = "sitecheck"
    GROUP_ID = "bottomlines"
    SITE, SITE_ID_FIELD, LANDUSE, CODE_FIELD, CLASSIFICATION = "SITE", "SITE_ID_FIELD", "LANDUSE", "CODE_FIELD", "CLASSIFICATION"
    PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY = (
        control_lines.PERMANENT_FARMLAND, control_lines.ECO_REDLINE, control_lines.URBAN_BOUNDARY)
    ROADS, ROAD_GRADE_FIELD, ROAD_WIDTH_FIELD = "ROADS", "ROAD_GRADE_FIELD", "ROAD_WIDTH_FIELD"
    CONSTRAINTS, RULES, MIN_AREA, SUMMARY = "CONSTRAINTS", "RULES", "MIN_AREA", "SUMMARY"

    def displayName(self):
        return tr("Check a project site (项目选址与用地预审)")

    def shortHelpString(self):
        return tr(
            "For each proposed project site (SITE polygons): the area it occupies of 永久基本农田, 生态保护红线 and "
            "城镇开发边界 and the area outside the urban boundary, of each current land class (LANDUSE, e.g. 三调 "
            "DLBM) and of cultivated land (耕地, class 01), of the road building control zones (ROADS: centre lines "
            "buffered by half their width plus the setback of their grade, 《公路安全保护条例》第十一条, "
            "resources/tables/road_setbacks.csv) and of each other constraint layer (CONSTRAINTS); then a verdict "
            "可行 / 需调整 / 不可行 by the rule table (resources/tables/sitecheck_rules.csv, or your own RULES): the "
            "gravest verdict of the rules whose area exceeds MIN_AREA.\n\n"
            "OUTPUT: the pieces (site, what, code or layer, area in m², 公顷, 亩); SUMMARY: one row per site; "
            "REPORT: an HTML page per site, ready to attach to a review (the file holds all sites, one printed page "
            "each, and a file <report>_<site>.html is written beside it for every site).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITE, tr("Proposed project sites"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_ID_FIELD, tr("Site name or number field (empty = feature id)"), parentLayerParameterName=self.SITE,
            optional=True))
        control_lines.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDUSE, tr("Current land use (三调 or 用地用海), optional"), [VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, tr("Land-class code field (DLBM…; empty = guess)"), parentLayerParameterName=self.LANDUSE,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, tr("Classification of the codes"), codes.classification_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, tr("Roads (centre lines), optional"), [VECTOR_LINE], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ROAD_GRADE_FIELD, tr("Road grade field (高速公路/国道/省道/县道/乡道/村道; empty = guess)"),
            parentLayerParameterName=self.ROADS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ROAD_WIDTH_FIELD, tr("Road width field in m (empty = guess, none = 0)"), parentLayerParameterName=self.ROADS,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, tr("Other constraint layers (polygons), optional"), VECTOR_POLYGON,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.RULES, tr("Verdict rules (CSV; empty = built-in table)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Ignore occupied areas up to (m²)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Site pieces"), VECTOR_POLYGON))
        bridge.add_secondary_sink(self, self.SUMMARY, tr("Sites"), VECTOR)
        bridge.add_report_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import sitecheck, tables

        rules_path = self.parameterAsFile(parameters, self.RULES, context) or None
        try:
            rules = sitecheck.load_rules(rules_path)
        except tables.TableError as error:
            raise QgsProcessingException(rules_problem(rules_path or sitecheck.RULES_TABLE, error)) from None
        site_source = bridge.source_or_fail(self, parameters, self.SITE, context, tr("sites"))
        crs = bridge.working_crs(site_source, self.parameterAsEnum(parameters, self.AREA_METHOD, context), context)
        sites, site_ids = self._sites(parameters, context, feedback, crs, site_source)

        lines = control_lines.given(self, parameters, context)
        line_data = control_lines.read(self, parameters, context, feedback, crs, lines)
        land, land_codes, class_names = self._land(parameters, context, feedback, crs)
        roads, road_lines = self._road_zones(parameters, context, feedback, crs)
        constraints = self._constraints(parameters, context, feedback, crs)
        blind = self._blind(sites.geoms, line_data, lines, land, road_lines, constraints, feedback, parameters, context)

        feedback.setProgressText(tr("Overlaying the sites…"))
        pieces = sitecheck.overlay_sites(sites.geoms, {k: d.geoms for k, d in line_data.items() if ("line", k) not in blind},
                                         None if ("class",) in blind else land, land_codes,
                                         None if ("road",) in blind else roads,
                                         {n: g for n, g in constraints.items() if ("constraint", n) not in blind})
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        not_seen = sitecheck.blind_rules(rules, blind)
        judged = sitecheck.verdicts(len(sites), pieces, rules, min_area, not_seen)
        unchecked = [(rule, self._why_unchecked(rule, reason)) for rule, reason in sitecheck.unchecked_rules(
            rules, line_data, land is not None, roads is not None, bool(constraints))]
        unchecked += [(rule, bridge.reason_text(reason)) for rule, reason in not_seen]
        for rule, why in unchecked:
            feedback.pushWarning(tr("Rule {0} not checked: {1}").format(rule.id, why))

        areas = pieces.areas()

        def key_name(subject, key):
            if subject in ("line", "outside_line"):
                return control_lines.short_name(key)
            if subject == "class":
                return class_names.get(key) or key or tr("No code")
            if subject == "road":
                return tr("公路建筑控制区")
            return key

        results = {self.OUTPUT: self._write_pieces(parameters, context, crs, site_source.sourceCrs(), pieces, areas,
                                                   site_ids, key_name)}
        per_site = self._site_rows(sites, site_ids, pieces, areas, judged, line_data,
                                   class_names if land is not None and ("class",) not in blind else None,
                                   roads is not None, min_area, blind, not_seen)
        for row in per_site:
            if row[11]:
                feedback.pushWarning(tr("Site {0}: {1:,.2f} m² of its land has no land-class code, or one not in the "
                                        "classification; no class rule (耕地 …) can judge it: correct the codes.").format(
                                            row[0], row[11]))
        if bridge.asked_for(self, parameters, self.SUMMARY, context):
            results[self.SUMMARY] = bridge.write_rows(self, parameters, self.SUMMARY, context, SUMMARY_SPEC, per_site)
        for row in per_site:
            feedback.pushInfo(tr("Site {0}: {1}{2}").format(row[0], verdict_label(row[9]), f" — {row[10]}" if row[10] else ""))

        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            line_names = [(k, bridge.layer_name(self, parameters, n, context)) for k, n, _ in lines]
            pages = [site_report.site_page(s, per_site[s], judged[s][1], pieces, areas, key_name, line_names, unchecked)
                     for s in range(len(sites))]
            site_report.write_report(report_path, self.displayName(), pages, site_ids)
            results[self.REPORT] = report_path
        return results

    def _sites(self, parameters, context, feedback, crs, source):
        """(the sites as LayerData, a name per site: SITE_ID_FIELD's value, else the feature id)."""
        label = bridge.layer_name(self, parameters, self.SITE, context) or tr("sites")
        id_field = self.parameterAsString(parameters, self.SITE_ID_FIELD, context) or bridge.guess_field(source, SITE_ID_FIELDS)
        sites = bridge.read(self, parameters, self.SITE, context, feedback, crs, [id_field] if id_field else [], label)
        if len(sites) == 0:
            raise QgsProcessingException(tr("{0} holds no site polygons.").format(label))
        site_ids = [str(v) if v not in (None, "") else str(f) for v, f in
                    zip(sites.columns[id_field] if id_field else sites.fids, sites.fids)]
        return sites, site_ids

    def _write_pieces(self, parameters, context, crs, out_crs, pieces, areas, site_ids, key_name):
        from ...core import units

        subject_names = {"line": tr("inside"), "outside_line": tr("outside"), "class": tr("land class"),
                         "road": tr("road control zone"), "constraint": tr("constraint")}
        rows = [(site_ids[s], subject, subject_names[subject], key, key_name(subject, key), *units.area_triplet(float(a)))
                for s, subject, key, a in zip(pieces.site, pieces.subject, pieces.key, areas)]
        spec = [("site_id", "str"), ("subject", "str"), ("subject_name", "str"), ("key", "str"), ("name", "str"),
                ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float")]
        geoms = bridge.to_crs(np.asarray(pieces.geoms, dtype=object), crs, out_crs, context)
        return bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, geoms, out_crs, WKB_MULTI_POLYGON)

    @staticmethod
    def _site_rows(sites, site_ids, pieces, areas, judged, line_data, known_codes, with_roads, min_area, blind, not_seen):
        """One SUMMARY_SPEC row a site: what it occupies, its constraints, verdict and reasons."""
        import shapely

        from ...core import sitecheck

        english = not speaks_chinese()
        site_area = shapely.area(sites.geoms)
        per_site = []
        for s in range(len(sites)):
            verdict, found = judged[s]
            constraint_text = "; ".join(f"{pieces.key[i]} {areas[i]:,.2f} m²" for i in pieces.of_site(s)
                                        if pieces.subject[i] == "constraint" and areas[i] > min_area)
            reasons = "; ".join([f"{rule.name_en if english and rule.name_en else rule.name_zh} ({area:,.2f} m²)"
                                 for rule, area in found] + ([tr("not checked: {0}").format(", ".join(
                                     rule.id for rule, _ in not_seen))] if verdict == sitecheck.NOT_CHECKED else []))
            per_site.append([site_ids[s], float(site_area[s]),
                             *sitecheck.site_figures(pieces, areas, s, line_data, known_codes is not None, with_roads,
                                                     blind),
                             constraint_text, verdict, reasons,
                             None if known_codes is None else sitecheck.uncoded_area(pieces, areas, s, known_codes)])
        return per_site

    # --- inputs ---------------------------------------------------------------------------------
    def _land(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, self.LANDUSE, context)
        if source is None:
            return None, None, {}
        from ...core import classification, land_codes

        label = bridge.layer_name(self, parameters, self.LANDUSE, context) or tr("land use")
        code_field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        data = bridge.read(self, parameters, self.LANDUSE, context, feedback, crs, [code_field], label)
        if len(data) == 0:  # nothing to judge: the rules on land classes are not checked (said with the verdicts)
            return data.geoms, np.empty(0, dtype=object), {}
        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, data.columns[code_field], code_field)
        table = classification.load_classification(scheme)
        normal = land_codes.normalise_codes(data.columns[code_field]) if len(data) else np.empty(0, dtype=object)
        names = {c: table.name(c) for c in set(normal) if c and table.is_known(c)}  # the codes rules can judge
        return data.geoms, normal, names

    def _road_zones(self, parameters, context, feedback, crs):
        """(the building control zones, the road lines), (None, None) without ROADS."""
        source = self.parameterAsSource(parameters, self.ROADS, context)
        if source is None:
            return None, None
        from ...core import sitecheck

        label = bridge.layer_name(self, parameters, self.ROADS, context) or tr("roads")
        grade = self.parameterAsString(parameters, self.ROAD_GRADE_FIELD, context) or bridge.guess_field(source, ROAD_GRADE_FIELDS)
        width = self.parameterAsString(parameters, self.ROAD_WIDTH_FIELD, context) or bridge.guess_field(source, ROAD_WIDTH_FIELDS)
        if not grade:
            raise QgsProcessingException(tr("{0}: choose the road grade field (ROAD_GRADE_FIELD); none of {1} is there.").format(
                label, ", ".join(ROAD_GRADE_FIELDS)))
        if crs.isGeographic():
            raise QgsProcessingException(tr("Road control zones need a projected CRS."))
        data = bridge.read(self, parameters, self.ROADS, context, feedback, crs, [f for f in (grade, width) if f], label,
                           kind=bridge.LINES)
        widths = bridge.numeric_column(data.columns[width], label, width) if width else np.full(len(data), np.nan)
        setbacks = sitecheck.load_setbacks()
        zones, kept = sitecheck.road_zones(data.geoms, data.columns[grade], widths, setbacks)
        unknown = sorted({str(g) for g in data.columns[grade] if setbacks.lookup(g) < 0})
        if unknown:
            feedback.pushWarning(tr("{0}: road grades with no setback in the table, so no control zone: {1}").format(
                label, ", ".join(unknown)))
        feedback.pushInfo(tr("{0}: {1} of {2} roads have a building control zone.").format(label, len(kept), len(data)))
        return zones, data.geoms

    def _blind(self, sites, line_data, lines, land, road_lines, constraints, feedback, parameters, context):
        """{("line", key) | ("class",) | ("road",) | ("constraint", name): reason} of the layers given that cannot be
        looked at against the sites (no polygons, or lying wholly apart), each told."""
        against = tr("the sites")
        layers = [(("line", key), data.geoms, control_lines.short_name(key) + f" ({bridge.layer_name(self, parameters, name, context)})")
                  for (key, name, _), data in zip(lines, line_data.values())]
        if land is not None:
            layers.append((("class",), land, bridge.layer_name(self, parameters, self.LANDUSE, context) or tr("land use")))
        if road_lines is not None:
            layers.append((("road",), road_lines, bridge.layer_name(self, parameters, self.ROADS, context) or tr("roads")))
        layers += [(("constraint", name), geoms, name) for name, geoms in constraints.items()]
        blind = {}
        for key, geoms, label in layers:
            reason = bridge.reach(sites, geoms, label, against, feedback)
            if reason:
                blind[key] = reason
        return blind

    def _constraints(self, parameters, context, feedback, crs):
        layers = bridge.read_layers(self, parameters, self.CONSTRAINTS, context, feedback, crs)
        return {name: data.geoms for name, data in layers.items()}

    @staticmethod
    def _why_unchecked(rule, reason):
        if reason == "no_line":
            key = rule.key[0]
            return tr("no {0} layer given").format(control_lines.short_name(key)) if key in ("PBF", "ERL", "UDB") else key
        return {"no_landuse": tr("no land-use layer given"), "no_roads": tr("no road layer given"),
                "no_constraints": tr("no constraint layers given")}[reason]
