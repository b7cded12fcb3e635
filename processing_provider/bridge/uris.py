"""Data-source URIs ('lantu_demo.gpkg|layername=yjjbnt|subset=…') decoded into their parts.

On the main thread QGIS's own decoder (QgsProviderRegistry.decodeUri) does it. A task's thread (the dock, the
Processing dialog) decodes the OGR/GDAL form here instead: decodeUri called from a worker while the main thread
processed events crashed QGIS now and then (seen twice in test_dock, each time with the worker inside decodeUri).
tests/test_uris.py checks that both give the same parts.
"""
from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtCore import QCoreApplication, QThread

FILE_PROVIDERS = ("ogr", "gdal")


def in_main_thread():
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() == app.thread()


def decode(provider, uri):
    """{'path', 'layerName', 'layerId', 'subset', …} of a file-based layer's URI ({} for other providers)."""
    provider = provider or "ogr"
    if provider not in FILE_PROVIDERS:
        return {}
    if in_main_thread():
        return dict(QgsProviderRegistry.instance().decodeUri(provider, uri))
    return parse(uri)


def parse(uri):
    """The OGR/GDAL URI form decoded in Python: 'path|layername=x|layerid=n|geometrytype=t|subset=expr'.
    A subset is the rest of the URI (an expression may itself hold '|')."""
    parts = {}
    subset_at = uri.find("|subset=")
    if subset_at >= 0:
        parts["subset"] = uri[subset_at + len("|subset="):]
        uri = uri[:subset_at]
    pieces = uri.split("|")
    parts["path"] = pieces[0]
    keys = {"layername": "layerName", "layerid": "layerId", "geometrytype": "geometryType"}
    for piece in pieces[1:]:
        key, _, value = piece.partition("=")
        if key.lower() in keys:
            parts[keys[key.lower()]] = int(value) if key.lower() == "layerid" and value.isdigit() else value
    return parts


def table_name(uri):
    """The layer inside a file ('yjjbnt' of 'lantu_demo.gpkg|layername=yjjbnt'), or '' when the URI names none."""
    return decode("ogr", uri).get("layerName") or ""
