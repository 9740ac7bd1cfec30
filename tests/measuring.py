"""A font-metrics object that counts its work, for tests that bound the layout's cost by
counting (never by the wall clock, which a busy machine makes meaningless)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from journeymapper.layout import CachedMetrics, FontMetrics


class CountingMetrics:
    """Measures with ``inner`` (default: an average advance, zero for combining marks)
    and counts the calls and the characters measured."""

    def __init__(self, inner: FontMetrics | None = None) -> None:
        self.inner = inner
        self.calls = 0
        self.chars = 0

    def width(self, text: str, size: float, bold: bool = False) -> float:
        self.calls += 1
        self.chars += len(text)
        if self.inner is not None:
            return self.inner.width(text, size, bold)
        return sum(0.0 if unicodedata.combining(ch) else 0.55 * size for ch in text)


class CountingCache(CachedMetrics):
    """`CachedMetrics` that counts every width asked of it (hits as well as misses): the
    work of a layout, which takes any metrics into such a cache."""

    def __init__(self, inner: FontMetrics | None = None) -> None:
        super().__init__(inner if inner is not None else CountingMetrics())
        self.calls = 0
        self.chars = 0

    def _make_measure(self, size: float, bold: bool) -> Callable[[str], float]:
        measure = super()._make_measure(size, bold)

        def counted(text: str) -> float:
            self.calls += 1
            self.chars += len(text)
            return measure(text)

        return counted
