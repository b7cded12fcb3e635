"""lantu:checkdatabase — 成果数据库质检: a delivered plan database against the province's template or a schema
table: structure, values, geometry and topology, each finding with a check id, a severity and the 质检 wording."""
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...compat import NUMBER_DOUBLE, VECTOR, VECTOR_POINT, VECTOR_POLYGON, WKB_MULTI_POLYGON, WKB_POINT
from ...translation import tr
from .. import bridge
from ..bridge import database
from . import database_places, database_schema, database_words

SHOWN_PER_CHECK = 20  # findings of one check and layer told in the log, with their feature ids
SPEC = [("layer", "str"), ("field", "str"), ("check_id", "str"), ("check_name", "str"), ("severity", "str"),
        ("message", "str"), ("src_fid", "int")]


class CheckDatabase(bridge.LantuAlgorithm):
    ID = "checkdatabase"
    GROUP_ID = "delivery"
    DATABASE, XZQDM, AREA_TOLERANCE, MIN_AREA = "DATABASE", "XZQDM", "AREA_TOLERANCE", "MIN_AREA"
    TEMPLATE, SCHEMA, CODE_TABLES = database_schema.TEMPLATE, database_schema.SCHEMA, database_schema.CODE_TABLES
    AREAS, SUMMARY = "AREAS", "SUMMARY"
    REPORTS_CRS_FAULTS = True

    def displayName(self):
        return tr("Check a plan database (成果数据库质检)")

    def shortHelpString(self):
        return tr(
            "Checks a delivered plan database (DATABASE: a .gdb folder, a .gpkg, a folder of shapefiles) against the "
            "province's empty template (TEMPLATE: its layers, geometry types, fields, types and lengths) and/or a "
            "schema table (SCHEMA, CSV: YSDM, required fields, value domains, coverages and control lines); with "
            "neither, against Lantu's EXAMPLE schema (resources/tables/plan_schema.csv, from public tools, not a "
            "standard). Value domains come from CODE_TABLES over the built-in tables (用地用海 ydyh, 规划分区 ghfq, "
            "管控边界 gkbj, 公服设施 facility).\n\n"
            "Structure: layers missing or extra, geometry type, CRS (CGCS2000 Gauss-Krüger, the zone that fits the "
            "data), fields missing or extra, type, length, decimals. Values: required fields empty, values outside "
            "their domain, names that do not match their codes, values too long, YSDM, BSM (present, unique across "
            "the database, of the declared length), XZQDM within the township XZQDM and one XZQMC per XZQDM, MJ "
            "against the computed area (AREA_TOLERANCE %). Geometry: empty, invalid, multipart where single parts are "
            "wanted, overlaps and gaps of a coverage (规划用地用海 covering the 行政区), control lines overlapping.\n\n"
            "OUTPUT: a point per finding (layer, field, check_id, check_name, severity, message, src_fid); AREAS: "
            "the polygons of overlaps and gaps; SUMMARY: count and 通过 / 不通过 / 未检查 per check; REPORT: the "
            "质检报告. The database is only read.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, tr("Plan database (.gdb folder, .gpkg, folder of shapefiles)"),
            fileFilter=database_schema.DATABASE_FILTER))
        database_schema.add_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.XZQDM, tr("Township code (XZQDM, 9 digits), optional"), optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.AREA_TOLERANCE, tr("Area tolerance (%)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Ignore overlaps and gaps up to (m²)"), NUMBER_DOUBLE, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Findings"), VECTOR_POINT))
        bridge.add_secondary_sink(self, self.AREAS, tr("Finding areas"), VECTOR_POLYGON)
        bridge.add_secondary_sink(self, self.SUMMARY, tr("Findings by check"), VECTOR)
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("ERROR_COUNT", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))
        self.addOutput(QgsProcessingOutputNumber("LAYERS_CHECKED", tr("Layers checked")))
        self.addOutput(QgsProcessingOutputString("VERDICT", tr("Verdict (通过 / 不通过)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import database_checks, database_geometry

        schema, tables = database_schema.load(self, parameters, context, feedback)
        value = database_schema.database_path(self.parameterAsString(parameters, self.DATABASE, context))
        township = self.parameterAsString(parameters, self.XZQDM, context).strip()
        # the coverages' edges (GEOS and numpy, which let go of the GIL) from as soon as their layers are read, the
        # values (Python) beside GEOS's validity: on two cores they cost little time; each into its own results,
        # merged in the order they were always reported
        values, topology = database_checks.DatabaseResults(), database_checks.DatabaseResults()
        with ThreadPoolExecutor(4) as pool:  # the values, and each coverage's edges (a database has one or two)
            planar = self.parameterAsEnum(parameters, self.AREA_METHOD, context) == bridge.PLANAR
            early = database_geometry.EarlyEdges(pool, schema, self.parameterAsDouble(
                parameters, self.MIN_AREA, context)) if planar else None  # ellipsoidal: computed on moved geometries
            layers, crss = self._read(value, feedback, early)
            results = database_checks.DatabaseResults()
            feedback.setProgressText(tr("Checking the structure…"))
            pairs = database_checks.check_structure(schema, layers, results)
            checked = pool.submit(database_checks.check_values, schema, pairs, tables, values, township)
            for layer in layers:
                info, _, srs, lon = crss[layer.name]
                if layer.geometry != "None":
                    database_geometry.check_crs(layer, info, lon, results)
                spec = schema.layer(layer.name)
                database_geometry.check_geometry(layer, results, single=spec is not None and spec.multi is False)
                bridge.stop_if_cancelled(feedback)
            results.skip(tr("the schema wants no layer in single parts"), "geometry_multipart")
            feedback.setProgress(40)
            work_crs = self._topology(parameters, context, feedback, schema, pairs, crss, topology, early)
            checked.result()
        # each place written in the output's CRS: the geometry checks' from their layers', the topology's from the
        # working CRS (an equal-area one where areas are ellipsoidal)
        out_crs = next((crss[layer.name][1] for layer in layers if crss[layer.name][1] is not None), None)
        database_places.to_crs(context, results.findings, lambda f: crss[f.layer][1] if f.layer in crss else None, out_crs)
        database_places.to_crs(context, topology.findings, lambda f: work_crs, out_crs)
        results.merge(values)
        results.merge(topology)
        return self._write(parameters, context, feedback, value, schema, layers, crss, results, out_crs)

    # --- reading --------------------------------------------------------------------------------------------------
    def _read(self, value, feedback, early=None):
        """[DeliveredLayer] in the database's order and {layer: (crs info, QgsCRS, osr srs, centre longitude)}, each
        layer told; `early` (EarlyEdges) plans the reading's order and hears of each layer read."""
        from ...core import database_geometry

        layers, crss = [], {}
        opened = database.open_layers(value, self.DATABASE, feedback)  # the datasets kept alive with their layers
        found = [database.crs_of(handle) for _, handle in opened]  # asked before the layers are read (in a thread)
        order = list(range(len(opened))) if early is None else early.plan([h.GetName() for _, h in opened])
        feedback.setProgressText(tr("Reading {0}…").format(value))
        with closing(database.read_layers([opened[i][1] for i in order], feedback)) as read:
            for at, layer in zip(order, read):
                bridge.stop_if_cancelled(feedback)
                if early is not None:
                    early.read(at, layer)
                layers.append((at, layer))
        layers.sort(key=lambda pair: pair[0])
        for at, layer in layers:  # in the database's order: of two layers of one name, the last is the one checked
            info, crs, srs = found[at]
            crss[layer.name] = (info, crs, srs, database.centre_longitude(
                srs, layer.geoms, database_geometry.finite_bounds(layer)))
            if layer.curved:
                feedback.pushInfo(tr("{0}: {1} curved geometries (arcs) were linearised as QGIS does (segments of "
                                     "at most 1°).").format(layer.name, layer.curved))
            feedback.pushInfo(tr("{0}: {1} features, {2}.").format(layer.name, len(layer), info.get("authid")
                                                                   or tr("no CRS"))
                              if len(layer) else tr("{0}: the layer is empty (0 features).").format(layer.name))
        return [layer for _, layer in layers], crss

    # --- topology and areas ---------------------------------------------------------------------------------------
    def _topology(self, parameters, context, feedback, schema, pairs, crss, results, early=None):
        """Areas, coverages and control lines on the repaired geometries, all in one working CRS (returned; None
        where no layer has a CRS). `early`: the EarlyEdges that started the coverages' edges on the geometries as
        read."""
        from ...core import database_geometry, quality

        coverages, roles = database_geometry.topology_roles(schema)
        wanted = {k for k, s in schema.layers.items() if k in pairs and s.geometry == "polygon" and s.area_fields()}
        wanted |= {k for k in coverages if k in pairs} | {b for b in coverages.values() if b in pairs}
        wanted |= {k for k in roles.values() if k in pairs}
        wanted = {k for k in wanted if pairs[k].faults is not None}  # a table where polygons were wanted: told already
        work_crs = self._working_crs(parameters, context, [pairs[k] for k in sorted(wanted)], crss)
        work, as_read = {}, set()
        for key in sorted(wanted):
            layer = pairs[key]
            crs = crss[layer.name][1]
            index = database_geometry.drawn(layer)
            if work_crs is None or crs is None:
                results.skip(tr("{0} has no CRS").format(layer.name), "area_mismatch", "coverage_overlap", "coverage_gap",
                             "coverage_outside", "control_line_overlap")
                continue
            geoms = layer.geoms[index]
            polygons = schema.layers[key].geometry == "polygon"
            if polygons:  # GEOS's verdict from check_geometry; asked again only where a transform may have broken one
                geoms = quality.repaired(geoms, None if layer.invalid is None else layer.invalid[index])
            if crs != work_crs:
                geoms = bridge.to_crs(geoms, crs, work_crs, context)
                geoms = quality.repaired(geoms) if polygons else geoms
            if crs == work_crs and not (layer.invalid is not None and layer.invalid[index].any()):
                as_read.add(key)
            work[key] = (index, geoms)
        tolerance = self.parameterAsDouble(parameters, self.AREA_TOLERANCE, context)
        for key, (index, geoms) in work.items():
            database_geometry.check_areas(schema.layers[key], pairs[key], index, geoms, tolerance, results)
        if not any(schema.layers[k].area_fields() for k in pairs):
            results.skip(tr("no area field (MJ) in the layers"), "area_mismatch")
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        feedback.setProgressText(tr("Looking for overlaps and gaps…"))
        for key, boundary_key in coverages.items():
            if key not in work:
                continue
            index, geoms = work[key]
            boundary = work[boundary_key][1] if boundary_key in work and len(work[boundary_key][1]) else None
            if boundary is None:
                results.skip(tr("no {0} layer to cover").format(boundary_key), "coverage_gap", "coverage_outside")
            started, had_boundary = (early.started if early is not None else {}).get(key, (None, None))
            same = key in as_read and (boundary_key in as_read if boundary is not None else not had_boundary)
            database_geometry.check_coverage(pairs[key].name, pairs[key].fids[index], geoms, boundary, min_area, results,
                                             bridge.progress(feedback, 40, 40),
                                             started.result() if started is not None and same else None)
            bridge.stop_if_cancelled(feedback)
        if not coverages:
            results.skip(tr("the schema names no coverage"), "coverage_overlap", "coverage_gap", "coverage_outside")
        lines = {role: (pairs[key].name, pairs[key].fids[work[key][0]], work[key][1])
                 for role, key in roles.items() if key in work}
        database_geometry.check_control_lines(lines, min_area, results)
        return work_crs

    def _working_crs(self, parameters, context, layers, crss):
        """The CRS areas and topology are computed in: the first layer's own (planar), or an equal-area CRS at the
        data's centre (ellipsoidal); None when no layer has a CRS."""
        known = [(crss[layer.name][1], crss[layer.name]) for layer in layers if crss[layer.name][1] is not None]
        if not known:
            return None
        if self.parameterAsEnum(parameters, self.AREA_METHOD, context) == bridge.PLANAR:
            return known[0][0]
        from ...core import database_geometry
        from ..bridge.crs import CGCS2000_LAEA
        from ..bridge.database import centre_lonlat

        for layer in layers:
            place = centre_lonlat(crss[layer.name][2], layer.geoms, database_geometry.finite_bounds(layer))
            if place is not None:
                return QgsCoordinateReferenceSystem.fromProj(CGCS2000_LAEA.format(lon=place[0], lat=place[1]))
        return known[0][0]

    # --- writing --------------------------------------------------------------------------------------------------
    def _write(self, parameters, context, feedback, value, schema, layers, crss, results, out_crs):
        import shapely

        from ...core import database_checks

        summary = results.summary()
        rows, points, polygons = [], [], []
        anchors = database_places.finding_anchors(
            layers, results.findings, lambda name, points: database_places.moved(context, points, crss[name][1], out_crs))
        for f in results.findings:
            rows.append((f.layer, f.field, f.check, database_checks.WORDING[f.check], database_checks.SEVERITY[f.check],
                         database_words.message(f), f.fid))
            place = f.geom if f.geom is not None else anchors.get((f.layer, f.fid))
            is_polygon = place is not None and shapely.get_type_id(place) in (3, 6)
            points.append(database_places.anchors(np.array([place], dtype=object))[0] if is_polygon else place)
            polygons.append(place if is_polygon else None)
        points = np.array(points, dtype=object)
        out = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, SPEC, rows, points, out_crs, WKB_POINT)}
        if bridge.asked_for(self, parameters, self.AREAS, context):
            keep = [i for i, p in enumerate(polygons) if p is not None]
            out[self.AREAS] = bridge.write_rows(self, parameters, self.AREAS, context, SPEC, [rows[i] for i in keep],
                                                np.array([polygons[i] for i in keep], dtype=object), out_crs,
                                                WKB_MULTI_POLYGON)
        table = [(c, w, s, n, status, database_words.why_not(why)) for c, _, s, w, n, status, why in summary]
        if bridge.asked_for(self, parameters, self.SUMMARY, context):
            out[self.SUMMARY] = bridge.write_rows(self, parameters, self.SUMMARY, context, [
                ("check_id", "str"), ("check_name", "str"), ("severity", "str"), ("count", "int"), ("status", "str"),
                ("not_checked_because", "str")], table)
        errors, warnings = results.count("error"), results.count("warning")
        verdict = database_checks.FAILED if errors else database_checks.PASSED
        out.update({"ERROR_COUNT": errors, "WARNING_COUNT": warnings, "LAYERS_CHECKED": len(layers), "VERDICT": verdict})
        self._log(feedback, rows, table)
        feedback.pushInfo(tr("{0}: {1} — {2} errors, {3} warnings in {4} layers (schema: {5}).").format(
            value, verdict, errors, warnings, len(layers), schema.origin))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            facts = [tr("Database: {0}").format(value), tr("Schema: {0}").format(schema.origin),
                     tr("Verdict: {0} ({1} errors, {2} warnings, {3} layers)").format(verdict, errors, warnings, len(layers))]
            database_words.report(report_path, facts, summary, rows)
            out[self.REPORT] = report_path
        return out

    @staticmethod
    def _log(feedback, rows, table):
        """Each check's count and result, and the first findings of each check and layer with their feature ids."""
        told = {}
        for layer, field, check, wording, _severity, message, fid in rows:
            n = told[layer, check] = told.get((layer, check), 0) + 1
            if n <= SHOWN_PER_CHECK:
                where = tr("feature {0}").format(fid) if fid >= 0 else (field or tr("the layer"))
                feedback.pushWarning(f"{layer}: {check} ({wording}), {where}: {message}")
        for (layer, check), n in told.items():
            if n > SHOWN_PER_CHECK:
                feedback.pushInfo(tr("{0}: {1} more {2} findings (see OUTPUT).").format(layer, n - SHOWN_PER_CHECK, check))
        for check, wording, _severity, count, status, why in table:
            feedback.pushInfo(f"{check} ({wording}): {count} — {status}" + (f" ({why})" if why else ""))
