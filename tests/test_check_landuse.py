"""lantu:checklanduse (数据质检): every check fires on a fixture built to trigger it and stays quiet on
clean data; on the real swellendam parcels the invalid findings are QGIS's own native:checkvalidity
(GEOS) findings and the overlaps a brute-force shapely pairwise count."""
import json
import os

import numpy as np
import pytest
import shapely
from conftest import DEMO_GPKG, ROOT, SHARED_DATA, run_algorithm
from layers import X0, Y0, box, memory_layer
from qgis.core import QgsGeometry, QgsVectorLayer

SWELLENDAM = os.path.join(SHARED_DATA, "swellendam", "swellendam.gpkg")
FIELDS = [("BSM", "integer"), ("DLBM", "string"), ("DLMC", "string"), ("TBMJ", "double")]


def polygon(wkt_local):
    """A polygon given in local metres, moved to the fixtures' origin."""
    geometry = shapely.affinity.translate(shapely.from_wkt(wkt_local), X0, Y0)
    return QgsGeometry.fromWkt(geometry.wkt)


def parcel(bsm, geometry, code="0101", name="水田", tbmj=None):
    return [geometry, bsm, code, name, geometry.area() if tbmj is None else tbmj]


def check(layer, **extra):
    parameters = {"LANDUSE": layer, "CODE_FIELD": "DLBM", "CLASSIFICATION": 2, "AREA_FIELD": "TBMJ",
                  "REQUIRED_FIELDS": "BSM,DLBM,DLMC", "OUTPUT": "memory:", "AREAS": "memory:", "SUMMARY": "memory:"}
    parameters.update(extra)
    result, feedback = run_algorithm("lantu:checklanduse", parameters)
    findings = [dict(zip(f.fields().names(), f.attributes())) | {"_geom": f.geometry()}
                for f in result["OUTPUT"].getFeatures()]
    summary = {f["check_id"]: dict(zip(f.fields().names(), f.attributes())) for f in result["SUMMARY"].getFeatures()}
    return result, findings, summary, feedback


def by_check(findings):
    out = {}
    for f in findings:
        out.setdefault(f["check_id"], []).append(f)
    return out


def clean_rows():
    return [parcel(1, box(0, 0, 100, 100)), parcel(2, box(100, 0, 200, 100), "0103", "旱地"),
            parcel(3, box(0, 100, 100, 200), "0301", "乔木林地"), parcel(4, box(100, 100, 200, 200), "1006", "农村道路")]


def test_clean_data_gives_no_findings(lantu_processing):
    layer = memory_layer("dltb", FIELDS, clean_rows())
    boundary = memory_layer("boundary", [("NAME", "string")], [[box(0, 0, 200, 200), "片区"]])
    result, findings, summary, _ = check(layer, BOUNDARY=boundary)
    assert findings == []
    assert result["ERROR_COUNT"] == 0 and result["WARNING_COUNT"] == 0
    assert all(row["status"] == "" for row in summary.values())  # every check ran


