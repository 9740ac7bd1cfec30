"""The recently opened maps: path, title and time, most recent first, kept in QSettings.

Paths are stored absolute and losslessly: the bytes of ``os.fsencode(path)`` in base64,
so a file name that is not valid UTF-8 comes back exactly as it was.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_maps"
OLD_KEY = "recent"  # a plain list of path strings, written by earlier versions
MAX_RECENT = 10


@dataclass(frozen=True)
class RecentMap:
    path: Path
    title: str
    opened: float  # seconds since the epoch

    def exists(self) -> bool:
        try:
            return self.path.is_file()
        except OSError:
            return False


def _encode(path: Path) -> str:
    return base64.b64encode(os.fsencode(path)).decode("ascii")


def _decode(text: str) -> Path | None:
    try:
        return Path(os.fsdecode(base64.b64decode(text.encode("ascii"), validate=True)))
    except (binascii.Error, ValueError, UnicodeError):
        return None


class RecentFiles:
    """The list in ``settings`` (the application's QSettings by default)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings("journeymapper", "journeymapper")

    def entries(self) -> list[RecentMap]:
        raw = self.settings.value(KEY, None)
        if raw is None:
            return self._old_entries()
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        out: list[RecentMap] = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            path = _decode(str(item.get("path", "")))
            if path is None:
                continue
            try:
                opened = float(item.get("time", 0))
            except (TypeError, ValueError):
                opened = 0.0
            out.append(RecentMap(path, str(item.get("title") or ""), opened))
        return out[:MAX_RECENT]

    def _old_entries(self) -> list[RecentMap]:
        value = self.settings.value(OLD_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [RecentMap(Path(str(v)), "", 0.0) for v in (value or []) if v][:MAX_RECENT]

    def _store(self, entries: list[RecentMap]) -> None:
        data = [
            {"path": _encode(e.path), "title": e.title, "time": e.opened}
            for e in entries[:MAX_RECENT]
        ]
        self.settings.setValue(KEY, json.dumps(data))
        self.settings.remove(OLD_KEY)

    def add(self, path: str | os.PathLike[str], title: str = "") -> None:
        """``path`` (made absolute) at the top of the list, with ``title`` and the time now."""
        full = Path(os.path.abspath(os.fspath(path)))
        rest = [e for e in self.entries() if e.path != full]
        self._store([RecentMap(full, title, time.time()), *rest])

    def remove(self, path: str | os.PathLike[str]) -> None:
        full = Path(os.path.abspath(os.fspath(path)))
        self._store([e for e in self.entries() if e.path != full])

    def clear(self) -> None:
        self._store([])
