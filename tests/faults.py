"""Faulty layers for the fault matrix (tests/fault_matrix.py), generated from the demo data at test time.

A 1.6 km window of resources/demo/lantu_demo.gpkg is the clean base; each fault makes a copy of one layer:

    nan         one vertex NaN in one feature, one vertex infinite in another
    curve       arcs: CurvePolygon / CompoundCurve / CircularString parts in a MultiSurface (MultiCurve) layer
    unclosed    a polygon ring whose last vertex is not its first (polygons only)
    nocrs       a shapefile without .prj
    gk_label    EPSG:4523 coordinates (zone-prefixed eastings) labelled EPSG:4547
    webmercator the layer reprojected to EPSG:3857
    huge        every coordinate moved by 1e12
    gbk         a GBK shapefile whose .dbf declares no code page, and no .cpg
    elsewhere   the layer moved 30 km east, its label right: it misses the layers it should overlap
    empty       the layer's fields, no features
    collection  a GeometryCollection (polygon + line) and a collection of two polygons in a polygon layer

Only GDAL/OGR and shapely are used, so `python tests/faults.py OUT_DIR` writes them all to look at in QGIS.
"""
import math
import os
import struct
import sys

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "resources", "demo")
WINDOW = (35_542_000.0, 3_544_400.0, 35_543_600.0, 3_546_000.0)  # 1.6 km square: PBF, ERL and UDB all present
LAYERS = ["township", "village", "village_cluster", "dltb", "ghyd", "yjjbnt", "stbhhx", "czkfbj", "roads", "settlement"]
POLYGON_FAULTS = {"unclosed", "collection"}  # faults only a polygon layer can have
FAULTS = ["nan", "curve", "unclosed", "nocrs", "gk_label", "webmercator", "huge", "elsewhere", "gbk", "empty",
          "collection"]


def make_base(folder):
    """base.gpkg (every demo layer clipped to WINDOW, plus two project sites `xmyd`), dem.tif and a class →
    distance table; returns {"gpkg", "dem", "distances"}."""
    os.makedirs(folder, exist_ok=True)
    gpkg = os.path.join(folder, "base.gpkg")
    if not os.path.exists(gpkg):
        source = os.path.join(DEMO, "lantu_demo.gpkg")
        for name in LAYERS:
            _clip(source, name, gpkg)
        _write_sites(gpkg, *WINDOW[:2])
        _write_facilities(gpkg)
    dem = os.path.join(folder, "dem.tif")
    if not os.path.exists(dem):
        xmin, ymin, xmax, ymax = WINDOW
        gdal.Translate(dem, os.path.join(DEMO, "dem.tif"), projWin=[xmin - 100, ymax + 100, xmax + 100, ymin - 100])
    distances = os.path.join(folder, "distances.csv")
    if not os.path.exists(distances):
        with open(distances, "w", encoding="utf-8") as out:
            out.write("class,aliases,distance_m\n国道,G,20\n省道,S,15\n县道,X,10\n乡道,Y,5\n村道,C,3\n")
    radii = os.path.join(folder, "radii.csv")
    if not os.path.exists(radii):
        with open(radii, "w", encoding="utf-8") as out:
            out.write("type,level,service_m,source\n小学,乡集镇层级,1500,test\n卫生室,村/组层级,1000,test\n")
    return {"gpkg": gpkg, "dem": dem, "distances": distances, "radii": radii}


def _clip(source, layer, gpkg):
    """`layer` of `source` cut to WINDOW into `gpkg`; an invalid polygon wholly inside (the demo's bow-ties) stays
    as it is drawn, one across the edge is made valid first."""
    window = shapely.box(*WINDOW)
    rows, fields, geom_type, srs = _features(source, layer)
    rows = [r for r in rows if r[2] is not None and shapely.intersects(r[2], window)]

    def cut(i, geom):
        part = geom if shapely.within(geom, window) else shapely.intersection(shapely.make_valid(geom), window)
        if ogr.GT_Flatten(geom_type) == ogr.wkbMultiPolygon:
            part = shapely.multipolygons(shapely.get_parts(part)[shapely.get_type_id(shapely.get_parts(part)) == 3])
        elif ogr.GT_Flatten(geom_type) == ogr.wkbMultiLineString:
            part = shapely.multilinestrings(shapely.get_parts(part)[shapely.get_type_id(shapely.get_parts(part)) == 1])
        return part
    _write_gpkg(gpkg, layer, rows, fields, geom_type, srs, cut, update=True)


