"""The targets kept live (core.live_indicators): computed once, in a background thread, when editing starts — a
county's parcels shared out to the village clusters take seconds, and the planner should not wait for them to start
drawing — then changed edit by edit on the main thread. Edits made before it is ready are kept and applied, in order,
when it is. The thread works on geometries of its own, made from WKB: a geometry the main thread's checks prepare is
never touched by two threads at once (GEOS's prepared geometries are not thread-safe)."""
from concurrent.futures import ThreadPoolExecutor

import shapely

from ..core.class_sets import load_class_sets
from ..core.live_indicators import LiveIndicators
from ..core.livecheck import usable

_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lantu-live-targets")


def _compute(scheme, names, clusters, fids, raw, codes, lines):
    """In the thread: geometries of its own, from WKB written on the main thread."""
    table = LiveIndicators(load_class_sets(), scheme, names, shapely.from_wkb(clusters))
    table.set_landuse(fids, usable(shapely.from_wkb(raw)), codes)
    for indicator, wkb in lines.items():
        table.set_line(indicator, None if wkb is None else shapely.from_wkb(wkb))
    return table


class LiveTargets:
    def __init__(self, scheme, names, clusters, fids, raw, codes, lines):
        """`raw` the parcels as read (repaired in the thread), `lines` {indicator: a line's polygons or None}. Their
        WKB is taken here, on the main thread: the thread never reads a geometry the main thread may prepare."""
        self.table, self.problem, self.queue = None, None, []
        lines = {k: None if v is None else shapely.to_wkb(v) for k, v in lines.items()}
        self.future = _POOL.submit(_compute, scheme, names, shapely.to_wkb(clusters), fids, shapely.to_wkb(raw), codes,
                                   lines)

    def ready(self):
        """Whether the figures are there (the edits made meanwhile applied); False while computing or failed."""
        if self.table is None and self.problem is None and self.future.done():
            try:
                self.table = self.future.result()
            except Exception as error:  # noqa: BLE001 - said on the page, never a traceback in the planner's face
                self.problem = str(error)
                return False
            for method, args in self.queue:
                getattr(self.table, method)(*args)
            self.queue = []
        return self.table is not None

    def wait(self):
        self.future.exception()  # blocks until done, raises nothing
        return self.ready()

    def edit(self, changed, gone):
        self._do("edit", changed, list(gone))

    def set_line(self, indicator, geoms):
        self._do("set_line", indicator, geoms)

    def _do(self, method, *args):
        if self.ready():
            getattr(self.table, method)(*args)
        else:
            self.queue.append((method, args))

    def check(self, targets):
        """indicators.CheckRow per target, or None while the figures are not ready."""
        return self.table.check(targets) if self.ready() else None
