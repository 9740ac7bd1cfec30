"""The map font for reportlab, its metrics, and what to do with characters it lacks.

The shipped DejaVu Sans TTFs (``resources/fonts``) are registered with reportlab as
``JM-Sans`` and ``JM-Sans-Bold``. `ReportlabMetrics` measures with reportlab's
``stringWidth`` from the same files Qt measures with (`journeymapper.render.fonts`), so
the layout breaks lines at the same words on screen and on paper.

DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and Arabic but not CJK or emoji.
`font_runs` splits a string into runs of one font: the map font where it has the glyph,
a fallback font found on the system (CJK) where that has it, and otherwise a visible
placeholder ``□`` in the map font, so a character no font has never becomes an invisible
gap or a box drawn over other text. The metrics measure exactly what is drawn.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..layout.text import CachedMetrics
from ..resources import resource_path
from .shaping import shape_arabic, visual_order

SANS = "JM-Sans"
SANS_BOLD = "JM-Sans-Bold"
FALLBACK = "JM-Fallback"
PLACEHOLDER = "□"

FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf"}

#: TrueType fonts (not CFF/OpenType-PS: reportlab cannot embed those) with wide CJK
#: coverage, used when present on the system. None is required.
FALLBACK_CANDIDATES = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttf",
    "C:/Windows/Fonts/simsun.ttf",
)

_lock = threading.Lock()
_registered = False
_fallback: str | None = None
_fallback_checked = False


def font_name(bold: bool) -> str:
    return SANS_BOLD if bold else SANS


def register_fonts() -> None:
    """Register the map fonts with reportlab (once; safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        _registered = True


def fallback_font() -> str | None:
    """The registered name of a system fallback font for CJK, or None if there is none.

    ``JOURNEYMAPPER_FALLBACK_FONT`` may name a TrueType file to use instead.
    """
    global _fallback, _fallback_checked
    if _fallback_checked:
        return _fallback
    with _lock:
        if _fallback_checked:
            return _fallback
        candidates = list(FALLBACK_CANDIDATES)
        env = os.environ.get("JOURNEYMAPPER_FALLBACK_FONT")
        if env:
            candidates.insert(0, env)
        for path in candidates:
            if not Path(path).is_file():
                continue
            try:
                pdfmetrics.registerFont(TTFont(FALLBACK, path, subfontIndex=0))
            except Exception:  # CFF outlines, broken files: try the next
                continue
            _fallback = FALLBACK
            break
        _fallback_checked = True
    return _fallback


@cache
def _coverage(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def has_glyph(name: str, ch: str) -> bool:
    return ord(ch) in _coverage(name)


_INVISIBLE = {
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner (emoji sequences)
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\ufe0e",  # variation selectors: text / emoji presentation
    "\ufe0f",
}


def _is_invisible(ch: str) -> bool:
    cp = ord(ch)
    return (
        ch in _INVISIBLE
        or 0x1F3FB <= cp <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= cp <= 0xE007F  # tag characters (flag sequences)
        or 0xFE00 <= cp <= 0xFE0F
    )


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` as ``[(font name, text), ...]`` runs that every font can draw.

    Characters no available font has become ``□``; joiners and selectors that only
    glue emoji sequences together are dropped (one placeholder per emoji, not three).
    """
    register_fonts()
    main = font_name(bold)
    fallback: str | None = None
    runs: list[tuple[str, str]] = []
    cur_font = main
    cur: list[str] = []
    for ch in text:
        if has_glyph(main, ch):
            font, out = main, ch
        elif _is_invisible(ch):
            continue
        else:
            if fallback is None:
                fallback = fallback_font() or ""
            if fallback and has_glyph(fallback, ch):
                font, out = fallback, ch
            else:
                font, out = main, PLACEHOLDER
        if font != cur_font and cur:
            runs.append((cur_font, "".join(cur)))
            cur = []
        cur_font = font
        cur.append(out)
    if cur:
        runs.append((cur_font, "".join(cur)))
    return runs


#: Qt shapes text with HarfBuzz, which applies the font's standard ligatures (DejaVu Sans:
#: ff, fi, fl, ffi, ffl), so "coffee" is narrower on screen than the sum of its letters.
class ReportlabMetrics:
    """`FontMetrics` for the layout, measured by reportlab from the shipped TTFs."""

    def __init__(self) -> None:
        register_fonts()

    def width(self, text: str, size: float, bold: bool = False) -> float:
        main = font_name(bold)
        text = shape_arabic(text, lambda ch: has_glyph(main, ch))
        coverage = _coverage(main)
        if all(ord(ch) in coverage for ch in text):  # the common case: one run
            return pdfmetrics.stringWidth(text, main, size)
        return sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text, bold))


def display_runs(line: str, bold: bool = False) -> list[tuple[str, str]]:
    """One laid-out line as font runs in drawing order: Arabic shaped, RTL reordered."""
    main = font_name(bold)
    register_fonts()
    shaped = shape_arabic(line, lambda ch: has_glyph(main, ch))
    return font_runs(visual_order(shaped), bold)


@cache
def map_metrics() -> CachedMetrics:
    """The one text measure of the layout, for the canvas, the PNG and the PDF alike.

    Measuring everywhere with the TTF's own advance widths (not Qt's rounded ones)
    means a line breaks at the same word on screen and on paper, always.
    """
    return CachedMetrics(ReportlabMetrics())