def test_every_check_fires_on_its_fixture(lantu_processing):
    rows = clean_rows() + [
        parcel(5, polygon("POLYGON((300 0, 310 10, 310 0, 300 10, 300 0))"), tbmj=50.0),  # bow-tie, crossing at (305, 5)
        [QgsGeometry(), 6, "0101", "水田", 0.0],  # no geometry
        parcel(7, box(150, 150, 250, 250)),  # overlaps parcel 4 by 50 × 50, and reaches outside the boundary
        parcel(8, box(400, 0, 400.1, 100)),  # sliver: mean width 2·10/200.2 ≈ 0.0999 m
        parcel(9, polygon("POLYGON((500 0, 600 0, 600 100, 550.2 100, 550.1 300, 550 100, 500 100, 500 0))")),  # spike
        parcel(10, box(700, 0, 710, 10), None, None),  # code missing
        parcel(11, box(720, 0, 730, 10), "9999", "某地类"),  # unknown code
        parcel(12, box(740, 0, 750, 10), "0101", "旱地"),  # 0101 is 水田
        parcel(13, box(760, 0, 770, 10), tbmj=110.0),  # 10 % off
        [box(780, 0, 790, 10), None, "0101", "水田", 100.0],  # BSM empty
    ]
    layer = memory_layer("dltb", FIELDS, rows)
    boundary = memory_layer("boundary", [("NAME", "string")], [[box(0, 0, 1000, 220), "片区"]])
    result, findings, summary, _ = check(layer, BOUNDARY=boundary, REQUIRED_FIELDS="BSM,DLBM,DLMC,ZLDWDM")
    found = by_check(findings)
    ids = [f.id() for f in layer.getFeatures()]
    fid_of_bsm = dict(zip(list(range(1, 14)) + [None], ids))  # the rows in order; the last has no BSM

    def fids(check_id):
        return sorted(f["src_fid"] for f in found.get(check_id, []))

    invalid = found["invalid_geometry"]
    assert [f["src_fid"] for f in invalid] == [fid_of_bsm[5]]
    point = invalid[0]["_geom"].asPoint()
    assert (point.x() - X0, point.y() - Y0) == pytest.approx((305, 5))
    assert fids("empty_geometry") == [fid_of_bsm[6]]
    overlap = found["self_overlap"]
    assert len(overlap) == 1 and overlap[0]["area_m2"] == pytest.approx(2500)
    assert {overlap[0]["src_fid"], int(overlap[0]["message"].split()[2])} == {fid_of_bsm[4], fid_of_bsm[7]}
    # gaps: the boundary (1000 × 220) less every parcel's ground, drawn again here by hand
    bowtie = shapely.union_all([shapely.Polygon([(300, 0), (305, 5), (300, 10)]), shapely.Polygon([(310, 0), (305, 5), (310, 10)])])
    ground = shapely.union_all([
        shapely.box(0, 0, 200, 200), shapely.box(150, 150, 250, 250), bowtie, shapely.box(400, 0, 400.1, 100),
        shapely.from_wkt("POLYGON((500 0, 600 0, 600 100, 550.2 100, 550.1 300, 550 100, 500 100, 500 0))"),
        *[shapely.box(x, 0, x + 10, 10) for x in (700, 720, 740, 760, 780)]])
    assert summary["gap"]["area_m2"] == pytest.approx(shapely.box(0, 0, 1000, 220).difference(ground).area, rel=1e-9)
    outside = found["outside_boundary"]
    assert sorted(round(f["area_m2"], 3) for f in outside) == [3.2, 3000.0]  # parcel 7 above y = 220; the spike's tip (base 0.08 m, height 80 m)
    assert fids("sliver") == [fid_of_bsm[8]]
    spike = found["spike"]
    assert fids("spike") == [fid_of_bsm[9]]
    assert spike[0]["_geom"].asPoint().x() - X0 == pytest.approx(550.1)
    assert fids("code_missing") == [fid_of_bsm[10]]
    assert fids("code_unknown") == [fid_of_bsm[11]]
    assert fids("name_mismatch") == [fid_of_bsm[12]]
    assert fids("area_mismatch") == [fid_of_bsm[13]]  # the bow-tie's two triangles hold the 50 m² recorded
    assert [f["check_id"] for f in found["field_missing"]] == ["field_missing"] and "ZLDWDM" in found["field_missing"][0]["message"]
    # parcel 10 lacks DLBM and DLMC (both required), the last parcel its BSM
    assert fids("value_missing") == sorted([fid_of_bsm[10], fid_of_bsm[10], fid_of_bsm[None]])
    assert "crs_not_cgcs2000" not in found and "coordinates_out_of_zone" not in found
    errors = sum(len(v) for k, v in found.items() if v[0]["severity"] == "error")
    assert result["ERROR_COUNT"] == errors and result["WARNING_COUNT"] == len(findings) - errors
    assert {k: v["count"] for k, v in summary.items() if v["count"]} == {k: len(v) for k, v in found.items()}


def moved(rows, dx, dy=0.0):
    out = []
    for geometry, *values in rows:
        geometry = QgsGeometry(geometry)
        geometry.translate(dx, dy)
        out.append([geometry, *values])
    return out


def test_crs_checks(lantu_processing):
    # a CGCS2000 zone-35 CRS with the zone prefix dropped from the eastings
    layer = memory_layer("dltb", FIELDS, moved(clean_rows(), -35_000_000))
    _, findings, _, _ = check(layer)
    assert {f["check_id"] for f in findings} == {"coordinates_out_of_zone"} and len(findings) == 4
    assert "35,000,000" in findings[0]["message"] or "35000000" in findings[0]["message"]
    # another CGCS2000 Gauss-Krüger CRS (EPSG:4545, no prefix, CM 105°E) and plain eastings: clean
    layer = memory_layer("dltb", FIELDS, moved(clean_rows(), -35_000_000), crs="EPSG:4545")
    assert check(layer)[1] == []
    # Web Mercator is not CGCS2000: one finding for the layer, the rest still checked
    layer = memory_layer("dltb", FIELDS, clean_rows(), crs="EPSG:3857")
    _, findings, _, _ = check(layer)
    assert [(f["check_id"], f["src_fid"]) for f in findings] == [("crs_not_cgcs2000", -1)]
    # degrees: the CRS finding, and areas measured on the ellipsoid (a TBMJ 10 % off is still found)
    square = QgsGeometry.fromWkt("POLYGON((105 32, 105.01 32, 105.01 32.01, 105 32.01, 105 32))")
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance().transformContext())
    measure.setEllipsoid("GRS80")
    area = measure.measureArea(square)
    layer = memory_layer("dltb", FIELDS, [[square, 1, "0101", "水田", area], [QgsGeometry(square), 2, "0101", "水田", area * 1.1]],
                         crs="EPSG:4490")
    _, findings, _, _ = check(layer, MIN_AREA=1e12)  # the two copies overlap wholly: not what is tested here
    assert sorted((f["check_id"], f["src_fid"]) for f in findings) == [("area_mismatch", 2), ("crs_not_cgcs2000", -1)]


