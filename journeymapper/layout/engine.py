"""The one geometry of a journey map: every position, wrapped line and curve point.

`compute_layout` turns a `JourneyMap` and a font-metrics object into a `MapLayout`. The
canvas, the PDF and the PNG all draw from it, so what is on screen is what is on paper.
Coordinates are scene units (1 unit = 1 pt at 100 % zoom), y grows downwards.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from functools import cmp_to_key

from ..model import Card, Channel, JourneyMap, LaneKind
from .text import CachedMetrics, FontMetrics, wrap
from .theme import (
    DEFAULT_THEME,
    Theme,
    lane_colour,
    map_words,
    mix,
    persona_colour,
    stage_colour,
)

#: Baseline of a line of text, as a fraction of the font size below the line's top
#: (DejaVu Sans: ascender 0.928 em; lines are centred in their line height).
ASCENT = 0.93


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom


@dataclass(frozen=True)
class TextBlock:
    """Lines of one size and weight, the first line's top at ``y``."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    colour: str = "#1F2933"
    line_height: float = 0.0

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def baselines(self) -> list[float]:
        offset = (self.line_height - self.size) / 2 + self.size * ASCENT
        return [self.y + i * self.line_height + offset for i in range(len(self.lines))]


@dataclass(frozen=True)
class Chip:
    rect: Rect
    text: TextBlock
    fill: str
    is_votes: bool = False


@dataclass(frozen=True)
class CardBox:
    id: str
    stage: str
    lane: str
    rect: Rect
    fill: str
    border: str
    title: TextBlock
    body: TextBlock | None
    chips: tuple[Chip, ...]
    channel: Channel | None
    channel_label: TextBlock | None
    icon: Rect | None


@dataclass(frozen=True)
class StageBox:
    id: str
    index: int
    rect: Rect  # the header
    column: Rect  # header and every lane
    fill: str
    name: TextBlock
    description: TextBlock | None


@dataclass(frozen=True)
class LegendEntry:
    persona: str | None
    colour: str
    text: TextBlock
    swatch: Rect


@dataclass(frozen=True)
class LaneBox:
    id: str
    index: int
    kind: LaneKind
    rect: Rect  # the header, left of the grid
    row: Rect  # the whole row across the stages
    fill: str
    name: TextBlock
    kind_label: TextBlock
    icon: Rect
    legend: tuple[LegendEntry, ...] = ()


@dataclass(frozen=True)
class CurvePoint:
    id: str
    stage: str
    x: float
    y: float
    score: float


@dataclass(frozen=True)
class Curve:
    lane: str
    persona: str | None
    colour: str
    points: tuple[CurvePoint, ...]
    #: cubic Bézier segments ((x0,y0),(c1x,c1y),(c2x,c2y),(x1,y1)) through the points
    segments: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class EmotionScale:
    lane: str
    top: float  # y of +5
    bottom: float  # y of -5
    left: float
    right: float
    labels: tuple[TextBlock, ...]

    def y_of(self, score: float) -> float:
        return self.top + (5.0 - score) / 10.0 * (self.bottom - self.top)

    def score_at(self, y: float) -> float:
        span = self.bottom - self.top
        return 5.0 - (y - self.top) / span * 10.0 if span else 0.0

    @property
    def zero(self) -> float:
        return self.y_of(0.0)


