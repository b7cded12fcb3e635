"""What a step's background run reads: copies of the project's layers that only its task touches.

Processing finds a layer's source or id in the context's project, so a task whose context holds the project reads
the very layer objects the window draws, edits and removes (a source string too: it is matched to the project layer
with that source). QGIS does not make that safe, and it crashed the dock now and then. A threaded run gets instead a
context without the project and a clone of each layer: the same source, and the CRS, encoding, filter and
expression fields the planner set, joined to copies of its join layers. Only a layer with unsaved edits, or with
nothing behind it but memory, must be read as itself: the runner stops and waits for its task before such a layer is
edited, saved, rolled back or removed (see StepRunner).
"""
import functools

from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapLayerStore,
    QgsProcessingContext,
    QgsVectorLayerJoinInfo,
)

from ..compat import GEOMETRY_NO_CHECK
from ..processing_provider.bridge.fast_read import OWN_COPY

SHARED_PROVIDERS = ("memory", "virtual")  # a clone of these would not see the same features
WAIT_MS = 60_000  # how long a cancelled task may take to let go of what it reads (it checks every batch)


def task_value(layer):
    """The layer for a background run: a clone of its own (its joins on clones too), or the project's layer where
    only that sees the data."""
    if _shared_only(layer):
        return layer
    copy = clone_with_joins(layer)
    if copy is None or any(joined is None for joined in copy.lantu_joined):
        return layer  # joined to a layer only the project's object shows: the whole is read as itself
    copy.setCustomProperty(OWN_COPY, True)
    return copy


def clone_with_joins(layer):
    """layer.clone() with each join moved onto a clone of its join layer (kept with the copy, as its lantu_joined;
    None there for a join that had to stay on the project's layer), or None if the layer cannot be cloned."""
    copy = layer.clone()
    if copy is None or not copy.isValid():
        return None
    copy.lantu_joined = []
    for join in list(copy.vectorJoins()) if hasattr(copy, "vectorJoins") else []:
        source = join.joinLayer()
        other = None if source is None or _shared_only(source) else clone_with_joins(source)
        copy.lantu_joined.append(other)
        if other is not None:
            rejoined = QgsVectorLayerJoinInfo(join)
            rejoined.setJoinLayer(other)
            copy.removeJoin(join.joinLayerId())
            copy.addJoin(rejoined)
    return copy


def _shared_only(layer):
    """Whether only the project's own layer object shows the data (memory, virtual, unsaved edits)."""
    return layer.providerType() in SHARED_PROVIDERS or (hasattr(layer, "isModified") and layer.isModified())


def layer_values(params):
    """The layers among a run's parameter values (a list parameter's too)."""
    values = [v for value in params.values() for v in (value if isinstance(value, list) else [value])]
    return [v for v in values if hasattr(v, "customProperty")]


def keep_copies(params):
    """A store that owns the run's copies, for the runner to drop once the task is done: owned by QGIS, not by
    Python, they are never left for Python to delete on its way out, after QGIS has shut down."""
    store = QgsMapLayerStore()
    copies = [v for v in layer_values(params) if v.customProperty(OWN_COPY)]
    while copies:
        store.addMapLayers(copies)
        copies = [j for c in copies for j in getattr(c, "lantu_joined", [])]
    return store


def shared_layers(params):
    """The project layers among a run's parameters that the task reads as themselves, with the layers they join."""
    shared = [v for v in layer_values(params) if not v.customProperty(OWN_COPY)]
    joined = [j.joinLayer() for v in shared if hasattr(v, "vectorJoins") for j in v.vectorJoins()]
    return shared + [j for j in joined if j is not None]


def _stop_for(stop, name, *_):
    stop(name)


class ChangeWatch:
    """Calls stop(layer name) before a layer the task reads as itself changes under it: an edit begun (or made
    without an edit command), editing started, saved or rolled back (the edit buffer the task reads is replaced),
    the layer deleted. Closed (disconnected) once the task is done."""

    def __init__(self, layers, stop):
        self._links = []
        self.names = {layer.id(): layer.name() for layer in layers}  # what the project removes is told by id
        for layer in layers:
            signals = [layer.willBeDeleted]
            if hasattr(layer, "editCommandStarted"):
                signals += [layer.editCommandStarted, layer.layerModified, layer.beforeEditingStarted,
                            layer.beforeCommitChanges, layer.beforeRollBack]
            slot = functools.partial(_stop_for, stop, layer.name())
            for signal in signals:
                signal.connect(slot)
                self._links.append((signal, slot))

    def close(self):
        for signal, slot in self._links:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # the layer is gone already
                pass
        self._links = []


def task_context(project, threaded):
    """A Processing context for one run: the project's settings, and the project itself only on the main thread.
    The expression scopes are built here, on the main thread, as Processing's own dialog does: left empty, they
    would be built from the task's thread, racing the map canvas over the project's cached scope (a crash in
    QgsProject::createExpressionContextScope during a canvas refresh)."""
    context = QgsProcessingContext()
    if threaded:
        context.setTransformContext(project.transformContext())
        context.setEllipsoid(project.ellipsoid())
        context.setDistanceUnit(project.distanceUnits())
        context.setAreaUnit(project.areaUnits())
    else:
        context.setProject(project)
    expressions = QgsExpressionContext()  # (its list constructor double-frees the scopes in PyQGIS 3.22)
    expressions.appendScope(QgsExpressionContextUtils.globalScope())
    expressions.appendScope(QgsExpressionContextUtils.projectScope(project))
    context.setExpressionContext(expressions)
    # Lantu's algorithms repair geometries themselves and say so; Processing's filter would stop them.
    context.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
    return context
