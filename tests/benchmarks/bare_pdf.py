"""The floor of the PDF export: reportlab alone drawing the same boxes and lines of text.

``layout_ops`` turns a journeymapper layout into a plain list of drawing operations (JSON
friendly); ``draw_ops`` draws them on one A1 page with DejaVu embedded, as the real export
does. Run as a script (``python bare_pdf.py OPS.json OUT.pdf FONT_DIR``) it is the
whole-process floor: interpreter start, reportlab import, font registration, drawing and
saving, and nothing of journeymapper (this file imports none of it).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any


def layout_ops(layout: Any) -> dict[str, Any]:
    """The boxes, lines of text and polylines of ``layout``, in drawing order."""
    ops: list[list[Any]] = []

    def box(r: Any, fill: str, radius: float = 6) -> None:
        ops.append(["box", r.x, r.y, r.w, r.h, fill, radius])

    def text(block: Any) -> None:
        if block is None:
            return
        lines = [
            [line, block.x, baseline]
            for line, baseline in zip(block.lines, block.baselines(), strict=True)
            if line
        ]
        if lines:
            ops.append(["text", block.colour, bool(block.bold), block.size, lines])

    for lane in layout.lanes:
        box(lane.rect, "#FFFFFF", 8)
        text(lane.name)
        text(lane.kind_label)
    for stage in layout.stages:
        box(stage.rect, stage.fill, 8)
        text(stage.name)
        text(stage.description)
    for card in layout.cards.values():
        box(card.rect, card.fill)
        text(card.kind_label)
        image = card.image
        if image is not None:
            box(image.rect, "#CBD2DA", 0)
        text(card.channel_label)
        text(card.title)
        text(card.body)
        for chip in card.chips:
            box(chip.rect, chip.fill, 4)
            text(chip.text)
    for conn in layout.connections:
        ops.append(["lines", [list(p) for p in conn.points]])
        text(conn.label)
    for note in layout.notes:
        box(note.rect, "#FFFFFF", 3)
        text(note.text)
    for curve in layout.curves:
        pts = [[p.x, p.y] for p in curve.points]
        ops.append(["lines", pts])
        ops.extend(["dot", x, y] for x, y in pts)
    return {"width": layout.width, "height": layout.height, "ops": ops}


def register_fonts(font_dir: Path) -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = ("BenchSans", "BenchSans-Bold")
    for name, file in zip(names, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), strict=True):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_dir / file)))
    return names


def draw_ops(data: dict[str, Any], target: Path, fonts: tuple[str, str]) -> None:
    """One A1 page with ``data``'s operations, scaled to fit, compressed as the export is."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A1, landscape, portrait
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # as the real export: binary streams, no ASCII85
    width, height = data["width"], data["height"]
    page = landscape(A1) if width >= height else portrait(A1)
    pw, ph = page
    margin = 34.0
    s = min((pw - 2 * margin) / width, (ph - 2 * margin) / height)
    ox, oy = margin, ph - margin
    c = Canvas(str(target), pagesize=page, pageCompression=1)
    c.setStrokeColor("#DDE1E7")
    c.setLineWidth(0.5 * s)
    for op in data["ops"]:
        kind = op[0]
        if kind == "box":
            _, x, y, w, h, fill, radius = op
            c.setFillColor(fill)
            c.roundRect(ox + x * s, oy - (y + h) * s, w * s, h * s, radius * s, stroke=1, fill=1)
        elif kind == "text":
            _, colour, bold, size, lines = op
            c.setFillColor(colour)
            c.setFont(fonts[1] if bold else fonts[0], size * s)
            for line, x, baseline in lines:
                c.drawString(ox + x * s, oy - baseline * s, line)
        elif kind == "lines":
            pts = [(ox + x * s, oy - y * s) for x, y in op[1]]
            if len(pts) > 1:
                c.lines([(*a, *b) for a, b in itertools.pairwise(pts)])
        elif kind == "dot":
            c.circle(ox + op[1] * s, oy - op[2] * s, 6 * s, stroke=1, fill=1)
    c.showPage()
    c.save()


if __name__ == "__main__":
    ops_file, out_file, font_dir = sys.argv[1:4]
    draw_ops(json.loads(Path(ops_file).read_text()), Path(out_file), register_fonts(Path(font_dir)))
