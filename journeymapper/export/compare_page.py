"""The PDF's comparison pages (``journeymapper export MAP -o OUT.pdf --compare OTHER``).

First the emotion curves of both maps, one chart per emotion lane and persona: this map's
curve solid with round points, the other map's dashed with square points, and under each
stage the change of score ("+2", "−1.5"). Then every difference, grouped by kind, in the
words of ``journeymapper diff``, over as many pages as it needs. Drawn in page points with
y down through the map's surface, in plain text operators (no Qt here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..compare.marks import CurvePair, compare_marks, format_delta
from ..compare.text import describe_each, op_word, summary_line
from ..i18n import tr
from ..layout import Rect, TextBlock, smooth_segments
from ..layout.theme import persona_colour
from ..model import JourneyMap
from ..render.drawing import Fill, Stroke, draw_curve_point, draw_text
from .pdf_pages import ExtraPage, Writer
from .pdf_surface import PdfSurface

CHART_H = 190.0
Item = tuple[str, Any]


def _curve_title(
    doc: JourneyMap, other: JourneyMap, pair: CurvePair, palette: str = "standard"
) -> tuple[str, str]:
    lane = doc.lane(pair.lane)
    lane_name = lane.name if lane is not None else pair.lane
    if pair.persona is None:
        return lane_name, "#1F2933"
    for d in (doc, other):
        for i, p in enumerate(d.personas):
            if p.id == pair.persona:
                return f"{p.name} — {lane_name}", persona_colour(i, p.color, palette)
    return f"{pair.persona} — {lane_name}", "#1F2933"


def _chart(
    doc: JourneyMap,
    other: JourneyMap,
    pair: CurvePair,
    area: Rect,
    other_label: str,
    out: Writer,
) -> list[Item]:
    """One chart: both curves across the current stages, the deltas under the stages."""
    t = out.t
    name, colour = _curve_title(doc, other, pair, t.palette)
    items: list[Item] = []
    head = out.block(area.x, area.y, name, area.w, 12.5, True, max_lines=1)
    items.append(("text", head))
    legend_y = area.y + head.height + 2
    x = area.x
    for label, dash in ((tr("export", "this map"), None), (other_label, "dash")):
        items.append(
            (
                "line",
                (x, legend_y + 6, x + 26, legend_y + 6, Stroke(colour, 2.2, dash=dash, cap="flat")),
            )
        )
        block = out.block(x + 32, legend_y, label, 220, 9.5, False, t.muted_ink, max_lines=1)
        items.append(("text", block))
        x += 32 + min(220, out.width(label, 9.5)) + 24
    n = len(pair.stages)
    left = area.x + 26
    col = (area.right - left) / max(n, 1)
    top = legend_y + 24
    bottom = area.bottom - 40

    def y_of(score: float) -> float:
        return top + (5 - score) / 10 * (bottom - top)

    for i, _ in enumerate(pair.stages):
        if i % 2 == 0:
            items.append(("rect", Rect(left + i * col, top - 6, col, bottom - top + 12)))
    for score, text in ((5, "+5"), (0, "0"), (-5, "−5")):
        y = y_of(score)
        items.append(
            ("line", (left, y, area.right, y, Stroke(t.neutral_line, 0.8, dash="dot", cap="flat")))
        )
        lh = 9 * t.line_spacing
        items.append(("text", TextBlock(area.x, y - lh / 2, (text,), 9, False, t.muted_ink, lh)))
    for dashed, key in ((True, "old"), (False, "new")):
        xy = [
            (left + (i + 0.5) * col, y_of(getattr(s, key)))
            for i, s in enumerate(pair.stages)
            if getattr(s, key) is not None
        ]
        items.append(("curve", (xy, colour, dashed)))
    for i, s in enumerate(pair.stages):
        stage = doc.stage(s.stage)
        label = out.block(
            left + i * col + 3,
            bottom + 8,
            stage.name if stage else s.stage,
            col - 6,
            8.5,
            False,
            t.muted_ink,
            1,
        )
        items.append(("text", label))
        delta = s.delta
        if delta is not None:
            text = format_delta(delta)
        elif s.new is not None:
            text = tr("export", "new")
        elif s.old is not None:
            text = tr("export", "gone")
        else:
            continue
        w = out.width(text, 10, True)
        block = out.block(left + (i + 0.5) * col - w / 2, bottom + 20, text, w + 2, 10, True, t.ink)
        items.append(("text", block))
    return items


def _draw_items(items: list[Item], t: Any) -> Callable[[PdfSurface], None]:
    def draw(s: PdfSurface) -> None:
        for kind, item in items:
            if kind == "text":
                draw_text(s, item)
            elif kind == "rule":
                s.rect(item, Fill(t.grid_line))
            elif kind == "rect":
                s.rect(item, Fill(t.page))
            elif kind == "line":
                s.line(*item)
            elif kind == "curve":
                xy, colour, dashed = item
                if len(xy) >= 2:
                    steps: list[tuple] = [("M", *xy[0])]
                    steps += [("C", *g[1], *g[2], *g[3]) for g in smooth_segments(xy)]
                    stroke = (
                        Stroke(colour, 2.2, dash="dash", cap="flat")
                        if dashed
                        else Stroke(colour, 3, cap="round", join="round")
                    )
                    s.path(tuple(steps), None, stroke)
                for x, y in xy:
                    if dashed:
                        s.rect(Rect(x - 4, y - 4, 8, 8), Fill("#FFFFFF"), Stroke(colour, 1.6))
                    else:
                        draw_curve_point(s, x, y, colour, t)

    return draw


def compare_pages(
    doc: JourneyMap,
    other: JourneyMap,
    other_label: str,
    size: tuple[float, float],
    margin: float,
    out: Writer,
) -> list[ExtraPage]:
    """The comparison pages of ``doc`` against ``other`` (the older map, ``other_label``)."""
    t = out.t
    w, h = size
    inner = w - 2 * margin
    bottom = h - margin - 30
    marks = compare_marks(other, doc)
    pages: list[list[Item]] = [[]]
    title = out.block(
        margin, margin, tr("export", "Comparison with {0}").format(other_label), inner, 20, True
    )
    intro = out.block(
        margin,
        margin + title.height + 2,
        summary_line(marks.changes),
        inner,
        10.5,
        False,
        t.muted_ink,
    )
    pages[0] += [("text", title), ("text", intro)]
    y = intro.y + intro.height + 16

    def room(height: float) -> None:
        nonlocal y
        if y + height > bottom and pages[-1]:
            pages.append([])
            y = margin

    pairs = [p for p in marks.curves]
    if pairs:
        room(20 + CHART_H)
        head = out.block(margin, y, tr("export", "Emotion curves"), inner, 14, True)
        pages[-1] += [("text", head), ("rule", Rect(margin, y + head.height + 2, inner, 0.8))]
        y += head.height + 12
    for pair in pairs:
        room(CHART_H)
        pages[-1] += _chart(doc, other, pair, Rect(margin, y, inner, CHART_H), other_label, out)
        y += CHART_H + 14
    entries = describe_each(marks.changes, other, doc)
    head = out.block(margin, y, tr("export", "Changes"), inner, 14, True)
    room(head.height + 30)
    head = out.block(margin, y, tr("export", "Changes"), inner, 14, True)
    pages[-1] += [("text", head), ("rule", Rect(margin, y + head.height + 2, inner, 0.8))]
    y += head.height + 10
    if not entries:
        block = out.block(margin, y, tr("export", "The maps are the same."), inner, 10.5)
        pages[-1].append(("text", block))
    op = None
    for change, text in entries:
        if change.op != op:
            op = change.op
            group = out.block(margin, y, op_word(op).capitalize(), inner, 11.5, True, t.ink)
            room(group.height + 20)
            group = out.block(margin, y, op_word(op).capitalize(), inner, 11.5, True, t.ink)
            pages[-1].append(("text", group))
            y += group.height + 3
        glyph = {"added": "+", "removed": "−"}.get(change.op, "~")
        block = out.block(margin + 16, y, text, inner - 16, 9.5, False, t.body_ink, max_lines=6)
        room(block.height)
        block = out.block(margin + 16, y, text, inner - 16, 9.5, False, t.body_ink, max_lines=6)
        mark = out.block(margin + 2, y, glyph, 14, 9.5, True, t.ink)
        pages[-1] += [("text", mark), ("text", block)]
        y += block.height + 3
    return [ExtraPage(w, h, _draw_items(items, t)) for items in pages]


def pages_for_export(
    doc: JourneyMap, other: JourneyMap, other_label: str, page_size: str, margin: float, theme: Any
) -> list[ExtraPage]:
    """The comparison pages on the map's page size (portrait; A4 for a page sized to fit)."""
    from ..text.metrics import map_metrics
    from .common import MM, PAGE_SIZES

    w, h = PAGE_SIZES["A4" if page_size == "fit" else page_size]
    size = (min(w, h), max(w, h))
    return compare_pages(
        doc,
        other,
        other_label,
        size,
        max(margin, 12 * MM),
        Writer(map_metrics(theme.typeface), theme),
    )


__all__ = ["compare_pages", "pages_for_export"]
