"""The Export page: the review report of all steps and the standard maps (the work is in export.py)."""
import os

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..translation import tr
from . import export


class ExportPage(QWidget):
    """The review report of all steps and the standard maps."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        layout = QVBoxLayout(self)
        about = QLabel(tr("An HTML review report of every step (tables, findings, figures), and the standard maps "
                          "from the layout templates, as PDF and PNG."))
        about.setWordWrap(True)
        layout.addWidget(about)
        report = QPushButton(tr("Write the review report…"))
        report.clicked.connect(self.write_report)
        maps = QPushButton(tr("Export the standard maps…"))
        maps.clicked.connect(self.export_maps)
        layout.addWidget(report)
        layout.addWidget(maps)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch()

    def write_report(self, path=None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Review report"), "", tr("HTML files (*.html)"))
        if not path:
            return None
        export.write_report(self.dock.state, path)
        pdf = os.path.splitext(path)[0] + ".pdf"
        export.write_report_pdf(path, pdf)
        self.message.setText(tr("Report written: {0}").format(f"{path}, {os.path.basename(pdf)}"))
        return path

    def export_maps(self, folder=None):
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the maps"))
        if not folder:
            return []
        written, problems = export.export_maps(self.dock.state, folder, self.dock.project)
        text = tr("Maps written: {0}").format(", ".join(os.path.basename(p) for p in written) or "—")
        if problems:
            text += "\n" + "\n".join(problems)
        self.message.setText(text)
        return written
