"""A finished step's outputs: moved into the step's results folder, loaded into one layer-tree group
(replacing the previous run's), styled, and summed up as figures, a table and findings for the page."""
import os
import shutil

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from .. import styles
from ..translation import tr
from . import runner, target_check
from . import steps as step_defs

RESULT_PROPERTY = "lantu/result"  # custom property on every layer Lantu loads: the step key
MAX_ROWS = 500
# numeric outputs that mean "something to look at" when above zero
ATTENTION_OUTPUTS = ("OVERLAP_COUNT", "CONFLICT_COUNT", "ERROR_COUNT", "ERROR_AREA_M2", "ENCROACHMENT_COUNT",
                     "FAILED_TARGETS", "UNMATCHED_COUNT")
NOT_STARTED, ATTENTION, OK = "not_started", "attention", "done"


def group_name(step):
    return tr("Lantu: {0}").format(step.title)


def step_group(step, project=None, create=True):
    root = (project or QgsProject.instance()).layerTreeRoot()
    group = next((g for g in root.findGroups() if g.customProperty(RESULT_PROPERTY) == step.key), None)
    if group is None and create:
        # Lantu's groups stay on top of the tree, in the order of the steps
        order = [s.key for s in step_defs.steps()]
        rank = order.index(step.key) if step.key in order else len(order)
        position = 0
        for i, child in enumerate(root.children()):
            key = child.customProperty(RESULT_PROPERTY)
            if key in order and order.index(key) < rank:
                position = i + 1
        group = root.insertGroup(position, group_name(step))
        group.setCustomProperty(RESULT_PROPERTY, step.key)
    return group


def clear_step(step, project=None):
    """Remove the previous run's layers of a step from the project (files stay until replaced)."""
    project = project or QgsProject.instance()
    ids = [layer.id() for layer in project.mapLayers().values() if layer.customProperty(RESULT_PROPERTY) == step.key]
    project.removeMapLayers(ids)
    group = step_group(step, project, create=False)
    if group is not None:
        group.parent().removeChildNode(group)


def commit(step, outcomes, staging, state, project=None):
    """Move staged files in place, load and style them; return the step's summary dict for the page."""
    project = project or QgsProject.instance()
    final = os.path.join(runner.results_root(state, project), step.key)
    clear_step(step, project)
    if os.path.isdir(final):
        shutil.rmtree(final, ignore_errors=True)
    os.makedirs(final, exist_ok=True)
    for name in os.listdir(staging):
        os.replace(os.path.join(staging, name), os.path.join(final, name))
    shutil.rmtree(staging, ignore_errors=True)

    group = None
    summary = {"runs": [], "figures": [], "table": None, "findings": [], "reports": []}
    registry = QgsApplication.processingRegistry()
    tables_wanted = {r.algorithm: r.table for r in step.runs}
    checks_wanted = {r.algorithm: r.check for r in step.runs if r.check}
    for outcome in outcomes:
        entry = {"algorithm": outcome.algorithm, "name": outcome.name, "state": outcome.state,
                 "missing": outcome.missing, "messages": [m for m in outcome.messages if m[0] != "info"][-20:]}
        summary["runs"].append(entry)
        if outcome.state != runner.DONE:
            continue
        algorithm = registry.algorithmById(outcome.algorithm)
        for key, value in outcome.results.items():
            value = _moved(value, staging, final)
            definition = algorithm.outputDefinition(key) if algorithm else None
            label = definition.description() if definition else key
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                summary["figures"].append({"algorithm": outcome.algorithm, "key": key, "label": label, "value": value})
            elif isinstance(value, str) and value.endswith(".gpkg") and os.path.exists(value):
                group = group or step_group(step, project)  # no empty group for a step that loaded nothing
                layer = _load(value, f"{label}", step, group, project)
                if layer is None:
                    continue
                if key == tables_wanted.get(outcome.algorithm) and summary["table"] is None:
                    summary["table"] = table_of(layer, label)
                if key == checks_wanted.get(outcome.algorithm):
                    summary["check"] = target_check.check_of(layer, label)
                if layer.isSpatial() and layer.featureCount() > 0:
                    summary["findings"].extend(findings_of(layer, label))
            elif isinstance(value, str) and value.endswith(".html") and os.path.exists(value):
                summary["reports"].append({"label": f"{outcome.name}: {label}", "path": value})
    summary["status"] = status_of(summary)
    return summary


def _moved(value, staging, final):
    if isinstance(value, str) and staging and value.startswith(staging):
        return os.path.join(final, os.path.relpath(value, staging))
    return value


def _load(path, name, step, group, project):
    layer = QgsVectorLayer(path, name, "ogr")
    if not layer.isValid():
        return None
    styles.apply_auto(layer)
    layer.setCustomProperty(RESULT_PROPERTY, step.key)  # after the style: a QML brings its own properties
    if project.addMapLayer(layer, False) is None:
        return None  # the project refused it: a tree node without its layer would dangle
    group.addLayer(layer)
    return layer


def table_of(layer, label):
    fields = layer.fields().names()
    rows = []
    for i, feature in enumerate(layer.getFeatures()):
        if i >= MAX_ROWS:
            break
        rows.append([_plain(v) for v in feature.attributes()])
    if fields and fields[0].lower() == "fid":
        fields, rows = fields[1:], [r[1:] for r in rows]
    return {"label": label, "headers": fields, "rows": rows}


def findings_of(layer, label):
    names = layer.fields().names()
    pick = [n for n in ("rule_id", "check_id", "pair", "grade", "code", "message", "severity", "area_ha") if n in names]
    found = []
    for i, feature in enumerate(layer.getFeatures()):
        if i >= MAX_ROWS:
            break
        text = ", ".join(f"{n}={_plain(feature[n])}" for n in pick) or f"#{feature.id()}"
        found.append({"layer": layer.id(), "fid": feature.id(), "text": f"{label}: {text}"})
    return found


def _plain(value):
    if value is None or (hasattr(value, "isNull") and callable(value.isNull) and value.isNull()):
        return None
    if isinstance(value, float):
        return round(value, 4)
    return value if isinstance(value, (int, str)) else str(value)


def status_of(summary):
    """ok when every algorithm ran and no output flags anything; attention otherwise."""
    # an algorithm this version lacks is not the plan's fault: the step is judged on the others
    runs = [r for r in summary.get("runs") or [] if r["state"] != runner.NOT_AVAILABLE]
    if not runs:
        return NOT_STARTED
    if any(r["state"] != runner.DONE for r in runs):
        return ATTENTION
    if any(f["key"] in ATTENTION_OUTPUTS and f["value"] > 0 for f in summary.get("figures", [])):
        return ATTENTION
    return OK
