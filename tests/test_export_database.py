"""lantu:exportdatabase (成果入库): the demo, its three control lines first resolved (lantu:resolveoverlaps), exported
through the example schema passes its own check with 0 errors; what was written is read back with OGR and compared
with the working layers; a value too long for its field is refused naming the feature; .gdb where GDAL can write
it, .gpkg otherwise; never over an existing database; inputs never modified."""
import hashlib
import os

import numpy as np
import pytest
import shapely
from conftest import DEMO_GPKG, registered_provider, run_algorithm
from osgeo import gdal, ogr

GDB_WRITABLE = gdal.GetDriverByName("OpenFileGDB").GetMetadataItem(gdal.DCAP_CREATE) == "YES"


def _hash(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _rows(path, layer, fields):
    dataset = ogr.Open(path)
    out = []
    for feature in dataset.GetLayerByName(layer):
        geometry = feature.GetGeometryRef()
        out.append(({f: feature.GetField(f) for f in fields},
                    shapely.from_wkb(bytes(geometry.ExportToIsoWkb())) if geometry else None))
    return out


@pytest.fixture(scope="module")
def exported(tmp_path_factory, lantu_processing_module):
    folder = tmp_path_factory.mktemp("export")
    before = _hash(DEMO_GPKG)
    lines = {}
    for key, name in (("PBF", "yjjbnt"), ("ERL", "stbhhx"), ("UDB", "czkfbj")):
        lines[f"OUTPUT_{key}"] = str(folder / f"{name}.gpkg")
    run_algorithm("lantu:resolveoverlaps", {"PERMANENT_FARMLAND": f"{DEMO_GPKG}|layername=yjjbnt",
                                            "ECO_REDLINE": f"{DEMO_GPKG}|layername=stbhhx",
                                            "URBAN_BOUNDARY": f"{DEMO_GPKG}|layername=czkfbj", **lines})
    layers = [f"{DEMO_GPKG}|layername={n}" for n in ("dltb", "ghyd", "township")] + list(lines.values())
    result, feedback = run_algorithm("lantu:exportdatabase", {
        "LAYERS": layers, "XZQDM": "510899", "XZQMC": "某县", "OUTPUT_DATABASE": str(folder / "demo.gdb"),
        "REPORT": str(folder / "check.html")})
    assert _hash(DEMO_GPKG) == before
    return result, feedback, folder, layers


@pytest.fixture(scope="module")
def lantu_processing_module(qgis_processing, lantu):
    """The provider, once for the module (the demo export takes a while)."""
    yield from registered_provider(lantu)


def test_the_demo_exported_through_the_example_schema_passes_its_own_check(exported):
    result, feedback, folder, _ = exported
    assert result["ERROR_COUNT"] == 0, feedback.text()[-3000:]
    expected = ".gdb" if GDB_WRITABLE else ".gpkg"
    assert result["OUTPUT_DATABASE"].endswith(expected) and os.path.exists(result["OUTPUT_DATABASE"])
    assert os.path.getsize(result["REPORT"]) > 0 and "通过" in open(result["REPORT"], encoding="utf-8").read()
    # the guessed mapping was written out for the planner to edit
    with open(result["MAPPING_OUTPUT"], encoding="utf-8") as f:
        assert "GHDLTB,GHDLBM,ghyd,YDYHFLDM" in f.read()


def test_what_was_written_is_the_working_layers_in_the_schema(exported):
    result, _, folder, layers = exported
    path = result["OUTPUT_DATABASE"]
    ghyd = _rows(DEMO_GPKG, "ghyd", ["YDYHFLDM"])
    written = _rows(path, "GHDLTB", ["BSM", "YSDM", "GHDLBM", "GHDLMJ"])
    assert [r["GHDLBM"] for r, _ in written] == [r["YDYHFLDM"] for r, _ in ghyd]
    assert {r["YSDM"] for r, _ in written} == {"2003020210"}
    areas = np.array([r["GHDLMJ"] for r, _ in written])
    assert areas == pytest.approx(shapely.area([g for _, g in written]), abs=0.01)
    assert areas.sum() == pytest.approx(shapely.area([g for _, g in ghyd]).sum(), rel=1e-6)
    counts = [len(_rows(uri.split("|")[0], uri.split("layername=")[1] if "|" in uri else
                        os.path.splitext(os.path.basename(uri))[0], [])) for uri in layers]
    assert result["FEATURES_WRITTEN"] == sum(counts)
    bsm = [r["BSM"] for layer in ("JQDLTB", "GHDLTB", "XZQ", "YJJBNTBHTB", "STBHHX", "CZKFBJ")
           for r, _ in _rows(path, layer, ["BSM"])]
    assert len(set(bsm)) == len(bsm) == result["FEATURES_WRITTEN"] and all(b.startswith("510899") for b in bsm)
    xzq = _rows(path, "XZQ", ["XZQDM", "XZQMC"])
    czkfbj = _rows(path, "CZKFBJ", ["XZQDM", "XZQMC"])
    names = {r["XZQDM"]: r["XZQMC"] for r, _ in xzq}
    assert all(r["XZQMC"] == names[r["XZQDM"]] for r, _ in czkfbj)  # one name per code across the database


def test_never_over_an_existing_database(exported, lantu_processing):
    from qgis.core import QgsProcessingException

    result, _, folder, layers = exported
    with pytest.raises(QgsProcessingException, match="exists"):
        run_algorithm("lantu:exportdatabase", {"LAYERS": layers[2:3], "OUTPUT_DATABASE": result["OUTPUT_DATABASE"]})


def test_a_value_too_long_is_refused_naming_the_feature(lantu_processing, tmp_path):
    from layers import box, memory_layer
    from qgis.core import QgsProcessingException

    dltb = memory_layer("dltb", [("DLBM", "string"), ("ZLDWDM", "string")],
                        [[box(0, 0, 10, 10), "0101", "5108991012030000000"], [box(10, 0, 20, 10), "0101", "5" * 25]])
    target = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match=r"feature 2\b.*JQDLTB\.ZLDWDM"):
        run_algorithm("lantu:exportdatabase", {"LAYERS": [dltb], "XZQDM": "510899", "OUTPUT_DATABASE": str(target)})
    assert not target.exists()  # nothing half written


