"""What the dock says of results: every output field of every algorithm has a readable name, coded values read as
words, areas in 公顷 (or 亩) with two decimals, findings as sentences. The fields and codes are read here from the
algorithms' and core's own sources, not from the dock's tables."""
import glob
import os
import re

import pytest
from conftest import ROOT

SPEC = re.compile(r'\("([a-z][a-z0-9_]*)", "(?:str|float|int)"\)')
OUT_NAMES = re.compile(r'(?:CLASS_OUT|DISTANCE_OUT) = "([a-z_]+)"')


def output_fields():
    """Every ASCII field an algorithm writes: the (name, kind) specs and class-buffer names in its source."""
    found = set()
    for path in glob.glob(os.path.join(ROOT, "processing_provider", "algorithms", "*.py")):
        text = open(path, encoding="utf-8").read()
        found.update(SPEC.findall(text))
        found.update(OUT_NAMES.findall(text))
    return found


def test_every_output_field_of_every_algorithm_has_a_readable_name(qgis_app):
    from lantu.core import indicators
    from lantu.ui.labels import column_label

    fields = output_fields()
    assert {"rule_id", "current_m2", "homestead_m2", "check_id", "from_kind", "method", "share_pct"} <= fields
    # the breakdown table's columns are made from the indicator ids: <id>_m2, <id>_ha, <id>_mu
    ids = getattr(indicators, "INDICATOR_IDS", [])
    fields |= {f"{i}_{u}" for i in ids for u in ("m2", "ha", "mu")}
    unnamed = sorted(f for f in fields if column_label(f) == f)
    assert unnamed == []
    # an area field names its unit
    assert column_label("current_ha") == "Current area (ha)" and column_label("homestead_mu") == "Homestead land (mu)"
    assert column_label("surplus_m2") == "Surplus quota (节余指标) (m²)"


@pytest.fixture()
def chinese(qgis_app):
    """The dock as a planner with a Chinese QGIS reads it."""
    from lantu import translation

    translator = translation.install_translator("zh_CN")
    assert translator is not None, "i18n/lantu_zh_CN.qm is missing: make translations"
    yield
    translation.remove_translator(translator)


def chinese_words(text):
    return bool(re.search(r"[\u4e00-\u9fff]", text)) and not re.search(r"[A-Za-z_]", text)


def test_coded_values_read_as_chinese_words(chinese):
    from lantu.core import change, homestead, structure
    from lantu.ui.labels import column_label, word

    for kind in (structure.CLASS, structure.UNDECIDED, structure.UNKNOWN, structure.TOTAL, change.GROUP,
                 change.GROUP_UNDECIDED, change.UNCOVERED):
        for field in ("kind", "from_kind", "to_kind"):
            assert chinese_words(word(field, kind)), (field, kind)
    for field, values in (("method", (homestead.PER_CAPITA, homestead.RATIO)), ("action", (homestead.KEEP, homestead.RELOCATE)),
                          ("severity", ("error", "warning", "info")), ("line", ("PBF", "ERL", "UDB")),
                          ("passed", (1, 0)), ("reasons", homestead.REASONS)):
        for value in values:
            assert chinese_words(word(field, value)), (field, value)
    assert word("reasons", ";".join(homestead.REASONS[:2])) == "位于灾害区、位于约束区"
    assert word("action", homestead.RELOCATE) == "腾退" and word("passed", 0) == "未达标"
    assert word("zone", "鹤龄镇") == "鹤龄镇"  # not a coded field: unchanged
    # and every output field's header is Chinese, its unit too
    unread = sorted(f for f in output_fields() if not chinese_words(column_label(f).replace("%", "").replace("°", "")))
    assert unread == []
    assert column_label("current_ha") == "现状面积（公顷）" and column_label("area_mu") == "面积（亩）"


def test_tables_show_each_area_once_in_the_chosen_unit(qgis_app):
    from lantu.ui.present import table_view

    headers = ["fid", "rule_id", "rule_name", "line", "severity", "count", "area_m2", "area_ha", "area_mu", "status",
               "basis"]
    rows = [[1, "ERL-01", "红线内建设用地", "ERL", "error", 1, 753.3993, 0.0753, 1.1301, "", "《通知》"],
            [2, "ZONE-01", "生态保护区超出红线", "ERL", "error", 0, 0.0, 0.0, 0.0, "not checked", "《指南》"]]
    labels, shown, tips = table_view(headers, rows, "ha")
    assert labels == ["Rule", "Rule name", "Severity", "Count", "Area (ha)", "Checked"]  # ids and repeats left out
    assert shown[0] == ["ERL-01", "红线内建设用地", "error", 1, pytest.approx(0.0753), ""]
    assert tips[0][1] == "《通知》"  # the legal basis on the rule's name
    labels, shown, _ = table_view(headers, rows, "mu")
    assert labels[4] == "Area (mu)" and shown[0][4] == pytest.approx(1.1301)  # the algorithm's own 亩 column
    # a field in m² only is converted: 1 公顷 = 10 000 m², 1 亩 = 10000/15 m²
    labels, shown, _ = table_view(["village", "hazard_m2", "population"], [["太坡村", 15000.0, 562.4]], "mu")
    assert labels == ["Village", "In hazard areas (mu)", "Population"] and shown == [["太坡村", pytest.approx(22.5), 562]]


