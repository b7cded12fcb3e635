"""Land classifications: 三调 DLBM and 用地用海 2023 codes, read from the CSV tables.

A code is normalised text ("0101", "05H1", "060101"); None stands for a missing code. Lookups are
table-driven: resources/tables/ydyh2023_codes.csv, sandiao_dlbm.csv and sandiao_to_ydyh.csv, and
a planner may give a CSV file of their own instead of any of them.

Nothing here formats messages: problems are raised as TableError with a `problem` code, and
detection returns its evidence as (key, value) pairs for the QGIS side to word and translate.
Class sets such as 建设用地 or 城乡建设用地 live in their own tables, not here.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

YDYH = "ydyh2023"
SANDIAO = "sandiao"
CLASSIFICATION_IDS = (YDYH, SANDIAO)

TABLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "tables")
BUILTIN_TABLES = {YDYH: "ydyh2023_codes.csv", SANDIAO: "sandiao_dlbm.csv"}
SANDIAO_TO_YDYH_TABLE = "sandiao_to_ydyh.csv"

# Field names that say which classification a code column holds. Only a hint: codes decide first.
FIELD_NAME_HINTS = {
    "DLBM": SANDIAO,
    "KCDLBM": SANDIAO,
    "YDYHFLDM": YDYH,
    "GHDLBM": YDYH,
    "YDYHDM": YDYH,
}

# Text that stands for "no value" in exported tables and in str() of QGIS's NULL.
_NULL_TEXT = frozenset({"", "NULL", "<NULL>", "NONE", "NAN", "NA", "N/A"})
_INTEGRAL_DECIMAL = re.compile(r"^([0-9]+)\.0*$")
_YES = frozenset({"YES", "Y", "TRUE", "T", "1", "是"})
_NO = frozenset({"NO", "N", "FALSE", "F", "0", "否", ""})
_SPLIT_LEVELS = {"": None, "二级": 2, "2": 2, "三级": 3, "3": 3}

# Detection: how large a share of the rows with one-table-only codes must agree before a
# mixed layer is still called one classification (the rest is reported as stray codes).
_DOMINANT_SHARE = 0.9
_MAX_EXAMPLES = 10


class TableError(ValueError):
    """A code table cannot be used.

    `problem` is a stable code for the caller to word: unreadable, missing_columns, bad_code,
    duplicate_code, bad_level, missing_parent, unknown_parent, bad_parent_level, bad_flag,
    bad_split_level, unknown_target, inconsistent_level1.
    """

    def __init__(self, path, problem, line=None, detail=None):
        where = f" at line {line}" if line else ""
        super().__init__(f"{path}: {problem}{where}: {detail!r}")
        self.path = path
        self.problem = problem
        self.line = line
        self.detail = detail


# ---------------------------------------------------------------------------------------------
# Normalising codes


def _clean_text(value):
    """Text of a code value, stripped and upper-case; None for NULL-ish values.

    Everything goes through str() so that a number, its text and its numpy scalar all give the
    same result (and normalise_codes can convert whole arrays to text at once).
    """
    if value is None:
        return None
    # NFKC turns full-width digits and letters (０１０１, ０５Ｈ１) into ASCII.
    text = unicodedata.normalize("NFKC", str(value)).strip().upper()
    if text in _NULL_TEXT:
        return None
    # A numeric field gives 101.0 for the code 0101.
    integral = _INTEGRAL_DECIMAL.match(text)
    return integral.group(1) if integral else text


def normalise_code(value):
    """A land-class code as the tables write it, or None for a missing value.

    101, 101.0, "101" and " 0101 " all give "0101": numeric fields drop the leading zero, and
    every code has an even number of digits. Letter suffixes become upper case (05h1 -> 05H1).
    """
    text = _clean_text(value)
    if text is not None and text.isascii() and text.isdigit() and len(text) % 2:
        text = "0" + text
    return text


def distinct_codes(values):
    """(normalised distinct values, inverse index, shape) of an array-like of codes.

    Normalising once per distinct value keeps large layers fast (a few hundred codes, many rows).
    Distinct raw values may normalise to the same code (101 and "0101"); callers handle that.
    """
    values = np.asarray(values)
    # Mixed objects (str, None, numbers) do not sort, and np.unique merges 0.0 with -0.0; their
    # text does neither and normalises the same as the values do.
    keys = values.astype(str) if values.dtype.kind in "Ofc" else values
    uniques, inverse = np.unique(keys.ravel(), return_inverse=True)
    return [normalise_code(u) for u in uniques], inverse, values.shape


def _object_array(items):
    # np.array() would try to build nested arrays from tuples; fill an object array instead.
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def normalise_codes(values):
    """normalise_code over an array-like; returns an object array of str or None, same shape."""
    codes, inverse, shape = distinct_codes(values)
    return _object_array(codes)[inverse].reshape(shape)


# ---------------------------------------------------------------------------------------------
# Reading tables


def read_csv(path):
    """(header, rows) of a CSV file: lower-case column names (None for an empty file) and rows as
    (line number, dict) with stripped values, blank rows skipped. UTF-8 (with or without BOM) or GBK."""
    for encoding in ("utf-8-sig", "gb18030"):  # planners' own files often come from Excel in GBK
        try:
            with open(path, newline="", encoding=encoding) as stream:
                rows = list(csv.reader(stream))
            break
        except UnicodeDecodeError:
            continue
        except OSError as error:
            raise TableError(path, "unreadable", detail=str(error)) from error
    else:
        raise TableError(path, "unreadable", detail="encoding")
    if not rows:
        return None, []
    header = [name.strip().lower() for name in rows[0]]
    table = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row] + [""] * (len(header) - len(row))
        table.append((line, dict(zip(header, cells))))
    return header, table


def _read_table(path, required_columns):
    """Rows of a CSV file as (line number, dict) with lower-case column names and stripped values."""
    header, table = read_csv(path)
    if header is None:
        raise TableError(path, "missing_columns", detail=sorted(required_columns))
    missing = [name for name in required_columns if name not in header]
    if missing:
        raise TableError(path, "missing_columns", line=1, detail=missing)
    return table


read_table = _read_table  # shared by other table readers (core.rules, core.convert_base)


def _flag(path, line, row, column, default):
    """A yes/no cell as bool; `default` when the table has no such column."""
    if column not in row:
        return default
    text = row[column].upper()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise TableError(path, "bad_flag", line=line, detail=(column, row[column]))


flag = _flag  # yes/no cells of other tables (core.convert_base)
clean_text = _clean_text  # values that are not land-class codes, e.g. CZCSXM 203 (never padded to 0203)


# ---------------------------------------------------------------------------------------------
# Classifications


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
        for line, row in _read_table(path, ("code", "name", "level", "parent")):
            if row.get("field", "").upper() == "CZCSXM":
                czcsxm_names[_clean_text(row["code"])] = row["name"]
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
            confirmed = _flag(path, line, row, "confirmed", default=True)
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
        return self._czcsxm_names.get(_clean_text(value))


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
    return _object_array(targets)[inverse].reshape(shape)


# ---------------------------------------------------------------------------------------------
# 三调 -> 用地用海


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
        for line, row in _read_table(path, cls.REQUIRED_COLUMNS):
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
            needs_split = _flag(path, line, row, "needs_split", default=False)
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
                _flag(path, line, row, "confirmed", default=True),
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
        targets = _object_array([r.code if r else None for r in results])
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


# ---------------------------------------------------------------------------------------------
# Detecting the classification of a code column


@dataclass
class Detection:
    """The classification a code column seems to hold (None: undecided) and the facts behind it.

    `evidence` is a list of (key, value) pairs; the key "reason" names the rule that decided:
    no_codes, no_known_codes, names_match_<id>, codes_only_in_<id>, mostly_codes_only_in_<id>,
    conflicting_codes, field_name_hint, ambiguous_codes.
    """

    classification: str | None
    evidence: list = field(default_factory=list)

    def get(self, key, default=None):
        return dict(self.evidence).get(key, default)

    @property
    def reason(self):
        return self.get("reason")


def _examples(counts):
    """Up to _MAX_EXAMPLES codes, most frequent first."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [code for code, _ in ranked[:_MAX_EXAMPLES]]


