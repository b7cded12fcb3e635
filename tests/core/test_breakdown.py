"""The indicator breakdown's planning logic (core.breakdown): clusters in a plan table's order, 耕地
net of 田坎, and the table's rows and scopes, against values worked out by hand."""
import numpy as np
import pytest

from lantu.core import breakdown
from lantu.core.class_sets import load_class_sets
from lantu.core.indicators import INDICATOR_IDS

SETS = ("set,code,member\n耕地保有量,01,yes\n城乡建设用地,07,yes\n城乡建设用地,0701,no\n"
        "林地保有量,03,yes\n湿地,05,yes\n")


def text(*values):
    return np.array(values, dtype=object)


def test_villages_grouped_into_clusters_township_by_township():
    # villages: cluster key, township, village name, centre flag
    key = text("东片", "西片", "东片", "南片")
    township = text("乙镇", "甲镇", "乙镇", "乙镇")
    found = breakdown.clusters(key, township, text("一村", "二村", "三村", "四村"), text("", "1", "是", "0"))
    # 乙镇 first appears first, so its clusters come first, each in order of first appearance
    assert found.names == ["东片", "南片", "西片"]
    assert found.group.tolist() == [0, 2, 0, 1]
    assert found.township == ["乙镇", "乙镇", "甲镇"]
    assert found.villages == ["一村、三村", "四村", "二村"]
    assert found.center == ["三村", "", "二村"]


def test_cluster_polygons_name_their_own_centre():
    found = breakdown.clusters(text("A", "B", "A"), text("", "", ""), center=text("甲村", "", "乙村"))
    assert found.names == ["A", "B"] and found.villages == ["", ""]
    assert found.center == ["甲村、乙村", ""] and found.township == ["", ""]


@pytest.fixture()
def sets(tmp_path):
    path = tmp_path / "sets.csv"
    path.write_text(SETS, encoding="utf-8")
    return load_class_sets(str(path))


def test_farmland_is_counted_net_of_tiankan(sets):
    fine = text("0101", "0103", "0702", "0301", None)
    area = np.array([100.0, 200.0, 50.0, 30.0, 10.0])
    kcxs = np.array([0.1, np.nan, 0.5, 2.0, 0.0])  # a coefficient only matters on 耕地
    values = breakdown.feature_values(sets, fine, area, kcxs)
    assert values["farmland"][0].tolist() == pytest.approx([90.0, 200.0, 0.0, 0.0, 0.0])
    assert values["urban_rural_land"][0].tolist() == [0.0, 0.0, 50.0, 0.0, 0.0]
    assert values["forest"][0].tolist() == [0.0, 0.0, 0.0, 30.0, 0.0]
    assert breakdown.feature_values(sets, fine, area)["farmland"][0].tolist() == [100.0, 200.0, 0.0, 0.0, 0.0]
    with pytest.raises(breakdown.CoefficientError) as raised:
        breakdown.feature_values(sets, fine, area, np.array([0.1, 1.0, 0.0, 0.0, 0.0]))
    assert raised.value.args[0] == 1.0


def test_rows_and_scopes(sets):
    found = breakdown.clusters(text("A", "B"), text("", ""))
    table = breakdown.Breakdown(2)
    value, area = np.array([100.0, 60.0]), np.array([100.0, 60.0])
    # feature 0 wholly in cluster A; feature 1 half in B, half outside every cluster
    ia, ib, shared = np.array([0, 1]), np.array([0, 1]), np.array([100.0, 30.0])
    for indicator in INDICATOR_IDS:
        if indicator == "forest":
            table.add_nothing(indicator)
        else:
            table.add(indicator, value, area, ia, ib, shared, found.group)
    rows = table.rows(found, "outside", "total")
    assert [r[:6] for r in rows] == [(1, "", "A", "", "", "cluster"), (2, "", "B", "", "", "cluster"),
                                     (None, "", "outside", "", "", "outside"), (None, "", "total", "", "", "total")]
    farmland, forest = INDICATOR_IDS.index("farmland"), INDICATOR_IDS.index("forest")
    assert [r[6][farmland] for r in rows] == pytest.approx([100.0, 30.0, 30.0, 160.0])
    assert [r[6][forest] for r in rows] == [0.0, 0.0, 0.0, 0.0]
    scopes = table.by_scope(found.names)
    assert scopes[""]["farmland"] == pytest.approx(0.016) and scopes["B"]["farmland"] == pytest.approx(0.003)


def test_no_outside_row_for_float_noise(sets):
    found = breakdown.clusters(text("A"), text(""))
    table = breakdown.Breakdown(1)
    for indicator in INDICATOR_IDS:
        table.add(indicator, np.array([1e6]), np.array([1e6]), np.array([0]), np.array([0]), np.array([1e6 - 0.5]),
                  found.group)
    assert [r[5] for r in table.rows(found, "outside", "total")] == ["cluster", "total"]
