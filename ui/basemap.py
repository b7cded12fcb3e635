"""现状研判's 生成规划底图 (make the base map): lantu:convertbase run in the background on the current land use, its
layer written beside the project (<project>_lantu/base_map.gpkg), loaded in the 用地用海 colours and offered as the
planned land use to draw the plan on; the parcels the conversion could not decide are listed, to be settled first.

A base map already written is never overwritten (the planner may be editing it): a new one takes the next free name.
"""
import os
import shutil

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import styles
from ..core import roles as core_roles
from ..translation import tr
from . import runner as step_runner
from . import steps as step_defs
from .results import set_aliases

KEY = "basemap"  # the runner's staging prefix; not a step of its own
ALGORITHM = "lantu:convertbase"
BASE_NAME = "base_map"
SETTING = "base_map"  # plan setting: the layer id of the latest base map
BASE_PROPERTY = "lantu/basemap"  # custom property on a base-map layer
UNDECIDED = "undecided"
MAX_LISTED = 500


def base_step():
    """The one-run 'step' the runner takes: convertbase on the current land use, its code and CZCSXM fields."""
    current = "current_landuse"
    parameters = {"LANDUSE": step_defs.CURRENT, "CODE_FIELD": step_defs.CURRENT_CODE,
                  "CZCSXM_FIELD": step_defs.Field(current, core_roles.CZCSXM), "AREA_METHOD": step_defs.AREA}
    return step_defs.Step(KEY, tr("Make the base map"), tr("Base map"), (step_defs.Run(ALGORITHM, parameters),))


def free_path(folder):
    """base_map.gpkg in `folder`, else base_map_2.gpkg, _3 … : the first name not yet taken."""
    path, n = os.path.join(folder, f"{BASE_NAME}.gpkg"), 1
    while os.path.exists(path):
        n += 1
        path = os.path.join(folder, f"{BASE_NAME}_{n}.gpkg")
    return path


def undecided_parcels(layer, limit=MAX_LISTED):
    """(count, [(fid, text)]) of the layer's parcels with status = undecided, the first `limit` of them listed."""
    request = QgsFeatureRequest().setFilterExpression(f"\"status\" = '{UNDECIDED}'")
    names = layer.fields().names()
    count, listed = 0, []
    for feature in layer.getFeatures(request):
        count += 1
        if len(listed) < limit:
            values = dict(zip(names, feature.attributes()))
            listed.append((feature.id(), parcel_text(values)))
    return count, listed


def parcel_text(values):
    def text(name):
        value = values.get(name)
        return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)

    head = " ".join(t for t in (text("DLBM"), text("DLMC")) if t) or tr("no code")
    candidates = text("candidates").replace("|", " / ")
    choice = tr("choose among {0}").format(candidates) if candidates else tr("no candidate class")
    reason = text("reason")
    return f"{head}: {choice}" + (f" — {reason}" if reason else "")


