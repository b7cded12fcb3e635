"""The five steps of a 片区 plan as data: which algorithms each runs and how each parameter is filled.

A parameter is filled from a layer role (Role), a field of a role's layer (Field: the planner's choice on the
Layers page, else guessed from the standard names of core.roles.ROLE_FIELDS), the planning zones (Zones: a zones
layer, else the planned land use when it carries a zone code), a plan setting (Setting), a fixed value, or the
targets table (Targets), the layers of several roles (RoleLayers) or an output of an earlier run of the step
(OutputOf). Destinations (sinks, files) are filled by the runner. Only parameters the algorithm declares are passed, so an
algorithm that lands later with an extra optional parameter still runs; an algorithm id the
registry does not know is shown as "not available in this version" and skipped.
"""
from dataclasses import dataclass

from ..core import roles as core_roles
from ..processing_provider.algorithms import (
    CheckDatabase,
    CheckLandUse,
    ExportDatabase,
    FarmlandContiguity,
    HomesteadRelocation,
    IndicatorBreakdown,
    LandUseChange,
    LandUseConflicts,
    LandUseStructure,
    LifeCircle,
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
class RoleLayers:
    """The layers the plan has for these roles, as a list (a multiple-layers parameter); roles not set are left out."""
    roles: tuple


@dataclass(frozen=True)
class OutputOf:
    """An output of an earlier run of the same step (its file in the step's staging folder)."""
    algorithm: str
    name: str


@dataclass(frozen=True)
class Targets:
    """The targets page, written to a CSV under core.targets' column names for TARGETS."""


@dataclass(frozen=True)
class Run:
    algorithm: str
    parameters: dict
    table: str = ""  # the output shown as the page's summary table
    check: str = ""  # an output holding a target check (indicator, scope, status), shown as its own table
    # roles without which the run is left out quietly (an optional analysis, not a missing layer); its other roles
    # then count as optional on the Layers page
    when: tuple = ()
    when_setting: str = ""  # a plan setting that must be on for the run (成果入库: the planner asks for it)


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


# 成果入库: the plan's layers that go into the database (the mapping, guessed from their names, says where), the
# template and schema the planner chose, and the setting that turns it on
DATABASE_ROLES = ("current_landuse", "planned_landuse", "township", "permanent_farmland", "eco_redline", "urban_boundary")
DATABASE_SWITCH = "database_export"
# settings that name a file: a relative path is taken from the project's folder (the demo ships its own)
FILE_SETTINGS = ("life_circle_radii", "database_template", "database_schema", "database_mapping")
DATABASE_SCHEMA = {ExportDatabase.TEMPLATE: Setting("database_template", ""), ExportDatabase.SCHEMA: Setting("database_schema", "")}


def steps():
    """The steps, titles in the planner's language (built at call time, after the translator)."""
    structure, change, breakdown = LandUseStructure, LandUseChange, IndicatorBreakdown
    roads, homesteads, quality, life = RoadControlLines, HomesteadRelocation, CheckLandUse, LifeCircle
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
            # 镇村生活圈, when the plan has a facilities layer: coverage per type (a second table) and the gaps
            Run("lantu:lifecircle", {life.FACILITIES: Role("facilities"), life.TYPE_FIELD: Field("facilities", core_roles.FACILITY_TYPE),
                                     life.SETTLEMENTS: Role("settlements"),
                                     life.POPULATION_FIELD: Field("settlements", core_roles.POPULATION),
                                     life.ROADS: Role("roads"), life.RADII: Setting("life_circle_radii", "")},
                table=life.SUMMARY, when=("facilities",)),
        ), tr("Road control lines, farmland contiguity, homestead relocation, steep farmland and, with a facilities "
              "layer, the 镇村生活圈 coverage.")),
        Step("delivery", tr("5 保障落实 Delivery"), tr("Delivery"), (
            Run("lantu:landusechange", {change.CURRENT: CURRENT, change.CURRENT_CODE_FIELD: CURRENT_CODE, change.PLANNED: PLANNED,
                                        change.PLANNED_CODE_FIELD: PLANNED_CODE, change.AREA_METHOD: AREA}, table=change.OUTPUT),
            Run("lantu:indicatorbreakdown", {breakdown.CLUSTERS: Role("village_clusters"),
                                             breakdown.NAME_FIELD: Field("village_clusters", core_roles.NAME),
                                             breakdown.PLANNED: PLANNED, breakdown.PLANNED_CODE_FIELD: PLANNED_CODE,
                                             breakdown.PERMANENT_FARMLAND: Role("permanent_farmland"),
                                             breakdown.ECO_REDLINE: Role("eco_redline", False), breakdown.TARGETS: Targets()},
                check=breakdown.CHECK),
            # 成果入库 and 质检, when the planner asks for them on the page: the plan's layers into the province's
            # template, then the database written checked against it (findings, and the summary per check)
            Run("lantu:exportdatabase", {ExportDatabase.LAYERS: RoleLayers(DATABASE_ROLES), **DATABASE_SCHEMA,
                                         ExportDatabase.MAPPING: Setting("database_mapping", ""),
                                         ExportDatabase.XZQDM: Setting("database_xzqdm", ""),
                                         ExportDatabase.XZQMC: Setting("database_xzqmc", ""),
                                         LantuAlgorithm.AREA_METHOD: AREA}, when_setting=DATABASE_SWITCH),
            Run("lantu:checkdatabase", {CheckDatabase.DATABASE: OutputOf("lantu:exportdatabase", ExportDatabase.OUTPUT_DATABASE),
                                        **DATABASE_SCHEMA, CheckDatabase.XZQDM: Setting("database_xzqdm", ""),
                                        LantuAlgorithm.AREA_METHOD: AREA},
                table=CheckDatabase.SUMMARY, when_setting=DATABASE_SWITCH),
        ), tr("The structure change, the transfer matrix and the indicator breakdown per village cluster, "
              "checked against the targets; on request, the plan database filled in the province's template and "
              "checked (成果入库, 质检).")),
    )


def step(key):
    return next(s for s in steps() if s.key == key)


def roles_used(step):
    """{role key: True when some algorithm of the step cannot run without it, False when it is optional}."""
    used = {}
    for run in step.runs:
        for spec in run.parameters.values():
            if isinstance(spec, Role):
                used[spec.role] = used.get(spec.role, False) or (spec.required and not run.when)
            elif isinstance(spec, Field):
                used.setdefault(spec.role, False)
            elif isinstance(spec, Zones):
                used.setdefault("planning_zones", False)
    return used
