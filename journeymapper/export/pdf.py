"""Poster-quality vector PDF of a journey map, drawn with reportlab.

The map is laid out by the same engine as the canvas (`compute_layout`), measuring text
with `ReportlabMetrics` (the same DejaVu Sans files Qt measures with), then drawn by the
one drawing of the map (`journeymapper.render.drawing`) onto `PdfSurface`, the reportlab
adapter: the canvas' colours, radii, line widths, dash patterns and draw order. Drawing
happens in scene coordinates: each page sets up a y-down transform (reportlab's origin is
bottom-left) and only text flips itself back. This module lays out the pages and draws
their furniture (title block, footer, tile marks).

Text is always drawn with plain text operators (never ``Paragraph``, which parses
markup), so user text prints literally and stays selectable and searchable. Fonts are
embedded as subsets. Icons are vector paths from ``icons/*.svg`` (`svgicons`).

Pages: one page of a named size (the map fitted inside the margins, below a title block
and above a footer) or ``fit`` (a page sized to the map); or, with ``tile=True``, an
overview page with the tile grid and then the map at a readable scale over as many pages
as it needs, with overlap, crop and alignment marks and a row/column label on each.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..i18n import tr
from ..io.save import write_atomic
from ..layout import MapLayout, Rect, Theme, compute_layout
from ..layout.shared import layout_of
from ..model import JourneyMap
from ..render.drawing import draw_map
from ..text.metrics import display_runs, font_name, map_metrics, register_fonts
from .common import (
    MM,
    PAGE_SIZES,
    ExportError,
    Placement,
    check_margin,
    check_orientation,
    check_scale,
    fit_placement,
    no_room_message,
    normalise_page_size,
    page_dimensions,
)
from .pdf_stream import PageStream
from .pdf_surface import PdfSurface, rl_colour

# Page and font streams are compressed binary; ASCII85 on top only makes them a quarter
# larger and costs time (reportlab's default is on, for 7-bit-clean mail of the 1990s).
rl_config.useA85 = 0

Progress = Callable[[int, int], bool | None]

#: Largest page side a PDF viewer is required to handle (200 inches, PDF 1.7 limits).
MAX_PAGE_SIDE = 14400.0
#: Overlap between neighbouring poster tiles, and the most tiles one export may have.
TILE_OVERLAP_MM = 10.0
MAX_TILES = 400


# -- small helpers ---------------------------------------------------------------------


def _fill(c: Canvas, colour: str, alpha: float = 1.0) -> None:
    c.setFillColor(rl_colour(colour), alpha=alpha)


def _stroke(c: Canvas, colour: str, width: float, alpha: float = 1.0) -> None:
    c.setStrokeColor(rl_colour(colour), alpha=alpha)
    c.setLineWidth(width)


# -- pages -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    row: int  # 1-based
    column: int
    rows: int
    columns: int
    view: Rect  # the part of the map (scene units) this tile shows


@dataclass(frozen=True)
class PagePlan:
    """One page: its size, where the map goes and what it shows (all in points)."""

    width: float
    height: float
    placement: Placement
    area: Rect  # the map's area on the page, from the top-left corner
    tile: Tile | None = None
    overview: bool = False  # draws the tile grid over the map
    tiles: tuple[Tile, ...] = ()


@dataclass(frozen=True)
class ExportPlan:
    pages: tuple[PagePlan, ...]
    layout: MapLayout
    page_size: str
    orientation: str | None
    scale: float | None
    rows: int = 1
    columns: int = 1


def _title_block_height(page_w: float, page_h: float) -> tuple[float, float, float]:
    """(header band height, footer band height, type factor) for a page."""
    f = min(max(min(page_w, page_h) / 595.0, 1.0), 3.0)
    return 38 * f, 16 * f, f


def plan_export(
    doc: JourneyMap,
    page_size: str = "fit",
    orientation: str | None = None,
    margin_mm: float = 12,
    scale: float | None = None,
    tile: bool = False,
    layout: MapLayout | None = None,
) -> ExportPlan:
    """Decide pages, scale and placement without drawing (also used by previews/tests)."""
    page_size = normalise_page_size(page_size)
    orientation = check_orientation(orientation)
    margin = check_margin(margin_mm) * MM
    scale = check_scale(scale)
    if layout is None:
        layout = layout_of(doc, map_metrics())
    mw, mh = layout.width, layout.height

    if not tile:
        if page_size == "fit":
            s = scale or 1.0
            probe_head, probe_foot, _ = _title_block_height(mw * s, mh * s)
            extra_w = 2 * margin
            extra_h = 2 * margin + probe_head + probe_foot
            # a PDF page side is limited to 200 inches: scale down to stay within it
            limit = min((MAX_PAGE_SIDE - extra_w) / mw, (MAX_PAGE_SIDE - extra_h) / mh)
            if s > limit:
                if scale is not None:
                    raise ExportError(
                        f"at {scale:.0%} the map would need a page larger than 200 inches "
                        "(the PDF limit); choose a smaller scale, a page size or tile=True"
                    )
                s = limit
            pw = mw * s + extra_w
            head, foot, _ = _title_block_height(pw, mh * s + extra_h)
            ph = mh * s + 2 * margin + head + foot
        else:
            pw, ph = page_dimensions(page_size, orientation, mw, mh)
            head, foot, _ = _title_block_height(pw, ph)
        area = Rect(margin, margin + head, pw - 2 * margin, ph - 2 * margin - head - foot)
        if area.w <= 10 or area.h <= 10:
            raise ExportError(
                no_room_message(page_size, margin_mm, (mw, mh), (pw, ph), (area.w, area.h))
            )
        placement = fit_placement(mw, mh, area.x, area.y, area.w, area.h, scale)
        if (
            scale is not None
            and page_size != "fit"
            and (mw * scale > area.w + 0.01 or mh * scale > area.h + 0.01)
        ):
            raise ExportError(
                f"at {scale:.0%} the map ({mw * scale / MM:.0f} × {mh * scale / MM:.0f} mm) "
                f"does not fit the printable area of a {page_size} page "
                f"({area.w / MM:.0f} × {area.h / MM:.0f} mm); use tile=True to print it over "
                "several pages, a larger page, or a smaller scale"
            )
        return ExportPlan(
            (PagePlan(pw, ph, placement, area),), layout, page_size, orientation, scale
        )

    # -- poster tiles
    if page_size == "fit":
        raise ExportError("tiling needs a page size such as A4 or A3, not fit")
    s = scale or 1.0
    ov = TILE_OVERLAP_MM * MM
    label = 10 * MM  # the row/column label sits above the tile
    # Tile the map without most of its empty outer margin: no sheet of bare background.
    trim = layout.theme.margin / 2
    region = Rect(trim, trim, mw - 2 * trim, mh - 2 * trim)

    def grid_for(orient: str) -> tuple[int, int, float, float, float, float]:
        pw, ph = page_dimensions(page_size, orient, mw, mh)
        foot = _title_block_height(pw, ph)[1]
        aw, ah = pw - 2 * margin, ph - 2 * margin - label - foot
        if aw <= 3 * ov or ah <= 3 * ov:
            raise ExportError(
                f"the margins ({margin_mm} mm) leave too little of a {page_size} page for tiles"
            )
        cols = 1 if region.w * s <= aw else math.ceil((region.w * s - ov) / (aw - ov))
        rows = 1 if region.h * s <= ah else math.ceil((region.h * s - ov) / (ah - ov))
        return rows, cols, pw, ph, aw, ah

    if orientation is None:
        options = [grid_for(o) for o in ("landscape", "portrait")]
        # fewest pages; on a tie the map's own shape
        natural = 0 if mw > mh else 1
        best = min(range(2), key=lambda i: (options[i][0] * options[i][1], i != natural))
        rows, cols, pw, ph, aw, ah = options[best]
        chosen = ("landscape", "portrait")[best]
    else:
        rows, cols, pw, ph, aw, ah = grid_for(orientation)
        chosen = orientation
    if rows * cols > MAX_TILES:
        raise ExportError(
            f"at {s:.0%} the map needs {rows} × {cols} = {rows * cols} {page_size} pages "
            f"(at most {MAX_TILES}); choose a smaller scale or a larger page size"
        )
    area = Rect(margin, margin + label, aw, ah)
    tiles = []
    for r in range(rows):
        for col in range(cols):
            x0, y0 = region.x + col * (aw - ov) / s, region.y + r * (ah - ov) / s
            tiles.append(Tile(r + 1, col + 1, rows, cols, Rect(x0, y0, aw / s, ah / s)))
    # The overview shows the map and the whole grid, on a page turned to their shape.
    right = max(mw, tiles[-1].view.right)
    bottom = max(mh, tiles[-1].view.bottom)
    opw, oph = page_dimensions(page_size, None, right, bottom)
    head, foot, _ = _title_block_height(opw, oph)
    over_area = Rect(margin, margin + head, opw - 2 * margin, oph - 2 * margin - head - foot)
    overview = PagePlan(
        opw,
        oph,
        fit_placement(right, bottom, over_area.x, over_area.y, over_area.w, over_area.h),
        over_area,
        overview=True,
        tiles=tuple(tiles),
    )
    pages = [overview]
    for tl in tiles:
        placement = Placement(s, area.x - tl.view.x * s, area.y - tl.view.y * s)
        pages.append(PagePlan(pw, ph, placement, area, tile=tl))
    return ExportPlan(tuple(pages), layout, page_size, chosen, s, rows, cols)


# Page furniture is set in the map's typeface (``face``: `Theme.typeface`), passed down
# to every call: nothing about one export outlives it.


def _string_width(text: str, size: float, bold: bool, face: str) -> float:
    runs = display_runs(text, bold, face)
    return sum(pdfmetrics.stringWidth(run, f, size) for f, run in runs)


def _fit_string(
    text: str, bold: bool, size: float, max_w: float, min_size: float = 6.0, *, face: str
):
    """(text, size) in ``face``: shrunk to fit ``max_w``, below ``min_size`` cut with "…"."""
    width = _string_width(text, size, bold, face)
    if width <= max_w or width == 0:
        return text, size
    size = max(min_size, size * max_w / width)
    if _string_width(text, size, bold, face) <= max_w:
        return text, size
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with "…"
        mid = (lo + hi + 1) // 2
        if _string_width(text[:mid].rstrip() + "…", size, bold, face) <= max_w:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…", size


def _draw_line(
    c: Canvas, x: float, y: float, text: str, size: float, bold: bool, align="left", *, face: str
):
    """One line of page furniture at (x, baseline y) in page space (y up), in ``face``."""
    runs = display_runs(text, bold, face)
    width = sum(pdfmetrics.stringWidth(run, f, size) for f, run in runs)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    t = c.beginText(x, y)
    for font, run in runs:
        t.setFont(font, size)
        t.textOut(run)
    c.drawText(t)


def _draw_title_block(
    c: Canvas,
    page: PagePlan,
    margin: float,
    date: str,
    author: str | None,
    client: str | None,
    theme: Theme,
) -> None:
    # The map below carries its title, personas and description in large type: the band
    # says who it was made for, by whom and when (as a consultancy's deliverable does).
    head, _, f = _title_block_height(page.width, page.height)
    top = page.height - margin
    width = page.width - 2 * margin
    half = width / 2 - 6 * f
    face = theme.typeface
    if client:
        _fill(c, theme.ink)
        line, size = _fit_string(
            tr("export", "Prepared for {0}").format(client), True, 12 * f, half, face=face
        )
        _draw_line(c, margin, top - 13 * f, line, size, True, face=face)
    by = [tr("export", "Author: {0}").format(author)] if author else []
    _fill(c, theme.muted_ink)
    line, size = _fit_string(" · ".join([*by, date]), False, 8.5 * f, half, face=face)
    _draw_line(c, page.width - margin, top - 12 * f, line, size, False, "right", face=face)
    _stroke(c, theme.grid_line, 0.75)
    rule_y = page.height - margin - head + 6 * f
    c.line(margin, rule_y, page.width - margin, rule_y)


def _draw_footer(
    c: Canvas, page: PagePlan, margin: float, number: int, total: int, title: str, theme: Theme
) -> None:
    """The map's title and the page number (a client's document, not our advertisement)."""
    f = _title_block_height(page.width, page.height)[2]
    _fill(c, theme.muted_ink)
    pages = tr("export", "page {0} of {1}").format(number, total)
    face = theme.typeface
    text, size = _fit_string(f"{title} · {pages}", False, 8 * f, page.width - 2 * margin, face=face)
    _draw_line(c, page.width / 2, margin + 4 * f, text, size, False, "centre", face=face)


def _draw_tile_furniture(
    c: Canvas, page: PagePlan, doc: JourneyMap, margin: float, theme: Theme
) -> None:
    tile = page.tile
    assert tile is not None
    a = page.area
    # page space (y up) of the tile area
    left, right = a.x, a.x + a.w
    top, bottom = page.height - a.y, page.height - a.y - a.h
    _fill(c, theme.ink)
    label = tr("export", "Row {0}, column {1}").format(tile.row, tile.column)
    label_x = left + 4 * MM  # clear of the crop mark at the corner
    face = theme.typeface
    _draw_line(c, label_x, top + 4 * MM, label, 11, True, face=face)
    sub_x = label_x + _string_width(label, 11, True, face) + 10
    _fill(c, theme.muted_ink)
    rest, size = _fit_string(
        tr("export", "{0} × {1} pages").format(tile.rows, tile.columns) + f" · {doc.title}",
        False,
        8.5,
        max(right - sub_x - 10, 20),
        face=face,
    )
    _draw_line(c, sub_x, top + 4 * MM, rest, size, False, face=face)
    c.saveState()
    _stroke(c, theme.crop_mark, 0.5)
    gap, length = 1.5 * MM, min(6 * MM, max(margin - 2 * MM, 3 * MM))
    for x, y, dx, dy in (
        (left, top, -1, 1),
        (right, top, 1, 1),
        (left, bottom, -1, -1),
        (right, bottom, 1, -1),
    ):  # an L-shaped crop mark outside each corner; (dx, dy) points out
        c.line(x + dx * gap, y, x + dx * (gap + length), y)
        c.line(x, y + dy * gap, x, y + dy * (gap + length))
    # alignment marks: where the neighbouring sheets' edges fall (the overlap), as ticks
    ov = TILE_OVERLAP_MM * MM
    _stroke(c, theme.tile_grid, 0.75)
    tick = min(4 * MM, max(margin - 2 * MM, 2 * MM))
    if tile.column < tile.columns:
        for y, d in ((top, 1), (bottom, -1)):
            c.line(right - ov, y + d * gap, right - ov, y + d * (gap + tick))
    if tile.column > 1:
        for y, d in ((top, 1), (bottom, -1)):
            c.line(left + ov, y + d * gap, left + ov, y + d * (gap + tick))
    if tile.row < tile.rows:
        for x, d in ((left, -1), (right, 1)):
            c.line(x + d * gap, bottom + ov, x + d * (gap + tick), bottom + ov)
    if tile.row > 1:
        for x, d in ((left, -1), (right, 1)):
            c.line(x + d * gap, top - ov, x + d * (gap + tick), top - ov)
    c.restoreState()


def _draw_tile_grid(c: Canvas, page: PagePlan, theme: Theme) -> None:
    """The tiles' outlines and numbers over the overview (scene space is set up)."""
    s = page.placement.scale
    c.saveState()
    c.setLineCap(0)
    _stroke(c, theme.tile_grid, 1.2 / s)
    c.setDash([6 / s, 3 / s])
    for tl in page.tiles:
        v = tl.view
        c.rect(v.x, v.y, v.w, v.h, stroke=1, fill=0)
    c.setDash([])
    for tl in page.tiles:
        v = tl.view
        text = f"{tl.row},{tl.column}"
        size = 9 / s
        w = pdfmetrics.stringWidth(text, font_name(True, theme.typeface), size)
        # in the middle of its tile: at a corner it would cover the map's title
        bx = v.x + v.w / 2 - (w + 6 / s) / 2
        by = v.y + v.h / 2 - size * 1.35 / 2
        _fill(c, theme.tile_grid, 0.85)
        c.rect(bx, by, w + 6 / s, size * 1.35, stroke=0, fill=1)
        _fill(c, theme.paper)
        c.saveState()
        c.scale(1, -1)
        t = c.beginText(bx + 3 / s, -(by + size * 1.05))
        t.setFont(font_name(True, theme.typeface), size)
        t.textOut(text)
        c.drawText(t)
        c.restoreState()
    c.restoreState()


