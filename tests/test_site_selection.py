"""lantu:siteselection (项目辅助选址): a hand-built 2 km × 2 km search area where only the north-east quarter meets
every constraint, so every candidate lies in it; every candidate passes lantu:sitecheck as 可行 with the same
layers (on that fixture and on the demo, with every constraint); a project larger than any feasible piece gives no
candidate and a report that names the constraint that removed the most land (worked out by hand)."""
import math

import numpy as np
import pytest
from conftest import DEMO_GPKG, ROOT, run_algorithm
from layers import X0, Y0, box, box_wkt, memory_layer, to_gpkg
from qgis.core import QgsGeometry, QgsVectorLayer

DEM_CELL = 10.0
ROAD_X = 1500  # a 县道 running north–south: setback 10 m + half its default width 8.5 m
ROAD_ZONE = 10 + 8.5 / 2
HAZARD = (1700, 1500, 100)  # a 地质灾害隐患点范围 in the north-east quarter (x, y, radius)


def quarter_layers(tmp_path):
    """The layers of the fixture, as GeoPackages (so sitecheck and siteselection read the very same data).

    NW (x < 1000, y ≥ 1000): 旱地 0103, a class no site may take. SW: 农村宅基地 0702 under 永久基本农田.
    SE: 0702, its north half in 生态保护红线, its south half a 30° slope. NE: 0702 and 裸土地 1206 in 100 m
    strips, inside 城镇开发边界, with a hazard disc, the road's control zone, a 200 m strip of 永久基本农田 along
    its west side and a 50 m square of it and of 生态保护红线 in its east corners (so that sitecheck sees every layer
    reach the candidates: it leaves a layer lying wholly apart from the sites not checked). The urban boundary is the east half (URBAN_RULE 0: inside only)."""
    parcels = []
    for i in range(20):
        for j in range(20):
            x, y = i * 100, j * 100
            code = "0103" if x < 1000 and y >= 1000 else ("1206" if x >= 1000 and y >= 1000 and i % 2 else "0702")
            parcels.append((box(x, y, x + 100, y + 100), code))
    hx, hy, hr = HAZARD
    layers = {
        "area": memory_layer("area", [("NAME", "string")], [(box(0, 0, 2000, 2000), "片区")]),
        "dltb": memory_layer("dltb", [("DLBM", "string")], parcels),
        "yjjbnt": memory_layer("yjjbnt", [], [(box(0, 0, 1000, 1000),), (box(1000, 1000, 1200, 2000),),
                                              (box(1950, 1000, 2000, 1050),)]),
        "stbhhx": memory_layer("stbhhx", [], [(box(1000, 500, 2000, 1000),), (box(1950, 1950, 2000, 2000),)]),
        "czkfbj": memory_layer("czkfbj", [], [(box(1000, 0, 2000, 2000),)]),
        "hazard": memory_layer("hazard", [], [(QgsGeometry.fromWkt(f"POINT({X0 + hx} {Y0 + hy})").buffer(hr, 16),)]),
        "roads": memory_layer("roads", [("GRADE", "string")], [(
            f"LINESTRING({X0 + ROAD_X} {Y0 - 100},{X0 + ROAD_X} {Y0 + 2100})", "县道")], geometry="LineString"),
    }
    out = {name: to_gpkg(layer, tmp_path / f"{name}.gpkg").source() for name, layer in layers.items()}
    out["dem"] = quarter_dem(tmp_path / "dem.tif")
    return out


def quarter_dem(path):
    """10 m cells over the area and 50 m around it: level, but for the south-east quarter's south half, a plane
    rising eastwards at 30° (its cells steeper than any limit below)."""
    from osgeo import gdal, osr

    n = int(2100 / DEM_CELL)
    x = -50 + (np.arange(n) + 0.5) * DEM_CELL
    y = 2050 - (np.arange(n) + 0.5) * DEM_CELL
    xx, yy = np.meshgrid(x, y)
    z = np.where((xx >= 1000) & (yy < 500), (xx - 1000) * math.tan(math.radians(30)), 0.0) + 500
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0 - 50, DEM_CELL, 0, Y0 + 2050, 0, -DEM_CELL))
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(z.astype(np.float32))
    dataset = None
    return str(path)


def select(files, **parameters):
    base = {"BOUNDARY": files["area"], "LANDUSE": files["dltb"], "CODE_FIELD": "DLBM", "PERMANENT_FARMLAND": files["yjjbnt"],
            "ECO_REDLINE": files["stbhhx"], "URBAN_BOUNDARY": files["czkfbj"], "URBAN_RULE": 0, "ROADS": files["roads"],
            "MAX_ROAD_DISTANCE": 600, "HAZARD": files["hazard"], "DEM": files["dem"], "MAX_SLOPE": 15, "AREA_HA": 2,
            "MIN_WIDTH": 30, "COUNT": 5, "OUTPUT": "memory:"}
    base.update(parameters)
    return run_algorithm("lantu:siteselection", base)


def features(layer):
    return [(dict(zip(layer.fields().names(), f.attributes())), f.geometry()) for f in layer.getFeatures()]


