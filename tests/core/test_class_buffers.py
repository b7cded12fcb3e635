"""core.class_buffers and core.roads without QGIS: tables, route numbers, ownership of overlaps."""
import math

import numpy as np
import pytest
import shapely

from lantu.core import class_buffers as cb
from lantu.core import roads
from lantu.core.tables import TableError

ROAD_TABLE = cb.DistanceTable.from_csv(cb.__file__.replace("core/class_buffers.py", "resources/tables/road_setbacks.csv"))


@pytest.mark.parametrize("route, hint, name, grade", [
    ("S302", None, None, "省道"),
    ("s205", None, None, "省道"),
    ("G212", None, None, "国道"),
    ("G5京昆高速", "国道", None, "高速公路"),  # an expressway that an administrative grade calls 国道
    ("G5", None, None, "高速公路"),
    ("G4215", None, None, "高速公路"),
    ("G212", "高速公路", None, "高速公路"),
    ("S302", None, "绵苍巴高速", "高速公路"),
    ("X101", None, None, "县道"),
    ("Ｙ００１", None, None, "乡道"),  # full-width
    ("C014", None, None, "村道"),
    ("K12", None, None, None),
    (None, None, None, None),
])
def test_route_grade(route, hint, name, grade):
    assert roads.route_grade(route, hint, name) == grade


def test_builtin_road_table_follows_the_regulation():
    setbacks = {c.name: c.distance for c in ROAD_TABLE.classes}
    assert setbacks["高速公路"] == 30 and setbacks["国道"] == 20 and setbacks["省道"] == 15
    assert setbacks["县道"] == 10 and setbacks["乡道"] == 5 and math.isnan(setbacks["村道"])
    assert ROAD_TABLE.match(["国道", " Expressway ", "Ｘ", "x", None, "高速", 3.0]).tolist() == [1, 0, 3, 3, -1, 0, -1]


def test_feature_distances_half_width_plus_setback():
    klass = np.array([0, 1, 5, -1])
    widths = np.array([40.0, np.nan, 4.0, 10.0])
    got = cb.feature_distances(ROAD_TABLE, klass, widths)
    assert got[0] == 20 + 30 and got[1] == 6 + 20  # 国道's default width 12
    assert math.isnan(got[2]) and math.isnan(got[3])  # 村道: no setback; unknown class
    assert cb.feature_distances(ROAD_TABLE, klass[:2], widths[:2], half_width=False).tolist() == [30, 20]


def test_table_errors(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,metres\na,1\n", encoding="utf-8")
    with pytest.raises(TableError) as error:
        cb.DistanceTable.from_csv(str(bad))
    assert error.value.problem == "missing_columns"
    bad.write_text("class,distance_m\n一级,abc\n", encoding="utf-8")
    with pytest.raises(TableError) as error:
        cb.DistanceTable.from_csv(str(bad))
    assert error.value.problem == "bad_distance" and error.value.line == 2
    bad.write_text("class,distance_m\n一级,5\n一级,6\n", encoding="utf-8")
    with pytest.raises(TableError) as error:
        cb.DistanceTable.from_csv(str(bad))
    assert error.value.problem == "duplicate_class"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("class,aliases,distance_m\n全国重点文物保护单位,国保;national,100\n".encode("gbk"))
    table = cb.DistanceTable.from_csv(str(gbk))
    assert table.lookup("国保") == 0 and table.classes[0].distance == 100


def test_dissolve_wider_distance_owns_overlaps():
    # Two grades whose zones overlap: brute force with plain shapely set operations.
    lines = np.array([shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(50, -50), (50, 50)]),
                      shapely.LineString([(0, 30), (100, 30)])])
    klass = np.array([1, 0, 1])
    dist = np.array([10.0, 20.0, 10.0])
    zones = cb.buffers(lines, dist, 8)
    out = dict(cb.dissolve_by_class(zones, klass, cb.owner_order([20.0, 10.0])))
    wide = shapely.buffer(lines[1], 20, quad_segs=8)
    narrow = shapely.union(shapely.buffer(lines[0], 10, quad_segs=8), shapely.buffer(lines[2], 10, quad_segs=8))
    assert out[0].area == pytest.approx(wide.area, rel=1e-12)
    assert out[1].area == pytest.approx(shapely.difference(narrow, wide).area, rel=1e-9)
    assert shapely.intersection(out[0], out[1]).area < 1e-6
    assert out[0].area + out[1].area == pytest.approx(shapely.union(wide, narrow).area, rel=1e-9)
    clipped = dict(cb.dissolve_by_class(zones, klass, [0, 1], boundary=shapely.box(0, 0, 60, 60)))
    assert clipped[0].area == pytest.approx(shapely.intersection(wide, shapely.box(0, 0, 60, 60)).area, rel=1e-9)


def test_owner_order_ties_keep_table_order():
    assert cb.owner_order([5.0, 30.0, math.nan, 5.0, 30.0]) == [1, 4, 0, 3]
