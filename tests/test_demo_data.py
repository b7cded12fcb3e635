"""Checks of the demo data generator (scripts/make_demo.py and its package scripts/demo_data/) and of
the committed demo data.

QGIS is not needed: the data are read with osgeo.ogr / gdal and checked with shapely.
"""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

shapely = pytest.importorskip("shapely")
ogr = pytest.importorskip("osgeo.ogr")
gdal = pytest.importorskip("osgeo.gdal")

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "make_demo.py"
DEMO = ROOT / "resources" / "demo"
TABLES = ROOT / "resources" / "tables"

FIELDS = {
    "township": ["XZQDM", "XZQMC", "is_center"],
    "village": ["XZQDM", "XZQMC", "XZMC", "CLUSTER", "POP", "is_center"],
    "village_cluster": ["PQDM", "PQMC"],
    "dltb": ["BSM", "TBBH", "DLBM", "DLMC", "ZLDWDM", "QSDWDM", "TBMJ", "KCXS", "KCMJ", "TBDLMJ", "GDPDJB", "CZCSXM"],
    "ghyd": ["YDYHFLDM", "YDYHFLMC", "ZLDWDM", "GHFQDM"],
    "yjjbnt": ["JBNTMJ", "ZLDWDM"],
    "stbhhx": ["HXMC", "HXLX", "MJ"],
    "czkfbj": ["XZQDM", "MJ"],
    "roads": ["NAME", "GRADE", "LXBM", "WIDTH"],
    "settlement": ["NAME", "XZQDM", "POP"],
}
SMALL = 2000


def read(path, name):
    """(shapely geometries, {field: list}) of one layer."""
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(name)
    assert lyr is not None, f"layer {name} missing"
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    wkb, cols = [], {n: [] for n in names}
    for f in lyr:
        wkb.append(bytes(f.GetGeometryRef().ExportToWkb()))
        for n in names:
            cols[n].append(f[n] if f.IsFieldSetAndNotNull(n) else None)
    return np.array(shapely.from_wkb(wkb), object), cols


def table(name, key="code"):
    with open(TABLES / name, encoding="utf-8") as f:
        return {r[key]: r for r in csv.DictReader(f)}


