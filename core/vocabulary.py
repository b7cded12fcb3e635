"""The indicator vocabulary: every indicator a plan's targets may name, in one table for every part of Lantu.

resources/tables/indicators.csv (or a planner's own CSV, load_vocabulary(path)) gives each indicator's id, its
name in a plan, the other wordings plans use (永久基本农田保护面积 for 永久基本农田面积, 城乡建设用地规模 for
城乡建设用地面积), its unit and default direction, whether it is one of the binding indicators a county plan hands
down, and how it is checked: by a column lantu:indicatorbreakdown computes (computed_by = <id>_ha), or by hand
(computed_by = by_hand: Lantu does not compute it, and the check shows the target for a person to judge). The
dock's targets page offers its names, core.targets completes imported rows from it, core.indicators.parse_targets
recognises targets by it, and the check and the report word them from it.

The computed indicators (INDICATORS) are the binding ones a township plan hands down to its village clusters
(seed 003 第六章): 永久基本农田面积, 耕地保有量, 城乡建设用地面积, 林地保有量, 湿地面积, and 生态保护红线面积.
Which land classes count for each is a class-set table (core.class_sets), not code.
"""
import os
import re
import unicodedata
from dataclasses import dataclass

from .tables import TABLES_DIR, TableError, flag, read_table

# (id, name as a plan's 规划指标分解表 heads it, class set it sums, or None for a control-line layer): what
# lantu:indicatorbreakdown computes, its output columns <id>_m2/_ha/_mu. The vocabulary names the same ids.
INDICATORS = [
    ("permanent_farmland", "永久基本农田面积", None),
    ("farmland", "耕地保有量", "耕地保有量"),
    ("urban_rural_land", "城乡建设用地面积", "城乡建设用地"),
    ("forest", "林地保有量", "林地保有量"),
    ("wetland", "湿地面积", "湿地"),
    ("eco_redline", "生态保护红线面积", None),
]
INDICATOR_IDS = [i for i, _, _ in INDICATORS]
VOCABULARY_TABLE = "indicators.csv"
BY_HAND = "by_hand"  # the computed_by of an indicator Lantu does not compute
_GE = {">=", "≥", "GE", "MIN", "不低于", "不少于", "不小于", "下限"}
_LE = {"<=", "≤", "LE", "MAX", "不高于", "不超过", "不大于", "上限"}
# "耕地保有量（公顷）", "耕地保有量(万亩)": a unit in brackets after the name, as table headings carry it
_UNIT_SUFFIX = re.compile(r"^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]\s*$")


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str  # as a plan names it
    aliases: tuple  # other wordings plans use
    unit: str  # the unit a target is stated in by default (公顷 for areas)
    at_least: bool  # the default direction: True a floor (≥), False a ceiling (≤)
    column: str  # the indicatorbreakdown column id it is computed as ('' = checked by hand)
    binding: bool  # one of the binding (约束性) indicators a county plan hands down
    source: str = ""
    note: str = ""

    @property
    def by_hand(self):
        return not self.column


def _key(text):
    """Text as names are compared: NFKC (full-width letters), no spaces, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or ""))).lower()


def split_unit(text):
    """(name, unit) of an indicator as a table may write it: "耕地保有量（万亩）" -> ("耕地保有量", "万亩")."""
    text = unicodedata.normalize("NFKC", str(text or "")).strip()
    found = _UNIT_SUFFIX.match(text)
    return (found.group(1).strip(), found.group(2)) if found and found.group(1).strip() else (text, "")


class Vocabulary:
    """The indicators, in table order, found by id, name or any alias (a unit in brackets is ignored)."""

    def __init__(self, indicators, source=None):
        self.indicators = list(indicators)
        self.source = source
        self._by_key = {}
        for indicator in self.indicators:
            for text in (indicator.id, indicator.name, *indicator.aliases):
                self._by_key.setdefault(_key(text), indicator)

    def __iter__(self):
        return iter(self.indicators)

    def __len__(self):
        return len(self.indicators)

    def find(self, text):
        """The indicator `text` names, or None."""
        return self._by_key.get(_key(text)) or self._by_key.get(_key(split_unit(text)[0]))

    def get(self, indicator_id):
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def binding(self):
        return [i for i in self.indicators if i.binding]


def direction(text):
    """True for a floor, False for a ceiling, None when `text` says neither."""
    text = (text or "").strip().upper()
    return True if text in _GE else False if text in _LE else None


def _read_vocabulary(path):
    indicators, claimed = [], {}
    for line, row in read_table(path, ("id", "name", "unit", "direction", "computed_by")):
        indicator_id, name = row["id"], row["name"]
        if not indicator_id or not name:
            raise TableError(path, "bad_indicator", line=line, detail=(indicator_id, name))
        column = row["computed_by"]
        column = "" if column.lower() == BY_HAND else column[:-3] if column.endswith("_ha") else column
        if column and column not in INDICATOR_IDS:
            raise TableError(path, "unknown_column", line=line, detail=row["computed_by"])
        at_least = direction(row["direction"])
        if at_least is None:
            raise TableError(path, "bad_direction", line=line, detail=row["direction"])
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        for text in (indicator_id, name, *aliases):  # a wording that names two indicators would pick one silently
            if claimed.setdefault(_key(text), indicator_id) != indicator_id:
                raise TableError(path, "duplicate_name", line=line, detail=text)
        indicators.append(Indicator(indicator_id, name, aliases, row["unit"], at_least, column,
                                    flag(path, line, row, "binding", default=False), row.get("source", ""),
                                    row.get("note", "")))
    return Vocabulary(indicators, path)


_BUILTIN = {}


def load_vocabulary(path=None):
    """The indicator vocabulary: the planner's CSV at `path`, or resources/tables/indicators.csv (read once).

    Raises TableError(unreadable | missing_columns | bad_indicator | unknown_column | bad_direction |
    duplicate_name | bad_flag)."""
    if path:
        return _read_vocabulary(path)
    if "table" not in _BUILTIN:
        _BUILTIN["table"] = _read_vocabulary(os.path.join(TABLES_DIR, VOCABULARY_TABLE))
    return _BUILTIN["table"]
