"""Small pictures of maps for the start page, drawn by the one drawing module and cached.

A thumbnail shows the top-left part of a map (its stage headers and first lanes, where a
map is recognised) at a small size. It is cached as a PNG in the user's cache folder,
keyed by the file's path, modification time and size, so the start page opens fast and a
changed file gets a new picture. `ThumbnailQueue` renders the missing ones one per event
loop tick, so the start page appears at once and the pictures arrive one by one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter

from ..io import load
from ..layout import Rect, compute_layout
from ..model import DocumentError, JourneyMap
from ..text import map_metrics

WIDTH, HEIGHT = 240, 150
#: the map width (in points) shown across a thumbnail, at most: a wide map is cropped
SHOWN_WIDTH = 1300.0
VERSION = b"1"  # bump when the drawing of thumbnails changes


def cache_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or os.path.expanduser("~/.cache/journeymapper")) / "thumbnails"


def cache_key(path: Path) -> str | None:
    """The cache name of ``path``'s thumbnail; None when the file cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return None
    h = hashlib.sha1(VERSION)
    h.update(os.fsencode(os.path.abspath(path)))
    h.update(f"\0{st.st_mtime_ns}\0{st.st_size}\0{WIDTH}x{HEIGHT}".encode())
    return h.hexdigest()


def render_thumbnail(doc: JourneyMap, width: int = WIDTH, height: int = HEIGHT) -> QImage:
    """``doc``'s top-left part drawn into a ``width`` × ``height`` image."""
    layout = compute_layout(doc, map_metrics())
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(layout.theme.page))
    shown = min(max(layout.width, 1.0), SHOWN_WIDTH)
    scale = width / shown
    if layout.height * scale < height:  # a short map: fit it whole
        scale = min(width / max(layout.width, 1.0), height / max(layout.height, 1.0))
    from ..render import painting

    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        painting.draw_map(
            painter, layout, page=True, view=Rect(0, 0, width / scale, height / scale)
        )
    finally:
        painter.end()
    return image


def cached(path: Path) -> QImage | None:
    """The cached thumbnail of ``path`` in its current state, if there is one."""
    key = cache_key(path)
    if key is None:
        return None
    file = cache_folder() / f"{key}.png"
    if not file.is_file():
        return None
    image = QImage(str(file))
    return None if image.isNull() else image


def thumbnail(path: Path) -> QImage | None:
    """``path``'s thumbnail, from the cache or drawn now (and cached); None when the file
    cannot be read or is not a valid map."""
    image = cached(path)
    if image is not None:
        return image
    key = cache_key(path)
    if key is None:
        return None
    try:
        doc = load(path)
    except (DocumentError, OSError):
        return None
    image = render_thumbnail(doc)
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{key}.{os.getpid()}.tmp.png"
        if image.save(str(tmp), "PNG"):
            os.replace(tmp, folder / f"{key}.png")
    except OSError:
        pass  # no cache this time: the picture is still shown
    return image


class ThumbnailQueue(QObject):
    """Thumbnails drawn one per tick of the event loop; ``ready(path, image)`` for each
    one found (an unreadable file gives nothing)."""

    ready = Signal(object, QImage)  # (Path, picture): paths may not be UTF-8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._todo: list[Path] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def request(self, path: Path) -> QImage | None:
        """The cached picture now, else None and ``ready`` later."""
        image = cached(path)
        if image is None and path not in self._todo:
            self._todo.append(path)
            self._timer.start()
        return image

    def pending(self) -> int:
        return len(self._todo)

    def _next(self) -> None:
        if not self._todo:
            self._timer.stop()
            return
        path = self._todo.pop(0)
        image = thumbnail(path)
        if image is not None:
            self.ready.emit(path, image)
        if not self._todo:
            self._timer.stop()
