"""The indicator breakdown per village cluster (规划指标分解表): the clusters as a plan's table lists
them, each indicator's value per planned feature (耕地 net of 田坎), and the sums per cluster.

Which indicators there are and which class set each sums is core.indicators.INDICATORS.
"""
from dataclasses import dataclass, field

import numpy as np

from .indicators import INDICATOR_IDS, INDICATORS, per_group

CLUSTER, OUTSIDE, TOTAL = "cluster", "outside", "total"  # the kinds of the table's rows
# Values that mark a village as the cluster's central village (中心村) in a flag field.
CENTER_FLAGS = {"1", "Y", "YES", "T", "TRUE", "是", "中心村"}
# Less than this (m²) outside every cluster is float noise along shared boundaries, not a row.
NOISE_M2 = 1.0
SEPARATOR = "、"


def text_column(values):
    """Attribute values as stripped text ('' for NULL), to name and group by."""
    return np.array(["" if v is None else str(v).strip() for v in values], dtype=object)


@dataclass
class Clusters:
    """The village clusters, in table order: township by township, then as they first appear."""

    group: np.ndarray  # cluster index per feature
    names: list
    township: list = field(default_factory=list)  # per cluster: its townships, joined
    villages: list = field(default_factory=list)  # per cluster: its villages (a layer of villages)
    center: list = field(default_factory=list)  # per cluster: its central village(s)


def clusters(key, township, village=None, center=None):
    """Clusters from per-feature text columns: `key` names each feature's cluster, `township` its
    township ('' where unknown). With `village` the features are villages: `center` flags the
    central ones (CENTER_FLAGS). Without, the features are clusters and `center` names their
    central village."""
    center = np.full(len(key), "", dtype=object) if center is None else center
    names = list(dict.fromkeys(key.tolist()))
    township_order = list(dict.fromkeys(township.tolist()))
    first_township = {k: township[np.flatnonzero(key == k)[0]] for k in names}
    names.sort(key=lambda k: township_order.index(first_township[k]))
    index = {k: i for i, k in enumerate(names)}
    out = Clusters(np.array([index[k] for k in key], dtype=np.int64), names)
    for k in names:
        members = np.flatnonzero(out.group == index[k])
        out.township.append(SEPARATOR.join(dict.fromkeys(t for t in township[members] if t)))
        if village is not None:
            out.villages.append(SEPARATOR.join(dict.fromkeys(v for v in village[members] if v)))
            out.center.append(SEPARATOR.join(v for v, c in zip(village[members], center[members])
                                             if c.upper() in CENTER_FLAGS))
        else:
            out.villages.append("")
            out.center.append(SEPARATOR.join(dict.fromkeys(c for c in center[members] if c)))
    return out


class CoefficientError(ValueError):
    """A 田坎 coefficient (KCXS) outside 0–1 on a feature that counts as 耕地; args[0] is one such value."""


def feature_values(class_sets, fine_codes, area, kcxs=None):
    """{indicator: (value per feature, undecided mask)} for the indicators a class set sums.

    A feature counts with its area where its class is in the set (undecided classes: not at all);
    耕地保有量 is counted net of 田坎 where per-feature coefficients `kcxs` are given (NaN = 0).
    Raises CoefficientError when a 耕地 feature's coefficient is outside 0–1.
    """
    out = {}
    for indicator, _, set_name in INDICATORS:
        if set_name is None:
            continue
        member, decided = class_sets.membership(set_name, fine_codes)
        value = np.where(member & decided, area, 0.0)
        if indicator == "farmland" and kcxs is not None:
            bad = (kcxs < 0) | (kcxs >= 1)
            if bad[member].any():
                raise CoefficientError(kcxs[member & bad][0])
            value = value * (1.0 - np.nan_to_num(kcxs))
        out[indicator] = (value, ~decided)
    return out


@dataclass
class Breakdown:
    """Each indicator's value per cluster (m²), outside every cluster, and in all."""

    n_clusters: int
    per_cluster: dict = field(default_factory=dict)
    outside: dict = field(default_factory=dict)
    total: dict = field(default_factory=dict)

    def add(self, indicator, value, geometry_area, ia, ib, shared, group_of_b):
        """Share a per-feature value out to the clusters through the overlay (ia, ib, shared)."""
        self.per_cluster[indicator], self.outside[indicator] = per_group(value, geometry_area, ia, ib, shared,
                                                                         group_of_b, self.n_clusters)
        self.total[indicator] = float(value.sum())

    def add_nothing(self, indicator):
        """An indicator whose layer was not given: 0 everywhere."""
        self.per_cluster[indicator], self.outside[indicator], self.total[indicator] = np.zeros(self.n_clusters), 0.0, 0.0

    def add_unknown(self, indicator):
        """An indicator whose layer was given but could not be looked at (empty, or lying apart): NaN everywhere,
        not checked, never a 0 that would pass or fail a target."""
        self.per_cluster[indicator] = np.full(self.n_clusters, np.nan)
        self.outside[indicator], self.total[indicator] = np.nan, np.nan

    def rows(self, clusters, outside_name, total_name):
        """The table: (seq, township, cluster, villages, center, kind, [value per indicator]) per
        cluster, then the land outside every cluster (when there is any) and the total."""
        out = [(g + 1, clusters.township[g], clusters.names[g], clusters.villages[g], clusters.center[g], CLUSTER,
                [float(self.per_cluster[i][g]) for i in INDICATOR_IDS]) for g in range(self.n_clusters)]
        if np.nanmax([np.nan_to_num(v) for v in self.outside.values()]) > NOISE_M2:
            out.append((None, "", outside_name, "", "", OUTSIDE, [self.outside[i] for i in INDICATOR_IDS]))
        out.append((None, "", total_name, "", "", TOTAL, [self.total[i] for i in INDICATOR_IDS]))
        return out

    def by_scope(self, names):
        """{scope: {indicator: 公顷}} for the target check: '' is the whole area, else a cluster name."""
        scopes = {"": {i: self.total[i] / 1e4 for i in INDICATOR_IDS}}
        for g, name in enumerate(names):
            scopes.setdefault(name, {i: float(self.per_cluster[i][g]) / 1e4 for i in INDICATOR_IDS})
        return scopes
