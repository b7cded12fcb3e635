"""Make the repository importable as the package `lantu`, as QGIS imports the installed plugin.

The repository root is the plugin folder, whatever the clone is called; a symlink named `lantu`
in a temporary folder lets tests use the same relative imports QGIS uses.
"""
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
DEMO_GPKG = os.path.join(ROOT, "resources", "demo", "lantu_demo.gpkg")

_link_dir = os.path.join(tempfile.gettempdir(), f"lantu-import-{os.getuid()}")
os.makedirs(_link_dir, exist_ok=True)
_link = os.path.join(_link_dir, "lantu")
if os.path.realpath(_link) != ROOT:
    if os.path.lexists(_link):
        os.remove(_link)
    os.symlink(ROOT, _link)
if _link_dir not in sys.path:
    sys.path.insert(0, _link_dir)
