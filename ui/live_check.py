"""边画边检 in the interface: the checkable action 实时检查 (objectName lantu_live_check). While it is on, a layer
that plays a plan role (planned or current land use, one of the three lines) and is put in edit mode gets a
session (live_session.py); its edit buffer's signals (features added, deleted, geometry or attributes changed,
undo, redo and paste alike) mark features, which are checked together once the event loop is free. The findings
go to the memory layer 实时检查结果 (live_layer.py) and the dock's Live check tab; before the edits are saved,
remaining errors are put to the planner, who saves anyway or goes back to editing."""
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox

from ..core.live_indicators import LINE_FED
from ..core.tables import TableError
from ..paths import ICON
from ..translation import tr
from . import live_replay
from .live_layer import FindingsLayer
from .live_session import ROLE_KEYS, Session, computed_indicators
from .state import PlanState

OBJECT_NAME = "lantu_live_check"
SIGNALS = ("featureAdded", "featuresDeleted", "geometryChanged", "attributeValueChanged")


def ask_planner(layer, sentences, parent=None):
    """True: save anyway; False: go back to editing. The default asker, a question box listing the errors."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Live check"))
    box.setText(tr("{0} errors remain in {1}. Save the edits anyway?").format(len(sentences), layer.name()))
    box.setInformativeText("\n".join(sentences[:10]) + ("\n…" if len(sentences) > 10 else ""))
    box.setDetailedText("\n".join(sentences))
    save = box.addButton(tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(tr("Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is save


class LiveCheck(QObject):
    changed = pyqtSignal()  # findings or indicators changed: the dock shows them again

    def __init__(self, project, iface=None, asker=None, parent=None):
        super().__init__(parent)
        self.project, self.iface = project, iface
        window = iface.mainWindow() if iface is not None else None
        self.asker = asker or (lambda layer, sentences: ask_planner(layer, sentences, window))
        # QGIS's own topological-editing icon: the live check follows edits, and the toolbar tells it from Lantu's dock
        icon = QgsApplication.getThemeIcon("/mIconTopologicalEditing.svg")
        self.action = QAction(icon if not icon.isNull() else QIcon(ICON), tr("Live check (实时检查)"), window)
        self.action.setObjectName(OBJECT_NAME)
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Check every edit of a plan layer at once: the bottom-line rules, the three lines, "
                                  "geometry and codes, and the targets"))
        self.action.toggled.connect(self.set_on)
        self.sessions = {}  # layer id -> Session
        self.output = FindingsLayer(project)
        self.problems = {}  # layer id -> why its edits are not checked
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)  # once the event loop is free: a paste of 1,000 features is one check
        self.timer.timeout.connect(self.flush)
        self._watched = {}  # layer id -> (layer, [(signal, slot)])
        self.poll = QTimer(self)  # the targets' figures, computed in the background: shown when they are ready
        self.poll.setInterval(250)
        self.poll.timeout.connect(self._poll)

    # --- on and off ----------------------------------------------------------------------------------------
    def set_on(self, on):
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # toggled comes back here
            return
        if on:
            self.project.layersAdded.connect(self._watch)
            self._watch(self.project.mapLayers().values())
            for layer, _ in list(self._watched.values()):
                if layer.isEditable():
                    self.start(layer)
        else:
            try:
                self.project.layersAdded.disconnect(self._watch)
            except (TypeError, RuntimeError):
                pass
            for layer_id in list(self.sessions):
                self.stop(self.sessions[layer_id].layer)
            for layer_id in list(self._watched):
                self._unwatch(layer_id)
        self.changed.emit()

    def close(self):
        self.set_on(False)

    def _watch(self, layers):
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or layer.id() in self._watched:
                continue
            layer_id = layer.id()
            slots = [(layer.editingStarted, lambda layer=layer: self.start(layer)),
                     (layer.editingStopped, lambda layer=layer: self.stop(layer)),
                     (layer.willBeDeleted, lambda layer_id=layer_id: self._unwatch(layer_id))]
            for signal, slot in slots:
                signal.connect(slot)
            self._watched[layer.id()] = (layer, slots)

    def _unwatch(self, layer_id):
        layer, slots = self._watched.pop(layer_id, (None, []))
        if layer_id in self.sessions:
            self.stop(layer)
        for signal, slot in slots:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    # --- sessions -------------------------------------------------------------------------------------------
    def role_of(self, layer):
        state = PlanState.load(self.project)
        return next((r for r, layer_id in state.roles.items() if layer_id == layer.id() and r in ROLE_KEYS), None), state

    def start(self, layer):
        """A session for a role layer that has gone into edit mode; None for other layers."""
        role, state = self.role_of(layer)
        if role is None or not self.action.isChecked() or layer.id() in self.sessions:
            return self.sessions.get(layer.id())
        session = Session(layer, role, state, self.project)
        slots = [(getattr(layer, name), lambda *args, s=session, n=name: self._edited(s, n, args)) for name in SIGNALS]
        slots.append((layer.beforeCommitChanges, lambda stop=False, s=session: self._before_commit(s)))
        slots.append((layer.afterCommitChanges, lambda s=session: self._after_commit(s)))
        for signal, slot in slots:
            signal.connect(slot)
        session.slots = slots
        self.sessions[layer.id()] = session
        if session.indicators is not None:
            self.poll.start()
        self.problems.pop(layer.id(), None)
        if role in ("planned_landuse", "current_landuse") and not session.land_ready:
            self.problems[layer.id()] = tr("{0}: no land-class code field; choose it on the Layers tab.").format(layer.name())
        self.changed.emit()
        return session

    def stop(self, layer):
        session = self.sessions.pop(layer.id(), None)
        if session is None:
            return
        for signal, slot in session.slots:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self.output.clear([(layer.id(),) + key for key in session.messages])
        self.changed.emit()

    def _poll(self):
        waiting = [s for s in self.sessions.values() if s.indicators is not None and not s.indicators.ready()
                   and s.indicators.problem is None]
        if not waiting:
            self.poll.stop()
            self.changed.emit()

    def _edited(self, session, name, args):
        fids = args[0] if name == "featuresDeleted" else [args[0]]
        if name == "attributeValueChanged" and session.layer.fields().at(args[1]).name() not in session.fields():
            return
        session.touch(fids)
        self.timer.start()

    def flush(self):
        """Check every session's pending edits now (the timer does it once the event loop is free)."""
        self.timer.stop()
        any_change = False
        for layer_id, session in list(self.sessions.items()):
            added, removed = session.flush()
            if not (added or removed):
                continue
            any_change = True
            rows = [((layer_id,) + f.key, f, session.messages[f.key], session.shown_geometry(f), session.names.get(f.layer, ""))
                    for f in added]
            self.output.sync(rows, [(layer_id,) + key for key in removed], session.crs)
        if any_change:
            self.changed.emit()

    def _before_commit(self, session):
        """Errors left when the planner saves: asked; 'go back' keeps the edits unsaved (live_replay)."""
        if live_replay.replaying(session.layer):
            return
        self.flush()
        errors = session.errors()
        if not errors:
            return
        sentences = [session.messages[f.key] for f in errors]
        if not live_replay.can_hold_back(session.layer):  # fields added or removed: told, it cannot go back
            if self.iface is not None:
                self.iface.messageBar().pushWarning(tr("Live check"), tr("{0}: saved with {1} errors left.").format(
                    session.layer.name(), len(errors)))
            return
        if self.asker(session.layer, sentences):
            return
        live_replay.hold_back(session.layer)
        if self.iface is not None:
            self.iface.messageBar().pushWarning(tr("Live check"), tr("{0}: not saved; your edits are still there to "
                                                                     "correct.").format(session.layer.name()))

    def _after_commit(self, session):
        """Saved while editing goes on: new features have their ids now, so the session starts again."""
        layer = session.layer
        if layer.isEditable() and not live_replay.replaying(layer):
            self.stop(layer)
            self.start(layer)

    # --- what the dock shows ----------------------------------------------------------------------------------
    def findings(self):
        """[(key in the findings layer, severity, sentence)] of every session, errors first."""
        order = {"error": 0, "warning": 1, "info": 2}
        rows = [((layer_id,) + f.key, f.severity, session.messages.get(f.key, ""))
                for layer_id, session in self.sessions.items() for f in session.checker.findings.values()]
        return sorted(rows, key=lambda row: (order.get(row[1], 3), row[2]))

    def target_rows(self, wait=False):
        """indicators.CheckRow per target of the targets page, from the session that keeps the indicators; [] when
        none does, or while its figures are computed (wait: until they are). A table that cannot be read: []."""
        session = next((s for s in self.sessions.values() if s.indicators is not None), None)
        targets = PlanState.load(self.project).targets
        if session is None or not targets:
            return []
        # a target added since editing started, on a line's indicator the session does not keep: not shown (its
        # figure would be a 0 that fails), until editing starts again
        targets = [t for t in targets if not (computed_indicators([t]) & set(LINE_FED)) - session.wanted]
        if wait:
            session.indicators.wait()
        try:
            return session.indicators.check(targets) or []
        except TableError:
            return []

    def zoom(self, key):
        """Show one finding on the map canvas: zoomed to and flashed."""
        layer, fid = self.output.layer(), self.output.feature_id(key)
        if layer is None or fid is None or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        canvas.zoomToFeatureIds(layer, [fid])
        canvas.flashFeatureIds(layer, [fid])
