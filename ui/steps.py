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
class Targets:
    """The targets page, written to a CSV under core.targets' column names for TARGETS."""


@dataclass(frozen=True)
class Run:
    algorithm: str
    parameters: dict
    table: str = ""  # the output shown as the page's summary table


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    tab: str  # the short name on the dock's tab (and where the Layers page names the step)
    runs: tuple = ()
    help: str = ""


CURRENT, PLANNED = Role("current_landuse"), Role("planned_landuse")
CURRENT_CODE, PLANNED_CODE = Field("current_landuse", core_roles.CODE), Field("planned_landuse", core_roles.CODE)
LINES = {"PERMANENT_FARMLAND": Role("permanent_farmland", False), "ECO_REDLINE": Role("eco_redline", False),
         "URBAN_BOUNDARY": Role("urban_boundary", False)}
AUTO = 0  # CLASSIFICATION: auto-detect, stated in the log
AREA = Setting("area_method", 0)  # planar (0) or ellipsoidal (1), chosen on the Layers page


CURRENT_LAND = {"LANDUSE": CURRENT, "CODE_FIELD": CURRENT_CODE, "CLASSIFICATION": AUTO, "AREA_METHOD": AREA}
PLANNED_LAND = {"LANDUSE": PLANNED, "CODE_FIELD": PLANNED_CODE, "CLASSIFICATION": AUTO, "AREA_METHOD": AREA}


def steps():
    """The steps, titles in the planner's language (built at call time, after the translator)."""
    return (
        Step("status", tr("1 现状研判 Current state"), tr("Current"), (
            # the structure table is the page's table; the quality findings come as a layer and a light
            Run("lantu:checklanduse", {**CURRENT_LAND, "BOUNDARY": Role("township", False),
                                       "AREA_FIELD": Field("current_landuse", core_roles.AREA),
                                       "REQUIRED_FIELDS": Setting("required_fields", "")}),
            Run("lantu:landusestructure", {**CURRENT_LAND, "LEVEL": 1, "ZONES": Role("township", False),
                                           "ZONE_FIELD": Field("township", core_roles.NAME)}, table="OUTPUT"),
        ), tr("Data quality of the current land use and its land-use structure per township.")),
        Step("targets", tr("2 目标定位 Targets"), tr("Targets"), (),
             tr("The binding indicators handed down by the county plan, typed here or imported from CSV.")),
        Step("bottomlines", tr("3 底线约束 Bottom lines"), tr("Lines"), (
            Run("lantu:controllineoverlaps", {**LINES, "AREA_METHOD": AREA}),
            Run("lantu:landuseconflicts", {**PLANNED_LAND, **LINES, "ZONES": Zones(), "ZONE_FIELD": Zones(field=True)},
                table="SUMMARY"),
        ), tr("The three control lines must not overlap; the planned land use must not break them.")),
        Step("quality", tr("4 提质增效 Quality"), tr("Quality"), (
            Run("lantu:roadcontrollines", {"ROADS": Role("roads"), "GRADE_FIELD": Field("roads", core_roles.GRADE),
                                           "ROUTE_FIELD": Field("roads", core_roles.ROUTE),
                                           "WIDTH_FIELD": Field("roads", core_roles.WIDTH),
                                           "CHECK_LAYER": Role("planned_landuse", False)}),
            Run("lantu:farmlandcontiguity", {**CURRENT_LAND, "COMPARE_LANDUSE": Role("planned_landuse", False)}),
            Run("lantu:homesteadrelocation", {**CURRENT_LAND, "ROADS": Role("roads", False),
                                              "VILLAGES": Role("villages", False),
                                              "VILLAGE_FIELD": Field("villages", core_roles.NAME),
                                              "POPULATION_FIELD": Field("villages", core_roles.POPULATION),
                                              "CONSTRAINTS": Role("eco_redline", False)}, table="SUMMARY"),
            Run("lantu:slopefarmland", {**CURRENT_LAND, "DEM": Role("dem", False)}),
        ), tr("Road control lines, farmland contiguity, homestead relocation and steep farmland.")),
        Step("delivery", tr("5 保障落实 Delivery"), tr("Delivery"), (
            Run("lantu:landusechange", {"CURRENT": CURRENT, "CURRENT_CODE_FIELD": CURRENT_CODE, "PLANNED": PLANNED,
                                        "PLANNED_CODE_FIELD": PLANNED_CODE, "AREA_METHOD": AREA}, table="OUTPUT"),
            Run("lantu:indicatorbreakdown", {"CLUSTERS": Role("village_clusters"),
                                             "NAME_FIELD": Field("village_clusters", core_roles.NAME),
                                             "PLANNED": PLANNED, "PLANNED_CODE_FIELD": PLANNED_CODE,
                                             "PERMANENT_FARMLAND": Role("permanent_farmland"),
                                             "ECO_REDLINE": Role("eco_redline", False), "TARGETS": Targets()},
                table="CHECK"),
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
