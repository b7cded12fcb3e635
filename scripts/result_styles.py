"""The styles of Lantu's result layers, the ones the dock loads after a step (written by scripts/make_styles.py).

road_zones.qml        道路控制线: control zones by grade (GRADE colours of roads.qml), hatched, light fill
protection_zones.qml  分级保护范围 (classbuffers): violet hatch and outline
encroachments.qml     侵占: the construction land inside a zone, red half-transparent fill
farmland_blocks.qml   耕地连片地块 by size (亩), 百亩方 (is_large) marked by a bold outline
slope_grades.qml      耕地坡度分级 1–5 (GDPDJB), green to red, half-transparent, grade 5 hatched
homesteads.qml        宅基地腾退: relocate (orange hatch) / keep (blue outline)
severity.qml          conflicts and finding areas by severity: error red, warning orange, info blue
findings_points.qml   findings at a point, by severity
site_verdicts.qml     项目选址 verdicts 可行 / 需调整 / 不可行
site_pieces.qml       the pieces of a site, by what they lie in (control line, land class, road zone …)
life_circle.qml       镇村生活圈: settlements with every facility type within reach (green) or not (red)

Each leaves the map below visible: outlines, fills at most 55 % opaque, hatching.
"""
from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsRuleBasedRenderer
from qgis.PyQt.QtCore import Qt
from style_symbols import hatch_outline, light_fill, marker, outline

ROAD_GRADES = [("高速公路", "#d9480f"), ("国道", "#e03131"), ("省道", "#f08c00"), ("县道", "#c9a600"),
               ("乡道", "#7950f2"), ("村道", "#868e96")]
SEVERITIES = [("error", "错误", "#d00000"), ("warning", "警告", "#f08c00"), ("info", "提示", "#1c7ed6")]
SLOPES = [(1, "1 级 ≤2°", "#1a9850"), (2, "2 级 2°–6°", "#91cf60"), (3, "3 级 6°–15°", "#fee08b"),
          (4, "4 级 15°–25°", "#fc8d59"), (5, "5 级 >25°（退耕还林）", "#d73027")]
# 亩 bounds of the block sizes: a 百亩方 is ≥ 100 亩 (GLOSSARY), a 千亩方 ≥ 1000
# in farmland's own hues (yellow to brown), not the greens of forest
BLOCK_SIZES = [(None, 100, "<100 亩", "#fff3bf"), (100, 500, "100–500 亩", "#ffd43b"),
               (500, 1000, "500–1000 亩", "#f59f00"), (1000, None, "≥1000 亩（千亩方）", "#d9480f")]


def categorized(field, categories, other=None):
    """A categorised renderer; `other` (a symbol) draws every value not listed (the empty-value category)."""
    cats = [QgsRendererCategory(value, symbol, label) for value, symbol, label in categories]
    if other is not None:
        cats.append(QgsRendererCategory("", other, "其他"))
    return QgsCategorizedSymbolRenderer(field, cats)


