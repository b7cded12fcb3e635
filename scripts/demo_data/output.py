"""Writing the results: the GeoPackage layers (in EPSG:4523, the false origin added back) and
the DEM as a compressed GeoTIFF."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from .areas import ellipsoidal_area
from .settings import EPSG, GRID

STR, INT, REAL = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal


def to_global(demo, geoms):
    geoms = np.asarray(geoms, object)
    return shapely.transform(geoms, lambda coords: coords + np.array([demo.ox, demo.oy]))


def as_multi(geoms, kind):
    geoms = np.asarray(geoms, object)
    parts, idx = shapely.get_parts(geoms, return_index=True)
    if kind == "polygon":
        return shapely.multipolygons(parts, indices=idx)
    return shapely.multilinestrings(parts, indices=idx)


def write_layer(demo, ds, name, geoms, gtype, fields, cols, multi=True):
    """One layer: fields are (name, OGR type, width or 0), cols the values by field name; returns
    the number of features."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    lyr = ds.CreateLayer(name, srs, gtype, options=["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"])
    for field_name, field_type, width in fields:
        field_defn = ogr.FieldDefn(field_name, field_type)
        if width:
            field_defn.SetWidth(width)
        lyr.CreateField(field_defn)
    defn = lyr.GetLayerDefn()
    geoms = to_global(demo, geoms)
    if multi and gtype == ogr.wkbMultiPolygon:
        geoms = as_multi(geoms, "polygon")
    elif multi and gtype == ogr.wkbMultiLineString:
        geoms = as_multi(geoms, "line")
    wkb = shapely.to_wkb(geoms, output_dimension=2)
    values = [np.asarray(cols[field[0]], object).tolist() for field in fields]
    lyr.StartTransaction()
    for i in range(len(wkb)):
        feature = ogr.Feature(defn)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb[i]))
        for field_idx, col in enumerate(values):
            value = col[i]
            if value is None:
                feature.SetFieldNull(field_idx)
            else:
                feature.SetField(field_idx, value)
        lyr.CreateFeature(feature)
    lyr.CommitTransaction()
    return len(wkb)


def settlement_points(demo):
    """The settlement layer's points (clusters and village seats plus one per town, not the single
    scattered houses) and every village's 户籍人口."""
    st, vill, towns = demo.settlements, demo.villages, demo.towns
    town_pop = []
    for town in towns:
        res_area = float(shapely.area(town["cells"][town["codes"] == "0701"]).sum())
        town_pop.append(int(round(res_area / 1e4 * 160)))
    seat_vill = {int(vill["seat_cell"][vill_id]): vill_id for vill_id in range(len(vill["code"]))}
    pts = dict(x=np.concatenate([st["x"], [town["centre"][0] for town in towns]]),
               y=np.concatenate([st["y"], [town["centre"][1] for town in towns]]),
               village=np.concatenate([st["village"], [seat_vill[town["township"]] for town in towns]]),
               pop=np.concatenate([st["pop"], town_pop]),
               name=np.array(list(st["name"]) + [demo.townships["name"][town["township"]] + "场镇" for town in towns],
                             object))
    # 户籍人口 of a village: everyone living in it (scattered houses too), plus 25 % registered
    # but working elsewhere
    vill_pop = np.round(np.bincount(pts["village"], weights=pts["pop"], minlength=len(vill["code"])) * 1.25).astype(int)
    # the settlement layer holds clusters and village seats, not the single scattered houses
    keep = np.concatenate([st["kind"] != "single", np.ones(len(towns), bool)])
    return {key: col[keep] for key, col in pts.items()}, vill_pop


