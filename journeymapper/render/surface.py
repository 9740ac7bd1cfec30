"""The drawing surface: what the one drawing of the map (`drawing`) needs of a canvas, a
PDF page or an image, and the fill and stroke values it passes (no Qt, no reportlab)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from ..layout import Rect
from ..layout.geometry import ImageRef, quick_init

# -- the surface ---------------------------------------------------------------------


@quick_init  # (made for every shape drawn: see `quick_init`)
@dataclass(frozen=True, slots=True)
class Fill:
    colour: str  # #RRGGBB
    alpha: float = 1.0


@quick_init
@dataclass(frozen=True, slots=True)
class Stroke:
    """A line. ``dash``: "dash" (4 widths on, 2 off) or "dot" (1 on, 2 off), starting
    ``dash_offset`` scene units into the pattern. ``cosmetic``: ``width`` is in device
    pixels on a screen (on paper: in the surface's hairline unit)."""

    colour: str
    width: float = 1.0
    alpha: float = 1.0
    dash: Literal["dash", "dot"] | None = None
    dash_offset: float = 0.0
    cap: Literal["flat", "square", "round"] = "square"
    join: Literal["bevel", "round", "miter"] = "bevel"
    cosmetic: bool = False


#: A path: ("M", x, y), ("L", x, y), ("Q", cx, cy, x, y), ("C", c1x, c1y, c2x, c2y, x, y)
#: and ("Z",) steps, in scene units. A tuple, so adapters may cache what they make of it.
PathStep = tuple
Path = tuple[PathStep, ...]


class Surface(Protocol):
    """What the drawing needs of a canvas, a PDF page or an image (scene units, y down)."""

    def save(self) -> None: ...

    def restore(self) -> None: ...

    def clip_rect(self, r: Rect) -> None: ...

    def rect(self, r: Rect, fill: Fill | None = None, stroke: Stroke | None = None) -> None: ...

    def rounded_rect(
        self, r: Rect, radius: float, fill: Fill | None = None, stroke: Stroke | None = None
    ) -> None: ...

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Fill | None, stroke: Stroke | None
    ) -> None: ...

    def line(self, x0: float, y0: float, x1: float, y1: float, stroke: Stroke) -> None: ...

    def path(self, path: Path, fill: Fill | None = None, stroke: Stroke | None = None) -> None: ...

    def text(
        self, x: float, lines: Sequence[tuple[float, str]], size: float, bold: bool, colour: str
    ) -> None:
        """Lines of the map font, each ``(baseline y, text)``, starting at ``x``."""
        ...

    def icon(self, name: str, r: Rect) -> None:
        """An icon of ``icons/`` (by file stem) fitted to ``r``."""
        ...

    def image(self, image: ImageRef, r: Rect) -> None:
        """An embedded image (PNG or JPEG bytes, base64 in ``image.data``) scaled into
        ``r`` (the layout keeps its aspect); adapters decode each image once (by
        ``image.key``)."""
        ...
