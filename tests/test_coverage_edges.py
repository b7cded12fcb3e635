"""Gaps and overlaps found from the edges neighbours do not share (core/coverage_edges.py, used by
checkdatabase's coverage check and by checklanduse's gaps) against plain shapely: the union of every
feature for the gaps, every intersecting pair intersected for the overlaps."""
import numpy as np
import pytest
import shapely
from conftest import DEMO_GPKG

MIN_AREA = 1.0


def demo_layer(name):
    from osgeo import ogr

    source = ogr.Open(DEMO_GPKG)  # kept: a layer outlives its data source only in crashes
    layer = source.GetLayerByName(name)
    return np.array([shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb())) for f in layer], dtype=object)


def brute_gaps(geoms, boundary):
    parts = shapely.get_parts(shapely.difference(shapely.union_all(boundary), shapely.union_all(geoms)))
    parts = parts[shapely.get_type_id(parts) == 3]
    return np.sort(shapely.area(parts[shapely.area(parts) > MIN_AREA]))


def brute_overlaps(geoms):
    i, j = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    i, j = i[i < j], j[i < j]
    area = shapely.area(shapely.intersection(geoms[i], geoms[j]))
    keep = area > MIN_AREA
    return {(int(a), int(b)): float(s) for a, b, s in zip(i[keep], j[keep], area[keep])}


def found(geoms, boundary):
    from lantu.core import quality

    defects = quality.coverage_defects(geoms, boundary, MIN_AREA)
    assert defects is not None  # the edges' way was taken, not the union
    gaps, _ = quality.gaps_and_outside(geoms, boundary, MIN_AREA, defects[0])
    overlaps, area = quality.self_overlaps(geoms, MIN_AREA, of=defects[1])
    pairs = {(int(min(a, b)), int(max(a, b))): float(s) for a, b, s in zip(overlaps.index, overlaps.detail, area)}
    return np.sort(shapely.area(gaps.geoms)), pairs


@pytest.fixture(scope="module")
def delivered(lantu):
    """The demo's parcels as a database keeps them (coordinates rounded to 0.1 mm, as a FileGDB does: a vertex
    on a neighbour's edge ends up beside it) with three parcels taken out (gaps) and two added over others
    (overlaps), and the township as the boundary."""
    geoms = shapely.make_valid(shapely.transform(demo_layer("dltb"), lambda c: np.round(c, 4)))
    area = shapely.area(geoms)
    inner = np.flatnonzero((area > 500) & (area < 5000))[[10, 200, 400]]
    extra = [shapely.affinity.translate(geoms[inner[0] + 1], 5, 3),
             shapely.buffer(shapely.centroid(geoms[inner[1] + 7]), 40, quad_segs=4)]
    geoms = np.concatenate([np.delete(geoms, inner), np.array(extra, dtype=object)])
    return geoms, demo_layer("township")


def test_a_delivered_database_equals_the_union_and_every_pair(delivered):
    geoms, boundary = delivered
    gaps, pairs = found(geoms, boundary)
    want_gaps, want_pairs = brute_gaps(geoms, boundary), brute_overlaps(geoms)
    assert len(want_gaps) >= 3 and len(want_pairs) >= 3  # the planted ones are there to be found
    assert len(gaps) == len(want_gaps)
    # a gap's outline may differ from the union's by slivers under 0.2 mm wide
    assert np.allclose(gaps, want_gaps, rtol=0, atol=0.01)
    assert pairs.keys() == want_pairs.keys()
    assert all(abs(pairs[k] - want_pairs[k]) < 1e-6 for k in pairs)


def squares(nx, ny, size, x0=0.0, y0=0.0):
    return np.array([shapely.box(x0 + i * size, y0 + j * size, x0 + (i + 1) * size, y0 + (j + 1) * size)
                     for i in range(nx) for j in range(ny)], dtype=object)


def test_two_whole_tilings_over_each_other_overlap_everywhere(lantu):
    # every inner edge has its neighbour within each tiling: only the outer boundary, drawn twice, tells
    geoms = np.concatenate([squares(10, 10, 10), squares(4, 4, 25)])
    gaps, pairs = found(geoms, [shapely.box(0, 0, 100, 100)])
    assert len(gaps) == 0
    assert pairs == brute_overlaps(geoms) and len(pairs) > 100


def test_an_island_fills_its_hole_and_leaves_a_gap_when_taken_out(lantu):
    frame = shapely.Polygon([(0, 0), (100, 0), (100, 100), (0, 100)], [[(30, 30), (30, 60), (60, 60), (60, 30)]])
    island = shapely.box(30, 30, 60, 60)
    right = shapely.box(100, 0, 150, 100)
    boundary = [shapely.box(0, 0, 150, 100)]
    gaps, pairs = found(np.array([frame, island, right], dtype=object), boundary)
    assert len(gaps) == 0 and not pairs
    gaps, pairs = found(np.array([frame, right], dtype=object), boundary)
    assert gaps.tolist() == [900.0] and not pairs


