"""The indicators of the 规划指标分解表 while the plan is edited: the sums of lantu:indicatorbreakdown (core.breakdown)
per village cluster, kept up to date edit by edit, and the targets checked against them (core.indicators).

Computed once in full as the breakdown computes them; an edit then takes its features' old share out of the
sums and puts their new share in, by the same per_group arithmetic, so the figures cannot drift from the step's.
"""
import numpy as np
import shapely

from . import breakdown, indicators, overlay, sandiao_to_ydyh, self_overlap
from .vocabulary import INDICATOR_IDS, INDICATORS

LINE_FED = ("permanent_farmland", "eco_redline")  # summed from their control lines, not from the land use


def _array(items):
    return np.array(list(items) + [None], dtype=object)[:-1]


class LiveIndicators:
    """Each indicator per cluster (m²), outside every cluster and in all, for the planned land use as it is now."""

    def __init__(self, class_sets, scheme, cluster_names, cluster_geoms):
        self.sets, self.scheme = class_sets, scheme
        key = breakdown.text_column(cluster_names)
        self.clusters = breakdown.clusters(key, np.full(len(key), "", dtype=object))
        # big cluster polygons diced into pieces of a few hundred vertices: a parcel on a cluster's edge is cut against
        # a piece, not the whole cluster (core.overlay.dice); shares add up over the pieces of one cluster
        self.cluster_geoms, owner = overlay.dice(_array(cluster_geoms))
        self.group = self.clusters.group[owner] if len(owner) else np.empty(0, dtype=np.int64)
        self.table = breakdown.Breakdown(len(self.clusters.names))
        for indicator in INDICATOR_IDS:
            self.table.add_nothing(indicator)
        self.state = {}  # fid -> (geometry, code) of the planned land use now
        self.fed = [i for i, _, s in INDICATORS if s is not None]

    def _shares(self, geoms, codes):
        """{indicator: (per cluster, outside, total)} of features (valid geometries, codes as the layer holds them)."""
        geoms = _array(geoms)
        area = shapely.area(geoms) if len(geoms) else np.empty(0)
        fine = sandiao_to_ydyh.finest_ydyh_codes(_array(codes), self.scheme) if len(geoms) else _array([])
        values = breakdown.feature_values(self.sets, fine, area)
        ia, ib, shared = overlay.shared_areas(geoms, self.cluster_geoms)
        part = breakdown.Breakdown(self.table.n_clusters)
        out = {}
        for indicator in self.fed:
            part.add(indicator, values[indicator][0], area, ia, ib, shared, self.group)
            out[indicator] = (part.per_cluster[indicator], part.outside[indicator], part.total[indicator])
        return out

    def set_landuse(self, fids, geoms, codes):
        """The planned land use as read (geometries repaired, None where there is none)."""
        keep = np.array([g is not None for g in geoms], dtype=bool)
        fids, geoms, codes = np.asarray(fids)[keep], _array(geoms)[keep], _array(codes)[keep]
        self.state = dict(zip(fids.tolist(), zip(geoms, codes)))
        for indicator, (per, outside, total) in self._shares(geoms, codes).items():
            self.table.per_cluster[indicator], self.table.outside[indicator] = per, outside
            self.table.total[indicator] = total

    def set_line(self, indicator, geoms):
        """永久基本农田 or 生态保护红线 from its line's polygons, as lantu:indicatorbreakdown sums them (ground two
        features share counts once); None: the line is not given (0)."""
        if geoms is None:
            self.table.add_nothing(indicator)
            return
        line, _ = self_overlap.counted_once(_array(g for g in geoms if g is not None))
        area = shapely.area(line)
        ia, ib, shared = overlay.shared_areas(line, self.cluster_geoms)
        self.table.add(indicator, area, area, ia, ib, shared, self.group)

    def edit(self, changed=None, deleted=()):
        """Features of the planned land use changed ({fid: (valid geometry or None, code)}) or deleted."""
        changed = changed or {}
        fids = set(changed) | {int(f) for f in deleted}
        old = [self.state[f] for f in fids if f in self.state]
        for f in fids:
            self.state.pop(f, None)
        for f, (geometry, code) in changed.items():
            if geometry is not None:
                self.state[f] = (geometry, code)
        new = [self.state[f] for f in fids if f in self.state]
        for sign, features in ((-1.0, old), (1.0, new)):
            if not features:
                continue
            for indicator, (per, outside, total) in self._shares(*zip(*features)).items():
                self.table.per_cluster[indicator] = self.table.per_cluster[indicator] + sign * per
                self.table.outside[indicator] += sign * outside
                self.table.total[indicator] += sign * total

    def by_scope(self):
        """{scope: {indicator: 公顷}}: '' the whole area, else a cluster's name (Breakdown.by_scope)."""
        return self.table.by_scope(self.clusters.names)

    def check(self, target_rows):
        """indicators.CheckRow per target of the targets page ({column: text} rows, as the dock keeps them)."""
        rows = [(n + 1, {k: v for k, v in row.items()}) for n, row in enumerate(target_rows)]
        return indicators.check(indicators.parse_targets(rows, "targets"), self.by_scope())
