"""Class → distance buffers: protection zones drawn a set distance around features, by class.

A road's 建筑控制区, a heritage site's 保护范围 and a water source's 保护区 are the same operation:
each feature's class (road grade, protection level…) gives a distance from a CSV table, the feature
is buffered by it, and the buffers are dissolved per class. Where zones of different classes
overlap, the class with the larger distance owns the ground, so no area is counted twice.

The table is a CSV with a class column (`class` or `grade`), a distance column (`distance_m` or
`setback_m`), optional `aliases` (other spellings, separated by `;` or `|`) and an optional base
width column (`width_m`: a feature's own width, e.g. the road land, half of which is added to the
distance when the features are centre lines). Other columns (notes, sources) are ignored.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import shapely

from . import overlay
from .geometry import polygonal
from .tables import TableError, read_table
from .units import area_triplet

CLASS_COLUMNS = ("class", "grade")
DISTANCE_COLUMNS = ("distance_m", "setback_m")
WIDTH_COLUMN = "width_m"
_ALIAS_SPLIT = re.compile(r"[;|；]")
_SPACES = re.compile(r"[\s_\-]+")


def class_key(value):
    """A class value as it is matched: NFKC (full-width → ASCII), trimmed, case and spacing folded."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", str(value))).strip().casefold()
    return text or None


@dataclass(frozen=True)
class DistanceClass:
    name: str
    distance: float  # NaN: a known class with no zone (e.g. 村道, which the 条例 gives none)
    width: float  # default base width (m); 0 when the table has none
    aliases: tuple


class DistanceTable:
    """The classes of a class → distance table, in table order, with a lookup by any spelling."""

    def __init__(self, classes, source=None):
        self.classes = list(classes)
        self.source = source
        self._index = {}
        for i, entry in enumerate(self.classes):
            for spelling in (entry.name, *entry.aliases):
                self._index.setdefault(class_key(spelling), i)

    def __len__(self):
        return len(self.classes)

    def lookup(self, value):
        """Index of the class a value names, or -1."""
        return self._index.get(class_key(value), -1)

    def match(self, values):
        """Class index per value (-1 where unknown); each distinct value is normalised once."""
        values = np.asarray(values, dtype=object)
        if len(values) == 0:
            return np.empty(0, dtype=np.int64)
        text = np.array(["\0" if v is None else str(v) for v in values], dtype=object)
        uniques, inverse = np.unique(text.astype(str), return_inverse=True)
        found = np.array([-1 if u == "\0" else self.lookup(u) for u in uniques], dtype=np.int64)
        return found[inverse]

    @classmethod
    def from_csv(cls, path):
        rows = read_table(path, ())
        if not rows:
            raise TableError(path, "missing_columns", detail=[CLASS_COLUMNS[0], DISTANCE_COLUMNS[0]])
        header = rows[0][1].keys()
        class_column = next((c for c in CLASS_COLUMNS if c in header), None)
        distance_column = next((c for c in DISTANCE_COLUMNS if c in header), None)
        if class_column is None or distance_column is None:
            raise TableError(path, "missing_columns", line=1,
                             detail=[c for c, found in ((" | ".join(CLASS_COLUMNS), class_column),
                                                        (" | ".join(DISTANCE_COLUMNS), distance_column)) if not found])
        classes, seen = [], set()
        for line, row in rows:
            name = row[class_column]
            if not name:
                raise TableError(path, "bad_class", line=line, detail=name)
            if class_key(name) in seen:
                raise TableError(path, "duplicate_class", line=line, detail=name)
            seen.add(class_key(name))
            distance = _number(path, line, row[distance_column], allow_empty=True)
            width = _number(path, line, row.get(WIDTH_COLUMN, ""), allow_empty=True)
            aliases = tuple(a.strip() for a in _ALIAS_SPLIT.split(row.get("aliases", "")) if a.strip())
            classes.append(DistanceClass(name, distance, 0.0 if math.isnan(width) else width, aliases))
        return cls(classes, source=path)


def _number(path, line, text, allow_empty=False):
    if text == "" and allow_empty:
        return math.nan
    try:
        value = float(text)
    except ValueError:
        raise TableError(path, "bad_distance", line=line, detail=text) from None
    if not math.isfinite(value) or value < 0:
        raise TableError(path, "bad_distance", line=line, detail=text)
    return value


def with_default(table, class_index, distance, name):
    """(table, class index) where the features of unknown class (index -1) get a class of their own,
    `name`, at `distance`."""
    table = DistanceTable(table.classes + [DistanceClass(name, distance, 0.0, ())], table.source)
    return table, np.where(class_index < 0, len(table) - 1, class_index)


