"""Three-way merge, hand-made: one-side changes, same changes, conflicts, order, validity."""

from __future__ import annotations

import copy
from typing import Any

from compare_samples import base_data, doc

from journeymapper.compare import CONFLICTS_KEY, diff
from journeymapper.compare.merge import merge
from journeymapper.compare.text import describe_conflict
from journeymapper.io import dumps, loads
from journeymapper.model import check_document


def run(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]):
    result = merge(doc(base), doc(ours), doc(theirs))
    assert check_document(result.doc) == []
    assert loads(dumps(result.doc)) == result.doc
    return result


def edited(change) -> dict[str, Any]:  # a copy of the base with ``change`` applied
    data = base_data()
    change(data)
    return data


def test_merging_a_map_with_itself_is_that_map() -> None:
    result = run(base_data(), base_data(), base_data())
    assert result.clean and result.doc == doc(base_data())


def test_changes_on_one_side_are_taken() -> None:
    def ours(d):
        d["title"] = "To-be"
        d["cards"][0]["title"] = "Sees poster"

    def theirs(d):
        d["cards"][1]["votes"] = 3
        d["emotions"][0]["score"] = 4
        d["connections"][0]["label"] = "buys"
        d["extensions"] = {"tool": {"v": 1}}

    result = run(base_data(), edited(ours), edited(theirs))
    assert result.clean
    got = result.doc
    assert got.title == "To-be"
    assert got.card("c1").title == "Sees poster" and got.card("c2").votes == 3
    assert got.emotion("e1").score == 4 and got.connection("k1").label == "buys"
    assert got.extensions == {"tool": {"v": 1}}


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    def both(d):
        d["cards"].append({"id": "c9", "stage": "s2", "lane": "l1", "title": "Pays"})
        d["cards"][0]["title"] = "Same"

    result = run(base_data(), edited(both), edited(both))
    assert result.clean
    assert [c.id for c in result.doc.cards].count("c9") == 1
    assert result.doc == doc(edited(both))


def test_different_changes_to_one_field_conflict_and_ours_is_kept() -> None:
    def ours(d):
        d["cards"][0]["title"] = "Ours"
        d["cards"][0]["votes"] = 2

    def theirs(d):
        d["cards"][0]["title"] = "Theirs"
        d["cards"][0]["body"] = "their body"

    result = run(base_data(), edited(ours), edited(theirs))
    assert [(c.part, c.id, c.field, c.kind) for c in result.conflicts] == [
        ("card", "c1", "title", "edit")
    ]
    conflict = result.conflicts[0]
    assert (conflict.base, conflict.ours, conflict.theirs) == ("Sees ad", "Ours", "Theirs")
    card = result.doc.card("c1")
    assert (card.title, card.votes, card.body) == ("Ours", 2, "their body")
    recorded = result.doc.extensions[CONFLICTS_KEY]
    assert recorded == [conflict.to_json()]
    line = describe_conflict(conflict, doc(base_data()))
    assert line == "conflict: card “Sees ad”, title: base “Sees ad” | ours “Ours” | theirs “Theirs”"


def test_card_moved_on_one_side_and_edited_on_the_other_keeps_both() -> None:
    def ours(d):
        d["cards"][0].update(stage="s3", lane="l2")

    def theirs(d):
        d["cards"][0]["title"] = "Edited"

    for a, b in ((ours, theirs), (theirs, ours)):
        result = run(base_data(), edited(a), edited(b))
        assert result.clean
        card = result.doc.card("c1")
        assert (card.stage, card.lane, card.title) == ("s3", "l2", "Edited")


