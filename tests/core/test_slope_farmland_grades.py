"""Slope farmland's grading (core.slope_farmland): thresholds, GDPDJB grades, steep areas, grade
names and the DEM window, worked out by hand."""
import numpy as np
import pytest

from lantu.core import slope_farmland as sf
from lantu.core import zonal


@pytest.mark.parametrize("text, expected", [
    ("2,6,15,25", [2.0, 6.0, 15.0, 25.0]),
    ("3，8，15，20", [3.0, 8.0, 15.0, 20.0]),  # full-width commas
    (" 2, 6 ,15,25, ", [2.0, 6.0, 15.0, 25.0]),
    ("2,6,15", None), ("2,6,6,25", None), ("0,6,15,25", None), ("2,6,15,90", None), ("2,x,15,25", None), ("", None),
])
def test_parse_thresholds(text, expected):
    assert sf.parse_thresholds(text) == expected


def test_gdpdjb_grades_and_steep_land():
    grades, bad = sf.gdpdjb_grades([1, 5, np.nan, 3])
    assert grades.tolist() == [1, 5, 0, 3] and len(bad) == 0
    assert sf.gdpdjb_grades([2, 7, 0, 7, 2.5])[1].tolist() == [0.0, 2.5, 7.0]
    area = np.array([10.0, 20.0, 30.0, 40.0])
    assert sf.steep_from_grades(area, grades).tolist() == [0.0, 20.0, 0.0, 0.0]
    assert sf.steep_from_dem(area, np.array([0.5, np.nan, 0.0, 1.0])).tolist() == [5.0, 0.0, 0.0, 40.0]
    assert sf.grade_areas(area, grades) == {1: 10.0, 2: 0.0, 3: 40.0, 4: 0.0, 5: 20.0}


def test_grade_names():
    assert sf.grade_names([2, 6, 15, 25]) == ["0–2°", "2–6°", "6–15°", "15–25°", "> 25°"]
    assert sf.grade_names([2.5, 6, 15, 25])[:2] == ["0–2.5°", "2.5–6°"]


def test_window_is_two_cells_wider_and_clipped_to_the_grid():
    grid = zonal.Grid(1000.0, 2000.0, 10.0, 10.0, 100, 50)  # x 1000–1500, y 1000–2000
    # x 1105–1195 touches columns 10–19, y 1805–1895 touches rows 10–19; two more cells on each side
    assert sf.window(grid, np.array([1105.0, 1805.0, 1195.0, 1895.0])) == (8, 8, 22, 22)
    assert sf.window(grid, np.array([990.0, 995.0, 1012.0, 2100.0])) == (0, 0, 4, 100)
    # bounds beyond the grid: the two cells along its nearest edges (a strip the zonal step finds no parcel in)
    assert sf.window(grid, np.array([5000.0, 5000.0, 5100.0, 5100.0])) == (48, 0, 50, 2)
    assert sf.window(grid, np.full(4, np.nan)) == (0, 0, 0, 0)
    assert sf.inside((8, 8, 22, 22), (0, 0, 50, 100)) and not sf.inside((8, 8, 22, 22), (10, 0, 50, 100))
    assert sf.inside((0, 0, 0, 0), (10, 10, 20, 20))
