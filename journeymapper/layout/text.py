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
    """Memoises word widths: maps repeat the same words across thousands of cards."""

    MAX_ENTRIES = 100_000  # per font size and weight

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

        def width(text: str) -> float:
            value = table.get(text)
            if value is None:
                if len(table) > self.MAX_ENTRIES:
                    table.clear()
                value = table[text] = inner(text, size, bold)
            return value

        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.measure(size, bold)(text)


def _split_long(
    word: str, max_width: float, metrics: FontMetrics, size: float, bold: bool
) -> list[str]:
    """Break a word wider than the line into pieces that fit (URLs, long compounds)."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and metrics.width(current + ch, size, bold) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(
    text: str,
    max_width: float,
    metrics: FontMetrics,
    size: float,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[str]:
    """Greedy word wrap; explicit newlines are kept; nothing is ever dropped silently.

    With ``max_lines`` the last kept line ends with an ellipsis when text was cut
    (used only for previews; the map itself never truncates).
    """
    max_width = max(max_width, size)  # a degenerate width still makes progress
    lines: list[str] = []
    if isinstance(metrics, CachedMetrics):
        measure = metrics.measure(size, bold)
    else:

        def measure(text: str) -> float:
            return metrics.width(text, size, bold)

    space = measure(" ")
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line = ""
        line_w = 0.0
        for word in words:
            w = measure(word)
            if w > max_width:
                if line:
                    lines.append(line)
                pieces = _split_long(word, max_width, metrics, size, bold)
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
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip() + "…"
    return lines
