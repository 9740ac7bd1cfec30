"""Small real images (and deliberately broken ones) for the version-2 format tests."""

from __future__ import annotations

import base64
import struct
import zlib


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A real RGB PNG of the given size (all one colour)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x1f\x77\xb4" * width for _ in range(min(height, 64)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def png_header_only(width: int, height: int) -> bytes:
    """The signature and IHDR of a PNG that claims the given size (no pixels)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IEND", b"")


def jpeg_bytes(width: int = 3, height: int = 2, progressive: bool = False) -> bytes:
    """A JPEG's markers up to its frame header: SOI, APP0 (JFIF), a table, SOFn, EOI."""
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\x00" + bytes(range(64))
    sof = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    marker = 0xC2 if progressive else 0xC0
    return (
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", len(app0) + 2)
        + app0
        + b"\xff\xdb"
        + struct.pack(">H", len(dqt) + 2)
        + dqt
        + bytes([0xFF, marker])
        + struct.pack(">H", len(sof) + 2)
        + sof
        + b"\xff\xd9"
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def asset(ident: str, data: bytes, media_type: str = "image/png") -> dict[str, str]:
    return {"id": ident, "name": f"{ident}.png", "media_type": media_type, "data": b64(data)}
