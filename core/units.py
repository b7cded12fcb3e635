"""Area units used in planning tables: m², 公顷 (ha) and 亩 (mu)."""
import numpy as np

M2_PER_HA = 10000
MU_PER_HA = 15
M2_PER_MU = M2_PER_HA / MU_PER_HA  # 1 亩 = 666.67 m²
# Boundary noise: an overlay piece smaller than this (10 cm × 10 cm) is float noise along shared edges (two
# layers reprojected from different CRSs leave pieces of 1e-8 m²), not land: not a change, not a conflict.
NOISE_M2 = 0.01


def _as_number_or_array(area_m2):
    # Lists and tuples become arrays so arithmetic is element-wise; floats and arrays pass through.
    if isinstance(area_m2, (list, tuple)):
        return np.asarray(area_m2, dtype=float)
    return area_m2


def m2_to_ha(area_m2):
    """Square metres to 公顷; works on a number or an array."""
    return _as_number_or_array(area_m2) / M2_PER_HA


def m2_to_mu(area_m2):
    """Square metres to 亩; works on a number or an array."""
    # Multiply before dividing so that 1 公顷 is exactly 15 亩 (10000 / M2_PER_MU is not).
    return _as_number_or_array(area_m2) * MU_PER_HA / M2_PER_HA


def area_triplet(area_m2):
    """(m², 公顷, 亩) for one area or an array of areas, as every area output reports them."""
    area_m2 = _as_number_or_array(area_m2)
    return area_m2, m2_to_ha(area_m2), m2_to_mu(area_m2)


# How planners write an area unit in a targets table -> 公顷 per one of it. 万亩 is how county plans state 耕地 targets.
HA_PER_UNIT = {"公顷": 1.0, "HA": 1.0, "HM2": 1.0, "HECTARE": 1.0, "HECTARES": 1.0,
               "亩": 1.0 / MU_PER_HA, "MU": 1.0 / MU_PER_HA, "万亩": 10000.0 / MU_PER_HA,
               "平方米": 1.0 / M2_PER_HA, "M2": 1.0 / M2_PER_HA,
               "平方千米": 100.0, "平方公里": 100.0, "KM2": 100.0}


def ha_per_unit(unit):
    """公顷 per one `unit` (公顷, 亩, 万亩, m², km² in Chinese or English spellings), or None for any other unit."""
    import unicodedata

    key = unicodedata.normalize("NFKC", str(unit or "")).strip().upper().replace(" ", "")  # NFKC: m² -> m2
    return HA_PER_UNIT.get(key.replace("^2", "2"))
