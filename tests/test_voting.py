"""Dot voting's session model (journeymapper.editing.voting), without a window."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.editing import EditRejected
from journeymapper.editing.ops import apply_all, revert_all
from journeymapper.editing.voting import (
    PARTICIPANT_COLOURS,
    VoteRejected,
    VotingSession,
    VotingSetup,
    add_votes_edit,
    participant_colour,
    participant_ink,
    reset_votes_edit,
)
from journeymapper.model import CardKind
from journeymapper.templates import load_template

TEMPLATE = "awareness-to-loyalty-en"


@pytest.fixture
def doc():
    return load_template(TEMPLATE)


def cards(doc, n: int):
    return doc.cards[:n]


def test_numbered_participants_and_defaults() -> None:
    setup = VotingSetup.numbered(4)
    assert setup.participants == (
        "Participant 1",
        "Participant 2",
        "Participant 3",
        "Participant 4",
    )
    assert setup.dots_each == 3
    assert setup.kinds is None and setup.lanes is None and not setup.hide_results


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(participants=()),
        dict(participants=("A",), dots_each=0),
        dict(participants=("A",) * 100),
    ],
)
def test_bad_setups_are_refused_with_a_message(kwargs) -> None:
    with pytest.raises(ValueError, match=r"participant|dots"):
        VotingSetup(**kwargs)


def test_a_participant_cannot_place_more_than_their_dots(doc) -> None:
    s = VotingSession(VotingSetup(("Ann", "Bo"), dots_each=2))
    a, b = cards(doc, 2)
    s.place(a)
    s.place(a)  # two dots on one card are allowed
    assert s.dots_left() == 0
    with pytest.raises(VoteRejected, match="Ann has no dots left"):
        s.place(b)
    assert s.dots_on(a.id) == 2 and s.dots_on(b.id) == 0
    s.next_participant()
    assert s.current_name() == "Bo" and s.dots_left() == 2
    s.place(b)
    assert s.dots_left() == 1 and s.dots_left(0) == 0
    assert s.dots_on(a.id, 0) == 2 and s.dots_on(b.id, 1) == 1
    assert s.total() == 3


def test_removing_takes_back_only_the_current_participants_dot(doc) -> None:
    s = VotingSession(VotingSetup(("Ann", "Bo")))
    a = doc.cards[0]
    s.place(a)
    s.next_participant()
    s.place(a)
    s.place(a)
    s.previous_participant()
    assert s.current_name() == "Ann"
    s.remove(a.id)
    assert s.dots[a.id] == [1, 1]  # Bo's two dots stay
    with pytest.raises(VoteRejected, match="Ann has no dot on this card"):
        s.remove(a.id)
    s.next_participant()
    s.remove(a.id)
    s.remove(a.id)
    assert a.id not in s.dots and s.total() == 0
    assert s.dots_left(0) == 3 and s.dots_left(1) == 3


def test_next_and_previous_wrap_around() -> None:
    s = VotingSession(VotingSetup(("A", "B", "C")))
    assert [s.next_participant() for _ in range(4)] == [1, 2, 0, 1]
    assert [s.previous_participant() for _ in range(3)] == [0, 2, 1]


def test_only_votable_kinds_and_lanes_take_dots(doc) -> None:
    lane = doc.cards[0].lane
    setup = VotingSetup(("A",), dots_each=50, lanes=frozenset({lane}))
    s = VotingSession(setup)
    for card in doc.cards:
        if card.lane == lane:
            s.place(card)
        else:
            with pytest.raises(VoteRejected, match="not part of this vote"):
                s.place(card)
    assert s.total() == sum(1 for c in doc.cards if c.lane == lane)
    kinds = VotingSetup(("A",), kinds=frozenset({CardKind.PAIN_POINT.value}))
    pain = [c for c in doc.cards if c.kind == CardKind.PAIN_POINT]
    other = [c for c in doc.cards if c.kind != CardKind.PAIN_POINT]
    assert pain and other
    assert all(kinds.votable(c) for c in pain)
    assert not any(kinds.votable(c) for c in other)
    # both: the card's kind AND its lane must be allowed
    both = VotingSetup(("A",), kinds=frozenset({"pain_point"}), lanes=frozenset({"nowhere"}))
    assert not any(both.votable(c) for c in doc.cards)


def test_hidden_results_show_only_the_current_participants_dots(doc) -> None:
    s = VotingSession(VotingSetup(("Ann", "Bo"), dots_each=1, hide_results=True))
    a = doc.cards[0]
    s.place(a)
    s.next_participant()
    assert not s.results_visible()
    assert s.shown_dots(a.id) == []  # Bo does not see Ann's dot
    s.place(a)
    # everyone has voted: the results are revealed
    assert s.everyone_voted() and s.results_visible()
    assert s.shown_dots(a.id) == [0, 1]
    s.remove(a.id)
    assert s.shown_dots(a.id) == []
    s.previous_participant()
    assert s.shown_dots(a.id) == [0]
    open_ = VotingSession(VotingSetup(("Ann", "Bo"), dots_each=1))
    open_.place(a)
    open_.next_participant()
    assert open_.shown_dots(a.id) == [0]


def test_results_are_ranked_with_ties(doc) -> None:
    a, b, c, d = cards(doc, 4)
    s = VotingSession(VotingSetup(("A", "B", "C"), dots_each=3))
    # a: 3, c: 3, b: 2, d: 1
    for card in (a, c, b):
        s.place(card)
    s.next_participant()
    for card in (a, c, d):
        s.place(card)
    s.next_participant()
    for card in (a, c, b):
        s.place(card)
    rows = s.results(doc)
    assert [(r.rank, r.card_id, r.dots, r.tied) for r in rows] == [
        (1, a.id, 3, True),
        (1, c.id, 3, True),
        (3, b.id, 2, False),
        (4, d.id, 1, False),
    ]
    assert s.top(doc, 1) == [a.id, c.id]
    assert s.top(doc, 3) == [a.id, c.id, b.id]
    text = s.results_text(doc)
    assert text.splitlines()[0] == f"Dot voting: {doc.title}"
    assert text.splitlines()[1] == "Participants: 3 · dots each: 3 · dots placed: 9"
    lines = [ln for ln in text.splitlines() if "\t" in ln]
    assert lines == [
        f"1.\t{a.title}\t3 (tie)",
        f"1.\t{c.title}\t3 (tie)",
        f"3.\t{b.title}\t2",
        f"4.\t{d.title}\t1",
    ]


def test_no_dots_no_results(doc) -> None:
    s = VotingSession(VotingSetup(("A",)))
    assert s.results(doc) == []
    assert "No dots were placed." in s.results_text(doc)


def test_dots_on_deleted_cards_are_pruned_and_not_counted(doc) -> None:
    a, b = cards(doc, 2)
    s = VotingSession(VotingSetup(("A",)))
    s.place(a)
    s.place(b)
    s.dots["gone"] = [0]  # (as if the card was deleted after the dot)
    assert [r.card_id for r in s.results(doc)] == [a.id, b.id]
    assert s.prune(c.id for c in doc.cards) == 1
    assert "gone" not in s.dots


def test_json_round_trip(doc) -> None:
    a = doc.cards[0]
    s = VotingSession(
        VotingSetup(("Ann", "Bo"), 4, frozenset({"idea", "note"}), frozenset({a.lane}), True)
    )
    s.place(a)
    s.next_participant()
    s.place(a)
    back = VotingSession.from_json(json.loads(json.dumps(s.to_json())))
    assert back == s
    assert back.current == 1 and back.dots == {a.id: [0, 1]}
    everyone = VotingSession(VotingSetup(("A",)))
    assert VotingSession.from_json(everyone.to_json()).setup.kinds is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: "not a dict",
        lambda d: {**d, "format": "other"},
        lambda d: {**d, "version": 99},
        lambda d: {**d, "participants": []},
        lambda d: {**d, "participants": [1, 2]},
        lambda d: {**d, "dots_each": "3"},
        lambda d: {**d, "current": 5},
        lambda d: {**d, "dots": {"c": [7]}},
        lambda d: {**d, "dots": {"c": [0, 0, 0, 0]}},  # more dots than the participant has
        lambda d: {**d, "kinds": "idea"},
        lambda d: {k: v for k, v in d.items() if k != "dots_each"},
    ],
)
def test_damaged_json_is_refused_with_a_message(damage) -> None:
    good = VotingSession(VotingSetup(("A", "B"))).to_json()
    with pytest.raises(ValueError, match="voting session"):
        VotingSession.from_json(damage(good))


def test_colours_are_distinct_and_readable() -> None:
    fills = [participant_colour(i) for i in range(len(PARTICIPANT_COLOURS))]
    assert len(set(fills)) == len(fills) == 8
    assert participant_colour(8) == participant_colour(0)  # the number still tells them apart

    def luminance(hex_: str) -> float:
        r, g, b = (int(hex_[i : i + 2], 16) / 255 for i in (1, 3, 5))
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for i in range(8):
        lo, hi = sorted((luminance(participant_colour(i)), luminance(participant_ink(i))))
        assert (hi + 0.05) / (lo + 0.05) >= 4.5, participant_colour(i)


def test_adding_votes_is_one_edit_and_undoes(doc) -> None:
    a, b = cards(doc, 2)
    before = doc.model_dump()
    start_a = a.votes
    edit = add_votes_edit(doc, {a.id: 3, b.id: 1, "gone": 2})
    assert doc.model_dump() == before  # an edit is only made, not done
    apply_all(doc, edit.ops)
    assert doc.card(a.id).votes == start_a + 3
    assert doc.card(b.id).votes == b.votes + 1
    revert_all(doc, edit.ops)
    assert doc.model_dump() == before
    assert add_votes_edit(doc, {}).ops == []


def test_reset_votes(doc) -> None:
    apply_all(doc, add_votes_edit(doc, {doc.cards[0].id: 2, doc.cards[3].id: 1}).ops)
    before = doc.model_dump()
    edit = reset_votes_edit(doc)
    apply_all(doc, edit.ops)
    assert all(c.votes == 0 for c in doc.cards)
    revert_all(doc, edit.ops)
    assert doc.model_dump() == before
    apply_all(doc, edit.ops)
    with pytest.raises(EditRejected, match="No card has votes"):
        reset_votes_edit(doc)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("pr<>"), st.integers(0, 5)), max_size=60))
def test_any_sequence_keeps_the_counts_right(steps) -> None:
    doc = load_template(TEMPLATE)
    s = VotingSession(VotingSetup(("A", "B", "C"), dots_each=2))
    for op, i in steps:
        card = doc.cards[i]
        try:
            if op == "p":
                s.place(card)
            elif op == "r":
                s.remove(card.id)
            elif op == ">":
                s.next_participant()
            else:
                s.previous_participant()
        except VoteRejected:
            pass
        for who in range(3):
            assert 0 <= s.dots_left(who) <= 2
        assert s.total() == sum(s.tally().values())
        assert VotingSession.from_json(s.to_json()) == s
    assert sum(r.dots for r in s.results(doc)) == s.total()


def test_the_session_model_needs_no_qt() -> None:
    from module_probe import run_blocked

    proc = run_blocked(
        """
        from journeymapper.editing.voting import VotingSession, VotingSetup
        from journeymapper.templates import load_template

        doc = load_template("awareness-to-loyalty-en")
        s = VotingSession(VotingSetup.numbered(2))
        s.place(doc.cards[0])
        print(s.results_text(doc).splitlines()[-1])
        """
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().endswith("\t1")
