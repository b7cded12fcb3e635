"""The live check's findings as a memory layer of the project, 实时检查结果: one feature a finding, styled by
severity, changed in place as edits come (a fixed finding's feature is deleted, a new one added)."""
import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
)

from .. import styles
from ..core import units
from ..processing_provider.bridge.writing import _field
from ..translation import tr

FIELDS = (("rule_id", "str"), ("severity", "str"), ("src_layer", "str"), ("src_fid", "int"), ("message", "str"),
          ("area_m2", "float"), ("area_ha", "float"), ("area_mu", "float"))


def layer_name():
    return tr("Live check findings")


class FindingsLayer:
    """The memory layer and which of its features shows which finding (by the finding's key)."""

    def __init__(self, project):
        self.project = project
        self.layer_id = None
        self.features = {}  # finding key -> feature id in the layer

    def layer(self):
        return self.project.mapLayer(self.layer_id) if self.layer_id else None

    def ensure(self, crs):
        """The layer, made (and added to the project, on top) when there is none: the planner may remove it."""
        layer = self.layer()
        if layer is not None:
            return layer
        layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}" if crs.authid() else "MultiPolygon", layer_name(),
                               "memory")
        if not crs.authid():
            layer.setCrs(crs)
        layer.dataProvider().addAttributes([_field(name, kind) for name, kind in FIELDS])
        layer.updateFields()
        for name, alias in (("rule_id", tr("Rule")), ("severity", tr("Severity")), ("src_layer", tr("Layer")),
                            ("src_fid", tr("Feature")), ("message", tr("Message"))):
            layer.setFieldAlias(layer.fields().indexOf(name), alias)
        styles.apply(layer, "severity")
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        self.layer_id, self.features = layer.id(), {}
        return layer

    def sync(self, changed, gone, crs):
        """Write `changed` [(key, finding, message, geometry in `crs` as shapely)] and delete the features of `gone`
        (keys): one provider call each way, then one repaint."""
        layer = self.ensure(crs)
        provider = layer.dataProvider()
        stale = [self.features.pop(k) for k in list(gone) + [c[0] for c in changed] if k in self.features]
        if stale:
            provider.deleteFeatures(stale)
        transform = QgsCoordinateTransform(crs, layer.crs(), self.project) if crs != layer.crs() else None
        new, keys = [], []
        # every geometry as a multipolygon, in one pass (a paste of 1,000 features may bring thousands of findings)
        parts, owner = shapely.get_parts(np.array([c[3] for c in changed] + [None], dtype=object)[:-1], return_index=True)
        wkbs = shapely.to_wkb(shapely.multipolygons(parts, indices=owner)) if len(parts) else []
        for (key, finding, message, _, source), wkb in zip(changed, wkbs):
            feature = QgsFeature(layer.fields())
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            if transform is not None:
                geometry.transform(transform)
            feature.setGeometry(geometry)
            feature.setAttributes([finding.rule_id, finding.severity, source, int(finding.fid), message,
                                   *units.area_triplet(float(finding.area))])
            new.append(feature)
            keys.append(key)
        if new:
            ok, added = provider.addFeatures(new)
            for key, feature in zip(keys, added):
                self.features[key] = feature.id()
        layer.updateExtents()
        layer.triggerRepaint()

    def clear(self, keys):
        layer = self.layer()
        stale = [self.features.pop(k) for k in keys if k in self.features]
        if layer is not None and stale:
            layer.dataProvider().deleteFeatures(stale)
            layer.triggerRepaint()

    def feature_id(self, key):
        return self.features.get(key)
