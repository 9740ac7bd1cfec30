"""Writing journey maps: deterministic JSON, written atomically.

The bytes are a function of the document alone (model field order, 2-space indent,
UTF-8, trailing newline), so maps diff cleanly in git. `write_atomic` puts them in a
temporary file in the target's folder, flushes and fsyncs it, renames it over the target
and fsyncs the folder: a crash at any moment leaves either the complete old file or the
complete new one. The editor, `journeymapper new` and the exports all write through it.

A symbolic link is followed (its target is replaced, the link stays); a folder, device,
pipe or socket is never written over; every OSError, wherever it happens (Python 3.11's
``Path.is_file()`` raises on EACCES and ENAMETOOLONG), leaves as a `SaveError`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
from pathlib import Path

from ..model import JourneyMap
from ..model.document import file_data
from .process import pid_alive

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


#: longest file name most file systems accept, in bytes
NAME_MAX = 255


def _temp_prefix(target: Path) -> str:
    # the temporary's name must fit too: a long target name is cut (by bytes) in it
    name = os.fsencode(target.name)[: NAME_MAX - 60]
    return f".{os.fsdecode(name)}."


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
        if pid_text.isdigit() and int(pid_text) != os.getpid() and pid_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def explain(exc: OSError) -> str:
    """An OSError met while writing or reading a file, in plain words."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full; free some space and save again"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: this file or folder cannot be written to (or read)"
    if exc.errno == errno.EROFS:
        return "the disk or folder is read-only"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "a folder has this name"
    if exc.errno == errno.ENAMETOOLONG:
        return f"the file name is too long (at most {NAME_MAX} bytes per name)"
    if exc.errno == errno.ENOTDIR:
        return "part of the path is a file, not a folder"
    if exc.errno == errno.ELOOP:
        return "the path has a loop of symbolic links"
    if exc.errno == errno.EIO:
        return "the disk reported an input/output error"
    if exc.errno == getattr(errno, "ESTALE", -1):
        return "the network share is no longer available"
    return exc.strerror or str(exc)


def real_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` really goes: a symbolic link is followed to its target, so
    that saving replaces the target and keeps the link. Raises `SaveError`."""
    target = Path(path)
    try:
        if len(os.fsencode(target.name)) > NAME_MAX:
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
        if os.path.islink(target):
            target = Path(os.path.realpath(target))
        st = os.stat(target)
    except FileNotFoundError:
        return target  # a new file
    except OSError as exc:
        raise SaveError(path, explain(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise SaveError(path, "a folder has this name")
    if not stat.S_ISREG(st.st_mode):
        raise SaveError(
            path, "this is not a regular file (a device, pipe or socket); choose another name"
        )
    return target


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is an existing file whose mode bits forbid writing for us.

    The mode is read, not `os.access`: root may write anything, yet a file someone made
    read-only (mode 444) should not be replaced without asking.
    """
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    uid = os.geteuid() if hasattr(os, "geteuid") else -1
    if uid in (0, st.st_uid):
        return not st.st_mode & stat.S_IWUSR
    if hasattr(os, "getgroups") and (st.st_gid == os.getegid() or st.st_gid in os.getgroups()):
        return not st.st_mode & stat.S_IWGRP
    return not st.st_mode & stat.S_IWOTH


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers only ever see old or new, complete.

    A symbolic link is followed (the link stays, its target gets the data); anything
    that is not a regular file is refused. Every failure is a `SaveError`.
    """
    target = real_target(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise SaveError(path, explain(exc)) from None
    else:
        # a regular file (real_target refused the rest): keep its permissions
        mode = st.st_mode & 0o777
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    clean_stale_temporaries(target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent if str(target.parent) else ".",
            prefix=f"{_temp_prefix(target)}{os.getpid()}.",
            suffix=TEMP_SUFFIX,
        )
    except OSError as exc:
        raise SaveError(path, explain(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SaveError(path, explain(exc)) from None
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
    Returns the bytes written. Every failure is a `SaveError`; the old file is intact.
    """
    data = dumps(doc)
    target = real_target(path)
    if backup:
        try:
            old: bytes | None = target.read_bytes()
        except FileNotFoundError:
            old = None
        except OSError as exc:
            raise SaveError(path, explain(exc)) from None
        if old is not None and old != data:
            write_atomic(backup_path(target), old)
    write_atomic(target, data)
    return data
