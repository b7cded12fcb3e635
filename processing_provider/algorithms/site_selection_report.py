"""lantu:siteselection's words and report: what came of the search (or which constraint left no site), what each
constraint removed, the candidates, and a map per candidate. Not an algorithm: siteselection's own module."""
import html

from ...translation import tr


def step_name(step):
    from ...core import site_selection

    return site_selection.STEP_NAMES_ZH.get(step, step)


def outcome_text(found, wanted, area_m2, largest_m2, funnel):
    """One sentence on the outcome; when no site fits, the constraint that removed the most land is named."""
    if found == wanted:
        return tr("{0} candidate sites of {1:,.4f} 公顷 found.").format(found, area_m2 / 1e4)
    binding = funnel.binding()
    cause = tr(" Of the {0:,.4f} 公顷 of the allowed classes in the search area, the constraint that removed the most land: "
               "{1} ({2:,.4f} 公顷 on its own).").format(funnel.left[0][1] / 1e4, step_name(binding),
                                                         funnel.own[binding] / 1e4) if binding else ""
    if found == 0:
        return tr("No site of {0:,.4f} 公顷 fits: the largest piece of land meeting every constraint is {1:,.4f} 公顷.{2}").format(
            area_m2 / 1e4, largest_m2 / 1e4, cause)
    return tr("Only {0} of the {1} candidate sites wanted fit.{2}").format(found, wanted, cause)


def write(path, title, verdict, funnel, rows, sites, parts, layers, settings):
    from ...core import report, svg_map

    names = settings["names"]
    facts = [verdict,
             tr("Search area: {0}; land use: {1}; classes a site may take: {2}").format(
                 names["BOUNDARY"], names["LANDUSE"], settings["allowed"] or tr("construction and unused land (built-in)")),
             tr("Project area {0:,.4f} 公顷; narrowest {1:g} m; steepest {2}; farthest from a road {3}").format(
                 settings["area_m2"] / 1e4, settings["min_width"],
                 f"{settings['max_slope']:g}°" if settings["max_slope"] is not None else tr("not checked (no DEM)"),
                 f"{settings['reach']:g} m" if settings["reach"] > 0 else tr("no limit")),
             tr("Urban development boundary rule: {0}").format(
                 [tr("inside only"), tr("outside only"), tr("either")][settings["rule"]])]
    facts += [tr("Not checked: {0}").format(", ".join(settings["unchecked"]))] if settings["unchecked"] else []
    own = [(step_name(step), funnel.own.get(step, 0.0) / 1e4, left / 1e4) for step, left in funnel.left]
    sections = [(tr("What each constraint removed (公顷)"), report.table(
        [tr("Constraint"), tr("Removed on its own (公顷)"), tr("Left after it (公顷)")],
        [(tr("Search area"), None, funnel.search_m2 / 1e4)] + own, decimals=4) + html.escape(tr(
            "Removed on its own: the class step from the search area, every other step from the land of the allowed "
            "classes (so no figure depends on the order); the width step from the land the others left.")))]
    if rows:
        sections.append((tr("Candidates"), report.table(
            [tr("Rank"), tr("Area (公顷)"), tr("Mean slope (°)"), tr("Distance to a road (m)"), tr("Score"), tr("Reasons")],
            [(r[0], r[2], r[4], r[5], r[7], r[8]) for r in rows], decimals=2)))
    for row, site in zip(rows, sites):
        frame = svg_map.frame_around(site)
        drawn = [(parts, "#cfe8c0", "#7aa86a", tr("Land meeting every constraint")),
                 (layers.get("PBF", []), "#f3e27a", "#c9a800", tr("永久基本农田")),
                 (layers.get("ERL", []), "#9fd39a", "#2f8a3a", tr("生态保护红线")),
                 (layers.get("hazard", []), "#f4b183", "#c55a11", tr("Hazard areas")),
                 (layers.get("UDB", []), "none", "#7030a0", tr("城镇开发边界")),
                 (layers.get("roads", []), "none", "#555555", tr("Roads")),
                 ([site], "#e03c31", "#8b0000", tr("Candidate {0}").format(row[0]))]
        sections.append((tr("Candidate {0}: {1:,.4f} 公顷, score {2:.1f}").format(row[0], row[2], row[7]),
                         svg_map.draw(frame, drawn) + f"<p>{html.escape(row[8])}</p>"))
    report.write(path, report.page(title, facts, sections))