def test_a_layer_is_exported_in_the_crs_the_planner_set_for_it(lantu_processing, tmp_path):
    """A township shapefile in the next Gauss-Krüger zone (EPSG:4524) without .prj, its CRS set in QGIS, exported
    with the parcels (EPSG:4523), handed over as the dock hands it (its own copy) or as a layer: read as that
    layer, not opened afresh from its file (which knows no CRS and would be taken to lie in the parcels')."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from lantu.processing_provider.bridge.fast_read import OWN_COPY

    shapefile = str(tmp_path / "township.shp")
    gdal.VectorTranslate(shapefile, DEMO_GPKG, layers=["township"], format="ESRI Shapefile", dstSRS="EPSG:4524")
    os.remove(shapefile[:-4] + ".prj")
    layer = QgsVectorLayer(shapefile, "乡镇", "ogr")
    assert not layer.crs().isValid()
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4524"))
    copy = layer.clone()
    copy.setCustomProperty(OWN_COPY, True)
    township = shapely.area([g for _, g in _rows(DEMO_GPKG, "township", [])]).sum()
    for n, given in enumerate((copy, layer)):
        result, feedback = run_algorithm("lantu:exportdatabase", {
            "LAYERS": [f"{DEMO_GPKG}|layername=dltb", given], "XZQDM": "510899",
            "OUTPUT_DATABASE": str(tmp_path / f"out{n}.gpkg")})
        written = _rows(result["OUTPUT_DATABASE"], "XZQ", [])
        assert shapely.area([g for _, g in written]).sum() == pytest.approx(township, rel=1e-4), feedback.text()[-2000:]
