"""Which classification a column of land-class codes holds: 三调 (SANDIAO), 用地用海 (YDYH) or undecided.

Detection returns its evidence as (key, value) pairs for the QGIS side to word and translate.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np

from .classification import SANDIAO, YDYH, load_classification
from .land_codes import NULL_TEXT, distinct_codes

# Field names that say which classification a code column holds. Only a hint: codes decide first.
FIELD_NAME_HINTS = {
    "DLBM": SANDIAO,
    "KCDLBM": SANDIAO,
    "YDYHFLDM": YDYH,
    "GHDLBM": YDYH,
    "YDYHDM": YDYH,
}

# Detection: how large a share of the rows with one-table-only codes must agree before a
# mixed layer is still called one classification (the rest is reported as stray codes).
_DOMINANT_SHARE = 0.9
_MAX_EXAMPLES = 10


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
    return None if text.upper() in NULL_TEXT else text


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
