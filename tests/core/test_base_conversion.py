"""基数转换 in core: every parcel's 用地用海 class, rule and candidates under the conversion table and the
resolution rules. Expectations are read from the CSV files with the csv module, independently of the loaders."""
import csv
import os

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lantu.core import convert_base as cb
from lantu.core.tables import TableError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TABLES = os.path.join(ROOT, "resources", "tables")
CZCSXM_VALUES = ["201", "201A", "202", "202A", "203", "203A", "204", "205", None]


def read_rows(name):
    with open(os.path.join(TABLES, name), newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


CONVERSION = {row["dlbm"]: row for row in read_rows("sandiao_to_ydyh.csv")}
RULES = read_rows("convertbase_rules.csv")
RULED = {code for rule in RULES for code in rule["dlbm"].split()}
YDYH = {row["code"]: row for row in read_rows("ydyh2023_codes.csv")}


def splits_at_level2(row):
    return row["needs_split"] == "yes" and row["split_level"] == "二级"


def children(code):
    return tuple(c for c, row in YDYH.items() if row["parent"] == code)


def outcome(code, czcsxm=None, rules=None):
    result = cb.convert([code], [czcsxm], cb.Converter(rules) if rules is not None else None)
    return result.outcomes[result.index[0]]


@pytest.mark.parametrize("dlbm", sorted(d for d, row in CONVERSION.items() if not splits_at_level2(row) and d not in RULED))
def test_every_one_to_one_class_lands_on_its_class_whatever_its_czcsxm(dlbm):
    row = CONVERSION[dlbm]
    for czcsxm in CZCSXM_VALUES:
        found = outcome(dlbm, czcsxm)
        assert (found.code, found.status, found.rule) == (row["ydyh_code"], cb.CONVERTED, cb.TABLE)
        assert found.confirmed == (row["confirmed"] == "yes") and found.candidates == () and found.reason is None


@pytest.mark.parametrize("dlbm", sorted(d for d, row in CONVERSION.items() if splits_at_level2(row) and d not in RULED))
def test_every_one_to_many_class_without_a_rule_is_undecided_with_its_candidates(dlbm):
    row = CONVERSION[dlbm]
    expected = tuple(row["split_candidates"].split("|")) if row["split_candidates"] else children(row["ydyh_level1_code"])
    for czcsxm in CZCSXM_VALUES:
        found = outcome(dlbm, czcsxm)
        assert found.status == cb.UNDECIDED and found.reason == cb.ONE_TO_MANY and found.rule == cb.TABLE
        assert found.candidates == expected and len(expected) >= 2
        # YDYHFLDM keeps what every candidate shares: here always the 一级 class of the table row
        assert found.code == row["ydyh_level1_code"]


@pytest.mark.parametrize("rule", RULES, ids=[r["id"] for r in RULES])
def test_every_built_in_rule_applies_where_it_says_and_is_named(rule):
    for dlbm in rule["dlbm"].split():
        # a rule for any value applies where no rule for the parcel's own value does
        claimed = {v for r in RULES if dlbm in r["dlbm"].split() for v in r["czcsxm"].split()}
        for czcsxm in rule["czcsxm"].split() or [v for v in CZCSXM_VALUES if v not in claimed]:
            found = outcome(dlbm, czcsxm)
            assert found.rule == rule["id"]
            assert found.confirmed == (rule["confirmed"] == "yes")
            if rule["ydyh_code"]:
                assert (found.status, found.code, found.candidates) == (cb.RESOLVED, rule["ydyh_code"], ())
            else:
                assert found.status == cb.UNDECIDED and found.reason == cb.RULE_CANDIDATES
                assert found.candidates == tuple(rule["candidates"].split("|"))


def test_a_rule_for_a_czcsxm_comes_before_a_rule_for_any_and_the_table():
    assert outcome("08H2", "203").rule == "CB-08H2-village"
    assert outcome("08H2", "202").rule == "CB-08H2"  # no town rule: the rule for any value
    assert outcome("08H2", None).candidates == ("0802", "0803", "0804", "0805", "0806", "0807")
    assert outcome("08H1", "203").candidates == ("0801", "0704")
    assert (outcome("08H1", "202").code, outcome("08H1", "202").status) == ("0801", cb.CONVERTED)
    assert outcome("08H1", "203A").status == cb.CONVERTED  # 203A is not 203: rules list the values they mean


def test_without_a_czcsxm_field_classes_with_czcsxm_rules_are_undecided_between_all_they_could_become():
    result = cb.convert(["08H1", "0101", "1005", "08H2", "05H1"], None)
    found = [result.outcomes[i] for i in result.index]
    assert found[0].status == cb.UNDECIDED and found[0].reason == cb.NEEDS_CZCSXM
    assert set(found[0].candidates) == {"0801", "0704"} and found[0].rule == "CB-08H1-village table"
    assert found[1].code == "0101" and found[1].status == cb.CONVERTED
    assert found[2].code == "1208" and found[2].status == cb.RESOLVED  # its rule does not depend on CZCSXM
    assert set(found[3].candidates) == {"0802", "0803", "0804", "0805", "0806", "0807", "0704"} and found[3].code is None
    assert set(found[4].candidates) == {"0901", "0902", "0903", "0904", "0704"}


def test_without_czcsxm_rules_that_all_agree_decide(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("id,dlbm,czcsxm,ydyh_code,candidates\nV,1004,203,1207,\n", encoding="utf-8")
    found = outcome("1004", rules=cb.load_rules(str(path)))
    result = cb.convert(["1004"], None, cb.Converter(cb.load_rules(str(path))))
    assert found.code == "1207"
    assert result.outcomes[result.index[0]].code == "1207" and result.outcomes[0].status == cb.CONVERTED


def test_a_provinces_rules_resolve_by_czcsxm_including_no_czcsxm(tmp_path):
    path = tmp_path / "省规则.csv"
    path.write_text("id,dlbm,czcsxm,ydyh_code,candidates,confirmed,basis\n"
                    "村委会,08H1,203 203A,0704,,是,省村庄规划技术导则\n"
                    "园地,0204 0204K,,0205,,否,\n"
                    "田间道,1006,-,060102,,no,\n", encoding="gb18030")
    rules = cb.load_rules(str(path))
    assert (outcome("08H1", "203", rules).code, outcome("08H1", "203A", rules).status) == ("0704", cb.RESOLVED)
    assert outcome("08H1", "203", rules).confirmed and not outcome("0204K", None, rules).confirmed
    assert outcome("08H1", "202", rules).code == "0801"
    assert (outcome("0204", "203", rules).code, outcome("0204", "203", rules).rule) == ("0205", "园地")
    assert outcome("1006", None, rules).code == "060102"  # "-": no CZCSXM (outside every 城镇村 area)
    assert outcome("1006", "203", rules).code == "0601" and outcome("1006", "203", rules).rule == cb.TABLE
    # the built-in rules are gone with a table of one's own
    assert outcome("1005", "202", rules).status == cb.UNDECIDED


def test_codes_the_table_lacks_missing_codes_and_odd_spellings():
    assert outcome("08H2A", "202").reason == cb.PARENT_CLASS and outcome("08H2A", "202").code == "08"
    assert outcome("01").reason == cb.COARSE_CODE and outcome("01").candidates == ("0101", "0102", "0103")
    assert outcome("XYZ").reason == cb.UNKNOWN_CODE and outcome("XYZ").code is None
    for missing in (None, "", "NULL", float("nan")):
        assert outcome(missing).reason == cb.NO_CODE
    assert outcome(101.0).code == "0101" and outcome(" ０５ｈ１ ", 203.0).rule == "CB-05H1-village"


@pytest.mark.parametrize("text, problem", [
    ("id,dlbm,czcsxm,ydyh_code\nA,0101,,0101\n", "missing_columns"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\n,0101,,0101,\n", "missing_id"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\ntable,0101,,0101,\n", "reserved_id"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,,0101,\nA,0102,,0102,\n", "duplicate_id"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,,,0101,\n", "no_dlbm"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0703,,0101,\n", "unknown_dlbm"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,206,0101,\n", "unknown_czcsxm"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,,0199,\n", "unknown_target"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,,0101,0101|0102\n", "target_and_candidates"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,,,0102\n", "no_target"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,203,0101,\nB,0101 0102,202 203,0102,\n", "duplicate_rule"),
    ("id,dlbm,czcsxm,ydyh_code,candidates\nA,0101,,0101,\nB,0101,,0102,\n", "duplicate_rule"),
    ("id,dlbm,czcsxm,ydyh_code,candidates,confirmed\nA,0101,,0101,,maybe\n", "bad_flag"),
])
def test_a_faulty_rules_table_is_refused_with_the_line(tmp_path, text, problem):
    path = tmp_path / "rules.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError) as error:
        cb.load_rules(str(path))
    assert error.value.problem == problem
    assert error.value.line == (1 if problem == "missing_columns" else text.count("\n"))


def test_an_empty_rules_table_leaves_the_conversion_table(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("id,dlbm,czcsxm,ydyh_code,candidates\n", encoding="utf-8")
    rules = cb.load_rules(str(path))
    assert len(rules) == 0 and outcome("1005", "202", rules).reason == cb.ONE_TO_MANY


CODES = sorted(CONVERSION) + ["08H2A", "01", "XYZ", None, ""]


@given(st.lists(st.tuples(st.sampled_from(CODES), st.sampled_from(CZCSXM_VALUES),
                          st.floats(0, 1e6, allow_nan=False)), max_size=60))
def test_parcels_take_their_pairs_outcome_and_areas_are_conserved(parcels):
    codes = [p[0] for p in parcels]
    czcsxm = [p[1] for p in parcels]
    areas = np.array([p[2] for p in parcels], dtype=float)
    result = cb.convert(codes, czcsxm)
    converter = cb.Converter()
    for i, (code, value) in enumerate(zip(codes, czcsxm)):
        expected = converter.outcome(code or None, value)
        assert result.outcomes[result.index[i]] == expected
        assert result.column("status")[i] == expected.status
    totals = result.status_totals(areas)
    assert sum(n for n, _ in totals.values()) == len(parcels)
    assert sum(a for _, a in totals.values()) == pytest.approx(areas.sum(), rel=1e-12, abs=1e-9)
    rows = result.summary(areas)
    assert sum(r.count for r in rows) == len(parcels)
    assert sum(r.area for r in rows) == pytest.approx(areas.sum(), rel=1e-12, abs=1e-9)
    undecided = [a for c, z, a in zip(codes, czcsxm, areas) if converter.outcome(c or None, z).status == cb.UNDECIDED]
    assert totals[cb.UNDECIDED] == (len(undecided), pytest.approx(sum(undecided), rel=1e-12, abs=1e-9))
