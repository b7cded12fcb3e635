"""The steps of lantu:classbuffers that are planning logic (core.class_buffers): unknown classes and
widths, the zone table, and the encroachments, checked by hand and against plain shapely."""
import math

import numpy as np
import pytest
import shapely

from lantu.core import class_buffers as cb

TABLE = cb.DistanceTable([cb.DistanceClass("一级", 50.0, 0.0, ()), cb.DistanceClass("二级", 20.0, 4.0, ()),
                          cb.DistanceClass("村道", math.nan, 0.0, ())], source="t.csv")


def test_unknown_classes_get_the_default_as_a_class_of_their_own():
    table, klass = cb.with_default(TABLE, np.array([0, -1, 2, -1]), 7.5, "(other)")
    assert len(table) == 4 and table.classes[3] == cb.DistanceClass("(other)", 7.5, 0.0, ())
    assert klass.tolist() == [0, 3, 2, 3] and table.source == "t.csv" and len(TABLE) == 3


def test_widths_and_classes_without_a_distance():
    assert np.isnan(cb.recorded_widths([0.0, -2.0, np.nan])).all() and cb.recorded_widths([6.0]).tolist() == [6.0]
    klass = np.array([0, 2, -1, 2, 1])
    distance = cb.feature_distances(TABLE, klass, cb.recorded_widths([0.0, 0.0, 0.0, 0.0, 10.0]))
    assert distance[4] == 25.0 and distance[0] == 50.0  # 二级: 20 + half of its own 10 m
    nameless, names = cb.classes_without_distance(TABLE, klass, distance)
    assert nameless.tolist() == [False, True, False, True, False] and names == ["村道"]


def test_most_common_values():
    common, distinct = cb.most_common(np.array(["b", None, "a", "b", None, "b"], dtype=object), 2)
    assert common == [("b", 3), ("NULL", 2)] and distinct == 3


def test_zone_rows_and_encroachments():
    zones = [(0, shapely.box(0, 0, 10, 10)), (1, shapely.box(10, 0, 30, 10))]
    rows, geoms, areas = cb.zone_rows(TABLE, zones)
    assert rows == [("一级", 50.0, 100.0, 0.01, 0.15), ("二级", 20.0, 200.0, 0.02, 0.3)]
    assert areas.tolist() == [100.0, 200.0] and geoms[1].equals(zones[1][1])
    checked = np.array([shapely.box(25, 0, 40, 5), shapely.box(5, 5, 15, 15), shapely.box(50, 50, 51, 51)], dtype=object)
    fids = np.array([9, 4, 1])
    ia, ib, pieces, area = cb.encroachments(checked, fids, geoms)
    # by feature id (4 before 9), then zone; the far square touches nothing
    assert ia.tolist() == [1, 1, 0] and ib.tolist() == [0, 1, 1]
    assert area.tolist() == pytest.approx([25.0, 25.0, 25.0])
    assert shapely.area(shapely.intersection(checked[ia], geoms[ib])).tolist() == pytest.approx(area.tolist())
    assert pieces[0].equals(shapely.box(5, 5, 10, 10))
