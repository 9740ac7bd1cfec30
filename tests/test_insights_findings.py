"""The findings the Insights dock lists (Qt-free): their text and the parts they point at."""

from __future__ import annotations

import pytest
from insights_maps import card, journey

from journeymapper.analysis import insights
from journeymapper.analysis.findings import GROUP_LIMIT, Finding, findings
from journeymapper.templates import list_templates, load_template


def walk(items: tuple[Finding, ...]) -> list[Finding]:
    out: list[Finding] = []
    for f in items:
        out.append(f)
        out += walk(f.children)
    return out


def by_text(doc, start: str) -> Finding:  # type: ignore[no-untyped-def]
    every = [f for s in findings(insights(doc), doc) for f in walk(s.findings)]
    found = [f for f in every if f.text.startswith(start)]
    assert found, [f.text for f in every]
    return found[0]


def test_a_fork_with_a_dead_end() -> None:
    doc = journey(
        [card("a", "s-1"), card("b", "s-2"), card("c", "s-2", title="Calls"), card("d", "s-3")],
        [("a", "b"), ("b", "d"), ("a", "c")],
    )
    dead = by_text(doc, "Dead ends, exits before the last stage (1)")
    assert dead.ids == ("c",)
    assert [f.text for f in dead.children] == ["\u201cCalls\u201d in \u201cConsider\u201d"]
    branch = by_text(doc, "Branches, cards with several next cards (1)")
    assert branch.ids == ("a", "b", "c")  # the card and its next cards
    assert by_text(doc, "Longest path:").ids == ("a", "b", "d")


def test_emotion_findings_point_at_the_emotion_points() -> None:
    doc = journey(
        emotions=[("s-1", 3, "p-a"), ("s-2", -1, "p-a"), ("s-1", -2, "p-b"), ("s-2", 2, "p-b")],
        personas=[("p-a", "Ann"), ("p-b", "Bob")],
    )
    assert by_text(doc, "biggest drop: -4").ids == ("e-0", "e-1")
    assert by_text(doc, "\u201cConsider\u201d: a drop of -4 for \u201cAnn\u201d").ids == ("e-1",)
    gap = by_text(doc, "Stages where personas' scores differ by 4 or more (1)")
    assert gap.ids == ("e-0", "e-2")  # Ann's +3 and Bob's -2, 5 apart (3 apart in Consider)


def test_a_long_group_is_capped_and_says_so() -> None:
    doc = journey([card(f"p{i}", "s-1", "l-pain", kind="pain_point") for i in range(60)])
    group = by_text(doc, "Pain points without an opportunity in their stage (60)")
    assert len(group.children) == GROUP_LIMIT + 1
    assert group.children[-1].text.startswith("\u2026 and 10 more")
    assert group.children[-1].ids == () and len(group.ids) == GROUP_LIMIT


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_finding_of_a_template_points_at_parts_of_it(name: str) -> None:
    doc = load_template(name)
    sections = findings(insights(doc), doc)
    assert [s.key for s in sections] == ["path", "emotions", "coverage", "priorities", "evidence"]
    every = [f for s in sections for f in walk(s.findings)]
    known = doc.all_ids()
    assert all(set(f.ids) <= known for f in every)
    assert sum(1 for f in every if f.ids) > 20
    assert not any("None" in f.text for f in every)
