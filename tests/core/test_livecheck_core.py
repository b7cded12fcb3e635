"""core.livecheck and core.live_indicators on boxes whose answers are worked out by hand, and after random edits
against plain shapely (each rule's piece, each overlapping pair) and against a breakdown computed from scratch."""
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import box

from lantu.core import breakdown, classification, livecheck, rules
from lantu.core.class_sets import load_class_sets
from lantu.core.live_indicators import LiveIndicators

RULES = rules.load_rules()
# a strip of ten 100 m parcels; the redline over the first three, permanent farmland over the last three
PARCELS = [box(100 * i, 0, 100 * (i + 1), 100) for i in range(10)]
ERL, PBF, UDB = box(0, 0, 300, 100), box(700, 0, 1000, 100), box(400, 0, 600, 100)


def checker():
    check = livecheck.LiveChecker(RULES, classification.YDYH)
    check.set_line("ERL", [1], [ERL])
    check.set_line("PBF", [1], [PBF])
    check.set_line("UDB", [1], [UDB])
    check.set_landuse(list(range(10)), PARCELS, ["0101"] * 10, ["水田"] * 10)
    return check


def test_a_code_change_inside_the_redline_and_back():
    check = checker()
    added, gone = check.edit(livecheck.LANDUSE, {1: (PARCELS[1], {"code": "0701", "name": "城镇住宅用地"})})
    assert {(f.rule_id, f.fid) for f in added} == {("ERL-01", 1), ("UDB-01", 1)} and gone == []
    erl = next(f for f in added if f.rule_id == "ERL-01")
    assert erl.area == pytest.approx(10_000.0) and erl.severity == "error"
    added, gone = check.edit(livecheck.LANDUSE, {1: (PARCELS[1], {"code": "0101", "name": "水田"})})
    assert added == [] and sorted(k[0] for k in gone) == ["ERL-01", "UDB-01"] and check.findings == {}


def test_a_move_gives_the_overlap_the_gap_and_the_rule_and_undo_takes_them_away():
    check = checker()
    moved = shapely.affinity.translate(PARCELS[4], 550)  # parcel 4 (0101) put half over parcel 9: 50 m × 100 m
    check.edit(livecheck.LANDUSE, {4: (moved, {"code": "0301", "name": "乔木林地"})})
    found = {(f.rule_id, f.fid): f for f in check.findings.values()}
    assert found[("self_overlap", 4)].area == pytest.approx(5_000.0)
    assert found[("self_overlap", 4)].detail["other"] == (livecheck.LANDUSE, 9)
    assert found[("gap", 4)].area == pytest.approx(10_000.0)  # where it was, between parcels 3 and 5
    assert found[("PBF-01", 4)].area == pytest.approx(5_000.0)  # forest inside farmland: the part over 900–1000
    assert set(found) == {("self_overlap", 4), ("gap", 4), ("PBF-01", 4)}
    check.edit(livecheck.LANDUSE, {4: (PARCELS[4], {"code": "0101", "name": "水田"})})
    assert check.findings == {}


def test_an_invalid_geometry_an_unknown_code_and_a_wrong_name():
    check = checker()
    bowtie = shapely.Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)])
    check.edit(livecheck.LANDUSE, {0: (bowtie, {"code": "0101", "name": "水田"}),
                                   2: (PARCELS[2], {"code": "9999", "name": "水田"}),
                                   3: (PARCELS[3], {"code": "0103", "name": "水田"})})
    found = {(f.rule_id, f.fid): f for f in check.findings.values()}
    assert found[("invalid_geometry", 0)].geom.equals(shapely.Point(50, 50))
    assert found[("code_unknown", 2)].detail["code"] == "9999"
    assert found[("name_mismatch", 3)].detail["expected"] == "旱地"


