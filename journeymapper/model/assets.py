"""Embedded images: decoding, checking what the bytes really are, and the size limits.

An asset's bytes must really be the declared type: the signature is checked and the
header decoded (PNG ``IHDR``, JPEG ``SOFn``) for the width and height, without decoding
the picture itself (no imaging library, no Qt).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from .errors import Problem

#: One asset at most this many bytes once decoded.
MAX_ASSET_BYTES = 5 * 1024 * 1024
#: All assets of a map together at most this many bytes once decoded.
MAX_TOTAL_ASSET_BYTES = 50 * 1024 * 1024
#: Width and height at most this many pixels each.
MAX_IMAGE_SIDE = 8000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"
# SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})

_NAMES = {"image/png": "a PNG image", "image/jpeg": "a JPEG image"}


class ImageError(ValueError):
    """Bytes that are not a usable image; the message says why in plain words."""


@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width: int
    height: int


def decoded_size(text: str) -> int:
    """How many bytes ``text`` decodes to (an estimate good enough for limits)."""
    length = len(text) - sum(1 for ch in text[-2:] if ch == "=")
    return length * 3 // 4


def decode_base64(text: str) -> bytes:
    """The bytes of base64 ``text`` (line breaks allowed); `ImageError` when it is not."""
    compact = "".join(text.split())
    if not compact:
        raise ImageError("holds no data")
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("is not valid base64 (the image data is corrupt)") from None


def _be16(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 2], "big")


def _png_info(data: bytes) -> ImageInfo:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("is a PNG image whose header is missing or cut off")
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    return ImageInfo("image/png", width, height)


def _jpeg_info(data: bytes) -> ImageInfo:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            break
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _JPEG_STANDALONE:
            at += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no frame header came
            break
        length = _be16(data, at + 2)
        if length < 2:
            break
        if marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                break
            return ImageInfo("image/jpeg", _be16(data, at + 7), _be16(data, at + 5))
        at += 2 + length
    raise ImageError("is a JPEG image whose header is missing or cut off")


def image_info(data: bytes) -> ImageInfo:
    """The type and size of PNG or JPEG bytes, read from their header."""
    if data.startswith(_PNG_SIGNATURE):
        return _png_info(data)
    if data.startswith(_JPEG_SIGNATURE):
        return _jpeg_info(data)
    raise ImageError("is not a PNG or JPEG image")


def check_image(data: bytes, media_type: str | None) -> ImageInfo:
    """`image_info` plus the rules: declared type, size on each side, bytes."""
    if len(data) > MAX_ASSET_BYTES:
        raise ImageError(
            f"is too large ({len(data) / 1048576:.1f} MB); an image may be at most "
            f"{MAX_ASSET_BYTES // 1048576} MB"
        )
    info = image_info(data)
    if media_type is not None and info.media_type != media_type:
        raise ImageError(f"holds {_NAMES[info.media_type]}, but media_type says {media_type!r}")
    if info.width < 1 or info.height < 1:
        raise ImageError("is an image with no width or height")
    if info.width > MAX_IMAGE_SIDE or info.height > MAX_IMAGE_SIDE:
        raise ImageError(
            f"is {info.width} × {info.height} px; an image may be at most "
            f"{MAX_IMAGE_SIDE:,} px on each side"
        )
    return info


def _assets(data: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    value = data.get("assets")
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def asset_check(asset: dict[str, Any]) -> tuple[str, str] | None:
    """What is wrong with one asset's bytes: (field, reason), or None when they are fine."""
    text = asset.get("data")
    if not isinstance(text, str):
        return None  # the structural pass reports it
    media_type = asset.get("media_type")
    declared = media_type if isinstance(media_type, str) and media_type in _NAMES else None
    if decoded_size(text) > MAX_ASSET_BYTES + 3:
        size = decoded_size(text) / 1048576
        return "data", (
            f"the image is too large ({size:.1f} MB); an image may be at most "
            f"{MAX_ASSET_BYTES // 1048576} MB"
        )
    try:
        check_image(decode_base64(text), declared)
    except ImageError as exc:
        field = "media_type" if "media_type says" in str(exc) else "data"
        return field, f"the image {exc}"
    return None


def asset_problems(data: Any) -> list[Problem]:
    """Problems of embedded images: bytes, type, size and the total of all of them."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    total = 0
    for i, asset in _assets(data):
        wrong = asset_check(asset)
        if wrong is not None:
            problems.append(Problem(f"$.assets[{i}].{wrong[0]}", wrong[1]))
        if isinstance(asset.get("data"), str):
            total += decoded_size(asset["data"])
    if total > MAX_TOTAL_ASSET_BYTES:
        problems.append(
            Problem(
                "$.assets",
                f"the images add up to {total / 1048576:.0f} MB; a map may embed at most "
                f"{MAX_TOTAL_ASSET_BYTES // 1048576} MB of images",
            )
        )
    return problems
