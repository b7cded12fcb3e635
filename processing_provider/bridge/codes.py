"""Land-class codes on the QGIS side: the code field, the classification (detected or chosen), and
the class of every feature at a level, with messages in the planner's language."""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ...compat import VECTOR_POLYGON
from ...core.roles import CODE_FIELDS, NAME_FIELDS
from ...translation import tr
from . import guard
from . import reading as reader

AUTO, YDYH, SANDIAO = 0, 1, 2
# the parameter names add_landuse_parameters and add_classes_parameter declare
LANDUSE, CODE_FIELD, CLASSIFICATION, CLASSES = "LANDUSE", "CODE_FIELD", "CLASSIFICATION", "CLASSES"
SCHEME_IDS = {YDYH: "ydyh2023", SANDIAO: "sandiao"}


def classification_options():
    return [tr("auto-detect"), tr("用地用海 2023 (国土空间调查、规划、用途管制用地用海分类指南)"), tr("三调 DLBM (GB/T 21010-2017 + 三调工作分类)")]


def scheme_label(scheme_id):
    return {"ydyh2023": tr("用地用海 2023"), "sandiao": tr("三调 DLBM")}.get(scheme_id, scheme_id)


def code_field(algorithm, parameters, name, source, context, feedback, label):
    """The code field the planner chose, or one guessed from the usual names (said in the log)."""
    chosen = algorithm.parameterAsString(parameters, name, context)
    if chosen:
        reader.check_fields(source, [chosen], label)
        return chosen
    guessed = reader.guess_field(source, CODE_FIELDS)
    if guessed is None:
        raise QgsProcessingException(
            tr("{0}: choose the land-class code field; none of the usual names ({1}) is there.").format(
                label, ", ".join(CODE_FIELDS)))
    feedback.pushInfo(tr("{0}: using field {1} for the land-class codes.").format(label, guessed))
    return guessed


_REASONS = {
    "no_codes": lambda e: tr("the field holds no codes"),
    "no_known_codes": lambda e: tr("none of its codes is a 三调 or 用地用海 code"),
    "names_match_sandiao": lambda e: tr("{0} code–name pairs match 三调 names only").format(e.get("n_names_only_sandiao")),
    "names_match_ydyh2023": lambda e: tr("{0} code–name pairs match 用地用海 names only").format(e.get("n_names_only_ydyh")),
    "codes_only_in_sandiao": lambda e: tr("codes that exist only in 三调: {0}").format(_examples(e, "only_sandiao_examples")),
    "codes_only_in_ydyh2023": lambda e: tr("codes that exist only in 用地用海: {0}").format(_examples(e, "only_ydyh_examples")),
    "mostly_codes_only_in_sandiao": lambda e: tr("most codes found in one table only are 三调 codes ({0})").format(_examples(e, "only_sandiao_examples")),
    "mostly_codes_only_in_ydyh2023": lambda e: tr("most codes found in one table only are 用地用海 codes ({0})").format(_examples(e, "only_ydyh_examples")),
    "conflicting_codes": lambda e: tr("the codes mix both classifications (三调 only: {0}; 用地用海 only: {1})").format(
        _examples(e, "only_sandiao_examples"), _examples(e, "only_ydyh_examples")),
    "field_name_hint": lambda e: tr("every code is valid in both tables; the field name {0} decides").format(e.get("field_name")),
    "ambiguous_codes": lambda e: tr("every code is valid in both tables and the field name does not tell"),
}


def _examples(evidence, key):
    items = evidence.get(key) or []
    return ", ".join(str(item[0] if isinstance(item, (tuple, list)) else item) for item in items) or "—"


def describe_detection(detection):
    reason = _REASONS.get(detection.reason, lambda e: str(detection.reason))(detection)
    return tr("{0} distinct codes: {1} known in 三调, {2} known in 用地用海, {3} in neither; {4}.").format(
        detection.get("n_distinct"), detection.get("n_sandiao_known"), detection.get("n_ydyh_known"),
        detection.get("n_unknown"), reason)


