"""The full report (``export --report``) and the stage handouts alone (``--handouts``).

The report is a list of sections (`Section`), each a list of pages planned before any is
drawn, so that the table of contents and every footer know the page numbers: a cover
(title, client, author, date, the brand's logo and accent colour), the contents, the
persona sheets (`pdf_pages`), the map itself (the poster export's page, fitted on one page:
never tiled, the stage pages are the readable close-ups), one page per stage
(`handouts`), then the insights and the sources where those exist. Each section and each stage
is a PDF bookmark (the viewer's outline), and the contents lines link to them.

Everything is drawn with the map's fonts and plain text operators (`PdfSurface`,
`draw_text`): no Qt, user text printed literally. Page furniture is translated with `tr`,
as the poster's pages are.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..i18n import tr
from ..io.save import write_atomic
from ..layout import MapLayout, compute_layout
from ..model import JourneyMap
from ..render.drawing import draw_text
from ..text.metrics import font_name, map_metrics, register_fonts
from . import ExportOptions
from .common import MM, PAGE_SIZES, ExportError, check_margin, normalise_page_size
from .handouts import HandoutPage, draw_handout, handout_size, plan_handouts
from .page_canvas import PageCanvas
from .pdf import (
    ExportPlan,
    PagePlan,
    _draw_page,
    _fit_string,
    _pdf_lang,
    _title_block_height,
    plan_export,
)
from .pdf_pages import ExtraPage, Writer, persona_pages, source_pages
from .report_pages import (
    Context,
    ReportPage,
    Section,
    contents_lines,
    contents_page_count,
    contents_pages,
    cover_page,
    own_page,
)
from .sources import number_sources

Progress = Callable[[int, int], bool | None]


# -- the sections ----------------------------------------------------------------------


def _extra(ctx: Context, extra: ExtraPage, caption: str) -> ReportPage:
    return own_page(ctx, extra.width, extra.height, lambda pc: extra.draw(pc.surface), caption)


def _map_plan(doc: JourneyMap, size_name: str, margin_mm: float, layout: MapLayout) -> ExportPlan:
    """The map on one page of the report's size, fitted (turned landscape when the map is
    wide), without tiles or crop marks: the stage pages are where its cards are read."""
    return plan_export(doc, size_name, None, margin_mm, None, False, layout)


def _map_pages(ctx: Context, plan: ExportPlan) -> list[ReportPage]:
    def drawer(page: PagePlan) -> Callable[[Canvas, int, int], None]:
        def draw(c: Canvas, number: int, total: int) -> None:
            _draw_page(
                c, page, plan, ctx.doc, ctx.margin, number, total, ctx.date, ctx.author, ctx.client
            )

        return draw

    caption = tr("export", "The journey map")
    return [ReportPage(page.width, page.height, drawer(page), caption, page) for page in plan.pages]


def _handout_section(
    ctx: Context, stages: list[list[HandoutPage]], numbers: dict | None
) -> Section:
    pages: list[ReportPage] = []
    entries: list[tuple[str, int]] = []
    for stage_pages in stages:
        entries.append((stage_pages[0].stage.name, len(pages)))
        for hp in stage_pages:
            pages.append(
                own_page(
                    ctx,
                    hp.width,
                    hp.height,
                    lambda pc, hp=hp: draw_handout(pc, ctx.doc, hp, ctx.out, ctx.accent, numbers),
                    hp.stage.name,
                )
            )
    return Section("stages", tr("export", "Stages"), pages, entries)


def _report_sections(
    ctx: Context, size_name: str, margin_mm: float, plan: ExportPlan, numbers: dict, groups: list
) -> list[Section]:
    doc = ctx.doc
    w, h = PAGE_SIZES[size_name]
    portrait = (min(w, h), max(w, h))
    sections = [Section("cover", doc.title, [cover_page(ctx, portrait)], listed=False)]
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
    if doc.cards or doc.emotions:  # (an empty map has nothing to say)
        from .insights_page import insights_pages

        pages = insights_pages(doc, portrait, ctx.margin, ctx.out)
        sections.append(
            Section(
                "insights",
                tr("export", "Insights"),
                [_extra(ctx, p, tr("export", "Insights")) for p in pages],
            )
        )
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
    ctx: Context, sections: list[Section], size: tuple[float, float]
) -> list[Section]:
    """The sections with the contents after the first (their page numbers counted)."""
    count = len(contents_lines(sections))
    n = contents_page_count(count, size, ctx.margin)
    placeholder = Section(
        "contents", tr("export", "Contents"), [ReportPage(1, 1, _later)] * n, listed=False
    )
    sections = [sections[0], placeholder, *sections[1:]]
    placeholder.pages = contents_pages(ctx, size, contents_lines(sections))
    return sections


def _write(
    out: Path, ctx: Context, sections: list[Section], progress: Progress | None
) -> Path | None:
    """Numbers the pages, draws every page with its bookmarks and writes the file
    atomically."""
    total = sum(len(sec.pages) for sec in sections)
    if progress is not None and progress(0, total) is False:
        return None
    doc = ctx.doc
    buf = io.BytesIO()
    register_fonts(ctx.theme.typeface)
    c = Canvas(
        buf,
        pageCompression=1,
        initialFontName=font_name(False, ctx.theme.typeface),
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
) -> Context:
    margin = max(check_margin(margin_mm) * MM, 12 * MM)
    if date is None:
        date = _dt.date.today()
    accent = doc.brand.accent if doc.brand is not None and doc.brand.accent else None
    return Context(
        doc,
        layout.theme,
        margin,
        date.isoformat() if isinstance(date, _dt.date) else str(date),
        author or doc.author,
        client or doc.client,
        accent or layout.theme.selection,
        Writer(map_metrics(layout.theme.typeface), layout.theme),
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
) -> tuple[Context, list[Section]]:
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
) -> tuple[Context, list[Section]]:
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
        text, size = _fit_string(text, False, 8 * f, w - 2 * ctx.margin, face=ctx.theme.typeface)
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
            f"leave out tiling for {what}: the map is one fitted page there, and each stage "
            "has a readable page of its own"
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
