"""Issue 14: the area of a control line is the area of its layer's union, in every algorithm. Two features of
one line layer that overlap must not count their shared ground twice (永久基本农田 too large in a cluster)."""
import pytest
from conftest import run_algorithm
from layers import box, memory_layer, rows_of
from qgis.core import QgsVectorLayer

HA = 10_000


def native(algorithm, **parameters):
    import processing

    parameters.setdefault("OUTPUT", "memory:")
    return processing.run(algorithm, parameters)["OUTPUT"]


def native_area_in(line, zones, field):
    """{zone name: area of (∪line) ∩ zone}: QGIS dissolves the line, intersects and measures."""
    pieces = native("native:intersection", INPUT=native("native:dissolve", INPUT=line), OVERLAY=zones,
                    OVERLAY_FIELDS=[field], OVERLAY_FIELDS_PREFIX="z_")
    out = {}
    for feature in pieces.getFeatures():
        out[feature[f"z_{field}"]] = out.get(feature[f"z_{field}"], 0.0) + feature.geometry().area()
    return out


def table(layer):
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def test_breakdown_counts_overlapping_line_features_once(lantu_processing):
    clusters = memory_layer("pq", [("PQMC", "string")], [(box(0, 0, 1000, 1000), "东片"), (box(1000, 0, 2000, 1000), "西片")])
    planned = memory_layer("ghyd", [("YDYHFLDM", "string")], [(box(0, 0, 2000, 1000), "0103")])
    # two farmland features overlapping by 40 ha in 东片, and two redline features overlapping by 10 ha in 西片
    pbf = memory_layer("yjjbnt", [("n", "int")], [(box(0, 0, 600, 1000), 1), (box(200, 0, 1200, 1000), 2)])
    erl = memory_layer("stbhhx", [("n", "int")], [(box(1500, 0, 1800, 1000), 1), (box(1700, 0, 2000, 1000), 2)])
    result, log = run_algorithm("lantu:indicatorbreakdown", {
        "CLUSTERS": clusters, "NAME_FIELD": "PQMC", "PLANNED": planned, "PERMANENT_FARMLAND": pbf, "ECO_REDLINE": erl,
        "OUTPUT": "memory:"})
    rows = {r["cluster"]: r for r in rows_of(result)}
    for indicator, line in (("permanent_farmland", pbf), ("eco_redline", erl)):
        expected = native_area_in(line, clusters, "PQMC")
        for cluster in ("东片", "西片"):
            assert rows[cluster][f"{indicator}_m2"] == pytest.approx(expected.get(cluster, 0.0), abs=1e-6), (indicator, cluster)
    assert rows["东片"]["permanent_farmland_ha"] == pytest.approx(100) and rows["西片"]["permanent_farmland_ha"] == pytest.approx(20)
    assert result["PERMANENT_FARMLAND_HA"] == pytest.approx(120) and result["ECO_REDLINE_HA"] == pytest.approx(50)
    assert "counted once" in log.text()


def test_conflicts_line_rule_counts_overlapping_line_features_once(lantu_processing):
    """ZONE-02 (the redline outside the 生态保护区 zones): two redline features overlapping by 20 ha, no zone
    covers them: the rule's area is 50 ha, not 70."""
    land = memory_layer("ghyd", [("YDYHFLDM", "string"), ("GHFQDM", "string")], [(box(0, 0, 1000, 1000), "0301", "210")])
    erl = memory_layer("stbhhx", [("n", "int")], [(box(0, 0, 300, 1000), 1), (box(100, 0, 500, 1000), 2)])
    result, _ = run_algorithm("lantu:landuseconflicts", {
        "LANDUSE": land, "ECO_REDLINE": erl, "ZONES": land, "ZONE_FIELD": "GHFQDM", "OUTPUT": "memory:",
        "SUMMARY": "memory:"})
    summary = {r["rule_id"]: r for r in table(result["SUMMARY"])}
    expected = sum(f.geometry().area() for f in native("native:dissolve", INPUT=erl).getFeatures())
    assert summary["ZONE-02"]["area_m2"] == pytest.approx(expected) and expected == pytest.approx(50 * HA)
    assert summary["ZONE-02"]["count"] == 2  # one row per redline feature, as before
    assert result["CONFLICT_AREA_M2"] == pytest.approx(50 * HA)


def test_resolve_moved_area_counts_overlapping_features_once(lantu_processing):
    """Two farmland features overlapping each other, both under the redline: the ground moved is counted once."""
    pbf = memory_layer("pbf", [("n", "int")], [(box(0, 0, 100, 100), 1), (box(50, 0, 150, 100), 2)])
    erl = memory_layer("erl", [("n", "int")], [(box(0, 0, 200, 100), 1)])
    result, _ = run_algorithm("lantu:resolveoverlaps", {
        "PERMANENT_FARMLAND": pbf, "ECO_REDLINE": erl, "OUTPUT_PBF": "memory:", "OUTPUT_ERL": "memory:", "MOVED": "memory:"})
    dissolved = sum(f.geometry().area() for f in native("native:dissolve", INPUT=pbf).getFeatures())
    assert result["MOVED_AREA_M2"] == pytest.approx(dissolved) and dissolved == pytest.approx(15_000)
    assert len(table(result["MOVED"])) == 2  # each feature's piece is still listed


def test_sitecheck_counts_overlapping_line_features_once(lantu_processing):
    """sitecheck already measured a site against the union of each line (audited): kept as it is."""
    site = memory_layer("xmyd", [("XMBH", "string")], [(box(0, 0, 100, 100), "S1")])
    pbf = memory_layer("pbf", [("n", "int")], [(box(0, 0, 60, 100), 1), (box(40, 0, 80, 100), 2)])
    result, _ = run_algorithm("lantu:sitecheck", {"SITE": site, "PERMANENT_FARMLAND": pbf, "OUTPUT": "memory:",
                                                  "SUMMARY": "memory:"})
    assert table(result["SUMMARY"])[0]["pbf_m2"] == pytest.approx(8000)
