"""The full report (``export --report``) and the stage handouts alone (``--handouts``).

The report is a list of sections (`Section`), each a list of pages planned before any is
drawn, so that the table of contents and every footer know the page numbers: a cover
(title, client, author, date, the brand's logo and accent colour), the contents, the
persona sheets (`pdf_pages`), the map itself (the poster export's own pages: fitted on one
page, or in tiles with an overview when fitted it would be too small to read), one page per
stage (`handouts`), then the insights and the sources where those exist. Each section and
each stage is a PDF bookmark (the viewer's outline), and the contents lines link to them.

Everything is drawn with the map's fonts and plain text operators (`PdfSurface`,
`draw_text`): no Qt, user text printed literally. Page furniture is translated with `tr`,
as the poster's pages are.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..i18n import tr
from ..io.save import write_atomic
from ..layout import MapLayout, Rect, Theme, compute_layout
from ..layout.compute import image_ref
from ..model import JourneyMap
from ..render.drawing import Fill, draw_text
from ..text.metrics import SANS, map_metrics
from . import ExportOptions
from .common import MM, PAGE_SIZES, ExportError, Placement, check_margin, normalise_page_size
from .handouts import HandoutPage, draw_handout, handout_size, plan_handouts
from .page_canvas import PageCanvas, pdf_page
from .pdf import (
    ExportPlan,
    PagePlan,
    _draw_footer,
    _draw_page,
    _fit_string,
    _pdf_lang,
    _title_block_height,
    plan_export,
)
from .pdf_pages import ExtraPage, Writer, persona_pages, source_pages
from .sources import number_sources

Progress = Callable[[int, int], bool | None]
#: below this scale the fitted map is too small to read (13.5 pt card titles at 5.4 pt):
#: the report then prints it in tiles at `MAP_TILE_SCALE`
MAP_MIN_SCALE = 0.4
MAP_TILE_SCALE = 0.6
#: the most tiles the report's map may take before it falls back to one fitted page
MAP_MAX_TILES = 24
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
class _Context:
    doc: JourneyMap
    theme: Theme
    margin: float
    date: str
    author: str | None
    client: str | None
    accent: str
    out: Writer


def _page(
    ctx: _Context, w: float, h: float, paint: Callable[[PageCanvas], None], caption: str = ""
) -> ReportPage:
    """A page of our own: its content, then the footer with the page number."""

    def draw(c: Canvas, number: int, total: int) -> None:
        c.setPageSize((w, h))
        c.setLineCap(0)
        with pdf_page(c, h) as pc:
            paint(pc)
        plan = PagePlan(w, h, Placement(1.0, 0.0, 0.0), Rect(0, 0, 1, 1))
        _draw_footer(c, plan, ctx.margin, number, total, ctx.doc.title, ctx.theme)
        c.showPage()

    return ReportPage(w, h, draw, caption, paint=paint)


# -- the cover and the contents --------------------------------------------------------


def _cover(ctx: _Context, size: tuple[float, float]) -> ReportPage:
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

    return _page(ctx, w, h, content, tr("export", "Cover"))


def _contents_lines(sections: list[Section]) -> list[tuple[str, str, int, int]]:
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


def _contents_page_count(count: int, size: tuple[float, float], margin: float) -> int:
    first, rest = _contents_capacity(size, margin)
    if count <= first:
        return 1
    return 1 + -(-(count - first) // rest)


def _contents(
    ctx: _Context, size: tuple[float, float], lines: list[tuple[str, str, int, int]]
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
                text, size_pt2 = _fit_string(title, bold, size_pt, room)
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
    return [_page(ctx, w, h, drawer(ch, i == 0), caption) for i, ch in enumerate(chunks)]


# -- the sections ----------------------------------------------------------------------


def _extra(ctx: _Context, extra: ExtraPage, caption: str) -> ReportPage:
    return _page(ctx, extra.width, extra.height, lambda pc: extra.draw(pc.surface), caption)


def _map_plan(doc: JourneyMap, size_name: str, margin_mm: float, layout: MapLayout) -> ExportPlan:
    """The poster export's pages for the map: fitted on one page, or in tiles (with an
    overview) when fitted it would be too small to read."""
    plan = plan_export(doc, size_name, None, margin_mm, None, False, layout)
    if plan.pages[0].placement.scale >= MAP_MIN_SCALE:
        return plan
    try:
        tiled = plan_export(doc, size_name, None, margin_mm, MAP_TILE_SCALE, True, layout)
    except ExportError:
        return plan
    return tiled if tiled.rows * tiled.columns <= MAP_MAX_TILES else plan


def _map_pages(ctx: _Context, plan: ExportPlan) -> list[ReportPage]:
    def drawer(page: PagePlan) -> Callable[[Canvas, int, int], None]:
        def draw(c: Canvas, number: int, total: int) -> None:
            _draw_page(
                c, page, plan, ctx.doc, ctx.margin, number, total, ctx.date, ctx.author, ctx.client
            )

        return draw

    caption = tr("export", "The journey map")
    return [ReportPage(page.width, page.height, drawer(page), caption, page) for page in plan.pages]


def _handout_section(
    ctx: _Context, stages: list[list[HandoutPage]], numbers: dict | None
) -> Section:
    pages: list[ReportPage] = []
    entries: list[tuple[str, int]] = []
    for stage_pages in stages:
        entries.append((stage_pages[0].stage.name, len(pages)))
        for hp in stage_pages:
            pages.append(
                _page(
                    ctx,
                    hp.width,
                    hp.height,
                    lambda pc, hp=hp: draw_handout(pc, ctx.doc, hp, ctx.out, ctx.accent, numbers),
                    hp.stage.name,
                )
            )
    return Section("stages", tr("export", "Stages"), pages, entries)


def _report_sections(
    ctx: _Context, size_name: str, margin_mm: float, plan: ExportPlan, numbers: dict, groups: list
) -> list[Section]:
    doc = ctx.doc
    w, h = PAGE_SIZES[size_name]
    portrait = (min(w, h), max(w, h))
    sections = [Section("cover", doc.title, [_cover(ctx, portrait)], listed=False)]
    if doc.personas:
        pages = persona_pages(doc, portrait, ctx.margin, ctx.out)
        sections.append(
            Section(
                "personas",
                tr("export", "Personas"),
                [_extra(ctx, page, p.name) for page, p in zip(pages, doc.personas, strict=True)],
                [(p.name, i) for i, p in enumerate(doc.personas)],
            )
        )
    sections.append(Section("map", tr("export", "The journey map"), _map_pages(ctx, plan)))
    stages = plan_handouts(doc, handout_size(size_name), ctx.margin, ctx.theme)
    sections.append(_handout_section(ctx, stages, numbers))
    # TODO(coordinator, insights): the insights page goes HERE, as one section between the
    # stage handouts and the sources, e.g.
    #     sections.append(Section("insights", tr("export", "Insights"), [_page(ctx, *portrait,
    #         lambda c: insights_page.<its public function>(c, doc, ...))]))
    # with `insights_page` = journeymapper/export/insights_page.py (the "insights" helper's).
    if groups:
        pages = source_pages(doc, groups, portrait, ctx.margin, ctx.out)
        sections.append(
            Section(
                "sources",
                tr("export", "Sources"),
                [_extra(ctx, p, tr("export", "Sources")) for p in pages],
            )
        )
    return sections


# -- writing ---------------------------------------------------------------------------


def _with_contents(
    ctx: _Context, sections: list[Section], size: tuple[float, float]
) -> list[Section]:
    """The sections with the contents after the first (their page numbers counted)."""
    count = len(_contents_lines(sections))
    n = _contents_page_count(count, size, ctx.margin)
    placeholder = Section(
        "contents", tr("export", "Contents"), [ReportPage(1, 1, _later)] * n, listed=False
    )
    sections = [sections[0], placeholder, *sections[1:]]
    placeholder.pages = _contents(ctx, size, _contents_lines(sections))
    return sections


def _write(
    out: Path, ctx: _Context, sections: list[Section], progress: Progress | None
) -> Path | None:
    """Numbers the pages, draws every page with its bookmarks and writes the file
    atomically."""
    total = sum(len(sec.pages) for sec in sections)
    if progress is not None and progress(0, total) is False:
        return None
    doc = ctx.doc
    buf = io.BytesIO()
    c = Canvas(
        buf,
        pageCompression=1,
        initialFontName=SANS,
        initialFontSize=10,
        lang=_pdf_lang(doc.locale),
    )
    c.setTitle(doc.title)
    c.setAuthor(ctx.author or "")
    subject = doc.description or tr("export", "Customer journey map")
    if ctx.client:
        subject = f"{subject} ({tr('export', 'Client: {0}').format(ctx.client)})"
    c.setSubject(subject)
    c.setCreator(f"journeymapper {__version__}")
    number = 0
    for sec in sections:
        for index, page in enumerate(sec.pages):
            number += 1
            c.setPageSize((page.width, page.height))
            marks = [(f"section-{sec.key}", sec.title, 0)] if index == 0 else []
            marks += [
                (f"{sec.key}-{n}", t, 1) for n, (t, at) in enumerate(sec.entries) if at == index
            ]
            for key, title, level in marks:
                # (the top of the page, zoom unchanged: a plain /Fit has no location,
                # which some readers, Qt's among them, warn about)
                c.bookmarkPage(key, fit="XYZ", left=0, top=page.height, zoom=0)
                c.addOutlineEntry(title, key, level, closed=False if level == 0 else None)
            page.draw(c, number, total)
            if progress is not None and progress(number, total) is False:
                return None
    c.showOutline()
    c.save()
    write_atomic(out, buf.getvalue())
    return out


def _later(c: Canvas, number: int, total: int) -> None:
    raise AssertionError("a contents page is drawn only once the contents are known")


def _context(
    doc: JourneyMap,
    layout: MapLayout,
    margin_mm: float,
    date: _dt.date | str | None,
    author: str | None,
    client: str | None,
) -> _Context:
    margin = max(check_margin(margin_mm) * MM, 12 * MM)
    if date is None:
        date = _dt.date.today()
    accent = doc.brand.accent if doc.brand is not None and doc.brand.accent else None
    return _Context(
        doc,
        layout.theme,
        margin,
        date.isoformat() if isinstance(date, _dt.date) else str(date),
        author or doc.author,
        client or doc.client,
        accent or layout.theme.selection,
        Writer(map_metrics(), layout.theme),
    )


def _page_size(page_size: str) -> str:
    name = normalise_page_size(page_size)
    return "A4" if name == "fit" else name


def _target(out_path: str | os.PathLike[str]) -> Path:
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as report.pdf")
    return out


def plan_report(
    doc: JourneyMap,
    page_size: str = "A4",
    margin_mm: float = 12,
    author: str | None = None,
    client: str | None = None,
    date: _dt.date | str | None = None,
) -> tuple[_Context, list[Section]]:
    """The report's sections and pages, planned (nothing drawn yet)."""
    size_name = _page_size(page_size)
    groups, numbers = number_sources(doc)
    layout = compute_layout(doc, map_metrics(), source_numbers=numbers)
    ctx = _context(doc, layout, margin_mm, date, author, client)
    plan = _map_plan(doc, size_name, margin_mm, layout)
    sections = _report_sections(ctx, size_name, margin_mm, plan, numbers, groups)
    w, h = PAGE_SIZES[size_name]
    return ctx, _with_contents(ctx, sections, (min(w, h), max(w, h)))


