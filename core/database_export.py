"""成果入库: which working layer fills which layer of the schema, which field or expression fills which field (the
mapping, guessed from names and written out for the planner to edit), and each value converted to its field's
type and length — a value that does not fit is a problem naming the feature, never truncated. BSM is made in the
pattern the county tools use (XZQDM, then a running number, to the declared length). No QGIS here."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from .roles import ROLES
from .tables import read_table

MAPPING_COLUMNS = ["target_layer", "target_field", "source_layer", "source"]
# the schema layer a Lantu layer role fills (core.roles names the roles)
LAYER_ROLES = {"GHDLTB": "planned_landuse", "JQDLTB": "current_landuse", "YJJBNTBHTB": "permanent_farmland",
               "STBHHX": "eco_redline", "CZKFBJ": "urban_boundary", "XZQ": "township"}
# a template field and the working fields that hold it under another name (用地用海 and 三调 spellings)
FIELD_ALIASES = {"GHDLBM": ("YDYHFLDM", "YDYHDM", "YDYHBM"), "GHDLMC": ("YDYHFLMC", "YDYHMC"),
                 "JQDLBM": ("DLBM",), "JQDLMC": ("DLMC",), "GHFQMC": ("FQMC",), "GHFQDM": ("FQDM",)}
FILLED = {"BSM", "YSDM"}  # made by the export, never guessed from a working field


@dataclass
class MappingRow:
    target_layer: str
    target_field: str
    source_layer: str
    source: str  # a field of the source layer, or a QGIS expression


def _tokens(name):
    return [t for t in re.split(r"[^0-9a-z\u4e00-\u9fff]+", name.lower()) if t]


def guess_layers(schema, working):
    """{schema layer code (upper): working layer name}: the layer named as the schema layer, else the one whose
    name carries the role's words (core.roles) or the schema layer's Chinese name."""
    roles = {r.key: r for r in ROLES}
    out = {}
    for key, spec in schema.layers.items():
        exact = [w for w in working if w.upper() == key]
        if exact:
            out[key] = exact[0]
            continue
        role = roles.get(LAYER_ROLES.get(key, ""))
        for name in working:
            tokens, lower = _tokens(name), name.lower()
            words = role.names if role else ()
            hit = any(w in tokens or (not w.isascii() and w in lower) for w in words)
            bad = role is not None and any(w in tokens or (not w.isascii() and w in lower) for w in role.not_names)
            chinese = spec.name.split(" ")[0] if spec.name else ""
            if (hit and not bad) or (chinese and chinese in name):
                out.setdefault(key, name)
    return out


def guess_mapping(schema, working):
    """[MappingRow] for every field of every schema layer a working layer fills: the working field of the same
    name, else one of FIELD_ALIASES; BSM, YSDM and area fields are filled by the export and left out.
    working: {layer name: [field names]}."""
    rows = []
    for key, source in guess_layers(schema, working).items():
        spec = schema.layers[key]
        present = {f.upper(): f for f in working[source]}
        areas = {f.name.upper() for f in spec.area_fields()}
        for f in spec.fields:
            name = f.name.upper()
            if name in FILLED or name in areas:
                continue
            found = present.get(name) or next((present[a] for a in FIELD_ALIASES.get(name, ()) if a in present), None)
            if found:
                rows.append(MappingRow(spec.code, f.name, source, found))
    return rows


def read_mapping(path):
    return [MappingRow(r["target_layer"], r["target_field"], r["source_layer"], r["source"])
            for _, r in read_table(path, set(MAPPING_COLUMNS)) if r["target_layer"] and r["target_field"]]


def write_mapping(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(MAPPING_COLUMNS)
        for r in rows:
            writer.writerow([r.target_layer, r.target_field, r.source_layer, r.source])


# --- values ----------------------------------------------------------------------------------------------------
def _empty(value):
    return value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())


def convert(value, spec):
    """(value for the field `spec`, problem or None): problem is ('too_long', length) | ('not_integer', ) |
    ('not_number', ); None and empty text stay None."""
    if _empty(value):
        return None, None
    if spec.kind == "str":
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
        if spec.length and len(text) > spec.length:
            return None, ("too_long", spec.length)
        return text, None
    if spec.kind in ("int", "float"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None, ("not_number",)
        if spec.kind == "int":
            if not number.is_integer():
                return None, ("not_integer",)
            return int(number), None
        return round(number, spec.decimals) if spec.decimals is not None else number, None
    return (value if not hasattr(value, "isoformat") else value.isoformat()), None


def bsm(prefix, number, length):
    """The BSM of the number-th feature: prefix (XZQDM) then the number, zero-padded to `length` (18 where the
    schema declares none); None when it does not fit."""
    length = length or 18
    digits = str(number)
    if len(prefix) + len(digits) > length:
        return None
    return prefix + digits.zfill(length - len(prefix))
