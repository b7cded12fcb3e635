"""The standard maps from resources/layouts (.qpt), exported as PDF and PNG by a background task.

The window is never blocked: on the main thread the task gets copies (clones) of the layers it draws and the
extent of each map; in its own thread it builds each layout on a project of its own and exports it, so neither the
project of the window nor its map canvas is touched from another thread. The 三区三线 map draws the planning zones
(三区) where the plan has them: a planning-zones layer, or the planned land use's zone code (GHFQDM).
"""
import datetime
import math
import os
from dataclasses import dataclass, field

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTask,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from .. import styles
from ..paths import LAYOUTS_DIR
from ..translation import tr
from .task_inputs import clone_with_joins

NORTH_ARROW = "arrows/NorthArrow_02.svg"
ZONES = "planning_zones"  # in a map's roles: the planning zones (a zones layer, or the planned land use by GHFQDM)


def standard_maps():
    """(template, file stem, the roles drawn, top first, the role whose extent frames the map)."""
    return (
        ("status.qpt", "xianzhuang", ("township", "villages", "roads", "current_landuse"), "current_landuse"),
        ("landuse.qpt", "yongdi_guihua", ("township", "roads", "planned_landuse"), "planned_landuse"),
        ("threelines.qpt", "sanqu_sanxian", ("township", "roads", "urban_boundary", "eco_redline",
                                             "permanent_farmland", ZONES), "township"),
    )


@dataclass
class MapJob:
    """One map: its template and file stem, the layer copies it draws (top first), extent, plan name and date."""
    template: str
    stem: str
    layers: list = field(default_factory=list)
    extent: QgsRectangle = None
    crs: object = None
    name: str = ""
    date: str = ""


def map_layers(roles, state, project):
    """The layers a map draws, top first, as copies the task may take to its thread; the planning zones in their
    own style (the project's layers keep theirs)."""
    found = []
    for role in roles:
        if role == ZONES:
            layer, zone_field = state.zones(project)
            if layer is None:  # no zones: the planned land use, as the map drew it before
                layer = state.layer("planned_landuse", project)
                found.append(clone_with_joins(layer) if layer is not None else None)
                continue
            copy = clone_with_joins(layer)
            if copy is None:
                continue
            copy.setRenderer(styles.planning_zones_renderer(zone_field))
            copy.setName(tr("规划分区"))
            found.append(copy)
        else:
            layer = state.layer(role, project)
            found.append(clone_with_joins(layer) if layer is not None else None)
    return [layer for layer in found if layer is not None]


def map_jobs(state, project):
    """(jobs, problems): a MapJob per standard map whose layers are set (made on the main thread)."""
    jobs, problems = [], []
    name = state.settings.get("plan_name") or ""
    date = state.settings.get("plan_date") or datetime.date.today().isoformat()
    for template, stem, roles, frame_role in standard_maps():
        layers = map_layers(roles, state, project)
        frame = state.layer(frame_role, project) or (layers[-1] if layers else None)
        if not layers or frame is None:
            problems.append(tr("{0}: none of its layers is set on the Layers page.").format(template))
            continue
        transform = QgsCoordinateTransform(frame.crs(), project.crs(), project)
        extent = QgsRectangle(transform.transformBoundingBox(frame.extent()))
        extent.scale(1.05)
        for layer in layers:
            layer.moveToThread(None)  # the task's thread takes them (QObject "pull": only from no thread)
        jobs.append(MapJob(template, stem, layers, extent, project.crs(), name, date))
    return jobs, problems


def load_layout(template, project):
    layout = QgsPrintLayout(project)
    document = QDomDocument()
    with open(os.path.join(LAYOUTS_DIR, template), encoding="utf-8") as handle:
        document.setContent(handle.read())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    return layout


def north_arrow_path():
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, NORTH_ARROW)
        if os.path.exists(path):
            return path
    return ""


