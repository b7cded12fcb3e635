"""Shared fixtures. The repository is imported as the package `lantu`, as QGIS imports the plugin."""
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
DEMO_GPKG = os.path.join(ROOT, "resources", "demo", "lantu_demo.gpkg")

sys.path.insert(0, os.path.join(ROOT, "scripts"))
import qgis_headless  # noqa: E402

qgis_headless.import_lantu()

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# A shared 2-core CI machine can stall any single example: judge properties, not timings.
settings.register_profile("lantu", deadline=None)
settings.load_profile("lantu")


@pytest.fixture(autouse=True, scope="session")
def _thread_life():
    """LANTU_TEST_THREAD_EXPIRY_MS=100 ends the thread pool's idle threads after 100 ms instead of 30 s, so every task
    starts on a new thread: what a planner who pauses between steps meets. It found the guard's CRS made on an ended
    thread (bridge/gdal_crs.py); run the dock tests with it after changing what runs in tasks."""
    expiry = os.environ.get("LANTU_TEST_THREAD_EXPIRY_MS")
    if expiry:
        from qgis.PyQt.QtCore import QThreadPool

        QThreadPool.globalInstance().setExpiryTimeout(int(expiry))
    yield


@pytest.fixture(scope="session")
def lantu():
    import lantu as package

    return package


def registered_provider(lantu):
    """The `lantu` provider registered as the plugin registers it, for as long as the generator runs (a fixture of
    any scope yields from it); removed again if it was registered here."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    plugin = None
    if registry.providerById("lantu") is None:
        plugin = lantu.classFactory(None)
        plugin.initProcessing()
    yield registry.providerById("lantu")
    if plugin is not None:
        registry.removeProvider(plugin.provider)


@pytest.fixture()
def lantu_processing(qgis_processing, lantu):
    """Processing with the `lantu` provider registered, as the plugin registers it."""
    yield from registered_provider(lantu)


def run_algorithm(algorithm_id, parameters, feedback=None):
    """processing.run with a feedback that keeps the log, for assertions on messages."""
    import processing

    feedback = feedback or LoggingFeedback()
    return processing.run(algorithm_id, parameters, feedback=feedback), feedback


def _make_feedback_class():
    from qgis.core import QgsProcessingFeedback

    class _LoggingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.messages = []

        def pushInfo(self, text):
            self.messages.append(("info", text))

        def pushWarning(self, text):
            self.messages.append(("warning", text))

        def reportError(self, text, fatalError=False):  # noqa: N803
            self.messages.append(("error", text))

        def text(self):
            return "\n".join(m for _, m in self.messages)

    return _LoggingFeedback


def LoggingFeedback():  # noqa: N802 - a class made lazily, after QGIS is up
    return _make_feedback_class()()


# --- the drafting dock (tests/test_dock*.py) ---------------------------------------------------------
@pytest.fixture()
def demo_project(tmp_path, qgis_iface, lantu_processing):
    """A copy of the demo project (never the repository's own), opened in QGIS's project."""
    from qgis.core import QgsProject

    folder = tmp_path / "示范 片区"  # a Chinese path with a space, as planners' folders are
    folder.mkdir()
    for name in ("lantu_demo.qgz", "lantu_demo.gpkg", "dem.tif", "facilities.gpkg", "life_circle_demo.csv"):
        shutil.copy(os.path.join(ROOT, "resources", "demo", name), folder / name)
    path = str(folder / "lantu_demo.qgz")
    project = QgsProject.instance()
    assert project.read(path)
    yield project, path
    project.clear()


@pytest.fixture()
def dock(demo_project, qgis_iface):
    from lantu.ui.dock import LantuDock

    widget = LantuDock(qgis_iface, project=demo_project[0])
    yield widget
    widget.cleanup()
    widget.deleteLater()
