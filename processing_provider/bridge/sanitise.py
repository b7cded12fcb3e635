"""What the readers do to geometry before anything else sees it: curves linearised as QGIS does, open rings
closed, NaN or infinite coordinates and unreadable WKB found (core/geometry.py), geometry collections in a
polygon layer reduced to their polygons, and every one of these told to the planner with the feature ids."""
import numpy as np
from qgis.core import QgsGeometry

from ...translation import tr

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None

SHOWN_IDS = 5  # feature ids a message lists before "…"


def linearise(wkb):
    """(WKB, whether it held an arc) of a geometry of a curve type (CircularString, CompoundCurve, CurvePolygon,
    MultiCurve, MultiSurface) as QGIS linearises it (segments of at most 1°, as QGIS draws and measures it);
    what QGIS cannot read stays."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if geometry.isNull():
        return wkb, False
    shape = geometry.constGet()
    return bytes(QgsGeometry(shape.segmentize()).asWkb()), shape.hasCurvedSegments()


def shapes(wkbs):
    """(shapely geometries, faults per feature, curved mask: the features that held arcs) from WKB (None stays
    None); never raises."""
    from ...core.geometry import from_wkb_checked

    return from_wkb_checked(np.asarray(wkbs, dtype=object), linearise)


def ids(fids, mask=None):
    """The first feature ids of a mask, for a message: '3, 17, 40, …'."""
    chosen = fids if mask is None else fids[mask]
    shown = ", ".join(str(int(f)) for f in chosen[:SHOWN_IDS])
    return shown + (", …" if len(chosen) > SHOWN_IDS else "")


def report_faults(data, feedback, label):
    """Tell what reading found; returns the mask of features to drop (no usable coordinates)."""
    from ...core.geometry import NOT_FINITE, UNCLOSED, UNREADABLE

    curved = 0 if data.curved is None else int(np.count_nonzero(data.curved))
    if curved:
        feedback.pushInfo(tr("{0}: {1} curved geometries (arcs) were linearised as QGIS does (segments of at most 1°).").format(
            label, curved))
    faults = data.faults if data.faults is not None else np.zeros(len(data.geoms), dtype=np.int8)
    opened = faults == UNCLOSED
    if opened.any():
        feedback.pushWarning(tr("{0}: closed the open rings of {1} features (their last vertex was not their first): "
                                "feature ids {2}.").format(label, int(opened.sum()), ids(data.fids, opened)))
    bad = faults == NOT_FINITE
    if bad.any():
        feedback.pushWarning(tr("{0}: skipped {1} features with coordinates that are not numbers (NaN or infinite): "
                                "feature ids {2}. Correct their vertices and run again to include them.").format(
                                    label, int(bad.sum()), ids(data.fids, bad)))
    unreadable = faults == UNREADABLE
    if unreadable.any():
        feedback.pushWarning(tr("{0}: skipped {1} features whose geometry cannot be read: feature ids {2}. Redraw or "
                                "delete them and run again.").format(label, int(unreadable.sum()), ids(data.fids, unreadable)))
    return bad | unreadable


def polygons_only(data, usable, feedback, label):
    """Geometry collections and other mixed geometries in a polygon layer reduced, in place, to their polygons
    (told, with the feature ids); returns the usable mask with those that hold no polygon dropped."""
    from ...core.geometry import POLYGON_TYPES, polygonal

    index = np.flatnonzero(usable)
    mixed = index[~np.isin(shapely.get_type_id(data.geoms[index]), POLYGON_TYPES)]
    if len(mixed) == 0:
        return usable
    data.geoms[mixed] = polygonal(data.geoms[mixed])
    usable = usable.copy()
    usable[mixed] = ~shapely.is_empty(data.geoms[mixed])
    feedback.pushWarning(tr("{0}: {1} features hold a geometry collection or other non-polygon parts; only their "
                            "polygons are used: feature ids {2}.").format(label, len(mixed), ids(data.fids[mixed])))
    return usable