def resolve(algorithm, parameters, name, context, feedback, codes, field_name, names=None):
    """The classification id: the planner's choice, or detected from the codes with the evidence logged."""
    from ...core import classification_detection

    if len(codes) == 0:
        raise QgsProcessingException(tr(
            "{0} is empty: it has no features (with a geometry), so there are no codes in {1} to read. Choose a layer "
            "with features, or clear its filter or selection.").format(guard.layer_with_field(field_name) or tr("The layer"),
                                                                   field_name))
    choice = algorithm.parameterAsEnum(parameters, name, context)
    detection = classification_detection.detect_classification(codes, field_name=field_name, names=names)
    evidence = describe_detection(detection)
    if choice != AUTO:
        chosen = SCHEME_IDS[choice]
        feedback.pushInfo(tr("Classification: {0} (as chosen).").format(scheme_label(chosen)))
        if detection.classification not in (None, chosen):
            feedback.pushWarning(tr("The codes look like {0} rather than the chosen {1}: {2}").format(
                scheme_label(detection.classification), scheme_label(chosen), evidence))
        return chosen
    if detection.classification is None:
        raise QgsProcessingException(
            tr("Cannot tell whether field {0} holds 三调 or 用地用海 codes: {1} Choose it under 'Classification of the codes' (CLASSIFICATION).").format(
                field_name, evidence))
    feedback.pushInfo(tr("Classification detected: {0}. Evidence: {1}").format(
        scheme_label(detection.classification), evidence))
    return detection.classification


@dataclass
class Classes:
    """The class of every feature at the requested level, and how to name a class row."""

    code: np.ndarray  # class code per feature ('' where the feature has no code)
    kind: np.ndarray  # 'class' | 'undecided' | 'unknown' per feature
    scheme_out: str  # the classification the classes are in
    names: object  # a core Classification, for class names
    notes: list = field(default_factory=list)  # facts for the report

    def row_name(self, code, kind):
        from ...core import structure

        if kind == structure.TOTAL:
            return tr("Total")
        if kind == structure.UNKNOWN:
            return tr("Unknown code") if code else tr("No code")
        name = self.names.name(code) or code
        return tr("{0} (to be split)").format(name) if kind == structure.UNDECIDED else name


def classify(values, scheme_id, level, to_ydyh, feedback, label):
    """Classes at `level`; 三调 codes go through the 三调 → 用地用海 mapping when to_ydyh is set."""
    from ...core import classification, sandiao_to_ydyh, structure

    code, kind, raw = structure.classes(values, scheme_id, level, to_ydyh)
    known = kind != structure.UNKNOWN
    notes = []
    if scheme_id == classification.SANDIAO and to_ydyh:
        conversion = sandiao_to_ydyh.load_sandiao_to_ydyh()
        scheme_out = classification.YDYH
        undecided = sorted(set(raw[kind == structure.UNDECIDED]))
        if undecided:
            message = tr("{0}: 三调 classes {1} map one-to-many at level {2}; they are reported as 'to be split' "
                         "under their 一级 class, not guessed.").format(label, ", ".join(undecided), level)
            feedback.pushWarning(message)
            notes.append(message)
        unconfirmed = sorted({c for c in set(raw[known]) if conversion.map(c, level) and not conversion.map(c, level).confirmed})
        if unconfirmed:
            message = tr("The conversion of {0} is not confirmed by two independent sources; check it.").format(", ".join(unconfirmed))
            feedback.pushInfo(message)
            notes.append(message)
    else:
        scheme_out = scheme_id
    if (~known).any():
        unknown, counts = np.unique(raw[~known], return_counts=True)
        listing = ", ".join(f"{u or tr('(empty)')} ×{n}" for u, n in list(zip(unknown, counts))[:20])
        message = tr("{0}: {1} features have codes that are not in the {2} table: {3}").format(
            label, int((~known).sum()), scheme_label(scheme_id), listing)
        feedback.pushWarning(message)
        notes.append(message)
    return Classes(code=code, kind=kind, scheme_out=scheme_out,
                   names=classification.load_classification(scheme_out), notes=notes)


def select_classes(values, scheme_id, class_codes, feedback, label, role_label):
    """Mask of the features whose code is one of `class_codes` (or a sub-class); unknown codes fail clearly."""
    from ...core import consolidation_classes

    if not class_codes:
        raise QgsProcessingException(tr("{0}: no land-class codes given for {1}.").format(label, role_label))
    unknown = consolidation_classes.unknown_codes(class_codes, scheme_id)
    if unknown:
        raise QgsProcessingException(tr("{0}: the codes {1} given for {2} are not {3} codes.").format(
            label, ", ".join(unknown), role_label, scheme_label(scheme_id)))
    mask = consolidation_classes.in_classes(values, class_codes)
    feedback.pushInfo(tr("{0}: {1} features of {2} ({3}: {4}).").format(
        label, int(mask.sum()), role_label, scheme_label(scheme_id), ", ".join(class_codes)))
    return mask


