"""The one loader for resources (templates, fonts, schema, translations), icons and the
desktop-integration files.

They live in the repository as ``resources/``, ``icons/`` and ``packaging/linux/``. A wheel
carries them inside the package as ``journeymapper/_resources``, ``_icons`` and ``_desktop``; a
frozen bundle (PyInstaller, packaging/journeymapper.spec) puts them in its data folder
(``sys._MEIPASS``) as ``resources``, ``icons`` and ``desktop``. The same call finds them in all
three cases.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


#: where a folder lives in a source checkout, when not at the top of the repository
_CHECKOUT = {"desktop": ("packaging", "linux")}


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / name)
    found.append(_PACKAGE_DIR / f"_{name}")  # installed wheel
    # source checkout (and editable install)
    found.append(_PACKAGE_DIR.parent.joinpath(*_CHECKOUT.get(name, (name,))))
    return found


@cache
def _root(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FileNotFoundError(f"journeymapper's {name} folder is missing (looked in {tried})")


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``, e.g. ``resource_path("templates")``."""
    return _root("resources").joinpath(*parts)


def icon_path(name: str) -> Path:
    """The SVG file of an icon by name, e.g. ``icon_path("email")``."""
    return _root("icons") / f"{name}.svg"


def desktop_path(*parts: str) -> Path:
    """A path inside the desktop-integration files (``packaging/linux/`` in a checkout)."""
    return _root("desktop").joinpath(*parts)