def test_key_figures_in_hectares_or_mu(qgis_app):
    from lantu.ui.present import figure_view, text

    total = {"key": "TOTAL_AREA_M2", "label": "Total area (m²)", "value": 349999999.9878621}
    assert figure_view(total) == ("Total area (ha)", pytest.approx(35000.0))
    assert text(figure_view(total)[1]) == "35,000.00"
    assert figure_view(total, "mu") == ("Total area (mu)", pytest.approx(525000.0))
    mean = {"key": "MEAN_BLOCK_HA", "label": "Mean block area (公顷)", "value": 11.3475}
    assert figure_view(mean, "mu") == ("Mean block area (mu)", pytest.approx(170.2125))
    assert figure_view({"key": "OVERLAP_COUNT", "label": "Overlapping feature pairs", "value": 6}) == (
        "Overlapping feature pairs", 6)
    assert figure_view({"key": "ERROR_AREA_M2", "label": "Area of errors", "value": 1e4}) == ("Area of errors (ha)", 1.0)


def test_findings_read_as_sentences(qgis_app):
    from lantu.ui.findings import sentence

    quality = {"check_id": "area_mismatch", "check_name": "Recorded area differs from the computed area",
               "severity": "warning", "message": "TBMJ = 110.00 m², but the computed area is 100.00 m² (+10.00 %).",
               "src_fid": 7, "area_m2": 10.0}
    assert sentence(quality) == ("warning: Recorded area differs from the computed area — TBMJ = 110.00 m², but the "
                                 "computed area is 100.00 m² (+10.00 %).")
    sliver = dict(quality, check_id="sliver", check_name="Sliver polygon", message="Sliver polygon: mean width 0.1 m.")
    assert sentence(sliver) == "warning: Sliver polygon: mean width 0.1 m."  # the check said once
    overlap = {"pair": "PBF×ERL", "layer_a": "a", "layer_b": "b", "area_m2": 26319.0, "area_ha": 2.6319, "sliver": 0}
    assert sentence(overlap) == "永久基本农田 overlaps 生态保护红线: 2.63 ha"
    assert sentence(overlap, "mu") == "永久基本农田 overlaps 生态保护红线: 39.48 mu"
    road = {"src_fid": 3, "grade": "国道", "area_m2": 1279.0, "area_ha": 0.1279, "area_mu": 1.9185}
    assert sentence(road) == "Inside the 国道 control zone: 0.13 ha"
    settlement = {"settlement_id": 12, "action": "relocate", "reasons": "small_area", "reasons_text": "small",
                  "village": "永园村", "area_m2": 5200.0, "area_ha": 0.52}
    assert sentence(settlement) == "Settlement 12 (永园村), relocate: small; 0.52 ha"
    assert sentence(dict(settlement, action="keep")) is None  # a kept settlement is no finding
    assert sentence({"source_fid": 1, "slope_grade": 3, "mean_slope": 8.0, "area_m2": 1.0}) is None
    assert sentence({"source_fid": 1, "slope_grade": 5, "mean_slope": 27.26, "area_m2": 20000.0}) == (
        "Cultivated land steeper than 25°: mean slope 27.3°, 2.00 ha")
    assert sentence({"block_id": 1, "parcels": 3, "area_ha": 7.0, "is_large": 1}) is None  # a map, not a finding


def test_a_check_not_run_says_why_and_which_setting_runs_it(qgis_app):
    from lantu.ui import steps
    from lantu.ui.unchecked import unchecked

    run = next(r for r in steps.step("status").runs if r.algorithm == "lantu:checklanduse")
    headers = ["check_id", "check_name", "severity", "count", "status"]
    rows = [["area_mismatch", "Recorded area differs", "warning", 0, "not checked: no area field given"],
            ["gap", "Gap inside the boundary", "error", 0, ""]]
    (index, what, text), = unchecked(run, ["LANDUSE", "CODE_FIELD"], headers, rows)
    assert (index, what) == (0, "Recorded area differs")
    assert text == ("not checked: no Recorded area (m²) field is chosen for Current land use (三调 DLTB); "
                    "choose it on the Layers page")
    conflicts = next(r for r in steps.step("bottomlines").runs if r.algorithm == "lantu:landuseconflicts")
    headers = ["rule_id", "rule_name", "line", "status"]
    rows = [["ZONE-01", "Ecological protection zone outside the redline", "ERL", "not checked"],
            ["UDB-01", "Urban land outside the boundary", "UDB", "not checked"]]
    zone, line = unchecked(conflicts, ["LANDUSE", "ECO_REDLINE", "PERMANENT_FARMLAND"], headers, rows)
    assert zone[1] == "ZONE-01 Ecological protection zone outside the redline"
    assert "no planning zones are given" in zone[2] and "(GHFQDM)" in zone[2] and "Layers page" in zone[2]
    assert line[2] == ("not checked: no layer is set for 城镇开发边界 (urban development boundary); "
                       "set it on the Layers page")


def test_a_target_check_is_no_list_of_unchecked_rows(qgis_app):
    """The target check's status says how a target went (met, not_met …): only not_checked rows are 'not checked'."""
    from lantu.ui import steps
    from lantu.ui.unchecked import unchecked

    run = next(r for r in steps.step("delivery").runs if r.algorithm == "lantu:indicatorbreakdown")
    headers = ["indicator", "indicator_name", "scope", "status"]
    rows = [["farmland", "耕地保有量", "合计", "met"], ["urban_rural_land", "城乡建设用地面积", "东片", "not_met"],
            ["forest", "林地保有量", "合计", "by_hand"], ["eco_redline", "生态保护红线面积", "合计", "not_checked"]]
    found = unchecked(run, ["CLUSTERS", "PLANNED"], headers, rows)
    assert [(index, text) for index, _, text in found] == [(3, "not checked")]
