"""The one drawing of a laid-out map, onto any `Surface` (no Qt, no reportlab).

Everything a map shows is drawn here, once: the canvas items and the PNG export draw
through the QPainter adapter (`journeymapper.render.painting.QtSurface`), the PDF through
the reportlab adapter (`journeymapper.export.pdf_surface.PdfSurface`); an SVG export
would be a third adapter of the same `Surface`. Colours, alphas, widths and radii come
from the layout's `Theme`; coordinates are the layout's scene units (y down).

The draw order (`draw_map`) is the canvas' stacking order: background, title and emotion
scales; emotion curves and their points' notes; stage and lane headers; cards; connection
lines and arrowheads; connection labels on their plates (over every line and curve, so
that no label is crossed out); emotion points last (they are handles on the canvas).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from math import inf

from ..layout import (
    CardBox,
    ConnectionPath,
    Curve,
    EmotionScale,
    LaneBox,
    MapLayout,
    Rect,
    RoutePiece,
    StageBox,
    TextBlock,
    Theme,
    route_pieces,
)
from ..layout.route_shape import rounded_route
from ..layout.theme import LANE_ACCENT, LANE_ICON, kind_accent, mix
from .marks import draw_card_image, draw_chip, draw_emotion_note, draw_kind_mark
from .surface import Fill, Path, PathStep, Stroke, Surface

__all__ = ["Fill", "Path", "PathStep", "Stroke", "Surface"]  # (re-exported: the adapters')

# -- pieces ---------------------------------------------------------------------------


def draw_text(s: Surface, block: TextBlock | None, colour: str | None = None) -> None:
    """A laid-out text block, each line at its baseline."""
    if block is None or not block.lines:
        return
    lines = [(y, line) for y, line in zip(block.baselines(), block.lines, strict=True) if line]
    if lines:
        s.text(block.x, lines, block.size, block.bold, colour or block.colour)


def draw_background(s: Surface, layout: MapLayout, page: bool = True) -> None:
    """Page (unless ``page`` is False: a transparent export), row bands, column tints and
    grid lines."""
    t = layout.theme
    if page:
        s.rect(Rect(0, 0, layout.width, layout.height), Fill(t.page))
    grid = layout.grid
    for lane in layout.lanes:
        s.rect(lane.row, Fill(lane.fill))
    for stage in layout.stages:
        s.rect(
            Rect(stage.column.x, grid.y, stage.column.w, grid.h),
            Fill(stage.fill, t.column_tint_alpha),
        )
    draw_grid_lines(s, layout)


def draw_grid_lines(
    s: Surface, layout: MapLayout, within: tuple[float, float, float, float] | None = None
) -> None:
    """The lines between the columns and rows, and around the grid. ``within`` (left, top,
    right, bottom): only the lines' parts inside it (a repaint of a part of the canvas; the
    pixels of a level or upright line do not depend on where it ends)."""
    grid = layout.grid
    pen = Stroke(layout.theme.grid_line, 1, cosmetic=True)
    left, top, right, bottom = within if within is not None else (-inf, -inf, inf, inf)
    y0, y1 = max(grid.y, top), min(grid.bottom, bottom)
    for stage in layout.stages[1:]:
        x = stage.column.x
        if left <= x <= right and y0 <= y1:
            s.line(x, y0, x, y1, pen)
    for lane in layout.lanes[1:]:
        y = lane.row.y
        x0, x1 = max(lane.rect.x, left), min(grid.right, right)
        if top <= y <= bottom and x0 <= x1:
            s.line(x0, y, x1, y, pen)
    s.rect(grid, None, pen)


def draw_title(s: Surface, layout: MapLayout) -> None:
    """The title and subtitle; for a branded map also who it is for and by, the accent
    bar under them and the client's logo (`layout.brand`)."""
    draw_text(s, layout.title)
    draw_text(s, layout.subtitle)
    marks = layout.brand
    if marks is not None:
        draw_text(s, marks.byline)
        if marks.rule is not None and marks.accent:
            s.rect(marks.rule, Fill(marks.accent))
        if marks.logo is not None and marks.logo_rect is not None:
            s.image(marks.logo, marks.logo_rect)


def _border(t: Theme, colour: str, selected: bool) -> Stroke:
    if selected:
        return Stroke(t.selection, t.selected_width)
    return Stroke(colour, t.border_width)


def draw_stage_header(s: Surface, box: StageBox, theme: Theme, selected: bool = False) -> None:
    t, r = theme, box.rect
    s.rounded_rect(
        Rect(r.x + 2, r.y, r.w - 4, r.h - 4),
        t.header_radius,
        Fill(box.fill),
        _border(t, mix(box.fill, t.shadow, t.header_border_darken), selected),
    )
    if t.accent:  # the brand's accent along the header's foot, clear of its corners
        inset = 2 + t.header_radius
        foot = r.y + r.h - 4 - t.accent_band - t.border_width
        s.rect(Rect(r.x + inset, foot, max(r.w - 2 * inset, 0), t.accent_band), Fill(t.accent))
    draw_text(s, box.name)
    if box.description:
        draw_text(s, box.description)


