"""Pure geometry for the canvas and the exports (no Qt: font metrics are passed in)."""

from .engine import (
    ASCENT,
    CardBox,
    ConnectionPath,
    Curve,
    CurvePoint,
    EmotionScale,
    LaneBox,
    MapLayout,
    Rect,
    StageBox,
    TextBlock,
    compute_layout,
)
from .text import ApproxMetrics, CachedMetrics, FontMetrics, wrap
from .theme import DEFAULT_THEME, Theme

__all__ = [
    "ASCENT",
    "DEFAULT_THEME",
    "ApproxMetrics",
    "CachedMetrics",
    "CardBox",
    "ConnectionPath",
    "Curve",
    "CurvePoint",
    "EmotionScale",
    "FontMetrics",
    "LaneBox",
    "MapLayout",
    "Rect",
    "StageBox",
    "TextBlock",
    "Theme",
    "compute_layout",
    "wrap",
]
