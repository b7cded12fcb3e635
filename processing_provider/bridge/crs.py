"""The working CRS every algorithm computes in, and moving whole geometry arrays between CRSs."""
import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingException

from ...compat import WKT_PREFERRED
from ...translation import tr

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


def _centre_lonlat(crs, extent, context):
    geographic = QgsCoordinateReferenceSystem("EPSG:4490")
    transform = QgsCoordinateTransform(crs, geographic, context.transformContext())
    centre = transform.transform(extent.center())
    return centre.x(), centre.y()


def working_crs(source, area_method, context):
    """The CRS all geometry is computed in: the source's own (planar), or an equal-area one."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr("{0} has no valid coordinate reference system: set one first.").format(source.sourceName()))
    extent = source.sourceExtent()
    if area_method == ELLIPSOIDAL:
        lon, lat = _centre_lonlat(crs, extent, context)
        # Lambert azimuthal equal-area on the ellipsoid keeps every area: its planar area is the
        # ellipsoidal area, and whole arrays are measured at once.
        return QgsCoordinateReferenceSystem.fromProj(CGCS2000_LAEA.format(lat=lat, lon=lon))
    if crs.isGeographic():
        lon, _ = _centre_lonlat(crs, extent, context) if not extent.isEmpty() else (105.0, 0)
        prefixed, plain, meridian = gauss_kruger_suggestion(lon)
        raise QgsProcessingException(
            tr("The layer's CRS {0} is geographic (degrees), so planar areas would be meaningless. "
               "Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {1} or {2} (central meridian "
               "{3}°E), or choose the ellipsoidal area method.").format(crs.authid() or crs.description(),
                                                                        prefixed, plain, meridian))
    return crs


def to_crs(geoms, source_crs, target_crs, context):
    """Geometries from one CRS to another (whole arrays at once), e.g. results back to the layer's CRS.
    The caller's array is left as it is."""
    return transform_geoms(np.asarray(geoms, dtype=object).copy(), source_crs, target_crs, context)


def transform_geoms(geoms, source_crs, target_crs, context):
    """`geoms` (an object array, changed in place where it can be) moved from one CRS to another."""
    if source_crs == target_crs or len(geoms) == 0:
        return geoms
    from osgeo import osr

    def srs(crs):
        ref = osr.SpatialReference()
        ref.ImportFromWkt(crs.toWkt(WKT_PREFERRED))
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return ref

    transformation = osr.CoordinateTransformation(srs(source_crs), srs(target_crs))

    def move(coords):
        if len(coords) == 0:
            return coords
        return np.asarray(transformation.TransformPoints(coords))[:, :2]

    return shapely.transform(geoms, move)