def draw_lane_header(s: Surface, box: LaneBox, theme: Theme, selected: bool = False) -> None:
    t = theme
    r = Rect(box.rect.x, box.rect.y + 2, box.rect.w - 4, box.rect.h - 4)
    s.rounded_rect(r, t.header_radius, Fill(t.header_fill), _border(t, t.grid_line, selected))
    inset = t.lane_accent_inset
    s.rect(
        Rect(r.x + 1, r.y + inset, t.lane_accent_width, max(r.h - 2 * inset, 0)),
        Fill(LANE_ACCENT[box.kind]),
    )
    draw_text(s, box.name)
    s.icon(LANE_ICON[box.kind], box.icon)
    draw_text(s, box.kind_label)
    for entry in box.legend:
        s.rect(entry.swatch, Fill(entry.colour))
        draw_text(s, entry.text)


def draw_card(s: Surface, box: CardBox, theme: Theme, selected: bool = False) -> None:
    """A note with a soft shadow, its kind's mark, its image, channel icon, title, body
    and chips (`marks`)."""
    t, r = theme, box.rect
    s.rounded_rect(
        Rect(r.x, r.y + t.shadow_offset, r.w, r.h), t.card_radius, Fill(t.shadow, t.shadow_alpha)
    )
    s.rounded_rect(r, t.card_radius, Fill(box.fill), _border(t, box.border, selected))
    if box.kind_icon is not None:
        draw_kind_mark(s, box, t)
        if selected:  # (over the mark)
            s.rounded_rect(r, t.card_radius, None, _border(t, box.border, selected))
    draw_card_image(s, box, t)
    if box.icon is not None and box.channel is not None:
        s.icon(box.channel.value, box.icon)
    draw_text(s, box.channel_label)
    draw_text(s, box.title)
    draw_text(s, box.body)
    for chip in box.chips:
        draw_chip(s, chip, t)


def draw_card_sketch(
    s: Surface,
    box: CardBox,
    theme: Theme,
    selected: bool = False,
    bars: bool = True,
    pixel: float = 1.0,
) -> None:
    """A card seen from far away: its shape, colour and grey bars where its lines are
    (below a few pixels per letter text cannot be read, and drawing it costs most of a
    frame). ``pixel``: the size of a device pixel in scene units."""
    t, r = theme, box.rect
    if selected:
        # a few pixels at any zoom (far away, 3 units would be a hairline), inside the
        # card's box so that it repaints with the card
        inset = t.sketch_selected_px / 2 * pixel
        if inset * 2 < min(r.w, r.h):
            r = Rect(r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset)
        pen = Stroke(t.selection, t.sketch_selected_px, cosmetic=True)
    else:
        pen = Stroke(box.border, t.border_width)
    s.rect(r, Fill(box.fill), pen)
    if box.kind_icon is not None:  # the kind's colour along the left edge
        k = box.rect
        s.rect(Rect(k.x, k.y, t.kind_bar_width, k.h), Fill(kind_accent(box.kind, t.palette)))
    if box.image is not None:
        s.rect(box.image.rect, Fill(t.image_frame))
    if not bars:
        return  # so far away that even the bars would be a blur
    bar = Fill(t.sketch_bar)
    inner = box.rect.w - 2 * t.card_pad
    for block in (box.title, box.body):
        if block is None:
            continue
        lh = block.line_height
        for i, line in enumerate(block.lines):
            w = min(inner, len(line) * block.size * 0.5)
            s.rect(Rect(block.x, block.y + i * lh + lh * 0.3, w, lh * 0.4), bar)


def draw_card_handle(s: Surface, cx: float, cy: float, theme: Theme) -> None:
    """The round handle on a card's edge that starts a connection (the canvas only)."""
    t = theme
    s.ellipse(
        cx,
        cy,
        t.handle_radius,
        t.handle_radius,
        Fill(t.selection),
        Stroke(t.handle_ring, t.handle_ring_width),
    )


def draw_scale(s: Surface, scale: EmotionScale, theme: Theme) -> None:
    """The +5, 0 and -5 lines of an emotion lane and their labels."""
    t = theme
    x0, x1 = scale.left + t.scale_inset_left, scale.right - t.scale_inset_right
    weak = Stroke(t.grid_line, 1, dash="dot", cap="flat", cosmetic=True)
    strong = Stroke(t.neutral_line, t.zero_line_width, dash="dash", cap="flat")
    for y, pen in ((scale.top, weak), (scale.zero, strong), (scale.bottom, weak)):
        s.line(x0, y, x1, y, pen)
    for label in scale.labels:
        draw_text(s, label)


