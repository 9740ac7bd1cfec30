"""Font metrics interface and word wrapping (no Qt: metrics are passed in).

The canvas measures with QFontMetricsF and the PDF with reportlab's stringWidth, both
from the same font files in ``resources/fonts``, so both break lines at the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class FontMetrics(Protocol):
    """What the layout needs to know about a font."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Advance width of ``text`` at ``size`` points (1 pt = 1 scene unit)."""
        ...


class ApproxMetrics:
    """Average-advance metrics: for tests and tools that have no font at hand."""

    def __init__(self, em: float = 0.55, bold_factor: float = 1.08) -> None:
        self.em = em
        self.bold_factor = bold_factor

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return len(text) * size * self.em * (self.bold_factor if bold else 1.0)


class CachedMetrics:
    """Memoises word widths: maps repeat the same words across thousands of cards.

    Bounded: at most `MAX_ENTRIES` strings per font size and weight, none longer than
    `MAX_KEY_LENGTH` characters (longer ones are measured every time; they are rare and
    a cache of them would hold a pasted book many times over).
    """

    MAX_ENTRIES = 100_000  # per font size and weight
    MAX_KEY_LENGTH = 100

    def __init__(self, inner: FontMetrics) -> None:
        self.inner = inner
        self._tables: dict[tuple[float, bool], dict[str, float]] = {}
        self._measures: dict[tuple[float, bool], Callable[[str], float]] = {}

    def measure(self, size: float, bold: bool = False) -> Callable[[str], float]:
        """A fast width function for one size and weight (what `wrap` calls per word)."""
        fn = self._measures.get((size, bold))
        if fn is None:
            fn = self._measures[(size, bold)] = self._make_measure(size, bold)
        return fn

    def _make_measure(self, size: float, bold: bool) -> Callable[[str], float]:
        table = self._tables.setdefault((size, bold), {})
        inner = self.inner.width
        longest = self.MAX_KEY_LENGTH

        def width(text: str) -> float:
            value = table.get(text)
            if value is None:
                value = inner(text, size, bold)
                if len(text) <= longest:
                    if len(table) >= self.MAX_ENTRIES:
                        table.clear()
                    table[text] = value
            return value

        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.measure(size, bold)(text)


#: `wrap` with ``max_lines`` looks at no more than this many characters per line allowed:
#: more than any line of a card can show (the narrowest glyphs at the widest column), so
#: a 10 MB paste costs what a full card costs. Zero-width characters past it are not shown.
MAX_CHARS_PER_LINE = 500


def _split_long(word: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """Break a word wider than the line into pieces that fit (URLs, long compounds).

    Each piece is the longest that fits (at least one character), found by doubling and
    then halving its length: O(n log n) characters measured for a word of n, however
    many of them take no width (combining and zero-width marks never force a break).
    """
    pieces: list[str] = []
    start, n = 0, len(word)
    while start < n:
        # the longest end with word[start:end] fitting lies in [good, bad)
        good, step = start + 1, 1
        bad = n + 1
        while good < n:
            probe = min(start + 2 * step, n)
            if measure(word[start:probe]) > max_width:
                bad = probe
                break
            good, step = probe, probe - start
        while bad - good > 1:
            mid = (good + bad) // 2
            if measure(word[start:mid]) > max_width:
                bad = mid
            else:
                good = mid
        pieces.append(word[start:good])
        start = good
    return pieces


def wrap(
    text: str,
    max_width: float,
    metrics: FontMetrics,
    size: float,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[str]:
    """Greedy word wrap; explicit newlines are kept.

    With ``max_lines`` at most that many lines are laid out, the last one ending with an
    ellipsis when text was cut, and only as much of ``text`` is looked at as that many
    lines can show (`MAX_CHARS_PER_LINE`): the work is bounded however long the text is.
    Without it nothing is ever dropped.
    """
    max_width = max(max_width, size)  # a degenerate width still makes progress
    cut = False
    if max_lines is not None:
        limit = max(max_lines, 1) * MAX_CHARS_PER_LINE
        if len(text) > limit:
            text, cut = text[:limit], True
    lines: list[str] = []
    if isinstance(metrics, CachedMetrics):
        measure = metrics.measure(size, bold)
        # the memo itself, looked up first: one call less per word
        known = metrics._tables[(size, bold)].get
    else:

        def measure(text: str) -> float:
            return metrics.width(text, size, bold)

        known = {}.get
    space = measure(" ")
    # with max_lines, one line more than that is enough to know the text was cut
    full = max_lines + 1 if max_lines is not None else None
    stopped = False
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if full is not None and len(lines) >= full:
            stopped = True  # what follows is not looked at, even if only blank lines
            break
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line = ""
        line_w = 0.0
        for word in words:
            if full is not None and len(lines) >= full:
                break
            w = known(word)
            if w is None:
                w = measure(word)
            if w > max_width:
                if line:
                    lines.append(line)
                pieces = _split_long(word, max_width, measure)
                lines.extend(pieces[:-1])
                line = pieces[-1]
                line_w = measure(line)
                continue
            if not line:
                line, line_w = word, w
            elif line_w + space + w <= max_width:
                line += " " + word
                line_w += space + w
            else:
                lines.append(line)
                line, line_w = word, w
        lines.append(line)
    # Trailing blank lines add height but nothing to read.
    while not stopped and len(lines) > 1 and lines[-1] == "":
        lines.pop()
    if max_lines is not None and (cut or len(lines) > max_lines):
        lines = lines[: max(max_lines, 1)]
        lines[-1] = lines[-1].rstrip() + "…"
    return lines
