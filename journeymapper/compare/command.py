"""The ``diff`` and ``merge`` sub-commands (no Qt, no reportlab).

Exit codes follow ``diff(1)`` and git's merge drivers:

- ``diff``: 0 the maps are the same, 1 they differ, 2 trouble (a file that cannot be read or
  is not a valid map, bad arguments); ``diff --textconv``: 0, also for a readable file that is
  not a valid map (shown raw after its problems, so ``git diff`` keeps working), 2 for a file
  that cannot be read;
- ``merge``: 0 merged without conflicts, 1 merged with conflicts (OURS kept for those, and
  they are recorded in the written map), 2 trouble (nothing is written).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

from ..i18n import tr

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_CONFLICTS = 1
EXIT_TROUBLE = 2

COMMANDS = ("diff", "merge")


def add_parsers(sub: Any) -> None:
    """Add ``diff`` and ``merge`` to the command line's sub-parsers."""
    p = sub.add_parser(
        "diff",
        help=tr(
            "compare", "what changed between two maps, by meaning (0 same, 1 differ, 2 trouble)"
        ),
        description=tr(
            "compare",
            "Compare OLD and NEW part by part (matched by id). With --textconv, print one "
            "map as stable text for git diff.",
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help=tr("compare", "OLD NEW (or one FILE)"))
    p.add_argument("--json", action="store_true", help=tr("compare", "print the changes as JSON"))
    p.add_argument(
        "--textconv",
        action="store_true",
        help=tr("compare", "print FILE as readable text, one line per part (for git)"),
    )
    p = sub.add_parser(
        "merge",
        help=tr("compare", "three-way merge of maps (0 merged, 1 conflicts, 2 trouble)"),
        description=tr(
            "compare",
            "Join the changes OURS and THEIRS made to BASE. The result is written to OUT, or "
            "over OURS (as git's merge driver expects).",
        ),
    )
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument(
        "-o", "--output", metavar="OUT", help=tr("compare", "file to write (default: OURS)")
    )


def run(ns: argparse.Namespace) -> int:
    """Run ``diff`` or ``merge`` from parsed arguments; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # a terminal that cannot show "→" or a name's letters gets \uXXXX, not a traceback
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    if ns.command == "merge":
        return run_merge(ns.base, ns.ours, ns.theirs, ns.output)
    return run_diff(ns.files, as_json=ns.json, textconv=ns.textconv)


def _error(text: str) -> int:
    print(f"journeymapper: {text}", file=sys.stderr)
    return EXIT_TROUBLE


def _load_all(paths: list[str]) -> list[Any] | None:
    """The maps, or None after printing every problem of every file that cannot be used."""
    from ..io import load
    from ..model import DocumentError

    docs: list[Any] = []
    failed = False
    for path in paths:
        try:
            docs.append(load(path))
        except DocumentError as exc:
            failed = True
            for line in exc.lines(path):
                print(line, file=sys.stderr)
    return None if failed else docs


def _textconv(path: str, to_text: Any) -> int:
    """Print a map as text for git. A file that is not a valid map but can be read is shown
    as its problems (lines starting with ``#``) and its raw text, and the exit status is 0,
    so that ``git diff`` still works on it; a file that cannot be read at all is trouble."""
    from ..io import loads
    from ..io.load import read_bytes
    from ..model import DocumentError

    try:
        data = read_bytes(path)
    except DocumentError as exc:
        for line in exc.lines(path):
            print(line, file=sys.stderr)
        return EXIT_TROUBLE
    try:
        doc = loads(data, path)
    except DocumentError as exc:
        for line in exc.lines(path):
            print(line, file=sys.stderr)
        header = tr("compare", "not a valid journey map")
        sys.stdout.write("".join(f"# {header}: {p}\n" for p in exc.problems))
        sys.stdout.write(data.decode("utf-8", errors="replace"))
        return EXIT_SAME
    sys.stdout.write(to_text(doc))
    return EXIT_SAME


def run_diff(files: list[str], as_json: bool = False, textconv: bool = False) -> int:
    from .diff import diff
    from .text import describe, summary_line
    from .text import textconv as to_text

    if textconv:
        if len(files) != 1 or as_json:
            return _error(tr("compare", "diff --textconv takes one FILE (and no --json)"))
        return _textconv(files[0], to_text)
    if len(files) != 2:
        return _error(tr("compare", "diff takes two files: OLD NEW"))
    docs = _load_all(files)
    if docs is None:
        return EXIT_TROUBLE
    old, new = docs
    changes = diff(old, new)
    if as_json:
        print(json.dumps(changes.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in describe(changes, old, new):
            print(line)
        print(summary_line(changes))
    return EXIT_SAME if changes.equal else EXIT_DIFFERENT


def _is_empty_file(path: str) -> bool:
    try:
        return Path(path).is_file() and Path(path).stat().st_size == 0
    except (OSError, ValueError):
        return False


def run_merge(base: str, ours: str, theirs: str, output: str | None) -> int:
    from ..io import SaveError, save
    from .merge import merge
    from .text import describe_conflict

    target = Path(output if output is not None else ours)
    # git gives an empty BASE when both branches added the file: a merge without a base
    no_base = _is_empty_file(base)
    docs = _load_all([ours, theirs] if no_base else [base, ours, theirs])
    if docs is None:
        return EXIT_TROUBLE
    if no_base:
        docs.insert(0, None)
    result = merge(*docs)
    try:
        save(result.doc, target)
    except SaveError as exc:
        return _error(str(exc))
    for conflict in result.conflicts:
        print(describe_conflict(conflict, *(d for d in (docs[2], docs[0], docs[1]) if d)))
    if result.conflicts:
        print(
            tr(
                "compare",
                "{0} conflicts: ours kept for them, listed in the map under extensions[{1}]; "
                "wrote {2}",
            ).format(len(result.conflicts), json.dumps("journeymapper.conflicts"), target)
        )
        return EXIT_CONFLICTS
    print(tr("compare", "merged without conflicts; wrote {0}").format(target))
    return EXIT_SAME
