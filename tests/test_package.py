"""The zip from `make package` installs into a fresh QGIS profile, and qgis_process runs it there."""
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's qgis_process wrapper passes a flag 3.22 rejects
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="no qgis_process")]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "lantu-test.zip"
    subprocess.run([sys.executable, "scripts/package.py", "--out", str(out)], cwd=ROOT, check=True)
    return out


@pytest.fixture(scope="module")
def profile_root(package, tmp_path_factory):
    root = tmp_path_factory.mktemp("qgis profiles")
    subprocess.run(["bash", "scripts/make_profile.sh", str(root), "default", "--zip", str(package)], cwd=ROOT, check=True)
    return root


def qgis_process(root, *args):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300, cwd=str(root))


def test_zip_holds_the_plugin_only(package):
    names = zipfile.ZipFile(package).namelist()
    assert "lantu/metadata.txt" in names and "lantu/i18n/lantu_zh_CN.qm" in names
    assert "lantu/resources/icons/lantu.svg" in names
    assert "lantu/CHANGELOG.md" in names and "lantu/README.md" in names
    assert not [n for n in names if n.startswith(("lantu/tests/", "lantu/bench/", "lantu/scripts/", "lantu/.")) or
                n.endswith((".pyc", "Makefile", ".ts"))]


def test_qgis_process_lists_and_runs_the_installed_plugin(profile_root, tmp_path):
    listing = qgis_process(profile_root, "list")
    assert "lantu:landusestructure" in listing.stdout, listing.stdout + listing.stderr

    gpkg = _fixture_gpkg(tmp_path / "现状 数据.gpkg")
    out = tmp_path / "structure.csv"
    done = qgis_process(profile_root, "run", "lantu:landusestructure", "--json", "--",
                        f"LANDUSE={gpkg}|layername=dltb", "LEVEL=1", f"OUTPUT={out}")
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout[done.stdout.index("{"):])["results"]
    assert results["TOTAL_AREA_M2"] == pytest.approx(30_000.0)
    assert results["CLASSIFICATION_USED"] == "sandiao"
    text = out.read_text(encoding="utf-8")
    assert "耕地" in text and "住宅用地" in text


def test_without_shapely2_the_provider_still_loads_and_explains(profile_root, tmp_path):
    import shapely as venv_shapely  # noqa: F401 - the venv has it; QGIS's own Python may not
    probe = subprocess.run(["/usr/bin/python3", "-c", "import shapely; print(shapely.__version__)"],
                           capture_output=True, text=True)
    if probe.returncode == 0 and probe.stdout.startswith("2"):
        pytest.skip("QGIS's own Python already has shapely 2")
    bare = tmp_path / "bare"
    shutil.copytree(profile_root, bare, symlinks=True)
    shutil.rmtree(bare / "profiles" / "default" / "lantu" / "python-libs")
    assert "lantu:landusestructure" in qgis_process(bare, "list").stdout
    gpkg = _fixture_gpkg(tmp_path / "f.gpkg")
    done = qgis_process(bare, "run", "lantu:landusestructure", "--", f"LANDUSE={gpkg}|layername=dltb",
                        f"OUTPUT={tmp_path / 'o.csv'}")
    assert done.returncode != 0
    assert "shapely" in done.stdout + done.stderr and "Traceback" not in done.stdout + done.stderr


def _fixture_gpkg(path):
    """Three 100 m squares (0101, 0103, 0702) in EPSG:4523, written with OGR only."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4523)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("dltb", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("DLBM", ogr.OFTString))
    for i, code in enumerate(["0101", "0103", "0702"]):
        x, y = 35_500_000 + 100 * i, 3_500_000
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("DLBM", code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}))"))
        layer.CreateFeature(feature)
    source = None
    return path
