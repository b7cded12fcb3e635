"""The CSV tables Lantu reads: resources/tables, or a planner's own file in place of one.

A table is read as (line number, row) pairs with lower-case column names and stripped values. Nothing
here formats messages: problems are raised as TableError with a `problem` code and the CSV line, for
the QGIS side to word and translate.
"""
from __future__ import annotations

import csv
import os

TABLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "tables")

_YES = frozenset({"YES", "Y", "TRUE", "T", "1", "是"})
_NO = frozenset({"NO", "N", "FALSE", "F", "0", "否", ""})


class TableError(ValueError):
    """A table cannot be used.

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


def read_table(path, required_columns):
    """Rows of a CSV file as (line number, dict) with lower-case column names and stripped values."""
    header, table = read_csv(path)
    if header is None:
        raise TableError(path, "missing_columns", detail=sorted(required_columns))
    missing = [name for name in required_columns if name not in header]
    if missing:
        raise TableError(path, "missing_columns", line=1, detail=missing)
    return table


def flag(path, line, row, column, default):
    """A yes/no cell as bool; `default` when the table has no such column."""
    if column not in row:
        return default
    text = row[column].upper()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise TableError(path, "bad_flag", line=line, detail=(column, row[column]))
