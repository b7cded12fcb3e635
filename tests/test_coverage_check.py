"""checkdatabase's coverage check (core/database_geometry.py check_coverage: the edges' gaps, suspects and features
that may reach beyond the boundary, then the pairs and the differences) against plain shapely: every pair intersected,
the boundary's union less the union of every feature, and each feature less the boundary."""
import numpy as np
import pytest
import shapely
from test_coverage_edges import MIN_AREA, brute_gaps, brute_overlaps, demo_layer


def brute_outside(geoms, boundary):
    """{feature: area beyond the boundary} of every feature with more than MIN_AREA of it."""
    area = shapely.area(shapely.difference(geoms, shapely.union_all(boundary)))
    return {int(i): float(area[i]) for i in np.flatnonzero(area > MIN_AREA)}


@pytest.fixture(scope="module")
def planted(lantu):
    """The demo's parcels rounded to 0.1 mm as a FileGDB keeps them, three taken out (gaps), two laid over others
    (overlaps), one pushed over the township's edge, and wholly outside it two neighbours and one over them, with the
    township as the boundary."""
    geoms = shapely.make_valid(shapely.transform(demo_layer("dltb"), lambda c: np.round(c, 4)))
    boundary = demo_layer("township")
    edge = shapely.get_coordinates(shapely.boundary(shapely.union_all(boundary)))[50]
    low_x, low_y = shapely.total_bounds(boundary)[:2]
    area = shapely.area(geoms)
    inner = np.flatnonzero((area > 500) & (area < 5000))[[10, 200, 400]]
    extra = [shapely.affinity.translate(geoms[inner[0] + 1], 5, 3),
             shapely.buffer(shapely.centroid(geoms[inner[1] + 7]), 40, quad_segs=4),
             shapely.box(edge[0] - 30, edge[1] - 30, edge[0] + 30, edge[1] + 30),
             shapely.box(low_x - 400, low_y - 500, low_x - 300, low_y - 400),  # their shared edge cancels
             shapely.box(low_x - 350, low_y - 480, low_x - 320, low_y - 450),  # ground two features cover
             shapely.box(low_x - 500, low_y - 500, low_x - 400, low_y - 400)]
    return np.concatenate([np.delete(geoms, inner), np.array(extra, dtype=object)]), boundary


def test_the_coverage_check_equals_plain_shapely(lantu, planted):
    from lantu.core import database_checks, database_geometry

    geoms, boundary = planted
    fids = np.arange(len(geoms)) + 100  # feature ids are not positions
    results = database_checks.DatabaseResults()
    database_geometry.check_coverage("JQDLTB", fids, geoms, boundary, MIN_AREA, results)
    found = {}
    for f in results.findings:
        found.setdefault(f.check, []).append(f)
    overlaps = {(min(f.fid, f.args[0]) - 100, max(f.fid, f.args[0]) - 100): f.args[1] for f in found["coverage_overlap"]}
    want_overlaps = brute_overlaps(geoms)
    assert len(want_overlaps) >= 2 and overlaps.keys() == want_overlaps.keys()
    assert all(overlaps[k] == pytest.approx(want_overlaps[k], abs=1e-6) for k in overlaps)
    gaps = np.sort([f.args[0] for f in found["coverage_gap"]])
    want_gaps = brute_gaps(geoms, boundary)
    assert len(want_gaps) >= 3 and len(gaps) == len(want_gaps)
    assert np.allclose(gaps, want_gaps, rtol=0, atol=0.01)  # slivers under 0.2 mm wide
    outside = {f.fid - 100: f.args[0] for f in found["coverage_outside"]}
    want_outside = brute_outside(geoms, boundary)
    assert len(want_outside) >= 4 and {len(geoms) - k for k in (1, 2, 3)} <= want_outside.keys()  # wholly outside
    assert outside.keys() == want_outside.keys()
    assert all(outside[k] == pytest.approx(want_outside[k], rel=1e-9) for k in outside)
    for f in found["coverage_outside"]:  # each part is the feature less the boundary, where it lies
        assert shapely.area(shapely.symmetric_difference(
            f.geom, shapely.difference(geoms[f.fid - 100], shapely.union_all(boundary)))) < 1e-6


def test_the_input_arrays_stay_writeable_and_unchanged(lantu, planted):
    # shapely marks arrays read-only while it works on them: two threads on one array would leave it so
    from lantu.core import database_checks, database_geometry

    geoms, boundary = planted
    geoms, boundary = geoms.copy(), np.array(boundary, dtype=object)
    before = shapely.to_wkb(geoms)
    database_geometry.check_coverage("JQDLTB", np.arange(len(geoms)), geoms, boundary, MIN_AREA,
                                     database_checks.DatabaseResults())
    assert geoms.flags.writeable and boundary.flags.writeable
    assert shapely.to_wkb(geoms).tolist() == before.tolist()


def test_a_stray_line_in_the_boundary_layer_bounds_no_ground(lantu):
    # a line beside the township's polygon would leave the union a collection, which has no boundary: the parts
    # beyond and the gaps are still those of the polygon's ground
    from lantu.core import database_checks, database_geometry

    geoms = np.array([shapely.box(0, 0, 5, 10), shapely.box(5, 0, 12, 10).difference(shapely.box(6, 2, 8, 4))],
                     dtype=object)
    boundary = np.array([shapely.box(0, 0, 10, 10), shapely.LineString([(20, 20), (30, 30)])], dtype=object)
    results = database_checks.DatabaseResults()
    database_geometry.check_coverage("GHDLTB", np.arange(len(geoms)), geoms, boundary, MIN_AREA, results)
    found = {(f.check, f.fid): round(f.args[0], 6) for f in results.findings}
    assert found == {("coverage_outside", 1): brute_outside(geoms, boundary[:1])[1], ("coverage_gap", -1): 4.0}
    assert found[("coverage_outside", 1)] == 20.0
