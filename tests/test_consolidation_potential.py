"""lantu:consolidationpotential on a fixture where every figure is known by construction, and on the
demo against QGIS's own intersection of parcels and villages."""
import pytest
from conftest import DEMO_GPKG, run_algorithm
from layers import box_wkt as box
from layers import wkt_layer as memory_layer
from qgis.core import QgsProcessingException, QgsVectorLayer


def fixture():
    land = memory_layer("Polygon", "dltb", [("DLBM", "string"), ("GDPDJB", "string"), ("HFSX", "string")], [
        (box(900, 0, 1100, 100), "0602", None, None),      # mining, 10 000 m² in each village
        (box(100, 800, 200, 900), "1201", None, None),     # idle, 甲
        (box(300, 800, 400, 900), "0201", None, "JKHF"),   # restorable now, 甲
        (box(1300, 800, 1500, 900), "0301", None, "工程恢复"),  # restorable with works, 乙
        (box(0, 0, 300, 300), "0103", "5", None),          # steep cultivated, 甲: 9 ha, one 135 亩 block
        (box(1500, 500, 1600, 600), "0101", "2", None),    # flat cultivated, 乙
        (box(500, 500, 520, 520), "0702", None, None),     # a lone house, 甲: relocated
        (box(1200, 200, 1300, 300), "0702", None, None),   # a 1 ha hamlet, 乙: kept
    ])
    villages = memory_layer("Polygon", "village", [("XZQMC", "string")], [(box(0, 0, 1000, 1000), "甲村"), (box(1000, 0, 2000, 1000), "乙村")])
    return land, villages


def rows_of(result):
    return {f["village"]: f for f in result["OUTPUT"].getFeatures()} if not isinstance(result["OUTPUT"], str) else {
        f["village"]: f for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()}


@pytest.mark.parametrize("breaks", ["5,10", ""])
def test_fixture_known_by_construction(lantu_processing, breaks):
    land, villages = fixture()
    result, log = run_algorithm("lantu:consolidationpotential", {
        "LANDUSE": land, "CLASSIFICATION": 2, "VILLAGES": villages, "VILLAGE_FIELD": "XZQMC", "RESTORE_FIELD": "HFSX",
        "GRADE_BREAKS": breaks, "OUTPUT": "memory:"})
    rows = rows_of(result)
    a, b = rows["甲村"], rows["乙村"]
    expected_a = {"relocate_ha": 0.04, "resettle_ha": 0.04 * 0.38, "surplus_ha": 0.04 * 0.62, "mining_ha": 1, "idle_ha": 1,
                  "restore_now_ha": 1, "restore_works_ha": 0, "steep_ha": 9, "cultivated_ha": 9, "farmland_parcels": 1,
                  "farmland_blocks": 1, "large_blocks": 1, "large_block_share": 100, "potential_ha": 12.04}
    expected_b = {"relocate_ha": 0, "surplus_ha": 0, "mining_ha": 1, "idle_ha": 0, "restore_now_ha": 0, "restore_works_ha": 2,
                  "steep_ha": 0, "cultivated_ha": 1, "farmland_parcels": 1, "farmland_blocks": 1, "large_blocks": 0,
                  "large_block_share": 0, "potential_ha": 3, "homestead_ha": 1}
    for key, value in expected_a.items():
        assert a[key] == pytest.approx(value, abs=1e-9), key
    for key, value in expected_b.items():
        assert b[key] == pytest.approx(value, abs=1e-9), key
    assert (a["grade"], b["grade"]) == ("I", "III")
    assert result["TOTAL_POTENTIAL_M2"] == pytest.approx(150_400)
    assert result["RESTORE_AREA_M2"] == pytest.approx(30_000) and result["MINING_AREA_M2"] == pytest.approx(20_000)
    assert ("thirds" if not breaks else "given breaks") in log.text()


def test_demo_mining_and_idle_against_native_intersection(lantu_processing):
    import processing

    dltb = QgsVectorLayer(f"{DEMO_GPKG}|layername=dltb", "dltb", "ogr")
    villages = QgsVectorLayer(f"{DEMO_GPKG}|layername=village", "village", "ogr")
    result, _ = run_algorithm("lantu:consolidationpotential", {
        "LANDUSE": dltb, "CODE_FIELD": "DLBM", "VILLAGES": villages, "VILLAGE_FIELD": "XZQMC", "POPULATION_FIELD": "POP",
        "OUTPUT": "memory:"})
    rows = rows_of(result)
    for code, key in (("0602", "mining_ha"), ("1201", "idle_ha")):
        chosen = processing.run("native:extractbyattribute", {"INPUT": dltb, "FIELD": "DLBM", "OPERATOR": 0, "VALUE": code,
                                                              "OUTPUT": "memory:"})["OUTPUT"]
        fixed = processing.run("native:fixgeometries", {"INPUT": chosen, "OUTPUT": "memory:"})["OUTPUT"]
        pieces = processing.run("native:intersection", {"INPUT": fixed, "OVERLAY": villages, "OVERLAY_FIELDS": ["XZQMC"],
                                                        "OUTPUT": "memory:"})["OUTPUT"]
        expected = {}
        for piece in pieces.getFeatures():
            expected[piece["XZQMC"]] = expected.get(piece["XZQMC"], 0.0) + piece.geometry().area() / 1e4
        assert expected, code
        for village, row in rows.items():
            assert row[key] == pytest.approx(expected.get(village, 0.0), abs=1e-6), (code, village)
    # the grade of each village follows its potential: I above II above III
    order = {"I": 0, "II": 1, "III": 2}
    ranked = sorted(rows.values(), key=lambda r: -r["potential_ha"])
    assert [order[r["grade"]] for r in ranked] == sorted(order[r["grade"]] for r in ranked)


def test_bad_breaks(lantu_processing):
    land, villages = fixture()
    with pytest.raises(QgsProcessingException, match="GRADE_BREAKS"):
        run_algorithm("lantu:consolidationpotential", {"LANDUSE": land, "CLASSIFICATION": 2, "VILLAGES": villages,
                                                       "VILLAGE_FIELD": "XZQMC", "GRADE_BREAKS": "30,10", "OUTPUT": "memory:"})
