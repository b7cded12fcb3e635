"""A planner's table file (rules, classes, targets) that cannot be used, said in the planner's words."""
from ...translation import tr


def detail_text(error):
    """A core TableError's detail as text (a list of codes becomes 'a, b')."""
    return error.detail if not isinstance(error.detail, (list, tuple)) else ", ".join(map(str, error.detail))


def rules_problem(error, problems=None):
    """The wording of a core TableError raised while reading a rules file: the problems every rules file can
    have, and `problems` ({problem: text}) of the algorithm's own kind of rules."""
    detail = detail_text(error)
    what = {
        "unreadable": tr("cannot be read"),
        "missing_columns": tr("lacks the columns {0}").format(detail),
        "missing_id": tr("has a row without an id"),
        "duplicate_id": tr("repeats the rule id {0}").format(detail),
        **(problems or {}),
    }.get(error.problem, error.problem)
    where = tr(" (line {0})").format(error.line) if error.line else ""
    return tr("The rules file {0} {1}{2}.").format(error.path, what, where)
