"""Draw layout objects with a QPainter: used by the canvas items and by the PNG export."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtSvg import QSvgRenderer

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
)
from ..layout.route_shape import rounded_route, route_pieces
from ..layout.theme import mix
from ..model import LaneKind
from ..resources import icon_path
from .fonts import BASE_PX, base_font


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


@cache
def svg(name: str) -> QSvgRenderer | None:
    path = icon_path(name)
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


def draw_icon(p: QPainter, name: str, rect: Rect) -> None:
    renderer = svg(name)
    if renderer is not None:
        renderer.render(p, qrect(rect))


@cache
def colour(hex_colour: str) -> QColor:
    """Shared QColor objects (paint() runs often; colours repeat)."""
    return QColor(hex_colour)


def draw_text(p: QPainter, block: TextBlock, colour_override: str | None = None) -> None:
    """Each line at its baseline, from the 100 px base font scaled to the block's size."""
    if not block.lines:
        return
    base = p.transform()
    p.setFont(base_font(block.bold))
    p.setPen(colour(colour_override or block.colour))
    scale = block.size / BASE_PX
    for line, baseline in zip(block.lines, block.baselines(), strict=True):
        if not line:
            continue
        t = QTransform(base)
        t.translate(block.x, baseline)
        t.scale(scale, scale)
        p.setTransform(t)
        p.drawText(QPointF(0, 0), line)
    p.setTransform(base)


def draw_card_sketch(
    p: QPainter, box: CardBox, layout: MapLayout, selected: bool = False, lines: bool = True
) -> None:
    """A card seen from far away: its shape, colour and grey bars where its lines are.

    Below a few pixels per letter text cannot be read; drawing it costs most of a frame.
    """
    t = layout.theme
    r = qrect(box.rect)
    if selected:
        # 2 px on screen at any zoom (far away, 3 units would be a hairline), inside the
        # card's box so that it repaints with the card
        pen = QPen(colour(t.selection), 2)
        pen.setCosmetic(True)
        inset = 1.0 / max(abs(p.worldTransform().m11()), 1e-6)
        if inset * 2 < min(r.width(), r.height()):
            r = r.adjusted(inset, inset, -inset, -inset)
    else:
        pen = QPen(colour(box.border), 1)
    p.setPen(pen)
    p.setBrush(colour(box.fill))
    p.drawRect(r)
    if not lines:
        return  # so far away that even the lines would be a blur
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour("#9AA5B1"))
    inner = box.rect.w - 2 * t.card_pad
    for block in (box.title, box.body):
        if block is None:
            continue
        for i, line in enumerate(block.lines):
            w = min(inner, len(line) * block.size * 0.5)
            p.drawRect(
                QRectF(
                    block.x,
                    block.y + i * block.line_height + block.line_height * 0.3,
                    w,
                    block.line_height * 0.4,
                )
            )


def draw_background(p: QPainter, layout: MapLayout, page: bool = True) -> None:
    """Page (unless ``page`` is False: a transparent export), column tints, row bands and
    grid lines."""
    t = layout.theme
    if page:
        p.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(t.page))
    grid = layout.grid
    for lane in layout.lanes:
        p.fillRect(qrect(lane.row), QColor(lane.fill))
    for stage in layout.stages:
        tint = QColor(stage.fill)
        tint.setAlphaF(0.28)
        p.fillRect(QRectF(stage.column.x, grid.y, stage.column.w, grid.h), tint)
    pen = QPen(QColor(t.grid_line), 1)
    pen.setCosmetic(True)
    p.setPen(pen)
    for stage in layout.stages[1:]:
        p.drawLine(QPointF(stage.column.x, grid.y), QPointF(stage.column.x, grid.bottom))
    for lane in layout.lanes[1:]:
        p.drawLine(QPointF(lane.rect.x, lane.row.y), QPointF(grid.right, lane.row.y))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(grid.x, grid.y, grid.w, grid.h))


def draw_stage_header(
    p: QPainter, box: StageBox, layout: MapLayout, selected: bool = False
) -> None:
    t = layout.theme
    r = qrect(box.rect).adjusted(2, 0, -2, -4)
    path = QPainterPath()
    path.addRoundedRect(r, 8, 8)
    p.fillPath(path, QColor(box.fill))
    p.setPen(
        QPen(
            QColor(t.selection if selected else mix(box.fill, "#000000", 0.12)),
            2.5 if selected else 1,
        )
    )
    p.drawPath(path)
    draw_text(p, box.name)
    if box.description:
        draw_text(p, box.description)


