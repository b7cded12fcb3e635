"""The consolidation potential per village (core.potential): grade breaks, areas shared out to the
villages, farmland blocks per village and the table, worked out by hand."""
import numpy as np
import pytest
import shapely

from lantu.core import potential

VILLAGES = np.array([shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)], dtype=object)


@pytest.mark.parametrize("text, expected", [("10,30", (10.0, 30.0)), (" 0，5 ", (0.0, 5.0)), ("", None), (None, None)])
def test_parse_breaks(text, expected):
    assert potential.parse_breaks(text) == expected


@pytest.mark.parametrize("text", ["30,10", "5", "1,2,3", "a,b", "-1,4"])
def test_bad_breaks(text):
    with pytest.raises(ValueError):
        potential.parse_breaks(text)


def test_share_by_village():
    parcels = np.array([shapely.box(90, 0, 110, 10), shapely.box(10, 10, 20, 20), shapely.box(300, 0, 310, 10)], dtype=object)
    # the first parcel lies half in each village; the last in none
    assert potential.share_by_village(parcels, np.array([8.0, 5.0, 7.0]), VILLAGES, 2).tolist() == [4.0 + 5.0, 4.0]


def test_blocks_by_village():
    blocks = np.array([shapely.box(60, 0, 130, 10),  # 40 m in village 0, 30 m in village 1: village 0's
                       shapely.box(150, 50, 160, 60), shapely.box(500, 0, 510, 10)], dtype=object)
    parcels, large, area = np.array([3.0, 1.0, 2.0]), np.array([1.0, 0.0, 1.0]), np.array([700.0, 100.0, 100.0])
    found = potential.blocks_by_village(blocks, parcels, large, area, VILLAGES, 2)
    assert found["blocks"].tolist() == [1, 1] and found["parcels"].tolist() == [3.0, 1.0]
    assert found["large"].tolist() == [1.0, 0.0]
    # cultivated: village 0 has 400 m² of the large block; village 1 has 300 m² of it and the 100 m² small one
    assert found["share"].tolist() == pytest.approx([100.0, 75.0])


def test_total_and_rows():
    figures = {key: np.array([1e4 * (k + 1), 0.0]) for k, key in enumerate(
        ("homestead", "relocate", "resettle", "surplus", "mining", "idle", "restore_now", "restore_works", "steep"))}
    total = potential.total_potential(figures)
    assert total.tolist() == [1e4 * (2 + 5 + 6 + 7 + 8 + 9), 0.0]  # relocate, mining, idle, restorable, steep
    blocks = {"parcels": np.array([4, 0]), "blocks": np.array([2, 0]), "large": np.array([1.0, 0.0]),
              "share": np.array([50.0, 0.0])}
    rows = potential.village_rows(["东村", "西村"], np.array([2e6, 1e6]), figures, np.array([3e4, 0.0]), blocks, total,
                                  np.array(["I", "III"], dtype=object))
    assert rows[0] == ("东村", 200.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 3.0, 4, 2, 1, 50.0, 37.0, "I")
    assert rows[1][0] == "西村" and rows[1][1] == 100.0 and rows[1][-2:] == (0.0, "III")
