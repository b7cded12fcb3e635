#!/usr/bin/env python3
"""Write resources/demo/lantu_demo.qgz: every demo layer, styled and grouped, with relative paths.

    QT_QPA_PLATFORM=offscreen python scripts/make_demo_project.py [--png /tmp/demo_map.png]

Groups (top to bottom): 基础 (boundaries, roads, settlements), 三线 (PBF, ERL, UDB),
规划 (用地用海 planned land use, hidden), 现状 (三调 parcels with a hillshade of the DEM).
Map themes 现状 and 规划 switch between the two land-use layers. The project CRS is EPSG:4523.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsBilinearRasterResampler,
    QgsCoordinateReferenceSystem,
    QgsHillshadeRenderer,
    QgsLayerTreeModel,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMapThemeCollection,
    QgsMarkerSymbol,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QPainter

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo"
STYLES = ROOT / "resources" / "styles"
TITLE = "鹤龄片区 Lantu 演示"

LAYERS = [
    # group, layer name in the GeoPackage, display name, style, visible
    ("基础", "facilities", "公共服务设施", None, True),  # facilities.gpkg (scripts/make_demo_facilities.py)
    ("基础", "settlement", "居民点", None, True),
    ("基础", "roads", "道路", "roads.qml", True),
    ("基础", "township", "乡镇", "boundaries.qml", True),
    ("基础", "village_cluster", "村级片区", "boundaries.qml", False),
    ("基础", "village", "行政村", "boundaries.qml", True),
    ("三线", "czkfbj", "城镇开发边界", "udb.qml", True),
    ("三线", "stbhhx", "生态保护红线", "erl.qml", True),
    ("三线", "yjjbnt", "永久基本农田", "pbf.qml", True),
    ("规划", "ghyd", "规划用地用海 (2023)", "ydyh2023.qml", False),
    ("现状", "dem", "地形晕渲 (DEM)", None, True),
    ("现状", "dltb", "三调地类图斑", "sandiao_dlbm.qml", True),
]


def build(project_path: Path):
    gpkg = DEMO / "lantu_demo.gpkg"
    dem = DEMO / "dem.tif"
    if not gpkg.exists():
        raise SystemExit(f"{gpkg} is missing: run scripts/make_demo.py first")
    proj = QgsProject.instance()
    proj.clear()
    proj.setTitle(TITLE)
    proj.setCrs(QgsCoordinateReferenceSystem("EPSG:4523"))
    proj.writeEntryBool("Paths", "/Absolute", False)
    proj.setFileName(str(project_path))
    root = proj.layerTreeRoot()
    groups = {}
    layers = {}
    for group, name, title, style, visible in LAYERS:
        if group not in groups:
            groups[group] = root.addGroup(group)
        if name == "dem":
            if not dem.exists():
                continue
            lyr = QgsRasterLayer(str(dem), title)
            r = QgsHillshadeRenderer(lyr.dataProvider(), 1, 315, 40)
            r.setZFactor(1.5)
            r.setMultiDirectional(True)
            lyr.setRenderer(r)
            lyr.setBlendMode(QPainter.CompositionMode_Multiply)
            lyr.resampleFilter().setZoomedInResampler(QgsBilinearRasterResampler())
            lyr.resampleFilter().setZoomedOutResampler(QgsBilinearRasterResampler())
            lyr.renderer().setOpacity(0.3)
        elif name == "facilities":
            lyr = QgsVectorLayer(f"{DEMO / 'facilities.gpkg'}|layername=ggfw", title, "ogr")
            sym = QgsMarkerSymbol.createSimple({"name": "square", "color": "#d9480f", "outline_color": "#ffffff",
                                               "outline_width": "0.2", "size": "2.2"})
            lyr.setRenderer(QgsSingleSymbolRenderer(sym))
        else:
            lyr = QgsVectorLayer(f"{gpkg}|layername={name}", title, "ogr")
            if style:
                msg, ok = lyr.loadNamedStyle(str(STYLES / style))
                if not ok:
                    raise SystemExit(f"style {style}: {msg}")
            elif name == "settlement":
                sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#3c3c3c", "outline_color": "#ffffff",
                                                   "outline_width": "0.2", "size": "1.4"})
                lyr.setRenderer(QgsSingleSymbolRenderer(sym))
        if not lyr.isValid():
            raise SystemExit(f"layer {name} is not valid")
        proj.addMapLayer(lyr, False)
        node = groups[group].addLayer(lyr)
        node.setItemVisibilityChecked(visible)
        node.setExpanded(False)
        layers[name] = lyr
    # map themes: 现状 (dltb) and 规划 (ghyd)
    themes = proj.mapThemeCollection()
    model = QgsLayerTreeModel(root)
    for theme, on, off in (("现状", "dltb", "ghyd"), ("规划", "ghyd", "dltb")):
        root.findLayer(layers[on].id()).setItemVisibilityChecked(True)
        root.findLayer(layers[off].id()).setItemVisibilityChecked(False)
        themes.insert(theme, QgsMapThemeCollection.createThemeFromCurrentState(root, model))
    root.findLayer(layers["dltb"].id()).setItemVisibilityChecked(True)
    root.findLayer(layers["ghyd"].id()).setItemVisibilityChecked(False)
    # start on the whole area
    ext = QgsRectangle(layers["township"].extent())
    ext.scale(1.05)
    proj.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(ext, proj.crs()))
    # the dock's plan settings: the demo's service distances for 镇村生活圈 (beside the project; demo values)
    proj.writeEntry("lantu", "state", json.dumps({"settings": {"life_circle_radii": "life_circle_demo.csv"}}))
    if not proj.write(str(project_path)):
        raise SystemExit(f"could not write {project_path}")
    print(f"wrote {project_path}")
    return proj, layers


def render(proj, png, width=1200, theme=None, extent=None):
    root = proj.layerTreeRoot()
    if theme:
        lyrs = proj.mapThemeCollection().mapThemeVisibleLayers(theme)
        order = [layer for layer in root.layerOrder() if layer in lyrs]
    else:
        order = [layer for layer in root.layerOrder() if root.findLayer(layer.id()).isVisible()]
    ms = QgsMapSettings()
    ms.setLayers(order)
    ms.setDestinationCrs(proj.crs())
    ext = extent or proj.viewSettings().defaultViewExtent()
    h = int(width * ext.height() / ext.width())
    ms.setOutputSize(QSize(width, h))
    ms.setExtent(ext)
    ms.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    img.save(str(png))
    print(f"rendered {png} ({width}x{h})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(DEMO / "lantu_demo.qgz"))
    ap.add_argument("--png", help="also render the project to this PNG (1200 px wide)")
    ap.add_argument("--theme", help="render this map theme (现状 or 规划)")
    ap.add_argument("--zoom", type=float, default=1.0, help="zoom factor around the centre for the PNG")
    ap.add_argument("--center", help="x,y (EPSG:4523) to centre the PNG on")
    a = ap.parse_args(argv)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        proj, layers = build(Path(a.out))
        if a.png:
            ext = QgsRectangle(proj.viewSettings().defaultViewExtent())
            if a.center:
                x, y = (float(v) for v in a.center.split(","))
                ext = QgsRectangle(x - ext.width() / 2, y - ext.height() / 2, x + ext.width() / 2, y + ext.height() / 2)
            if a.zoom != 1.0:
                ext.scale(1.0 / a.zoom)
            render(proj, a.png, theme=a.theme, extent=ext)
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
