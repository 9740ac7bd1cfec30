"""The reportlab adapter of the drawing surface (`journeymapper.render.drawing.Surface`).

The canvas' current space must be the scene's, y down (the page sets that up; reportlab's
origin is bottom-left): only text flips itself upright. Colours, widths, caps and dashes
are written only when they change, which keeps a big map's page stream small.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..layout import Rect
from ..layout.geometry import ImageRef
from ..model.assets import ImageError, decode_base64
from ..render.drawing import Fill, Path, Stroke
from ..text.metrics import display_runs
from .pdf_stream import PageStream
from .svgicons import draw_icon

_CAPS = {"flat": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
#: dash patterns in line widths, as Qt's DashLine and DotLine
_DASHES = {"dash": (4.0, 2.0), "dot": (1.0, 2.0)}


@cache
def rl_colour(hex_colour: str) -> Color:
    """A reportlab colour for #RRGGBB (shared: colours repeat)."""
    return HexColor(hex_colour)


#: operators joined at a time by `PdfSurface._compact`
_COMPACT_EVERY = 4096


class PdfSurface:
    """`drawing.Surface` on a reportlab canvas. ``hairline``: the width of a cosmetic
    1-pixel line (Qt's), in scene units."""

    def __init__(
        self,
        c: Canvas,
        hairline: float = 1.0,
        face: str = "sans",
        stream: PageStream | None = None,
    ) -> None:
        self.c = c
        self.stream = stream  # the page's stream, compressed as it is drawn (or None)
        self.hairline = hairline
        self.face = face  # the map's typeface ("sans", "serif")
        # what the page's graphics state holds now (None: unknown, set it)
        self._fill: tuple[str, float] | None = None
        self._stroke: tuple[str, float] | None = None
        self._line: tuple | None = None  # width, cap, join, dash, phase
        self._stack: list[tuple] = []
        # the page's operators before this index are joined already (see `_compact`)
        self._joined: tuple[list[str] | None, int] = (None, 0)

    def _compact(self) -> None:
        """Join the page's latest operators into one string: the very bytes reportlab
        writes (it joins them with newlines when the page ends), without 1.2 million small
        strings alive at once (~100 MB on the stress map). The last one stays alone, as
        reportlab may merge a following transform into it. On a page with a `PageStream`
        they are compressed into it instead."""
        code: list[str] = self.c._code
        if self.stream is not None:
            if len(code) > _COMPACT_EVERY:
                self.stream.absorb()
            return
        start = self._joined[1] if self._joined[0] is code else 0
        end = len(code) - 1
        if end - start >= _COMPACT_EVERY:
            code[start:end] = ["\n".join(code[start:end])]
            self._joined = (code, start + 1)

    # -- state

    def save(self) -> None:
        self.c.saveState()
        self._stack.append((self._fill, self._stroke, self._line))

    def restore(self) -> None:
        self.c.restoreState()
        self._fill, self._stroke, self._line = self._stack.pop()
        self._compact()

    def clip_rect(self, r: Rect) -> None:
        path = self.c.beginPath()
        path.rect(r.x, r.y, r.w, r.h)
        self.c.clipPath(path, stroke=0, fill=0)

    def _set_fill(self, colour: str, alpha: float = 1.0) -> None:
        if self._fill != (colour, alpha):
            self.c.setFillColor(rl_colour(colour), alpha=alpha)
            self._fill = (colour, alpha)

    def _set(self, fill: Fill | None, stroke: Stroke | None) -> tuple[int, int]:
        """Sets up ``fill`` and ``stroke``; the (stroke, fill) flags of a drawing call."""
        if fill is not None:
            self._set_fill(fill.colour, fill.alpha)
        if stroke is not None:
            c = self.c
            if self._stroke != (stroke.colour, stroke.alpha):
                c.setStrokeColor(rl_colour(stroke.colour), alpha=stroke.alpha)
                self._stroke = (stroke.colour, stroke.alpha)
            width = stroke.width * self.hairline if stroke.cosmetic else stroke.width
            line = (width, stroke.cap, stroke.join, stroke.dash, stroke.dash_offset)
            old = self._line
            if old != line:
                if old is None or old[0] != width:
                    c.setLineWidth(width)
                if old is None or old[1] != stroke.cap:
                    c.setLineCap(_CAPS[stroke.cap])
                if old is None or old[2] != stroke.join:
                    c.setLineJoin(_JOINS[stroke.join])
                if old is None or old[3:] != line[3:]:
                    if stroke.dash is None:
                        c.setDash([], 0)
                    else:
                        on, off = _DASHES[stroke.dash]
                        c.setDash([on * width, off * width], stroke.dash_offset)
                self._line = line
        return (1 if stroke is not None else 0), (1 if fill is not None else 0)

    # -- shapes

    def rect(self, r: Rect, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        s, f = self._set(fill, stroke)
        self.c.rect(r.x, r.y, r.w, r.h, stroke=s, fill=f)

    def rounded_rect(
        self, r: Rect, radius: float, fill: Fill | None = None, stroke: Stroke | None = None
    ) -> None:
        s, f = self._set(fill, stroke)
        self.c.roundRect(r.x, r.y, r.w, r.h, radius, stroke=s, fill=f)

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Fill | None, stroke: Stroke | None
    ) -> None:
        s, f = self._set(fill, stroke)
        self.c.ellipse(cx - rx, cy - ry, cx + rx, cy + ry, stroke=s, fill=f)

    def line(self, x0: float, y0: float, x1: float, y1: float, stroke: Stroke) -> None:
        self._set(None, stroke)
        self.c.line(x0, y0, x1, y1)

    def path(self, path: Path, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        s, f = self._set(fill, stroke)
        out = self.c.beginPath()
        x = y = 0.0
        for step in path:
            op = step[0]
            if op == "M":
                x, y = step[1], step[2]
                out.moveTo(x, y)
            elif op == "L":
                x, y = step[1], step[2]
                out.lineTo(x, y)
            elif op == "Q":  # a quadratic curve as a cubic
                cx, cy, bx, by = step[1:]
                out.curveTo(
                    x + 2 / 3 * (cx - x),
                    y + 2 / 3 * (cy - y),
                    bx + 2 / 3 * (cx - bx),
                    by + 2 / 3 * (cy - by),
                    bx,
                    by,
                )
                x, y = bx, by
            elif op == "C":
                out.curveTo(*step[1:])
                x, y = step[5], step[6]
            else:
                out.close()
        self.c.drawPath(out, stroke=s, fill=f)

    def text(
        self, x: float, lines: Sequence[tuple[float, str]], size: float, bold: bool, colour: str
    ) -> None:
        """Plain text operators (never ``Paragraph``, which parses markup): user text
        prints literally and stays selectable; characters the map font lacks come from a
        fallback font or become a placeholder (`metrics.display_runs`)."""
        c = self.c
        self._set_fill(colour)
        c.saveState()
        c.scale(1, -1)  # text upright again; scene y becomes -y
        for baseline, line in lines:
            text = c.beginText(x, -baseline)
            for font, run in display_runs(line, bold, self.face):
                text.setFont(font, size)
                text.textOut(run)
            c.drawText(text)
        c.restoreState()
        self._compact()

    def icon(self, name: str, r: Rect) -> None:
        # (draws inside its own saved state: the colours here stay as they were)
        draw_icon(self.c, name, r.x, r.y, r.w, r.h)

    def image(self, image: ImageRef, r: Rect) -> None:
        """The image as a form XObject of the document, made the first time the asset is
        drawn and then only referred to: a picture on many cards, pages or tiles is
        stored once. An image reportlab cannot read is left out."""
        name = image_form(self.c, image)
        if name is None:
            return
        c = self.c
        c.saveState()
        c.translate(r.x, r.y + r.h)
        c.scale(r.w, -r.h)  # (the unit square, upright: scene y runs down)
        c.doForm(name)
        c.restoreState()


def image_form(c: Canvas, image: ImageRef) -> str | None:
    """The name of ``image``'s form in the document of ``c`` (a unit square), made on
    first use; None when its bytes cannot be read."""
    forms: dict[str, str | None] = c.__dict__.setdefault("_journeymapper_images", {})
    if image.key in forms:
        return forms[image.key]
    name = f"jmimg{len(forms)}"
    try:
        reader = ImageReader(io.BytesIO(decode_base64(image.data)))
        reader.getSize()
    except (ImageError, OSError, ValueError):
        forms[image.key] = None
        return None
    c.beginForm(name, 0, 0, 1, 1)
    c.drawImage(reader, 0, 0, 1, 1, mask="auto")
    c.endForm()
    forms[image.key] = name
    return name
