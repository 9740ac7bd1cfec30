"""Translation of user-facing strings through Qt's translation system.

`tr` is `QCoreApplication.translate` (so `lupdate`/`pyside6-lupdate` finds the strings
and an installed QTranslator, e.g. the Italian one, applies to them). It is imported
lazily, so the command line stays quick and the model never touches Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache


@cache
def _translate() -> Callable[[str, str], str]:
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return lambda _context, text: text
    return lambda context, text: QCoreApplication.translate(context, text)


def tr(context: str, text: str) -> str:
    """``text`` in the user's language (English when no translation is installed)."""
    return _translate()(context, text)
