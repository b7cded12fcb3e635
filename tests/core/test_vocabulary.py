"""The indicator vocabulary (core.vocabulary, resources/tables/indicators.csv) and targets read against it."""
import csv
import os

import pytest

from lantu.core import targets as core_targets
from lantu.core.indicators import check, parse_targets, skipped_lines
from lantu.core.tables import TableError
from lantu.core.vocabulary import INDICATOR_IDS, INDICATORS, load_vocabulary, split_unit

TABLE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources", "tables",
                     "indicators.csv")
# the wordings a planner meets: seed 003 第六章's table heads, DESIGN.md's step 2 list and the dock's former offers
WORDINGS = {"永久基本农田保护面积": "permanent_farmland", "永久基本农田面积": "permanent_farmland",
            "城乡建设用地规模": "urban_rural_land", "城乡建设用地面积": "urban_rural_land",
            "城镇开发边界面积": "urban_boundary", "生态保护红线面积": "eco_redline", "耕地保有量": "farmland",
            "林地保有量": "forest", "湿地面积": "wetland", "湿地": "wetland", "urban_rural_land": "urban_rural_land",
            "耕地保有量（万亩）": "farmland", "林地保有量(公顷)": "forest", " 耕地 保有量 ": "farmland"}


def test_the_table_has_a_source_for_every_row_and_computes_what_indicatorbreakdown_outputs():
    with open(TABLE, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(r["source"].strip() for r in rows)
    columns = {r["computed_by"] for r in rows} - {"by_hand"}
    assert columns == {f"{i}_ha" for i in INDICATOR_IDS}  # every computed column, and nothing else
    vocabulary = load_vocabulary()
    for indicator_id, heading, _ in INDICATORS:  # the 规划指标分解表's heads are the vocabulary's names
        assert vocabulary.get(indicator_id).name == heading


@pytest.mark.parametrize("text, expected", sorted(WORDINGS.items()))
def test_every_wording_finds_its_indicator(text, expected):
    assert load_vocabulary().find(text).id == expected


def test_the_binding_indicators_are_those_a_county_hands_down():
    binding = {i.name for i in load_vocabulary().binding()}
    assert binding == {"耕地保有量", "永久基本农田面积", "生态保护红线面积", "城镇开发边界面积", "城乡建设用地面积",
                       "林地保有量", "湿地面积"}
    assert load_vocabulary().get("urban_boundary").by_hand and not load_vocabulary().get("farmland").by_hand


def test_split_unit():
    assert split_unit("耕地保有量（万亩）") == ("耕地保有量", "万亩")
    assert split_unit("湿地面积 (ha)") == ("湿地面积", "ha")
    assert split_unit("森林覆盖率") == ("森林覆盖率", "")


def test_every_offered_indicator_is_computed_or_checked_by_hand_never_refused():
    rows = [(n + 2, {"indicator": i.name, "scope": "东片", "value": "10"}) for n, i in enumerate(load_vocabulary())]
    parsed = parse_targets(rows)
    assert [t.indicator for t in parsed] == [i.id for i in load_vocabulary()]
    rows = check(parsed, {"": {}, "东片": {i: 9.0 for i in INDICATOR_IDS}})  # 9 公顷 planned against 10
    for indicator, row in zip(load_vocabulary(), rows):
        expected = "by_hand" if indicator.by_hand else "not_met" if indicator.at_least else "met"
        assert row.status == expected, indicator.id


def test_units_are_converted_to_hectares_and_unknown_names_or_units_go_to_a_person():
    rows = [(2, {"indicator": "耕地保有量（万亩）", "value": "1.5"}),
            (3, {"indicator": "永久基本农田保护面积", "value": "150000", "unit": "亩"}),
            (4, {"indicator": "湿地面积", "value": "30000", "unit": "m²"}),
            (5, {"indicator": "用水总量", "value": "0.8", "unit": "亿立方米"}),
            (6, {"indicator": "林地保有量", "value": "12", "unit": "棵"}),
            (7, {"indicator": "森林覆盖率", "value": "72.87", "unit": "%"}),
            (8, {"indicator": "城乡建设用地规模", "value": ""})]
    parsed = parse_targets(rows)
    assert [(t.indicator, t.by_hand, t.reason) for t in parsed] == [
        ("farmland", False, ""), ("permanent_farmland", False, ""), ("wetland", False, ""),
        ("用水总量", True, "unknown_indicator"), ("forest", True, "unit"), ("forest_coverage", True, "by_hand")]
    assert [t.value_ha for t in parsed[:3]] == [pytest.approx(1000.0), pytest.approx(10000.0), pytest.approx(3.0)]  # 1 万亩 = 666.67 公顷
    assert parsed[0].unit == "万亩" and parsed[5].value_ha is None and parsed[5].unit == "%"
    assert parsed[4].at_least and not parse_targets([(2, {"indicator": "城乡建设用地规模", "value": "1"})])[0].at_least
    assert skipped_lines(rows) == [8]


def test_import_completes_unit_and_direction_from_the_vocabulary(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("指标,范围,目标值\n城乡建设用地规模,东片,20\n耕地保有量,,5\n草原面积,,1\n", encoding="utf-8")
    assert core_targets.complete(core_targets.read(str(path))) == [
        {"indicator": "城乡建设用地规模", "scope": "东片", "value": "20", "unit": "公顷", "direction": "≤"},
        {"indicator": "耕地保有量", "scope": "", "value": "5", "unit": "公顷", "direction": "≥"},
        {"indicator": "草原面积", "scope": "", "value": "1"}]


@pytest.mark.parametrize("text, problem", [
    ("id,name,unit,direction,computed_by\nx,甲,公顷,>=,rice_ha\n", "unknown_column"),
    ("id,name,unit,direction,computed_by\nx,甲,公顷,=,by_hand\n", "bad_direction"),
    ("id,name,aliases,unit,direction,computed_by\nx,甲,乙,公顷,>=,by_hand\ny,乙,,公顷,>=,by_hand\n", "duplicate_name"),
    ("id,name,unit\nx,甲,公顷\n", "missing_columns"),
])
def test_a_bad_vocabulary_is_refused(tmp_path, text, problem):
    path = tmp_path / "v.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError) as error:
        load_vocabulary(str(path))
    assert error.value.problem == problem


def test_a_planners_own_vocabulary(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("id,name,aliases,unit,direction,computed_by\nwater,用水总量,,万立方米,<=,by_hand\n"
                    "farmland,耕地保有量,耕地目标,公顷,>=,farmland_ha\n", encoding="utf-8")
    vocabulary = load_vocabulary(str(path))
    parsed = parse_targets([(2, {"indicator": "耕地目标", "value": "3"}), (3, {"indicator": "用水总量", "value": "9"})],
                           vocabulary=vocabulary)
    assert [(t.indicator, t.by_hand, t.at_least) for t in parsed] == [("farmland", False, True), ("water", True, False)]
