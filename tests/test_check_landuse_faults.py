"""Issue 14: lantu:checklanduse reports the faults it exists to find instead of crashing on them: a NaN or
infinite vertex, a ring left open (invalid_geometry findings naming the fault), a curved geometry (linearised,
and said: curved_geometry, informational). Findings with an extent (overlaps, gaps, parts outside, slivers)
have their polygon in AREAS, with the same check_id, src_fid and message as their point in OUTPUT."""
import struct

import numpy as np
import pytest
import shapely
from conftest import run_algorithm
from layers import X0, Y0
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer


def square(x, y, size=100.0):
    return [(X0 + x, Y0 + y), (X0 + x + size, Y0 + y), (X0 + x + size, Y0 + y + size), (X0 + x, Y0 + y + size),
            (X0 + x, Y0 + y)]


def multipolygon_wkb(rings, close=True):
    """ISO WKB of a MultiPolygon of one polygon; its rings left open when close=False (shapely cannot write it)."""
    out = [struct.pack("<BII", 1, 6, 1), struct.pack("<BII", 1, 3, len(rings))]
    for ring in rings:
        ring = np.asarray(ring if close else ring[:-1], dtype=float)
        out.append(struct.pack("<I", len(ring)) + ring.astype("<f8").tobytes())
    return b"".join(out)


def curved_wkt(x, y):
    (x0, y0), (x1, _), (_, y2) = square(x, y)[0], square(x, y)[1], square(x, y)[2]
    return (f"MULTISURFACE(CURVEPOLYGON(COMPOUNDCURVE(({x0} {y0}, {x1} {y0}, {x1} {y2}, {x0} {y2}), "
            f"CIRCULARSTRING({x0} {y2}, {x0 - 20} {(y0 + y2) / 2}, {x0} {y0}))))")


# fid: (geometry as WKB or WKT, DLBM)
FAULTS = {
    1: (multipolygon_wkb([square(0, 0)]), "0101"),
    2: (multipolygon_wkb([square(100, 0)], close=False), "0101"),      # ring left open
    3: (multipolygon_wkb([[(X0 + 200, Y0), (np.nan, Y0), *square(200, 0)[2:]]]), "0103"),  # a NaN vertex
    4: (multipolygon_wkb([[(X0 + 300, Y0), (np.inf, Y0), *square(300, 0)[2:]]]), "0103"),  # an infinite one
    5: (curved_wkt(500, 0), "0301"),                                  # an arc bulging 20 m west
    6: (multipolygon_wkb([square(550, 50)]), "0301"),                 # overlaps the curved parcel by 50 × 50
}


@pytest.fixture()
def faulty(tmp_path):
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GDAL cannot note an infinite extent in gpkg_contents: not ours
    try:
        return _write_faulty(str(tmp_path / "faulty.gpkg"))
    finally:
        gdal.PopErrorHandler()


def _write_faulty(path):
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = dataset.CreateLayer("dltb", srs, ogr.wkbMultiSurface)
    layer.CreateField(ogr.FieldDefn("DLBM", ogr.OFTString))
    for fid, (shape, code) in FAULTS.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        feature.SetField("DLBM", code)
        geometry = ogr.CreateGeometryFromWkb(shape) if isinstance(shape, bytes) else ogr.CreateGeometryFromWkt(shape)
        feature.SetGeometryDirectly(geometry)
        layer.CreateFeature(feature)
    layer = dataset = None
    return f"{path}|layername=dltb"


def run(source):
    result, log = run_algorithm("lantu:checklanduse", {"LANDUSE": source, "CODE_FIELD": "DLBM", "CLASSIFICATION": 2,
                                                       "OUTPUT": "memory:", "AREAS": "memory:", "SUMMARY": "memory:"})
    rows = [dict(zip(f.fields().names(), f.attributes())) | {"_geom": f.geometry()} for f in result["OUTPUT"].getFeatures()]
    areas = [dict(zip(f.fields().names(), f.attributes())) | {"_geom": f.geometry()} for f in result["AREAS"].getFeatures()]
    return result, rows, areas, log


