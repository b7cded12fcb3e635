"""Data-quality bookkeeping (core.quality): findings gathered per check, located and summed, and the
small judgements about a layer's CRS and fields, against values worked out by hand."""
import numpy as np
import pytest
import shapely

from lantu.core import quality


def test_findings_added_twice_to_a_check_are_kept_together():
    results = quality.CheckResults()
    results.add("value_missing", quality.Findings.features([3], "BSM"), ["BSM empty"])
    results.add("value_missing", quality.Findings.features([1, 2], "DLMC"), ["DLMC empty", "DLMC empty"])
    findings, messages, areas = results.found["value_missing"]
    assert findings.index.tolist() == [3, 1, 2] and findings.detail == ["BSM", "DLMC", "DLMC"]
    assert messages == ["BSM empty", "DLMC empty", "DLMC empty"] and areas.tolist() == [0.0, 0.0, 0.0]


def test_listing_locates_every_finding_in_check_order():
    results = quality.CheckResults()
    piece = shapely.box(0, 0, 2, 3)
    results.add("sliver", quality.Findings.of([0], [piece], [0.1]), ["thin"], [-6.0])
    results.add("invalid_geometry", quality.Findings.of([1], [shapely.Point(5, 5)], ["Self-intersection"]), ["bad"])
    results.add("crs_not_cgcs2000", quality.Findings.features([-1]), ["crs"])
    anchors = np.array([shapely.Point(1, 1), shapely.Point(9, 9)], dtype=object)
    listing = results.listing(anchors)
    # invalid_geometry comes before sliver in CHECKS, crs_not_cgcs2000 last
    assert [(c, s, i, m, a, p) for c, s, i, m, a, _, p in listing] == [
        ("invalid_geometry", "error", 1, "bad", 0.0, False), ("sliver", "warning", 0, "thin", 6.0, True),
        ("crs_not_cgcs2000", "error", -1, "crs", 0.0, False)]
    assert listing[0][5].equals(shapely.Point(5, 5)) and listing[1][5].equals(piece) and listing[2][5] is None


def test_summary_counts_every_check_and_says_why_one_was_skipped():
    results = quality.CheckResults()
    results.add("gap", quality.Findings.of([-1, -1], [None, None], ["", ""]), ["a", "b"], [2.0, 3.5])
    results.skip("no area field", "area_mismatch")
    summary = {row[0]: row[1:] for row in results.summary()}
    assert [row[0] for row in results.summary()] == [check for check, _ in quality.CHECKS]
    assert summary["gap"] == ("error", 2, 5.5, None)
    assert summary["area_mismatch"] == ("warning", 0, 0.0, "no area field")
    assert summary["spike"] == ("warning", 0, 0.0, None)


def test_reindexed_maps_a_subset_back_to_the_layer():
    found = quality.Findings.of([0, 2], [None, None], ["x", "y"]).reindexed(np.array([4, 7, 9]))
    assert found.index.tolist() == [4, 9] and found.detail == ["x", "y"]


@pytest.mark.parametrize("authid, description, wkt, geographic, expected", [
    ("EPSG:4527", "", "", False, True),  # CGCS2000 / 3-degree Gauss-Kruger zone 39
    ("EPSG:4490", "", "", True, False),  # CGCS2000 geographic
    ("EPSG:32650", "WGS 84 / UTM zone 50N", "", False, False),
    ("USER:1", "CGCS2000 custom", "", False, True),
    ("", "", 'PROJCRS["x",BASEGEOGCRS["China Geodetic Coordinate System 2000"]]', False, True),
])
def test_cgcs2000_projected(authid, description, wkt, geographic, expected):
    assert quality.is_cgcs2000_projected(quality.epsg_code(authid), description, wkt, geographic) is expected


def test_epsg_code_false_easting_fields_and_empty_values():
    assert quality.epsg_code("EPSG:4527") == 4527 and quality.epsg_code("ESRI:102100") is None
    assert quality.epsg_code("EPSG:abc") is None
    assert quality.false_easting("+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=39500000 +y_0=0") == 39_500_000.0
    assert quality.false_easting("+proj=longlat +ellps=GRS80") == 500_000.0
    assert quality.field_list(" BSM, DLBM；DLMC，ZLDWDM  TBMJ;") == ["BSM", "DLBM", "DLMC", "ZLDWDM", "TBMJ"]
    assert quality.field_list(None) == []
    assert quality.empty_values(["a", None, "  ", 0, "", "b"]).tolist() == [1, 2, 4]


def test_repaired_makes_a_bow_tie_valid_and_leaves_the_input_alone():
    bow_tie = shapely.from_wkt("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))")
    square = shapely.box(0, 0, 1, 1)
    geoms = np.array([bow_tie, square], dtype=object)
    fixed = quality.repaired(geoms)
    assert shapely.is_valid(fixed).all() and fixed[0].area == pytest.approx(50.0) and fixed[1] is square
    assert not geoms[0].is_valid  # a copy was repaired
