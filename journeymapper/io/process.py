"""Who owns a lock file or a recovery copy: a process, told apart from its successors.

A process id alone is not enough: pids are reused after a reboot, and sandboxes
(Flatpak, ``unshare --pid``) give the app the same pid at every start. An owner is
recorded as its pid, host, start time (field 22 of ``/proc/PID/stat``) and a random
token chosen once per run. A record whose pid is ours but whose token is not belongs to
an earlier run; one whose pid is running but started at another time belongs to a
process that is gone. Where there is no ``/proc`` (the fallback), the token still tells
an earlier run with our pid from this one, and another pid is judged by being alive.
"""

from __future__ import annotations

import functools
import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any

#: chosen once per run of the program: tells this run from an earlier one with our pid
RUN_TOKEN = uuid.uuid4().hex


def pid_alive(pid: int) -> bool:
    """True when a process with this id is running (on this host)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def process_start(pid: int) -> str | None:
    """When the process started, as an opaque string (None when it cannot be known)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        stat = b""
    if stat:
        # the command name (field 2) may hold spaces and parentheses: split after its end
        fields = stat[stat.rfind(b")") + 2 :].split()
        if len(fields) > 19:
            return fields[19].decode("ascii", "replace")  # field 22: start time in ticks
    return None


@functools.cache
def _our_start() -> str | None:
    return process_start(os.getpid())


@dataclass(frozen=True)
class ProcessId:
    """The owner of a lock or a recovery copy."""

    pid: int
    host: str
    start: str | None = None
    run: str | None = None

    @classmethod
    def current(cls) -> ProcessId:
        return cls(os.getpid(), socket.gethostname(), _our_start(), RUN_TOKEN)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> ProcessId:
        """Read back `record()` (raises KeyError, TypeError or ValueError when damaged)."""
        start, run = record.get("start"), record.get("run")
        return cls(
            int(record["pid"]),
            str(record["host"]),
            None if start is None else str(start),
            None if run is None else str(run),
        )

    def record(self) -> dict[str, Any]:
        return {"pid": self.pid, "host": self.host, "start": self.start, "run": self.run}

    @property
    def is_us(self) -> bool:
        """This very run of the program (not an earlier process that had our pid)."""
        return (
            self.pid == os.getpid() and self.host == socket.gethostname() and self.run == RUN_TOKEN
        )

    def alive(self) -> bool:
        """False only when the owner is certainly gone; an owner on another host is
        assumed alive (its processes cannot be seen from here)."""
        if self.host != socket.gethostname():
            return True
        if self.pid == os.getpid():
            return self.is_us  # our pid, another run: an earlier process in a sandbox
        if not pid_alive(self.pid):
            return False
        if self.start is None:
            return True  # an old record: the pid is all we know
        now = process_start(self.pid)
        return now is None or now == self.start
