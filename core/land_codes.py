"""Land-class codes as the tables write them: "0101", "05H1", "060101"; None stands for a missing code.

Raw values come as numbers (101.0 from a numeric field), text with blanks or full-width characters, or
QGIS's NULL; every lookup normalises them first. Arrays are normalised once per distinct value.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np

# Text that stands for "no value" in exported tables and in str() of QGIS's NULL.
NULL_TEXT = frozenset({"", "NULL", "<NULL>", "NONE", "NAN", "NA", "N/A"})
_INTEGRAL_DECIMAL = re.compile(r"^([0-9]+)\.0*$")


def clean_text(value):
    """Text of a code value, stripped and upper-case; None for NULL-ish values.

    Everything goes through str() so that a number, its text and its numpy scalar all give the
    same result (and normalise_codes can convert whole arrays to text at once).
    """
    if value is None:
        return None
    # NFKC turns full-width digits and letters (０１０１, ０５Ｈ１) into ASCII.
    text = unicodedata.normalize("NFKC", str(value)).strip().upper()
    if text in NULL_TEXT:
        return None
    # A numeric field gives 101.0 for the code 0101.
    integral = _INTEGRAL_DECIMAL.match(text)
    return integral.group(1) if integral else text


def normalise_code(value):
    """A land-class code as the tables write it, or None for a missing value.

    101, 101.0, "101" and " 0101 " all give "0101": numeric fields drop the leading zero, and
    every code has an even number of digits. Letter suffixes become upper case (05h1 -> 05H1).
    """
    text = clean_text(value)
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


def object_array(items):
    # np.array() would try to build nested arrays from tuples; fill an object array instead.
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def normalise_codes(values):
    """normalise_code over an array-like; returns an object array of str or None, same shape."""
    codes, inverse, shape = distinct_codes(values)
    return object_array(codes)[inverse].reshape(shape)
