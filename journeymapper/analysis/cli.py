"""``journeymapper insights FILE [--json]``: the insights of one map, as text or JSON.

Loads no Qt and no reportlab (nothing is drawn). Exit codes as the other commands: 0 done,
1 the file is not a valid map (one line per problem), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..i18n import tr

EXIT_OK = 0
EXIT_INVALID = 1


def add_parser(sub: Any) -> None:
    """Adds the ``insights`` sub-command to the sub-parsers of ``journeymapper``."""
    p = sub.add_parser(
        "insights",
        help=tr(
            "cli",
            "what the map says: path, emotions, coverage, priorities, evidence "
            "(text, or JSON with --json)",
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "cli",
            "print JSON: one key per section (map, path, emotions, coverage, priorities, "
            "evidence), each finding with the ids of the parts it is about",
        ),
    )


def report(path: str, as_json: bool = False) -> str:
    """The insights of the map at ``path`` as the command prints them (may raise
    `DocumentError`)."""
    from ..io import load
    from .compute import insights

    result = insights(load(path))
    if as_json:
        # no indent: json's C encoder only serves compact output (a 20,000-card map's
        # insights are a few MB); pipe through `python -m json.tool` or jq to read them
        return json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
    from .text import render_text

    return render_text(result)


def run(ns: argparse.Namespace) -> int:
    from ..model import DocumentError

    try:
        text = report(ns.file, ns.json)
    except DocumentError as exc:
        for line in exc.lines(ns.file):
            print(line, file=sys.stderr)
        return EXIT_INVALID
    sys.stdout.write(text)
    return EXIT_OK
