"""Land-use conflicts' planning logic (core.conflicts): which features the rules may concern, each
conflict's severity, the summary per rule and the ground counted once, worked out by hand."""
import numpy as np
import pytest
import shapely

from lantu.core import conflicts, rules

RULES = ",".join(rules.COLUMNS) + """
F-01,林地,forest,landuse,PBF,inside,0301,,error,x
F-02,设施,facilities,landuse,PBF,inside,0602,,warning,y
Z-01,分区,zone,zone,ERL,outside,1,,error,z
"""


@pytest.fixture()
def rule_list(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(RULES, encoding="utf-8")
    return rules.load_rules(str(path))


def test_only_features_a_landuse_rule_may_concern_go_on(rule_list):
    geoms = np.array([shapely.box(i, 0, i + 1, 1) for i in range(5)], dtype=object)
    codes = np.array(["0101", "0301", "06", "9999", "0701"], dtype=object)
    kinds = np.array(["class", "class", "undecided", "unknown", "class"], dtype=object)
    # 三调 1202 (设施农用地) converts to 用地用海 0602 and splits at 三级: its candidates come from the table
    subject, keep = conflicts.landuse_subject(geoms, codes, kinds, rule_list, np.array(["0101", "0301", "1202", "9999", "0702"]))
    assert keep.tolist() == [1, 2]
    assert subject.codes.tolist() == ["0301", "06"] and subject.decided.tolist() == [True, False]
    assert subject.candidates[1] == ("060201", "060202", "060203") and subject.candidates[0] is None
    assert [g.equals(geoms[k]) for g, k in zip(subject.geoms, keep)] == [True, True]
    # without the 三调 codes an undecided 06 may still hold 0602: kept, as 'some'
    subject, keep = conflicts.landuse_subject(geoms, codes, kinds, rule_list)
    assert keep.tolist() == [1, 2] and subject.coverage(rule_list[1]).tolist() == [rules.NONE, rules.SOME]


def test_severity_summary_and_ground(rule_list):
    squares = np.array([shapely.box(0, 0, 10, 10), shapely.box(5, 0, 15, 10), shapely.box(20, 0, 21, 1)], dtype=object)
    found = conflicts.Findings(rule=np.array([0, 1, 1]), src=np.array([0, 1, 2]), geoms=squares,
                               area=np.array([100.0, 100.0, 1.0]), partial=np.array([False, True, False]),
                               skipped=[(rule_list[2], "no_zone")])
    assert found.severities(rule_list).tolist() == ["error", "info", "warning"]
    assert [(r.id, n, a, checked) for r, n, a, checked in found.per_rule(rule_list)] == [
        ("F-01", 1, 100.0, True), ("F-02", 2, 101.0, True), ("Z-01", 0, 0.0, False)]
    assert found.ground() == pytest.approx(150.0 + 1.0)  # the two squares overlap by 50 m²
    assert found.ground(np.array([False, True, True])) == pytest.approx(101.0)
    assert found.ground(np.zeros(3, dtype=bool)) == 0.0


def test_planning_zone_names_come_from_the_table():
    names = conflicts.planning_zone_names()
    assert names["100"] == "生态保护区"


def test_control_line_pairs_found_count_what_is_not_a_sliver():
    from lantu.core import control_lines

    box = shapely.box
    lines = {"PBF": np.array([box(0, 0, 10, 10), box(20, 0, 30, 10)]), "ERL": np.array([box(8, 0, 22, 10)]),
             "UDB": np.array([box(29.5, 0, 40, 1)])}
    found = control_lines.find_overlaps(lines, min_area=1.0)
    # PBF × ERL: two pieces of 20 m²; PBF × UDB: 0.5 m², a sliver; ERL × UDB: none
    assert found.pairs_found() == [("PBF", "ERL", 2, 40.0), ("PBF", "UDB", 0, 0.0), ("ERL", "UDB", 0, 0.0)]
    del lines["UDB"]
    assert control_lines.find_overlaps(lines).pairs_found() == [("PBF", "ERL", 2, 40.0)]
