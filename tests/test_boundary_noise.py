"""Issue 14: two land-use layers in different CRSs leave float noise along shared edges (pieces of 1e-8 m²).
Boundary noise (< 0.01 m²) is not a change: not a transfer-matrix cell, not a difference, not in the changed
area; the class totals stay conserved."""
import itertools

import pytest
from conftest import run_algorithm
from layers import box, memory_layer
from qgis.core import QgsVectorLayer

# 三调 classes and 用地用海 classes; neighbours differ, so an edge's noise would be a (from, to) cell of its own
CURRENT = ["0101", "0102", "0103", "0201", "0301", "0305", "0401", "0702", "0601"]
PLANNED = ["0101", "0102", "0103", "0201", "0301", "0302", "0401", "0703", "1001"]
YDYH = {"0101": "0101", "0102": "0102", "0103": "0103", "0201": "0201", "0301": "0301", "0305": "0303",
        "0401": "0401", "0702": "0703", "0601": "1001"}  # the 三调 classes at 用地用海 二级 (sandiao_to_ydyh.csv)


def grid(name, field, codes, shift):
    """A 4 × 4 grid of 100 m squares; square k gets codes[(k + shift) % len(codes)]."""
    rows = [(box(100 * i, 100 * j, 100 * (i + 1), 100 * (j + 1)), codes[(4 * j + i + shift) % len(codes)])
            for i, j in itertools.product(range(4), range(4))]
    return memory_layer(name, [(field, "string")], rows)


def reprojected(layer, crs):
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def table(layer):
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def hand_cells(current, planned, key_a, key_b):
    """{(code a, code b): area} square by square (the two grids have the same squares)."""
    cells = {}
    for a, b in zip(current.getFeatures(), planned.getFeatures()):
        cells[(a[key_a], b[key_b])] = cells.get((a[key_a], b[key_b]), 0.0) + a.geometry().area()
    return cells


def test_landusechange_matrix_has_no_noise_cells(lantu_processing):
    current = grid("dltb", "DLBM", CURRENT, 0)
    planned = grid("ghyd", "YDYHFLDM", PLANNED, 1)
    expected = hand_cells(current, planned, "DLBM", "YDYHFLDM")
    in_degrees = reprojected(planned, "EPSG:4490")  # the planned layer delivered in CGCS2000 longitude/latitude
    result, _ = run_algorithm("lantu:landusechange", {
        "CURRENT": current, "CURRENT_CLASSIFICATION": 2, "PLANNED": in_degrees, "PLANNED_CLASSIFICATION": 1,
        "LEVEL": 2, "OUTPUT": "memory:", "TRANSFER": "memory:"})
    cells = table(result["TRANSFER"])
    assert min(c["area_m2"] for c in cells) >= 0.01, sorted(c["area_m2"] for c in cells)[:5]
    ydyh = YDYH
    got = {(c["from_code"], c["to_code"]): c["area_m2"] for c in cells}
    assert got == pytest.approx({(ydyh[a], b): area for (a, b), area in expected.items()}, rel=1e-6)
    changed = sum(area for (a, b), area in expected.items() if ydyh[a] != b)
    assert result["CHANGED_AREA_M2"] == pytest.approx(changed, rel=1e-6)
    assert result["CURRENT_AREA_M2"] == pytest.approx(160_000, rel=1e-9)


def test_comparelayers_matrix_and_differences_have_no_noise(lantu_processing):
    a = grid("plan_a", "YDYHFLDM", PLANNED, 0)
    b = grid("plan_b", "YDYHFLDM", PLANNED, 2)
    expected = hand_cells(a, b, "YDYHFLDM", "YDYHFLDM")
    result, _ = run_algorithm("lantu:comparelayers", {
        "LAYER_A": a, "LAYER_B": reprojected(b, "EPSG:4490"), "LEVEL": 2, "MIN_AREA": 0, "OUTPUT": "memory:",
        "MATRIX": "memory:"})
    matrix = table(result["MATRIX"])
    assert min(r["area_m2"] for r in matrix) >= 0.01, sorted(r["area_m2"] for r in matrix)[:5]
    assert {(r["code_a"], r["code_b"]): r["area_m2"] for r in matrix} == pytest.approx(expected, rel=1e-6)
    differences = table(result["OUTPUT"])
    assert min(r["area_m2"] for r in differences) >= 0.01
    changed = sum(area for (x, y), area in expected.items() if x != y)
    assert result["CHANGED_AREA_M2"] == pytest.approx(changed, rel=1e-6)
    assert result["CHANGED_COUNT"] == sum(1 for fa, fb in zip(a.getFeatures(), b.getFeatures())
                                          if fa["YDYHFLDM"] != fb["YDYHFLDM"])
