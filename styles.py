"""The standard symbology: which QML in resources/styles fits a layer, and applying it.

Used by lantu:applystyle and by the dock for the layers it loads: the plan's own layers (三调, 用地用海, the three
lines, roads, boundaries) and Lantu's results, told apart by the fields the algorithms write (RESULT_STYLES). A
categorised style keyed on a field (DLBM, YDYHFLDM, grade …) is re-keyed to the layer's own field when it is named
differently. The QMLs are written by scripts/make_styles.py.
"""
import csv
import os

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProviderRegistry,
    QgsRendererCategory,
    QgsVectorLayer,
)

from .compat import LINE_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY
from .core import roles as core_roles
from .core.roles import CODE_FIELDS
from .paths import STYLES_DIR, TABLES_DIR

# style key -> (qml file, the code field the QML is keyed on, or None)
STYLES = {
    "sandiao": ("sandiao_dlbm.qml", "DLBM"),
    "ydyh": ("ydyh2023.qml", "YDYHFLDM"),
    "pbf": ("pbf.qml", None),
    "erl": ("erl.qml", None),
    "udb": ("udb.qml", None),
    "roads": ("roads.qml", "GRADE"),
    "boundaries": ("boundaries.qml", None),
    "findings": ("findings.qml", None),
    # Lantu's result layers (new keys go last: STYLE_KEYS is lantu:applystyle's STYLE enum)
    "road_zones": ("road_zones.qml", "grade"),
    "protection_zones": ("protection_zones.qml", None),
    "encroachments": ("encroachments.qml", None),
    "farmland_blocks": ("farmland_blocks.qml", None),
    "slope_grades": ("slope_grades.qml", "slope_grade"),
    "homesteads": ("homesteads.qml", "action"),
    "severity": ("severity.qml", "severity"),
    "findings_points": ("findings_points.qml", "severity"),
    "site_verdicts": ("site_verdicts.qml", "verdict"),
    "site_pieces": ("site_pieces.qml", "subject"),
    "life_circle": ("life_circle.qml", "missing_types"),
}
STYLE_KEYS = ["auto"] + list(STYLES)  # the order of lantu:applystyle's STYLE enum
POINT_STYLES = {"findings": "findings_points.qml"}  # a style drawn otherwise on a point layer (a dot by severity)
FINDING_FIELDS = {"rule_id", "check_id", "pair", "severity", "fid_a", "src_fid"}
LINE_ROLES = {"permanent_farmland": "pbf", "eco_redline": "erl", "urban_boundary": "udb"}
# (fields a result layer has, its geometry, style): the output fields of Lantu's algorithms, first match wins
RESULT_STYLES = [
    ({"slope_grade"}, POLYGON_GEOMETRY, "slope_grades"),  # slopefarmland
    ({"block_id", "is_large"}, POLYGON_GEOMETRY, "farmland_blocks"),  # farmlandcontiguity
    ({"settlement_id", "action"}, POLYGON_GEOMETRY, "homesteads"),  # homesteadrelocation
    ({"grade", "setback_m"}, POLYGON_GEOMETRY, "road_zones"),  # roadcontrollines OUTPUT
    ({"class", "distance_m"}, POLYGON_GEOMETRY, "protection_zones"),  # classbuffers OUTPUT
    ({"src_fid", "grade"}, POLYGON_GEOMETRY, "encroachments"),  # their ENCROACHMENTS
    ({"src_fid", "class"}, POLYGON_GEOMETRY, "encroachments"),
    ({"verdict"}, POLYGON_GEOMETRY, "site_verdicts"),  # sitecheck
    ({"site_id", "subject"}, POLYGON_GEOMETRY, "site_pieces"),
    ({"settlement_id", "missing_types"}, POINT_GEOMETRY, "life_circle"),  # lifecircle OUTPUT and GAPS
    ({"severity"}, POLYGON_GEOMETRY, "severity"),  # landuseconflicts, checklanduse's areas
    ({"severity"}, POINT_GEOMETRY, "findings_points"),  # checklanduse's points
]


