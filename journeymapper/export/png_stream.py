"""A PNG encoder fed band by band, so a big export never holds its whole image.

`export_png` paints a map in horizontal bands; `PngStream` takes each band's rows as
they are painted and compresses them into the file's image data, so only one band's
pixels are alive at a time (an A1 page at 150 dpi is 70 MB as one image, plus the
encoder's copy). The pixels written are the ones Qt's own PNG writer would write for
the same image: RGB for an opaque image, straight (not premultiplied) RGBA for a
transparent one, and the image's resolution in a ``pHYs`` chunk.
"""

from __future__ import annotations

import struct
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: zlib level of Qt's PNG writer at the quality `export_png` asks for (70): 30 * 9 / 91
ZLIB_LEVEL = 2
#: rows converted and compressed at a time (a few MB of pixels)
_ROWS = 256


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


class PngStream:
    """A ``width`` × ``height`` PNG (``alpha``: RGBA, else RGB) at ``dots_per_metre``,
    its rows given top to bottom by `add_rows`; `data` is the file when all are in."""

    def __init__(self, width: int, height: int, alpha: bool, dots_per_metre: int) -> None:
        self.width, self.height, self.alpha = width, height, alpha
        self.rows = 0
        self._zlib = zlib.compressobj(ZLIB_LEVEL)
        colour_type = 6 if alpha else 2
        header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
        self._parts = [
            _SIGNATURE,
            _chunk(b"IHDR", header),
            _chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)),
        ]

    def add_rows(self, image: QImage, top: int = 0, count: int | None = None) -> None:
        """The next ``count`` rows of the picture (default: all of ``image``): rows
        ``top`` on of ``image`` (RGB32, or ARGB32_Premultiplied for a transparent
        picture), ``width`` pixels wide."""
        from PySide6.QtGui import QImage

        count = image.height() - top if count is None else count
        if image.width() != self.width or self.rows + count > self.height:
            raise ValueError("the rows do not fit the picture")
        target = QImage.Format.Format_RGBA8888 if self.alpha else QImage.Format.Format_RGB888
        row_bytes = self.width * (4 if self.alpha else 3)
        for first in range(top, top + count, _ROWS):
            rows = image.copy(0, first, self.width, min(_ROWS, top + count - first))
            rows = rows.convertToFormat(target)
            stride = rows.bytesPerLine()
            pixels = memoryview(rows.constBits()).cast("B")
            raw = bytearray()
            for y in range(rows.height()):
                raw += b"\x00"  # filter: none
                raw += pixels[y * stride : y * stride + row_bytes]
            self._add_data(self._zlib.compress(raw))
            self.rows += rows.height()

    def _add_data(self, data: bytes) -> None:
        if data:
            self._parts.append(_chunk(b"IDAT", data))

    def data(self) -> bytes:
        """The whole file (every row given)."""
        if self.rows != self.height:
            raise ValueError(f"{self.height - self.rows} rows of the picture are missing")
        self._add_data(self._zlib.flush())
        self._parts.append(_chunk(b"IEND", b""))
        data, self._parts = b"".join(self._parts), []
        return data
