"""The road network: expressways, national roads along the trunks, provincial roads up the
tributaries, county roads between the seats, township roads to the villages, and village roads."""
from __future__ import annotations

import math

import numpy as np
import shapely
from shapely import STRtree

from .geometry import chaikin, float_coords
from .routing import connector, follow, route

GRADE_WIDTH = {"高速公路": (26, 35), "国道": (12, 20), "省道": (10, 12), "县道": (7, 9), "乡道": (5, 6), "村道": (4, 5)}
EXPRESSWAY_NAMES = [("G75", "兰海高速"), ("G5", "京昆高速"), ("G8513", "平绵高速"), ("G0512", "成乐高速"),
                    ("G4215", "蓉遵高速")]
NATIONAL_CODES = ["G212", "G108", "G347", "G542", "G245", "G350"]
PROVINCIAL_CODES = ["S205", "S302"] + [f"S{101 + i * 2}" for i in range(400)]


class RoadNetwork:
    """The major roads laid so far (dicts: geom, grade, lxbm, name, width, strip_w) and the
    running numbers of the county (X) and township (Y) roads."""

    def __init__(self, demo, rng):
        self.demo = demo
        self.rng = rng
        self.roads = []
        self.county_no = iter(range(101, 100000, 2))
        self.township_no = iter(range(1, 100000))

    def add(self, coords, grade, lxbm, name, width="auto"):
        lo, hi = GRADE_WIDTH[grade]
        width = round(float(self.rng.uniform(lo, hi)) * 2) / 2 if width == "auto" else width
        line = shapely.LineString(float_coords(coords))
        if line.length < 30:
            return None
        self.roads.append(dict(geom=line, grade=grade, lxbm=lxbm, name=name, width=width,
                               strip_w=width if width is not None else (lo + hi) / 2))
        return len(self.roads) - 1

    def add_county(self, coords, name):
        self.add(coords, "县道", f"X{next(self.county_no)}", name)

    def geoms(self):
        return [road["geom"] for road in self.roads]


def big_seats(demo):
    """The seats of the big towns (every fifth township, the first included)."""
    return [town for town in range(demo.n_town) if town % 5 == 0]


def add_expressways(net):
    """Straight-ish expressways across the area, passing 2-3 km from the big towns."""
    demo, rng = net.demo, net.rng
    seat = demo.seat_xy
    n_exp = max(1, int(round(0.6 * math.sqrt(demo.scale))))
    seats = big_seats(demo)
    for exp in range(n_exp):
        town = seats[exp % len(seats)]
        ang = demo.rotation + rng.choice([-1, 1]) * rng.uniform(0.35, 0.6)
        direction = np.array([math.cos(ang), math.sin(ang)])
        normal = np.array([-direction[1], direction[0]])
        through = seat[town] + normal * rng.choice([-1, 1]) * rng.uniform(2000, 3000)
        span = 3.0 * demo.radius
        at = np.linspace(-1, 1, int(2 * span / 200) + 1)
        coords = through[None] + direction[None] * (at * span)[:, None]
        coords += normal[None] * (rng.uniform(500, 1100) * np.sin(np.pi * (at + 1) / 2 * rng.uniform(1, 2))
                                  )[:, None]
        code, name = EXPRESSWAY_NAMES[exp % len(EXPRESSWAY_NAMES)]
        net.add(chaikin(coords, 2), "高速公路", code, name)


def add_national_roads(net):
    """National roads along the trunks, through the seats beside them."""
    demo, rng = net.demo, net.rng
    trunk_ids = [i for i, river in enumerate(demo.rivers) if river["order"] == 0]
    for n_national, river_id in enumerate(trunk_ids):
        seats = [demo.seat_xy[town] for town in range(demo.n_town) if demo.seat_river[town] == river_id]
        coords = follow(rng, demo.rivers[river_id]["coords"], rng.choice([-1, 1]), 120, 230, 9000, seats)
        code = (NATIONAL_CODES[n_national % len(NATIONAL_CODES)]
                + ("" if n_national < len(NATIONAL_CODES) else f"-{n_national}"))
        net.add(coords, "国道", code, f"国道{code[1:]}线")


