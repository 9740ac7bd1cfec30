"""The SVG adapter of the drawing surface (`journeymapper.render.drawing.Surface`).

Builds an ``xml.etree.ElementTree`` tree (no Qt, no reportlab): every drawing call adds an
element to the group being drawn (`begin_group` / `end_group` open and close named
groups and Inkscape layers). Text is real ``<text>`` with one ``<tspan>`` a line, at the
baselines the layout chose (the same line breaks as the PDF and the canvas), in the map
font by name with a generic fallback; or, with ``glyphs``, each line as the font's glyph
outlines (`journeymapper.export.svg_glyphs`) for tools that lack the font. Icons are the
icon files' own SVG, nested; images are inlined as ``data:`` URIs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from functools import cache

from ..layout import Rect
from ..layout.geometry import ImageRef
from ..render.drawing import Fill, Path, Stroke
from ..resources import icon_path

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
INKSCAPE_NS = "http://www.inkscape.org/namespaces/inkscape"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: the root's namespace declarations (elements are written unprefixed, in SVG's default
#: namespace; nothing is registered with ElementTree globally)
ROOT_NAMESPACES = {"xmlns": SVG_NS, "xmlns:xlink": XLINK_NS, "xmlns:inkscape": INKSCAPE_NS}

#: the map font by name, then the generic family (the glyphs differ, the place does not)
FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"
#: the font-family of each typeface a map can have (`Theme.typeface`)
FONT_FAMILIES = {
    "sans": FONT_FAMILY,
    "serif": "'DejaVu Serif', 'Bitstream Vera Serif', Georgia, serif",
}

_CAPS = {"flat": "butt", "square": "square", "round": "round"}
#: dash patterns in line widths, as Qt's DashLine and DotLine
_DASHES = {"dash": (4.0, 2.0), "dot": (1.0, 2.0)}
#: characters XML 1.0 cannot carry at all (not even escaped)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ID_START = re.compile(r"[A-Za-z_]")
_ID_BAD = re.compile(r"[^A-Za-z0-9_.-]")

#: (text, size, bold) -> path data of the line at x = 0, baseline 0 (or None: no outlines)
GlyphOutliner = Callable[[str, float, bool], str | None]
#: (text, size, bold) -> each character's x from the line's start (or None: let the
#: renderer place them)
Advances = Callable[[str, float, bool], list[float] | None]


def xml_text(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by U+FFFD (ElementTree
    escapes ``<``, ``&`` and quotes itself)."""
    return _NOT_XML.sub("\ufffd", text)


def xml_id(prefix: str, name: str) -> str:
    """A valid XML id (an NCName) from a prefix and any string (a map's own id)."""
    body = _ID_BAD.sub("_", name)
    out = f"{prefix}-{body}" if prefix else body
    return out if _ID_START.match(out) else "_" + out


def num(v: float) -> str:
    """A coordinate, short: at most 3 decimals, no trailing zeros."""
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path_data(path: Path) -> str:
    parts: list[str] = []
    for step in path:
        op = step[0]
        if op == "Z":
            parts.append("Z")
        else:
            parts.append(op + " ".join(num(v) for v in step[1:]))
    return "".join(parts)


def _unqualified(el: ET.Element) -> ET.Element:
    """A copy of an SVG element tree with SVG's namespace taken off the tags (elements
    and attributes of other namespaces are left out)."""
    out = ET.Element(el.tag.split("}", 1)[1], {k: v for k, v in el.attrib.items() if "}" not in k})
    out.text = el.text
    for child in el:
        if isinstance(child.tag, str) and child.tag.startswith(f"{{{SVG_NS}}}"):
            c = _unqualified(child)
            c.tail = child.tail
            out.append(c)
    return out


@cache
def _icon_element(name: str) -> ET.Element | None:
    """The icon file's root ``<svg>`` (parsed once), or None when there is none."""
    path = icon_path(name)
    if not path.is_file():
        return None
    try:
        root = ET.fromstring(path.read_text(encoding="utf-8"))
    except (OSError, ET.ParseError, UnicodeDecodeError):
        return None
    return _unqualified(root) if root.tag == f"{{{SVG_NS}}}svg" else None


