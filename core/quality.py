"""Data-quality checks (数据质检) of a land-use layer on whole arrays: geometry, topology, codes, areas.

Every check returns a Findings (index of the feature, a location or area geometry, a detail) so the
algorithm can word the message in the planner's language; nothing here knows about QGIS.
"""
import re
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import coverage_edges, geometry, overlay, self_overlap

# (check id, severity): the order is the order of the summary. info: said, not counted as a fault.
CHECKS = (
    ("invalid_geometry", "error"),
    ("curved_geometry", "info"),
    ("empty_geometry", "error"),
    ("self_overlap", "error"),
    ("gap", "error"),
    ("outside_boundary", "warning"),
    ("sliver", "warning"),
    ("spike", "warning"),
    ("code_missing", "error"),
    ("code_unknown", "error"),
    ("name_mismatch", "warning"),
    ("area_mismatch", "warning"),
    ("field_missing", "error"),
    ("value_missing", "error"),
    ("crs_not_cgcs2000", "error"),
    ("coordinates_out_of_zone", "error"),
)
SEVERITY = dict(CHECKS)
# What reading a geometry as it is stored can find, per feature (the values core.geometry's reader uses too):
# a ring left open (closed for the other checks), a NaN or infinite coordinate, WKB that cannot be read.
SOUND, UNCLOSED, NOT_FINITE, UNREADABLE = 0, 1, 2, 3
# The CGCS2000 Gauss-Krüger CRSs: 6° zones 13–23 (with and without prefix), 3° zones 25–45 (both).
CGCS2000_PROJECTED = range(4491, 4555)
# GEOS reports the first problem of a geometry as "Reason[x y]".
_LOCATION = re.compile(r"^(.*?)\s*\[\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)[^\]]*\]\s*$")


@dataclass
class Findings:
    """What one check found: feature index (-1 = the layer), geometry (point or polygon), detail."""

    index: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    geoms: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))
    detail: list = field(default_factory=list)

    def __len__(self):
        return len(self.index)

    @classmethod
    def of(cls, index, geoms, detail):
        return cls(np.asarray(index, dtype=np.int64), np.asarray(geoms, dtype=object).reshape(-1), list(detail))

    @classmethod
    def features(cls, index, detail=""):
        """Findings about whole features (no location of their own), each with the same detail."""
        return cls.of(index, [None] * len(index), [detail] * len(index))

    def reindexed(self, index):
        """The findings of a subset of the features, with `index` (subset → layer) applied."""
        return Findings.of(np.asarray(index)[self.index], self.geoms, self.detail)


class CheckResults:
    """Every check's findings, one message and area per finding, and the checks not run (and why)."""

    def __init__(self):
        self.found = {}  # check id -> (Findings, [message], area array)
        self.skipped = {}  # check id -> why it was not run

    def add(self, check, findings, messages, areas=None):
        """Add findings to a check (a check may be added to more than once)."""
        areas = np.zeros(len(findings)) if areas is None else np.asarray(areas, dtype=float)
        old = self.found.get(check)
        if old:
            findings = Findings(np.r_[old[0].index, findings.index], np.r_[old[0].geoms, findings.geoms],
                                old[0].detail + findings.detail)
            messages, areas = old[1] + list(messages), np.r_[old[2], areas]
        self.found[check] = (findings, list(messages), areas)

    def skip(self, why, *checks):
        for check in checks:
            self.skipped[check] = why

    def listing(self, anchors):
        """Every finding in CHECKS order: (check, severity, feature index, message, area, location,
        is_polygon). The location is the finding's own geometry, else the anchor of its feature
        (`anchors`: a point per feature), else None (a finding about the layer)."""
        out = []
        for check, severity in CHECKS:
            if check not in self.found:
                continue
            findings, messages, areas = self.found[check]
            for i, g, message, area in zip(findings.index, findings.geoms, messages, areas):
                is_polygon = g is not None and shapely.get_type_id(g) in (3, 6)
                location = g if g is not None else (anchors[i] if i >= 0 else None)
                out.append((check, severity, int(i), message, abs(float(area)), location, is_polygon))
        return out

    def summary(self):
        """(check, severity, count, area, why it was not run or None) for every check, in CHECKS order."""
        out = []
        for check, severity in CHECKS:
            findings = self.found.get(check)
            count = len(findings[0]) if findings else 0
            area = float(np.abs(findings[2]).sum()) if findings else 0.0
            out.append((check, severity, count, area, self.skipped.get(check)))
        return out