class BaseMapPanel(QWidget):
    """The button, its progress and the undecided parcels (click one to zoom to it)."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.dock = page.dock
        self.runner = None
        self.layer_id = None
        self.ask = self.ask_planned  # what asks whether to take the base map as the planned land use (tests replace it)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(tr("Make the base map"))
        self.button.setToolTip(tr("Convert the current land use (三调) into 用地用海 classes: the layer the plan is drawn on"))
        self.button.clicked.connect(self.make)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        row.addWidget(self.button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.undecided_label = QLabel()
        self.undecided_label.setWordWrap(True)
        self.undecided_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.undecided_label)
        self.undecided = QListWidget()
        self.undecided.setMinimumHeight(100)
        self.undecided.setWordWrap(True)
        self.undecided.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undecided.itemClicked.connect(self.page.zoom_to)
        layout.addWidget(self.undecided)
        self.undecided_count = 0
        self.refresh()

    # running ----------------------------------------------------------------------------
    def make(self):
        if self.runner is not None and self.runner.running:
            return
        self.runner = step_runner.start_for_page(self, base_step(), self.button)

    def cancel(self, wait=False):
        if self.runner is not None:
            self.runner.cancel(wait)

    def _finished(self, outcomes, staging):
        self.button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if not staging:
            self.progress.setValue(0)
            said = [text for o in outcomes for _, text in o.messages]
            self.notes.setText("\n".join(said) or tr("Cancelled; no base map was written."))
            return
        layer = self.commit(outcomes, staging)
        if layer is not None and self.ask(layer):
            self.take_as_planned(layer)

    def commit(self, outcomes, staging):
        """Move the written layer beside the project, load and style it; the layer, or None (the notes say why)."""
        outcome = outcomes[0] if outcomes else None
        written = outcome.results.get("OUTPUT") if outcome is not None and outcome.state == step_runner.DONE else None
        if not isinstance(written, str) or not os.path.exists(written):
            shutil.rmtree(staging, ignore_errors=True)
            self.notes.setText(self._failure(outcome))
            return None
        path = free_path(os.path.dirname(staging))
        os.replace(written, path)
        shutil.rmtree(staging, ignore_errors=True)
        layer = self.load(path)
        if layer is None:
            self.notes.setText(tr("The base map was written to {0} but could not be loaded.").format(path))
            return None
        self.notes.setText(tr("The base map was written to {0}.").format(path))
        return layer

    def _failure(self, outcome):
        if outcome is None or outcome.state == step_runner.NOT_AVAILABLE:
            return tr("{0} is not available in this version.").format(ALGORITHM)
        if outcome.state == step_runner.MISSING_ROLE:
            return tr("The base map needs the current land use: set it on the Layers page.")
        errors = [text for level, text in outcome.messages if level == "error"]
        return "✖ " + (errors[-1] if errors else tr("failed; see the Processing log"))

    def load(self, path):
        project = self.dock.project
        layer = QgsVectorLayer(path, tr("规划底图 (base map) {0}").format(os.path.basename(path)), "ogr")
        if not layer.isValid():
            return None
        styles.apply(layer, "ydyh", "YDYHFLDM")
        set_aliases(layer)
        layer.setCustomProperty(BASE_PROPERTY, path)
        if project.addMapLayer(layer, False) is None:
            return None
        project.layerTreeRoot().insertLayer(0, layer)
        self.dock.set_setting(SETTING, layer.id())
        self.refresh()
        return layer

    # the planned land use -----------------------------------------------------------------
    def ask_planned(self, layer):
        answer = QMessageBox.question(
            self, tr("Make the base map"),
            tr("Take {0} as the planned land use, the layer the plan is drawn on? Settle its {1} undecided parcels "
               "first.").format(layer.name(), self.undecided_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def take_as_planned(self, layer):
        combo = self.dock.roles_page.combos.get("planned_landuse")
        if combo is not None:
            combo.setLayer(layer)  # the Layers page shows it (and sets the role through the dock)
        if self.dock.state.layer("planned_landuse", self.dock.project) is not layer:
            self.dock.set_role("planned_landuse", layer)

    # the undecided parcels -------------------------------------------------------------------
    def layer(self):
        layer_id = self.dock.state.settings.get(SETTING)
        return self.dock.project.mapLayer(layer_id) if layer_id else None

    def refresh(self):
        """List the latest base map's undecided parcels (again after the planner saves edits to it)."""
        layer = self.layer()
        self.undecided.clear()
        self.undecided_count = 0
        if layer is None:
            self.undecided_label.setText("")
            self.undecided.setVisible(False)
            return
        if layer.id() != self.layer_id:
            self.layer_id = layer.id()
            layer.afterCommitChanges.connect(self.refresh)
        self.undecided_count, listed = undecided_parcels(layer)
        if self.undecided_count:
            text = tr("Undecided parcels in {0}: {1} (settle them first; click one to zoom to it)").format(
                layer.name(), self.undecided_count)
        else:
            text = tr("Undecided parcels in {0}: none").format(layer.name())
        self.undecided_label.setText(text)
        self.undecided.setVisible(bool(listed))
        for fid, text in listed:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (layer.id(), fid))
            self.undecided.addItem(item)
