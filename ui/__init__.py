"""The drafting dock: layer roles, the five steps of a 片区 plan, targets, standard maps and the review report."""
