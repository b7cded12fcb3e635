"""Land classifications: the 三调 DLBM and 用地用海 2023 code tables, their classes and hierarchy.

Lookups are table-driven: resources/tables/ydyh2023_codes.csv and sandiao_dlbm.csv, and a planner may
give a CSV file of their own instead of either. Which classification a layer holds is
core.classification_detection's job; the 三调 -> 用地用海 conversion is core.sandiao_to_ydyh's.
Class sets such as 建设用地 or 城乡建设用地 live in their own tables, not here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from .land_codes import clean_text, distinct_codes, normalise_code, object_array
from .tables import TABLES_DIR, TableError, flag, read_table

YDYH = "ydyh2023"
SANDIAO = "sandiao"
CLASSIFICATION_IDS = (YDYH, SANDIAO)

BUILTIN_TABLES = {YDYH: "ydyh2023_codes.csv", SANDIAO: "sandiao_dlbm.csv"}


@dataclass(frozen=True)
class ClassEntry:
    """One land class of a classification table."""

    code: str
    name: str
    level: int
    parent: str | None
    confirmed: bool


class Classification:
    """The land classes of one classification, with their hierarchy.

    Lookups accept raw values (101, "0201k") and normalise them. For 三调 the eight wetland codes
    sit under 00 湿地 (as 三调 statistics group them) and A/K codes sit under their base code at
    level 3. CZCSXM values (201 城市 …) mark 城镇村 areas rather than land classes, so they are kept
    apart: only czcsxm_name() knows them.
    """

    def __init__(self, classification_id, entries, czcsxm_names=None, source=None):
        self.id = classification_id
        self.source = source
        self._entries = {entry.code: entry for entry in entries}
        self._czcsxm_names = dict(czcsxm_names or {})
        # The code at each level above (and including) every code, computed once.
        self._lineage = {}
        for code, entry in self._entries.items():
            lineage = {}
            while entry is not None:
                lineage[entry.level] = entry.code
                entry = self._entries.get(entry.parent)
            self._lineage[code] = lineage

    @classmethod
    def from_csv(cls, path, classification_id):
        """Read a table with at least the columns code, name, level, parent.

        Optional columns: confirmed (yes/no; a table without it counts as confirmed) and field
        (rows with field = CZCSXM are 城镇村属性码, not land classes).
        """
        entries = {}
        czcsxm_names = {}
        for line, row in read_table(path, ("code", "name", "level", "parent")):
            if row.get("field", "").upper() == "CZCSXM":
                czcsxm_names[clean_text(row["code"])] = row["name"]
                continue
            code = normalise_code(row["code"])
            if code is None:
                raise TableError(path, "bad_code", line=line, detail=row["code"])
            if code in entries:
                raise TableError(path, "duplicate_code", line=line, detail=code)
            try:
                level = int(row["level"])
            except ValueError:
                level = 0
            if level < 1:
                raise TableError(path, "bad_level", line=line, detail=row["level"])
            parent = normalise_code(row["parent"])
            if level > 1 and parent is None:
                raise TableError(path, "missing_parent", line=line, detail=code)
            confirmed = flag(path, line, row, "confirmed", default=True)
            entries[code] = (line, ClassEntry(code, row["name"], level, parent, confirmed))
        for line, entry in entries.values():
            if entry.parent is None:
                continue
            if entry.parent not in entries:
                raise TableError(path, "unknown_parent", line=line, detail=(entry.code, entry.parent))
            # Parents sit on a higher level, which also rules out cycles.
            if entries[entry.parent][1].level >= entry.level:
                raise TableError(path, "bad_parent_level", line=line, detail=(entry.code, entry.parent))
        return cls(classification_id, [entry for _, entry in entries.values()], czcsxm_names, path)

    def __len__(self):
        return len(self._entries)

    def __contains__(self, code):
        return self.is_known(code)

    def entry(self, code):
        """The ClassEntry of a code, or None."""
        return self._entries.get(normalise_code(code))

    def is_known(self, code):
        return normalise_code(code) in self._entries

    def name(self, code):
        entry = self.entry(code)
        return entry.name if entry else None

    def level(self, code):
        entry = self.entry(code)
        return entry.level if entry else None

    def parent(self, code):
        entry = self.entry(code)
        return entry.parent if entry else None

    def confirmed(self, code):
        """Whether the table's sources agree on this row; None for an unknown code."""
        entry = self.entry(code)
        return entry.confirmed if entry else None

    def ancestor(self, code, level):
        """The code at `level` that contains `code` (the code itself at its own level).

        None when the code is unknown or has no class at that level (it is coarser than `level`).
        """
        return self._lineage.get(normalise_code(code), {}).get(level)

    def codes(self):
        """All land-class codes, in table order."""
        return list(self._entries)

    def codes_at_level(self, level):
        return [code for code, entry in self._entries.items() if entry.level == level]

    def czcsxm_codes(self):
        return list(self._czcsxm_names)

    def czcsxm_name(self, value):
        """Name of a CZCSXM value (201 城市, 203A 村庄独立工业用地 …), or None.

        CZCSXM values are three digits, so they are not padded like land-class codes.
        """
        return self._czcsxm_names.get(clean_text(value))


_builtin_classifications = {}


def load_classification(classification_id, path=None):
    """A Classification: the built-in table for YDYH or SANDIAO, or the user's CSV at `path`.

    Built-in tables are read once per session; a user file is read on every call, so edits to it
    take effect.
    """
    if path:
        return Classification.from_csv(path, classification_id)
    if classification_id not in BUILTIN_TABLES:
        raise ValueError(f"unknown classification id: {classification_id!r}")
    if classification_id not in _builtin_classifications:
        table = os.path.join(TABLES_DIR, BUILTIN_TABLES[classification_id])
        _builtin_classifications[classification_id] = Classification.from_csv(table, classification_id)
    return _builtin_classifications[classification_id]


def reclassify(codes, classification, level, keep_coarser=True):
    """The code at `level` for each code of an array (object array, same shape).

    Unknown codes give None. A known code coarser than `level` stays as it is when keep_coarser
    is true: 三调 09 特殊用地 has no 二级 class and is its own row in 二级 tables; with
    keep_coarser=False it gives None, like ancestor().
    """
    distinct, inverse, shape = distinct_codes(codes)
    targets = []
    for code in distinct:
        target = classification.ancestor(code, level)
        if target is None and keep_coarser and code is not None:
            code_level = classification.level(code)
            if code_level is not None and code_level < level:
                target = code
        targets.append(target)
    return object_array(targets)[inverse].reshape(shape)