def _write_sites(gpkg, x, y):
    dataset = ogr.Open(gpkg, 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = dataset.CreateLayer("xmyd", srs, ogr.wkbMultiPolygon)
    for name in ("XMBH", "XMMC"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i, (dx, dy, title) in enumerate([(300, 300, "仓储项目"), (900, 1100, "文旅项目")]):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("XMBH", f"XM-{i + 1:02d}")
        feature.SetField("XMMC", title)
        square = shapely.multipolygons([shapely.box(x + dx, y + dy, x + dx + 150, y + dy + 150)])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(square)))
        layer.CreateFeature(feature)
    dataset = None


def _write_facilities(gpkg):
    """Two facilities `ggfw` (TYPE) at two of the window's settlements, for lantu:lifecircle."""
    dataset = ogr.Open(gpkg, 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = dataset.CreateLayer("ggfw", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("TYPE", ogr.OFTString))
    for x, y, kind in [(35_542_086.8, 3_545_957.9, "小学"), (35_542_823.1, 3_545_083.1, "卫生室")]:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("TYPE", kind)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.Point(x, y))))
        layer.CreateFeature(feature)
    dataset = None


def kind_of(gpkg, layer):
    """'polygon', 'line' or 'point' for a base layer."""
    dataset = ogr.Open(gpkg)  # kept while its layer is used: OGR frees the layer with the dataset
    flat = ogr.GT_Flatten(dataset.GetLayerByName(layer).GetGeomType())
    return {ogr.wkbMultiPolygon: "polygon", ogr.wkbPolygon: "polygon", ogr.wkbMultiLineString: "line",
            ogr.wkbLineString: "line"}.get(flat, "point")


def applies(fault, kind):
    return kind == "polygon" or fault not in POLYGON_FAULTS and not (fault == "curve" and kind == "point")


def make(fault, base, layer, folder):
    """The URI of base layer `layer` with `fault`, written into `folder` once."""
    maker = globals()["_" + fault]
    return maker(base["gpkg"], layer, os.path.join(folder, fault))


# --- the faults --------------------------------------------------------------------------------------
def _features(gpkg, layer):
    """[(fid, {field: value}, shapely geometry)] and the OGR layer definition bits of a base layer."""
    dataset = ogr.Open(gpkg)
    source = dataset.GetLayerByName(layer)
    definition = source.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    rows = []
    for feature in source:
        geometry = feature.GetGeometryRef()
        rows.append((feature.GetFID(), {f.GetName(): feature.GetField(f.GetName()) for f in fields},
                     shapely.from_wkb(bytes(geometry.ExportToIsoWkb())) if geometry else None))
    return rows, [ogr.FieldDefn(f.GetName(), f.GetType()) for f in fields], source.GetGeomType(), source.GetSpatialRef().Clone()


def _write_gpkg(path, layer, rows, fields, geom_type, srs, geometry=lambda i, g: g, update=False):
    """A GeoPackage with one layer (another layer, with update=True); `geometry(i, shapely geometry)` gives
    each feature's geometry as shapely, WKT text or WKB bytes (for what shapely cannot hold)."""
    if os.path.exists(path) and not update:
        return f"{path}|layername={layer}"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a collection in a polygon layer is the point, not a warning
    driver = ogr.GetDriverByName("GPKG")
    dataset = ogr.Open(path, 1) if os.path.exists(path) else driver.CreateDataSource(path)
    out = dataset.CreateLayer(layer, srs, geom_type)
    for field in fields:
        out.CreateField(field)
    for i, (fid, values, geom) in enumerate(rows):
        feature = ogr.Feature(out.GetLayerDefn())
        feature.SetFID(fid)
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        shape = geometry(i, geom)
        if isinstance(shape, bytes):
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(shape))
        elif isinstance(shape, str):
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(shape))
        elif shape is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(shapely.to_wkb(shape)))
        out.CreateFeature(feature)
    # An infinite vertex makes the layer's extent infinite, which GDAL cannot note in gpkg_contents: the
    # features are written all the same, and GDAL's complaint as the file closes is not ours to show.
    hook, sys.unraisablehook = sys.unraisablehook, lambda *_: None
    try:
        dataset = out = None
    finally:
        gdal.PopErrorHandler()
        sys.unraisablehook = hook
    return f"{path}|layername={layer}"


