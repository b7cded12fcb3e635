"""The targets schema (core.targets): one reading for the dock's import, the file it writes and parse_targets."""
import pytest

from lantu.core import targets
from lantu.core.indicators import parse_targets
from lantu.core.tables import TableError, read_csv

# a county's table as planners keep it: Excel's GBK, Chinese headers, a cluster and a total
CHINESE = ("指标,村级片区,年份,目标值,单位,约束\n"
           "耕地保有量,东片,2035,140.5,公顷,≥\n"
           "城乡建设用地面积,合计,2035,926.49,公顷,≤\n")
ENGLISH = ("indicator,scope,year,value,unit,direction\n"
           "耕地保有量,东片,2035,140.5,公顷,≥\n"
           "城乡建设用地面积,合计,2035,926.49,公顷,≤\n")
EXPECTED = [{"indicator": "耕地保有量", "scope": "东片", "year": "2035", "value": "140.5", "unit": "公顷", "direction": "≥"},
            {"indicator": "城乡建设用地面积", "scope": "合计", "year": "2035", "value": "926.49", "unit": "公顷",
             "direction": "≤"}]


@pytest.mark.parametrize("text", [CHINESE, ENGLISH], ids=["chinese", "english"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_a_file_reads_the_same_in_either_language_and_encoding(tmp_path, text, encoding):
    path = tmp_path / "目标.csv"
    path.write_bytes(text.encode(encoding))
    assert targets.read(str(path)) == EXPECTED


def test_other_names_of_the_columns(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("指标名称,范围,目标值\n林地保有量,西片,20\n", encoding="utf-8")
    assert targets.read(str(path)) == [{"indicator": "林地保有量", "scope": "西片", "value": "20"}]
    path.write_text("Indicator,Cluster,Value\n林地保有量,西片,20\n", encoding="utf-8")  # the dock's former name
    assert targets.read(str(path)) == [{"indicator": "林地保有量", "scope": "西片", "value": "20"}]


@pytest.mark.parametrize("text", ["指标,单位\n耕地保有量,公顷\n", "name,amount\n", ""])
def test_indicator_and_value_are_needed(tmp_path, text):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError) as error:
        targets.read(str(path))
    assert error.value.problem == "missing_columns"


def test_neither_utf8_nor_gbk_is_unreadable(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"indicator,value\n\xff\xfe\xff,1\n")
    with pytest.raises(TableError) as error:
        targets.read(str(path))
    assert (error.value.problem, error.value.detail) == ("unreadable", "encoding")


def test_what_the_dock_writes_the_algorithm_reads_with_the_scope_kept(tmp_path):
    path = tmp_path / "targets.csv"
    rows = EXPECTED + [{"indicator": "湿地面积", "value": "0", "unit": "公顷"}]  # no scope: the whole area
    targets.write(rows, str(path))
    header, written = read_csv(str(path))
    assert header == list(targets.COLUMNS)
    assert targets.read(str(path))[0] == EXPECTED[0]
    parsed = parse_targets(written, str(path))
    assert [(t.indicator, t.scope, t.value_ha, t.at_least) for t in parsed] == [
        ("farmland", "东片", 140.5, True), ("urban_rural_land", "", 926.49, False), ("wetland", "", 0.0, True)]


def test_the_first_name_listed_wins_and_a_null_cell_falls_through():
    assert targets.pick({"scope": "东片", "村级片区": "西片"})["scope"] == "东片"
    assert targets.pick({"value": None, "目标值": " 12 "})["value"] == "12"
    assert targets.pick({"indicator": "耕地保有量"})["value"] is None


def test_complete_writes_the_signs_a_plan_prints():
    from lantu.core import targets

    done = targets.complete([{"indicator": "耕地保有量", "direction": ">="}, {"indicator": "城乡建设用地面积", "direction": "<="},
                             {"indicator": "林地保有量", "direction": ""}])
    assert [t["direction"] for t in done] == ["≥", "≤", "≥"]
