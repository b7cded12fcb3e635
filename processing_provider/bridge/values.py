"""Attribute values that must make sense before anything is computed from them: an area or a population is
never negative. A wrong value is refused with the layer, the field and the feature ids, never used as it is."""
import numpy as np
from qgis.core import QgsProcessingException

from ...translation import tr

SHOWN_IDS = 5  # feature ids a message lists before "…"


def refuse_negative(values, fids, label, field_name, what):
    """Raise a clear message when a numeric column (NaN = no value) holds negative values; `what` says what the
    field holds ('an area', 'a population')."""
    values = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        negative = np.flatnonzero(values < 0)
    if len(negative) == 0:
        return values
    shown = ", ".join(str(int(f)) for f in np.asarray(fids)[negative][:SHOWN_IDS])
    more = ", …" if len(negative) > SHOWN_IDS else ""
    raise QgsProcessingException(tr(
        "{0}: field {1} holds negative values ({2:g} at feature {3}); {4} cannot be negative. Features: {5}{6}. "
        "Correct them and run again.").format(label, field_name, values[negative[0]], int(np.asarray(fids)[negative[0]]),
                                              what, shown, more))