@pytest.mark.parametrize("path", ["geopackage", "feature iteration"])
def test_faults_become_findings(lantu_processing, faulty, path):
    source = faulty if path == "geopackage" else QgsVectorLayer(faulty + "|subset=\"fid\" > 0", "dltb", "ogr")
    result, rows, areas, log = run(source)
    found = {(r["check_id"], r["src_fid"]) for r in rows}
    invalid = {r["src_fid"]: r["message"] for r in rows if r["check_id"] == "invalid_geometry"}
    if path == "geopackage":  # read as stored; QGIS's own reading closes an open ring before anyone sees it
        assert "not closed" in invalid.pop(2)
    assert sorted(invalid) == [3, 4]
    assert "NaN or infinite" in invalid[3] and "NaN or infinite" in invalid[4]
    assert ("curved_geometry", 5) in found and [r["severity"] for r in rows if r["check_id"] == "curved_geometry"] == ["info"]
    assert not {("empty_geometry", 3), ("empty_geometry", 4)} & found  # told once, as what they are
    # the other checks still ran: the linearised curve overlaps parcel 6 by 50 × 50 m
    overlap = [r for r in rows if r["check_id"] == "self_overlap"]
    assert [(r["src_fid"], round(r["area_m2"], 3)) for r in overlap] == [(5, 2500.0)]
    assert result["ERROR_COUNT"] == (4 if path == "geopackage" else 3)  # the open ring, the NaN, the infinity, the overlap
    assert result["WARNING_COUNT"] == 0


def test_areal_findings_have_their_polygon_in_areas(lantu_processing, faulty):
    from layers import box, memory_layer

    parcels = memory_layer("dltb", [("DLBM", "string")], [
        (box(0, 0, 100, 100), "0101"), (box(80, 0, 180, 100), "0101"),  # overlap 20 × 100
        (box(0, 100, 100, 100.1), "0101"),                                 # a sliver 0.1 m wide
        (box(200, 0, 300, 100), "0103")])
    boundary = memory_layer("boundary", [("NAME", "string")], [(box(0, 0, 250, 100.1), "片区")])
    result, log = run_algorithm("lantu:checklanduse", {
        "LANDUSE": parcels, "CODE_FIELD": "DLBM", "CLASSIFICATION": 2, "BOUNDARY": boundary, "OUTPUT": "memory:",
        "AREAS": "memory:"})
    points = [dict(zip(f.fields().names(), f.attributes())) for f in result["OUTPUT"].getFeatures()]
    polygons = {(f["check_id"], f["src_fid"], f["message"]): f.geometry() for f in result["AREAS"].getFeatures()}
    areal = [p for p in points if p["check_id"] in ("self_overlap", "gap", "outside_boundary", "sliver")]
    assert {p["check_id"] for p in areal} == {"self_overlap", "gap", "outside_boundary", "sliver"}
    for p in areal:
        polygon = polygons[(p["check_id"], p["src_fid"], p["message"])]
        assert polygon.area() == pytest.approx(p["area_m2"], rel=1e-9)
    # independent: the gap is the boundary minus the parcels (shapely), the part outside is parcel 4 east of 250
    shapes = [shapely.from_wkt(f.geometry().asWkt()) for f in parcels.getFeatures()]
    gap = shapely.difference(shapely.from_wkt(next(boundary.getFeatures()).geometry().asWkt()), shapely.union_all(shapes))
    assert sum(p["area_m2"] for p in areal if p["check_id"] == "gap") == pytest.approx(gap.area, rel=1e-9)
    assert [round(p["area_m2"], 6) for p in areal if p["check_id"] == "outside_boundary"] == [round(50 * 100.0, 6)]
    assert len(polygons) == len(areal)  # points only (self-intersections …) stay out of AREAS



@pytest.mark.parametrize("path", ["geopackage", "feature iteration"])
def test_straight_parcels_stored_as_multisurface_are_neither_faulty_nor_curved(lantu_processing, tmp_path, path):
    # what QGIS writes into a MultiSurface layer: every parcel as MultiSurface, most of them without an arc
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "ms.gpkg"))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    layer = dataset.CreateLayer("dltb", srs, ogr.wkbMultiSurface)
    layer.CreateField(ogr.FieldDefn("DLBM", ogr.OFTString))
    (x0, y0), _, (x1, y1) = square(0, 0)[0], None, square(0, 0)[2]
    for fid, wkt in ((1, f"MULTISURFACE((({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0})))"),
                     (2, curved_wkt(500, 0))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        feature.SetField("DLBM", "0101")
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer = dataset = None
    uri = f"{tmp_path / 'ms.gpkg'}|layername=dltb"
    result, rows, _, log = run(uri if path == "geopackage" else QgsVectorLayer(uri + "|subset=\"fid\" > 0", "dltb", "ogr"))
    assert sorted((r["check_id"], r["src_fid"]) for r in rows) == [("curved_geometry", 2)]
    assert result["ERROR_COUNT"] == 0 and "1 curved geometries (arcs) were linearised" in log.text()
