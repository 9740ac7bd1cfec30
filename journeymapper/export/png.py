"""PNG export: the one drawing of the map (`render.drawing`) onto a QImage.

The layout is computed with `map_metrics()`, exactly as for the canvas and the PDF, and drawn
with `draw_map` through the QPainter adapter the canvas items use, scaled so that 1 scene unit =
1 pt = dpi/72 pixels. ``fit`` gives an image the size of the map; a page size gives an
image exactly that page at that dpi (A4 at 300 dpi = 2480 × 3508) with the map fitted
inside the margins on white paper. A request above `MAX_PIXELS` is refused before any
allocation. Large images are painted in horizontal bands, so progress is reported and
the export can be cancelled part-way.
"""

from __future__ import annotations

import math
import mmap
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..io.save import write_atomic
from ..layout import MapLayout, Rect
from ..layout.shared import layout_of
from ..model import JourneyMap
from ..text import map_metrics
from .common import (
    MM,
    ExportError,
    Placement,
    check_margin,
    check_orientation,
    fit_placement,
    normalise_page_size,
    page_dimensions,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

Progress = Callable[[int, int], bool | None]

MIN_DPI, MAX_DPI = 72, 600
#: 400 megapixels at 4 bytes a pixel is 1.6 GB: more is refused.
MAX_PIXELS = 400_000_000
BYTES_PER_PIXEL = 4
#: Height of one painted band, in pixels (progress and cancellation between bands).
BAND_HEIGHT = 2048

_app = None  # the QGuiApplication made here, kept alive


def ensure_gui_app():
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ..render import threads

        threads.paint_inline()
        _app = app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "journeymapper"])
    elif not isinstance(app, QGuiApplication):
        raise ExportError("PNG export needs a QGuiApplication, but a QCoreApplication is running")
    return app


def check_dpi(dpi: float) -> float:
    if isinstance(dpi, bool):
        raise ExportError(f"dpi must be a number from {MIN_DPI} to {MAX_DPI}, not {dpi!r}")
    try:
        value = float(dpi)
    except (TypeError, ValueError):
        raise ExportError(
            f"dpi must be a number from {MIN_DPI} to {MAX_DPI}, not {dpi!r}"
        ) from None
    if not math.isfinite(value) or not MIN_DPI <= value <= MAX_DPI:
        raise ExportError(f"dpi must be from {MIN_DPI} to {MAX_DPI}; {dpi} is out of range")
    return value


def plan_png(
    layout: MapLayout,
    dpi: float,
    page_size: str = "fit",
    orientation: str | None = None,
    margin_mm: float = 12,
) -> tuple[int, int, Placement]:
    """(width px, height px, placement in pixels) of an export, without allocating it."""
    k = dpi / 72.0
    if page_size == "fit":
        return (
            max(1, round(layout.width * k)),
            max(1, round(layout.height * k)),
            Placement(k, 0.0, 0.0),
        )
    pw, ph = page_dimensions(page_size, orientation, layout.width, layout.height)
    w, h = round(pw * k), round(ph * k)
    m = margin_mm * MM * k
    if w - 2 * m <= 10 or h - 2 * m <= 10:
        raise ExportError(
            f"the margins ({margin_mm} mm) leave no room for the map on a {page_size} page"
        )
    return w, h, fit_placement(layout.width, layout.height, m, m, w - 2 * m, h - 2 * m)


def _check_size(w: int, h: int, dpi: float) -> None:
    pixels = w * h
    if pixels <= MAX_PIXELS:
        return
    fitting = int(dpi * math.sqrt(MAX_PIXELS / pixels))
    gib = pixels * BYTES_PER_PIXEL / 1024**3
    hint = (
        f"use at most {fitting} dpi"
        if fitting >= MIN_DPI
        else "use a smaller page size, or the PDF export (vector; in tiles when the map is "
        "larger than 200 inches)"
    )
    raise ExportError(
        f"a {w:,} × {h:,} pixel image ({pixels / 1e6:,.0f} megapixels, about {gib:.1f} GB of "
        f"memory) is too large; the limit is {MAX_PIXELS // 1_000_000} megapixels: {hint}"
    )


#: QImage's PNG "quality": 100 - 100 * zlib level / 9, roughly
PNG_QUALITY = 70


def png_layout(doc: JourneyMap) -> MapLayout:
    """The layout the PNG (and the canvas) use: measured by Qt."""
    ensure_gui_app()

    return layout_of(doc, map_metrics())


