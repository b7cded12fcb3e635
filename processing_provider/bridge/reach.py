"""Whether a layer given can be looked at against what it is checked against (core.overlay.reach), told to the
planner: a layer with no polygons, or one lying wholly apart (a wrong CRS label, the wrong layer), leaves what
depends on it not checked — never a 0 or a better verdict."""
from ...translation import tr


def reach(reference, geoms, label, against, feedback):
    """None when `geoms` can be looked at against `reference`; else the reason (overlay.EMPTY, overlay.APART),
    with a warning naming the layer (`label`) and what it was to be checked against (`against`)."""
    from ...core import overlay

    reason, gap = overlay.reach(reference, geoms)
    if reason == overlay.EMPTY:
        feedback.pushWarning(tr("{0} has no polygons: what depends on it is not checked.").format(label))
    elif reason == overlay.APART:
        feedback.pushWarning(tr("{0} lies wholly apart from {1} ({2:,.0f} m away): a wrong coordinate system label, or "
                                "the wrong layer? What depends on it is not checked.").format(label, against, gap))
    return reason


def reason_text(reason):
    """A short 'why not checked' for tables: the layer is empty, or lies apart."""
    from ...core import overlay

    return {overlay.EMPTY: tr("the layer has no polygons"), overlay.APART: tr("the layer lies apart")}.get(reason, reason)
