"""Class sets (longest-rule membership, undecided when a deeper rule disagrees), targets and the check."""
import csv
import os

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lantu.core.class_sets import load_class_sets
from lantu.core.indicators import check, parse_targets, per_group
from lantu.core.tables import TableError

RULES = "set,code,member\n农用地,06,yes\n农用地,060101,no\n城乡,07,yes\n城乡,0701,no\n城乡,070101,yes\n"


@pytest.fixture()
def sets(tmp_path):
    path = tmp_path / "sets.csv"
    path.write_text(RULES, encoding="utf-8")
    return load_class_sets(str(path))


def brute_force(rules, code):
    """Member if the longest rule the code lies under says yes; undecided if any rule beneath it says otherwise."""
    best = None
    for rule in rules:
        if code.startswith(rule) and (best is None or len(rule) > len(best)):
            best = rule
    member = rules[best] if best else False
    beneath = {m for r, m in rules.items() if r.startswith(code) and r != code}
    return member, not (beneath - {member})


@given(st.lists(st.sampled_from(["06", "0601", "060101", "060102", "0602", "07", "0701", "070101", "0702", "01"]),
                max_size=30))
def test_membership_matches_brute_force(codes):
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "sets.csv")
        with open(path, "w", encoding="utf-8") as out:
            out.write(RULES)
        sets = load_class_sets(path)
    rules = {"农用地": {"06": True, "060101": False}, "城乡": {"07": True, "0701": False, "070101": True}}
    for name, table in rules.items():
        member, decided = sets.membership(name, np.array(codes, dtype=object))
        assert list(zip(member, decided)) == [brute_force(table, c) for c in codes]


def test_membership_examples(sets):
    member, decided = sets.membership("农用地", np.array(["0601", "060102", "060101", "0602", None, "01"], dtype=object))
    assert member.tolist() == [True, True, False, True, False, False]
    assert decided.tolist() == [False, True, True, True, True, True]


def test_builtin_table_names_every_indicator_set():
    sets = load_class_sets()
    with open(sets.source, encoding="utf-8") as stream:
        names = list(dict.fromkeys(row["set"] for row in csv.DictReader(stream)))
    assert sets.names() == names
    for needed in ("耕地保有量", "城乡建设用地", "林地保有量", "湿地", "农用地", "建设用地", "未利用地"):
        assert needed in sets
    # a 用地用海 code falls in exactly one of the 三大类 (sea uses 18–22, 24 in none)
    for code in ("0101", "0301", "0503", "0506", "060102", "060101", "0703", "1202", "1703", "1705", "2303", "2307"):
        hits = [n for n in ("农用地", "建设用地", "未利用地") if sets.decide(n, code) == (True, True)]
        assert len(hits) == 1, (code, hits)


def test_every_land_class_of_the_2023_codes_is_in_one_of_the_three_groups():
    """Every 用地用海 land class (01–17, 23; the sea uses 18–22 and 24 are in none) at its finest level
    is in exactly one of 农用地 / 建设用地 / 未利用地, and grassland splits as GB/T 21010's 三大类 do."""
    sets = load_class_sets()
    codes_path = os.path.join(os.path.dirname(sets.source), "ydyh2023_codes.csv")
    with open(codes_path, encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    parents = {row["parent"] for row in rows}
    finest = [row["code"] for row in rows if row["code"] not in parents and int(row["code"][:2]) in set(range(1, 18)) | {23}]
    assert len(finest) > 60
    for code in finest:
        hits = [n for n in ("农用地", "建设用地", "未利用地") if sets.decide(n, code) == (True, True)]
        assert len(hits) == 1, (code, hits)
    assert sets.decide("农用地", "0401") == (True, True) and sets.decide("农用地", "0402") == (True, True)
    assert sets.decide("未利用地", "0403") == (True, True) and sets.decide("农用地", "0403") == (False, True)
    assert sets.decide("农用地", "04")[1] is False  # 草地 alone: part is 农用地, part 未利用地


def test_targets_parse_and_check():
    rows = [(2, {"指标": "耕地保有量", "范围": "合计", "目标值": "1,000.5", "方向": "≥"}),
            (3, {"indicator": "urban_rural_land", "scope": "东片", "value": "20"}),  # default: a ceiling
            (4, {"indicator": "湿地", "scope": "", "value": "3", "direction": "不低于"})]
    targets = parse_targets(rows)
    assert [(t.indicator, t.scope, t.value_ha, t.at_least) for t in targets] == [
        ("farmland", "", 1000.5, True), ("urban_rural_land", "东片", 20.0, False), ("wetland", "", 3.0, True)]
    result = check(targets, {"": {"farmland": 1000.496, "wetland": 2.994}, "东片": {"urban_rural_land": 20.004}})
    # judged as printed to 0.01 公顷: 1000.50 >= 1000.5 met; 20.00 <= 20 met; 2.99 < 3 not met
    assert [r.passed for r in result] == [True, True, False]
    assert [r.status for r in result] == ["met", "met", "not_met"]
    assert result[2].gap_ha == pytest.approx(-0.006)
    missing = check(targets, {"": {}})  # no cluster 东片: a row that says so, not an exception
    assert [r.status for r in missing] == ["not_met", "unknown_scope", "not_met"]
    assert missing[1].planned_ha is None and missing[1].passed is None and missing[1].gap_ha is None


@pytest.mark.parametrize("row, problem", [
    ({"indicator": "耕地保有量", "value": "many"}, "bad_value"),
    ({"indicator": "耕地保有量", "value": "1", "direction": "=="}, "bad_direction"),
    ({"scope": "x"}, "missing_columns"),
])
def test_bad_targets(row, problem):
    with pytest.raises(TableError) as error:
        parse_targets([(2, row)])
    assert error.value.problem == problem


def test_per_group_shares_out_by_area():
    value = np.array([10.0, 4.0, 6.0])
    area = np.array([100.0, 50.0, 60.0])
    # feature 0 half in group feature 0 (group 0), a quarter in group feature 1 (group 1); feature 1 all in 2 (group 1)
    ia, ib, shared = np.array([0, 0, 1]), np.array([0, 1, 2]), np.array([50.0, 25.0, 50.0])
    sums, outside = per_group(value, area, ia, ib, shared, np.array([0, 1, 1]), 2)
    assert sums.tolist() == [5.0, 2.5 + 4.0]
    assert outside == pytest.approx(2.5 + 6.0)