def report_code_gaps(values, scheme_id, area, feedback, label, role_label, chosen=None):
    """Warn about the features no class selection can judge (no code, or a code not in the classification;
    those `chosen` all the same, by a code prefix, are left out): how many and how much area. Returns the
    message for a report ('' when every feature has a known code)."""
    from ...core import consolidation_classes

    left = np.ones(len(values), dtype=bool) if chosen is None else ~np.asarray(chosen, dtype=bool)
    gaps = consolidation_classes.code_gaps(np.asarray(values, dtype=object)[left], scheme_id, np.asarray(area)[left])
    if not gaps:
        return ""
    parts = []
    if gaps.missing:
        parts.append(tr("{0} features have no land-class code ({1:,.2f} m² = {2:,.4f} 公顷)").format(
            gaps.missing, gaps.missing_area, gaps.missing_area / 1e4))
    if gaps.unknown:
        parts.append(tr("{0} features have codes that are not {1} codes ({2:,.2f} m² = {3:,.4f} 公顷; e.g. {4})").format(
            gaps.unknown, scheme_label(scheme_id), gaps.unknown_area, gaps.unknown_area / 1e4, ", ".join(gaps.examples[:5])))
    message = tr("{0}: {1}. They are not counted as {2}: correct their codes to include them.").format(
        label, "; ".join(parts), role_label)
    feedback.pushWarning(message)
    return message


def role_classes(role, scheme_id):
    """The codes a role (homestead, cultivated, mining, idle) has in a classification (resources/tables)."""
    from ...core import consolidation_classes

    return consolidation_classes.role_codes(role, scheme_id)


def add_landuse_parameters(algorithm, label=None):
    """LANDUSE, CODE_FIELD and CLASSIFICATION, as every algorithm that reads land-class codes has them."""
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        LANDUSE, label or tr("Land-use layer (三调 DLTB or planned land use)"), [VECTOR_POLYGON]))
    algorithm.addParameter(QgsProcessingParameterField(
        CODE_FIELD, tr("Land-class code field (DLBM, YDYHFLDM…; empty = guess)"), parentLayerParameterName=LANDUSE,
        optional=True))
    algorithm.addParameter(QgsProcessingParameterEnum(
        CLASSIFICATION, tr("Classification of the codes"), classification_options(), defaultValue=0))


def add_classes_parameter(algorithm):
    algorithm.addParameter(QgsProcessingParameterString(
        CLASSES, tr("Cultivated land classes (codes, comma-separated; a code includes its sub-classes)"),
        defaultValue="01"))
def paired_name_field(source, code_field):
    """The name field paired with a code field: DLBM → DLMC, YDYHFLDM → YDYHFLMC; else a usual name field."""
    for suffix in ("BM", "DM"):
        if code_field.upper().endswith(suffix):
            paired = reader.guess_field(source, [code_field[:-2] + "MC"])
            if paired:
                return paired
    return reader.guess_field(source, NAME_FIELDS)


def finest_ydyh_codes(values, scheme_id):
    """The most detailed 用地用海 class known for each feature, for class sets (None where unknown).

    用地用海 codes stay as they are; 三调 codes go through the conversion at 二级 (一级 where it splits).
    """
    from ...core import sandiao_to_ydyh

    return sandiao_to_ydyh.finest_ydyh_codes(values, scheme_id)


def class_sets(algorithm, parameters, name, context):
    """The class sets: the planner's CSV given as parameter `name`, or the built-in table."""
    from ...core import class_sets as sets
    from ...core.tables import TableError

    path = algorithm.parameterAsFile(parameters, name, context) or None
    try:
        return sets.load_class_sets(path)
    except TableError as error:
        raise QgsProcessingException(tr("The class-set table {0} cannot be used ({1}, line {2}: {3}). It needs the "
                                        "columns set, code, member.").format(error.path, error.problem, error.line or "—",
                                                                             error.detail)) from error


def read_coded_layer(algorithm, parameters, key, context, feedback, crs, default_label, extra_fields=()):
    """Read land-use layer `key` with its code field (parameter key_CODE_FIELD) and the classification
    (key_CLASSIFICATION, detected when auto): (label, LayerData, code field, classification id)."""
    source = reader.source_or_fail(algorithm, parameters, key, context, default_label)
    label = source.sourceName() or default_label
    field = code_field(algorithm, parameters, f"{key}_CODE_FIELD", source, context, feedback, label)
    name_field = reader.guess_field(source, NAME_FIELDS)
    data = reader.read(algorithm, parameters, key, context, feedback, crs,
                              [f for f in dict.fromkeys((field, name_field, *extra_fields)) if f], label)
    if len(data) == 0:
        raise QgsProcessingException(tr("{0} has no polygons to measure.").format(label))
    scheme = resolve(algorithm, parameters, f"{key}_CLASSIFICATION", context, feedback, data.columns[field], field,
                     data.columns.get(name_field))
    return label, data, field, scheme
