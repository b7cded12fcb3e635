"""A template database (.gdb through GDAL's OpenFileGDB, else .gpkg), its schema table and a delivered database (a
folder of shapefiles) with ONE planted defect of every check kind of lantu:checkdatabase, made with GDAL/OGR and
shapely only (no binary fixtures). PLANTED says where each defect is: (layer, feature id or -1 for the layer).

    python tests/plan_database.py OUT_DIR     # writes them to look at
"""
import csv
import os
import sys

import shapely
from osgeo import gdal, ogr, osr

X0, Y0 = 35_542_000.0, 3_544_000.0  # EPSG:4523 (CGCS2000 3° zone 35, prefixed), as the demo data
TOWNSHIP = "320123100"
# layer: (geometry, ysdm, topology, [(field, type, length, decimals, required, domain)])
SCHEMA = {
    "XZQ": ("MultiPolygon", "1000600100", "", [
        ("BSM", "Char", 18, None, "", ""), ("YSDM", "Char", 10, None, "", ""), ("XZQDM", "Char", 12, None, "", ""),
        ("XZQMC", "Char", 100, None, "", ""), ("JSMJ", "Float(double)", None, 2, "", "area")]),
    "GHDLTB": ("MultiPolygon", "2003020210", "coverage:XZQ", [
        ("BSM", "Char", 18, None, "", ""), ("YSDM", "Char", 10, None, "", ""), ("XZQDM", "Char", 12, None, "", ""),
        ("XZQMC", "Char", 100, None, "", ""), ("TBBH", "Char", 8, None, "", ""),
        ("GHDLBM", "Char", 6, None, "Y", "codes:ydyh"), ("GHDLMC", "Char", 60, None, "", "names:ydyh@GHDLBM"),
        ("MJ", "Float(double)", None, None, "", ""), ("BZ", "Char", 255, None, "", "")]),
    "YJJBNTBHTB": ("MultiPolygon", "", "control_line:PBF", [
        ("BSM", "Char", 18, None, "", ""), ("MJ", "Float(double)", None, None, "", ""), ("BZ", "Char", 255, None, "", "")]),
    "STBHHX": ("MultiPolygon", "4002050000", "control_line:ERL", [
        ("BSM", "Char", 18, None, "", ""), ("YSDM", "Char", 10, None, "", ""), ("MJ", "Float(double)", None, None, "", "")]),
    "GGJCSSD": ("Point", "2003010800", "", [
        ("BSM", "Char", 18, None, "", ""), ("YSDM", "Char", 10, None, "", ""),
        ("SSLXDM", "Char", 4, None, "", "codes:facility"), ("SSLXMC", "Char", 60, None, "", "names:facility@SSLXDM")]),
    "CJDCQ": ("Polygon", "1000600400", "", [("BSM", "Char", 18, None, "", ""), ("YSDM", "Char", 10, None, "", "")]),
    "XZQJX": ("MultiLineString", "", "", [("BSM", "Char", 18, None, "", "")]),
    "LSWHBHQ": ("MultiPolygon", "2003020910", "", [("BSM", "Char", 18, None, "", "")]),
}
# check id -> (layer, feature id or -1): where the one defect of each kind is (shapefile feature ids start at 0)
PLANTED = {
    "layer_missing": ("LSWHBHQ", -1), "layer_extra": ("TEMP_LAYER", -1), "geometry_type": ("XZQJX", -1),
    "crs_not_cgcs2000": ("TEMP_LAYER", -1), "crs_zone": ("GGJCSSD", -1), "field_missing": ("GHDLTB", -1),
    "field_extra": ("GHDLTB", -1), "field_type": ("YJJBNTBHTB", -1), "field_length": ("GHDLTB", -1),
    "field_decimals": ("XZQ", -1), "value_required": ("GHDLTB", 2), "value_domain": ("GGJCSSD", 1),
    "name_mismatch": ("GHDLTB", 1), "value_too_long": ("GHDLTB", 0), "ysdm_mismatch": ("STBHHX", 2),
    # the second of the two features sharing a BSM, in the schema's order of layers (GHDLTB before GGJCSSD)
    "bsm_missing": ("YJJBNTBHTB", 0), "bsm_duplicate": ("GGJCSSD", 0), "bsm_length": ("STBHHX", 0),
    "xzqdm_mismatch": ("GHDLTB", 3), "xzqmc_mismatch": ("GHDLTB", 2), "area_mismatch": ("GHDLTB", 0),
    "geometry_empty": ("GGJCSSD", 2), "geometry_invalid": ("STBHHX", 1), "geometry_multipart": ("CJDCQ", 1),
    "coverage_overlap": ("GHDLTB", 2), "coverage_gap": ("GHDLTB", -1), "coverage_outside": ("GHDLTB", 3),
    "control_line_overlap": ("YJJBNTBHTB", 1),
}
OGR_TYPES = {"Char": ogr.OFTString, "Float(double)": ogr.OFTReal, "Integer": ogr.OFTInteger}
GEOMETRY_TYPES = {"MultiPolygon": ogr.wkbMultiPolygon, "Polygon": ogr.wkbPolygon, "Point": ogr.wkbPoint,
                  "MultiLineString": ogr.wkbMultiLineString}