def _draw_page(
    c: Canvas,
    page: PagePlan,
    plan: ExportPlan,
    doc: JourneyMap,
    margin: float,
    number: int,
    total: int,
    date: str,
    author: str | None,
    client: str | None,
) -> None:
    theme = plan.layout.theme
    c.setPageSize((page.width, page.height))
    stream = PageStream(c)  # the page's operators compressed as they are drawn
    c.setLineCap(0)
    if page.tile is None:
        _draw_title_block(c, page, margin, date, author, client, theme)
    else:
        _draw_tile_furniture(c, page, doc, margin, theme)
    _draw_footer(c, page, margin, number, total, doc.title, theme)

    p = page.placement
    c.saveState()
    c.translate(p.ox, page.height - p.oy)
    c.scale(p.scale, -p.scale)
    # Qt's cosmetic 1-px lines: 1 unit at 100 %, never thinner than 0.25 pt on paper
    surface = PdfSurface(c, hairline=max(1.0, 0.25 / p.scale), face=theme.typeface, stream=stream)
    if page.tile is not None:
        surface.clip_rect(page.tile.view)  # (the tile's area of the page)
    draw_map(surface, plan.layout, view=page.tile.view if page.tile is not None else None)
    if page.overview:
        _draw_tile_grid(c, page, theme)
    c.restoreState()
    stream.show_page()


