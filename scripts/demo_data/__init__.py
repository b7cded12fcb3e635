"""The parts of scripts/make_demo.py, the demo-data generator (kept out of the plugin zip)."""
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()
