#!/usr/bin/env python3
"""Generate the Lantu demo 片区 (a synthetic township-cluster planning area).

The data imitate a hilly Sichuan 片区 like the one in seed plan 003 (about 350 km², 5 乡镇,
45 村, 14 村级片区): a DEM is made first, rivers, reservoirs, towns, roads and settlements are
laid on it, and the current land use (三调 DLTB) is derived from elevation and slope. The
planned land use (用地用海 2023), the three control lines and a few deliberate faults and
conflicts follow. Everything is deterministic for a given (--parcels, --seed).

    python scripts/make_demo.py                       # resources/demo, ~15 000 parcels
    python scripts/make_demo.py --parcels 400000 --no-dem --out /tmp/bench

Only numpy, shapely >= 2 and GDAL/OGR/OSR are used. See resources/demo/README.md.
"""
# The stages live in scripts/demo_data/, one module per part of the area (see its modules' docstrings);
# this file keeps the command line and the order of the stages (Demo.run).
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from demo_data import (
    admin,
    control_lines,
    dltb,
    fabric,
    landuse,
    output,
    planned,
    reservoirs,
    rivers,
    roads,
    settlements,
    small_features,
    summary,
    terrain,
    towns,
)
from demo_data.settings import BASE_AREA, BASE_PARCELS, CENTER_LONLAT, EPSG, ROOT, Table, log
from osgeo import osr


class Demo:
    """The generator's state: arguments, random streams, and everything the stages make.

    Each stage (a function of a demo_data module) reads what earlier stages left on it and adds
    its own results. Stages draw from the next of 64 independent random streams (rng()) each
    time they ask for one, most of them once at their start, so the order of the stages and
    of those calls (see run) is part of the output."""

    def __init__(self, parcels=BASE_PARCELS, seed=2035):
        self.n_parcels = int(parcels)
        self.seed = int(seed)
        self.scale = self.n_parcels / BASE_PARCELS
        self.area = BASE_AREA * self.scale
        seed_seq = np.random.SeedSequence(self.seed)
        self._rngs = iter([np.random.default_rng(child) for child in seed_seq.spawn(64)])
        self.t0 = time.time()
        # centre of the area in EPSG:4523
        geo = osr.SpatialReference()
        geo.ImportFromEPSG(4490)
        geo.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        gk = osr.SpatialReference()
        gk.ImportFromEPSG(EPSG)
        gk.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        x, y, _ = osr.CoordinateTransformation(geo, gk).TransformPoint(*CENTER_LONLAT)
        # all geometry work happens in local coordinates (small magnitudes keep GEOS exact);
        # the false origin is added back when writing
        self.ox, self.oy = round(x, -3), round(y, -3)
        self.cx, self.cy = x - self.ox, y - self.oy
        self.dlbm_table = Table("sandiao_dlbm.csv")
        self.ydyh_table = Table("ydyh2023_codes.csv")
        self.sandiao_to_ydyh = Table("sandiao_to_ydyh.csv", "dlbm")

    def rng(self):
        return next(self._rngs)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_to_laea", None)
        state["_rngs"] = list(state["_rngs"])
        return state

    def __setstate__(self, state):
        state["_rngs"] = iter(state["_rngs"])
        self.__dict__.update(state)

    def step(self, msg):
        log(f"[{time.time() - self.t0:7.1f}s] {msg}")

    def run(self, out_dir, dem=True):
        terrain.make_domain(self)
        rivers.make_rivers(self)
        terrain.make_terrain(self)
        reservoirs.make_reservoirs(self)
        admin.make_admin(self)
        towns.make_towns(self)
        roads.make_roads(self)
        settlements.make_settlements(self)
        small_features.make_small_features(self)
        fabric.make_fabric(self)
        landuse.classify(self)
        dltb.finish_dltb(self)
        control_lines.make_lines(self)
        planned.make_ghyd(self)
        output.write(self, out_dir, dem=dem)
        summ = summary.summary(self)
        with open(Path(out_dir) / "summary.json", "w", encoding="utf-8") as json_file:
            json.dump(summ, json_file, ensure_ascii=False, indent=1)
        return summ


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "resources" / "demo"), help="output directory")
    parser.add_argument("--parcels", type=int, default=BASE_PARCELS,
                        help="about how many 三调 parcels (the area scales with it; default %(default)s)")
    parser.add_argument("--seed", type=int, default=2035, help="random seed (default %(default)s)")
    parser.add_argument("--no-dem", action="store_true", help="do not write dem.tif (benchmarks)")
    args = parser.parse_args(argv)
    demo = Demo(args.parcels, args.seed)
    summ = demo.run(args.out, dem=not args.no_dem)
    summary.print_summary(summ)
    log(f"done in {time.time() - demo.t0:.1f} s")


if __name__ == "__main__":
    main()
