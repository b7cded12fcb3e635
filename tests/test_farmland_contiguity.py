"""lantu:farmlandcontiguity against hand-built fixtures and QGIS's dissolve / buffer / singleparts."""
import os

import numpy as np
import pytest
from conftest import DEMO_GPKG, run_algorithm
from layers import DATA
from layers import box_wkt as box
from layers import wkt_layer as memory_layer
from qgis.core import QgsProcessingException, QgsVectorLayer


def polygons(name, rows, field="DLBM", crs="EPSG:4523"):
    return memory_layer("Polygon", name, [(field, "string")], rows, crs)


# Built so the blocks are known: A = four 100 m squares sharing edges (4 ha = 60 亩), plus a fifth
# square touching A only at a corner (its own block), B = two squares 3 m apart (joined by GAP ≥ 3),
# C = one 300 × 300 m square (9 ha = 135 亩: a 百亩方), and a forest parcel sharing A's edge.
FIXTURE = [
    (box(0, 0, 100, 100), "0101"), (box(100, 0, 200, 100), "0103"), (box(0, 100, 100, 200), "0102"),
    (box(100, 100, 200, 200), "0101"),
    (box(200, 200, 300, 300), "0103"),                           # corner-touch only
    (box(500, 0, 600, 100), "0101"), (box(603, 0, 703, 100), "0101"),   # 3 m apart
    (box(1000, 0, 1300, 300), "0103"),
    (box(200, 0, 300, 100), "0301"),                              # forest, not farmland
]


def blocks(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return sorted((f["parcels"], round(f["area_m2"], 3), f["is_large"]) for f in layer.getFeatures())


def test_hand_fixture_touching(lantu_processing):
    result, _ = run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": polygons("dltb", FIXTURE), "OUTPUT": "memory:"})
    assert blocks(result) == [(1, 10_000, 0), (1, 10_000, 0), (1, 10_000, 0), (1, 90_000, 1), (4, 40_000, 0)]
    assert result["BLOCK_COUNT"] == 5 and result["PARCEL_COUNT"] == 8
    assert result["LARGE_BLOCK_COUNT"] == 1 and result["LARGE_BLOCK_AREA_M2"] == pytest.approx(90_000)
    assert result["LARGE_BLOCK_SHARE"] == pytest.approx(100 * 90_000 / 160_000)
    assert result["MEAN_BLOCK_HA"] == pytest.approx(16 / 5)


def test_hand_fixture_gap_and_threshold(lantu_processing):
    result, _ = run_algorithm("lantu:farmlandcontiguity", {
        "LANDUSE": polygons("dltb", FIXTURE), "GAP": 5, "LARGE_BLOCK_MU": 60, "OUTPUT": "memory:"})
    # the corner square joins A (distance 0 < 5), B's two squares join; A (75 亩) and C are large
    assert blocks(result) == [(1, 90_000, 1), (2, 20_000, 0), (5, 50_000, 1)]


def test_compare_with_planned(lantu_processing):
    # A and the corner square become one 300 × 300 m field (135 亩), B's two squares one field
    planned = [(box(0, 0, 300, 300), "0101"), (box(500, 0, 703, 100), "0101"), (box(1000, 0, 1300, 300), "0103")]
    result, _ = run_algorithm("lantu:farmlandcontiguity", {
        "LANDUSE": polygons("dltb", FIXTURE), "COMPARE_LANDUSE": polygons("ghyd", planned, "YDYHFLDM"),
        "COMPARE_CLASSIFICATION": 1, "OUTPUT": "memory:"})
    assert result["PARCEL_COUNT_CHANGE_PCT"] == pytest.approx(100 * (3 - 8) / 8)
    assert result["BLOCK_COUNT_CHANGE_PCT"] == pytest.approx(100 * (3 - 5) / 5)
    assert result["LARGE_BLOCK_CHANGE"] == 1


def native_blocks(layer, expression, gap=0.0):
    """Independent: extract, fix, (buffer by gap/2,) dissolve, multipart to singleparts; parcels per part."""
    import processing

    chosen = processing.run("native:extractbyexpression", {"INPUT": layer, "EXPRESSION": expression, "OUTPUT": "memory:"})["OUTPUT"]
    fixed = processing.run("native:fixgeometries", {"INPUT": chosen, "OUTPUT": "memory:"})["OUTPUT"]
    shapes = fixed
    if not gap:
        # The demo's tiling is not noded exactly (edges 1e-9 m apart): snap the parcels to each
        # other at Lantu's 1 mm tolerance so the dissolve sees the shared edges Lantu sees.
        shapes = processing.run("native:snapgeometries", {"INPUT": fixed, "REFERENCE_LAYER": fixed, "TOLERANCE": 0.001,
                                                          "BEHAVIOR": 0, "OUTPUT": "memory:"})["OUTPUT"]
    else:
        shapes = processing.run("native:buffer", {"INPUT": fixed, "DISTANCE": gap / 2, "SEGMENTS": 16,
                                                  "OUTPUT": "memory:"})["OUTPUT"]
    dissolved = processing.run("native:dissolve", {"INPUT": shapes, "OUTPUT": "memory:"})["OUTPUT"]
    parts = processing.run("native:multiparttosingleparts", {"INPUT": dissolved, "OUTPUT": "memory:"})["OUTPUT"]
    counted = processing.run("native:countpointsinpolygon", {
        "POLYGONS": parts, "POINTS": processing.run("native:pointonsurface", {"INPUT": fixed, "OUTPUT": "memory:"})["OUTPUT"],
        "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"]
    return sorted(int(f["n"]) for f in counted.getFeatures()), fixed.featureCount()


def test_demo_against_native_dissolve(lantu_processing):
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername=dltb", "dltb", "ogr")
    expected, parcels = native_blocks(layer, "\"DLBM\" LIKE '01%'")
    result, _ = run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": layer, "CODE_FIELD": "DLBM", "OUTPUT": "memory:"})
    assert result["PARCEL_COUNT"] == parcels
    assert result["BLOCK_COUNT"] == len(expected)
    assert sorted(b[0] for b in blocks(result)) == expected


def qgis_distance_blocks(layer, expression, gap):
    """Independent: QGIS's own geometry distance between every near pair, components by scipy."""
    from qgis.core import QgsFeatureRequest, QgsSpatialIndex
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    features = [f for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression))]
    geometries = [f.geometry().makeValid() for f in features]
    index = QgsSpatialIndex()
    for k, geometry in enumerate(geometries):
        index.addFeature(k, geometry.boundingBox())
    rows, cols = [], []
    for k, geometry in enumerate(geometries):
        for other in index.intersects(geometry.boundingBox().buffered(gap)):
            if other > k and geometry.distance(geometries[other]) <= gap:
                rows.append(k)
                cols.append(other)
    n = len(geometries)
    count, labels = connected_components(coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)), directed=False)
    return sorted(np.bincount(labels).tolist()), n


