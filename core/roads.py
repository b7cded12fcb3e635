"""Road grades (行政等级) for 道路控制线, from a grade field or from route numbers (路线编号).

Route numbers follow GB/T 917-2017 《公路路线标识规则和国道编号》: the letter gives the
administrative grade (G 国道, S 省道, X 县道, Y 乡道, C 村道, Z 专用公路); national and provincial
expressways carry one or two digits, or four (G5, G75, G4215, S1), ordinary national and
provincial roads three (G212, S302). An expressway is also recognised where the grade or name
field says 高速.
"""
import re
import unicodedata

import numpy as np

EXPRESSWAY = "高速公路"
ROUTE_GRADES = {"G": "国道", "S": "省道", "X": "县道", "Y": "乡道", "C": "村道", "Z": "专用公路"}
_ROUTE = re.compile(r"^\s*([GSXYCZ])\s*(\d+)", re.IGNORECASE)
_EXPRESSWAY_DIGITS = (1, 2, 4)  # digit counts of expressway numbers (G/S only)
_EXPRESSWAY_WORDS = ("高速", "EXPRESSWAY", "MOTORWAY", "FREEWAY")


def says_expressway(value):
    """True when a text names an expressway (高速, expressway, motorway, freeway)."""
    if value is None:
        return False
    text = unicodedata.normalize("NFKC", str(value)).upper()
    return any(word in text for word in _EXPRESSWAY_WORDS)


def route_grade(route, grade_hint=None, name=None):
    """The grade a route number implies (in the built-in table's names), or None.

    S302 → 省道; G5, G75, G4215 → 高速公路; "G5京昆高速" → 高速公路; G212 with a grade field saying
    高速公路 → 高速公路 (the grade field wins for expressways, which share the G/S letters).
    """
    if route is None:
        return None
    text = unicodedata.normalize("NFKC", str(route)).strip()
    match = _ROUTE.match(text)
    if not match:
        return EXPRESSWAY if says_expressway(text) else None
    letter, digits = match.group(1).upper(), match.group(2)
    if says_expressway(grade_hint) or says_expressway(name) or says_expressway(text):
        return EXPRESSWAY
    if letter in "GS" and len(digits) in _EXPRESSWAY_DIGITS:
        return EXPRESSWAY
    return ROUTE_GRADES[letter]


def route_grades(routes, grade_hints=None, names=None):
    """route_grade over arrays (hints and names may be None); object array of str or None."""
    n = len(routes)
    hints = grade_hints if grade_hints is not None else [None] * n
    names = names if names is not None else [None] * n
    out = np.empty(n, dtype=object)
    out[:] = [route_grade(r, h, m) for r, h, m in zip(routes, hints, names)]
    return out
