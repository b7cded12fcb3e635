"""Homestead relocation's figures (core.homestead): area inside hazard or constraint polygons, the
road distance, the reason totals and the per-village table, worked out by hand."""
import numpy as np
import pytest
import shapely

from lantu.core import homestead

PARCELS = np.array([shapely.box(0, 0, 10, 10), shapely.box(20, 0, 30, 10), shapely.box(100, 0, 110, 10)], dtype=object)
LABELS = np.array([0, 0, 1])  # settlement 0: the first two parcels; settlement 1: the third


def test_inside_area_counts_overlapping_polygons_once():
    red_line = shapely.box(5, -5, 25, 15)  # half of parcel 0 and half of parcel 1
    road_zone = shapely.box(0, 0, 8, 10)  # overlaps the red line over parcel 0
    inside = homestead.inside_area([red_line, road_zone], PARCELS, LABELS, 2)
    # together they cover all of parcel 0 (100 m², not 50 + 80) and half of parcel 1
    assert inside.tolist() == pytest.approx([100.0 + 50.0, 0.0])
    assert homestead.inside_area([], PARCELS, LABELS, 2).tolist() == [0.0, 0.0]


def test_road_distance_is_the_nearest_parcels():
    road = shapely.LineString([(0, 14), (200, 14)])  # 4 m above every parcel
    far_road = shapely.LineString([(105, -30), (105, -20)])  # 20 m below the third parcel
    assert homestead.road_distance(np.array([road, far_road]), PARCELS, LABELS, 2).tolist() == [4.0, 4.0]
    assert homestead.road_distance(np.array([far_road]), PARCELS, LABELS, 2).tolist() == pytest.approx(
        [float(np.hypot(75, 20)), 20.0])
    assert np.isnan(homestead.road_distance(np.empty(0, dtype=object), PARCELS, LABELS, 2)).all()


def test_reason_totals():
    reasons = [["hazard", "small_area"], [], ["small_area"]]
    totals = homestead.reason_totals(reasons, np.array([100.0, 200.0, 50.0]))
    assert totals == [("hazard", 1, 100.0), ("small_area", 2, 150.0)]


def test_village_table():
    area = np.array([100.0, 300.0, 600.0, 50.0])
    parcel_village = np.array([0, 0, 1, -1])  # the last parcel lies in no village
    relocated = np.array([True, False, True, True])
    rows, totals = homestead.village_table(["东村", "西村"], [40.0, None], parcel_village, area, relocated, 50.0, 0.5,
                                           "outside", "total")
    # 东村: 100 of 400 m² moves, so a quarter of its 40 people: 10 × 50 m² = 500 m² of resettlement land
    assert rows[0][:2] == ("东村", 400.0) and rows[0][3] == 100.0 and rows[0][6] == 10.0 and rows[0][7] == 500.0
    assert rows[0][9] == -400.0 and rows[0][11] == homestead.PER_CAPITA
    # 西村 has no population: resettlement is half the relocated area
    assert rows[1][7] == 300.0 and rows[1][9] == 300.0 and rows[1][11] == homestead.RATIO and np.isnan(rows[1][6])
    assert rows[2][0] == "outside" and rows[2][3] == 50.0 and rows[2][7] == 25.0
    assert rows[3][0] == "total" and rows[3][1] == 1050.0 and rows[3][6] == 10.0
    assert totals == (750.0, 825.0) and rows[3][9] == -75.0 and rows[3][10] == pytest.approx(-0.0075)


def test_village_table_without_land_outside_the_villages():
    rows, _ = homestead.village_table(["A"], [None], np.array([0]), np.array([10.0]), np.array([False]), 50.0, 0.4,
                                      "outside", "total")
    assert [r[0] for r in rows] == ["A", "total"]