def write_all(memory_layer, save):
    """Write every result style; memory_layer(geometry, fields) and save(layer, name) are make_styles.py's."""
    polygon = "MultiPolygon"

    def write(name, renderer, fields, geometry=polygon):
        layer = memory_layer(geometry, fields)
        layer.setRenderer(renderer)
        save(layer, name)

    # the zone is the setting, light and sparse; an encroachment is the finding, cross-hatched dark red
    zones = [(grade, hatch_outline(c, c, 45, 2.0, 0.35, 0.15, fill_alpha=30), grade) for grade, c in ROAD_GRADES]
    write("road_zones.qml", categorized("grade", zones, hatch_outline("#495057", "#495057", 45, 2.0, 0.35, 0.15, fill_alpha=30)),
          ["grade"])
    write("protection_zones.qml", QgsRuleBasedRenderer(hatch_outline("#862e9c", "#ae3ec9", -45, 1.6, 0.45, 0.2,
                                                                     fill_alpha=40)), ["class"])
    write("encroachments.qml", QgsRuleBasedRenderer(hatch_outline("#5c0000", "#c92a2a", 45, 1.1, 0.55, 0.3, fill_alpha=80,
                                                                  cross=True)), ["src_fid"])

    root = QgsRuleBasedRenderer.Rule(None)
    for low, high, label, c in BLOCK_SIZES:
        test = " AND ".join(t for t in (low is not None and f'"area_mu" >= {low}', high is not None and f'"area_mu" < {high}') if t)
        root.appendChild(QgsRuleBasedRenderer.Rule(light_fill(c, 120, "#a0522d", 0.12), 0, 0, test, label))
    root.appendChild(QgsRuleBasedRenderer.Rule(outline("#7c2d12", 0.6), 0, 0, '"is_large" = 1', "百亩方（连片 ≥100 亩）"))
    write("farmland_blocks.qml", QgsRuleBasedRenderer(root), ["area_mu", "is_large"])

    slopes = [(grade, light_fill(c, 140, c, 0.1), label) for grade, label, c in SLOPES[:-1]]
    steepest = hatch_outline("#a50f15", "#d73027", 45, 1.0, 0.3, 0.25, fill_alpha=130)
    slopes.append((SLOPES[-1][0], steepest, SLOPES[-1][1]))
    write("slope_grades.qml", categorized("slope_grade", slopes, outline("#868e96", 0.15)), ["slope_grade"])

    homes = [("relocate", hatch_outline("#d9480f", "#f76707", 45, 1.0, 0.4, 0.25, fill_alpha=70), "腾退（拆旧复垦）"),
             ("keep", light_fill("#1c7ed6", 35, "#1864ab", 0.3), "保留")]
    write("homesteads.qml", categorized("action", homes), ["action"])

    severity = [(key, hatch_outline(c, c, 45, 1.2, 0.6, 0.2, fill_alpha=60, cross=key == "error"), label)
                for key, label, c in SEVERITIES]
    write("severity.qml", categorized("severity", severity, outline("#d00000", 0.5)), ["severity"])
    points = [(key, marker(c), label) for key, label, c in SEVERITIES]
    write("findings_points.qml", categorized("severity", points, marker("#d00000")), ["severity"], "MultiPoint")

    verdicts = [("可行", light_fill("#2f9e44", 60, "#2b8a3e", 0.5), "可行"),
                ("需调整", hatch_outline("#e67700", "#f08c00", 45, 1.2, 0.6, 0.25, fill_alpha=50), "需调整"),
                ("不可行", hatch_outline("#c92a2a", "#e03131", 45, 1.0, 0.7, 0.25, fill_alpha=60, cross=True), "不可行")]
    write("site_verdicts.qml", categorized("verdict", verdicts), ["verdict"])
    pieces = [("line", hatch_outline("#c92a2a", "#e03131", 45, 1.0, 0.4, 0.2, fill_alpha=60), "控制线内"),
              ("outside_line", hatch_outline("#b4005a", "#b4005a", -45, 1.2, 0.4, 0.2, fill_alpha=40), "城镇开发边界外"),
              ("class", light_fill("#fab005", 90, "#e67700", 0.3), "地类"),
              ("road", hatch_outline("#7950f2", "#7950f2", 0, 1.0, 0.4, 0.2, fill_alpha=40), "道路控制区"),
              ("constraint", outline("#5c3d2e", 0.5, Qt.PenStyle.DashLine), "其他约束")]
    write("site_pieces.qml", categorized("subject", pieces, outline("#495057", 0.3)), ["subject"])

    circle = QgsRuleBasedRenderer.Rule(None)
    circle.appendChild(QgsRuleBasedRenderer.Rule(marker("#2f9e44"), 0, 0, "coalesce(\"missing_types\", '') = ''",
                                                 "各类设施均在服务距离内"))
    circle.appendChild(QgsRuleBasedRenderer.Rule(marker("#d00000"), 0, 0, "coalesce(\"missing_types\", '') <> ''",
                                                 "有设施类型不在服务距离内（缺口）"))
    write("life_circle.qml", QgsRuleBasedRenderer(circle), ["missing_types"], "MultiPoint")
