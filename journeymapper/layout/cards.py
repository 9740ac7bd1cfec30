"""Cards and text: a card's box (channel, title, body, chips) and wrapped text blocks.

A card is laid out with its top-left corner at the origin and then moved to its place
(`place_card`), whether its box is new or reused from the last layout: a fresh layout and
a cached one go through the same arithmetic and give the very same coordinates.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from ..model import Card, CardKind, Channel, EvidenceSource, LaneKind
from .geometry import CardBox, CardImage, Chip, ImageRef, Rect, TextBlock
from .text import FontMetrics, wrap
from .theme import NEEDS_EVIDENCE, Theme, kind_accent, kind_fill, kind_ink, mix

#: The most lines one text of the map shows (a card's body, a description, a label),
#: the last ending with "…": a pasted book makes a tall card, not a map of a million
#: points laid out for seconds. The document keeps the whole text.
MAX_TEXT_LINES = 200

#: Lines of the short texts that repeat on thousands of cards (a kind's word, a channel's
#: name, a tag, a badge), per metrics object: wrapping them once is enough.
_SHORT_TEXT = 40
_SHORT_LINES_MAX = 20_000
_short_lines: weakref.WeakKeyDictionary[Any, dict[tuple[str, float, float, bool], tuple[str, ...]]]
_short_lines = weakref.WeakKeyDictionary()


#: the memo of the metrics object used last (a weak reference) and that memo: looking the
#: memo up in the weak dictionary for each of a card's texts cost more than the look-up
_last_table: tuple[Any, dict[tuple[str, float, float, bool], tuple[str, ...]]] = (None, {})


def _wrapped(
    text: str, width: float, metrics: FontMetrics, size: float, bold: bool
) -> tuple[str, ...]:
    global _last_table
    if len(text) > _SHORT_TEXT:
        return tuple(wrap(text, width, metrics, size, bold, MAX_TEXT_LINES))
    ref, table = _last_table
    if ref is None or ref() is not metrics:
        try:
            table = _short_lines.setdefault(metrics, {})
        except TypeError:  # metrics that cannot be weakly referenced: no memo
            return tuple(wrap(text, width, metrics, size, bold, MAX_TEXT_LINES))
        _last_table = (weakref.ref(metrics), table)
    key = (text, width, size, bold)
    lines = table.get(key)
    if lines is None:
        if len(table) >= _SHORT_LINES_MAX:
            table.clear()
        lines = table[key] = tuple(wrap(text, width, metrics, size, bold, MAX_TEXT_LINES))
    return lines


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
    lines = _wrapped(text, width, metrics, size, bold)
    return TextBlock(
        x, y, lines, size, bold, colour or theme.ink, line_height=size * theme.line_spacing
    )


def evidence_badge(
    card: Card, words: dict[str, str], numbers: tuple[int, ...] | None = None
) -> tuple[str, str] | None:
    """(text, style) of a card's evidence badge: how many sources stand behind it (with
    ``numbers``: which, as the sources page numbers them), or "assumption" when a pain
    point, an opportunity or a moment of truth has none, or when all it has is assumed.
    None: no badge (a note, an idea... with no evidence)."""
    evidence = card.evidence
    assumed = all(e.source == EvidenceSource.ASSUMPTION for e in evidence)
    if not evidence:
        return (words["assumption"], "assumption") if card.kind in NEEDS_EVIDENCE else None
    style = "assumption" if assumed else "evidence"
    if numbers:
        key = "source_numbered" if len(numbers) == 1 else "sources_numbered"
        return words[key].format(", ".join(str(n) for n in numbers)), style
    if assumed:
        return words["assumption"], style
    n = len(evidence)
    return (words["source"] if n == 1 else words["sources"].format(n)), style


def image_rect(x: float, y: float, inner_w: float, image: ImageRef, theme: Theme) -> Rect:
    """Where a card's image goes: the card's inner width at most, at most
    ``theme.image_max_height`` tall, its aspect kept, centred."""
    iw, ih = max(image.width, 1), max(image.height, 1)
    w, h = inner_w, inner_w * ih / iw
    if h > theme.image_max_height:
        h = theme.image_max_height
        w = h * iw / ih
    return Rect(x + (inner_w - w) / 2, y, w, h)


def card_box(
    card: Card,
    lane_kind: LaneKind,
    width: float,
    metrics: FontMetrics,
    theme: Theme,
    words: dict[str, str],
    image: ImageRef | None = None,
    numbers: tuple[int, ...] | None = None,
) -> CardBox:
    """The box of ``card`` in a lane of ``lane_kind``, ``width`` wide, its top-left corner
    at the origin (`place_card` moves it). ``image``: the card's image, if it has one;
    ``numbers``: its sources' numbers on a sources page (the badge then lists them)."""
    x = y = 0.0
    pad = theme.card_pad
    inner_w = width - 2 * pad
    cy = y + pad
    kind = card.kind
    kind_icon: Rect | None = None
    kind_label: TextBlock | None = None
    if kind != CardKind.NOTE:
        size = theme.kind_icon_size
        kind_icon = Rect(x + pad, cy, size, size)
        label_x = kind_icon.right + 5
        kind_label = text_block(
            label_x,
            cy + (size - theme.tag_size * theme.line_spacing) / 2,
            words[kind.value],
            x + width - pad - label_x,
            metrics,
            theme.tag_size,
            theme,
            bold=True,
            colour=kind_ink(kind, theme.palette),
        )
        cy += max(size, kind_label.height) + 5
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
    card_image: CardImage | None = None
    if image is not None:
        card_image = CardImage(image, image_rect(x + pad, cy, inner_w, image, theme))
        cy += card_image.rect.h + 8
    title = text_block(
        x + pad, cy, card.title, inner_w, metrics, theme.card_title_size, theme, bold=True
    )
    cy += title.height
    body: TextBlock | None = None
    if card.body:
        cy += 4
        body = text_block(
            x + pad,
            cy,
            card.body,
            inner_w,
            metrics,
            theme.card_body_size,
            theme,
            colour=theme.body_ink,
        )
        cy += body.height
    chips: list[Chip] = []
    chip_texts: list[tuple[str, str]] = []
    badge = evidence_badge(card, words, numbers)
    if badge is not None:
        chip_texts.append(badge)
    if card.votes:
        chip_texts.append((f"● {card.votes}", "votes"))
    chip_texts.extend((f"#{tag}", "tag") for tag in card.tags)
    if chip_texts:
        cy += 8
        lh = theme.tag_size * theme.line_spacing
        cx = x + pad
        row_h = 0.0
        tag_size = theme.tag_size
        for text, style in chip_texts:
            is_votes = style == "votes"
            lines = _wrapped(text, inner_w - 12, metrics, tag_size, is_votes)
            w = max(metrics.width(line, tag_size, is_votes) for line in lines) + 12
            h = len(lines) * lh + 4
            if cx > x + pad and cx + w > x + pad + inner_w:
                cx = x + pad
                cy += row_h + 4
                row_h = 0.0
            rect = Rect(cx, cy, w, h)
            placed = TextBlock(
                cx + 6, cy + 2, lines, tag_size, is_votes, _CHIP_INK[style](theme), lh
            )
            chips.append(Chip(rect, placed, _CHIP_FILL[style](theme), is_votes, style))
            cx += w + 4
            row_h = max(row_h, h)
        cy += row_h
    height = cy + pad - y
    fill = card.color or (
        kind_fill(kind, theme.palette)
        or (theme.touchpoint_fill if is_touchpoint else theme.card_fill)
    )
    if card.color:
        border = mix(fill, theme.shadow, theme.card_border_darken)
    elif kind != CardKind.NOTE:
        border = mix(
            kind_accent(kind, theme.palette), theme.kind_border_tint, theme.kind_border_lighten
        )
    else:
        border = theme.touchpoint_border if is_touchpoint else theme.card_border
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
        kind=kind,
        kind_icon=kind_icon,
        kind_label=kind_label,
        image=card_image,
    )


_CHIP_INK = {
    "votes": lambda t: t.vote_ink,
    "tag": lambda t: t.muted_ink,
    "evidence": lambda t: t.ink,
    "assumption": lambda t: t.assumption_ink,
}
_CHIP_FILL = {
    "votes": lambda t: t.selection,
    "tag": lambda t: t.tag_fill,
    "evidence": lambda t: t.badge_fill,
    "assumption": lambda t: t.assumption_fill,
}


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
            Chip(
                _shift_rect(c.rect, dx, dy),
                _shift_text(c.text, dx, dy),
                c.fill,
                c.is_votes,
                c.style,
            )
            for c in box.chips
        ),
        channel=box.channel,
        channel_label=(
            _shift_text(box.channel_label, dx, dy) if box.channel_label is not None else None
        ),
        icon=_shift_rect(box.icon, dx, dy) if box.icon is not None else None,
        kind=box.kind,
        kind_icon=_shift_rect(box.kind_icon, dx, dy) if box.kind_icon is not None else None,
        kind_label=(_shift_text(box.kind_label, dx, dy) if box.kind_label is not None else None),
        image=(
            CardImage(box.image.image, _shift_rect(box.image.rect, dx, dy))
            if box.image is not None
            else None
        ),
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
