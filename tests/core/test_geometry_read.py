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


def test_wkb_types_read_iso_ewkb_and_both_byte_orders():
    box = shapely.box(0, 0, 1, 1)
    wkbs = [iso(box), iso(box, output_dimension=3), shapely.to_wkb(box, flavor="extended", include_srid=True),
            shapely.to_wkb(box, byte_order=0), b"\x01\x0a\x00\x00\x00", b"\x01\xea\x03\x00\x00",  # 10, 1002
            struct.pack("<BI", 1, 0x80000000 | 12), None, b"\x01"]
    assert geometry.wkb_types(np.array(wkbs, dtype=object)).tolist() == [3, 3, 3, 3, 10, 2, 12, 0, 0]


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
    geoms, faults = geometry.from_wkb_checked(np.array([good, None, opened, nan, inf, truncated], dtype=object))
    assert faults.tolist() == [geometry.SOUND, geometry.SOUND, geometry.UNCLOSED, geometry.NOT_FINITE,
                               geometry.NOT_FINITE, geometry.UNREADABLE]
    assert geoms[0].area == 1 and geoms[1] is None and geoms[2].area == 9
    assert geoms[3] is None and geoms[4] is None and geoms[5] is None


@pytest.mark.parametrize("n", [0, 1])
def test_from_wkb_checked_on_tiny_arrays(n):
    geoms, faults = geometry.from_wkb_checked(np.array([iso(shapely.Point(1, 2))] * n, dtype=object))
    assert len(geoms) == len(faults) == n
