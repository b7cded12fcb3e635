"""Start QGIS without a window, with Processing and the Lantu provider from this checkout.

Used by the demo and the benchmarks; the tests use pytest-qgis for the same.
"""
import hashlib
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def import_lantu():
    """Import the repository as the package `lantu`, as QGIS imports the installed plugin."""
    # one link folder per checkout, so two checkouts (git worktrees) can run side by side
    checkout = hashlib.sha1(ROOT.encode("utf-8")).hexdigest()[:8]
    link_dir = os.path.join(tempfile.gettempdir(), f"lantu-import-{os.getuid()}-{checkout}")
    os.makedirs(link_dir, exist_ok=True)
    link = os.path.join(link_dir, "lantu")
    if os.path.realpath(link) != ROOT:
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(ROOT, link)
    if link_dir not in sys.path:
        sys.path.insert(0, link_dir)
    import lantu

    return lantu


def start():
    """(app, plugin): a running QgsApplication with Processing and the `lantu` provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin = import_lantu().classFactory(None)
    plugin.initProcessing()
    return app, plugin
