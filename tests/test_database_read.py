"""Reading a delivered database (processing_provider/bridge/database.py read_layers: GDAL fetches the batches in a
thread while the caller's thread converts them) against OGR read feature by feature: every layer, every feature id,
geometry and value, over several batches; an error while fetching reaches the caller; a cancel ends the reading."""
import numpy as np
import pytest
import shapely

N_BIG = 40_000  # more than two batches


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """A GeoPackage of three layers: parcels over several batches (with NULLs and Chinese text), an empty one and a
    table without geometry."""
    from osgeo import ogr, osr

    path = str(tmp_path_factory.mktemp("read") / "delivered.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    big = source.CreateLayer("JQDLTB", srs, ogr.wkbMultiPolygon)
    for name, kind in (("DLBM", ogr.OFTString), ("DLMC", ogr.OFTString), ("TBMJ", ogr.OFTReal), ("N", ogr.OFTInteger)):
        big.CreateField(ogr.FieldDefn(name, kind))
    rng = np.random.default_rng(3)
    big.StartTransaction()
    for i in range(N_BIG):
        f = ogr.Feature(big.GetLayerDefn())
        x, y = 35_500_000 + (i % 200) * 10.0, 3_500_000 + (i // 200) * 10.0
        f.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.MultiPolygon([shapely.box(x, y, x + 10, y + 10)]))))
        if i % 7:
            f.SetField("DLBM", f"01{i % 3:02d}")
            f.SetField("DLMC", ["水田", "旱地", "果园"][i % 3])
        f.SetField("TBMJ", float(rng.uniform(10, 1000)))
        if i % 5:
            f.SetField("N", i)
        big.CreateFeature(f)
    big.CommitTransaction()
    source.CreateLayer("GHDLTB", srs, ogr.wkbMultiPolygon).CreateField(ogr.FieldDefn("DLBM", ogr.OFTString))
    table = source.CreateLayer("GHZBB", None, ogr.wkbNone)
    table.CreateField(ogr.FieldDefn("ZBMC", ogr.OFTString))
    for text in ("耕地保有量", None, "永久基本农田"):
        f = ogr.Feature(table.GetLayerDefn())
        if text:
            f.SetField("ZBMC", text)
        table.CreateFeature(f)
    source = None
    return path


def by_ogr(path):
    """{layer: (fids, WKB or None, {field: values})} read one feature at a time."""
    from osgeo import ogr

    source = ogr.Open(path)
    out = {}
    for layer in source:
        names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
        fids, wkbs, values = [], [], {n: [] for n in names}
        for f in layer:
            fids.append(f.GetFID())
            g = f.GetGeometryRef()
            wkbs.append(None if g is None else bytes(g.ExportToIsoWkb()))
            for n in names:
                values[n].append(f.GetField(n) if f.IsFieldSetAndNotNull(n) else None)
        out[layer.GetName()] = (fids, wkbs, values)
    return out


def test_every_layer_feature_and_value_as_ogr_reads_them(lantu, database):
    from lantu.processing_provider.bridge import database as reading

    opened = reading.open_layers(database, "DATABASE", None)
    read = list(reading.read_layers([layer for _, layer in opened]))
    want = by_ogr(database)
    assert [d.name for d in read] == list(want)
    for delivered in read:
        fids, wkbs, values = want[delivered.name]
        assert delivered.fids.tolist() == fids
        assert len(delivered.geoms) == len(fids)
        if delivered.geometry != "None":
            assert all(shapely.equals_exact(g, shapely.from_wkb(w), 0) for g, w in zip(delivered.geoms, wkbs))
        assert set(delivered.columns) == set(values)
        for name, column in delivered.columns.items():
            assert column.tolist() == values[name], name
    assert len(read[0]) == N_BIG


class Breaking:
    """An OGR layer whose stream of batches fails after the first."""

    def __init__(self, layer):
        self.layer = layer

    def __getattr__(self, name):
        return getattr(self.layer, name)

    def GetArrowStreamAsNumPy(self, options=()):  # noqa: N802 - OGR's name
        for k, batch in enumerate(self.layer.GetArrowStreamAsNumPy(options=options)):
            if k:
                raise RuntimeError("the disk went away")
            yield batch


def test_an_error_while_fetching_reaches_the_reader(lantu, database):
    from lantu.processing_provider.bridge import database as reading

    opened = reading.open_layers(database, "DATABASE", None)
    with pytest.raises(RuntimeError, match="the disk went away"):
        list(reading.read_layers([Breaking(opened[0][1])] + [layer for _, layer in opened[1:]]))


def test_a_cancel_ends_the_reading(lantu, database):
    import threading

    from qgis.core import QgsProcessingFeedback

    from lantu.processing_provider.bridge import database as reading

    opened = reading.open_layers(database, "DATABASE", None)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    before = threading.active_count()
    read = list(reading.read_layers([layer for _, layer in opened], feedback))
    assert len(read) == 1 and len(read[0]) < N_BIG  # one batch converted, then no more
    assert threading.active_count() == before  # the fetching thread is gone
