"""Classification tables, code normalisation, 三调 -> 用地用海 conversion and detection.

Expectations are read from the CSV files with the csv module, independently of the loader.
"""
import ast
import csv
import os

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lantu.core.classification import SANDIAO, YDYH, Classification, load_classification, reclassify
from lantu.core.classification_detection import detect_classification
from lantu.core.land_codes import normalise_code, normalise_codes
from lantu.core.sandiao_to_ydyh import SandiaoToYdyh, load_sandiao_to_ydyh
from lantu.core.tables import TableError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TABLES = os.path.join(ROOT, "resources", "tables")


def read_rows(name):
    with open(os.path.join(TABLES, name), newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


YDYH_ROWS = read_rows("ydyh2023_codes.csv")
SANDIAO_ROWS = read_rows("sandiao_dlbm.csv")
CONVERSION_ROWS = read_rows("sandiao_to_ydyh.csv")
SANDIAO_LAND_ROWS = [row for row in SANDIAO_ROWS if row["field"] == "DLBM"]
CZCSXM_ROWS = [row for row in SANDIAO_ROWS if row["field"] == "CZCSXM"]


@pytest.fixture(scope="module")
def ydyh():
    return load_classification(YDYH)


@pytest.fixture(scope="module")
def sandiao():
    return load_classification(SANDIAO)


@pytest.fixture(scope="module")
def conversion():
    return load_sandiao_to_ydyh()


def write_csv(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return str(path)


# ---------------------------------------------------------------------------------------------
# core stays free of QGIS


def test_core_imports_neither_qgis_nor_qt():
    core_dir = os.path.join(ROOT, "core")
    for name in os.listdir(core_dir):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(core_dir, name), encoding="utf-8") as stream:
            tree = ast.parse(stream.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                assert not module.startswith(("qgis", "PyQt", "PySide")), (name, module)


# ---------------------------------------------------------------------------------------------
# normalise_code


@pytest.mark.parametrize(
    "value, expected",
    [
        ("0101", "0101"),
        (" 0101 ", "0101"),
        (101, "0101"),
        (101.0, "0101"),
        ("101", "0101"),
        ("101.0", "0101"),
        (np.int64(1203), "1203"),
        (np.float64(702.0), "0702"),
        (np.float32(702.0), "0702"),
        (1, "01"),
        (9, "09"),
        (60101, "060101"),
        (60101.0, "060101"),
        ("060101", "060101"),
        ("05h1", "05H1"),
        ("0201k", "0201K"),
        ("08h2a", "08H2A"),
        ("1104A", "1104A"),
        ("０１０１", "0101"),  # full-width digits from Chinese input methods
        ("０５Ｈ１", "05H1"),
        ("\t1006\n", "1006"),
        (None, None),
        ("", None),
        ("   ", None),
        ("NULL", None),
        ("null", None),
        ("<NULL>", None),
        ("None", None),
        (float("nan"), None),
        (101.5, "101.5"),  # not a code, but kept visible as what it is
        ("0702abc", "0702ABC"),
    ],
)
def test_normalise_code(value, expected):
    assert normalise_code(value) == expected


def test_normalise_codes_shapes_and_types():
    result = normalise_codes(np.array([[101, 702], [1006, 60101]]))
    assert result.dtype == object
    assert result.shape == (2, 2)
    assert result.tolist() == [["0101", "0702"], ["1006", "060101"]]
    assert normalise_codes([]).shape == (0,)
    mixed = normalise_codes([None, "05h1", 101.0, "NULL", np.nan, "0101"])
    assert mixed.tolist() == [None, "05H1", "0101", None, None, "0101"]
    assert normalise_codes(np.array([np.nan, 1203.0, np.nan])).tolist() == [None, "1203", None]


# NUL is left out: numpy's fixed-width strings drop trailing NULs, and no code contains one.
code_text = st.text(alphabet="0123456789 .AHKahkＨ０１-\t", max_size=8)
code_values = st.one_of(
    st.none(),
    st.integers(min_value=-10, max_value=10**7),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=0, max_value=10**6).map(float.__floor__).map(float),
    code_text,
    st.sampled_from(["NULL", "null", "", " 101 ", "05h1", "0201k", "nan", "None"]),
)


@given(st.lists(code_values, max_size=40))
def test_normalise_codes_agrees_with_normalise_code(values):
    array = np.empty(len(values), dtype=object)
    array[:] = values
    assert normalise_codes(array).tolist() == [normalise_code(v) for v in values]


@given(st.lists(st.integers(min_value=-(10**9), max_value=10**9), max_size=40))
def test_normalise_codes_integer_arrays(values):
    array = np.array(values, dtype=np.int64)
    assert normalise_codes(array).tolist() == [normalise_code(v) for v in array]


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=40))
def test_normalise_codes_float_arrays(values):
    array = np.array(values, dtype=np.float64)
    assert normalise_codes(array).tolist() == [normalise_code(v) for v in array]


