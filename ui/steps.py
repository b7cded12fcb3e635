"""The five steps of a 片区 plan as data: which algorithms each runs and how each parameter is filled.

A parameter is filled from a layer role (Role), a field of a role's layer (Field: the planner's choice on the
Layers page, else guessed from the standard names of core.roles.ROLE_FIELDS), the planning zones (Zones: a zones
layer, else the planned land use when it carries a zone code), a plan setting (Setting), a fixed value, or the
targets table (Targets). Destinations (sinks, files) are filled by the runner. Only parameters the algorithm declares are passed, so an
algorithm that lands later with an extra optional parameter still runs; an algorithm id the
registry does not know is shown as "not available in this version" and skipped.
"""
from dataclasses import dataclass

from ..core import roles as core_roles
from ..processing_provider.algorithms import (
    CheckLandUse,
    FarmlandContiguity,
    HomesteadRelocation,
    IndicatorBreakdown,
    LandUseChange,
    LandUseConflicts,
    LandUseStructure,
    RoadControlLines,
    SlopeFarmland,
)
from ..processing_provider.bridge import LantuAlgorithm, codes, control_lines
from ..translation import tr


@dataclass(frozen=True)
class Role:
    role: str
    required: bool = True


@dataclass(frozen=True)
class Field:
    role: str
    kind: str  # a field kind of core.roles.ROLE_FIELDS[role]: code, area, name …


@dataclass(frozen=True)
class Zones:
    """The planning zones: the planning-zones role when set, else the planned land use when it has a zone-code field
    (GHFQDM); field=True gives that layer's zone-code field instead of the layer."""
    field: bool = False


@dataclass(frozen=True)
class Setting:
    key: str
    default: object = None


@dataclass(frozen=True)
class RequiredFields:
    """The current land use's required fields: the Layers page's list, else the standard ones the layer has."""


@dataclass(frozen=True)
class Targets:
    """The targets page, written to a CSV under core.targets' column names for TARGETS."""


@dataclass(frozen=True)
class Run:
    algorithm: str
    parameters: dict
    table: str = ""  # the output shown as the page's summary table
    check: str = ""  # an output holding a target check (indicator, scope, status), shown as its own table


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    tab: str  # the short name on the dock's tab (and where the Layers page names the step)
    runs: tuple = ()
    help: str = ""


CURRENT, PLANNED = Role("current_landuse"), Role("planned_landuse")
CURRENT_CODE, PLANNED_CODE = Field("current_landuse", core_roles.CODE), Field("planned_landuse", core_roles.CODE)
LINES = {control_lines.PERMANENT_FARMLAND: Role("permanent_farmland", False), control_lines.ECO_REDLINE: Role("eco_redline", False),
         control_lines.URBAN_BOUNDARY: Role("urban_boundary", False)}
AUTO = 0  # CLASSIFICATION: auto-detect, stated in the log
AREA = Setting("area_method", 0)  # planar (0) or ellipsoidal (1), chosen on the Layers page


CURRENT_LAND = {codes.LANDUSE: CURRENT, codes.CODE_FIELD: CURRENT_CODE, codes.CLASSIFICATION: AUTO, LantuAlgorithm.AREA_METHOD: AREA}
PLANNED_LAND = {codes.LANDUSE: PLANNED, codes.CODE_FIELD: PLANNED_CODE, codes.CLASSIFICATION: AUTO, LantuAlgorithm.AREA_METHOD: AREA}


