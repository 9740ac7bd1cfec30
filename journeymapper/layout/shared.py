"""The layout the editor shows, for an export of that very document.

Documents are values (an edit makes a new one), so the layout the canvas made of a document
is the layout an export of the same object would compute: `compute_layout` with or without
the canvas's cache gives the same result (tests/test_layout_cache.py checks it). Exporting
the map on screen then lays nothing out again: on the 20,000-card map that was 1.3 s and
a second copy of every card's geometry in memory while the export ran. Only weak references
are kept: a closed window's layout is not held alive by this.
"""

from __future__ import annotations

import weakref
from typing import Any

from ..model import JourneyMap
from .compute import compute_layout
from .geometry import MapLayout
from .text import FontMetrics
from .theme import DEFAULT_THEME, Theme

_shown: tuple[weakref.ref[Any], FontMetrics, weakref.ref[MapLayout]] | None = None


def share(doc: JourneyMap, metrics: FontMetrics, layout: MapLayout) -> None:
    """``layout`` is what ``compute_layout(doc, metrics, layout.theme)`` gives (the
    editor's)."""
    global _shown
    try:
        _shown = (weakref.ref(doc), metrics, weakref.ref(layout))
    except TypeError:  # an object that cannot be weakly referenced: nothing is shared
        _shown = None


def layout_of(doc: JourneyMap, metrics: FontMetrics, theme: Theme = DEFAULT_THEME) -> MapLayout:
    """``compute_layout(doc, metrics, theme)``: the editor's layout when it is of this very
    document with these metrics and this theme, else a new one."""
    shown = _shown
    if shown is not None and shown[0]() is doc and shown[1] is metrics:
        layout = shown[2]()
        if layout is not None and (layout.theme is theme or layout.theme == theme):
            return layout
    return compute_layout(doc, metrics, theme)