def choose(layer, code_field=None):
    """(style key, code field) for what the layer holds, or (None, None) when no standard style fits."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
        return None, None
    fields = layer.fields().names()
    upper = {f.upper(): f for f in fields}
    geometry = layer.geometryType()
    if code_field and code_field in fields:
        # the codes tell which classification: 三调 DLBM values are never 用地用海 2023 values of 6 digits …
        return ("ydyh" if code_field.upper() in ("YDYHFLDM", "GHDLBM", "YDYHDM", "YDYHBM") else "sandiao"), code_field
    lower = {f.lower() for f in fields}
    for needed, kind, key in RESULT_STYLES:
        if geometry == kind and needed <= lower:
            return key, None
    if lower & FINDING_FIELDS:
        return ("findings_points" if geometry == POINT_GEOMETRY else "findings"), None
    if geometry == POLYGON_GEOMETRY:
        if "DLBM" in upper:
            return "sandiao", upper["DLBM"]
        for name in CODE_FIELDS:
            if name.upper() in upper and name.upper() != "DLBM":
                return "ydyh", upper[name.upper()]
        uri = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        names = [layer.name(), os.path.splitext(os.path.basename(uri.get("path") or ""))[0], uri.get("layerName") or ""]
        info = core_roles.LayerInfo(layer.id(), names, fields, core_roles.POLYGON)
        for role in core_roles.ROLES:
            if role.key in LINE_ROLES and core_roles.score(role, info) >= 3:
                return LINE_ROLES[role.key], None
        if "XZQDM" in upper or "PQDM" in upper:
            return "boundaries", None
    if geometry == LINE_GEOMETRY and "GRADE" in upper:
        return "roads", upper["GRADE"]
    return None, None


def apply(layer, key, code_field=None):
    """Load the standard style `key` onto the layer; return an error text, or '' when applied."""
    qml, keyed_on = STYLES[key]
    if layer.geometryType() == POINT_GEOMETRY:
        qml = POINT_STYLES.get(key, qml)
    message, ok = layer.loadNamedStyle(os.path.join(STYLES_DIR, qml))
    if not ok:
        return message or qml
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer) and code_field and code_field != keyed_on:
        renderer.setClassAttribute(code_field)
    layer.triggerRepaint()
    return ""


def apply_auto(layer, code_field=None):
    """Apply the fitting standard style, if any; return the style key used or None."""
    key, field = choose(layer, code_field)
    if key is None:
        return None
    return key if not apply(layer, key, field) else None


# 规划分区, first level (the first digit of GHFQDM in resources/tables/planning_zones.csv): the colours are the usual
# ones of township plans' 规划分区图 (greens for ecology, yellow for farmland, red for towns), not a standard's
ZONE_COLOURS = {"1": "#2e8b57", "2": "#a6d96a", "3": "#fff2a8", "4": "#e8676b", "5": "#f3b37a", "6": "#6baed6",
                "7": "#b39ddb"}


def planning_zone_names():
    """{first digit: name} of the first-level planning zones (生态保护区, 生态控制区 …)."""
    with open(os.path.join(TABLES_DIR, "planning_zones.csv"), encoding="utf-8-sig", newline="") as stream:
        return {row["code"][:1]: row["name"] for row in csv.DictReader(stream) if row.get("level") == "1"}


def planning_zones_renderer(zone_field):
    """A renderer drawing a layer's planning zones (三区) by their first-level zone, from its zone-code field."""
    names = planning_zone_names()
    categories = []
    for digit, colour in ZONE_COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        categories.append(QgsRendererCategory(digit, symbol, names.get(digit, digit)))
    return QgsCategorizedSymbolRenderer(f'left(to_string("{zone_field}"), 1)', categories)
