"""The client's brand in the layout (no Qt): its theme, its typeface's measure and its
marks in the title block.

A map's `Brand` changes the look of every surface through the layout alone:

* `branded_theme`: the `Theme` with the brand's typeface, accent colour and palette (the
  palette's note colours and inks replace the standard ones);
* `typeface_metrics`: the one text measure of the map's typeface (the measure given to
  `compute_layout` may offer others through ``for_typeface``: `journeymapper.text`'s does),
  so every surface breaks lines where the chosen face needs them broken;
* `title_block`: the title, moved aside for the logo, who the map is for and by whom, and
  the accent bar under it (`BrandMarks`, drawn by `render.drawing.draw_title`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import lru_cache

from ..model import JourneyMap
from ..model.document import Brand
from .cards import text_block
from .geometry import BrandMarks, ImageRef, Rect, TextBlock
from .grid import title_block as plain_title_block
from .text import FontMetrics
from .theme import PALETTES, Theme, map_words


def branded_theme(theme: Theme, brand: Brand | None) -> Theme:
    """``theme`` as the brand wants it (``theme`` itself for a map without a brand)."""
    if brand is None:
        return theme
    return _branded(theme, brand.typeface.value, brand.accent, brand.palette.value)


@lru_cache(maxsize=64)
def _branded(theme: Theme, typeface: str, accent: str | None, palette: str) -> Theme:
    changes: dict[str, object] = {"typeface": typeface, "accent": accent, "palette": palette}
    if palette in PALETTES:
        changes.update(PALETTES[palette].theme)
    return dataclasses.replace(theme, **changes)


def typeface_metrics(metrics: FontMetrics, face: str) -> FontMetrics:
    """The measure of ``face`` when ``metrics`` can give one (else ``metrics``: test and
    tool measures that know no faces measure every face alike)."""
    pick = getattr(metrics, "for_typeface", None)
    return pick(face) if callable(pick) else metrics


def logo_rect(image: ImageRef, right: float, top: float, t: Theme) -> Rect:
    """The logo scaled (up or down) to fit the theme's logo box, aspect kept, its top
    right corner at (right, top)."""
    scale = min(t.logo_max_width / image.width, t.logo_max_height / image.height)
    w, h = image.width * scale, image.height * scale
    return Rect(right - w, top, w, h)


def byline(doc: JourneyMap) -> str:
    """ "For <client> · By <author>" in the map's language ("" when neither is set)."""
    words = map_words(doc.locale)
    parts = []
    if doc.client and doc.client.strip():
        parts.append(words["for_client"].format(doc.client.strip()))
    if doc.author and doc.author.strip():
        parts.append(words["by_author"].format(doc.author.strip()))
    return " · ".join(parts)


def title_block(
    doc: JourneyMap,
    width: float,
    m: FontMetrics,
    t: Theme,
    images: Mapping[str, ImageRef],
) -> tuple[TextBlock, TextBlock | None, float, BrandMarks | None]:
    """`grid.title_block` with the brand's marks: the title wraps left of the logo; the
    byline and the accent bar follow the subtitle. Unbranded maps are laid out as ever."""
    brand = doc.brand
    logo = images.get(brand.logo) if brand is not None and brand.logo else None
    by = byline(doc)
    accent = brand.accent if brand is not None else None
    if logo is None and not by and not accent:
        title, subtitle, y = plain_title_block(doc, width, m, t)
        return title, subtitle, y, None
    logo_box = logo_rect(logo, width - t.margin, t.margin, t) if logo is not None else None
    text_w = width - (logo_box.w + t.logo_gap if logo_box is not None else 0)
    title, subtitle, y = plain_title_block(doc, text_w, m, t)
    y -= 20  # (below the subtitle: `grid.title_block` adds 20 before the headers)
    line = None
    if by:
        y += 4
        line = text_block(
            t.margin, y, by, text_w - 2 * t.margin, m, t.subtitle_size, t, colour=t.muted_ink
        )
        y += line.height
    rule = None
    if accent:
        y += 10
        rule = Rect(t.margin, y, t.accent_rule_width, t.accent_rule_height)
        y += t.accent_rule_height
    if logo_box is not None:
        y = max(y, logo_box.bottom)
    marks = BrandMarks(logo, logo_box, rule, accent, line)
    return title, subtitle, y + 20, marks
