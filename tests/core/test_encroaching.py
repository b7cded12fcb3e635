"""Which checked features encroach (core.encroaching): the classes a planner writes, the table's defaults."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lantu.core import classification, encroaching, land_codes


def brute_force(rules, code):
    best = max((r for r in rules if code and code.startswith(r)), key=len, default=None)
    return bool(best is not None and rules[best])


@given(st.lists(st.sampled_from(["07", "0701", "0703", "12", "1202", "120201", "1207", "01", "0103", None, "", 701]),
                max_size=25))
def test_the_longest_listed_code_decides(values):
    rules = {"07": True, "0703": False, "12": True, "1202": False}
    codes = land_codes.normalise_codes(np.array(values, dtype=object))
    assert encroaching.selected(np.array(values, dtype=object), rules).tolist() == [brute_force(rules, c) for c in codes]


def test_what_a_planner_writes():
    assert encroaching.parse("07, 08；12,-1202 !1207") == {"07": True, "08": True, "12": True, "1202": False,
                                                          "1207": False}
    assert encroaching.parse("*") is None and encroaching.parse("") == {}
    assert encroaching.selected(np.array(["0101", None]), None).tolist() == [True, True]
    with pytest.raises(ValueError, match="住宅"):
        encroaching.parse("07,住宅")


@pytest.mark.parametrize("scheme, counts, not_counted", [
    (classification.YDYH, ["0701", "0703", "080401", "1001", "1208", "1301", "1311", "1401"],
     ["0103", "0301", "1202", "1201", "1207", "060101", "1402", "1703", "0602"]),
    (classification.SANDIAO, ["0702", "05H1", "0601", "08H2A", "1005", "1109", "1201"],
     ["0103", "0301", "1003", "1004", "1006", "1001", "1202", "1101"]),
])
def test_the_default_is_construction_land_without_the_road_land(scheme, counts, not_counted):
    rules = encroaching.default_rules(scheme)
    assert encroaching.selected(np.array(counts + not_counted, dtype=object), rules).tolist() == (
        [True] * len(counts) + [False] * len(not_counted))
    table = classification.load_classification(scheme)
    assert all(table.is_known(code) for code in rules)  # every code of the table is a code of its classification
    assert "−" in encroaching.describe(rules)