def generate(out, seed_env):
    env = dict(os.environ, PYTHONHASHSEED=str(seed_env))
    subprocess.run([sys.executable, str(SCRIPT), "--parcels", str(SMALL), "--out", str(out)],
                   check=True, env=env, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    a = tmp_path_factory.mktemp("demo_a")
    b = tmp_path_factory.mktemp("demo_b")
    generate(a, 1)
    generate(b, 2)
    return a, b


def content(path):
    out = {}
    for name in FIELDS:
        ds = ogr.Open(str(path / "lantu_demo.gpkg"))
        lyr = ds.GetLayerByName(name)
        rows = []
        for f in lyr:
            rows.append((bytes(f.GetGeometryRef().ExportToWkb()),
                         tuple(f.GetField(i) for i in range(f.GetFieldCount()))))
        out[name] = rows
    return out


def test_deterministic(small):
    a, b = small
    ca, cb = content(a), content(b)
    for name in FIELDS:
        assert len(ca[name]) == len(cb[name]) > 0, name
        assert ca[name] == cb[name], f"layer {name} differs between two runs"
    za = gdal.Open(str(a / "dem.tif")).ReadAsArray()
    zb = gdal.Open(str(b / "dem.tif")).ReadAsArray()
    assert np.array_equal(za, zb)


def test_generator_not_packaged():
    """The generator is a development tool: the plugin zip holds neither make_demo.py nor demo_data/."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    shipped = list(package.files())
    assert shipped, "package.files() lists the plugin's files"
    assert not [rel for rel in shipped if "demo_data" in rel or "make_demo" in rel]


def _check_dataset(path, expect_parcels=None):
    gpkg = path / "lantu_demo.gpkg"
    # field contract
    ds = ogr.Open(str(gpkg))
    for name, fields in FIELDS.items():
        lyr = ds.GetLayerByName(name)
        assert lyr is not None, name
        defn = lyr.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == fields, name
        assert lyr.GetSpatialRef().GetAuthorityCode(None) == "4523", name
    town, tc = read(gpkg, "township")
    vill, vc = read(gpkg, "village")
    dltb, d = read(gpkg, "dltb")
    n = len(dltb)
    if expect_parcels:
        assert 0.6 * expect_parcels < n < 1.6 * expect_parcels
    # coordinates carry the zone number (35 xxx xxx)
    x = shapely.get_coordinates(town)[:, 0]
    assert (x > 35_000_000).all() and (x < 36_000_000).all()
    # codes
    assert all(len(c) == 9 for c in tc["XZQDM"])
    assert all(len(c) == 12 and c[:9] in set(tc["XZQDM"]) for c in vc["XZQDM"])
    dl = table("sandiao_dlbm.csv")
    codes = {k for k, r in dl.items() if r["field"] == "DLBM"}
    assert set(d["DLBM"]) <= codes
    assert all(dl[c]["name"] == m for c, m in zip(d["DLBM"], d["DLMC"]))
    assert set(d["ZLDWDM"]) <= set(vc["XZQDM"])
    # areas: TBDLMJ = TBMJ - KCMJ, KCMJ = TBMJ * KCXS; KCXS only for 旱地/水浇地; GDPDJB only for 耕地
    tbmj, kcxs, kcmj, tbdlmj = (np.array(d[k], float) for k in ("TBMJ", "KCXS", "KCMJ", "TBDLMJ"))
    assert np.allclose(tbdlmj, tbmj - kcmj, atol=0.011)
    assert np.allclose(kcmj, tbmj * kcxs, atol=0.011)
    dlbm = np.array(d["DLBM"])
    assert (kcxs[~np.isin(dlbm, ["0102", "0103"])] == 0).all()
    assert (kcxs <= 0.2).all() and (kcxs[kcxs > 0] >= 0.02).all()
    crop = np.char.startswith(dlbm.astype(str), "01")
    gd = np.array([g or "" for g in d["GDPDJB"]])
    assert set(gd[crop]) <= set("12345") and (gd[crop] != "").all()
    assert (gd[~crop] == "").all()
    assert set(c or "" for c in d["CZCSXM"]) <= {"", "201", "202", "203", "204", "205"}
    # the deliberate faults: exactly three invalid (bow-tie) parcels, one TBMJ 10 % too large
    valid = shapely.is_valid(dltb)
    assert (~valid).sum() == 3
    assert set(dlbm[~valid]) == {"1202"}
    geoms = dltb.copy()
    geoms[~valid] = shapely.make_valid(geoms[~valid])
    ratio = tbmj / shapely.area(geoms)
    off = np.abs(ratio - 1.1) < 0.002
    assert off.sum() == 1
    # TBMJ is ellipsoidal (GK zone 35 planar areas are about 5e-5 larger here), not planar;
    # single parcels stray by the 0.01 m² rounding of TBMJ
    assert 0.9998 < np.median(ratio[~off]) < 0.99999
    planar = shapely.area(geoms)[~off]
    assert np.all(np.abs(tbmj[~off] - planar) <= 3e-4 * planar + 0.006)
    # tiling: no gaps, no overlaps (bow-ties counted as make_valid repairs them)
    total = shapely.area(shapely.union_all(town)).sum()
    u = shapely.union_all(geoms, grid_size=1e-6).area
    s = shapely.area(geoms).sum()
    assert abs(u - total) / total < 1e-6
    assert abs(s - u) / u < 1e-6
    assert abs(shapely.area(vill).sum() - total) / total < 1e-6
    # every parcel lies in the village of its ZLDWDM
    vgeom = dict(zip(vc["XZQDM"], vill))
    own = np.array([vgeom[z] for z in d["ZLDWDM"]], object)
    inside = shapely.area(shapely.intersection(geoms, own, grid_size=1e-6))
    assert (inside >= shapely.area(geoms) * (1 - 1e-6) - 1e-4).all()
    # planned land use: codes from the 2023 table, names match, same outline as the parcels
    yd = table("ydyh2023_codes.csv")
    ghyd, gcols = read(gpkg, "ghyd")
    assert set(gcols["YDYHFLDM"]) <= set(yd)
    assert all(yd[c]["name"] == m for c, m in zip(gcols["YDYHFLDM"], gcols["YDYHFLMC"]))
    assert shapely.is_valid(ghyd).all()
    gu = shapely.union_all(ghyd, grid_size=1e-6).area
    assert abs(gu - total) / total < 1e-6
    assert abs(shapely.area(ghyd).sum() - gu) / gu < 1e-6
    # roads
    rg, rc = read(gpkg, "roads")
    grades = {"高速公路": "G", "国道": "G", "省道": "S", "县道": "X", "乡道": "Y", "村道": "C"}
    assert set(rc["GRADE"]) <= set(grades)
    assert all(code.startswith(grades[gr]) for gr, code in zip(rc["GRADE"], rc["LXBM"]))
    assert 1 <= sum(w is None for w in rc["WIDTH"]) <= 5
    return dict(dltb=n, ghyd=len(ghyd))


def test_small_instance(small):
    _check_dataset(small[0], expect_parcels=SMALL)


def test_committed_demo():
    gpkg = DEMO / "lantu_demo.gpkg"
    if not gpkg.exists():
        pytest.skip("resources/demo not generated")
    summary = json.loads((DEMO / "summary.json").read_text(encoding="utf-8"))
    documented = summary["layers"]
    assert set(FIELDS) <= set(documented), "summary.json counts every layer"
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name in FIELDS), "README.md describes every layer"
    ds = ogr.Open(str(gpkg))
    for name in FIELDS:
        assert ds.GetLayerByName(name).GetFeatureCount() == documented[name], name
    assert 10000 <= documented["dltb"] <= 20000
    assert documented["township"] == 5 and 40 <= documented["village"] <= 50
    assert 12 <= documented["village_cluster"] <= 16
    # the whole folder stays small
    size = sum(p.stat().st_size for p in DEMO.rglob("*") if p.is_file())
    assert size <= 10 * 1024 * 1024, f"resources/demo is {size / 2 ** 20:.1f} MiB"
    _check_dataset(DEMO)
    # the deliberate conflicts
    c = summary["conflicts"]
    assert 2 <= c["PBF∩ERL"]["places"] <= 4
    assert 1 <= c["PBF∩UDB"]["places"] <= 2
    assert c["ERL∩UDB"]["places"] == 0
    assert c["planned 0701 outside UDB"]["places"] >= 1
    assert c["planned construction (用地用海 07-16) ∩ ERL"]["places"] >= 1
    assert c["planned construction (用地用海 07-16) ∩ PBF"]["places"] >= 1
    pbf, _ = read(gpkg, "yjjbnt")
    erl, _ = read(gpkg, "stbhhx")
    udb, _ = read(gpkg, "czkfbj")
    assert shapely.intersection(shapely.union_all(pbf), shapely.union_all(erl)).area > 1000
    assert shapely.intersection(shapely.union_all(pbf), shapely.union_all(udb)).area > 1000
    # DEM: 25 m cells, nodata, hilly relief
    dem = gdal.Open(str(DEMO / "dem.tif"))
    gt = dem.GetGeoTransform()
    assert gt[1] == 25 and gt[5] == -25
    b = dem.GetRasterBand(1)
    z = b.ReadAsArray()
    nd = b.GetNoDataValue()
    assert nd is not None
    zz = z[z != nd]
    assert 390 <= zz.min() < 450 and 1000 < zz.max() <= 1110
    assert "DEFLATE" in (dem.GetMetadata("IMAGE_STRUCTURE") or {}).get("COMPRESSION", "")
