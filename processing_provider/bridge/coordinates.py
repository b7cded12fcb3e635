"""Do a layer's coordinates agree with its CRS label? The guard's CRS sanity, used by crs.py and reading.py.

- Gauss-Krüger signatures: an 8-digit easting carries the zone number of its 3° (25–45) or 6° (13–23) zone
  in front of the 500 000 m false easting; a CRS whose false easting carries a zone needs eastings of that
  zone, one without needs 6-digit eastings. Where the label contradicts the coordinates, the right CRS
  follows from them, and the message names it.
- Placeable: coordinates must lie on the earth in their CRS (1e12 does not).
- Areas: a projected CRS must keep areas where the data lie (Web Mercator makes them 39 % too large at
  32°N); the planar area of a small square is compared with its area on the ellipsoid.
"""
import math
import re

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsRectangle,
)

from ...compat import SKIP_GEOMETRY_VALIDITY_CHECKS
from ...translation import tr
from . import gdal_crs

AREA_TOLERANCE = 0.01  # planar areas more than 1 % off the ellipsoid's are no areas to plan with
GEOGRAPHIC_EPSG = gdal_crs.CGCS2000_GEOGRAPHIC
EQUAL_AREA = "+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"


FAR = 1e9  # metres: no projected CRS holds coordinates this large (Gauss-Krüger eastings stay below 5e7)


def usable_extent(source):
    """The source's extent, or where one NaN or infinite vertex spoils it (GDAL notes such a layer's extent as
    1e10 or infinite), the extent of the features whose coordinates are all finite: those are the features
    the readers keep. A layer whose coordinates are all far off keeps its far extent, to be refused."""
    try:
        extent = source.sourceExtent()
    except Exception:  # noqa: BLE001 - a filtered layer with a NaN vertex: QGIS's extent fails ('unknown')
        extent = None
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()) if extent else ()
    if extent is not None and (extent.isNull() or all(math.isfinite(v) and abs(v) < FAR for v in corners)):
        return extent
    out = QgsRectangle()
    out.setMinimal()
    request = QgsFeatureRequest()  # kept: setNoAttributes() returns a reference into the request it is called on
    request.setNoAttributes()
    # Processing's own validity check would stop at the first bad geometry: the readers judge validity themselves
    features = source.getFeatures(request, SKIP_GEOMETRY_VALIDITY_CHECKS) if isinstance(
        source, QgsProcessingFeatureSource) else source.getFeatures(request)
    for feature in features:
        box = feature.geometry().boundingBox()
        values = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        if not feature.geometry().isNull() and all(math.isfinite(v) for v in values):
            out.combineExtentWith(box)
    if not out.isNull() and out.xMinimum() <= out.xMaximum():
        return out
    return extent if extent is not None else QgsRectangle()