def is_cgcs2000_projected(epsg, description, wkt, geographic):
    """Whether a CRS is a CGCS2000 projected CRS: an EPSG code of CGCS2000_PROJECTED, or named so."""
    return not geographic and (epsg in CGCS2000_PROJECTED or "CGCS2000" in description
                               or "China Geodetic Coordinate System 2000" in wkt)


def epsg_code(authid):
    """4527 for 'EPSG:4527'; None for any other authority or id."""
    parts = authid.split(":")
    return int(parts[1]) if authid.startswith("EPSG:") and parts[1].isdigit() else None


def false_easting(proj_string):
    """The +x_0 of a PROJ string (500 km, a Gauss-Krüger zone's usual one, when it has none)."""
    match = re.search(r"\+x_0=([-0-9.eE]+)", proj_string)
    return float(match.group(1)) if match else 500_000.0


def field_list(text):
    """'BSM, DLBM；DLMC' -> ['BSM', 'DLBM', 'DLMC'] (commas, semicolons or spaces, full-width too)."""
    return [f.strip() for f in re.split(r"[,;，；\s]+", text or "") if f.strip()]


def empty_values(values):
    """Index of the values that are NULL or blank text."""
    return np.flatnonzero([v is None or (isinstance(v, str) and not v.strip()) for v in values])


def repaired(geoms, bad=None):
    """A copy of the polygons with the invalid ones made valid (make-valid, polygonal parts kept); `bad`, the
    mask of the invalid ones where a check has found them already."""
    geoms = np.array(geoms, dtype=object)
    bad = ~shapely.is_valid(geoms) if bad is None else bad
    geoms[bad] = geometry.make_valid_polygons(geoms[bad])
    return geoms


def present(geoms):
    geoms = np.asarray(geoms, dtype=object)
    ok = ~shapely.is_missing(geoms)
    ok[ok] = ~shapely.is_empty(geoms[ok])
    return ok


def empty_geometries(geoms):
    missing = np.flatnonzero(~present(geoms))
    return Findings.of(missing, [None] * len(missing), [""] * len(missing))


def invalid_geometries(geoms):
    """GEOS's reason and location for every invalid geometry, as GEOS's IsValidOp finds them
    (the first problem of each), before anything is repaired."""
    geoms = np.asarray(geoms, dtype=object)
    index = np.flatnonzero(present(geoms))
    bad = index[~overlay.parallel(shapely.is_valid, geoms[index])]  # GEOS lets go of the GIL: both cores
    reasons = shapely.is_valid_reason(geoms[bad]) if len(bad) else []
    points, details = [], []
    for g, reason in zip(geoms[bad], reasons):
        match = _LOCATION.match(reason)
        if match:
            details.append(match.group(1))
            points.append(shapely.Point(float(match.group(2)), float(match.group(3))))
        else:
            details.append(reason)
            points.append(shapely.point_on_surface(g))
    return Findings.of(bad, points, details)


def self_overlaps(geoms, min_area, progress=None, of=None, tree=None):
    """Pieces shared by two features of one layer with area > min_area: (i, j) with i < j (the pair
    test is core/self_overlap.py's). `progress(fraction)` hears how far the intersections are and may
    return False to stop (cancel): the result is then partial. `of` (indices): only the pairs one of these
    features is in (the live check's edits). `tree`: an STRtree of geoms, where the caller has one."""
    i, j, pieces, area = self_overlap.self_overlaps(geoms, min_area, progress, of, tree)
    return Findings.of(i, pieces, list(j)), area