def box(x1, y1, x2, y2):
    return shapely.box(X0 + x1, Y0 + y1, X0 + x2, Y0 + y2)


def bsm(n, length=18):
    return (TOWNSHIP + str(n).zfill(length - len(TOWNSHIP)))[:length]


def srs(epsg):
    out = osr.SpatialReference()
    out.ImportFromEPSG(epsg)
    return out


def write_schema_csv(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["layer_code", "layer_name", "geometry", "ysdm", "field_code", "field_name", "type", "length",
                         "decimals", "required", "domain", "topology", "source"])
        for layer, (geometry, ysdm, topology, fields) in SCHEMA.items():
            for name, kind, length, decimals, required, domain in fields:
                writer.writerow([layer, "", geometry, ysdm, name, "", kind, length or "", "" if decimals is None else decimals,
                                 required, domain, topology, "tests/plan_database.py"])
    return path


def write_template(folder):
    """The template (空库): a .gdb where GDAL's OpenFileGDB writes, else a .gpkg; every layer of SCHEMA, no feature."""
    writable = gdal.GetDriverByName("OpenFileGDB").GetMetadataItem(gdal.DCAP_CREATE) == "YES"
    path = os.path.join(folder, "template.gdb" if writable else "template.gpkg")
    dataset = ogr.GetDriverByName("OpenFileGDB" if writable else "GPKG").CreateDataSource(path)
    for layer, (geometry, _, _, fields) in SCHEMA.items():
        out = dataset.CreateLayer(layer, srs(4523), GEOMETRY_TYPES[geometry])
        for name, kind, length, _, _, _ in fields:
            definition = ogr.FieldDefn(name, OGR_TYPES[kind])
            if length:
                definition.SetWidth(length)
            out.CreateField(definition)
    dataset = None
    return path


def _layer(folder, name, geometry, fields, rows, epsg=4523):
    """A shapefile `name` in `folder`: fields [(name, ogr type, width, precision)], rows [(values dict, geometry)]."""
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(os.path.join(folder, f"{name}.shp"))
    out = dataset.CreateLayer(name, srs(epsg), geometry, ["ENCODING=UTF-8"])
    for field_name, kind, width, precision in fields:
        definition = ogr.FieldDefn(field_name, kind)
        definition.SetWidth(width)
        definition.SetPrecision(precision)
        out.CreateField(definition)
    for values, geom in rows:
        feature = ogr.Feature(out.GetLayerDefn())
        for key, value in values.items():
            if value is not None:
                feature.SetField(key, value)
        if geom is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        out.CreateFeature(feature)
    dataset = None


def _fields(layer, overrides=None):
    """The schema's fields of a layer as shapefile fields, with `overrides` {field: (type, width, precision) | None}."""
    out = []
    for name, kind, length, decimals, _, _ in SCHEMA[layer][3]:
        spec = (OGR_TYPES[kind], length or (20 if kind != "Char" else 0), decimals or (6 if kind != "Char" else 0))
        spec = (overrides or {}).get(name, spec)
        if spec is not None:
            out.append((name, *spec))
    return out


def coverage_pieces():
    """GHDLTB's four features: a hole in the second (the gap), the third overlapping the fourth, the fourth
    reaching beyond XZQ."""
    return [box(0, 0, 100, 200), box(100, 0, 200, 200).difference(box(140, 90, 150, 100)), box(200, 0, 305, 200),
            box(300, 0, 410, 200)]


def bow_tie():
    return shapely.Polygon([(X0 + 300, Y0 + 100), (X0 + 340, Y0 + 140), (X0 + 340, Y0 + 100), (X0 + 300, Y0 + 140)])


