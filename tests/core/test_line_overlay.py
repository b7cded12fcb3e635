"""core.line_overlay (parcels against a control line, pairs that only share an edge left unintersected) against
plain shapely, at Gauss-Krüger coordinates where shared edges leave float noise."""
import numpy as np
import shapely
from shapely import box

from lantu.core import line_overlay, units

X0, Y0 = 35_542_000.0, 3_544_400.0  # eastings of 3.5e7 m: a float step is 7.5e-9 m
NOISE = units.NOISE_M2


def _at(geoms):
    return np.array([shapely.transform(g, lambda xy: xy + [X0, Y0]) for g in geoms], dtype=object)


def _line_and_parcels():
    """One line feature with a slanted right edge carrying a vertex a parcel does not have (a T-junction), and
    parcels: inside it, sharing only that edge, crossing it, reaching 0.5 m and 2 mm into it, and one
    sharing a point."""
    t = 0.3719
    # the vertex on the shared edge lies 1e-7 m off it, towards the neighbour: a sliver of ~5e-6 m²
    line = _at([shapely.Polygon([(0, 0), (100, 0), (100 + 30 * t + 1e-7, 100 * t), (130, 100), (0, 100)])])
    parcels = _at([
        box(10, 10, 30, 30),  # inside
        shapely.Polygon([(100, 0), (160, 0), (160, 100), (130, 100)]),  # shares the slanted edge only
        box(60, 40, 140, 60),  # crosses the edge
        box(-20, 40, 0.5, 50),  # 0.5 m × 10 m inside
        box(-20, 70, 0.002, 80),  # 2 mm × 10 m = 0.02 m² inside: above the noise
        box(-20, 85, 0.0004, 95),  # 0.4 mm × 10 m = 0.004 m²: below the noise
        box(-20, -20, 0, 0),  # a corner only
    ])
    return line, parcels


def _expected(parcels, lines):
    """(index, area) of the pieces a ∩ ∪lines of at least the noise area, by plain shapely."""
    area = shapely.area(shapely.intersection(parcels, shapely.union_all(lines)))
    return np.flatnonzero(area >= NOISE), area


def test_the_fixture_holds_the_cases_the_shortcut_is_for():
    line, parcels = _line_and_parcels()
    area = shapely.area(shapely.intersection(parcels, line[0]))
    assert 0 < area[1] < 1e-4  # the shared edge leaves float noise, not nothing
    assert shapely.intersects(line[0], parcels[1]) and not shapely.contains_properly(line[0], parcels[1])
    assert abs(area[4] - 0.02) < 1e-6 and abs(area[5] - 0.004) < 1e-6 and area[6] == 0


def test_clip_finds_the_pieces_plain_shapely_finds():
    line, parcels = _line_and_parcels()
    want, area = _expected(parcels, line)
    at, pieces = line_overlay.clip(parcels, line.copy(), NOISE)
    got = shapely.area(pieces)
    keep = got >= NOISE
    assert list(at[keep]) == list(want) == [0, 2, 3, 4]
    assert np.allclose(got[keep], area[want], rtol=1e-9, atol=1e-9)
    assert 1 not in at  # shared the edge only: left out with no intersection
    assert shapely.equals(pieces[list(at).index(0)], parcels[0])  # inside: the parcel itself


def test_the_edge_pair_is_shallow_and_the_others_deep():
    line, parcels = _line_and_parcels()
    ia, ib = line_overlay._meeting(parcels, line)
    deep = dict(zip(ia, line_overlay._deep(parcels, line, ia, ib, NOISE)))
    assert deep[1] is np.False_ or not deep[1]
    assert deep[2] and deep[3] and deep[4]


def test_clip_on_a_tiling_with_lines_drawn_along_its_edges():
    """A grid of parcels with jittered shared vertices; the lines are unions of some of them with vertices added
    along their edges (so their edges run along parcel edges, with T-junctions a float step off them, as a line
    drawn by snapping to parcels has) plus boxes that cross parcels."""
    rng = np.random.default_rng(20)
    n = 12
    xs = np.add.outer(np.arange(n + 1) * 50.0, np.zeros(n + 1)) + rng.uniform(-8, 8, (n + 1, n + 1))
    ys = np.add.outer(np.zeros(n + 1), np.arange(n + 1) * 40.0) + rng.uniform(-6, 6, (n + 1, n + 1))
    cells = [shapely.Polygon([(xs[i, j], ys[i, j]), (xs[i + 1, j], ys[i + 1, j]), (xs[i + 1, j + 1], ys[i + 1, j + 1]),
                              (xs[i, j + 1], ys[i, j + 1])]) for i in range(n) for j in range(n)]
    parcels = _at(cells)
    chosen = rng.choice(len(cells), 50, replace=False)
    groups = np.array_split(chosen, 8)
    lines = np.array([shapely.union_all(shapely.segmentize(parcels[g], 3.0)) for g in groups] +
                     list(_at([box(120, 90, 260, 170), box(400, 300, 470, 330)])), dtype=object)
    want, area = _expected(parcels, lines)
    at, pieces = line_overlay.clip(parcels, lines.copy(), NOISE)
    got = shapely.area(pieces)
    keep = got >= NOISE
    assert list(at[keep]) == list(want)
    assert np.allclose(got[keep], area[want], rtol=1e-9, atol=1e-6)
    noise = (area > 0) & (area < NOISE)
    assert noise.sum() > 10  # the shortcut has pairs to leave out
    assert len(at) < len(want) + noise.sum()  # … and leaves some of them out


def test_subtract_is_plain_difference():
    line, parcels = _line_and_parcels()
    at, left = line_overlay.subtract(parcels, line.copy())
    expected = shapely.area(shapely.difference(parcels, line[0]))
    assert list(at) == list(np.flatnonzero(expected > 0))
    assert np.allclose(shapely.area(left), expected[at], rtol=1e-12, atol=1e-9)
    assert 0 not in at  # wholly inside: gone
    assert shapely.equals(left[list(at).index(6)], parcels[6])  # touching a corner: whole


def test_interiors_keep_every_point_deeper_than_the_band():
    """The shrunk polygon holds every point of the parcel farther than ε from its boundary: sample points."""
    rng = np.random.default_rng(3)
    geoms = _at([shapely.Polygon(rng.uniform(0, 100, (6, 2))).convex_hull for _ in range(40)] +
                [box(0, 0, 30, 30).difference(box(10, 10, 20, 40))])  # a concave one
    inner, trusted = line_overlay.interiors(geoms, NOISE)
    assert trusted.all()
    eps = np.minimum(NOISE / (8 * shapely.length(geoms)), np.sqrt(NOISE / (4 * np.pi * shapely.get_num_coordinates(geoms))))
    for g, s, e in zip(geoms, inner, eps):
        x0, y0, x1, y1 = g.bounds
        points = shapely.points(rng.uniform([x0, y0], [x1, y1], (400, 2)))
        deep = shapely.contains(g, points) & (shapely.distance(g.boundary, points) > e)
        assert shapely.covers(s, points[deep]).all()
        lost = g.area - s.area
        assert 0 < lost <= NOISE / 2
