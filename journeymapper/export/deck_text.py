"""Text measure and fitting for the slide deck (no Qt, no python-pptx, no reportlab).

The deck is set in Arial (Times New Roman for a brand with the serif typeface): every
PowerPoint has it, and LibreOffice substitutes Liberation Sans (Serif), which has the same
advance widths by design. `DeckMetrics` measures with Helvetica's widths (the PDF standard
font Arial was drawn to match), a little generously, so text measured to fit a box fits it
in PowerPoint and in Impress. `fit` cuts text that would need more lines than a box has,
ending it with "…"; what was cut stays whole in the slide's notes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..layout.text import CachedMetrics, wrap

#: Advance widths (1/1000 em) of ASCII 32..126 in Helvetica = Arial = Liberation Sans.
_REGULAR = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
    722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
    500, 334, 260, 334, 584,
)  # fmt: skip
_BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,
    722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
    500, 389, 280, 389, 584,
)  # fmt: skip
#: Measured widths are made this much wider: renderers differ a little (hinting, kerning).
SLACK = 1.06
#: Line height as a share of the font size (Arial's ascent + descent is 1.15).
LINE = 1.2

#: What XML 1.0 cannot hold (python-pptx would refuse it), lone surrogates, and DEL and the C1
#: controls (Office shows them as boxes).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean(text: str | None) -> str:
    """``text`` with what a .pptx cannot hold taken out; tabs become spaces."""
    if not text:
        return ""
    return _NOT_XML.sub("", text).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=8192)
def _char_em(ch: str, bold: bool) -> float:
    table = _BOLD if bold else _REGULAR
    code = ord(ch)
    if 32 <= code < 127:
        return table[code - 32] / 1000
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0  # CJK ideographs, kana, hangul, fullwidth forms: a full em
    base = unicodedata.normalize("NFD", ch)[:1]
    if base and 32 <= ord(base) < 127:
        return table[ord(base) - 32] / 1000  # é is as wide as e
    return 0.72 if bold else 0.66  # Greek, Cyrillic, symbols...: a wide letter's width


class DeckMetrics:
    """The `FontMetrics` of the deck's font (see the module's notes)."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return sum(_char_em(ch, bold) for ch in text) * size * SLACK


METRICS = CachedMetrics(DeckMetrics())


@dataclass(frozen=True)
class Fitted:
    text: str  # what the box shows: the text, or its beginning ending with "…"
    lines: int  # how many lines it takes at the box's width
    cut: bool

    def height(self, size: float) -> float:
        return self.lines * size * LINE


def fit(
    text: str | None, width: float, size: float, bold: bool = False, max_lines: int = 0
) -> Fitted:
    """``text`` in a box ``width`` points wide at ``size`` pt, cut after ``max_lines`` lines
    (0: never cut). The text keeps its own line breaks; the renderer wraps it again at the
    same words (it is not broken into lines here)."""
    text = clean(text).strip()
    if not text:
        return Fitted("", 0, False)
    if max_lines <= 0:
        return Fitted(text, len(wrap(text, width, METRICS, size, bold)), False)
    lines = wrap(text, width, METRICS, size, bold, max_lines=max_lines + 1)
    if len(lines) <= max_lines:
        return Fitted(text, len(lines), False)
    kept = lines[:max_lines]
    last = kept[-1]
    room = width - METRICS.width("…", size, bold)
    while last and METRICS.width(last, size, bold) > room:
        cut_at = last.rstrip().rfind(" ")
        last = last[:cut_at] if cut_at > 0 else last[:-1]
    kept[-1] = last
    return Fitted(_prefix(text, kept) + "…", max_lines, True)


def _prefix(text: str, lines: list[str]) -> str:
    """The beginning of ``text`` that ``lines`` (its wrapped lines) show, with the text's own
    spaces and line breaks: found by counting the characters that are not white space."""
    want = sum(1 for line in lines for ch in line if not ch.isspace())
    seen = 0
    for i, ch in enumerate(text):
        if seen >= want:
            return text[:i].rstrip()
        if not ch.isspace():
            seen += 1
    return text.rstrip()


def shorten(text: str | None, limit: int) -> str:
    """At most ``limit`` characters of ``text`` (notes keep whole texts, within reason)."""
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