def build_layout(job, project):
    """A layout from the job's template with its layers, extent, name and date."""
    layout = load_layout(job.template, project)
    QgsExpressionContextUtils.setLayoutVariable(layout, "lantu_plan_name", job.name)
    QgsExpressionContextUtils.setLayoutVariable(layout, "lantu_plan_date", job.date)
    map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap))
    map_item.setCrs(job.crs)
    map_item.setLayers(job.layers)
    map_item.setKeepLayerSet(True)
    map_item.setExtent(fit_to_frame(job.extent, map_item.rect().width() / map_item.rect().height()))
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            item.setAutoUpdateModel(False)
            root = item.model().rootGroup()
            root.removeAllChildren()
            for layer in job.layers:
                root.addLayer(layer)
            item.setLinkedMap(map_item)
            item.setLegendFilterByMapEnabled(True)  # only the classes the map shows
            item.adjustBoxSize()
        elif isinstance(item, QgsLayoutItemPicture) and item.id() == "north":
            item.setPicturePath(north_arrow_path())
            item.setLinkedMap(map_item)
        elif isinstance(item, QgsLayoutItemScaleBar):
            item.setLinkedMap(map_item)
            # a round segment (1, 2 or 5 × 10ⁿ km) of about 25 mm on paper, as drawn maps have
            segment = nice_length(map_item.extent().width() / 1000.0 * 25.0 / map_item.rect().width())
            item.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
            item.setUnitsPerSegment(segment)
            # it sits on the map frame's corner: a light veil keeps it legible without blanking the land below
            item.setBackgroundColor(QColor(255, 255, 255, 150))
    layout.refresh()
    return layout


def nice_length(value):
    """The largest of 1, 2, 5 × 10ⁿ not above value (value > 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    return max(step * power for step in (1, 2, 5) if step * power <= value)


def fit_to_frame(extent, ratio):
    """The extent grown to the map frame's width/height ratio (setExtent would otherwise resize the frame)."""
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2)


class MapExportTask(QgsTask):
    """Exports the maps of `jobs` into `folder` in its own thread. Signal done(files written, problems)."""

    done = pyqtSignal(list, list)

    def __init__(self, jobs, folder, problems=(), formats=("pdf", "png"), dpi=150):
        super().__init__(tr("Lantu: exporting the standard maps"), QgsTask.Flag.CanCancel)
        self.jobs, self.folder, self.formats, self.dpi = jobs, folder, formats, dpi
        self.written, self.problems = [], list(problems)

    def run(self):
        here, main = QThread.currentThread(), QCoreApplication.instance().thread()
        layers = [layer for job in self.jobs for layer in job.layers]
        for layer in layers:
            layer.moveToThread(here)
        try:
            os.makedirs(self.folder, exist_ok=True)
            project = QgsProject()  # the task's own: the window's project is never read from this thread
            steps = max(len(self.jobs) * len(self.formats), 1)
            for k, job in enumerate(self.jobs):
                layout = build_layout(job, project)  # kept: the exporter holds only a weak pointer to it
                exporter = QgsLayoutExporter(layout)
                for f, kind in enumerate(self.formats):
                    if self.isCanceled():
                        return False
                    self._export(exporter, job, kind)
                    self.setProgress(100.0 * (k * len(self.formats) + f + 1) / steps)
            return True
        except Exception as error:  # noqa: BLE001 - said on the page, never a traceback in the task manager
            self.problems.append(tr("The map export failed: {0}").format(error))
            return False
        finally:
            for layer in layers:
                layer.moveToThread(main)  # handed back, to be deleted where they were made

    def _export(self, exporter, job, kind):
        path = os.path.join(self.folder, f"{job.stem}.{kind}")
        if kind == "pdf":
            result = exporter.exportToPdf(path, QgsLayoutExporter.PdfExportSettings())
        else:
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = self.dpi
            result = exporter.exportToImage(path, settings)
        if result == QgsLayoutExporter.ExportResult.Success:
            self.written.append(path)
        else:
            self.problems.append(tr("{0}: export failed ({1}).").format(os.path.basename(path), exporter.errorFile() or result))

    def finished(self, result):
        if not result and self.isCanceled():
            self.problems.append(tr("The map export was cancelled."))
        self.done.emit(self.written, self.problems)


def export_task(state, folder, project=None, formats=("pdf", "png"), dpi=150):
    """A MapExportTask for every standard map whose layers are set (not started: hand it to the task manager)."""
    jobs, problems = map_jobs(state, project or QgsProject.instance())
    return MapExportTask(jobs, folder, problems, formats, dpi)
