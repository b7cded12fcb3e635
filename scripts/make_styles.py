#!/usr/bin/env python3
"""Write the QML styles in resources/styles from the colour tables (run headless with PyQGIS).

    QT_QPA_PLATFORM=offscreen python scripts/make_styles.py

sandiao_dlbm.qml   三调 DLBM, categorised, colours from resources/tables/sandiao_colors.csv
ydyh2023.qml       用地用海 2023 YDYHFLDM, categorised, colours from resources/tables/ydyh_colors.csv
pbf.qml            永久基本农田: yellow hatch and outline
erl.qml            生态保护红线: green hatch and outline
udb.qml            城镇开发边界: red-purple outline
roads.qml          roads by GRADE (高速公路 … 村道)
boundaries.qml     township / 村级片区 / village outlines (by the length of the code), no fill, labelled
findings.qml       Lantu's findings (conflicts, overlaps, errors): red outline and cross-hatch, any geometry

and the styles of Lantu's result layers (scripts/result_styles.py says which).

A code without its own colour takes its parent's colour. Legend labels are "code name". The
styles are saved from memory layers, so they carry no data source.
"""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_headless

qgis_headless.import_lantu()
import result_styles  # noqa: E402
from style_symbols import fill, hatch_outline  # noqa: E402

from lantu.compat import RENDER_MILLIMETERS, RENDER_POINTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "resources" / "tables"
STYLES = ROOT / "resources" / "styles"


def read(name):
    with open(TABLES / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def memory_layer(geom, fields):
    spec = "&".join(f"field={f}:string" for f in fields)
    return QgsVectorLayer(f"{geom}?crs=EPSG:4523&{spec}", "style", "memory")


def save(layer, name):
    path = STYLES / name
    msg, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"could not write {path}: {msg}")
    print(f"wrote {path.relative_to(ROOT)}")


def categorized(codes, names, parents, colors, field, outline):
    """codes in table order; colors: code -> (r, g, b); parents: code -> parent code."""
    cats = []
    for code in codes:
        c, p = code, code
        while c not in colors and p:
            p = parents.get(p, "")
            c = p
        rgb = colors.get(c)
        if rgb is None:
            print(f"  no colour for {code}, skipped")
            continue
        col = QColor(*rgb)
        sym = fill(col.name(), outline=outline)
        cats.append(QgsRendererCategory(code, sym, f"{code} {names[code]}"))
    return QgsCategorizedSymbolRenderer(field, cats)


def sandiao():
    rows = read("sandiao_dlbm.csv")
    colors = {r["code"]: (int(r["r"]), int(r["g"]), int(r["b"])) for r in read("sandiao_colors.csv")}
    # every DLBM value a parcel can carry: 二级, A/K 三级 and 09 (which has no 二级)
    codes = [r["code"] for r in rows if r["field"] == "DLBM" and (r["level"] in ("2", "3") or r["code"] == "09")]
    names = {r["code"]: r["name"] for r in rows}
    parents = {r["code"]: r["parent"] for r in rows}
    lyr = memory_layer("MultiPolygon", ["DLBM"])
    lyr.setRenderer(categorized(codes, names, parents, colors, "DLBM", "#9a9a9a"))
    save(lyr, "sandiao_dlbm.qml")


def ydyh():
    rows = read("ydyh2023_codes.csv")
    colors = {r["code"]: (int(r["r"]), int(r["g"]), int(r["b"])) for r in read("ydyh_colors.csv")}
    codes = [r["code"] for r in rows]
    names = {r["code"]: r["name"] for r in rows}
    parents = {r["code"]: r["parent"] for r in rows}
    lyr = memory_layer("MultiPolygon", ["YDYHFLDM"])
    lyr.setRenderer(categorized(codes, names, parents, colors, "YDYHFLDM", "#9a9a9a"))
    save(lyr, "ydyh2023.qml")


def lines():
    for name, label, sym in [
        ("pbf.qml", "永久基本农田", hatch_outline("#e6b800", "#f2c200", 45, 1.6, 0.35, 0.22, fill_alpha=40)),
        ("erl.qml", "生态保护红线", hatch_outline("#0a8a3a", "#18a048", -45, 1.8, 0.7, 0.3, fill_alpha=30)),
    ]:
        lyr = memory_layer("MultiPolygon", [])
        r = QgsSingleSymbolRenderer(sym)
        lyr.setRenderer(r)
        lyr.setName(label)
        save(lyr, name)
    # UDB: a red-purple outline, a lighter inner line, no fill
    sym = QgsFillSymbol()
    sym.deleteSymbolLayer(0)
    outer = QgsSimpleFillSymbolLayer()
    outer.setBrushStyle(Qt.NoBrush)
    outer.setStrokeColor(QColor("#b4005a"))
    outer.setStrokeWidth(0.9)
    outer.setStrokeWidthUnit(RENDER_MILLIMETERS)
    sym.appendSymbolLayer(outer)
    inner = QgsSimpleFillSymbolLayer()
    inner.setBrushStyle(Qt.NoBrush)
    inner.setStrokeColor(QColor(180, 0, 90, 90))
    inner.setStrokeWidth(2.2)
    inner.setStrokeWidthUnit(RENDER_MILLIMETERS)
    inner.setStrokeStyle(Qt.SolidLine)
    sym.appendSymbolLayer(inner)
    lyr = memory_layer("MultiPolygon", [])
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    save(lyr, "udb.qml")


