"""core.overlay.dice and intersection_pieces_diced against plain shapely intersections."""
import numpy as np
import pytest
import shapely

from lantu.core import overlay


def big_zones():
    rng = np.random.default_rng(4)
    lines = [shapely.LineString(rng.uniform(0, 5000, (6, 2))) for _ in range(40)]
    zone_a = shapely.union_all(shapely.buffer(np.array(lines[:25]), 30, quad_segs=5))
    zone_b = shapely.difference(shapely.union_all(shapely.buffer(np.array(lines[25:]), 15, quad_segs=5)), zone_a)
    return np.array([zone_a, zone_b], dtype=object)


def test_dice_keeps_every_area_and_bounds_the_pieces():
    zones = big_zones()
    pieces, owner = overlay.dice(zones, max_vertices=64)
    assert shapely.get_num_coordinates(pieces).max() <= 64 + 16  # a cut adds a few vertices at most
    for i, zone in enumerate(zones):
        assert shapely.area(pieces[owner == i]).sum() == pytest.approx(zone.area, rel=1e-9)
    assert len(pieces) > 20


def test_diced_intersection_equals_plain_intersection():
    zones = big_zones()
    rng = np.random.default_rng(5)
    corners = rng.uniform(0, 4900, (300, 2))
    boxes = shapely.box(corners[:, 0], corners[:, 1], corners[:, 0] + 100, corners[:, 1] + 60)
    ia, ib, geoms = overlay.intersection_pieces_diced(boxes, zones, max_vertices=64)
    got = {(a, b): g.area for a, b, g in zip(ia, ib, geoms) if g.area > 1e-9}
    expected = {}
    for a, box in enumerate(boxes):
        for b, zone in enumerate(zones):
            area = shapely.intersection(box, zone).area
            if area > 1e-9:
                expected[(a, b)] = area
    assert set(got) == set(expected)
    for key, area in expected.items():
        assert got[key] == pytest.approx(area, rel=1e-9, abs=1e-6)
    assert len(set(zip(ia.tolist(), ib.tolist()))) == len(ia)  # one geometry per pair, pieces put together
