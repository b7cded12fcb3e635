"""The `lantu` Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..translation import tr
from .indicator_breakdown import IndicatorBreakdown
from .landuse_change import LandUseChange
from .landuse_structure import LandUseStructure

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "lantu.svg")
ALGORITHMS = [LandUseStructure, LandUseChange, IndicatorBreakdown]


class LantuProvider(QgsProcessingProvider):
    def id(self):
        return "lantu"

    def name(self):
        return tr("Lantu 蓝图")

    def longName(self):  # noqa: N802
        return tr("Lantu 蓝图 — township territorial spatial planning")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):  # noqa: N802
        return ICON

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