def roads():
    spec = [("高速公路", "#d9480f", 1.3, "#7a2a08", 1.9), ("国道", "#e03131", 1.0, "#7d1a1a", 1.5),
            ("省道", "#f08c00", 0.85, "#8a5000", 1.3), ("县道", "#e8c000", 0.65, "#8a7000", 1.0),
            ("乡道", "#ffffff", 0.5, "#707070", 0.8), ("村道", "#ffffff", 0.35, "#909090", 0.55)]
    cats = []
    for grade, col, w, casing, cw in spec:
        sym = QgsLineSymbol()
        sym.deleteSymbolLayer(0)
        for c, width in ((casing, cw), (col, w)):
            sl = QgsSimpleLineSymbolLayer(QColor(c), width)
            sl.setWidthUnit(RENDER_MILLIMETERS)
            sl.setPenCapStyle(Qt.RoundCap)
            sl.setPenJoinStyle(Qt.RoundJoin)
            sym.appendSymbolLayer(sl)
        cats.append(QgsRendererCategory(grade, sym, grade))
    r = QgsCategorizedSymbolRenderer("GRADE", cats)
    r.setUsingSymbolLevels(True)
    lyr = memory_layer("MultiLineString", ["GRADE"])
    lyr.setRenderer(r)
    # symbol levels: casings first, higher grades on top
    from qgis.core import QgsLegendSymbolItem  # noqa: F401
    n = len(spec)
    for k, cat in enumerate(r.categories()):
        sym = cat.symbol().clone()
        sym.symbolLayer(0).setRenderingPass(n - 1 - k)
        sym.symbolLayer(1).setRenderingPass(2 * n - 1 - k)
        r.updateCategorySymbol(k, sym)
    save(lyr, "roads.qml")


def boundaries():
    code = "coalesce(attribute('XZQDM'), attribute('PQDM'))"
    sym = QgsFillSymbol()
    sym.deleteSymbolLayer(0)
    edge = QgsSimpleFillSymbolLayer()
    edge.setBrushStyle(Qt.NoBrush)
    edge.setStrokeColor(QColor("#505050"))
    edge.setStrokeWidthUnit(RENDER_MILLIMETERS)
    edge.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(
        f"CASE WHEN length({code}) = 9 THEN 0.9 WHEN length({code}) = 11 THEN 0.55 ELSE 0.25 END"))
    edge.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, QgsProperty.fromExpression(
        f"CASE WHEN length({code}) = 9 THEN '#202020' WHEN length({code}) = 11 THEN '#e67700' ELSE '#6e6e6e' END"))
    edge.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeStyle, QgsProperty.fromExpression(
        f"CASE WHEN length({code}) = 12 THEN 'dash' ELSE 'solid' END"))
    sym.appendSymbolLayer(edge)
    lyr = memory_layer("MultiPolygon", ["XZQDM", "XZQMC"])
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    pal = QgsPalLayerSettings()
    pal.isExpression = True
    pal.fieldName = "coalesce(attribute('XZQMC'), attribute('PQMC'))"
    fmt = QgsTextFormat()
    font = QFont("Noto Sans CJK SC")
    fmt.setFont(font)
    fmt.setSize(8)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor("#303030"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    pal.dataDefinedProperties().setProperty(QgsPalLayerSettings.Size, QgsProperty.fromExpression(
        f"CASE WHEN length({code}) = 9 THEN 13 WHEN length({code}) = 11 THEN 9 ELSE 7.5 END"))
    pal.dataDefinedProperties().setProperty(QgsPalLayerSettings.Bold, QgsProperty.fromExpression(
        f"length({code}) = 9"))
    try:
        pal.placement = QgsPalLayerSettings.Placement.OverPoint
    except AttributeError:
        pal.placement = QgsPalLayerSettings.OverPoint
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    lyr.setLabelsEnabled(True)
    save(lyr, "boundaries.qml")


def findings():
    """Findings must stand out on any base map: a strong red outline over a thin red cross-hatch."""
    sym = hatch_outline("#d00000", "#e03131", 45, 1.2, 0.6, 0.2, fill_alpha=60)
    lyr = memory_layer("MultiPolygon", [])
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    save(lyr, "findings.qml")


def main():
    STYLES.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        sandiao()
        ydyh()
        lines()
        roads()
        boundaries()
        findings()
        result_styles.write_all(memory_layer, save)
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
