"""成果数据库质检: a delivered plan database against its schema (core.plan_schema): structure (layers, geometry
types, fields, types, lengths) and values (required, domains, codes and names, YSDM, BSM, XZQDM/XZQMC, areas).
The geometry and topology checks are in core.database_geometry. Every check has an id, a severity and the
wording a provincial 质检 report uses; a check that could not look is 未检查, never 通过.

A delivered layer reaches this module as a DeliveredLayer its reader filled (no QGIS here); a finding carries
the values its message needs (`args`), the algorithm words it in the planner's language."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from . import plan_schema

# (check id, group, severity, 质检 wording): the order of the summary
CHECKS = (
    ("layer_missing", "structure", "error", "图层缺失"),
    ("layer_extra", "structure", "warning", "多余图层"),
    ("geometry_type", "structure", "error", "几何类型不符"),
    ("crs_not_cgcs2000", "structure", "error", "坐标系不是CGCS2000投影坐标系"),
    ("crs_zone", "structure", "error", "投影带与数据位置不符"),
    ("field_missing", "structure", "error", "字段缺失"),
    ("field_extra", "structure", "warning", "多余字段"),
    ("field_type", "structure", "error", "字段类型不符"),
    ("field_length", "structure", "error", "字段长度不符"),
    ("field_decimals", "structure", "warning", "字段小数位数不符"),
    ("value_required", "values", "error", "必填字段为空"),
    ("value_domain", "values", "error", "字段值不在值域内"),
    ("name_mismatch", "values", "error", "名称与代码不一致"),
    ("value_too_long", "values", "error", "字段值超出字段长度"),
    ("ysdm_mismatch", "values", "error", "要素代码错误"),
    ("bsm_missing", "values", "error", "标识码为空"),
    ("bsm_duplicate", "values", "error", "标识码不唯一"),
    ("bsm_length", "values", "error", "标识码长度不符"),
    ("xzqdm_mismatch", "values", "error", "行政区代码与乡镇不符"),
    ("xzqmc_mismatch", "values", "error", "行政区代码与名称不一致"),
    ("area_mismatch", "values", "error", "面积与计算面积不符"),
    ("geometry_empty", "geometry", "error", "空几何"),
    ("geometry_invalid", "geometry", "error", "几何无效"),
    ("geometry_multipart", "geometry", "error", "多部件要素"),
    ("coverage_overlap", "geometry", "error", "图斑重叠"),
    ("coverage_gap", "geometry", "error", "图斑缝隙"),
    ("coverage_outside", "geometry", "error", "图斑超出行政区范围"),
    ("control_line_overlap", "geometry", "error", "控制线相互重叠"),
)
SEVERITY = {c: s for c, _, s, _ in CHECKS}
WORDING = {c: w for c, _, _, w in CHECKS}
PASSED, FAILED, NOT_CHECKED = "通过", "不通过", "未检查"
# fields a driver keeps for itself: never "extra", never "missing"
DRIVER_FIELDS = {"OBJECTID", "FID", "SHAPE_LENGTH", "SHAPE_AREA", "SHAPE_LENG", "GEOMETRY", "GEOM", "SHAPE"}


@dataclass
class DeliveredLayer:
    """One layer of the delivered database as read: structure, and the features (raw geometry as drawn)."""

    name: str
    geometry: str  # 'MultiPolygon', 'Point', 'None' …
    fields: list  # [(name, type text, width, precision)]
    fids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    geoms: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))
    columns: dict = field(default_factory=dict)
    faults: np.ndarray = None
    curved: int = 0
    invalid: np.ndarray = None  # GEOS's verdict per feature, once check_geometry has asked
    seen: dict = field(default_factory=dict, repr=False)  # what several checks ask, worked out once (database_geometry)

    def column(self, name):
        wanted = name.upper()
        key = next((k for k in self.columns if k.upper() == wanted), None)
        return None if key is None else self.columns[key]

    def declared(self, name):
        wanted = name.upper()
        return next((f for f in self.fields if f[0].upper() == wanted), None)

    def __len__(self):
        return len(self.fids)


@dataclass
class Finding:
    check: str
    layer: str
    field: str
    fid: int  # -1: the layer (or the database)
    args: tuple = ()
    geom: object = None


class DatabaseResults:
    """Findings of every check; which checks looked (通过 when they found nothing) and why the others did not."""

    def __init__(self):
        self.findings = []
        self.looked = set()
        self.why_not = defaultdict(list)

    def add(self, check, layer, field_name, fid, args=(), geom=None):
        self.looked.add(check)
        self.findings.append(Finding(check, layer, field_name, int(fid), tuple(args), geom))

    def looked_at(self, *checks):
        self.looked.update(checks)

    def skip(self, why, *checks):
        for check in checks:
            if why not in self.why_not[check]:
                self.why_not[check].append(why)

    def merge(self, other):
        """Another's findings after these (checks run beside each other, each into its own)."""
        self.findings.extend(other.findings)
        self.looked |= other.looked
        for check, whys in other.why_not.items():
            for why in whys:
                self.skip(why, check)

    def summary(self):
        """[(check, group, severity, wording, count, status, why not checked)] in CHECKS order."""
        counts = Counter(f.check for f in self.findings)
        out = []
        for check, group, severity, wording in CHECKS:
            n = counts.get(check, 0)
            status = FAILED if n else PASSED if check in self.looked else NOT_CHECKED
            out.append((check, group, severity, wording, n, status,
                        "; ".join(self.why_not[check]) if status == NOT_CHECKED else ""))
        return out

    def count(self, severity):
        return sum(1 for f in self.findings if SEVERITY[f.check] == severity)


