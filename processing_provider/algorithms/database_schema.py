"""The schema a plan database is checked against or filled into, as checkdatabase and exportdatabase take it:
TEMPLATE (the province's empty template database: layers, geometry types, fields, types and lengths) and/or
SCHEMA (a CSV in the layout of resources/tables/plan_schema.csv: YSDM, required fields, domains, topology), else
Lantu's example schema; CODE_TABLES (CSV files of value domains) over the built-in tables."""
import os

from qgis.core import QgsProcessingException, QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers

from ...compat import SOURCE_FILE
from ...translation import tr
from ..bridge import database
from ..bridge.tables import detail_text

TEMPLATE, SCHEMA, CODE_TABLES = "TEMPLATE", "SCHEMA", "CODE_TABLES"
DATABASE_FILTER = "GeoPackage (*.gpkg);;FileGDB (*.gdbtable gdb);;Shapefile (*.shp);;All files (*)"


def database_path(value):
    """A DATABASE / TEMPLATE value with a file picked inside a .gdb folder (its 'gdb' or a .gdbtable) made the folder."""
    path, layer = database.locate(value)
    folder = os.path.dirname(path)
    if os.path.isfile(path) and folder.lower().endswith(".gdb"):
        path = folder
    return f"{path}|layername={layer}" if layer else path


def add_parameters(algorithm, template_optional=True):
    algorithm.addParameter(QgsProcessingParameterFile(
        TEMPLATE, tr("Template database (空库: .gdb folder, .gpkg or folder of shapefiles), optional"),
        fileFilter=DATABASE_FILTER, optional=template_optional))
    algorithm.addParameter(QgsProcessingParameterFile(
        SCHEMA, tr("Schema table (CSV: layers, YSDM, fields, domains; empty = Lantu's example schema when no template)"),
        extension="csv", optional=True))
    algorithm.addParameter(QgsProcessingParameterMultipleLayers(
        CODE_TABLES, tr("Code tables (CSV: code, name; or table, code, name), optional"), SOURCE_FILE, optional=True))


def schema_problem(path, error):
    what = {"missing_columns": tr("lacks the columns {0}").format(detail_text(error)),
            "duplicate_field": tr("names the field {0} twice").format(detail_text(error)),
            "no_rules": tr("holds no layer"), "unreadable": tr("cannot be read")}.get(error.problem, error.problem)
    where = tr(" (line {0})").format(error.line) if error.line else ""
    return tr("The schema file {0} {1}{2}.").format(path, what, where)


def load(algorithm, parameters, context, feedback):
    """(Schema, CodeTables), and what the schema is, said in the log."""
    from ...core import plan_schema
    from ...core.tables import TableError

    template_value = algorithm.parameterAsString(parameters, TEMPLATE, context)
    schema_path = algorithm.parameterAsString(parameters, SCHEMA, context)
    template = described = None
    if template_value:
        template_value = database_path(template_value)
        structure = {name: shape for name, shape in database.describe(template_value, TEMPLATE, feedback).items()}
        template = plan_schema.from_structure(structure, os.path.basename(database.locate(template_value)[0]))
        feedback.pushInfo(tr("Template {0}: {1} layers.").format(template_value, len(template)))
    path = schema_path or (None if template is not None else plan_schema.default_schema_path())
    if path:
        try:
            described = plan_schema.load_schema_csv(path)
        except TableError as error:
            raise QgsProcessingException(schema_problem(path, error)) from error
        if not schema_path:
            feedback.pushWarning(tr("No template or schema given: Lantu's EXAMPLE schema is used ({0}), built from "
                                    "what public tools show of a village-plan template and a 三区三线 delivery. Give "
                                    "your province's template (空库) for a real 质检.").format(path))
    schema = plan_schema.merge(template, described)
    files = algorithm.parameterAsFileList(parameters, CODE_TABLES, context) if parameters.get(CODE_TABLES) else []
    try:
        tables = plan_schema.code_tables(files)
    except TableError as error:
        raise QgsProcessingException(tr("The code table {0} {1}.").format(
            error.path, tr("lacks the columns {0}").format(detail_text(error)) if error.problem == "missing_columns"
            else tr("cannot be read"))) from error
    return schema, tables
