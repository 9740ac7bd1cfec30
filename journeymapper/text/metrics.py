"""The map font for reportlab, its metrics, and what to do with characters it lacks.

The shipped DejaVu Sans TTFs (``resources/fonts``) are registered with reportlab as
``JM-Sans`` and ``JM-Sans-Bold`` when something draws with reportlab (`register_fonts`).
`ReportlabMetrics` measures with the widths reportlab reads from the same files Qt
measures with (`journeymapper.render.fonts`), shipped as tables (`widths`) so that
measuring imports no reportlab; the layout breaks lines at the same words on screen and
on paper.

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

from ..layout.text import CachedMetrics
from ..resources import resource_path
from .shaping import shape_arabic, visual_order
from .widths import FONT_FILES, SANS, SANS_BOLD, SERIF, SERIF_BOLD, char_widths, string_width

FALLBACK = "JM-Fallback"
PLACEHOLDER = "□"
#: a map's typeface (`Brand.typeface`: "sans" or "serif") → (regular, bold) font names
FACES = {"sans": (SANS, SANS_BOLD), "serif": (SERIF, SERIF_BOLD)}

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
_registered: set[str] = set()
_fallback: str | None = None
_fallback_checked = False


def font_name(bold: bool, face: str = "sans") -> str:
    """The registered font of a typeface ("sans", "serif"; anything else: sans)."""
    regular, heavy = FACES.get(face, FACES["sans"])
    return heavy if bold else regular


def register_fonts(face: str = "sans") -> None:
    """Register a typeface's two fonts with reportlab (once; safe from any thread): what
    drawing with reportlab needs; measuring does not (it uses the shipped tables)."""
    if face in _registered:
        return
    with _lock:
        if face in _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in FACES.get(face, FACES["sans"]):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FONT_FILES[name]))))
        _registered.add(face)


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
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            try:
                pdfmetrics.registerFont(TTFont(FALLBACK, path, subfontIndex=0))
            except Exception:  # CFF outlines, broken files: try the next
                continue
            _fallback = FALLBACK
            break
        _fallback_checked = True
    return _fallback


@cache
def _coverage(name: str) -> frozenset[str]:
    """The characters a font has: a shipped font's from its table, the fallback's from
    the TTF (registered by `fallback_font`)."""
    if name in FONT_FILES:
        return frozenset(char_widths(name))
    from reportlab.pdfbase import pdfmetrics

    return frozenset(map(chr, pdfmetrics.getFont(name).face.charToGlyph))


def has_glyph(name: str, ch: str) -> bool:
    return ch in _coverage(name)


def _run_width(run: str, font: str, size: float) -> float:
    """One run's width, as reportlab measures it (the fallback font by reportlab itself)."""
    if font in FONT_FILES:
        return string_width(run, font, size)
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(run, font, size)


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


def font_runs(text: str, bold: bool = False, face: str = "sans") -> list[tuple[str, str]]:
    """``text`` as ``[(font name, text), ...]`` runs that every font can draw.

    Characters no available font has become ``□``; joiners and selectors that only
    glue emoji sequences together are dropped (one placeholder per emoji, not three).
    """
    main = font_name(bold, face)
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
    """`FontMetrics` for the layout, measured by reportlab from the shipped TTFs of one
    typeface (``face``: "sans" or "serif")."""

    def __init__(self, face: str = "sans") -> None:
        self.face = face

    def width(self, text: str, size: float, bold: bool = False) -> float:
        main = font_name(bold, self.face)
        text = shape_arabic(text, lambda ch: has_glyph(main, ch))
        coverage = _coverage(main)
        if coverage.issuperset(text):  # the common case: one run
            return string_width(text, main, size)
        runs = font_runs(text, bold, self.face)
        return sum(_run_width(run, font, size) for font, run in runs)


def display_runs(line: str, bold: bool = False, face: str = "sans") -> list[tuple[str, str]]:
    """One laid-out line as font runs in drawing order: Arabic shaped, RTL reordered."""
    main = font_name(bold, face)
    register_fonts(face)
    shaped = shape_arabic(line, lambda ch: has_glyph(main, ch))
    return font_runs(visual_order(shaped), bold, face)


class MapMetrics(CachedMetrics):
    """The map measure of one typeface; `for_typeface` gives another's (the layout asks
    for the map's own: `journeymapper.layout.brand.typeface_metrics`)."""

    def __init__(self, face: str) -> None:
        super().__init__(ReportlabMetrics(face))
        self.face = face

    def for_typeface(self, face: str) -> MapMetrics:
        return self if face == self.face else map_metrics(face)


def map_metrics(face: str = "sans") -> MapMetrics:
    """The one text measure of the layout, for the canvas, the PNG, the PDF and the SVG
    alike (``face``: the map's typeface, "sans" or "serif").

    Measuring everywhere with the TTF's own advance widths (not Qt's rounded ones)
    means a line breaks at the same word on screen and on paper, always.
    """
    return _map_metrics(face if face in FACES else "sans")


@cache
def _map_metrics(face: str) -> MapMetrics:
    return MapMetrics(face)
