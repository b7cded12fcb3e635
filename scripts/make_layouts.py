#!/usr/bin/env python3
"""Write the layout templates in resources/layouts (run headless with PyQGIS).

    QT_QPA_PLATFORM=offscreen python scripts/make_layouts.py

status.qpt      现状图 (current land use)
landuse.qpt     国土空间用地规划图 (planned land use)
threelines.qpt  "三区三线"规划图 (the three control lines)

A3 landscape: title, map (id "map"), legend (id "legend"), north arrow (id "north"), scale bar (id
"scalebar"), and a footer with the plan's name and date. The plan's name and date come from the
layout variables @lantu_plan_name and @lantu_plan_date that the dock sets when it exports; the
layers, extent and legend entries are set then too.
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsScaleBarSettings,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_headless

qgis_headless.import_lantu()
from lantu.compat import DISTANCE_KILOMETERS, LAYOUT_MILLIMETERS, RENDER_POINTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "layouts"
FONT = "Noto Sans CJK SC"
MAPS = [("status.qpt", "土地利用现状图"), ("landuse.qpt", "国土空间用地规划图"), ("threelines.qpt", "“三区三线”规划图")]
MM = LAYOUT_MILLIMETERS


def text_format(size, bold=False):
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor("#202020"))
    return fmt


def font(size, bold=False):
    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def place(layout, item, item_id, x, y, w=None, h=None):
    """Add an item with an id at (x, y) mm, sized w × h mm when given."""
    item.setId(item_id)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    if w is not None:
        item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def label(layout, item_id, text, x, y, w, h, size, bold=False, align=Qt.AlignHCenter):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignVCenter)
    return place(layout, item, item_id, x, y, w, h)


def build(title):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A3", page.Landscape)
    label(layout, "title", f"[% @lantu_plan_name %]{title}", 10, 6, 400, 14, 22, bold=True)
    map_item = QgsLayoutItemMap(layout)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.5, MM))
    place(layout, map_item, "map", 10, 22, 305, 262)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("图 例")
    legend.setLinkedMap(map_item)
    legend.setResizeToContents(True)
    legend.setFrameEnabled(True)
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    for style, size, bold in ((QgsLegendStyle.Title, 14, True), (QgsLegendStyle.Group, 9, True),
                              (QgsLegendStyle.Subgroup, 8, True), (QgsLegendStyle.SymbolLabel, 6.5, False)):
        legend.setStyleFont(style, font(size, bold))
    place(layout, legend, "legend", 320, 22)

    north = QgsLayoutItemPicture(layout)
    north.setLinkedMap(map_item)
    place(layout, north, "north", 296, 25, 14, 20)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(DISTANCE_KILOMETERS)
    bar.setUnitLabel("千米")
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(1.0)
    # round segment lengths that fit 15–30 mm, whatever the plan area's size
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(15)
    bar.setMaximumBarWidth(30)
    bar.setTextFormat(text_format(8))
    bar.setBackgroundEnabled(True)
    place(layout, bar, "scalebar", 14, 268)

    label(layout, "footer", "[% @lantu_plan_name %]  编制日期：[% @lantu_plan_date %]", 200, 286, 215, 8, 9,
          align=Qt.AlignRight)
    return layout


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for name, title in MAPS:
            layout = build(title)
            if not layout.saveAsTemplate(str(OUT / name), QgsReadWriteContext()):
                raise SystemExit(f"could not write {name}")
            print(f"wrote resources/layouts/{name}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
