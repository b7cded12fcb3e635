"""Names and codes of the townships (乡镇), villages (村/社区) and village clusters (村级片区)."""
from __future__ import annotations

import numpy as np

from .settings import CLUSTER_THEMES, COUNTY, STEM_A, STEM_B, TOWNSHIP_NAMES


def township_names(stems, n_town):
    """Names and 9-digit codes (镇 101.., 乡 201..) of the townships; the first five are fixed
    when there are at most six, and duplicate names get a number."""
    names, codes = [], []
    n_zhen = 0
    for town in range(n_town):
        if town < len(TOWNSHIP_NAMES) and n_town <= 6:
            name = TOWNSHIP_NAMES[town]
        else:
            name = stems[(town * 7919) % len(stems)] + ("乡" if town % 5 == 4 else "镇")
            if town < len(TOWNSHIP_NAMES):
                name = TOWNSHIP_NAMES[town]
        if name.endswith("乡"):
            codes.append(f"{COUNTY}{200 + (town - n_zhen) + 1:03d}")
        else:
            n_zhen += 1
            codes.append(f"{COUNTY}{100 + n_zhen:03d}")
        names.append(name)
    # unique township names
    seen = {}
    for town, name in enumerate(names):
        if name in seen:
            names[town] = name[:-1] + str(seen[name] + 1) + name[-1]
        seen[name] = seen.get(name, 0) + 1
    return names, codes


def village_names(stems, vill_town, seed_cells, town_codes):
    """Names and 12-digit codes of the villages: the seat village of a township is its 社区 (001),
    the others are 村 (201..)."""
    names, codes = [], []
    used = set()
    stem_index = 0
    count_in_town = np.zeros(len(town_codes), int)
    seeds = seed_cells.tolist()
    for vill in range(len(vill_town)):
        town = vill_town[vill]
        while stems[stem_index % len(stems)] in used and stem_index < 4 * len(stems):
            stem_index += 1
        stem = stems[stem_index % len(stems)]
        stem_index += 1
        if len(used) < len(stems):
            used.add(stem)
        if vill == seeds.index(seed_cells[vill]) and seed_cells[vill] == town:   # seat village
            names.append(stem + "社区")
            codes.append(town_codes[town] + "001")
        else:
            count_in_town[town] += 1
            names.append(stem + "村")
            codes.append(town_codes[town] + f"{200 + count_in_town[town]:03d}")
    return names, codes


def cluster_names(vill_names, centres, clus_town, town_codes):
    """Names (centre village + theme + 片区) and 11-digit codes of the village clusters."""
    names, codes = [], []
    count_in_town = np.zeros(len(town_codes), int)
    themes = list(CLUSTER_THEMES)
    for clus in range(len(centres)):
        town = clus_town[clus]
        count_in_town[town] += 1
        centre_name = vill_names[centres[clus]]
        stem = centre_name[:-2] if centre_name.endswith("社区") else centre_name[:-1]
        names.append(stem + themes[(clus * 5) % len(themes)] + "片区")
        codes.append(town_codes[town] + f"{count_in_town[town]:02d}")
    return names, codes


def name_units(rng, n_town, vill_town, seed_cells, centres, clus_town):
    """Names and codes of every township, village and cluster, from shuffled two-character stems."""
    stems = [first + second for first in STEM_A for second in STEM_B]
    order = rng.permutation(len(stems))
    stems = [stems[i] for i in order]
    town_name, town_code = township_names(stems, n_town)
    vill_name, vill_code = village_names(stems, vill_town, seed_cells, town_code)
    clus_name, clus_code = cluster_names(vill_name, centres, clus_town, town_code)
    return dict(town_name=town_name, town_code=town_code, vill_name=vill_name, vill_code=vill_code,
                clus_name=clus_name, clus_code=clus_code)