@given(st.lists(code_text, max_size=40))
def test_normalise_codes_text_arrays(values):
    assert normalise_codes(np.array(values, dtype=str)).tolist() == [normalise_code(v) for v in values]


# ---------------------------------------------------------------------------------------------
# Classification tables


def test_every_ydyh_row_loads(ydyh):
    assert len(ydyh) == len(YDYH_ROWS) == 175
    for row in YDYH_ROWS:
        code = row["code"]
        assert ydyh.is_known(code)
        assert ydyh.name(code) == row["name"]
        assert ydyh.level(code) == int(row["level"])
        assert ydyh.parent(code) == (row["parent"] or None)
        assert ydyh.confirmed(code) == (row["confirmed"] == "yes")


def test_ydyh_hierarchy_is_consistent():
    codes = {row["code"] for row in YDYH_ROWS}
    for row in YDYH_ROWS:
        code, level, parent = row["code"], int(row["level"]), row["parent"]
        assert len(code) == 2 * level
        if level == 1:
            assert parent == ""
        else:
            assert parent in codes
            assert parent == code[:-2]


def test_every_sandiao_row_loads(sandiao):
    assert len(sandiao) == len(SANDIAO_LAND_ROWS) == 81
    codes = {row["code"] for row in SANDIAO_LAND_ROWS}
    for row in SANDIAO_LAND_ROWS:
        code = row["code"]
        assert sandiao.name(code) == row["name"]
        assert sandiao.level(code) == int(row["level"])
        assert sandiao.parent(code) == (row["parent"] or None)
        assert sandiao.confirmed(code) == (row["confirmed"] == "yes")
        if row["parent"]:
            assert row["parent"] in codes


def test_czcsxm_kept_out_of_land_classes(sandiao):
    assert len(CZCSXM_ROWS) == 8
    for row in CZCSXM_ROWS:
        assert sandiao.czcsxm_name(row["code"]) == row["name"]
        assert row["code"] not in sandiao.codes()
    assert sandiao.czcsxm_name(201) == "城市"
    assert sandiao.czcsxm_name("203a") == "村庄独立工业用地"
    assert sandiao.czcsxm_name(201.0) == "城市"
    assert sandiao.czcsxm_name("0101") is None
    assert not sandiao.is_known("201A")
    assert sandiao.czcsxm_codes() == [row["code"] for row in CZCSXM_ROWS]


def test_codes_at_level(ydyh, sandiao):
    assert len(ydyh.codes_at_level(1)) == 24
    assert len(ydyh.codes_at_level(2)) == 111
    assert len(ydyh.codes_at_level(3)) == 40
    assert ydyh.codes_at_level(1)[:3] == ["01", "02", "03"]
    assert sorted(sandiao.codes_at_level(1)) == ["00"] + [f"{i:02d}" for i in range(1, 13)]
    assert len(sandiao.codes_at_level(2)) == 55
    assert sorted(sandiao.codes_at_level(3)) == sorted(
        ["0201K", "0202K", "0203K", "0204K", "0301K", "0302K", "0307K", "0403K", "1104K"]
        + ["08H2A", "0810A", "1104A", "1107A"]
    )