def faulty_rows(n):
    """The positions of the features a fault is put into: the second and the middle one."""
    return [1, n // 2] if n > 2 else [0]


def fault_fids(gpkg, layer):
    """The feature ids of base layer `layer` a fault is put into."""
    dataset = ogr.Open(gpkg)
    fids = [f.GetFID() for f in dataset.GetLayerByName(layer)]
    return [fids[i] for i in faulty_rows(len(fids))]


def _nan(gpkg, layer, folder):
    rows, fields, geom_type, srs = _features(gpkg, layer)
    bad = dict(zip(faulty_rows(len(rows)), (np.nan, np.inf)))

    def poison(i, geom):
        if i not in bad:
            return geom
        coords = shapely.get_coordinates(geom)
        coords[min(1, len(coords) - 1), 0] = bad[i]
        return shapely.set_coordinates(shapely.from_wkb(shapely.to_wkb(geom)), coords)
    return _write_gpkg(os.path.join(folder, f"{layer}_nan.gpkg"), layer, rows, fields, geom_type, srs, poison)


def _arc_mid(p, q, outside):
    """A third point for an arc from p to q bulging by a little (at most 1 m) to the side `outside` says."""
    (x1, y1), (x2, y2) = p, q
    length = math.hypot(x2 - x1, y2 - y1)
    bulge = min(1.0, 0.05 * length)
    nx, ny = (y2 - y1) / length, -(x2 - x1) / length
    mid = ((x1 + x2) / 2 + nx * bulge, (y1 + y2) / 2 + ny * bulge)
    return mid if outside(mid) else ((x1 + x2) / 2 - nx * bulge, (y1 + y2) / 2 - ny * bulge)


def _curve_polygon(polygon):
    ring = shapely.get_coordinates(polygon.exterior)[:-1]
    mid = _arc_mid(ring[-1], ring[0], lambda m: not polygon.contains(shapely.Point(m)))
    line = ", ".join(f"{x!r} {y!r}" for x, y in ring)
    arc = f"{ring[-1][0]!r} {ring[-1][1]!r}, {mid[0]!r} {mid[1]!r}, {ring[0][0]!r} {ring[0][1]!r}"
    holes = "".join(", (" + ", ".join(f"{x!r} {y!r}" for x, y in shapely.get_coordinates(h)) + ")"
                    for h in polygon.interiors)
    return f"CURVEPOLYGON(COMPOUNDCURVE(({line}), CIRCULARSTRING({arc})){holes})"


def _curve_line(line):
    coords = shapely.get_coordinates(line)
    mid = _arc_mid(coords[-2], coords[-1], lambda m: True)
    head = ", ".join(f"{x!r} {y!r}" for x, y in coords[:-1])
    arc = f"{coords[-2][0]!r} {coords[-2][1]!r}, {mid[0]!r} {mid[1]!r}, {coords[-1][0]!r} {coords[-1][1]!r}"
    return f"COMPOUNDCURVE(({head}), CIRCULARSTRING({arc}))" if len(coords) > 2 else f"CIRCULARSTRING({arc})"


def _curve(gpkg, layer, folder):
    rows, fields, geom_type, srs = _features(gpkg, layer)
    polygons = kind_of(gpkg, layer) == "polygon"
    curved = set(faulty_rows(len(rows)))

    def bend(i, geom):
        if i not in curved:
            return geom
        parts = shapely.get_parts(geom)
        first = _curve_polygon(parts[0]) if polygons else _curve_line(parts[0])
        rest = [shapely.to_wkt(p, rounding_precision=-1)[len("POLYGON " if polygons else "LINESTRING "):] for p in parts[1:]]
        return ("MULTISURFACE(" if polygons else "MULTICURVE(") + ", ".join([first] + rest) + ")"
    kind = ogr.wkbMultiSurface if polygons else ogr.wkbMultiCurve
    return _write_gpkg(os.path.join(folder, f"{layer}_curve.gpkg"), layer, rows, fields, kind, srs, bend)


def polygon_wkb(polygons, close=True):
    """ISO WKB of a MultiPolygon from [[ring coords, ...], ...], rings left unclosed when close=False (what
    shapely cannot write)."""
    out = [struct.pack("<BII", 1, 6, len(polygons))]
    for rings in polygons:
        out.append(struct.pack("<BII", 1, 3, len(rings)))
        for ring in rings:
            ring = np.asarray(ring, dtype=float)[:, :2]
            if not close and len(ring) > 3 and (ring[0] == ring[-1]).all():
                ring = ring[:-1]
            out.append(struct.pack("<I", len(ring)) + ring.astype("<f8").tobytes())
    return b"".join(out)


def _unclosed(gpkg, layer, folder):
    rows, fields, geom_type, srs = _features(gpkg, layer)
    open_rows = set(faulty_rows(len(rows)))

    def open_ring(i, geom):
        if i not in open_rows:
            return geom
        parts = [[shapely.get_coordinates(p.exterior)] + [shapely.get_coordinates(h) for h in p.interiors]
                 for p in shapely.get_parts(geom)]
        return polygon_wkb(parts, close=False)
    return _write_gpkg(os.path.join(folder, f"{layer}_unclosed.gpkg"), layer, rows, fields, geom_type, srs, open_ring)


def _shapefile(gpkg, layer, path, options=()):
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # QGIS sets SHAPE_ENCODING="" (no recoding) once it has opened a shapefile: the ENCODING asked for here
        # must hold whatever ran before in this process
        before = gdal.GetConfigOption("SHAPE_ENCODING")
        gdal.SetConfigOption("SHAPE_ENCODING", None)
        try:
            gdal.VectorTranslate(path, gpkg, layers=[layer], format="ESRI Shapefile", layerCreationOptions=list(options))
        finally:
            gdal.SetConfigOption("SHAPE_ENCODING", before)
    return path


def _nocrs(gpkg, layer, folder):
    path = os.path.join(folder, f"{layer}_nocrs.shp")
    if not os.path.exists(path):
        _shapefile(gpkg, layer, path, ["ENCODING=UTF-8"])
        os.remove(path[:-4] + ".prj")
    return path


def _copy(gpkg, layer, path, **options):
    """The layer copied by GDAL into a GeoPackage of its own, with VectorTranslate's options."""
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        gdal.VectorTranslate(path, gpkg, layers=[layer], **options)
    return f"{path}|layername={layer}"


def _gk_label(gpkg, layer, folder):
    return _copy(gpkg, layer, os.path.join(folder, f"{layer}_gk_label.gpkg"), dstSRS="EPSG:4547", reproject=False)


def _webmercator(gpkg, layer, folder):
    return _copy(gpkg, layer, os.path.join(folder, f"{layer}_3857.gpkg"), dstSRS="EPSG:3857", reproject=True)


def _huge(gpkg, layer, folder):
    rows, fields, geom_type, srs = _features(gpkg, layer)
    return _write_gpkg(os.path.join(folder, f"{layer}_huge.gpkg"), layer, rows, fields, geom_type, srs,
                       lambda i, g: shapely.transform(g, lambda c: c + 1e12))


def _elsewhere(gpkg, layer, folder):
    rows, fields, geom_type, srs = _features(gpkg, layer)
    return _write_gpkg(os.path.join(folder, f"{layer}_elsewhere.gpkg"), layer, rows, fields, geom_type, srs,
                       lambda i, g: shapely.transform(g, lambda c: c + (30_000.0, 0.0)))


def _gbk(gpkg, layer, folder):
    path = os.path.join(folder, f"{layer}_gbk.shp")
    if not os.path.exists(path):
        _shapefile(gpkg, layer, path, ["ENCODING=CP936"])
        if os.path.exists(path[:-4] + ".cpg"):
            os.remove(path[:-4] + ".cpg")
        with open(path[:-4] + ".dbf", "r+b") as dbf:
            dbf.seek(29)
            dbf.write(b"\x00")  # language driver id 0: no code page declared
    return path


def _empty(gpkg, layer, folder):
    return _copy(gpkg, layer, os.path.join(folder, f"{layer}_empty.gpkg"), where="1 = 0")


def _collection(gpkg, layer, folder):
    rows, fields, geom_type, srs = _features(gpkg, layer)
    first, second = faulty_rows(len(rows)) + [None] * (2 - len(faulty_rows(len(rows))))

    def collect(i, geom):
        if i == first:  # the polygon and a stray line along its first edge
            ring = shapely.get_coordinates(shapely.get_parts(geom)[0].exterior)
            return shapely.geometrycollections([shapely.get_parts(geom)[0], shapely.linestrings(ring[:2])])
        if i == second:  # the polygon in two halves, as a collection
            box = shapely.box(*geom.bounds)
            left = shapely.box(box.bounds[0], box.bounds[1], box.centroid.x, box.bounds[3])
            return shapely.geometrycollections([geom.intersection(left), geom.difference(left)])
        return geom
    return _write_gpkg(os.path.join(folder, f"{layer}_collection.gpkg"), layer, rows, fields, geom_type, srs, collect)


def main(folder):
    base = make_base(folder)
    for layer in LAYERS + ["xmyd"]:
        kind = kind_of(base["gpkg"], layer)
        for fault in FAULTS:
            if applies(fault, kind):
                print(fault, layer, make(fault, base, layer, folder))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "faults")
