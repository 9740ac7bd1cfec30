"""The report's own pages: the cover (title, description, client, author, date, the brand's
logo and accent) and the table of contents (a line per section and stage, with its page
number and a link), drawn on a `PageCanvas` (the PDF's, or the export dialog's preview's),
and the pieces every report page is made of (`ReportPage`, `Section`, `Context`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from ..i18n import tr
from ..layout import Rect, Theme
from ..layout.compute import image_ref
from ..model import JourneyMap
from ..render.drawing import Fill, draw_text
from .common import Placement
from .page_canvas import PageCanvas, pdf_page
from .pdf import PagePlan, _draw_footer, _fit_string
from .pdf_pages import Writer

CONTENTS_LINE = 21.0


@dataclass(frozen=True)
class ReportPage:
    """One page (points): ``draw(canvas, number, total)`` draws all of it and ends it."""

    width: float
    height: float
    draw: Callable[[Canvas, int, int], None]
    caption: str = ""  # what the export dialog's preview says of it
    map_page: PagePlan | None = None  # a page of the map itself (the preview draws it)
    #: our own pages' content (all but the footer), on any `PageCanvas`: the PDF's, and
    #: the export dialog's preview
    paint: Callable[[PageCanvas], None] | None = None
    face: str = "sans"  # the typeface of its text (the map's: `Theme.typeface`)


@dataclass
class Section:
    """A part of the report: a contents line and a bookmark on its first page; ``entries``
    are bookmarks (and indented contents lines) inside it: (title, page index in it)."""

    key: str
    title: str
    pages: list[ReportPage]
    entries: list[tuple[str, int]] = field(default_factory=list)
    listed: bool = True  # a line in the table of contents


@dataclass(frozen=True)
class Context:
    doc: JourneyMap
    theme: Theme
    margin: float
    date: str
    author: str | None
    client: str | None
    accent: str
    out: Writer


def own_page(
    ctx: Context, w: float, h: float, paint: Callable[[PageCanvas], None], caption: str = ""
) -> ReportPage:
    """A page of our own: its content, then the footer with the page number."""

    def draw(c: Canvas, number: int, total: int) -> None:
        c.setPageSize((w, h))
        c.setLineCap(0)
        with pdf_page(c, h, ctx.theme.typeface) as pc:
            paint(pc)
        plan = PagePlan(w, h, Placement(1.0, 0.0, 0.0), Rect(0, 0, 1, 1))
        _draw_footer(c, plan, ctx.margin, number, total, ctx.doc.title, ctx.theme)
        c.showPage()

    return ReportPage(w, h, draw, caption, paint=paint, face=ctx.theme.typeface)


def canvas_page(
    ctx: Context, w: float, h: float, draw: Callable[[Canvas], None], caption: str
) -> ReportPage:
    """A page drawn straight onto the reportlab canvas (page space, y up), then the footer.
    (The export dialog previews it blank, with its name: it has no `PageCanvas` drawing.)"""

    def draw_page(c: Canvas, number: int, total: int) -> None:
        c.setPageSize((w, h))
        c.setLineCap(0)
        c.saveState()
        draw(c)
        c.restoreState()
        plan = PagePlan(w, h, Placement(1.0, 0.0, 0.0), Rect(0, 0, 1, 1))
        _draw_footer(c, plan, ctx.margin, number, total, ctx.doc.title, ctx.theme)
        c.showPage()

    return ReportPage(w, h, draw_page, caption)


# -- the cover and the contents --------------------------------------------------------


def cover_page(ctx: Context, size: tuple[float, float]) -> ReportPage:
    w, h = size
    doc, t, out, m = ctx.doc, ctx.theme, ctx.out, ctx.margin

    def content(pc: PageCanvas) -> None:
        s = pc.surface
        s.rect(Rect(0, 0, w, 16), Fill(ctx.accent))
        inner = w - 2 * m
        logo = doc.asset(doc.brand.logo) if doc.brand and doc.brand.logo else None
        ref = image_ref(logo.id, logo.media_type, logo.data) if logo is not None else None
        if ref is not None:
            k = min(160 / max(ref.width, 1), 80 / max(ref.height, 1))
            s.image(ref, Rect(w - m - ref.width * k, m + 20, ref.width * k, ref.height * k))
        y = h * 0.3
        kicker = out.block(m, y, tr("export", "Customer journey map"), inner, 12, True, t.muted_ink)
        draw_text(s, kicker)
        y += kicker.height + 8
        title = out.block(m, y, doc.title, inner, 34, True, max_lines=5)
        draw_text(s, title)
        y += title.height + 10
        s.rect(Rect(m, y, 72, 5), Fill(ctx.accent))
        y += 22
        if doc.description:
            desc = out.block(m, y, doc.description, inner, 13, False, t.body_ink, 8)
            draw_text(s, desc)
        y = h * 0.72
        if ctx.client:
            line = out.block(
                m,
                y,
                tr("export", "Prepared for {0}").format(ctx.client),
                inner,
                16,
                True,
                max_lines=2,
            )
            draw_text(s, line)
            y += line.height + 6
        if ctx.author:
            line = out.block(
                m,
                y,
                tr("export", "Author: {0}").format(ctx.author),
                inner,
                12.5,
                False,
                t.body_ink,
                2,
            )
            draw_text(s, line)
            y += line.height + 4
        draw_text(s, out.block(m, y, ctx.date, inner, 12.5, False, t.muted_ink, 1))

    return own_page(ctx, w, h, content, tr("export", "Cover"))


def contents_lines(sections: list[Section]) -> list[tuple[str, str, int, int]]:
    """(title, bookmark key, level, page index in the report) of every contents line."""
    lines = []
    start = 0
    for sec in sections:
        if sec.listed:
            lines.append((sec.title, f"section-{sec.key}", 0, start))
            for n, (title, index) in enumerate(sec.entries):
                lines.append((title, f"{sec.key}-{n}", 1, start + index))
        start += len(sec.pages)
    return lines


def _contents_capacity(size: tuple[float, float], margin: float) -> tuple[int, int]:
    """(lines on the first contents page, lines on each next one)."""
    h = size[1]
    body = h - 2 * margin - 30
    return int((body - 50) // CONTENTS_LINE), int(body // CONTENTS_LINE)


def contents_page_count(count: int, size: tuple[float, float], margin: float) -> int:
    first, rest = _contents_capacity(size, margin)
    if count <= first:
        return 1
    return 1 + -(-(count - first) // rest)


def contents_pages(
    ctx: Context, size: tuple[float, float], lines: list[tuple[str, str, int, int]]
) -> list[ReportPage]:
    """The contents pages: a line per section and stage, with its page number and a
    link to it."""
    w, h = size
    t, out, m = ctx.theme, ctx.out, ctx.margin
    first, rest = _contents_capacity(size, m)
    chunks = [lines[:first]]
    for i in range(first, len(lines), rest):
        chunks.append(lines[i : i + rest])

    def drawer(chunk: list[tuple[str, str, int, int]], is_first: bool) -> Callable:
        def content(pc: PageCanvas) -> None:
            s = pc.surface
            y = m
            if is_first:
                head = out.block(m, y, tr("export", "Contents"), w - 2 * m, 24, True)
                draw_text(s, head)
                y += head.height + 6
                s.rect(Rect(m, y, 72, 4), Fill(ctx.accent))
                y += 50 - head.height - 6
            for title, key, level, index in chunk:
                number = str(index + 1)
                size_pt = 12.5 if level == 0 else 11
                bold = level == 0
                x = m + (18 if level else 0)
                num_w = out.width(number, size_pt, bold)
                room = w - m - x - num_w - 24
                text, size_pt2 = _fit_string(title, bold, size_pt, room, face=t.typeface)
                ink = t.ink if level == 0 else t.body_ink
                draw_text(s, out.block(x, y, text, room + 20, size_pt2, bold, ink, 1))
                draw_text(s, out.block(w - m - num_w, y, number, num_w + 2, size_pt, bold, ink, 1))
                dots_x0 = x + out.width(text, size_pt2, bold) + 6
                dots_x1 = w - m - num_w - 6
                dot = 3.2
                xx = dots_x0
                while xx < dots_x1:
                    s.rect(Rect(xx, y + size_pt * 0.95, 0.9, 0.9), Fill(t.neutral_line))
                    xx += dot
                pc.link(Rect(x, y - 2, w - m - x, CONTENTS_LINE - 2), key)
                y += CONTENTS_LINE

        return content

    caption = tr("export", "Contents")
    return [own_page(ctx, w, h, drawer(ch, i == 0), caption) for i, ch in enumerate(chunks)]
