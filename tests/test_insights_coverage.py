"""Coverage, priorities and evidence on small maps of the current format."""

from __future__ import annotations

import json
from pathlib import Path

from insights_maps import card, ids, journey

from journeymapper.analysis import insights
from journeymapper.analysis.common import SOURCES
from journeymapper.io import load


def test_a_stage_without_touchpoints_and_the_channel_table() -> None:
    doc = journey(
        [
            card("w1", "s-1", channel="website"),
            card("w2", "s-1", channel="website"),
            card("st", "s-3", channel="store"),
            card("bare", "s-3"),  # a touchpoint with no channel
            card("act", "s-2", "l-act"),  # stage 2 has a card, but no touchpoint
        ]
    )
    c = insights(doc).coverage
    assert ids(c.stages_without_touchpoints) == ["s-2"]
    assert [(r.stage.id, r.touchpoints, r.channels) for r in c.channel_table] == [
        ("s-1", 2, {"website": 2}),
        ("s-2", 0, {}),
        ("s-3", 2, {"none": 1, "store": 1}),
    ]
    assert [(m.channel, m.cards, m.share, m.online) for m in c.channel_mix] == [
        ("website", 2, 0.5, True),
        ("none", 1, 0.25, None),
        ("store", 1, 0.25, False),
    ]
    assert c.online_share == round(2 / 3, 4)  # of the touchpoints that have a channel


def test_lanes_left_empty_per_stage() -> None:
    doc = journey(
        [card("t1", "s-1"), card("t2", "s-2"), card("t3", "s-3"), card("p", "s-2", "l-pain")],
        emotions=[("s-1", 1, None), ("s-2", 1, None), ("s-3", 1, None)],
    )
    empty = {e.stage.id: ids(e.lanes) for e in insights(doc).coverage.empty_lanes}
    assert empty == {
        "s-1": ["l-act", "l-pain", "l-opp"],
        "s-2": ["l-act", "l-opp"],
        "s-3": ["l-act", "l-pain", "l-opp"],
    }


def test_votes_ranked_with_ties_kept() -> None:
    doc = journey(
        [
            card("a", votes=3),
            card("b", votes=5),
            card("c", votes=3),
            card("d", votes=1),
            card("none", votes=0),
        ]
    )
    p = insights(doc).priorities
    assert [(r.rank, r.votes, r.card.id) for r in p.top_voted] == [
        (1, 5, "b"),
        (2, 3, "a"),
        (2, 3, "c"),
        (4, 1, "d"),
    ]
    assert (p.voted_cards, p.total_votes) == (4, 12)


def test_a_tie_at_the_cut_is_kept_whole() -> None:
    doc = journey([card(f"c{i}", votes=9 if i < 12 else 1) for i in range(15)])
    p = insights(doc).priorities
    assert p.top == 10
    assert len(p.top_voted) == 12 and {r.rank for r in p.top_voted} == {1}


def test_a_pain_point_without_an_opportunity_in_its_stage() -> None:
    doc = journey(
        [
            card("pain1", "s-1", "l-pain", kind="pain_point"),
            card("opp1", "s-1", "l-opp", votes=2, kind="opportunity"),
            card("pain2", "s-2", "l-pain", kind="pain_point"),
            card("opp3", "s-3", "l-opp", votes=4, kind="opportunity"),
            card("opp3b", "s-3", "l-opp", kind="opportunity"),
        ]
    )
    p = insights(doc).priorities
    (lonely,) = p.pain_points_without_opportunity
    assert (lonely.card.id, lonely.stage.id, lonely.kind) == ("pain2", "s-2", "pain_point")
    assert [(r.rank, r.card.id) for r in p.opportunities] == [
        (1, "opp3"),
        (2, "opp1"),
        (3, "opp3b"),
    ]


def test_the_kind_field_is_the_truth_not_the_lane() -> None:
    # a note in the "Pain points" lane is a note; a pain point among the actions is one
    doc = journey(
        [card("x", "s-1", "l-pain"), card("y", "s-1", "l-act", kind="pain_point")],
    )
    result = insights(doc)
    (lonely,) = result.priorities.pain_points_without_opportunity
    assert lonely.card.id == "y"
    assert result.evidence.by_kind["note"].cards == 1
    assert "kinds_from_lanes" not in result.to_dict()["map"]


