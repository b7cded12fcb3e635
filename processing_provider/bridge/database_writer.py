"""Writing a plan database through GDAL/OGR: a new FileGDB (OpenFileGDB, where this GDAL can write it) or
GeoPackage with every layer of a schema (core.plan_schema), its fields typed and sized as the schema says, then the
rows given. Never over an existing database."""
import os

from qgis.core import QgsProcessingException

from ...translation import tr

GEOMETRY = {("polygon", True): "wkbMultiPolygon", ("polygon", False): "wkbPolygon", ("line", True): "wkbMultiLineString",
            ("line", False): "wkbLineString", ("point", True): "wkbMultiPoint", ("point", False): "wkbPoint"}


def can_write_gdb():
    from osgeo import gdal

    driver = gdal.GetDriverByName("OpenFileGDB")
    return driver is not None and driver.GetMetadataItem(gdal.DCAP_CREATE) == "YES"


def target_path(path, feedback):
    """The path written: a .gdb where OpenFileGDB can write (else the .gpkg beside it, said), a .gpkg as asked."""
    stem, extension = os.path.splitext(path)
    if extension.lower() not in (".gdb", ".gpkg"):
        stem, extension = path, ".gdb"
    if extension.lower() == ".gdb" and not can_write_gdb():
        feedback.pushWarning(tr("This GDAL cannot write FileGDB: the database is written as a GeoPackage instead."))
        extension = ".gpkg"
    out = stem + extension
    if os.path.exists(out):
        raise QgsProcessingException(tr("OUTPUT_DATABASE: {0} exists already. Lantu never writes over a database: "
                                        "choose a new name.").format(out))
    return out


def _geometry_type(spec):
    from osgeo import ogr

    if spec.geometry not in ("polygon", "line", "point"):
        return ogr.wkbNone
    multi = spec.multi if spec.multi is not None else spec.geometry != "point"
    return getattr(ogr, GEOMETRY[spec.geometry, multi])


def _field(spec):
    from osgeo import ogr

    kind = {"str": ogr.OFTString, "int": ogr.OFTInteger, "float": ogr.OFTReal, "date": ogr.OFTDate}.get(spec.kind,
                                                                                                      ogr.OFTString)
    out = ogr.FieldDefn(spec.name, kind)
    if spec.kind == "str" and spec.length:
        out.SetWidth(spec.length)
    if spec.kind == "float" and spec.decimals is not None:
        out.SetWidth(20)
        out.SetPrecision(spec.decimals)
    if spec.alias:
        out.SetAlternativeName(spec.alias)
    return out


def create(path, schema, srs_wkt):
    """A new database at path with every layer of the schema, no feature; returns the OGR dataset."""
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("OpenFileGDB" if path.lower().endswith(".gdb") else "GPKG")
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise QgsProcessingException(tr("OUTPUT_DATABASE: GDAL cannot create {0}.").format(path))
    srs = osr.SpatialReference()
    if srs_wkt:
        srs.ImportFromWkt(srs_wkt)
    for spec in schema.layers.values():
        geometry = _geometry_type(spec)
        layer = dataset.CreateLayer(spec.code, srs if geometry != ogr.wkbNone and srs_wkt else None, geometry)
        for f in spec.fields:
            layer.CreateField(_field(f))
    return dataset


def write(dataset, code, rows, wkbs):
    """rows: [{field: value}], wkbs: [WKB or None] into layer `code`, in one transaction where the format has them."""
    from osgeo import ogr

    layer = dataset.GetLayerByName(code)
    definition = layer.GetLayerDefn()
    has_transactions = layer.TestCapability(ogr.OLCTransactions)
    if has_transactions:
        layer.StartTransaction()
    for values, wkb in zip(rows, wkbs):
        feature = ogr.Feature(definition)
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        if wkb is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        if layer.CreateFeature(feature) != 0:
            raise QgsProcessingException(tr("{0}: GDAL could not write a feature ({1}).").format(code, values))
    if has_transactions:
        layer.CommitTransaction()
