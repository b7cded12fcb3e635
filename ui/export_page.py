"""The Export page: the review report of all steps and the standard maps (the work is in export.py and maps.py).
The maps are exported by a background task with its progress here and in QGIS's task manager."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..translation import tr
from . import export, maps, workbook
from .task_inputs import WAIT_MS


class ExportPage(QWidget):
    """The review report of all steps and the standard maps."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        self.task, self.written = None, []
        layout = QVBoxLayout(self)
        about = QLabel(tr("An HTML review report of every step (tables, findings, figures), the tables as one "
                          "spreadsheet with the dock's headers and units, and the standard maps from the layout "
                          "templates, as PDF and PNG."))
        about.setWordWrap(True)
        layout.addWidget(about)
        report = QPushButton(tr("Write the review report…"))
        report.clicked.connect(lambda: self.write_report())
        tables = QPushButton(tr("Save the tables as a spreadsheet (.xlsx)…"))
        tables.clicked.connect(lambda: self.write_tables())
        self.maps_button = QPushButton(tr("Export the standard maps…"))
        self.maps_button.clicked.connect(lambda: self.export_maps())
        layout.addWidget(report)
        layout.addWidget(tables)
        layout.addWidget(self.maps_button)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
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

    def write_tables(self, path=None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Tables"), "", tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            sheets = workbook.write(self.dock.state, path)
        except (OSError, RuntimeError) as error:
            self.message.setText(str(error))
            return None
        self.message.setText(tr("Tables written: {0} ({1} sheets)").format(path, len(sheets)))
        return path

    def export_maps(self, folder=None):
        """Start exporting the standard maps into `folder` in the background; return the task (None if not started)."""
        if self.running():
            return None
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the maps"))
        if not folder:
            return None
        self.written = []
        self.task = maps.export_task(self.dock.state, folder, self.dock.project)
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task.done.connect(self._done)
        self.maps_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.message.setText(tr("Exporting the maps in the background…"))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def running(self):
        """Whether a map export is under way."""
        return not self.maps_button.isEnabled()

    def cancel(self, wait=False):
        if self.task is not None and self.running():
            self.task.cancel()
            if wait:  # the dock is going: its code must not go on in the task's thread
                self.task.waitForFinished(WAIT_MS)

    def _done(self, written, problems):
        self.task = None  # the task manager deletes a finished task: no handle to it is kept
        self.written = list(written)
        self.maps_button.setEnabled(True)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        text = tr("Maps written: {0}").format(", ".join(os.path.basename(p) for p in written) or "—")
        if problems:
            text += "\n" + "\n".join(problems)
        self.message.setText(text)
