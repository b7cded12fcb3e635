"""core.road_network against a formula: on a full grid of roads drawn as long lines crossing without shared vertices
(so every junction comes from the noding), the distance between two points on the roads is the Manhattan distance
between grid nodes plus the way from each point to the ends of its own block side, or straight along a shared side."""
import itertools

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from lantu.core import life_circle, road_network

STEP, N = 100.0, 5  # a 5 × 5 block grid: 6 horizontal and 6 vertical roads, 600 m long
ROWS = [shapely.linestrings([[0, k * STEP], [N * STEP, k * STEP]]) for k in range(N + 1)]
COLUMNS = [shapely.linestrings([[k * STEP, 0], [k * STEP, N * STEP]]) for k in range(N + 1)]
GRID = road_network.build(np.array(ROWS + COLUMNS, dtype=object), 0.0)


def ends_of(point):
    """The two grid nodes of the block side a point lies on, with the way to each."""
    x, y = point
    if y % STEP == 0:  # on a row
        low = min(np.floor(x / STEP) * STEP, (N - 1) * STEP)
        return [((low, y), x - low), ((low + STEP, y), low + STEP - x)]
    low = min(np.floor(y / STEP) * STEP, (N - 1) * STEP)
    return [((x, low), y - low), ((x, low + STEP), low + STEP - y)]


def expected(p, q):
    best = min(a + abs(n[0] - m[0]) + abs(n[1] - m[1]) + b for (n, a), (m, b) in itertools.product(ends_of(p), ends_of(q)))
    same_row = p[1] == q[1] and p[1] % STEP == 0
    same_column = p[0] == q[0] and p[0] % STEP == 0
    if same_row or same_column:
        best = min(best, abs(p[0] - q[0]) + abs(p[1] - q[1]))
    return best


on_road = st.tuples(st.integers(0, N), st.floats(0, N * STEP, allow_nan=False), st.booleans()).map(
    lambda t: (t[1], t[0] * STEP) if t[2] else (t[0] * STEP, t[1]))


def test_crossing_lines_are_noded_into_a_grid():
    assert len(GRID.edges) == 2 * N * (N + 1) and GRID.nodes == (N + 1) ** 2
    assert len(set(GRID.component)) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(on_road, min_size=1, max_size=3), st.lists(on_road, min_size=1, max_size=4))
def test_distances_match_the_grid_formula(sources, targets):
    snapped_sources = road_network.snap(GRID, shapely.points(sources), 1.0)
    snapped_targets = road_network.snap(GRID, shapely.points(targets), 1.0)
    got = road_network.distances_from(GRID, snapped_sources, snapped_targets)
    want = [min(expected(s, t) for s in sources) for t in targets]
    assert got == pytest.approx(want, abs=1e-6)


def test_snapping_legs_count_and_points_out_of_reach_are_inf():
    sources = road_network.snap(GRID, shapely.points([[50, -30]]), 100)  # 30 m below the bottom row
    targets = road_network.snap(GRID, shapely.points([[250, 40], [250, 900]]), 100)  # 40 m above the bottom row; far
    got = road_network.distances_from(GRID, sources, targets)
    assert got[0] == pytest.approx(30 + 200 + 40) and np.isinf(got[1]) and targets.edge[1] == -1


def test_undershoot_joined_within_the_tolerance_only():
    lines = np.array([shapely.linestrings([[0, 0], [1000, 0]]), shapely.linestrings([[400, 0.6], [400, 500]])], dtype=object)
    assert len(set(road_network.build(lines, 1.0).component)) == 1
    assert len(set(road_network.build(lines, 0.5).component)) == 2


def test_coverage_levels_and_weights():
    radii = life_circle.Radii([life_circle.Level("小学", "近", 150.0), life_circle.Level("小学", "远", 400.0)])
    results, _ = life_circle.coverage(GRID, shapely.points([[0, 0]]), ["小学"], shapely.points([[100, 0], [200, 100], [500, 500]]),
                                      radii, 10.0)
    (school,) = results
    assert list(school.distance) == pytest.approx([100, 300, 1000])
    assert list(school.covered) == [True, True, False] and list(school.level) == ["近", "远", ""]
    assert list(school.reason) == ["", "", life_circle.TOO_FAR]
    assert life_circle.coverage_pct(results, [10, 30, 60]) == pytest.approx(40.0)
    rows = life_circle.summary_rows(results, [10, 30, 60])
    assert [(r[1], r[4], r[7]) for r in rows] == [("近", 1, 10.0), ("远", 2, 40.0)]


def test_radii_table_refuses_bad_rows(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("type,level,service_m\n小学,,0\n", encoding="utf-8")
    with pytest.raises(life_circle.TableError, match="bad_distance"):
        life_circle.load_radii(str(path))
    path.write_text("type,level,service_m\n小学,,500\n小学,,600\n", encoding="utf-8")
    with pytest.raises(life_circle.TableError, match="duplicate_level"):
        life_circle.load_radii(str(path))


def test_the_built_in_table_names_a_source_for_every_row_and_asks_for_every_distance():
    radii = life_circle.load_radii()
    assert radii.levels and all(level.source for level in radii.levels)
    empty, unknown = radii.missing_distances(["小学", "游泳馆"])
    assert ("小学", "乡集镇层级") in empty and unknown == ["游泳馆"]