def gauss_kruger(crs):
    """(zone in the false easting or None, central meridian, is CGCS2000) of a Gauss-Krüger CRS (transverse
    Mercator, scale 1), or None for any other CRS."""
    proj = crs.toProj() if crs.isValid() else ""
    values = dict(re.findall(r"\+(\w+)=([^\s]+)", proj))
    if values.get("proj") != "tmerc" or abs(float(values.get("k", values.get("k_0", 0)) or 0) - 1.0) > 1e-9:
        return None
    x0, meridian = float(values.get("x_0", 0)), float(values.get("lon_0", 0))
    zone = int(x0 // 1_000_000) if x0 >= 1_000_000 and x0 % 1_000_000 == 500_000 else None
    if zone is None and x0 != 500_000:
        return None
    cgcs = values.get("ellps") == "GRS80" or "CGCS2000" in crs.description()
    return zone, meridian, cgcs


def zone_crs(zone, prefixed=True):
    """The CGCS2000 Gauss-Krüger CRS of a 3° (25–45) or 6° (13–23) zone, with or without the zone prefix."""
    if 25 <= zone <= 45:
        return f"EPSG:{(4513 if prefixed else 4534) + zone - 25}"
    if 13 <= zone <= 23:
        return f"EPSG:{(4491 if prefixed else 4502) + zone - 13}"
    return None


def zone_of_meridian(meridian):
    """The 3° zone (25–45) or 6° zone (13–23) whose central meridian this is, or None."""
    if abs(meridian / 3 - round(meridian / 3)) < 1e-9 and 25 <= round(meridian / 3) <= 45:
        return int(round(meridian / 3))
    if abs((meridian + 3) / 6 - round((meridian + 3) / 6)) < 1e-9 and 13 <= round((meridian + 3) / 6) <= 23:
        return int(round((meridian + 3) / 6))
    return None


def eastings_zone(extent):
    """The zone number 8-digit eastings carry ('plain' for 6-digit eastings, None when they say nothing)."""
    low, high = extent.xMinimum(), extent.xMaximum()
    if 10_000_000 <= low and high < 100_000_000 and int(low // 1_000_000) == int(high // 1_000_000):
        return int(low // 1_000_000)
    if 100_000 <= low and high < 1_000_000:
        return "plain"
    return None


def gauss_kruger_conflict(crs, extent, label):
    """A planner's message when the Gauss-Krüger label of a layer contradicts its eastings, else None."""
    signature = gauss_kruger(crs)
    found = eastings_zone(extent)
    name = crs.authid() or crs.description()
    if crs.isGeographic() and found is not None and not extent.isNull():
        right = zone_crs(found) if found != "plain" else None
        why = tr("its coordinates ({0:,.0f}, {1:,.0f}) are metres of a Gauss-Krüger CRS, not degrees").format(
            extent.xMinimum(), extent.yMinimum())
        return tr("{0} is labelled {1}, but {2}. {3}").format(label, name, why, _advice(right) if right else tr(
            "Set the layer's CRS to the CGCS2000 Gauss-Krüger CRS without zone prefix it was made in (EPSG:4534–4554, "
            "by its central meridian) and run again."))
    if signature is None or found is None or extent.isNull():
        return None
    zone, meridian, cgcs = signature
    if zone is not None and found == "plain":
        right = zone_crs(zone, prefixed=False) if cgcs else None
        why = tr("its eastings ({0:,.0f}–{1:,.0f}) have 6 digits, but {2} puts the zone number {3} in front of "
                 "them").format(extent.xMinimum(), extent.xMaximum(), name, zone)
    elif found not in ("plain", zone):
        right = zone_crs(found) if cgcs else None
        shown = tr("zone {0} (central meridian {1:g}°E)").format(zone, meridian) if zone else tr(
            "no zone number (central meridian {0:g}°E)").format(meridian)
        why = tr("its eastings ({0:,.0f}–{1:,.0f}) carry the zone number {2} in front, but {3} has {4}").format(
            extent.xMinimum(), extent.xMaximum(), found, name, shown)
    else:
        return None
    advice = _advice(right) if right else tr(
        "Set the layer's CRS to the Gauss-Krüger CRS its coordinates were made in and run again.")
    return tr("{0} is labelled {1}, but {2}. With that label it lies in the wrong place. {3}").format(
        label, name, why, advice)


def _advice(right):
    return tr("It is most likely {0}: set the layer's CRS to {0} (Layer Properties ▸ Source ▸ Assigned coordinate "
              "reference system) and run again.").format(right)


def lonlat(crs, point):
    """A point's longitude and latitude (CGCS2000), or None where the CRS cannot place it on the earth.
    Moved by GDAL (gdal_crs says why); no datum shift matters to placing a layer."""
    lon, lat = gdal_crs.move([(point.x(), point.y())], gdal_crs.srs(crs), gdal_crs.epsg(GEOGRAPHIC_EPSG))[0]
    if not (math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180 and abs(lat) <= 90):
        return None
    return lon, lat


def check_placeable(crs, extent, label):
    """Refuse a layer whose coordinates lie nowhere on the earth in its CRS (1e12, a label far off)."""
    if extent.isNull():
        return
    corners = [QgsPointXY(extent.xMinimum(), extent.yMinimum()), QgsPointXY(extent.xMaximum(), extent.yMaximum())]
    numbers = [c for p in corners for c in (p.x(), p.y())]
    if not all(math.isfinite(v) for v in numbers) or any(lonlat(crs, p) is None for p in corners):
        raise QgsProcessingException(tr(
            "{0}: its coordinates ({1:,.6g}, {2:,.6g} to {3:,.6g}, {4:,.6g}) lie nowhere on the earth in its "
            "coordinate system {5}. The coordinates or the CRS label are wrong: check them against the layers they "
            "belong with, set the right CRS, and run again.").format(label, *numbers, crs.authid() or crs.description()))


def area_scale(crs, centre):
    """Planar area in `crs` / area on the ellipsoid, for a small square around `centre` (lon, lat); NaN where
    `crs` cannot place the square."""
    lon, lat = centre
    geographic = gdal_crs.epsg(GEOGRAPHIC_EPSG)
    d = 0.005
    square = [(lon - d, lat - d), (lon + d, lat - d), (lon + d, lat + d), (lon - d, lat + d)]
    areas = []
    for target in (gdal_crs.srs(crs), gdal_crs.proj(EQUAL_AREA.format(lat=lat, lon=lon))):
        x, y = gdal_crs.move(square, geographic, target).T
        areas.append(abs(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y)) / 2)
    return areas[0] / areas[1]


def check_area_scale(crs, centre, label, suggestion):
    """Refuse a projected CRS whose planar areas are off by more than AREA_TOLERANCE where the data lie."""
    scale = area_scale(crs, centre)
    if not math.isfinite(scale):
        return  # the square cannot be placed: check_placeable speaks of such coordinates
    if abs(scale - 1.0) > AREA_TOLERANCE:
        prefixed, plain, meridian = suggestion
        raise QgsProcessingException(tr(
            "{0} is in {1}, whose planar areas are {2:+.1f} % off the true area where the layer lies, so they would "
            "be meaningless. Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {3} or {4} (central meridian "
            "{5}°E), or choose the ellipsoidal area method.").format(
                label, crs.authid() or crs.description(), 100.0 * (scale - 1.0), prefixed, plain, meridian))


def fits(crs, extent, reference):
    """Whether coordinates with no CRS may be read in `crs`: they overlap the `reference` bounds (a layer of
    the run already read, in `crs`), or with none, their eastings match the Gauss-Krüger signature of `crs`."""
    if reference is not None:
        return extent.intersects(QgsRectangle(*reference))
    signature = gauss_kruger(crs)
    found = eastings_zone(extent)
    if signature is None or found is None:
        return False
    return found == (signature[0] if signature[0] is not None else "plain")
