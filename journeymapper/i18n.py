"""Translation of user-facing strings through Qt's translation system.

`tr` is `QCoreApplication.translate` (so `lupdate`/`pyside6-lupdate` finds the strings
and an installed QTranslator, e.g. the Italian one, applies to them). `tr` never imports
Qt itself: a translator can only be installed by a process that has loaded QtCore, so
until then the English text is the translation. Commands that need no Qt (``validate``,
``schema``, ``new``…) stay quick, and the model never touches Qt.

`trn` is the same with a count: the text holds ``%n`` and the translation has one form per
plural (Italian "1 pagina" / "3 pagine"). `translate_to` translates into a named language
whatever the interface language is (a blank map made with ``--locale it``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any

#: languages that have a translation of the interface (English is the source language)
LANGUAGES = ("en", "it")


#: the translator a command-line export uses (`use_language`), else None: the installed ones
_active: Any = None


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _active is not None:
        return _active.translate(context, text, disambiguation, n) or text
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:  # no translator can have been installed
        return text
    return qt_core.QCoreApplication.translate(context, text, disambiguation, n)


def tr(context: str, text: str) -> str:
    """``text`` in the user's language (English when no translation is installed)."""
    return _translate(context, text)


def trn(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """``text`` with ``%n`` replaced by ``n``, in the plural form the language needs.

    The arguments are `QCoreApplication.translate`'s, so that lupdate reads the call as a
    plural message: ``trn("export", "%n page(s)", None, count)``.
    """
    out = _translate(context, text, disambiguation, n)
    if "(s)" in out:  # not translated (English): "1 page", "3 pages"
        out = out.replace("(s)", "" if n == 1 else "s")
    return out.replace("%n", str(n))


def interface_language() -> str:
    """The interface's language code ("en", "it"): the default QLocale, which the app
    sets from Preferences or JOURNEYMAPPER_LANG; English when it has no translation.
    A command that has not loaded Qt reads the same from JOURNEYMAPPER_LANG, else from the
    environment's locale (as Qt does on Linux)."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        name = qt_core.QLocale().name()
    else:
        name = next(
            (
                os.environ[key]
                for key in ("JOURNEYMAPPER_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
                if os.environ.get(key)
            ),
            "en",
        )
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


@cache
def _translator(language: str) -> Any:
    from PySide6.QtCore import QTranslator

    from .resources import resource_path

    translator = QTranslator()
    folder = resource_path("translations")
    if not translator.load(f"journeymapper_{language}", str(folder)):
        return None
    return translator


def translate_to(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` (a code such as "it" or "it-IT"), else unchanged."""
    code = language.replace("-", "_").split("_")[0].lower()
    if code == "en" or code not in LANGUAGES:
        return text
    translator = _translator(code)
    if translator is None:
        return text
    return translator.translate(context, text) or text


def use_language(language: str | None) -> None:
    """From now on `tr` answers in ``language`` ("it"), without a Qt application (the
    command line's exports); None or English: back to the installed translators."""
    global _active
    code = (language or "en").replace("-", "_").split("_")[0].lower()
    _active = _translator(code) if code in LANGUAGES and code != "en" else None


def export_language(map_locale: str | None) -> str:
    """The language a command-line export writes its page text in, as the GUI would:
    JOURNEYMAPPER_LANG when it names a language we have; else the language chosen in
    Preferences; else the system's when we have a translation for it; else (an English
    or unknown system) the map's own locale when we have it; else English.
    Loads QtCore only when JOURNEYMAPPER_LANG does not decide."""

    def code(name: str | None) -> str:
        return (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()

    if code(os.environ.get("JOURNEYMAPPER_LANG")) in LANGUAGES:
        return code(os.environ.get("JOURNEYMAPPER_LANG"))
    from PySide6.QtCore import QLocale, QSettings

    chosen = code(str(QSettings("journeymapper", "journeymapper").value("language", "") or ""))
    if chosen in LANGUAGES:
        return chosen
    system = next((code(n) for n in QLocale.system().uiLanguages() if code(n) in LANGUAGES), "")
    if system and system != "en":
        return system
    return code(map_locale) if code(map_locale) in LANGUAGES else "en"