def coverage_defects(geoms, boundary, min_area, region=None, tree=None):
    """(gap faces, features that may overlap another, features that may reach beyond the boundary) from the
    edges neighbours do not share
    (core/coverage_edges.py), or None where that way does not apply (a layer far from a coverage). `region`: the
    union of `boundary`, `tree`: an STRtree of geoms, where the caller has them."""
    if not len(geoms):
        return None
    low_x, low_y, high_x, high_y = shapely.total_bounds(geoms)
    degrees = -180 <= low_x and high_x <= 180 and -90 <= low_y and high_y <= 90
    # the tolerance is 0.2 mm on the ground: in degrees, that over the metres of one (about 111 km)
    tolerance = coverage_edges.TOLERANCE / (111_000 if degrees else 1)
    return coverage_edges.defects(geoms, boundary, min_area, tolerance, region, tree)


def gaps_and_outside(geoms, boundary, min_area, faces=None):
    """(gaps: ground of the boundary no feature covers, outside: parts of features beyond it). The gaps come
    from the uncovered faces of coverage_defects (given as `faces`, or found here) where it applies, else
    from the union of every feature, which costs ten times more on a county's parcels."""
    region = geometry.ground_of(boundary)
    beyond = None
    if faces is None:
        found = coverage_defects(geoms, boundary, min_area, region)
        faces, beyond = (None, None) if found is None else (found[0], found[2])
    return gaps(geoms, region, min_area, faces), outside(geoms, region, min_area, beyond)


def gaps(geoms, region, min_area, faces=None):
    """Ground of the region (the boundary's union) no feature covers, larger than min_area: the uncovered faces
    coverage_defects found, or (`faces` None: it did not apply) what the union of every feature leaves."""
    if faces is None:
        covered = shapely.union_all(geoms)
        faces = shapely.get_parts(geometry.polygonal([shapely.difference(region, covered)])[0])
    parts = faces[shapely.area(faces) > min_area]
    return Findings.of([-1] * len(parts), parts, [""] * len(parts))


def outside(geoms, region, min_area, of=None):
    """Parts of features beyond the region (the boundary's union) larger than min_area. `of` (indices): only these
    features may reach beyond it (coverage_defects' third answer). Prepares the region: a prepared geometry must
    stay in one thread."""
    # Only features not wholly inside the region can have parts outside it.
    shapely.prepare(region)
    index = np.arange(len(geoms)) if of is None else np.asarray(of, dtype=np.int64)
    index = index[~shapely.contains_properly(region, geoms[index])]
    rest = shapely.difference(geoms[index], region)
    keep = shapely.area(rest) > min_area
    return Findings.of(index[keep], geometry.polygonal(rest[keep]), [""] * int(keep.sum()))


def slivers(geoms, max_width):
    """Features whose mean width 2·area/perimeter is below max_width (metres)."""
    geoms = np.asarray(geoms, dtype=object)
    perimeter = shapely.length(geoms)
    width = np.where(perimeter > 0, 2 * shapely.area(geoms) / np.where(perimeter > 0, perimeter, 1), 0)
    bad = np.flatnonzero(width < max_width)
    return Findings.of(bad, geoms[bad], [float(w) for w in width[bad]])


def spikes(geoms, max_angle_deg, block=16384):
    """Ring vertices where the boundary turns back on itself: interior angle below max_angle_deg. Worked
    `block` features at a time: the per-vertex arrays of a whole county would take gigabytes."""
    geoms = np.asarray(geoms, dtype=object)
    found = [_spikes(geoms[start:start + block], max_angle_deg) for start in range(0, len(geoms), block)]
    found = [(f.index + start, f) for start, f in zip(range(0, len(geoms), block), found) if len(f)]
    if not found:
        return Findings()
    return Findings.of(np.concatenate([i for i, _ in found]), np.concatenate([f.geoms for _, f in found]),
                       [d for _, f in found for d in f.detail])