def independent_ancestor(rows, code, level):
    by_code = {row["code"]: row for row in rows}
    row = by_code.get(code)
    while row is not None:
        if int(row["level"]) == level:
            return row["code"]
        row = by_code.get(row["parent"])
    return None


@pytest.mark.parametrize("table_id, rows", [(YDYH, YDYH_ROWS), (SANDIAO, SANDIAO_LAND_ROWS)])
def test_ancestor_of_every_code(table_id, rows):
    table = load_classification(table_id)
    for row in rows:
        for level in (1, 2, 3):
            assert table.ancestor(row["code"], level) == independent_ancestor(rows, row["code"], level)


def test_ancestor_examples(ydyh, sandiao):
    assert [ydyh.ancestor("070101", level) for level in (1, 2, 3)] == ["07", "0701", "070101"]
    assert ydyh.ancestor("07", 2) is None
    assert ydyh.ancestor(60101, 2) == "0601"
    assert sandiao.ancestor("0201k", 2) == "0201"
    assert sandiao.ancestor("0201K", 1) == "02"
    assert sandiao.ancestor("08H2A", 2) == "08H2"
    assert sandiao.ancestor("08H2A", 1) == "08"
    assert sandiao.ancestor("1104A", 1) == "11"
    # 三调 statistics group the wetland codes under 00 湿地.
    for code in ("0303", "0304", "0306", "0402", "0603", "1105", "1106", "1108"):
        assert sandiao.ancestor(code, 1) == "00"
    assert sandiao.ancestor("09", 1) == "09"
    assert sandiao.ancestor("09", 2) is None
    assert sandiao.ancestor("9999", 1) is None
    assert sandiao.ancestor(None, 1) is None


def test_clashing_codes_have_different_meanings(ydyh, sandiao):
    assert sandiao.name("0702") == "农村宅基地"
    assert ydyh.name("0702") == "城镇社区服务设施用地"
    assert sandiao.name("1202") == "设施农用地"
    assert ydyh.name("1202") == "公路用地"
    assert sandiao.ancestor("1001", 1) == "10" and sandiao.name("10") == "交通运输用地"
    assert ydyh.name("10") == "工矿用地"


def test_unknown_codes(ydyh):
    assert ydyh.name("9999") is None
    assert ydyh.level(None) is None
    assert ydyh.parent("bogus") is None
    assert ydyh.confirmed("9999") is None
    assert not ydyh.is_known("05H1")
    assert "0101" in ydyh


def test_builtin_tables_are_cached(tmp_path):
    assert load_classification(YDYH) is load_classification(YDYH)
    with pytest.raises(ValueError):
        load_classification("gb50137")


def test_user_classification_csv(tmp_path):
    # Minimal columns, numbers as Excel writes them, GBK as Chinese Excel saves CSV.
    path = write_csv(
        tmp_path / "local.csv",
        "Code,Name,Level,Parent\n1,耕地,1,\n101,水田,2,1\n10101,梯田,3,101\n",
        encoding="gb18030",
    )
    table = load_classification(YDYH, path)
    assert table is not load_classification(YDYH)
    assert table.id == YDYH
    assert table.codes() == ["01", "0101", "010101"]
    assert table.ancestor("010101", 1) == "01"
    assert table.name(101) == "水田"
    assert table.confirmed("0101") is True


def test_user_classification_csv_with_bom(tmp_path):
    path = write_csv(tmp_path / "bom.csv", "code,name,level,parent,confirmed\n01,耕地,1,,no\n", "utf-8-sig")
    table = load_classification(SANDIAO, path)
    assert table.confirmed("01") is False


