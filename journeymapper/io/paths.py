"""Whether two names are one file: an export or a conversion never writes over its input."""

from __future__ import annotations

import os


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when ``a`` and ``b`` name one file (links and ``..`` included); when either
    does not exist yet, when their resolved paths are equal."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return os.path.realpath(a) == os.path.realpath(b)
        except (OSError, ValueError):
            return False
