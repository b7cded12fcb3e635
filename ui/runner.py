"""Run a step's algorithms through Processing as background tasks, one after another.

Each algorithm writes into a staging folder; only when the whole step has finished are its files moved
into the step's results folder and loaded, replacing the previous run's. A cancelled run leaves the
staging folder deleted and the previous results untouched, so no half-written layer is ever loaded.
"""
import os
import shutil
import tempfile
from dataclasses import dataclass, field

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..compat import FLAG_NO_THREADING
from ..core import targets as core_targets
from ..translation import tr
from . import demo
from . import steps as step_defs
from .task_inputs import WAIT_MS, ChangeWatch, keep_copies, shared_layers, task_context, task_value

NOT_AVAILABLE, MISSING_ROLE, FAILED, DONE, CANCELLED = "not_available", "missing_role", "failed", "done", "cancelled"


@dataclass
class RunOutcome:
    algorithm: str
    state: str  # one of the constants above
    name: str = ""  # the algorithm's display name
    results: dict = field(default_factory=dict)
    missing: list = field(default_factory=list)  # role keys
    messages: list = field(default_factory=list)  # (level, text)
    given: list = field(default_factory=list)  # the step's parameters that were filled (a role, field or setting set)


@dataclass
class _Running:
    """One algorithm on its way. The task holds bare pointers to the context, the feedback and the layers among
    its parameters (copies of the project's, made for it): they are kept here until it has finished."""
    task: object  # None for an algorithm run on the main thread
    context: object
    feedback: object
    copies: object = None  # the QgsMapLayerStore that owns the copies among the parameters
    watch: object = None  # the ChangeWatch on the project layers the task reads as themselves

    def let_go(self):
        if self.watch is not None:
            self.watch.close()
        self.copies = None  # the copies are deleted with their store, here on the main thread


def results_root(state, project=None):
    """Where a plan's results live: the setting, else next to the saved project, else a temp folder."""
    project = project or QgsProject.instance()
    chosen = state.settings.get("results_dir")
    if chosen:
        return chosen
    home = project.homePath()
    base = os.path.splitext(os.path.basename(project.fileName()))[0]
    if project.fileName() and demo.inside_plugin(project.fileName()):
        # the bundled demo opened as it is: the results go beside its copy in the profile, never into the plugin
        return os.path.join(demo.writable_folder(), f"{base}_lantu")
    if project.fileName() and home and os.access(home, os.W_OK):
        return os.path.join(home, f"{base}_lantu")
    return os.path.join(tempfile.gettempdir(), f"lantu-results-{os.getuid() if hasattr(os, 'getuid') else 0}")


