"""Dot voting in a workshop (issue 14), without Qt.

A `VotingSession` is what the room does while it votes: each participant has a number of
dots and places them on the cards that may be voted on; the laptop is passed from one
participant to the next. Nothing here is part of the map until the session ends: then each
card's dots are added to its ``votes`` as one undoable edit (`add_votes_edit`). The whole
session (set-up, every dot, whose turn it is) has a JSON form, which the editor writes next
to its autosaved recovery copy so that a crash loses no dot.

Participants are numbers 0…n-1 with names; their colours (`participant_colour`) come from
the Okabe–Ito set, which stays distinct for the common kinds of colour blindness, and the
canvas also writes each participant's number in the dot, so nothing depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..i18n import tr
from ..model import Card, JourneyMap
from .edits import Edit, EditRejected, Transaction

__all__ = [
    "DEFAULT_DOTS",
    "MAX_DOTS",
    "MAX_PARTICIPANTS",
    "PARTICIPANT_COLOURS",
    "ResultRow",
    "VoteRejected",
    "VotingSession",
    "VotingSetup",
    "add_votes_edit",
    "participant_colour",
    "participant_ink",
    "reset_votes_edit",
]

DEFAULT_DOTS = 3
MAX_DOTS = 99
MAX_PARTICIPANTS = 99
FORMAT = "journeymapper-dot-voting"
VERSION = 1

#: Okabe & Ito's colour-blind-safe set (without black, which reads as text), with the ink
#: that is readable on each (the participant's number is written in the dot)
PARTICIPANT_COLOURS: tuple[tuple[str, str], ...] = (
    ("#0072B2", "#FFFFFF"),  # blue
    ("#E69F00", "#000000"),  # orange
    ("#009E73", "#000000"),  # bluish green
    ("#CC79A7", "#000000"),  # reddish purple
    ("#56B4E9", "#000000"),  # sky blue
    ("#D55E00", "#000000"),  # vermilion
    ("#F0E442", "#000000"),  # yellow
    ("#444444", "#FFFFFF"),  # dark grey
)


def participant_colour(index: int) -> str:
    """The fill colour of participant ``index``'s dots (the set repeats after eight; the
    number in the dot still tells them apart)."""
    return PARTICIPANT_COLOURS[index % len(PARTICIPANT_COLOURS)][0]


def participant_ink(index: int) -> str:
    """The colour of the number written in participant ``index``'s dots."""
    return PARTICIPANT_COLOURS[index % len(PARTICIPANT_COLOURS)][1]


class VoteRejected(ValueError):
    """A dot that cannot be placed or removed (the message says why, for the status bar)."""


@dataclass(frozen=True)
class VotingSetup:
    """How a session votes. ``kinds``/``lanes`` None: every card kind / every lane."""

    participants: tuple[str, ...]
    dots_each: int = DEFAULT_DOTS
    kinds: frozenset[str] | None = None
    lanes: frozenset[str] | None = None
    hide_results: bool = False

    def __post_init__(self) -> None:
        if not self.participants:
            raise ValueError(tr("Voting", "A vote needs at least one participant."))
        if len(self.participants) > MAX_PARTICIPANTS:
            raise ValueError(
                tr("Voting", "A vote can have at most {0} participants.").format(MAX_PARTICIPANTS)
            )
        if not 1 <= self.dots_each <= MAX_DOTS:
            raise ValueError(
                tr("Voting", "Each participant needs between 1 and {0} dots.").format(MAX_DOTS)
            )

    @classmethod
    def numbered(cls, count: int, **kwargs: Any) -> VotingSetup:
        """``count`` participants called "Participant 1", "Participant 2"…"""
        names = tuple(tr("Voting", "Participant {0}").format(i + 1) for i in range(count))
        return cls(names, **kwargs)

    def votable(self, card: Card) -> bool:
        """Whether ``card`` may be voted on (its kind and its lane are both allowed)."""
        if self.kinds is not None and str(card.kind) not in self.kinds:
            return False
        return self.lanes is None or card.lane in self.lanes


@dataclass(frozen=True)
class ResultRow:
    """One card in the results: its rank (tied cards share one, "1.", "1.", "3."), its
    dots, and whether it shares the rank with another card."""

    rank: int
    card_id: str
    title: str
    dots: int
    tied: bool


