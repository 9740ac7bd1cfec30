"""Coverage, priorities and evidence on small maps (evidence through a version-2-like card)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from insights_maps import card, ids, journey
from pydantic import BaseModel, Field

from journeymapper.analysis import insights
from journeymapper.analysis.common import kind_from_lane_name
from journeymapper.model import Card


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
            card("pain1", "s-1", "l-pain"),
            card("opp1", "s-1", "l-opp", votes=2),
            card("pain2", "s-2", "l-pain"),
            card("opp3", "s-3", "l-opp", votes=4),
            card("opp3b", "s-3", "l-opp"),
        ]
    )
    result = insights(doc)
    p = result.priorities
    (lonely,) = p.pain_points_without_opportunity
    assert (lonely.card.id, lonely.stage.id, lonely.kind) == ("pain2", "s-2", "pain_point")
    assert [(r.rank, r.card.id) for r in p.opportunities] == [
        (1, "opp3"),
        (2, "opp1"),
        (3, "opp3b"),
    ]
    # version 1 has no kinds: they come from the lanes' names, and the report says so
    assert not result.map.kinds_on_cards
    assert [(k.lane.id, k.kind) for k in result.map.kinds_from_lanes] == [
        ("l-pain", "pain_point"),
        ("l-opp", "opportunity"),
    ]


def test_italian_lane_names_give_kinds_too() -> None:
    assert kind_from_lane_name("Criticità") == "pain_point"
    assert kind_from_lane_name("Frustrazioni") == "pain_point"
    assert kind_from_lane_name("Pain points") == "pain_point"
    assert kind_from_lane_name("Opportunità") == "opportunity"
    assert kind_from_lane_name("Opportunities") == "opportunity"
    assert kind_from_lane_name("Pensieri e cosa dice") is None
    assert kind_from_lane_name("Customer pains") == "pain_point"
    assert kind_from_lane_name("Painting and decorating") is None


def test_version_1_maps_have_no_evidence_section() -> None:
    result = insights(journey([card("a", lane="l-pain")]))
    assert result.evidence is None  # absent, not zero
    assert result.to_dict()["evidence"] is None
    assert result.map.evidence_on_cards is False


# -- cards of format version 2 (kind and evidence), with a stand-in card class -----------------


class Evidence(BaseModel):
    id: str
    source: str
    title: str


class CardV2(Card):
    kind: str = "note"
    evidence: list[Evidence] = Field(default_factory=list)


def _v2(doc: Any, kinds: dict[str, str], evidence: dict[str, list[str]]) -> Any:
    cards = [
        CardV2(
            **c.model_dump(),
            kind=kinds.get(c.id, "note"),
            evidence=[
                Evidence(id=f"ev-{c.id}-{n}", source=s, title="Interview")
                for n, s in enumerate(evidence.get(c.id, []))
            ],
        )
        for c in doc.cards
    ]
    return doc.model_copy(update={"cards": cards})


def test_kinds_of_their_own_win_over_the_lane() -> None:
    doc = journey([card("x", "s-1", "l-pain"), card("y", "s-1", "l-act")])
    result = insights(_v2(doc, {"x": "idea", "y": "pain_point"}, {}))
    (lonely,) = result.priorities.pain_points_without_opportunity
    assert lonely.card.id == "y"  # its own kind, though its lane is not a pain-point lane
    assert result.map.kinds_on_cards and result.map.kinds_from_lanes == ()


def test_evidence_by_kind_and_source_and_the_claims_without_any() -> None:
    doc = journey(
        [
            card("pain", "s-1", "l-pain"),
            card("opp", "s-1", "l-opp"),
            card("mot", "s-2", "l-act"),
            card("note", "s-2", "l-act"),
            card("idea", "s-3", "l-act"),
        ]
    )
    kinds = {"pain": "pain_point", "opp": "opportunity", "mot": "moment_of_truth", "idea": "idea"}
    evidence = {"pain": ["first_party", "observation"], "note": ["assumption"]}
    result = insights(_v2(doc, kinds, evidence))
    e = result.evidence
    assert e is not None and result.map.evidence_on_cards
    assert (e.cards, e.with_evidence, e.share) == (5, 2, 0.4)
    assert e.by_kind["pain_point"].with_evidence == 1 and e.by_kind["pain_point"].share == 1.0
    assert (e.by_kind["opportunity"].cards, e.by_kind["opportunity"].share) == (1, 0.0)
    assert list(e.by_kind) == ["note", "pain_point", "opportunity", "moment_of_truth", "idea"]
    assert e.by_source["first_party"].with_evidence == 1
    assert e.by_source["assumption"].share == 0.2
    assert e.by_source["third_party"].with_evidence == 0
    # the idea needs none; the opportunity and the moment of truth have none
    assert [(u.card.id, u.kind) for u in e.unsupported] == [
        ("opp", "opportunity"),
        ("mot", "moment_of_truth"),
    ]
    # the card marked moment_of_truth is a candidate in the emotions section
    (moment,) = result.emotions.moments_of_truth
    assert ids(moment.cards) == ["mot"]


def test_evidence_items_may_be_plain_dicts() -> None:
    class DictCard(Card):
        kind: str | None = None
        evidence: list[dict[str, Any]] = Field(default_factory=list)

    doc = journey([card("a", "s-1", "l-pain")])
    cards = [DictCard(**doc.cards[0].model_dump(), evidence=[{"id": "e", "source": "third_party"}])]
    result = insights(doc.model_copy(update={"cards": cards}))
    assert result.evidence.by_source["third_party"].with_evidence == 1
    assert result.evidence.unsupported == ()
    # kind None: taken from the lane, which the report names
    assert [k.lane.id for k in result.map.kinds_from_lanes] == ["l-pain"]


def test_plain_objects_with_kind_and_evidence_work_too() -> None:
    """Whatever form version 2 takes (enums or strings, objects or dicts), kinds and
    evidence are read by attribute: a duck-typed map of plain objects gives the same answers."""
    ns = SimpleNamespace
    doc = ns(
        title="Plain",
        personas=[],
        stages=[ns(id="s-1", name="One"), ns(id="s-2", name="Two")],
        lanes=[ns(id="l-1", name="Notes", kind="cards")],
        emotions=[],
        connections=[ns(id="x-1", source="p", target="o", label=None)],
        cards=[
            ns(id="p", stage="s-1", lane="l-1", title="Slow", channel=None, votes=2,
               kind="pain_point", evidence=[]),
            ns(id="o", stage="s-2", lane="l-1", title="Faster", channel=None, votes=2,
               kind="opportunity", evidence=[ns(id="e", source="first_party", title="Log")]),
        ],
    )  # fmt: skip
    result = insights(doc)
    assert [u.card.id for u in result.evidence.unsupported] == ["p"]
    assert result.evidence.by_source["first_party"].with_evidence == 1
    assert [c.card.id for c in result.priorities.pain_points_without_opportunity] == ["p"]
    assert [(r.rank, r.card.id) for r in result.priorities.top_voted] == [(1, "p"), (1, "o")]
    assert [r.id for r in result.path.entries] == ["p"] and result.map.kinds_from_lanes == ()
