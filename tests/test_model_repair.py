"""`repair` always gives a valid map: duplicate ids of any length, broken references and
misspelt field names, in any mix."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journeymapper.model import DocumentError, check_document
from journeymapper.model.repair import can_repair, repair
from journeymapper.model.validation import document_problems

SEED: dict[str, Any] = {
    "format": "journeymapper",
    "schema_version": 1,
    "title": "Seed",
    "personas": [{"id": "p1", "name": "P"}],
    "stages": [{"id": "s1", "name": "A"}, {"id": "s2", "name": "B"}],
    "lanes": [
        {"id": "l1", "name": "Touch", "kind": "touchpoints"},
        {"id": "l2", "name": "Feel", "kind": "emotion"},
    ],
    "cards": [
        {"id": "c1", "stage": "s1", "lane": "l1", "title": "T"},
        {"id": "c2", "stage": "s2", "lane": "l1", "title": "U"},
        {"id": "c3", "stage": "s2", "lane": "l1", "title": "V"},
    ],
    "emotions": [{"id": "e1", "lane": "l2", "stage": "s1", "score": 1, "persona": "p1"}],
    "connections": [{"id": "k1", "source": "c1", "target": "c2", "label": "then"}],
}

LISTS = ["personas", "stages", "lanes", "cards", "emotions", "connections"]
#: misspellings of real fields: (list or None for the top level, field, typo)
TYPOS = [
    (None, "title", "titel"),
    ("cards", "title", "tilte"),
    ("stages", "name", "nmae"),
    ("lanes", "name", "naem"),
    ("personas", "name", "nam"),
    ("connections", "label", "lable"),
]

ids = st.text(alphabet="ab-", min_size=1, max_size=3).map(lambda s: s * 200)


@st.composite
def broken(draw: st.DrawFn) -> dict[str, Any]:
    doc = copy.deepcopy(SEED)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["dup", "long-dup", "dangling", "typo", "self-link"]))
        if action in ("dup", "long-dup"):
            a = draw(st.sampled_from(LISTS))
            b = draw(st.sampled_from(LISTS))
            i = draw(st.integers(0, len(doc[a]) - 1))
            j = draw(st.integers(0, len(doc[b]) - 1))
            ident = draw(ids)[:200] if action == "long-dup" else doc[a][i]["id"]
            doc[a][i]["id"] = ident
            doc[b][j]["id"] = ident
        elif action == "dangling":
            card = draw(st.sampled_from(doc["cards"]))
            card[draw(st.sampled_from(["stage", "lane"]))] = draw(ids)[:200]
        elif action == "typo":
            where, field, typo = draw(st.sampled_from(TYPOS))
            item = doc if where is None else draw(st.sampled_from(doc[where]))
            if field in item:
                item[typo] = item.pop(field)
        else:
            doc["connections"][0]["target"] = doc["connections"][0]["source"]
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken())
def test_repair_of_broken_documents_always_validates(data: dict[str, Any]) -> None:
    assume(document_problems(data))
    original = copy.deepcopy(data)
    assert can_repair(data)
    doc, changes = repair(data)
    assert check_document(doc) == []
    assert changes
    assert data == original, "repair must not change its input"


def test_two_cards_sharing_a_200_character_id() -> None:
    data = copy.deepcopy(SEED)
    data["cards"][0]["id"] = data["cards"][1]["id"] = "x" * 200
    doc, changes = repair(data)
    assert check_document(doc) == []
    assert {len(c.id) for c in doc.cards} <= set(range(1, 201))
    assert len({c.id for c in doc.cards}) == 3
    assert "renamed" in changes[0].message


def test_a_misspelt_field_name_is_repaired() -> None:
    data = copy.deepcopy(SEED)
    data["titel"] = data.pop("title")
    assert can_repair(data)
    doc, changes = repair(data)
    assert doc.title == "Seed"
    assert [str(c) for c in changes] == ["$.title: field “titel” renamed to “title”"]


def test_an_unknown_field_with_no_close_match_is_not_repaired() -> None:
    data = copy.deepcopy(SEED)
    data["cards"][0]["zzzz"] = 1
    assert not can_repair(data)
    try:
        repair(data)
    except DocumentError as exc:
        assert "zzzz" in exc.summary()
    else:  # pragma: no cover - the assertion documents the failure
        raise AssertionError("repair accepted an unknown field")