@dataclass
class VotingSession:
    setup: VotingSetup
    #: the dots on each card, as the participants who placed them, in placing order
    dots: dict[str, list[int]] = field(default_factory=dict)
    current: int = 0

    # -- participants -------------------------------------------------------------------

    @property
    def participants(self) -> tuple[str, ...]:
        return self.setup.participants

    def current_name(self) -> str:
        return self.participants[self.current]

    def next_participant(self) -> int:
        """Pass the laptop on (after the last participant comes the first again)."""
        self.current = (self.current + 1) % len(self.participants)
        return self.current

    def previous_participant(self) -> int:
        self.current = (self.current - 1) % len(self.participants)
        return self.current

    def dots_used(self, participant: int | None = None) -> int:
        who = self.current if participant is None else participant
        return sum(placed.count(who) for placed in self.dots.values())

    def dots_left(self, participant: int | None = None) -> int:
        return self.setup.dots_each - self.dots_used(participant)

    def everyone_voted(self) -> bool:
        """Every participant has placed every dot."""
        return all(self.dots_left(i) == 0 for i in range(len(self.participants)))

    def results_visible(self) -> bool:
        """Whether everyone's dots may be shown now (not hidden, or everyone has voted)."""
        return not self.setup.hide_results or self.everyone_voted()

    # -- dots ---------------------------------------------------------------------------

    def check_votable(self, card: Card) -> None:
        if not self.setup.votable(card):
            raise VoteRejected(tr("Voting", "“{0}” is not part of this vote.").format(card.title))

    def place(self, card: Card) -> None:
        """The current participant puts a dot on ``card`` (raises `VoteRejected`)."""
        self.check_votable(card)
        if self.dots_left() <= 0:
            raise VoteRejected(
                tr(
                    "Voting", "{0} has no dots left. Remove one, or pass to the next participant."
                ).format(self.current_name())
            )
        self.dots.setdefault(card.id, []).append(self.current)

    def remove(self, card_id: str) -> None:
        """Take back one of the current participant's dots on a card (the last placed)."""
        placed = self.dots.get(card_id, [])
        if self.current not in placed:
            raise VoteRejected(
                tr("Voting", "{0} has no dot on this card.").format(self.current_name())
            )
        for i in range(len(placed) - 1, -1, -1):
            if placed[i] == self.current:
                del placed[i]
                break
        if not placed:
            del self.dots[card_id]

    def dots_on(self, card_id: str, participant: int | None = None) -> int:
        """All dots on a card, or one participant's."""
        placed = self.dots.get(card_id, [])
        return len(placed) if participant is None else placed.count(participant)

    def shown_dots(self, card_id: str) -> list[int]:
        """The dots the canvas shows on a card: all of them, or (results hidden) only the
        current participant's."""
        placed = self.dots.get(card_id, [])
        if self.results_visible():
            return list(placed)
        return [p for p in placed if p == self.current]

    def prune(self, card_ids: Iterable[str]) -> int:
        """Forget the dots on cards that are gone (deleted while voting); how many."""
        keep = set(card_ids)
        gone = [cid for cid in self.dots if cid not in keep]
        lost = sum(len(self.dots.pop(cid)) for cid in gone)
        return lost

    def total(self) -> int:
        return sum(len(p) for p in self.dots.values())

    # -- results ------------------------------------------------------------------------

    def tally(self) -> dict[str, int]:
        """Dots per card (cards with none left out)."""
        return {cid: len(placed) for cid, placed in self.dots.items() if placed}

    def results(self, doc: JourneyMap) -> list[ResultRow]:
        """The voted cards, most dots first (ties in map order), ranked "1, 1, 3"."""
        order = {c.id: i for i, c in enumerate(doc.cards)}
        titles = {c.id: c.title for c in doc.cards}
        counted = [(cid, n) for cid, n in self.tally().items() if cid in order]
        counted.sort(key=lambda item: (-item[1], order[item[0]]))
        counts = [n for _, n in counted]
        rows: list[ResultRow] = []
        for cid, n in counted:
            rank = counts.index(n) + 1
            rows.append(ResultRow(rank, cid, titles[cid], n, counts.count(n) > 1))
        return rows

    def top(self, doc: JourneyMap, ranks: int = 3) -> list[str]:
        """The cards ranked ``ranks`` or better (all cards tied there included)."""
        return [r.card_id for r in self.results(doc) if r.rank <= ranks]

    def results_text(self, doc: JourneyMap) -> str:
        """The results as plain text, for the clipboard."""
        rows = self.results(doc)
        lines = [tr("Voting", "Dot voting: {0}").format(doc.title)]
        lines.append(
            tr("Voting", "Participants: {0} · dots each: {1} · dots placed: {2}").format(
                len(self.participants), self.setup.dots_each, self.total()
            )
        )
        lines.append("")
        if not rows:
            lines.append(tr("Voting", "No dots were placed."))
        for row in rows:
            tie = " " + tr("Voting", "(tie)") if row.tied else ""
            lines.append(f"{row.rank}.\t{row.title}\t{row.dots}{tie}")
        return "\n".join(lines) + "\n"

    # -- JSON -----------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        s = self.setup
        return {
            "format": FORMAT,
            "version": VERSION,
            "participants": list(s.participants),
            "dots_each": s.dots_each,
            "kinds": sorted(s.kinds) if s.kinds is not None else None,
            "lanes": sorted(s.lanes) if s.lanes is not None else None,
            "hide_results": s.hide_results,
            "current": self.current,
            "dots": {cid: list(p) for cid, p in self.dots.items()},
        }

    @classmethod
    def from_json(cls, data: Any) -> VotingSession:
        """A session back from `to_json` (raises ValueError with a plain message)."""
        bad = ValueError(tr("Voting", "The saved voting session is damaged."))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise bad
        if data.get("version") != VERSION:
            raise ValueError(tr("Voting", "The saved voting session has an unknown version."))
        try:
            names = data["participants"]
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise bad
            dots_each = data["dots_each"]
            if not isinstance(dots_each, int) or isinstance(dots_each, bool):
                raise bad

            def names_set(value: Any) -> frozenset[str] | None:
                if value is None:
                    return None
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise bad
                return frozenset(value)

            try:
                setup = VotingSetup(
                    tuple(names),
                    dots_each,
                    names_set(data.get("kinds")),
                    names_set(data.get("lanes")),
                    bool(data.get("hide_results", False)),
                )
            except ValueError as exc:
                if exc is bad:
                    raise
                raise ValueError(f"{bad} {exc}") from None
            current = data.get("current", 0)
            dots = data.get("dots", {})
            if not isinstance(current, int) or not 0 <= current < len(names):
                raise bad
            if not isinstance(dots, dict):
                raise bad
            session = cls(setup, current=current)
            for cid, placed in dots.items():
                if not isinstance(placed, list) or not all(
                    isinstance(p, int) and not isinstance(p, bool) and 0 <= p < len(names)
                    for p in placed
                ):
                    raise bad
                if placed:
                    session.dots[str(cid)] = list(placed)
        except (KeyError, TypeError):
            raise bad from None
        if any(session.dots_left(i) < 0 for i in range(len(names))):
            raise bad
        return session


# -- the edits that put votes on the map --------------------------------------------------


def add_votes_edit(doc: JourneyMap, tally: dict[str, int]) -> Edit:
    """One undo step adding each card's dots to its ``votes`` (cards that are gone are
    skipped; an empty tally makes an edit with no ops, which does nothing)."""
    tx = Transaction(doc)
    by_id = {c.id: c for c in doc.cards}
    for cid, n in tally.items():
        card = by_id.get(cid)
        if card is not None and n > 0:
            tx.replace("cards", cid, votes=card.votes + n)
    return Edit(tr("Voting", "Add dot votes"), tx.finish(), select=[])


def reset_votes_edit(doc: JourneyMap) -> Edit:
    """One undo step setting every card's votes to 0."""
    tx = Transaction(doc)
    for card in list(doc.cards):
        if card.votes:
            tx.replace("cards", card.id, votes=0)
    ops = tx.finish()
    if not ops:
        raise EditRejected(tr("Voting", "No card has votes."))
    return Edit(tr("Voting", "Reset votes"), ops)