def resolve(run, algorithm, state, staging, project=None, earlier=()):
    """(parameters, missing roles) for one run: roles, fields, settings and destinations in `staging`; `earlier`:
    the outcomes of the step's runs before this one (for OutputOf)."""
    project = project or QgsProject.instance()
    params, missing = {}, []
    threaded = not (algorithm.flags() & FLAG_NO_THREADING)
    for name, spec in run.parameters.items():
        if algorithm.parameterDefinition(name) is None:
            continue  # this version of the algorithm does not take it
        if isinstance(spec, step_defs.Role):
            layer = state.layer(spec.role, project)
            if layer is not None:
                params[name] = task_value(layer) if threaded else layer.id()
            elif spec.required:
                missing.append(spec.role)
        elif isinstance(spec, step_defs.Field):
            found = state.field(spec.role, spec.kind, project)
            if found:
                params[name] = found
        elif isinstance(spec, step_defs.Zones):
            layer, field = state.zones(project)
            if layer is not None:
                params[name] = field if spec.field else (task_value(layer) if threaded else layer.id())
        elif isinstance(spec, step_defs.Setting):
            value = state.settings.get(spec.key, spec.default)
            if spec.key in step_defs.FILE_SETTINGS and value and not os.path.isabs(value):
                value = os.path.join(project.homePath() or os.path.dirname(project.fileName()), value)
            if value is not None and value != "":  # an empty text is a setting not made
                params[name] = value
        elif isinstance(spec, step_defs.RequiredFields):
            value = state.required_fields(project)
            if value:
                params[name] = value
        elif isinstance(spec, step_defs.RoleLayers):
            layers = [state.layer(role, project) for role in spec.roles]
            params[name] = [(task_value(layer) if threaded else layer.id()) for layer in layers if layer is not None]
        elif isinstance(spec, step_defs.OutputOf):
            value = next((o.results.get(spec.name) for o in earlier if o.algorithm == spec.algorithm and o.state == DONE), None)
            if value:
                params[name] = value
        elif isinstance(spec, step_defs.Targets):
            if state.targets:
                path = os.path.join(staging, "targets.csv")
                core_targets.write(state.targets, path)
                params[name] = path
        else:
            params[name] = spec
    short = algorithm.id().split(":")[-1]
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        stem = os.path.join(staging, f"{short}_{name.lower()}")
        if isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)):
            params[name] = stem + ".gpkg"
        elif isinstance(definition, QgsProcessingParameterRasterDestination):
            params[name] = stem + ".tif"
        elif isinstance(definition, QgsProcessingParameterFolderDestination):
            params[name] = stem
        elif isinstance(definition, QgsProcessingParameterFileDestination):
            extension = definition.defaultFileExtension() or "html"
            params[name] = f"{stem}.{extension}"
    return params, missing


def _earlier_done(run, outcomes):
    """Whether every earlier run whose output `run` reads (OutputOf) ran to the end."""
    done = {o.algorithm for o in outcomes if o.state == DONE}
    return all(spec.algorithm in done for spec in run.parameters.values() if isinstance(spec, step_defs.OutputOf))