def _name_agreement(code_list, code_inverse, names, tables):
    """For each table, how many distinct (code, name) pairs agree with it, and with it alone.

    code_list and code_inverse come from distinct_codes() of the code column.
    """
    names = np.asarray(names)
    if names.size != code_inverse.size:
        raise ValueError("names and codes differ in length")
    name_keys = names.astype(str) if names.dtype.kind == "O" else names
    name_list, name_inverse = np.unique(name_keys.ravel(), return_inverse=True)
    name_list = [_clean_name(name) for name in name_list]
    pairs = np.unique(code_inverse * len(name_list) + name_inverse)
    agree_all = {table.id: 0 for table in tables}
    agree_only = {table.id: 0 for table in tables}
    for pair in pairs:
        code, name = code_list[pair // len(name_list)], name_list[pair % len(name_list)]
        if code is None or name is None:
            continue
        agreeing = [table.id for table in tables if table.name(code) == name]
        for table_id in agreeing:
            agree_all[table_id] += 1
        if len(agreeing) == 1:
            agree_only[agreeing[0]] += 1
    return agree_all, agree_only


def _clean_name(value):
    text = unicodedata.normalize("NFKC", str(value)).strip()
    return None if text.upper() in _NULL_TEXT else text


def detect_classification(codes, field_name=None, names=None, sandiao=None, ydyh=None):
    """Which classification a column of codes holds: SANDIAO, YDYH or None (ask the planner).

    Evidence, strongest first:
    1. a name column (DLMC, YDYHFLMC …): distinct (code, name) pairs that agree with one table's
       name for that code and not with the other's (0702 农村宅基地 is 三调, 0702 城镇社区服务设施用地
       is 用地用海);
    2. codes that exist in one table only (05H1, 0201K, 1006, 1101–1110 except 1101/1102 in 三调;
       0703, 0801–0807, 13xx–24xx, six-digit codes in 用地用海); a mixed column still counts as
       one classification when at least 90 % of those rows agree;
    3. the field name (DLBM, KCDLBM -> 三调; YDYHFLDM, GHDLBM, YDYHDM -> 用地用海).
    Codes valid in both tables (0101, 0702, 1001–1003, 1201–1207 …) decide nothing on their own.
    """
    sandiao = sandiao or load_classification(SANDIAO)
    ydyh = ydyh or load_classification(YDYH)
    tables = (sandiao, ydyh)
    evidence = []

    distinct, inverse, _ = distinct_codes(codes)
    counts = {}
    for code, count in zip(distinct, np.bincount(inverse, minlength=len(distinct))):
        counts[code] = counts.get(code, 0) + int(count)
    n_null = counts.pop(None, 0)
    # Numeric fields default to 0, and 00 (三调's 湿地 group) never stands on a parcel.
    zero_counts = {code: n for code, n in counts.items() if set(code) == {"0"}}
    for code in zero_counts:
        del counts[code]

    def rows_of(selected):
        return sum(counts[code] for code in selected)

    known = {table.id: {code for code in counts if table.is_known(code)} for table in tables}
    only = {
        sandiao.id: {c: counts[c] for c in known[sandiao.id] - known[ydyh.id]},
        ydyh.id: {c: counts[c] for c in known[ydyh.id] - known[sandiao.id]},
    }
    unknown = {code: n for code, n in counts.items() if not any(code in known[t.id] for t in tables)}
    hint = FIELD_NAME_HINTS.get((field_name or "").strip().upper())

    evidence += [
        ("n_rows", int(inverse.size)),
        ("n_null", n_null),
        ("n_zero", sum(zero_counts.values())),
        ("n_distinct", len(counts)),
        ("n_sandiao_known", len(known[sandiao.id])),
        ("n_ydyh_known", len(known[ydyh.id])),
        ("n_only_sandiao", len(only[sandiao.id])),
        ("n_only_ydyh", len(only[ydyh.id])),
        ("rows_only_sandiao", sum(only[sandiao.id].values())),
        ("rows_only_ydyh", sum(only[ydyh.id].values())),
        ("only_sandiao_examples", _examples(only[sandiao.id])),
        ("only_ydyh_examples", _examples(only[ydyh.id])),
        ("n_unknown", len(unknown)),
        ("unknown_examples", _examples(unknown)),
        ("field_name", field_name),
        ("field_name_hint", hint),
    ]

    def decide(classification_id, reason):
        evidence.append(("reason", reason))
        return Detection(classification_id, evidence)

    if not counts:
        return decide(None, "no_codes")

    if names is not None:
        agree_all, agree_only = _name_agreement(distinct, inverse, names, tables)
        evidence += [
            ("n_names_agree_sandiao", agree_all[sandiao.id]),
            ("n_names_agree_ydyh", agree_all[ydyh.id]),
            ("n_names_only_sandiao", agree_only[sandiao.id]),
            ("n_names_only_ydyh", agree_only[ydyh.id]),
        ]
        if agree_only[sandiao.id] != agree_only[ydyh.id]:
            winner = sandiao.id if agree_only[sandiao.id] > agree_only[ydyh.id] else ydyh.id
            return decide(winner, f"names_match_{winner}")

    if not known[sandiao.id] and not known[ydyh.id]:
        return decide(None, "no_known_codes")

    rows_only = {table_id: rows_of(selected) for table_id, selected in only.items()}
    total_only = sum(rows_only.values())
    if total_only:
        for table_id, rows in rows_only.items():
            if rows == total_only:
                return decide(table_id, f"codes_only_in_{table_id}")
            if rows >= _DOMINANT_SHARE * total_only:
                return decide(table_id, f"mostly_codes_only_in_{table_id}")
        return decide(None, "conflicting_codes")

    if hint:
        return decide(hint, "field_name_hint")
    return decide(None, "ambiguous_codes")


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
