"""The PDF's extra pages: one sheet per persona (photo, name, role, quote, description,
goals, frustrations and their emotion curve across the stages) and the sources page
(every evidence item numbered, grouped by source kind, with the card it supports).

Drawn in page points with y down through the map's own surface (`PdfSurface`): plain
text operators, so every word is real text (selectable, searchable, read back by
pdftotext), measured and wrapped with the map's metrics. Pages are planned before any is
drawn, so that the footer can say "page 3 of 7".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ..i18n import tr
from ..layout import Rect, Theme, smooth_segments
from ..layout.compute import image_ref
from ..layout.curves import SCALE_LABELS
from ..layout.geometry import TextBlock
from ..layout.text import FontMetrics, wrap
from ..layout.theme import persona_colour
from ..model import EvidenceSource, JourneyMap, LaneKind, Persona
from ..render.drawing import Fill, Stroke, draw_curve_point, draw_text
from .pdf_surface import PdfSurface
from .sources import SourceEntry

#: the most lines a persona's description, a goal or a frustration shows on its sheet
DESCRIPTION_LINES = 14
ITEM_LINES = 4
_QUOTES = "“”\"' "


def source_heading(source: EvidenceSource) -> str:
    """A source kind's name, as the inspector writes it (one list of the names)."""
    from ..editing.kinds import source_name  # (only a sources page needs it)

    return source_name(source)


@dataclass(frozen=True)
class ExtraPage:
    width: float
    height: float
    #: draws the page's content onto a surface in page points, y down
    draw: Callable[[PdfSurface], None]


class Writer:
    """Wrapped text blocks in page points (y down), measured with the map's metrics."""

    def __init__(self, metrics: FontMetrics, theme: Theme) -> None:
        self.m = metrics
        self.t = theme

    def block(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        size: float,
        bold: bool = False,
        colour: str | None = None,
        max_lines: int | None = None,
    ) -> TextBlock:
        lines = tuple(wrap(text, width, self.m, size, bold, max_lines or 200))
        lh = size * self.t.line_spacing
        return TextBlock(x, y, lines, size, bold, colour or self.t.ink, lh)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.m.width(text, size, bold)


# -- persona sheets --------------------------------------------------------------------


def _photo_rect(box: Rect, w: int, h: int) -> Rect:
    k = min(box.w / max(w, 1), box.h / max(h, 1))
    pw, ph = w * k, h * k
    return Rect(box.x + (box.w - pw) / 2, box.y + (box.h - ph) / 2, pw, ph)


def _draw_persona(
    s: PdfSurface,
    doc: JourneyMap,
    index: int,
    persona: Persona,
    w: float,
    h: float,
    margin: float,
    out: Writer,
) -> None:
    t = out.t
    colour = persona_colour(index, persona.color, t.palette)
    inner = w - 2 * margin
    y = margin
    draw_text(s, out.block(margin, y, tr("export", "Persona"), inner, 10, True, t.muted_ink))
    y += 22
    x0 = margin
    photo_bottom = y
    asset = doc.asset(persona.photo) if persona.photo else None
    ref = image_ref(asset.id, asset.media_type, asset.data) if asset is not None else None
    if ref is not None:
        box = Rect(margin, y, 120, 120)
        s.rounded_rect(box, 6, Fill(t.tag_fill))
        s.image(ref, _photo_rect(box, ref.width, ref.height))
        s.rounded_rect(box, 6, None, Stroke(t.image_frame, 0.75))
        x0 = box.right + 18
        photo_bottom = box.bottom
    name = out.block(x0, y, persona.name, w - margin - x0, 26, True, max_lines=3)
    draw_text(s, name)
    ty = name.y + name.height + 2
    s.rect(Rect(x0, ty, 44, 4), Fill(colour))
    ty += 12
    if persona.role:
        role = out.block(x0, ty, persona.role, w - margin - x0, 13, False, t.muted_ink, 3)
        draw_text(s, role)
        ty += role.height + 6
    if persona.quote:
        quote = out.block(
            x0 + 12,
            ty + 4,
            "“" + persona.quote.strip(_QUOTES) + "”",
            w - margin - x0 - 12,
            12.5,
            False,
            t.body_ink,
            5,
        )
        s.rect(Rect(x0, ty + 4, 3, quote.height), Fill(colour))
        draw_text(s, quote)
        ty += quote.height + 8
    y = max(photo_bottom, ty) + 18
    if persona.description:
        desc = out.block(
            margin, y, persona.description, inner, 11.5, False, t.body_ink, DESCRIPTION_LINES
        )
        draw_text(s, desc)
        y += desc.height + 18
    col_w = (inner - 24) / 2
    bottoms = [y]
    for col, (heading, items, mark) in enumerate(
        (
            (tr("export", "Goals"), persona.goals, "✓"),
            (tr("export", "Frustrations"), persona.frustrations, "✗"),
        )
    ):
        if not items:
            continue
        cx = margin + col * (col_w + 24)
        head = out.block(cx, y, heading, col_w, 13, True)
        draw_text(s, head)
        s.rect(Rect(cx, y + head.height + 2, col_w, 0.8), Fill(t.grid_line))
        cy = y + head.height + 10
        for item in items:
            draw_text(s, out.block(cx, cy, mark, 14, 11, True, colour))
            block = out.block(cx + 16, cy, item, col_w - 16, 11, False, t.ink, ITEM_LINES)
            draw_text(s, block)
            cy += block.height + 5
        bottoms.append(cy)
    y = max(bottoms) + 16
    _draw_persona_curve(s, doc, persona, colour, Rect(margin, y, inner, h - margin - 30 - y), out)


