"""The URI parts a task's thread decodes in Python are the ones QGIS's decodeUri gives on the main thread."""
import pytest

URIS = [
    "/data/lantu_demo.gpkg",
    "/data/lantu_demo.gpkg|layername=yjjbnt",
    "/data/lantu_demo.gpkg|layerid=3",
    "/data/roads.shp|layername=roads|geometrytype=LineString",
    "/data/lantu_demo.gpkg|layername=ghyd|subset=substr(\"YDYHFLDM\", 1, 2) IN ('07','08')",
    "/data/lantu_demo.gpkg|layername=ghyd|subset=\"A\" || \"B\" = 'xy'",
    "/data/三调 数据/地类图斑.gpkg|layername=地类图斑",
]


@pytest.mark.parametrize("uri", URIS)
def test_python_parse_agrees_with_qgis(qgis_app, lantu, uri):
    from qgis.core import QgsProviderRegistry

    from lantu.processing_provider.bridge import uris

    qgis = {k: v for k, v in QgsProviderRegistry.instance().decodeUri("ogr", uri).items() if k in ("path", "layerName", "layerId", "subset")
            and v not in (None, "")}
    ours = {k: v for k, v in uris.parse(uri).items() if k in ("path", "layerName", "layerId", "subset")}
    assert ours == qgis


def test_decode_in_a_worker_thread_uses_the_parser(qgis_app, lantu, monkeypatch):
    from lantu.processing_provider.bridge import uris

    monkeypatch.setattr(uris, "in_main_thread", lambda: False)
    monkeypatch.setattr(uris.QgsProviderRegistry, "instance", staticmethod(lambda: pytest.fail("decodeUri called off the main thread")))
    assert uris.table_name("/data/x.gpkg|layername=stbhhx") == "stbhhx"
    assert uris.decode("memory", "Polygon?crs=EPSG:4523") == {}
