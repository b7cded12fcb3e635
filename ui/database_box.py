"""保障落实's 成果入库 and 质检: whether the step fills the plan database, and from which template, schema and mapping
(kept in the project as plan settings). The step's runs are lantu:exportdatabase then lantu:checkdatabase on what it
wrote (ui/steps.py); this box only chooses."""
import os

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit

from ..translation import tr
from . import steps as step_defs


def files():
    """(setting, label, file filter, tooltip) of each file the box chooses."""
    return (("database_template", tr("Template database (空库)"),
             tr("GeoPackage or FileGDB (*.gpkg *.gdbtable *.gdb);;All files (*)"),
             tr("The province's empty template database: its layers, fields, types and lengths are the schema")),
            ("database_schema", tr("Schema table (CSV)"), "CSV (*.csv)",
             tr("A schema as a table (layer, geometry, YSDM, field, type, length, decimals, required, domain)")),
            ("database_mapping", tr("Mapping (CSV)"), "CSV (*.csv)",
             tr("Which working layer and field fills which template layer and field; empty = guessed from the "
                "names and written out beside the database, to edit and use here")))


def texts():
    return (("database_xzqdm", tr("Township code (XZQDM)")), ("database_xzqmc", tr("Township name (XZQMC)")))


def database_folder(path):
    """A file picked inside a FileGDB (its .gdbtable …) stands for the .gdb folder; anything else as picked."""
    folder = path
    while folder and not folder.lower().endswith(".gdb") and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return folder if folder.lower().endswith(".gdb") else path


class DatabaseBox(QGroupBox):
    """The choices of 成果入库 and 质检 on the 保障落实 page."""

    def __init__(self, page):
        super().__init__(tr("Plan database (成果入库 and 质检)"))
        self.dock = page.dock
        grid = QGridLayout(self)
        self.enabled = QCheckBox(tr("Fill the plan database and check it when this step runs"))
        self.enabled.toggled.connect(lambda on: self.dock.set_setting(step_defs.DATABASE_SWITCH, bool(on)))
        grid.addWidget(self.enabled, 0, 0, 1, 2)
        self.files, self.texts = {}, {}
        for key, label, pattern, tip in files():
            widget = QgsFileWidget()
            widget.setFilter(pattern)
            widget.setToolTip(tip)
            widget.fileChanged.connect(lambda path, k=key: self._file_chosen(k, path))
            row = grid.rowCount()
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(widget, row, 1)
            self.files[key] = widget
        for key, label in texts():
            edit = QLineEdit()
            edit.editingFinished.connect(lambda k=key, e=edit: self.dock.set_setting(k, e.text().strip()))
            row = grid.rowCount()
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)
            self.texts[key] = edit
        self.note = QLabel(tr("Without a template or schema, Lantu's EXAMPLE schema is used: it is not your "
                              "province's. The database is written beside the project's results, never over one."))
        self.note.setWordWrap(True)
        grid.addWidget(self.note, grid.rowCount(), 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def _file_chosen(self, key, path):
        path = path.strip()
        if key == "database_template":
            path = database_folder(path)
        self.dock.set_setting(key, path)

    def refresh(self):
        """Show the plan's settings (a project opened, or the settings changed elsewhere)."""
        settings = self.dock.state.settings
        self.enabled.blockSignals(True)
        self.enabled.setChecked(bool(settings.get(step_defs.DATABASE_SWITCH)))
        self.enabled.blockSignals(False)
        for key, widget in self.files.items():
            widget.blockSignals(True)
            widget.setFilePath(settings.get(key, ""))
            widget.blockSignals(False)
        for key, edit in self.texts.items():
            edit.setText(settings.get(key, ""))
