"""A plan database's schema (成果数据库结构): its layers, their geometry, 要素代码 (YSDM) and fields, read from a
CSV in the layout of shared/tables/plan_database/schema_facts.csv or taken from a template database (空库), and
the value domains (code tables) its fields are checked against. No QGIS here: a template reaches this module as
a plain description its reader made.

Domain syntax of the `domain` column (anything else is a note, kept but not checked):
    codes:TABLE          the value is a code of the code table TABLE (ydyh, ghfq, gkbj, facility, or a user's)
    names:TABLE@FIELD    the value is TABLE's name of the code in FIELD of the same feature (名称与代码一致)
    a|b|c                one of these values
    area                 an area in m², judged against the feature's computed area (MJ, TBMJ …)
The optional `topology` column (any row of a layer) says what the layer must be: `coverage:XZQ` (a coverage of
layer XZQ, no gap, no overlap) or `control_line:PBF|ERL|UDB` (one of the three control lines)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .tables import TableError, read_csv, read_table

REQUIRED_COLUMNS = {"layer_code", "geometry", "ysdm", "field_code", "type", "length", "decimals", "required", "domain"}
GEOMETRIES = ("polygon", "line", "point", "table")
SINGLE_NAMES = {"polygon": "Polygon", "line": "LineString", "point": "Point"}


@dataclass
class FieldSpec:
    name: str
    kind: str  # str | int | float | date | other ('' = not said)
    length: int | None = None  # declared width of a text field, None = not said
    decimals: int | None = None
    required: bool | None = None  # None = the schema does not say
    domain: str = ""
    alias: str = ""
    source: str = ""


@dataclass
class LayerSpec:
    code: str
    geometry: str  # polygon | line | point | table | '' (not said)
    multi: bool | None = None  # True: Multi…, False: single parts only, None: either
    ysdm: str = ""
    name: str = ""
    fields: list = field(default_factory=list)
    topology: str = ""
    source: str = ""

    def field(self, name):
        wanted = name.upper()
        return next((f for f in self.fields if f.name.upper() == wanted), None)

    def area_fields(self):
        """The fields holding the feature's area: marked `area`, else a field named MJ."""
        marked = [f for f in self.fields if f.domain == "area"]
        return marked or [f for f in self.fields if f.name.upper() == "MJ" and f.kind == "float"]


@dataclass
class Schema:
    layers: dict = field(default_factory=dict)  # upper-case code -> LayerSpec
    origin: str = ""  # where it came from, for the report

    def layer(self, code):
        return self.layers.get(code.upper())

    def __len__(self):
        return len(self.layers)


def field_kind(text):
    """'str' | 'int' | 'float' | 'date' | 'other' | '' from a type as schemas and GDAL write it."""
    t = (text or "").strip().lower()
    if not t:
        return ""
    if t.startswith(("char", "text", "string", "varchar", "str")):
        return "str"
    if t.startswith(("int", "short", "long", "integer", "smallint", "bigint")):
        return "int"
    if t.startswith(("float", "double", "real", "numeric", "decimal", "number")):
        return "float"
    if t.startswith(("date", "datetime", "time")):
        return "date"
    return "other"


def geometry_kind(text):
    """(polygon | line | point | table | '', multi True/False/None) from 'MultiPolygon', 'Line', 'None(table)'…"""
    t = (text or "").strip().lower().replace(" ", "")
    if not t:
        return "", None
    if t.startswith("none") or "table" in t:
        return "table", None
    multi = True if t.startswith("multi") else False if t in ("polygon", "linestring", "point") else None
    for kind, words in (("polygon", ("polygon", "surface")), ("line", ("line", "curve")), ("point", ("point",))):
        if any(w in t for w in words):
            return kind, multi
    return "", None


def _int(text):
    try:
        return int(float(text)) if str(text).strip() else None
    except ValueError:
        return None


def _required(text):
    t = (text or "").strip().upper()
    return True if t in ("Y", "YES", "M", "TRUE", "1", "是", "必填") else False if t in ("N", "NO", "O", "FALSE", "0", "否") else None


def load_schema_csv(path):
    """A Schema from a CSV in the layout of schema_facts.csv; rows with no layer code are skipped."""
    rows = read_table(path, REQUIRED_COLUMNS)
    schema = Schema(origin=os.path.basename(path))
    for line, row in rows:
        code = row["layer_code"].strip()
        if not code or not row["field_code"].strip():
            continue
        layer = schema.layers.get(code.upper())
        if layer is None:
            kind, multi = geometry_kind(row["geometry"])
            layer = schema.layers[code.upper()] = LayerSpec(code, kind, multi, row["ysdm"], row.get("layer_name", ""),
                                                            source=row.get("source", ""))
        layer.ysdm = layer.ysdm or row["ysdm"]
        layer.topology = layer.topology or row.get("topology", "")
        if layer.field(row["field_code"]) is not None:
            raise TableError(path, "duplicate_field", line=line, detail=f"{code}.{row['field_code']}")
        layer.fields.append(FieldSpec(row["field_code"].strip(), field_kind(row["type"]), _int(row["length"]),
                                      _int(row["decimals"]), _required(row["required"]), row["domain"].strip(),
                                      row.get("field_name", ""), row.get("source", "")))
    if not schema.layers:
        raise TableError(path, "no_rules")
    return schema


