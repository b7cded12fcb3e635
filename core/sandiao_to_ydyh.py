"""The base conversion of 三调 DLBM codes to 用地用海 2023 classes (resources/tables/sandiao_to_ydyh.csv,
or a planner's own table in its place). One-to-many rows are flagged, never guessed."""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from .classification import SANDIAO, YDYH, load_classification
from .land_codes import distinct_codes, normalise_code, normalise_codes, object_array
from .tables import TABLES_DIR, TableError, flag, read_table

SANDIAO_TO_YDYH_TABLE = "sandiao_to_ydyh.csv"
_SPLIT_LEVELS = {"": None, "二级": 2, "2": 2, "三级": 3, "3": 3}


@dataclass(frozen=True)
class YdyhTarget:
    """The 用地用海 class of one 三调 DLBM at one level.

    When `decided` is false the row is one-to-many at the requested level: `code` is then the
    level-1 class, and the planner must choose among `candidates` (empty: any class under `code`).
    `needs_split` and `split_level` (2 or 3, or None) repeat the table's flags for the row.
    """

    dlbm: str
    level: int
    code: str
    name: str
    decided: bool
    needs_split: bool
    split_level: int | None
    candidates: tuple
    confirmed: bool


@dataclass(frozen=True)
class _ConversionRow:
    dlbm: str
    level1_code: str
    level2_code: str | None  # None when the row is not one-to-one at level 2
    needs_split: bool
    split_level: int | None
    candidates: tuple
    confirmed: bool


class SandiaoToYdyh:
    """The base conversion of 三调 DLBM codes to 用地用海 2023 classes (sandiao_to_ydyh.csv).

    One-to-many rows are flagged, never guessed: at level 1 every row has its class; at level 2
    a row whose split is at 二级 is undecided, a row whose split is at 三级 is decided.
    """

    REQUIRED_COLUMNS = ("dlbm", "ydyh_code", "ydyh_level1_code")

    def __init__(self, rows, ydyh, source=None):
        self.source = source
        self.ydyh = ydyh
        self._rows = {row.dlbm: row for row in rows}

    @classmethod
    def from_csv(cls, path, ydyh=None):
        """Read a conversion table; targets are checked against `ydyh` (default: built-in table).

        Required columns: dlbm, ydyh_code, ydyh_level1_code. Optional: needs_split (yes/no),
        split_level (二级/三级 or 2/3), split_candidates (codes separated by |), confirmed (yes/no).
        """
        ydyh = ydyh or load_classification(YDYH)
        rows = {}
        for line, row in read_table(path, cls.REQUIRED_COLUMNS):
            dlbm = normalise_code(row["dlbm"])
            if dlbm is None:
                raise TableError(path, "bad_code", line=line, detail=row["dlbm"])
            if dlbm in rows:
                raise TableError(path, "duplicate_code", line=line, detail=dlbm)
            target = normalise_code(row["ydyh_code"])
            level1 = normalise_code(row["ydyh_level1_code"])
            split_candidates = row.get("split_candidates", "").split("|")
            candidates = tuple(normalise_code(c) for c in split_candidates if c.strip())
            for code in (target, level1) + candidates:
                if code is not None and not ydyh.is_known(code):
                    raise TableError(path, "unknown_target", line=line, detail=(dlbm, code))
            if level1 is None or ydyh.level(level1) != 1:
                raise TableError(path, "inconsistent_level1", line=line, detail=(dlbm, level1))
            if target is not None and ydyh.ancestor(target, 1) != level1:
                raise TableError(path, "inconsistent_level1", line=line, detail=(dlbm, target, level1))
            split_text = row.get("split_level", "")
            if split_text not in _SPLIT_LEVELS:
                raise TableError(path, "bad_split_level", line=line, detail=split_text)
            needs_split = flag(path, line, row, "needs_split", default=False)
            split_level = _SPLIT_LEVELS[split_text]
            # A 二级 split leaves level 2 open; a target given only at level 1 (05H1 -> 09) too.
            level2 = ydyh.ancestor(target, 2) if target else None
            if needs_split and split_level == 2:
                level2 = None
            rows[dlbm] = _ConversionRow(
                dlbm,
                level1,
                level2,
                needs_split,
                split_level,
                candidates,
                flag(path, line, row, "confirmed", default=True),
            )
        return cls(rows.values(), ydyh, path)

    def dlbm_codes(self):
        return list(self._rows)

    def map(self, dlbm, level):
        """The YdyhTarget of a DLBM code at 用地用海 level 1 or 2; None for an unknown code."""
        if level not in (1, 2):
            raise ValueError(f"level must be 1 or 2, not {level!r}")
        row = self._rows.get(normalise_code(dlbm))
        if row is None:
            return None
        decided = level == 1 or row.level2_code is not None
        code = row.level2_code if level == 2 and decided else row.level1_code
        return YdyhTarget(
            dlbm=row.dlbm,
            level=level,
            code=code,
            name=self.ydyh.name(code),
            decided=decided,
            needs_split=row.needs_split,
            split_level=row.split_level,
            candidates=row.candidates,
            confirmed=row.confirmed,
        )

    def map_codes(self, codes, level):
        """(target codes, decided mask) for an array of DLBM codes; unknown codes give (None, False)."""
        distinct, inverse, shape = distinct_codes(codes)
        results = [self.map(code, level) for code in distinct]
        targets = object_array([r.code if r else None for r in results])
        decided = np.array([bool(r and r.decided) for r in results], dtype=bool)
        return targets[inverse].reshape(shape), decided[inverse].reshape(shape)


_builtin_conversion = []


def load_sandiao_to_ydyh(path=None, ydyh=None):
    """The 三调 -> 用地用海 conversion: the built-in table (read once) or the user's CSV at `path`."""
    if path or ydyh is not None:
        return SandiaoToYdyh.from_csv(path or os.path.join(TABLES_DIR, SANDIAO_TO_YDYH_TABLE), ydyh)
    if not _builtin_conversion:
        _builtin_conversion.append(SandiaoToYdyh.from_csv(os.path.join(TABLES_DIR, SANDIAO_TO_YDYH_TABLE)))
    return _builtin_conversion[0]


def finest_ydyh_codes(values, scheme_id):
    """The most detailed 用地用海 class known for each feature, for class sets (None where unknown).

    用地用海 codes stay as they are; 三调 codes go through the conversion at 二级 (一级 where it splits).
    """
    normalised = normalise_codes(values)
    if scheme_id == SANDIAO:
        target, _ = load_sandiao_to_ydyh().map_codes(normalised, 2)
        return target
    table = load_classification(YDYH)
    text = np.array(["" if c is None else c for c in normalised], dtype=object)
    distinct, inverse = np.unique(text, return_inverse=True)
    known = np.array([c if c and table.is_known(c) else None for c in distinct] + [None], dtype=object)[:-1]
    return known[inverse]
