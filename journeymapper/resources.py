"""The one loader for resources (templates, fonts, schema, translations) and icons.

They live at the top of the repository (``resources/``, ``icons/``). A wheel carries them
inside the package as ``journeymapper/_resources`` and ``journeymapper/_icons``; a frozen
bundle puts them beside the executable's data (``sys._MEIPASS``). The same call finds
them in all three cases.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / name)
    found.append(_PACKAGE_DIR / f"_{name}")  # installed wheel
    found.append(_PACKAGE_DIR.parent / name)  # source checkout (and editable install)
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
