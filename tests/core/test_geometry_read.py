"""core.geometry's reading of WKB as it comes: type codes from headers, open rings closed, NaN found."""
import struct

import numpy as np
import pytest
import shapely

from lantu.core import geometry


def iso(geom, **kwargs):
    return shapely.to_wkb(geom, flavor="iso", **kwargs)


def open_polygon(rings, order="<"):
    """WKB of a Polygon whose rings are written exactly as given (shapely would close them)."""
    out = struct.pack(order + "BII", 1 if order == "<" else 0, 3, len(rings))
    for ring in rings:
        out += struct.pack(order + "I", len(ring)) + np.asarray(ring, dtype=order + "f8").tobytes()
    return out


def test_curves_are_known_by_their_headers_iso_ewkb_and_both_byte_orders():
    def arc(order, code):
        return struct.pack(order + "BI", 1 if order == "<" else 0, code) + struct.pack(order + "I", 3) + np.array(
            [0, 0, 1, 1, 2, 0] if code == 8 else [0, 0, 0, 1, 1, 0, 2, 0, 0], dtype=order + "f8").tobytes()
    wkbs = [arc("<", 8), arc(">", 8), arc("<", 1008), iso(shapely.box(0, 0, 1, 1))]
    seen = []
    chord = iso(shapely.LineString([(0, 0), (2, 0)]))
    geoms, faults, curved = geometry.from_wkb_checked(np.array(wkbs, dtype=object), lambda w: seen.append(w) or (chord, True))
    assert curved.tolist() == [True, True, True, False] and seen == wkbs[:3] and faults.tolist() == [0, 0, 0, 0]
    assert [g.geom_type for g in geoms] == ["LineString"] * 3 + ["Polygon"]


def test_close_rings_appends_the_first_vertex_and_keeps_closed_rings():
    shell = [(0, 0), (4, 0), (4, 4), (0, 4)]
    hole = [(1, 1), (1, 2), (2, 2), (2, 1), (1, 1)]
    for order in "<>":
        closed = shapely.from_wkb(geometry.close_rings(open_polygon([shell, hole], order)))
        assert closed.equals(shapely.Polygon(shell, [hole])) and closed.area == 15
    box = shapely.box(0, 0, 1, 1)
    assert geometry.close_rings(iso(box)) == iso(box)


def test_close_rings_reaches_into_multi_polygons_and_collections_with_z():
    ring = [(0, 0, 5), (2, 0, 5), (2, 2, 5)]
    polygon = struct.pack("<BII", 1, 1003, 1) + struct.pack("<I", 3) + np.asarray(ring, dtype="<f8").tobytes()
    multi = struct.pack("<BII", 1, 1006, 2) + polygon + polygon
    collection = struct.pack("<BII", 1, 7, 2) + iso(shapely.Point(9, 9)) + multi
    geom = shapely.from_wkb(geometry.close_rings(collection))
    parts = shapely.get_parts(geom)
    assert parts[1].geom_type == "MultiPolygon" and parts[1].has_z
    assert [p.area for p in shapely.get_parts(parts[1])] == [2.0, 2.0]


def test_from_wkb_checked_repairs_open_rings_and_drops_what_has_no_numbers():
    good = iso(shapely.box(0, 0, 1, 1))
    opened = open_polygon([[(0, 0), (3, 0), (3, 3), (0, 3)]])
    nan = iso(shapely.polygons([[0, 0], [1, 0], [np.nan, 1], [0, 0]]))
    inf = iso(shapely.linestrings([[0, 0], [np.inf, 1]]))
    truncated = good[:-8]
    geoms, faults, curved = geometry.from_wkb_checked(np.array([good, None, opened, nan, inf, truncated], dtype=object))
    assert faults.tolist() == [geometry.SOUND, geometry.SOUND, geometry.UNCLOSED, geometry.NOT_FINITE,
                               geometry.NOT_FINITE, geometry.UNREADABLE]
    assert geoms[0].area == 1 and geoms[1] is None and geoms[2].area == 9
    assert geoms[3] is None and geoms[4] is None and geoms[5] is None and not curved.any()


def test_from_wkb_checked_hands_curves_to_the_linearisation_it_is_given():
    arc = b"\x01\x08\x00\x00\x00" + struct.pack("<I", 3) + np.array([0, 0, 1, 1, 2, 0], dtype="<f8").tobytes()
    chord = iso(shapely.LineString([(0, 0), (2, 0)]))
    geoms, faults, curved = geometry.from_wkb_checked(np.array([arc, chord], dtype=object), lambda wkb: (chord, True))
    assert curved.tolist() == [True, False] and faults.tolist() == [0, 0] and geoms[0].equals(geoms[1])
    geoms, _, curved = geometry.from_wkb_checked(np.array([arc], dtype=object), lambda wkb: (chord, False))
    assert not curved[0] and geoms[0].equals(shapely.from_wkb(chord))  # a curve type that held no arc: read, not marked
    geoms, faults, curved = geometry.from_wkb_checked(np.array([arc], dtype=object))
    assert not curved.any() and faults.tolist() == [geometry.UNREADABLE]  # with no linearisation, GEOS 3.11 cannot read it


def test_points_with_nan_are_found_by_their_bounds():
    wkbs = [iso(shapely.Point(1, 2)), iso(shapely.points([np.nan, 2])), iso(shapely.multipoints([[0, 0], [1, np.inf]]))]
    geoms, faults, _ = geometry.from_wkb_checked(np.array(wkbs, dtype=object))
    assert faults.tolist() == [geometry.SOUND, geometry.NOT_FINITE, geometry.NOT_FINITE] and geoms[0].x == 1


@pytest.mark.parametrize("n", [0, 1])
def test_from_wkb_checked_on_tiny_arrays(n):
    geoms, faults, curved = geometry.from_wkb_checked(np.array([iso(shapely.Point(1, 2))] * n, dtype=object))
    assert len(geoms) == len(faults) == len(curved) == n and not curved.any()
