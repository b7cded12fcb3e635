"""Public service facilities for the demo (lantu:lifecircle): resources/demo/facilities.gpkg, layer ggfw (TYPE, NAME),
and the service distances the demo is run with, resources/demo/life_circle_demo.csv.

Placed from the demo's own layers, deterministically, the way seed 003's 片区 places them: 小学, 幼儿园 and 卫生院 at
each 场镇 (the five township seats), 卫生室 and 文化活动室 at the largest settlement of each 中心村 (village
is_center = 1). The distances are demo values chosen for the demo, not a standard's (the built-in table leaves them
empty where TD/T 1062-2021 could not be read).
    .venv/bin/python scripts/make_demo_facilities.py
"""
import os

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "resources", "demo", "lantu_demo.gpkg")
OUT = os.path.join(ROOT, "resources", "demo", "facilities.gpkg")
RADII = os.path.join(ROOT, "resources", "demo", "life_circle_demo.csv")
SEAT_TYPES = ("小学", "幼儿园", "卫生院")
VILLAGE_TYPES = ("卫生室", "文化活动室")
DISTANCES = [("小学", "乡集镇层级", 3000), ("幼儿园", "乡集镇层级", 2000), ("卫生院", "乡集镇层级", 5000),
             ("卫生室", "村/组层级", 1500), ("文化活动室", "村/组层级", 1000)]


def rows(dataset, name, fields):
    layer = dataset.GetLayerByName(name)
    return [(shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())), *[f.GetField(n) for n in fields]) for f in layer]


def main():
    gdal.UseExceptions()
    dataset = gdal.OpenEx(DEMO, gdal.OF_VECTOR)
    settlements = rows(dataset, "settlement", ["NAME", "POP"])
    villages = rows(dataset, "village", ["XZQMC", "is_center"])
    points = np.array([s[0] for s in settlements], dtype=object)
    places = []
    for point, name, _ in settlements:
        if name.endswith("场镇"):
            places += [(point, kind, f"{name}{kind}") for kind in SEAT_TYPES]
    for shape, name, centre in villages:
        if not centre:
            continue
        inside = np.flatnonzero(shapely.contains(shape, points))
        if len(inside):
            best = max(inside, key=lambda i: settlements[i][2] or 0)
            places += [(points[best], kind, f"{name}{kind}") for kind in VILLAGE_TYPES]
    if os.path.exists(OUT):
        os.remove(OUT)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(OUT)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = out.CreateLayer("ggfw", srs, ogr.wkbPoint)
    for field in ("TYPE", "NAME"):
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for point, kind, name in places:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("TYPE", kind)
        feature.SetField("NAME", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(point)))
        layer.CreateFeature(feature)
    out = None
    with open(RADII, "w", encoding="utf-8") as f:
        f.write("type,level,service_m,source\n")
        f.writelines(f"{kind},{level},{metres},demo value (not a standard's)\n" for kind, level, metres in DISTANCES)
    print(OUT, len(places), "facilities;", RADII)


if __name__ == "__main__":
    main()
