"""Property tests of diff, apply and merge on maps made from the templates by random edits.

- the diff of a map with itself is empty, and merging a map with itself gives that map;
- applying the changes of ``diff(a, b)`` to ``a`` gives ``b`` (by meaning);
- a merge with one side unchanged gives the other side;
- without conflicts, merge is symmetric: swapping ours and theirs gives the same parts with
  the same fields (the order may differ where both sides inserted at one place: ours first);
- every merge result is a valid map that saves and loads again.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journeymapper.compare import MapDiff, apply, diff
from journeymapper.compare.merge import merge
from journeymapper.compare.parts import CONFLICTS_KEY, list_of, part_lists
from journeymapper.editing import EditRejected, edits
from journeymapper.editing.ops import apply_all
from journeymapper.io import dumps, loads
from journeymapper.model import JourneyMap, LaneKind, check_document
from journeymapper.templates import load_template

_FULL = load_template("awareness-to-loyalty-en")
_SMALL = JourneyMap.model_validate(
    {
        **_FULL.model_dump(),
        "stages": [s.model_dump() for s in _FULL.stages[:3]],
        "cards": [
            c.model_dump() for c in _FULL.cards if c.stage in {"s-awareness", "s-familiarity"}
        ][:10],
        "emotions": [e.model_dump() for e in _FULL.emotions if e.stage == "s-awareness"],
        "connections": [],
    }
)
STARTS = [_SMALL, _FULL, load_template("discovery-to-loyalty-it")]

texts = st.sampled_from(["", "New", "Checkout", "a\nb", "émoji ☕", "x" * 80]) | st.text(max_size=8)
picks = st.integers(min_value=0, max_value=10_000)

operations = st.one_of(
    st.tuples(st.just("card"), picks, st.sampled_from(["title", "body", "votes", "tags"]), texts),
    st.tuples(st.just("move_cards"), st.lists(picks, min_size=1, max_size=2), picks, picks, picks),
    st.tuples(st.just("add_card"), picks, picks, st.none() | picks, texts),
    st.tuples(st.just("add_stage"), st.integers(0, 6), texts),
    st.tuples(st.just("move_stage"), picks, st.integers(0, 6)),
    st.tuples(st.just("move_lane"), picks, st.integers(0, 8)),
    st.tuples(st.just("stage"), picks, st.sampled_from(["name", "color"]), texts),
    st.tuples(st.just("delete"), st.lists(picks, min_size=1, max_size=2)),
    st.tuples(st.just("score"), picks, st.integers(-5, 5)),
    st.tuples(st.just("add_emotion"), picks, st.integers(-5, 5)),
    st.tuples(st.just("connect"), picks, picks, st.none() | texts),
    st.tuples(st.just("label"), picks, st.none() | texts),
    st.tuples(st.just("add_persona"), texts),
    st.tuples(st.just("map"), st.sampled_from(["title", "description"]), texts),
    st.tuples(st.just("extension"), st.sampled_from(["a", "b"]), st.none() | st.integers(0, 3)),
)


def _pick(items: list[Any], n: int) -> Any:
    return items[n % len(items)] if items else None


def build(doc: JourneyMap, op: tuple[Any, ...]) -> edits.Edit | None:
    kind = op[0]
    cards = [c.id for c in doc.cards]
    stages = [s.id for s in doc.stages]
    card_lanes = [x.id for x in doc.lanes if x.kind != LaneKind.EMOTION]
    if kind == "card":
        _, n, name, text = op
        value: Any = text
        if name == "votes":
            value = len(text)
        elif name == "tags":
            value = [text] if text else []
        card = _pick(cards, n)
        return None if card is None else edits.update_part(doc, "cards", card, **{name: value})
    if kind == "move_cards":
        _, which, s, ln, position = op
        ids = list(dict.fromkeys(_pick(cards, n) for n in which if cards))
        if not ids:
            return None
        return edits.move_cards(doc, ids, _pick(stages, s), _pick(card_lanes, ln), position % 4)
    if kind == "add_card":
        _, s, ln, position, title = op
        return edits.add_card(doc, _pick(stages, s), _pick(card_lanes, ln), position, title)
    if kind == "add_stage":
        return edits.add_stage(doc, op[1], op[2])
    if kind == "move_stage":
        return edits.move_stage(doc, _pick(stages, op[1]), op[2])
    if kind == "move_lane":
        return edits.move_lane(doc, _pick([x.id for x in doc.lanes], op[1]), op[2])
    if kind == "stage":
        _, n, name, text = op
        value = "#A0B0C0" if name == "color" else text
        return edits.update_part(doc, "stages", _pick(stages, n), **{name: value})
    if kind == "delete":
        every = sorted(doc.all_ids())
        return edits.delete_parts(doc, {_pick(every, n) for n in op[1]})
    if kind == "score":
        point = _pick([e.id for e in doc.emotions], op[1])
        return None if point is None else edits.update_part(doc, "emotions", point, score=op[2])
    if kind == "add_emotion":
        lanes = [x.id for x in doc.lanes if x.kind == LaneKind.EMOTION]
        if not lanes:
            return None
        persona = _pick([p.id for p in doc.personas], op[1])
        return edits.add_emotion(doc, lanes[0], _pick(stages, op[1]), op[2], persona)
    if kind == "connect":
        _, a, b, label = op
        if len(cards) < 2:
            return None
        return edits.connect(doc, _pick(cards, a), _pick(cards, b), label)
    if kind == "label":
        conn = _pick([c.id for c in doc.connections], op[1])
        return None if conn is None else edits.update_part(doc, "connections", conn, label=op[2])
    if kind == "add_persona":
        return edits.add_persona(doc, op[1])
    if kind == "map":
        return edits.set_map_field(doc, op[1], op[2])
    raise AssertionError(kind)


def edited(start: JourneyMap, ops: list[tuple[Any, ...]]) -> JourneyMap:
    doc = start.model_copy(deep=True)
    for op in ops:
        if op[0] == "extension":
            ext = dict(doc.extensions or {})
            if op[2] is None:
                ext.pop(op[1], None)
            else:
                ext[op[1]] = {"n": op[2]}
            doc.extensions = ext or None
            continue
        try:
            edit = build(doc, op)
        except EditRejected:
            continue
        if edit is not None:
            apply_all(doc, edit.ops)
    assert check_document(doc) == [], "the edits made an invalid map"
    return JourneyMap.model_validate(doc.model_dump())


edit_lists = st.lists(operations, max_size=12)
starts = st.sampled_from(STARTS)
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def unordered(doc: JourneyMap) -> dict[str, Any]:
    """The map's parts by id with their fields: what merge promises up to order."""
    data = doc.model_dump(mode="json")
    for name in part_lists():
        data[name] = {item["id"]: item for item in data[name]}
    return data


