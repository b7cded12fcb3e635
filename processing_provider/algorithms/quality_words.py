"""The data-quality checks in the planner's words: the names of lantu:checklanduse's checks, what reading found in
a feature's geometry and GEOS's validity reasons, shared by checklanduse, checkdatabase's findings and the live check."""
from ...translation import tr


def check_names():
    return {
        "invalid_geometry": tr("Invalid geometry"), "curved_geometry": tr("Curved geometry (linearised)"),
        "empty_geometry": tr("Empty geometry"), "self_overlap": tr("Features overlap"),
        "gap": tr("Gap inside the boundary"), "outside_boundary": tr("Outside the boundary"),
        "sliver": tr("Sliver polygon"), "spike": tr("Spike"), "code_missing": tr("Land-class code missing"),
        "code_unknown": tr("Land-class code not in the classification"),
        "name_mismatch": tr("Class name does not match the code"),
        "area_mismatch": tr("Recorded area differs from the computed area"),
        "field_missing": tr("Required field missing"), "value_missing": tr("Required value missing"),
        "crs_not_cgcs2000": tr("CRS is not a CGCS2000 projected CRS"),
        "coordinates_out_of_zone": tr("Coordinates outside the CRS's zone"),
    }


def fault_text(fault):
    """What reading found in a feature's geometry (core.quality's read faults), in the planner's words."""
    from ...core import quality

    return {quality.UNCLOSED: tr("Invalid geometry: a ring is not closed (its last vertex is not its first); it was "
                                 "closed for the other checks."),
            quality.NOT_FINITE: tr("Invalid geometry: a coordinate is NaN or infinite; the feature is left out of the "
                                   "other checks. Correct its vertices."),
            quality.UNREADABLE: tr("Invalid geometry: the geometry cannot be read; the feature is left out of the "
                                   "other checks. Redraw it.")}[fault]


def curved_text():
    return tr("Curved geometry (arcs): linearised as QGIS does (segments of at most 1°) for the checks.")


def geos_reason(reason):
    """GEOS's validity reasons in the planner's language."""
    return {
        "Self-intersection": tr("self-intersection"),
        "Ring Self-intersection": tr("ring self-intersection"),
        "Too few points in geometry component": tr("too few points"),
        "Hole lies outside shell": tr("hole outside its shell"),
        "Nested holes": tr("nested holes"),
        "Nested shells": tr("nested shells"),
        "Interior is disconnected": tr("interior is disconnected"),
        "Invalid Coordinate": tr("invalid coordinate"),
        "Duplicate Rings": tr("duplicate rings"),
        "Ring is not closed": tr("ring is not closed"),
    }.get(reason, reason)
