"""Semantic diff of two maps: each kind of change, hand-made; apply turns a diff back into a map."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from compare_samples import base_data, doc

from journeymapper.compare import ApplyError, MapDiff, apply, diff
from journeymapper.compare.text import describe, summary_line, textconv
from journeymapper.io import dumps, loads
from journeymapper.templates import load_template


def changes_of(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    return diff(doc(a), doc(b)).to_json()["changes"]


def only(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    changes = changes_of(a, b)
    assert len(changes) == 1, changes
    return changes[0]


def check_apply(a: dict[str, Any], b: dict[str, Any]) -> None:
    result = apply(doc(a), diff(doc(a), doc(b)))
    assert diff(result, doc(b)).equal
    # through JSON too: the printed structure is enough to apply
    printed = json.loads(json.dumps(diff(doc(a), doc(b)).to_json()))
    assert diff(apply(doc(a), MapDiff.from_json(printed)), doc(b)).equal


def test_a_map_and_itself_are_equal() -> None:
    d = diff(doc(base_data()), doc(base_data()))
    assert d.equal and d.to_json() == {
        "equal": True,
        "changes": [],
        "summary": {"added": 0, "removed": 0, "changed": 0, "moved": 0, "total": 0, "parts": {}},
    }


def test_formatting_key_order_whitespace_and_bom_are_no_difference() -> None:
    a = base_data()
    text = "\ufeff" + json.dumps(dict(reversed(list(a.items()))), indent=7) + "\n\n  "
    assert diff(doc(a), loads(text.encode("utf-8"))).equal
    # a default written out or left away is the same
    b = copy.deepcopy(a)
    b["cards"][0]["votes"] = 0
    b["cards"][0]["tags"] = []
    assert diff(doc(a), doc(b)).equal


def test_map_fields() -> None:
    b = base_data()
    b["title"] = "Coffee to-be"
    b["locale"] = None
    change = only(base_data(), b)
    assert change == {
        "op": "changed",
        "part": "map",
        "id": None,
        "fields": {"title": ["Coffee", "Coffee to-be"], "locale": ["en", None]},
    }
    check_apply(base_data(), b)


@pytest.mark.parametrize("list_name", ["personas", "stages", "lanes"])
def test_renamed_and_recoloured(list_name: str) -> None:
    b = base_data()
    b[list_name][1]["name"] = "Renamed"
    b[list_name][1]["color"] = "#112233"
    change = only(base_data(), b)
    assert change["op"] == "changed"
    assert change["id"] == base_data()[list_name][1]["id"]
    assert change["fields"]["name"][1] == "Renamed"
    assert change["fields"]["color"] == [None, "#112233"]
    check_apply(base_data(), b)


def test_stage_moved_is_one_move() -> None:
    b = base_data()
    b["stages"] = [b["stages"][2], b["stages"][0], b["stages"][1]]
    change = only(base_data(), b)
    assert change["op"] == "moved" and change["part"] == "stage" and change["id"] == "s3"
    assert change["position"] == [2, 0] and change["after"] is None
    check_apply(base_data(), b)


def test_parts_added_and_removed() -> None:
    b = base_data()
    b["personas"].append({"id": "p3", "name": "Lin"})
    b["lanes"].insert(1, {"id": "l4", "name": "Thoughts", "kind": "cards"})
    del b["connections"][0]
    changes = changes_of(base_data(), b)
    ops = {(c["op"], c["part"], c["id"]) for c in changes}
    assert ops == {
        ("added", "persona", "p3"),
        ("added", "lane", "l4"),
        ("removed", "connection", "k1"),
    }
    lane = next(c for c in changes if c["id"] == "l4")
    assert lane["after"] == "l1" and lane["value"]["name"] == "Thoughts"
    check_apply(base_data(), b)


def test_card_changed_names_each_field() -> None:
    b = base_data()
    b["cards"][3].update(title="Online shop", votes=4, channel="app", tags=["web"])
    change = only(base_data(), b)
    assert change["op"] == "changed" and change["id"] == "c4"
    assert change["fields"] == {
        "title": ["Web shop", "Online shop"],
        "channel": ["website", "app"],
        "tags": [[], ["web"]],
        "votes": [0, 4],
    }
    check_apply(base_data(), b)


def test_card_moved_to_another_cell() -> None:
    b = base_data()
    b["cards"][1].update(stage="s3", lane="l2")
    change = only(base_data(), b)
    assert change["op"] == "moved" and change["id"] == "c2"
    assert change["fields"] == {"stage": ["s1", "s3"], "lane": ["l1", "l2"]}
    check_apply(base_data(), b)


def test_card_moved_inside_its_cell() -> None:
    b = base_data()
    b["cards"][0], b["cards"][2] = b["cards"][2], b["cards"][0]  # c3 c2 c1
    changes = changes_of(base_data(), b)
    assert {c["op"] for c in changes} == {"moved"}
    assert all(c["fields"] == {} for c in changes)
    check_apply(base_data(), b)


def test_order_of_cards_of_different_cells_is_no_difference() -> None:
    b = base_data()
    b["cards"].insert(0, b["cards"].pop(3))  # c4 is alone in its cell
    assert diff(doc(base_data()), doc(b)).equal


def test_card_moved_and_edited_is_two_changes() -> None:
    b = base_data()
    b["cards"][0].update(stage="s2", title="Sees poster")
    ops = sorted((c["op"], tuple(c["fields"])) for c in changes_of(base_data(), b))
    assert ops == [("changed", ("title",)), ("moved", ("stage",))]
    check_apply(base_data(), b)


def test_emotion_rescored_with_delta_added_and_removed() -> None:
    b = base_data()
    b["emotions"][0]["score"] = 3.5
    del b["emotions"][1]
    b["emotions"].append({"id": "e3", "lane": "l3", "stage": "s3", "score": 0, "persona": "p2"})
    changes = {c["id"]: c for c in changes_of(base_data(), b)}
    assert changes["e1"]["op"] == "changed" and changes["e1"]["delta"] == 2.5
    assert changes["e1"]["fields"] == {"score": [1, 3.5]}
    assert changes["e2"]["op"] == "removed" and changes["e3"]["op"] == "added"
    check_apply(base_data(), b)


def test_connection_relabelled() -> None:
    b = base_data()
    b["connections"][0]["label"] = "buys"
    assert only(base_data(), b)["fields"] == {"label": ["clicks", "buys"]}
    check_apply(base_data(), b)


def test_extensions_by_key() -> None:
    a = base_data()
    a["extensions"] = {"keep": 1, "drop": [1], "edit": {"x": 1}}
    b = copy.deepcopy(a)
    b["extensions"] = {"keep": 1, "edit": {"x": 2}, "new": "yes"}
    changes = {(c["op"], c["id"]): c for c in changes_of(a, b)}
    assert set(changes) == {("removed", "drop"), ("changed", "edit"), ("added", "new")}
    assert changes["changed", "edit"]["fields"] == {"value": [{"x": 1}, {"x": 2}]}
    assert all(c["part"] == "extensions" for c in changes.values())
    check_apply(a, b)
    # true is not 1
    c = copy.deepcopy(a)
    c["extensions"]["keep"] = True
    assert only(a, c)["fields"] == {"value": [1, True]}


def test_maps_differing_only_in_ids_differ() -> None:
    b = json.loads(json.dumps(base_data()).replace('"c3"', '"card-3"'))
    changes = changes_of(base_data(), b)
    assert {(c["op"], c["id"]) for c in changes} == {("removed", "c3"), ("added", "card-3")}


def test_readable_lines_name_stage_and_lane_grouped_by_kind() -> None:
    b = base_data()
    b["cards"][0]["title"] = "Sees poster"
    b["cards"][1].update(stage="s2", lane="l2")
    b["cards"].append({"id": "c9", "stage": "s3", "lane": "l1", "title": "Brews"})
    b["emotions"][0]["score"] = 4
    b["stages"][2]["name"] = "Using"
    old, new = doc(base_data()), doc(b)
    lines = describe(diff(old, new), old, new)
    assert lines == [
        "added    card “Brews” in Using / Actions",
        "changed  stage “Using”: name “Use” → “Using”",
        "changed  card “Sees poster” in Aware / Actions: title “Sees ad” → “Sees poster”",
        "changed  emotion point Aware / Feelings (persona “Sam”): score 1 → 4 (+3)",
        "moved    card “Asks friend”: Aware / Actions → Buy / Touch",
    ]
    assert summary_line(diff(old, new)) == "5 differences: 1 added, 3 changed, 1 moved"


def test_apply_refuses_changes_that_do_not_fit() -> None:
    b = base_data()
    b["cards"][0]["title"] = "x"
    d = diff(doc(base_data()), doc(b))
    other = base_data()
    del other["cards"][0]
    other["connections"] = []
    with pytest.raises(ApplyError, match="no part 'c1'"):
        apply(doc(other), d)
    # a change that breaks the map is refused, not written
    bad = diff(doc(base_data()), doc(base_data()))
    b2 = base_data()
    b2["stages"] = b2["stages"][:1]
    b2["cards"] = b2["cards"][:3]
    b2["emotions"] = b2["emotions"][:1]
    b2["connections"] = []
    bad = diff(doc(base_data()), doc(b2))
    bad.changes = [c for c in bad.changes if c.part == "stage"]
    with pytest.raises(ApplyError, match="invalid map"):
        apply(doc(base_data()), bad)


def test_templates_diff_and_apply() -> None:
    a = load_template("awareness-to-loyalty-en")
    b = load_template("awareness-to-loyalty-it")
    d = diff(a, b)
    assert not d.equal
    assert diff(apply(a, d), b).equal
    assert loads(dumps(apply(a, d))) == apply(a, d)


def test_textconv_is_stable_and_one_line_per_part() -> None:
    data = base_data()
    text = textconv(doc(data))
    lines = text.splitlines()
    parts = sum(len(data[k]) for k in data if isinstance(data[k], list))
    assert len(lines) == 1 + parts
    assert 'card c2 [s1/l1]  title="Asks friend"' in lines
    assert "votes" not in text  # defaults are left out
    # the order of cards of different cells in the file does not show
    shuffled = copy.deepcopy(data)
    shuffled["cards"].insert(0, shuffled["cards"].pop(3))
    assert textconv(doc(shuffled)) == text


def test_names_with_newlines_and_control_characters_stay_on_one_line() -> None:
    b = base_data()
    b["stages"][0]["name"] = "Aware\nness\x1b[31m\u202e"
    b["cards"][0]["title"] = "Line one\nline two\x1b[2J"
    old, new = doc(base_data()), doc(b)
    lines = describe(diff(old, new), old, new)
    assert len(lines) == 2
    assert all("\n" not in line and "\x1b" not in line and "\u202e" not in line for line in lines)
    assert lines[1].startswith("changed  card “Line one\\nline two\\u001b[2J” in Aware ness")


def test_lists_read_as_what_was_added_and_removed() -> None:
    from journeymapper.compare.text import _field_text

    a = base_data()
    a["cards"][0]["tags"] = ["web", "ads"]
    b = copy.deepcopy(a)
    b["cards"][0]["tags"] = ["web", "print"]
    old, new = doc(a), doc(b)
    assert describe(diff(old, new), old, new) == [
        "changed  card “Sees ad” in Aware / Actions: tags + “print”; tags − “ads”"
    ]
    # format 2's lists of parts inside a card (comments, evidence): item by item, by id
    before = [{"id": "e1", "title": "Survey"}, {"id": "e2", "title": "Gone"}]
    after = [{"id": "e1", "title": "Survey 2024"}, {"id": "e3", "title": "New"}]
    assert _field_text("evidence", before, after) == (
        'evidence + {"id": "e3", "title": "New"}; evidence − {"id": "e2", "title": "Gone"}; '
        "evidence[e1].title “Survey” → “Survey 2024”"
    )
    assert _field_text("evidence", before, before[::-1]) == "evidence reordered"
