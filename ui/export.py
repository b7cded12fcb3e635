"""Export: the HTML review report of every step, and the standard maps from resources/layouts (.qpt)."""
import datetime
import html
import math
import os

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
)
from qgis.PyQt.QtXml import QDomDocument

from ..core import report
from ..core import targets as core_targets
from ..paths import LAYOUTS_DIR
from ..translation import tr
from . import results as step_results
from . import steps as step_defs
from . import target_check
from .labels import column_labels, role_labels, run_state_labels, status_labels, target_labels, value_labels

NORTH_ARROW = "arrows/NorthArrow_02.svg"


def standard_maps():
    """(template, file stem, the roles drawn, top first, the role whose extent frames the map)."""
    return (
        ("status.qpt", "xianzhuang", ("township", "villages", "roads", "current_landuse"), "current_landuse"),
        ("landuse.qpt", "yongdi_guihua", ("township", "roads", "planned_landuse"), "planned_landuse"),
        ("threelines.qpt", "sanqu_sanxian", ("township", "roads", "urban_boundary", "eco_redline",
                                             "permanent_farmland", "planned_landuse"), "township"),
    )


# --- report -------------------------------------------------------------------------------------
def write_report(state, path):
    """One HTML page: the plan, its layer roles, targets, and every step's figures, tables and findings."""
    name = state.settings.get("plan_name") or tr("(plan without a name)")
    date = state.settings.get("plan_date") or datetime.date.today().isoformat()
    project = QgsProject.instance()
    labels = role_labels()
    roles = [[labels.get(k, k), (state.layer(k, project).name() if state.layer(k, project) else "—")] for k in labels]
    sections = [(tr("Layer roles"), report.table([tr("Role"), tr("Layer")], roles))]
    statuses, run_states = status_labels(), run_state_labels()
    for step in step_defs.steps():
        if step.key == "targets":
            rows = [[t.get(column, "") for column in core_targets.COLUMNS] for t in state.targets]
            headers = [target_labels()[column] for column in core_targets.COLUMNS]
            body = report.table(headers, rows) if rows else f"<p>{tr('No targets yet.')}</p>"
            sections.append((step.title, body))
            continue
        summary = state.results.get(step.key) or {}
        status = summary.get("status", step_results.NOT_STARTED)
        parts = [f"<p><b>{tr('Status')}:</b> {statuses[status]}</p>"]
        runs = [[r.get("name") or r["algorithm"], r["algorithm"], run_states.get(r["state"], r["state"])]
                for r in summary.get("runs", [])]
        if runs:
            parts.append(report.table([tr("Algorithm"), "id", tr("Result")], runs))
        figures = [[f["label"], f["value"]] for f in summary.get("figures", [])]
        if figures:
            parts.append(report.table([tr("Figure"), tr("Value")], figures))
        table = summary.get("table")
        if table:
            parts.append(f"<h3>{html.escape(table['label'])}</h3>")
            columns, coded = column_labels(), value_labels()
            rows = [[coded.get(h, {}).get(v, v) for h, v in zip(table["headers"], row)] for row in table["rows"]]
            parts.append(report.table([columns.get(h, h) for h in table["headers"]], rows))
        check = summary.get("check")
        if check and check.get("rows"):
            parts.append(f"<h3>{html.escape(tr('Target check'))}</h3>")
            parts.append(report.table(target_check.headers(), target_check.table_rows(check),
                                      [target_check.ROW_CSS.get(r.get("status"), "") for r in check["rows"]]))
        findings = summary.get("findings", [])
        if findings:
            items = "".join(f"<li>{html.escape(f['text'])}</li>" for f in findings[:200])
            more = tr("… and {0} more").format(len(findings) - 200) if len(findings) > 200 else ""
            parts.append(f"<h3>{tr('Findings')}</h3><ul>{items}</ul>{more}")
        sections.append((step.title, "".join(parts)))
    page = report.page(tr("Review report: {0}").format(name), [tr("Date: {0}").format(date)], sections)
    report.write(path, page)
    return path


def write_report_pdf(html_path, pdf_path):
    """The HTML report printed to PDF by Qt's rich-text engine (tables and CJK text; no browser needed)."""
    from qgis.PyQt.QtGui import QTextDocument
    from qgis.PyQt.QtPrintSupport import QPrinter

    with open(html_path, encoding="utf-8") as handle:
        text = handle.read()
    document = QTextDocument()
    document.setDefaultStyleSheet(report.STYLE)
    document.setHtml(text)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(pdf_path)
    document.print(printer) if hasattr(document, "print") else document.print_(printer)
    return pdf_path


# --- maps ---------------------------------------------------------------------------------------
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


def prepare_layout(template, roles, frame_role, state, project):
    """A layout from a template with the plan's layers, extent, name and date; None if nothing to draw."""
    layers = [state.layer(r, project) for r in roles]
    layers = [layer for layer in layers if layer is not None]
    frame = state.layer(frame_role, project) or (layers[-1] if layers else None)
    if not layers or frame is None:
        return None
    layout = load_layout(template, project)
    name = state.settings.get("plan_name") or ""
    date = state.settings.get("plan_date") or datetime.date.today().isoformat()
    QgsExpressionContextUtils.setLayoutVariable(layout, "lantu_plan_name", name)
    QgsExpressionContextUtils.setLayoutVariable(layout, "lantu_plan_date", date)
    map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap))
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    transform = QgsCoordinateTransform(frame.crs(), project.crs(), project)
    extent = QgsRectangle(transform.transformBoundingBox(frame.extent()))
    extent.scale(1.05)
    map_item.setExtent(fit_to_frame(extent, map_item.rect().width() / map_item.rect().height()))
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            item.setAutoUpdateModel(False)
            root = item.model().rootGroup()
            root.removeAllChildren()
            for layer in layers:
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
            item.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
            item.setUnitsPerSegment(segment)
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


def export_maps(state, folder, project=None, formats=("pdf", "png"), dpi=150):
    """Export each standard map whose layers are set; return (files written, problems)."""
    project = project or QgsProject.instance()
    os.makedirs(folder, exist_ok=True)
    written, problems = [], []
    for template, stem, roles, frame_role in standard_maps():
        layout = prepare_layout(template, roles, frame_role, state, project)
        if layout is None:
            problems.append(tr("{0}: none of its layers is set on the Layers page.").format(template))
            continue
        exporter = QgsLayoutExporter(layout)
        for kind in formats:
            path = os.path.join(folder, f"{stem}.{kind}")
            if kind == "pdf":
                settings = QgsLayoutExporter.PdfExportSettings()
                result = exporter.exportToPdf(path, settings)
            else:
                settings = QgsLayoutExporter.ImageExportSettings()
                settings.dpi = dpi
                result = exporter.exportToImage(path, settings)
            if result == QgsLayoutExporter.ExportResult.Success:
                written.append(path)
            else:
                problems.append(tr("{0}: export failed ({1}).").format(os.path.basename(path), exporter.errorFile() or result))
    return written, problems