def test_a_version_1_file_gets_its_kinds_from_the_migration(tmp_path: Path) -> None:
    """A version-1 file has no kinds: loading migrates it, and the cards of its "Criticità"
    and "Opportunità" lanes are pain points and opportunities to the insights."""
    data = {
        "format": "journeymapper",
        "schema_version": 1,
        "title": "Versione 1",
        "stages": [{"id": "s-1", "name": "Scoperta"}, {"id": "s-2", "name": "Acquisto"}],
        "lanes": [
            {"id": "l-c", "name": "Criticità", "kind": "cards"},
            {"id": "l-o", "name": "Opportunità", "kind": "cards"},
        ],
        "cards": [
            {"id": "c1", "stage": "s-1", "lane": "l-c", "title": "Troppe schede"},
            {"id": "c2", "stage": "s-2", "lane": "l-c", "title": "Prezzi diversi"},
            {"id": "o2", "stage": "s-2", "lane": "l-o", "title": "Stesso prezzo", "votes": 3},
        ],
    }
    path = tmp_path / "v1.journey.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = insights(load(path))
    assert [c.card.id for c in result.priorities.pain_points_without_opportunity] == ["c1"]
    assert [(r.card.id, r.kind) for r in result.priorities.opportunities] == [("o2", "opportunity")]
    e = result.evidence  # present, and zero: the file names no evidence
    assert (e.cards, e.with_evidence, e.share) == (3, 0, 0.0)
    assert [u.card.id for u in e.unsupported] == ["c1", "c2", "o2"]


def test_evidence_by_kind_and_source_and_the_claims_without_any() -> None:
    doc = journey(
        [
            card(
                "pain", "s-1", "l-pain", kind="pain_point", evidence=["first_party", "observation"]
            ),
            card("opp", "s-1", "l-opp", kind="opportunity"),
            card("mot", "s-2", "l-act", kind="moment_of_truth"),
            card("note", "s-2", "l-act", evidence=["assumption"]),
            card("idea", "s-3", "l-act", kind="idea"),
        ]
    )
    result = insights(doc)
    e = result.evidence
    assert (e.cards, e.with_evidence, e.share) == (5, 2, 0.4)
    assert e.by_kind["pain_point"].with_evidence == 1 and e.by_kind["pain_point"].share == 1.0
    assert (e.by_kind["opportunity"].cards, e.by_kind["opportunity"].share) == (1, 0.0)
    assert list(e.by_kind) == ["note", "pain_point", "opportunity", "moment_of_truth", "idea"]
    assert e.by_source["first_party"].with_evidence == 1
    assert e.by_source["assumption"].share == 0.2
    assert e.by_source["third_party"].with_evidence == 0
    assert list(e.by_source) == list(SOURCES)  # every source, in the model's order
    # the idea needs none; the opportunity and the moment of truth have none
    assert [(u.card.id, u.kind) for u in e.unsupported] == [
        ("opp", "opportunity"),
        ("mot", "moment_of_truth"),
    ]
    # the card marked moment_of_truth is a candidate in the emotions section
    (moment,) = result.emotions.moments_of_truth
    assert ids(moment.cards) == ["mot"]
    data = result.to_dict()["evidence"]
    assert data["by_source"]["observation"] == {"cards": 5, "with_evidence": 1, "share": 0.2}


def test_a_card_citing_one_source_twice_counts_once() -> None:
    doc = journey(
        [
            card("a", "s-1", "l-pain", kind="pain_point", evidence=["third_party", "third_party"]),
            card("b", "s-2", "l-act"),
        ]
    )
    e = insights(doc).evidence
    assert (e.by_source["third_party"].with_evidence, e.by_source["third_party"].share) == (1, 0.5)
    assert e.unsupported == ()


def test_kinds_and_evidence_in_a_map_without_lanes_named_for_them() -> None:
    """Only the cards' own kinds count: one plain lane holds a pain point and an opportunity."""
    doc = journey(
        [
            card("p", "s-1", "l-act", votes=2, kind="pain_point"),
            card("o", "s-2", "l-act", votes=2, kind="opportunity", evidence=["first_party"]),
        ],
        [("p", "o")],
        stages=[("s-1", "One"), ("s-2", "Two")],
        lanes=[("l-act", "Notes", "cards")],
    )
    result = insights(doc)
    assert [u.card.id for u in result.evidence.unsupported] == ["p"]
    assert result.evidence.by_source["first_party"].with_evidence == 1
    assert [c.card.id for c in result.priorities.pain_points_without_opportunity] == ["p"]
    assert [(r.rank, r.card.id) for r in result.priorities.top_voted] == [(1, "p"), (1, "o")]
    assert [r.id for r in result.path.entries] == ["p"]