def _extra_pages(
    doc: JourneyMap,
    plan: ExportPlan,
    margin: float,
    personas: bool,
    groups: list | None,
    insights: bool = False,
) -> list:
    """The persona sheets and the sources pages asked for, on the map's page size
    (portrait; A4 when the map's page is sized to fit it)."""
    if not personas and groups is None and not insights:
        return []
    from .pdf_pages import Writer, persona_pages, source_pages

    w, h = PAGE_SIZES["A4" if plan.page_size == "fit" else plan.page_size]
    size = (min(w, h), max(w, h))
    margin = max(margin, 12 * MM)
    out = Writer(map_metrics(plan.layout.theme.typeface), plan.layout.theme)
    pages = persona_pages(doc, size, margin, out) if personas else []
    if insights:
        from .insights_page import insights_pages

        pages = insights_pages(doc, size, margin, out) + pages
    if groups is not None:
        pages += source_pages(doc, groups, size, margin, out)
    return pages


def _draw_extra(
    c: Canvas, extra, margin: float, number: int, total: int, title: str, theme: Theme
) -> None:
    from .pdf_pages import draw_extra_page

    c.setPageSize((extra.width, extra.height))
    c.setLineCap(0)
    draw_extra_page(c, extra, theme.typeface)
    page = PagePlan(extra.width, extra.height, Placement(1.0, 0.0, 0.0), Rect(0, 0, 1, 1))
    _draw_footer(c, page, margin, number, total, title, theme)
    c.showPage()


