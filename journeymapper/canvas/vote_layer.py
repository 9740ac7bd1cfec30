"""What dot voting shows over the map: the dots on the cards, a veil over the cards that
are not part of the vote, and after the vote the top cards ringed with their rank.

Like the other overlays it is no part of the document (the dots become ``votes`` only when
the vote ends): one item above the cards, drawn from the scene's layout and a
`VotingSession`, that never takes the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing.voting import VotingSession, participant_colour, participant_ink
from ..layout import DEFAULT_THEME, MapLayout
from ..render.fonts import base_font

#: above the cards (10, raised 13) and the connections (12); below gesture indicators
VOTE_Z = 14.0
DOT_RADIUS = 9.0
DOT_MIN_PX = 7.0
VEIL = QColor(255, 255, 255, 175)  # over a card that is not part of the vote
HIGHLIGHT = QColor(DEFAULT_THEME.selection)


def dot_radius(rect: QRectF, zoom: float) -> float:
    """A dot's radius on a card: at least ``DOT_MIN_PX`` pixels on screen (a map fitted to
    a projector is small), at most a fifth of the card's width."""
    return min(max(DOT_RADIUS, DOT_MIN_PX / max(zoom, 1e-6)), rect.width() / 5)


def dot_centres(rect: QRectF, count: int, radius: float = DOT_RADIUS) -> list[QPointF]:
    """Where ``count`` dots sit on a card: a row along its top edge from the right, more
    rows below when the row is full (so a card with many dots grows no wider)."""
    step = 2 * radius + radius / 5
    per_row = max(1, int((rect.width() - radius) // step))
    out = []
    for i in range(count):
        row, col = divmod(i, per_row)
        out.append(
            QPointF(
                rect.right() - radius - radius / 2 - col * step,
                rect.top() + radius * 0.6 + row * step,
            )
        )
    return out


class VoteLayer(QGraphicsItem):
    """The dots of a running vote, or the results of one that ended, over one scene."""

    def __init__(self, layout: Callable[[], MapLayout]) -> None:
        super().__init__()
        self._layout = layout
        self.setZValue(VOTE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.session: VotingSession | None = None
        #: cards under the veil (not part of the vote, or not among the winners)
        self.veiled: frozenset[str] = frozenset()
        #: after a vote: the top cards and their ranks
        self.ranks: dict[str, int] = {}
        self._rect = QRectF()
        self._veils: list[QRectF] = []
        self.font = QFont(base_font(True))
        self.font.setPixelSize(11)
        self.rank_font = QFont(base_font(True))
        self.rank_font.setPixelSize(16)
        self.relaid()

    # -- what to show --------------------------------------------------------------------

    def show_session(self, session: VotingSession | None, veiled: Iterable[str] = ()) -> None:
        self.session = session
        self.ranks = {}
        self.veiled = frozenset(veiled)
        self._veil_rects()
        self.setVisible(session is not None)
        self.update()

    def show_results(self, ranks: dict[str, int], veiled: Iterable[str]) -> None:
        self.session = None
        self.ranks = dict(ranks)
        self.veiled = frozenset(veiled)
        self._veil_rects()
        self.setVisible(bool(ranks) or bool(self.veiled))
        self.update()

    def _veil_rects(self) -> None:
        """The rectangles of the veiled cards, found once (the map may hold 20,000)."""
        cards = self._layout().cards
        self._veils = [
            QRectF(b.rect.x, b.rect.y, b.rect.w, b.rect.h)
            for cid in self.veiled
            if (b := cards.get(cid)) is not None
        ]

    def update_card(self, card_id: str) -> None:
        """Repaint only around one card (its dots changed)."""
        box = self._layout().cards.get(card_id)
        if box is None:
            self.update()
            return
        r = box.rect
        m = r.w / 2  # (dots may stand out of the card's top edge and, many, below it)
        self.update(QRectF(r.x - m, r.y - m, r.w + 2 * m, r.h + r.w + 2 * m))

    def clear(self) -> None:
        self.show_session(None)

    def relaid(self) -> None:
        """The layout changed: cover the whole map again."""
        layout = self._layout()
        self.prepareGeometryChange()
        self._rect = QRectF(-50, -50, layout.width + 100, layout.height + 100)
        self._veil_rects()
        self.update()

    # -- drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        layout = self._layout()
        exposed = option.exposedRect.adjusted(-30, -30, 30, 30)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cards = layout.cards
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(VEIL)
        for r in self._veils:
            if r.intersects(exposed):
                painter.drawRoundedRect(r, 4, 4)
        zoom = max(painter.worldTransform().m11(), 1e-6)
        for cid, rank in self.ranks.items():
            box = cards.get(cid)
            if box is not None:
                r = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
                if r.intersects(exposed):
                    self._paint_rank(painter, r, rank, zoom)
        session = self.session
        if session is None:
            return
        for cid in list(session.dots):
            box = cards.get(cid)
            if box is None:
                continue
            r = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
            if not r.intersects(exposed):
                continue
            shown = session.shown_dots(cid)
            radius = dot_radius(r, zoom)
            self.font.setPixelSize(max(1, round(radius * 1.15)))
            painter.setFont(self.font)
            for who, centre in zip(shown, dot_centres(r, len(shown), radius), strict=True):
                self._paint_dot(painter, centre, who, radius)

    def _paint_dot(self, painter: QPainter, centre: QPointF, who: int, radius: float) -> None:
        painter.setPen(QPen(QColor("#FFFFFF"), radius / 6))
        painter.setBrush(QBrush(QColor(participant_colour(who))))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor(participant_ink(who)))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(who + 1))

    def _paint_rank(self, painter: QPainter, r: QRectF, rank: int, zoom: float) -> None:
        """A ring around a top card and its rank in a badge (both readable when small)."""
        width = max(4.0, 3.0 / zoom)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(HIGHLIGHT, width))
        painter.drawRoundedRect(r.adjusted(-width, -width, width, width), 6, 6)
        size = min(max(28.0, 20.0 / zoom), r.width() / 2.5)
        badge = QRectF(r.left() - size / 2.5, r.top() - size / 2.5, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(HIGHLIGHT)
        painter.drawEllipse(badge)
        painter.setPen(QColor("#FFFFFF"))
        self.rank_font.setPixelSize(max(1, round(size * 0.55)))
        painter.setFont(self.rank_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(rank))


__all__ = ["VOTE_Z", "VoteLayer", "dot_centres", "dot_radius"]
