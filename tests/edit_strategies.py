"""Random edits of journey maps: the strategies shared by the property tests (the undo
stack in test_edits_stateful.py, the layout cache in test_layout_cache.py).

`operations` draws one user operation; `build_edit` turns it into the edit it makes on
the current document (or None when there is nothing to try).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st

from journeymapper.editing import EditRejected, edits
from journeymapper.editing.brand import make_brand, set_brand
from journeymapper.model import Channel, JourneyMap, LaneKind
from journeymapper.templates import load_template

if TYPE_CHECKING:
    from journeymapper.editing.session import DocumentSession

TEMPLATE = "awareness-to-loyalty-en"
ORIGINAL = load_template(TEMPLATE)
SMALL = JourneyMap.model_validate(
    {
        **ORIGINAL.model_dump(),
        "stages": [s.model_dump() for s in ORIGINAL.stages[:3]],
        "cards": [
            c.model_dump() for c in ORIGINAL.cards if c.stage in {"s-awareness", "s-familiarity"}
        ][:8],
        "emotions": [e.model_dump() for e in ORIGINAL.emotions[:3]],
        "connections": [],
    }
)
SMALL.connections = []  # cards of the small map are a subset: drop every connection

# -- the random ingredients -------------------------------------------------------------------

# text a user could type or paste: letters, spaces, newlines, emoji, control characters
texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30
) | st.sampled_from(["", " ", "New card", "Checkout", "  padded  ", "x" * 250, "a\nb"])
picks = st.integers(min_value=0, max_value=10_000)  # an index into whatever list is current
positions = st.none() | st.integers(min_value=0, max_value=12)
scores = st.one_of(
    st.integers(min_value=-7, max_value=7),
    st.floats(min_value=-6, max_value=6, allow_nan=False),
)

CARD_FIELDS = {
    "title": texts,
    "body": st.none() | texts,
    "tags": st.lists(texts, max_size=3),
    "votes": st.integers(min_value=-1, max_value=20),
    "color": st.none() | st.sampled_from(["#FFAA00", "#abcdef", "red", "#12345"]),
    "channel": st.none() | st.sampled_from([c.value for c in Channel] + ["fax"]),
}
STAGE_FIELDS = {
    "name": texts,
    "description": st.none() | texts,
    "width": st.none() | st.floats(min_value=100, max_value=1300, allow_nan=False),
    "color": st.none() | st.sampled_from(["#DCEBFA", "blue"]),
}
LANE_FIELDS = {
    "name": texts,
    "height": st.none() | st.floats(min_value=30, max_value=1300, allow_nan=False),
    "color": st.none() | st.sampled_from(["#E3F4E8", "#zzzzzz"]),
}
EMOTION_FIELDS = {"score": scores, "note": st.none() | texts}
CONNECTION_FIELDS = {"label": st.none() | texts}
PERSONA_FIELDS = {"name": texts, "description": st.none() | texts}
FIELDS = {
    "cards": CARD_FIELDS,
    "stages": STAGE_FIELDS,
    "lanes": LANE_FIELDS,
    "emotions": EMOTION_FIELDS,
    "connections": CONNECTION_FIELDS,
    "personas": PERSONA_FIELDS,
}


@st.composite
def update_ops(draw: st.DrawFn) -> tuple[Any, ...]:
    list_name = draw(st.sampled_from(sorted(FIELDS)))
    name = draw(st.sampled_from(sorted(FIELDS[list_name])))
    return ("update", list_name, draw(picks), name, draw(FIELDS[list_name][name]))


operations = st.one_of(
    st.tuples(
        st.just("move_cards"), st.lists(picks, min_size=1, max_size=3), picks, picks, positions
    ),
    st.tuples(
        st.just("add_card"),
        picks,
        picks,
        positions,
        st.none() | texts,
        st.none() | st.sampled_from([c.value for c in Channel]),
    ),
    st.tuples(st.just("add_stage"), st.integers(-1, 12), st.none() | texts),
    st.tuples(st.just("move_stage"), picks, st.integers(-1, 12)),
    st.tuples(st.just("add_lane"), st.integers(-1, 12), st.sampled_from(list(LaneKind))),
    st.tuples(st.just("move_lane"), picks, st.integers(-1, 12)),
    st.tuples(st.just("delete"), st.lists(picks, min_size=1, max_size=3)),
    update_ops(),
    st.tuples(st.just("add_emotion"), picks, picks, scores, st.booleans()),
    st.tuples(st.just("connect"), picks, picks, st.none() | texts),
    st.tuples(st.just("duplicate"), st.lists(picks, min_size=1, max_size=3)),
    st.tuples(st.just("map"), st.sampled_from(["title", "description"]), texts),
    st.tuples(
        st.just("map"),
        st.just("locale"),
        texts | st.sampled_from(["it", "i", "en-GB", "english", "it_IT", " fr "]),
    ),
    st.tuples(st.just("paste"), st.lists(picks, min_size=1, max_size=3), picks, picks),
    st.tuples(st.just("add_persona"), st.none() | texts),
    st.tuples(
        st.just("brand"),
        st.sampled_from(["sans", "serif"]),
        st.sampled_from(["standard", "colour-blind-safe", "high-contrast"]),
        st.none() | st.sampled_from(["#E4007C", "#0b6e4f", "red"]),
        st.none() | texts,
    ),
    st.tuples(st.just("undo"), st.integers(1, 3)),
    st.tuples(st.just("redo"), st.integers(1, 3)),
)


def pick(items: list[Any], n: int) -> Any:
    return items[n % len(items)] if items else None


def build_edit(doc: JourneyMap, op: tuple[Any, ...]) -> edits.Edit | None:
    """The edit for an operation on the current document (None: nothing to try)."""
    kind = op[0]
    cards = [c.id for c in doc.cards]
    stages = [s.id for s in doc.stages]
    lanes = [ln.id for ln in doc.lanes]
    if kind == "move_cards":
        _, which, s, ln, position = op
        if not cards:
            return None
        ids = list(dict.fromkeys(pick(cards, n) for n in which))
        return edits.move_cards(doc, ids, pick(stages, s), pick(lanes, ln), position)
    if kind == "add_card":
        _, s, ln, position, title, channel = op
        return edits.add_card(doc, pick(stages, s), pick(lanes, ln), position, title, channel)
    if kind == "add_stage":
        return edits.add_stage(doc, op[1], op[2])
    if kind == "move_stage":
        return edits.move_stage(doc, pick(stages, op[1]), op[2])
    if kind == "add_lane":
        return edits.add_lane(doc, op[1], op[2])
    if kind == "move_lane":
        return edits.move_lane(doc, pick(lanes, op[1]), op[2])
    if kind == "delete":
        every = sorted(doc.all_ids())
        return edits.delete_parts(doc, {pick(every, n) for n in op[1]})
    if kind == "update":
        _, list_name, n, name, value = op
        part = pick(getattr(doc, list_name), n)
        if part is None:
            return None
        return edits.update_part(doc, list_name, part.id, **{name: value})
    if kind == "add_emotion":
        _, s, ln, score, with_persona = op
        emotion_lanes = [x.id for x in doc.lanes if x.kind == LaneKind.EMOTION] or lanes
        persona = pick([p.id for p in doc.personas], s) if with_persona else None
        return edits.add_emotion(doc, pick(emotion_lanes, ln), pick(stages, s), score, persona)
    if kind == "connect":
        _, a, b, label = op
        if not cards:
            return None
        return edits.connect(doc, pick(cards, a), pick(cards, b), label)
    if kind == "duplicate":
        if not cards:
            return None
        return edits.duplicate_cards(doc, [pick(cards, n) for n in op[1]])
    if kind == "map":
        return edits.set_map_field(doc, op[1], op[2])
    if kind == "paste":
        _, which, s, ln = op
        if not cards:
            return None
        clipboard = [
            doc.card(pick(cards, n)).model_dump(mode="json", exclude_defaults=True) for n in which
        ]
        return edits.paste_cards(doc, clipboard, pick(stages, s), pick(lanes, ln))
    if kind == "add_persona":
        return edits.add_persona(doc, op[1])
    if kind == "brand":
        _, typeface, palette, accent, client = op
        brand = make_brand(None, None, accent, typeface, palette)
        return set_brand(doc, brand, client, doc.author)
    raise AssertionError(kind)


def replay(session: DocumentSession, ops: list[Any]) -> Iterator[tuple[Any, ...]]:
    """Apply ``ops`` to ``session`` one by one (undo and redo too), yielding each op that
    changed the map (an edit the map refuses, or that changes nothing, is skipped)."""
    for op in ops:
        if op[0] in ("undo", "redo"):
            for _ in range(op[1]):
                (session.undo_stack.undo if op[0] == "undo" else session.undo_stack.redo)()
        else:
            try:
                edit = build_edit(session.doc, op)
            except EditRejected:
                edit = None
            if edit is None or not session.push(edit):
                continue
        yield op
