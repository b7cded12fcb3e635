"""The `lantu` Processing provider."""
import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..translation import tr
from .apply_style import ApplyStyle
from .check_landuse import CheckLandUse
from .class_buffers import ClassBuffers
from .compare_layers import CompareLayers
from .consolidation_potential import ConsolidationPotential
from .control_line_overlaps import ControlLineOverlaps
from .farmland_contiguity import FarmlandContiguity
from .homestead_relocation import HomesteadRelocation
from .indicator_breakdown import IndicatorBreakdown
from .landuse_conflicts import LandUseConflicts
from .landuse_change import LandUseChange
from .landuse_structure import LandUseStructure
from .resolve_overlaps import ResolveOverlaps
from .road_control_lines import RoadControlLines
from .site_check import SiteCheck
from .slope_farmland import SlopeFarmland

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources")
ICON = os.path.join(RESOURCES, "icons", "lantu.svg")
MODELS = os.path.join(RESOURCES, "models")
ALGORITHMS = [LandUseStructure, CheckLandUse, ControlLineOverlaps, LandUseConflicts, ResolveOverlaps, RoadControlLines,
              ClassBuffers, SiteCheck, CompareLayers, SlopeFarmland, FarmlandContiguity, HomesteadRelocation,
              ConsolidationPotential, LandUseChange, IndicatorBreakdown, ApplyStyle]


class LantuModel(QgsProcessingModelAlgorithm):
    """A bundled graphical model, named and grouped in the interface's language."""

    def displayName(self):  # noqa: N802
        titles = {"bottomlinechecks": tr("Bottom-line checks (底线约束检查, model)")}
        return titles.get(self.name(), super().displayName())

    def group(self):
        from .base import GROUPS

        return GROUPS[self.groupId()]() if self.groupId() in GROUPS else super().group()


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
        # The graphical models chain the algorithms as design institutes do: lantu:<model name>.
        for path in sorted(glob.glob(os.path.join(MODELS, "*.model3"))):
            model = LantuModel()
            if model.fromFile(path):
                model.setSourceFilePath(path)
                self.addAlgorithm(model)