def _pdf_lang(locale: str | None) -> str | None:
    if not locale:
        return None
    return locale.replace("_", "-")


def export_pdf(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    page_size: str = "fit",
    orientation: str | None = None,
    margin_mm: float = 12,
    scale: float | None = None,
    tile: bool = False,
    author: str | None = None,
    client: str | None = None,
    progress: Progress | None = None,
    date: _dt.date | str | None = None,
    personas: bool = False,
    sources: bool = False,
    compare: tuple[JourneyMap, str] | None = None,
    insights: bool = False,
) -> Path | None:
    """Write ``doc`` as a vector PDF to ``out_path``.

    ``page_size``: ``fit`` (one page sized to the map) or a name in `PAGE_SIZES`;
    ``orientation``: portrait/landscape (default: the map's shape); ``scale``: 1.0 = 100 %
    (default: fit the page; for tiles 100 %); ``tile``: an overview plus the map over
    several pages. ``author``/``client``: default the map's own. ``personas``: a sheet
    per persona after the map; ``sources``: a page listing the evidence, numbered (the
    cards then carry their sources' numbers); ``insights``: the insights page(s) after
    the map (`insights_page`). ``compare``: (another map, its name): pages comparing
    ``doc`` with it (compare_page). ``progress(done, total)`` is called once per page;
    returning False cancels. Returns the path written, or None when cancelled (then no
    file is written and an existing file is left untouched). Bad arguments raise
    `ExportError`; a file that cannot be written raises `journeymapper.io.save.SaveError`.
    """
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as map.pdf")
    # who it is for and by whom: as given, else the map's own (as the report and deck)
    author = author or (doc.author or "").strip() or None
    client = client or (doc.client or "").strip() or None
    groups: list = []
    layout: MapLayout | None = None
    if sources:
        from .sources import number_sources

        groups, numbers = number_sources(doc)
        layout = compute_layout(doc, map_metrics(), source_numbers=numbers)
    plan = plan_export(doc, page_size, orientation, margin_mm, scale, tile, layout)
    margin = check_margin(margin_mm) * MM
    if date is None:
        date = _dt.date.today()
    date_text = date.isoformat() if isinstance(date, _dt.date) else str(date)
    extras = _extra_pages(doc, plan, margin, personas, groups if sources else None, insights)
    if compare is not None:
        from .compare_page import pages_for_export

        extras += pages_for_export(doc, *compare, plan.page_size, margin, plan.layout.theme)
    total = len(plan.pages) + len(extras)
    if progress is not None and progress(0, total) is False:
        return None

    buf = io.BytesIO()
    register_fonts(plan.layout.theme.typeface)
    c = Canvas(
        buf,
        pagesize=(plan.pages[0].width, plan.pages[0].height),
        pageCompression=1,
        initialFontName=font_name(False, plan.layout.theme.typeface),
        initialFontSize=10,
        lang=_pdf_lang(doc.locale),
    )
    c.setTitle(doc.title)
    c.setAuthor(author or "")  # (reportlab would say "anonymous")
    subject = doc.description or tr("export", "Customer journey map")
    if client:
        subject = f"{subject} ({tr('export', 'Client: {0}').format(client)})"
    c.setSubject(subject)
    c.setCreator(f"journeymapper {__version__}")
    keywords = [tr("export", "customer journey map"), *(p.name for p in doc.personas)]
    if client:
        keywords.append(client)
    c.setKeywords(", ".join(keywords))
    for number, page in enumerate(plan.pages, start=1):
        _draw_page(c, page, plan, doc, margin, number, total, date_text, author, client)
        if progress is not None and progress(number, total) is False:
            return None
    for number, extra in enumerate(extras, start=len(plan.pages) + 1):
        _draw_extra(c, extra, max(margin, 12 * MM), number, total, doc.title, plan.layout.theme)
        if progress is not None and progress(number, total) is False:
            return None
    c.save()
    write_atomic(out, buf.getvalue())
    return out
