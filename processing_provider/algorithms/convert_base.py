"""lantu:convertbase — 基数转换: the 用地用海 base map (规划底图) a plan is drawn on, made from 三调 parcels."""
import numpy as np
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ...compat import VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes

CZCSXM_FIELDS = ["CZCSXM", "城镇村属性码"]
# The base map's own fields; source fields of the same name (and fid, which a GeoPackage keeps to itself) give way.
OWN_FIELDS = [("YDYHFLDM", "str"), ("YDYHFLMC", "str"), ("DLBM", "str"), ("DLMC", "str"), ("CZCSXM", "str"),
              ("status", "str"), ("rule", "str"), ("candidates", "str"), ("reason", "str"), ("confirmed", "str"),
              ("src_fid", "int"), ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float")]
EXAMPLES = 5


def status_label(status):
    return {"converted": tr("converted"), "resolved_by_rule": tr("resolved by rule"),
            "undecided": tr("undecided")}.get(status, status)


def rules_problem(error):
    """The planner's wording of a core TableError raised while reading a resolution-rules file."""
    detail = bridge.detail_text(error)
    return bridge.rules_problem(error, {
        "reserved_id": tr("uses the id 'table', which names the conversion table itself"),
        "no_dlbm": tr("has rule {0} with no 三调 code").format(detail),
        "unknown_dlbm": tr("names codes that are not 三调 codes ({0})").format(detail),
        "unknown_czcsxm": tr("names CZCSXM values that do not exist ({0}; use 201, 202, 203, 204, 205, their A forms, or - "
                             "for none)").format(detail),
        "unknown_target": tr("names classes that are not 用地用海 2023 classes ({0})").format(detail),
        "target_and_candidates": tr("gives rule {0} both a class and candidates (give one or the other)").format(detail),
        "no_target": tr("gives rule {0} neither a class nor at least two candidates").format(detail),
        "duplicate_rule": tr("has two rules for the same code and CZCSXM ({0})").format(detail),
        "bad_flag": tr("has a yes/no column with another value ({0})").format(detail),
    })


def reason_text(outcome, dlbm):
    """Why a parcel is undecided, in the planner's words ('' when it is not)."""
    from ...core import convert_base as cb

    candidates = "|".join(outcome.candidates)
    return {
        cb.ONE_TO_MANY: lambda: tr("the conversion table maps 三调 {0} to several 用地用海 classes ({1}) and no rule "
                                   "settles it").format(dlbm, candidates),
        cb.RULE_CANDIDATES: lambda: tr("rule {0} leaves the choice among {1} to the planner").format(outcome.rule, candidates),
        cb.NEEDS_CZCSXM: lambda: tr("rules {0} decide 三调 {1} by CZCSXM, which the layer does not give (set "
                                    "CZCSXM_FIELD)").format(outcome.rule, dlbm),
        cb.PARENT_CLASS: lambda: tr("三调 {0} is not in the conversion table; its parent class may become {1}").format(
            dlbm, candidates),
        cb.COARSE_CODE: lambda: tr("三调 {0} is a 一级 class; its 二级 classes become {1}").format(dlbm, candidates),
        cb.UNKNOWN_CODE: lambda: tr("{0} is not a 三调 code").format(dlbm),
        cb.NO_CODE: lambda: tr("the parcel has no land-class code"),
    }.get(outcome.reason, lambda: "")()


class ConvertBase(bridge.LantuAlgorithm):
    ID = "convertbase"
    GROUP_ID = "status"

    def displayName(self):
        return tr("Base map from 三调 (基数转换)")

    def shortHelpString(self):
        return tr(
            "Converts the current survey (三调 DLTB, DLBM codes) into the 用地用海 2023 classification: the base map "
            "(规划底图) a plan is drawn on. Every parcel is kept, with its geometry (repaired where invalid) and its "
            "fields, and gains YDYHFLDM and YDYHFLMC, the 三调 DLBM, DLMC and CZCSXM, a status and its area.\n\n"
            "status = converted: the conversion table (resources/tables/sandiao_to_ydyh.csv) maps the class one-to-one "
            "(at 二级; 三级 classes are left to the plan). resolved_by_rule: a resolution rule settles a class the "
            "table splits, by the parcel's 城镇村属性码 CZCSXM where the rule says so; `rule` names it. undecided: the "
            "planner must choose; `candidates` lists the classes and `reason` says why, and YDYHFLDM holds only the "
            "class all candidates share. Nothing is guessed. `confirmed` = no where a table row or rule rests on one "
            "source only.\n\n"
            "The built-in rules (resources/tables/convertbase_rules.csv) resolve 1005 to 1208, narrow 08H2 to the classes "
            "of 科教文卫, and inside a 村庄 (CZCSXM 203) add 0704 农村社区服务设施用地 to the candidates of 05H1, 08H1 and "
            "08H2; give your province's rules as a CSV with the same columns (RULES). Without a CZCSXM field, classes "
            "whose rules depend on it stay undecided.\n\n"
            "The output's total area equals the input's. REPORT: the conversion table of the layer (三调 class → "
            "用地用海 class, parcels, areas, the rule used) and the rules.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "LANDUSE", tr("三调 land-use layer (DLTB)"), [VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            "CODE_FIELD", tr("Land-class code field (DLBM; empty = guess)"), parentLayerParameterName="LANDUSE",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "CZCSXM_FIELD", tr("城镇村属性码 field (CZCSXM; empty = guess)"), parentLayerParameterName="LANDUSE",
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "RULES", tr("Resolution rules (CSV; empty = built-in table)"), extension="csv", optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Base map (规划底图)"), VECTOR_POLYGON))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("CONVERTED_AREA_M2", tr("Area with its 用地用海 class (m²)")))
        self.addOutput(QgsProcessingOutputNumber("RESOLVED_AREA_M2", tr("Area resolved by a rule (m²)")))
        self.addOutput(QgsProcessingOutputNumber("UNDECIDED_COUNT", tr("Undecided parcels")))
        self.addOutput(QgsProcessingOutputNumber("UNDECIDED_AREA_M2", tr("Undecided area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_AREA_M2", tr("Total area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED_COUNT", tr("Invalid geometries repaired")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import convert_base as cb
        from ...core import tables

        rules_path = self.parameterAsFile(parameters, "RULES", context) or None
        try:
            converter = cb.Converter(cb.load_rules(rules_path))
        except tables.TableError as error:
            raise QgsProcessingException(rules_problem(error)) from None

        source = bridge.source_or_fail(self, parameters, "LANDUSE", context, tr("land-use layer"))
        label = bridge.layer_name(self, parameters, "LANDUSE", context) or tr("land-use layer")
        code_field = codes.code_field(self, parameters, "CODE_FIELD", source, context, feedback, label)
        czcsxm_field = self._czcsxm_field(parameters, context, source, feedback, label)
        name_field = bridge.guess_field(source, ["DLMC"])
        area_method = self.parameterAsEnum(parameters, "AREA_METHOD", context)
        crs = bridge.working_crs(source, area_method, context)
        kept, kept_names = self._kept_fields(source, feedback, label)
        wanted = list(dict.fromkeys([*kept_names, code_field] + [f for f in (czcsxm_field, name_field) if f]))
        land = bridge.read(self, parameters, "LANDUSE", context, feedback, source.sourceCrs(), wanted, label)
        if len(land) == 0:
            raise QgsProcessingException(tr("{0} has no polygons to convert.").format(label))
        self._check_codes(land.columns[code_field], code_field, land.columns.get(name_field), label, feedback)
        bridge.stop_if_cancelled(feedback)
        feedback.setProgress(40)

        czcsxm = land.columns[czcsxm_field] if czcsxm_field else None
        result = cb.convert(land.columns[code_field], czcsxm, converter)
        measured = land.geoms if crs == source.sourceCrs() else bridge.to_crs(land.geoms, source.sourceCrs(), crs, context)
        area = shapely.area(measured)
        feedback.setProgress(50)

        own = self._own_columns(result, converter, land, code_field, name_field, czcsxm_field, area)
        bridge.stop_if_cancelled(feedback)
        fields = QgsFields(kept)
        for field in bridge.make_fields(OWN_FIELDS):
            fields.append(field)
        rows = bridge.rows_from_columns(*[_qt_values(land.columns[n]) for n in kept_names], *own)
        dest = bridge.write_rows(self, parameters, "OUTPUT", context, fields, rows, land.geoms, source.sourceCrs(),
                                 WKB_MULTI_POLYGON)
        feedback.setProgress(90)

        totals = result.status_totals(area)
        total = float(area.sum())
        self._log(result, totals, total, land, feedback, label)
        outputs = {"OUTPUT": dest, "CONVERTED_AREA_M2": totals[cb.CONVERTED][1] + totals[cb.RESOLVED][1],
                   "RESOLVED_AREA_M2": totals[cb.RESOLVED][1], "UNDECIDED_COUNT": totals[cb.UNDECIDED][0],
                   "UNDECIDED_AREA_M2": totals[cb.UNDECIDED][1], "TOTAL_AREA_M2": total, "REPAIRED_COUNT": land.repaired}
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            facts = [tr("Layer: {0} ({1} features, {2} repaired)").format(label, land.read, land.repaired),
                     tr("Code field: {0}; CZCSXM field: {1}").format(code_field, czcsxm_field or tr("none")),
                     tr("Rules: {0} ({1} rules)").format(rules_path or tr("built-in table"), len(converter.rules)),
                     tr("Area: {0}").format(tr("ellipsoidal (CGCS2000)") if area_method else tr("planar"))]
            write_report(report_path, self.displayName(), facts, result, area, totals, converter)
            outputs["REPORT"] = report_path
        return outputs

    def _own_columns(self, result, converter, land, code_field, name_field, czcsxm_field, area):
        """The base map's own fields (OWN_FIELDS), as columns; values per outcome are made once."""
        from ...core import land_codes, units

        def per_pair(values):
            return np.array(list(values) + [None], dtype=object)[:-1][result.pair_index]

        reasons = per_pair(reason_text(result.outcomes[o], d or "") for o, d in zip(result.pair_outcome, result.pair_dlbm))
        names = (_text(land.columns[name_field], str) if name_field else
                 per_pair(converter.sandiao.name(c) for c in result.pair_dlbm))
        czcsxm = (_text(land.columns[czcsxm_field], land_codes.clean_text) if czcsxm_field
                  else np.full(len(land), None, dtype=object))
        return [result.column("code"), result.column("code", converter.ydyh.name),
                _text(land.columns[code_field], land_codes.normalise_code), names, czcsxm,
                result.column("status"), result.column("rule"), result.column("candidates", "|".join), reasons,
                result.column("confirmed", lambda c: "yes" if c else "no"), land.fids, *units.area_triplet(area)]

    def _czcsxm_field(self, parameters, context, source, feedback, label):
        chosen = self.parameterAsString(parameters, "CZCSXM_FIELD", context)
        if chosen:
            bridge.check_fields(source, [chosen], label)
            return chosen
        guessed = bridge.guess_field(source, CZCSXM_FIELDS)
        if guessed:
            feedback.pushInfo(tr("{0}: using field {1} for the 城镇村属性码.").format(label, guessed))
        else:
            feedback.pushWarning(tr("{0}: no CZCSXM field given or found; rules that depend on the 城镇村属性码 are not "
                                    "applied, and the classes they concern stay undecided.").format(label))
        return guessed

    def _kept_fields(self, source, feedback, label):
        """The source's fields the base map keeps: all but those named like its own fields, and fid."""
        own = {name.upper() for name, _ in OWN_FIELDS}
        kept, names, replaced = QgsFields(), [], []
        for field in source.fields():
            if field.name().upper() == "FID":
                continue
            if field.name().upper() in own:
                replaced.append(field.name())
                continue
            kept.append(QgsField(field))
            names.append(field.name())
        unexpected = [n for n in replaced if n.upper() not in ("DLBM", "DLMC", "CZCSXM")]
        if unexpected:
            feedback.pushWarning(tr("{0}: fields {1} are replaced by the base map's own fields of the same name.").format(
                label, ", ".join(unexpected)))
        return kept, names

    def _check_codes(self, values, field, names, label, feedback):
        """Refuse a layer that holds no 三调 codes, or 用地用海 codes already; say what the codes look like."""
        from ...core import classification, classification_detection

        detection = classification_detection.detect_classification(values, field_name=field, names=names)
        evidence = codes.describe_detection(detection)
        if detection.classification == classification.YDYH:
            raise QgsProcessingException(tr("{0}: field {1} holds 用地用海 codes already ({2}); the base map is made from "
                                            "三调 DLBM codes.").format(label, field, evidence))
        if not detection.get("n_sandiao_known"):
            raise QgsProcessingException(tr("{0}: field {1} holds no 三调 DLBM code ({2}). Choose the code field "
                                            "(CODE_FIELD).").format(label, field, evidence))
        feedback.pushInfo(f"{label}: {evidence}")

    def _log(self, result, totals, total, land, feedback, label):
        from ...core import convert_base as cb
        from ...core import units

        for status in cb.STATUSES:
            count, area = totals[status]
            feedback.pushInfo(tr("{0}: {1} parcels, {2:,.2f} m² ({3:,.4f} 公顷)").format(
                status_label(status), count, area, units.m2_to_ha(area)))
        feedback.pushInfo(tr("Total area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩").format(*units.area_triplet(total)))
        undecided = [o for o, outcome in enumerate(result.outcomes) if outcome.status == cb.UNDECIDED]
        for o in undecided:
            pairs = [p for p, po in enumerate(result.pair_outcome) if po == o]
            parcels = np.flatnonzero(np.isin(result.pair_index, pairs))
            dlbm = sorted({result.pair_dlbm[p] or "" for p in pairs})
            fids = ", ".join(str(f) for f in land.fids[parcels[:EXAMPLES]]) + (" …" if len(parcels) > EXAMPLES else "")
            feedback.pushWarning(tr("{0}: {1} parcels of 三调 {2} are undecided: {3}. Features: {4}").format(
                label, len(parcels), ", ".join(d or tr("(no code)") for d in dlbm),
                reason_text(result.outcomes[o], "/".join(dlbm)), fids))


def _text(values, convert):
    """Text as it is; other values (a numeric code field) through `convert`; NULL stays NULL."""
    out = np.empty(len(values), dtype=object)
    out[:] = [v if isinstance(v, str) or v is None else convert(v) for v in values]
    return out


def _qt_values(values):
    """A column as QGIS takes it: dates and times read through GDAL's Arrow stream come as Python objects, which a
    date field does not store; they become QDate, QDateTime, QTime (other columns stay as they are)."""
    import datetime

    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    sample = next((v for v in values if v is not None), None)
    if not isinstance(sample, (datetime.date, datetime.time)):
        return values
    kinds = ((datetime.datetime, QDateTime), (datetime.date, QDate), (datetime.time, QTime))  # datetime is a date

    def convert(value):
        return next((make(value) for kind, make in kinds if isinstance(value, kind)), value)

    out = np.empty(len(values), dtype=object)
    out[:] = [convert(v) for v in values]
    return out


def write_report(path, title, facts, result, area, totals, converter):
    """The HTML report: totals by status, the layer's conversion table (三调 class → 用地用海 class, parcels,
    areas, the rule used) and the resolution rules with their basis."""
    from ...core import convert_base as cb
    from ...core import report, units

    facts = facts + [tr("{0}: {1} parcels, {2:,.4f} 公顷").format(status_label(s), totals[s][0], units.m2_to_ha(totals[s][1]))
                     for s in cb.STATUSES]
    facts.append(tr("Total area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩").format(*units.area_triplet(float(area.sum()))))
    rows, css = [], []
    for row in result.summary(area):
        outcome = row.outcome
        czcsxm = ", ".join(v or "—" for v in row.czcsxm)
        rule = tr("conversion table") if outcome.rule == cb.TABLE else outcome.rule
        rows.append([row.dlbm or "", converter.sandiao.name(row.dlbm) or "", czcsxm, outcome.code or "",
                     converter.ydyh.name(outcome.code) or "", status_label(outcome.status), rule,
                     "|".join(outcome.candidates), tr("yes") if outcome.confirmed else tr("no"), row.count,
                     *units.area_triplet(row.area)])
        css.append("flag" if outcome.status == cb.UNDECIDED else "")
    used = {}
    for outcome, count in zip(result.outcomes, np.bincount(result.index, minlength=len(result.outcomes))):
        for rule_id in outcome.rule.split():
            used[rule_id] = used.get(rule_id, 0) + int(count)
    rule_rows = [[r.id, " ".join(r.dlbm), tr("any") if r.czcsxm is None else " ".join(v or "-" for v in r.czcsxm),
                  r.target or "", "|".join(r.candidates), tr("yes") if r.confirmed else tr("no"), used.get(r.id, 0),
                  r.basis, r.note] for r in converter.rules.rules]
    headers = [tr("三调 code"), tr("三调 class"), tr("CZCSXM"), tr("用地用海 code"), tr("用地用海 class"), tr("Status"),
               tr("Rule"), tr("Candidates"), tr("Confirmed"), tr("Parcels"), tr("Area (m²)"), tr("Area (公顷)"),
               tr("Area (亩)")]
    rule_headers = [tr("Rule"), tr("三调 codes"), tr("CZCSXM"), tr("Resolves to"), tr("Candidates"), tr("Confirmed"),
                    tr("Parcels"), tr("Basis"), tr("Note")]
    report.write(path, report.page(title, facts, [
        (tr("Conversion table"), report.table(headers, rows, css)),
        (tr("Resolution rules"), report.table(rule_headers, rule_rows))]))
