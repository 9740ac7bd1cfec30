"""The emotions section: each persona's curve, and the moments of truth."""

from __future__ import annotations

from insights_maps import card, ids, journey

from journeymapper.analysis import insights

PERSONAS = [("p-a", "Ann"), ("p-b", "Bob")]


def test_two_personas_crossing() -> None:
    # Ann starts high and ends low, Bob the other way round: they cross in the middle
    doc = journey(
        emotions=[
            ("s-1", 2, "p-a"),
            ("s-2", 0, "p-a"),
            ("s-3", -2, "p-a"),
            ("s-1", -2, "p-b"),
            ("s-2", 0, "p-b"),
            ("s-3", 2, "p-b"),
        ],
        personas=PERSONAS,
    )
    result = insights(doc)
    ann, bob = result.emotions.curves
    assert (ann.persona.id, ann.persona.name, ann.lane.id) == ("p-a", "Ann", "l-em")
    assert (ann.lowest.stage.id, ann.lowest.score) == ("s-3", -2)
    assert (ann.highest.stage.id, ann.highest.score) == ("s-1", 2)
    assert ann.biggest_rise is None
    # two equal falls of 2: the first one is the biggest
    drop = ann.biggest_drop
    assert (drop.from_stage.id, drop.to_stage.id, drop.change) == ("s-1", "s-2", -2)
    assert ann.average == 0 and ann.points == 3 and ann.stages_without_point == ()
    assert (bob.lowest.stage.id, bob.highest.stage.id) == ("s-1", "s-3")
    assert bob.biggest_drop is None
    assert (bob.biggest_rise.from_stage.id, bob.biggest_rise.change) == ("s-1", 2)
    # they are 4 apart at both ends, level in the middle
    gaps = result.coverage.persona_gaps
    assert [g.stage.id for g in gaps] == ["s-1", "s-3"]
    assert [(g.highest.persona.id, g.lowest.persona.id, g.difference) for g in gaps] == [
        ("p-a", "p-b", 4),
        ("p-b", "p-a", 4),
    ]
    # no fall of 3: the moments of truth are the two lowest points, in stage order
    moments = result.emotions.moments_of_truth
    assert [(m.reason, m.stage.id, m.persona.id) for m in moments] == [
        ("lowest_point", "s-1", "p-b"),
        ("lowest_point", "s-3", "p-a"),
    ]


def test_a_drop_of_three_or_more_is_a_moment_of_truth() -> None:
    doc = journey(
        emotions=[("s-1", 3, "p-a"), ("s-2", -1, "p-a"), ("s-1", 1, "p-b"), ("s-2", -1.5, "p-b")],
        personas=PERSONAS,
    )
    e = insights(doc).emotions
    ann, bob = e.curves
    assert ann.biggest_drop.change == -4
    assert ids(ann.stages_without_point) == ["s-3"]
    assert ann.average == 1
    assert bob.biggest_drop.change == -2.5  # not enough for a moment of truth
    assert [(m.reason, m.persona.id, m.change) for m in e.moments_of_truth] == [
        ("lowest_point", "p-a", None),
        ("drop", "p-a", -4),
        ("lowest_point", "p-b", None),
    ]
    assert e.moments_of_truth[1].stage.name == "Consider"
    assert e.drop_threshold == 3


def test_points_of_no_persona_make_their_own_curve() -> None:
    doc = journey(emotions=[("s-2", -3, None), ("s-3", 4, None)])
    (curve,) = insights(doc).emotions.curves
    assert curve.persona is None
    assert ids(curve.stages_without_point) == ["s-1"]
    assert curve.biggest_rise.change == 7
    assert curve.average == 0.5


def test_cards_marked_moment_of_truth_are_moments_of_truth() -> None:
    lanes = [("l-tp", "Touchpoints", "touchpoints"), ("l-em", "Emotions", "emotion")]
    lanes.append(("l-mot", "Moments of truth", "cards"))
    doc = journey(
        [
            card("m", "s-2", "l-tp", title="Parcel late", kind="moment_of_truth"),
            card("n", "s-3", "l-mot", title="Only a note"),  # the lane's name makes no kind
        ],
        lanes=lanes,
    )
    (moment,) = insights(doc).emotions.moments_of_truth
    assert (moment.reason, moment.stage.id, ids(moment.cards)) == ("card", "s-2", ["m"])
    assert moment.cards[0].name == "Parcel late"


def test_a_map_without_emotion_points() -> None:
    e = insights(journey([card("a")])).emotions
    assert e.curves == () and e.moments_of_truth == ()
