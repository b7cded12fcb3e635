"""The working CRS every algorithm computes in, and moving whole geometry arrays between CRSs."""
import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from ...translation import tr
from . import coordinates, gdal_crs, guard

try:  # shapely 2 is checked by require_dependencies(); the provider must load without it
    import shapely
except ImportError:  # pragma: no cover - reported to the planner instead
    shapely = None

PLANAR, ELLIPSOIDAL = 0, 1
# CGCS2000's ellipsoid differs from GRS80 by 1e-10 in flattening: far below a square metre.
CGCS2000_LAEA = "+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"


def gauss_kruger_suggestion(longitude):
    """The CGCS2000 3-degree Gauss-Krüger CRSs for a longitude: (with zone prefix, without, CM)."""
    zone = int(round(longitude / 3.0))
    zone = min(max(zone, 25), 45)
    return f"EPSG:{4513 + zone - 25}", f"EPSG:{4534 + zone - 25}", zone * 3


def _centre_lonlat(crs, extent, label=""):
    centre = coordinates.lonlat(crs, extent.center())
    if centre is None:
        raise QgsProcessingException(tr(
            "{0}: the centre of its coordinates ({1:,.6g}, {2:,.6g}) lies nowhere on the earth in {3}. The "
            "coordinates or the CRS label are wrong: set the right CRS and run again.").format(
                label, extent.center().x(), extent.center().y(), crs.authid() or crs.description()))
    return centre


def working_crs(source, area_method, context):
    """The CRS all geometry is computed in: the source's own (planar), or an equal-area one.

    Refused, naming the CRS to use: no CRS; a Gauss-Krüger label the eastings contradict; coordinates that lie
    nowhere on the earth; for planar areas, a geographic CRS or one whose areas are off where the data lie
    (Web Mercator). An algorithm that reports CRS faults as findings (REPORTS_CRS_FAULTS) is spared all but
    the first (and, for ellipsoidal areas, coordinates it cannot place)."""
    crs = source.sourceCrs()
    label = source.sourceName()
    extent = coordinates.usable_extent(source)
    if not crs.isValid():
        zone = coordinates.eastings_zone(extent) if not extent.isNull() else None
        hint = tr(" Its eastings carry the zone number {0}: {1} would fit them.").format(
            zone, coordinates.zone_crs(zone)) if isinstance(zone, int) and coordinates.zone_crs(zone) else ""
        raise QgsProcessingException(tr(
            "{0} has no valid coordinate reference system (a shapefile without .prj, or a GeoPackage layer with "
            "srs_id 0).{1} Set its CRS (Layer Properties ▸ Source, or a .prj file) and run again.").format(label, hint))
    lenient = getattr(getattr(guard.current(), "instance", None), "REPORTS_CRS_FAULTS", False)
    if not extent.isNull() and not lenient:
        conflict = coordinates.gauss_kruger_conflict(crs, extent, label)
        if conflict:
            raise QgsProcessingException(conflict)
        coordinates.check_placeable(crs, extent, label)
    if area_method == ELLIPSOIDAL:
        lon, lat = _centre_lonlat(crs, extent, label)
        # Lambert azimuthal equal-area on the ellipsoid keeps every area: its planar area is the
        # ellipsoidal area, and whole arrays are measured at once.
        return QgsCoordinateReferenceSystem.fromProj(CGCS2000_LAEA.format(lat=lat, lon=lon))
    if crs.isGeographic():
        lon, _ = _centre_lonlat(crs, extent, label) if not extent.isEmpty() else (105.0, 0)
        prefixed, plain, meridian = gauss_kruger_suggestion(lon)
        raise QgsProcessingException(
            tr("The layer's CRS {0} is geographic (degrees), so planar areas would be meaningless. "
               "Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {1} or {2} (central meridian "
               "{3}°E), or choose the ellipsoidal area method.").format(crs.authid() or crs.description(),
                                                                        prefixed, plain, meridian))
    if not extent.isNull() and not lenient:
        centre = _centre_lonlat(crs, extent, label)
        coordinates.check_area_scale(crs, centre, label, gauss_kruger_suggestion(centre[0]))
    return crs


