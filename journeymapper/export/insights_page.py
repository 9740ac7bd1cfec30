"""The PDF's insights page(s) (issue 16): what the map says, on paper.

The headline figures, the emotion curve of each persona with its lowest point and its drops
marked, the stage × channel table of the touchpoints, the top-voted cards and the claims that
rest on no evidence (pain points, opportunities and moments of truth without any). The
figures are `journeymapper.analysis.insights`; nothing here computes one.

Drawn like the other extra pages (`pdf_pages`): page points, y down, plain text operators
through the map's `PdfSurface`, measured and wrapped with the map's metrics. The content is
laid out as a flow of blocks before anything is drawn, so that it breaks over as many pages
as it needs (a long table or list goes on under its heading, "continued") and the caller
knows the number of pages first.

`draw_insights_pages` is the one call for a document that builds its own pages (the full
report): it draws onto an existing reportlab canvas and returns how many pages it drew.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from reportlab.pdfgen.canvas import Canvas

from ..analysis.compute import Insights, insights
from ..analysis.text import kind_name, percent, score, votes
from ..i18n import tr
from ..layout import DEFAULT_THEME, Rect, smooth_segments
from ..layout.geometry import TextBlock
from ..layout.theme import persona_colour
from ..model import Channel, JourneyMap, LaneKind
from ..render.drawing import Fill, Stroke, draw_curve_point, draw_text
from .pdf_pages import ExtraPage, Writer, draw_extra_page
from .pdf_surface import PdfSurface

#: lists (top-voted cards, unsupported claims) show at most this many items; the rest are
#: counted ("… and 12 more")
LIST_LIMIT = 40
#: where the curves fall (a colour-blind-safe vermilion) and the neutral curve of no persona
DROP_COLOUR = "#C2410C"
NO_PERSONA_COLOUR = "#6B7785"
CHART_HEIGHT = 190.0
_GAP = 14.0

Draw = Callable[[PdfSurface], None]


@dataclass
class _Page:
    ops: list[Draw] = field(default_factory=list)


class _Flow:
    """Blocks placed top to bottom, a new page when the next one does not fit."""

    def __init__(self, size: tuple[float, float], margin: float) -> None:
        self.w, self.h = size
        self.margin = margin
        self.inner = self.w - 2 * margin
        self.bottom = self.h - margin - 30  # above the footer
        self.pages: list[_Page] = [_Page()]
        self.y = margin

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.margin

    def room(self, height: float) -> None:
        """A new page unless ``height`` fits (a block taller than a page goes on anyway)."""
        if not self.fits(height) and self.y > self.margin:
            self.new_page()

    def add(self, op: Draw) -> None:
        self.pages[-1].ops.append(op)


def _text(block: TextBlock) -> Draw:
    return lambda s: draw_text(s, block)


def _heading(flow: _Flow, out: Writer, text: str, follow: float) -> None:
    """A section heading kept with ``follow`` points of what comes under it."""
    head = out.block(flow.margin, 0, text, flow.inner, 13, True)
    flow.room(head.height + 8 + follow)
    head = out.block(flow.margin, flow.y, text, flow.inner, 13, True)
    rule = Rect(flow.margin, flow.y + head.height + 2, flow.inner, 0.8)
    colour = out.t.grid_line
    flow.add(_text(head))
    flow.add(lambda s: s.rect(rule, Fill(colour)))
    flow.y += head.height + 10


# -- the headline figures ----------------------------------------------------------------


def _figures(result: Insights) -> list[tuple[str, str]]:
    p, e, pr, ev = result.path, result.emotions, result.priorities, result.evidence
    paths = f"{len(p.paths)}+" if p.paths_capped else str(len(p.paths))
    return [
        (str(result.map.stages), tr("insights", "stages")),
        (str(result.map.cards), tr("insights", "cards")),
        (str(p.steps), tr("insights", "steps on the path")),
        (paths, tr("insights", "paths from entry to exit")),
        (str(len(p.dead_ends)), tr("insights", "dead ends")),
        (str(len(e.moments_of_truth)), tr("insights", "moments of truth (candidates)")),
        (str(pr.total_votes), tr("insights", "votes")),
        (percent(ev.share), tr("insights", "cards with evidence")),
    ]


def _headline(flow: _Flow, out: Writer, result: Insights) -> None:
    t = out.t
    figures = _figures(result)
    columns = 4
    gap = 10.0
    w = (flow.inner - gap * (columns - 1)) / columns
    h = 58.0
    rows = (len(figures) + columns - 1) // columns
    flow.room(rows * (h + gap))
    for i, (value, label) in enumerate(figures):
        x = flow.margin + (i % columns) * (w + gap)
        y = flow.y + (i // columns) * (h + gap)
        box = Rect(x, y, w, h)
        number = out.block(x + 10, y + 7, value, w - 20, 22, True, t.ink, 1)
        words = out.block(x + 10, y + 7 + number.height, label, w - 20, 9, False, t.muted_ink, 2)

        def draw(s: PdfSurface, box: Rect = box, number=number, words=words) -> None:
            s.rounded_rect(box, 6, Fill(t.tag_fill))
            draw_text(s, number)
            draw_text(s, words)

        flow.add(draw)
    flow.y += rows * (h + gap) + 6


# -- the emotion curves ------------------------------------------------------------------


@dataclass(frozen=True)
class _Series:
    name: str
    colour: str
    points: tuple[tuple[int, float], ...]  # (stage index, score), in stage order
    lows: frozenset[int]  # stage indexes of its lowest point
    drops: tuple[tuple[int, int, float], ...]  # (from stage, to stage, change)


def _series(doc: JourneyMap, result: Insights, palette: str = "standard") -> list[_Series]:
    stage_at = {s.id: i for i, s in enumerate(doc.stages)}
    persona_at = {p.id: i for i, p in enumerate(doc.personas)}
    emotion_lanes = [ln for ln in doc.lanes if ln.kind == LaneKind.EMOTION]
    several_lanes = len(emotion_lanes) > 1
    out = []
    for curve in result.emotions.curves:
        pid = curve.persona.id if curve.persona is not None else None
        scores = sorted(
            (stage_at[e.stage], float(e.score))
            for e in doc.emotions
            if e.persona == pid and e.lane == curve.lane.id and e.stage in stage_at
        )
        if not scores:
            continue
        if pid is None:
            colour, name = NO_PERSONA_COLOUR, tr("insights", "(no persona)")
        else:
            persona = doc.personas[persona_at[pid]]
            colour = persona_colour(persona_at[pid], persona.color, palette)
            name = persona.name
        if several_lanes:
            name = f"{name} ({curve.lane.name})"
        lows = frozenset(
            stage_at[m.stage.id]
            for m in result.emotions.moments_of_truth
            if m.reason == "lowest_point"
            and (m.persona.id if m.persona else None) == pid
            and m.lane is not None
            and m.lane.id == curve.lane.id
        )
        drops = tuple(
            (a[0], b[0], b[1] - a[1])
            for a, b in pairwise(scores)
            if b[1] - a[1] <= -result.emotions.drop_threshold
        )
        out.append(_Series(name, colour, tuple(scores), lows, drops))
    return out


def _chart(flow: _Flow, out: Writer, doc: JourneyMap, result: Insights) -> None:
    t = out.t
    series = _series(doc, result, t.palette)
    threshold = result.emotions.drop_threshold
    if not series:
        note = tr("insights", "The map has no emotion points.")
        _heading(flow, out, tr("insights", "Emotion curves"), 20)
        block = out.block(flow.margin, flow.y, note, flow.inner, 10, False, t.muted_ink)
        flow.add(_text(block))
        flow.y += block.height + _GAP
        return
    legend_h = 16.0 * ((len(series) + 2) // 3) + 18
    label_h = 2 * 9 * t.line_spacing + 8
    _heading(flow, out, tr("insights", "Emotion curves"), CHART_HEIGHT + label_h + legend_h)
    area = Rect(flow.margin, flow.y, flow.inner, CHART_HEIGHT)
    n = max(len(doc.stages), 1)
    left = area.x + 26
    col = (area.right - left) / n
    top, bottom = area.y + 8, area.bottom - 8

    def y_of(value: float) -> float:
        return top + (5 - value) / 10 * (bottom - top)

    def x_of(stage: int) -> float:
        return left + (stage + 0.5) * col

    labels = [
        out.block(left + i * col + 3, area.bottom + 6, st.name, col - 6, 8.5, False, t.muted_ink, 2)
        for i, st in enumerate(doc.stages)
    ]

    def draw(s: PdfSurface) -> None:
        for i in range(n):
            if i % 2 == 0:
                s.rect(Rect(left + i * col, area.y, col, area.h), Fill(t.tag_fill, 0.6))
        for label in labels:
            draw_text(s, label)
        lh = 9 * t.line_spacing
        for value, dash in ((5, "dot"), (0, "dash"), (-5, "dot")):
            y = y_of(value)
            s.line(left, y, area.right, y, Stroke(t.neutral_line, 0.8, dash=dash, cap="flat"))
            text = {5: "+5", 0: "0", -5: "\u22125"}[value]
            draw_text(s, TextBlock(area.x, y - lh / 2, (text,), 9, False, t.muted_ink, lh))
        for ser in series:
            xy = [(x_of(i), y_of(v)) for i, v in ser.points]
            if len(xy) >= 2:
                steps: list[tuple] = [("M", *xy[0])]
                steps += [("C", *seg[1], *seg[2], *seg[3]) for seg in smooth_segments(xy)]
                s.path(tuple(steps), None, Stroke(ser.colour, 2.5, cap="round", join="round"))
        for ser in series:  # the marks over every curve
            for a, b, change in ser.drops:
                at = dict(ser.points)
                xa, ya, xb, yb = x_of(a), y_of(at[a]), x_of(b), y_of(at[b])
                s.line(xa, ya, xb, yb, Stroke(DROP_COLOUR, 5, 0.35, cap="round"))
                mx, my = (xa + xb) / 2, (ya + yb) / 2
                mark = out.block(mx + 12, my - 2, score(change), 40, 8.5, True, DROP_COLOUR)
                plate_w = out.width(mark.lines[0], 8.5, True) + 6
                plate = Rect(mark.x - 3, mark.y, plate_w, mark.height)
                s.rounded_rect(plate, 3, Fill(t.paper, 0.9))
                draw_text(s, mark)
            for i, v in ser.points:
                draw_curve_point(s, x_of(i), y_of(v), ser.colour, t)
                if i in ser.lows:
                    s.ellipse(x_of(i), y_of(v), 9, 9, None, Stroke(DROP_COLOUR, 1.5))
                    low = tr("insights", "low {0}").format(score(v))
                    draw_text(
                        s, out.block(x_of(i) - 30, y_of(v) + 10, low, 60, 8.5, True, DROP_COLOUR)
                    )

    flow.add(draw)
    flow.y = area.bottom + label_h
    # the legend: each curve's colour and name, then what the marks mean
    x, y = flow.margin, flow.y
    width = flow.inner / 3
    for k, ser in enumerate(series):
        lx, ly = x + (k % 3) * width, y + (k // 3) * 16
        name = out.block(lx + 22, ly, ser.name, width - 26, 9.5, False, t.ink, 1)

        def swatch(s: PdfSurface, lx=lx, ly=ly, colour=ser.colour, name=name) -> None:
            s.line(lx, ly + 6, lx + 16, ly + 6, Stroke(colour, 2.5, cap="round"))
            draw_text(s, name)

        flow.add(swatch)
    y += 16 * ((len(series) + 2) // 3)
    key = tr(
        "insights",
        "Circled: each curve's lowest point. A wide red band: a drop of {0} or more between "
        "neighbouring stages.",
    ).format(threshold)
    flow.add(_text(out.block(x, y, key, flow.inner, 8.5, False, t.muted_ink, 2)))
    flow.y = y + 18 + _GAP


# -- the stage × channel table -----------------------------------------------------------


def _channel_label(channel: str) -> str:
    from ..ui.names import channel_name  # (plain names, no Qt)

    try:
        return channel_name(Channel(channel))
    except ValueError:
        return tr("insights", "no channel") if channel == "none" else channel


MIN_COLUMN = 48.0  # the narrowest column of counts; more columns go on in another table


@dataclass(frozen=True)
class _Grid:
    """Counts with a label per row and per column, and each row's total."""

    corner: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...], int], ...]  # label, counts, total