def _empty(value):
    return value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())


def _where(function, values):
    """Index of the values for which function(value) is true, asked once per distinct value (a column of 100,000
    features holds a few hundred) and the column gone through again only when one is (findings are few)."""
    try:
        true = {v for v in set(values) if function(v)}
    except TypeError:  # a value that cannot be hashed
        return np.flatnonzero([bool(function(v)) for v in values])
    if not true:
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero([v in true for v in values])


def _text(value):
    if type(value) is str:  # the common case, first
        return value.strip()
    if _empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- structure ---------------------------------------------------------------------------------------------
def check_structure(schema, delivered, results):
    """Layers missing or extra, geometry types, fields missing or extra, their types, lengths and decimals.
    Returns {schema layer code (upper): delivered layer} of the layers both have."""
    by_name = {d.name.upper(): d for d in delivered}
    pairs = {}
    results.looked_at("layer_missing", "layer_extra")
    for key, spec in schema.layers.items():
        layer = by_name.get(key)
        if layer is None:
            results.add("layer_missing", spec.code, "", -1, (spec.code, spec.name))
            continue
        pairs[key] = layer
        _check_geometry_type(spec, layer, results)
        _check_fields(spec, layer, results)
    for d in delivered:
        if d.name.upper() not in schema.layers:
            results.add("layer_extra", d.name, "", -1, (d.name,))
    if not pairs:
        results.skip("no layer of the schema in the database", "geometry_type", "field_missing", "field_extra",
                     "field_type", "field_length", "field_decimals")
    return pairs


def _check_geometry_type(spec, layer, results):
    if not spec.geometry:
        results.skip("the schema gives no geometry type", "geometry_type")
        return
    results.looked_at("geometry_type")
    kind, multi = plan_schema.geometry_kind(layer.geometry)
    # a single-part layer fits a Multi schema (a shapefile never says Multi); a Multi layer where single parts are
    # wanted does not
    if kind != spec.geometry or (spec.multi is False and multi is True):
        want = ("Multi" if spec.multi else "") + plan_schema.SINGLE_NAMES.get(spec.geometry, spec.geometry)
        results.add("geometry_type", layer.name, "", -1, (layer.geometry, want if spec.geometry != "table" else "—"))


def _check_fields(spec, layer, results):
    results.looked_at("field_missing", "field_extra", "field_type")
    wanted = {f.name.upper() for f in spec.fields}
    for f in spec.fields:
        declared = layer.declared(f.name)
        if declared is None:
            results.add("field_missing", layer.name, f.name, -1, (f.name, f.alias))
            continue
        _, type_text, width, precision = declared
        kind = plan_schema.field_kind(type_text)
        if f.kind and f.kind != "other" and kind != f.kind:
            results.add("field_type", layer.name, f.name, -1, (f.name, type_text, f.kind))
            continue
        if f.kind == "str" and f.length:
            results.looked_at("field_length")
            if width != f.length:
                results.add("field_length", layer.name, f.name, -1, (f.name, width or 0, f.length))
        if f.kind == "float" and f.decimals is not None and precision:  # 0: the format stores none (GDB, GPKG)
            results.looked_at("field_decimals")
            if precision != f.decimals:
                results.add("field_decimals", layer.name, f.name, -1, (f.name, precision, f.decimals))
    for name, *_ in layer.fields:
        if name.upper() not in wanted and name.upper() not in DRIVER_FIELDS:
            results.add("field_extra", layer.name, name, -1, (name,))
    if not any(f.kind == "str" and f.length for f in spec.fields):
        results.skip("the schema gives no text lengths", "field_length")
    if not any(f.kind == "float" and f.decimals is not None for f in spec.fields):
        results.skip("the schema gives no decimals", "field_decimals")


