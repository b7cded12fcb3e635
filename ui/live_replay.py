"""'Go back' when the planner would rather not save yet. QGIS 3.22 gives a plugin no way to refuse a commit that
has begun (QgsVectorLayer::setAllowCommit is not in its Python API), so the edits are taken out of the edit buffer
before it is written, the empty buffer is committed, and the same edits are put back into a new edit buffer at
once: nothing reaches the data source and the planner finds every edit still unsaved (the undo history restarts
from there). Edits of the layer's fields (columns added or removed) cannot be put back: then the question is not
offered a 'go back' (see live_check.LiveCheck._before_commit)."""
from qgis.core import QgsFeature, QgsGeometry
from qgis.PyQt.QtCore import QTimer

_REPLAYING = set()  # ids of the layers whose edits are being put back


def replaying(layer):
    return layer.id() in _REPLAYING


def can_hold_back(layer):
    buffer = layer.editBuffer()
    return buffer is not None and not (buffer.addedAttributes() or buffer.deletedAttributeIds())


def hold_back(layer):
    """Empty the edit buffer that is about to be committed, and put its edits back once the commit is over."""
    buffer = layer.editBuffer()
    edits = {"added": [QgsFeature(f) for f in buffer.addedFeatures().values()],
             "deleted": list(buffer.deletedFeatureIds()),
             "geometries": {fid: QgsGeometry(g) for fid, g in buffer.changedGeometries().items()},
             "attributes": {fid: dict(values) for fid, values in buffer.changedAttributeValues().items()}}
    _REPLAYING.add(layer.id())
    layer.blockSignals(True)  # the undo is no edit of the planner's: nothing to check
    try:
        buffer.rollBack()
    finally:
        layer.blockSignals(False)
    QTimer.singleShot(0, lambda: put_back(layer, edits))


def put_back(layer, edits):
    """The edits taken out by hold_back, into the layer's edit buffer (editing started again if it stopped)."""
    try:
        if not layer.isEditable():
            layer.startEditing()
        layer.beginEditCommand("Lantu: edits kept unsaved")
        layer.deleteFeatures(edits["deleted"])
        for fid, geometry in edits["geometries"].items():
            layer.changeGeometry(fid, geometry)
        for fid, values in edits["attributes"].items():
            for index, value in values.items():
                layer.changeAttributeValue(fid, index, value)
        layer.addFeatures(edits["added"])
        layer.endEditCommand()
    finally:
        _REPLAYING.discard(layer.id())