def test_card_moved_to_different_cells_is_one_conflict_on_its_cell() -> None:
    def ours(d):
        d["cards"][0].update(stage="s3", lane="l1")

    def theirs(d):
        d["cards"][0].update(stage="s1", lane="l2")

    result = run(base_data(), edited(ours), edited(theirs))
    assert [(c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("cell", {"stage": "s3", "lane": "l1"}, {"stage": "s1", "lane": "l2"})
    ]
    assert (result.doc.card("c1").stage, result.doc.card("c1").lane) == ("s3", "l1")


def test_deleted_on_one_side_and_changed_on_the_other_conflicts() -> None:
    def delete(d):
        del d["cards"][1]

    def change(d):
        d["cards"][1]["title"] = "Changed"

    result = run(base_data(), edited(delete), edited(change))
    assert [(c.id, c.kind, c.ours is None, c.theirs["title"]) for c in result.conflicts] == [
        ("c2", "delete", True, "Changed")
    ]
    assert result.doc.card("c2") is None  # ours deleted it

    result = run(base_data(), edited(change), edited(delete))
    assert [(c.id, c.kind, c.theirs) for c in result.conflicts] == [("c2", "delete", None)]
    assert result.doc.card("c2").title == "Changed"  # ours kept it


def test_deleted_on_one_side_unchanged_on_the_other_is_deleted() -> None:
    def delete(d):
        del d["personas"][1]

    for a, b in ((delete, lambda d: None), (lambda d: None, delete)):
        result = run(base_data(), edited(a), edited(b))
        assert result.clean and result.doc.persona("p2") is None


def test_added_on_both_sides_with_one_id_differently_is_two_parts() -> None:
    def ours(d):
        d["stages"].append({"id": "stage-1", "name": "Pay"})
        d["cards"].append({"id": "c9", "stage": "stage-1", "lane": "l1", "title": "Ours"})

    def theirs(d):
        d["stages"].append({"id": "stage-1", "name": "Return"})
        d["cards"].append({"id": "c9", "stage": "stage-1", "lane": "l1", "title": "Theirs"})
        d["connections"].append({"id": "k9", "source": "c1", "target": "c9"})

    one = run(base_data(), edited(ours), edited(theirs))
    two = run(base_data(), edited(theirs), edited(ours))
    assert one.clean and two.clean
    for result in (one, two):
        # "Pay" sorts before "Return": the returned stage gets the fresh id, either way round
        assert result.doc.stage("stage-1").name == "Pay"
        assert result.doc.stage("stage-1-2").name == "Return"
        assert result.doc.card("c9").title == "Ours"
        assert result.doc.card("c9-2").title == "Theirs"
        assert result.doc.card("c9-2").stage == "stage-1-2"  # the reference followed
        assert result.doc.connection("k9").target == "c9-2"


def test_extensions_conflict_per_key() -> None:
    base = base_data()
    base["extensions"] = {"a": 1, "b": 1}
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours["extensions"] = {"a": 2, "b": 2}
    ours["extensions"]["new"] = "o"
    theirs["extensions"] = {"a": 3, "b": 1, "c": 0, "new": "t"}
    result = run(base, ours, theirs)
    assert [(c.part, c.id, c.kind, c.base, c.ours, c.theirs) for c in result.conflicts] == [
        ("extensions", "a", "edit", 1, 2, 3),
        ("extensions", "new", "add", None, "o", "t"),
    ]
    ext = result.doc.extensions
    assert (ext["a"], ext["b"], ext["c"], ext["new"]) == (2, 2, 0, "o")


def test_order_ours_kept_theirs_additions_after_their_neighbour_and_ours() -> None:
    def ours(d):
        d["stages"].insert(1, {"id": "s-o", "name": "Ours"})  # s1 s-o s2 s3

    def theirs(d):
        d["stages"].insert(1, {"id": "s-t", "name": "Theirs"})  # s1 s-t s2 s3
        d["stages"].insert(0, {"id": "s-first", "name": "First"})

    result = run(base_data(), edited(ours), edited(theirs))
    assert result.clean
    assert [s.id for s in result.doc.stages] == ["s-first", "s1", "s-o", "s-t", "s2", "s3"]


def test_order_a_move_on_one_side_is_taken() -> None:
    def theirs(d):
        d["stages"].append(d["stages"].pop(0))  # s2 s3 s1

    def ours(d):
        d["stages"][1]["name"] = "Purchase"

    result = run(base_data(), edited(ours), edited(theirs))
    assert result.clean
    assert [s.id for s in result.doc.stages] == ["s2", "s3", "s1"]
    assert result.doc.stage("s2").name == "Purchase"


def test_order_of_cards_inside_a_cell() -> None:
    def ours(d):
        d["cards"].insert(1, {"id": "c-o", "stage": "s1", "lane": "l1", "title": "O"})

    def theirs(d):
        d["cards"][0], d["cards"][2] = d["cards"][2], d["cards"][0]  # c3 c2 c1
        d["cards"].append({"id": "c-t", "stage": "s1", "lane": "l1", "title": "T"})

    result = run(base_data(), edited(ours), edited(theirs))
    assert result.clean
    cell = [c.id for c in result.doc.cards_in("s1", "l1")]
    assert cell.index("c3") < cell.index("c2") < cell.index("c1") < cell.index("c-t")
    assert "c-o" in cell


def test_moved_to_different_places_conflict() -> None:
    def ours(d):
        d["stages"] = [d["stages"][2], d["stages"][0], d["stages"][1]]  # s3 s1 s2

    def theirs(d):
        d["stages"] = [d["stages"][0], d["stages"][2], d["stages"][1]]  # s1 s3 s2

    result = run(base_data(), edited(ours), edited(theirs))
    assert [(c.id, c.kind, c.base, c.ours, c.theirs) for c in result.conflicts] == [
        ("s3", "position", 2, 0, 1)
    ]
    assert [s.id for s in result.doc.stages] == ["s3", "s1", "s2"]


def test_card_added_in_a_stage_the_other_side_deleted_never_gives_an_invalid_map() -> None:
    def ours(d):  # deletes stage s3 (nothing is in it)
        del d["stages"][2]

    def theirs(d):
        d["cards"].append({"id": "c9", "stage": "s3", "lane": "l1", "title": "In s3"})

    result = run(base_data(), edited(ours), edited(theirs))
    assert [(c.id, c.kind) for c in result.conflicts] == [("c9", "invalid")]
    assert result.doc.card("c9") is None and result.doc.stage("s3") is None
    assert result.conflicts[0].theirs["title"] == "In s3"  # kept for the editor

    # the other way round: ours's card needs the stage, which comes back
    result = run(base_data(), edited(theirs), edited(ours))
    assert [(c.part, c.id, c.kind) for c in result.conflicts] == [("stage", "s3", "invalid")]
    assert result.doc.card("c9") is not None and result.doc.stage("s3") is not None


def test_two_emotion_points_in_one_cell_never_give_an_invalid_map() -> None:
    def ours(d):
        d["emotions"].append({"id": "e-o", "lane": "l3", "stage": "s3", "score": 1})

    def theirs(d):
        d["emotions"].append({"id": "e-t", "lane": "l3", "stage": "s3", "score": -1})

    result = run(base_data(), edited(ours), edited(theirs))
    assert [(c.id, c.kind) for c in result.conflicts] == [("e-t", "invalid")]
    assert result.doc.emotion("e-o") is not None and result.doc.emotion("e-t") is None


def test_both_sides_delete_the_last_stages() -> None:
    base = base_data()
    base["stages"] = base["stages"][:2]
    base["cards"] = [c for c in base["cards"] if c["stage"] == "s1"]
    base["emotions"] = base["emotions"][:1]
    base["connections"] = []

    def drop(stage):
        def change(d):
            d["stages"] = [s for s in d["stages"] if s["id"] != stage]
            d["cards"] = [c for c in d["cards"] if c["stage"] != stage]
            d["emotions"] = [e for e in d["emotions"] if e["stage"] != stage]

        return change

    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    drop("s2")(ours)
    drop("s1")(theirs)
    result = run(base, ours, theirs)
    # the stages come back as ours has them; the cards theirs deleted (ours left alone) stay deleted
    assert [(c.part, c.field, c.kind) for c in result.conflicts] == [("map", "stages", "invalid")]
    assert [s.id for s in result.doc.stages] == ["s1"]


def test_earlier_conflicts_recorded_in_ours_are_kept() -> None:
    base = base_data()
    ours = copy.deepcopy(base)
    ours["extensions"] = {CONFLICTS_KEY: [{"part": "card", "id": "old"}]}
    ours["cards"][0]["title"] = "O"
    theirs = copy.deepcopy(base)
    theirs["cards"][0]["title"] = "T"
    result = run(base, ours, theirs)
    recorded = result.doc.extensions[CONFLICTS_KEY]
    assert recorded[0] == {"part": "card", "id": "old"} and recorded[1]["ours"] == "O"
    # without new conflicts, ours's record stays as it is
    clean = run(base, ours, base)
    assert clean.clean and clean.doc.extensions == ours["extensions"]


def test_merge_result_of_one_side_is_that_side() -> None:
    def change(d):
        d["cards"][0].update(stage="s2", lane="l2", title="x")
        d["stages"].reverse()
        del d["connections"][0]

    a = edited(change)
    assert diff(run(base_data(), a, base_data()).doc, doc(a)).equal
    assert diff(run(base_data(), base_data(), a).doc, doc(a)).equal


def test_lists_of_parts_inside_a_part_merge_item_by_item() -> None:
    """Format 2 gives cards comments and evidence (lists of parts with ids): both sides adding
    a comment to one card is no conflict; both editing one comment's text is, named by id."""
    from journeymapper.compare.merge import _merge_part

    comment = {"id": "m1", "text": "first", "author": None}
    base = {"id": "c1", "stage": "s1", "lane": "l1", "title": "T", "comments": [comment]}
    ours = copy.deepcopy(base)
    ours["comments"].append({"id": "m2", "text": "ours", "author": "A"})
    ours["comments"][0]["text"] = "first, edited by us"
    theirs = copy.deepcopy(base)
    theirs["comments"].append({"id": "m3", "text": "theirs", "author": "B"})
    theirs["comments"][0]["text"] = "first, edited by them"
    conflicts: list = []
    merged = _merge_part("cards", base, ours, theirs, conflicts)
    assert [c["id"] for c in merged["comments"]] == ["m1", "m2", "m3"]
    assert merged["comments"][0]["text"] == "first, edited by us"
    assert [(c.part, c.id, c.field, c.theirs) for c in conflicts] == [
        ("card", "c1", "comments[m1].text", "first, edited by them")
    ]
    # a plain list (tags) is one value
    ours2, theirs2 = copy.deepcopy(base), copy.deepcopy(base)
    ours2["tags"], theirs2["tags"] = ["a"], ["b"]
    conflicts = []
    _merge_part("cards", {**base, "tags": []}, ours2, theirs2, conflicts)
    assert [(c.field, c.ours, c.theirs) for c in conflicts] == [("tags", ["a"], ["b"])]


def test_a_result_that_cannot_be_repaired_falls_back_to_ours_whole() -> None:
    from journeymapper.compare.validity import make_valid

    ours = base_data()
    broken = copy.deepcopy(ours)
    broken["title"] = ""  # not from either side: nothing to put back field by field
    ours_with_same_problem = copy.deepcopy(broken)
    conflicts: list = []
    out = make_valid(broken, base_data(), ours_with_same_problem, base_data(), conflicts)
    assert out == ours_with_same_problem
    assert [(c.part, c.kind) for c in conflicts] == [("map", "invalid")]
    assert "ours is kept whole" in conflicts[0].message
