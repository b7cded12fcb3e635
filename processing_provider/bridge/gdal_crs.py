"""Coordinates moved by GDAL's PROJ (osr), never by QgsCoordinateTransform, from an algorithm's thread.

QGIS 3.22 keeps its CRS objects in process-wide caches, each built on one thread's PROJ context. A CRS first made
on a task's thread can be left in those caches without its PROJ object when that thread ends (the thread pool
ends idle threads after 30 s): every later QgsCoordinateTransform with it, on any thread, is then silently a
pass-through (isValid() False, points returned unmoved). Seen in the test suite: EPSG:4490 made by a task, and a
layer at 105°E was then said to lie "nowhere on the earth". GDAL gives every thread its own PROJ context and
keeps nothing across threads, so the checks that place a layer on the earth go through it."""
import math

import numpy as np

from ...compat import WKT_PREFERRED

CGCS2000_GEOGRAPHIC = 4490


def srs(crs):
    """GDAL's spatial reference for a QGIS CRS, x first (easting, longitude), or None when QGIS gives no definition.
    Its WKT, else its PROJ string, else its EPSG code: the first QGIS can still give."""
    from osgeo import osr

    authority, _, code = crs.authid().partition(":")
    for kind, definition in (("wkt", crs.toWkt(WKT_PREFERRED)), ("proj", crs.toProj()),
                             ("epsg", int(code) if authority.upper() == "EPSG" and code.isdigit() else None)):
        if not definition:
            continue
        ref = osr.SpatialReference()
        try:
            done = {"wkt": ref.ImportFromWkt, "proj": ref.ImportFromProj4, "epsg": ref.ImportFromEPSG}[kind](definition)
        except RuntimeError:  # GDAL with exceptions on
            continue
        if done == 0:
            ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            return ref
    return None


def epsg(code):
    """GDAL's spatial reference for an EPSG code, x first."""
    from osgeo import osr

    ref = osr.SpatialReference()
    ref.ImportFromEPSG(code)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def proj(definition):
    """GDAL's spatial reference for a PROJ string, x first."""
    from osgeo import osr

    ref = osr.SpatialReference()
    ref.ImportFromProj4(definition)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def move(points, source, target):
    """An (n, 2) array of `points` moved from one spatial reference to another; a row PROJ cannot move is NaN."""
    from osgeo import gdal, osr

    points = np.asarray(points, dtype=float).reshape(-1, 2)
    out = np.full(points.shape, np.nan)
    if source is None or target is None:
        return out
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a point outside the projection's domain is an answer, not noise
    try:
        transformation = osr.CoordinateTransformation(source, target)
        for i, (x, y) in enumerate(points):
            try:
                moved = transformation.TransformPoint(float(x), float(y))
            except RuntimeError:  # GDAL with exceptions on
                continue
            if math.isfinite(moved[0]) and math.isfinite(moved[1]):
                out[i] = moved[:2]
    except RuntimeError:
        pass  # no transformation between them at all
    finally:
        gdal.PopErrorHandler()
    return out
