"""Reading a whole plan database through GDAL/OGR, read-only: a FileGDB folder (.gdb), a GeoPackage, a folder of
shapefiles, one shapefile, or one layer of any of them (path|layername=X). Each layer once: its structure (geometry
type, fields, types, widths), its CRS, and its features streamed through GDAL's Arrow interface into a
core.database_checks.DeliveredLayer (geometries as drawn, curves linearised, faults found by sanitise.shapes)."""
import glob
import os
from queue import Empty, Queue
from threading import Event, Thread

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from ...translation import tr
from . import encoding, gdal_crs, uris
from .fast_read import _column_from_arrow
from .sanitise import shapes

SHAPEFILE_CODE_PAGES = {0x01: "CP437", 0x03: "CP1252", 0x4D: "CP936", 0x57: "CP1252", 0x58: "CP1252", 0x7A: "CP936"}


def locate(value):
    """(path, one layer's name or None) of a DATABASE value."""
    text = str(value or "").strip()
    path = text.split("|")[0].rstrip("/\\")
    return path, (uris.table_name(text) or None)


def kind_of(path):
    """'gdb' | 'gpkg' | 'shapefiles' | 'shapefile' | None (not a database Lantu reads)."""
    lower = path.lower()
    if os.path.isdir(path):
        return "gdb" if lower.endswith(".gdb") else "shapefiles" if glob.glob(os.path.join(path, "*.[sS][hH][pP]")) else None
    if os.path.isfile(path):
        return "gpkg" if lower.endswith(".gpkg") else "shapefile" if lower.endswith(".shp") else None
    return None


def _shapefile_options(path, label, feedback):
    """The ENCODING open option a shapefile is read with: what its .cpg or .dbf says, else the one detected."""
    stem = os.path.splitext(path)[0]
    cpg = next((stem + e for e in (".cpg", ".CPG", ".Cpg") if os.path.isfile(stem + e)), None)
    if cpg:
        with open(cpg, encoding="ascii", errors="replace") as f:
            declared = f.read().strip()
        return [f"ENCODING={declared}"] if declared else []
    dbf = encoding.dbf_of(path)
    if dbf is None:
        return []
    with open(dbf, "rb") as f:
        header = f.read(32)
    if len(header) == 32 and header[29] != 0:
        page = SHAPEFILE_CODE_PAGES.get(header[29])
        return [f"ENCODING={page}"] if page else []
    chosen = encoding.detect(dbf)
    feedback.pushInfo(tr("{0}: the .dbf declares no code page and there is no .cpg; its text is read as {1}{2}.").format(
        label, chosen, tr(" (it is not valid UTF-8)") if chosen != "UTF-8" else ""))
    return [f"ENCODING={chosen}"]


def open_layers(value, label, feedback):
    """[(dataset, OGR layer)] of the database named by `value` (the datasets kept alive with their layers)."""
    from osgeo import gdal

    path, only = locate(value)
    kind = kind_of(path)
    if kind is None:
        raise QgsProcessingException(tr(
            "{0}: {1} is not a database Lantu can read: give a FileGDB folder (.gdb), a GeoPackage (.gpkg), a folder "
            "of shapefiles or a shapefile.").format(label, path or "—"))
    files = sorted(glob.glob(os.path.join(path, "*.[sS][hH][pP]"))) if kind == "shapefiles" else [path]
    out = []
    for file_path in files:
        options = _shapefile_options(file_path, os.path.splitext(os.path.basename(file_path))[0], feedback) \
            if file_path.lower().endswith(".shp") else []
        dataset = gdal.OpenEx(file_path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=options)
        if dataset is None:
            raise QgsProcessingException(tr("{0}: GDAL cannot open {1} ({2}).").format(label, file_path,
                                                                                       gdal.GetLastErrorMsg() or "—"))
        for i in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(i)
            if only is None or layer.GetName().upper() == only.upper() or kind == "shapefile":
                out.append((dataset, layer))
    if only is not None and not out:
        raise QgsProcessingException(tr("{0}: there is no layer {1} in {2}.").format(label, only, path))
    return out


def structure(layer):
    """(geometry type text, [(field, type text, width, precision)]) of an OGR layer."""
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    flat = ogr.GT_Flatten(layer.GetGeomType())
    geometry = "None" if flat == ogr.wkbNone else ogr.GeometryTypeToName(flat).replace(" ", "")
    fields = []
    for i in range(definition.GetFieldCount()):
        f = definition.GetFieldDefn(i)
        type_text = ogr.GetFieldTypeName(f.GetType())
        if f.GetSubType() != ogr.OFSTNone:
            type_text += f"({ogr.GetFieldSubTypeName(f.GetSubType())})"
        fields.append((f.GetName(), type_text, f.GetWidth(), f.GetPrecision()))
    return geometry, fields


def crs_of(layer):
    """({'valid', 'authid', 'cgcs2000', 'false_easting', 'central_meridian', 'six_degree'}, QgsCoordinateReferenceSystem
    or None, the osr SpatialReference or None) of an OGR layer."""
    from osgeo import osr

    from ...core import quality

    srs = layer.GetSpatialRef()
    if srs is None:
        return {"valid": False}, None, None
    srs = srs.Clone()
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if not code:
        probe = srs.Clone()
        if probe.AutoIdentifyEPSG() == 0:
            name, code = probe.GetAuthorityName(None), probe.GetAuthorityCode(None)
    authid = f"{name}:{code}" if name and code else srs.GetName() or ""
    epsg = int(code) if name == "EPSG" and code and code.isdigit() else None
    geographic = bool(srs.IsGeographic())
    info = {"valid": True, "authid": authid, "six_degree": epsg is not None and 4491 <= epsg <= 4512,
            "cgcs2000": quality.is_cgcs2000_projected(epsg, srs.GetName() or "", srs.ExportToWkt(), geographic)}
    if srs.IsProjected():
        info["false_easting"] = srs.GetProjParm(osr.SRS_PP_FALSE_EASTING, 0.0)
        info["central_meridian"] = srs.GetProjParm(osr.SRS_PP_CENTRAL_MERIDIAN, 0.0)
    return info, QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt()), srs