def curve_path(curve: Curve) -> Path:
    if not curve.points:
        return ()
    steps: list[PathStep] = [("M", curve.points[0].x, curve.points[0].y)]
    for seg in curve.segments:
        steps.append(("C", *seg[1], *seg[2], *seg[3]))
    return tuple(steps)


def draw_curve(s: Surface, curve: Curve, theme: Theme, width: float | None = None) -> None:
    """A persona's emotion curve (``width``: the canvas keeps it visible far away)."""
    if not curve.points or not curve.segments:
        return
    pen = Stroke(curve.colour, width or theme.curve_width, cap="round", join="round")
    s.path(curve_path(curve), None, pen)


def draw_curve_point(
    s: Surface,
    x: float,
    y: float,
    colour: str,
    theme: Theme,
    selected: bool = False,
    grow: float = 1.0,
) -> None:
    """A point of an emotion curve (``grow``: the canvas keeps it visible far away)."""
    t = theme
    radius = (t.point_selected_radius if selected else t.point_radius) * grow
    s.ellipse(x, y, radius, radius, Fill(t.point_fill), Stroke(colour, t.point_stroke * grow))
    if selected:
        halo = radius + t.point_halo_gap * grow
        s.ellipse(x, y, halo, halo, None, Stroke(t.selection, t.point_halo_width * grow))


# -- connections ----------------------------------------------------------------------


@lru_cache(maxsize=8192)
def route_path(points: tuple[tuple[float, float], ...], radius: float = 8.0) -> Path:
    """An orthogonal route with rounded corners (quadratic, the control point at the
    corner)."""
    steps: list[PathStep] = [("M", *points[0])]
    for step in rounded_route(points, radius):
        if step[0] == "line":
            steps.append(("L", step[1], step[2]))
        else:
            steps.append(("Q", step[1], step[2], step[3], step[4]))
    return tuple(steps)


def arrow_head(conn: ConnectionPath, theme: Theme) -> Path:
    """The arrowhead at a route's end, pointing along its last leg."""
    (x0, y0), (x1, y1) = conn.points[-2], conn.points[-1]
    dx, dy = x1 - x0, y1 - y0
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    size, spread = theme.arrow_size, theme.arrow_size * theme.arrow_spread
    return (
        ("M", x1, y1),
        ("L", x1 - ux * size - uy * spread, y1 - uy * size + ux * spread),
        ("L", x1 - ux * size + uy * spread, y1 - uy * size - ux * spread),
        ("Z",),
    )


def connection_stroke(theme: Theme, loops_back: bool, selected: bool) -> Stroke:
    """The line of a route: dashed when it goes back to an earlier stage; flat ends, so
    that pieces drawn one by one meet without overlapping."""
    t = theme
    return Stroke(
        t.selection if selected else t.connection,
        t.connection_selected_width if selected else t.connection_width,
        dash="dash" if loops_back else None,
        cap="flat",
    )


Box = tuple[float, float, float, float]  # left, top, right, bottom


def clip_segment(
    x0: float, y0: float, x1: float, y1: float, box: Box
) -> tuple[float, float] | None:
    """The part of the segment inside ``box`` (left, top, right, bottom), as the fractions
    (from, to) along it, or None when none of it is inside (Liang-Barsky)."""
    lo, hi = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for q, d in ((x0 - box[0], -dx), (box[2] - x0, dx), (y0 - box[1], -dy), (box[3] - y0, dy)):
        if d == 0:
            if q < 0:
                return None
            continue
        u = q / d
        if d < 0:
            lo = max(lo, u)
        else:
            hi = min(hi, u)
        if lo > hi:
            return None
    return lo, hi


def draw_dashed_pieces(
    s: Surface, pieces: Iterable[RoutePiece], pen: Stroke, clip: Box | None = None
) -> None:
    """A dashed route piece by piece, the dash pattern starting afresh at each piece: a
    piece then looks the same however much of the route is drawn with it (the canvas
    repaints a long route by the parts in the area it refreshes). With ``clip`` (left,
    top, right, bottom), only what lies inside it: dashing a long run costs one dash per
    few pixels of its whole length, most of which would be clipped away."""
    for piece in pieces:
        x0, y0, x1, y1 = piece.x0, piece.y0, piece.x1, piece.y1
        if piece.corner is None:
            offset = 0.0
            if clip is not None and not (
                clip[0] <= min(x0, x1)
                and max(x0, x1) <= clip[2]
                and clip[1] <= min(y0, y1)
                and max(y0, y1) <= clip[3]
            ):
                cut = clip_segment(x0, y0, x1, y1, clip)
                if cut is None:
                    continue
                u0, u1 = cut
                offset = u0 * piece.length
                x0, y0, x1, y1 = (
                    piece.x0 + (piece.x1 - piece.x0) * u0,
                    piece.y0 + (piece.y1 - piece.y0) * u0,
                    piece.x0 + (piece.x1 - piece.x0) * u1,
                    piece.y0 + (piece.y1 - piece.y0) * u1,
                )
            s.line(x0, y0, x1, y1, _with_offset(pen, offset))
        else:
            if clip is not None:
                left, top, right, bottom = piece.bounds()
                if right < clip[0] or left > clip[2] or bottom < clip[1] or top > clip[3]:
                    continue
            s.path((("M", x0, y0), ("Q", *piece.corner, x1, y1)), None, pen)


