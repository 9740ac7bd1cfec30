"""Comparing two pictures of a map (a PNG export against the PDF through poppler, an SVG,
the canvas): the tolerances and the measure, shared by the drawing and export tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from journeymapper.export import export_png
from journeymapper.model import JourneyMap

#: the same map from two rasterisers (Qt for the PNG, poppler for the PDF) differs only
#: at the edges of letters: on average by under 4 of 255; averaged over 8 × 8 pixel
#: blocks, by under 40 anywhere. A card of another colour, a missing label or a curve
#: over a label is far above that (see the control below).
PAPER_MEAN, PAPER_BLOCK = 4.0, 40


def rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _diff(a: QImage, b: QImage) -> QImage:
    d = rgb(a)
    p = QPainter(d)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    p.drawImage(0, 0, rgb(b))
    p.end()
    return d


def _smooth(image: QImage, block: int) -> QImage:
    """Each ``block`` × ``block`` pixels averaged into one."""
    return rgb(image).scaled(
        max(1, image.width() // block),
        max(1, image.height() // block),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def difference(a: QImage, b: QImage, block: int = 8) -> tuple[float, int]:
    """(mean difference per channel, 0..255; the largest difference of one channel
    between the two images averaged over ``block`` × ``block`` pixel blocks) of two
    images of one size. The blocks forgive where two rasterisers put a letter's edge, not
    a shape or colour that differs."""
    assert a.size() == b.size(), (a.size(), b.size())
    # (keep each image referenced while its bits are read: the memoryview does not)
    d = _diff(a, b)
    data = bytes(d.constBits())
    n = a.width() * a.height()
    # (the difference of two opaque pixels keeps alpha 255: take it out of the sum)
    mean = (sum(data) - 255 * n) / (3 * n)
    small = _diff(_smooth(a, block), _smooth(b, block))
    blocks = bytes(small.constBits())
    worst = max(v for i, v in enumerate(blocks) if i % 4 != 3)
    return mean, worst


def png(doc: JourneyMap, tmp_path: Path, dpi: float, name: str = "map.png") -> QImage:
    export_png(doc, tmp_path / name, dpi=dpi)
    return QImage(str(tmp_path / name))
