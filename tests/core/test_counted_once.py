"""A layer's ground counted once (core/self_overlap.counted_once: only features that overlap another are dissolved)
against plain shapely's union of the whole layer: the area counted twice, the ground's area, and what it shares
with other polygons."""
import os

import numpy as np
import pytest
import shapely


def against_union(geoms, probes):
    from lantu.core import self_overlap

    parts, doubled = self_overlap.counted_once(geoms)
    union = shapely.union_all(geoms)
    assert doubled == pytest.approx(shapely.area(geoms).sum() - shapely.area(union), rel=1e-9, abs=1e-6)
    assert shapely.area(parts).sum() == pytest.approx(shapely.area(union), rel=1e-9, abs=1e-6)
    shared = shapely.area(shapely.intersection(parts[:, None], np.asarray(probes, dtype=object)[None, :])).sum(axis=0)
    assert shared == pytest.approx(shapely.area(shapely.intersection(union, probes)), rel=1e-9, abs=1e-6)
    # no two parts share ground
    i, j = shapely.STRtree(parts).query(parts, predicate="intersects")
    assert shapely.area(shapely.intersection(parts[i[i < j]], parts[j[i < j]])).sum() == pytest.approx(0, abs=1e-6)
    return parts, doubled


def test_a_chain_of_overlaps_is_one_piece_and_the_rest_pass_through(lantu):
    a, b, c = shapely.box(0, 0, 10, 10), shapely.box(8, 0, 18, 10), shapely.box(16, 0, 26, 10)  # a∩b, b∩c, not a∩c
    alone, touching = shapely.box(100, 0, 110, 10), shapely.box(110, 0, 120, 10)  # an edge shared: no overlap
    geoms = np.array([a, alone, b, touching, c], dtype=object)
    parts, doubled = against_union(geoms, [shapely.box(5, -5, 115, 5), shapely.box(-1, -1, 200, 200)])
    assert doubled == pytest.approx(40.0)
    assert alone in parts.tolist() and touching in parts.tolist()
    assert len(parts) == 3


def test_no_overlap_gives_the_layer_back(lantu):
    from lantu.core import self_overlap

    geoms = np.array([shapely.box(i, 0, i + 1, 1) for i in range(5)], dtype=object)
    parts, doubled = self_overlap.counted_once(geoms)
    assert doubled == 0.0 and list(parts) == list(geoms)


def test_a_whole_feature_inside_another_and_a_duplicate(lantu):
    outer, inner, twin = shapely.box(0, 0, 10, 10), shapely.box(2, 2, 4, 4), shapely.box(0, 0, 10, 10)
    _, doubled = against_union(np.array([outer, inner, twin], dtype=object), [shapely.box(3, 3, 20, 20)])
    assert doubled == pytest.approx(104.0)


def test_overlapping_cadastre(lantu):
    # swellendam: parent farms and their portions cover the same ground
    from conftest import SHARED_DATA
    from osgeo import ogr

    source = ogr.Open(os.path.join(SHARED_DATA, "swellendam", "swellendam.gpkg"))
    layer = source.GetLayerByName("farm_parcels")
    geoms = shapely.make_valid(np.array([shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb()))
                                         for f in layer], dtype=object))
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    probes = [shapely.box(x0 + (x1 - x0) * k / 4, y0, x0 + (x1 - x0) * (k + 1) / 4, y1) for k in range(4)]
    _, doubled = against_union(geoms, probes)
    assert doubled > 1e6  # square metres: the farms' portions lie over them
