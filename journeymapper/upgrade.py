"""``journeymapper upgrade FILE...``: bring map files to the current format version.

Each file is read, upgraded and validated, then written in place atomically; the
original is kept beside it as ``NAME.journey.json.bak``. A file already at the current
version is left untouched. One line per file; exit 0 when every file is fine, 1 when
one could not be read, upgraded or written, 2 for usage errors (argparse).

Draws nothing, so it imports neither Qt nor reportlab.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .i18n import tr

EXIT_OK = 0
EXIT_INVALID = 1


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``upgrade`` sub-command's arguments."""
    p = sub.add_parser(
        "upgrade",
        help=tr("cli", "upgrade map files to the current format in place, keeping a .bak copy"),
    )
    p.add_argument("files", nargs="+", metavar="FILE")


def upgrade_file(path: str | Path) -> tuple[int, int]:
    """Upgrade one file in place (original kept as ``.bak``); (old version, new version).

    Raises `DocumentError` when the file cannot be read or is not a valid map, and
    `SaveError` when it cannot be written; the file is unchanged in both cases.
    """
    from .io.load import loads_versioned, read_bytes
    from .io.save import save

    data = read_bytes(path)
    doc, version = loads_versioned(data, str(path))
    if version < doc.schema_version:
        save(doc, path, backup=True)
    return version, doc.schema_version


def run(ns: argparse.Namespace) -> int:
    """Upgrade every file named; one line per file on standard output."""
    from .io.save import SaveError, backup_path
    from .model import DocumentError

    status = EXIT_OK
    for name in ns.files:
        try:
            old, new = upgrade_file(name)
        except DocumentError as exc:
            status = EXIT_INVALID
            for line in exc.lines(name):
                print(line)
            continue
        except SaveError as exc:
            status = EXIT_INVALID
            print(f"{name}: " + tr("cli", "not upgraded: {0}").format(exc.message))
            continue
        if old == new:
            print(f"{name}: " + tr("cli", "already format version {0}").format(new))
        else:
            text = tr("cli", "upgraded from format version {0} to {1} (original kept as {2})")
            print(f"{name}: " + text.format(old, new, backup_path(name).name))
    return status
