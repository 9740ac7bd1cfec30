"""Exports of a journey map: vector PDF (reportlab), PNG (Qt) and SVG, from the one layout.

``export_pdf`` needs no Qt; ``export_png`` imports Qt only when called. reportlab is loaded
only when a PDF is planned or written, so a command that writes no PDF never pays for it;
python-pptx only when a slide deck (``export_pptx``) is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import JourneyMap
from .common import PAGE_SIZE_CHOICES, PAGE_SIZES, ExportError, normalise_page_size


def export_pdf(*args: Any, **kwargs: Any) -> Path | None:
    """See `journeymapper.export.pdf.export_pdf` (imported lazily: it loads reportlab)."""
    from .pdf import export_pdf as _export_pdf

    return _export_pdf(*args, **kwargs)


def plan_export(*args: Any, **kwargs: Any) -> Any:
    """See `journeymapper.export.pdf.plan_export` (imported lazily: it loads reportlab)."""
    from .pdf import plan_export as _plan_export

    return _plan_export(*args, **kwargs)


def export_png(*args: Any, **kwargs: Any) -> Path | None:
    """See `journeymapper.export.png.export_png` (imported lazily: it needs Qt)."""
    from .png import export_png as _export_png

    return _export_png(*args, **kwargs)


def export_svg(*args: Any, **kwargs: Any) -> Path | None:
    """See `journeymapper.export.svg.export_svg` (imported lazily)."""
    from .svg import export_svg as _export_svg

    return _export_svg(*args, **kwargs)


def export_pptx(*args: Any, **kwargs: Any) -> Path | None:
    """See `journeymapper.export.pptx.export_pptx` (imported lazily: it loads python-pptx)."""
    from .pptx import export_pptx as _export_pptx

    return _export_pptx(*args, **kwargs)


@dataclass
class ExportOptions:
    """Everything a user can choose for one export (File → Export… and the CLI)."""

    fmt: str = "pdf"  # "pdf", "png", "svg" or "pptx"
    page_size: str = "fit"
    orientation: str | None = None
    margin_mm: float = 12.0
    scale: float | None = None
    tile: bool = False
    dpi: float = 150
    transparent: bool = False
    author: str | None = None
    client: str | None = None
    personas: bool = False  # PDF: a sheet per persona after the map
    sources: bool = False  # PDF: the evidence, numbered, on a sources page
    insights: bool = False  # PDF: the insights page(s) after the map
    text_as_paths: bool = False  # SVG: glyph outlines instead of <text>
    report: bool = False  # PDF: the full report (cover, contents, personas, map, stages...)
    handouts: bool = False  # PDF: the stage handouts alone, one landscape page per stage
    compare: tuple[JourneyMap, str] | None = None  # PDF: pages comparing with (map, name)


def export_map(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    options: ExportOptions,
    progress: Callable[[int, int], bool] | None = None,
) -> Path | None:
    """Export as PDF, PNG or SVG by ``options.fmt``; the path written, or None if
    cancelled."""
    if options.report or options.handouts:
        from .report import export_deliverable

        return export_deliverable(doc, out_path, options, progress)
    if options.fmt == "pdf":
        return export_pdf(
            doc,
            out_path,
            page_size=options.page_size,
            orientation=options.orientation,
            margin_mm=options.margin_mm,
            scale=options.scale,
            tile=options.tile,
            author=options.author,
            client=options.client,
            progress=progress,
            personas=options.personas,
            sources=options.sources,
            compare=options.compare,
            insights=options.insights,
        )
    if options.compare is not None:
        raise ExportError("the comparison is pages of a PDF; export to a .pdf file")
    if options.fmt == "png":
        if options.tile:
            raise ExportError("tiling is for PDF posters; a PNG is one image")
        if options.personas or options.sources:
            raise ExportError("persona and sources pages are pages of a PDF; a PNG is one image")
        if options.insights:
            raise ExportError("the insights page is a page of a PDF; a PNG is one image")
        return export_png(
            doc,
            out_path,
            dpi=options.dpi,
            page_size=options.page_size,
            orientation=options.orientation,
            transparent=options.transparent,
            progress=progress,
            margin_mm=options.margin_mm,
        )
    if options.fmt == "svg":
        if options.tile:
            raise ExportError("tiling is for PDF posters; an SVG is one drawing")
        if options.insights:
            raise ExportError("the insights page is a page of a PDF; an SVG is one drawing")
        if normalise_page_size(options.page_size) != "fit":
            raise ExportError(
                "an SVG is the map's own size (a drawing, not a page); leave out the page size"
            )
        return export_svg(
            doc,
            out_path,
            transparent=options.transparent,
            text_as_paths=options.text_as_paths,
            progress=progress,
        )
    if options.fmt == "pptx":
        if options.tile:
            raise ExportError("tiling is for PDF posters; a deck has its own slides")
        if normalise_page_size(options.page_size) != "fit":
            raise ExportError("a deck's slides are 16:9; leave out the page size")
        return export_pptx(
            doc, out_path, author=options.author, client=options.client, progress=progress
        )
    raise ExportError(f"unknown export format {options.fmt!r}; use pdf, png, svg or pptx")


__all__ = [
    "PAGE_SIZES",
    "PAGE_SIZE_CHOICES",
    "ExportError",
    "ExportOptions",
    "export_map",
    "export_pdf",
    "export_png",
    "export_pptx",
    "export_svg",
    "plan_export",
]