def write_admin_layers(demo, ds, counts, vill_pop):
    town, vill, clus = demo.townships, demo.villages, demo.clusters
    counts["township"] = write_layer(demo, ds, "township", town["geom"], ogr.wkbMultiPolygon,
                                     [("XZQDM", STR, 9), ("XZQMC", STR, 0), ("is_center", INT, 0)],
                                     dict(XZQDM=town["code"], XZQMC=town["name"], is_center=town["is_center"]))
    counts["village"] = write_layer(
        demo, ds, "village", vill["geom"], ogr.wkbMultiPolygon,
        [("XZQDM", STR, 12), ("XZQMC", STR, 0), ("XZMC", STR, 0), ("CLUSTER", STR, 0), ("POP", INT, 0),
         ("is_center", INT, 0)],
        dict(XZQDM=vill["code"], XZQMC=vill["name"], XZMC=[town["name"][town_id] for town_id in vill["town"]],
             CLUSTER=[clus["name"][clus_id] for clus_id in vill["cluster"]], POP=vill_pop.tolist(),
             is_center=np.asarray(vill["is_center"]).tolist()))
    counts["village_cluster"] = write_layer(demo, ds, "village_cluster", clus["geom"], ogr.wkbMultiPolygon,
                                            [("PQDM", STR, 0), ("PQMC", STR, 0)],
                                            dict(PQDM=clus["code"], PQMC=clus["name"]))


def write_parcel_layers(demo, ds, counts):
    dltb, ghyd = demo.dltb, demo.ghyd
    counts["dltb"] = write_layer(
        demo, ds, "dltb", dltb["geom"], ogr.wkbMultiPolygon,
        [("BSM", INT, 0), ("TBBH", STR, 0), ("DLBM", STR, 5), ("DLMC", STR, 0), ("ZLDWDM", STR, 19),
         ("QSDWDM", STR, 19), ("TBMJ", REAL, 0), ("KCXS", REAL, 0), ("KCMJ", REAL, 0), ("TBDLMJ", REAL, 0),
         ("GDPDJB", STR, 1), ("CZCSXM", STR, 4)],
        dict(BSM=dltb["BSM"].tolist(), TBBH=dltb["TBBH"], DLBM=dltb["dlbm"], DLMC=dltb["DLMC"],
             ZLDWDM=dltb["ZLDWDM"], QSDWDM=dltb["QSDWDM"], TBMJ=dltb["TBMJ"].tolist(), KCXS=dltb["KCXS"].tolist(),
             KCMJ=dltb["KCMJ"].tolist(), TBDLMJ=dltb["TBDLMJ"].tolist(), GDPDJB=dltb["GDPDJB"],
             CZCSXM=dltb["CZCSXM"]))
    counts["ghyd"] = write_layer(
        demo, ds, "ghyd", ghyd["geom"], ogr.wkbMultiPolygon,
        [("YDYHFLDM", STR, 6), ("YDYHFLMC", STR, 0), ("ZLDWDM", STR, 19), ("GHFQDM", STR, 0)],
        dict(YDYHFLDM=ghyd["code"], YDYHFLMC=ghyd["YDYHFLMC"], ZLDWDM=ghyd["ZLDWDM"], GHFQDM=ghyd["GHFQDM"]))


def write_line_layers(demo, ds, counts):
    vill_code = np.array(demo.villages["code"], object)
    counts["yjjbnt"] = write_layer(demo, ds, "yjjbnt", demo.pbf_geom, ogr.wkbMultiPolygon,
                                   [("JBNTMJ", REAL, 0), ("ZLDWDM", STR, 19)],
                                   dict(JBNTMJ=demo.pbf_mj.tolist(), ZLDWDM=vill_code[demo.pbf_village]))
    erl_mj = np.round(ellipsoidal_area(demo, demo.erl), 2)
    counts["stbhhx"] = write_layer(demo, ds, "stbhhx", demo.erl, ogr.wkbMultiPolygon,
                                   [("HXMC", STR, 0), ("HXLX", STR, 0), ("MJ", REAL, 0)],
                                   dict(HXMC=demo.erl_name, HXLX=demo.erl_type, MJ=erl_mj.tolist()))
    udb_mj = np.round(ellipsoidal_area(demo, demo.udb), 2)
    counts["czkfbj"] = write_layer(demo, ds, "czkfbj", demo.udb, ogr.wkbMultiPolygon,
                                   [("XZQDM", STR, 9), ("MJ", REAL, 0)],
                                   dict(XZQDM=[demo.townships["code"][town_id] for town_id in demo.udb_town],
                                        MJ=udb_mj.tolist()))


