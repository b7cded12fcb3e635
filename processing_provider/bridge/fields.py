"""Fields an algorithm guesses when the planner leaves them empty, with the guess said in the log."""
from ...core.roles import guess_name_field
from ...translation import tr

_NOT_TEXT = {"bool", "boolean", "blob", "binary"}


def is_text(field):
    return not field.isNumeric() and not field.isDateOrTime() and field.typeName().lower() not in _NOT_TEXT


def name_field(algorithm, parameters, name, context, source, feedback, label, first=()):
    """The field parameter `name`, or the field that names the zones of `source` guessed from the standard
    names (core.roles.ZONE_NAME_FIELDS), else its first text field; the choice is logged. None: no text field."""
    chosen = algorithm.parameterAsString(parameters, name, context)
    if chosen:
        return chosen
    field, standard = guess_name_field([(f.name(), is_text(f)) for f in source.fields()], first)
    if field is None:
        feedback.pushWarning(tr("{0}: no field names its features ({1} empty, no text field): they are named by "
                                "feature id.").format(label, name))
    elif standard:
        feedback.pushInfo(tr("{0}: names from field {1} ({2} guessed from the usual names).").format(label, field, name))
    else:
        feedback.pushWarning(tr("{0}: names from field {1}, the first text field: none of the usual name fields is "
                                "there. Choose {2} if it is not the name.").format(label, field, name))
    return field