def plan_handout_pages(
    doc: JourneyMap, page_size: str = "A4", margin_mm: float = 12
) -> tuple[_Context, list[Section]]:
    """The stage handouts' pages, planned: a section (and a bookmark) per stage."""
    size_name = _page_size(page_size)
    layout = compute_layout(doc, map_metrics())
    ctx = _context(doc, layout, margin_mm, None, None, None)
    stages = plan_handouts(doc, handout_size(size_name), ctx.margin, ctx.theme)
    section = _handout_section(ctx, stages, None)
    sections = []
    for i, (title, start) in enumerate(section.entries):
        end = section.entries[i + 1][1] if i + 1 < len(section.entries) else len(section.pages)
        sections.append(Section(f"stage{i}", title, section.pages[start:end]))
    return ctx, sections


def preview_pages(
    doc: JourneyMap,
    report: bool,
    page_size: str = "A4",
    margin_mm: float = 12,
    author: str | None = None,
    client: str | None = None,
) -> tuple[list[ReportPage], Callable[[PageCanvas, ReportPage, int, int], None]]:
    """Every page the report (or the handouts) will have, for the export dialog, and a
    painter of their footers (``footer(canvas, page, number, total)``, as the PDF's)."""
    planned = plan_report(doc, page_size, margin_mm, author, client) if report else None
    ctx, sections = planned or plan_handout_pages(doc, page_size, margin_mm)
    pages = [page for sec in sections for page in sec.pages]

    def footer(pc: PageCanvas, page: ReportPage, number: int, total: int) -> None:
        w, h = page.width, page.height
        f = _title_block_height(w, h)[2]
        text = f"{doc.title} · " + tr("export", "page {0} of {1}").format(number, total)
        text, size = _fit_string(text, False, 8 * f, w - 2 * ctx.margin)
        tw = ctx.out.width(text, size)
        block = ctx.out.block(w / 2 - tw / 2, 0, text, tw + 2, size, False, ctx.theme.muted_ink, 1)
        ascent = block.baselines()[0] - block.y
        draw_text(pc.surface, replace(block, y=h - ctx.margin - 4 * f - ascent))

    return pages, footer