def _draw_persona_curve(
    s: PdfSurface, doc: JourneyMap, persona: Persona, colour: str, area: Rect, out: Writer
) -> None:
    """The persona's emotion scores across the stages: a small chart of the map's curve."""
    t = out.t
    if area.h < 110 or not doc.stages:
        return
    head = out.block(area.x, area.y, tr("export", "Emotion curve"), area.w, 13, True)
    draw_text(s, head)
    emotion_lanes = {ln.id for ln in doc.lanes if ln.kind == LaneKind.EMOTION}
    points = [e for e in doc.emotions if e.persona == persona.id and e.lane in emotion_lanes]
    n = len(doc.stages)
    left = area.x + 26
    col = (area.right - left) / n
    label_h = 2 * 9 * t.line_spacing + 6
    top = area.y + head.height + 16
    bottom = min(top + 200, area.bottom - label_h - 6)
    if bottom - top < 60:
        return
    for i, stage in enumerate(doc.stages):
        if i % 2 == 0:
            s.rect(Rect(left + i * col, top - 8, col, bottom - top + 16), Fill(t.page))
        label = out.block(
            left + i * col + 4, bottom + 12, stage.name, col - 8, 9, False, t.muted_ink, 2
        )
        draw_text(s, label)

    def y_of(score: float) -> float:
        return top + (5 - score) / 10 * (bottom - top)

    for score, dash in ((5, "dot"), (0, "dash"), (-5, "dot")):
        y = y_of(score)
        s.line(left, y, area.right, y, Stroke(t.neutral_line, 0.8, dash=dash, cap="flat"))
        text = SCALE_LABELS[score]
        lh = 9 * t.line_spacing
        draw_text(s, TextBlock(area.x, y - lh / 2, (text,), 9, False, t.muted_ink, lh))
    if not points:
        note = out.block(
            left + 8,
            y_of(0) - 20,
            tr("export", "No emotion scores yet."),
            area.w - 40,
            10,
            False,
            t.muted_ink,
        )
        draw_text(s, note)
        return
    stage_at = {st.id: i for i, st in enumerate(doc.stages)}
    for lane in [ln for ln in doc.lanes if ln.id in emotion_lanes]:
        pts = sorted(
            (stage_at[e.stage], e.score)
            for e in points
            if e.lane == lane.id and e.stage in stage_at
        )
        xy = [(left + (i + 0.5) * col, y_of(score)) for i, score in pts]
        if len(xy) >= 2:
            steps: list[tuple] = [("M", *xy[0])]
            steps += [("C", *seg[1], *seg[2], *seg[3]) for seg in smooth_segments(xy)]
            s.path(tuple(steps), None, Stroke(colour, 3, cap="round", join="round"))
        for x, y in xy:
            draw_curve_point(s, x, y, colour, t)


