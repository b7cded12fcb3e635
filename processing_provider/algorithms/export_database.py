"""lantu:exportdatabase — 成果入库: a copy of the template (or schema) filled with the working layers, fields mapped
and converted to the template's types and lengths, YSDM, BSM and MJ filled, geometries in the template's CRS;
then lantu:checkdatabase on what was written."""
import os

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ...compat import VECTOR_ANY, WKT_PREFERRED
from ...translation import tr
from .. import bridge
from ..bridge import database, database_writer
from ..bridge.fast_read import OWN_COPY
from ..bridge.uris import in_main_thread
from . import database_schema

SHOWN_PROBLEMS = 10
# A FileGDB stores coordinates on a grid (OpenFileGDB's default for a projected CRS: 0.0001 m). Geometries are put on
# that grid, valid, before they are written: rounded by the format instead, 90 of the demo's parcels came back
# self-intersecting.
GDB_GRID = 0.0001


class ExportDatabase(bridge.LantuAlgorithm):
    ID = "exportdatabase"
    GROUP_ID = "delivery"
    OUTPUT_DATABASE, MAPPING, MAPPING_OUTPUT, LAYERS = "OUTPUT_DATABASE", "MAPPING", "MAPPING_OUTPUT", "LAYERS"
    XZQDM, XZQMC = "XZQDM", "XZQMC"
    TEMPLATE, SCHEMA, CODE_TABLES = database_schema.TEMPLATE, database_schema.SCHEMA, database_schema.CODE_TABLES

    def displayName(self):
        return tr("Fill a plan database (成果入库)")

    def shortHelpString(self):
        return tr(
            "Writes a new plan database in the schema of TEMPLATE (the province's empty template) and/or SCHEMA (a "
            "CSV), else Lantu's EXAMPLE schema, filled with the working LAYERS. MAPPING (CSV: target_layer, "
            "target_field, source_layer, source = a field or a QGIS expression) says what fills what; without it the "
            "mapping is guessed from layer and field names (ghyd → GHDLTB, YDYHFLDM → GHDLBM …) and written out "
            "(MAPPING_OUTPUT, else beside the database) to edit and run again. Values are converted to the field's "
            "type and length: one that does not fit stops the export, naming the feature; nothing is truncated. YSDM "
            "is the schema's, BSM is XZQDM then a running number to the declared length, MJ (and the other area "
            "fields) the computed area. XZQDM and XZQMC fill those fields where no working field does.\n\n"
            "OUTPUT_DATABASE: a .gdb (GDAL's OpenFileGDB, where this GDAL can write it, else a .gpkg) or .gpkg; an "
            "existing database is never written over. The export ends by running lantu:checkdatabase on it "
            "(ERROR_COUNT; REPORT: its 质检报告).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(self.LAYERS, tr("Working layers"), VECTOR_ANY))
        database_schema.add_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            self.MAPPING, tr("Mapping (CSV: target_layer, target_field, source_layer, source), optional"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(self.XZQDM, tr("Township code (XZQDM)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.XZQMC, tr("Township name (XZQMC)"), optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_DATABASE, tr("Plan database"), "FileGDB (*.gdb);;GeoPackage (*.gpkg)",
            optional=True, createByDefault=True, defaultValue=QgsProcessing.TEMPORARY_OUTPUT))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.MAPPING_OUTPUT, tr("Mapping used (CSV)"), tr("CSV files (*.csv)"), optional=True, createByDefault=False))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("FEATURES_WRITTEN", tr("Features written")))
        self.addOutput(QgsProcessingOutputNumber("ERROR_COUNT", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNING_COUNT", tr("Warnings")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        schema, _ = database_schema.load(self, parameters, context, feedback)
        # not given (a script, a model): a new database in the temporary folder, as Processing does for its outputs
        asked = self.parameterAsFileOutput(parameters, self.OUTPUT_DATABASE, context) or \
            QgsProcessingUtils.generateTempFilename("plan_database.gdb")
        path = database_writer.target_path(asked, feedback)
        layers = {bridge.table_name(layer.source()) or layer.name(): layer
                  for layer in self.parameterAsLayerList(parameters, self.LAYERS, context) or []}
        if not layers:
            raise QgsProcessingException(tr("LAYERS: give the working layers to fill the database with."))
        mapping, mapping_path = self._mapping(parameters, context, feedback, schema, layers, path)
        targets = {}
        for row in mapping:
            targets.setdefault(row.target_layer.upper(), []).append(row)
        township = self.parameterAsString(parameters, self.XZQDM, context).strip()
        township_name = self.parameterAsString(parameters, self.XZQMC, context).strip()
        crs, srs_wkt = self._crs(parameters, context, schema, layers, targets)
        rows, problems, counter, unnamed = {}, [], [0], []
        grid = GDB_GRID if path.lower().endswith(".gdb") else 0.0
        for key, spec in schema.layers.items():
            if key in targets:
                source = layers[targets[key][0].source_layer]
                rows[key] = self._fill(parameters, context, feedback, spec, source, targets[key], crs, township, grid,
                                       counter, problems, unnamed)
                bridge.stop_if_cancelled(feedback)
        _name_places(rows, unnamed, township, township_name)
        if problems:
            raise QgsProcessingException(tr("Nothing was written: {0} values do not fit their fields. {1}").format(
                len(problems), " ".join(problems[:SHOWN_PROBLEMS]) + (" …" if len(problems) > SHOWN_PROBLEMS else "")))
        dataset = database_writer.create(path, schema, srs_wkt)
        for key, (values, wkbs) in rows.items():
            database_writer.write(dataset, schema.layers[key].code, values, wkbs)
            feedback.pushInfo(tr("{0}: {1} features written.").format(schema.layers[key].code, len(values)))
        dataset = None  # closed: the check reads it
        written = sum(len(v) for v, _ in rows.values())
        check = self._check(parameters, context, feedback, path)
        out = {self.OUTPUT_DATABASE: path, "FEATURES_WRITTEN": written, "ERROR_COUNT": check["ERROR_COUNT"],
               "WARNING_COUNT": check["WARNING_COUNT"]}
        if mapping_path:
            out[self.MAPPING_OUTPUT] = mapping_path
        if check.get("REPORT"):
            out[self.REPORT] = check["REPORT"]
        feedback.pushInfo(tr("{0}: {1} features written; the check found {2} errors, {3} warnings.").format(
            path, written, check["ERROR_COUNT"], check["WARNING_COUNT"]))
        return out

    # --- the mapping ---------------------------------------------------------------------------------------------
    def _mapping(self, parameters, context, feedback, schema, layers, path):
        """(the mapping rows, the file the guessed mapping was written to or None), every row checked."""
        from ...core import database_export
        from ...core.tables import TableError

        given = self.parameterAsString(parameters, self.MAPPING, context)
        written = None
        if given:
            try:
                mapping = database_export.read_mapping(given)
            except TableError as error:
                raise QgsProcessingException(database_schema.schema_problem(given, error)) from error
        else:
            mapping = database_export.guess_mapping(schema, {n: layer.fields().names() for n, layer in layers.items()})
            written = self.parameterAsFileOutput(parameters, self.MAPPING_OUTPUT, context) or \
                os.path.splitext(path)[0] + "_mapping.csv"
            database_export.write_mapping(written, mapping)
            feedback.pushInfo(tr("Mapping guessed from the names and written to {0}: edit it and give it as MAPPING to "
                                 "change what fills what.").format(written))
        for row in mapping:
            spec = schema.layer(row.target_layer)
            if spec is None or spec.field(row.target_field) is None:
                raise QgsProcessingException(tr("MAPPING: {0}.{1} is not in the schema.").format(row.target_layer,
                                                                                                 row.target_field))
            if row.source_layer not in layers:
                raise QgsProcessingException(tr("MAPPING: the layer {0} is not among LAYERS ({1}).").format(
                    row.source_layer, ", ".join(layers)))
        for target in sorted({r.target_layer for r in mapping}):
            sources = sorted({r.source_layer for r in mapping if r.target_layer == target})
            if len(sources) > 1:
                raise QgsProcessingException(tr("MAPPING: {0} is filled from more than one layer ({1}).").format(
                    target, ", ".join(sources)))
            feedback.pushInfo(tr("{0} ← {1}").format(target, sources[0]))
        return mapping, written

    def _crs(self, parameters, context, schema, layers, targets):
        """(the CRS written in: the template's, else the first working layer's; its WKT)."""
        from qgis.core import QgsCoordinateReferenceSystem

        template = self.parameterAsString(parameters, self.TEMPLATE, context)
        if template:
            for _, handle in database.open_layers(database_schema.database_path(template), self.TEMPLATE, None):
                info, crs, srs = database.crs_of(handle)
                if crs is not None:
                    return crs, srs.ExportToWkt()
        first = layers[next(iter(targets.values()))[0].source_layer] if targets else next(iter(layers.values()))
        crs = bridge.working_crs(QgsProcessingFeatureSource(first, context), bridge.PLANAR, context)
        return crs, QgsCoordinateReferenceSystem(crs).toWkt(WKT_PREFERRED)

    # --- the rows ------------------------------------------------------------------------------------------------
    def _fill(self, parameters, context, feedback, spec, layer, mapping, crs, township, grid, counter, problems, unnamed):
        """([{field: value}], [WKB]) of one target layer from its working layer; problems gathered, not raised;
        `unnamed` gets the rows whose XZQMC no working field gives."""
        import shapely

        from ...core import database_export

        label = mapping[0].source_layer
        present = set(layer.fields().names())
        fields = sorted({m.source for m in mapping if m.source in present})
        kind = {"polygon": bridge.POLYGONS, "line": bridge.LINES}.get(spec.geometry, bridge.ANY)
        if os.path.isfile(layer.source().split("|")[0]):  # a file: read as a parameter is, GDAL's stream where it can
            # the layer itself where it may be looked at (the dock's copy, or on the main thread): it has the CRS and
            # encoding the planner set, which a layer opened afresh from its path would not
            value = layer if layer.customProperty(OWN_COPY) or in_main_thread() else layer.source()
            data = bridge.read(self, {self.LAYERS: value}, self.LAYERS, context, feedback, crs, fields, label, kind)
        else:
            data = bridge.read_source(layer, context, feedback, crs, fields, label, kind)
        expressions = {m.source: self._evaluate(layer, m.source, data.fids, context, label)
                       for m in mapping if m.source not in present}
        geoms = shapely.set_precision(data.geoms, grid) if grid else data.geoms
        area = self._areas(parameters, context, geoms, crs) if spec.geometry == "polygon" else None
        areas = {f.name for f in spec.area_fields()}
        bsm_spec = spec.field("BSM")
        values = []
        for i in range(len(data)):
            row = {}
            for m in mapping:
                raw = data.columns[m.source][i] if m.source in present else expressions[m.source][i]
                value, problem = database_export.convert(raw, spec.field(m.target_field))
                if problem:
                    problems.append(self._problem_text(label, int(data.fids[i]), spec.code, m.target_field, raw, problem))
                row[spec.field(m.target_field).name] = value
            if spec.field("YSDM") is not None and spec.ysdm:
                row[spec.field("YSDM").name] = spec.ysdm
            code, name = spec.field("XZQDM"), spec.field("XZQMC")
            if code is not None and row.get(code.name) is None and township:
                row[code.name] = township
            if name is not None and row.get(name.name) is None:
                unnamed.append((row, code.name if code is not None else None, name.name))
            for name in areas:
                if area is not None:
                    row[name] = round(float(area[i]), 2)
            if bsm_spec is not None:
                counter[0] += 1
                row[bsm_spec.name] = database_export.bsm(township, counter[0], bsm_spec.length)
                if row[bsm_spec.name] is None:
                    problems.append(tr("{0}: XZQDM {1} is too long for a BSM of {2} characters.").format(
                        spec.code, township, bsm_spec.length))
            values.append(row)
        if spec.geometry == "table":
            return values, [None] * len(values)
        multi = spec.multi if spec.multi is not None else spec.geometry != "point"
        if multi and len(geoms):
            single = np.isin(shapely.get_type_id(geoms), (0, 1, 3))
            geoms = geoms.copy()
            geoms[single] = [{0: shapely.MultiPoint, 1: shapely.MultiLineString, 3: shapely.MultiPolygon}[
                shapely.get_type_id(g)]([g]) for g in geoms[single]]
        elif len(geoms):
            for i in np.flatnonzero(shapely.get_num_geometries(geoms) > 1):
                problems.append(tr("{0}, feature {1}: {2} parts, but {3} takes single parts.").format(
                    label, int(data.fids[i]), int(shapely.get_num_geometries(geoms[i])), spec.code))
        return values, list(shapely.to_wkb(geoms)) if len(geoms) else []

    @staticmethod
    def _problem_text(label, fid, code, field, raw, problem):
        what = {"too_long": tr("longer than {0} characters"), "not_integer": tr("not a whole number"),
                "not_number": tr("not a number")}[problem[0]].format(*problem[1:])
        return tr("{0}, feature {1}: '{2}' for {3}.{4} is {5}.").format(label, fid, raw, code, field, what)

    def _areas(self, parameters, context, geoms, crs):
        import shapely

        if self.parameterAsEnum(parameters, self.AREA_METHOD, context) == bridge.ELLIPSOIDAL and len(geoms):
            from qgis.core import QgsCoordinateReferenceSystem

            from ..bridge import gdal_crs
            from ..bridge.crs import CGCS2000_LAEA

            centre = shapely.centroid(shapely.union_all(shapely.envelope(geoms)))
            lon, lat = gdal_crs.move([(centre.x, centre.y)], gdal_crs.srs(crs), gdal_crs.epsg(gdal_crs.CGCS2000_GEOGRAPHIC))[0]
            laea = QgsCoordinateReferenceSystem.fromProj(CGCS2000_LAEA.format(lon=lon, lat=lat))
            return shapely.area(bridge.to_crs(geoms, crs, laea, context))
        return shapely.area(geoms)

    @staticmethod
    def _evaluate(layer, text, fids, context, label):
        """A QGIS expression's value for the features `fids` of the layer."""
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(tr("MAPPING: '{0}' is neither a field of {1} nor an expression ({2}).").format(
                text, label, expression.parserErrorString()))
        scope = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        expression.prepare(scope)
        found = {}
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids([int(f) for f in fids])):
            scope.setFeature(feature)
            value = expression.evaluate(scope)
            found[feature.id()] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
        return [found.get(int(f)) for f in fids]

    def _check(self, parameters, context, feedback, path):
        import processing

        child = {"DATABASE": path, "TEMPLATE": parameters.get(self.TEMPLATE), "SCHEMA": parameters.get(self.SCHEMA),
                 "CODE_TABLES": parameters.get(self.CODE_TABLES), "XZQDM": parameters.get(self.XZQDM),
                 "AREA_METHOD": parameters.get(self.AREA_METHOD, 0), "OUTPUT": "TEMPORARY_OUTPUT"}
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            child["REPORT"] = report
        feedback.setProgressText(tr("Checking what was written (lantu:checkdatabase)…"))
        return processing.run("lantu:checkdatabase", {k: v for k, v in child.items() if v is not None}, context=context,
                              feedback=feedback, is_child_algorithm=True)


def _name_places(rows, unnamed, township, township_name):
    """XZQMC where no working field gives it: the name the other layers give its XZQDM (one name per code across the
    database), else XZQMC for the township's own code; else left empty."""
    names = {}
    for values, _ in rows.values():
        for row in values:
            code, name = row.get("XZQDM"), row.get("XZQMC")
            if code and name:
                names.setdefault(code, name)
    if township and township_name:
        names.setdefault(township, township_name)
    for row, code_field, name_field in unnamed:
        row[name_field] = names.get(row.get(code_field)) if code_field else township_name or None
