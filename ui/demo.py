"""The bundled demo, opened from a copy in the user's QGIS profile (lantu/demo): the plugin folder may be read-only
and is replaced on every update, and results must sit beside the project they belong to, not in a temporary
folder (QGIS asks about layers kept in the temporary folder when it quits)."""
import os
import shutil

from qgis.core import QgsApplication, QgsProject

from ..paths import DEMO_PROJECT, PLUGIN_DIR

DEMO_DIR = os.path.dirname(DEMO_PROJECT)
FILES = ("lantu_demo.qgz", "lantu_demo.gpkg", "dem.tif", "sites.gpkg", "facilities.gpkg", "life_circle_demo.csv",
         "targets.csv", "summary.json", "README.md")


def writable_folder():
    """Where the copy of the demo lives: <QGIS profile>/lantu/demo."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "lantu", "demo")


def inside_plugin(path):
    """Whether a file lies inside the plugin's own folder (the bundled demo)."""
    return bool(path) and os.path.realpath(path).startswith(PLUGIN_DIR + os.sep)


def writable_copy(folder=None):
    """The demo project copied to `folder` (default: the profile's lantu/demo); a file already there is kept (the
    planner may have saved the demo) unless the plugin's own is newer (a plugin update). Returns the copy's project."""
    folder = folder or writable_folder()
    os.makedirs(folder, exist_ok=True)
    for name in FILES:
        source, target = os.path.join(DEMO_DIR, name), os.path.join(folder, name)
        if not os.path.exists(source):
            continue
        if not os.path.exists(target) or os.path.getmtime(source) > os.path.getmtime(target):
            shutil.copy2(source, target)
    return os.path.join(folder, os.path.basename(DEMO_PROJECT))


def open_demo(project=None):
    """Open the writable copy of the demo; True when QGIS read it."""
    return (project or QgsProject.instance()).read(writable_copy())
