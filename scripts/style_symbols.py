"""Symbols the QML styles are built from (scripts/make_styles.py, scripts/result_styles.py): fills that leave the
map below visible (an outline, a light fill, hatching) and markers. Run inside a started QGIS, with lantu importable."""
from qgis.core import (
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from lantu.compat import RENDER_MILLIMETERS


def colour(name, alpha=255):
    c = QColor(name)
    c.setAlpha(alpha)
    return c


def fill(color, outline="#8c8c8c", width=0.06):
    """An opaque fill with a thin outline (the land-class styles)."""
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline,
                                       "outline_width": str(width), "outline_width_unit": "MM"})


def _edge(color, width, style=Qt.PenStyle.SolidLine):
    edge = QgsSimpleFillSymbolLayer()
    edge.setBrushStyle(Qt.BrushStyle.NoBrush)
    edge.setStrokeColor(QColor(color))
    edge.setStrokeWidth(width)
    edge.setStrokeWidthUnit(RENDER_MILLIMETERS)
    edge.setStrokeStyle(style)
    return edge


def _hatch(color, angle, distance, line_width):
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(distance)
    hatch.setDistanceUnit(RENDER_MILLIMETERS)
    hatch.setLineWidth(line_width)
    hatch.setColor(QColor(color))
    sub = hatch.subSymbol()
    if sub is not None:
        sub.setColor(QColor(color))
        sub.setWidth(line_width)
    return hatch


def hatch_outline(color, hatch_color, angle, distance, outline_width, line_width=0.25, opacity=1.0, fill_alpha=0,
                  cross=False):
    """A light fill (fill_alpha of 255), hatching (crossed when `cross`) and an outline: the layers below show through."""
    sym = QgsFillSymbol()
    sym.deleteSymbolLayer(0)
    base = QgsSimpleFillSymbolLayer()
    base.setColor(colour(hatch_color, fill_alpha))
    base.setStrokeStyle(Qt.PenStyle.NoPen)
    sym.appendSymbolLayer(base)
    sym.appendSymbolLayer(_hatch(hatch_color, angle, distance, line_width))
    if cross:
        sym.appendSymbolLayer(_hatch(hatch_color, angle + 90, distance, line_width))
    sym.appendSymbolLayer(_edge(color, outline_width))
    sym.setOpacity(opacity)
    return sym


def light_fill(color, alpha, outline=None, width=0.2, style=Qt.PenStyle.SolidLine):
    """A semi-transparent fill (alpha of 255) with an outline of its own colour (or `outline`)."""
    sym = QgsFillSymbol()
    sym.deleteSymbolLayer(0)
    base = QgsSimpleFillSymbolLayer()
    base.setColor(colour(color, alpha))
    base.setStrokeStyle(Qt.PenStyle.NoPen)
    sym.appendSymbolLayer(base)
    sym.appendSymbolLayer(_edge(outline or color, width, style))
    return sym


def outline(color, width, style=Qt.PenStyle.SolidLine):
    """An outline only."""
    sym = QgsFillSymbol()
    sym.deleteSymbolLayer(0)
    sym.appendSymbolLayer(_edge(color, width, style))
    return sym


def marker(color, size=3.2, shape=None, stroke="#ffffff"):
    """A point marker that stands out on any base map: a filled shape with a white rim."""
    layer = QgsSimpleMarkerSymbolLayer(shape or QgsSimpleMarkerSymbolLayerBase.Shape.Circle, size)
    layer.setSizeUnit(RENDER_MILLIMETERS)
    layer.setColor(QColor(color))
    layer.setStrokeColor(QColor(stroke))
    layer.setStrokeWidth(0.4)
    layer.setStrokeWidthUnit(RENDER_MILLIMETERS)
    sym = QgsMarkerSymbol()
    sym.deleteSymbolLayer(0)
    sym.appendSymbolLayer(layer)
    return sym