def _grid(result: Insights) -> _Grid:
    """Stages down and channels across, or the other way round when there are more
    channels than stages (the narrower table reads better than a squeezed one)."""
    table = result.coverage.channel_table
    channels = [m.channel for m in result.coverage.channel_mix]
    names = [_channel_label(ch) for ch in channels]
    if len(channels) <= len(table):
        rows = tuple(
            (row.stage.name, tuple(row.channels.get(ch, 0) for ch in channels), row.touchpoints)
            for row in table
        )
        return _Grid(tr("insights", "Stage"), tuple(names), rows)
    rows = tuple(
        (
            name,
            tuple(row.channels.get(ch, 0) for row in table),
            sum(row.channels.get(ch, 0) for row in table),
        )
        for ch, name in zip(channels, names, strict=True)
    )
    return _Grid(tr("insights", "Channel"), tuple(row.stage.name for row in table), rows)


def _table(flow: _Flow, out: Writer, result: Insights) -> None:
    t = out.t
    title = tr("insights", "Touchpoints by stage and channel")
    if not result.coverage.channel_mix:
        _heading(flow, out, title, 20)
        note = tr("insights", "The map has no touchpoint cards.")
        block = out.block(flow.margin, flow.y, note, flow.inner, 10, False, t.muted_ink)
        flow.add(_text(block))
        flow.y += block.height + _GAP
        return
    grid = _grid(result)
    first = min(140.0, flow.inner * 0.27)
    total_w = 44.0
    per_table = max(int((flow.inner - first - total_w) // MIN_COLUMN), 1)
    chunks = [
        range(i, min(i + per_table, len(grid.columns)))
        for i in range(0, len(grid.columns), per_table)
    ]
    for k, chunk in enumerate(chunks):
        _table_part(flow, out, grid, list(chunk), first, total_w, title if k == 0 else None)


def _table_part(
    flow: _Flow,
    out: Writer,
    grid: _Grid,
    columns: list[int],
    first: float,
    total_w: float,
    title: str | None,
) -> None:
    t = out.t
    cw = (flow.inner - first - total_w) / len(columns)
    heads = [grid.columns[i] for i in columns] + [tr("insights", "Total")]
    widths = [cw] * len(columns) + [total_w]
    # the headings wrap between words, never inside one: a word too long for its column
    # makes every heading smaller (down to 6.5 pt)
    size = 8.5
    for text, w in zip(heads, widths, strict=True):
        for word in text.split():
            wide = out.width(word, size, True)
            if wide > w - 6:
                size = max(6.5, size * (w - 6) / wide)
    head_blocks = [
        out.block(0, 0, text, w - 6, size, True, t.ink, 3)
        for text, w in zip(heads, widths, strict=True)
    ]
    head_h = max(b.height for b in head_blocks) + 6
    row_h = 9.5 * t.line_spacing + 5

    def header(y: float) -> None:
        corner = out.block(flow.margin + 4, y + 3, grid.corner, first - 8, size, True)
        flow.add(_text(corner))
        x = flow.margin + first
        for b, w in zip(head_blocks, widths, strict=True):
            flow.add(_text(TextBlock(x + 3, y + 3, b.lines, b.size, True, b.colour, b.line_height)))
            x += w
        rule = Rect(flow.margin, y + head_h - 1, flow.inner, 0.8)
        flow.add(lambda s: s.rect(rule, Fill(t.ink)))

    if title is not None:
        _heading(flow, out, title, head_h + row_h)
    else:
        flow.room(head_h + row_h)
        flow.y += 4
    header(flow.y)
    flow.y += head_h
    for n, (label, counts, total) in enumerate(grid.rows):
        if not flow.fits(row_h):
            flow.new_page()
            cont = tr("insights", "Touchpoints by stage and channel (continued)")
            _heading(flow, out, cont, head_h + row_h)
            header(flow.y)
            flow.y += head_h
        y = flow.y
        band = Rect(flow.margin, y, flow.inner, row_h)
        name = out.block(flow.margin + 4, y + 2.5, label, first - 8, 9.5, False, t.ink, 1)
        cells = []
        x = flow.margin + first
        for i in columns:
            count = counts[i]
            text = str(count) if count else "\u00b7"
            colour = t.ink if count else t.muted_ink
            cells.append(out.block(x + 3, y + 2.5, text, cw - 6, 9.5, False, colour, 1))
            x += cw
        empty = total == 0
        text = str(total) if not empty else tr("insights", "none")
        colour = DROP_COLOUR if empty else t.ink
        cells.append(out.block(x + 3, y + 2.5, text, total_w - 6, 9.5, True, colour, 1))

        def draw_row(s: PdfSurface, band=band, n=n, name=name, cells=cells) -> None:
            if n % 2 == 1:
                s.rect(band, Fill(t.tag_fill))
            draw_text(s, name)
            for cell in cells:
                draw_text(s, cell)

        flow.add(draw_row)
        flow.y += row_h
    flow.y += _GAP


# -- lists -------------------------------------------------------------------------------


def _list(flow: _Flow, out: Writer, title: str, items: list[str], empty: str) -> None:
    t = out.t
    shown = items[:LIST_LIMIT]
    if len(items) > LIST_LIMIT:
        shown.append(tr("insights", "\u2026 and {0} more").format(len(items) - LIST_LIMIT))
    first = out.block(flow.margin, 0, shown[0] if shown else empty, flow.inner, 10)
    _heading(flow, out, title, first.height)
    if not shown:
        block = out.block(flow.margin, flow.y, empty, flow.inner, 10, False, t.muted_ink)
        flow.add(_text(block))
        flow.y += block.height + _GAP
        return
    for text in shown:
        block = out.block(flow.margin + 10, 0, text, flow.inner - 10, 10, False, t.ink, 4)
        if not flow.fits(block.height):
            flow.new_page()
            _heading(flow, out, tr("insights", "{0} (continued)").format(title), block.height)
        block = out.block(flow.margin + 10, flow.y, text, flow.inner - 10, 10, False, t.ink, 4)
        cy = flow.y + 6.5
        flow.add(_text(block))
        flow.add(lambda s, cy=cy: s.ellipse(flow.margin + 3, cy, 1.8, 1.8, Fill(t.muted_ink), None))
        flow.y += block.height + 3
    flow.y += _GAP


def _top_voted(result: Insights) -> list[str]:
    return [
        tr("insights", "{0}. \u201c{1}\u201d, {2} \u2014 {3}, {4}").format(
            r.rank, r.card.name, votes(r.votes), r.stage.name, kind_name(r.kind)
        )
        for r in result.priorities.top_voted
    ]


def _unsupported(result: Insights) -> list[str]:
    return [
        tr("insights", "\u201c{0}\u201d \u2014 {1}, {2}").format(
            s.card.name, s.stage.name, kind_name(s.kind)
        )
        for s in result.evidence.unsupported
    ]


# -- the pages ---------------------------------------------------------------------------


def insights_pages(
    doc: JourneyMap,
    size: tuple[float, float],
    margin: float,
    out: Writer,
    result: Insights | None = None,
) -> list[ExtraPage]:
    """The insights of ``doc`` laid out on pages of ``size`` (points), ready to draw."""
    if result is None:
        result = insights(doc)
    t = out.t
    flow = _Flow(size, margin)
    title = out.block(margin, margin, tr("insights", "Insights"), flow.inner, 20, True)
    intro = out.block(
        margin,
        title.y + title.height + 2,
        tr(
            "insights",
            "What \u201c{0}\u201d says: computed from its cards, arrows, scores, "
            "votes and evidence.",
        ).format(doc.title),
        flow.inner,
        10,
        False,
        t.muted_ink,
        3,
    )
    flow.add(_text(title))
    flow.add(_text(intro))
    flow.y = intro.y + intro.height + 14
    _headline(flow, out, result)
    _chart(flow, out, doc, result)
    _table(flow, out, result)
    top = result.priorities.top
    _list(
        flow,
        out,
        tr("insights", "Top-voted cards (rank {0} or better, ties kept)").format(top),
        _top_voted(result),
        tr("insights", "No card has votes yet."),
    )
    _list(
        flow,
        out,
        tr("insights", "Claims without evidence: pain points, opportunities, moments of truth"),
        _unsupported(result),
        tr("insights", "Every pain point, opportunity and moment of truth cites evidence."),
    )
    w, h = size

    def drawer(page: _Page) -> Draw:
        def draw(s: PdfSurface) -> None:
            for op in page.ops:
                op(s)

        return draw

    return [ExtraPage(w, h, drawer(page)) for page in flow.pages if page.ops]


def draw_insights_pages(
    c: Canvas,
    doc: JourneyMap,
    size: tuple[float, float],
    margin: float,
    out: Writer | None = None,
    footer: Callable[[Canvas, int, int], None] | None = None,
) -> int:
    """Draw the insights page(s) of ``doc`` onto ``c``, each on a new page of ``size``
    (width, height in points) with ``margin`` points around; returns the number of pages.

    ``out``: the `pdf_pages.Writer` (metrics and theme) the other pages use (default: the
    map's metrics and the default theme). ``footer(c, number, count)`` is called on each page
    after its content (``number`` from 1 to ``count``, the insights' own pages) to add the
    document's furniture; then the page is ended (``c.showPage()``). The canvas must use
    the map's fonts (`journeymapper.text.metrics`, as `export_pdf`'s canvas does)."""
    if out is None:
        from ..text.metrics import map_metrics

        out = Writer(map_metrics(), DEFAULT_THEME)
    pages = insights_pages(doc, size, margin, out)
    for number, page in enumerate(pages, start=1):
        c.setPageSize((page.width, page.height))
        c.setLineCap(0)
        draw_extra_page(c, page, out.t.typeface)
        if footer is not None:
            footer(c, number, len(pages))
        c.showPage()
    return len(pages)


__all__ = ["draw_insights_pages", "insights_pages"]
