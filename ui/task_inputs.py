"""What a step's background run reads: copies of the project's layers that only its task touches.

Processing finds a layer's source or id in the context's project, so a task whose context holds the project reads
the very layer objects the window draws, edits and removes (a source string too: it is matched to the project layer
with that source). QGIS does not make that safe, and it crashed the dock now and then. A threaded run gets instead a
context without the project and a clone of each layer: the same source, and the CRS, encoding, filter and
expression fields the planner set. Only a layer with unsaved edits, or with nothing behind it but memory, must be
read as itself: the runner waits for its task before such a layer is removed (see StepRunner).
"""
from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsMapLayerStore, QgsProcessingContext

from ..compat import GEOMETRY_NO_CHECK
from ..processing_provider.bridge.fast_read import OWN_COPY

SHARED_PROVIDERS = ("memory", "virtual")  # a clone of these would not see the same features


def task_value(layer):
    """The layer for a background run: a clone of its own, or the project's layer where only that sees the data."""
    if layer.providerType() in SHARED_PROVIDERS or (hasattr(layer, "isModified") and layer.isModified()):
        return layer
    copy = layer.clone()
    if copy is None or not copy.isValid():
        return layer
    copy.setCustomProperty(OWN_COPY, True)
    return copy


def layer_values(params):
    """The layers among a run's parameter values (a list parameter's too)."""
    values = [v for value in params.values() for v in (value if isinstance(value, list) else [value])]
    return [v for v in values if hasattr(v, "customProperty")]


def keep_copies(params):
    """A store that owns the run's copies, for the runner to drop once the task is done: owned by QGIS, not by
    Python, they are never left for Python to delete on its way out, after QGIS has shut down."""
    store = QgsMapLayerStore()
    copies = [v for v in layer_values(params) if v.customProperty(OWN_COPY)]
    if copies:
        store.addMapLayers(copies)
    return store


def is_shared(value):
    """Whether a parameter value is a project layer the task reads as itself."""
    return hasattr(value, "customProperty") and not value.customProperty(OWN_COPY)


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