@pytest.mark.parametrize("offset,gap", [(5e-5, 0.0), (0.05, 5.0)])
def test_a_neighbours_vertex_beside_the_edge(lantu, offset, gap):
    # the right square's edge has a vertex 100 m up, `offset` to the right of the left square's edge: within
    # the tolerance it is rounding; beyond it a gap whose area the union gives too
    left = shapely.box(0, 0, 100, 200)
    right = shapely.Polygon([(100, 0), (200, 0), (200, 200), (100, 200), (100 + offset, 100)])
    geoms = np.array([left, right], dtype=object)
    gaps, pairs = found(geoms, [shapely.box(0, 0, 200, 200)])
    assert not pairs
    assert gaps.tolist() == pytest.approx([gap] if gap else [], abs=1e-9)
    assert gaps.tolist() == pytest.approx(brute_gaps(geoms, [shapely.box(0, 0, 200, 200)]).tolist(), abs=1e-9)


def test_overlapping_cadastre(lantu):
    # swellendam: parent farms and their portions cover the same ground, so most features are suspects
    import os

    from conftest import SHARED_DATA
    from osgeo import ogr

    from lantu.core import coverage_edges

    source = ogr.Open(os.path.join(SHARED_DATA, "swellendam", "swellendam.gpkg"))
    layer = source.GetLayerByName("farm_parcels")
    geoms = shapely.make_valid(np.array([shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb()))
                                         for f in layer], dtype=object))
    boundary = [shapely.envelope(shapely.union_all(geoms))]
    gaps, pairs = found(geoms, boundary)
    assert len(coverage_edges.defects(geoms, boundary, MIN_AREA)[1]) > len(geoms) / 2
    assert pairs == pytest.approx(brute_overlaps(geoms), abs=1e-6) and len(pairs) > 100
    assert gaps == pytest.approx(brute_gaps(geoms, boundary), rel=1e-9, abs=0.1)  # cut slivers ≤ 0.05 m² each


def test_in_degrees_the_tolerance_stays_a_fraction_of_a_millimetre(lantu):
    # a neighbour's vertex 1e-5° (about 1 m) beside the edge is a real sliver, not rounding
    from lantu.core import quality

    left = shapely.box(120.0, 30.0, 120.01, 30.02)
    right = shapely.Polygon([(120.01, 30.0), (120.02, 30.0), (120.02, 30.02), (120.01, 30.02), (120.01001, 30.01)])
    geoms = np.array([left, right], dtype=object)
    faces, suspects, _ = quality.coverage_defects(geoms, [shapely.box(120.0, 30.0, 120.02, 30.02)], 1e-5)
    assert len(faces) == 1 and shapely.area(faces[0]) == pytest.approx(0.5 * 0.02 * 1e-5)


def rings_told(coords, vertex_of, flip):
    """{(a ring's coordinates, whether it is turned)}: the rings _ring_vertices gives, in any order."""
    splits = np.flatnonzero(np.diff(vertex_of)) + 1
    return sorted((coords[ring].tobytes(), bool(flip[vertex_of[ring[0]]]))
                  for ring in np.split(np.arange(len(vertex_of)), splits) if len(ring))


def test_rings_read_from_the_coordinates_are_the_rings_geos_gives(lantu):
    # a parcel of one ring is read straight from its coordinates, its way from its area's sign; the rest ring by
    # ring through GEOS: both must give GEOS's rings and ways (is_ccw). The callers repair first: a ring that
    # crosses itself (a bow tie, whose way GEOS takes from its highest vertex) is not asked for
    from lantu.core import coverage_edges

    square = shapely.box(0, 0, 10, 10)
    shapes = [
        square, square.reverse(),                                            # counter-clockwise and clockwise
        shapely.MultiPolygon([shapely.box(20, 0, 30, 10).reverse()]),        # one part, as a FileGDB gives it
        shapely.MultiPolygon([shapely.box(40, 0, 50, 10), shapely.box(60, 0, 70, 10)]),
        shapely.Polygon(square.exterior.coords, [shapely.box(2, 2, 4, 4).exterior.coords]),  # a hole
        shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(0, 0), (5, 2), (2, 5)]]),  # hole on the first vertex
        shapely.Polygon([(0, 0), (10, 0), (5, 5), (10, 10), (0, 10), (5, 5)]),   # a ring through a vertex twice
        shapely.Polygon([(3.5e7 + 0.1, 3.5e6), (3.5e7 + 0.3, 3.5e6), (3.5e7 + 0.3, 3.5e6 + 0.2)]),  # tiny, far out
        shapely.Polygon(), None, shapely.LineString([(0, 0), (1, 1)]), shapely.Point(1, 1),
    ]
    geoms = np.array(shapes * 3, dtype=object)
    fast = coverage_edges._ring_vertices(geoms)
    assert rings_told(*fast) == rings_told(*coverage_edges._rings_of(geoms))
    assert len(fast[2]) == 3 * 11  # rings: 1 + 1 + 1 + 2 + 2 + 2 + 1 + 1 per copy
