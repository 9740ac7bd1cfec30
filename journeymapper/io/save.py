"""Writing journey maps: deterministic JSON, written atomically.

The bytes are a function of the document alone (model field order, 2-space indent,
UTF-8, trailing newline), so maps diff cleanly in git. `write_atomic` puts them in a
temporary file in the target's folder, flushes and fsyncs it, renames it over the target
and fsyncs the folder: a crash at any moment leaves either the complete old file or the
complete new one. The editor, `journeymapper new` and the exports all write through it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from pathlib import Path

from ..model import JourneyMap
from ..model.document import file_data

TEMP_SUFFIX = ".jm-tmp"


class SaveError(Exception):
    """Writing failed; the message says why in plain words. The old file is intact."""

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {message}")
        self.message = message


def dumps(doc: JourneyMap) -> bytes:
    """The canonical file bytes of a document."""
    # Optional fields left at their defaults are omitted and unused images dropped;
    # "format" and "schema_version" have no defaults, so every file starts with them.
    data = file_data(doc)
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def clean_stale_temporaries(target: Path) -> list[Path]:
    """Remove temporary files left by saves of ``target`` whose process died."""
    removed: list[Path] = []
    prefix = _temp_prefix(target)
    try:
        candidates = list(target.parent.glob(f"{glob_escape(prefix)}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for tmp in candidates:
        middle = tmp.name[len(prefix) : -len(TEMP_SUFFIX)]
        pid_text = middle.split(".", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _pid_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def _explain(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; free some space and save again"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: this folder cannot be written to"
    if exc.errno == errno.EROFS:
        return "the disk or folder is read-only"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "a folder has this name"
    return exc.strerror or str(exc)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers only ever see old or new, complete."""
    target = Path(path)
    if target.is_dir():
        raise SaveError(target, "a folder has this name")
    clean_stale_temporaries(target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent if str(target.parent) else ".",
            prefix=f"{_temp_prefix(target)}{os.getpid()}.",
            suffix=TEMP_SUFFIX,
        )
    except OSError as exc:
        raise SaveError(target, _explain(exc)) from None
    tmp = Path(tmp_name)
    try:
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SaveError(target, _explain(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


BACKUP_SUFFIX = ".bak"


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.journey.json.bak``."""
    target = Path(path)
    return target.with_name(target.name + BACKUP_SUFFIX)


def save(doc: JourneyMap, path: str | os.PathLike[str], backup: bool = False) -> bytes:
    """Save a document to ``path`` (atomically, deterministically).

    With ``backup``, the file's previous content is first kept (atomically too) as
    ``NAME.journey.json.bak``; an unchanged file is not backed up over its own copy.
    Returns the bytes written.
    """
    data = dumps(doc)
    target = Path(path)
    if backup and target.is_file():
        try:
            old = target.read_bytes()
        except OSError as exc:
            raise SaveError(target, _explain(exc)) from None
        if old != data:
            write_atomic(backup_path(target), old)
    write_atomic(target, data)
    return data
