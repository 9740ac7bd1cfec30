"""Exports of a journey map: vector PDF (reportlab) and PNG (Qt), from the one layout.

``export_pdf`` needs no Qt; ``export_png`` imports Qt only when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import PAGE_SIZE_CHOICES, PAGE_SIZES, ExportError
from .pdf import export_pdf, plan_export

if TYPE_CHECKING:
    from pathlib import Path


def export_png(*args: Any, **kwargs: Any) -> Path | None:
    """See `journeymapper.export.png.export_png` (imported lazily: it needs Qt)."""
    from .png import export_png as _export_png

    return _export_png(*args, **kwargs)


__all__ = [
    "PAGE_SIZES",
    "PAGE_SIZE_CHOICES",
    "ExportError",
    "export_pdf",
    "export_png",
    "plan_export",
]