@pytest.mark.parametrize(
    "text, problem",
    [
        ("code,name,level\n01,耕地,1\n", "missing_columns"),
        ("code,name,level,parent\n01,耕地,1,\n01,耕地,1,\n", "duplicate_code"),
        ("code,name,level,parent\n01,耕地,x,\n", "bad_level"),
        ("code,name,level,parent\n0101,水田,2,\n", "missing_parent"),
        ("code,name,level,parent\n0101,水田,2,01\n", "unknown_parent"),
        ("code,name,level,parent\n01,耕地,2,0101\n0101,水田,2,01\n", "bad_parent_level"),
        ("code,name,level,parent\n,耕地,1,\n", "bad_code"),
        ("code,name,level,parent,confirmed\n01,耕地,1,,maybe\n", "bad_flag"),
    ],
)
def test_bad_user_classification(tmp_path, text, problem):
    path = write_csv(tmp_path / "bad.csv", text)
    with pytest.raises(TableError) as error:
        Classification.from_csv(path, YDYH)
    assert error.value.problem == problem


def test_missing_file(tmp_path):
    with pytest.raises(TableError) as error:
        load_classification(YDYH, str(tmp_path / "absent.csv"))
    assert error.value.problem == "unreadable"


def test_reclassify(ydyh, sandiao):
    codes = np.array(["070101", "0703", 70101, "07", None, "bogus", "0702"], dtype=object)
    assert reclassify(codes, ydyh, 2).tolist() == ["0701", "0703", "0701", "07", None, None, "0702"]
    assert reclassify(codes, ydyh, 2, keep_coarser=False).tolist() == [
        "0701", "0703", "0701", None, None, None, "0702"
    ]
    assert reclassify(codes, ydyh, 1).tolist() == ["07", "07", "07", "07", None, None, "07"]
    sandiao_codes = ["0201K", "1106", "09", "08H2A", "0702", "201"]
    # "201" normalises to 0201 果园: a CZCSXM value must not be read as a land class.
    assert reclassify(sandiao_codes, sandiao, 1).tolist() == ["02", "00", "09", "08", "07", "02"]
    assert reclassify(sandiao_codes, sandiao, 2).tolist() == ["0201", "1106", "09", "08H2", "0702", "0201"]


# ---------------------------------------------------------------------------------------------
# 三调 -> 用地用海


def test_every_conversion_row(conversion):
    ydyh_codes = {row["code"]: row for row in YDYH_ROWS}
    assert sorted(conversion.dlbm_codes()) == sorted(row["dlbm"] for row in CONVERSION_ROWS)
    for row in CONVERSION_ROWS:
        needs_split = row["needs_split"] == "yes"
        candidates = tuple(c for c in row["split_candidates"].split("|") if c)
        confirmed = row["confirmed"] == "yes"

        level1 = conversion.map(row["dlbm"], 1)
        assert level1.decided
        assert level1.code == row["ydyh_level1_code"]
        assert level1.name == row["ydyh_level1_name"] == ydyh_codes[level1.code]["name"]
        flags = (level1.needs_split, level1.candidates, level1.confirmed)
        assert flags == (needs_split, candidates, confirmed)

        level2 = conversion.map(row["dlbm"], 2)
        undecided = needs_split and row["split_level"] == "二级"
        assert level2.decided is not undecided
        if undecided:
            assert level2.code == row["ydyh_level1_code"]
        else:
            assert level2.code == row["ydyh_code"]
            assert ydyh_codes[level2.code]["level"] == "2"
            assert ydyh_codes[level2.code]["parent"] == row["ydyh_level1_code"]
            assert level2.name == row["ydyh_name"]
        assert level2.split_level == {"": None, "二级": 2, "三级": 3}[row["split_level"]]
        for candidate in candidates:
            assert candidate in ydyh_codes


