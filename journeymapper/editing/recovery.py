"""Autosave copies of unsaved maps, and finding them again after a crash.

Copies live in the user's data folder (QStandardPaths), never beside or over the
user's file: ``recovery/<key>.journey.json`` and ``recovery/<key>.meta.json`` (the
owner process, see `io.process.ProcessId`, the original file, the title and the time).
A copy whose owner is gone is an orphan: the next start offers to recover it.

- The owner is its pid *and* start time and run token: a sandbox that gives every start
  the same pid, or a pid reused after a reboot, does not hide a crashed run's copies.
- The original path is stored absolute and losslessly (a name that is not UTF-8 is kept
  with its bytes as ``\\udcXX`` escapes in ASCII JSON), and it is kept when a recovered
  map is autosaved again, so a second crash still knows where the map came from.
- A copy is claimed (its metadata renamed, atomically, to a name of this run) before it
  is offered, so two instances started together never both recover one copy.
- A dot-voting session running on the map is written beside it, ``<key>.voting.json``, at
  every dot; it is offered again with the recovered map.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from ..io import load, write_atomic
from ..io.process import RUN_TOKEN, ProcessId
from ..io.save import dumps
from ..model import JourneyMap

META_SUFFIX = ".meta.json"
CLAIM_MARK = ".claimed."
#: a dot-voting session in progress on the map of the same key (see `editing.voting`)
VOTING_SUFFIX = ".voting.json"


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    title: str
    saved_at: float
    #: the original file, for showing (bytes that are not UTF-8 shown as U+FFFD)
    original: str | None
    data_file: Path
    #: the original file, exactly (None for a map that was never saved)
    original_path: Path | None = None

    def load(self) -> JourneyMap:
        return load(self.data_file)


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "journeymapper") / "recovery"


def _shown(path: str) -> str:
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class RecoveryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    @staticmethod
    def new_key() -> str:
        return uuid.uuid4().hex

    def _files(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.journey.json", self.folder / f"{key}{META_SUFFIX}"

    def _voting_file(self, key: str) -> Path:
        return self.folder / f"{key}{VOTING_SUFFIX}"

    def write_voting(self, key: str, state: dict[str, Any] | None) -> None:
        """Write (atomically) the dot-voting session running on this map (None: none
        runs, the file goes). It stays beside the map's copy and goes with it."""
        target = self._voting_file(key)
        if state is None:
            with contextlib.suppress(OSError):
                target.unlink()
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, json.dumps(state, ensure_ascii=True).encode("ascii"))

    def has_copy(self, key: str) -> bool:
        data_file, meta_file = self._files(key)
        return data_file.is_file() and (meta_file.is_file() or self._claim_file(key).is_file())

    def read_voting(self, key: str) -> dict[str, Any] | None:
        """The voting session saved with a copy (None when there is none or it is unreadable)."""
        try:
            data = json.loads(self._voting_file(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _claim_file(self, key: str) -> Path:
        return self.folder / f"{key}{CLAIM_MARK}{os.getpid()}.{RUN_TOKEN}"

    @staticmethod
    def _read_meta(meta_file: Path) -> dict[str, Any] | None:
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8", errors="replace"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def write(self, key: str, doc: JourneyMap, original: Path | None) -> None:
        """Write (atomically) the recovery copy of one open map.

        Without ``original``, the original already recorded for this copy is kept (a
        recovered map is not tied to its file, but must not forget it)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data_file, meta_file = self._files(key)
        if original is not None:
            original_text: str | None = os.path.abspath(os.fspath(original))
        else:
            previous = self._read_meta(meta_file) or {}
            kept = previous.get("original")
            original_text = kept if isinstance(kept, str) else None
        write_atomic(data_file, dumps(doc))
        meta = {
            **ProcessId.current().record(),
            "title": doc.title,
            "saved_at": time.time(),
            "original": original_text,
        }
        # ASCII JSON: names that are not UTF-8 (surrogate escapes) are stored losslessly
        write_atomic(meta_file, json.dumps(meta, ensure_ascii=True).encode("ascii"))

    def remove(self, key: str) -> None:
        for f in (*self._files(key), self._voting_file(key)):
            with contextlib.suppress(OSError):
                f.unlink()
        with contextlib.suppress(OSError):
            self._claim_file(key).unlink()

    # -- after a crash ---------------------------------------------------------------------

    def _revive_abandoned_claims(self) -> None:
        """A claim whose claimer died (between claiming and deciding) is an orphan again."""
        for claim in self.folder.glob(f"*{CLAIM_MARK}*"):
            key, _, who = claim.name.partition(CLAIM_MARK)
            pid_text, _, run = who.partition(".")
            if not pid_text.isdigit():
                continue
            claimer = ProcessId(int(pid_text), ProcessId.current().host, None, run)
            if claimer.alive():
                continue
            meta_file = self._files(key)[1]
            if meta_file.exists():
                continue
            with contextlib.suppress(OSError):
                os.rename(claim, meta_file)

    def orphans(self) -> list[RecoveryEntry]:
        """Copies left by processes that are no longer running, newest first."""
        out: list[RecoveryEntry] = []
        try:
            if not self.folder.is_dir():
                return out
            self._revive_abandoned_claims()
            metas = list(self.folder.glob(f"*{META_SUFFIX}"))
        except OSError:
            return out
        for meta_file in metas:
            key = meta_file.name[: -len(META_SUFFIX)]
            data_file = self.folder / f"{key}.journey.json"
            meta = self._read_meta(meta_file)
            try:
                owner = ProcessId.from_record(meta or {})
                saved_at = float(meta.get("saved_at", 0)) if meta else 0.0
            except (ValueError, KeyError, TypeError):
                continue
            if owner.alive():
                continue  # this run or another running journeymapper owns it
            if not data_file.is_file():
                continue
            original = meta.get("original") if meta else None
            original = original if isinstance(original, str) and original else None
            out.append(
                RecoveryEntry(
                    key,
                    str(meta.get("title", "")) if meta else "",
                    saved_at,
                    _shown(original) if original else None,
                    data_file,
                    Path(original) if original else None,
                )
            )
        return sorted(out, key=lambda e: e.saved_at, reverse=True)

    def claim(self, entry: RecoveryEntry) -> bool:
        """Take an orphan for this run before offering it: False when another instance
        claimed (or recovered) it first."""
        try:
            os.rename(self._files(entry.key)[1], self._claim_file(entry.key))
        except OSError:
            return False
        return True

    def release(self, entry: RecoveryEntry) -> None:
        """Give a claimed copy back (the user decides later): offered at the next start."""
        with contextlib.suppress(OSError):
            os.rename(self._claim_file(entry.key), self._files(entry.key)[1])

    def adopt(self, entry: RecoveryEntry, doc: JourneyMap) -> None:
        """A recovered copy now belongs to this run, keeping its original path."""
        self.write(entry.key, doc, entry.original_path)
        with contextlib.suppress(OSError):
            self._claim_file(entry.key).unlink()