class _Feedback(QgsProcessingFeedback):
    """Keeps what an algorithm says, for the step page (called from the task's thread)."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, text):
        self.messages.append(("info", text))
        super().pushInfo(text)

    def pushWarning(self, text):
        self.messages.append(("warning", text))
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N803
        self.messages.append(("error", text))
        super().reportError(text, fatalError)


class StepRunner(QObject):
    """Runs one step. Signals: progress(percent), finished(list of RunOutcome, staging folder or '')."""

    progress = pyqtSignal(float)
    finished = pyqtSignal(list, str)

    def __init__(self, step, state, project=None, parent=None):
        super().__init__(parent)
        self.step, self.state = step, state
        self.project = project or QgsProject.instance()
        self.outcomes = []
        self.cancelled = False
        self.running = False
        self._queue = []
        self._current = None  # _Running, while an algorithm runs
        self.staging = ""
        self._given = []
        self.stopped_by = ""  # the layer whose change stopped the run, if one did
        self.project.layersWillBeRemoved.connect(self._layers_going)

    def start(self):
        root = results_root(self.state, self.project)
        os.makedirs(root, exist_ok=True)
        self.staging = tempfile.mkdtemp(prefix=f".{self.step.key}-", dir=root)
        self._queue = list(self.step.runs)
        self.outcomes, self.cancelled, self.running, self.stopped_by = [], False, True, ""
        self._next()

    def cancel(self, wait=False):
        """Stop the run. With `wait`, return only once the task's thread has let go of what it reads: before a
        layer it reads is removed, or the dock that owns the run goes."""
        self.cancelled = True
        current = self._current
        if current is None:
            return
        current.feedback.cancel()
        if current.task is not None:
            current.task.cancel()
            if wait and current.task.waitForFinished(WAIT_MS):
                current.let_go()  # the copies go now, not at Python's exit after QGIS's

    def _layers_going(self, layer_ids):
        watch = self._current.watch if self._current is not None else None
        going = [watch.names[i] for i in layer_ids if watch is not None and i in watch.names]
        if going:
            self._layer_changing(going[0])

    def _layer_changing(self, name):
        # a layer with unsaved edits or in memory is read as itself: the task must stop before it changes
        if self._current is not None and self._current.task is not None and not self.cancelled:
            self.stopped_by = name
            self.cancel(wait=True)

    def _next(self):
        registry = QgsApplication.processingRegistry()
        while self._queue and not self.cancelled:
            run = self._queue.pop(0)
            if any(self.state.layer(role, self.project) is None for role in run.when):
                continue  # an optional analysis whose layer the plan does not have: left out, not a missing role
            if run.when_setting and not self.state.settings.get(run.when_setting):
                continue  # an analysis the planner has not asked for
            if not _earlier_done(run, self.outcomes):
                continue  # it reads what an earlier run did not write (that run's failure is said already)
            algorithm = registry.algorithmById(run.algorithm)
            if algorithm is None:
                self.outcomes.append(RunOutcome(run.algorithm, NOT_AVAILABLE, run.algorithm))
                continue
            params, missing = resolve(run, algorithm, self.state, self.staging, self.project, self.outcomes)
            if missing:
                self.outcomes.append(RunOutcome(run.algorithm, MISSING_ROLE, algorithm.displayName(), missing=missing))
                continue
            self._given = sorted(k for k in params if k in run.parameters)
            threaded = not (algorithm.flags() & FLAG_NO_THREADING)
            context = task_context(self.project, threaded)
            feedback = _Feedback()
            done_before = len(self.step.runs) - len(self._queue) - 1
            total = max(len(self.step.runs), 1)
            feedback.progressChanged.connect(lambda p, d=done_before, total=total: self.progress.emit(100.0 * (d + p / 100.0) / total))
            if not threaded:
                # an algorithm that must stay on the main thread (it touches layers' styles) runs here, briefly
                self._current = _Running(None, context, feedback)
                results, ok = algorithm.run(params, context, feedback)
                self._executed(ok, results, run, algorithm)
                return
            task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
            task.executed.connect(lambda ok, results, r=run, a=algorithm: self._executed(ok, results, r, a))
            self._current = _Running(task, context, feedback, keep_copies(params),
                                     ChangeWatch(shared_layers(params), self._layer_changing))
            QgsApplication.taskManager().addTask(task)
            return
        self._finish()

    def _executed(self, ok, results, run, algorithm):
        feedback = self._current.feedback
        self._current.let_go()
        self._current = None
        if self.cancelled or feedback.isCanceled():
            self.cancelled = True
            self._finish()
            return
        state = DONE if ok else FAILED
        self.outcomes.append(RunOutcome(run.algorithm, state, algorithm.displayName(), dict(results or {}),
                                        messages=list(feedback.messages), given=self._given))
        self._next()

    def _finish(self):
        self.running = False
        if self.cancelled:
            shutil.rmtree(self.staging, ignore_errors=True)
            why = [("warning", tr("Stopped: {0} was edited or removed while the step read it. The previous results are kept; "
                                  "run the step again.").format(self.stopped_by))] if self.stopped_by else []
            self.finished.emit([RunOutcome("", CANCELLED, messages=why)], "")
            return
        self.progress.emit(100.0)
        self.finished.emit(self.outcomes, self.staging)


def start_for_page(page, step, button):
    """Run `step` in the background for a page of the dock (anything with dock, progress, cancel_button, notes and
    _finished): its bar follows the run, `button` is off and Cancel on until it ends. Returns the runner."""
    runner = StepRunner(step, page.dock.state, page.dock.project)
    runner.progress.connect(lambda p: page.progress.setValue(int(p)))
    runner.finished.connect(page._finished)
    button.setEnabled(False)
    page.cancel_button.setEnabled(True)
    page.progress.setValue(0)
    page.notes.setText(tr("Running in the background…"))
    runner.start()
    return runner