def add_provincial_roads(net):
    """Provincial roads up the tributaries that lead to seats (at least two), from the major
    network through the seat and out of the area beyond the head of the valley."""
    demo, rng = net.demo, net.rng
    rivers = demo.rivers
    prov_rivers = [demo.seat_river[town] for town in range(demo.n_town)
                   if rivers[demo.seat_river[town]]["order"] == 1]
    if len(prov_rivers) < 2:
        longs = sorted([i for i, river in enumerate(rivers) if river["order"] == 1],
                       key=lambda i: -len(rivers[i]["coords"]))
        prov_rivers += [i for i in longs if i not in prov_rivers][:2 - len(prov_rivers)]
    ring = shapely.get_exterior_ring(demo.domain)
    for n_prov, river_id in enumerate(dict.fromkeys(prov_rivers)):
        river = rivers[river_id]["coords"]
        seats = [demo.seat_xy[town] for town in range(demo.n_town) if demo.seat_river[town] == river_id]
        via = seats[0] if seats else river[len(river) * 2 // 3]
        major = shapely.MultiLineString(net.geoms())
        start = np.array(shapely.shortest_line(shapely.Point(river[0]), major).coords[1])
        # out of the area beyond the head of the valley
        exit_pt = np.array(shapely.shortest_line(shapely.Point(river[-1]), ring).coords[1])
        outward = exit_pt - np.array(via)
        exit_pt = exit_pt + outward / max(np.hypot(*outward), 1) * 400
        to_via = route(demo, rng, start, via)
        to_exit = route(demo, rng, via, exit_pt)
        code = PROVINCIAL_CODES[n_prov]
        net.add(np.vstack([to_via, to_exit[1:]]), "省道", code, f"省道{code[1:]}线")


def seat_spanning_tree(pts):
    """Edges (parent, child) of a minimum spanning tree over points (Prim's algorithm from the first)."""
    count = len(pts)
    in_tree = [0]
    best = np.hypot(*(pts - pts[0]).T)
    parent = np.zeros(count, int)
    best[0] = np.inf
    edges = []
    for _ in range(count - 1):
        cand = [i for i in range(count) if i not in in_tree]
        nearest = min(cand, key=lambda idx: best[idx])
        edges.append((parent[nearest], nearest))
        in_tree.append(nearest)
        dist = np.hypot(*(pts - pts[nearest]).T)
        closer = dist < best
        for other in range(count):
            if other not in in_tree and closer[other]:
                best[other] = dist[other]
                parent[other] = nearest
    return edges


def add_county_roads(net):
    """County roads join the seats that the trunk/provincial network does not (a spanning tree of
    the seats, less the pairs on one river system), and link the big towns to the expressway."""
    demo, rng = net.demo, net.rng
    rivers, seat_river, seat = demo.rivers, demo.seat_river, demo.seat_xy
    town_name = demo.townships["name"]
    for town_a, town_b in seat_spanning_tree(seat):
        river_a, river_b = seat_river[town_a], seat_river[town_b]
        same = river_a == river_b or rivers[river_a]["parent"] == river_b or rivers[river_b]["parent"] == river_a or \
            (rivers[river_a]["order"] == 0 and rivers[river_b]["order"] == 0)
        if same:
            continue
        net.add_county(route(demo, rng, seat[town_a], seat[town_b]),
                       f"{town_name[town_a][:2]}{town_name[town_b][:2]}路")
    # interchange links from big towns to the nearest expressway
    expressways = [road["geom"] for road in net.roads if road["grade"] == "高速公路"]
    if expressways:
        exp_lines = shapely.MultiLineString(expressways)
        for town in big_seats(demo):
            link_end = np.array(shapely.shortest_line(shapely.Point(seat[town]), exp_lines).coords[1])
            if np.hypot(*(link_end - seat[town])) < 6000:
                net.add_county(route(demo, rng, seat[town], link_end), f"{town_name[town][:2]}互通连接线")


def add_township_roads(net):
    """Township roads from the network to the village seats (long ones are county roads)."""
    demo, rng = net.demo, net.rng
    vill = demo.villages
    lines = np.array(net.geoms(), object)
    tree = STRtree(lines)
    seats = vill["seat"]
    todo = [vill_id for vill_id in range(len(seats)) if vill["seat_cell"][vill_id] >= demo.n_town]
    seat_pts = shapely.points(seats[todo])
    nearest = tree.query_nearest(seat_pts, all_matches=False)[1]
    ends = shapely.get_coordinates(shapely.get_point(shapely.shortest_line(seat_pts, lines[nearest]), 1))
    for vill_id, end in zip(todo, ends):
        seat = seats[vill_id]
        length = float(np.hypot(*(end - seat)))
        if length < 40:
            continue
        coords = route(demo, rng, end, seat)
        if length > 2800 or (vill["is_center"][vill_id] and length > 1200):
            net.add_county(coords, f"{vill['name'][vill_id][:2]}路")
        else:
            code = f"Y{next(net.township_no):03d}"
            net.add(coords, "乡道", code, f"{vill['name'][vill_id][:2]}乡道")


def make_roads(demo):
    net = RoadNetwork(demo, demo.rng())
    demo.roads = net.roads
    add_expressways(net)
    add_national_roads(net)
    add_provincial_roads(net)
    add_county_roads(net)
    add_township_roads(net)
    demo.step(f"roads: {len(net.roads)} major roads, {sum(road['geom'].length for road in net.roads) / 1e3:.0f} km")


def village_road_links(seats, med_xy, med_village, dist_net, net_end):
    """Per village, a spanning tree of its medium settlements rooted on the road network or the
    village seat (Prim's algorithm): (from, to, village) of every link longer than 40 m."""
    links = []
    for vill_id in range(len(seats)):
        sel = np.flatnonzero(med_village == vill_id)
        if len(sel) == 0:
            continue
        pts = med_xy[sel]
        seat_dist = np.hypot(*(pts - seats[vill_id]).T)
        key = np.minimum(dist_net[sel], seat_dist)
        target = [("net", i) if dist_net[sel][i] <= seat_dist[i] else ("seat", i) for i in range(len(sel))]
        done = np.zeros(len(sel), bool)
        for _ in range(len(sel)):
            i = int(np.argmin(np.where(done, np.inf, key)))
            done[i] = True
            target_kind, j = target[i]
            if target_kind == "net":
                link_end = net_end[sel[i]]
            elif target_kind == "seat":
                link_end = seats[vill_id]
            else:
                link_end = pts[j]
            if np.hypot(*(pts[i] - link_end)) > 40:
                links.append((pts[i], link_end, vill_id))
            dist = np.hypot(*(pts - pts[i]).T)
            closer = (~done) & (dist < key)
            key = np.where(closer, dist, key)
            for other in np.flatnonzero(closer):
                target[other] = ("node", i)
    return links


def add_village_roads(demo, rng, settle):
    """Village roads (村道) from the medium settlements; three of them have no recorded width.
    Returns how many were made."""
    lines = np.array([road["geom"] for road in demo.roads], object)
    tree = STRtree(lines)
    med = np.flatnonzero(settle["kind"] == "medium")
    med_xy = np.column_stack([settle["x"][med], settle["y"][med]])
    med_pts = shapely.points(med_xy)
    nearest = tree.query_nearest(med_pts, all_matches=False)[1]
    to_net = shapely.shortest_line(med_pts, lines[nearest])
    links = village_road_links(demo.villages["seat"], med_xy, settle["village"][med], shapely.length(to_net),
                               shapely.get_coordinates(shapely.get_point(to_net, 1)))
    no_width = set(rng.choice(len(links), size=min(3, len(links)), replace=False).tolist())
    per_village = {}
    for link_no, (settlement_pt, link_end, vill_id) in enumerate(links):
        per_village[vill_id] = per_village.get(vill_id, 0) + 1
        coords = connector(demo, rng, link_end, settlement_pt, tries=3, wiggle=0.1)
        lo, hi = GRADE_WIDTH["村道"]
        width = None if link_no in no_width else round(float(rng.uniform(lo, hi)) * 2) / 2
        demo.roads.append(dict(geom=shapely.LineString(coords), grade="村道", lxbm=f"C{link_no + 1:03d}",
                               name=f"{demo.villages['name'][vill_id]}{per_village[vill_id]}号村道", width=width,
                               strip_w=width if width is not None else 4.5))
    return len(links)
