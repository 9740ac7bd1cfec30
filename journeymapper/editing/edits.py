"""Every change a user can make to a map, as a named list of invertible ops.

Each function looks at the document, works out the ops (applying them to the live
document while it works so indices stay right, then putting everything back) and
returns an `Edit`. The session pushes the edit on the undo stack, whose first redo
applies it. Nothing here touches the view.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..i18n import tr
from ..layout.theme import PERSONA_PALETTE, STAGE_PALETTE, persona_colour, stage_colour
from ..model import (
    Card,
    CardKind,
    Channel,
    Connection,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)
from ..model.document import Locale
from .kinds import PartKind, card_kind_name
from .ops import Insert, ListName, Op, Remove, Replace, SetField, revert_all

_LOCALE = TypeAdapter(Locale)


class EditRejected(ValueError):
    """An edit that cannot be made (the message says why, for the status bar or a dialog)."""


@dataclass
class Edit:
    text: str
    ops: list[Op]
    #: edits with the same non-None key merge into one undo step (typing, nudging)
    merge_key: tuple[Any, ...] | None = None
    #: ids of parts to select after the edit is done
    select: list[str] = field(default_factory=list)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Transaction:
    """Records ops while applying them; `finish` puts the document back as it was."""

    def __init__(self, doc: JourneyMap) -> None:
        self.doc = doc
        self.ops: list[Op] = []

    def do(self, op: Op) -> None:
        op.apply(self.doc)
        self.ops.append(op)

    def index(self, list_name: ListName, part_id: str) -> int:
        for i, part in enumerate(getattr(self.doc, list_name)):
            if part.id == part_id:
                return i
        raise EditRejected(tr("edits", "'{0}' is not in this map").format(part_id))

    def insert(self, list_name: ListName, index: int, item: BaseModel) -> None:
        self.do(Insert(list_name, index, item))

    def remove(self, list_name: ListName, part_id: str) -> None:
        i = self.index(list_name, part_id)
        self.do(Remove(list_name, i, getattr(self.doc, list_name)[i]))

    def replace(self, list_name: ListName, part_id: str, **changes: Any) -> None:
        i = self.index(list_name, part_id)
        old = getattr(self.doc, list_name)[i]
        data = old.model_dump()
        data.update(changes)
        try:
            new = type(old).model_validate(data, strict=False)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise EditRejected(f"{where}: {err['msg']}") from None
        if new != old:
            self.do(Replace(list_name, i, old, new))

    def finish(self) -> list[Op]:
        revert_all(self.doc, self.ops)
        return self.ops


# -- the map itself -------------------------------------------------------------------


def set_map_field(doc: JourneyMap, name: str, value: Any) -> Edit:
    if name == "title":
        value = str(value).strip()
        if not value:
            raise EditRejected(tr("edits", "A map needs a title."))
        if len(value) > 200:
            raise EditRejected(tr("edits", "A map title can be at most 200 characters long."))
    if name in ("description", "locale") and not value:
        value = None
    if name == "locale" and value is not None:
        try:
            _LOCALE.validate_python(value)
        except ValidationError:
            raise EditRejected(
                tr("edits", "“{0}” is not a language code such as “en” or “it-IT”.").format(value)
            ) from None
    labels = {
        "title": tr("edits", "Rename map"),
        "description": tr("edits", "Edit map description"),
        "locale": tr("edits", "Change map language"),
    }
    ops: list[Op] = (
        [SetField(name, getattr(doc, name), value)] if getattr(doc, name) != value else []
    )
    return Edit(labels.get(name, tr("edits", "Edit map")), ops, merge_key=("map", name))


# -- generic part edits ---------------------------------------------------------------


def _noun(list_name: str) -> str:
    """The translated noun for a part, as used in undo-history names."""
    nouns = {
        "personas": tr("edits", "persona"),
        "stages": tr("edits", "stage"),
        "lanes": tr("edits", "lane"),
        "cards": tr("edits", "card"),
        "emotions": tr("edits", "emotion point"),
        "connections": tr("edits", "connection"),
    }
    return nouns[list_name]


def _label(part: BaseModel) -> str:
    for attr in ("title", "name", "label"):
        value = getattr(part, attr, None)
        if value:
            return _short(str(value))
    if isinstance(part, EmotionPoint):
        return f"{part.score:+g}"
    return str(getattr(part, "id", ""))


def _field_name(field: str) -> str:
    """The translated name of a text field, as used in undo-history names."""
    names = {
        "title": tr("edits", "title"),
        "name": tr("edits", "name"),
        "body": tr("edits", "body"),
        "description": tr("edits", "description"),
        "label": tr("edits", "label"),
        "note": tr("edits", "note"),
        "tags": tr("edits", "tags"),
        "votes": tr("edits", "votes"),
        "channel": tr("edits", "channel"),
        "color": tr("edits", "colour"),
        "persona": tr("edits", "persona"),
        "kind": tr("edits", "kind"),
    }
    return names.get(field, field)


def update_part(doc: JourneyMap, kind: PartKind | ListName, part_id: str, **changes: Any) -> Edit:
    """Change fields of one part (inspector edits, in-place text edits, resizing).

    The history names the part, the field and the new value (from the changed part: a
    run of typing merged into one step is named after its final text)."""
    list_name = PartKind.of(kind).list_name
    tx = Transaction(doc)
    part = getattr(doc, list_name)[tx.index(list_name, part_id)]
    tx.replace(list_name, part_id, **changes)
    fields = "-".join(sorted(changes))
    noun = _noun(list_name)
    if set(changes) <= {"width", "height"}:
        text = tr("edits", "Resize {0} '{1}'").format(noun, _label(part))
    elif set(changes) == {"score"}:
        text = tr("edits", "Set emotion to {0:+g}").format(float(changes["score"]))
    elif set(changes) & {"title", "name"} and len(changes) == 1:
        new_name = next(iter(changes.values()))
        text = tr("edits", "Rename {0} to '{1}'").format(noun, _short(str(new_name)))
    elif len(changes) == 1:
        field, value = next(iter(changes.items()))
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        shown = "" if value is None else _short(str(value))
        text = tr("edits", "Edit {0} {1} '{2}'").format(noun, _field_name(field), shown)
    else:
        text = tr("edits", "Edit {0} '{1}'").format(noun, _label(part))
    return Edit(text, tx.finish(), merge_key=(list_name, part_id, fields), select=[part_id])


# -- stages and lanes -----------------------------------------------------------------


def _keep_stage_colours(tx: Transaction, first: int, last: int | None = None) -> None:
    """Stages without a colour of their own are coloured by position: before stages
    ``first``..``last`` move, write the colour each shows into it (same undo step)."""
    stages = tx.doc.stages
    for i in range(max(0, first), len(stages) if last is None else last + 1):
        if stages[i].color is None:
            tx.replace("stages", stages[i].id, color=stage_colour(i, None))


def add_stage(doc: JourneyMap, index: int, name: str | None = None) -> Edit:
    tx = Transaction(doc)
    index = max(0, min(index, len(doc.stages)))
    _keep_stage_colours(tx, index)
    # a colour of its own, unlike its neighbours'
    near = {
        stage_colour(i, doc.stages[i].color).upper()
        for i in (index - 1, index)
        if 0 <= i < len(doc.stages)
    }
    colour = next((c for c in STAGE_PALETTE if c.upper() not in near), STAGE_PALETTE[0])
    stage = Stage(id=doc.new_id("stage"), name=name or tr("edits", "New stage"), color=colour)
    tx.insert("stages", index, stage)
    return Edit(tr("edits", "Add stage '{0}'").format(stage.name), tx.finish(), select=[stage.id])


def add_lane(doc: JourneyMap, index: int, kind: LaneKind, name: str | None = None) -> Edit:
    default_names = {
        LaneKind.CARDS: tr("edits", "New lane"),
        LaneKind.TOUCHPOINTS: tr("edits", "Touchpoints"),
        LaneKind.EMOTION: tr("edits", "Emotions"),
    }
    tx = Transaction(doc)
    lane = Lane(id=doc.new_id("lane"), name=name or default_names[kind], kind=kind)
    tx.insert("lanes", max(0, min(index, len(doc.lanes))), lane)
    return Edit(tr("edits", "Add lane '{0}'").format(lane.name), tx.finish(), select=[lane.id])


def move_stage(doc: JourneyMap, stage_id: str, index: int) -> Edit:
    """Move a stage so that it ends up at position ``index`` (0-based, after removal)."""
    tx = Transaction(doc)
    old = tx.index("stages", stage_id)
    stage = doc.stages[old]
    index = max(0, min(index, len(doc.stages) - 1))
    if index != old:
        _keep_stage_colours(tx, min(old, index), max(old, index))
        stage = doc.stages[old]
        tx.remove("stages", stage_id)
        tx.insert("stages", index, stage)
    return Edit(
        tr("edits", "Move stage '{0}'").format(_label(stage)), tx.finish(), select=[stage_id]
    )


def move_lane(doc: JourneyMap, lane_id: str, index: int) -> Edit:
    tx = Transaction(doc)
    old = tx.index("lanes", lane_id)
    lane = doc.lanes[old]
    index = max(0, min(index, len(doc.lanes) - 1))
    if index != old:
        tx.remove("lanes", lane_id)
        tx.insert("lanes", index, lane)
    return Edit(tr("edits", "Move lane '{0}'").format(_label(lane)), tx.finish(), select=[lane_id])


# -- cards ----------------------------------------------------------------------------


def _insert_position(doc: JourneyMap, stage: str, lane: str, position: int | None) -> int:
    """The index in ``doc.cards`` that makes a card the ``position``-th of its cell."""
    cell = [i for i, c in enumerate(doc.cards) if c.stage == stage and c.lane == lane]
    if position is None or position >= len(cell):
        return cell[-1] + 1 if cell else len(doc.cards)
    if not cell:
        return len(doc.cards)
    return cell[max(0, position)]


def _check_card_cell(doc: JourneyMap, stage: str, lane: str) -> Lane:
    lane_part = doc.lane(lane)
    if doc.stage(stage) is None or lane_part is None:
        raise EditRejected(tr("edits", "That cell is not in this map."))
    if lane_part.kind == LaneKind.EMOTION:
        raise EditRejected(
            tr(
                "edits",
                "Cards cannot go in an emotion lane; drop them in a card or touchpoint lane.",
            )
        )
    return lane_part


def add_card(
    doc: JourneyMap,
    stage: str,
    lane: str,
    position: int | None = None,
    title: str | None = None,
    channel: str | None = None,
    kind: CardKind | None = None,
) -> Edit:
    lane_part = _check_card_cell(doc, stage, lane)
    is_touchpoint = channel is not None or lane_part.kind == LaneKind.TOUCHPOINTS
    card = Card(
        id=doc.new_id("touchpoint" if is_touchpoint else "card"),
        stage=stage,
        lane=lane,
        title=title
        or (
            tr("edits", "New touchpoint")
            if is_touchpoint
            else (card_kind_name(kind) if kind else tr("edits", "New card"))
        ),
        channel=channel or ("other" if lane_part.kind == LaneKind.TOUCHPOINTS else None),
        kind=kind or CardKind.NOTE,
    )
    tx = Transaction(doc)
    tx.insert("cards", _insert_position(doc, stage, lane, position), card)
    noun = tr("edits", "touchpoint") if is_touchpoint else tr("edits", "card")
    return Edit(
        tr("edits", "Add {0} '{1}'").format(noun, card.title), tx.finish(), select=[card.id]
    )


def move_cards(
    doc: JourneyMap, card_ids: list[str], stage: str, lane: str, position: int | None = None
) -> Edit:
    """Move cards (in their current order) into a cell, starting at ``position``.

    ``position`` counts the cards already in the target cell that are not moving.
    """
    _check_card_cell(doc, stage, lane)
    moving = [c for c in doc.cards if c.id in set(card_ids)]
    if not moving:
        raise EditRejected(tr("edits", "Nothing to move."))
    before = _cell_orders(doc)
    tx = Transaction(doc)
    for card in moving:
        tx.remove("cards", card.id)
    at = _insert_position(doc, stage, lane, position)
    for k, card in enumerate(moving):
        tx.insert("cards", at + k, card.model_copy(update={"stage": stage, "lane": lane}))
    # dropped where they were (each cell's cards in the same order, even if the list of
    # cards is in another order): nothing changes on the map, nothing to undo
    unchanged = _cell_orders(doc) == before
    ops = tx.finish()
    if len(moving) == 1:
        text = tr("edits", "Move card '{0}'").format(_label(moving[0]))
    else:
        text = tr("edits", "Move {0} cards").format(len(moving))
    return Edit(text, [] if unchanged else ops, select=[c.id for c in moving])


def _cell_orders(doc: JourneyMap) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[str]] = {}
    for c in doc.cards:
        cells.setdefault((c.stage, c.lane), []).append(c.id)
    return cells


def duplicate_cards(doc: JourneyMap, card_ids: Iterable[str]) -> Edit:
    wanted = set(card_ids)
    originals = [c for c in doc.cards if c.id in wanted]
    if not originals:
        raise EditRejected(tr("edits", "Select cards to duplicate."))
    tx = Transaction(doc)
    new_ids = []
    for card in originals:
        copy = doc.copy_of_card(card)  # new ids for it, its evidence and its comments
        tx.insert("cards", tx.index("cards", card.id) + 1, copy)
        new_ids.append(copy.id)
    return Edit(
        tr("edits", "Duplicate {0} card(s)").format(len(originals)), tx.finish(), select=new_ids
    )


def paste_cards(doc: JourneyMap, cards: list[dict[str, Any]], stage: str, lane: str) -> Edit:
    """Insert copies of cards (from the clipboard, maybe another map) into a cell."""
    lane_part = _check_card_cell(doc, stage, lane)
    tx = Transaction(doc)
    new_ids = []
    for data in cards:
        try:
            card = Card.model_validate(
                {**data, "id": doc.new_id("card"), "stage": stage, "lane": lane}, strict=False
            )
        except ValidationError:
            continue
        card = doc.copy_of_card(card)  # its evidence and comments get new ids too
        if lane_part.kind == LaneKind.TOUCHPOINTS and card.channel is None:
            card = card.model_copy(update={"channel": Channel.OTHER})
        tx.insert("cards", _insert_position(doc, stage, lane, None), card)
        new_ids.append(card.id)
    if not new_ids:
        raise EditRejected(tr("edits", "The clipboard holds no cards."))
    return Edit(tr("edits", "Paste {0} card(s)").format(len(new_ids)), tx.finish(), select=new_ids)


# -- emotion points, connections, personas --------------------------------------------


def add_emotion(
    doc: JourneyMap, lane: str, stage: str, score: float, persona: str | None = None
) -> Edit:
    lane_part = doc.lane(lane)
    if lane_part is None or lane_part.kind != LaneKind.EMOTION:
        raise EditRejected(tr("edits", "Emotion points go in an emotion lane."))
    if doc.stage(stage) is None:
        raise EditRejected(tr("edits", "That stage is not in this map."))
    if persona is not None and doc.persona(persona) is None:
        raise EditRejected(tr("edits", "That persona is not in this map."))
    if any(e.lane == lane and e.stage == stage and e.persona == persona for e in doc.emotions):
        raise EditRejected(tr("edits", "This stage already has a point for this persona."))
    score = max(-5.0, min(5.0, float(score)))
    point = EmotionPoint(
        id=doc.new_id("emotion"), lane=lane, stage=stage, score=score, persona=persona
    )
    tx = Transaction(doc)
    tx.insert("emotions", len(doc.emotions), point)
    return Edit(
        tr("edits", "Add emotion point {0:+g}").format(score), tx.finish(), select=[point.id]
    )


def connect(doc: JourneyMap, source: str, target: str, label: str | None = None) -> Edit:
    if source == target:
        raise EditRejected(tr("edits", "A card cannot be connected to itself."))
    a, b = doc.card(source), doc.card(target)
    if a is None or b is None:
        raise EditRejected(tr("edits", "Connections link two cards."))
    if any(c.source == source and c.target == target for c in doc.connections):
        raise EditRejected(tr("edits", "These cards are already connected."))
    conn = Connection(id=doc.new_id("connection"), source=source, target=target, label=label)
    tx = Transaction(doc)
    tx.insert("connections", len(doc.connections), conn)
    return Edit(
        tr("edits", "Connect '{0}' to '{1}'").format(_label(a), _label(b)),
        tx.finish(),
        select=[conn.id],
    )


def add_persona(doc: JourneyMap, name: str | None = None) -> Edit:
    # a colour from the start (the first of the palette no other persona shows)
    shown = {persona_colour(i, p.color).upper() for i, p in enumerate(doc.personas)}
    free = [c for c in PERSONA_PALETTE if c.upper() not in shown]
    colour = free[0] if free else persona_colour(len(doc.personas), None)
    persona = Persona(
        id=doc.new_id("persona"), name=name or tr("edits", "New persona"), color=colour
    )
    tx = Transaction(doc)
    tx.insert("personas", len(doc.personas), persona)
    return Edit(
        tr("edits", "Add persona '{0}'").format(persona.name), tx.finish(), select=[persona.id]
    )


# -- deleting, with everything that depends on what goes --------------------------------


def delete_parts(doc: JourneyMap, ids: Iterable[str]) -> Edit:
    """Delete parts and what depends on them; undo restores all, in the original order."""
    wanted = set(ids)
    stages = [s for s in doc.stages if s.id in wanted]
    lanes = [lane for lane in doc.lanes if lane.id in wanted]
    if stages and len(stages) >= len(doc.stages):
        raise EditRejected(tr("edits", "A map needs at least one stage."))
    if lanes and len(lanes) >= len(doc.lanes):
        raise EditRejected(tr("edits", "A map needs at least one lane."))
    stage_ids = {s.id for s in stages}
    lane_ids = {lane.id for lane in lanes}
    persona_ids = {p.id for p in doc.personas if p.id in wanted}
    cards = {
        c.id for c in doc.cards if c.id in wanted or c.stage in stage_ids or c.lane in lane_ids
    }
    emotions = {
        e.id
        for e in doc.emotions
        if e.id in wanted or e.stage in stage_ids or e.lane in lane_ids or e.persona in persona_ids
    }
    connections = {
        c.id for c in doc.connections if c.id in wanted or c.source in cards or c.target in cards
    }
    tx = Transaction(doc)
    if stage_ids:  # the stages after a deleted one move left and keep their colours
        _keep_stage_colours(tx, min(tx.index("stages", sid) for sid in stage_ids))
    # dependents first, each list from the back so indices stay valid
    for list_name, gone in (
        ("connections", connections),
        ("emotions", emotions),
        ("cards", cards),
        ("personas", persona_ids),
        ("lanes", lane_ids),
        ("stages", stage_ids),
    ):
        items = getattr(doc, list_name)
        for i in range(len(items) - 1, -1, -1):
            if items[i].id in gone:
                tx.do(Remove(list_name, i, items[i]))
    ops = tx.finish()
    if not ops:
        raise EditRejected(tr("edits", "Nothing selected to delete."))
    named = stages or lanes or [doc.card(c) for c in cards if c in wanted] or []
    if len(wanted) == 1 and named:
        part = named[0]
        noun = _noun("stages" if stages else ("lanes" if lanes else "cards"))
        text = tr("edits", "Delete {0} '{1}'").format(noun, _label(part))
    else:
        text = tr("edits", "Delete {0} item(s)").format(len(ops))
    return Edit(text, ops)
