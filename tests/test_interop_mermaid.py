"""Mermaid journey: Mermaid's own examples in, a diagram Mermaid parses out."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.interop import InteropError, import_bytes, import_file
from journeymapper.interop.mermaid import escape, export_mermaid, import_mermaid
from journeymapper.templates import list_templates, load_template

DATA = Path(__file__).resolve().parent / "data" / "interop"


def _mmd(text: str) -> tuple[object, list[str]]:
    result = import_mermaid(text.encode())
    return result.doc, [str(w) for w in result.warnings]


def test_the_docs_example_from_a_markdown_file() -> None:
    result = import_file(DATA / "userJourney.md")
    doc = result.doc
    assert result.warnings == []
    assert doc.title == "My working day"
    assert [s.name for s in doc.stages] == ["Go to work", "Go home"]
    assert [p.name for p in doc.personas] == ["Me", "Cat"]
    assert [c.title for c in doc.cards] == [
        "Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down",
    ]  # fmt: skip
    me, cat = (p.id for p in doc.personas)
    points = {(e.stage, e.persona): e.score for e in doc.emotions}
    # Me in "Go to work": tasks 5, 3, 1 → mean 3 → 0; Cat only in "Do work": 1 → −5
    assert points[(doc.stages[0].id, me)] == 0
    assert points[(doc.stages[0].id, cat)] == -5
    assert points[(doc.stages[1].id, me)] == 5


def test_the_parser_spec_tasks_without_actors() -> None:
    doc = import_file(DATA / "mermaid-spec-tasks.mmd").doc
    assert len(doc.cards) == 8
    assert [p.name for p in doc.personas] == ["Alice", "Bob", "Charlie"]
    nobody = [e for e in doc.emotions if e.persona is None]
    assert [(e.stage, e.score) for e in nobody] == [(doc.stages[0].id, 5), (doc.stages[1].id, 5)]


def test_grammar_details() -> None:
    doc, warnings = _mmd(
        "---\ntitle: From front matter\nconfig:\n  theme: dark\n---\n"
        "%%{init: {'theme': 'forest'}}%%\n"
        "JOURNEY\n"
        "  accTitle: Accessible title\n"
        "  accDescr {\n    Two lines\n    of description\n  }\n"
        "  %% a comment\n"
        "  Section Morning<br>rush\n"
        "    Make tea: 5: Me # a trailing comment\n"
        "    Read #35;1 news#58; good: 4: Me\n"
        "    Just some prose without a colon\n"
        "    Coffee: lots: Me\n"
        "    Walk: 0: Me\n"
        "    Run: 6.5: Me\n"
    )
    assert doc.title == "From front matter"
    assert doc.description == "Two lines\nof description"
    assert [s.name for s in doc.stages] == ["Morning rush"]
    assert [c.title for c in doc.cards] == ["Make tea", "Read #1 news: good", "Walk", "Run"]
    assert warnings == [
        "17: not a task (no “:” after the task name): “Just some prose without a colon”; skipped",
        "18: the score “lots” is not a number; task skipped",
        "19: score 0 is outside 1…5; clamped",
        "20: score 6.5 is outside 1…5; clamped",
    ]
    # 5, 4, 1 (clamped), 5 (clamped) → mean 3.75 → +1.875
    assert doc.emotions[0].score == pytest.approx(1.88, abs=0.01)


def test_tasks_before_any_section_are_kept_with_a_warning() -> None:
    doc, warnings = _mmd("journey\n  Wake up: 2: Me\n")
    assert [s.name for s in doc.stages] == ["Steps"]
    assert warnings == ["2: tasks before the first section; put in a stage “Steps”"]


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        ("flowchart LR\n A --> B\n", "1", "not a Mermaid journey"),
        ("", "1", "empty"),
        ("journey\n title Only a title\n", "1", "nothing usable"),
        ("---\ntitle: x\n", "1", "never closed"),
        ("journey\n accDescr {\n  no end\n", "2", "never closed"),
    ],
)
def test_bad_mermaid_is_a_clear_error(text: str, where: str, says: str) -> None:
    with pytest.raises(InteropError) as info:
        import_bytes(text.encode(), "mermaid")
    assert (info.value.where, says in info.value.message) == (where, True)


def test_markdown_without_a_journey_block() -> None:
    text = b"# Notes\n\n```mermaid\nflowchart LR\n A-->B\n```\n"
    with pytest.raises(InteropError, match="no ```mermaid block with a journey"):
        import_bytes(text, "mermaid", markdown=True)


def test_markdown_line_numbers_point_into_the_markdown_file() -> None:
    text = b"# Notes\n\n```mermaid\njourney\n section A\n  oops\n  T: 3: Me\n```\n"
    result = import_bytes(text, "mermaid", markdown=True)
    assert [w.line("notes.md") for w in result.warnings] == [
        "notes.md:6: not a task (no “:” after the task name): “oops”; skipped"
    ]


def test_escape_makes_every_forbidden_character_safe() -> None:
    assert escape("a: b; c # d") == "a#58; b#59; c #35; d"
    assert escape("Smith, Jane", comma=True) == "Smith#44; Jane"
    assert escape("Title deed signed").startswith("#84;itle")  # not read as `title`
    assert escape("section two").startswith("#115;ection")
    doc, warnings = _mmd(
        "journey\n section S\n  " + escape("Title: a#b;c") + ": 3: " + escape("A, B", True)
    )
    assert (doc.cards[0].title, doc.personas[0].name, warnings) == ("Title: a#b;c", "A, B", [])


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_map_to_mermaid_to_map_keeps_what_mermaid_holds(name: str) -> None:
    doc = load_template(name)
    data, warnings = export_mermaid(doc)
    back = import_mermaid(data).doc
    assert back.title == doc.title
    assert back.description == " ".join((doc.description or "").split()) or None
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    # every card, stage by stage (lanes are not kept: one list of tasks per section)
    for stage, again in zip(doc.stages, back.stages, strict=True):
        titles = [c.title for lane in doc.lanes for c in doc.cards_in(stage.id, lane.id)]
        assert [c.title for c in back.cards if c.stage == again.id] == titles
    lane = next(lane.id for lane in doc.lanes if lane.kind == "emotion")
    with_points = {e.persona for e in doc.emotions if e.lane == lane}
    assert [p.name for p in back.personas] == [p.name for p in doc.personas if p.id in with_points]
    # the stage's emotion survives to within Mermaid's whole-number scale (2.5 per step)
    for stage, again in zip(doc.stages, back.stages, strict=True):
        if not doc.cards_in(stage.id, doc.lanes[0].id) and not any(
            c.stage == stage.id for c in doc.cards
        ):
            continue
        mine = [e.score for e in doc.emotions if e.stage == stage.id and e.lane == lane]
        theirs = [e.score for e in back.emotions if e.stage == again.id]
        if mine:
            assert max(abs(sum(mine) / len(mine) - t) for t in theirs) <= 1.25 + 1e-9
    assert any("lanes are not kept" in str(w) for w in warnings)


def test_a_single_persona_whole_score_curve_survives_exactly() -> None:
    doc, _ = _mmd("journey\n title T\n section A\n  x: 1: Me\n section B\n  y: 4: Me\n")
    back = import_mermaid(export_mermaid(doc)[0]).doc  # type: ignore[arg-type]
    assert [e.score for e in back.emotions] == [-5, 2.5]
    assert [c.title for c in back.cards] == ["x", "y"]
