"""A small map as inline SVG for HTML reports: polygons and lines in metres, drawn in a frame, north up.
numpy + shapely only (a report needs no QGIS canvas, and prints as it shows)."""
import html

import numpy as np
import shapely


def _path(geom, to_px):
    """SVG path data of a polygon or line geometry (every ring a closed subpath)."""
    out = []
    for part in shapely.get_parts(geom):
        kind = shapely.get_type_id(part)
        rings = shapely.get_rings(part) if kind == 3 else [part] if kind in (1, 2) else []
        for ring in rings:
            xy = to_px(shapely.get_coordinates(ring))
            if len(xy) < 2:
                continue
            out.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + (" Z" if kind == 3 else ""))
    return " ".join(out)


def draw(frame, layers, size=360, scale_bar=True):
    """An SVG map of `frame` (xmin, ymin, xmax, ymax in m): `layers` [(geometries, fill, stroke, label)] drawn
    in order (fill 'none' for lines), each clipped to the frame, with a legend and a scale bar."""
    x0, y0, x1, y1 = frame
    span = max(x1 - x0, y1 - y0, 1.0)
    k = size / span
    width, height = (x1 - x0) * k, (y1 - y0) * k
    box = shapely.box(x0, y0, x1, y1)

    def to_px(xy):
        return np.column_stack([(xy[:, 0] - x0) * k, (y1 - xy[:, 1]) * k])

    body = [f'<rect x="0" y="0" width="{width:.1f}" height="{height:.1f}" fill="#fbfbf8" stroke="#888"/>']
    legend = []
    for geoms, fill, stroke, label in layers:
        geoms = np.asarray(geoms, dtype=object)
        if len(geoms) == 0:
            continue
        near = geoms[shapely.intersects(geoms, box)]
        clipped = shapely.intersection(near, box)
        data = " ".join(p for p in (_path(g, to_px) for g in clipped if not g.is_empty) if p)
        if data:
            opacity = ' fill-opacity="0.7"' if fill != "none" else ""
            body.append(f'<path d="{data}" fill="{fill}" fill-rule="evenodd" stroke="{stroke}" stroke-width="1"{opacity}/>')
        legend.append((fill, stroke, label))
    if scale_bar:
        metres = _nice(span / 4)
        bar = metres * k
        body.append(f'<g transform="translate(8,{height - 10:.1f})"><rect width="{bar:.1f}" height="4" fill="#333"/>'
                    f'<text x="{bar + 4:.1f}" y="5" font-size="10">{metres:g} m</text></g>')
    keys = "".join(f'<div><span style="display:inline-block;width:12px;height:12px;background:{f if f != "none" else "#fff"};'
                   f'border:2px solid {s};margin-right:4px"></span>{html.escape(label)}</div>' for f, s, label in legend)
    return (f'<div style="display:flex;gap:1em;align-items:flex-start"><svg xmlns="http://www.w3.org/2000/svg" '
            f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.1f} {height:.1f}">{"".join(body)}</svg>'
            f'<div style="font-size:0.85em">{keys}</div></div>')


def frame_around(geom, factor=3.0):
    """A square frame centred on `geom`, `factor` times its larger side."""
    x0, y0, x1, y1 = geom.bounds
    half = max(x1 - x0, y1 - y0, 1.0) * factor / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return cx - half, cy - half, cx + half, cy + half


def _nice(value):
    """The round length (1, 2 or 5 × 10ⁿ) at most `value`."""
    power = 10 ** np.floor(np.log10(max(value, 1e-9)))
    for step in (5, 2, 1):
        if step * power <= value:
            return float(step * power)
    return float(power)