def export_png(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    dpi: float = 150,
    page_size: str = "fit",
    orientation: str | None = None,
    transparent: bool = False,
    progress: Progress | None = None,
    margin_mm: float = 12,
) -> Path | None:
    """Write ``doc`` as a PNG image to ``out_path``.

    ``dpi`` 72..600; ``page_size`` ``fit`` (the map's own size) or a name in
    `PAGE_SIZES` (the image is that page at ``dpi``); ``transparent`` leaves the
    background (page and map margins) transparent. ``progress(done, total)`` is called
    as bands are painted; returning False cancels. Returns the path written, or None
    when cancelled (no file written; an existing file is left untouched). Bad arguments
    and oversized requests raise `ExportError` before anything is allocated.
    """
    dpi = check_dpi(dpi)
    page_size = normalise_page_size(page_size)
    orientation = check_orientation(orientation)
    margin_mm = check_margin(margin_mm)
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as map.png")

    layout = png_layout(doc)
    w, h, place = plan_png(layout, dpi, page_size, orientation, margin_mm)
    _check_size(w, h, dpi)

    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from ..render import painting
    from .png_stream import PngStream

    bands = max(1, math.ceil(h / BAND_HEIGHT))
    total = bands + 1
    if progress is not None and progress(0, total) is False:
        return None
    # opaque images have no alpha channel: smaller files, encoded faster
    image_format = (
        QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    )
    background = QColor(
        Qt.GlobalColor.transparent
        if transparent
        else layout.theme.paper
        if page_size != "fit"
        else layout.theme.page
    )
    # The image's pixels live in an anonymous memory map. The painter touches only the
    # band it draws (its clip); each band, once compressed into the file, is given back
    # to the system: a big export holds one band's pixels, not the whole image twice
    # (pixels and encoded copy), and the image, bands and clips are those of one image.
    try:
        pixels = mmap.mmap(-1, w * BYTES_PER_PIXEL * h)
    except (OSError, ValueError, OverflowError, MemoryError):
        pixels = None
    image = QImage() if pixels is None else QImage(pixels, w, h, w * BYTES_PER_PIXEL, image_format)
    if image.isNull():
        raise ExportError(f"not enough memory for a {w:,} × {h:,} pixel image; use a lower dpi")
    encoder = PngStream(w, h, transparent, round(dpi / 0.0254))

    painter = QPainter(image)
    try:
        for band in range(bands):
            y0 = band * BAND_HEIGHT
            band_h = min(BAND_HEIGHT, h - y0)
            painter.save()
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(QRect(0, y0, w, band_h), background)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setClipRect(QRect(0, y0, w, band_h))
            painter.translate(place.ox, place.oy)
            painter.scale(place.scale, place.scale)
            # each band draws only what reaches into it (in map units)
            view = Rect(
                -place.ox / place.scale,
                (y0 - place.oy) / place.scale,
                w / place.scale,
                band_h / place.scale,
            )
            # paths made afresh, not through the canvas' path cache: an export draws each
            # path once, and the cache filled with them was ~35 MB of the stress map's peak
            painting.draw_map(painter, layout, not transparent, view, cache_paths=False)
            painter.restore()
            encoder.add_rows(image, y0, band_h)
            _release(pixels, y0 * w * BYTES_PER_PIXEL, (y0 + band_h) * w * BYTES_PER_PIXEL)
            if progress is not None and progress(band + 1, total) is False:
                return None
    finally:
        painter.end()
        del image
        pixels.close()

    write_atomic(out, encoder.data())
    if progress is not None:
        progress(total, total)
    return out


def _release(pixels: mmap.mmap, start: int, end: int) -> None:
    """Give the memory of bytes ``start:end`` of ``pixels`` back to the system (they are
    encoded; the pages they share with the next band are filled again before use)."""
    dont_need = getattr(mmap, "MADV_DONTNEED", None)
    if dont_need is None or not hasattr(pixels, "madvise"):
        return
    page = mmap.PAGESIZE
    start = start // page * page
    end = min(-(-end // page) * page, len(pixels))
    if end > start:
        pixels.madvise(dont_need, start, end - start)


def encode_png(image: QImage, failure: str) -> bytes:
    """``image`` as PNG bytes; `ExportError` with ``failure`` when Qt cannot encode it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # zlib at a middle level: a third less time than its default for a file 4 % bigger
    # (A1 at 150 dpi: 480 instead of 720 ms)
    ok = image.save(buffer, "PNG", PNG_QUALITY)
    buffer.close()
    if not ok:
        raise ExportError(failure)
    return data.data()
