"""The Layers page: which layer of the project plays which role and which of its fields each step reads, the
steps that need each role, the plan's name and date, the area method and the unit areas are shown in."""
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..compat import LINE_LAYER_FILTER, POINT_LAYER_FILTER, POLYGON_LAYER_FILTER, RASTER_LAYER_FILTER
from ..core.roles import LINE, POINT, RASTER, ROLE_FIELDS, ROLES
from ..translation import tr
from . import steps as step_defs
from .labels import field_kind_labels, role_labels, unit_labels
from .present import AREA_UNITS

FIELDS_PER_ROW = 2


def steps_needing(role):
    """(the steps that cannot run without the role, the steps that use it if given), by their tabs' names."""
    required, optional = [], []
    for step in step_defs.steps():
        used = step_defs.roles_used(step)
        if role in used:
            (required if used[role] else optional).append(step.tab)
    return required, optional


def needs_text(role):
    """'required: Current, Delivery · optional: Lines' for a role."""
    required, optional = steps_needing(role)
    parts = []
    if required:
        parts.append(tr("required: {0}").format(tr(", ").join(required)))
    if optional:
        parts.append(tr("optional: {0}").format(tr(", ").join(optional)))
    return " · ".join(parts) or tr("used by the maps only")


class RolesPage(QWidget):
    """Which layer plays which role and the fields read from it; a guess the planner can correct."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell Lantu which layer of the project is which, and which field holds what. The guess comes "
                          "from layer and field names; correct it here. Everything is saved in the project."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock puts the field under its label
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
        self.area_unit = QComboBox()
        for unit in AREA_UNITS:
            self.area_unit.addItem(unit_labels()[unit], unit)
        self.area_unit.activated.connect(lambda index: self.dock.set_area_unit(self.area_unit.itemData(index)))
        form.addRow(tr("Areas shown in"), self.area_unit)
        layout.addLayout(form)
        self.combos, self.field_combos = {}, {}
        for role in ROLES:
            layout.addWidget(self._role_block(role))
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

    def _role_block(self, role):
        """A role: its name, the steps that need it, the layer, and the fields read from it."""
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(block)
        box.setContentsMargins(6, 4, 6, 4)
        title = QLabel(f"<b>{role_labels()[role.key]}</b> <span style='color:#868e96'>{needs_text(role.key)}</span>")
        title.setWordWrap(True)
        box.addWidget(title)
        combo = QgsMapLayerComboBox()
        combo.setFilters({LINE: LINE_LAYER_FILTER, RASTER: RASTER_LAYER_FILTER, POINT: POINT_LAYER_FILTER}.get(
            role.kind, POLYGON_LAYER_FILTER))
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        combo.layerChanged.connect(lambda layer, key=role.key: self.dock.set_role(key, layer))
        box.addWidget(combo)
        self.combos[role.key] = combo
        kinds = field_kind_labels()
        grid = QGridLayout()
        for i, (kind, candidates) in enumerate(ROLE_FIELDS.get(role.key, ())):
            fields = QgsFieldComboBox()
            fields.setAllowEmptyFieldName(True)
            fields.setToolTip(tr("Standard names: {0}; empty = not used").format(", ".join(candidates)))
            fields.fieldChanged.connect(lambda name, r=role.key, k=kind: self.dock.set_field(r, k, name))
            self.field_combos[(role.key, kind)] = fields
            row, column = divmod(i, FIELDS_PER_ROW)
            grid.addWidget(QLabel(kinds[kind]), row, 2 * column)
            grid.addWidget(fields, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        if role.key == "current_landuse":  # the fields every parcel must fill in (数据质检)
            self.required_fields = QLineEdit()
            self.required_fields.setPlaceholderText("BSM,DLBM,DLMC,ZLDWDM")
            self.required_fields.setToolTip(tr("Fields every parcel must have filled in, comma-separated; empty = not checked"))
            self.required_fields.editingFinished.connect(
                lambda: self.dock.set_setting("required_fields", self.required_fields.text().strip()))
            row = grid.rowCount()
            grid.addWidget(QLabel(tr("Required fields")), row, 0)
            grid.addWidget(self.required_fields, row, 1, 1, 2 * FIELDS_PER_ROW - 1)
        if role.key == "facilities":  # 镇村生活圈: the service distance of each facility type (lantu:lifecircle RADII)
            self.life_circle_radii = QgsFileWidget()
            self.life_circle_radii.setFilter("CSV (*.csv)")
            self.life_circle_radii.setToolTip(tr("CSV: type, level, service_m; empty = the built-in table, whose distances "
                                                 "are left for you to fill"))
            self.life_circle_radii.fileChanged.connect(
                lambda path: self.dock.set_setting("life_circle_radii", path.strip()))
            row = grid.rowCount()
            grid.addWidget(QLabel(tr("Service distances")), row, 0)
            grid.addWidget(self.life_circle_radii, row, 1, 1, 2 * FIELDS_PER_ROW - 1)
        box.addLayout(grid)
        return block

    def show_state(self, state, project):
        self.plan_name.setText(state.settings.get("plan_name", ""))
        self.plan_date.setText(state.settings.get("plan_date", ""))
        self.area_method.setCurrentIndex(int(state.settings.get("area_method", 0) or 0))
        self.area_unit.setCurrentIndex(max(self.area_unit.findData(state.settings.get("area_unit", "ha")), 0))
        self.required_fields.setText(state.required_fields(project))
        self.required_fields.setCursorPosition(0)  # a list longer than the box shows from its start
        self.life_circle_radii.blockSignals(True)
        self.life_circle_radii.setFilePath(state.settings.get("life_circle_radii", ""))
        self.life_circle_radii.blockSignals(False)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setLayer(state.layer(key, project))
            combo.blockSignals(False)
            self.show_fields(key, state, project)

    def show_fields(self, role, state, project):
        """The field combos of a role: its layer's fields, the chosen or guessed one selected."""
        layer = state.layer(role, project)
        for (key, kind), combo in self.field_combos.items():
            if key != role:
                continue
            combo.blockSignals(True)
            combo.setLayer(layer if layer is not None and hasattr(layer, "fields") else None)
            combo.setField(state.field(role, kind, project) or "")
            combo.blockSignals(False)
