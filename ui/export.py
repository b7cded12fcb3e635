"""Export: the HTML review report of every step, worded as the dock shows it (the maps are in maps.py)."""
import datetime
import html

from qgis.core import QgsProject

from ..core import report
from ..core import targets as core_targets
from ..translation import tr
from . import status as step_results
from . import steps as step_defs
from . import target_check
from .labels import role_labels, run_state_labels, status_labels, target_labels
from .present import area_unit, figure_view, table_view


def write_report(state, path):
    """One HTML page: the plan, its layer roles, targets, and every step's figures, tables and findings, with the
    same Chinese headers, words and area unit as the dock."""
    name = state.settings.get("plan_name") or tr("(plan without a name)")
    date = state.settings.get("plan_date") or datetime.date.today().isoformat()
    unit = area_unit(state.settings)
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
        figures = [list(figure_view(f, unit)) for f in summary.get("figures", [])]
        if figures:
            parts.append(report.table([tr("Figure"), tr("Value")], figures))
        unchecked = summary.get("unchecked", [])
        if unchecked:
            items = "".join(f"<li>{html.escape(u['what'])} — {html.escape(u['text'])}</li>" for u in unchecked)
            parts.append(f"<h3>{tr('Not checked')}</h3><ul>{items}</ul>")
        table = summary.get("table")
        if table:
            parts.append(f"<h3>{html.escape(table['label'])}</h3>")
            headers, rows, _ = table_view(table["headers"], table["rows"], unit)
            parts.append(report.table(headers, rows))
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
