"""Format version 2: card kinds, evidence, comments, images and persona profiles.

Each rule is checked through `journeymapper.io.loads` (what the editor and `validate`
use), so the messages checked are the ones a user sees.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date as _date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from imagebytes import asset, b64, jpeg_bytes, png_bytes, png_header_only

from journeymapper.io import dumps, loads
from journeymapper.model import (
    CardKind,
    DocumentError,
    EvidenceSource,
    JourneyMap,
    Problem,
    check_document,
)
from journeymapper.model.assets import (
    MAX_ASSET_BYTES,
    MAX_IMAGE_SIDE,
    ImageError,
    check_image,
    image_info,
)
from journeymapper.model.repair import can_repair, repair


def sample() -> dict[str, Any]:
    """A valid version-2 map using every new field."""
    return {
        "format": "journeymapper",
        "schema_version": 2,
        "title": "Bike rental",
        "personas": [
            {
                "id": "p1",
                "name": "Anna",
                "role": "Commuter",
                "goals": ["Get to work in 20 minutes"],
                "frustrations": ["Broken bikes"],
                "quote": "I just want it to work.",
                "photo": "img-anna",
            }
        ],
        "stages": [{"id": "s1", "name": "Find"}, {"id": "s2", "name": "Ride"}],
        "lanes": [
            {"id": "l1", "name": "Pain points", "kind": "cards"},
            {"id": "l2", "name": "Feelings", "kind": "emotion"},
        ],
        "cards": [
            {
                "id": "c1",
                "stage": "s1",
                "lane": "l1",
                "title": "No bike at the station",
                "kind": "pain_point",
                "evidence": [
                    {
                        "id": "ev1",
                        "source": "first_party",
                        "title": "App analytics, Q3",
                        "reference": "https://example.com/dashboard",
                        "date": "2024-09-30",
                    },
                    {"id": "ev2", "source": "assumption", "title": "Team hunch"},
                ],
                "comments": [
                    {
                        "id": "cm1",
                        "text": "Ask the client for station data",
                        "author": "Luca",
                        "created": "2024-10-01T09:30:00+02:00",
                    }
                ],
                "image": "img-station",
            },
            {"id": "c2", "stage": "s2", "lane": "l1", "title": "Seat too low"},
        ],
        "emotions": [{"id": "e1", "lane": "l2", "stage": "s1", "score": -2}],
        "assets": [
            asset("img-station", png_bytes(4, 3)),
            asset("img-anna", jpeg_bytes(40, 50), "image/jpeg"),
        ],
    }


def mutated(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = copy.deepcopy(sample())
    change(data)
    return data


def problems_of(data: dict[str, Any]) -> list[Problem]:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    return info.value.problems


def only_problem(data: dict[str, Any]) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, problems
    return problems[0]


# -- the model ----------------------------------------------------------------------------


def test_sample_loads_with_every_new_field() -> None:
    doc = loads(json.dumps(sample()))
    card = doc.cards[0]
    assert card.kind is CardKind.PAIN_POINT
    assert [e.source for e in card.evidence] == [
        EvidenceSource.FIRST_PARTY,
        EvidenceSource.ASSUMPTION,
    ]
    assert card.evidence[0].date == "2024-09-30"
    assert card.comments[0].author == "Luca"
    assert card.image == "img-station"
    assert doc.cards[1].kind is CardKind.NOTE
    persona = doc.personas[0]
    assert persona.role == "Commuter" and persona.goals == ["Get to work in 20 minutes"]
    assert doc.asset("img-anna") is not None and doc.asset("img-anna").media_type == "image/jpeg"
    assert doc.used_asset_ids() == {"img-station", "img-anna"}
    assert {"ev1", "ev2", "cm1", "img-station", "img-anna"} <= doc.all_ids()
    assert check_document(doc) == []


def test_save_is_deterministic_and_round_trips() -> None:
    doc = loads(json.dumps(sample()))
    data = dumps(doc)
    assert loads(data) == doc
    assert dumps(loads(data)) == data
    saved = json.loads(data)
    assert saved["cards"][0]["kind"] == "pain_point"
    assert list(saved["cards"][0])[:5] == ["id", "stage", "lane", "title", "kind"]


def test_defaults_are_not_written() -> None:
    doc = loads(json.dumps(sample()))
    plain = json.loads(dumps(doc))["cards"][1]
    assert plain == {"id": "c2", "stage": "s2", "lane": "l1", "title": "Seat too low"}
    evidence = json.loads(dumps(doc))["cards"][0]["evidence"][1]
    assert evidence == {"id": "ev2", "source": "assumption", "title": "Team hunch"}
    bare = JourneyMap.model_validate({**sample(), "personas": [], "assets": []})
    bare.cards[0].image = None
    text = dumps(bare).decode()
    assert '"assets"' not in text and '"image"' not in text and '"goals"' not in text


def test_an_image_nobody_refers_to_is_dropped_on_save() -> None:
    doc = loads(json.dumps(sample()))
    doc.cards[0].image = None
    saved = json.loads(dumps(doc))
    assert [a["id"] for a in saved["assets"]] == ["img-anna"]
    doc.personas[0].photo = None
    assert "assets" not in json.loads(dumps(doc))
    assert len(doc.assets) == 2, "the document in memory keeps them (undo may need them)"


def test_new_ids_avoid_evidence_comment_and_asset_ids() -> None:
    doc = loads(json.dumps(sample()))
    doc.cards[0].evidence[0].id = "card-1"
    doc.assets[0].id = "card-2"
    doc.cards[0].image = "card-2"
    assert doc.new_id("card") == "card-3"


# -- images -------------------------------------------------------------------------------


def test_image_headers_are_read() -> None:
    assert image_info(png_bytes(7, 5)).width == 7
    info = image_info(jpeg_bytes(640, 480, progressive=True))
    assert (info.media_type, info.width, info.height) == ("image/jpeg", 640, 480)
    with pytest.raises(ImageError, match="not a PNG or JPEG"):
        image_info(b"GIF89a....")
    with pytest.raises(ImageError, match="cut off"):
        image_info(jpeg_bytes()[:20])
    with pytest.raises(ImageError, match="cut off"):
        image_info(png_bytes()[:16])
    with pytest.raises(ImageError, match="media_type says"):
        check_image(png_bytes(), "image/jpeg")


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ("not base64!!", "data", ["not valid base64"]),
        ("", "data", ["no data"]),
        (b64(b"GIF89a" + b"\0" * 20), "data", ["not a PNG or JPEG"]),
        (b64(jpeg_bytes()), "media_type", ["JPEG", "image/png"]),
        (b64(png_header_only(MAX_IMAGE_SIDE + 1, 10)), "data", ["8001 × 10", "8,000 px"]),
        (b64(png_header_only(10, 9000)), "data", ["10 × 9000"]),
        (b64(png_header_only(0, 10)), "data", ["no width or height"]),
        (b64(png_bytes()[:20]), "data", ["cut off"]),
    ],
    ids=["bad-base64", "empty", "gif", "wrong-type", "too-wide", "too-tall", "zero", "truncated"],
)
def test_bad_image_bytes_are_reported_at_their_path(
    data: str, field: str, words: list[str]
) -> None:
    problem = only_problem(mutated(lambda d: d["assets"][0].update(data=data)))
    assert problem.path == f"$.assets[0].{field}"
    for word in words:
        assert word in problem.message, problem.message


def test_base64_may_be_wrapped_over_lines() -> None:
    text = b64(png_bytes(30, 30))
    wrapped = "\n".join(text[i : i + 76] for i in range(0, len(text), 76))
    loads(json.dumps(mutated(lambda d: d["assets"][0].update(data=wrapped))))


def test_an_image_over_five_megabytes_is_refused() -> None:
    big = png_bytes() + b"\0" * (MAX_ASSET_BYTES + 10)
    problem = only_problem(mutated(lambda d: d["assets"][0].update(data=b64(big))))
    assert problem.path == "$.assets[0].data"
    assert "5 MB" in problem.message


def test_all_images_together_at_most_fifty_megabytes(monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymapper.model import assets

    monkeypatch.setattr(assets, "MAX_TOTAL_ASSET_BYTES", 100)
    problems = problems_of(sample())
    assert [p.path for p in problems] == ["$.assets"]
    assert "at most" in problems[0].message


def test_unknown_media_type() -> None:
    problem = only_problem(mutated(lambda d: d["assets"][0].update(media_type="image/gif")))
    assert problem.path == "$.assets[0].media_type"
    assert "image/png or image/jpeg" in problem.message


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["cards"][0].update(image="nope"), "$.cards[0].image"),
        (lambda d: d["personas"][0].update(photo="nope"), "$.personas[0].photo"),
        (lambda d: d["assets"].pop(), "$.personas[0].photo"),
    ],
    ids=["card-image", "persona-photo", "asset-removed"],
)
def test_image_references_must_exist(change: Callable[[dict[str, Any]], object], path: str) -> None:
    problem = only_problem(mutated(change))
    assert problem.path == path
    assert "image" in problem.message and "does not exist" in problem.message


# -- kinds, sources, dates, ids -------------------------------------------------------------


def test_unknown_card_kind_lists_the_kinds() -> None:
    problem = only_problem(mutated(lambda d: d["cards"][0].update(kind="painpoint")))
    assert problem.path == "$.cards[0].kind"
    assert '"painpoint" is not a card kind' in problem.message
    assert "pain_point" in problem.message and "moment_of_truth" in problem.message


def test_unknown_source_lists_the_sources() -> None:
    problem = only_problem(
        mutated(lambda d: d["cards"][0]["evidence"][0].update(source="first-party"))
    )
    assert problem.path == "$.cards[0].evidence[0].source"
    assert "first_party" in problem.message and "assumption" in problem.message


@pytest.mark.parametrize("value", ["30/09/2024", "2024-02-30", "2024-9-1", "20240930", "soon"])
def test_evidence_date_must_be_a_date(value: str) -> None:
    problem = only_problem(mutated(lambda d: d["cards"][0]["evidence"][0].update(date=value)))
    assert problem.path == "$.cards[0].evidence[0].date"
    assert "not a date" in problem.message and "YYYY-MM-DD" in problem.message


def test_evidence_date_as_a_number_is_a_type_error() -> None:
    problem = only_problem(mutated(lambda d: d["cards"][0]["evidence"][0].update(date=20240930)))
    assert problem.path == "$.cards[0].evidence[0].date"
    assert "must be text" in problem.message


@pytest.mark.parametrize("value", ["2024-10-01", "2024-10-01T09:30", "2024-10-01T09:30:05Z"])
def test_comment_times_in_iso_form_are_accepted(value: str) -> None:
    loads(json.dumps(mutated(lambda d: d["cards"][0]["comments"][0].update(created=value))))


def test_comment_time_that_is_not_a_time() -> None:
    problem = only_problem(
        mutated(lambda d: d["cards"][0]["comments"][0].update(created="yesterday"))
    )
    assert problem.path == "$.cards[0].comments[0].created"
    assert "not a date and time" in problem.message


def test_evidence_and_comment_fields_are_checked() -> None:
    data = mutated(lambda d: d["cards"][0]["evidence"][0].update(titel="x"))
    problem = only_problem(data)
    assert problem.path == "$.cards[0].evidence[0].titel"
    assert "did you mean 'title'" in problem.message
    problems = problems_of(mutated(lambda d: d["cards"][0]["comments"][0].pop("text")))
    assert [p.path for p in problems] == ["$.cards[0].comments[0].text"]


@pytest.mark.parametrize(
    ("change", "path", "first"),
    [
        (
            lambda d: d["cards"][0]["evidence"][1].update(id="ev1"),
            "$.cards[0].evidence[1].id",
            "ev1",
        ),
        (lambda d: d["cards"][0]["comments"][0].update(id="c2"), "$.cards[0].comments[0].id", "c2"),
        (lambda d: d["assets"][0].update(id="s1"), "$.assets[0].id", "s1"),
    ],
    ids=["evidence-twice", "comment-as-card", "asset-as-stage"],
)
def test_new_ids_share_the_one_namespace(
    change: Callable[[dict[str, Any]], object], path: str, first: str
) -> None:
    problems = problems_of(mutated(change))
    duplicate = [p for p in problems if "duplicate id" in p.message]
    assert [p.path for p in duplicate] == [path]
    assert f'"{first}"' in duplicate[0].message


def test_persona_goals_must_be_text() -> None:
    problem = only_problem(mutated(lambda d: d["personas"][0].update(goals=["ok", ""])))
    assert problem.path == "$.personas[0].goals[1]"


# -- repair ---------------------------------------------------------------------------------


def repaired(data: dict[str, Any]) -> tuple[JourneyMap, list[Problem]]:
    assert can_repair(data)
    doc, changes = repair(data)
    assert check_document(doc) == []
    assert changes
    return doc, changes


def test_repair_drops_a_corrupt_image_and_its_references() -> None:
    data = mutated(lambda d: d["assets"][0].update(data="%%%"))
    doc, changes = repaired(data)
    assert [a.id for a in doc.assets] == ["img-anna"]
    assert doc.cards[0].image is None
    paths = [c.path for c in changes]
    assert paths == ["$.assets[0]", "$.cards[0].image"]
    assert "not valid base64" in changes[0].message
    assert "img-station" in changes[1].message


def test_repair_drops_a_dangling_photo() -> None:
    doc, changes = repaired(mutated(lambda d: d["personas"][0].update(photo="gone")))
    assert doc.personas[0].photo is None
    assert [c.path for c in changes] == ["$.personas[0].photo"]


def test_repair_drops_bad_evidence_and_comments_and_resets_an_unknown_kind() -> None:
    def break_it(d: dict[str, Any]) -> None:
        card = d["cards"][0]
        card["kind"] = "gripe"
        card["evidence"][0]["source"] = "rumour"
        card["evidence"][1]["date"] = "last week"
        card["comments"][0]["created"] = 5

    doc, changes = repaired(mutated(break_it))
    card = doc.cards[0]
    assert card.kind is CardKind.NOTE
    assert card.evidence == [] and card.comments == []
    messages = " ".join(c.message for c in changes)
    assert "evidence item removed" in messages and "comment removed" in messages
    assert "now a note" in messages


def test_repair_of_a_wrongly_typed_image() -> None:
    data = mutated(lambda d: d["assets"][1].update(media_type="image/png"))
    doc, changes = repaired(data)
    assert [a.id for a in doc.assets] == ["img-station"]
    assert doc.personas[0].photo is None
    assert "JPEG" in changes[0].message


def test_repair_renames_duplicate_evidence_ids() -> None:
    doc, changes = repaired(mutated(lambda d: d["cards"][0]["evidence"][1].update(id="c1")))
    assert doc.cards[0].evidence[1].id == "c1-2"
    assert changes[0].path == "$.cards[0].evidence[1].id"


def test_other_structural_problems_are_still_not_repairable() -> None:
    assert not can_repair(mutated(lambda d: d["cards"][0].update(title=5)))
    assert not can_repair(sample()), "nothing to repair"


def test_repair_keeps_images_within_the_total(monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymapper.model import assets
    from journeymapper.model import repair as repair_module

    monkeypatch.setattr(assets, "MAX_TOTAL_ASSET_BYTES", 100)
    monkeypatch.setattr(repair_module, "MAX_TOTAL_ASSET_BYTES", 100)
    doc, changes = repaired(sample())
    assert [a.id for a in doc.assets] == ["img-station"]
    assert "exceed" in changes[0].message


def test_a_copied_card_gets_new_ids_for_its_evidence_and_comments() -> None:
    doc = loads(json.dumps(sample()))
    original = doc.cards[0]
    copy_ = doc.copy_of_card(original, stage="s2")
    assert copy_.id not in doc.all_ids() and copy_.stage == "s2"
    assert [e.title for e in copy_.evidence] == [e.title for e in original.evidence]
    new_ids = {copy_.id} | {e.id for e in copy_.evidence} | {c.id for c in copy_.comments}
    assert len(new_ids) == 4 and not new_ids & doc.all_ids()
    assert copy_.image == "img-station", "an image of this map stays"
    doc.cards.append(copy_)
    assert check_document(doc) == []
    assert original.evidence[0].id == "ev1", "the original keeps its ids"
    other = JourneyMap.model_validate({**sample(), "assets": [], "personas": []})
    other.cards[0].image = None
    assert other.copy_of_card(original).image is None, "an image of another map is left out"


# -- round trip of random version-2 parts ---------------------------------------------------

_text = st.text(min_size=1, max_size=30).filter(lambda t: "\x00" not in t)
_iso_dates = st.dates(min_value=_date(1900, 1, 1), max_value=_date(2100, 12, 31)).map(
    _date.isoformat
)


@st.composite
def v2_maps(draw: st.DrawFn) -> dict[str, Any]:
    data = sample()
    card = data["cards"][1]
    card["kind"] = draw(st.sampled_from([k.value for k in CardKind]))
    card["evidence"] = [
        {
            "id": f"ev-r{i}",
            "source": draw(st.sampled_from([s.value for s in EvidenceSource])),
            "title": draw(_text),
            **({"reference": draw(_text)} if draw(st.booleans()) else {}),
            **({"date": draw(_iso_dates)} if draw(st.booleans()) else {}),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    card["comments"] = [
        {"id": f"cm-r{i}", "text": draw(_text), "created": draw(_iso_dates) + "T10:30"}
        for i in range(draw(st.integers(0, 2)))
    ]
    persona = data["personas"][0]
    persona["goals"] = draw(st.lists(_text, max_size=3))
    persona["frustrations"] = draw(st.lists(_text, max_size=3))
    if draw(st.booleans()):
        card["image"] = "img-anna"
    if draw(st.booleans()):
        data["cards"][0].pop("image")
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(v2_maps())
def test_random_version_two_parts_round_trip(data: dict[str, Any]) -> None:
    doc = loads(json.dumps(data))
    saved = dumps(doc)
    again = loads(saved)
    assert dumps(again) == saved
    used = doc.used_asset_ids()
    assert [a.id for a in again.assets] == [a.id for a in doc.assets if a.id in used]
    assert again.cards == doc.cards and again.personas == doc.personas
