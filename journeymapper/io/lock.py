"""Lock files: warn when one map is open in two windows or two processes.

Opening ``NAME.journey.json`` writes ``.NAME.journey.json.lock`` beside it with the
owner's process id, host, start time and run token (see `process.ProcessId`), the time
it was taken and a token of the lock itself. A lock whose process is gone (same host:
the pid is not running, or runs a process that started at another time, or is ours but
from an earlier run) is stale and silently taken over; a live one is reported so the
user can decide. A window that opens a map anyway does not take the live lock over,
and a lock is only ever removed by the lock that wrote it.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from .process import ProcessId


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: float
    start: str | None = None
    run: str | None = None
    #: which lock (window) wrote it; None in records of older versions
    token: str | None = None

    @property
    def process(self) -> ProcessId:
        return ProcessId(self.pid, self.host, self.start, self.run)

    @property
    def is_us(self) -> bool:
        """Held by this run of the program (perhaps another of its windows)."""
        return self.process.is_us


def lock_path(path: str | os.PathLike[str]) -> Path:
    """Beside the file a map is saved to: a map opened through a symbolic link and by
    its real name shares one lock."""
    target = Path(path)
    if os.path.islink(target):
        target = Path(os.path.realpath(target))
    return target.with_name(f".{target.name}.lock")


def _read(path: str | os.PathLike[str]) -> LockOwner | None:
    lock = lock_path(path)
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        process = ProcessId.from_record(data)
        token = data.get("token")
        return LockOwner(
            process.pid,
            process.host,
            float(data["since"]),
            process.start,
            process.run,
            None if token is None else str(token),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def read_owner(path: str | os.PathLike[str]) -> LockOwner | None:
    """The live owner of the lock on ``path``, or None (no lock, or a stale one)."""
    owner = _read(path)
    if owner is None or not owner.process.alive():
        return None  # stale: its process has gone
    return owner


class FileLock:
    """The lock this window holds (or would hold) on one map file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.held = False
        self.token = uuid.uuid4().hex

    def other_owner(self) -> LockOwner | None:
        owner = read_owner(self.path)
        return None if owner is None or owner.token == self.token else owner

    def acquire(self) -> None:
        """Write our lock, taking over a stale one (never a live one: a map opened
        anyway stays locked by its first owner). Failure is not fatal: a read-only
        folder simply has no lock."""
        if self.other_owner() is not None:
            self.held = False
            return
        record = {
            **ProcessId.current().record(),
            "since": time.time(),
            "token": self.token,
        }
        try:
            lock_path(self.path).write_text(json.dumps(record), encoding="utf-8")
            self.held = True
        except OSError:
            self.held = False

    def release(self) -> None:
        """Remove the lock file, only if it is still the one this lock wrote."""
        if not self.held:
            return
        self.held = False
        owner = _read(self.path)
        if owner is not None and owner.token == self.token and owner.is_us:
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