def check_result(result_doc: JourneyMap) -> None:
    assert check_document(result_doc) == []
    assert loads(dumps(result_doc)) == result_doc


@SETTINGS
@given(starts, edit_lists)
def test_a_map_and_itself(start: JourneyMap, ops: list[Any]) -> None:
    a = edited(start, ops)
    assert diff(a, a).equal
    result = merge(a, a, a)
    assert result.clean and result.doc == a


@SETTINGS
@given(starts, edit_lists, edit_lists)
def test_applying_the_diff_gives_the_new_map(start: JourneyMap, ops_a: list, ops_b: list) -> None:
    a, b = edited(start, ops_a), edited(start, ops_b)
    d = diff(a, b)
    event(f"{len(d.changes) // 5 * 5}+ changes")
    if d.equal:
        assert unordered(a) == unordered(b)
    result = apply(a, d)
    assert diff(result, b).equal
    assert diff(b, result).equal
    # what `diff --json` prints is enough to apply
    printed = MapDiff.from_json(json.loads(json.dumps(d.to_json())))
    assert diff(apply(a, printed), b).equal


@SETTINGS
@given(starts, edit_lists, edit_lists)
def test_merge_with_one_side_unchanged_gives_the_other(
    start: JourneyMap, ops_base: list, ops_side: list
) -> None:
    base = edited(start, ops_base)
    side = edited(base, ops_side)
    for result in (merge(base, side, base), merge(base, base, side)):
        assert result.clean, [c.to_json() for c in result.conflicts]
        assert diff(result.doc, side).equal


@SETTINGS
@given(starts, edit_lists, edit_lists, edit_lists)
def test_merge_is_symmetric_without_conflicts(
    start: JourneyMap, ops_base: list, ops_ours: list, ops_theirs: list
) -> None:
    base = edited(start, ops_base)
    ours, theirs = edited(base, ops_ours), edited(base, ops_theirs)
    one, two = merge(base, ours, theirs), merge(base, theirs, ours)
    check_result(one.doc)
    check_result(two.doc)
    assert one.clean == two.clean
    event("clean" if one.clean else "conflicts")
    if one.clean:
        assert unordered(one.doc) == unordered(two.doc)
        # every part either side added or changed is in the result, as that side has it
        for side in (ours, theirs):
            for change in diff(base, side).changes:
                if change.op == "changed" and change.part not in ("map", "extensions"):
                    merged = unordered(one.doc)[list_of(change.part)][change.id]
                    assert all(merged[k] == new for k, (_old, new) in change.fields.items())
    else:
        assert one.doc.extensions and CONFLICTS_KEY in one.doc.extensions


def test_both_sides_add_a_stage_at_one_place() -> None:
    """Both editors call their new stage stage-1: two stages, ours first, either way round."""
    ours = edited(_SMALL, [("add_stage", 1, "Ours")])
    theirs = edited(_SMALL, [("add_stage", 1, "Theirs")])
    one, two = merge(_SMALL, ours, theirs), merge(_SMALL, theirs, ours)
    assert one.clean and two.clean
    assert unordered(one.doc) == unordered(two.doc)
    names = [s.name for s in one.doc.stages]
    assert names[1:3] == ["Ours", "Theirs"]
    assert [s.name for s in two.doc.stages][1:3] == ["Theirs", "Ours"]


@SETTINGS
@given(starts, starts, starts, edit_lists, edit_lists)
def test_any_three_maps_merge_into_a_valid_map(
    start_b: JourneyMap, start_o: JourneyMap, start_t: JourneyMap, ops_o: list, ops_t: list
) -> None:
    """Even maps with little in common (other templates, parts deleted, cards moved): the
    result is valid, saves and loads, and is OURS wherever it clashed."""
    base, ours, theirs = start_b, edited(start_o, ops_o), edited(start_t, ops_t)
    result = merge(base, ours, theirs)
    check_result(result.doc)
    event("clean" if result.clean else "conflicts")
    if result.conflicts:
        recorded = result.doc.extensions[CONFLICTS_KEY]
        assert recorded[-len(result.conflicts) :] == [c.to_json() for c in result.conflicts]
    for conflict in result.conflicts:
        if conflict.kind == "edit" and conflict.part == "map":
            assert getattr(result.doc, conflict.field) == getattr(ours, conflict.field)
