"""The marks that say what a card is and what stands behind it, and the emotion notes:
each card kind's shape (readable in greyscale, not by colour alone), a card's chips and
evidence badge, its image, and an emotion point's note on its plate. Part of the one
drawing (`drawing`), on any `Surface`."""

from __future__ import annotations

from ..layout import CardBox, Rect, Theme
from ..layout.geometry import Chip, EmotionNote
from ..layout.theme import KIND_ACCENT, KIND_ICON, KIND_SHAPE
from .surface import Fill, Stroke, Surface


def _text(s: Surface, block, colour: str | None = None) -> None:
    if block is None or not block.lines:
        return
    lines = [(y, line) for y, line in zip(block.baselines(), block.lines, strict=True) if line]
    if lines:
        s.text(block.x, lines, block.size, block.bold, colour or block.colour)


def _inset(r: Rect, d: float) -> Rect:
    return Rect(r.x + d, r.y + d, max(r.w - 2 * d, 0), max(r.h - 2 * d, 0))


def draw_kind_mark(s: Surface, box: CardBox, theme: Theme) -> None:
    """The shape of a card's kind (a note has none): a pain point's thick left bar, an
    opportunity's dashed inner border, a moment of truth's double border, an idea's
    folded corner, a question's dotted border, a quote's two thin left bars, a metric's
    thick top band; then the kind's icon and word."""
    shape = KIND_SHAPE.get(box.kind)
    if shape is None:
        return
    t, r = theme, box.rect
    accent = KIND_ACCENT[box.kind]
    rad = t.card_radius
    x, y, right, bottom = r.x, r.y, r.right, r.bottom
    line = Stroke(accent, t.kind_mark_width, cap="flat", join="round")
    if shape == "bar":
        bw = t.kind_bar_width
        s.path(
            (
                ("M", x + bw, y),
                ("L", x + rad, y),
                ("Q", x, y, x, y + rad),
                ("L", x, bottom - rad),
                ("Q", x, bottom, x + rad, bottom),
                ("L", x + bw, bottom),
                ("Z",),
            ),
            Fill(accent),
        )
    elif shape == "top":
        bw = t.kind_bar_width
        s.path(
            (
                ("M", x, y + bw),
                ("L", x, y + rad),
                ("Q", x, y, x + rad, y),
                ("L", right - rad, y),
                ("Q", right, y, right, y + rad),
                ("L", right, y + bw),
                ("Z",),
            ),
            Fill(accent),
        )
    elif shape == "inner":
        inner = Stroke(accent, t.kind_mark_width, dash="dash", cap="flat")
        s.rounded_rect(_inset(r, t.kind_mark_inset), rad - 2, None, inner)
    elif shape == "dotted":
        dots = Stroke(accent, t.kind_mark_width, dash="dot", cap="round")
        s.rounded_rect(_inset(r, t.kind_mark_inset), rad - 2, None, dots)
    elif shape == "double":
        s.rounded_rect(r, rad, None, line)
        s.rounded_rect(_inset(r, t.kind_mark_inset), rad - 2, None, line)
    elif shape == "quote":
        for dx in (3.0, 6.5):
            s.rect(Rect(x + dx, y + 8, t.kind_mark_width, max(r.h - 16, 0)), Fill(accent))
    elif shape == "fold":
        c = t.kind_corner
        s.path(
            (("M", right - c, y), ("L", right, y + c), ("L", right - c, y + c), ("Z",)),
            Fill(box.border),
            Stroke(accent, 1.0, join="round"),
        )
    if box.kind_icon is not None:
        s.icon(KIND_ICON[box.kind], box.kind_icon)
    _text(s, box.kind_label)


def draw_chip(s: Surface, chip: Chip, theme: Theme) -> None:
    """A vote count, a tag, or the evidence badge (an outlined pill; "assumption": a
    dashed one, so that it reads without colour)."""
    t = theme
    if chip.style == "evidence":
        s.rounded_rect(chip.rect, t.chip_radius, Fill(chip.fill), Stroke(t.badge_border, 0.8))
    elif chip.style == "assumption":
        pen = Stroke(t.assumption_ink, 0.9, dash="dash", cap="flat")
        s.rounded_rect(chip.rect, t.chip_radius, Fill(chip.fill), pen)
    else:
        s.rounded_rect(chip.rect, t.chip_radius, Fill(chip.fill))
    _text(s, chip.text)


def draw_card_image(s: Surface, box: CardBox, theme: Theme) -> None:
    if box.image is None:
        return
    s.image(box.image.image, box.image.rect)
    s.rect(box.image.rect, None, Stroke(theme.image_frame, 0.75))


def draw_emotion_note(s: Surface, note: EmotionNote, theme: Theme) -> None:
    """A note on its plate, a stripe of its curve's colour on the left."""
    t, r = theme, note.rect
    s.rounded_rect(
        r,
        3.0,
        Fill(t.note_plate, t.note_plate_alpha),
        Stroke(note.colour, 0.8, alpha=0.5),
    )
    s.rect(Rect(r.x + 1.5, r.y + 2, t.note_stripe_width - 1, max(r.h - 4, 0)), Fill(note.colour))
    _text(s, note.text)
