"""The marks that say what a card is and what stands behind it, and the emotion notes:
each card kind's shape (readable in greyscale, not by colour alone), a card's chips and
evidence badge, its image, and an emotion point's note on its plate. Part of the one
drawing (`drawing`), on any `Surface`."""

from __future__ import annotations

from ..layout import CardBox, Rect, Theme
from ..layout.geometry import Chip, EmotionNote
from ..layout.theme import KIND_ICON, KIND_SHAPE, kind_accent
from .surface import Fill, Stroke, Surface


def _text(s: Surface, block, colour: str | None = None) -> None:
    if block is None or not block.lines:
        return
    lines = [(y, line) for y, line in zip(block.baselines(), block.lines, strict=True) if line]
    if lines:
        s.text(block.x, lines, block.size, block.bold, colour or block.colour)


def _inset(r: Rect, d: float) -> Rect:
    return Rect(r.x + d, r.y + d, max(r.w - 2 * d, 0), max(r.h - 2 * d, 0))


def _rounded(r: Rect, rad: float, clockwise: bool = True) -> list[tuple]:
    """A rounded rectangle as path steps (corners as quadratic curves)."""
    x, y, right, bottom = r.x, r.y, r.right, r.bottom
    rad = max(min(rad, r.w / 2, r.h / 2), 0.0)
    if clockwise:
        return [
            ("M", x + rad, y),
            ("L", right - rad, y),
            ("Q", right, y, right, y + rad),
            ("L", right, bottom - rad),
            ("Q", right, bottom, right - rad, bottom),
            ("L", x + rad, bottom),
            ("Q", x, bottom, x, bottom - rad),
            ("L", x, y + rad),
            ("Q", x, y, x + rad, y),
            ("Z",),
        ]
    return [
        ("M", x + rad, y),
        ("Q", x, y, x, y + rad),
        ("L", x, bottom - rad),
        ("Q", x, bottom, x + rad, bottom),
        ("L", right - rad, bottom),
        ("Q", right, bottom, right, bottom - rad),
        ("L", right, y + rad),
        ("Q", right, y, right - rad, y),
        ("L", x + rad, y),
        ("Z",),
    ]


def ring(r: Rect, rad: float, width: float) -> tuple:
    """A border ``width`` wide inside ``r`` as one filled path (the outer outline one
    way round, the inner the other: a hole under either fill rule). Filling is far
    cheaper than stroking on every surface."""
    return (*_rounded(r, rad), *_rounded(_inset(r, width), max(rad - width, 0), False))


def dashes(r: Rect, rad: float, width: float, on: float, off: float, sides: bool = True) -> tuple:
    """Dashes (``on`` long, ``off`` apart; ``on == width``: dots) along the straight
    parts of a rounded rectangle's edges, ``width`` thick, inside ``r``: one filled path,
    the same on every surface."""
    steps: list[tuple] = []

    def run(x0: float, y0: float, length: float, horizontal: bool) -> None:
        n = max(int((length + off) // (on + off)), 1)
        used = n * on + (n - 1) * off
        start = (length - used) / 2  # centred: the corners look alike
        for i in range(n):
            a = start + i * (on + off)
            seg = min(on, length - a)
            if seg <= 0:
                break
            if horizontal:
                x, y, w, h = x0 + a, y0, seg, width
            else:
                x, y, w, h = x0, y0 + a, width, seg
            steps.extend(
                (("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",))
            )

    straight_w, straight_h = r.w - 2 * rad, r.h - 2 * rad
    if straight_w > 0:
        run(r.x + rad, r.y, straight_w, True)
        run(r.x + rad, r.bottom - width, straight_w, True)
    if straight_h > 0 and sides:
        run(r.x, r.y + rad, straight_h, False)
        run(r.right - width, r.y + rad, straight_h, False)
    return tuple(steps)


def brackets(r: Rect, arm: float, width: float) -> tuple:
    """Four corner brackets inside ``r`` (arms ``arm`` long, ``width`` thick), as one
    filled path."""
    steps: list[tuple] = []

    def box(x: float, y: float, w: float, h: float) -> None:
        steps.extend((("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)))

    arm = min(arm, r.w / 3, r.h / 3)
    for x, dx in ((r.x, 1), (r.right, -1)):
        for y, dy in ((r.y, 1), (r.bottom, -1)):
            box(min(x, x + dx * arm), min(y, y + dy * width), arm, width)
            box(min(x, x + dx * width), min(y, y + dy * arm), width, arm)
    return tuple(steps)


def draw_kind_mark(s: Surface, box: CardBox, theme: Theme) -> None:
    """The shape of a card's kind (a note has none): a pain point's thick left bar, an
    opportunity's dashed inner border, a moment of truth's double border, an idea's
    folded corner, a question's corner brackets, a quote's two thin left bars, a metric's
    thick top band; then the kind's icon and word."""
    shape = KIND_SHAPE.get(box.kind)
    if shape is None:
        return
    t, r = theme, box.rect
    accent = kind_accent(box.kind, t.palette)
    rad = t.card_radius
    x, y, right, bottom = r.x, r.y, r.right, r.bottom
    mark = t.kind_mark_width
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
        s.path(dashes(_inset(r, t.kind_mark_inset), rad - 2, mark, 12.0, 5.0), Fill(accent))
    elif shape == "brackets":
        s.path(brackets(_inset(r, t.kind_mark_inset), 14.0, mark + 0.4), Fill(accent))
    elif shape == "double":
        s.path(ring(r, rad, mark), Fill(accent))
        s.path(ring(_inset(r, t.kind_mark_inset), rad - 2, mark), Fill(accent))
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
        s.rounded_rect(chip.rect, t.chip_radius, Fill(chip.fill))
        s.path(ring(chip.rect, t.chip_radius, 0.8), Fill(t.badge_border))
    elif chip.style == "assumption":
        s.rounded_rect(chip.rect, t.chip_radius, Fill(chip.fill))
        s.path(dashes(chip.rect, t.chip_radius, 0.9, 5.0, 2.5, sides=False), Fill(t.assumption_ink))
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
