"""Proposed project sites for the demo (lantu:sitecheck): resources/demo/sites.gpkg, layer xmyd.

Three 150 m squares placed from the demo's own layers, deterministically: one inside the urban
boundary away from the other lines (可行 unless it meets farmland or a road zone), one on permanent
farmland (不可行), one outside the urban boundary clear of the lines (需调整).
    .venv/bin/python scripts/make_demo_sites.py
"""
import os

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "resources", "demo", "lantu_demo.gpkg")
OUT = os.path.join(ROOT, "resources", "demo", "sites.gpkg")
SIZE = 150.0


def layer_geoms(dataset, name):
    layer = dataset.GetLayerByName(name)
    return np.array([shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())) for f in layer], dtype=object)


def first_square(candidates, inside, outside):
    """The first square centred on a candidate point that lies within `inside` and clear of `outside`."""
    for point in candidates:
        square = shapely.box(point.x - SIZE / 2, point.y - SIZE / 2, point.x + SIZE / 2, point.y + SIZE / 2)
        if (inside is None or inside.contains(square)) and not outside.intersects(square):
            return square
    raise SystemExit("no place found")


def main():
    gdal.UseExceptions()
    dataset = gdal.OpenEx(DEMO, gdal.OF_VECTOR)
    pbf = shapely.union_all(layer_geoms(dataset, "yjjbnt"))
    erl = shapely.union_all(layer_geoms(dataset, "stbhhx"))
    udb = shapely.union_all(layer_geoms(dataset, "czkfbj"))
    area = shapely.union_all(layer_geoms(dataset, "township"))
    grid = shapely.points(np.array([(x, y) for x in np.arange(*area.bounds[0::2], 250.0)
                                    for y in np.arange(*area.bounds[1::2], 250.0)]))
    sites = [
        ("XM-01", "城镇开发边界内商业项目", first_square(grid, udb, shapely.union_all([pbf, erl]))),
        ("XM-02", "占用永久基本农田的仓储项目", first_square(grid, pbf, shapely.union_all([erl, udb]))),
        ("XM-03", "开发边界外独立选址项目", first_square(grid[::-1], area, shapely.union_all([pbf, erl, udb]))),
    ]
    if os.path.exists(OUT):
        os.remove(OUT)
    driver = ogr.GetDriverByName("GPKG")
    out = driver.CreateDataSource(OUT)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = out.CreateLayer("xmyd", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("XMBH", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("XMMC", ogr.OFTString))
    for number, name, geometry in sites:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("XMBH", number)
        feature.SetField("XMMC", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
    out = None
    print(OUT)


if __name__ == "__main__":
    main()