def recorded_widths(values):
    """Widths as a feature records them; 0 or negative is no width recorded (NaN: the class's default)."""
    values = np.asarray(values, dtype=float)
    return np.where(values > 0, values, np.nan)


def classes_without_distance(table, class_index, distance):
    """(mask of the features of a known class with no distance, those classes' names, sorted)."""
    nameless = (class_index >= 0) & np.isnan(distance)
    return nameless, sorted({table.classes[k].name for k in class_index[nameless]})


def most_common(values, most):
    """([(value, count)] of the `most` commonest values, NULL as 'NULL', and how many distinct values there are)."""
    text, counts = np.unique(np.array(["NULL" if v is None else str(v) for v in values]), return_counts=True)
    order = np.argsort(-counts)[:most]
    return [(text[i], int(counts[i])) for i in order], len(text)


def feature_distances(table, class_index, widths=None, half_width=True):
    """Buffer distance per feature: the class's distance, plus half the width for centre lines.

    `widths` holds each feature's own width (NaN where it has none: the class's default is used).
    Unknown classes (index -1) and classes without a distance give NaN.
    """
    class_index = np.asarray(class_index)
    distance = np.array([c.distance for c in table.classes] + [math.nan])[class_index]
    if half_width:
        default = np.array([c.width for c in table.classes] + [0.0])[class_index]
        width = default if widths is None else np.where(np.isnan(widths), default, widths)
        distance = distance + 0.5 * width
    return distance


def owner_order(distances):
    """Class indices, the one that owns overlaps first: larger distance first, then table order."""
    distances = np.asarray(distances, dtype=float)
    ranked = [i for i in range(len(distances)) if not math.isnan(distances[i])]
    return sorted(ranked, key=lambda i: (-distances[i], i))


def buffers(geoms, distances, quad_segs=5):
    """Each geometry buffered by its own distance (round caps and joins, as native:buffer)."""
    return shapely.buffer(np.asarray(geoms, dtype=object), np.asarray(distances, dtype=float), quad_segs=quad_segs)


def dissolve_by_class(zones, zone_class, order, boundary=None):
    """One geometry per class in `order` (which owns overlaps first): [(class, geometry)], empty ones left out.

    Each class's zones are unioned, clipped to `boundary` if given, and what a class earlier in
    `order` already covers is taken away, so the results do not overlap.
    """
    out, taken = [], None
    present = [k for k in order if (zone_class == k).any()]
    for n, klass in enumerate(present):
        zone = shapely.union_all(zones[zone_class == klass])
        if boundary is not None:
            zone = shapely.intersection(zone, boundary)
        owned = zone if taken is None else shapely.difference(zone, taken)
        if n + 1 < len(present):  # what the next classes may not take (the last one needs no union)
            taken = zone if taken is None else shapely.union(taken, zone)
        owned = polygonal([owned])[0]
        if not owned.is_empty:
            out.append((klass, owned))
    return out


def clip_each(zones, boundary):
    """Each zone clipped to the boundary (None: unchanged); the prepared boundary skips zones wholly inside."""
    zones = np.asarray(zones, dtype=object)
    if boundary is None or len(zones) == 0:
        return zones
    shapely.prepare(boundary)
    inside = shapely.contains_properly(boundary, zones)
    out = zones.copy()
    out[~inside] = polygonal(shapely.intersection(zones[~inside], boundary))
    return out


def zone_rows(table, dissolved):
    """(rows: class, distance, area m², 公顷, 亩; geometries; areas) of the dissolved zones."""
    geoms = np.array([g for _, g in dissolved], dtype=object)
    areas = shapely.area(geoms) if len(geoms) else np.empty(0)
    rows = [(table.classes[k].name, table.classes[k].distance, *area_triplet(float(a)))
            for (k, _), a in zip(dissolved, areas)]
    return rows, geoms, areas


def encroachments(check_geoms, check_fids, zone_geoms, progress=None):
    """(check feature, zone, piece, area) of every piece of a checked polygon inside a zone, by
    feature id and then zone. The zones are few and large: they are diced for the overlay."""
    ia, ib, pieces = overlay.intersection_pieces_diced(check_geoms, zone_geoms, progress=progress)
    pieces = polygonal(pieces)
    area = shapely.area(pieces)
    order = np.lexsort((ib, np.asarray(check_fids)[ia]))
    return ia[order], ib[order], pieces[order], area[order]
