"""The last committed version of a map kept in git (no Qt): ``git show HEAD:<path>``.

git runs without a shell, in the file's folder, with a time limit; every way it can fail
(no git, not a work tree, the file never committed, a timeout) is a `GitError` with a
sentence for the user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from ..i18n import tr

TIMEOUT = 10.0


class GitError(Exception):
    """git could not give the file's last committed version (the message says why)."""


def _git() -> str | None:
    return shutil.which("git")


def _run(args: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[bytes]:
    git = _git()
    if git is None:
        raise GitError(tr("compare", "git is not installed (it was not found on the PATH)."))
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        return subprocess.run(
            [git, *args],
            cwd=cwd,
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise GitError(
            tr("compare", "git did not answer within {0} seconds.").format(round(timeout))
        ) from None
    except OSError as exc:
        raise GitError(
            tr("compare", "git could not be run: {0}").format(exc.strerror or exc)
        ) from None


def in_work_tree(path: str | os.PathLike[str] | None, timeout: float = TIMEOUT) -> bool:
    """True when ``path`` is a file inside a git work tree and git is on the PATH."""
    if path is None or _git() is None:
        return False
    folder = Path(path).parent
    try:
        if not folder.is_dir():
            return False
        done = _run(["rev-parse", "--is-inside-work-tree"], folder, timeout)
    except (GitError, OSError, ValueError):
        return False
    return done.returncode == 0 and done.stdout.strip() == b"true"


def head_version(path: str | os.PathLike[str], timeout: float = TIMEOUT) -> bytes:
    """The bytes of ``path`` as committed in HEAD (raises `GitError`)."""
    file = Path(path)
    folder = file.parent
    try:
        if not folder.is_dir():
            raise GitError(tr("compare", "The folder {0} does not exist.").format(folder))
    except (OSError, ValueError):
        raise GitError(tr("compare", "The folder {0} cannot be read.").format(folder)) from None
    if not in_work_tree(file, timeout):
        if _git() is None:
            raise GitError(tr("compare", "git is not installed (it was not found on the PATH)."))
        raise GitError(tr("compare", "{0} is not inside a git work tree.").format(file.name))
    done = _run(["show", f"HEAD:./{file.name}"], folder, timeout)
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(
            tr("compare", "{0} has no committed version in git (HEAD): {1}").format(
                file.name, reason[-1] if reason else done.returncode
            )
        )
    return done.stdout


__all__ = ["GitError", "head_version", "in_work_tree"]
