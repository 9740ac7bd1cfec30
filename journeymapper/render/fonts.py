"""The map font (DejaVu Sans, shipped in resources/fonts) for Qt, and its metrics.

Text is drawn from a 100 px, unhinted, unkerned font scaled to the wanted size, so the
advance widths are linear in the size: the same numbers reportlab computes from the
same TTF file, whatever the screen's DPI.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from ..resources import resource_path

BASE_PX = 100
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
#: a map's typeface (`Brand.typeface`) → its family, regular and bold files
FACES = {
    "sans": ("DejaVu Sans", FONT_FILES),
    "serif": ("DejaVu Serif", {False: "DejaVuSerif.ttf", True: "DejaVuSerif-Bold.ttf"}),
}


@cache
def family(face: str = "sans") -> str:
    """Register a typeface's shipped fonts once; the family name Qt knows them by."""
    name, files = FACES.get(face, FACES["sans"])
    for file in files.values():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            name = families[0]
    return name


@cache
def base_font(bold: bool, face: str = "sans") -> QFont:
    font = QFont(family(face))
    font.setPixelSize(BASE_PX)
    font.setBold(bold)
    font.setKerning(False)
    # no ligatures: "fi" is two glyphs on screen as in the PDF (reportlab has none)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


class QtMetrics:
    """`FontMetrics` for the layout, measured by Qt from the shipped font."""

    def __init__(self, face: str = "sans") -> None:
        self._fm = {bold: QFontMetricsF(base_font(bold, face)) for bold in (False, True)}

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self._fm[bold].horizontalAdvance(text) * size / BASE_PX


def ui_font(point_size: float, bold: bool = False) -> QFont:
    """A font for widgets (dialogs, docks) from the same family."""
    font = QFont(family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
