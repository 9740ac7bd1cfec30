"""What one layout keeps for the next: the boxes of unchanged cards, cells and routes.

Parts of a document are values: an edit replaces a card with a new object, so a card
that is the *same object* as last time (in a lane of the same kind, as wide, in the same
language) has the same box, only perhaps at another place. Re-laying out a map after one
edit then wraps the text of the changed cards only. Boxes are kept at the origin and
placed by `cards.place_card`, exactly as new ones are (see `cards`).

A cell holding the same card objects, in the same order, at the same place as last time
is not laid out again at all: its boxes are the last layout's (`cell`). A route whose
cards have the same rectangles, along the same columns and rows, is not worked out again
unless a label placed before it in a corridor it looked at moved (`routes`). Undoing a
card move on a map of 20,000 cards then lays out two cells and a few routes, not all.

Each of those is also looked for in the layout before the last one: an undo brings back
the very card objects of two layouts ago, at the very places, so the cells, lanes and
routes of that layout serve again (a moved card changes its lane's height, and every
lane below it would otherwise be placed again, and every route there worked out again).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import compress, count, filterfalse
from operator import attrgetter, is_, is_not
from typing import Any

from ..model import Card, Connection, JourneyMap, Lane, LaneKind
from .cards import place_card
from .curves import emotion_notes
from .geometry import CardBox, ConnectionPath, Curve, EmotionNote, LaneBox, Rect, StageBox
from .routing import EVERY_CORRIDOR, RouteEnds, RouteGrid, _take, route, row_boundaries
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
    #: where it was placed before that (an undo puts it back there)
    other: CardBox | None = None

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


@dataclass(slots=True)
class CellEntry:
    """The cards of one cell as last laid out: the card objects (in order), where the
    cell's first card went, its boxes and where a next card would go."""

    cards: list[Card]
    kind: LaneKind
    width: float
    words: dict[str, str]
    x: float
    y: float
    boxes: list[CardBox]
    next_y: float
    #: the card ids in order, the boxes by card id, and the per-card cache entries
    ids: list[str]
    by_id: dict[str, CardBox]
    entries: dict[int, CardEntry]

    def fits(
        self,
        cards: list[Card],
        kind: LaneKind,
        width: float,
        words: dict[str, str],
        x: float,
        y: float,
    ) -> bool:
        mine = self.cards
        return (
            self.x == x
            and self.y == y
            and self.width == width
            and self.kind == kind
            and self.words is words
            and len(mine) == len(cards)
            and all(map(is_, mine, cards))
        )


@dataclass(slots=True)
class RowEntry:
    """The cells of one lane as last laid out: reused whole when none of its cells has
    other cards, the lane is the same object at the same height, along the same columns."""

    lane: Lane
    y: float
    words: dict[str, str]
    #: how tall its tallest cell needs the lane to be
    height: float
    cards: dict[str, CardBox]
    cell_ids: dict[tuple[str, str], list[str]]
    cells: dict[tuple[str, str], CellEntry]
    entries: dict[int, CardEntry]


_CELL_KEY = attrgetter("stage", "lane")


@dataclass(slots=True)
class RouteRecord:
    """A connection's route as last worked out, what it was worked out from, which
    corridors' labels it looked at and where its own label went (see `routing.route`)."""

    conn: Connection
    n: int
    a: Rect
    b: Rect
    sa: int
    sb: int
    #: the boxes of its cards (the same objects again: nothing to compare)
    abox: CardBox
    bbox: CardBox
    path: ConnectionPath
    looked: tuple[int, ...] | None
    take: tuple[int, float, float] | None


