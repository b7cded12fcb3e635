"""The stages and helpers of scripts/make_demo.py, the demo-data generator (kept out of the plugin zip).

make_demo.py holds the command line, the generator's state (Demo) and the order of the stages;
each stage is a function of that state here, in the order it runs:

    terrain.make_domain, rivers.make_rivers, terrain.make_terrain, reservoirs.make_reservoirs,
    admin.make_admin (+ admin_names), towns.make_towns, roads.make_roads (+ routing),
    settlements.make_settlements, small_features.make_small_features, fabric.make_fabric,
    landuse.classify, dltb.finish_dltb (+ areas), control_lines.make_lines,
    planned.make_ghyd (+ planned_sites), output.write, summary.summary

settings, geometry, overlay and raster are the shared constants and helpers.
"""
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()
