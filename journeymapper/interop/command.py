"""``journeymapper import`` and the ``.csv`` / ``.mmd`` / ``.ojf`` side of ``export``.

No Qt and no reportlab: these commands draw nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..i18n import tr
from ..io.paths import same_file
from . import CSV_LAYOUTS as LAYOUTS
from . import EXPORT_SUFFIXES, FORMATS, InteropError, export_bytes, import_file

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
COMMANDS = ("import",)


def add_parser(sub: Any) -> None:
    """The ``import`` sub-command's arguments."""
    p = sub.add_parser(
        "import",
        help=tr("cli", "make a journey map from an .ojf, Mermaid journey or CSV file"),
    )
    p.add_argument("input", metavar="IN")
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT", help=tr("cli", "the map to write")
    )
    p.add_argument(
        "--from",
        dest="source_format",
        choices=FORMATS,
        help=tr("cli", "the format of IN (default: from its suffix)"),
    )
    p.add_argument("--force", action="store_true", help=tr("cli", "overwrite OUT if it exists"))
    p.add_argument(
        "--csv-layout",
        choices=LAYOUTS,
        help=tr("cli", "the shape of a CSV file (default: from its header)"),
    )


def run(ns: argparse.Namespace) -> int:
    """Run ``journeymapper import``; never a traceback for bad input."""
    from ..io import SaveError, save

    source, target = Path(ns.input), Path(ns.output)
    if same_file(source, target):
        print(
            f"journeymapper: {ns.output}: "
            + tr("cli", "the output would replace the file being imported"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if target.exists() and not ns.force:
        print(
            f"journeymapper: {ns.output}: " + tr("cli", "file exists; use --force to overwrite it"),
            file=sys.stderr,
        )
        return EXIT_INVALID
    try:
        result = import_file(source, ns.source_format, ns.csv_layout)
    except InteropError as exc:
        print(exc.line(ns.input), file=sys.stderr)
        return EXIT_INVALID
    for warning in result.warnings:
        print(warning.line(ns.input), file=sys.stderr)
    try:
        save(result.doc, target)
    except SaveError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(tr("cli", "wrote") + f" {ns.output}")
    return EXIT_OK


def export(ns: argparse.Namespace) -> int:
    """``journeymapper export MAP -o OUT.csv|OUT.mmd|OUT.ojf``."""
    from ..io import SaveError, load, write_atomic
    from ..model import DocumentError

    fmt = EXPORT_SUFFIXES[Path(ns.output).suffix.lower()]
    if same_file(Path(ns.file), Path(ns.output)):
        print(
            f"journeymapper: {ns.output}: " + tr("cli", "the output would replace the map"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        doc = load(ns.file)
    except DocumentError as exc:
        for line in exc.lines(ns.file):
            print(line, file=sys.stderr)
        return EXIT_INVALID
    data, warnings = export_bytes(doc, fmt)
    for warning in warnings:
        print(warning.line(ns.file), file=sys.stderr)
    try:
        write_atomic(ns.output, data)
    except SaveError as exc:
        print(f"journeymapper: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(tr("cli", "wrote") + f" {ns.output}")
    return EXIT_OK