def from_structure(structure, origin=""):
    """A Schema from a template's description {layer: (geometry text, [(field, type text, width, precision)])}:
    what a template says (layers, geometry, fields, types, widths), nothing about values."""
    schema = Schema(origin=origin)
    for code, (geometry, fields) in structure.items():
        kind, multi = geometry_kind(geometry)
        layer = LayerSpec(code, kind, multi)
        for name, type_text, width, precision in fields:
            kind_of = field_kind(type_text)
            layer.fields.append(FieldSpec(name, kind_of, width or None if kind_of == "str" else None,
                                          precision or None if kind_of == "float" else None))
        schema.layers[code.upper()] = layer
    return schema


def merge(template, described):
    """The template's structure with what the CSV says of values (YSDM, required, domain, aliases, topology): the
    template is the province's own, so its layers, types and lengths win; layers only the CSV has are dropped."""
    if template is None:
        return described
    if described is None:
        return template
    out = Schema(origin=f"{template.origin} + {described.origin}")
    for key, layer in template.layers.items():
        said = described.layer(layer.code)
        if said is not None:
            layer.ysdm, layer.name, layer.topology = said.ysdm, said.name, said.topology
            if said.multi is False:  # a FileGDB calls every polygon class Multi: single parts are the table's word
                layer.multi = False
            for f in layer.fields:
                other = said.field(f.name)
                if other is not None:
                    f.required, f.domain, f.alias = other.required, other.domain, other.alias
                    f.length = f.length or other.length  # what the template does not store, the table may say
                    f.decimals = f.decimals if f.decimals is not None else other.decimals
        out.layers[key] = layer
    return out


# --- value domains -------------------------------------------------------------------------------------------
@dataclass
class CodeTables:
    """{table name: {code: name}} of the value domains (code tables)."""

    tables: dict = field(default_factory=dict)

    def has(self, name):
        return name.lower() in self.tables

    def names(self, name):
        return self.tables.get(name.lower(), {})


def load_code_table(path, into=None):
    """Add a user's code table CSV: columns table, code, name (several tables in one file), or code, name (the
    file's name is the table's)."""
    tables = into if into is not None else CodeTables()
    header, rows = read_csv(path)
    if header is None or len(header) < 2:
        raise TableError(path, "missing_columns", detail=["code", "name"])
    has_table = "table" in header
    code_col = "code" if "code" in header else header[0]
    name_col = "name" if "name" in header else header[1]
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    for _, row in rows:
        table = row["table"].lower() if has_table else stem
        if row[code_col]:
            tables.tables.setdefault(table, {})[row[code_col]] = row[name_col]
    return tables


def parse_domain(domain):
    """(kind, argument): ('codes', table) | ('names', (table, code field)) | ('values', set) | ('area', None) |
    ('', None) for no domain or a note."""
    d = (domain or "").strip()
    if not d:
        return "", None
    if d == "area":
        return "area", None
    if d.startswith("codes:"):
        return "codes", d[6:].strip().lower()
    if d.startswith("names:") and "@" in d:
        table, code_field = d[6:].split("@", 1)
        return "names", (table.strip().lower(), code_field.strip())
    if "|" in d and " " not in d:
        return "values", {v for v in d.split("|") if v}
    return "", None


def topology(layer):
    """('coverage', layer code) | ('control_line', PBF/ERL/UDB) | ('', '')."""
    kind, _, target = (layer.topology or "").partition(":")
    return (kind.strip(), target.strip()) if kind.strip() in ("coverage", "control_line") else ("", "")


DEFAULT_SCHEMA = "plan_schema.csv"
BUILTIN_CODE_TABLES = {"ydyh": "ydyh2023_codes.csv", "ghfq": "planning_zones.csv", "gkbj": "plan_gkbj_codes.csv",
                       "facility": "plan_facility_codes.csv"}


def default_schema_path():
    from .tables import TABLES_DIR

    return os.path.join(TABLES_DIR, DEFAULT_SCHEMA)


def code_tables(paths=()):
    """The built-in code tables, then the user's files (a table of the same name replaces a built-in one)."""
    from .tables import TABLES_DIR

    tables = CodeTables()
    for name, file_name in BUILTIN_CODE_TABLES.items():
        header, rows = read_csv(os.path.join(TABLES_DIR, file_name))
        tables.tables[name] = {row["code"]: row["name"] for _, row in rows if row.get("code")}
    users = CodeTables()
    for path in paths:
        load_code_table(path, users)
    tables.tables.update(users.tables)
    return tables
