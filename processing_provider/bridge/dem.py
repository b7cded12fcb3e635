"""A DEM on the QGIS side: opened in the working CRS (warped in memory when it is not, turned north-up when stored
south-up), its slope computed in other threads over a window (core.slope), and a layer's extent in that CRS.
Shared by lantu:slopefarmland and lantu:siteselection."""
import os

import numpy as np
from qgis.core import QgsProcessingException

from ...translation import tr


def layer_extent(source, crs, context):
    """The layer's extent in the working CRS, as (xmin, ymin, xmax, ymax); NaN when it has none."""
    from qgis.core import QgsCoordinateTransform

    extent = source.sourceExtent()
    if extent.isNull() or extent.isEmpty():
        return np.full(4, np.nan)
    if source.sourceCrs() != crs:
        extent = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext()).transformBoundingBox(extent)
    return np.array([extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()])


def slope_in_background(dataset, full, window):
    """slope.BackgroundSlope over the window (c0, r0, c1, r1) of the DEM `dataset` (grid `full`)."""
    from ...core import slope, zonal

    c0, r0, c1, r1 = window
    grid = zonal.Grid(full.x0 + c0 * full.xres, full.y0 - r0 * full.yres, full.xres, full.yres, r1 - r0, c1 - c0)
    band = dataset.GetRasterBand(1)
    return slope.BackgroundSlope(lambda first, stop, out: band.ReadAsArray(c0, r0 + first, grid.cols, stop - first, buf_obj=out),
                                 grid, band.GetNoDataValue(), workers=os.cpu_count() or 1)


def open_dem(layer, crs, feedback):
    """(dataset, grid): the DEM in the working CRS, warped in memory when it is in another CRS."""
    from osgeo import gdal

    from ...core import zonal

    gdal.UseExceptions()
    try:
        dataset = gdal.Open(layer.source())
        if dataset.GetDriver().ShortName == "GTiff":
            # a compressed GeoTIFF is decoded in as many threads as there are cores (GDAL ≥ 3.6)
            dataset = gdal.OpenEx(layer.source(), gdal.OF_RASTER, open_options=["NUM_THREADS=ALL_CPUS"])
    except RuntimeError as error:
        raise QgsProcessingException(tr("Could not open the DEM {0}: {1}").format(layer.source(), error)) from error
    if not layer.crs().isValid():
        raise QgsProcessingException(tr("{0} has no valid coordinate reference system: set one first.").format(layer.name()))
    bands = dataset.RasterCount
    palette = bands == 1 and dataset.GetRasterBand(1).GetColorTable() is not None
    if bands != 1 or palette:
        raise QgsProcessingException(tr(
            "{0} has {1} bands{2}: a DEM is a single band of elevations (an RGB or paletted image, a hillshade or a "
            "map is not). Choose a single-band elevation raster.").format(
                layer.name(), bands, tr(" and a colour table") if palette else ""))
    transform = dataset.GetGeoTransform()
    if layer.crs() == crs and not (transform[2] or transform[4]) and transform[1] > 0 and transform[5] > 0:
        # stored south-up (rows from the bottom): the same cells, north-up, exactly (no resampling)
        feedback.pushInfo(tr("The DEM {0} is stored south-up (positive y pixel size): read north-up.").format(layer.name()))
        dataset = _north_up(dataset)
        transform = dataset.GetGeoTransform()
    if layer.crs() != crs or transform[2] or transform[4] or transform[1] < 0 or transform[5] > 0:
        # Warp in memory to the working CRS: slope needs metres and parcels and cells in one CRS.
        feedback.pushInfo(tr("The DEM is in {0}: warped (bilinear) to {1} in memory.").format(
            layer.crs().authid() or layer.crs().description(), crs.authid() or crs.description()))
        dataset = gdal.Warp("", dataset, format="MEM", srcSRS=layer.crs().toWkt(), dstSRS=crs.toWkt(),
                            resampleAlg="bilinear")
        transform = dataset.GetGeoTransform()
    return dataset, zonal.Grid(transform[0], transform[3], transform[1], transform[5], dataset.RasterYSize,
                               dataset.RasterXSize)


def _north_up(dataset):
    """An in-memory copy of a south-up single-band raster, its rows turned so the first is the northernmost."""
    from osgeo import gdal

    band = dataset.GetRasterBand(1)
    z = band.ReadAsArray()[::-1]
    x0, xres, _, y0, _, yres = dataset.GetGeoTransform()
    out = gdal.GetDriverByName("MEM").Create("", dataset.RasterXSize, dataset.RasterYSize, 1, band.DataType)
    out.SetGeoTransform((x0, xres, 0.0, y0 + dataset.RasterYSize * yres, 0.0, -yres))
    out.SetProjection(dataset.GetProjection())
    if band.GetNoDataValue() is not None:
        out.GetRasterBand(1).SetNoDataValue(band.GetNoDataValue())
    out.GetRasterBand(1).WriteArray(z)
    return out