class LayoutCache:
    """Card boxes and routes kept between layouts of one document (see the module)."""

    def __init__(self) -> None:
        self._cards: dict[int, CardEntry] = {}
        self._next: dict[int, CardEntry] = {}
        #: the cells of the last layout and what their cards' boxes depend on besides
        self._cells: dict[tuple[str, str], CellEntry] = {}
        self._next_cells: dict[tuple[str, str], CellEntry] = {}
        self._cells_from: tuple | None = None
        self._last_cells: dict[tuple[str, str], CellEntry] = {}
        #: the lanes of the last layout, by lane id
        self._rows: dict[str, RowEntry] = {}
        self._next_rows: dict[str, RowEntry] = {}
        #: the cards, cells and lanes of the layout before the last one (see the module)
        self._older_cards: dict[int, CardEntry] = {}
        self._older_cells: dict[tuple[str, str], CellEntry] = {}
        self._older_rows: dict[str, RowEntry] = {}
        self._memo: dict[str, dict[object, list[tuple[tuple, Any]]]] = {}
        #: the last layout's list of cards (the objects) and their cells
        self._doc_cards: list[Card] | None = None
        self._groups: dict[tuple[str, str], list[Card]] | None = None
        #: cells whose cards changed since the last layout (None: any may have)
        self._affected: set[tuple[str, str]] | None = None
        #: the cards and cells of the layout before the last one with other cards, and the
        #: cells that differ between the two (None: any may)
        self._older_groups: (
            tuple[list[Card], dict[tuple[str, str], list[Card]], set[tuple[str, str]] | None] | None
        ) = None
        #: the cells laid out again (or gone) by the last layout; None: every cell
        self.changed_cells: set[tuple[str, str]] | None = None
        #: the routes of the last layout, each with what it was worked out from
        self._routes: list[ConnectionPath] = []
        self._records: dict[str, RouteRecord] = {}
        self._routes_from: tuple | None = None
        #: the same for the layout before the last one
        self._older_records: dict[str, RouteRecord] = {}
        self._older_routes_from: tuple | None = None
        #: the emotion notes of the last layout and what they were placed from
        self._notes: list[EmotionNote] = []
        self._notes_from: tuple | None = None
        self._older_notes: tuple[list[EmotionNote], tuple] | None = None
        #: the look (theme, text measure) the kept boxes were laid out in
        self._look: object = None

    def keep_look(self, look: object) -> None:
        """Forget every kept box when the map's look changed (its brand: typeface,
        palette, accent), so that no card keeps the old font or colours."""
        if look != self._look:
            self._cards, self._next, self._older_cards = {}, {}, {}
            self._routes, self._routes_from = [], None
            self._older_records, self._older_routes_from = {}, None
            self._notes, self._notes_from, self._older_notes = [], None, None
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
        """`emotion_notes`, or the last layout's (or the one before's) when the points (the
        same objects), the curves, the columns and the emotion lanes' rows are the same."""
        inputs = (
            tuple(id(e) for e in doc.emotions),
            curves,
            [s.column for s in stages],
            [(ln.id, ln.row) for ln in lanes if ln.kind == LaneKind.EMOTION],
            metrics,
            theme,
        )
        if self._notes_from is None or not _same(inputs, self._notes_from):
            older = self._older_notes
            if older is not None and _same(inputs, older[1]):
                notes, made_from = older  # (an undo: the layout before the last one's)
            else:
                notes = emotion_notes(doc, curves, stages, lanes, metrics, theme)
                made_from = (*inputs, tuple(doc.emotions))  # (keeps the objects alive)
            if self._notes_from is not None:
                self._older_notes = (self._notes, self._notes_from)
            self._notes, self._notes_from = notes, made_from
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
            entry = self._older_cards.get(id(card))
            if entry is None or not entry.fits(card, kind, width, words, extra):
                box = make()
                entry = CardEntry(card, kind, width, words, box, box, extra)
        placed = entry.placed
        if placed.rect.x != x or placed.rect.y != y:
            other = entry.other
            entry.other = placed
            if other is not None and other.rect.x == x and other.rect.y == y:
                entry.placed = placed = other  # (the same arithmetic made it: the same box)
            else:
                entry.placed = placed = place_card(entry.box, x, y)
        self._next[id(card)] = entry
        return placed

    def memo(self, table: str, key: object, inputs: tuple, make: Callable[[], Any]) -> Any:
        """``make()``, or what it gave last time (or the time before: an undo) for ``key``
        in ``table`` when ``inputs`` are the same (objects or equal values): a stage's
        header, its box, a lane's box."""
        memo = self._memo.setdefault(table, {})
        hits = memo.get(key)
        if hits is not None:
            for made_from, value in hits:
                if all(a is b or a == b for a, b in zip(made_from, inputs, strict=True)):
                    return value
        value = make()
        memo[key] = [(inputs, value), *hits[:1]] if hits is not None else [(inputs, value)]
        return value

    def group(self, cards: list[Card]) -> dict[tuple[str, str], list[Card]]:
        """The cards of each cell, in the document's order. Only the cells of cards
        added or removed since the last layout (objects: an edit replaces a card) are
        grouped again, when the cards both layouts hold are in the same order; the others
        are the last layout's lists (the same objects)."""
        prev, groups = self._doc_cards, self._groups
        affected: set[tuple[str, str]] | None
        older = self._older_groups
        if prev is None or groups is None:
            affected = None
        elif len(prev) == len(cards) and all(map(is_, prev, cards)):
            affected = set()
        elif older is not None and len(older[0]) == len(cards) and all(map(is_, older[0], cards)):
            # the very cards of the layout before the last (an undo, a redo): its cells;
            # the cells that differ are those that differed the other way round
            self._older_groups = (prev, groups, older[2])
            self._doc_cards, self._groups, self._affected = older
            return older[1]
        else:
            # only the stretch between the first and the last place where the two lists
            # hold other objects can differ (found at C speed: 20,000 cards)
            shortest = min(len(prev), len(cards))
            lo = next(compress(count(), map(is_not, prev, cards)), shortest)
            tail = next(compress(count(), map(is_not, reversed(prev), reversed(cards))), shortest)
            tail = min(tail, shortest - lo)
            before = prev[lo : len(prev) - tail]
            now = cards[lo : len(cards) - tail]
            old_ids, new_ids = set(map(id, before)), set(map(id, now))
            removed, added = old_ids - new_ids, new_ids - old_ids
            kept_before = list(filterfalse(removed.__contains__, map(id, before)))
            if kept_before != list(filterfalse(added.__contains__, map(id, now))):
                affected = None  # (cards reordered: no edit does this)
            else:
                affected = set(
                    map(_CELL_KEY, compress(before, map(removed.__contains__, map(id, before))))
                )
                affected.update(
                    map(_CELL_KEY, compress(now, map(added.__contains__, map(id, now))))
                )
        if affected is None:
            groups = {}
            for card in cards:
                key = (card.stage, card.lane)
                group = groups.get(key)
                if group is None:
                    groups[key] = [card]
                else:
                    group.append(card)
        elif affected:
            assert groups is not None
            groups = dict(groups)
            for key in affected:
                groups.pop(key, None)
            for card in compress(cards, map(affected.__contains__, map(_CELL_KEY, cards))):
                groups.setdefault((card.stage, card.lane), []).append(card)
        assert groups is not None
        if prev is not None and self._groups is not None and affected != set():
            # (the cards changed: the cells that differ between the two, either way)
            self._older_groups = (prev, self._groups, affected)
        self._doc_cards = list(cards)
        self._groups = groups
        self._affected = affected
        return groups

    def begin_layout(self, inputs: tuple) -> None:
        """Start a layout (after `group`): cells are reused only if ``inputs`` (what
        every card box depends on besides its card, lane and width: metrics, theme,
        images, numbers, the columns) are the same as last time; lanes also only if the
        cards of no other cell changed."""
        last = self._cells_from
        if (
            last is None
            or len(last) != len(inputs)
            or not all(a is b or a == b for a, b in zip(inputs, last, strict=True))
        ):
            self._cells = {}
            self._rows = {}
            self._older_cells, self._older_rows = {}, {}
        if self._affected is None:
            self._rows = {}
        self._cells_from = inputs
        self._last_cells = self._cells

    def row(self, lane: Lane, y: float, words: dict[str, str]) -> RowEntry | None:
        """The last layout's cells of ``lane`` when they can all be reused (see
        `RowEntry`); else None (lay out its cells, then `keep_row`)."""
        row = self._rows.get(lane.id)
        affected = self._affected
        if (
            row is None
            or row.lane is not lane
            or row.y != y
            or row.words is not words
            or affected is None
            or any(key[1] == lane.id for key in affected)
        ):
            return None
        self._next.update(row.entries)
        self._next_cells.update(row.cells)
        self._next_rows[lane.id] = row
        return row

    def older_row(
        self, lane: Lane, y: float, words: dict[str, str], fits: Callable[[RowEntry], bool]
    ) -> RowEntry | None:
        """The lane as the layout before the last one had it, when it is the same object
        at the same height and ``fits`` (each of its cells holds the same cards, at the
        same place: see `CellEntry.fits`); else None."""
        row = self._older_rows.get(lane.id)
        if row is None or row.lane is not lane or row.y != y or row.words is not words:
            return None
        if not fits(row):
            return None
        self._next.update(row.entries)
        self._next_cells.update(row.cells)
        self._next_rows[lane.id] = row
        return row

    def keep_row(self, row: RowEntry) -> None:
        self._next_rows[row.lane.id] = row

    def cell(
        self,
        key: tuple[str, str],
        cards: list[Card],
        kind: LaneKind,
        width: float,
        words: dict[str, str],
        x: float,
        y: float,
    ) -> CellEntry | None:
        """The last layout's cell ``key`` when its cards are the same objects in the same
        order, and its first card goes to the same place (x, y); else None (lay it out
        through `place_card` and hand it to `keep_cell`)."""
        entry = self._cells.get(key)
        if entry is None or not entry.fits(cards, kind, width, words, x, y):
            entry = self._older_cells.get(key)
            if entry is None or not entry.fits(cards, kind, width, words, x, y):
                return None
        self._next.update(entry.entries)
        self._next_cells[key] = entry
        return entry

    def keep_cell(
        self,
        key: tuple[str, str],
        cards: list[Card],
        kind: LaneKind,
        width: float,
        words: dict[str, str],
        x: float,
        y: float,
        boxes: list[CardBox],
        next_y: float,
    ) -> CellEntry:
        """Keep a cell just laid out (its cards placed through `place_card`)."""
        nxt = self._next
        entry = CellEntry(
            cards,
            kind,
            width,
            words,
            x,
            y,
            boxes,
            next_y,
            [b.id for b in boxes],
            {b.id: b for b in boxes},
            {id(c): nxt[id(c)] for c in cards},
        )
        self._next_cells[key] = entry
        return entry

    def end_layout(self) -> None:
        """Keep the boxes, cells and lanes of this layout (only those) for the next."""
        last, cells = self._last_cells, self._next_cells
        self.changed_cells = (
            None
            if not last
            else {k for k, e in cells.items() if last.get(k) is not e}.union(
                last.keys() - cells.keys()
            )
        )
        self._older_cards, self._older_cells, self._older_rows = self._cards, last, self._rows
        self._cards, self._next = self._next, {}
        self._cells, self._next_cells = cells, {}
        self._rows, self._next_rows = self._next_rows, {}
        self._last_cells = {}

    def routes(
        self,
        connections: list[Connection],
        cards: Mapping[str, CardBox],
        stages: list[StageBox],
        lanes: list[LaneBox],
        metrics: FontMetrics,
        theme: Theme,
    ) -> list[ConnectionPath]:
        """`routing.route_connections`, working out again only the routes that may have
        changed: a route is the last layout's (or the one before's) when its connection
        (the same object, at the same place in the list) runs between equal card
        rectangles, along the same columns and rows, and no label placed before it moved,
        since that layout, in a corridor it looked at. The last layout's list itself when
        every route is."""
        inputs = (
            [(s.column.x, s.column.right) for s in stages],
            row_boundaries(lanes),
            metrics,
            theme,
        )

        def same_grid(last: tuple | None) -> bool:
            return last is not None and all(
                a is b or a == b for a, b in zip(inputs, last, strict=True)
            )

        count = len(connections)
        #: the routes of the last layout and of the one before, where the grid is the same;
        #: with, for each, the corridors whose labels (so far) are not where they were in
        #: that layout: to begin with, those of labels whose connection is no longer at its
        #: place in the list
        kept: list[tuple[dict[str, RouteRecord], set[int]]] = []
        for old, last in (
            (self._records, self._routes_from),
            (self._older_records, self._older_routes_from),
        ):
            if old and same_grid(last):
                dirty = {
                    rec.take[0]
                    for rec in old.values()
                    if rec.take is not None
                    and (rec.n >= count or connections[rec.n] is not rec.conn)
                }
                kept.append((old, dirty))
        stage_index = {s.id: i for i, s in enumerate(stages)}
        grid = RouteGrid(stages, inputs[1], metrics, theme, labels={})
        avoid = grid.labels
        assert avoid is not None
        records: dict[str, RouteRecord] = {}
        out: list[ConnectionPath] = []
        #: labels of reused routes not yet put in ``avoid`` (only a route worked out
        #: again reads it: until the first one, nothing needs to be put there)
        pending: list[tuple[int, float, float]] = []
        for n, conn in enumerate(connections):
            a, b = cards.get(conn.source), cards.get(conn.target)
            if a is None or b is None:
                for old, dirty in kept:
                    rec = old.get(conn.id)
                    if rec is not None and rec.take is not None:
                        dirty.add(rec.take[0])  # its label is gone
                continue
            found = None
            for old, dirty in kept:
                rec = old.get(conn.id)
                if (
                    rec is not None
                    and rec.conn is conn
                    and rec.n == n
                    and (
                        (rec.abox is a and rec.bbox is b)
                        or (
                            rec.a == a.rect
                            and rec.b == b.rect
                            and rec.sa == stage_index[a.stage]
                            and rec.sb == stage_index[b.stage]
                        )
                    )
                    and (
                        not dirty
                        or (rec.looked is not EVERY_CORRIDOR and dirty.isdisjoint(rec.looked))
                    )
                ):
                    found = rec
                    break
            if found is not None:
                rec = found
                if rec.take is not None:
                    pending.append(rec.take)
                if rec.abox is not a or rec.bbox is not b:
                    rec = RouteRecord(
                        conn,
                        n,
                        a.rect,
                        b.rect,
                        rec.sa,
                        rec.sb,
                        a,
                        b,
                        rec.path,
                        rec.looked,
                        rec.take,
                    )
            else:
                for take in pending:
                    _take(avoid.setdefault(take[0], []), take[1], take[2])
                pending.clear()
                ar, br = a.rect, b.rect
                sa, sb = stage_index[a.stage], stage_index[b.stage]
                trace: list = []
                ends = RouteEnds(conn.id, conn.source, conn.target, conn.label, n, ar, br, sa, sb)
                path = route(ends, grid, trace)
                looked, take = trace
                rec = RouteRecord(conn, n, ar, br, sa, sb, a, b, path, looked, take)
            take = rec.take
            for old, dirty in kept:
                was = old.get(conn.id)
                if was is rec:
                    continue  # (most routes: the same record as in that layout)
                if was is None or was.n != n or was.take != take:
                    dirty.update(t[0] for t in (was.take if was else None, take) if t is not None)
            records[conn.id] = rec
            out.append(rec.path)
        self._older_records, self._older_routes_from = self._records, self._routes_from
        self._records = records
        self._routes_from = inputs
        last_routes = self._routes
        if len(out) == len(last_routes) and all(map(is_, out, last_routes)):
            return last_routes
        self._routes = out
        return out


def _same(inputs: tuple, last: tuple) -> bool:
    return inputs[0] == last[0] and all(
        a is b or a == b for a, b in zip(inputs[1:], last[1:6], strict=True)
    )