def draw_lane_header(p: QPainter, box: LaneBox, layout: MapLayout, selected: bool = False) -> None:
    t = layout.theme
    r = qrect(box.rect).adjusted(0, 2, -4, -2)
    path = QPainterPath()
    path.addRoundedRect(r, 8, 8)
    p.fillPath(path, QColor(t.header_fill))
    p.setPen(QPen(QColor(t.selection if selected else t.grid_line), 2.5 if selected else 1))
    p.drawPath(path)
    accent = {
        LaneKind.CARDS: "#F2C94C",
        LaneKind.TOUCHPOINTS: "#2F80ED",
        LaneKind.EMOTION: "#D64550",
    }[box.kind]
    p.fillRect(QRectF(r.x() + 1, r.y() + 8, 4, r.height() - 16), QColor(accent))
    draw_text(p, box.name)
    icon = {
        LaneKind.CARDS: "card",
        LaneKind.TOUCHPOINTS: "lane-touchpoints",
        LaneKind.EMOTION: "lane-emotion",
    }[box.kind]
    draw_icon(p, icon, box.icon)
    draw_text(p, box.kind_label)
    for entry in box.legend:
        p.fillRect(qrect(entry.swatch), QColor(entry.colour))
        draw_text(p, entry.text)


def draw_card(p: QPainter, box: CardBox, layout: MapLayout, selected: bool = False) -> None:
    t = layout.theme
    r = qrect(box.rect)
    # a soft shadow, then the note
    shadow = QPainterPath()
    shadow.addRoundedRect(r.translated(0, 2), t.card_radius, t.card_radius)
    p.fillPath(shadow, QColor(0, 0, 0, 28))
    path = QPainterPath()
    path.addRoundedRect(r, t.card_radius, t.card_radius)
    p.fillPath(path, QColor(box.fill))
    p.setPen(QPen(QColor(t.selection if selected else box.border), 2.5 if selected else 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    if box.icon is not None and box.channel is not None:
        draw_icon(p, box.channel.value, box.icon)
    if box.channel_label is not None:
        draw_text(p, box.channel_label)
    draw_text(p, box.title)
    if box.body is not None:
        draw_text(p, box.body)
    for chip in box.chips:
        cp = QPainterPath()
        cp.addRoundedRect(qrect(chip.rect), 4, 4)
        p.fillPath(cp, QColor(chip.fill))
        draw_text(p, chip.text)


def draw_scale(p: QPainter, scale: EmotionScale, layout: MapLayout) -> None:
    t = layout.theme
    for y, strong in ((scale.top, False), (scale.zero, True), (scale.bottom, False)):
        pen = QPen(QColor(t.neutral_line if strong else t.grid_line), 1.4 if strong else 1)
        pen.setStyle(Qt.PenStyle.DashLine if strong else Qt.PenStyle.DotLine)
        pen.setCosmetic(not strong)
        p.setPen(pen)
        p.drawLine(QPointF(scale.left + 28, y), QPointF(scale.right - 6, y))
    for label in scale.labels:
        draw_text(p, label)


def curve_path(curve: Curve) -> QPainterPath:
    path = QPainterPath()
    if not curve.points:
        return path
    path.moveTo(curve.points[0].x, curve.points[0].y)
    for seg in curve.segments:
        path.cubicTo(QPointF(*seg[1]), QPointF(*seg[2]), QPointF(*seg[3]))
    return path


def draw_curve(p: QPainter, curve: Curve, width: float = 3.5) -> None:
    """A persona's emotion curve (``width``: the canvas keeps it visible far away)."""
    pen = QPen(QColor(curve.colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(curve_path(curve))


def draw_curve_point(
    p: QPainter, x: float, y: float, colour: str, selected: bool = False, grow: float = 1.0
) -> None:
    """A point of an emotion curve (``grow``: the canvas keeps it visible far away)."""
    p.setPen(QPen(QColor(colour), 3 * grow))
    p.setBrush(QBrush(QColor("#FFFFFF")))
    radius = (8 if selected else 6.5) * grow
    p.drawEllipse(QPointF(x, y), radius, radius)
    if selected:
        p.setPen(QPen(QColor("#2F80ED"), 1.5 * grow))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(x, y), radius + 4 * grow, radius + 4 * grow)


def connection_path(conn: ConnectionPath, radius: float = 8.0) -> QPainterPath:
    """The route with rounded corners."""
    path = QPainterPath(QPointF(*conn.points[0]))
    for step in rounded_route(conn.points, radius):
        if step[0] == "line":
            path.lineTo(step[1], step[2])
        else:
            path.quadTo(QPointF(step[1], step[2]), QPointF(step[3], step[4]))
    return path


def arrow_head(conn: ConnectionPath, size: float = 9.0) -> QPolygonF:
    (x0, y0), (x1, y1) = conn.points[-2], conn.points[-1]
    dx, dy = x1 - x0, y1 - y0
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    return QPolygonF(
        [
            QPointF(x1, y1),
            QPointF(x1 - ux * size - uy * size * 0.55, y1 - uy * size + ux * size * 0.55),
            QPointF(x1 - ux * size + uy * size * 0.55, y1 - uy * size - ux * size * 0.55),
        ]
    )


def connection_pen(theme: Theme, loops_back: bool, selected: bool) -> QPen:
    """The line of a route: dashed when it goes back to an earlier stage; flat ends, as in
    the PDF, so pieces drawn one by one meet without overlapping."""
    pen = QPen(colour(theme.selection if selected else theme.connection), 2.5 if selected else 1.8)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if loops_back:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def draw_arrow_head(
    p: QPainter, conn: ConnectionPath, theme: Theme, selected: bool, arrow: QPolygonF | None = None
) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour(theme.selection if selected else theme.connection))
    p.drawPolygon(arrow if arrow is not None else arrow_head(conn))


def draw_connection_label(
    p: QPainter, conn: ConnectionPath, selected: bool = False, theme: Theme | None = None
) -> None:
    """A route's label on a white plate (drawn after every line: no line crosses it); a
    selected route's label is outlined and written in the selection colour."""
    if conn.label is not None and conn.label_rect is not None:
        lp = QPainterPath()
        lp.addRoundedRect(qrect(conn.label_rect), 3, 3)
        p.fillPath(lp, QColor(255, 255, 255, 235))
        if selected and theme is not None:
            p.setPen(QPen(colour(theme.selection), 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(lp)
            draw_text(p, conn.label, theme.selection)
        else:
            draw_text(p, conn.label)


def draw_connection(
    p: QPainter, conn: ConnectionPath, layout: MapLayout, selected: bool = False
) -> None:
    """A route with its arrowhead (the PNG export and previews; labels: see above)."""
    pen = connection_pen(layout.theme, conn.loops_back, selected)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if conn.loops_back:
        draw_dashed_pieces(p, route_pieces(conn.points), pen)
    else:
        p.setPen(pen)
        p.drawPath(connection_path(conn))
    draw_arrow_head(p, conn, layout.theme, selected)


Box = tuple[float, float, float, float]


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
    p: QPainter, pieces: Sequence[RoutePiece], pen: QPen, clip: Box | None = None
) -> None:
    """A dashed route piece by piece, the dash pattern starting afresh at each piece (as in
    the PDF): a piece then looks the same however much of the route is drawn with it. With
    ``clip`` (left, top, right, bottom), only what lies inside it: dashing a long run costs
    one dash per few pixels of its whole length, most of which would be clipped away."""
    width = pen.widthF()
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
            pen.setDashOffset(offset / width)
            p.setPen(pen)
            p.drawLine(QLineF(x0, y0, x1, y1))
        else:
            if clip is not None:
                left, top, right, bottom = piece.bounds()
                if right < clip[0] or left > clip[2] or bottom < clip[1] or top > clip[3]:
                    continue
            pen.setDashOffset(0)
            p.setPen(pen)
            path = QPainterPath(QPointF(x0, y0))
            path.quadTo(QPointF(*piece.corner), QPointF(x1, y1))
            p.drawPath(path)


def draw_title(p: QPainter, layout: MapLayout) -> None:
    draw_text(p, layout.title)
    if layout.subtitle is not None:
        draw_text(p, layout.subtitle)


def draw_map(p: QPainter, layout: MapLayout, page: bool = True, view: Rect | None = None) -> None:
    """The whole map, in scene coordinates (the PNG export and previews); with ``view``,
    only the cards, headers and connections that reach into it (a band of a big image)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def shown(r: Rect) -> bool:  # (cards and headers draw a few units beyond their box)
        return view is None or (
            r.x - 8 <= view.right
            and view.x <= r.right + 8
            and r.y - 8 <= view.bottom
            and view.y <= r.bottom + 8
        )

    draw_background(p, layout, page)
    draw_title(p, layout)
    for stage in layout.stages:
        if shown(stage.rect):
            draw_stage_header(p, stage, layout)
    for lane in layout.lanes:
        if shown(lane.rect):
            draw_lane_header(p, lane, layout)
    for scale in layout.scales.values():
        draw_scale(p, scale, layout)
    for card in layout.cards.values():
        if shown(card.rect):
            draw_card(p, card, layout)
    connections = [c for c in layout.connections if shown(c.bounds())]
    for conn in connections:
        draw_connection(p, conn, layout)
    for conn in connections:
        draw_connection_label(p, conn)
    for curve in layout.curves:
        draw_curve(p, curve)
        for pt in curve.points:
            draw_curve_point(p, pt.x, pt.y, curve.colour)