class SvgSurface:
    """`drawing.Surface` that adds SVG elements under ``root`` (an ``<svg>`` element).

    ``hairline``: the width of a cosmetic 1-pixel line, in scene units. ``glyphs``: when
    given, text is written as outlines it returns instead of ``<text>``. ``advances``:
    when given, each character of a line is placed where it says (an ``x`` list: the
    layout's unkerned advances, where a renderer would kern "To" closer together).
    """

    def __init__(
        self,
        root: ET.Element,
        hairline: float = 1.0,
        glyphs: GlyphOutliner | None = None,
        advances: Advances | None = None,
        face: str = "sans",
    ) -> None:
        self.root = root
        self.font_family = FONT_FAMILIES.get(face, FONT_FAMILY)
        self.hairline = hairline
        self.glyphs = glyphs
        self.advances = advances
        self._defs: ET.Element | None = None
        self._stack: list[ET.Element] = [root]
        self._saved: list[int] = []
        self._clips = 0
        self._ids: set[str] = set()

    # -- structure

    @property
    def parent(self) -> ET.Element:
        return self._stack[-1]

    def _add(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        el = ET.SubElement(self.parent, tag, attrs)
        return el

    def unique_id(self, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ``-3``… if already used in this drawing."""
        out, n = wanted, 1
        while out in self._ids:
            n += 1
            out = f"{wanted}-{n}"
        self._ids.add(out)
        return out

    def begin_group(self, id: str, title: str | None = None, layer: str | None = None) -> str:
        """Open a group (until `end_group`) with an id (made unique), a ``<title>`` and,
        with ``layer``, as an Inkscape layer of that label. The id used is returned."""
        gid = self.unique_id(id)
        g = self._add("g", {"id": gid})
        if layer is not None:
            g.set("inkscape:groupmode", "layer")
            g.set("inkscape:label", xml_text(layer))
        if title:
            ET.SubElement(g, "title").text = xml_text(title)
        self._stack.append(g)
        return gid

    def end_group(self) -> None:
        if len(self._stack) > 1:
            self._stack.pop()

    def save(self) -> None:
        self._saved.append(len(self._stack))

    def restore(self) -> None:
        depth = self._saved.pop() if self._saved else 1
        del self._stack[max(depth, 1) :]

    def clip_rect(self, r: Rect) -> None:
        """Clips what follows (until `restore`) to ``r``: a group with a clip path."""
        if self._defs is None:
            self._defs = ET.Element("defs")
            self.root.insert(0, self._defs)
        self._clips += 1
        cid = self.unique_id(f"clip-{self._clips}")
        clip = ET.SubElement(self._defs, "clipPath", {"id": cid})
        ET.SubElement(clip, "rect", self._box(r))
        self._stack.append(self._add("g", {"clip-path": f"url(#{cid})"}))

    # -- paint

    @staticmethod
    def _box(r: Rect) -> dict[str, str]:
        return {"x": num(r.x), "y": num(r.y), "width": num(r.w), "height": num(r.h)}

    def _paint(self, attrs: dict[str, str], fill: Fill | None, stroke: Stroke | None) -> None:
        if fill is None:
            attrs["fill"] = "none"
        else:
            attrs["fill"] = fill.colour
            if fill.alpha != 1.0:
                attrs["fill-opacity"] = num(fill.alpha)
        if stroke is not None:
            width = stroke.width * self.hairline if stroke.cosmetic else stroke.width
            attrs["stroke"] = stroke.colour
            attrs["stroke-width"] = num(width)
            if stroke.alpha != 1.0:
                attrs["stroke-opacity"] = num(stroke.alpha)
            if stroke.cap != "flat":
                attrs["stroke-linecap"] = _CAPS[stroke.cap]
            if stroke.join != "miter":
                attrs["stroke-linejoin"] = stroke.join
            if stroke.dash is not None:
                on, off = _DASHES[stroke.dash]
                attrs["stroke-dasharray"] = f"{num(on * width)} {num(off * width)}"
                if stroke.dash_offset:
                    attrs["stroke-dashoffset"] = num(stroke.dash_offset)

    def rect(self, r: Rect, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        if fill is None and stroke is None:
            return
        attrs = self._box(r)
        self._paint(attrs, fill, stroke)
        self._add("rect", attrs)

    def rounded_rect(
        self, r: Rect, radius: float, fill: Fill | None = None, stroke: Stroke | None = None
    ) -> None:
        if fill is None and stroke is None:
            return
        attrs = self._box(r)
        if radius > 0:
            attrs["rx"] = attrs["ry"] = num(radius)
        self._paint(attrs, fill, stroke)
        self._add("rect", attrs)

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Fill | None, stroke: Stroke | None
    ) -> None:
        attrs = {"cx": num(cx), "cy": num(cy), "rx": num(rx), "ry": num(ry)}
        self._paint(attrs, fill, stroke)
        self._add("ellipse", attrs)

    def line(self, x0: float, y0: float, x1: float, y1: float, stroke: Stroke) -> None:
        attrs = {"x1": num(x0), "y1": num(y0), "x2": num(x1), "y2": num(y1)}
        self._paint(attrs, None, stroke)
        del attrs["fill"]
        self._add("line", attrs)

    def path(self, path: Path, fill: Fill | None = None, stroke: Stroke | None = None) -> None:
        if not path:
            return
        attrs = {"d": path_data(path)}
        self._paint(attrs, fill, stroke)
        self._add("path", attrs)

    def text(
        self, x: float, lines: Sequence[tuple[float, str]], size: float, bold: bool, colour: str
    ) -> None:
        """One ``<text>``, a ``<tspan>`` per line at its baseline (user text is escaped
        by the serialiser: ``<b>&`` prints as written). With glyph outlines, a group of
        one path a line, the text kept in the group's ``<title>``."""
        if self.glyphs is not None:
            outlined = self._outlined(x, lines, size, bold, colour)
            if outlined:
                return
        attrs = {
            "font-family": self.font_family,
            "font-size": num(size),
            "fill": colour,
            XML_SPACE: "preserve",
        }
        if bold:
            attrs["font-weight"] = "bold"
        text = self._add("text", attrs)
        for baseline, line in lines:
            xs = self.advances(line, size, bold) if self.advances is not None else None
            at = " ".join(num(x + dx) for dx in xs) if xs else num(x)
            span = ET.SubElement(text, "tspan", {"x": at, "y": num(baseline)})
            span.text = xml_text(line)

    def _outlined(
        self, x: float, lines: Sequence[tuple[float, str]], size: float, bold: bool, colour: str
    ) -> bool:
        assert self.glyphs is not None
        shapes = [(baseline, self.glyphs(line, size, bold)) for baseline, line in lines]
        if any(d is None for _, d in shapes):
            return False  # a character without an outline: real text instead
        g = self._add("g", {"fill": colour})
        ET.SubElement(g, "title").text = xml_text("\n".join(line for _, line in lines))
        for baseline, d in shapes:
            if d:
                ET.SubElement(
                    g, "path", {"d": d, "transform": f"translate({num(x)} {num(baseline)})"}
                )
        return True

    def icon(self, name: str, r: Rect) -> None:
        """The icon file nested as an ``<svg>`` fitted to ``r`` (as Qt renders it:
        centred, aspect kept)."""
        source = _icon_element(name)
        if source is None:
            return
        attrs = {k: v for k, v in source.attrib.items() if k not in ("x", "y", "width", "height")}
        attrs.update(self._box(r))
        nested = self._add("svg", attrs)
        nested.extend(source)  # (shared children: the tree is only serialised)

    def image(self, image: ImageRef, r: Rect) -> None:
        """The embedded image inlined as a ``data:`` URI (its base64 text as the map holds
        it), scaled into ``r`` (the layout keeps its aspect)."""
        if image.media_type not in ("image/png", "image/jpeg"):
            return
        uri = f"data:{image.media_type};base64," + "".join(image.data.split())
        attrs = self._box(r)
        attrs["href"] = uri
        attrs["xlink:href"] = uri
        attrs["preserveAspectRatio"] = "none"
        self._add("image", attrs)