def test_conversion_examples(conversion):
    homestead = conversion.map("0702", 2)
    assert (homestead.code, homestead.name, homestead.decided) == ("0703", "农村宅基地", True)
    assert homestead.candidates == ("070301", "070302")
    rural_road = conversion.map(1006, 2)
    assert (rural_road.code, rural_road.decided, rural_road.needs_split, rural_road.split_level) == (
        "0601", True, True, 3
    )
    commerce = conversion.map("05h1", 2)
    assert (commerce.code, commerce.decided) == ("09", False)
    assert conversion.map("05H1", 1).decided
    assert conversion.map("9999", 1) is None
    assert conversion.map(None, 2) is None
    with pytest.raises(ValueError):
        conversion.map("0101", 3)


def test_map_codes_matches_map(conversion):
    values = np.array(
        [row["dlbm"] for row in CONVERSION_ROWS] + [101, 702.0, None, "bogus", "0201k", "NULL"], dtype=object
    )
    for level in (1, 2):
        targets, decided = conversion.map_codes(values, level)
        assert targets.dtype == object and decided.dtype == bool
        for value, target, is_decided in zip(values, targets, decided):
            expected = conversion.map(value, level)
            assert target == (expected.code if expected else None)
            assert is_decided == bool(expected and expected.decided)


def test_user_conversion_table(tmp_path):
    path = write_csv(
        tmp_path / "local_conversion.csv",
        "dlbm,ydyh_code,ydyh_level1_code,needs_split,split_level\n"
        "702,0703,07,no,\n"
        "05H1,,09,yes,二级\n"
        "1202,060201,06,,\n",
    )
    table = load_sandiao_to_ydyh(path)
    assert table is not load_sandiao_to_ydyh()
    assert table.map("0702", 2).code == "0703"
    assert table.map("0702", 2).confirmed is True
    assert not table.map("05H1", 2).decided
    # A three-level target still gives its level-2 class.
    assert table.map("1202", 2).code == "0602"
    assert table.map("1202", 1).code == "06"
    assert table.map("0101", 1) is None


@pytest.mark.parametrize(
    "text, problem",
    [
        ("dlbm,ydyh_code\n0702,0703\n", "missing_columns"),
        ("dlbm,ydyh_code,ydyh_level1_code\n0702,0799,07\n", "unknown_target"),
        ("dlbm,ydyh_code,ydyh_level1_code\n0702,0703,08\n", "inconsistent_level1"),
        ("dlbm,ydyh_code,ydyh_level1_code\n0702,0703,0703\n", "inconsistent_level1"),
        ("dlbm,ydyh_code,ydyh_level1_code,split_level\n0702,0703,07,四级\n", "bad_split_level"),
        ("dlbm,ydyh_code,ydyh_level1_code\n0702,0703,07\n702,0703,07\n", "duplicate_code"),
    ],
)
def test_bad_conversion_table(tmp_path, text, problem):
    path = write_csv(tmp_path / "bad_conversion.csv", text)
    with pytest.raises(TableError) as error:
        SandiaoToYdyh.from_csv(path)
    assert error.value.problem == problem


# ---------------------------------------------------------------------------------------------
# Detection


def sample(counts):
    """An object array holding each code `count` times, shuffled like a real layer."""
    values = [code for code, count in counts.items() for _ in range(count)]
    array = np.empty(len(values), dtype=object)
    array[:] = values
    np.random.default_rng(0).shuffle(array)
    return array


SANDIAO_SAMPLE = {
    "0101": 420, "0103": 610, "0301": 380, "0305": 90, "0307": 40, "0404": 70, "0702": 300,
    "1006": 260, "1203": 350, "1107": 80, "1104": 60, "1003": 25, "05H1": 12, "0602": 4,
    "1202": 15, "0201K": 9, "08H1": 3, "1101": 20,
}
YDYH_SAMPLE = {
    "0101": 400, "0103": 600, "0301": 380, "0303": 90, "0403": 70, "0703": 280, "070301": 20,
    "060101": 200, "060102": 60, "2303": 350, "1705": 80, "1704": 60, "1202": 25, "0901": 12,
    "0602": 15, "1001": 4, "0801": 3, "1701": 20,
}