def write_delivered(folder):
    """The delivered database: a folder of shapefiles, one defect of each kind (PLANTED)."""
    os.makedirs(folder, exist_ok=True)
    real, text = ogr.OFTReal, ogr.OFTString
    _layer(folder, "XZQ", ogr.wkbPolygon, _fields("XZQ", {"JSMJ": (real, 20, 3)}),  # decimals 3, the schema says 2
           [({"BSM": bsm(1), "YSDM": "1000600100", "XZQDM": TOWNSHIP, "XZQMC": "某镇", "JSMJ": 80000.0}, box(0, 0, 400, 200))])
    pieces = coverage_pieces()
    rows = []
    for i, (geom, code, name, village, village_name) in enumerate(zip(
            pieces, ["0101", "0101", "", "0103"], ["水田", "旱地", "", "旱地"],
            [TOWNSHIP + "001"] * 3 + ["999999999001"], ["甲村", "甲村", "乙村", "丙村"])):
        rows.append(({"BSM": bsm(10 + i), "YSDM": "2003020210", "XZQDM": village, "XZQMC": village_name,
                      "TBBH": "TB-000000012" if i == 0 else f"{i:04d}", "GHDLBM": code, "GHDLMC": name,
                      "MJ": round(geom.area * (1.1 if i == 0 else 1.0), 2), "TEMP": 1}, geom))
    rows[1][0]["BSM"] = bsm(50)  # the BSM the first facility point has too
    _layer(folder, "GHDLTB", ogr.wkbPolygon, _fields("GHDLTB", {"BZ": None, "TBBH": (text, 12, 0)}) +
           [("TEMP", ogr.OFTInteger, 5, 0)], rows)
    farmland = [box(0, 0, 50, 50), box(50, 0, 100, 50)]
    _layer(folder, "YJJBNTBHTB", ogr.wkbPolygon, _fields("YJJBNTBHTB", {"BZ": (ogr.OFTInteger, 9, 0)}),
           [({"BSM": "" if i == 0 else bsm(20 + i), "MJ": round(g.area, 2), "BZ": 1}, g) for i, g in enumerate(farmland)])
    redline = [box(80, 30, 120, 60), bow_tie(), box(200, 100, 220, 120)]
    _layer(folder, "STBHHX", ogr.wkbPolygon, _fields("STBHHX"), [
        ({"BSM": bsm(30)[:17] if i == 0 else bsm(30 + i), "YSDM": "4002050000" if i != 2 else "4002050001",
          "MJ": round(shapely.make_valid(g).area, 2)}, g) for i, g in enumerate(redline)])
    # the points: labelled EPSG:4547 (central meridian 114°, no zone prefix) although their eastings carry zone 35
    points = [(bsm(50), "01", "村委会", shapely.Point(X0 + 10, Y0 + 10)), (bsm(41), "77", "其他", shapely.Point(X0 + 20, Y0 + 10)),
              (bsm(42), "02", "综合服务中心", None)]
    _layer(folder, "GGJCSSD", ogr.wkbPoint, _fields("GGJCSSD"),
           [({"BSM": b, "YSDM": "2003010800", "SSLXDM": c, "SSLXMC": n}, g) for b, c, n, g in points], epsg=4547)
    _layer(folder, "CJDCQ", ogr.wkbPolygon, _fields("CJDCQ"), [
        ({"BSM": bsm(60), "YSDM": "1000600400"}, box(0, 0, 10, 10)),
        ({"BSM": bsm(61), "YSDM": "1000600400"}, shapely.union(box(20, 20, 30, 30), box(40, 40, 50, 50)))])
    _layer(folder, "XZQJX", ogr.wkbPoint, _fields("XZQJX"), [])  # a line layer delivered as points (empty)
    _layer(folder, "TEMP_LAYER", ogr.wkbPoint, [("NAME", text, 10, 0)],
           [({"NAME": "x"}, shapely.Point(11_840_000.0, 3_800_000.0))], epsg=3857)
    return folder


def build(folder):
    """{'template', 'schema', 'delivered'} written into folder."""
    os.makedirs(folder, exist_ok=True)
    return {"template": write_template(folder), "schema": write_schema_csv(os.path.join(folder, "schema.csv")),
            "delivered": write_delivered(os.path.join(folder, "delivered"))}


if __name__ == "__main__":
    print(build(sys.argv[1]))
