"""The floor of a benchmark: the least work any correct method must do for the job, timed as a third side.

It reads the layers once (GDAL's Arrow stream, WKB → shapely batch by batch), finds and repairs the invalid
polygons (every method must: the demo has bow-ties), builds an STRtree, evaluates ONE prepared GEOS predicate
per pair of features whose boxes meet (both cores, as Lantu uses them), and runs the GEOS intersection on
exactly the pairs whose answer needs one: pairs neither wholly inside nor wholly outside (bottom lines), pairs
sharing more than 1 m² (the quality check). Which pairs those are is known ahead, from an oracle computed
untimed in `prepare` (brute force, cached beside the data as floor-<bench>.npz). Everything a real method
does beyond that (proving that touching neighbours only touch, unions of overlapping features, building and
writing outputs, Processing's overhead) is above the floor.
"""
import os

import numpy as np

LINES = {"PBF": "yjjbnt", "ERL": "stbhhx", "UDB": "czkfbj"}
MIN_AREA = 1.0  # the quality check's default MIN_AREA


def read(gpkg, layer, fields=()):
    """(valid geometries, {field: raw column}) of a layer, read once."""
    import shapely
    from osgeo import gdal

    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_READONLY)
    source = dataset.GetLayerByName(layer)
    definition = source.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    source.SetIgnoredFields([n for n in names if n not in fields])
    column = source.GetGeometryColumn() or "geom"
    geoms, columns = [], {f: [] for f in fields}
    for batch in source.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=65536"]):
        geoms.append(shapely.from_wkb(batch[column]))
        for f in fields:
            columns[f].append(batch[f])
        del batch
    geoms = np.concatenate(geoms)
    bad = np.flatnonzero(~shapely.is_valid(geoms))
    geoms[bad] = shapely.make_valid(geoms[bad])
    return geoms, {f: np.concatenate(v) for f, v in columns.items()}


def _oracle_path(gpkg, name):
    return os.path.join(os.path.dirname(gpkg), f"floor-{name}.npz")


def _box_pairs(a, b):
    """(ia, ib) of the features whose boxes meet, sorted by ib (the prepared side)."""
    import shapely

    ib, ia = shapely.STRtree(a).query(b)
    return ia, ib


def _inside_and_cut(a, b, need, exact=False):
    """Area of a's parts inside b over the box pairs: one prepared contains_properly per pair (b prepared), the
    intersection of the `need` pairs. With exact=True (the oracle), every pair not wholly inside is intersected
    and `need` is returned: those sharing area."""
    import shapely

    from lantu.core import overlay, self_overlap

    ia, ib = _box_pairs(a, b)
    shapely.prepare(b)
    inside = self_overlap.by_first(shapely.contains_properly, b, ib, a, ia)
    area = float(shapely.area(a[ia[inside]]).sum())
    if exact:
        rest = np.flatnonzero(~inside)
        cut = shapely.area(overlay.parallel(shapely.intersection, a[ia[rest]], b[ib[rest]]))
        need = np.zeros(len(ia), dtype=bool)
        need[rest[cut > 0]] = True
        return area + float(cut.sum()), need
    cut = overlay.parallel(shapely.intersection, a[ia[need]], b[ib[need]])
    return area + float(shapely.area(cut).sum()), need


def _line_codes():
    """Per line: the DLBM codes any of its built-in rules concerns (as the native chain extracts them)."""
    import run_bench

    out = {}
    for rule, codes in run_bench._rule_codes().values():
        out.setdefault(rule.line, set()).update(codes)
    return {line: sorted(codes) for line, codes in out.items()}


def bottomlines(gpkg, tmp, exact=False):
    """Parcels of the rules' classes against each line's features, and the lines pairwise."""
    parcels, columns = read(gpkg, "dltb", ["DLBM"])
    lines = {k: read(gpkg, v)[0] for k, v in LINES.items()}
    oracle = None if exact else np.load(_oracle_path(gpkg, "bottomlines"))
    totals, needs = {}, {}
    codes = np.asarray(columns["DLBM"]).astype(str)
    for line, wanted in _line_codes().items():
        chosen = parcels[np.isin(codes, wanted)]
        key = f"line:{line}"
        totals[key], needs[key] = _inside_and_cut(chosen, lines[line], None if exact else oracle[key], exact)
    for a, b in (("PBF", "ERL"), ("PBF", "UDB"), ("ERL", "UDB")):
        key = f"pair:{a}_{b}"
        totals[key], needs[key] = _inside_and_cut(lines[a], lines[b], None if exact else oracle[key], exact)
    if exact:
        return needs
    return {"totals": totals, "intersected": int(sum(v.sum() for v in needs.values()))}


def quality(gpkg, tmp, exact=False):
    """Validity (with GEOS's reason for the invalid ones), the codes looked at once per distinct value, and the
    self-overlap: one prepared intersects per box pair, the intersection of the pairs sharing > MIN_AREA."""
    import shapely

    from lantu.core import overlay, self_overlap

    geoms, columns = read(gpkg, "dltb", ["DLBM", "DLMC"])
    distinct = np.unique(np.asarray(columns["DLBM"]).astype(str))  # what a code check must look up
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms)
    keep = i < j
    i, j = i[keep], j[keep]
    shapely.prepare(geoms)
    meet = self_overlap.by_first(shapely.intersects, geoms, i, geoms, j)
    i, j = i[meet], j[meet]
    if exact:
        area = shapely.area(overlay.parallel(shapely.intersection, geoms[i], geoms[j]))
        return {"need": area > MIN_AREA}
    need = np.load(_oracle_path(gpkg, "checklanduse"))["need"]
    area = shapely.area(overlay.parallel(shapely.intersection, geoms[i[need]], geoms[j[need]]))
    return {"overlap_pairs": int((area > MIN_AREA).sum()), "overlap_m2": float(area[area > MIN_AREA].sum()),
            "codes": len(distinct), "pairs_tested": len(i)}


JOBS = {"bottomlines": bottomlines, "checklanduse": quality}


def totals(result):
    """The floor's own figures, flat (kept in the record; not compared: the floor skips work such as the
    union of overlapping line features that the two real sides do)."""
    flat = {}
    for key, value in result.items():
        if isinstance(value, dict):
            flat.update({f"{key}:{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    return flat


def prepare(name, gpkg):
    """The oracle of a floor job (untimed, cached beside the data): which pairs need an intersection."""
    path = _oracle_path(gpkg, name)
    if not os.path.exists(path):
        np.savez(path + ".part.npz", **JOBS[name](gpkg, None, exact=True))
        os.rename(path + ".part.npz", path)