def _native_validity(source):
    """QGIS's own Check validity with the GEOS method (native: from QGIS 3.28, qgis: before)."""
    import processing
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    algorithm = "native:checkvalidity" if registry.algorithmById("native:checkvalidity") else "qgis:checkvalidity"
    result = processing.run(algorithm, {"INPUT_LAYER": source, "METHOD": 2, "IGNORE_RING_SELF_INTERSECTION": False,
                                                     "VALID_OUTPUT": "memory:", "INVALID_OUTPUT": "memory:",
                                                     "ERROR_OUTPUT": "memory:"})
    return result


def test_swellendam_invalid_and_overlaps_match_native_and_brute_force(lantu_processing):
    source = f"{SWELLENDAM}|layername=farm_parcels"
    result, findings, summary, _ = check(source, CODE_FIELD=None, AREA_FIELD=None, REQUIRED_FIELDS="")
    found = by_check(findings)
    native = _native_validity(source)
    fid_of = {f["AG_CAD_ID"]: f.id() for f in QgsVectorLayer(source, "parcels", "ogr").getFeatures()}  # unique
    invalid_fids = sorted(fid_of[f["AG_CAD_ID"]] for f in native["INVALID_OUTPUT"].getFeatures())
    assert len(invalid_fids) == 16
    assert sorted(f["src_fid"] for f in found["invalid_geometry"]) == invalid_fids
    # the same location as QGIS's error points (one per feature with GEOS)
    native_points = sorted((round(f.geometry().asPoint().x(), 3), round(f.geometry().asPoint().y(), 3))
                           for f in native["ERROR_OUTPUT"].getFeatures())
    ours = sorted((round(f["_geom"].asPoint().x(), 3), round(f["_geom"].asPoint().y(), 3)) for f in found["invalid_geometry"])
    assert ours == native_points
    # overlaps: every pair whose bounding boxes meet, intersected with plain shapely (QGIS's fixed geometries)
    import processing

    fixed = processing.run("native:fixgeometries", {"INPUT": source, "OUTPUT": "memory:"})["OUTPUT"]
    fids = np.array([f.id() for f in fixed.getFeatures()])
    geoms = np.array([shapely.from_wkb(bytes(f.geometry().asWkb())) for f in fixed.getFeatures()], dtype=object)
    bounds = shapely.bounds(geoms)
    pairs = []
    for i in range(len(geoms)):
        j = np.arange(i + 1, len(geoms))
        meet = (bounds[j, 0] <= bounds[i, 2]) & (bounds[j, 2] >= bounds[i, 0]) & (bounds[j, 1] <= bounds[i, 3]) & (bounds[j, 3] >= bounds[i, 1])
        for k in j[meet]:
            area = geoms[i].intersection(geoms[k]).area
            if area > 1.0:
                pairs.append((int(fids[i]), int(fids[k]), area))
    assert len(pairs) > 0
    ours = sorted((f["src_fid"], int(f["message"].split()[2]), f["area_m2"]) for f in found["self_overlap"])
    assert [(a, b) for a, b, _ in ours] == [(a, b) for a, b, _ in sorted(pairs)]
    assert [a for _, _, a in ours] == pytest.approx([a for _, _, a in sorted(pairs)], rel=1e-6)
    assert summary["crs_not_cgcs2000"]["count"] == 1  # UTM 33S
    assert "not checked" in summary["code_missing"]["status"] and "no code field" in summary["code_missing"]["status"]


def test_demo_finds_its_deliberate_faults(lantu_processing):
    with open(os.path.join(ROOT, "resources", "demo", "summary.json"), encoding="utf-8") as stream:
        faults = json.load(stream)["faults"]
    dltb = QgsVectorLayer(f"{DEMO_GPKG}|layername=dltb", "dltb", "ogr")
    bsm = {f.id(): f["BSM"] for f in dltb.getFeatures()}
    result, findings, _, _ = check(f"{DEMO_GPKG}|layername=dltb", AREA_METHOD=1, REQUIRED_FIELDS="BSM,DLBM,DLMC,TBMJ")
    found = by_check(findings)
    assert sorted(bsm[f["src_fid"]] for f in found["invalid_geometry"]) == sorted(faults["bowtie_BSM"])
    assert [bsm[f["src_fid"]] for f in found["area_mismatch"]] == [faults["tbmj_plus_10pct_BSM"]]
    assert "+10.00 %" in found["area_mismatch"][0]["message"]
    for quiet in ("empty_geometry", "code_missing", "code_unknown", "name_mismatch", "field_missing", "value_missing",
                  "crs_not_cgcs2000", "coordinates_out_of_zone"):
        assert quiet not in found, quiet