def test_demo_gap_against_qgis_distances(lantu_processing):
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername=dltb", "dltb", "ogr")
    expected, parcels = qgis_distance_blocks(layer, "\"DLBM\" LIKE '01%'", 4.0)
    result, _ = run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": layer, "CODE_FIELD": "DLBM", "GAP": 4,
                                                           "OUTPUT": "memory:"})
    assert result["PARCEL_COUNT"] == parcels
    assert sorted(b[0] for b in blocks(result)) == expected


def test_bayreuth_farmland_against_native_buffer_dissolve(lantu_processing):
    """Real OSM fields and meadows; a 10 m gap bridged as buffer(5 m) + dissolve + singleparts does."""
    source = QgsVectorLayer(os.path.join(DATA, "osm-bayreuth", "north_bayreuth_osm.gpkg") + "|layername=landuse", "lu", "ogr")
    rows = [(f.geometry().asWkt(), "0103" if f["landuse"] == "farmland" else "0404")
            for f in source.getFeatures() if f["landuse"] in ("farmland", "meadow")]
    layer = polygons("landuse", rows, crs="EPSG:25832")
    for gap in (0.0, 10.0):
        expected, parcels = native_blocks(layer, "\"DLBM\" = '0103'", gap)
        result, _ = run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": layer, "GAP": gap, "OUTPUT": "memory:"})
        assert result["PARCEL_COUNT"] == parcels == 162
        assert sorted(b[0] for b in blocks(result)) == expected, gap


def test_unknown_class_code(lantu_processing):
    with pytest.raises(QgsProcessingException, match="99"):
        run_algorithm("lantu:farmlandcontiguity", {"LANDUSE": polygons("dltb", FIXTURE), "CLASSES": "99",
                                                   "OUTPUT": "memory:"})
