"""core.rules, core.overlay (clip/subtract/polygonal) and core.control_lines, checked with plain shapely."""
import numpy as np
import pytest
import shapely
from shapely import box

from lantu.core import control_lines, geometry, overlay, rules, tables


def test_builtin_rules_cover_what_the_issue_names():
    by_id = {r.id: r for r in rules.load_rules()}
    assert by_id["ERL-01"].covers("0701") and not by_id["ERL-01"].covers("1202")  # linear: ERL-02's
    assert by_id["ERL-02"].severity == "warning" and by_id["ERL-02"].covers("1202")
    assert all(by_id["PBF-01"].covers(c) for c in ("0201", "0301", "0401"))  # 园地 林地 草地
    assert by_id["PBF-02"].covers("060201") and not by_id["PBF-02"].covers("0101")  # 设施农用地
    assert by_id["UDB-01"].position == "outside" and by_id["UDB-01"].covers("0701")
    assert {r.id for r in by_id.values() if r.subject != "landuse"} == {"ZONE-01", "ZONE-02", "ZONE-03", "ZONE-04"}
    assert all(r.basis for r in by_id.values())


def test_coverage_of_a_class_still_to_be_split():
    rule = {r.id: r for r in rules.load_rules()}["ERL-01"]
    assert rule.coverage("12", (), decided=False) == rules.SOME  # 12 holds 1202 (excepted) and 1207
    assert rule.coverage("07", (), decided=False) == rules.ALL
    assert rule.coverage("01", (), decided=False) == rules.NONE
    assert rule.coverage("12", ("1201", "1202"), decided=False) == rules.NONE
    assert rule.coverage("12", ("1207", "1208"), decided=False) == rules.ALL


@pytest.mark.parametrize("bad, problem", [
    ("ERL-01,a,b,landuse,XYZ,inside,07,,error,x", "bad_line"),
    ("ERL-01,a,b,parcel,ERL,inside,07,,error,x", "bad_subject"),
    ("ERL-01,a,b,landuse,ERL,within,07,,error,x", "bad_position"),
    ("ERL-01,a,b,landuse,ERL,inside,07,,fatal,x", "bad_severity"),
    ("ERL-01,a,b,landuse,ERL,inside,,,error,x", "no_classes"),
    ("ERL-01,a,b,line,ERL,inside,1,,error,x", "bad_position"),
])
def test_bad_rule_rows_name_their_line(tmp_path, bad, problem):
    path = tmp_path / "rules.csv"
    path.write_text(",".join(rules.COLUMNS) + "\nOK-1,a,b,landuse,PBF,inside,02,,error,x\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(tables.TableError) as error:
        rules.load_rules(str(path))
    assert error.value.problem == problem and error.value.line == 3


def test_clip_and_subtract_by_union_against_plain_shapely():
    rng = np.random.default_rng(7)
    a = np.array([box(x, y, x + w, y + h) for x, y, w, h in rng.uniform([0, 0, 5, 5], [90, 90, 30, 30], (200, 4))])
    b = np.array([box(x, y, x + 25, y + 25) for x, y in rng.uniform(0, 100, (15, 2))])  # overlapping each other
    union_b = shapely.union_all(b)
    at, inside = overlay.clip_to_union(a, b)
    expected = shapely.area(shapely.intersection(a, union_b))
    assert np.allclose(shapely.area(inside), expected[at])
    assert set(at) == set(np.flatnonzero(expected > 0))
    at, outside = overlay.subtract_union(a, b)
    expected = shapely.area(shapely.difference(a, union_b))
    assert np.allclose(shapely.area(outside), expected[at])
    assert set(at) == set(np.flatnonzero(expected > 0))


def test_polygonal_keeps_only_the_polygons():
    mixed = shapely.from_wkt(["GEOMETRYCOLLECTION(POLYGON((0 0,1 0,1 1,0 0)),LINESTRING(5 5,6 6))",
                              "LINESTRING(0 0,1 1)", "POLYGON((0 0,2 0,2 2,0 0))"])
    out = geometry.polygonal(mixed)
    assert list(shapely.area(out)) == [0.5, 0.0, 2.0]
    assert shapely.get_type_id(out[0]) == 3


def test_overlaps_and_resolution_by_hand():
    lines = {"PBF": np.array([box(0, 0, 10, 10), box(5, 0, 15, 10)]), "ERL": np.array([box(8, 0, 20, 10)]),
             "UDB": np.array([box(0, 0, 2, 2)])}
    found = control_lines.find_overlaps(lines)
    assert found.pair_area == {"PBF_ERL": 70.0, "PBF_UDB": 4.0, "ERL_UDB": 0.0}
    assert found.total_area == 74.0
    corrected, moved = control_lines.resolve_overlaps(lines, ("ERL", "PBF", "UDB"))
    assert sorted(shapely.area(corrected["PBF"][1])) == [30.0, 80.0]
    assert len(corrected["UDB"][0]) == 0  # wholly farmland: gone
    assert sorted((m.line, m.taken_by, m.area) for m in moved) == [("PBF", "ERL", 20.0), ("PBF", "ERL", 70.0),
                                                                   ("UDB", "PBF", 4.0)]
