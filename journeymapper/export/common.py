"""What the PDF and PNG exports share: page sizes, argument checks, the error type."""

from __future__ import annotations

import math
from dataclasses import dataclass

MM = 72.0 / 25.4  # points per millimetre
_RL_MM = 72.0 / 2.54 * 0.1  # reportlab's own `mm`, so the sizes equal reportlab.lib.pagesizes

#: Portrait page sizes in points (1 pt = 1/72 inch = 1 scene unit at 100 %). Written out
#: rather than imported from reportlab, so that commands that write no PDF never load it.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * _RL_MM, 297 * _RL_MM),
    "A3": (297 * _RL_MM, 420 * _RL_MM),
    "A2": (420 * _RL_MM, 594 * _RL_MM),
    "A1": (594 * _RL_MM, 841 * _RL_MM),
    "A0": (841 * _RL_MM, 1189 * _RL_MM),
    "letter": (8.5 * 72.0, 11 * 72.0),
    "tabloid": (11 * 72.0, 17 * 72.0),
}

PAGE_SIZE_CHOICES = ("fit", *PAGE_SIZES)
ORIENTATIONS = ("portrait", "landscape")


class ExportError(ValueError):
    """An export cannot be made as asked; the message says why in plain words."""


def normalise_page_size(page_size: str) -> str:
    """The canonical key for a page size given in any letter case ("a4" → "A4")."""
    if not isinstance(page_size, str):
        raise ExportError(f"page size must be a name such as A4, not {page_size!r}")
    key = page_size.strip()
    for name in PAGE_SIZE_CHOICES:
        if key.lower() == name.lower():
            return name
    raise ExportError(
        f"unknown page size {page_size!r}; choose one of: {', '.join(PAGE_SIZE_CHOICES)}"
    )


def check_orientation(orientation: str | None) -> str | None:
    if orientation is None:
        return None
    key = str(orientation).strip().lower()
    if key not in ORIENTATIONS:
        raise ExportError(
            f"unknown orientation {orientation!r}; choose portrait or landscape (or leave it "
            "out to follow the map's shape)"
        )
    return key


def check_margin(margin_mm: float) -> float:
    try:
        value = float(margin_mm)
    except (TypeError, ValueError):
        raise ExportError(
            f"the margin must be a number of millimetres, not {margin_mm!r}"
        ) from None
    if not math.isfinite(value) or value < 0 or value > 100:
        raise ExportError(f"the margin must be between 0 and 100 mm, not {margin_mm!r}")
    return value


def check_scale(scale: float | None) -> float | None:
    if scale is None:
        return None
    try:
        value = float(scale)
    except (TypeError, ValueError):
        raise ExportError(
            f"the scale must be a number such as 1.0 (100 %), not {scale!r}"
        ) from None
    if not math.isfinite(value) or value < 0.05 or value > 10:
        raise ExportError(f"the scale must be between 0.05 and 10 (5 % to 1000 %), not {scale!r}")
    return value


def page_dimensions(
    page_size: str, orientation: str | None, content_w: float, content_h: float
) -> tuple[float, float]:
    """(width, height) in points of a named page, turned to ``orientation``.

    Without an orientation the page follows the content's shape: landscape when the
    content is wider than tall.
    """
    w, h = PAGE_SIZES[page_size]
    portrait_w, portrait_h = min(w, h), max(w, h)
    if orientation is None:
        orientation = "landscape" if content_w > content_h else "portrait"
    if orientation == "landscape":
        return portrait_h, portrait_w
    return portrait_w, portrait_h


@dataclass(frozen=True)
class Placement:
    """Where the map goes on a page: scene point (x, y) lands at (ox + x*scale, oy + y*scale),
    measured in points from the page's top-left corner."""

    scale: float
    ox: float
    oy: float

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.scale, self.oy + y * self.scale


def fit_placement(
    map_w: float,
    map_h: float,
    area_x: float,
    area_y: float,
    area_w: float,
    area_h: float,
    scale: float | None = None,
) -> Placement:
    """The map scaled to fit (or at ``scale``) and centred in the area."""
    if scale is None:
        scale = min(area_w / map_w, area_h / map_h)
    return Placement(
        scale,
        area_x + (area_w - map_w * scale) / 2,
        area_y + (area_h - map_h * scale) / 2,
    )


def no_room_message(
    page_size: str,
    margin_mm: float,
    map_size: tuple[float, float],
    page: tuple[float, float],
    area: tuple[float, float],
) -> str:
    """Why a map cannot be placed on one page, and what would work instead.

    ``map_size``, ``page`` and ``area`` (the printable part of the page) are in points.
    """
    (mw, mh), (pw, ph), (aw, ah) = map_size, page, area
    margin = margin_mm * MM
    if page_size != "fit" and (pw - 2 * margin <= 10 or ph - 2 * margin <= 10):
        return (
            f"the margins ({margin_mm:g} mm) leave no room for the map on a {page_size} page; "
            "choose smaller margins or a larger page"
        )
    scale = min(aw / mw, ah / mh) if mw > 0 and mh > 0 else 0.0
    shape = "tall" if mh >= mw else "wide"
    short = "wide" if shape == "tall" else "tall"
    if page_size == "fit":
        where = "one PDF page (a page side can be at most 200 inches, 5080 mm)"
        other = ""
    else:
        where = f"one {page_size} page"
        other = ", or on a larger page"
    return (
        f"the map ({mw / MM:,.0f} × {mh / MM:,.0f} mm) is too {shape} for {where}: "
        f"shrunk to fit it would be {scale:.2%} of its size, "
        f"{min(mw, mh) * scale / MM:.1f} mm {short}. Print it in tiles over several pages "
        "(a page size such as A3 with tiling, at a smaller scale if it needs too many "
        f"pages){other}"
    )