def test_a_line_moved_over_another_and_over_the_parcels():
    check = checker()
    check.edit(livecheck.LANDUSE, {5: (PARCELS[5], {"code": "0701", "name": "城镇住宅用地"})})  # inside UDB: fine
    assert check.findings == {}
    check.edit("UDB", {1: (box(200, 0, 500, 100), {})})  # the boundary moved west: over the redline, off parcel 5
    found = {(f.rule_id, f.fid): f for f in check.findings.values()}
    assert found[("ERL×UDB", 1)].area == pytest.approx(10_000.0) and found[("ERL×UDB", 1)].layer == "UDB"
    assert found[("UDB-01", 5)].area == pytest.approx(10_000.0)  # parcel 5 now outside the boundary


EDIT = st.tuples(st.integers(0, 9), st.sampled_from(("0701", "0101", "0301", "1202", "0801")),
                 st.integers(-150, 150), st.booleans())


@settings(max_examples=40)
@given(st.lists(EDIT, min_size=1, max_size=10))
def test_after_random_edits_every_piece_is_what_plain_shapely_says(edits):
    check = checker()
    state = {i: (PARCELS[i], "0101") for i in range(10)}
    for fid, code, dx, delete in edits:
        if delete:
            state.pop(fid, None)
            check.edit(livecheck.LANDUSE, deleted=[fid])
        else:
            geometry = shapely.affinity.translate(PARCELS[fid], dx)
            state[fid] = (geometry, code)
            check.edit(livecheck.LANDUSE, {fid: (geometry, {"code": code, "name": None})})
    touched = {fid for fid, _, _, _ in edits}
    expected = {}
    for fid in touched & set(state):
        geometry, code = state[fid]
        for rule in (r for r in RULES if r.subject == "landuse" and r.covers(code)):
            line = {"ERL": ERL, "PBF": PBF, "UDB": UDB}[rule.line]
            piece = geometry.intersection(line) if rule.position == "inside" else geometry.difference(line)
            if piece.area >= 0.01:
                expected[(rule.id, fid)] = piece.area
        for other, (other_geometry, _) in state.items():
            shared = geometry.intersection(other_geometry).area if other != fid else 0.0
            if shared > livecheck.MIN_AREA_M2:  # a pair, whichever of the two was edited last
                expected[("self_overlap", frozenset((fid, other)))] = shared
    found = {}
    for f in check.findings.values():
        if f.rule_id == "self_overlap":
            found[(f.rule_id, frozenset((f.fid, f.detail["other"][1])))] = f.area
        elif f.rule_id in {r.id for r in RULES}:
            found[(f.rule_id, f.fid)] = f.area
    assert found.keys() == expected.keys()
    for key, area in expected.items():
        assert found[key] == pytest.approx(area, rel=1e-9)


def test_the_live_sums_equal_a_breakdown_from_scratch():
    sets = load_class_sets()
    clusters = [box(0, 0, 450, 100), box(450, 0, 1000, 100)]  # parcel 4 is shared 50 / 50
    codes = ["0101", "0102", "0301", "0701", "0101", "1001", "0103", "0401", "0301", "0101"]
    live = LiveIndicators(sets, classification.YDYH, ["西片", "东片"], clusters)
    live.set_landuse(np.arange(10), PARCELS, codes)
    live.edit({4: (PARCELS[4], "0701"), 7: (shapely.affinity.translate(PARCELS[7], 30), "0102")}, deleted=[9])
    codes[4], codes[7] = "0701", "0102"
    geoms = list(PARCELS)
    geoms[7] = shapely.affinity.translate(PARCELS[7], 30)
    del geoms[9], codes[9]
    by_hand = {"": {}, "西片": {}, "东片": {}}
    for name, region in (("西片", clusters[0]), ("东片", clusters[1]), ("", box(-1e6, -1e6, 1e6, 1e6))):
        by_hand[name]["farmland"] = sum(g.intersection(region).area for g, c in zip(geoms, codes) if c.startswith("01")) / 1e4
    scopes = live.by_scope()
    for name in by_hand:
        assert scopes[name]["farmland"] == pytest.approx(by_hand[name]["farmland"], abs=1e-9)
    assert breakdown.text_column(["西片"])[0] == "西片"
