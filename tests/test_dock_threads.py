"""A step's algorithms run in a task's thread on layers of their own: copies of the project's (the CRS, filter and
encoding the planner set kept), in a context without the project, so that the window may draw, edit and remove its
layers meanwhile. A layer only the project's object can show (unsaved edits, memory) is read as itself, and the run
is stopped and waited for before it goes; the dock waits for its tasks when it closes.

A probe algorithm, run by a step page like any other, reports what its thread sees."""
import threading
import time

import pytest
from layers import wait_for


@pytest.fixture()
def probe(lantu_processing):
    """(register a step page running lantuprobe:probe on `role`, what the probe saw, events it waits on)."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgorithm,
        QgsProcessingParameterVectorLayer,
        QgsProcessingProvider,
    )
    from qgis.PyQt.QtCore import QThread

    from lantu.processing_provider.bridge.fast_read import ogr_location

    seen, started, release = [], threading.Event(), threading.Event()
    main_thread = QThread.currentThread()

    class Probe(QgsProcessingAlgorithm):
        def name(self):
            return "probe"

        def displayName(self):
            return "probe"

        def createInstance(self):
            return Probe()

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterVectorLayer("INPUT", "input"))

        def processAlgorithm(self, parameters, context, feedback):
            layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
            started.set()
            while not release.is_set() and not feedback.isCanceled():
                time.sleep(0.01)
            time.sleep(0.2)  # still reading a while after the cancel, as a batch under way does
            seen.append({"project": context.project(), "id": layer.id(), "crs": layer.crs().authid(),
                         "count": sum(1 for _ in layer.getFeatures()), "fast": ogr_location(self, parameters, "INPUT", context),
                         "cancelled": feedback.isCanceled(), "threaded": QThread.currentThread() != main_thread,
                         "joined": [j.joinLayer().id() for j in layer.vectorJoins()],
                         "values": [f.attributes() for f in layer.getFeatures()],
                         "scopes": [scope.name() for scope in context.expressionContext().scopes()]})
            return {}

    class ProbeProvider(QgsProcessingProvider):
        def id(self):
            return "lantuprobe"

        def name(self):
            return "probe"

        def loadAlgorithms(self):
            self.addAlgorithm(Probe())

    provider = ProbeProvider()
    registry = QgsApplication.processingRegistry()
    assert registry.addProvider(provider)

    def page_for(dock, role):
        from lantu.ui import steps
        from lantu.ui.step_page import StepPage

        return StepPage(dock, steps.Step("probe", "probe", "probe", (steps.Run("lantuprobe:probe", {"INPUT": steps.Role(role)}),)))

    yield page_for, seen, started, release
    release.set()
    registry.removeProvider(provider)


def started_in_time(started):
    from qgis.PyQt.QtCore import QCoreApplication

    for _ in range(1000):
        QCoreApplication.processEvents()
        if started.wait(0.01):
            return True
    return False


def running_on_a_memory_layer(dock, project, page_for, started):
    """(the villages as a memory layer in the project and their role, the probe's page running on it)."""
    from qgis.core import QgsFeatureRequest

    villages = project.mapLayer(dock.state.roles["villages"])
    memory = villages.materialize(QgsFeatureRequest())
    memory.setName("村庄 (临时)")
    project.addMapLayer(memory)
    dock.state.roles["villages"] = memory.id()
    page = page_for(dock, "villages")
    page.run()
    assert started_in_time(started)
    return memory, page


def test_a_run_reads_its_own_copy_with_the_planners_crs_and_filter(dock, demo_project, probe):
    """The township layer with its CRS set in QGIS (not the file's) and a filter: the copy keeps both, reads in the
    task's thread through GDAL's fast path, and is none of the project's layers."""
    from qgis.core import QgsCoordinateReferenceSystem

    page_for, seen, started, release = probe
    project, _ = demo_project
    villages = project.mapLayer(dock.state.roles["villages"])
    first = next(villages.getFeatures())
    villages.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))  # as a planner sets it for a file without .prj
    unfiltered = sum(1 for _ in villages.getFeatures())
    villages.setSubsetString(f"fid = {first.id()}")
    assert sum(1 for _ in villages.getFeatures()) == 1 < unfiltered
    release.set()
    page = page_for(dock, "villages")
    page.run()
    wait_for(page)
    assert len(seen) == 1, page.notes.text()
    saw = seen[0]
    assert saw["project"] is None and project.mapLayer(saw["id"]) is None
    assert saw["crs"] == "EPSG:4490" and saw["count"] == 1
    assert saw["fast"] is None  # a filter: only QGIS's own iteration sees it


