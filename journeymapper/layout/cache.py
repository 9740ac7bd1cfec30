"""What one layout keeps for the next: the boxes of unchanged cards and the routes.

Parts of a document are values: an edit replaces a card with a new object, so a card
that is the *same object* as last time (in a lane of the same kind, as wide, in the same
language) has the same box, only perhaps at another place. Re-laying out a map after one
edit then wraps the text of the changed cards only. Boxes are kept at the origin and
placed by `cards.place_card`, exactly as new ones are (see `cards`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Card, Connection, JourneyMap, LaneKind
from .cards import place_card
from .curves import emotion_notes
from .geometry import CardBox, ConnectionPath, Curve, EmotionNote, LaneBox, Rect, StageBox
from .routing import route_connections, row_boundaries
from .text import FontMetrics
from .theme import Theme


@dataclass(slots=True)
class CardEntry:
    """A card's box at the origin, what it was laid out from, and where it was placed
    last (the very same object is given again for a card that has not moved: the canvas
    then knows at once that its item has nothing to do)."""

    card: Card
    kind: LaneKind
    width: float
    words: dict[str, str]
    box: CardBox
    placed: CardBox
    #: what else the box was made from (its image, its sources' numbers)
    extra: tuple = ()

    def fits(
        self, card: Card, kind: LaneKind, width: float, words: dict[str, str], extra: tuple = ()
    ) -> bool:
        return (
            self.card is card
            and self.kind == kind
            and self.width == width
            and self.words is words
            and self.extra == extra
        )


@dataclass(frozen=True)
class RouteInputs:
    """Everything the routes of a map depend on."""

    connections: tuple[Connection, ...]
    #: the rectangles of each connection's source and target card (None: no such card)
    ends: list[tuple[Rect | None, Rect | None]]
    columns: list[tuple[float, float]]
    boundaries: list[float]
    metrics: FontMetrics
    theme: Theme

    def same_as(self, other: RouteInputs) -> bool:
        """The same connections (objects) between equal rectangles, columns and rows."""
        return (
            len(self.connections) == len(other.connections)
            and all(a is b for a, b in zip(self.connections, other.connections, strict=True))
            and all(
                (a[0] is b[0] or a[0] == b[0]) and (a[1] is b[1] or a[1] == b[1])
                for a, b in zip(self.ends, other.ends, strict=True)
            )
            and self.columns == other.columns
            and self.boundaries == other.boundaries
            and self.metrics is other.metrics
            and self.theme == other.theme
        )


class LayoutCache:
    """Card boxes and routes kept between layouts of one document (see the module)."""

    def __init__(self) -> None:
        self._cards: dict[int, CardEntry] = {}
        self._next: dict[int, CardEntry] = {}
        #: the routes of the last layout and what they were worked out from
        self._routes: list[ConnectionPath] = []
        self._routes_from: RouteInputs | None = None
        #: the emotion notes of the last layout and what they were placed from
        self._notes: list[EmotionNote] = []
        self._notes_from: tuple | None = None
        #: the look (theme, text measure) the kept boxes were laid out in
        self._look: object = None

    def keep_look(self, look: object) -> None:
        """Forget every kept box when the map's look changed (its brand: typeface,
        palette, accent), so that no card keeps the old font or colours."""
        if look != self._look:
            self._cards, self._next = {}, {}
            self._routes, self._routes_from = [], None
            self._notes, self._notes_from = [], None
            self._look = look

    def notes(
        self,
        doc: JourneyMap,
        curves: list[Curve],
        stages: list[StageBox],
        lanes: list[LaneBox],
        metrics: FontMetrics,
        theme: Theme,
    ) -> list[EmotionNote]:
        """`emotion_notes`, or the last layout's when the points (the same objects), the
        curves, the columns and the emotion lanes' rows are the same."""
        inputs = (
            tuple(id(e) for e in doc.emotions),
            curves,
            [s.column for s in stages],
            [(ln.id, ln.row) for ln in lanes if ln.kind == LaneKind.EMOTION],
            metrics,
            theme,
        )
        if self._notes_from is None or not _same(inputs, self._notes_from):
            self._notes = emotion_notes(doc, curves, stages, lanes, metrics, theme)
            self._notes_from = (*inputs, tuple(doc.emotions))  # (keeps the objects alive)
        return self._notes

    def place_card(
        self,
        card: Card,
        kind: LaneKind,
        width: float,
        words: dict[str, str],
        x: float,
        y: float,
        make: Callable[[], CardBox],
        extra: tuple = (),
    ) -> CardBox:
        """The box of ``card`` with its top-left corner at (x, y): ``make()`` (a box at
        the origin) placed there, or the last layout's box when the card is unchanged
        (and so is ``extra``, what else its box depends on)."""
        entry = self._cards.get(id(card))
        if entry is None or not entry.fits(card, kind, width, words, extra):
            box = make()
            entry = CardEntry(card, kind, width, words, box, box, extra)
        placed = entry.placed
        if placed.rect.x != x or placed.rect.y != y:
            entry.placed = placed = place_card(entry.box, x, y)
        self._next[id(card)] = entry
        return placed

    def end_layout(self) -> None:
        """Keep the boxes of this layout's cards (only those) for the next."""
        self._cards, self._next = self._next, {}

    def routes(
        self,
        connections: list[Connection],
        cards: dict[str, CardBox],
        stages: list[StageBox],
        lanes: list[LaneBox],
        metrics: FontMetrics,
        theme: Theme,
    ) -> list[ConnectionPath]:
        """`route_connections`, or the last layout's routes when nothing they depend on
        has changed: the same connections, each between the same card rectangles (mostly
        the very same objects: the layout reuses the box of an unmoved card), columns and
        rows. Most edits (a title, a colour, a vote) move no card, and routing the 3,000
        connections of a big map took a fifth of the time of laying it out again."""
        inputs = RouteInputs(
            tuple(connections),
            [
                (
                    cards[c.source].rect if c.source in cards else None,
                    cards[c.target].rect if c.target in cards else None,
                )
                for c in connections
            ],
            [(s.column.x, s.column.right) for s in stages],
            row_boundaries(lanes),
            metrics,
            theme,
        )
        if self._routes_from is None or not inputs.same_as(self._routes_from):
            self._routes = route_connections(connections, cards, stages, lanes, metrics, theme)
            self._routes_from = inputs
        return self._routes


def _same(inputs: tuple, last: tuple) -> bool:
    return inputs[0] == last[0] and all(
        a is b or a == b for a, b in zip(inputs[1:], last[1:6], strict=True)
    )