# --- values ------------------------------------------------------------------------------------------------
def check_values(schema, pairs, tables, results, township_code=""):
    """Required values, domains, codes and names, lengths, YSDM, BSM and XZQDM/XZQMC of the layers in `pairs`."""
    bsm_seen = {}
    names_of_code = defaultdict(Counter)
    places = []
    for key, layer in pairs.items():
        spec = schema.layers[key]
        for f in spec.fields:
            values = layer.column(f.name)
            if values is None:
                continue
            _check_field_values(spec, layer, f, values, tables, results)
        _check_ysdm(spec, layer, results)
        _check_bsm(spec, layer, results, bsm_seen)
        codes, names = layer.column("XZQDM"), layer.column("XZQMC")
        if codes is not None:
            _check_township(layer, codes, township_code, results)
            if names is not None:
                for fid, code, name in zip(layer.fids, codes, names):
                    if not _empty(code) and not _empty(name):
                        names_of_code[_text(code)][_text(name)] += 1
                        places.append((layer.name, int(fid), _text(code), _text(name)))
    _check_code_names(names_of_code, places, results)
    for check, why in (("value_required", "the schema marks no field required"),
                       ("value_domain", "the schema gives no value domains"),
                       ("name_mismatch", "the schema pairs no name with a code"),
                       ("value_too_long", "the schema gives no text lengths"),
                       ("ysdm_mismatch", "the schema gives no 要素代码 (YSDM)"),
                       ("bsm_missing", "no layer has a BSM field"), ("bsm_duplicate", "no layer has a BSM field"),
                       ("bsm_length", "no BSM length declared"),
                       ("xzqmc_mismatch", "no layer has both XZQDM and XZQMC")):
        results.skip(why, check)
    if not township_code:
        results.skip("no township code (XZQDM) given", "xzqdm_mismatch")
    else:
        results.skip("no layer has an XZQDM field", "xzqdm_mismatch")


def _check_field_values(spec, layer, f, values, tables, results):
    if f.required:
        results.looked_at("value_required")
        for i in _where(_empty, values):
            results.add("value_required", layer.name, f.name, layer.fids[i], (f.name, f.alias))
    if f.kind == "str" and f.length:
        results.looked_at("value_too_long")
        for i in _where(lambda v: isinstance(v, str) and len(v) > f.length, values):
            results.add("value_too_long", layer.name, f.name, layer.fids[i], (f.name, len(values[i]), f.length))
    kind, argument = plan_schema.parse_domain(f.domain)
    if kind == "codes" or kind == "values":
        known = set(tables.names(argument)) if kind == "codes" else argument
        if kind == "codes" and not tables.has(argument):
            results.skip(f"no code table '{argument}' ({layer.name}.{f.name})", "value_domain")
            return
        results.looked_at("value_domain")
        allowed = argument if kind == "codes" else "|".join(sorted(known))
        for i in _where(lambda v: bool(_text(v)) and _text(v) not in known, values):
            results.add("value_domain", layer.name, f.name, layer.fids[i], (f.name, _text(values[i]), allowed))
    elif kind == "names":
        table, code_field = argument
        codes = layer.column(code_field)
        if codes is None or not tables.has(table):
            results.skip(f"no code field {code_field} or code table '{table}' ({layer.name}.{f.name})", "name_mismatch")
            return
        results.looked_at("name_mismatch")
        names = tables.names(table)

        def disagree(pair):
            want = names.get(_text(pair[0]))
            return want is not None and "".join(_text(pair[1]).split()) != "".join(want.split())

        pairs = list(zip(codes, values))
        for i in _where(disagree, pairs):
            code, name = pairs[i]
            results.add("name_mismatch", layer.name, f.name, layer.fids[i], (f.name, _text(name), code_field, _text(code),
                                                                              names.get(_text(code))))


def _check_ysdm(spec, layer, results):
    values = layer.column("YSDM")
    if not spec.ysdm or values is None:
        return
    results.looked_at("ysdm_mismatch")
    for i in _where(lambda v: _text(v) != spec.ysdm, values):
        results.add("ysdm_mismatch", layer.name, "YSDM", layer.fids[i], (_text(values[i]), spec.ysdm))


def _check_bsm(spec, layer, results, seen):
    values = layer.column("BSM")
    if values is None:
        return
    results.looked_at("bsm_missing", "bsm_duplicate")
    declared = spec.field("BSM")
    length = declared.length if declared is not None else None  # the schema's: a shapefile's width says nothing
    if length:
        results.looked_at("bsm_length")
    texts = [_text(v) for v in values]
    for fid, text in zip(layer.fids.tolist(), texts):
        if not text:
            results.add("bsm_missing", layer.name, "BSM", fid)
        elif text in seen:
            results.add("bsm_duplicate", layer.name, "BSM", fid, (text, *seen[text]))
        else:
            seen[text] = (layer.name, int(fid))
    if length:
        for i in np.flatnonzero([bool(t) and len(t) != length for t in texts]):
            results.add("bsm_length", layer.name, "BSM", layer.fids[i], (texts[i], len(texts[i]), length))


def _check_township(layer, codes, township_code, results):
    if not township_code:
        return
    results.looked_at("xzqdm_mismatch")
    for i in _where(lambda v: bool(_text(v)) and not _text(v).startswith(township_code), codes):
        results.add("xzqdm_mismatch", layer.name, "XZQDM", layer.fids[i], (_text(codes[i]), township_code))


def _check_code_names(names_of_code, places, results):
    """One name per 行政区代码 across the database: a feature naming its code otherwise than most do is a finding."""
    if not places:
        return
    results.looked_at("xzqmc_mismatch")
    usual = {code: counter.most_common(1)[0][0] for code, counter in names_of_code.items() if len(counter) > 1}
    for layer, fid, code, name in places:
        if code in usual and name != usual[code]:
            results.add("xzqmc_mismatch", layer, "XZQMC", fid, (code, name, usual[code]))
