"""成果数据库质检, the geometry: each layer's CRS (CGCS2000, the zone that fits the data), geometry as drawn (empty,
invalid, multipart where the schema wants single parts), areas against the recorded MJ, and topology across the
database: coverages (规划用地用海 covering the 行政区 without gap or overlap, core.quality's engine) and the control
lines against each other (controllineoverlaps' engine, core.control_lines). Geometry arrays only, no QGIS."""
from __future__ import annotations

import numpy as np
import shapely

from . import control_lines, geometry, plan_schema, quality

ZONE_SLACK_DEG = 0.1  # data may reach a little beyond its zone's edge (a township on the boundary)


def fitting_crs(min_x, max_x, lon):
    """EPSG code of the CGCS2000 Gauss-Krüger CRS that fits the data: from the zone number the eastings carry
    (35 542 000 → zone 35 → EPSG:4523), else from the longitude of the data's centre (3° zones), else None."""
    if min_x >= 1e7 and int(min_x // 1e6) == int(max_x // 1e6):
        zone = int(min_x // 1e6)
        if 25 <= zone <= 45:
            return 4513 + zone - 25
        if 13 <= zone <= 23:
            return 4491 + zone - 13
        return None
    if lon is None or not np.isfinite(lon):
        return None
    zone = int(round(lon / 3.0))
    return 4534 + zone - 25 if 25 <= zone <= 45 else None


def present(layer):
    """Mask of the layer's features with a geometry neither missing nor empty, worked out once (several checks ask)."""
    return _seen(layer, "present", lambda: quality.present(layer.geoms))


def finite_bounds(layer):
    """(min x, min y, max x, max y) of each present feature whose bounds are finite, worked out once."""
    def bounds():
        found = shapely.bounds(layer.geoms[present(layer)]) if present(layer).any() else np.empty((0, 4))
        return found[np.isfinite(found).all(axis=1)] if len(found) else found
    return _seen(layer, "bounds", bounds)


def _seen(layer, key, work):
    if layer.seen.get("geoms") is not layer.geoms:  # new geometries: nothing seen of them
        layer.seen.clear()
        layer.seen["geoms"] = layer.geoms
    if key not in layer.seen:
        layer.seen[key] = work()
    return layer.seen[key]


def check_crs(layer, crs, lon, results):
    """crs: {'valid', 'authid', 'cgcs2000', 'false_easting', 'central_meridian', 'six_degree'} of the layer; lon:
    the longitude of its data's centre (None where it cannot be placed)."""
    results.looked_at("crs_not_cgcs2000")
    finite = finite_bounds(layer)
    low_x, high_x = (float(finite[:, 0].min()), float(finite[:, 2].max())) if len(finite) else (np.nan, np.nan)
    fit = fitting_crs(low_x, high_x, lon) if len(finite) else None
    if not crs.get("valid"):
        results.add("crs_not_cgcs2000", layer.name, "", -1, ("", fit))
        return
    if not crs.get("cgcs2000"):
        results.add("crs_not_cgcs2000", layer.name, "", -1, (crs.get("authid", ""), fit))
        return
    if not len(finite) or crs.get("false_easting") is None:
        results.skip("a layer with no coordinates to place", "crs_zone")
        return
    results.looked_at("crs_zone")
    x0 = crs["false_easting"]
    low, high = quality.gauss_kruger_window(x0)
    meridian = crs.get("central_meridian")
    half = 3.0 if crs.get("six_degree") else 1.5
    outside = low_x < low or high_x > high
    astray = lon is not None and meridian is not None and abs(lon - meridian) > half + ZONE_SLACK_DEG
    if outside or astray:
        results.add("crs_zone", layer.name, "", -1, (crs.get("authid", ""), low_x, high_x, x0, fit))


def check_geometry(layer, results, single=False):
    """Empty, invalid (what reading found, then GEOS's reason and place), and multipart features where the
    schema wants single parts. Geometries as drawn."""
    if not len(layer) or layer.geometry == "None":  # a table's rows have no geometry to lack
        return
    results.looked_at("geometry_empty", "geometry_invalid")
    faults = layer.faults if layer.faults is not None else np.zeros(len(layer), dtype=np.int8)
    broken, _ = quality.read_fault_findings(faults, layer.geoms, np.zeros(len(layer), dtype=bool))
    for i, place, fault in zip(broken.index, broken.geoms, broken.detail):
        results.add("geometry_invalid", layer.name, "", layer.fids[i], ("read", fault), place)
    empty = np.flatnonzero(~present(layer))
    for i in empty[faults[empty] == quality.SOUND]:
        results.add("geometry_empty", layer.name, "", layer.fids[i])
    polygons = np.flatnonzero(present(layer))
    polygons = polygons[np.isin(shapely.get_type_id(layer.geoms[polygons]), (3, 6))]
    invalid = quality.invalid_geometries(layer.geoms[polygons]).reindexed(polygons)
    layer.invalid = np.zeros(len(layer), dtype=bool)
    layer.invalid[invalid.index] = True
    for i, place, reason in zip(invalid.index, invalid.geoms, invalid.detail):
        results.add("geometry_invalid", layer.name, "", layer.fids[i], ("geos", reason, place.x, place.y), place)
    if single:
        results.looked_at("geometry_multipart")
        drawn = np.flatnonzero(present(layer))
        parts = shapely.get_num_geometries(layer.geoms[drawn])
        for i, n in zip(drawn[parts > 1], parts[parts > 1]):
            results.add("geometry_multipart", layer.name, "", layer.fids[i], (int(n),),
                        shapely.point_on_surface(layer.geoms[i]))


def check_areas(spec, layer, index, geoms, tolerance_pct, results):
    """Every area field of the layer (MJ, or the fields the schema marks `area`) against the computed area
    (m², in the working CRS); NULL is the required check's business."""
    for f in spec.area_fields():
        values = layer.column(f.name)
        if values is None or spec.geometry != "polygon":
            continue
        results.looked_at("area_mismatch")
        recorded = _numbers(values[index])
        bad, rec, comp = quality.area_mismatches(recorded, shapely.area(geoms), tolerance_pct)
        for i, r, c in zip(bad, rec, comp):
            results.add("area_mismatch", layer.name, f.name, layer.fids[index[i]], (f.name, float(r), float(c)))


def _numbers(values):
    """Each value as a number, NaN where it is none (NULL, blank or not a number)."""
    try:
        return values.astype(float)  # a column of numbers (a FileGDB's or GeoPackage's): in one go
    except (TypeError, ValueError):  # NULL, blank text, words
        return np.array([np.nan if v is None or v == "" else _number(v) for v in values], dtype=float)


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def coverage_edges(geoms, boundary, min_area):
    """(the boundary's union, an STRtree of geoms, quality.coverage_defects' answer): check_coverage's first and
    longest part, which a caller may start early (GEOS and numpy, beside other checks) and hand over as `edges`."""
    has_boundary = boundary is not None and len(boundary)
    region = geometry.ground_of(boundary) if has_boundary else None
    tree = shapely.STRtree(geoms)  # one tree for the edges' faces and the overlapping pairs
    return region, tree, quality.coverage_defects(geoms, boundary if has_boundary else None, min_area, region, tree)


class EarlyEdges:
    """coverage_edges of each coverage started in `pool` as soon as the layer and its boundary are read, on the
    geometries as read: beside the reading of the other layers and the values and validity checks (GEOS and numpy let
    go of the GIL). The caller reads the layers `plan` puts first, hands each to `read` as it comes, and takes
    `started[code]` (a future, whether it had a boundary) where it computes on those very geometries."""

    def __init__(self, pool, schema, min_area):
        self.pool, self.min_area = pool, min_area
        self.coverages = topology_roles(schema)[0]
        self.at, self.layers, self.started = {}, {}, {}

    def plan(self, names):
        """The order to read the database's layers (`names`, in its order) in: coverages and boundaries first."""
        self.at = {name.upper(): i for i, name in enumerate(names)}  # the last of a name: the one check_structure pairs
        first = {k for k in self.coverages if k in self.at} | {b for k, b in self.coverages.items() if k in self.at}
        first = sorted(self.at[k] for k in first if k in self.at)
        return first + [i for i in range(len(names)) if i not in first]

    def read(self, at, layer):
        """Layer number `at` of the database is read: start what now has all it needs."""
        if self.at.get(layer.name.upper()) != at:
            return
        self.layers[layer.name.upper()] = layer
        for key, boundary_key in self.coverages.items():
            waiting = boundary_key in self.at and boundary_key not in self.layers
            if key in self.layers and key not in self.started and not waiting and self.layers[key].faults is not None:
                boundary = self.layers.get(boundary_key)
                boundary = None if boundary is None or boundary.faults is None else boundary.geoms[drawn(boundary)]
                boundary = boundary if boundary is not None and len(boundary) else None
                self.started[key] = (self.pool.submit(coverage_edges, self.layers[key].geoms[drawn(self.layers[key])],
                                                      boundary, self.min_area), boundary is not None)


def drawn(layer):
    """Index of the features areas and topology are computed on: drawn, and read whole (open rings closed)."""
    index = np.flatnonzero(present(layer))
    return index[(layer.faults[index] == quality.SOUND) | (layer.faults[index] == quality.UNCLOSED)]


def check_coverage(name, fids, geoms, boundary, min_area, results, progress=None, edges=None):
    """A layer that must be a coverage: pieces two features share (图斑重叠), ground of the boundary (行政区) that no
    feature covers (图斑缝隙) and parts beyond it. `boundary` None: the gaps are not checked. `edges`: what
    coverage_edges gave for these very geoms and boundary, where the caller started it early."""
    results.looked_at("coverage_overlap")
    has_boundary = boundary is not None and len(boundary)
    region, tree, found = coverage_edges(geoms, boundary, min_area) if edges is None else edges
    # the pair test only for the features the edges suspect, the difference only for those that may reach beyond
    # the boundary, when the edges could tell
    overlaps, area = quality.self_overlaps(geoms, min_area, progress, None if found is None else found[1], tree)
    if has_boundary:
        gaps = quality.gaps(geoms, region, min_area, None if found is None else found[0])
        outside = quality.outside(geoms, region, min_area, None if found is None else found[2])
    for i, j, piece, a in zip(overlaps.index, overlaps.detail, overlaps.geoms, area):
        results.add("coverage_overlap", name, "", fids[i], (int(fids[j]), float(a)), piece)
    if not has_boundary:
        return
    results.looked_at("coverage_gap", "coverage_outside")
    for piece in gaps.geoms:
        results.add("coverage_gap", name, "", -1, (float(piece.area),), piece)
    for i, piece in zip(outside.index, outside.geoms):
        results.add("coverage_outside", name, "", fids[i], (float(piece.area),), piece)


def check_control_lines(lines, min_area, results, progress=None):
    """lines: {'PBF'|'ERL'|'UDB': (layer name, fids, geoms)}; each overlapping feature pair of two lines."""
    if len([k for k, v in lines.items() if len(v[2])]) < 2:
        results.skip("fewer than two control lines with features", "control_line_overlap")
        return
    results.looked_at("control_line_overlap")
    found = control_lines.find_overlaps({k: v[2] for k, v in lines.items()}, min_area, progress)
    for k, ia, ib, piece, area, sliver in zip(found.pair, found.fid_a, found.fid_b, found.geoms, found.area,
                                              found.sliver):
        if sliver:
            continue
        a, b = control_lines.PAIRS[k]
        (name_a, fids_a, _), (name_b, fids_b, _) = lines[a], lines[b]
        results.add("control_line_overlap", name_a, "", fids_a[ia], (name_b, int(fids_b[ib]), float(area)), piece)


def topology_roles(schema):
    """({coverage layer code: boundary layer code}, {role: control-line layer code}) the schema asks for."""
    coverages, lines = {}, {}
    for key, spec in schema.layers.items():
        kind, target = plan_schema.topology(spec)
        if kind == "coverage" and spec.geometry == "polygon":
            coverages[key] = target.upper()
        elif kind == "control_line" and target.upper() in control_lines.LINES:
            lines[target.upper()] = key
    return coverages, lines