def steps():
    """The steps, titles in the planner's language (built at call time, after the translator)."""
    structure, change, breakdown = LandUseStructure, LandUseChange, IndicatorBreakdown
    roads, homesteads, quality = RoadControlLines, HomesteadRelocation, CheckLandUse
    return (
        Step("status", tr("1 现状研判 Current state"), tr("Current"), (
            # the structure table is the page's table; the quality findings come as a layer and a light
            Run("lantu:checklanduse", {**CURRENT_LAND, quality.BOUNDARY: Role("township", False),
                                       quality.AREA_FIELD: Field("current_landuse", core_roles.AREA),
                                       quality.REQUIRED_FIELDS: RequiredFields()}),
            Run("lantu:landusestructure", {**CURRENT_LAND, structure.LEVEL: 1, structure.ZONES: Role("township", False),
                                           structure.ZONE_FIELD: Field("township", core_roles.NAME)}, table=structure.OUTPUT),
        ), tr("Data quality of the current land use and its land-use structure per township.")),
        Step("targets", tr("2 目标定位 Targets"), tr("Targets"), (),
             tr("The binding indicators handed down by the county plan, typed here or imported from CSV.")),
        Step("bottomlines", tr("3 底线约束 Bottom lines"), tr("Lines"), (
            Run("lantu:controllineoverlaps", {**LINES, LantuAlgorithm.AREA_METHOD: AREA}),
            Run("lantu:landuseconflicts", {**PLANNED_LAND, **LINES, LandUseConflicts.ZONES: Zones(), LandUseConflicts.ZONE_FIELD: Zones(field=True)},
                table=LandUseConflicts.SUMMARY),
        ), tr("The three control lines must not overlap; the planned land use must not break them.")),
        Step("quality", tr("4 提质增效 Quality"), tr("Quality"), (
            Run("lantu:roadcontrollines", {roads.ROADS: Role("roads"), roads.GRADE_FIELD: Field("roads", core_roles.GRADE),
                                           roads.ROUTE_FIELD: Field("roads", core_roles.ROUTE),
                                           roads.WIDTH_FIELD: Field("roads", core_roles.WIDTH),
                                           # encroachment is construction land (the algorithm's default classes)
                                           roads.CHECK_LAYER: Role("planned_landuse", False), roads.CHECK_CODE_FIELD: PLANNED_CODE}),
            Run("lantu:farmlandcontiguity", {**CURRENT_LAND, FarmlandContiguity.COMPARE_LANDUSE: Role("planned_landuse", False)}),
            Run("lantu:homesteadrelocation", {**CURRENT_LAND, homesteads.ROADS: Role("roads", False),
                                              homesteads.VILLAGES: Role("villages", False),
                                              homesteads.VILLAGE_FIELD: Field("villages", core_roles.NAME),
                                              homesteads.POPULATION_FIELD: Field("villages", core_roles.POPULATION),
                                              homesteads.CONSTRAINTS: Role("eco_redline", False)}, table=homesteads.SUMMARY),
            Run("lantu:slopefarmland", {**CURRENT_LAND, SlopeFarmland.DEM: Role("dem", False)}),
        ), tr("Road control lines, farmland contiguity, homestead relocation and steep farmland.")),
        Step("delivery", tr("5 保障落实 Delivery"), tr("Delivery"), (
            Run("lantu:landusechange", {change.CURRENT: CURRENT, change.CURRENT_CODE_FIELD: CURRENT_CODE, change.PLANNED: PLANNED,
                                        change.PLANNED_CODE_FIELD: PLANNED_CODE, change.AREA_METHOD: AREA}, table=change.OUTPUT),
            Run("lantu:indicatorbreakdown", {breakdown.CLUSTERS: Role("village_clusters"),
                                             breakdown.NAME_FIELD: Field("village_clusters", core_roles.NAME),
                                             breakdown.PLANNED: PLANNED, breakdown.PLANNED_CODE_FIELD: PLANNED_CODE,
                                             breakdown.PERMANENT_FARMLAND: Role("permanent_farmland"),
                                             breakdown.ECO_REDLINE: Role("eco_redline", False), breakdown.TARGETS: Targets()},
                check=breakdown.CHECK),
        ), tr("The structure change, the transfer matrix and the indicator breakdown per village cluster, "
              "checked against the targets.")),
    )


def step(key):
    return next(s for s in steps() if s.key == key)


def roles_used(step):
    """{role key: True when some algorithm of the step cannot run without it, False when it is optional}."""
    used = {}
    for run in step.runs:
        for spec in run.parameters.values():
            if isinstance(spec, Role):
                used[spec.role] = used.get(spec.role, False) or spec.required
            elif isinstance(spec, Field):
                used.setdefault(spec.role, False)
            elif isinstance(spec, Zones):
                used.setdefault("planning_zones", False)
    return used
