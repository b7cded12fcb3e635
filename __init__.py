"""Lantu 蓝图: drafting and checking a township-level territorial spatial plan in QGIS."""


def classFactory(iface):
    # Make a consented plugin-local install of shapely 2 visible before anything imports shapely.
    from . import dependencies

    dependencies.activate_libs_dir()
    from .plugin import LantuPlugin

    return LantuPlugin(iface)