def _spikes(geoms, max_angle_deg):
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    rings, ring_of = shapely.get_rings(parts, return_index=True)
    coords, vertex_ring = shapely.get_coordinates(rings, return_index=True)
    if len(coords) == 0:
        return Findings()
    # Drop each ring's closing vertex, then take neighbours cyclically within the ring.
    last = np.r_[vertex_ring[1:] != vertex_ring[:-1], True]
    coords, vertex_ring = coords[~last], vertex_ring[~last]
    start = np.r_[0, np.flatnonzero(vertex_ring[1:] != vertex_ring[:-1]) + 1]
    size = np.diff(np.r_[start, len(coords)])
    n = np.repeat(size, size)
    end = start + size - 1
    before, after = np.arange(-1, len(coords) - 1), np.arange(1, len(coords) + 1)
    before[start], after[end] = end, start  # each ring's first vertex follows its last
    before, after = coords[before], coords[after]
    u, v = before - coords, after - coords
    nu, nv = np.hypot(*u.T), np.hypot(*v.T)
    ok = (nu > 0) & (nv > 0) & (n >= 3)
    cosine = np.einsum("ij,ij->i", u, v) / np.where(ok, nu * nv, 1)
    # arccos only where the angle can be sharp (a county has millions of vertices, a few spikes): a cosine
    # near the threshold's, with room for rounding, and then the same exact test as on every vertex
    near = np.flatnonzero(ok & (cosine > np.cos(np.radians(max_angle_deg)) - 1e-9))
    angle = np.degrees(np.arccos(np.clip(cosine[near], -1, 1)))
    sharp = angle < max_angle_deg
    bad, angle = near[sharp], angle[sharp]
    feature = part_of[ring_of[vertex_ring[bad]]]
    points = shapely.points(coords[bad])
    return Findings.of(feature, points, [float(a) for a in angle])


def area_mismatches(recorded, computed, tolerance_pct):
    """Features whose recorded area differs from the computed one by more than tolerance_pct %
    (and by more than 0.01 m², the rounding of a recorded area); NULL records are not judged."""
    recorded = np.asarray(recorded, dtype=float)
    computed = np.asarray(computed, dtype=float)
    difference = np.abs(recorded - computed)
    off = ~np.isnan(recorded) & (difference > tolerance_pct / 100.0 * computed) & (difference > 0.01)
    bad = np.flatnonzero(off)
    return bad, recorded[bad], computed[bad]


def unknown_codes(codes, table):
    """Index of the (normalised, non-missing) codes the classification does not know: one look-up per
    distinct code, not one per feature (a county has 10^5 parcels and a few dozen codes)."""
    known = {c: table.is_known(c) for c in set(codes) if c is not None}
    return np.flatnonzero([c is not None and not known[c] for c in codes])


def name_mismatches(codes, names, table):
    """Features whose name field differs from the classification's name of their (known) code, judged
    once per distinct (code, name) pair."""
    judged = {}  # (code, name) -> the expected name where it differs, else None
    bad, expected = [], []
    for i, pair in enumerate(zip(codes, names)):
        if pair not in judged:
            judged[pair] = _wrong_name(*pair, table)
        if judged[pair] is not None:
            bad.append(i)
            expected.append(judged[pair])
    return np.asarray(bad, dtype=np.int64), expected


def _wrong_name(code, name, table):
    if not code or not table.is_known(code):
        return None
    want = table.name(code)
    given = "" if name is None else re.sub(r"\s+", "", str(name))
    return want if want and given != re.sub(r"\s+", "", want) else None


def gauss_kruger_window(false_easting):
    """The eastings a Gauss-Krüger CRS can hold: its false easting ± 500 km (a 6° zone is ±334 km
    wide at the equator, so anything further is a wrong zone or a missing zone prefix)."""
    return false_easting - 500_000.0, false_easting + 500_000.0


def out_of_window(geoms, low, high):
    geoms = np.asarray(geoms, dtype=object)
    index = np.flatnonzero(present(geoms))
    bounds = shapely.bounds(geoms[index])
    bad = index[(bounds[:, 0] < low) | (bounds[:, 2] > high)]
    return bad


# --- geometry as it is stored ---------------------------------------------------------------------------
def read_fault_findings(faults, geoms, curved):
    """(invalid Findings, curved Findings) of what reading found: the fault per feature (detail: UNCLOSED,
    NOT_FINITE, UNREADABLE) located at the start of the feature's first ring where it has one."""
    faults = np.asarray(faults)
    bad = np.flatnonzero(faults != SOUND)
    places = [None if geoms[i] is None else shapely.points(shapely.get_coordinates(geoms[i])[0]) for i in bad]
    bent = np.flatnonzero(np.asarray(curved, dtype=bool))
    return Findings.of(bad, places, [int(f) for f in faults[bad]]), Findings.of(bent, [None] * len(bent), [""] * len(bent))