def test_a_whole_file_layer_is_read_on_the_fast_path_in_the_thread(dock, demo_project, probe):
    """… with the project's expression scopes, built on the main thread before the task starts: built from the
    task's thread (Processing's fallback when the context has none) they raced the map canvas over the project's
    cached scope and crashed QGIS now and then."""
    from qgis.core import QgsExpressionContextUtils

    page_for, seen, started, release = probe
    project, _ = demo_project
    villages = project.mapLayer(dock.state.roles["villages"])
    release.set()
    page = page_for(dock, "villages")
    page.run()
    wait_for(page)
    saw = seen[0]
    assert saw["fast"] is not None and saw["fast"][0] == villages.source().split("|")[0]
    assert saw["count"] == sum(1 for _ in villages.getFeatures()) > 0 and project.mapLayer(saw["id"]) is None
    expected = [QgsExpressionContextUtils.globalScope().name(), QgsExpressionContextUtils.projectScope(project).name()]
    assert saw["threaded"] and saw["scopes"] == expected
    assert [r["state"] for r in dock.state.results["probe"]["runs"]] == ["done"]


def test_a_memory_layer_removed_mid_run_waits_for_the_task(dock, demo_project, probe):
    """Only the layer itself holds a memory layer's features: the run reads it as itself. Removed while the task
    reads it, the run is stopped and waited for first; the page says why."""
    page_for, seen, started, release = probe
    project, _ = demo_project
    memory, page = running_on_a_memory_layer(dock, project, page_for, started)
    count = memory.featureCount()
    project.removeMapLayer(memory.id())  # returns once the task has let go
    assert len(seen) == 1 and seen[0]["cancelled"] and seen[0]["count"] == count
    wait_for(page)
    assert "Stopped: 村庄 (临时) was edited or removed" in page.notes.text()


def test_the_dock_waits_for_its_tasks_when_it_goes(dock, demo_project, probe):
    page_for, seen, started, release = probe
    page = page_for(dock, "villages")
    dock.pages["probe"] = page  # as a step page of the dock's own
    page.run()
    assert started_in_time(started)
    dock.cleanup()
    assert len(seen) == 1 and seen[0]["cancelled"]  # the thread had finished when cleanup returned


def test_a_memory_layer_edited_mid_run_stops_the_run_first(dock, demo_project, probe):
    """An edit replaces what the task reads of a layer read as itself: the run stops, and waits, before it begins."""
    page_for, seen, started, release = probe
    project, _ = demo_project
    memory, page = running_on_a_memory_layer(dock, project, page_for, started)
    memory.startEditing()  # the task has let go when this returns
    assert len(seen) == 1 and seen[0]["cancelled"]
    memory.changeAttributeValue(next(memory.getFeatures()).id(), 1, "改")
    wait_for(page)
    memory.rollBack()
    assert "村庄 (临时)" in page.notes.text() and "Cancelled" not in page.notes.text()


def test_a_joined_layer_is_read_with_its_join_on_a_copy_too(dock, demo_project, probe, tmp_path):
    """A table joined to the villages (as a planner joins population figures): the copy's join is on a copy of
    the table, never the project's, and the joined values reach the task; so for the maps' copies."""
    from qgis.core import QgsVectorLayer, QgsVectorLayerJoinInfo

    page_for, seen, started, release = probe
    project, _ = demo_project
    villages = project.mapLayer(dock.state.roles["villages"])
    names = [f["XZQMC"] for f in villages.getFeatures()]
    table = tmp_path / "人口.csv"
    table.write_text("name,households\n" + "".join(f"{n},{100 + i}\n" for i, n in enumerate(names)), encoding="utf-8")
    households = QgsVectorLayer(str(table), "人口", "ogr")
    assert households.isValid()
    project.addMapLayer(households)
    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(households)
    join.setJoinFieldName("name")
    join.setTargetFieldName("XZQMC")
    join.setPrefix("p_")
    assert villages.addJoin(join)
    release.set()
    page = page_for(dock, "villages")
    page.run()
    wait_for(page)
    saw = seen[0]
    assert len(saw["joined"]) == 1 and project.mapLayer(saw["joined"][0]) is None
    index = villages.fields().indexOf("p_households")
    assert sorted(int(v[index]) for v in saw["values"]) == list(range(100, 100 + len(names)))
    assert saw["fast"] is None  # joined fields are not in the file
    from lantu.ui.maps import map_layers  # the map export's thread draws copies joined to copies too

    drawn = map_layers(["villages"], dock.state, project)[0]
    assert project.mapLayer(drawn.vectorJoins()[0].joinLayer().id()) is None