def write_roads(demo, ds, counts):
    """The roads clipped to the area (pieces over 20 m), as multilinestrings."""
    roads = demo.roads
    lines = np.array([road["geom"] for road in roads], object)
    clipped = shapely.intersection(lines, demo.domain, grid_size=GRID)
    ok = ~shapely.is_empty(clipped) & (shapely.length(clipped) > 20)
    clipped = np.array([shapely.MultiLineString([part for part in shapely.get_parts(geom)
                                                 if part.geom_type == "LineString"])
                        for geom in clipped[ok]], object)
    clipped = shapely.simplify(clipped, 0.5)
    kept = np.flatnonzero(ok)
    counts["roads"] = write_layer(
        demo, ds, "roads", clipped, ogr.wkbMultiLineString,
        [("NAME", STR, 0), ("GRADE", STR, 0), ("LXBM", STR, 0), ("WIDTH", REAL, 0)],
        dict(NAME=[roads[i]["name"] for i in kept], GRADE=[roads[i]["grade"] for i in kept],
             LXBM=[roads[i]["lxbm"] for i in kept], WIDTH=[roads[i]["width"] for i in kept]), multi=False)


def write(demo, out_dir, dem=True):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "lantu_demo.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    pts, vill_pop = settlement_points(demo)
    counts = {}
    write_admin_layers(demo, ds, counts, vill_pop)
    write_parcel_layers(demo, ds, counts)
    write_line_layers(demo, ds, counts)
    write_roads(demo, ds, counts)
    counts["settlement"] = write_layer(
        demo, ds, "settlement", shapely.points(np.column_stack([pts["x"], pts["y"]])), ogr.wkbPoint,
        [("NAME", STR, 0), ("XZQDM", STR, 12), ("POP", INT, 0)],
        dict(NAME=pts["name"], XZQDM=np.array(demo.villages["code"], object)[pts["village"]],
             POP=pts["pop"].tolist()), multi=False)
    ds = None
    ds = ogr.Open(str(gpkg), update=1)
    ds.ExecuteSQL("VACUUM")
    ds = None
    demo.counts = counts
    demo.step(f"wrote {gpkg} ({gpkg.stat().st_size / 1e6:.1f} MB)")
    if dem:
        write_dem(demo, out / "dem.tif")


def write_dem(demo, path):
    """The DEM inside the area (plus 40 m), cropped, nodata -9999, DEFLATE-compressed and tiled."""
    grid = demo.grid
    z = demo.z.copy()
    mask = grid.rasterize([demo.domain.buffer(40)], all_touched=True).astype(bool)
    z[~mask] = -9999.0
    # crop to the rows/columns that hold data
    rows, cols = np.flatnonzero(mask.any(1)), np.flatnonzero(mask.any(0))
    z = z[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    if Path(path).exists():
        Path(path).unlink()
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(path), z.shape[1], z.shape[0], 1, gdal.GDT_Float32,
                       options=["COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=9", "TILED=YES"])
    ds.SetGeoTransform((grid.x0 + demo.ox + cols[0] * grid.cell, grid.cell, 0.0,
                        grid.y1 + demo.oy - rows[0] * grid.cell, 0.0, -grid.cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(z)
    band.SetDescription("elevation (m)")
    ds.SetMetadataItem("AREA_OR_POINT", "Area")
    ds = None
    demo.step(f"wrote {path} ({Path(path).stat().st_size / 1e6:.1f} MB, {z.shape[1]}x{z.shape[0]} cells)")
