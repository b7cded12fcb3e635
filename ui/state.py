"""What the dock knows about a plan, kept inside the .qgz: layer roles, targets, settings, latest results.

Stored as one JSON entry (scope "lantu", key "state") with QgsProject.writeEntry, so it travels with the
project file and is restored when the project is opened.
"""
import json
from dataclasses import asdict, dataclass, field

from qgis.core import QgsMapLayerType, QgsProject, QgsProviderRegistry

from ..compat import LINE_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY
from ..core import roles as core_roles

SCOPE, KEY = "lantu", "state"


@dataclass
class PlanState:
    roles: dict = field(default_factory=dict)  # role key -> layer id
    targets: list = field(default_factory=list)  # [{column of core.targets.COLUMNS: text}]
    settings: dict = field(default_factory=dict)  # plan_name, plan_date, results_dir …
    results: dict = field(default_factory=dict)  # step key -> {status, figures, messages}

    def save(self, project=None):
        project = project or QgsProject.instance()
        project.writeEntry(SCOPE, KEY, json.dumps(asdict(self), ensure_ascii=False))

    @classmethod
    def load(cls, project=None):
        project = project or QgsProject.instance()
        text, found = project.readEntry(SCOPE, KEY, "")
        if not found or not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        known = {k: data[k] for k in ("roles", "targets", "settings", "results") if isinstance(data.get(k), (dict, list))}
        for target in known.get("targets", []):  # plans saved before core.targets kept a target's scope as "cluster"
            if isinstance(target, dict) and "cluster" in target:
                target.setdefault("scope", target.pop("cluster"))
        return cls(**known)

    def layer(self, role, project=None):
        """The project layer that plays `role`, or None (not set, or removed since)."""
        layer_id = self.roles.get(role)
        return (project or QgsProject.instance()).mapLayer(layer_id) if layer_id else None

    def field(self, role, kind, project=None):
        """The field of `role`'s layer that holds `kind` (core.roles.ROLE_FIELDS): the planner's choice while the layer
        has it ('' = none on purpose), else the first standard name the layer has; None when there is none."""
        layer = self.layer(role, project)
        names = layer.fields().names() if layer is not None and hasattr(layer, "fields") else []
        chosen = self.settings.get("fields", {}).get(role, {}).get(kind)
        if chosen == "":
            return None
        if chosen in names:
            return chosen
        return core_roles.find_field(names, core_roles.field_candidates(role, kind))

    def choose_field(self, role, kind, name):
        """Keep the planner's field for `kind` of `role` (None or '' = do not use one)."""
        self.settings.setdefault("fields", {}).setdefault(role, {})[kind] = name or ""

    def required_fields(self, project=None):
        """The fields every current parcel must fill in: the planner's list when one was ever typed ('' = check
        none), else the standard 三调 fields the current land-use layer has."""
        if "required_fields" in self.settings:
            return self.settings["required_fields"]
        layer = self.layer("current_landuse", project)
        return core_roles.standard_required(layer.fields().names()) if layer is not None and hasattr(layer, "fields") else ""

    def zones(self, project=None):
        """(layer, zone-code field) of the planning zones: the zones role, else the planned land use when it carries a
        zone code (GHFQDM …); (None, None) when neither."""
        for role in ("planning_zones", "planned_landuse"):
            layer, field = self.layer(role, project), self.field(role, core_roles.ZONE_CODE, project)
            if layer is not None and field:
                return layer, field
        return None, None


def describe_layer(layer):
    """A core LayerInfo of a QGIS layer: its names (display, table, file) and fields."""
    names = [layer.name()]
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    for key in ("layerName", "path"):
        if parts.get(key):
            names.append(str(parts[key]).replace("\\", "/").split("/")[-1].rsplit(".", 1)[0])
    if layer.type() == QgsMapLayerType.RasterLayer:
        return core_roles.LayerInfo(layer.id(), names, [], core_roles.RASTER)
    if layer.type() != QgsMapLayerType.VectorLayer:
        return None
    kinds = {POLYGON_GEOMETRY: core_roles.POLYGON, LINE_GEOMETRY: core_roles.LINE,
             POINT_GEOMETRY: core_roles.POINT}
    kind = kinds.get(layer.geometryType(), "table")
    return core_roles.LayerInfo(layer.id(), names, layer.fields().names(), kind)


def guess_roles(project=None):
    """{role: layer id} guessed from the layers of the project."""
    project = project or QgsProject.instance()
    infos = [i for i in (describe_layer(layer) for layer in project.mapLayers().values()) if i is not None]
    return core_roles.guess_roles(infos)