@dataclass(frozen=True)
class ConnectionPath:
    id: str
    source: str
    target: str
    points: tuple[tuple[float, float], ...]
    label: TextBlock | None
    label_rect: Rect | None
    loops_back: bool

    def bounds(self) -> Rect:
        """Where the route, its arrowhead (10 around the line) and its label are drawn."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        r = Rect(min(xs) - 10, min(ys) - 10, max(xs) - min(xs) + 20, max(ys) - min(ys) + 20)
        if self.label_rect is not None:
            lr = self.label_rect
            x0, y0 = min(r.x, lr.x), min(r.y, lr.y)
            r = Rect(x0, y0, max(r.right, lr.right) - x0, max(r.bottom, lr.bottom) - y0)
        return r


@dataclass
class MapLayout:
    width: float
    height: float
    theme: Theme
    title: TextBlock
    subtitle: TextBlock | None
    grid: Rect  # the cells' area (right of lane headers, below stage headers)
    corner: Rect  # above the lane headers, left of the stage headers
    stages: list[StageBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    scales: dict[str, EmotionScale]
    curves: list[Curve]
    connections: list[ConnectionPath]
    #: card ids of every (stage, lane) cell, in order
    cell_cards: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _stage_edges: list[float] = field(default_factory=list)
    _lane_edges: list[float] = field(default_factory=list)

    # -- hit testing, shared by the canvas and the tests ------------------------------

    def stage_index_at(self, x: float) -> int | None:
        """The column under ``x`` (None outside the grid)."""
        if not self.stages or x < self._stage_edges[0] or x > self._stage_edges[-1]:
            return None
        return min(bisect.bisect_right(self._stage_edges, x) - 1, len(self.stages) - 1)

    def lane_index_at(self, y: float) -> int | None:
        if not self.lanes or y < self._lane_edges[0] or y > self._lane_edges[-1]:
            return None
        return min(bisect.bisect_right(self._lane_edges, y) - 1, len(self.lanes) - 1)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        si, li = self.stage_index_at(x), self.lane_index_at(y)
        if si is None or li is None:
            return None
        return self.stages[si].id, self.lanes[li].id

    def cell_rect(self, stage_id: str, lane_id: str) -> Rect:
        stage = next(s for s in self.stages if s.id == stage_id)
        lane = next(lane for lane in self.lanes if lane.id == lane_id)
        return Rect(stage.column.x, lane.row.y, stage.column.w, lane.row.h)

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dropped at ``x`` lands: the nearest column boundary."""
        centres = [s.column.cx for s in self.stages]
        return bisect.bisect_left(centres, x)

    def lane_insert_index(self, y: float) -> int:
        centres = [lane.row.cy for lane in self.lanes]
        return bisect.bisect_left(centres, y)

    def stage_box(self, stage_id: str) -> StageBox | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane_box(self, lane_id: str) -> LaneBox | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)


def _block(
    x: float,
    y: float,
    text: str,
    width: float,
    metrics: FontMetrics,
    size: float,
    theme: Theme,
    bold: bool = False,
    colour: str | None = None,
) -> TextBlock:
    lines = tuple(wrap(text, width, metrics, size, bold))
    return TextBlock(
        x, y, lines, size, bold, colour or theme.ink, line_height=size * theme.line_spacing
    )


