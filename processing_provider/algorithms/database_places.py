"""Where checkdatabase's findings are drawn: each in the output's CRS (moved from the CRS it was found in, as QGIS
would draw it; none where that CRS cannot place it), and a point on the feature for findings without a place of
their own."""
import numpy as np
from qgis.core import QgsProcessingException

from .. import bridge
from ..bridge import gdal_crs


def finding_anchors(layers, findings, move):
    """{(layer, fid): a point on the feature} of the features findings without a place of their own are about;
    move(layer name, points): the points in the output's CRS."""
    wanted = {}
    for f in findings:
        if f.geom is None and f.fid >= 0:
            wanted.setdefault(f.layer, set()).add(f.fid)
    out = {}
    for layer in layers:
        if layer.name in wanted:
            at = np.flatnonzero(np.isin(layer.fids, list(wanted[layer.name])))
            out.update({(layer.name, int(layer.fids[i])): p
                        for i, p in zip(at, move(layer.name, anchors(layer.geoms[at])))})
    return out


def moved(context, geoms, crs, out_crs):
    """geoms (an object array, None kept) from crs to out_crs, as QGIS would draw them; as they are where either CRS
    is unknown, None where the layer's CRS cannot place them (coordinates beyond its projection: crs_zone says so)."""
    import shapely

    if crs is None or out_crs is None or crs == out_crs or not len(geoms):
        return geoms
    from osgeo import gdal

    drawn = np.array([g is not None for g in geoms], dtype=bool)
    out = np.array(geoms, dtype=object)
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a point beyond the CRS is an answer here, not a GDAL error to log
    try:
        out[drawn] = bridge.to_crs(out[drawn], crs, out_crs, context)
    except QgsProcessingException:  # GDAL with exceptions on stops at a point beyond the CRS: point by point instead
        source, target = gdal_crs.srs(crs), gdal_crs.srs(out_crs)
        out[drawn] = shapely.transform(out[drawn], lambda xy: gdal_crs.move(xy, source, target))
    finally:
        gdal.PopErrorHandler()
    placed = np.flatnonzero(drawn)
    out[placed[~np.isfinite(shapely.bounds(out[placed])).all(axis=1)]] = None
    return out


def to_crs(context, findings, crs_of, out_crs):
    """Each finding's own place moved from the CRS it was found in (crs_of(finding)) to the output's."""
    placed = [f for f in findings if f.geom is not None]
    by_crs = {}
    for f in placed:
        crs = crs_of(f)
        if crs is not None:
            by_crs.setdefault(crs.toWkt(), (crs, []))[1].append(f)
    for crs, found in by_crs.values():
        for f, geom in zip(found, moved(context, np.array([f.geom for f in found], dtype=object), crs, out_crs)):
            f.geom = geom


def anchors(geoms):
    """A point on each geometry (its surface, or its first vertex where it has no surface), None for none."""
    import shapely

    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if present.any():
        coordinates, owner = shapely.get_coordinates(geoms[present], return_index=True)
        finite = present.copy()  # no NaN or infinite coordinate
        finite[np.flatnonzero(present)[np.unique(owner[~np.isfinite(coordinates).all(axis=1)])]] = False
        try:
            out[finite] = shapely.point_on_surface(geoms[finite])
        except shapely.errors.GEOSException:  # a geometry GEOS cannot place a point in: its first vertex
            out[finite] = [shapely.points(shapely.get_coordinates(g)[0]) for g in geoms[finite]]
    return out
