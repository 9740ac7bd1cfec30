"""Which gesture a press or a double-click starts, from the item under the mouse.

The items only say what is where (a card's handle, a header's border); this module
picks the interaction, and the scene runs it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ..editing import edits
from ..editing.kinds import PartKind
from ..editing.placement import is_card_cell
from ..layout import TextBlock
from .emotion_items import EmotionLaneItem, EmotionPointItem
from .interactions import (
    ConnectCards,
    DragEmotionPoint,
    EditText,
    Host,
    Interaction,
    MoveCards,
    ReorderHeader,
    ResizeHeader,
    RubberBand,
    add_point_at,
)
from .interactions.text import connection_label_block
from .items import (
    CardItem,
    ConnectionItem,
    HeaderItem,
    TitleItem,
)


class Clicked(Interaction):
    """A click that was a whole gesture (it already made its edit)."""

    passes_press = False


def on_press(host: Host, event: QGraphicsSceneMouseEvent) -> Interaction | None:
    """The gesture a left press starts on the item under it (None: Qt's default)."""
    if event.button() != Qt.MouseButton.LeftButton:
        return None
    pos = event.scenePos()
    for it in host.items(pos):
        if not it.isVisible():
            continue
        if isinstance(it, CardItem):
            if it.on_handle(it.mapFromScene(pos)):
                return ConnectCards(host, it.part_id, it.mapToScene(it.handle_centre()))
            return MoveCards(host)
        if isinstance(it, HeaderItem):
            border = it.border_owner(it.mapFromScene(pos))
            if border is not None:
                return ResizeHeader(host, it.kind, *border)
            return ReorderHeader(host, it.kind, it.part_id, pos)
        if isinstance(it, EmotionPointItem):
            return DragEmotionPoint(host, it.part_id)
        if isinstance(it, EmotionLaneItem):
            if add_point_at(host, it.part_id, pos):
                clicked = Clicked(host)
                clicked.finished = True
                return clicked
            continue  # no free slot: the press goes to what lies below
        if isinstance(it, ConnectionItem) and it.someone_elses_label(pos):
            continue
        if it.flags() & it.GraphicsItemFlag.ItemIsSelectable:
            return None
    return None


def on_empty_press(host: Host, event: QGraphicsSceneMouseEvent) -> Interaction | None:
    """A left press that no item took: a rubber band."""
    if event.button() != Qt.MouseButton.LeftButton:
        return None
    add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    return RubberBand(host, event.scenePos(), add)


def on_double_click(host: Host, event: QGraphicsSceneMouseEvent) -> Interaction | None:
    """A double-click edits the text under it in place."""
    if event.button() != Qt.MouseButton.LeftButton:
        return None
    pos = event.scenePos()
    for it in host.items(pos):
        if not it.isVisible():
            continue
        if isinstance(it, CardItem):
            return edit_card_text(host, it, pos) if it.box is not None else None
        if isinstance(it, HeaderItem):
            if it.box is None or it.border_owner(it.mapFromScene(pos)) is not None:
                return None
            persona = legend_persona(it.box, pos)
            if persona is not None:
                host.edit_persona(persona)  # the persona editor, from the curve's legend
                return None
            return EditText(host, it.kind, it.part_id, "name", it.box.name)
        if isinstance(it, ConnectionItem):
            if it.someone_elses_label(pos):
                continue
            return EditText(
                host, PartKind.CONNECTION, it.part_id, "label", connection_label_block(host, pos)
            )
        if isinstance(it, TitleItem):
            return EditText(host, PartKind.MAP, "", "title", host.layout.title)
        if isinstance(it, EmotionPointItem | EmotionLaneItem):
            return None
    return new_card_at(host, pos)


def new_card_at(host: Host, pos: QPointF) -> EditText | None:
    """A double-click on empty space in a card cell: a new card there, its title open for
    typing (quick capture)."""
    doc = host.session.doc
    layout = host.layout
    cell = layout.cell_at(pos.x(), pos.y())
    if cell is None or not is_card_cell(doc, cell):
        return None
    stage, lane = cell
    index = sum(1 for c in doc.cards_in(stage, lane) if layout.cards[c.id].rect.cy < pos.y())
    if not host.push(lambda: edits.add_card(doc, stage, lane, index)):
        return None
    new = host.selected_card_ids()
    box = host.layout.cards.get(new[0]) if new else None
    if box is None:
        return None
    return EditText(host, PartKind.CARD, box.id, "title", box.title)


def edit_card_text(host: Host, it: CardItem, pos: QPointF) -> EditText:
    """On a card: its body where the body is (a new body under the title), else its title."""
    box = it.box
    assert box is not None
    title = box.title
    below_title = pos.y() >= title.y + title.height
    if box.body is not None and pos.y() >= box.body.y:
        return EditText(host, PartKind.CARD, it.part_id, "body", box.body, multiline=True)
    if box.body is None and below_title:
        size = title.size * 0.85
        block = TextBlock(
            title.x,
            title.y + title.height + 4,
            ("",),
            size,
            False,
            host.layout.theme.body_ink,
            size * 1.3,
        )
        return EditText(host, PartKind.CARD, it.part_id, "body", block, multiline=True)
    return EditText(host, PartKind.CARD, it.part_id, "title", title)


def legend_persona(box: object, pos: QPointF) -> str | None:
    """The persona whose entry in an emotion lane's legend is at ``pos``, if any."""
    for entry in getattr(box, "legend", ()):
        top = entry.text.y
        bottom = top + entry.text.height
        if entry.persona and top <= pos.y() <= bottom and pos.x() >= entry.swatch.x:
            return str(entry.persona)
    return None
