"""Lock files: warn when one map is open in two windows or two processes.

Opening ``NAME.journey.json`` writes ``.NAME.journey.json.lock`` beside it with the
owner's process id, host and start time. A lock whose process is gone (same host) is
stale and silently taken over; a live one is reported so the user can decide.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from .process import pid_alive as _pid_alive


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: float

    @property
    def is_us(self) -> bool:
        return self.pid == os.getpid() and self.host == socket.gethostname()


def lock_path(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    return target.with_name(f".{target.name}.lock")


def read_owner(path: str | os.PathLike[str]) -> LockOwner | None:
    """The live owner of the lock on ``path``, or None (no lock, or a stale one)."""
    lock = lock_path(path)
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        owner = LockOwner(int(data["pid"]), str(data["host"]), float(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.host == socket.gethostname() and not _pid_alive(owner.pid):
        return None  # stale: its process has gone
    return owner


class FileLock:
    """The lock this process holds on one map file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.held = False

    def other_owner(self) -> LockOwner | None:
        owner = read_owner(self.path)
        return None if owner is None or (owner.is_us and self.held) else owner

    def acquire(self) -> None:
        """Write our lock (taking over a stale or ignored one). Failure is not fatal:
        a read-only folder simply has no lock."""
        record = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        try:
            lock_path(self.path).write_text(json.dumps(record), encoding="utf-8")
            self.held = True
        except OSError:
            self.held = False

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        owner = read_owner(self.path)
        if owner is not None and owner.is_us:
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
