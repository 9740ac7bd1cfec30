"""Translation of user-facing strings through Qt's translation system.

`tr` is `QCoreApplication.translate` (so `lupdate`/`pyside6-lupdate` finds the strings
and an installed QTranslator, e.g. the Italian one, applies to them). `tr` never imports
Qt itself: a translator can only be installed by a process that has loaded QtCore, so
until then the English text is the translation. Commands that need no Qt (``validate``,
``schema``, ``new``…) stay quick, and the model never touches Qt.
"""

from __future__ import annotations

import sys


def tr(context: str, text: str) -> str:
    """``text`` in the user's language (English when no translation is installed)."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return text
    return qt_core.QCoreApplication.translate(context, text)
