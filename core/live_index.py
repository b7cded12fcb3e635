"""The features of one layer while it is edited: built once from a bulk read, then changed feature by feature.

An STRtree cannot be changed, so the index keeps the tree of the layer as it was read and, beside it, the
features changed since (new geometry, or None where deleted); a query asks both. After many changes the
tree is built again, so a long session never scans a long list of changes per edit.
"""
import numpy as np
import shapely

REBUILD_AFTER = 5000  # changed features kept beside the tree before it is built again


class FeatureIndex:
    """Current geometry and attributes of a layer's features, by feature id, with a spatial index."""

    def __init__(self, fids, geoms, columns=None, repair=None):
        """`repair(geoms)`: the geometries as they are checked (made valid), done lazily, for the features an edit
        reaches: validating a county's parcels up front would cost more than all the edits of a session."""
        self.columns = {k: dict(zip(np.asarray(fids).tolist(), v)) for k, v in (columns or {}).items()}
        self.repair = repair
        self._build(np.asarray(fids, dtype=np.int64), np.asarray(geoms, dtype=object))

    def _build(self, fids, geoms):
        present = np.array([g is not None for g in geoms], dtype=bool)
        present[present] = ~shapely.is_empty(geoms[present])
        self.fids, self.geoms = fids[present], geoms[present].copy()
        self.repaired = np.full(len(self.fids), self.repair is None)
        self.position = dict(zip(self.fids.tolist(), range(len(self.fids))))
        self.tree = shapely.STRtree(self.geoms)  # by the geometries as drawn: their extents are the same
        self.changed = {}  # fid -> geometry now, repaired (None: deleted or without geometry)

    def _repair(self, positions):
        positions = np.asarray(positions, dtype=np.int64)
        todo = positions[~self.repaired[positions]]
        if len(todo):
            self.geoms[todo] = self.repair(self.geoms[todo])
            self.repaired[todo] = True

    def geometry(self, fid):
        """The feature's geometry now, or None (deleted, unknown, or without one)."""
        if fid in self.changed:
            return self.changed[fid]
        at = self.position.get(fid)
        if at is None:
            return None
        self._repair([at])
        return self.geoms[at]

    def value(self, column, fid):
        return self.columns.get(column, {}).get(fid)

    def set(self, fid, geometry, values=None):
        """A feature added or changed (geometry None: it has none now)."""
        if geometry is not None and shapely.is_empty(geometry):
            geometry = None
        self.changed[fid] = geometry
        for column, value in (values or {}).items():
            self.columns.setdefault(column, {})[fid] = value
        self._maybe_rebuild()

    def delete(self, fid):
        self.changed[fid] = None
        for column in self.columns.values():
            column.pop(fid, None)
        self._maybe_rebuild()

    def _maybe_rebuild(self):
        if len(self.changed) > REBUILD_AFTER:
            fids, geoms = self.current()
            self._build(fids, geoms)

    def current(self):
        """(fids, geometries) of every feature with a geometry now."""
        self._repair(np.arange(len(self.fids)))
        keep = np.array([f not in self.changed for f in self.fids.tolist()], dtype=bool)
        extra = [(f, g) for f, g in self.changed.items() if g is not None]
        fids = np.concatenate([self.fids[keep], np.array([f for f, _ in extra], dtype=np.int64)])
        geoms = np.concatenate([self.geoms[keep], np.array([g for _, g in extra] + [None], dtype=object)[:-1]])
        return fids, geoms

    def near(self, geoms, predicate="intersects"):
        """Feature ids (ascending) whose current geometry meets any of `geoms` (by `predicate`)."""
        geoms = np.asarray([g for g in geoms if g is not None and not shapely.is_empty(g)], dtype=object)
        if len(geoms) == 0:
            return np.empty(0, dtype=np.int64)
        _, hits = self.tree.query(geoms, predicate=predicate)
        found = {f for f in self.fids[np.unique(hits)].tolist() if f not in self.changed}
        if self.changed:
            fids = [f for f, g in self.changed.items() if g is not None]
            others = np.array([self.changed[f] for f in fids] + [None], dtype=object)[:-1]
            if len(others):
                _, hit = shapely.STRtree(others).query(geoms, predicate=predicate)
                found.update(np.asarray(fids)[np.unique(hit)].tolist())
        return np.array(sorted(found), dtype=np.int64)

    def geometries(self, fids):
        fids = [int(f) for f in fids]
        self._repair([self.position[f] for f in fids if f in self.position and f not in self.changed])
        return np.array([self.geometry(f) for f in fids] + [None], dtype=object)[:-1]
