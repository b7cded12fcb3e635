"""A finished step's outputs: moved into the step's results folder, loaded into one layer-tree group
(replacing the previous run's), styled, and summed up as figures, a table and findings for the page."""
import os
import shutil

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from .. import styles
from ..translation import tr
from . import runner, target_check
from . import steps as step_defs
from .findings import sentence
from .labels import column_label
from .present import area_unit
from .status import ATTENTION, ATTENTION_OUTPUTS, NOT_STARTED, OK, status_of  # noqa: F401 - the step's light, said here too
from .unchecked import unchecked

RESULT_PROPERTY = "lantu/result"  # custom property on every layer Lantu loads: the step key
STYLE_PROPERTY = "lantu/style"  # and the standard style it got (styles.STYLES key), '' for none
MAX_ROWS = 500


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
    summary = {"runs": [], "figures": [], "table": None, "findings": [], "reports": [], "unchecked": []}
    registry = QgsApplication.processingRegistry()
    tables_wanted = {r.algorithm: r.table for r in step.runs}
    runs = {r.algorithm: r for r in step.runs}
    unit = area_unit(state.settings)
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
                table = None if layer.isSpatial() else table_of(layer, label)
                if table is not None:
                    # a check the algorithm could not run says why, and which setting runs it
                    notes = unchecked(runs.get(outcome.algorithm), outcome.given, table["headers"], table["rows"])
                    summary["unchecked"].extend({"what": what, "text": text} for _, what, text in notes)
                    if "status" in table["headers"]:  # the table says it in the dock's words too
                        for index, _, text in notes:
                            table["rows"][index][table["headers"].index("status")] = text
                if key == tables_wanted.get(outcome.algorithm):  # the step's first table; a later one shown below it
                    chosen = table if table is not None else table_of(layer, label)
                    if summary["table"] is None:
                        summary["table"] = chosen
                    else:
                        summary.setdefault("more_tables", []).append(chosen)
                if key == checks_wanted.get(outcome.algorithm):
                    summary["check"] = target_check.check_of(layer, label)
                if layer.isSpatial() and layer.featureCount() > 0:
                    seen = {f["text"] for f in summary["findings"]}  # a finding drawn as a point and as an area: once
                    summary["findings"].extend(f for f in findings_of(layer, unit) if f["text"] not in seen)
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
    style = styles.apply_auto(layer)
    set_aliases(layer)
    layer.setCustomProperty(RESULT_PROPERTY, step.key)  # after the style: a QML brings its own properties
    layer.setCustomProperty(STYLE_PROPERTY, style or "")
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


def findings_of(layer, unit):
    """The layer's features that are findings, each as a sentence (ui/findings.py) the page lists and zooms to."""
    names = layer.fields().names()
    found = []
    for feature in layer.getFeatures():
        text = sentence(dict(zip(names, (_plain(v) for v in feature.attributes()))), unit)
        if text is not None:
            found.append({"layer": layer.id(), "fid": feature.id(), "text": text})
            if len(found) >= MAX_ROWS:
                break
    return found


def set_aliases(layer):
    """Readable aliases for the ASCII output fields (the names stay: models and scripts use them)."""
    for index, name in enumerate(layer.fields().names()):
        label = column_label(name)
        if label != name:
            layer.setFieldAlias(index, label)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and callable(value.isNull) and value.isNull()):
        return None
    if isinstance(value, float):
        return round(value, 4)
    return value if isinstance(value, (int, str)) else str(value)
