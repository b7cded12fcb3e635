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
