"""The raster grid of the area (25 m cells by default) and smooth noise fields on it."""
from __future__ import annotations

import math

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from .settings import CELL, EPSG


class Grid:
    """A north-up grid covering bounds plus a margin, its origin on a 500 m lattice."""

    def __init__(self, bounds, cell=CELL, margin=1000.0):
        minx, miny, maxx, maxy = bounds
        self.cell = cell
        self.x0 = math.floor((minx - margin) / 500.0) * 500.0
        self.y1 = math.ceil((maxy + margin) / 500.0) * 500.0
        self.nx = int(math.ceil((maxx + margin - self.x0) / cell))
        self.ny = int(math.ceil((self.y1 - (miny - margin)) / cell))

    @property
    def srs(self):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        return srs

    @property
    def shape(self):
        return (self.ny, self.nx)

    @property
    def gt(self):
        return (self.x0, self.cell, 0.0, self.y1, 0.0, -self.cell)

    def xs(self):
        return self.x0 + (np.arange(self.nx) + 0.5) * self.cell

    def ys(self):
        return self.y1 - (np.arange(self.ny) + 0.5) * self.cell

    def ij(self, x, y):
        j = np.clip(((np.asarray(x) - self.x0) / self.cell).astype(np.int64), 0, self.nx - 1)
        i = np.clip(((self.y1 - np.asarray(y)) / self.cell).astype(np.int64), 0, self.ny - 1)
        return i, j

    def sample(self, arr, x, y):
        i, j = self.ij(x, y)
        return arr[i, j]

    def mem(self, dtype=gdal.GDT_Float32, fill=0):
        ds = gdal.GetDriverByName("MEM").Create("", self.nx, self.ny, 1, dtype)
        ds.SetGeoTransform(self.gt)
        ds.SetProjection(self.srs.ExportToWkt())
        ds.GetRasterBand(1).Fill(fill)
        return ds

    def rasterize(self, geoms, values=None, all_touched=True, dtype=gdal.GDT_Byte, fill=0):
        """Burn geometries (value 1 or per-geometry values) into a new array."""
        ds = self.mem(dtype, fill)
        if len(geoms):
            src = ogr.GetDriverByName("Memory").CreateDataSource("")
            lyr = src.CreateLayer("l", self.srs, ogr.wkbUnknown)
            lyr.CreateField(ogr.FieldDefn("v", ogr.OFTReal if dtype == gdal.GDT_Float32 else ogr.OFTInteger64))
            defn = lyr.GetLayerDefn()
            wkb = shapely.to_wkb(geoms)
            vals = np.ones(len(geoms)) if values is None else np.asarray(values)
            vals = vals.tolist()
            for geom_wkb, value in zip(wkb, vals):
                feature = ogr.Feature(defn)
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geom_wkb))
                feature.SetField(0, value)
                lyr.CreateFeature(feature)
            opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
            gdal.RasterizeLayer(ds, [1], lyr, options=opts)
        return ds.GetRasterBand(1).ReadAsArray()

    def proximity(self, geoms):
        """Distance (m) from every cell centre to the nearest burnt cell of the geometries."""
        src = self.mem(gdal.GDT_Byte, 0)
        src.GetRasterBand(1).WriteArray(self.rasterize(geoms))
        dst = self.mem(gdal.GDT_Float32, 0)
        gdal.ComputeProximity(src.GetRasterBand(1), dst.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
        return dst.GetRasterBand(1).ReadAsArray()


def bspline_noise(rng, grid, wavelength):
    """Smooth value noise (cubic B-spline through a random lattice), zero mean, unit-ish sd."""
    cell = grid.cell
    lattice_nx = int(math.ceil(grid.nx * cell / wavelength)) + 4
    lattice_ny = int(math.ceil(grid.ny * cell / wavelength)) + 4
    lattice = rng.standard_normal((lattice_ny, lattice_nx)).astype(np.float32)
    ox, oy = rng.uniform(0, 1, 2)

    def weights(count):
        pos = (np.arange(count) + 0.5) * cell / wavelength + 1 + (ox if count == grid.nx else oy)
        i = np.floor(pos).astype(np.int64)
        frac = (pos - i).astype(np.float32)
        basis = np.stack([(1 - frac) ** 3 / 6, (3 * frac ** 3 - 6 * frac ** 2 + 4) / 6,
                          (-3 * frac ** 3 + 3 * frac ** 2 + 3 * frac + 1) / 6, frac ** 3 / 6])
        return i - 1, basis

    ix, wx = weights(grid.nx)
    iy, wy = weights(grid.ny)
    rows = sum(lattice[:, ix + tap] * wx[tap][None, :] for tap in range(4))        # (lattice_ny, nx)
    out = sum(rows[iy + tap, :] * wy[tap][:, None] for tap in range(4))            # (ny, nx)
    return (out / 0.53).astype(np.float32)


def fbm(rng, grid, wavelengths, gains):
    """Fractal noise: a sum of B-spline noise fields of the given wavelengths and gains."""
    out = np.zeros(grid.shape, np.float32)
    for wavelength, gain in zip(wavelengths, gains):
        out += gain * bspline_noise(rng, grid, wavelength)
    return out
