"""A step's light: not started, needs attention or done, judged from what its algorithms returned."""
from . import runner

NOT_STARTED, ATTENTION, OK = "not_started", "attention", "done"
# numeric outputs that mean "something to look at" when above zero
ATTENTION_OUTPUTS = ("OVERLAP_COUNT", "CONFLICT_COUNT", "ERROR_COUNT", "ERROR_AREA_M2", "ENCROACHMENT_COUNT",
                     "FAILED_TARGETS", "UNMATCHED_COUNT", "GAP_COUNT")


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
