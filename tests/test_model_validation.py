"""Validation of journey documents: every rule of the file contract, with path and message.

Each case goes through `journeymapper.io.loads` (what the editor and `journeymapper validate`
use), so the message checked is the one a user sees.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from journeymapper.io import dumps, loads
from journeymapper.model import (
    DocumentError,
    JourneyMap,
    Problem,
    UnsupportedVersionError,
    document_problems,
    validate_document,
)


def sample() -> dict[str, Any]:
    """A small valid map using every kind of part."""
    return {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "Coffee subscription",
        "description": "From first ad to second order",
        "locale": "en",
        "personas": [
            {"id": "p1", "name": "Giulia", "color": "#aa3300"},
            {"id": "p2", "name": "Marco"},
        ],
        "stages": [
            {"id": "s1", "name": "Awareness", "description": "Hears of us", "color": "#1f77b4"},
            {"id": "s2", "name": "Purchase"},
        ],
        "lanes": [
            {"id": "l-touch", "name": "Touchpoints", "kind": "touchpoints"},
            {"id": "l-act", "name": "Actions", "kind": "cards"},
            {"id": "l-emo", "name": "Emotions", "kind": "emotion"},
        ],
        "cards": [
            {
                "id": "c1",
                "stage": "s1",
                "lane": "l-touch",
                "title": "Sees an ad",
                "channel": "ads",
                "votes": 2,
                "tags": ["paid"],
            },
            {"id": "c2", "stage": "s2", "lane": "l-act", "title": "Buys a box"},
        ],
        "emotions": [
            {"id": "e1", "lane": "l-emo", "stage": "s1", "score": 1.5, "persona": "p1"},
            {"id": "e2", "lane": "l-emo", "stage": "s2", "score": -2},
        ],
        "connections": [{"id": "k1", "source": "c1", "target": "c2", "label": "clicks"}],
    }


def problems_in(text: str | bytes) -> list[Problem]:
    with pytest.raises(DocumentError) as info:
        loads(text)
    assert info.value.problems, "a DocumentError must carry at least one problem"
    return info.value.problems


def problems_of(data: dict[str, Any]) -> list[Problem]:
    return problems_in(json.dumps(data))


def mutated(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = sample()
    change(data)
    return data


def problem_at(problems: list[Problem], path: str) -> Problem:
    found = [p for p in problems if p.path == path]
    assert found, f"no problem reported at {path}; got {problems}"
    assert len(found) == 1, f"several problems at {path}: {found}"
    return found[0]


def assert_words(message: str, words: list[str]) -> None:
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in message {message!r}"


def test_sample_is_valid() -> None:
    doc = loads(json.dumps(sample()))
    assert isinstance(doc, JourneyMap)
    assert document_problems(sample()) == []
    assert doc.cards[0].channel is not None and doc.cards[0].channel.value == "ads"


# -- wrong types -----------------------------------------------------------------------

WRONG_TYPES = [
    ("title-number", lambda d: d.update(title=5), "$.title", ["must be text", "number"]),
    ("title-null", lambda d: d.update(title=None), "$.title", ["must be text", "null"]),
    ("stages-object", lambda d: d.update(stages={}), "$.stages", ["must be a list", "object"]),
    (
        "card-string",
        lambda d: d["cards"].__setitem__(1, "a card"),
        "$.cards[1]",
        ["must be an object", "text"],
    ),
    (
        "persona-name-list",
        lambda d: d["personas"][0].update(name=["G"]),
        "$.personas[0].name",
        ["must be text", "list"],
    ),
    (
        "tags-string",
        lambda d: d["cards"][0].update(tags="paid"),
        "$.cards[0].tags",
        ["must be a list", "text"],
    ),
    (
        "tag-number",
        lambda d: d["cards"][0].update(tags=[1]),
        "$.cards[0].tags[0]",
        ["must be text", "number"],
    ),
    (
        "description-list",
        lambda d: d.update(description=["x"]),
        "$.description",
        ["must be text", "list"],
    ),
    (
        "label-number",
        lambda d: d["connections"][0].update(label=7),
        "$.connections[0].label",
        ["must be text", "number"],
    ),
    (
        "extensions-list",
        lambda d: d.update(extensions=[1, 2]),
        "$.extensions",
        ["must be an object", "list"],
    ),
    (
        "score-text",
        lambda d: d["emotions"][0].update(score="1"),
        "$.emotions[0].score",
        ["must be a number", "text"],
    ),
    (
        "score-bool",
        lambda d: d["emotions"][0].update(score=True),
        "$.emotions[0].score",
        ["must be a number", "true/false"],
    ),
    (
        "votes-text",
        lambda d: d["cards"][0].update(votes="3"),
        "$.cards[0].votes",
        ["whole number", "text"],
    ),
    (
        "votes-bool",
        lambda d: d["cards"][0].update(votes=True),
        "$.cards[0].votes",
        ["whole number", "true/false"],
    ),
    (
        "votes-fraction",
        lambda d: d["cards"][0].update(votes=2.5),
        "$.cards[0].votes",
        ["whole number"],
    ),
    (
        "lane-kind-number",
        lambda d: d["lanes"][0].update(kind=3),
        "$.lanes[0].kind",
        ["not a lane kind", "cards", "touchpoints", "emotion"],
    ),
    (
        "lane-kind-unknown",
        lambda d: d["lanes"][1].update(kind="swimlane"),
        "$.lanes[1].kind",
        ['"swimlane"', "not a lane kind", "emotion"],
    ),
    (
        "locale-bad",
        lambda d: d.update(locale="italian!"),
        "$.locale",
        ['"italian!"', "language code"],
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [case[1:] for case in WRONG_TYPES],
    ids=[case[0] for case in WRONG_TYPES],
)
def test_wrong_types_are_reported_with_path_and_reason(
    change: Callable[[dict[str, Any]], object], path: str, words: list[str]
) -> None:
    problems = problems_of(mutated(change))
    assert_words(problem_at(problems, path).message, words)


def test_votes_written_as_text_are_rejected_not_converted() -> None:
    problems = problems_of(mutated(lambda d: d["cards"][0].update(votes="3")))
    assert problems == [Problem("$.cards[0].votes", "must be a whole number, not text")]


@pytest.mark.parametrize("field", ["votes", "score"])
def test_booleans_are_not_numbers(field: str) -> None:
    if field == "votes":
        data = mutated(lambda d: d["cards"][0].update(votes=False))
        path = "$.cards[0].votes"
    else:
        data = mutated(lambda d: d["emotions"][1].update(score=False))
        path = "$.emotions[1].score"
    assert_words(problem_at(problems_of(data), path).message, ["true/false"])


def test_ids_must_be_text() -> None:
    problems = problems_of(mutated(lambda d: d["stages"][1].update(id=2)))
    assert_words(problem_at(problems, "$.stages[1].id").message, ["must be text", "number"])


def test_empty_ids_are_rejected() -> None:
    problems = problems_of(mutated(lambda d: d["personas"][1].update(id="")))
    assert_words(problem_at(problems, "$.personas[1].id").message, ["'id'", "must not be empty"])


def test_missing_required_fields_are_named() -> None:
    data = sample()
    del data["cards"][1]["title"]
    del data["lanes"][2]["kind"]
    del data["title"]
    problems = problems_of(data)
    assert problem_at(problems, "$.cards[1].title").message == "required field 'title' is missing"
    assert problem_at(problems, "$.lanes[2].kind").message == "required field 'kind' is missing"
    assert problem_at(problems, "$.title").message == "required field 'title' is missing"


# -- unknown fields ---------------------------------------------------------------------

TYPOS = [
    ("top-titel", lambda d: d.update(titel="x"), "$.titel", "titel", "title"),
    ("card-titel", lambda d: d["cards"][0].update(titel="x"), "$.cards[0].titel", "titel", "title"),
    (
        "stage-desription",
        lambda d: d["stages"][0].update(desription="x"),
        "$.stages[0].desription",
        "desription",
        "description",
    ),
    ("lane-knd", lambda d: d["lanes"][0].update(knd="cards"), "$.lanes[0].knd", "knd", "kind"),
    (
        "emotion-scroe",
        lambda d: d["emotions"][0].update(scroe=1),
        "$.emotions[0].scroe",
        "scroe",
        "score",
    ),
    (
        "persona-colour",
        lambda d: d["personas"][0].update(colour="#000000"),
        "$.personas[0].colour",
        "colour",
        "color",
    ),
    (
        "connection-sorce",
        lambda d: d["connections"][0].update(sorce="c1"),
        "$.connections[0].sorce",
        "sorce",
        "source",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "typo", "meant"),
    [case[1:] for case in TYPOS],
    ids=[case[0] for case in TYPOS],
)
def test_unknown_fields_get_a_did_you_mean_hint(
    change: Callable[[dict[str, Any]], object], path: str, typo: str, meant: str
) -> None:
    problems = problems_of(mutated(change))
    assert problem_at(problems, path).message == (
        f"unknown field '{typo}' (did you mean '{meant}'?)"
    )


def test_unknown_field_without_close_match_lists_the_allowed_fields() -> None:
    problems = problems_of(mutated(lambda d: d.update(zzz=1)))
    message = problem_at(problems, "$.zzz").message
    assert_words(message, ["unknown field 'zzz'", "allowed fields", "title", "stages", "lanes"])


def test_unknown_fields_are_not_dropped_silently_by_validate_document() -> None:
    with pytest.raises(DocumentError):
        validate_document(mutated(lambda d: d.update(titel="x")))


def test_extensions_object_is_reserved_and_kept_as_is() -> None:
    extensions = {
        "com.example.crm": {"ids": [1, 2, 3], "synced": True, "note": None, "ratio": 0.25},
        "anything": "goes",
        "titel": "not a typo here",
        "nested": {"a": {"b": {"c": ["ü", "😀"]}}},
        "empty": {},
    }
    data = mutated(lambda d: d.update(extensions=copy.deepcopy(extensions)))
    doc = loads(json.dumps(data))
    assert doc.extensions == extensions
    saved = json.loads(dumps(doc))
    assert saved["extensions"] == extensions
    assert loads(dumps(doc)) == doc


# -- references -------------------------------------------------------------------------

REFERENCES = [
    (
        "card-stage",
        lambda d: d["cards"][0].update(stage="nope"),
        "$.cards[0].stage",
        ['refers to stage "nope"', "does not exist"],
    ),
    (
        "card-stage-is-a-lane",
        lambda d: d["cards"][0].update(stage="l-act"),
        "$.cards[0].stage",
        ['refers to stage "l-act"', "does not exist"],
    ),
    (
        "card-lane",
        lambda d: d["cards"][1].update(lane="nope"),
        "$.cards[1].lane",
        ['refers to lane "nope"', "does not exist"],
    ),
    (
        "emotion-stage",
        lambda d: d["emotions"][0].update(stage="nope"),
        "$.emotions[0].stage",
        ['refers to stage "nope"', "does not exist"],
    ),
    (
        "emotion-lane",
        lambda d: d["emotions"][1].update(lane="nope"),
        "$.emotions[1].lane",
        ['refers to lane "nope"', "does not exist"],
    ),
    (
        "emotion-persona",
        lambda d: d["emotions"][0].update(persona="ghost"),
        "$.emotions[0].persona",
        ['refers to persona "ghost"', "does not exist"],
    ),
    (
        "connection-source",
        lambda d: d["connections"][0].update(source="nope"),
        "$.connections[0].source",
        ['refers to card "nope"', "does not exist"],
    ),
    (
        "connection-target",
        lambda d: d["connections"][0].update(target="nope"),
        "$.connections[0].target",
        ['refers to card "nope"', "does not exist"],
    ),
    (
        "connection-target-is-a-stage",
        lambda d: d["connections"][0].update(target="s2"),
        "$.connections[0].target",
        ['refers to card "s2"', "does not exist"],
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [case[1:] for case in REFERENCES],
    ids=[case[0] for case in REFERENCES],
)
def test_references_to_missing_parts(
    change: Callable[[dict[str, Any]], object], path: str, words: list[str]
) -> None:
    problems = problems_of(mutated(change))
    assert len(problems) == 1, problems
    assert_words(problem_at(problems, path).message, words)


def test_cards_cannot_sit_in_an_emotion_lane() -> None:
    problems = problems_of(mutated(lambda d: d["cards"][1].update(lane="l-emo")))
    assert problems == [
        Problem(
            "$.cards[1].lane",
            'lane "l-emo" is an emotion lane; cards belong in card or touchpoint lanes',
        )
    ]


@pytest.mark.parametrize("lane", ["l-act", "l-touch"])
def test_emotion_points_must_be_in_an_emotion_lane(lane: str) -> None:
    problems = problems_of(mutated(lambda d: d["emotions"][0].update(lane=lane)))
    assert len(problems) == 1, problems
    assert_words(
        problem_at(problems, "$.emotions[0].lane").message,
        [f'lane "{lane}"', "not an emotion lane", "emotion"],
    )


@pytest.mark.parametrize(
    ("change", "path", "first"),
    [
        (lambda d: d["stages"][1].update(id="s1"), "$.stages[1].id", "$.stages[0].id"),
        (lambda d: d["lanes"][1].update(id="p2"), "$.lanes[1].id", "$.personas[1].id"),
        (lambda d: d["emotions"][1].update(id="k1"), "$.connections[0].id", "$.emotions[1].id"),
        (lambda d: d["connections"][0].update(id="s2"), "$.connections[0].id", "$.stages[1].id"),
    ],
    ids=["same-list", "lane-vs-persona", "emotion-vs-connection", "connection-vs-stage"],
)
def test_duplicate_ids_across_the_whole_document(
    change: Callable[[dict[str, Any]], object], path: str, first: str
) -> None:
    # (renaming a part also breaks references to its old id; only the duplicate matters here)
    problems = problems_of(mutated(change))
    dupes = [p for p in problems if "duplicate id" in p.message]
    assert len(dupes) == 1, problems
    assert dupes[0].path == path
    assert_words(dupes[0].message, ["duplicate id", first])


def test_a_duplicate_id_does_not_make_existing_parts_disappear() -> None:
    """A persona and a stage both called "s2": the clash is the problem, not the cards.

    Cards and emotion points that refer to stage "s2" do refer to a stage that is in
    the file; saying it "does not exist" sends the user looking for the wrong mistake.
    """
    problems = problems_of(mutated(lambda d: d["personas"][1].update(id="s2")))
    dupes = [p for p in problems if "duplicate id" in p.message]
    assert len(dupes) == 1 and dupes[0].path in ("$.stages[1].id", "$.personas[1].id")
    false_claims = [p for p in problems if 'stage "s2", which does not exist' in p.message]
    assert false_claims == [], problems


def test_two_emotion_points_for_the_same_lane_stage_and_persona() -> None:
    data = sample()
    data["emotions"].append(
        {"id": "e3", "lane": "l-emo", "stage": "s1", "score": 0, "persona": "p1"}
    )
    problems = problems_of(data)
    assert len(problems) == 1, problems
    assert_words(
        problem_at(problems, "$.emotions[2]").message,
        [
            "second emotion point",
            'persona "p1"',
            'stage "s1"',
            'lane "l-emo"',
            "$.emotions[0]",
            "only one",
        ],
    )


def test_two_emotion_points_without_persona_for_the_same_cell() -> None:
    data = sample()
    data["emotions"].append({"id": "e3", "lane": "l-emo", "stage": "s2", "score": 3})
    problems = problems_of(data)
    assert_words(problem_at(problems, "$.emotions[2]").message, ["second emotion point", "s2"])


def test_emotion_points_of_different_personas_may_share_a_cell() -> None:
    data = sample()
    data["emotions"].append(
        {"id": "e3", "lane": "l-emo", "stage": "s1", "score": -1, "persona": "p2"}
    )
    data["emotions"].append({"id": "e4", "lane": "l-emo", "stage": "s1", "score": 0})
    doc = loads(json.dumps(data))
    assert len(doc.emotions) == 4


def test_self_connections_are_rejected() -> None:
    problems = problems_of(mutated(lambda d: d["connections"][0].update(target="c1")))
    assert problems == [Problem("$.connections[0]", "a connection cannot link a card to itself")]


def test_connections_may_loop_between_cards() -> None:
    data = sample()
    data["connections"].append({"id": "k2", "source": "c2", "target": "c1"})
    data["connections"].append({"id": "k3", "source": "c1", "target": "c2"})
    assert len(loads(json.dumps(data)).connections) == 3


# -- scores -----------------------------------------------------------------------------


@pytest.mark.parametrize("score", [5.01, -5.5, 6, -6, 100])
def test_out_of_range_scores(score: float) -> None:
    problems = problems_of(mutated(lambda d: d["emotions"][0].update(score=score)))
    assert_words(
        problem_at(problems, "$.emotions[0].score").message,
        ["out of range", "-5", "+5", str(score)],
    )


@pytest.mark.parametrize("score", [-5, 5, 0, -4.999, 0.001])
def test_scores_at_the_limits_are_accepted(score: float) -> None:
    doc = loads(json.dumps(mutated(lambda d: d["emotions"][0].update(score=score))))
    assert doc.emotions[0].score == score


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_non_finite_scores(literal: str) -> None:
    text = json.dumps(sample()).replace('"score": 1.5', f'"score": {literal}')
    assert literal in text
    problems = problems_in(text)
    assert len(problems) == 1, problems
    assert_words(
        problem_at(problems, "$.emotions[0].score").message,
        ["'score'", "finite number", "NaN", "infinity"],
    )


def test_huge_integer_score_gets_a_sensible_message() -> None:
    """A 401-digit whole number is a number out of range, not 'not a number'."""
    text = json.dumps(sample()).replace('"score": 1.5', '"score": 1' + "0" * 400)
    problems = problems_in(text)
    message = problem_at(problems, "$.emotions[0].score").message
    assert message != "must be a number, not a number"
    assert any(word in message for word in ("out of range", "finite", "between -5 and +5")), message


# -- colours, title, format, stages, channel, votes -------------------------------------


@pytest.mark.parametrize("colour", ["red", "#fff", "#12345G", "1f77b4", "#1f77b4 ", "#1f77b4aa"])
@pytest.mark.parametrize(
    ("where", "path"),
    [
        (("personas", 1), "$.personas[1].color"),
        (("stages", 0), "$.stages[0].color"),
        (("lanes", 2), "$.lanes[2].color"),
        (("cards", 1), "$.cards[1].color"),
    ],
    ids=["persona", "stage", "lane", "card"],
)
def test_bad_colours(colour: str, where: tuple[str, int], path: str) -> None:
    key, index = where
    problems = problems_of(mutated(lambda d: d[key][index].update(color=colour)))
    assert len(problems) == 1, problems
    message = problem_at(problems, path).message
    assert_words(message, [json.dumps(colour), "not a colour", "#RRGGBB"])


@pytest.mark.parametrize("colour", ["#000000", "#FFFFFF", "#1f77B4"])
def test_good_colours(colour: str) -> None:
    doc = loads(json.dumps(mutated(lambda d: d["cards"][0].update(color=colour))))
    assert doc.cards[0].color == colour


def test_empty_title() -> None:
    problems = problems_of(mutated(lambda d: d.update(title="")))
    assert problems == [Problem("$.title", "'title' must not be empty")]


def test_title_over_200_characters() -> None:
    problems = problems_of(mutated(lambda d: d.update(title="é" * 201)))
    assert len(problems) == 1
    assert_words(problem_at(problems, "$.title").message, ["too long", "201", "200"])


def test_title_of_200_characters_is_fine() -> None:
    assert loads(json.dumps(mutated(lambda d: d.update(title="😀" * 200)))).title == "😀" * 200


@pytest.mark.parametrize("value", ["trello", "JourneyMapper", "", 5, None])
def test_format_that_is_not_ours(value: object) -> None:
    problems = problems_of(mutated(lambda d: d.update(format=value)))
    assert len(problems) == 1
    assert_words(
        problem_at(problems, "$.format").message,
        ["not a journeymapper document", '"journeymapper"'],
    )
    if isinstance(value, str) and value:
        assert value in problems[0].message


def test_missing_format() -> None:
    problems = problems_of(mutated(lambda d: d.pop("format")))
    assert len(problems) == 1
    assert_words(
        problem_at(problems, "$.format").message,
        ["not a journeymapper document", "no 'format' field"],
    )


def test_empty_stages_list() -> None:
    data = mutated(lambda d: d.update(stages=[], cards=[], emotions=[], connections=[]))
    problems = problems_of(data)
    assert problems == [Problem("$.stages", "a map needs at least one stage; 'stages' is empty")]


def test_empty_lanes_list() -> None:
    data = mutated(lambda d: d.update(lanes=[], cards=[], emotions=[], connections=[]))
    problems = problems_of(data)
    assert problems == [Problem("$.lanes", "a map needs at least one lane; 'lanes' is empty")]


def test_missing_stages() -> None:
    data = mutated(lambda d: d.update(cards=[], emotions=[], connections=[]))
    del data["stages"]
    assert problems_of(data) == [Problem("$.stages", "required field 'stages' is missing")]


def test_optional_lists_are_empty_when_absent() -> None:
    data = sample()
    for key in ("personas", "cards", "emotions", "connections", "description", "locale"):
        del data[key]
    doc = loads(json.dumps(data))
    assert doc.personas == [] and doc.cards == [] and doc.emotions == []
    assert doc.connections == []
    assert doc.description is None and doc.locale is None and doc.extensions is None


@pytest.mark.parametrize("channel", ["fax", "Email", "", "word of mouth"])
def test_bad_channel(channel: str) -> None:
    problems = problems_of(mutated(lambda d: d["cards"][0].update(channel=channel)))
    assert len(problems) == 1
    assert_words(
        problem_at(problems, "$.cards[0].channel").message,
        [json.dumps(channel), "not a known channel", "website", "word_of_mouth", "other"],
    )


@pytest.mark.parametrize(
    "channel",
    [
        "website",
        "email",
        "newsletter",
        "social",
        "ads",
        "search",
        "reviews",
        "word_of_mouth",
        "phone",
        "chat",
        "app",
        "store",
        "event",
        "other",
    ],
)
def test_every_documented_channel_is_accepted(channel: str) -> None:
    doc = loads(json.dumps(mutated(lambda d: d["cards"][0].update(channel=channel))))
    assert doc.cards[0].channel is not None and doc.cards[0].channel.value == channel


def test_negative_votes() -> None:
    problems = problems_of(mutated(lambda d: d["cards"][1].update(votes=-1)))
    assert problems == [Problem("$.cards[1].votes", "votes must be 0 or more, not -1")]


def test_empty_tag() -> None:
    problems = problems_of(mutated(lambda d: d["cards"][0].update(tags=["ok", ""])))
    assert_words(problem_at(problems, "$.cards[0].tags[1]").message, ["must not be empty"])


# -- all problems at once ---------------------------------------------------------------


def test_every_problem_is_reported_not_just_the_first() -> None:
    data = sample()
    data["titel"] = "typo"
    data["stages"][0]["color"] = "blue"
    data["cards"][0]["votes"] = -3
    data["cards"][1]["lane"] = "l-emo"
    data["emotions"][1]["score"] = 9
    data["connections"][0]["target"] = "c1"
    data["connections"][0]["id"] = "e1"
    data["lanes"][0]["kind"] = "boxes"
    problems = problems_of(data)
    paths = [p.path for p in problems]
    expected = {
        "$.titel",
        "$.stages[0].color",
        "$.cards[0].votes",
        "$.cards[1].lane",
        "$.emotions[1].score",
        "$.connections[0]",
        "$.connections[0].id",
        "$.lanes[0].kind",
    }
    assert expected <= set(paths), problems
    assert len(problems) == len(expected), problems
    # and the error's text lists them all, one `path: reason` each
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data), source="bad.journey.json")
    lines = info.value.lines()
    assert len(lines) == len(expected)
    assert all(line.startswith("bad.journey.json: $") for line in lines)


def test_problems_come_in_natural_path_order() -> None:
    data = sample()
    data["cards"] = [
        {"id": f"c{i}", "stage": "s1", "lane": "l-act", "title": "t"} for i in range(12)
    ]
    data["connections"] = []
    data["cards"][2]["votes"] = -1
    data["cards"][10]["votes"] = -1
    paths = [p.path for p in problems_of(data)]
    assert paths == ["$.cards[2].votes", "$.cards[10].votes"]


# -- schema_version ---------------------------------------------------------------------


def test_newer_schema_version_is_refused_naming_both_versions() -> None:
    with pytest.raises(UnsupportedVersionError) as info:
        loads(json.dumps(mutated(lambda d: d.update(schema_version=7))))
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert_words(problem.message, ["version 7", "version 2", "newer"])


def test_schema_version_zero_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(mutated(lambda d: d.update(schema_version=0))))
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert_words(problem.message, ["version 0", "does not exist"])


@pytest.mark.parametrize("value", ["1", 1.0, None, True, [1]])
def test_schema_version_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(mutated(lambda d: d.update(schema_version=value))))
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert_words(problem.message, ["whole number"])


def test_missing_schema_version() -> None:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(mutated(lambda d: d.pop("schema_version"))))
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert_words(problem.message, ["whole number", "missing"])


@pytest.mark.parametrize("key", ["a\nb", "\n", "x\r\ny", "bell\x07"])
def test_unknown_field_with_control_characters_stays_on_one_line(key: str) -> None:
    """Each problem is one line (`FILE: path: reason`); a hostile key must not break it."""
    problems = problems_of(mutated(lambda d: d["lanes"][0].update({key: 1})))
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem.path.startswith("$.lanes[0][")
    assert "unknown field" in problem.message
    text = str(problem)
    assert not any(ch in text for ch in "\n\r\x07"), repr(text)
