"""Where the compare view's marks go on the current map's layout (no Qt).

Added and changed parts are outlined around their own boxes, and a connection along its own
route (never a box across the cards it passes); a card the current map no
longer has is a ghost in its old cell (below that cell's cards), sized as the other map laid
it out; the other map's emotion curves go through the current stage centres and lane scales,
and each stage whose score changed gets its delta next to the current point.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ..compare.marks import CompareMarks, MarkKind, format_delta
from ..model import JourneyMap
from .curves import smooth_segments
from .geometry import ConnectionPath, MapLayout, Rect
from .theme import persona_colour

#: how far an outline stands off the part it marks
OUTLINE_GAP = 4.0
#: height of a ghost shown as a one-line strip (its cell has no room for the whole card)
GHOST_STRIP = 22.0


@dataclass(frozen=True)
class CompareMark:
    kind: MarkKind
    part: str  # "card", "stage", "lane", "emotion", "connection"
    id: str
    rect: Rect
    #: a ghost's title lines (removed cards only)
    title: tuple[str, ...] = ()
    #: a connection's route, as laid out (connections only): the mark traces it
    route: tuple[tuple[float, float], ...] = ()

    @property
    def midpoint(self) -> tuple[float, float]:
        """Halfway along the route (the rect's centre for a part without one)."""
        return route_midpoint(self.route) if self.route else (self.rect.cx, self.rect.cy)


@dataclass(frozen=True)
class GhostCurve:
    lane: str
    persona: str | None
    colour: str
    points: tuple[tuple[float, float], ...]
    segments: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class DeltaLabel:
    lane: str
    persona: str | None
    stage: str
    x: float
    y: float
    text: str
    colour: str
    #: the current map's emotion point whose change this is
    point: str | None = None


@dataclass
class CompareGeometry:
    marks: list[CompareMark]
    curves: list[GhostCurve]
    deltas: list[DeltaLabel]
    #: the corner radius the map's connections are drawn with (traced routes follow it)
    route_radius: float = 8.0

    def mark_for(self, part_id: str) -> CompareMark | None:
        return next((m for m in self.marks if m.id == part_id), None)


def route_midpoint(points: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    """The point halfway along a polyline, by length."""
    pieces = list(pairwise(points))
    lengths = [((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5 for (ax, ay), (bx, by) in pieces]
    rest = sum(lengths) / 2
    for ((ax, ay), (bx, by)), n in zip(pieces, lengths, strict=True):
        if rest <= n and n > 0:
            t = rest / n
            return ax + (bx - ax) * t, ay + (by - ay) * t
        rest -= n
    return points[-1]


def _route_mark(kind: MarkKind, path: ConnectionPath) -> CompareMark:
    xs = [p[0] for p in path.points]
    ys = [p[1] for p in path.points]
    box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    return CompareMark(kind, "connection", path.id, _grow(box, 2), route=tuple(path.points))


def _grow(r: Rect, by: float = OUTLINE_GAP) -> Rect:
    return Rect(r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by)


def compare_geometry(
    layout: MapLayout,
    current: JourneyMap,
    marks: CompareMarks,
    other_layout: MapLayout | None = None,
) -> CompareGeometry:
    """The marks of `marks` placed on ``layout`` (the current map's). ``other_layout`` (the
    other map's) gives removed cards their size and title lines."""
    out: list[CompareMark] = []
    stage_boxes = {s.id: s for s in layout.stages}
    lane_boxes = {x.id: x for x in layout.lanes}
    points = {p.id: (p.x, p.y) for curve in layout.curves for p in curve.points}
    paths = {c.id: c for c in layout.connections}
    for part_id in [*marks.added, *marks.changed]:
        kind = marks.kind_of(part_id)
        assert kind is not None
        if part_id in layout.cards:
            out.append(CompareMark(kind, "card", part_id, _grow(layout.cards[part_id].rect)))
        elif part_id in stage_boxes:
            out.append(CompareMark(kind, "stage", part_id, _grow(stage_boxes[part_id].rect)))
        elif part_id in lane_boxes:
            out.append(CompareMark(kind, "lane", part_id, _grow(lane_boxes[part_id].rect)))
        elif part_id in points:
            x, y = points[part_id]
            out.append(CompareMark(kind, "emotion", part_id, Rect(x - 11, y - 11, 22, 22)))
        elif part_id in paths:
            out.append(_route_mark(kind, paths[part_id]))
    # a removed connection: its old route, dotted, where both its cards still sit where the
    # other map had them (elsewhere that route would mean nothing: it is in the dock only)
    if other_layout is not None:
        old_paths = {c.id: c for c in other_layout.connections}
        for conn in marks.removed_connections:
            old = old_paths.get(conn.id)
            if old is not None and all(
                i in layout.cards
                and i in other_layout.cards
                and layout.cards[i].rect == other_layout.cards[i].rect
                for i in (conn.source, conn.target)
            ):
                out.append(_route_mark("removed", old))
    # ghosts: in their old cell, below the cards still there, as the other map laid them
    # out; where the cell has no room for that, side by side in a one-line strip at its
    # bottom, over the last card's bottom padding (where a card has no text)
    by_cell: dict[tuple[str, str], list] = {}
    for card in marks.removed_cards:
        if card.stage in stage_boxes and card.lane in lane_boxes:
            by_cell.setdefault((card.stage, card.lane), []).append(card)
        # (a card whose stage or lane is gone too is listed in the dock only)
    for cell, cards in by_cell.items():
        out.extend(_ghosts(layout, cell, cards, other_layout))
    curves, deltas = _curves(layout, current, marks)
    order = {"stage": 0, "lane": 1, "card": 2, "connection": 3, "emotion": 4}
    # (a removed connection's old route first: the current ones' marks are drawn over it)
    out.sort(key=lambda m: (order.get(m.part, 9), m.part == "connection" and m.kind != "removed"))
    return CompareGeometry(out, curves, deltas, layout.theme.route_radius)


def _ghosts(
    layout: MapLayout, cell: tuple[str, str], cards: list, other_layout: MapLayout | None
) -> list[CompareMark]:
    t = layout.theme
    cell_rect = layout.cell_rect(*cell)
    x, w = cell_rect.x + t.cell_pad, cell_rect.w - 2 * t.cell_pad
    top = max(
        (
            layout.cards[i].rect.bottom + t.card_gap
            for i in layout.cell_cards.get(cell, [])
            if i in layout.cards
        ),
        default=cell_rect.y + t.cell_pad,
    )
    boxes = [other_layout.cards.get(c.id) if other_layout is not None else None for c in cards]
    if all(b is not None for b in boxes):
        need = sum(b.rect.h for b in boxes) + t.card_gap * (len(boxes) - 1)
        if top + need <= cell_rect.bottom - t.cell_pad:
            out, y = [], top
            for card, box in zip(cards, boxes, strict=True):
                rect = Rect(x, y, w, box.rect.h)
                out.append(CompareMark("removed", "card", card.id, rect, box.title.lines))
                y = rect.bottom + t.card_gap
            return out
    y = min(top, cell_rect.bottom - 2 - GHOST_STRIP)
    gap = 4.0
    each = (w - gap * (len(cards) - 1)) / len(cards)
    return [
        CompareMark(
            "removed",
            "card",
            card.id,
            Rect(x + k * (each + gap), y, each, GHOST_STRIP),
            (" ".join(card.title.split()),),
        )
        for k, card in enumerate(cards)
    ]


def _curves(
    layout: MapLayout, current: JourneyMap, marks: CompareMarks
) -> tuple[list[GhostCurve], list[DeltaLabel]]:
    stage_x = {s.id: s.column.cx for s in layout.stages}
    persona_index = {p.id: i for i, p in enumerate(current.personas)}
    colours = {(c.lane, c.persona): c.colour for c in layout.curves}
    curves: list[GhostCurve] = []
    deltas: list[DeltaLabel] = []
    for pair in marks.curves:
        scale = layout.scales.get(pair.lane)
        if scale is None:
            continue
        colour = colours.get((pair.lane, pair.persona))
        if colour is None:
            index = persona_index.get(pair.persona or "", len(current.personas))
            colour = persona_colour(index, None) if pair.persona else layout.theme.ink
        pts = [
            (stage_x[s.stage], scale.y_of(s.old))
            for s in pair.stages
            if s.old is not None and s.stage in stage_x
        ]
        if pair.changed and pts:
            curves.append(
                GhostCurve(pair.lane, pair.persona, colour, tuple(pts), smooth_segments(pts))
            )
        for s in pair.stages:
            delta = s.delta
            if delta is None or delta == 0 or s.new is None or s.stage not in stage_x:
                continue
            deltas.append(
                DeltaLabel(
                    pair.lane,
                    pair.persona,
                    s.stage,
                    stage_x[s.stage] + 12,
                    scale.y_of(s.new),
                    format_delta(delta),
                    colour,
                    s.point,
                )
            )
    return curves, deltas


__all__ = [
    "CompareGeometry",
    "CompareMark",
    "DeltaLabel",
    "GhostCurve",
    "compare_geometry",
    "route_midpoint",
]
