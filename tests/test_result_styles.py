"""Every result layer the dock loads is styled so that the map below shows through, by the value it holds (grade,
size, slope grade, outcome, severity, verdict); and step 4's road encroachment counts construction land only."""
import pytest
from layers import wait_for

# what each style is keyed on, and the values the algorithms write there
KEYED = {"road_zones": ("grade", {"高速公路", "国道", "省道", "县道", "乡道", "村道"}),
         "slope_grades": ("slope_grade", {1, 2, 3, 4, 5}), "homesteads": ("action", {"keep", "relocate"}),
         "severity": ("severity", {"error", "warning", "info"}), "findings_points": ("severity", {"error", "warning", "info"}),
         "site_verdicts": ("verdict", {"可行", "需调整", "不可行"})}
RULED = {"life_circle": "missing_types"}  # rule-based on a field: every feature falls under some rule
MOST_OPAQUE = 0.55  # no fill hides more than this of what lies below


def fills_are_see_through(layer):
    """(largest fill opacity of any symbol, the symbols' count)."""
    from qgis.core import QgsRenderContext, QgsSimpleFillSymbolLayer
    from qgis.PyQt.QtCore import Qt

    symbols = layer.renderer().symbols(QgsRenderContext())
    worst = 0.0
    for symbol in symbols:
        for i in range(symbol.symbolLayerCount()):
            part = symbol.symbolLayer(i)
            if isinstance(part, QgsSimpleFillSymbolLayer) and part.brushStyle() != Qt.BrushStyle.NoBrush:
                worst = max(worst, part.fillColor().alphaF() * symbol.opacity())
    return worst, len(symbols)


def test_every_result_layer_is_styled_and_leaves_the_map_visible(dock, demo_project):
    from qgis.core import QgsVectorLayer

    from lantu import styles
    from lantu.ui.results import RESULT_PROPERTY

    project, _ = demo_project
    for key in ("status", "bottomlines", "quality"):
        dock.pages[key].run()
        wait_for(dock.pages[key])
    loaded = [layer for layer in project.mapLayers().values()
              if layer.customProperty(RESULT_PROPERTY) and isinstance(layer, QgsVectorLayer) and layer.isSpatial()]
    used = {}
    for layer in loaded:
        key, _ = styles.choose(layer)
        assert key is not None, layer.name()
        used[layer.name()] = key
        worst, count = fills_are_see_through(layer)
        assert count >= 1 and worst <= MOST_OPAQUE, (layer.name(), worst)
        if key in KEYED:
            field, values = KEYED[key]
            assert layer.renderer().classAttribute() == field
            categories = {str(c.value()) for c in layer.renderer().categories()}
            assert {str(v) for v in values} <= categories, layer.name()
            present = {str(f[field]) for f in layer.getFeatures()}
            assert present <= categories | {""}, (layer.name(), present - categories)
        if key in RULED:
            from qgis.core import QgsRenderContext

            context = QgsRenderContext()
            layer.renderer().startRender(context, layer.fields())
            assert all(layer.renderer().willRenderFeature(f, context) for f in layer.getFeatures()), layer.name()
            layer.renderer().stopRender(context)
    assert {"road_zones", "encroachments", "farmland_blocks", "slope_grades", "homesteads", "severity",
            "findings_points", "life_circle"} <= set(used.values()), used
    blocks = next(layer for layer in loaded if used[layer.name()] == "farmland_blocks")
    rules = [r.filterExpression() for r in blocks.renderer().rootRule().children()]
    assert '"is_large" = 1' in rules  # 百亩方 marked


def test_the_docks_road_encroachment_is_construction_land(dock, demo_project):
    """The figure on step 4's page against native:intersection of the zones it loaded with the planned construction
    parcels (用地用海 07–16 and 2301 without 1201, 1202, 1205–1207 and 1402, picked here by expression)."""
    import processing

    from lantu.ui.results import RESULT_PROPERTY

    project, _ = demo_project
    page = dock.pages["quality"]
    page.run()
    wait_for(page)
    figures = {f["key"]: f["value"] for f in dock.state.results["quality"]["figures"]
               if f["algorithm"] == "lantu:roadcontrollines"}
    zones = next(layer for layer in project.mapLayers().values()
                 if layer.customProperty(RESULT_PROPERTY) == "quality" and "setback_m" in layer.fields().names())
    planned = project.mapLayer(dock.state.roles["planned_landuse"])
    construction = processing.run("native:extractbyexpression", {"INPUT": planned, "OUTPUT": "memory:", "EXPRESSION": (
        "left(\"YDYHFLDM\", 2) IN ('07','08','09','10','11','12','13','14','15','16') AND left(\"YDYHFLDM\", 4) "
        "NOT IN ('1201','1202','1205','1206','1207','1402') OR \"YDYHFLDM\" = '2301'")})["OUTPUT"]
    pieces = processing.run("native:intersection", {"INPUT": construction, "OVERLAY": zones, "OUTPUT": "memory:"})["OUTPUT"]
    expected = sum(f.geometry().area() for f in pieces.getFeatures())
    assert figures["ENCROACHMENT_AREA_M2"] == pytest.approx(expected, rel=1e-6)
    assert figures["ENCROACHMENT_AREA_M2"] < 0.2 * figures["CONTROL_AREA_M2"]  # was 99.8 % with the whole layer


@pytest.mark.parametrize("fields, geometry, expected", [
    ([("site_id", "string"), ("verdict", "string")], "Polygon", "site_verdicts"),
    ([("site_id", "string"), ("subject", "string")], "Polygon", "site_pieces"),
    ([("src_fid", "integer"), ("class", "string")], "Polygon", "encroachments"),
    ([("class", "string"), ("distance_m", "double")], "Polygon", "protection_zones"),
    ([("pair", "string"), ("fid_a", "integer")], "Polygon", "findings"),
    ([("check_id", "string")], "Point", "findings_points"),
])
def test_applystyle_picks_the_result_styles_by_their_fields(lantu_processing, fields, geometry, expected):
    from conftest import run_algorithm
    from layers import memory_layer

    from lantu import styles
    from lantu.processing_provider.algorithms import ApplyStyle

    layer = memory_layer("result", fields, [], geometry=geometry)
    result, _ = run_algorithm("lantu:applystyle", {"INPUT": layer, "STYLE": 0})
    assert result["STYLE_USED"] == expected
    assert fills_are_see_through(layer)[0] <= MOST_OPAQUE
    options = ApplyStyle().createInstance()
    options.initAlgorithm()
    assert len(options.parameterDefinition("STYLE").options()) == len(styles.STYLE_KEYS)
