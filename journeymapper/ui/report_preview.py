"""The export dialog's preview of the report and the stage handouts: each of their own
pages drawn by the very code that draws it into the PDF (`ReportPage.paint`), onto a
QPainter, recorded as a QPicture when it is first shown. (The map's own pages are the
poster's; the dialog previews them as it does the poster's.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPicture

from ..export.page_canvas import PageCanvas
from ..export.report import ReportPage
from ..layout import Rect
from ..layout.theme import DEFAULT_THEME
from ..render.painting import QtSurface, prepare
from ..render.surface import Surface


class QtPageCanvas:
    """`PageCanvas` on a QPainter in page points (y down, as Qt's own)."""

    def __init__(self, p: QPainter, face: str = "sans") -> None:
        self.p = p
        self.face = face  # the map's typeface, as the PDF's page has it
        self._surface = prepare(p, face)

    @property
    def surface(self) -> Surface:
        return self._surface

    @contextmanager
    def scaled(self, x: float, y: float, scale: float, ox: float, oy: float) -> Iterator[Surface]:
        p = self.p
        p.save()
        try:
            p.translate(x, y)
            p.scale(scale, scale)
            p.translate(-ox, -oy)
            yield QtSurface(p, self.face)
        finally:
            p.restore()

    def link(self, r: Rect, key: str) -> None:
        pass  # (a preview is not clicked through)


def page_picture(
    page: ReportPage,
    number: int,
    total: int,
    footer: Callable[[PageCanvas, ReportPage, int, int], None],
) -> QPicture:
    """One of the report's own pages (``page.paint``) with its footer, recorded."""
    picture = QPicture()
    p = QPainter(picture)
    p.fillRect(QRectF(0, 0, page.width, page.height), QColor(DEFAULT_THEME.paper))
    pc = QtPageCanvas(p, page.face)
    if page.paint is not None:
        page.paint(pc)
    footer(pc, page, number, total)
    p.end()
    return picture