def site_verdicts(sites, landuse, code_field, lines, roads, constraints, tmp_path, name):
    """lantu:sitecheck's verdict for every candidate, with the same layers."""
    path = to_gpkg(sites, tmp_path / f"{name}.gpkg").source()
    result, feedback = run_algorithm("lantu:sitecheck", {
        "SITE": path, "LANDUSE": landuse, "CODE_FIELD": code_field, **lines, "ROADS": roads,
        "CONSTRAINTS": constraints, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    verdicts = [f["verdict"] for f in result["SUMMARY"].getFeatures()]
    assert "not checked" not in feedback.text(), feedback.text()
    return verdicts


def test_only_the_feasible_quarter_gets_candidates(lantu_processing, tmp_path):
    import shapely

    files = quarter_layers(tmp_path)
    result, _ = select(files, REPORT=str(tmp_path / "选址.html"))
    found = features(result["OUTPUT"])
    assert result["CANDIDATE_COUNT"] == 5 == len(found)
    # the land meeting every constraint, by plain shapely from the fixture's own figures: the NE quarter less the
    # strip of 永久基本农田, the hazard disc (the layer's own polygon) and the road's control zone
    hazard = shapely.from_wkt(next(QgsVectorLayer(files["hazard"]).getFeatures()).geometry().asWkt())
    road = shapely.from_wkt(f"LINESTRING({X0 + ROAD_X} {Y0 - 100},{X0 + ROAD_X} {Y0 + 2100})")
    corners = shapely.from_wkt(box_wkt(1950, 1000, 2000, 1050)).union(shapely.from_wkt(box_wkt(1950, 1950, 2000, 2000)))
    feasible = shapely.from_wkt(box_wkt(1200, 1000, 2000, 2000)).difference(hazard).difference(
        shapely.buffer(road, ROAD_ZONE, quad_segs=8)).difference(corners)
    assert result["FEASIBLE_AREA_M2"] == pytest.approx(feasible.area, rel=1e-4)
    ne = box(1000, 1000, 2000, 2000).buffer(1e-6, 1)
    sites = []
    for rank, (row, geometry) in enumerate(sorted(found, key=lambda f: f[0]["rank"]), start=1):
        site = shapely.from_wkt(geometry.asWkt())
        sites.append(site)
        assert row["rank"] == rank and geometry.within(ne), row
        assert shapely.difference(site, feasible.buffer(1e-6)).area < 1e-3
        assert 20000 <= site.area <= 20000 * 1.05 and row["area_ha"] == pytest.approx(site.area / 1e4)
        assert row["area_mu"] == pytest.approx(site.area * 15 / 1e4)
        # nothing narrower than 30 m: the site is its own opening
        assert shapely.buffer(shapely.buffer(site, -15, join_style="mitre"), 15, join_style="mitre").area >= site.area * 0.999
        distance = site.distance(road)
        assert row["road_distance_m"] == pytest.approx(distance, abs=1e-6) and distance >= ROAD_ZONE - 1e-6
        assert row["mean_slope"] == pytest.approx(0.0, abs=1e-6)  # the quarter is level
        compact = 4 * math.pi * site.area / site.length ** 2
        assert row["compactness"] == pytest.approx(compact, rel=1e-9)
        # the documented score: 40 % flatness, 40 % road access (reach 600 m), 20 % compactness
        assert row["score"] == pytest.approx(100 * (0.4 * 1 + 0.4 * (1 - distance / 600) + 0.2 * compact), abs=0.01)
        assert "位于城镇开发边界内" in row["reasons"] and "避让永久基本农田" in row["reasons"]
    assert [r["score"] for r, _ in sorted(found, key=lambda f: f[0]["rank"])] == sorted(
        (r["score"] for r, _ in found), reverse=True)
    for a in range(len(sites)):
        for b in range(a + 1, len(sites)):
            assert sites[a].intersection(sites[b]).area < 1e-3
    page = (tmp_path / "选址.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 5


def test_every_candidate_passes_sitecheck_on_the_fixture(lantu_processing, tmp_path):
    files = quarter_layers(tmp_path)
    result, _ = select(files, COUNT=8, AREA_HA=1.5, MIN_WIDTH=20)
    assert result["CANDIDATE_COUNT"] == 8
    lines = {"PERMANENT_FARMLAND": files["yjjbnt"], "ECO_REDLINE": files["stbhhx"], "URBAN_BOUNDARY": files["czkfbj"]}
    verdicts = site_verdicts(result["OUTPUT"], files["dltb"], "DLBM", lines, files["roads"], [files["hazard"]], tmp_path,
                             "sites")
    assert verdicts == ["可行"] * 8


def test_a_project_larger_than_any_feasible_piece_names_the_binding_constraint(lantu_processing, tmp_path):
    files = quarter_layers(tmp_path)
    report = tmp_path / "none.html"
    result, feedback = select(files, AREA_HA=200, REPORT=str(report))
    assert result["CANDIDATE_COUNT"] == 0 and result["OUTPUT"].featureCount() == 0
    # by hand, each constraint on its own: 永久基本农田 takes SW (100 公顷), the NE strip (20 公顷) and square (0.25 公顷)
    # of the land the classes allow = 120.25 公顷; the classes take NW (100); the urban boundary SW (100); the road's reach (600 m) the
    # part of SW west of x = 900 (90); 生态保护红线 and the slope half of SE each (50 and a little more)
    sentence = ("Of the 300.0000 公顷 of the allowed classes in the search area, the constraint that removed the most land: "
                "永久基本农田 (120.2500 公顷 on its own).")
    assert sentence in feedback.text() and sentence in report.read_text(encoding="utf-8")


def test_demo_candidates_pass_sitecheck_and_their_slope_is_qgis_zonal_mean(lantu_processing, tmp_path):
    import processing

    demo = f"{DEMO_GPKG}|layername="
    dem = f"{ROOT}/resources/demo/dem.tif"
    # hazard discs made here (the demo has none): one inside each urban boundary polygon, and two at opposite corners
    # of the boundary's extent, so that the layer reaches wherever the candidates are (sitecheck leaves a layer lying
    # wholly apart from the sites not checked)
    udb = QgsVectorLayer(demo + "czkfbj")
    extent = udb.extent()
    points = [f.geometry().pointOnSurface().asPoint() for f in udb.getFeatures()]
    points = [(p.x(), p.y()) for p in points] + [(extent.xMinimum(), extent.yMinimum()), (extent.xMaximum(), extent.yMaximum())]
    hazard = to_gpkg(memory_layer("hazard", [], [(QgsGeometry.fromWkt(f"POINT({x} {y})").buffer(60, 16),) for x, y in points]),
                     tmp_path / "hazard.gpkg").source()
    lines = {"PERMANENT_FARMLAND": demo + "yjjbnt", "ECO_REDLINE": demo + "stbhhx", "URBAN_BOUNDARY": demo + "czkfbj"}
    result, _ = run_algorithm("lantu:siteselection", {
        "BOUNDARY": demo + "township", "LANDUSE": demo + "dltb", "CODE_FIELD": "DLBM", **lines, "URBAN_RULE": 0,
        "ROADS": demo + "roads", "MAX_ROAD_DISTANCE": 300, "HAZARD": hazard, "DEM": dem, "MAX_SLOPE": 10,
        "AREA_HA": 0.5, "MIN_WIDTH": 25, "COUNT": 6, "OUTPUT": "memory:"})
    n = result["CANDIDATE_COUNT"]
    assert n >= 3
    verdicts = site_verdicts(result["OUTPUT"], demo + "dltb", "DLBM", lines, demo + "roads", [hazard], tmp_path, "demo")
    assert verdicts == ["可行"] * n
    # mean slope: QGIS's own gdaldem slope and zonal statistics (mean of the cells whose centres are inside)
    slope = processing.run("gdal:slope", {"INPUT": dem, "BAND": 1, "OUTPUT": str(tmp_path / "slope.tif")})["OUTPUT"]
    zonal = processing.run("native:zonalstatisticsfb", {"INPUT": result["OUTPUT"], "INPUT_RASTER": slope, "RASTER_BAND": 1,
                                                        "STATISTICS": [2], "COLUMN_PREFIX": "z_", "OUTPUT": "memory:"})["OUTPUT"]
    for f in zonal.getFeatures():
        assert f["mean_slope"] == pytest.approx(f["z_mean"], abs=1e-3) and f["mean_slope"] <= 10
    # every candidate lies on the allowed classes only (native:intersection with the parcels)
    parcels = processing.run("native:fixgeometries", {"INPUT": demo + "dltb", "OUTPUT": "memory:"})["OUTPUT"]
    pieces = processing.run("native:intersection", {"INPUT": result["OUTPUT"], "OVERLAY": parcels,
                                                    "OUTPUT": "memory:"})["OUTPUT"]
    allowed = ("05", "0601", "0602", "07", "08H1", "08H2", "0809", "1201", "1204", "1205", "1206", "1207")
    taken = {f["DLBM"] for f in pieces.getFeatures() if f.geometry().area() > 1e-3}
    assert taken and all(code.startswith(allowed) for code in taken), taken


def test_inside_rule_without_an_urban_boundary_is_refused(lantu_processing, tmp_path):
    from qgis.core import QgsProcessingException

    files = quarter_layers(tmp_path)
    with pytest.raises(QgsProcessingException, match="URBAN_BOUNDARY"):
        select(files, URBAN_BOUNDARY=None)


def test_without_a_dem_or_roads_the_reasons_say_not_checked(lantu_processing, tmp_path):
    files = quarter_layers(tmp_path)
    result, _ = select(files, DEM=None, ROADS=None, COUNT=2)
    rows = [row for row, _ in features(result["OUTPUT"])]
    assert len(rows) == 2
    for row in rows:
        assert all(v is None or (hasattr(v, "isNull") and v.isNull()) for v in (row["mean_slope"], row["road_distance_m"]))
        assert "未检查" in row["reasons"] and "坡度（未提供DEM）" in row["reasons"] and "道路（未提供道路图层）" in row["reasons"]
