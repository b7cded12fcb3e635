"""The guard every Lantu algorithm runs inside (LantuAlgorithm wraps each subclass's processAlgorithm in
`guarded`, so algorithms added later are guarded too).

Before the algorithm runs: no destination may be the file of an input, every destination's folder must
exist (destinations.py), and a shapefile that declares no encoding is read in the one its text is in
(encoding.py). While it runs: the readers note what they read (`note_layer`, `reading`), so that a
message can name the layer. Whatever goes wrong unexpectedly becomes a QgsProcessingException in the
planner's words — which algorithm, which layer and feature, what to do — with the traceback in the QGIS
log (tag "Lantu"); a QgsProcessingException raised on purpose passes on with its words unchanged (raised afresh,
without its traceback: see `guarded`).
"""
import functools
import re
import threading
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field

from qgis.core import QgsMessageLog, QgsProcessingException

from ...compat import CRITICAL
from ...translation import tr

LOG_TAG = "Lantu"
_local = threading.local()  # one run per thread: Processing may run algorithms side by side


@dataclass
class LayerNote:
    label: str
    fields: tuple = ()
    count: int = 0
    bounds: tuple = None  # (xmin, ymin, xmax, ymax) in the working CRS, None when empty or not moved there
    crs: object = None  # the CRS its coordinates were read in, and their extent there
    extent: tuple = None


@dataclass
class Run:
    """What the guard knows about the run in this thread."""

    algorithm: str
    instance: object = None  # the algorithm, for what it declares (REPORTS_CRS_FAULTS)
    layers: list = field(default_factory=list)  # LayerNote, in the order read
    steps: list = field(default_factory=list)  # what is being done now, innermost last: (label, feature id)
    failed_in: tuple = None  # the step an unexpected error came out of


def current():
    """The guarded run in this thread, or None outside one (a test calling the bridge directly)."""
    return getattr(_local, "run", None)


def note_layer(label, fields=(), count=0, bounds=None, crs=None, extent=None):
    run = current()
    if run is not None:
        run.layers.append(LayerNote(label, tuple(fields), count, bounds, crs, extent))


def layer_with_field(field_name):
    """The label of the layer read last that has `field_name`, or None."""
    run = current()
    for note in reversed(run.layers if run else []):
        if field_name in note.fields:
            return note.label
    return None


@contextmanager
def reading(label, fid=None):
    """Mark what is being done, so that an unexpected error can say where it happened."""
    run = current()
    if run is None:
        yield
        return
    run.steps.append((label, fid))
    try:
        yield
    except QgsProcessingException:
        raise
    except Exception:
        run.failed_in = run.failed_in or (label, fid)
        raise
    finally:
        run.steps.pop()


def guarded(process):
    """processAlgorithm, run inside the guard."""
    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        if current() is not None and getattr(_local, "owner", None) is self:
            return process(self, parameters, context, feedback)  # a subclass calling super().processAlgorithm
        outer, outer_owner = current(), getattr(_local, "owner", None)
        _local.run, _local.owner = Run(self.displayName(), self), self
        try:
            from . import destinations, encoding

            destinations.check(self, parameters, context)
            parameters = encoding.fix_inputs(self, dict(parameters), context, feedback)
            return process(self, parameters, context, feedback)
        except QgsProcessingException as error:
            failure = QgsProcessingException(str(error))
        except Exception as error:  # noqa: BLE001 - the one place every unexpected error is turned into words
            failure = planner_error(self, error, feedback)
        finally:
            _local.run, _local.owner = outer, outer_owner  # a model runs its children inside its own run
        # Raised afresh, out here, with the run's data let go first: QGIS 3.22's bindings never free an exception
        # raised out of processAlgorithm, and its traceback would keep every frame's locals (a county's geometries,
        # the layers it read) until QGIS quits.
        del self, parameters, context, feedback, outer, outer_owner
        raise failure

    run.lantu_guarded = True
    return run


# Python's words a planner should not be shown: exception class names, file and line references.
_PYTHON_WORDS = re.compile(r"\b[A-Z]\w*(Error|Exception)\b:?\s*|Traceback.*|File \".*")


def planner_error(algorithm, error, feedback):
    """The QgsProcessingException a planner gets for an unexpected error; the traceback goes to the log."""
    run = current()
    where = run.failed_in if run and run.failed_in else (run.steps[-1] if run and run.steps else None)
    QgsMessageLog.logMessage(
        tr("{0} stopped unexpectedly{1}.").format(algorithm.displayName(), _where(where)) + "\n" +
        "".join(traceback.format_exception(type(error), error, error.__traceback__)), LOG_TAG, CRITICAL)
    detail = _PYTHON_WORDS.sub("", str(error).strip().splitlines()[0] if str(error).strip() else "").strip()
    if feedback is not None:
        feedback.reportError(tr("{0}: unexpected error{1} (details in the QGIS log, tab Lantu).").format(
            algorithm.displayName(), _where(where)), False)
    detail = tr(" ({0})").format(detail[:200]) if detail else ""
    if where is None:
        return QgsProcessingException(tr(
            "{0} stopped on something it did not expect{1}. Check the input layers' geometries, coordinate systems "
            "and fields (lantu:checklanduse finds most faults), correct them and run again. If it happens again, send "
            "the full report from the QGIS log (View ▸ Panels ▸ Log Messages, tab Lantu) to the Lantu developers."
        ).format(algorithm.displayName(), detail))
    return QgsProcessingException(tr(
        "{0} stopped on something it did not expect{1}{2}. Check that layer's geometries, coordinate system and "
        "fields (lantu:checklanduse finds most faults), correct them and run again. If it happens again, send the "
        "full report from the QGIS log (View ▸ Panels ▸ Log Messages, tab Lantu) to the Lantu developers."
    ).format(algorithm.displayName(), _where(where), detail))


def _where(where):
    if where is None:
        return ""
    label, fid = where
    if fid is None:
        return tr(" while reading {0}").format(label)
    return tr(" while reading {0}, feature {1}").format(label, fid)
