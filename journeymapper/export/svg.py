"""SVG export: the one drawing of the map (`render.drawing`) onto `SvgSurface`.

The layout is the PDF's and the PNG's (`compute_layout` with `map_metrics()`), so lines
break at the same words. The map is drawn by the drawing module's own pieces in
`draw_map`'s order, each part in a group of its own (a stable id from the map's ids and a
``<title>``) inside an Inkscape layer: Background (page, grid, title, emotion scales),
Curves, Headers (stages and lanes), Cards, Connections (lines, arrowheads, labels) and
Curve points. A designer can hide, lock or move each layer, and the picture is the
canvas' (a test renders it with librsvg and compares it with the PNG export).

1 scene unit is 1 pt: ``width``/``height`` are in points, with a ``viewBox`` in scene
units. ``text_as_paths`` writes every line as the font's glyph outlines (the words stay
in each group's ``<title>``) for tools that lack DejaVu Sans.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from unicodedata import combining

from .. import __version__
from ..i18n import tr
from ..io.save import write_atomic
from ..layout import Curve, MapLayout
from ..layout.shared import layout_of
from ..model import JourneyMap
from ..render import drawing
from ..text.metrics import display_runs, font_name, map_metrics
from ..text.widths import string_width
from .common import ExportError
from .svg_surface import ROOT_NAMESPACES, SvgSurface, num, xml_id, xml_text

Progress = Callable[[int, int], bool | None]

#: the Inkscape layers, bottom to top
LAYERS = ("background", "curves", "headers", "cards", "connections", "points")


def layer_label(key: str) -> str:
    """The label a designer sees for a layer (in the user's language)."""
    return {
        "background": tr("export", "Background"),
        "curves": tr("export", "Curves"),
        "headers": tr("export", "Headers"),
        "cards": tr("export", "Cards"),
        "connections": tr("export", "Connections"),
        "points": tr("export", "Curve points"),
    }[key]


def svg_layout(doc: JourneyMap) -> MapLayout:
    """The layout the SVG uses: the PDF's and the PNG's (no Qt)."""
    return layout_of(doc, map_metrics())


def _layer(s: SvgSurface, key: str) -> None:
    s.begin_group(f"layer-{key}", None, layer_label(key))


def draw_grouped(s: SvgSurface, doc: JourneyMap, layout: MapLayout, page: bool = True) -> None:
    """`drawing.draw_map`, part by part, in its order, each part in its own group."""
    t = layout.theme
    cards = {c.id: c for c in doc.cards}
    personas = {p.id: p.name for p in doc.personas}
    stages = {st.id: st.name for st in doc.stages}
    lanes = {ln.id: ln.name for ln in doc.lanes}

    _layer(s, "background")
    s.begin_group("background", tr("export", "Background and grid"))
    drawing.draw_background(s, layout, page)
    s.end_group()
    s.begin_group("title", doc.title)
    drawing.draw_title(s, layout)
    s.end_group()
    for lane_id, scale in layout.scales.items():
        s.begin_group(xml_id("scale", lane_id), tr("export", "Emotion scale"))
        drawing.draw_scale(s, scale, t)
        s.end_group()
    s.end_group()

    def curve_name(curve: Curve) -> str:
        who = personas.get(curve.persona or "", "") if curve.persona else ""
        return tr("export", "Emotion curve: {0}").format(who or lanes.get(curve.lane, ""))

    def curve_key(curve: Curve) -> str:
        return f"{curve.lane}-{curve.persona}" if curve.persona else curve.lane

    _layer(s, "curves")
    for curve in layout.curves:
        s.begin_group(xml_id("curve", curve_key(curve)), curve_name(curve))
        drawing.draw_curve(s, curve, t)
        s.end_group()
    s.begin_group("emotion-notes", tr("export", "Notes of the emotion points"))
    drawing.draw_emotion_notes(s, layout, None)
    s.end_group()
    s.end_group()

    _layer(s, "headers")
    for stage in layout.stages:
        s.begin_group(xml_id("stage", stage.id), stages.get(stage.id, ""))
        drawing.draw_stage_header(s, stage, t)
        s.end_group()
    for lane in layout.lanes:
        s.begin_group(xml_id("lane", lane.id), lanes.get(lane.id, ""))
        drawing.draw_lane_header(s, lane, t)
        s.end_group()
    s.end_group()

    _layer(s, "cards")
    for card in layout.cards.values():
        model = cards.get(card.id)
        s.begin_group(xml_id("card", card.id), model.title if model else "")
        drawing.draw_card(s, card, t)
        s.end_group()
    s.end_group()

    def card_title(card_id: str) -> str:
        model = cards.get(card_id)
        return model.title if model else card_id

    _layer(s, "connections")
    for conn in layout.connections:
        title = f"{card_title(conn.source)} → {card_title(conn.target)}"
        s.begin_group(xml_id("connection", conn.id), title)
        drawing.draw_connection(s, conn, t)
        s.end_group()
    for conn in layout.connections:
        if conn.label is None or conn.label_rect is None:
            continue
        s.begin_group(xml_id("label", conn.id), " ".join(conn.label.lines))
        drawing.draw_connection_label(s, conn, t)
        s.end_group()
    s.end_group()

    _layer(s, "points")
    for curve in layout.curves:
        s.begin_group(xml_id("points", curve_key(curve)), curve_name(curve))
        for pt in curve.points:
            drawing.draw_curve_point(s, pt.x, pt.y, curve.colour, t)
        s.end_group()
    s.end_group()


def char_positions(line: str, size: float, bold: bool, face: str = "sans") -> list[float] | None:
    """Each character's x from the line's start by the map font's own advances (what
    the layout measured), for a line drawn as it is stored: every character in the map
    font, no right-to-left or joining script, no combining mark, nothing outside the
    BMP (elsewhere the renderer places the characters)."""
    if len(line) < 2:
        return None
    runs = display_runs(line, bold, face)
    main = font_name(bold, face)
    if len(runs) != 1 or runs[0] != (main, line):
        return None
    if any(combining(ch) or ord(ch) > 0xFFFF for ch in line):
        return None
    widths = _widths(main)
    out, pen = [], 0.0
    for ch in line:
        out.append(pen)
        pen += widths(ch) * size
    return out


@cache
def _widths(font: str) -> Callable[[str], float]:
    @cache
    def width(ch: str) -> float:
        return string_width(ch, font, 1.0)

    return width


def svg_tree(
    doc: JourneyMap,
    layout: MapLayout | None = None,
    transparent: bool = False,
    text_as_paths: bool = False,
) -> ET.ElementTree:
    """The map as an SVG document tree."""
    if layout is None:
        layout = svg_layout(doc)
    w, h = layout.width, layout.height
    root = ET.Element(
        "svg",
        {
            **ROOT_NAMESPACES,
            "version": "1.1",
            "width": f"{num(w)}pt",
            "height": f"{num(h)}pt",
            "viewBox": f"0 0 {num(w)} {num(h)}",
        },
    )
    ET.SubElement(root, "title").text = xml_text(doc.title)
    if doc.description:
        ET.SubElement(root, "desc").text = xml_text(doc.description)
    ET.SubElement(root, "metadata").text = f"journeymapper {__version__}"
    face = layout.theme.typeface
    glyphs = None
    if text_as_paths:
        from .svg_glyphs import outline

        glyphs = partial(outline, face=face)
    advances = partial(char_positions, face=face)
    surface = SvgSurface(root, glyphs=glyphs, advances=advances, face=face)
    draw_grouped(surface, doc, layout, page=not transparent)
    return ET.ElementTree(root)


def _indent(el: ET.Element, level: int = 0) -> None:
    """Each element on a line of its own, except inside ``<text>`` (where white space
    between the lines' spans would be drawn: the text keeps xml:space="preserve")."""
    if el.tag == "text" or not len(el):
        return
    inner = "\n" + " " * (level + 1)
    if not (el.text or "").strip():
        el.text = inner
    for child in el:
        _indent(child, level + 1)
        if not (child.tail or "").strip():
            child.tail = inner
    el[-1].tail = "\n" + " " * level


def svg_bytes(
    doc: JourneyMap,
    layout: MapLayout | None = None,
    transparent: bool = False,
    text_as_paths: bool = False,
) -> bytes:
    tree = svg_tree(doc, layout, transparent, text_as_paths)
    _indent(tree.getroot())
    text = ET.tostring(tree.getroot(), encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


def export_svg(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    transparent: bool = False,
    text_as_paths: bool = False,
    progress: Progress | None = None,
) -> Path | None:
    """Write ``doc`` as an SVG file to ``out_path``; the path written, or None when
    ``progress(done, total)`` returned False (nothing written)."""
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as map.svg")
    if progress is not None and progress(0, 2) is False:
        return None
    data = svg_bytes(doc, transparent=transparent, text_as_paths=text_as_paths)
    if progress is not None and progress(1, 2) is False:
        return None
    write_atomic(out, data)
    if progress is not None:
        progress(2, 2)
    return out
