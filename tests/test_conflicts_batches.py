"""lantu:landuseconflicts reads the land use in batches (bridge.Stream): with batches of a few hundred features the
rules' areas still equal QGIS's native chain, from a GeoPackage (GDAL's Arrow stream) and from a memory layer
(QGIS's feature iteration), and faults in different batches are told once, naming every feature."""
import faults
import pytest
from conftest import run_algorithm
from test_bottom_lines import CONSTRUCTION, NOISE, demo, fixed, native_inside, native_outside, summary_of

from lantu.processing_provider.bridge import stream


@pytest.fixture()
def small_batches(monkeypatch):
    monkeypatch.setattr(stream, "BATCH", 700)  # the demo plan's 8,402 features: 13 batches


@pytest.mark.parametrize("source", ["gpkg", "memory"])
def test_rules_in_batches_equal_native(lantu_processing, small_batches, source):
    land = demo("ghyd") if source == "gpkg" else fixed(demo("ghyd"))  # fixgeometries' output is a memory layer
    result, log = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": land, "CODE_FIELD": "YDYHFLDM", "PERMANENT_FARMLAND": demo("yjjbnt"), "ECO_REDLINE": demo("stbhhx"),
        "URBAN_BOUNDARY": demo("czkfbj"), "OUTPUT": "memory:", "SUMMARY": "memory:"})
    summary = summary_of(result)
    expected = {
        "PBF-03": sum(native_inside(demo("ghyd"), CONSTRUCTION, demo("yjjbnt"))),
        "ERL-01": sum(native_inside(demo("ghyd"), CONSTRUCTION.replace("'1205')", "'1205','1311')"), demo("stbhhx"))),
        "UDB-01": sum(native_outside(demo("ghyd"), "left(\"YDYHFLDM\", 4) IN ('0701','0702')", demo("czkfbj"))),
    }
    for rule_id, area in expected.items():
        assert area > 0, rule_id
        assert summary[rule_id]["area_m2"] == pytest.approx(area, rel=1e-6, abs=NOISE), rule_id
    assert summary["ZONE-01"]["status"] != ""  # no zones given: not checked


@pytest.mark.parametrize("fault", ["nan", "unclosed"])
def test_faults_in_different_batches_are_told_once(lantu_processing, tmp_path, monkeypatch, fault):
    base = faults.make_base(str(tmp_path))
    monkeypatch.setattr(stream, "BATCH", 3)  # the faults go into the second and the middle feature
    layer = faults.make(fault, base, "ghyd", str(tmp_path))
    ids = faults.fault_fids(base["gpkg"], "ghyd")
    result, log = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": layer, "CODE_FIELD": "YDYHFLDM", "PERMANENT_FARMLAND": f"{base['gpkg']}|layername=yjjbnt",
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    told = [m for _, m in log.messages if "ghyd" in m and all(str(i) in m for i in ids)]
    assert len(told) == 1, log.text()
    assert result["CONFLICT_COUNT"] >= 0
