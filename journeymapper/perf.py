"""Small performance helpers with no dependencies."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around bulk work.

    Loading or laying out a big map allocates hundreds of thousands of small objects,
    none of them in reference cycles; the collector would only rescan them again and
    again (about a quarter of the time on a 20,000-card map). Reference counting still
    frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
