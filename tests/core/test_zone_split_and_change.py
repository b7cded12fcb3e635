"""Land shared out over zones by area (core.overlay, core.structure), the change totals (core.change)
and the cross table of a transfer matrix (core.report), against values worked out by hand."""
import numpy as np
import pytest
import shapely

from lantu.core import change, overlay, report, structure


def test_area_fractions_and_share_out():
    area = np.array([100.0, 40.0, 0.0])
    # feature 0: 30 in b0, 50 in b1 (20 uncovered); feature 1: 40 in b1 (covered); feature 2 has no area
    ia, ib, shared = np.array([0, 0, 1]), np.array([0, 1, 1]), np.array([30.0, 50.0, 40.0])
    fraction, outside = overlay.area_fractions(area, ia, shared)
    assert fraction.tolist() == [0.3, 0.5, 1.0]
    assert outside.tolist() == pytest.approx([0.2, 0.0, 1.0])
    assert overlay.share_out([10.0, 4.0, 99.0], area, ia, ib, shared, 3).tolist() == pytest.approx([3.0, 5.0 + 4.0, 0.0])


def test_split_by_zones_keeps_what_no_zone_covers():
    land = np.array([shapely.box(0, 0, 10, 10), shapely.box(20, 0, 30, 10), shapely.box(40, 0, 50, 10)], dtype=object)
    zones = np.array([shapely.box(0, 0, 5, 10), shapely.box(5, 0, 8, 10), shapely.box(39, -1, 51, 11)], dtype=object)
    names = np.array(["A", "B", "A"], dtype=object)
    area = shapely.area(land)
    value = np.array([1000.0, 7.0, 3.0])  # e.g. an area field: shared out in proportion to the ground
    labels, index, piece_value, order = structure.split_by_zones(land, area, value, zones, names, "outside")
    pieces = sorted(zip(labels.tolist(), index.tolist(), piece_value.tolist()))
    assert [p[:2] for p in pieces] == [("A", 0), ("A", 2), ("B", 0), ("outside", 0), ("outside", 1)]
    assert [p[2] for p in pieces] == pytest.approx([500.0, 3.0, 300.0, 200.0, 7.0])
    assert order == ["A", "B", "outside"]


def test_split_by_zones_ignores_float_slivers():
    land = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    zones = np.array([shapely.box(0, 0, 10, 9.9995)], dtype=object)  # leaves 0.005 m², under SLIVER_M2
    labels, index, value, order = structure.split_by_zones(land, shapely.area(land), shapely.area(land), zones,
                                                           np.array(["Z"], dtype=object), "outside")
    assert labels.tolist() == ["Z"] and index.tolist() == [0] and order == ["Z"]
    assert value[0] == pytest.approx(99.995)


def test_change_totals():
    cells = [change.TransferCell("z", "01", "class", "01", "class", 5.0),  # stays
             change.TransferCell("z", "01", "class", "07", "class", 2.0),  # changes
             change.TransferCell("z", "03", "undecided", "03", "class", 1.0),  # undecided → decided: changes
             change.TransferCell("z", "", change.UNCOVERED, "07", "class", 4.0),  # only planned: not a change
             change.TransferCell("z", "01", "class", "", change.UNCOVERED, 8.0)]  # only current: not a change
    assert change.changed_area(cells) == 3.0
    pieces = change.Pieces(np.array(["z", "z"]), np.array(["03", "01"]), np.array(["undecided", "class"], dtype=object),
                           np.array(["03", "01"]), np.array([1.5, 9.0]))
    assert change.undecided_area(pieces, pieces) == 3.0
    rows = [change.ChangeRow("a", "01", "class", 1.0, 2.0), change.ChangeRow("a", "", structure.TOTAL, 10.0, 20.0),
            change.ChangeRow("b", "", structure.TOTAL, 5.0, 6.0)]
    assert change.total_areas(rows) == (15.0, 26.0)


def test_matrix_has_row_and_column_totals():
    cells = {("a", "x"): 1.0, ("a", "y"): 2.0, ("b", "y"): 4.0}
    headers, body, css = report.matrix(cells, ["a", "b"], ["x", "y"], "from \\ to", "Total", str.upper,
                                       convert=lambda v: v * 10)
    assert headers == ["from \\ to", "X", "Y", "Total"]
    assert body == [["A", 10.0, 20.0, 30.0], ["B", 0.0, 40.0, 40.0], ["Total", 10.0, 60.0, 70.0]]
    assert css == ["", "", "total"]
