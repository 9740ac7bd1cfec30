"""Text as glyph outlines for the SVG export (``--svg-text-as-paths``).

The outlines come from the shipped DejaVu Sans TTFs, read with reportlab's TrueType
parser (already a dependency: it embeds the same files in PDFs), whose ``glyf`` table is
decoded here: simple glyphs (quadratic contours) and composite ones (accented letters).
No new dependency. Glyphs are advanced by the font's own widths, unkerned, as the layout
measured them, and a line goes through `display_runs` as in the PDF (Arabic shaped,
right-to-left reordered, missing characters as the placeholder). A line that needs
another font (CJK from a system fallback) has no outline here: it stays ``<text>``.
"""

from __future__ import annotations

import struct
import threading
from functools import cache, lru_cache

from reportlab.pdfbase.ttfonts import TTFontFile

from ..resources import resource_path
from ..text.metrics import FONT_FILES, display_runs, font_name

#: (closed contours of ("M"|"L"|"Q", numbers...) steps in font units, y up), advance
Glyph = tuple[tuple[tuple, ...], int]

_lock = threading.Lock()


class GlyphFont:
    """The outlines and advances of one TrueType file."""

    def __init__(self, path: str) -> None:
        f = TTFontFile(path)
        self.units = f.unitsPerEm
        self.cmap: dict[int, int] = dict(f.charToGlyph)
        self.loca: list[int] = list(f.glyphPos)
        self.glyf: bytes = f.get_table("glyf")
        self.advances = [a for a, _ in f.hmetrics]

    def advance(self, gid: int) -> int:
        a = self.advances
        return a[gid] if gid < len(a) else a[-1]

    def points(self, gid: int, depth: int = 0) -> list[list[tuple[float, float, bool]]]:
        """The contours of glyph ``gid``: (x, y, on curve) points in font units."""
        if gid + 1 >= len(self.loca) or depth > 8:
            return []
        start, end = self.loca[gid], self.loca[gid + 1]
        if end <= start:
            return []  # an empty glyph (a space)
        data = self.glyf
        (n,) = struct.unpack_from(">h", data, start)
        pos = start + 10
        if n >= 0:
            return self._simple(data, pos, n)
        contours: list[list[tuple[float, float, bool]]] = []
        while True:  # a composite: other glyphs, moved (and perhaps scaled)
            flags, child = struct.unpack_from(">HH", data, pos)
            pos += 4
            if flags & 1:
                dx, dy = struct.unpack_from(">hh", data, pos)
                pos += 4
            else:
                dx, dy = struct.unpack_from(">bb", data, pos)
                pos += 2
            if not flags & 2:
                dx = dy = 0  # point-matched placement: not used by DejaVu
            a, b, c, d = 1.0, 0.0, 0.0, 1.0
            if flags & 8:
                (a,) = struct.unpack_from(">h", data, pos)
                a = d = a / 16384
                pos += 2
            elif flags & 0x40:
                a, d = (v / 16384 for v in struct.unpack_from(">hh", data, pos))
                pos += 4
            elif flags & 0x80:
                a, b, c, d = (v / 16384 for v in struct.unpack_from(">hhhh", data, pos))
                pos += 8
            for contour in self.points(child, depth + 1):
                contours.append(
                    [(a * x + c * y + dx, b * x + d * y + dy, on) for x, y, on in contour]
                )
            if not flags & 0x20:
                return contours

    @staticmethod
    def _simple(data: bytes, pos: int, n: int) -> list[list[tuple[float, float, bool]]]:
        ends = struct.unpack_from(f">{n}H", data, pos)
        pos += 2 * n
        if not ends:
            return []
        count = ends[-1] + 1
        (ilen,) = struct.unpack_from(">H", data, pos)
        pos += 2 + ilen
        flags: list[int] = []
        while len(flags) < count:
            flag = data[pos]
            pos += 1
            flags.append(flag)
            if flag & 8:
                flags.extend([flag] * data[pos])
                pos += 1
        del flags[count:]
        xs: list[int] = []
        v = 0
        for flag in flags:
            if flag & 2:
                delta = data[pos]
                pos += 1
                v += delta if flag & 16 else -delta
            elif not flag & 16:
                (delta,) = struct.unpack_from(">h", data, pos)
                pos += 2
                v += delta
            xs.append(v)
        ys: list[int] = []
        v = 0
        for flag in flags:
            if flag & 4:
                delta = data[pos]
                pos += 1
                v += delta if flag & 32 else -delta
            elif not flag & 32:
                (delta,) = struct.unpack_from(">h", data, pos)
                pos += 2
                v += delta
            ys.append(v)
        contours = []
        first = 0
        for end in ends:
            contours.append([(xs[i], ys[i], bool(flags[i] & 1)) for i in range(first, end + 1)])
            first = end + 1
        return contours


def contour_steps(points: list[tuple[float, float, bool]]) -> tuple:
    """A closed quadratic contour as M, L and Q steps (two off-curve points in a row
    have an implied on-curve point half-way)."""
    n = len(points)
    if n < 2:
        return ()
    start = next((i for i, p in enumerate(points) if p[2]), None)
    if start is None:  # all off the curve: start half-way between the first two
        (x0, y0, _), (x1, y1, _) = points[0], points[1]
        ordered = points
        first = ((x0 + x1) / 2, (y0 + y1) / 2)
    else:
        ordered = points[start:] + points[:start]
        first = ordered[0][:2]
        ordered = ordered[1:]
    steps: list[tuple] = [("M", *first)]
    ctrl: tuple[float, float] | None = None
    for x, y, on in [*ordered, (*first, True)]:
        if on:
            steps.append(("Q", *ctrl, x, y) if ctrl else ("L", x, y))
            ctrl = None
        elif ctrl is None:
            ctrl = (x, y)
        else:
            mx, my = (ctrl[0] + x) / 2, (ctrl[1] + y) / 2
            steps.append(("Q", *ctrl, mx, my))
            ctrl = (x, y)
    return tuple(steps)


@cache
def glyph_font(bold: bool, face: str = "sans") -> GlyphFont:
    with _lock:
        return GlyphFont(str(resource_path("fonts", FONT_FILES[font_name(bold, face)])))


@lru_cache(maxsize=4096)
def _glyph(bold: bool, ch: str, face: str = "sans") -> Glyph | None:
    font = glyph_font(bold, face)
    gid = font.cmap.get(ord(ch))
    if gid is None:
        return None
    return tuple(contour_steps(c) for c in font.points(gid)), font.advance(gid)


def _n(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@lru_cache(maxsize=16384)
def outline(line: str, size: float, bold: bool, face: str = "sans") -> str | None:
    """Path data of ``line`` at ``size``, starting at x = 0 on baseline 0 (y down), or
    None when a character has no outline in the map font (of typeface ``face``)."""
    main = font_name(bold, face)
    runs = display_runs(line, bold, face)
    if any(font != main for font, _ in runs):
        return None
    font = glyph_font(bold, face)
    k = size / font.units
    pen = 0.0
    out: list[str] = []
    for _, run in runs:
        for ch in run:
            glyph = _glyph(bold, ch, face)
            if glyph is None:
                return None
            contours, advance = glyph
            for steps in contours:
                for step in steps:
                    coords = step[1:]
                    out.append(
                        step[0]
                        + " ".join(
                            _n(pen + v * k) if i % 2 == 0 else _n(-v * k)
                            for i, v in enumerate(coords)
                        )
                    )
                out.append("Z")
            pen += advance * k
    return "".join(out)
