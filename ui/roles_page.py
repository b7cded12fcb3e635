"""The Layers page: which layer of the project plays which role, the plan's name and date, the area method."""
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..compat import LINE_LAYER_FILTER, POLYGON_LAYER_FILTER, RASTER_LAYER_FILTER
from ..core.roles import LINE, RASTER, ROLES
from ..translation import tr
from .labels import role_labels


class RolesPage(QWidget):
    """Which layer plays which role, the plan's name and date; a guess the planner can correct."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell Lantu which layer of the project is which. The guess comes from layer and field "
                          "names; correct it here. Everything is saved in the project."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.plan_name = QLineEdit()
        self.plan_name.setPlaceholderText(tr("e.g. 某某片区"))
        self.plan_name.editingFinished.connect(lambda: self.dock.set_setting("plan_name", self.plan_name.text()))
        form.addRow(tr("Plan name"), self.plan_name)
        self.plan_date = QLineEdit()
        self.plan_date.setPlaceholderText("2026-11")
        self.plan_date.editingFinished.connect(lambda: self.dock.set_setting("plan_date", self.plan_date.text()))
        form.addRow(tr("Plan date"), self.plan_date)
        self.area_method = QComboBox()
        self.area_method.addItems([tr("planar (projected CRS)"), tr("ellipsoidal (CGCS2000)")])
        self.area_method.activated.connect(lambda index: self.dock.set_setting("area_method", index))
        form.addRow(tr("Area method"), self.area_method)
        self.combos = {}
        filters = {LINE: LINE_LAYER_FILTER, RASTER: RASTER_LAYER_FILTER}
        for role in ROLES:
            combo = QgsMapLayerComboBox()
            combo.setFilters(filters.get(role.kind, POLYGON_LAYER_FILTER))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            combo.layerChanged.connect(lambda layer, key=role.key: self.dock.set_role(key, layer))
            form.addRow(role_labels()[role.key], combo)
            self.combos[role.key] = combo
        layout.addLayout(form)
        buttons = QHBoxLayout()
        guess = QPushButton(tr("Guess again"))
        guess.clicked.connect(self.dock.guess)
        demo = QPushButton(tr("Load demo project"))
        demo.clicked.connect(self.dock.load_demo)
        buttons.addWidget(guess)
        buttons.addWidget(demo)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()

    def show_state(self, state, project):
        self.plan_name.setText(state.settings.get("plan_name", ""))
        self.plan_date.setText(state.settings.get("plan_date", ""))
        self.area_method.setCurrentIndex(int(state.settings.get("area_method", 0) or 0))
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setLayer(state.layer(key, project))
            combo.blockSignals(False)
