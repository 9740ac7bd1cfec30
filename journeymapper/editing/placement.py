"""Decisions about the document that gestures and menu commands need, without a view.

Where a new part goes, which cell the user points at, which card the arrow keys go to,
how pasted text becomes cards and which text a field may not be emptied of. The canvas
and the main window call these; they are tested without Qt widgets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..i18n import tr
from ..model import JourneyMap, LaneKind
from .edits import Edit, EditRejected, add_card, add_emotion, add_lane, add_stage
from .kinds import NewPart, PartKind

Cell = tuple[str, str]  # (stage id, lane id)

#: pasted plain text: at most this many cards, titles at most this long
MAX_PASTED_CARDS = 200
MAX_PASTED_TITLE = 500
#: fields that name a part: they may not be emptied
NAME_FIELDS = ("title", "name")


# -- which cell the user means ---------------------------------------------------------


def is_card_cell(doc: JourneyMap, cell: Cell | None) -> bool:
    if cell is None:
        return False
    lane = doc.lane(cell[1])
    return doc.stage(cell[0]) is not None and lane is not None and lane.kind != LaneKind.EMOTION


def target_cell(doc: JourneyMap, selected: Iterable[str], focus: Cell | None = None) -> Cell | None:
    """The card cell the user points at: the (last) selected card's, the focused cell,
    the selected stage's first cards lane (else its first touchpoint lane), or the
    selected lane's first stage. None when the user points at no cell (a new card never
    lands where nobody pointed)."""
    ids = list(selected)
    for part_id in reversed(ids):
        card = doc.card(part_id)
        if card is not None:
            return card.stage, card.lane
    if is_card_cell(doc, focus):
        return focus
    for part_id in ids:
        if doc.stage(part_id) is not None:
            lane = next((ln for ln in doc.lanes if ln.kind == LaneKind.CARDS), None) or next(
                (ln for ln in doc.lanes if ln.kind != LaneKind.EMOTION), None
            )
            return (part_id, lane.id) if lane is not None else None
        lane_part = doc.lane(part_id)
        if lane_part is not None and lane_part.kind != LaneKind.EMOTION and doc.stages:
            return doc.stages[0].id, lane_part.id
    return None


def free_persona(doc: JourneyMap, lane: str, stage: str) -> tuple[bool, str | None]:
    """Whether a stage of an emotion lane has room for another point, and for whom."""
    taken = {e.persona for e in doc.emotions if e.lane == lane and e.stage == stage}
    candidates: list[str | None] = [p.id for p in doc.personas] or [None]
    free = [p for p in candidates if p not in taken]
    return (True, free[0]) if free else (False, None)


def add_new_part(
    doc: JourneyMap, part: NewPart, selected: Iterable[str], focus: Cell | None = None
) -> Edit:
    """Add a palette entry without a drop position: stages and lanes at the end, an emotion
    point in the first stage with room, a card in the cell the user points at."""
    if part.kind is PartKind.STAGE:
        return add_stage(doc, len(doc.stages))
    if part.kind is PartKind.LANE:
        return add_lane(doc, len(doc.lanes), part.lane_kind or LaneKind.CARDS)
    if part.kind is PartKind.EMOTION:
        lane = next((ln for ln in doc.lanes if ln.kind == LaneKind.EMOTION), None)
        if lane is None:
            raise EditRejected(tr("placement", "Add an emotion lane first."))
        for stage in doc.stages:
            room, persona = free_persona(doc, lane.id, stage.id)
            if room:
                return add_emotion(doc, lane.id, stage.id, 0.0, persona)
        raise EditRejected(tr("placement", "Every stage already has a point."))
    if part.kind is not PartKind.CARD:
        raise EditRejected(tr("placement", "This cannot be added here."))
    if not any(ln.kind != LaneKind.EMOTION for ln in doc.lanes):
        raise EditRejected(tr("placement", "Add a card lane first."))
    cell = target_cell(doc, selected, focus)
    if cell is None:
        raise EditRejected(
            tr("placement", "Click a cell (or select a card or a stage) to say where it goes.")
        )
    stage, lane_id = cell
    if part.channel is not None:
        lane_part = doc.lane(lane_id)
        if lane_part is None or lane_part.kind != LaneKind.TOUCHPOINTS:
            tp = next((ln for ln in doc.lanes if ln.kind == LaneKind.TOUCHPOINTS), None)
            if tp is not None:
                lane_id = tp.id
    return add_card(doc, stage, lane_id, None, channel=part.channel, kind=part.card_kind)


# -- keyboard navigation ---------------------------------------------------------------


def cell_beyond(doc: JourneyMap, cell: Cell, d_stage: int, d_lane: int) -> Cell | None:
    """The next card cell from ``cell`` in a direction (skipping emotion lanes)."""
    si = next((i for i, s in enumerate(doc.stages) if s.id == cell[0]), None)
    li = next((i for i, ln in enumerate(doc.lanes) if ln.id == cell[1]), None)
    if si is None or li is None:
        return None
    si += d_stage
    li += d_lane
    while 0 <= li < len(doc.lanes) and doc.lanes[li].kind == LaneKind.EMOTION and d_lane:
        li += d_lane
    if not (0 <= si < len(doc.stages) and 0 <= li < len(doc.lanes)):
        return None
    if doc.lanes[li].kind == LaneKind.EMOTION:
        return None
    return doc.stages[si].id, doc.lanes[li].id


def next_card(doc: JourneyMap, card_id: str | None, d_stage: int, d_lane: int) -> str | None:
    """The card the arrow keys go to from ``card_id``: the next one in its cell up or down,
    else the nearest in the next non-empty cell that way (None: nowhere to go). With no
    card, the map's first card."""
    card = doc.card(card_id) if card_id is not None else None
    if card is None:
        return doc.cards[0].id if doc.cards else None
    cell = doc.cards_in(card.stage, card.lane)
    pos = next(i for i, c in enumerate(cell) if c.id == card.id)
    if d_lane and 0 <= pos + d_lane < len(cell):
        return cell[pos + d_lane].id
    target = cell_beyond(doc, (card.stage, card.lane), d_stage, d_lane)
    while target is not None:
        cards = doc.cards_in(*target)
        if cards:
            if d_stage:
                return cards[min(pos, len(cards) - 1)].id
            return (cards[-1] if d_lane < 0 else cards[0]).id
        target = cell_beyond(doc, target, d_stage, d_lane)
    return None


# -- text ------------------------------------------------------------------------------


def cards_from_text(text: str) -> list[dict[str, Any]]:
    """Plain text as cards: several lines without a blank line between them are one card
    per line (a list pasted or dropped from elsewhere); otherwise blocks separated by a
    blank line, a block's first line the title, the rest its body."""
    cards: list[dict[str, Any]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n" not in text.strip():
        lines = [" ".join(line.split()) for line in text.split("\n")]
        lines = [line for line in lines if line]
        return [{"title": line[:MAX_PASTED_TITLE], "body": None} for line in lines][
            :MAX_PASTED_CARDS
        ]
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        title, _, body = block.partition("\n")
        cards.append({"title": title[:MAX_PASTED_TITLE], "body": body or None})
        if len(cards) >= MAX_PASTED_CARDS:
            break
    return cards


def field_value(field: str, text: str) -> str | None:
    """The value a text field of a part takes from what the user typed: a name may not be
    emptied (EditRejected); any other field emptied becomes unset (None)."""
    if field in NAME_FIELDS:
        if not text.strip():
            raise EditRejected(tr("placement", "A name cannot be empty; the change was not made."))
        return text
    return text if text.strip() else None