def _with_offset(pen: Stroke, offset: float) -> Stroke:
    if offset == pen.dash_offset:
        return pen
    return Stroke(pen.colour, pen.width, pen.alpha, pen.dash, offset, pen.cap, pen.join)


def draw_route_line(
    s: Surface,
    conn: ConnectionPath,
    theme: Theme,
    selected: bool = False,
    clip: Box | None = None,
    pixel: float = 0.0,
    pieces: Iterable[RoutePiece] | None = None,
) -> None:
    """A route's line (no arrowhead). A dashed route is drawn piece by piece (see
    `draw_dashed_pieces`; ``pieces``: its `route_pieces`, if already at hand), unless its
    line is under a device pixel wide (``pixel``: a pixel's size in scene units), where
    the dashes are too small to show which piece they start from."""
    pen = connection_stroke(theme, conn.loops_back, selected)
    if conn.loops_back and pen.width > pixel:
        if pieces is None:
            pieces = route_pieces(conn.points, theme.route_radius)
        draw_dashed_pieces(s, pieces, pen, clip)
    else:
        # a solid route is cheap to stroke whole, and then has no seams
        s.path(route_path(conn.points, theme.route_radius), None, pen)


def draw_arrow_head(s: Surface, conn: ConnectionPath, theme: Theme, selected: bool = False) -> None:
    s.path(arrow_head(conn, theme), Fill(theme.selection if selected else theme.connection))


def draw_connection_label(
    s: Surface, conn: ConnectionPath, theme: Theme, selected: bool = False
) -> None:
    """A route's label on a plate (drawn after every line: no line crosses it); a
    selected route's label is outlined and written in the selection colour."""
    if conn.label is None or conn.label_rect is None:
        return
    t = theme
    outline = Stroke(t.selection, t.label_selected_width) if selected else None
    s.rounded_rect(
        conn.label_rect, t.label_plate_radius, Fill(t.label_plate, t.label_plate_alpha), outline
    )
    draw_text(s, conn.label, t.selection if selected else None)


def draw_connection(s: Surface, conn: ConnectionPath, theme: Theme, selected: bool = False) -> None:
    """A route with its arrowhead (labels: `draw_connection_label`, after every line)."""
    draw_route_line(s, conn, theme, selected)
    draw_arrow_head(s, conn, theme, selected)


# -- the whole map --------------------------------------------------------------------


def _near(r: Rect, view: Rect | None) -> bool:
    # (cards and headers draw a few units beyond their box: shadows, borders)
    return view is None or (
        r.x - 8 <= view.right
        and view.x <= r.right + 8
        and r.y - 8 <= view.bottom
        and view.y <= r.bottom + 8
    )


def draw_emotion_notes(s: Surface, layout: MapLayout, view: Rect | None = None) -> None:
    """The emotion points' notes (over the curves, under the points)."""
    for note in layout.notes:
        if _near(note.rect, view):
            draw_emotion_note(s, note, layout.theme)


def draw_map(s: Surface, layout: MapLayout, page: bool = True, view: Rect | None = None) -> None:
    """The whole map in the one draw order (see the module); with ``view``, only the
    headers, cards and connections that reach into it (a band of an image, a tile)."""
    t = layout.theme
    draw_background(s, layout, page)
    draw_title(s, layout)
    for scale in layout.scales.values():
        draw_scale(s, scale, t)
    for curve in layout.curves:
        draw_curve(s, curve, t)
    draw_emotion_notes(s, layout, view)
    for stage in layout.stages:
        if _near(stage.rect, view):
            draw_stage_header(s, stage, t)
    for lane in layout.lanes:
        if _near(lane.rect, view):
            draw_lane_header(s, lane, t)
    for card in layout.cards.values():
        if _near(card.rect, view):
            draw_card(s, card, t)
    connections = [c for c in layout.connections if _near(c.bounds(), view)]
    for conn in connections:
        draw_connection(s, conn, t)
    for conn in connections:
        draw_connection_label(s, conn, t)
    for curve in layout.curves:
        for pt in curve.points:
            draw_curve_point(s, pt.x, pt.y, curve.colour, t)
