"""core.erosion (polygons shrunk in numpy) against plain shapely: GEOS's buffer, and points measured by distance."""
import numpy as np
import shapely
from shapely import box

from lantu.core import erosion

X0, Y0 = 35_542_000.0, 3_544_400.0


def _shapes():
    rng = np.random.default_rng(5)
    convex = [shapely.Polygon(rng.uniform(0, 80, (8, 2))).convex_hull for _ in range(20)]
    convex = [g if g.exterior.is_ccw == (k % 2 == 0) else shapely.Polygon(g.exterior.coords[::-1])
              for k, g in enumerate(convex)]  # both orientations
    other = [box(0, 0, 30, 30).difference(box(10, 10, 20, 40)),  # a U: two reflex corners
             shapely.Polygon([(0, 0), (30, 0), (30, 10), (10, 10), (10, 30), (0, 30)][::-1]),  # an L, clockwise
             box(0, 0, 30, 30).difference(box(10, 10, 20, 20)),  # a hole
             shapely.MultiPolygon([box(0, 0, 10, 10), box(20, 0, 30, 12).difference(box(23, 3, 27, 7))]),
             shapely.Polygon([(0, 0), (40, 5), (20, 12), (45, 30), (5, 35), (12, 18)])]  # concave, oblique
    return convex, other


def test_convex_polygons_are_geos_erosion_exactly():
    convex, _ = _shapes()
    geoms = np.array([shapely.transform(g, lambda xy: xy + [X0, Y0]) for g in convex] +
                     [shapely.MultiPolygon([convex[0]])], dtype=object)
    shrunk, done, simple = erosion.eroded(geoms, np.full(len(geoms), 2e-5))
    assert done.all() and simple.all()
    for g, s in zip(geoms, shrunk):
        expected = shapely.buffer(shapely.transform(g, lambda xy: xy - [X0, Y0]), -2e-5, join_style="mitre")
        assert shapely.hausdorff_distance(shapely.transform(s, lambda xy: xy - [X0, Y0]), expected) < 2e-8


def test_concave_holed_and_multipart_keep_every_point_deeper_than_eps():
    _, other = _shapes()
    geoms = np.array(other, dtype=object)
    eps = 0.1  # edges of 2 m and more: longer than 20 ε
    shrunk, done, simple = erosion.eroded(geoms, np.full(len(geoms), eps))
    assert done.all() and not simple.any()
    rng = np.random.default_rng(9)
    for g, s in zip(geoms, shrunk):
        assert shapely.is_valid(s)
        x0, y0, x1, y1 = g.bounds
        points = shapely.points(rng.uniform([x0, y0], [x1, y1], (4000, 2)))
        depth = shapely.distance(g.boundary, points)
        inside = shapely.contains(g, points)
        assert shapely.covers(s, points[inside & (depth >= eps * 1.0001)]).all()  # never less than the erosion
        assert not shapely.intersects(s, points[~inside | (depth < eps * 0.29)]).any()  # chords stay near the arcs
        exact = shapely.buffer(g, -eps, quad_segs=64)
        assert 0 <= s.area - exact.area < 4 * 0.3 * eps * eps  # (π/4 − 1/2) ε² more at each of ≤ 4 square reflex corners


def test_sharp_corners_and_short_edges_are_left_to_geos():
    geoms = np.array([shapely.Polygon([(0, 0), (50, 0), (0, 1)]),  # a corner of 1.1°
                      shapely.Polygon([(0, 0), (10, 0), (10, 0.001), (10, 10), (0, 10)]),  # a 1 mm edge
                      box(0, 0, 10, 10)], dtype=object)
    shrunk, done, simple = erosion.eroded(geoms, np.full(3, 0.01))
    assert list(done) == [False, False, True]
    assert shrunk[0] is None and shapely.equals(shrunk[2], box(0.01, 0.01, 9.99, 9.99))
