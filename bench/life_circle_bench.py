"""The lifecircle benchmark (issue 19): 10 000 settlements, 500 facilities of five types and a 50 000-segment road
network, lantu:lifecircle against QGIS's own network analysis library (qgis.analysis: QgsVectorLayerDirector with
every facility and settlement as a tie point, QgsGraphBuilder without ellipsoid, QgsGraphAnalyzer.dijkstra from one
virtual vertex per type linked to that type's facilities by their snapping legs).

The network is a 100 m grid with about 8 % of its segments left out (a fixed seed), each segment its own line, so
every junction is a shared vertex: QGIS's graph builder joins lines only there, Lantu's noding finds the same
junctions. Cached beside the demo data; the size column is the demo's parcel count, which this data does not use.
"""
import os

SETTLEMENTS, FACILITIES, SEGMENTS = 10_000, 500, 50_000
TYPES = {"小学": 1500.0, "幼儿园": 1000.0, "卫生室": 1200.0, "文化活动室": 800.0, "便民商店": 600.0}
X0, Y0, STEP, GRID = 35_540_000.0, 3_530_000.0, 100.0, 166


def data_path(gpkg):
    return os.path.join(os.path.dirname(gpkg), f"lifecircle_{SETTLEMENTS}_{FACILITIES}_{SEGMENTS}.gpkg")


def make_data(gpkg):
    """roads (SEGMENTS lines), settlements (NAME, POP), facilities (TYPE) and radii.csv, cached beside gpkg."""
    path = data_path(gpkg)
    if os.path.exists(path):
        return
    import numpy as np
    import shapely
    from osgeo import ogr, osr

    rng = np.random.default_rng(19)
    i, j = np.meshgrid(np.arange(GRID), np.arange(GRID), indexing="ij")
    nodes = np.c_[X0 + STEP * i.ravel(), Y0 + STEP * j.ravel()]
    index = i.ravel() * GRID + j.ravel()
    across = np.c_[index[i.ravel() < GRID - 1], index[i.ravel() < GRID - 1] + GRID]
    up = np.c_[index[j.ravel() < GRID - 1], index[j.ravel() < GRID - 1] + 1]
    pairs = np.concatenate([across, up])
    pairs = pairs[np.sort(rng.choice(len(pairs), SEGMENTS, replace=False))]
    roads = shapely.linestrings(nodes[pairs.ravel()].reshape(-1, 2, 2))
    span = STEP * (GRID - 1)
    settlements = shapely.points(rng.uniform([X0, Y0], [X0 + span, Y0 + span], (SETTLEMENTS, 2)))
    facilities = shapely.points(rng.uniform([X0, Y0], [X0 + span, Y0 + span], (FACILITIES, 2)))
    kinds = np.array(list(TYPES))[np.arange(FACILITIES) % len(TYPES)]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path + ".partial")
    for name, kind, geoms, fields in [
            ("roads", ogr.wkbLineString, roads, {"GRADE": ["村道"] * len(roads)}),
            ("settlements", ogr.wkbPoint, settlements,
             {"NAME": [f"S{k}" for k in range(SETTLEMENTS)], "POP": rng.integers(20, 800, SETTLEMENTS).tolist()}),
            ("facilities", ogr.wkbPoint, facilities, {"TYPE": kinds.tolist()})]:
        layer = out.CreateLayer(name, srs, kind)
        for field, values in fields.items():
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTInteger if isinstance(values[0], int) else ogr.OFTString))
        layer.StartTransaction()
        for k, geom in enumerate(geoms):
            feature = ogr.Feature(layer.GetLayerDefn())
            for field, values in fields.items():
                feature.SetField(field, values[k])
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    out = None
    with open(radii_path(gpkg), "w", encoding="utf-8") as f:
        f.write("type,level,service_m,source\n" + "".join(f"{t},,{d:g},bench\n" for t, d in TYPES.items()))
    os.replace(path + ".partial", path)


def radii_path(gpkg):
    return os.path.join(os.path.dirname(gpkg), "lifecircle_radii.csv")


def lantu_job(run):
    def job(gpkg, tmp):
        data = data_path(gpkg)
        result = run("lantu:lifecircle", {
            "FACILITIES": f"{data}|layername=facilities", "TYPE_FIELD": "TYPE",
            "SETTLEMENTS": f"{data}|layername=settlements", "POPULATION_FIELD": "POP",
            "ROADS": f"{data}|layername=roads", "RADII": radii_path(gpkg), "MAX_SNAP": 500.0,  # SNAP_TOLERANCE: default 1 m
            "OUTPUT": os.path.join(tmp, "settlements.gpkg"), "SUMMARY": os.path.join(tmp, "summary.gpkg")})
        return {"output": result["OUTPUT"], "summary": result["SUMMARY"], "pct": result["COVERAGE_PCT"]}
    return job


def native_job(gpkg, tmp):
    """{type: [distance per settlement]}: QGIS's network analysis library, one Dijkstra per type."""
    from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector
    from qgis.core import QgsVectorLayer

    data = data_path(gpkg)
    roads = QgsVectorLayer(f"{data}|layername=roads", "roads", "ogr")
    settlements = [(f["NAME"], f.geometry().asPoint()) for f in
                   QgsVectorLayer(f"{data}|layername=settlements", "s", "ogr").getFeatures()]
    facilities = [(f["TYPE"], f.geometry().asPoint()) for f in
                  QgsVectorLayer(f"{data}|layername=facilities", "f", "ogr").getFeatures()]
    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(roads.crs(), False, 0.0, "NONE")  # planar lengths, as Lantu's
    points = [p for _, p in facilities] + [p for _, p in settlements]
    tied = director.makeGraph(builder, points)
    graph = builder.graph()
    vertex = [graph.findVertex(t) for t in tied]
    leg = [p.distance(t) for p, t in zip(points, tied)]
    out = {}
    for kind in TYPES:
        source = graph.addVertex(tied[0])  # a virtual start, linked to the type's facilities by their legs
        for k, (fkind, _) in enumerate(facilities):
            if fkind == kind:
                graph.addEdge(source, vertex[k], [leg[k]])
        _, cost = QgsGraphAnalyzer.dijkstra(graph, source, 0)
        base = len(facilities)
        out[kind] = [cost[vertex[base + s]] + leg[base + s] if 0 <= cost[vertex[base + s]] < float("inf") else None
                     for s in range(len(settlements))]
    return out


def totals(side, result):
    """Per type: settlements covered, and the sum of the distances of the settlements reached."""
    from osgeo import ogr

    if side == "native":
        return {key: value for kind, distances in result.items() for key, value in (
            (f"{kind}|covered", sum(1 for d in distances if d is not None and d <= TYPES[kind])),
            (f"{kind}|dist_sum", sum(d for d in distances if d is not None)))}
    summary = ogr.Open(result["summary"].split("|")[0])
    order = [f.GetField("type") for f in summary.GetLayer(0)]
    output = ogr.Open(result["output"].split("|")[0])
    out = {}
    for i, kind in enumerate(order, start=1):
        distances = [f.GetField(f"t{i}_dist_m") for f in output.GetLayer(0)]
        out[f"{kind}|covered"] = sum(1 for d in distances if d is not None and d <= TYPES[kind])
        out[f"{kind}|dist_sum"] = sum(d for d in distances if d is not None)
    return out