def persona_pages(
    doc: JourneyMap, size: tuple[float, float], margin: float, out: Writer
) -> list[ExtraPage]:
    w, h = size
    return [
        ExtraPage(w, h, lambda s, i=i, p=p: _draw_persona(s, doc, i, p, w, h, margin, out))
        for i, p in enumerate(doc.personas)
    ]


# -- the sources page ------------------------------------------------------------------


def _entry_blocks(
    entry: SourceEntry, x: float, y: float, width: float, out: Writer
) -> list[TextBlock]:
    t = out.t
    ev = entry.evidence
    blocks = [out.block(x, y, ev.title, width, 10.5, True)]
    meta = " · ".join(part for part in (ev.reference, ev.date) if part)
    if meta:
        blocks.append(out.block(x, 0, meta, width, 9.5, False, t.muted_ink))
    where = " · ".join(part for part in (entry.stage, entry.lane) if part)
    card = tr("export", "Card: {0}").format(entry.card.title) + (f" ({where})" if where else "")
    blocks.append(out.block(x, 0, card, width, 9.5, False, t.body_ink))
    # stack them
    placed, cy = [], y
    for b in blocks:
        placed.append(TextBlock(b.x, cy, b.lines, b.size, b.bold, b.colour, b.line_height))
        cy += b.height + 1
    return placed


def source_pages(
    doc: JourneyMap,
    groups: list[tuple[EvidenceSource, list[SourceEntry]]],
    size: tuple[float, float],
    margin: float,
    out: Writer,
) -> list[ExtraPage]:
    """The sources, as many pages as they need (a group's heading stays with its first
    entry)."""
    t = out.t
    w, h = size
    inner = w - 2 * margin
    number_w = 34.0
    bottom = h - margin - 30
    pages: list[list[tuple[str, object]]] = [[]]
    title = out.block(margin, margin, tr("export", "Sources"), inner, 20, True)
    intro = out.block(
        margin,
        margin + title.height + 2,
        tr("export", "The evidence behind the cards, numbered as on the map."),
        inner,
        10,
        False,
        t.muted_ink,
    )
    pages[0] += [("text", title), ("text", intro)]
    y = intro.y + intro.height + 16
    for source, entries in groups:
        for k, entry in enumerate(entries):
            head = out.block(margin, y, source_heading(source), inner, 13, True) if k == 0 else None
            ey = y + (head.height + 8 if head is not None else 0)
            blocks = _entry_blocks(entry, margin + number_w, ey, inner - number_w, out)
            end = blocks[-1].y + blocks[-1].height
            if end > bottom and pages[-1]:
                pages.append([])
                y = margin
                if head is not None:
                    head = out.block(margin, y, source_heading(source), inner, 13, True)
                ey = y + (head.height + 8 if head is not None else 0)
                blocks = _entry_blocks(entry, margin + number_w, ey, inner - number_w, out)
                end = blocks[-1].y + blocks[-1].height
            if head is not None:
                pages[-1].append(("text", head))
                pages[-1].append(("rule", Rect(margin, head.y + head.height + 2, inner, 0.8)))
            ink = t.accent or t.selection  # (the brand's accent)
            num = out.block(margin, ey, f"[{entry.number}]", number_w, 10.5, True, ink)
            pages[-1].append(("text", num))
            pages[-1] += [("text", b) for b in blocks]
            y = end + 9

    def drawer(items: list[tuple[str, object]]) -> Callable[[PdfSurface], None]:
        def draw(s: PdfSurface) -> None:
            for kind, item in items:
                if kind == "text":
                    draw_text(s, item)  # type: ignore[arg-type]
                else:
                    s.rect(item, Fill(t.grid_line))  # type: ignore[arg-type]

        return draw

    return [ExtraPage(w, h, drawer(items)) for items in pages]


def draw_extra_page(c: Canvas, page: ExtraPage, face: str = "sans") -> None:
    """The page's content in page points, y down (the caller adds the footer), its text
    in the map's typeface ``face``."""
    c.saveState()
    c.translate(0, page.height)
    c.scale(1, -1)
    page.draw(PdfSurface(c, face=face))
    c.restoreState()
