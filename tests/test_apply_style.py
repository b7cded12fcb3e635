"""lantu:applystyle on the demo layers: the style fits what the layer holds, colours from the CSV tables."""
import csv
import os

import pytest
from conftest import DEMO_GPKG, ROOT, run_algorithm


def demo_layer(name):
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername={name}", name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def colours(table):
    with open(os.path.join(ROOT, "resources", "tables", table), encoding="utf-8") as f:
        return {r["code"]: (int(r["r"]), int(r["g"]), int(r["b"])) for r in csv.DictReader(f)}


@pytest.mark.parametrize("name, style, field, table", [("dltb", "sandiao", "DLBM", "sandiao_colors.csv"),
                                                       ("ghyd", "ydyh", "YDYHFLDM", "ydyh_colors.csv")])
def test_codes_get_the_standard_colours(lantu_processing, name, style, field, table):
    layer = demo_layer(name)
    result, _ = run_algorithm("lantu:applystyle", {"INPUT": layer.id(), "STYLE": 0})
    assert result["STYLE_USED"] == style
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == field
    expected = colours(table)
    checked = 0
    for category in renderer.categories():
        if category.value() in expected:
            c = category.symbol().color()
            assert (c.red(), c.green(), c.blue()) == expected[category.value()], category.value()
            checked += 1
    assert checked > 30
    present = {f[field] for f in layer.getFeatures()}
    assert present <= {c.value() for c in renderer.categories()}  # every code in the data has a class


def test_a_code_field_of_another_name_rekeys_the_style(lantu_processing, tmp_path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4523&field=GHDM:string", "plan", "memory")
    result, _ = run_algorithm("lantu:applystyle", {"INPUT": layer, "STYLE": 2, "CODE_FIELD": "GHDM",
                                                   "QML": str(tmp_path / "plan.qml")})
    assert result["STYLE_USED"] == "ydyh" and layer.renderer().classAttribute() == "GHDM"
    assert 'attr="GHDM"' in (tmp_path / "plan.qml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, style", [("yjjbnt", "pbf"), ("stbhhx", "erl"), ("czkfbj", "udb"), ("roads", "roads"),
                                         ("township", "boundaries")])
def test_lines_roads_and_boundaries_by_name_and_fields(lantu_processing, name, style):
    layer = demo_layer(name)
    result, _ = run_algorithm("lantu:applystyle", {"INPUT": layer.id(), "STYLE": 0})
    assert result["STYLE_USED"] == style


def test_no_fitting_style_is_a_clear_message(lantu_processing):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4523&field=name:string", "points", "memory")
    with pytest.raises(QgsProcessingException, match="No standard style fits points"):
        run_algorithm("lantu:applystyle", {"INPUT": layer, "STYLE": 0})


def test_a_style_file_that_could_not_be_written_is_an_error(lantu_processing, tmp_path):
    """Issue 14: QGIS 3.22's saveNamedStyle says it succeeded when the folder cannot be written; the .qml
    must be there, and new, or the planner is told."""
    from qgis.core import QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4523&field=DLBM:string", "dltb", "memory")
    missing = tmp_path / "no such folder" / "dltb.qml"
    with pytest.raises(QgsProcessingException, match="does not exist") as error:
        run_algorithm("lantu:applystyle", {"INPUT": layer, "STYLE": 1, "QML": str(missing)})
    assert str(missing) in str(error.value) and not missing.exists()
    # a folder that can be written: the file is there, and it is this style
    written = tmp_path / "dltb.qml"
    result, _ = run_algorithm("lantu:applystyle", {"INPUT": layer, "STYLE": 1, "QML": str(written)})
    assert result["QML"] == str(written) and 'attr="DLBM"' in written.read_text(encoding="utf-8")
