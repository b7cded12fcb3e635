"""lantu:lifecircle — 镇村生活圈: who each kind of facility serves, by distance along the roads."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ...compat import FIELD_NUMERIC, VECTOR, VECTOR_ANY, VECTOR_LINE, VECTOR_POINT, VECTOR_POLYGON
from ...translation import tr
from .. import bridge

NAME_FIELDS = ("NAME", "MC", "JMDMC", "CMC", "XZQMC")


def reason_words():
    from ...core import life_circle

    return {life_circle.TOO_FAR: tr("farther than the service distance"),
            life_circle.UNREACHABLE: tr("not on a part of the road network that reaches a facility of this type"),
            life_circle.OFF_NETWORK: tr("farther than MAX_SNAP from any road")}


def radii_problem(path, error):
    detail = bridge.detail_text(error)
    what = {"unreadable": tr("cannot be read"), "missing_columns": tr("lacks the columns {0}").format(detail),
            "missing_type": tr("has a row without a facility type"),
            "duplicate_level": tr("repeats the type and level {0}").format(detail),
            "bad_distance": tr("has a service distance that is no positive number: {0}").format(detail),
            "no_rows": tr("holds no rows")}.get(error.problem, error.problem)
    where = tr(" (line {0})").format(error.line) if error.line else ""
    return tr("The service distance table (RADII) {0} {1}{2}.").format(path, what, where)


class LifeCircle(bridge.LantuAlgorithm):
    ID = "lifecircle"
    GROUP_ID = "quality"
    FACILITIES, TYPE_FIELD, SETTLEMENTS, POPULATION_FIELD = "FACILITIES", "TYPE_FIELD", "SETTLEMENTS", "POPULATION_FIELD"
    ROADS, SNAP_TOLERANCE, RADII, MAX_SNAP = "ROADS", "SNAP_TOLERANCE", "RADII", "MAX_SNAP"
    SUMMARY, GAPS, COVERAGE_PCT, GAP_COUNT = "SUMMARY", "GAPS", "COVERAGE_PCT", "GAP_COUNT"

    def displayName(self):
        return tr("Life circle coverage (镇村生活圈)")

    def shortHelpString(self):
        return tr(
            "For each facility type (FACILITIES, TYPE_FIELD: 幼儿园, 小学, 卫生室 …) the distance along the roads from "
            "every settlement (SETTLEMENTS: 居民点 points, or residential land polygons) to its nearest facility of "
            "that type, and whether it lies within the type's service distance (RADII: type, level, service_m; "
            "resources/tables/life_circle_radii.csv names the source of each row, and leaves the distance empty where "
            "the standard gives none: give your own table then).\n\n"
            "The roads are split where they cross or touch; line ends closer than SNAP_TOLERANCE are joined, and an "
            "end that stops that close to another road is joined to it. Facilities and settlements are snapped to the "
            "nearest road within MAX_SNAP m; the snapping legs count in the distance. A settlement on a part of the "
            "network no facility of a type can reach, or farther than MAX_SNAP from any road, is not covered, and "
            "says why.\n\n"
            "OUTPUT: the settlements (settlement_id: their name, else feature id) with, per type i, t<i>_dist_m, t<i>_covered "
            "(1/0) and t<i>_level, then missing_types and missing_why; SUMMARY: per "
            "type and level, the settlements and people covered and their shares; GAPS: the settlements some type "
            "does not cover, and why; COVERAGE_PCT: the people covered over all types (population-weighted; each "
            "settlement counts one without POPULATION_FIELD).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Facilities (points)"), [VECTOR_POINT, VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, tr("Facility type field"), parentLayerParameterName=self.FACILITIES))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SETTLEMENTS, tr("Settlements (居民点 points or residential land)"), [VECTOR_POINT, VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population field (empty = each settlement counts one)"),
            parentLayerParameterName=self.SETTLEMENTS, type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ROADS, tr("Road network (lines)"), [VECTOR_LINE]))
        self.addParameter(QgsProcessingParameterDistance(
            self.SNAP_TOLERANCE, tr("Snapping tolerance for road ends (m)"), 1.0, self.ROADS, minValue=0.0))
        self.addParameter(QgsProcessingParameterFile(
            self.RADII, tr("Service distances (CSV: type, level, service_m; empty = built-in table)"), extension="csv",
            optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.MAX_SNAP, tr("Largest distance from a point to the road network (m)"), 500.0, self.SETTLEMENTS,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Settlements with their coverage"), VECTOR_ANY))
        bridge.add_secondary_sink(self, self.SUMMARY, tr("Coverage per type and level"), VECTOR)
        bridge.add_secondary_sink(self, self.GAPS, tr("Settlements not covered (gaps)"), VECTOR_ANY)
        self.addOutput(QgsProcessingOutputNumber(self.COVERAGE_PCT, tr("People covered over all types (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.GAP_COUNT, tr("Settlements not covered by some type")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies("scipy")
        from ...core import life_circle, road_network, tables

        radii_path = self.parameterAsFile(parameters, self.RADII, context) or None
        try:
            radii = life_circle.load_radii(radii_path)
        except tables.TableError as error:
            raise QgsProcessingException(radii_problem(radii_path or life_circle.RADII_TABLE, error)) from None
        source = bridge.source_or_fail(self, parameters, self.SETTLEMENTS, context, tr("settlements"))
        crs = bridge.working_crs(source, bridge.PLANAR, context)
        settlements, names, people = self._settlements(parameters, context, feedback, crs, source)
        facilities, kinds = self._facilities(parameters, context, feedback, crs)
        self._check_radii(radii, sorted(set(kinds)), radii_path)
        roads_label = bridge.layer_name(self, parameters, self.ROADS, context) or tr("roads")
        roads = bridge.read(self, parameters, self.ROADS, context, feedback, crs, (), roads_label, kind=bridge.LINES)
        bridge.stop_if_cancelled(feedback)

        feedback.setProgressText(tr("Splitting the roads where they cross or touch…"))
        tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        network = road_network.build(roads.geoms, tolerance)
        if network is None:
            raise QgsProcessingException(tr("{0} holds no road lines: no distance along the roads can be measured.").format(
                roads_label))
        feedback.pushInfo(tr("{0}: {1} road lines make {2} pieces between {3} junctions and ends.").format(
            roads_label, len(roads), len(network.edges), network.nodes))
        feedback.setProgress(30)
        bridge.stop_if_cancelled(feedback)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        results, snapped = life_circle.coverage(network, facilities.geoms, kinds, settlements.geoms, radii,
                                                max(max_snap, 1e-9))
        feedback.setProgress(80)
        self._refuse_apart(results, snapped, roads_label, max_snap, parameters, context)
        self._say(results, snapped, settlements, feedback, max_snap)
        weights = people if people is not None else np.ones(len(settlements))
        outputs = {self.COVERAGE_PCT: life_circle.coverage_pct(results, weights)}
        rows, gaps = self._settlement_rows(results, settlements, names, people)
        outputs[self.GAP_COUNT] = len(gaps)
        wkb = source.wkbType()
        fields = self._fields(results)
        outputs[self.OUTPUT] = bridge.write_rows(self, parameters, self.OUTPUT, context, fields, rows,
                                                 bridge.to_crs(settlements.geoms, crs, source.sourceCrs(), context),
                                                 source.sourceCrs(), QgsWkbTypes.multiType(QgsWkbTypes.flatType(wkb)))
        if bridge.asked_for(self, parameters, self.GAPS, context):
            outputs[self.GAPS] = bridge.write_rows(
                self, parameters, self.GAPS, context, fields, [rows[i] for i in gaps],
                bridge.to_crs(settlements.geoms[gaps], crs, source.sourceCrs(), context), source.sourceCrs(),
                QgsWkbTypes.multiType(QgsWkbTypes.flatType(wkb)))
        if bridge.asked_for(self, parameters, self.SUMMARY, context):
            summary = life_circle.summary_rows(results, weights)
            if people is None:  # no population: the people columns say nothing
                summary = [(*r[:6], None, None, None, *r[9:]) for r in summary]
            outputs[self.SUMMARY] = bridge.write_rows(self, parameters, self.SUMMARY, context, SUMMARY_SPEC, summary)
        if outputs[self.COVERAGE_PCT] is not None:
            feedback.pushInfo(tr("{0:.1f} % of the people are covered, over {1} facility types; {2} settlements lack "
                                 "some type.").format(outputs[self.COVERAGE_PCT], len(results), len(gaps)))
        return outputs

    # --- inputs ---------------------------------------------------------------------------------
    def _settlements(self, parameters, context, feedback, crs, source):
        """(LayerData, names, population or None)."""
        from ...core.roles import find_field

        label = bridge.layer_name(self, parameters, self.SETTLEMENTS, context) or tr("settlements")
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        name = find_field(source.fields().names(), NAME_FIELDS)
        wanted = [f for f in (name, population) if f]
        data = bridge.read(self, parameters, self.SETTLEMENTS, context, feedback, crs, wanted, label,
                           kind=bridge.geometry_kind(source))
        if len(data) == 0:
            raise QgsProcessingException(tr("{0} holds no settlements to measure.").format(label))
        names = [str(v) if v not in (None, "") else str(f)
                 for v, f in zip(data.columns[name] if name else data.fids, data.fids)]
        people = None
        if population:
            people = bridge.refuse_negative(bridge.numeric_column(data.columns[population], label, population),
                                            data.fids, label, population, tr("a population"))
            empty = int(np.isnan(people).sum())
            if empty:
                feedback.pushWarning(tr("{0}: {1} settlements have no population in {2}; they count as 0 people.").format(
                    label, empty, population))
            people = np.nan_to_num(people, nan=0.0)
        return data, names, people

    def _facilities(self, parameters, context, feedback, crs):
        label = self._facility_label = bridge.layer_name(self, parameters, self.FACILITIES, context) or tr("facilities")
        field = self.parameterAsString(parameters, self.TYPE_FIELD, context)
        source = bridge.source_or_fail(self, parameters, self.FACILITIES, context, label)
        data = bridge.read(self, parameters, self.FACILITIES, context, feedback, crs, [field], label,
                           kind=bridge.geometry_kind(source))
        kinds = np.array([str(v).strip() if v is not None else "" for v in data.columns[field]], dtype=object)
        if (kinds == "").any():
            feedback.pushWarning(tr("{0}: {1} facilities have no type in {2}; they are left out.").format(
                label, int((kinds == "").sum()), field))
            data.keep(kinds != "")
            kinds = kinds[kinds != ""]
        if len(data) == 0:
            raise QgsProcessingException(tr("{0} holds no facilities with a type in {1}.").format(label, field))
        return data, kinds

    def _check_radii(self, radii, kinds, path):
        """Refuse, naming the types, when the table gives no service distance for a facility type present."""
        empty, unknown = radii.missing_distances(kinds)
        table = path or "resources/tables/life_circle_radii.csv"
        if unknown:
            raise QgsProcessingException(tr(
                "The service distance table (RADII) {0} has no row for the facility types {1}. Add a row (type, level, "
                "service_m) for each and run again.").format(table, ", ".join(unknown)))
        if empty:
            raise QgsProcessingException(tr(
                "The service distance table (RADII) {0} gives no service distance for {1} (the source it names gives "
                "none, or none Lantu could confirm). Copy the table, fill in service_m (m) for these rows from your "
                "plan or standard and give it as RADII.").format(
                    table, ", ".join(f"{t} ({lv})" if lv else t for t, lv in empty)))

    def _refuse_apart(self, results, snapped, roads_label, max_snap, parameters, context):
        """No settlement, or no facility, near any road: layers apart (a wrong CRS label) or MAX_SNAP far too small;
        a coverage of 0 % would say the plan fails where nothing was measured."""
        if (snapped.edge < 0).all():
            label = bridge.layer_name(self, parameters, self.SETTLEMENTS, context) or tr("settlements")
        elif sum(tc.snapped for tc in results) == 0:
            label = self._facility_label
        else:
            return
        raise QgsProcessingException(tr(
            "None of {0} lies within {1:g} m (MAX_SNAP) of a road of {2}: nothing can be measured. If they lie in the "
            "same place, one has a wrong coordinate system label; else raise MAX_SNAP.").format(label, max_snap, roads_label))

    # --- outputs --------------------------------------------------------------------------------
    def _say(self, results, snapped, settlements, feedback, max_snap):
        off = int((snapped.edge < 0).sum())
        if off:
            feedback.pushWarning(tr("{0} settlements lie farther than {1:g} m (MAX_SNAP) from any road: not covered by "
                                    "any type.").format(off, max_snap))
        for tc in results:
            if tc.snapped < tc.facilities:
                feedback.pushWarning(tr("{0}: {1} of {2} facilities lie farther than {3:g} m (MAX_SNAP) from any road and "
                                        "serve no one here.").format(tc.type, tc.facilities - tc.snapped, tc.facilities,
                                                                     max_snap))

    @staticmethod
    def _fields(results):
        from qgis.core import QgsFields

        spec = [("src_fid", "int"), ("settlement_id", "str"), ("population", "float")]
        for i, _ in enumerate(results, start=1):
            spec += [(f"t{i}_dist_m", "float"), (f"t{i}_covered", "int"), (f"t{i}_level", "str")]
        spec += [("missing_types", "str"), ("missing_why", "str")]
        fields = QgsFields()
        names = {f"t{i}_{suffix}": f"{tc.type} {suffix}" for i, tc in enumerate(results, start=1)
                 for suffix in ("dist_m", "covered", "level")}
        for field in bridge.make_fields(spec):  # each type's name shown beside its short field names
            field.setAlias(names.get(field.name(), ""))
            fields.append(field)
        return fields

    @staticmethod
    def _settlement_rows(results, settlements, names, people):
        """(rows in the order of _fields, index of the settlements some type does not cover)."""
        words = reason_words()
        rows, gaps = [], []
        for s in range(len(settlements)):
            row = [int(settlements.fids[s]), names[s], None if people is None else float(people[s])]
            missing, why = [], []
            for tc in results:
                d = float(tc.distance[s])
                row += [d if np.isfinite(d) else None, int(tc.covered[s]), tc.level[s] or None]
                if not tc.covered[s]:
                    missing.append(tc.type)
                    detail = f" ({d:,.0f} m)" if np.isfinite(d) else ""
                    why.append(f"{tc.type}: {words[tc.reason[s]]}{detail}")
            row += ["; ".join(missing) or None, "; ".join(why) or None]
            rows.append(row)
            if missing:
                gaps.append(s)
        return rows, gaps


SUMMARY_SPEC = [("type", "str"), ("level", "str"), ("service_m", "float"), ("settlements", "int"),
                ("settlements_covered", "int"), ("settlements_pct", "float"), ("population", "float"),
                ("population_covered", "float"), ("population_pct", "float"), ("unreachable", "int"),
                ("source", "str")]