def _card_box(
    card: Card,
    lane_kind: LaneKind,
    x: float,
    y: float,
    width: float,
    metrics: FontMetrics,
    theme: Theme,
    words: dict[str, str],
) -> CardBox:
    pad = theme.card_pad
    inner_w = width - 2 * pad
    cy = y + pad
    icon: Rect | None = None
    channel_label: TextBlock | None = None
    is_touchpoint = lane_kind == LaneKind.TOUCHPOINTS or card.channel is not None
    channel = (
        card.channel
        if card.channel is not None
        else (Channel.OTHER if lane_kind == LaneKind.TOUCHPOINTS else None)
    )
    if is_touchpoint and channel is not None:
        icon = Rect(x + pad, cy, theme.icon_size, theme.icon_size)
        label_x = icon.right + 6
        channel_label = _block(
            label_x,
            cy + (theme.icon_size - theme.tag_size * theme.line_spacing) / 2,
            words[channel.value],
            x + width - pad - label_x,
            metrics,
            theme.tag_size,
            theme,
            colour=theme.muted_ink,
        )
        cy += max(theme.icon_size, channel_label.height) + 6
    title = _block(
        x + pad, cy, card.title, inner_w, metrics, theme.card_title_size, theme, bold=True
    )
    cy += title.height
    body: TextBlock | None = None
    if card.body:
        cy += 4
        body = _block(
            x + pad, cy, card.body, inner_w, metrics, theme.card_body_size, theme, colour="#3B4652"
        )
        cy += body.height
    chips: list[Chip] = []
    chip_texts: list[tuple[str, bool]] = []
    if card.votes:
        chip_texts.append((f"● {card.votes}", True))
    chip_texts.extend((f"#{tag}", False) for tag in card.tags)
    if chip_texts:
        cy += 8
        lh = theme.tag_size * theme.line_spacing
        cx = x + pad
        row_h = 0.0
        for text, is_votes in chip_texts:
            tb = _block(
                0,
                0,
                text,
                inner_w - 12,
                metrics,
                theme.tag_size,
                theme,
                colour="#FFFFFF" if is_votes else theme.muted_ink,
                bold=is_votes,
            )
            w = max(metrics.width(line, theme.tag_size, is_votes) for line in tb.lines) + 12
            h = tb.height + 4
            if cx > x + pad and cx + w > x + pad + inner_w:
                cx = x + pad
                cy += row_h + 4
                row_h = 0.0
            rect = Rect(cx, cy, w, h)
            placed = TextBlock(cx + 6, cy + 2, tb.lines, tb.size, tb.bold, tb.colour, lh)
            chips.append(
                Chip(rect, placed, theme.selection if is_votes else theme.tag_fill, is_votes)
            )
            cx += w + 4
            row_h = max(row_h, h)
        cy += row_h
    height = cy + pad - y
    fill = card.color or (theme.touchpoint_fill if is_touchpoint else theme.card_fill)
    border = (
        mix(fill, "#000000", 0.18)
        if card.color
        else ("#CBD5E1" if is_touchpoint else theme.card_border)
    )
    return CardBox(
        id=card.id,
        stage=card.stage,
        lane=card.lane,
        rect=Rect(x, y, width, height),
        fill=fill,
        border=border,
        title=title,
        body=body,
        chips=tuple(chips),
        channel=channel if is_touchpoint else None,
        channel_label=channel_label,
        icon=icon,
    )


def _shift_text(block: TextBlock, dx: float, dy: float) -> TextBlock:
    return TextBlock(
        block.x + dx,
        block.y + dy,
        block.lines,
        block.size,
        block.bold,
        block.colour,
        block.line_height,
    )


def _shift_rect(r: Rect, dx: float, dy: float) -> Rect:
    return Rect(r.x + dx, r.y + dy, r.w, r.h)


def _shift_card(box: CardBox, x: float, y: float) -> CardBox:
    """The same card box with its top-left corner at (x, y)."""
    dx, dy = x - box.rect.x, y - box.rect.y
    if not dx and not dy:
        return box
    return CardBox(
        id=box.id,
        stage=box.stage,
        lane=box.lane,
        rect=_shift_rect(box.rect, dx, dy),
        fill=box.fill,
        border=box.border,
        title=_shift_text(box.title, dx, dy),
        body=_shift_text(box.body, dx, dy) if box.body is not None else None,
        chips=tuple(
            Chip(_shift_rect(c.rect, dx, dy), _shift_text(c.text, dx, dy), c.fill, c.is_votes)
            for c in box.chips
        ),
        channel=box.channel,
        channel_label=(
            _shift_text(box.channel_label, dx, dy) if box.channel_label is not None else None
        ),
        icon=_shift_rect(box.icon, dx, dy) if box.icon is not None else None,
    )


