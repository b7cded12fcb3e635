"""The algorithms of the `lantu` provider, one module each; the provider registers them in this order."""
from .apply_style import ApplyStyle
from .check_database import CheckDatabase
from .check_landuse import CheckLandUse
from .class_buffers import ClassBuffers
from .compare_layers import CompareLayers
from .consolidation_potential import ConsolidationPotential
from .control_line_overlaps import ControlLineOverlaps
from .convert_base import ConvertBase
from .export_database import ExportDatabase
from .farmland_contiguity import FarmlandContiguity
from .homestead_relocation import HomesteadRelocation
from .indicator_breakdown import IndicatorBreakdown
from .landuse_change import LandUseChange
from .landuse_conflicts import LandUseConflicts
from .landuse_structure import LandUseStructure
from .life_circle import LifeCircle
from .resolve_overlaps import ResolveOverlaps
from .road_control_lines import RoadControlLines
from .site_check import SiteCheck
from .site_selection import SiteSelection
from .slope_farmland import SlopeFarmland

ALGORITHMS = [LandUseStructure, CheckLandUse, ControlLineOverlaps, LandUseConflicts, ResolveOverlaps, RoadControlLines,
              ClassBuffers, SiteCheck, SiteSelection, CompareLayers, SlopeFarmland, FarmlandContiguity, HomesteadRelocation,
              LifeCircle, ConsolidationPotential, LandUseChange, IndicatorBreakdown, ApplyStyle, ConvertBase, CheckDatabase,
              ExportDatabase]
