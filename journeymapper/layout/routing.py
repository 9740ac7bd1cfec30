"""Connection routing: orthogonal routes along the card-free corridors, and their labels.

`route` takes one connection's ends (`RouteEnds`) and what every route of the map runs
along (`RouteGrid`); `route_connections` routes every connection of a map, keeping the
labels apart.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from functools import cmp_to_key

from ..model import Connection
from .cards import MAX_TEXT_LINES
from .geometry import CardBox, ConnectionPath, LaneBox, MapLayout, Rect, StageBox, TextBlock
from .text import FontMetrics, wrap
from .theme import Theme


@dataclass(frozen=True, slots=True)
class RouteEnds:
    """One connection to route: its ids and label, its rank ``n`` among the map's
    connections (parallel routes get different offsets), and the rectangle and column
    index of the card at either end (the canvas passes those of cards being dragged)."""

    id: str
    source: str
    target: str
    label: str | None
    n: int
    a: Rect
    b: Rect
    sa: int
    sb: int


@dataclass
class RouteGrid:
    """What the routes of one map run along, and how their labels are measured."""

    stages: list[StageBox]
    #: the row boundaries a route may run along (`row_boundaries`)
    boundaries: list[float]
    metrics: FontMetrics
    theme: Theme
    #: where labels already are, by the corridor they sit in (`round(boundary)`); each
    #: routed label is added. None: labels are not kept apart (a live preview).
    labels: dict[int, list[list[float]]] | None = field(default=None)

    @classmethod
    def of(cls, layout: MapLayout, metrics: FontMetrics) -> RouteGrid:
        """The grid of a laid-out map, for routes drawn live (labels not kept apart)."""
        return cls(layout.stages, row_boundaries(layout.lanes), metrics, layout.theme)


def route_connections(
    connections: list[Connection],
    cards: dict[str, CardBox],
    stages: list[StageBox],
    lanes: list[LaneBox],
    metrics: FontMetrics,
    theme: Theme,
) -> list[ConnectionPath]:
    """Every connection's route (see `route`), labels kept apart; connections whose
    cards are missing are left out."""
    stage_index = {s.id: i for i, s in enumerate(stages)}
    grid = RouteGrid(stages, row_boundaries(lanes), metrics, theme, labels={})
    out: list[ConnectionPath] = []
    for n, conn in enumerate(connections):
        a, b = cards.get(conn.source), cards.get(conn.target)
        if a is None or b is None:
            continue
        ends = RouteEnds(
            conn.id,
            conn.source,
            conn.target,
            conn.label,
            n,
            a.rect,
            b.rect,
            stage_index[a.stage],
            stage_index[b.stage],
        )
        out.append(route(ends, grid))
    return out


def row_boundaries(lanes: list[LaneBox]) -> list[float]:
    """Row boundaries a route may run along: between lanes and below the last one (not
    the top of the grid, which the stage headers touch)."""
    return sorted({lane.row.bottom for lane in lanes})


#: what a route read of the labels already placed: every corridor (see `route`'s trace)
EVERY_CORRIDOR = None


def route(ends: RouteEnds, grid: RouteGrid, trace: list | None = None) -> ConnectionPath:
    """An orthogonal route along the card-free corridors between columns and rows.

    Cards sit ``cell_pad`` inside their cell, so column and row boundaries are free
    of cards: a route leaves its card sideways into the column corridor, runs along a
    row boundary to the target's column corridor and enters the target from the side.
    The ``n``-th route gets its own small offset so parallel routes stay apart. A label
    takes the nearest place on its route's run that no label already placed there covers
    (``grid.labels``; this label is added to it); when the nearest corridor has no room,
    the route runs along the next nearest one that has. The canvas calls this with the
    live rectangles of cards being dragged (and no ``grid.labels``).

    ``trace``: a list that receives what the route read and wrote of ``grid.labels``: the
    corridors it looked at (a tuple of keys, or `EVERY_CORRIDOR`) and the place its label
    took, (corridor, left, right) or None (the layout cache re-routes only what changed).
    """
    n, a, b, sa, sb, label_text = ends.n, ends.a, ends.b, ends.sa, ends.sb, ends.label
    stages, boundaries, avoid = grid.stages, grid.boundaries, grid.labels
    m, t = grid.metrics, grid.theme
    offset = ((n % 5) - 2) * t.connection_spacing
    if sb > sa:
        sx, ex = a.right, b.x
        vx1 = stages[sa].column.right + offset
        vx2 = stages[sb].column.x + offset
    elif sb < sa:
        sx, ex = a.x, b.right
        vx1 = stages[sa].column.x + offset
        vx2 = stages[sb].column.right + offset
    else:
        sx, ex = a.right, b.right
        vx1 = vx2 = stages[sa].column.right - t.cell_pad / 2 + offset / 2
    sy = a.y + min(a.h / 2, 22.0)
    ey = b.y + min(b.h / 2, 22.0)

    # A labelled route always runs along a row boundary: its label sits in that card-free
    # corridor instead of over the cards on either side of a column corridor.
    via_row = bool(label_text) or abs(sb - sa) > 1
    lines: tuple[str, ...] = ()
    lw = lh = 0.0
    label_x: float | None = None
    if label_text:
        lines = tuple(wrap(label_text, 220, m, t.tag_size, max_lines=MAX_TEXT_LINES))
        lw = max(m.width(line, t.tag_size) for line in lines) + 8
        lh = t.tag_size * t.line_spacing
    if via_row and label_text and avoid is not None:
        # the nearest corridor (of three) with room for the label on the route's run
        want = (vx1 + vx2) / 2 - lw / 2
        lo, hi = min(vx1, vx2), max(vx1, vx2)
        nearest = _nearest_boundaries(boundaries, sy, ey, 3)
        looked: tuple[int, ...] | None = tuple(round(c) for c in nearest)
        boundary = nearest[0]
        for candidate in nearest:
            left, right = _free_places(avoid.get(round(candidate), []), want, lw)
            on_run = [x for x in (right, left) if x <= hi and x + lw >= lo]
            if on_run:
                boundary = candidate
                label_x = min(on_run, key=lambda x: abs(x - want))
                break
        if label_x is None:
            # no room on the run in the corridors near: the nearest corridor with a free
            # place on the map, as near the run as may be (or, when every corridor is
            # packed from end to end, over another label in the nearest one)
            looked = EVERY_CORRIDOR
            lo_x, hi_x = stages[0].column.x, stages[-1].column.right - lw
            for candidate in _nearest_boundaries(boundaries, sy, ey, len(boundaries)):
                left, right = _free_places(avoid.get(round(candidate), []), want, lw)
                inside = [x for x in (right, left) if lo_x <= x <= hi_x]
                if inside:
                    boundary = candidate
                    label_x = min(inside, key=lambda x: abs(x - want))
                    break
            else:
                label_x = max(lo_x, min(want, hi_x))
        _take(
            avoid.setdefault(round(boundary), []), label_x - _LABEL_GAP, label_x + lw + _LABEL_GAP
        )
        if trace is not None:
            trace += [looked, (round(boundary), label_x - _LABEL_GAP, label_x + lw + _LABEL_GAP)]
    else:
        boundary = _nearest_boundaries(boundaries, sy, ey, 1)[0]
        if trace is not None:
            trace += [(), None]
    if not via_row:
        # adjacent columns share one corridor
        mid = (vx1 + vx2) / 2 if abs(sb - sa) == 1 else vx1
        pts = [(sx, sy), (mid, sy), (mid, ey), (ex, ey)]
    else:
        hy = boundary + offset
        pts = [(sx, sy), (vx1, sy), (vx1, hy), (vx2, hy), (vx2, ey), (ex, ey)]
    label = label_rect = None
    if label_text:
        if via_row:
            lx, ly = (vx1 + vx2) / 2, boundary
        else:
            # same column: centred on the longest run
            (x0, y0), (x1, y1) = max(
                itertools.pairwise(pts),
                key=lambda seg: abs(seg[1][0] - seg[0][0]) + abs(seg[1][1] - seg[0][1]),
            )
            lx, ly = (x0 + x1) / 2, (y0 + y1) / 2
        left_x = label_x if label_x is not None else lx - lw / 2
        label_rect = Rect(left_x, ly - len(lines) * lh / 2 - 1, lw, len(lines) * lh + 2)
        label = TextBlock(
            label_rect.x + 4, label_rect.y + 1, lines, t.tag_size, False, t.muted_ink, lh
        )
    return ConnectionPath(ends.id, ends.source, ends.target, tuple(pts), label, label_rect, sb < sa)


#: space kept between two labels in one corridor; occupied stretches closer than
#: `_LABEL_MIN` are one stretch (no label fits between them)
_LABEL_GAP = 6.0
_LABEL_MIN = 24.0


#: lengths closer than this (scene units) are equal when routes are compared
_TIE = 1e-6


def _nearest_boundaries(boundaries: list[float], sy: float, ey: float, count: int) -> list[float]:
    """The ``count`` row boundaries (sorted) nearest a route from height ``sy`` to ``ey``:
    the shortest way down and up again, then the nearer to its start, then the upper one
    (lengths within `_TIE` count as equal). Only the boundaries
    between the two heights and ``count`` on either side can be among them."""
    lo, hi = (sy, ey) if sy <= ey else (ey, sy)
    i = max(bisect.bisect_left(boundaries, lo) - count, 0)
    j = bisect.bisect_right(boundaries, hi) + count
    near = list(enumerate(boundaries[i:j], start=i))

    def order(p: tuple[int, float], q: tuple[int, float]) -> int:
        # lengths equal within _TIE are equal: float noise (a card box moved by an offset
        # instead of laid out in place) must never send a route along another corridor
        for dp, dq in (
            (abs(p[1] - sy) + abs(p[1] - ey), abs(q[1] - sy) + abs(q[1] - ey)),
            (abs(p[1] - sy), abs(q[1] - sy)),
        ):
            if abs(dp - dq) > _TIE:
                return -1 if dp < dq else 1
        return p[0] - q[0]

    near.sort(key=cmp_to_key(order))
    return [yy for _, yy in near[:count]]


def _free_places(taken: list[list[float]], want: float, w: float) -> tuple[float, float]:
    """The nearest places, at or left of ``want`` and at or right of it, where a label
    ``w`` wide clears the labels already in its corridor. ``taken``: the corridor's
    occupied stretches, [left, right] with the space kept around labels, sorted and apart
    (a packed corridor is a few stretches, so this stays quick however full it is)."""
    start = max(bisect.bisect_right(taken, [want]) - 1, 0)
    right = want
    for left_edge, right_edge in taken[start:]:
        if right_edge <= right:
            continue
        if left_edge >= right + w:
            break
        right = right_edge
    left = want
    for left_edge, right_edge in reversed(taken[: bisect.bisect_left(taken, [want + w])]):
        if right_edge <= left:
            break
        left = min(left, left_edge - w)
    return left, right


def _take(taken: list[list[float]], left: float, right: float) -> None:
    """Add [left, right] to the sorted stretches, merging those it touches or nearly."""
    i = bisect.bisect_left(taken, [left])
    if i > 0 and taken[i - 1][1] + _LABEL_MIN > left:
        i -= 1
        left = min(left, taken[i][0])
    j = i
    while j < len(taken) and taken[j][0] - _LABEL_MIN < right:
        right = max(right, taken[j][1])
        j += 1
    taken[i:j] = [[left, right]]