def test_detects_sandiao_sample():
    result = detect_classification(sample(SANDIAO_SAMPLE), field_name="DLBM")
    assert result.classification == SANDIAO
    assert result.reason == "codes_only_in_sandiao"
    only = set(result.get("only_sandiao_examples"))
    assert {"05H1", "1006", "0201K", "08H1"} <= only
    assert result.get("n_only_ydyh") == 0
    assert result.get("n_distinct") == len(SANDIAO_SAMPLE)
    assert result.get("field_name_hint") == SANDIAO


def test_detects_ydyh_sample():
    result = detect_classification(sample(YDYH_SAMPLE))
    assert result.classification == YDYH
    assert result.reason == f"codes_only_in_{YDYH}"
    assert {"0703", "060101", "2303", "1705", "0801"} <= set(result.get("only_ydyh_examples"))


def test_detection_evidence_is_plain_data():
    result = detect_classification(sample(YDYH_SAMPLE), field_name="YDYHFLDM")
    keys = [key for key, _ in result.evidence]
    assert len(keys) == len(set(keys))
    assert keys[-1] == "reason"
    expected = ("n_distinct", "n_sandiao_known", "n_ydyh_known", "only_sandiao_examples", "only_ydyh_examples")
    for key in expected:
        assert key in keys
    for _, value in result.evidence:
        assert value is None or isinstance(value, (int, str, list))


def test_examples_are_capped():
    codes = [row["code"] for row in YDYH_ROWS if int(row["level"]) == 3]
    result = detect_classification(codes)
    assert result.get("n_only_ydyh") == len(codes) == 40
    assert len(result.get("only_ydyh_examples")) == 10


AMBIGUOUS = {"0101": 300, "0102": 20, "0103": 500, "0301": 200, "0702": 150, "1001": 3, "1202": 12, "1203": 4}


def test_ambiguous_codes_give_none():
    result = detect_classification(sample(AMBIGUOUS))
    assert result.classification is None
    assert result.reason == "ambiguous_codes"
    assert result.get("n_only_sandiao") == result.get("n_only_ydyh") == 0


@pytest.mark.parametrize("field_name, expected", [("DLBM", SANDIAO), ("kcdlbm", SANDIAO),
                                                   ("YDYHFLDM", YDYH), ("GHDLBM", YDYH), ("BSM", None)])
def test_field_name_is_a_hint_for_ambiguous_codes(field_name, expected):
    result = detect_classification(sample(AMBIGUOUS), field_name=field_name)
    assert result.classification == expected
    assert result.reason == ("field_name_hint" if expected else "ambiguous_codes")


def test_codes_beat_field_name():
    result = detect_classification(sample(YDYH_SAMPLE), field_name="DLBM")
    assert result.classification == YDYH


def test_names_beat_codes():
    # A 三调 layer with one stray 用地用海 code: codes alone would say 用地用海, DLMC says 三调.
    codes = np.array(["0702", "0702", "1203", "0101", "1701"], dtype=object)
    names = np.array(["农村宅基地", "农村宅基地", "田坎", "水田", "河流水面"], dtype=object)
    assert detect_classification(codes).classification == YDYH
    result = detect_classification(codes, field_name="YDYHFLDM", names=names)
    assert result.classification == SANDIAO
    assert result.reason == f"names_match_{SANDIAO}"
    assert result.get("n_names_only_sandiao") == 2
    assert result.get("n_names_only_ydyh") == 1
    assert result.get("n_names_agree_ydyh") == 2  # 0101 水田 agrees with both


def test_names_decide_ambiguous_codes():
    codes = np.array(["0702", "1202", "0101", "1001"], dtype=object)
    names = np.array(["城镇社区服务设施用地", "公路用地", "水田", " 工业用地 "], dtype=object)
    result = detect_classification(codes, field_name="DLBM", names=names)
    assert result.classification == YDYH
    assert result.reason == f"names_match_{YDYH}"


