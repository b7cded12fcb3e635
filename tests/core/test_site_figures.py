"""A site's figures and the rules that could not run (core.sitecheck), worked out by hand."""
import pytest
import shapely

from lantu.core import sitecheck


def pieces_by_hand():
    pieces = sitecheck.Pieces()
    box = shapely.box
    pieces.add([0, 1], "line", "PBF", [box(0, 0, 2, 2), box(0, 0, 1, 1)])  # 4 and 1 m²
    pieces.add([0], "outside_line", "UDB", [box(0, 0, 3, 1)])  # 3
    pieces.add([0, 0, 0], "class", ["0101", "0103", "0301"], [box(0, 0, 5, 1), box(0, 0, 1, 6), box(0, 0, 7, 1)])
    pieces.add([1], "road", "*", [box(0, 0, 2, 4)])  # 8
    pieces.add([1], "constraint", "水源地", [box(0, 0, 3, 3)])  # 9
    return pieces


def test_totals_per_site_subject_and_key():
    pieces = pieces_by_hand()
    areas = pieces.areas()
    assert pieces.of_site(1) == [1, 6, 7]
    assert pieces.total(areas, 0, "class") == 18.0
    assert pieces.total(areas, 0, "class", prefix="01") == 11.0  # 耕地: 0101 and 0103
    assert pieces.total(areas, 0, "class", key="0301") == 7.0
    assert pieces.total(areas, 1, "line", "PBF") == 1.0 and pieces.total(areas, 1, "line", "ERL") == 0.0


def test_site_figures_leave_out_what_was_not_given():
    pieces = pieces_by_hand()
    areas = pieces.areas()
    # PBF, ERL, UDB, outside UDB, cultivated, road
    assert sitecheck.site_figures(pieces, areas, 0, {"PBF": 1, "UDB": 1}, True, True) == [4.0, 0.0, 0.0, 3.0, 11.0, 0.0]
    assert sitecheck.site_figures(pieces, areas, 1, {"PBF": 1}, False, True) == [1.0, 0.0, 0.0, None, None, 8.0]
    assert sitecheck.site_figures(pieces, areas, 1, {}, True, False)[3:] == [None, 0.0, None]


@pytest.mark.parametrize("lines, land, roads, constraints, missing", [
    ({"PBF": 1, "ERL": 1, "UDB": 1}, True, True, True, []),
    ({"PBF": 1}, True, True, True, [("line", "ERL", "no_line"), ("line", "UDB", "no_line"),
                                   ("outside_line", "UDB", "no_line")]),
    ({"PBF": 1, "ERL": 1, "UDB": 1}, False, False, False, [("class", None, "no_landuse"), ("road", None, "no_roads"),
                                                          ("constraint", None, "no_constraints")]),
])
def test_unchecked_rules(lines, land, roads, constraints, missing):
    rules = [sitecheck.SiteRule("L1", "", "", "line", ("PBF",), "不可行", ""),
             sitecheck.SiteRule("L2", "", "", "line", ("ERL",), "不可行", ""),
             sitecheck.SiteRule("L3", "", "", "line", ("UDB",), "需调整", ""),
             sitecheck.SiteRule("O1", "", "", "outside_line", ("UDB",), "需调整", ""),
             sitecheck.SiteRule("C1", "", "", "class", ("01",), "需调整", ""),
             sitecheck.SiteRule("R1", "", "", "road", ("*",), "需调整", ""),
             sitecheck.SiteRule("K1", "", "", "constraint", ("*",), "不可行", "")]
    found = sitecheck.unchecked_rules(rules, lines, land, roads, constraints)
    assert [(r.subject, r.key[0] if r.subject.endswith("line") else None, why) for r, why in found] == missing