def export_report(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    page_size: str = "A4",
    margin_mm: float = 12,
    author: str | None = None,
    client: str | None = None,
    progress: Progress | None = None,
    date: _dt.date | str | None = None,
) -> Path | None:
    """Write the full report of ``doc`` as a PDF (see the module). ``page_size``: the
    pages' size (``fit``: A4); ``author``/``client``: default the map's own. Returns the
    path written, or None when ``progress(done, total)`` returned False (nothing is
    written then). Bad arguments raise `ExportError`."""
    out = _target(out_path)
    ctx, sections = plan_report(doc, page_size, margin_mm, author, client, date)
    return _write(out, ctx, sections, progress)


def export_handouts(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    page_size: str = "A4",
    margin_mm: float = 12,
    progress: Progress | None = None,
) -> Path | None:
    """Write the stage handouts alone: one landscape page per stage (more when a stage's
    lanes would not be readable on one), each stage a bookmark."""
    out = _target(out_path)
    ctx, sections = plan_handout_pages(doc, page_size, margin_mm)
    return _write(out, ctx, sections, progress)


def export_deliverable(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    options: ExportOptions,
    progress: Progress | None = None,
) -> Path | None:
    """The report or the handouts as ``options`` ask (``report``/``handouts``), after
    refusing the choices that do not apply to them."""
    o = options
    what = "the report" if o.report else "the stage handouts"
    refused = None
    if o.report and o.handouts:
        refused = "choose either the report or the stage handouts, not both"
    elif o.fmt != "pdf":
        refused = f"{what} can only be a PDF; give an output name ending in .pdf"
    elif o.tile:
        refused = (
            f"leave out tiling for {what}: a map too large to read on one page is tiled by itself"
        )
    elif o.scale is not None:
        refused = f"leave out the scale for {what}: each page is scaled to fit its content"
    elif o.orientation is not None:
        refused = f"leave out the orientation for {what}: each page is turned to suit it"
    elif o.personas or o.sources:
        refused = (
            "leave out the persona and sources options: the report has those pages whenever "
            "the map has personas or evidence"
            if o.report
            else "leave out the persona and sources options: the stage handouts are the "
            "stages' pages only (the report has them all)"
        )
    if refused is not None:
        raise ExportError(refused)
    if o.report:
        return export_report(doc, out_path, o.page_size, o.margin_mm, o.author, o.client, progress)
    return export_handouts(doc, out_path, o.page_size, o.margin_mm, progress)
