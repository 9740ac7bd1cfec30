"""Pictures the user brings in (a dropped or chosen file, the clipboard) made into assets.

Only PNG and JPEG files are taken. A picture larger than `MAX_SIDE` on its longest side
is scaled down with Qt and re-encoded (PNG stays PNG, JPEG stays JPEG, a PNG photo too
large even then becomes a JPEG); the caller tells the user. A picture over `MAX_PIXELS` is
refused as too large (Qt would refuse to decode it anyway). The result is checked with
`model.assets` like any image in a file.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QLabel

from ..i18n import tr
from ..model import Asset
from ..model.assets import MAX_ASSET_BYTES, ImageError, check_image, image_info

#: pictures are scaled down to at most this many pixels on their longest side
MAX_SIDE = 2000
#: a file larger than this is not even read (it could never fit after scaling either)
MAX_FILE_BYTES = 200 * 1024 * 1024
#: a picture with more pixels than this is refused (decoding it would take too much memory)
MAX_PIXELS = 100_000_000
JPEG_QUALITY = 88
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


class ImageRefused(ValueError):
    """A picture that cannot go on the map; the message says why, in plain words."""


@dataclass(frozen=True)
class Prepared:
    asset: Asset  # its id is a placeholder: the edit gives it a fresh one
    #: (width, height) before scaling, when the picture was scaled down
    scaled_from: tuple[int, int] | None = None

    def note(self) -> str:
        """What to tell the user about the picture (empty: nothing)."""
        if self.scaled_from is None:
            return ""
        w, h = self.scaled_from
        return tr(
            "images", "The image was {0} × {1} px; it was scaled down to at most {2} px."
        ).format(w, h, MAX_SIDE)


def _encode(image: QImage, media_type: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if media_type == "image/jpeg":
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", JPEG_QUALITY)
    else:
        image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _asset(data: bytes, media_type: str, name: str) -> Asset:
    try:
        check_image(data, media_type)
    except ImageError as exc:
        if len(data) > MAX_ASSET_BYTES:
            raise ImageRefused(
                tr(
                    "images",
                    "“{0}” is still {1:.1f} MB after scaling; an image may be at most {2} MB. "
                    "Use a smaller or more compressed picture.",
                ).format(name, len(data) / 1048576, MAX_ASSET_BYTES // 1048576)
            ) from None
        raise ImageRefused(
            tr("images", "“{0}” cannot be used: the image {1}.").format(name, exc)
        ) from None
    return Asset(
        id="image-new",
        name=name,
        media_type=media_type,
        data=base64.b64encode(data).decode("ascii"),
    )


def _scaled(image: QImage) -> QImage:
    return image.scaled(
        MAX_SIDE,
        MAX_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _read(data: bytes, name: str, width: int, height: int) -> QImage:
    """Decode ``data`` (``width`` × ``height`` pixels), already scaled into `MAX_SIDE`.

    Qt refuses to decode pictures over its allocation limit (256 MB, about 8200 × 8200
    pixels); a large photo is fine as long as it stays under `MAX_PIXELS`, so the limit
    is raised for this one read and put back.
    """
    if width * height > MAX_PIXELS:
        raise ImageRefused(
            tr(
                "images",
                "“{0}” is too large: {1} × {2} pixels. "
                "Use a picture of at most {3} million pixels.",
            ).format(name, width, height, MAX_PIXELS // 1_000_000)
        )
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if max(width, height) > MAX_SIDE:
        reader.setScaledSize(
            QSize(width, height).scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    limit = QImageReader.allocationLimit()
    needed = width * height * 4 // (1024 * 1024) + 1
    if limit and needed > limit:
        QImageReader.setAllocationLimit(needed)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(limit)
        buffer.close()
    if image.isNull():
        raise ImageRefused(
            tr("images", "“{0}” is a damaged image; it cannot be read.").format(name)
        )
    return image


def from_bytes(data: bytes, name: str) -> Prepared:
    """A PNG or JPEG file's bytes as an asset, scaled down when too large."""
    try:
        info = image_info(data)
    except ImageError:
        raise ImageRefused(
            tr("images", "“{0}” is not a PNG or JPEG image; only those can go on the map.").format(
                name
            )
        ) from None
    if max(info.width, info.height) <= MAX_SIDE and len(data) <= MAX_ASSET_BYTES:
        return Prepared(_asset(data, info.media_type, name))
    image = _read(data, name, info.width, info.height)
    original = (info.width, info.height)
    if max(original) > MAX_SIDE:
        image = _scaled(image)
    media_type = info.media_type
    encoded = _encode(image, media_type)
    if len(encoded) > MAX_ASSET_BYTES and media_type == "image/png" and not image.hasAlphaChannel():
        # a photo saved as PNG: as a JPEG it fits
        media_type, encoded = "image/jpeg", _encode(image, "image/jpeg")
    scaled = original if (image.width(), image.height()) != original else None
    return Prepared(_asset(encoded, media_type, name), scaled)


def from_file(path: str | Path) -> Prepared:
    """A PNG or JPEG file as an asset (its name is the file's name)."""
    path = Path(path)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise ImageRefused(
            tr("images", "“{0}” is not a PNG or JPEG image; only those can go on the map.").format(
                path.name
            )
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageRefused(
                tr("images", "“{0}” is {1:.0f} MB; that is too large for an image.").format(
                    path.name, size / 1048576
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImageRefused(
            tr("images", "“{0}” cannot be read: {1}").format(path.name, exc.strerror or exc)
        ) from None
    return from_bytes(data, path.name)


def from_image(image: QImage, name: str) -> Prepared:
    """A picture from the clipboard: PNG, or JPEG when it has no transparency and the
    PNG would be too large."""
    if image.isNull():
        raise ImageRefused(tr("images", "The clipboard holds no image."))
    original = (image.width(), image.height())
    if max(original) > MAX_SIDE:
        image = _scaled(image)
    scaled = original if (image.width(), image.height()) != original else None
    data = _encode(image, "image/png")
    media_type = "image/png"
    if len(data) > MAX_ASSET_BYTES and not image.hasAlphaChannel():
        data, media_type = _encode(image, "image/jpeg"), "image/jpeg"
    return Prepared(_asset(data, media_type, name), scaled)


def image_files(mime: QMimeData) -> list[str]:
    """The local files a drag or the clipboard carries (any kind: refusing is the
    caller's business, with a message)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if isinstance(url, QUrl) and url.isLocalFile()]


def carries_image(mime: QMimeData) -> bool:
    """Whether a drag or the clipboard brings a picture (a file or image data)."""
    return bool(image_files(mime)) or mime.hasImage()


def from_mime(mime: QMimeData) -> Prepared:
    """The first picture a drag or the clipboard carries."""
    files = image_files(mime)
    if files:
        return from_file(files[0])
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QPixmap):
            image = image.toImage()
        if isinstance(image, QImage):
            return from_image(image, tr("images", "Pasted image"))
    raise ImageRefused(tr("images", "There is no image to add."))


def show_thumbnail(label: QLabel, asset: Asset | None, width: int, height: int, empty: str) -> None:
    """Show ``asset``'s picture in ``label``, scaled into ``width`` × ``height`` with its
    aspect kept; ``empty`` (a translated text) when there is no picture or it cannot be
    read (the persona editor's photo, the brand dialog's logo)."""
    pixmap = QPixmap()
    if asset is not None:
        pixmap.loadFromData(base64.b64decode(asset.data))
    if pixmap.isNull():
        label.setPixmap(QPixmap())
        label.setText(empty)
        return
    label.setPixmap(
        pixmap.scaled(
            width,
            height,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )
