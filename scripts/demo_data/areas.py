"""Parcel measures: ellipsoidal area (the 三调's TBMJ) and zonal mean slope."""
from __future__ import annotations

import numpy as np
import shapely
from osgeo import gdal, osr

from .settings import CENTER_LONLAT, EPSG, LAEA


def ellipsoidal_area(demo, geoms):
    """Area on the CGCS2000 (GRS80) ellipsoid: planar area in a Lambert azimuthal equal-area
    projection on GRS80 centred on the area (PROJ's ellipsoidal LAEA is exactly equal-area)."""
    if not hasattr(demo, "_to_laea"):
        gk = osr.SpatialReference()
        gk.ImportFromEPSG(EPSG)
        gk.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        laea = osr.SpatialReference()
        laea.ImportFromProj4(LAEA.format(lat=CENTER_LONLAT[1], lon=CENTER_LONLAT[0]))
        laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        demo._to_laea = osr.CoordinateTransformation(gk, laea)
    geoms = np.asarray(geoms, object)
    coords = shapely.get_coordinates(geoms)
    if len(coords) == 0:
        return np.zeros(len(geoms))
    out = np.empty_like(coords)
    step = 1_000_000
    for start in range(0, len(coords), step):
        moved = np.asarray(demo._to_laea.TransformPoints(coords[start:start + step] + [demo.ox, demo.oy]))
        out[start:start + step] = moved[:, :2]
    return shapely.area(shapely.set_coordinates(shapely.transform(geoms, lambda same: same), out))


def zonal_mean_slope(demo, geoms):
    """Mean slope (degrees) of the cells whose centres are in each geometry; the slope at a point
    on the surface for geometries that hold no cell centre."""
    grid = demo.grid
    ids = grid.rasterize(geoms, values=np.arange(1, len(geoms) + 1), all_touched=False, dtype=gdal.GDT_Int32)
    count = np.bincount(ids.ravel(), minlength=len(geoms) + 1)[1:]
    total = np.bincount(ids.ravel(), weights=demo.slope.ravel().astype(np.float64), minlength=len(geoms) + 1)[1:]
    rep = shapely.get_coordinates(shapely.point_on_surface(geoms))
    at_point = grid.sample(demo.slope, rep[:, 0], rep[:, 1]).astype(float)
    return np.where(count > 0, total / np.maximum(count, 1), at_point)
