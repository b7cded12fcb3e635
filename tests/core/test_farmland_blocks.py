"""Farmland blocks of one layer and their change (core.grouping.Blocks), worked out by hand."""
import numpy as np
import pytest
import shapely

from lantu.core import grouping


def fields(*boxes):
    return np.array([shapely.box(*b) for b in boxes], dtype=object)


def test_figures_of_blocks():
    # two touching fields (a 200 m² block), a field 5 m away (100 m²) and a far one (50 m²)
    blocks = grouping.Blocks.of(fields((0, 0, 10, 10), (10, 0, 20, 10), (25, 0, 35, 10), (100, 0, 105, 10)),
                                gap=0.0, large_m2=150.0)
    assert blocks.labels.tolist() == [0, 0, 1, 2] and blocks.members.tolist() == [2, 1, 1]
    assert blocks.area.tolist() == [200.0, 100.0, 50.0] and blocks.large.tolist() == [True, False, False]
    assert blocks.figures == {"BLOCK_COUNT": 3, "PARCEL_COUNT": 4, "MEAN_BLOCK_HA": pytest.approx(350 / 3 / 1e4),
                              "LARGE_BLOCK_COUNT": 1, "LARGE_BLOCK_AREA_M2": 200.0,
                              "LARGE_BLOCK_SHARE": pytest.approx(100 * 200 / 350)}
    assert blocks.largest_first().tolist() == [0, 1, 2]
    # a 6 m gap joins the field 5 m away
    bridged = grouping.Blocks.of(blocks.geoms, gap=6.0, large_m2=150.0)
    assert bridged.members.tolist() == [3, 1] and bridged.large.tolist() == [True, False]
    assert blocks.changes(bridged) == {"PARCEL_COUNT_CHANGE_PCT": 0.0, "BLOCK_COUNT_CHANGE_PCT": pytest.approx(-100 / 3),
                                       "LARGE_BLOCK_CHANGE": 0}


def test_no_parcels():
    empty = grouping.Blocks.of(np.empty(0, dtype=object), gap=0.0, large_m2=1.0)
    assert empty.figures["BLOCK_COUNT"] == 0 and empty.figures["MEAN_BLOCK_HA"] == 0.0
    assert np.isnan(empty.changes(empty)["BLOCK_COUNT_CHANGE_PCT"])