def centre_longitude(srs, geoms, bounds=None):
    """The longitude of the middle of the data's extent, or None where it lies nowhere on the earth."""
    place = centre_lonlat(srs, geoms, bounds)
    return None if place is None else place[0]


def centre_lonlat(srs, geoms, bounds=None):
    """(longitude, latitude) of the middle of the data's extent, or None where it lies nowhere on the earth.
    `bounds`: the finite bounds of the geometries, where the caller has them."""
    import shapely
    from osgeo import osr

    if srs is None:
        return None
    if bounds is None:
        present = np.array([g is not None for g in geoms], dtype=bool)
        if not present.any():
            return None
        bounds = shapely.bounds(geoms[present])
        bounds = bounds[np.isfinite(bounds).all(axis=1)]
    if not len(bounds):
        return None
    x, y = (bounds[:, 0].min() + bounds[:, 2].max()) / 2, (bounds[:, 1].min() + bounds[:, 3].max()) / 2
    if srs.IsGeographic():
        return (float(x), float(y)) if abs(x) <= 180 and abs(y) <= 90 else None
    if not srs.IsProjected():
        return None
    source = srs.Clone()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat = gdal_crs.move([(x, y)], source, gdal_crs.epsg(gdal_crs.CGCS2000_GEOGRAPHIC))[0]
    ok = np.isfinite(lon) and abs(lon) <= 180 and np.isfinite(lat) and abs(lat) <= 90
    return (float(lon), float(lat)) if ok else None


BATCH = ["MAX_FEATURES_IN_BATCH=16384"]  # batches small enough that fetching and converting overlap


def read_layers(layers, feedback=None):
    """Each OGR layer's DeliveredLayer, in order, as it is read. GDAL fetches the batches of every layer in a thread
    of its own (it lets go of the GIL) while this one turns the fetched ones into geometries and values; until the
    generator ends the layers' datasets belong to that thread (ask them nothing meanwhile)."""
    layers = list(layers)
    started = [_start(layer) for layer in layers]  # the layers' structure asked here, before the thread reads
    fetched, stop = Queue(maxsize=8), Event()

    def fetch():
        try:
            for k, layer in enumerate(layers):
                for batch in layer.GetArrowStreamAsNumPy(options=BATCH):
                    fetched.put((k, batch))
                    if stop.is_set():
                        return
                fetched.put((k, None))
        except Exception as error:  # noqa: BLE001 - handed to the reading thread, which raises it
            fetched.put((None, error))

    reader = Thread(target=fetch, daemon=True)
    reader.start()
    try:
        for delivered, parts, fid_name, geom_name in started:
            while True:
                at, batch = fetched.get()
                if at is None:
                    raise batch
                if batch is None:
                    break
                _convert(batch, delivered, parts, fid_name, geom_name)
                if feedback is not None and feedback.isCanceled():
                    break
            yield _finish(delivered, parts, geom_name)
            if feedback is not None and feedback.isCanceled():
                return
    finally:
        stop.set()
        while reader.is_alive():  # the fetching thread may wait to hand over a batch: take it
            try:
                fetched.get(timeout=0.05)
            except Empty:
                pass
        reader.join()


def _start(layer):
    from ...core.database_checks import DeliveredLayer

    geometry, fields = structure(layer)
    delivered = DeliveredLayer(layer.GetName(), geometry, fields)
    parts = {"fid": [], "geom": [], "faults": [], **{f[0]: [] for f in fields}}
    geom_name = (layer.GetGeometryColumn() or "wkb_geometry") if geometry != "None" else None
    return delivered, parts, layer.GetFIDColumn() or "OGC_FID", geom_name


def _convert(batch, delivered, parts, fid_name, geom_name):
    parts["fid"].append(np.asarray(batch[fid_name], dtype=np.int64))
    if geom_name is not None:
        geoms, faults, bent = shapes(np.asarray(batch[geom_name], dtype=object))
        delivered.curved += int(np.count_nonzero(bent))
        parts["geom"].append(geoms)
        parts["faults"].append(faults)
    for name, *_ in delivered.fields:
        parts[name].append(_column_from_arrow(batch[name]))


def _finish(delivered, parts, geom_name):
    joined = {k: (np.concatenate(v) if v else np.empty(0, dtype=object)) for k, v in parts.items()}
    delivered.fids = joined["fid"].astype(np.int64)
    delivered.geoms = joined["geom"] if geom_name is not None else np.full(len(delivered.fids), None, dtype=object)
    delivered.faults = joined["faults"].astype(np.int8) if geom_name is not None else None
    delivered.columns = {f[0]: joined[f[0]] for f in delivered.fields}
    return delivered


def describe(value, label, feedback):
    """{layer name: (geometry text, fields)} of a template database (its features are not read)."""
    return {layer.GetName(): structure(layer) for _, layer in open_layers(value, label, feedback)}
