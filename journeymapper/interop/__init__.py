"""Other formats: Ptolemy's Open Journey Format, Mermaid ``journey`` and CSV.

Qt-free and reportlab-free. `import_file` reads a file into a valid map and lists every loss
or guess as a `ConversionWarning` (``IN:LINE: message``); `export_bytes` writes a map in
one of the formats with the same kind of warnings. Imported text is data: nothing in it is
executed or fetched.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model import JourneyMap
from .common import (
    MAX_IMPORT_BYTES,
    ConversionWarning,
    ImportResult,
    InteropError,
    read_source,
)

FORMATS = ("ojf", "mermaid", "csv")
#: File suffixes and the format each one means.
SUFFIXES = {".ojf": "ojf", ".mmd": "mermaid", ".mermaid": "mermaid", ".md": "mermaid",
            ".markdown": "mermaid", ".csv": "csv"}  # fmt: skip
#: The shapes of CSV sheets `csv_io` reads (named here, so that building the command line's
#: parser does not load the CSV reader).
CSV_LAYOUTS = ("full", "simple", "grid", "steps")
#: Suffixes an export chooses its format by.
EXPORT_SUFFIXES = {".ojf": "ojf", ".mmd": "mermaid", ".mermaid": "mermaid", ".csv": "csv"}

__all__ = [
    "CSV_LAYOUTS",
    "EXPORT_SUFFIXES",
    "FORMATS",
    "MAX_IMPORT_BYTES",
    "SUFFIXES",
    "ConversionWarning",
    "ImportResult",
    "InteropError",
    "export_bytes",
    "format_of",
    "import_bytes",
    "import_file",
]


def _title_from(path: Path) -> str:
    name = path.name
    for suffix in (*SUFFIXES, ".txt"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name.replace("_", " ").replace("-", " ").strip()


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format a file's suffix names (``ojf``, ``mermaid``, ``csv``), or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def import_bytes(
    data: bytes,
    fmt: str,
    markdown: bool = False,
    csv_layout: str | None = None,
    fallback_title: str = "",
) -> ImportResult:
    """A map from bytes in the given format; `InteropError` when nothing usable is there."""
    from . import csv_io, mermaid, ojf

    try:
        if fmt == "ojf":
            return ojf.import_ojf(data, fallback_title)
        if fmt == "mermaid":
            return mermaid.import_mermaid(data, markdown, fallback_title)
        if fmt == "csv":
            return csv_io.import_csv(data, csv_layout, fallback_title)
    except RecursionError:
        raise InteropError("1", "the file is nested too deeply to read") from None
    raise InteropError("1", f"unknown format “{fmt}” (ojf, mermaid or csv)")


def import_file(
    path: str | os.PathLike[str], fmt: str | None = None, csv_layout: str | None = None
) -> ImportResult:
    """A map from a file; the format from ``fmt`` or the file's suffix."""
    p = Path(path)
    fmt = fmt or format_of(p)
    if fmt is None:
        raise InteropError("1", "cannot tell the format from the file name; choose one with --from")
    markdown = fmt == "mermaid" and p.suffix.lower() in (".md", ".markdown")
    return import_bytes(read_source(p), fmt, markdown, csv_layout, _title_from(p))


def export_bytes(doc: JourneyMap, fmt: str) -> tuple[bytes, list[ConversionWarning]]:
    """``doc`` in the given format, and what the format could not hold."""
    from . import csv_io, mermaid, ojf

    if fmt == "ojf":
        return ojf.export_ojf(doc)
    if fmt == "mermaid":
        return mermaid.export_mermaid(doc)
    if fmt == "csv":
        return csv_io.export_csv(doc)
    raise InteropError("1", f"unknown format “{fmt}” (ojf, mermaid or csv)")
