"""Issue 14: zones are named by their standard name fields (ZLDWMC of a 村级调查区, CUNMC, XZQMC …, one list in
core/roles.py), then by the first text field, and the choice is logged; never '#1, #2, …' while a name is there."""
import pytest
from conftest import run_algorithm
from layers import box, memory_layer, rows_of


def test_the_guess_itself():
    from lantu.core.roles import ZONE_NAME_FIELDS, guess_name_field

    assert ZONE_NAME_FIELDS[:6] == ("ZLDWMC", "XZQMC", "CUNMC", "CJMC", "QSDWMC", "PQMC")
    assert guess_name_field([("ZLDWDM", True), ("zldwmc", True)]) == ("zldwmc", True)
    assert guess_name_field([("XZQMC", True), ("PQMC", True)], first=("PQMC",)) == ("PQMC", True)
    assert guess_name_field([("BSM", True), ("CUNDM", True), ("村名", True)]) == ("村名", False)
    assert guess_name_field([("POP", False), ("CUNDM", True)]) == ("CUNDM", False)
    assert guess_name_field([("POP", False)]) == (None, False)


def villages(name_field, extra=()):
    return memory_layer("cjdcq", [("ZLDWDM", "string"), (name_field, "string"), *extra], [
        (box(-10, -10, 300, 300), "5101010010010000000", "甲村", *(["东片"] if extra else [])),
        (box(300, -10, 700, 300), "5101010010020000000", "乙村", *(["东片"] if extra else []))])


LAND = [(box(0, 0, 40, 40), "0702"), (box(500, 0, 540, 40), "0702"), (box(0, 100, 100, 200), "0103")]


def test_homestead_villages_named_by_zldwmc(lantu_processing):
    land = memory_layer("dltb", [("DLBM", "string")], LAND)
    result, log = run_algorithm("lantu:homesteadrelocation", {"LANDUSE": land, "VILLAGES": villages("ZLDWMC"),
                                                              "OUTPUT": "memory:", "SUMMARY": "memory:"})
    names = [f["village"] for f in result["SUMMARY"].getFeatures()]
    assert names[:2] == ["甲村", "乙村"], names
    assert "names from field ZLDWMC" in log.text()


@pytest.mark.parametrize("field, standard", [("CUNMC", True), ("村名", False)])
def test_structure_zones_named_by_cunmc_or_the_first_text_field(lantu_processing, field, standard):
    land = memory_layer("dltb", [("DLBM", "string")], LAND)
    result, log = run_algorithm("lantu:landusestructure", {"LANDUSE": land, "ZONES": villages(field), "OUTPUT": "memory:"})
    zones = {r["zone"] for r in rows_of(result)}
    assert {"甲村", "乙村"} <= zones, zones
    said = [(kind, m) for kind, m in log.messages if f"names from field {field}" in m]
    assert said and said[0][0] == ("info" if standard else "warning")


def test_breakdown_villages_named_by_zldwmc(lantu_processing):
    planned = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 600, 200), "0103")])
    pbf = memory_layer("yjjbnt", [("n", "int")], [(box(0, 0, 100, 100), 1)])
    result, log = run_algorithm("lantu:indicatorbreakdown", {
        "CLUSTERS": villages("ZLDWMC", [("CLUSTER", "string")]), "CLUSTER_FIELD": "CLUSTER", "PLANNED": planned,
        "PERMANENT_FARMLAND": pbf, "OUTPUT": "memory:"})
    east = [r for r in rows_of(result) if r["cluster"] == "东片"][0]
    assert east["villages"] == "甲村、乙村"


def test_consolidation_guesses_the_village_field(lantu_processing):
    land = memory_layer("dltb", [("DLBM", "string"), ("GDPDJB", "integer")], [(g, c, 2) for g, c in LAND])
    result, log = run_algorithm("lantu:consolidationpotential", {"LANDUSE": land, "VILLAGES": villages("CUNMC"),
                                                                 "OUTPUT": "memory:"})
    rows = {r["village"]: r for r in rows_of(result)}
    assert set(rows) == {"甲村", "乙村"}
    assert rows["甲村"]["homestead_ha"] == pytest.approx(0.16) and rows["乙村"]["homestead_ha"] == pytest.approx(0.16)
