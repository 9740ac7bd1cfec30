"""Cards and text: a card's box (channel, title, body, chips) and wrapped text blocks.

A card is laid out with its top-left corner at the origin and then moved to its place
(`place_card`), whether its box is new or reused from the last layout: a fresh layout and
a cached one go through the same arithmetic and give the very same coordinates.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Card, Channel, LaneKind
from .geometry import CardBox, Chip, Rect, TextBlock
from .text import FontMetrics, wrap
from .theme import Theme, mix

#: The most lines one text of the map shows (a card's body, a description, a label),
#: the last ending with "…": a pasted book makes a tall card, not a map of a million
#: points laid out for seconds. The document keeps the whole text.
MAX_TEXT_LINES = 200


def text_block(
    x: float,
    y: float,
    text: str,
    width: float,
    metrics: FontMetrics,
    size: float,
    theme: Theme,
    bold: bool = False,
    colour: str | None = None,
) -> TextBlock:
    """``text`` wrapped to ``width``, its first line's top at (x, y); at most
    `MAX_TEXT_LINES` lines (the whole text stays in the document)."""
    lines = tuple(wrap(text, width, metrics, size, bold, MAX_TEXT_LINES))
    return TextBlock(
        x, y, lines, size, bold, colour or theme.ink, line_height=size * theme.line_spacing
    )


def card_box(
    card: Card,
    lane_kind: LaneKind,
    width: float,
    metrics: FontMetrics,
    theme: Theme,
    words: dict[str, str],
) -> CardBox:
    """The box of ``card`` in a lane of ``lane_kind``, ``width`` wide, its top-left corner
    at the origin (`place_card` moves it)."""
    x = y = 0.0
    pad = theme.card_pad
    inner_w = width - 2 * pad
    cy = y + pad
    icon: Rect | None = None
    channel_label: TextBlock | None = None
    is_touchpoint = lane_kind == LaneKind.TOUCHPOINTS or card.channel is not None
    channel = (
        card.channel
        if card.channel is not None
        else (Channel.OTHER if lane_kind == LaneKind.TOUCHPOINTS else None)
    )
    if is_touchpoint and channel is not None:
        icon = Rect(x + pad, cy, theme.icon_size, theme.icon_size)
        label_x = icon.right + 6
        channel_label = text_block(
            label_x,
            cy + (theme.icon_size - theme.tag_size * theme.line_spacing) / 2,
            words[channel.value],
            x + width - pad - label_x,
            metrics,
            theme.tag_size,
            theme,
            colour=theme.muted_ink,
        )
        cy += max(theme.icon_size, channel_label.height) + 6
    title = text_block(
        x + pad, cy, card.title, inner_w, metrics, theme.card_title_size, theme, bold=True
    )
    cy += title.height
    body: TextBlock | None = None
    if card.body:
        cy += 4
        body = text_block(
            x + pad, cy, card.body, inner_w, metrics, theme.card_body_size, theme, colour="#3B4652"
        )
        cy += body.height
    chips: list[Chip] = []
    chip_texts: list[tuple[str, bool]] = []
    if card.votes:
        chip_texts.append((f"● {card.votes}", True))
    chip_texts.extend((f"#{tag}", False) for tag in card.tags)
    if chip_texts:
        cy += 8
        lh = theme.tag_size * theme.line_spacing
        cx = x + pad
        row_h = 0.0
        for text, is_votes in chip_texts:
            tb = text_block(
                0,
                0,
                text,
                inner_w - 12,
                metrics,
                theme.tag_size,
                theme,
                colour="#FFFFFF" if is_votes else theme.muted_ink,
                bold=is_votes,
            )
            w = max(metrics.width(line, theme.tag_size, is_votes) for line in tb.lines) + 12
            h = tb.height + 4
            if cx > x + pad and cx + w > x + pad + inner_w:
                cx = x + pad
                cy += row_h + 4
                row_h = 0.0
            rect = Rect(cx, cy, w, h)
            placed = TextBlock(cx + 6, cy + 2, tb.lines, tb.size, tb.bold, tb.colour, lh)
            chips.append(
                Chip(rect, placed, theme.selection if is_votes else theme.tag_fill, is_votes)
            )
            cx += w + 4
            row_h = max(row_h, h)
        cy += row_h
    height = cy + pad - y
    fill = card.color or (theme.touchpoint_fill if is_touchpoint else theme.card_fill)
    border = (
        mix(fill, "#000000", 0.18)
        if card.color
        else ("#CBD5E1" if is_touchpoint else theme.card_border)
    )
    return CardBox(
        id=card.id,
        stage=card.stage,
        lane=card.lane,
        rect=Rect(x, y, width, height),
        fill=fill,
        border=border,
        title=title,
        body=body,
        chips=tuple(chips),
        channel=channel if is_touchpoint else None,
        channel_label=channel_label,
        icon=icon,
    )


def _shift_text(block: TextBlock, dx: float, dy: float) -> TextBlock:
    return TextBlock(
        block.x + dx,
        block.y + dy,
        block.lines,
        block.size,
        block.bold,
        block.colour,
        block.line_height,
    )


def _shift_rect(r: Rect, dx: float, dy: float) -> Rect:
    return Rect(r.x + dx, r.y + dy, r.w, r.h)


def place_card(box: CardBox, x: float, y: float) -> CardBox:
    """The same card box with its top-left corner at (x, y) (from the origin: the same
    arithmetic for every layout, so a reused box lands exactly where a new one would)."""
    dx, dy = x - box.rect.x, y - box.rect.y
    if not dx and not dy:
        return box
    return CardBox(
        id=box.id,
        stage=box.stage,
        lane=box.lane,
        rect=_shift_rect(box.rect, dx, dy),
        fill=box.fill,
        border=box.border,
        title=_shift_text(box.title, dx, dy),
        body=_shift_text(box.body, dx, dy) if box.body is not None else None,
        chips=tuple(
            Chip(_shift_rect(c.rect, dx, dy), _shift_text(c.text, dx, dy), c.fill, c.is_votes)
            for c in box.chips
        ),
        channel=box.channel,
        channel_label=(
            _shift_text(box.channel_label, dx, dy) if box.channel_label is not None else None
        ),
        icon=_shift_rect(box.icon, dx, dy) if box.icon is not None else None,
    )


def lay_cell(
    cards: list[Card],
    x: float,
    y: float,
    gap: float,
    place: Callable[[Card, float, float], CardBox],
) -> tuple[list[CardBox], float]:
    """The cards of one cell stacked from (x, y), ``gap`` apart, and where a next card
    would go (the last bottom plus ``gap``; ``y`` for an empty cell). ``place`` gives a
    card's box with its top-left corner at a point."""
    boxes: list[CardBox] = []
    for card in cards:
        box = place(card, x, y)
        boxes.append(box)
        y = box.rect.bottom + gap
    return boxes, y