def smooth_segments(
    pts: list[tuple[float, float]],
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Fritsch–Carlson monotone cubic through ``pts`` (sorted by x) as Bézier segments.

    A monotone curve never overshoots its points, so it never leaves the lane.
    """
    n = len(pts)
    if n < 2:
        return ()
    dx = [pts[i + 1][0] - pts[i][0] for i in range(n - 1)]
    slope = [(pts[i + 1][1] - pts[i][1]) / dx[i] if dx[i] else 0.0 for i in range(n - 1)]
    tangent = [0.0] * n
    tangent[0], tangent[-1] = slope[0], slope[-1]
    for i in range(1, n - 1):
        if slope[i - 1] * slope[i] <= 0:
            tangent[i] = 0.0
        else:
            w1 = 2 * dx[i] + dx[i - 1]
            w2 = dx[i] + 2 * dx[i - 1]
            tangent[i] = (w1 + w2) / (w1 / slope[i - 1] + w2 / slope[i])
    segments = []
    for i in range(n - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        h = dx[i] / 3
        segments.append(
            ((x0, y0), (x0 + h, y0 + tangent[i] * h), (x1 - h, y1 - tangent[i + 1] * h), (x1, y1))
        )
    return tuple(segments)


class LayoutCache:
    """Card boxes kept between layouts of one document.

    Parts of a document are values: an edit replaces a card with a new object, so a card
    that is the *same object* as last time (same lane kind, width and words) has the same
    box, only perhaps at another place. Re-laying out a map after one edit then wraps the
    text of the changed cards only.
    """

    def __init__(self) -> None:
        self.cards: dict[int, tuple[Card, LaneKind, float, dict[str, str], CardBox]] = {}
        #: the routes of the last layout and what they were worked out from
        self.routes: list[ConnectionPath] = []
        self.routes_from: tuple[object, ...] = ()


def compute_layout(
    doc: JourneyMap,
    metrics: FontMetrics,
    theme: Theme = DEFAULT_THEME,
    cache: LayoutCache | None = None,
) -> MapLayout:
    """Lay out the whole map (``cache``: reuse the boxes of unchanged cards)."""
    m = metrics if isinstance(metrics, CachedMetrics) else CachedMetrics(metrics)
    t = theme
    words = map_words(doc.locale)
    old_boxes = cache.cards if cache is not None else {}
    new_boxes: dict[int, tuple[Card, LaneKind, float, dict[str, str], CardBox]] = {}
    stage_widths = [s.width or t.stage_width for s in doc.stages]
    grid_x = t.margin + t.lane_header_width
    grid_w = sum(stage_widths)
    total_w = grid_x + grid_w + t.margin

    # Title block
    y = t.margin
    title = _block(t.margin, y, doc.title, total_w - 2 * t.margin, m, t.title_size, t, bold=True)
    y += title.height
    sub_parts = []
    if doc.personas:
        sub_parts.append(" · ".join(p.name for p in doc.personas))
    if doc.description:
        sub_parts.append(doc.description)
    subtitle = None
    if sub_parts:
        y += 4
        subtitle = _block(
            t.margin,
            y,
            "  —  ".join(sub_parts),
            total_w - 2 * t.margin,
            m,
            t.subtitle_size,
            t,
            colour=t.muted_ink,
        )
        y += subtitle.height
    y += 20
    header_y = y

    # Stage headers: one height for the row, the tallest header's.
    stage_texts = []
    x = grid_x
    for s, w in zip(doc.stages, stage_widths, strict=True):
        inner = w - 2 * t.header_pad
        name = _block(x + t.header_pad, 0, s.name, inner, m, t.stage_name_size, t, bold=True)
        desc = None
        if s.description:
            desc = _block(
                x + t.header_pad,
                0,
                s.description,
                inner,
                m,
                t.stage_desc_size,
                t,
                colour=t.muted_ink,
            )
        stage_texts.append((x, w, name, desc))
        x += w
    header_h = max(
        72.0,
        max(2 * t.header_pad + n.height + (6 + d.height if d else 0) for _, _, n, d in stage_texts),
    )
    grid_y = header_y + header_h

    # Lanes: each grows to fit its tallest cell (and its header text).
    cells: dict[tuple[str, str], list] = {}
    for card in doc.cards:
        cells.setdefault((card.stage, card.lane), []).append(card)
    stage_x = {s.id: sx for s, (sx, _, _, _) in zip(doc.stages, stage_texts, strict=True)}
    stage_w = dict(zip((s.id for s in doc.stages), stage_widths, strict=True))
    personas_idx = {p.id: i for i, p in enumerate(doc.personas)}

    lanes: list[LaneBox] = []
    cards: dict[str, CardBox] = {}
    scales: dict[str, EmotionScale] = {}
    y = grid_y
    head_inner = t.lane_header_width - 2 * t.header_pad
    for li, lane in enumerate(doc.lanes):
        kind = lane.kind
        name = _block(
            t.margin + t.header_pad, 0, lane.name, head_inner, m, t.lane_name_size, t, bold=True
        )
        kind_label = _block(
            t.margin + t.header_pad + t.icon_size + 6,
            0,
            words[kind.value],
            head_inner - t.icon_size - 6,
            m,
            t.lane_kind_size,
            t,
            colour=t.muted_ink,
        )
        legend_src: list[tuple[str | None, str, str]] = []
        if kind == LaneKind.EMOTION:
            used = {e.persona for e in doc.emotions if e.lane == lane.id}
            for p in doc.personas:
                if p.id in used:
                    legend_src.append((p.id, persona_colour(personas_idx[p.id], p.color), p.name))
            if None in used:
                legend_src.append((None, t.ink, words["customer"] if doc.personas else ""))
        head_h = 2 * t.header_pad + name.height + 6 + max(kind_label.height, t.icon_size)
        head_h += sum(t.lane_kind_size * t.line_spacing + 2 for _ in legend_src) + (
            6 if legend_src else 0
        )
        base_h = lane.height or (
            t.emotion_lane_height if kind == LaneKind.EMOTION else t.lane_min_height
        )
        lane_h = max(base_h, head_h)
        lane_cards: list[CardBox] = []
        if kind != LaneKind.EMOTION:
            for s in doc.stages:
                cy = y + t.cell_pad
                width = stage_w[s.id] - 2 * t.cell_pad
                x = stage_x[s.id] + t.cell_pad
                for card in cells.get((s.id, lane.id), ()):
                    # A card is laid out at the origin and then moved to its place, in a
                    # fresh layout as in a cached one, so both give the very same floats.
                    hit = old_boxes.get(id(card))
                    if (
                        hit is not None
                        and hit[0] is card
                        and hit[1] == kind
                        and hit[2] == width
                        and hit[3] is words
                    ):
                        home = hit[4]
                    else:
                        home = _card_box(card, kind, 0.0, 0.0, width, m, t, words)
                    if cache is not None:
                        new_boxes[id(card)] = (card, kind, width, words, home)
                    box = _shift_card(home, x, cy)
                    lane_cards.append(box)
                    cy = box.rect.bottom + t.card_gap
                lane_h = max(lane_h, cy - t.card_gap + t.cell_pad - y)
        for box in lane_cards:
            cards[box.id] = box
        # place header text now that y is known
        ny = y + t.header_pad
        name = TextBlock(
            name.x, ny, name.lines, name.size, name.bold, name.colour, name.line_height
        )
        ky = ny + name.height + 6
        icon = Rect(t.margin + t.header_pad, ky, t.icon_size, t.icon_size)
        kind_label = TextBlock(
            kind_label.x,
            ky + (t.icon_size - kind_label.line_height) / 2
            if kind_label.height < t.icon_size
            else ky,
            kind_label.lines,
            kind_label.size,
            False,
            kind_label.colour,
            kind_label.line_height,
        )
        legend: list[LegendEntry] = []
        ly = ky + max(kind_label.height, t.icon_size) + 6
        for pid, colour, label in legend_src:
            lh = t.lane_kind_size * t.line_spacing
            sw = Rect(t.margin + t.header_pad, ly + lh / 2 - 1.5, 16, 3)
            tb = TextBlock(
                sw.right + 6,
                ly,
                tuple(wrap(label, head_inner - 22, m, t.lane_kind_size))[:1],
                t.lane_kind_size,
                False,
                t.ink,
                lh,
            )
            legend.append(LegendEntry(pid, colour, tb, sw))
            ly += lh + 2
        fill = lane_colour(kind, lane.color)
        lanes.append(
            LaneBox(
                lane.id,
                li,
                kind,
                Rect(t.margin, y, t.lane_header_width, lane_h),
                Rect(grid_x, y, grid_w, lane_h),
                fill,
                name,
                kind_label,
                icon,
                tuple(legend),
            )
        )
        if kind == LaneKind.EMOTION:
            top, bottom = y + t.cell_pad + 10, y + lane_h - t.cell_pad - 10
            lh = t.curve_label_size * t.line_spacing
            labels = tuple(
                TextBlock(
                    grid_x + 6, yy - lh / 2, (text,), t.curve_label_size, False, t.muted_ink, lh
                )
                for text, yy in (("+5", top), ("0", (top + bottom) / 2), ("−5", bottom))
            )
            scales[lane.id] = EmotionScale(lane.id, top, bottom, grid_x, grid_x + grid_w, labels)
        y += lane_h
    grid_bottom = y

    stages: list[StageBox] = []
    for i, (s, (sx, w, name, desc)) in enumerate(zip(doc.stages, stage_texts, strict=True)):
        ny = header_y + t.header_pad
        name = TextBlock(name.x, ny, name.lines, name.size, True, name.colour, name.line_height)
        if desc is not None:
            desc = TextBlock(
                desc.x,
                ny + name.height + 6,
                desc.lines,
                desc.size,
                False,
                desc.colour,
                desc.line_height,
            )
        stages.append(
            StageBox(
                s.id,
                i,
                Rect(sx, header_y, w, header_h),
                Rect(sx, header_y, w, grid_bottom - header_y),
                stage_colour(i, s.color),
                name,
                desc,
            )
        )

    # Emotion curves: one per (lane, persona), points at the stage centres.
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    groups: dict[tuple[str, str | None], list] = {}
    for e in doc.emotions:
        if e.lane in scales and e.stage in stage_index:
            groups.setdefault((e.lane, e.persona), []).append(e)
    curves: list[Curve] = []
    for lane in doc.lanes:
        if lane.id not in scales:
            continue
        scale = scales[lane.id]
        keys = [(lane.id, p.id) for p in doc.personas] + [(lane.id, None)]
        for key in keys:
            pts = groups.get(key)
            if not pts:
                continue
            pts = sorted(pts, key=lambda e: stage_index[e.stage])
            cps = tuple(
                CurvePoint(
                    e.id,
                    e.stage,
                    stages[stage_index[e.stage]].column.cx,
                    scale.y_of(e.score),
                    e.score,
                )
                for e in pts
            )
            pid = key[1]
            colour = (
                persona_colour(personas_idx[pid], doc.personas[personas_idx[pid]].color)
                if pid is not None
                else t.ink
            )
            curves.append(
                Curve(lane.id, pid, colour, cps, smooth_segments([(p.x, p.y) for p in cps]))
            )

    if cache is not None:
        cache.cards = new_boxes
    connections = _cached_routes(cache, doc, cards, stages, lanes, stage_index, m, t)
    layout = MapLayout(
        cell_cards={key: [c.id for c in group] for key, group in cells.items()},
        width=total_w,
        height=grid_bottom + t.margin,
        theme=t,
        title=title,
        subtitle=subtitle,
        grid=Rect(grid_x, grid_y, grid_w, grid_bottom - grid_y),
        corner=Rect(t.margin, header_y, t.lane_header_width, header_h),
        stages=stages,
        lanes=lanes,
        cards=cards,
        scales=scales,
        curves=curves,
        connections=connections,
    )
    layout._stage_edges = [s.column.x for s in stages] + [stages[-1].column.right] if stages else []
    layout._lane_edges = [lane.row.y for lane in lanes] + [lanes[-1].row.bottom] if lanes else []
    return layout


def _cached_routes(
    cache: LayoutCache | None,
    doc: JourneyMap,
    cards: dict[str, CardBox],
    stages: list[StageBox],
    lanes: list[LaneBox],
    stage_index: dict[str, int],
    m: FontMetrics,
    t: Theme,
) -> list[ConnectionPath]:
    """`_route_connections`, or the last layout's routes when nothing they depend on has
    changed: the same connections, each between the same card rectangles (mostly the very
    same objects: the layout reuses the box of an unmoved card), columns and rows.
    Most edits (a title, a colour, a vote) move no card, and routing the 3,000 connections
    of a big map took a fifth of the time of laying it out again."""
    if cache is None:
        return _route_connections(doc, cards, stages, lanes, stage_index, m, t)
    ends = [
        (
            cards[c.source].rect if c.source in cards else None,
            cards[c.target].rect if c.target in cards else None,
        )
        for c in doc.connections
    ]
    inputs = (
        tuple(doc.connections),
        ends,
        [(s.column.x, s.column.right) for s in stages],
        row_boundaries(lanes),
        m,
        t,
    )
    old = cache.routes_from
    if (
        old
        and len(old[0]) == len(inputs[0])
        and all(a is b for a, b in zip(old[0], inputs[0], strict=True))
        and all(
            (a[0] is b[0] or a[0] == b[0]) and (a[1] is b[1] or a[1] == b[1])
            for a, b in zip(old[1], ends, strict=True)
        )
        and old[2:4] == inputs[2:4]
        and old[4] is m
        and old[5] == t
    ):
        return cache.routes
    cache.routes = _route_connections(doc, cards, stages, lanes, stage_index, m, t)
    cache.routes_from = inputs
    return cache.routes


def _route_connections(
    doc: JourneyMap,
    cards: dict[str, CardBox],
    stages: list[StageBox],
    lanes: list[LaneBox],
    stage_index: dict[str, int],
    m: FontMetrics,
    t: Theme,
) -> list[ConnectionPath]:
    """Every connection's route (see `route`)."""
    boundaries = row_boundaries(lanes)
    out: list[ConnectionPath] = []
    placed: dict[int, list[list[float]]] = {}  # where labels are, by the corridor they sit in
    for n, conn in enumerate(doc.connections):
        a, b = cards.get(conn.source), cards.get(conn.target)
        if a is None or b is None:
            continue
        path = route(
            conn.id,
            conn.source,
            conn.target,
            conn.label,
            n,
            a.rect,
            b.rect,
            stage_index[a.stage],
            stage_index[b.stage],
            stages,
            boundaries,
            m,
            t,
            avoid=placed,
        )
        out.append(path)
    return out


def row_boundaries(lanes: list[LaneBox]) -> list[float]:
    """Row boundaries a route may run along: between lanes and below the last one (not
    the top of the grid, which the stage headers touch)."""
    return sorted({lane.row.bottom for lane in lanes})


def route(
    conn_id: str,
    source: str,
    target: str,
    label_text: str | None,
    n: int,
    a: Rect,
    b: Rect,
    sa: int,
    sb: int,
    stages: list[StageBox],
    boundaries: list[float],
    m: FontMetrics,
    t: Theme,
    avoid: dict[int, list[list[float]]] | None = None,
) -> ConnectionPath:
    """An orthogonal route along the card-free corridors between columns and rows.

    Cards sit ``cell_pad`` inside their cell, so column and row boundaries are free
    of cards: a route leaves its card sideways into the column corridor, runs along a
    row boundary to the target's column corridor and enters the target from the side.
    The ``n``-th route gets its own small offset so parallel routes stay apart. A label
    takes the nearest place on its route's run that no label already placed there covers
    (``avoid``: by corridor; this label is added to it); when the nearest corridor has no
    room, the route runs along the next nearest one that has. The canvas calls this with
    the live rectangles of cards being dragged (and no ``avoid``).
    """
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
        lines = tuple(wrap(label_text, 220, m, t.tag_size))
        lw = max(m.width(line, t.tag_size) for line in lines) + 8
        lh = t.tag_size * t.line_spacing
    if via_row and label_text and avoid is not None:
        # the nearest corridor (of three) with room for the label on the route's run
        want = (vx1 + vx2) / 2 - lw / 2
        lo, hi = min(vx1, vx2), max(vx1, vx2)
        nearest = _nearest_boundaries(boundaries, sy, ey, 3)
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
    else:
        boundary = _nearest_boundaries(boundaries, sy, ey, 1)[0]
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
    return ConnectionPath(conn_id, source, target, tuple(pts), label, label_rect, sb < sa)


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


#: One piece of a drawn route: ("line", x, y) or ("corner", cx, cy, x, y), a quadratic
#: curve with its control point at the corner.
RouteStep = tuple


def rounded_route(pts: tuple[tuple[float, float], ...], radius: float = 8.0) -> list[RouteStep]:
    """The steps that draw an orthogonal route with rounded corners, after a move to its
    first point (the same for the canvas, the PNG and the PDF)."""
    steps: list[RouteStep] = []
    for i in range(1, len(pts) - 1):
        (x0, y0), (x1, y1), (x2, y2) = pts[i - 1], pts[i], pts[i + 1]
        d1 = max(abs(x1 - x0), abs(y1 - y0))
        d2 = max(abs(x2 - x1), abs(y2 - y1))
        r = min(radius, d1 / 2, d2 / 2)
        if r <= 0.5:
            steps.append(("line", x1, y1))
            continue
        ax = x1 - (r if x1 > x0 else -r if x1 < x0 else 0)
        ay = y1 - (r if y1 > y0 else -r if y1 < y0 else 0)
        bx = x1 + (r if x2 > x1 else -r if x2 < x1 else 0)
        by = y1 + (r if y2 > y1 else -r if y2 < y1 else 0)
        steps.append(("line", ax, ay))
        steps.append(("corner", x1, y1, bx, by))
    steps.append(("line", *pts[-1]))
    return steps


@dataclass(frozen=True, slots=True)
class RoutePiece:
    """A straight run or a rounded corner of a drawn route, on its own: the canvas draws
    and repaints a long route by the pieces inside the area concerned. A dash pattern
    starts afresh at each piece, so a piece looks the same however much of its route is
    drawn (on the canvas, in the PNG and in the PDF)."""

    x0: float
    y0: float
    x1: float
    y1: float
    #: the control point of a rounded corner (a quadratic curve); None for a straight run
    corner: tuple[float, float] | None
    length: float

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the piece's line (a corner stays in its hull)."""
        xs = [self.x0, self.x1]
        ys = [self.y0, self.y1]
        if self.corner is not None:
            xs.append(self.corner[0])
            ys.append(self.corner[1])
        return min(xs), min(ys), max(xs), max(ys)


def route_pieces(
    pts: tuple[tuple[float, float], ...], radius: float = 8.0
) -> tuple[RoutePiece, ...]:
    """`rounded_route` as separate pieces, each with its length."""
    pieces: list[RoutePiece] = []
    x, y = pts[0]
    for step in rounded_route(pts, radius):
        if step[0] == "line":
            nx, ny = step[1], step[2]
            length = ((nx - x) ** 2 + (ny - y) ** 2) ** 0.5
            if length == 0:
                continue
            pieces.append(RoutePiece(x, y, nx, ny, None, length))
        else:
            cx, cy, nx, ny = step[1], step[2], step[3], step[4]
            chord = ((nx - x) ** 2 + (ny - y) ** 2) ** 0.5
            hull = ((cx - x) ** 2 + (cy - y) ** 2) ** 0.5 + ((nx - cx) ** 2 + (ny - cy) ** 2) ** 0.5
            # a quadratic curve's length lies between its chord and its hull; this mean is
            # within 1 % for the quarter-circle-like corners of a route
            length = (2 * chord + hull) / 3
            pieces.append(RoutePiece(x, y, nx, ny, (cx, cy), length))
        x, y = nx, ny
    return tuple(pieces)
