"""The PNG export writes the image band by band (export/png_stream.py, pixels in a memory
map given back band by band): the file must hold exactly the pixels Qt paints and encodes
for the whole image, opaque or transparent, with its resolution."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from journeymapper.export import png
from journeymapper.export.png_stream import PngStream
from journeymapper.layout import Rect
from journeymapper.templates import list_templates, load_template


def _qt_whole_image(doc, dpi: float, page_size: str, transparent: bool) -> bytes:
    """The export as one QImage in memory, drawn as the canvas draws (through its path
    cache) and encoded by Qt: how the PNG was made before."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeymapper.render import painting

    layout = png.png_layout(doc)
    w, h, place = png.plan_png(layout, dpi, page_size)
    fmt = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(w, h, fmt)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    if transparent:
        image.fill(Qt.GlobalColor.transparent)
    else:
        image.fill(QColor(layout.theme.paper if page_size != "fit" else layout.theme.page))
    painter = QPainter(image)
    for y0 in range(0, h, png.BAND_HEIGHT):
        band_h = min(png.BAND_HEIGHT, h - y0)
        painter.save()
        painter.setClipRect(QRect(0, y0, w, band_h))
        painter.translate(place.ox, place.oy)
        painter.scale(place.scale, place.scale)
        view = Rect(
            -place.ox / place.scale,
            (y0 - place.oy) / place.scale,
            w / place.scale,
            band_h / place.scale,
        )
        painting.draw_map(painter, layout, page=not transparent, view=view)  # (the canvas')
        painter.restore()
    painter.end()
    return png.encode_png(image, "no")


@pytest.mark.parametrize(
    ("page_size", "dpi", "transparent"),
    [("A3", 150, False), ("fit", 120, True), ("A4", 72, False)],
)
def test_the_banded_file_has_the_pixels_of_the_whole_image(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page_size: str, dpi: int, transparent
) -> None:
    monkeypatch.setattr(png, "BAND_HEIGHT", 97)  # many bands, cutting through cards
    doc = load_template(list_templates()[0].name)
    out = tmp_path / "map.png"
    png.export_png(doc, out, dpi=dpi, page_size=page_size, transparent=transparent)
    ours = Image.open(out)
    qt = Image.open(io.BytesIO(_qt_whole_image(doc, dpi, page_size, transparent)))
    assert ours.mode == qt.mode == ("RGBA" if transparent else "RGB")
    assert ours.size == qt.size
    assert ours.info["dpi"] == qt.info["dpi"]
    assert ours.tobytes() == qt.tobytes()


def test_the_encoder_refuses_rows_that_do_not_fit(qapp) -> None:
    from PySide6.QtGui import QImage

    image = QImage(5, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF336699)
    stream = PngStream(5, 6, False, 3780)
    stream.add_rows(image)
    with pytest.raises(ValueError, match="missing"):
        stream.data()
    with pytest.raises(ValueError, match="do not fit"):
        stream.add_rows(image)
    stream.add_rows(image, 1, 2)
    decoded = Image.open(io.BytesIO(stream.data()))
    assert decoded.size == (5, 6)
    assert decoded.mode == "RGB" and decoded.tobytes() == bytes((0x33, 0x66, 0x99)) * 30


def test_the_export_leaves_the_canvas_path_cache_alone(qapp, tmp_path: Path) -> None:
    """An export draws each path once: its paths are made afresh, not kept in the canvas'
    path cache (on the stress map they were ~35 MB of the export's peak memory)."""
    from journeymapper.render import painting

    painting._cached_path.cache_clear()
    doc = load_template(list_templates()[0].name)
    png.export_png(doc, tmp_path / "map.png", dpi=72, page_size="A4")
    assert painting._cached_path.cache_info().currsize == 0
    # control: the canvas' own drawing goes through the cache
    layout = png.png_layout(doc)
    from PySide6.QtGui import QImage, QPainter

    image = QImage(200, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    from journeymapper.render import drawing

    drawing.draw_map(painting.prepare(painter), layout, True, Rect(0, 0, 200, 200))
    painter.end()
    assert painting._cached_path.cache_info().currsize > 0
