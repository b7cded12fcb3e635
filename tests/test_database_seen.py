"""What several of checkdatabase's checks ask of a layer, worked out once (core/database_geometry.py present and
finite_bounds), against shapely asked directly; new geometries are looked at anew."""
import numpy as np
import shapely


def test_present_and_bounds_as_shapely_gives_them_and_anew_for_new_geometries(lantu):
    from lantu.core.database_checks import DeliveredLayer
    from lantu.core.database_geometry import finite_bounds, present

    geoms = np.array([shapely.box(0, 0, 1, 1), None, shapely.Polygon(), shapely.Point(5, 6),
                      shapely.box(10, 10, 12, 13)], dtype=object)
    layer = DeliveredLayer("L", "Polygon", [], fids=np.arange(5), geoms=geoms)
    assert present(layer).tolist() == [True, False, False, True, True]
    assert finite_bounds(layer).tolist() == [[0, 0, 1, 1], [5, 6, 5, 6], [10, 10, 12, 13]]
    assert present(layer) is present(layer)  # once
    layer.geoms = geoms[:1]
    assert present(layer).tolist() == [True] and finite_bounds(layer).tolist() == [[0, 0, 1, 1]]
    layer.geoms = np.array([None, shapely.Polygon()], dtype=object)
    assert not present(layer).any() and finite_bounds(layer).shape == (0, 4)