def read_crs(source, label, crs, context, feedback):
    """The CRS a layer's coordinates are read in, for a layer read into `crs`: its own, once checked against
    its coordinates (a Gauss-Krüger label they contradict, or coordinates nowhere on the earth, are refused).

    A layer with no CRS (a shapefile without .prj, a GeoPackage layer with srs_id 0) is read in the CRS of the
    first layer of the run when it lies where that layer lies (or, with none read yet, when its eastings fit
    `crs`), with a warning; otherwise it is refused."""
    own = source.sourceCrs()
    extent = coordinates.usable_extent(source)
    if not own.isValid():
        run = guard.current()
        first = next((n for n in run.layers if n.crs is not None and n.crs.isValid()), None) if run else None
        candidate, reference = (first.crs, first.extent) if first else (crs, None)
        if extent.isNull() or coordinates.fits(candidate, extent, reference):
            feedback.pushWarning(tr(
                "{0} has no coordinate reference system (a shapefile without .prj, or a GeoPackage layer with srs_id "
                "0); its coordinates lie where {1} lies, so it is read as {2}. Set its CRS to be sure.").format(
                    label, first.label if first else tr("the working CRS"), candidate.authid() or candidate.description()))
            return candidate
        zone = coordinates.eastings_zone(extent)
        hint = tr(" Its eastings carry the zone number {0}: {1} would fit them.").format(
            zone, coordinates.zone_crs(zone)) if isinstance(zone, int) and coordinates.zone_crs(zone) else ""
        raise QgsProcessingException(tr(
            "{0} has no coordinate reference system (a shapefile without .prj, or a GeoPackage layer with srs_id 0), "
            "and its coordinates ({1:,.0f}, {2:,.0f} to {3:,.0f}, {4:,.0f}) do not lie where the other layers of the "
            "run lie in {5}.{6} Set its CRS (Layer Properties ▸ Source, or a .prj file) and run again.").format(
                label, extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                candidate.authid() or candidate.description(), hint))
    if not extent.isNull():
        conflict = coordinates.gauss_kruger_conflict(own, extent, label)
        if conflict:
            raise QgsProcessingException(conflict)
        coordinates.check_placeable(own, extent, label)
    return own


def extent_tuple(extent):
    """(xmin, ymin, xmax, ymax) of a QgsRectangle, or None for a null one."""
    return None if extent.isNull() else (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())


def to_crs(geoms, source_crs, target_crs, context):
    """Geometries from one CRS to another (whole arrays at once), e.g. results back to the layer's CRS.
    The caller's array is left as it is."""
    return transform_geoms(np.asarray(geoms, dtype=object).copy(), source_crs, target_crs, context)


def transform_geoms(geoms, source_crs, target_crs, context):
    """`geoms` (an object array, changed in place where it can be) moved from one CRS to another."""
    if source_crs == target_crs or len(geoms) == 0 or not source_crs.isValid() or not target_crs.isValid():
        return geoms  # a layer with no CRS was read as the run's CRS (read_crs): its results stay in it
    from osgeo import osr

    source, target = gdal_crs.srs(source_crs), gdal_crs.srs(target_crs)
    if source is None or target is None:
        raise QgsProcessingException(tr("QGIS gives no definition of the coordinate reference system {0}: "
                                        "set the layer's CRS again and run again.").format(
            (source_crs if source is None else target_crs).authid() or "?"))
    transformation = osr.CoordinateTransformation(source, target)

    def move(coords):
        if len(coords) == 0:
            return coords
        try:
            return np.asarray(transformation.TransformPoints(coords))[:, :2]
        except RuntimeError as error:  # GDAL with exceptions on: a point PROJ cannot move
            raise QgsProcessingException(tr(
                "Coordinates could not be moved from {0} to {1} ({2}): some lie where {0} cannot place them. Check "
                "the layers' CRS labels against their coordinates.").format(
                    source_crs.authid() or source_crs.description(), target_crs.authid() or target_crs.description(),
                    str(error).splitlines()[0] if str(error) else "—")) from None

    return shapely.transform(geoms, move)
