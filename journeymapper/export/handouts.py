"""The stage handouts: one readable page per stage (the sheet a facilitator puts on each
table), for the full report and on their own (``export --handouts``).

A stage is laid out alone by the map's own layout engine (`compute_layout` of a copy of
the map that holds only that stage, its cards, emotion points and the connections between
its cards) and drawn by the one drawing of the map (`draw_map`) onto `PdfSurface`, scaled
to the page: the same cards, colours and line breaks as on the canvas, larger. The stage's
column is made as wide as suits the page (its width is a layout hint), so that the cards'
text is as large as the page allows. When even that would print a card title smaller than
`MIN_TITLE_PT`, the lanes go over several pages, and a lane too tall for a page by itself
goes over several pages by its cards (a card is never cut; a card taller than a page alone
is shrunk onto one). Beside the drawing, a panel lists each persona's emotion
score at the stage and the stage's touchpoints with their channel; when that panel would
cost the stage a page, the scores go into the header instead (the touchpoints are drawn in
their own lane anyway).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..i18n import tr
from ..layout import MapLayout, Rect, Theme, compute_layout
from ..layout.theme import map_words, persona_colour, stage_colour
from ..model import JourneyMap, Lane, LaneKind, Stage
from ..model.document import MAX_STAGE_WIDTH, MIN_STAGE_WIDTH
from ..render.drawing import Fill, Surface, draw_map, draw_text
from ..text.metrics import map_metrics
from .common import PAGE_SIZES
from .page_canvas import PageCanvas
from .pdf_pages import Writer

#: the smallest a card title may print on a handout before the lanes go over two pages
#: (7.5 pt bold: the layout's 13.5 pt titles at 56 %, bodies at 6.4 pt, still read at arm's
#: length on a table; every stage of the shipped templates then fits one A4 page)
MIN_TITLE_PT = 7.5
#: titles at least this large count as large enough when a stage's pages are balanced
COMFORTABLE_PT = 10.0
#: the largest a handout enlarges the map (a stage with two cards is not a poster)
MAX_SCALE = 1.6
#: widths tried for the stage's column (scene units; the model's bounds)
COLUMN_WIDTHS = (260.0, 340.0, 440.0, 560.0, 720.0)
#: the most side-by-side groups a page's lanes are laid out in (width is spare on a
#: landscape page, height is not)
MAX_GROUPS = 3
GROUP_GAP = 14.0  # scene units between two groups
PAD = 6.0  # around a group (shadows, borders)
LANE_HEADER_W = 150.0
PANEL_W = 190.0  # the emotions and touchpoints beside the drawing
PANEL_GAP = 16.0
HEADER_SCORES_W = 210.0  # the emotion scores in the header, when the panel gives way
HEADER_H = 62.0  # the stage's name above the drawing
FOOTER_H = 18.0  # the page number below


#: a lane on a handout page, with the ids of the cards of it the page shows (None: all)
Row = tuple[Lane, frozenset[str] | None]


@dataclass(frozen=True)
class HandoutPage:
    """One page of one stage: its lanes in one or more side-by-side groups (the stage laid
    out ``column_width`` wide), drawn at ``scale``."""

    stage: Stage
    index: int  # the stage's index in the map
    groups: tuple[tuple[Row, ...], ...]
    column_width: float
    scale: float
    part: int  # 1-based, of ``parts`` pages of this stage
    parts: int
    width: float
    height: float
    margin: float
    #: the emotions and touchpoints beside the drawing (a stage's first page); without
    #: it, the emotion scores sit in the header (the touchpoints are in their own lane)
    panel: bool = True

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(row for group in self.groups for row in group)


def handout_size(page_size: str) -> tuple[float, float]:
    """A landscape page of ``page_size`` (A4 when the size is ``fit``)."""
    w, h = PAGE_SIZES["A4" if page_size == "fit" else page_size]
    return max(w, h), min(w, h)


def handout_theme(theme: Theme) -> Theme:
    """The map's theme with narrower lane headers (the stage's own column needs the room)."""
    return replace(theme, lane_header_width=min(theme.lane_header_width, LANE_HEADER_W))


def _drawing_area(width: float, height: float, margin: float, panel: bool = True) -> Rect:
    """Where the stage's drawing goes on a handout (points from the top-left corner):
    beside the panel of emotions and touchpoints (a stage's first page), or the page's
    whole width (its next pages)."""
    top = margin + HEADER_H
    side = PANEL_W + PANEL_GAP if panel else 0.0
    return Rect(margin, top, width - 2 * margin - side, height - top - margin - FOOTER_H)


def drawn_lanes(doc: JourneyMap) -> list[Lane]:
    """The lanes a handout draws: the emotion lanes' scores are listed beside it instead
    (one stage of a curve is a single point)."""
    return [ln for ln in doc.lanes if ln.kind != LaneKind.EMOTION]


def stage_document(
    doc: JourneyMap, stage: Stage, rows: Sequence[Row], column_width: float
) -> JourneyMap:
    """A copy of ``doc`` with only ``stage`` (laid out ``column_width`` wide) and the
    lanes of ``rows``: their cards (those a row names), emotion points and the connections
    between those cards. The personas stay (the curves keep their colours)."""
    shown: dict[str, set[str] | None] = {}
    lanes: list[Lane] = []
    for lane, ids in rows:
        if lane.id not in shown:
            lanes.append(lane)
            shown[lane.id] = None if ids is None else set(ids)
        elif ids is None or shown[lane.id] is None:
            shown[lane.id] = None
        else:
            shown[lane.id] |= ids  # type: ignore[operator]
    lane_ids = set(shown)
    cards = [
        c
        for c in doc.cards
        if c.stage == stage.id
        and c.lane in lane_ids
        and (shown[c.lane] is None or c.id in shown[c.lane])  # type: ignore[operator]
    ]
    ids = {c.id for c in cards}
    width = min(max(column_width, MIN_STAGE_WIDTH), MAX_STAGE_WIDTH)
    return doc.model_copy(
        update={
            "stages": [stage.model_copy(update={"width": width})],
            "lanes": lanes,
            "cards": cards,
            "emotions": [e for e in doc.emotions if e.stage == stage.id and e.lane in lane_ids],
            "connections": [c for c in doc.connections if c.source in ids and c.target in ids],
            "description": None,
        }
    )


def drawing_region(layout: MapLayout) -> Rect:
    """The part of a stage's layout a handout shows: its rows with their headers (the
    stage's name and the map's title are on the page's own header)."""
    x0, y0 = layout.corner.x - PAD, layout.grid.y - 1
    right, bottom = layout.grid.right, layout.grid.bottom
    for conn in layout.connections:  # (a route may run in the margin beside the column)
        b = conn.bounds()
        right, bottom = max(right, b.right), max(bottom, b.bottom)
    return Rect(x0, y0, right + PAD - x0, bottom + PAD - y0)


def _splits(n: int, k: int) -> list[list[int]]:
    """Every way to cut ``n`` items, in order, into ``k`` non-empty runs (the run sizes)."""
    if k == 1:
        return [[n]]
    return [[first, *rest] for first in range(1, n - k + 2) for rest in _splits(n - first, k - 1)]


def _arrange(heights: list[float], region_w: float, area: Rect) -> tuple[float, list[int]]:
    """The best scale for lanes of ``heights`` in 1 to `MAX_GROUPS` side-by-side groups,
    and the group sizes."""
    best = (0.0, [len(heights)])
    for k in range(1, min(MAX_GROUPS, len(heights)) + 1):
        width = k * region_w + (k - 1) * GROUP_GAP
        for sizes in _splits(len(heights), k):
            tallest, at = 0.0, 0
            for size in sizes:
                tallest = max(tallest, sum(heights[at : at + size]))
                at += size
            scale = min(area.w / width, area.h / (tallest + 3 * PAD), MAX_SCALE)
            if scale > best[0] + 1e-9:
                best = (scale, sizes)
    return best


#: the most ways of cutting a stage's rows into pages `_balanced` weighs
MAX_CUTS = 400
SCALE_STEP = 0.02


def _balanced(
    runs: list[tuple[int, int, float, list[int]]],
    heights: list[float],
    region_w: float,
    first: Rect,
    others: Rect,
    comfortable: float,
) -> list[tuple[int, int, float, list[int]]]:
    """As many pages as ``runs`` (the greedy plan), the rows cut between them so that the
    smallest print is as large as it can be and, among cuts that print alike, the emptiest
    page is as full as it can be: no page with one lane beside a crowded one."""
    n = len(runs)
    if n == 1 or n > len(heights):
        return runs
    cuts = _splits(len(heights), n)
    if len(cuts) > MAX_CUTS:
        return runs

    def fill(i: int, run: tuple[int, int, float, list[int]]) -> float:
        """How much of its page's drawing area a run covers (0 to 1)."""
        start, _end, scale, sizes = run
        area = first if i == 0 else others
        width = len(sizes) * region_w + (len(sizes) - 1) * GROUP_GAP
        tallest, at = 0.0, start
        for size in sizes:
            tallest = max(tallest, sum(heights[at : at + size]))
            at += size
        return min(1.0, width * scale / area.w) * min(1.0, (tallest + 3 * PAD) * scale / area.h)

    def key(plan: list[tuple[int, int, float, list[int]]]) -> tuple[int, float]:
        # the smallest print first (in steps of 2 %; sizes past comfortable count alike),
        # then the emptiest page as full as can be
        smallest = min(min(r[2] for r in plan), comfortable)
        return int(smallest / SCALE_STEP), min(fill(i, r) for i, r in enumerate(plan))

    best = runs
    for sizes in cuts:
        plan, start = [], 0
        for i, size in enumerate(sizes):
            area = first if i == 0 else others
            scale, groups = _arrange(heights[start : start + size], region_w, area)
            plan.append((start, start + size, scale, groups))
            start += size
        if key(plan) > key(best):
            best = plan
    return best


def _plan_stage(
    doc: JourneyMap,
    index: int,
    stage: Stage,
    size: tuple[float, float],
    margin: float,
    theme: Theme,
) -> list[HandoutPage]:
    """The fewest pages that show the stage's lanes at a readable size (a lane is never
    cut); among plans of as many pages, the one that prints largest. The side panel of
    emotions and touchpoints gives way to the scores in the header when that saves a page
    (the touchpoints are in their own lane anyway)."""
    pages = _plan_stage_with(doc, index, stage, size, margin, theme, True)
    if len(pages) > 1:
        compact = _plan_stage_with(doc, index, stage, size, margin, theme, False)
        if len(compact) < len(pages):
            return compact
    return pages


def _plan_stage_with(
    doc: JourneyMap,
    index: int,
    stage: Stage,
    size: tuple[float, float],
    margin: float,
    theme: Theme,
    panel: bool,
) -> list[HandoutPage]:
    w, h = size
    area = _drawing_area(w, h, margin, panel)
    min_scale = MIN_TITLE_PT / theme.card_title_size
    lanes = drawn_lanes(doc)
    if not lanes:
        return [HandoutPage(stage, index, (), COLUMN_WIDTHS[0], 1.0, 1, 1, w, h, margin, panel)]
    tallest = area.h / min_scale - 3 * PAD  # the most a page shows readably (scene units)
    best: tuple[tuple[int, float], list[HandoutPage]] | None = None
    for width in COLUMN_WIDTHS:
        if (
            area.w / (theme.lane_header_width + width + 2 * PAD) < min_scale
            and width != COLUMN_WIDTHS[0]
        ):
            continue  # too wide to print readably
        rows_all = [(lane, None) for lane in lanes]
        full = compute_layout(stage_document(doc, stage, rows_all, width), map_metrics(), theme)
        region = drawing_region(full)
        rows: list[Row] = []
        heights: list[float] = []
        for lane, box in zip(lanes, full.lanes, strict=True):
            if box.row.h <= tallest:
                rows.append((lane, None))
                heights.append(box.row.h)
                continue
            # a lane too tall for a page by itself: its cards over several rows
            ids = full.cell_cards.get((stage.id, lane.id), [])
            chunk: list[str] = []
            used = 2 * theme.cell_pad
            for cid in ids:
                ch = full.cards[cid].rect.h + theme.card_gap
                if chunk and used + ch > tallest:
                    rows.append((lane, frozenset(chunk)))
                    heights.append(max(used, theme.lane_min_height))
                    chunk, used = [], 2 * theme.cell_pad
                chunk.append(cid)
                used += ch
            rows.append((lane, frozenset(chunk)))
            heights.append(max(used, theme.lane_min_height))
        # pages: runs of rows, each as many as still print readably (one at least)
        runs: list[tuple[int, int, float, list[int]]] = []
        start = 0
        while start < len(rows):
            page_area = area if not runs else _drawing_area(w, h, margin, panel=False)
            end = start + 1
            scale, sizes = _arrange(heights[start:end], region.w, page_area)
            while end < len(rows):
                more = _arrange(heights[start : end + 1], region.w, page_area)
                if more[0] < min_scale:
                    break
                end += 1
                scale, sizes = more
            runs.append((start, end, scale, sizes))
            start = end
        others = _drawing_area(w, h, margin, panel=False)
        comfortable = COMFORTABLE_PT / theme.card_title_size
        runs = _balanced(runs, heights, region.w, area, others, comfortable)
        key = (len(runs), -min(r[2] for r in runs))
        if best is None or key < best[0]:
            pages = []
            for part, (start, _end, scale, sizes) in enumerate(runs, start=1):
                groups, at = [], start
                for n in sizes:
                    groups.append(tuple(rows[at : at + n]))
                    at += n
                pages.append(
                    HandoutPage(
                        stage,
                        index,
                        tuple(groups),
                        width,
                        scale,
                        part,
                        len(runs),
                        w,
                        h,
                        margin,
                        panel,
                    )
                )
            best = (key, pages)
    assert best is not None
    return best[1]


def plan_handouts(
    doc: JourneyMap, size: tuple[float, float], margin: float, theme: Theme
) -> list[list[HandoutPage]]:
    """The pages of every stage, stage by stage (``theme``: the map's)."""
    theme = handout_theme(theme)
    return [_plan_stage(doc, i, stage, size, margin, theme) for i, stage in enumerate(doc.stages)]


# -- drawing ---------------------------------------------------------------------------


def _score_text(score: float) -> str:
    text = f"{score:+.1f}".rstrip("0").rstrip(".") if score % 1 else f"{int(score):+d}"
    return "0" if score == 0 else text.replace("-", "−")


def _panel(
    s: Surface, doc: JourneyMap, page: HandoutPage, rect: Rect, out: Writer, accent: str
) -> None:
    """The stage's emotion score per persona and its touchpoints with their channel."""
    t = out.t
    y, bottom = rect.y, rect.bottom
    stage = page.stage

    def heading(text: str) -> None:
        nonlocal y
        block = out.block(rect.x, y, text, rect.w, 13, True)
        draw_text(s, block)
        y += block.height + 2
        s.rect(Rect(rect.x, y, rect.w, 1.2), Fill(accent))
        y += 8

    def more(count: int) -> None:
        draw_text(
            s,
            out.block(
                rect.x,
                y,
                tr("export", "… and {0} more").format(count),
                rect.w,
                10,
                False,
                t.muted_ink,
            ),
        )

    heading(tr("export", "Emotions"))
    emotion_lanes = [ln for ln in doc.lanes if ln.kind == LaneKind.EMOTION]
    lane_ids = {ln.id for ln in emotion_lanes}
    persona_at = {p.id: i for i, p in enumerate(doc.personas)}
    points = [e for e in doc.emotions if e.stage == stage.id and e.lane in lane_ids]
    points.sort(key=lambda e: (persona_at.get(e.persona or "", len(persona_at)), e.lane))
    lane_name = {ln.id: ln.name for ln in emotion_lanes}
    if not points:
        block = out.block(
            rect.x, y, tr("export", "No emotion scores yet."), rect.w, 10.5, False, t.muted_ink
        )
        draw_text(s, block)
        y += block.height + 6
    for n, e in enumerate(points):
        if y > bottom - 90:  # keep room for the touchpoints
            more(len(points) - n)
            y += 16
            break
        i = persona_at.get(e.persona or "")
        persona = doc.personas[i] if i is not None else None
        colour = persona_colour(i, persona.color, t.palette) if persona is not None else t.ink
        name = persona.name if persona is not None else lane_name.get(e.lane, "")
        if persona is not None and len(emotion_lanes) > 1:
            name += f" · {lane_name.get(e.lane, '')}"
        score = _score_text(e.score)
        score_w = out.width(score, 13, True) + 4
        s.ellipse(rect.x + 5, y + 8, 5, 5, Fill(colour), None)
        label = out.block(rect.x + 16, y, name, rect.w - 16 - score_w, 11, True, max_lines=2)
        draw_text(s, label)
        draw_text(s, out.block(rect.right - score_w + 4, y - 1, score, score_w, 13, True, colour))
        y += max(label.height, 16) + 1
        if e.note:
            note = out.block(rect.x + 16, y, e.note, rect.w - 16, 9.5, False, t.muted_ink, 3)
            draw_text(s, note)
            y += note.height + 1
        y += 5
    y += 10
    heading(tr("export", "Touchpoints"))
    touch_lanes = {ln.id for ln in doc.lanes if ln.kind == LaneKind.TOUCHPOINTS}
    cards = [c for c in doc.cards if c.stage == stage.id and c.lane in touch_lanes]
    words = map_words(doc.locale)
    if not cards:
        draw_text(
            s,
            out.block(
                rect.x,
                y,
                tr("export", "No touchpoints at this stage."),
                rect.w,
                10.5,
                False,
                t.muted_ink,
            ),
        )
    for n, card in enumerate(cards):
        if y > bottom - 40:
            more(len(cards) - n)
            break
        title = out.block(rect.x, y, card.title, rect.w, 11, True, max_lines=2)
        draw_text(s, title)
        y += title.height
        channel = words[card.channel.value] if card.channel is not None else words["other"]
        ch = out.block(rect.x, y, channel, rect.w, 10, False, t.muted_ink, 1)
        draw_text(s, ch)
        y += ch.height + 6


def _header_scores(s: Surface, doc: JourneyMap, page: HandoutPage, rect: Rect, out: Writer) -> None:
    """Each persona's emotion score at the stage, one line each, in the header's corner
    (a stage that needs the side panel's room for its lanes)."""
    t = out.t
    emotion_lanes = [ln for ln in doc.lanes if ln.kind == LaneKind.EMOTION]
    lane_ids = {ln.id for ln in emotion_lanes}
    lane_name = {ln.id: ln.name for ln in emotion_lanes}
    persona_at = {p.id: i for i, p in enumerate(doc.personas)}
    points = [e for e in doc.emotions if e.stage == page.stage.id and e.lane in lane_ids]
    points.sort(key=lambda e: (persona_at.get(e.persona or "", len(persona_at)), e.lane))
    line = 12.5
    fits = max(1, int(rect.h // line))
    if not points:
        note = tr("export", "No emotion scores yet.")
        draw_text(s, out.block(rect.x, rect.y, note, rect.w, 9.5, False, t.muted_ink, 1))
        return
    shown = points if len(points) <= fits else points[: fits - 1]
    y = rect.y
    for e in shown:
        i = persona_at.get(e.persona or "")
        persona = doc.personas[i] if i is not None else None
        colour = persona_colour(i, persona.color, t.palette) if persona is not None else t.ink
        name = persona.name if persona is not None else lane_name.get(e.lane, "")
        if persona is not None and len(emotion_lanes) > 1:
            name += f" · {lane_name.get(e.lane, '')}"
        score = _score_text(e.score)
        score_w = out.width(score, 11, True) + 4
        s.ellipse(rect.x + 4, y + 6.5, 4, 4, Fill(colour), None)
        draw_text(s, out.block(rect.x + 13, y, name, rect.w - 13 - score_w, 10, True, max_lines=1))
        draw_text(s, out.block(rect.right - score_w + 4, y - 1, score, score_w, 11, True, colour))
        y += line
    if len(shown) < len(points):
        more = tr("export", "… and {0} more").format(len(points) - len(shown))
        draw_text(s, out.block(rect.x + 13, y, more, rect.w - 13, 9.5, False, t.muted_ink, 1))


def draw_handout(
    pc: PageCanvas,
    doc: JourneyMap,
    page: HandoutPage,
    out: Writer,
    accent: str | None = None,
    source_numbers: Mapping[str, tuple[int, ...]] | None = None,
) -> None:
    """One handout page's content (the caller adds the page number and ends the page).
    ``source_numbers``: the cards' numbers on the report's sources pages."""
    t = out.t
    w, h, margin = page.width, page.height, page.margin
    colour = stage_colour(page.index, page.stage.color)
    accent = accent or t.selection
    area = _drawing_area(w, h, margin, panel=page.part == 1 and page.panel)
    scores = page.part == 1 and not page.panel  # the emotion scores in the header

    # the header, in page points, y down
    s = pc.surface
    s.rect(Rect(margin, margin, 6, HEADER_H - 14), Fill(colour))
    kicker = tr("export", "Stage {0} of {1}").format(page.index + 1, len(doc.stages))
    if page.parts > 1:
        kicker += " · " + tr("export", "part {0} of {1}").format(page.part, page.parts)
    kicker += f" · {doc.title}"
    inner = w - 2 * margin - 16 - (HEADER_SCORES_W + PANEL_GAP if scores else 0)
    draw_text(s, out.block(margin + 16, margin, kicker, inner, 10, False, t.muted_ink, 1))
    name = out.block(margin + 16, margin + 13, page.stage.name, inner, 22, True, max_lines=1)
    draw_text(s, name)
    if page.stage.description and page.part == 1:
        top = name.y + name.height
        desc = out.block(
            margin + 16, top, page.stage.description, inner, 10.5, False, t.body_ink, 1
        )
        draw_text(s, desc)
    if scores:
        box = Rect(w - margin - HEADER_SCORES_W, margin, HEADER_SCORES_W, HEADER_H - 10)
        _header_scores(s, doc, page, box, out)
    elif page.part == 1:
        panel = Rect(w - margin - PANEL_W, area.y, PANEL_W, area.h)
        s.rect(Rect(panel.x - PANEL_GAP / 2, area.y, 0.8, area.h), Fill(t.grid_line))
        _panel(s, doc, page, panel, out, accent)
    if not page.groups:
        note = tr("export", "This map has no lanes for cards.")
        draw_text(s, out.block(area.x, area.y, note, area.w, 12, False, t.muted_ink))

    # the stage's lanes, laid out by the map's engine and drawn by its drawing, scaled
    # (as planned, unless the layouts came out larger than the plan's estimate)
    theme = handout_theme(t)
    laid: list[tuple[MapLayout, Rect]] = []
    for group in page.groups:
        sub = stage_document(doc, page.stage, group, page.column_width)
        layout = compute_layout(sub, map_metrics(), theme, source_numbers=source_numbers)
        # the map's title and the stage's header are on the page's own header: without
        # their text (clipping would only hide it; a reader's search would still find it)
        heads = [replace(st, name=None, description=None) for st in layout.stages]
        layout = replace(layout, title=None, subtitle=None, stages=heads)  # type: ignore[arg-type]
        laid.append((layout, drawing_region(layout)))
    if not laid:
        return
    total_w = sum(r.w for _, r in laid) + GROUP_GAP * (len(laid) - 1)
    scale = min(page.scale, area.w / total_w, area.h / max(r.h for _, r in laid))
    x = area.x
    for layout, region in laid:
        with pc.scaled(x, area.y, scale, region.x, region.y) as surface:
            surface.clip_rect(region)
            draw_map(surface, layout)
        x += (region.w + GROUP_GAP) * scale


__all__ = [
    "MIN_TITLE_PT",
    "HandoutPage",
    "draw_handout",
    "handout_size",
    "plan_handouts",
    "stage_document",
]
