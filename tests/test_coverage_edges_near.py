"""The points near each segment that coverage_edges cuts the segments at (core/coverage_edges.py `_near`: a grid of
cells, the cells along a long segment, an STRtree where the segments crowd) against plain shapely: every point
within the tolerance of a segment is among the pairs, and every pair is one the box of the point meets."""
import numpy as np
import pytest
import shapely


def brute_near(points, a, b, tolerance):
    """{(point, segment)} of every point within `tolerance` of a segment, by shapely's distance."""
    segments = shapely.linestrings(np.stack([a, b], axis=1))
    i, j = np.meshgrid(np.arange(len(points)), np.arange(len(a)), indexing="ij")
    i, j = i.ravel(), j.ravel()
    close = shapely.distance(shapely.points(points[i]), segments[j]) <= tolerance
    return set(zip(i[close].tolist(), j[close].tolist()))


def in_box(points, a, b, tolerance, pairs):
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return all((points[i] + tolerance >= lo[j]).all() and (points[i] - tolerance <= hi[j]).all() for i, j in pairs)


def segments_and_points(seed, n, length, tolerance):
    """Segments of about `length` in a square of 1 km at Gauss-Krüger eastings, and points on them nudged by about the
    tolerance, their ends, and points anywhere."""
    rng = np.random.default_rng(seed)
    a = rng.uniform(0, 1000, (n, 2)) + [35_500_000.0, 3_500_000.0]
    b = a + rng.normal(0, length, (n, 2))
    b[: n // 10, 1] = a[: n // 10, 1]  # level ones
    b[n // 10: n // 5, 0] = a[n // 10: n // 5, 0]  # upright ones
    t = rng.uniform(-0.05, 1.05, n)[:, None]
    on = a + t * (b - a) + rng.normal(0, tolerance, (n, 2))
    return np.concatenate([on, a, b, rng.uniform(0, 1000, (n, 2)) + a.min(axis=0)]), a, b


@pytest.mark.parametrize("way", ["grid", "along", "tree"])
@pytest.mark.parametrize("seed,n,length", [(1, 400, 5.0), (2, 300, 60.0), (3, 200, 400.0), (4, 1, 10.0)])
def test_every_point_within_the_tolerance_is_found(lantu, monkeypatch, way, seed, n, length):
    from lantu.core import coverage_edges

    tolerance = 0.01
    if way == "along":
        monkeypatch.setattr(coverage_edges, "LONG_CELLS", 0)  # every segment's cells taken along it
    if way == "tree":
        monkeypatch.setattr(coverage_edges, "CROWDED", -1)  # the STRtree's way
    elif length <= 60:
        monkeypatch.setattr(shapely, "STRtree", None)  # segments short beside the square: the grid's way, no tree
    points, a, b = segments_and_points(seed, n, length, tolerance)
    point, seg = coverage_edges._near(points, a, b, tolerance)
    pairs = list(zip(point.tolist(), seg.tolist()))
    want = brute_near(points, a, b, tolerance)
    assert len(want) >= n  # the points put on the segments are there to be found
    assert want <= set(pairs)
    assert len(set(pairs)) == len(pairs)  # each pair once: a point found twice would cut its segment twice
    assert in_box(points, a, b, tolerance, pairs)


def test_no_points_or_no_segments(lantu):
    from lantu.core import coverage_edges

    none = np.empty((0, 2))
    for points, a in ((none, np.zeros((1, 2))), (np.zeros((1, 2)), none)):
        point, seg = coverage_edges._near(points, a, a, 1e-3)
        assert len(point) == 0 and len(seg) == 0


@pytest.mark.parametrize("seed", [1, 2])
def test_the_points_are_numbered_as_numpy_unique_numbers_them(lantu, seed):
    # the halves left and right of the middle x sorted apart, on a core each: the same as np.unique of all
    from lantu.core import coverage_edges

    rng = np.random.default_rng(seed)
    n = 30 * coverage_edges.PARALLEL_LEAST
    x = np.round(rng.uniform(0, 100, n), 1)  # many points share an x, the middle one too
    y = np.round(rng.uniform(0, 100, n), 1)
    coords = np.stack([x + 35_500_000, y + 3_500_000], axis=1)
    distinct, number = coverage_edges._numbered(coords)
    want_distinct, want_number = np.unique(coords.view(complex).ravel(), return_inverse=True)
    assert len(distinct) < n  # points repeat
    assert np.array_equal(distinct, want_distinct) and np.array_equal(number, want_number)


def test_keys_are_numbered_as_numpy_unique_numbers_them(lantu):
    from lantu.core import coverage_edges

    keys = np.random.default_rng(3).integers(0, 10 ** 6, 40 * coverage_edges.PARALLEL_LEAST) * 1_000_003
    distinct, number = coverage_edges._unique(keys, keys)
    want_distinct, want_number = np.unique(keys, return_inverse=True)
    assert len(distinct) < len(keys)
    assert np.array_equal(distinct, want_distinct) and np.array_equal(number, want_number)


def test_the_cuts_are_the_same_on_one_core_or_two(lantu, monkeypatch):
    # T-junctions everywhere: a row of squares under one long rectangle that has none of their vertices
    from lantu.core import coverage_edges

    squares = [shapely.box(i, 0, i + 1, 1) for i in range(30_000)]
    long = shapely.Polygon([(0, 1), (30_000, 1), (30_000, 2), (0, 2)])
    xy, a, b = coverage_edges._edges(np.array(squares + [long], dtype=object))
    p, q, excess = coverage_edges._unmatched(a, b, np.ones(len(a), dtype=np.int64), len(xy))
    cut = {}
    for threads in (1, 2):
        monkeypatch.setattr(coverage_edges, "THREADS", threads)
        cut[threads] = coverage_edges._cut_at_vertices(xy, p, q, excess, 1e-3, 1.0)
    assert all(np.array_equal(one, two) for one, two in zip(cut[1], cut[2]))
    left = coverage_edges._unmatched(*cut[2], len(xy))
    # only the outline is left: the squares' bottoms, the two outer sides of the row and the rectangle's three
    assert len(p) > 60_000 and len(left[0]) == 30_000 + 2 + 3