def test_names_that_match_nothing_fall_back_to_codes():
    names = np.array(["张三"] * sum(SANDIAO_SAMPLE.values()), dtype=object)
    result = detect_classification(sample(SANDIAO_SAMPLE), names=names)
    assert result.classification == SANDIAO
    assert result.get("n_names_agree_sandiao") == 0


def test_numeric_codes():
    sandiao_numbers = np.array([101, 103, 702, 1203, 1006, 301, 1006], dtype=np.int64)
    result = detect_classification(sandiao_numbers, field_name="DLBM")
    assert result.classification == SANDIAO
    assert "1006" in result.get("only_sandiao_examples")
    ydyh_numbers = np.array([101.0, 703.0, 60101.0, 2303.0, np.nan])
    result = detect_classification(ydyh_numbers)
    assert result.classification == YDYH
    assert result.get("n_null") == 1


def test_empty_and_unknown():
    assert detect_classification(np.array([None, "", "NULL"], dtype=object)).reason == "no_codes"
    assert detect_classification([]).reason == "no_codes"
    result = detect_classification(np.array([0, 0, 0]))
    assert (result.classification, result.reason, result.get("n_zero")) == (None, "no_codes", 3)
    result = detect_classification(["A1", "B2", "9999"])
    assert (result.classification, result.reason) == (None, "no_known_codes")
    assert result.get("n_unknown") == 3


def test_zero_default_does_not_count_as_sandiao():
    values = sample({"0": 50, "0703": 10, "0101": 40})
    result = detect_classification(values)
    assert result.classification == YDYH
    assert result.get("n_zero") == 50


def test_mixed_codes():
    conflicting = detect_classification(sample({"05H1": 50, "0703": 50, "0101": 100}))
    assert (conflicting.classification, conflicting.reason) == (None, "conflicting_codes")
    mostly = detect_classification(sample({"0703": 95, "1006": 5, "0101": 100}))
    assert (mostly.classification, mostly.reason) == (YDYH, f"mostly_codes_only_in_{YDYH}")
    assert mostly.get("only_sandiao_examples") == ["1006"]


def test_names_must_match_codes_in_length():
    with pytest.raises(ValueError):
        detect_classification(["0101", "0102"], names=["水田"])


class CountingTable:
    """A classification table that counts the lookups made in it (is_known, name)."""

    def __init__(self, table):
        self.table, self.lookups = table, 0

    def __getattr__(self, attribute):
        return getattr(self.table, attribute)

    def is_known(self, code):
        self.lookups += 1
        return self.table.is_known(code)

    def name(self, code):
        self.lookups += 1
        return self.table.name(code)


def test_detection_judges_each_distinct_code_once(sandiao, ydyh, monkeypatch):
    # Python work per distinct value, never per row: the code normalisations and table lookups for 360k rows
    # are exactly those for one row per code (timing this belongs in bench/, not here).
    from lantu.core import classification, land_codes

    normalised = []
    counting = lambda value: normalised.append(value) or normalise_code(value)  # noqa: E731
    for module in (land_codes, classification):  # distinct_codes, and the tables' lookups
        monkeypatch.setattr(module, "normalise_code", counting)

    def work(per_code):
        normalised.clear()
        codes = sample({code: per_code for code in SANDIAO_SAMPLE})
        tables = CountingTable(sandiao), CountingTable(ydyh)
        result = detect_classification(codes, names=np.full(codes.shape, "水田", dtype=object),
                                       sandiao=tables[0], ydyh=tables[1])
        assert result.classification == SANDIAO
        return len(normalised), [t.lookups for t in tables]

    large, small = work(20_000), work(1)
    assert large == small
    calls, lookups = large
    assert calls >= len(SANDIAO_SAMPLE) and min(lookups) >= len(SANDIAO_SAMPLE)  # the counters do count
