"""A page to draw the report's own pages on (cover, contents, stage handouts), in page
points with y down: a drawing `Surface`, a scaled part (a stage's lanes enlarged), and a
link to a bookmark. The PDF's is here (reportlab); the export dialog's preview has a
QPainter one (`journeymapper.ui.report_preview`), so it shows the very pages the PDF gets.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from reportlab.pdfgen.canvas import Canvas

from ..layout import Rect
from ..render.surface import Surface
from .pdf_surface import PdfSurface


class PageCanvas(Protocol):
    """Where a page's content is drawn (page points, y down)."""

    @property
    def surface(self) -> Surface: ...

    def scaled(
        self, x: float, y: float, scale: float, ox: float, oy: float
    ) -> AbstractContextManager[Surface]:
        """A surface on which scene point (ox, oy) lands at page point (x, y), ``scale``
        times larger."""
        ...

    def link(self, r: Rect, key: str) -> None:
        """``r`` (page points) goes to the bookmark ``key`` when clicked (PDF only)."""
        ...


class PdfPageCanvas:
    """`PageCanvas` on a reportlab page ``height`` points tall (see `pdf_page`), its
    text in the typeface ``face`` (the map's: `Theme.typeface`)."""

    def __init__(self, c: Canvas, height: float, face: str = "sans") -> None:
        self.c = c
        self.height = height
        self.face = face
        self._surface = PdfSurface(c, face=face)

    @property
    def surface(self) -> Surface:
        return self._surface

    @contextmanager
    def scaled(self, x: float, y: float, scale: float, ox: float, oy: float) -> Iterator[Surface]:
        c = self.c
        c.saveState()
        try:
            c.translate(x, y)
            c.scale(scale, scale)
            c.translate(-ox, -oy)
            # Qt's cosmetic 1-px lines: never thinner than 0.25 pt on paper
            yield PdfSurface(c, hairline=max(1.0, 0.25 / scale), face=self.face)
        finally:
            c.restoreState()

    def link(self, r: Rect, key: str) -> None:
        # (absolute page space, y up, whatever the current transform)
        self.c.linkAbsolute("", key, Rect=(r.x, self.height - r.bottom, r.right, self.height - r.y))


@contextmanager
def pdf_page(c: Canvas, height: float, face: str = "sans") -> Iterator[PdfPageCanvas]:
    """The current reportlab page as a `PageCanvas` (y down, restored afterwards), its
    text in ``face``."""
    c.saveState()
    try:
        c.translate(0, height)
        c.scale(1, -1)
        yield PdfPageCanvas(c, height, face)
    finally:
        c.restoreState()
