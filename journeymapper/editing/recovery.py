"""Autosave copies of unsaved maps, and finding them again after a crash.

Copies live in the user's data folder (QStandardPaths), never beside or over the
user's file: ``recovery/<key>.journey.json`` and ``recovery/<key>.meta.json`` (the
owner's process id, the original file, the title and the time). A copy whose process
is gone is an orphan: the next start offers to recover it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..io import load, write_atomic
from ..io.process import pid_alive as _pid_alive
from ..io.save import dumps
from ..model import JourneyMap


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    title: str
    saved_at: float
    original: str | None
    data_file: Path

    def load(self) -> JourneyMap:
        return load(self.data_file)


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "journeymapper") / "recovery"


class RecoveryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    @staticmethod
    def new_key() -> str:
        return uuid.uuid4().hex

    def _files(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.journey.json", self.folder / f"{key}.meta.json"

    def write(self, key: str, doc: JourneyMap, original: Path | None) -> None:
        """Write (atomically) the recovery copy of one open map."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data_file, meta_file = self._files(key)
        write_atomic(data_file, dumps(doc))
        meta = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "title": doc.title,
            "saved_at": time.time(),
            "original": str(original) if original else None,
        }
        write_atomic(meta_file, json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    def remove(self, key: str) -> None:
        for f in self._files(key):
            with contextlib.suppress(OSError):
                f.unlink()

    def orphans(self) -> list[RecoveryEntry]:
        """Copies left by processes that are no longer running, newest first."""
        out: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return out
        for meta_file in self.folder.glob("*.meta.json"):
            key = meta_file.name[: -len(".meta.json")]
            data_file = self.folder / f"{key}.journey.json"
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
                pid, host = int(meta["pid"]), str(meta["host"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if host == socket.gethostname() and (pid == os.getpid() or _pid_alive(pid)):
                continue  # this process or another running journeymapper owns it
            if not data_file.is_file():
                continue
            out.append(
                RecoveryEntry(
                    key,
                    str(meta.get("title", "")),
                    float(meta.get("saved_at", 0)),
                    meta.get("original"),
                    data_file,
                )
            )
        return sorted(out, key=lambda e: e.saved_at, reverse=True)
