"""core.site_selection and core.site_cutting without QGIS: the opening by the minimum width, the DEM cells taken
out, the sites cut to size, the score, and which constraint is named binding — on shapes worked out by hand."""
import math

import numpy as np
import pytest
import shapely

from lantu.core import site_cutting, site_selection
from lantu.core.zonal import Grid


def test_opening_removes_what_is_narrower_than_the_width():
    # two 100 m squares joined by a 10 m wide, 50 m long neck
    dumbbell = shapely.union_all([shapely.box(0, 0, 100, 100), shapely.box(100, 45, 150, 55), shapely.box(150, 0, 250, 100)])
    opened = site_selection.opening([dumbbell], 20)[0]
    assert opened.area == pytest.approx(20000.0, abs=1e-6)  # the squares come back whole (mitred), the neck goes
    assert len(shapely.get_parts(opened)) == 2
    assert site_selection.opening([dumbbell], 8)[0].area == pytest.approx(dumbbell.area, abs=1e-6)


def test_steep_and_unknown_cells_are_taken_out_whole():
    # a 4 × 4 grid of 10 m cells from (0, 40); one steep cell, one NaN cell
    values = np.zeros((4, 4), dtype=np.float32)
    values[1, 2] = 30.0
    values[3, 0] = np.nan
    cells = site_selection.SlopeCells(Grid(0, 40, 10, 10, 4, 4), values, 15.0)
    land = site_selection.without_bad_cells([shapely.box(0, 0, 40, 40)], cells)
    assert shapely.area(land).sum() == pytest.approx(1600 - 200)
    assert not shapely.intersects(land[0], shapely.box(21, 21, 29, 29))  # the steep cell (row 1, col 2)
    # land beyond the raster has no known slope either
    beyond = site_selection.without_bad_cells([shapely.box(30, 30, 60, 60)], cells)
    assert shapely.area(beyond).sum() == pytest.approx(100)


def test_a_site_is_cut_to_the_project_area_around_the_middle():
    piece = shapely.box(0, 0, 1000, 200)
    site = site_cutting.cut_site(piece, 20000, min_width=30)
    assert 20000 <= site.area <= 20000 * (1 + site_cutting.TOLERANCE)
    assert shapely.within(site, piece) and site.centroid.distance(shapely.Point(500, 100)) < 50
    assert site_cutting.cut_site(piece, 300000) is None  # larger than the piece
    assert site_cutting.cut_site(piece, 199000) is piece  # within 5 %: the piece whole


def test_candidates_never_overlap_and_are_ranked_by_score():
    parts = [shapely.box(0, 0, 400, 400), shapely.box(1000, 0, 1150, 150)]

    def measure(geoms):
        return site_cutting.terms(geoms, None, None, 15, 1000)

    found = site_cutting.candidates(parts, 10000, 5, 20, measure)
    assert len(found) == 5
    sites = [f[0] for f in found]
    for i in range(5):
        for j in range(i + 1, 5):
            assert sites[i].intersection(sites[j]).area < 1e-6
    scores = [f[1] for f in found]
    assert scores == sorted(scores, reverse=True)
    # compactness alone: 100 × 4π·A/P²
    assert scores[0] == pytest.approx(100 * 4 * math.pi * sites[0].area / sites[0].length ** 2)


def test_the_binding_constraint_leaves_the_classes_aside_unless_alone():
    funnel = site_selection.Funnel(search_m2=100.0, left=[("class", 40.0)], own={"class": 60.0, "PBF": 10.0, "slope": 25.0})
    assert funnel.binding() == "slope"
    assert site_selection.Funnel(own={"class": 60.0, "PBF": 0.0}).binding() == "class"
    assert site_selection.Funnel(own={}).binding() is None
