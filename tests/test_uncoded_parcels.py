"""Issue 14: parcels with no land-class code, or one the classification does not know, are not dropped
without a word: each algorithm that selects classes says how many and how much area (the log, and the
report or summary where there is one)."""
import pytest
from conftest import run_algorithm
from layers import box, memory_layer
from qgis.core import NULL

# (geometry, DLBM, GDPDJB): two cultivated parcels, a homestead, one parcel with no code, one with a code
# neither 三调 nor 用地用海 has (9999)
PARCELS = [
    (box(0, 0, 100, 100), "0103", 2),
    (box(100, 0, 200, 100), "0103", 5),
    (box(0, 100, 60, 150), "0702", NULL),
    (box(200, 0, 300, 50), NULL, 5),
    (box(300, 0, 400, 30), "9999", 5),
]


@pytest.fixture()
def dltb():
    return memory_layer("dltb", [("DLBM", "string"), ("GDPDJB", "integer")], PARCELS)


def expected_areas(layer):
    """(area with no code, area with code 9999), measured by QGIS."""
    missing = sum(f.geometry().area() for f in layer.getFeatures() if f["DLBM"] in (None, NULL))
    unknown = sum(f.geometry().area() for f in layer.getFeatures() if f["DLBM"] == "9999")
    return missing, unknown


def assert_told(log, layer):
    missing, unknown = expected_areas(layer)
    assert (missing, unknown) == (5000, 3000)
    warnings = [m for kind, m in log.messages if kind == "warning"]
    assert any(f"1 features have no land-class code ({missing:,.2f} m²" in m for m in warnings), log.text()
    assert any(f"1 features have codes that are not 三调 DLBM codes ({unknown:,.2f} m²" in m and "9999" in m
               for m in warnings), log.text()


@pytest.mark.parametrize("algorithm", ["lantu:slopefarmland", "lantu:farmlandcontiguity", "lantu:homesteadrelocation"])
def test_selection_says_what_the_codes_leave_out(lantu_processing, dltb, algorithm, tmp_path):
    report = tmp_path / "report.html"
    parameters = {"LANDUSE": dltb, "OUTPUT": "memory:", "REPORT": str(report)}
    if algorithm == "lantu:homesteadrelocation":
        parameters["SUMMARY"] = "memory:"
    _, log = run_algorithm(algorithm, parameters)
    assert_told(log, dltb)
    assert "5,000.00 m²" in report.read_text(encoding="utf-8")


def test_consolidation_says_what_the_codes_leave_out(lantu_processing, dltb, tmp_path):
    villages = memory_layer("village", [("XZQMC", "string")], [(box(-10, -10, 500, 200), "甲村")])
    report = tmp_path / "potential.html"
    _, log = run_algorithm("lantu:consolidationpotential", {
        "LANDUSE": dltb, "VILLAGES": villages, "VILLAGE_FIELD": "XZQMC", "OUTPUT": "memory:", "REPORT": str(report)})
    assert_told(log, dltb)
    assert "mining or idle construction land" in log.text()
    assert "3,000.00 m²" in report.read_text(encoding="utf-8")


def test_sitecheck_says_how_much_of_a_site_no_class_rule_judges(lantu_processing, dltb, tmp_path):
    sites = memory_layer("xmyd", [("XMBH", "string")], [(box(0, 0, 400, 100), "S1"), (box(0, 100, 60, 150), "S2")])
    result, log = run_algorithm("lantu:sitecheck", {"SITE": sites, "LANDUSE": dltb, "OUTPUT": "memory:",
                                                    "SUMMARY": "memory:", "REPORT": str(tmp_path / "site.html")})
    summary = {f["site_id"]: f for f in result["SUMMARY"].getFeatures()}
    missing, unknown = expected_areas(dltb)
    assert summary["S1"]["uncoded_m2"] == pytest.approx(missing + unknown)
    assert summary["S2"]["uncoded_m2"] == pytest.approx(0)
    assert any(m.startswith("Site S1: 8,000.00 m²") for kind, m in log.messages if kind == "warning"), log.text()
    assert "8,000.00 m²" in (tmp_path / "site_S1.html").read_text(encoding="utf-8")
