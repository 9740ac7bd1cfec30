"""The loader's reasons (journeymapper.io, model) in the interface's language.

The loader writes its problems in English (the command line prints them as they are, and
scripts read them). The window shows the common ones translated: each fixed sentence frame
is recognised here and rebuilt through `tr` with the same values; anything else is shown
as the loader wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..i18n import tr
from ..model import Problem


def _json_reason(reason: str) -> str:
    cut = " (the file seems to be cut off)"
    tail = ""
    if reason.endswith(cut):
        reason, tail = reason[: -len(cut)], " " + tr("load", "(the file seems to be cut off)")
    known = {  # the English of Python's json module, as the CLI prints it
        "Expecting value": tr("load", "Expecting value"),
        "Expecting property name enclosed in double quotes": tr(
            "load", "Expecting property name enclosed in double quotes"
        ),
        "Expecting ',' delimiter": tr("load", "Expecting ',' delimiter"),
        "Expecting ':' delimiter": tr("load", "Expecting ':' delimiter"),
        "Extra data": tr("load", "Extra data"),
    }
    for english, translated in known.items():
        if reason == english or reason.startswith(english + ":"):
            reason = translated + reason[len(english) :]
            break
    return reason + tail


#: (the loader's English frame, its translation from the frame's values)
_FRAMES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"not valid JSON at line (\d+), column (\d+): (.*)", re.S),
        lambda m: tr("load", "not valid JSON at line {0}, column {1}: {2}").format(
            m[1], m[2], _json_reason(m[3])
        ),
    ),
    (
        re.compile(r"not valid JSON: (.*)", re.S),
        lambda m: tr("load", "not valid JSON: {0}").format(_json_reason(m[1])),
    ),
    (re.compile(r"the file is empty"), lambda m: tr("load", "the file is empty")),
    (re.compile(r"no such file"), lambda m: tr("load", "no such file")),
    (
        re.compile(r"permission denied: the file cannot be read"),
        lambda m: tr("load", "permission denied: the file cannot be read"),
    ),
    (
        re.compile(r"this is a folder, not a journey map file"),
        lambda m: tr("load", "this is a folder, not a journey map file"),
    ),
    (
        re.compile(r"the file is too large \((\d+) MB\); journey maps are limited to (\d+) MB"),
        lambda m: tr(
            "load", "the file is too large ({0} MB); journey maps are limited to {1} MB"
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"the file is larger than the (\d+) MB limit"),
        lambda m: tr("load", "the file is larger than the {0} MB limit").format(m[1]),
    ),
    (
        re.compile(
            r"the file is not valid UTF-8 text \(byte (\d+), line (\d+)\); "
            r"journey maps are saved as UTF-8"
        ),
        lambda m: tr(
            "load",
            "the file is not valid UTF-8 text (byte {0}, line {1}); journey maps are saved "
            "as UTF-8",
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"a journey map must be a JSON object, not (.*)"),
        lambda m: tr("load", "a journey map must be a JSON object, not {0}").format(m[1]),
    ),
    (
        re.compile(
            r"this is not a journeymapper document \(no 'format' field; expected \"(.*)\"\)"
        ),
        lambda m: tr(
            "load", "this is not a journeymapper document (no 'format' field; expected \"{0}\")"
        ).format(m[1]),
    ),
    (
        re.compile(r"this is not a journeymapper document \('format' is (.*); expected \"(.*)\"\)"),
        lambda m: tr(
            "load", "this is not a journeymapper document ('format' is {0}; expected \"{1}\")"
        ).format(m[1], m[2]),
    ),
    (
        re.compile(
            r"this map was saved in format version (\d+), newer than this program reads "
            r"\(version (\d+)\); update journeymapper to open it"
        ),
        lambda m: tr(
            "load",
            "this map was saved in format version {0}, newer than this program reads "
            "(version {1}); update journeymapper to open it",
        ).format(m[1], m[2]),
    ),
    (
        re.compile(
            r"format version (-?\d+) does not exist; this program reads versions (\d+) to (\d+)"
        ),
        lambda m: tr(
            "load", "format version {0} does not exist; this program reads versions {1} to {2}"
        ).format(m[1], m[2], m[3]),
    ),
]


def translated_message(message: str) -> str:
    """``message`` (a loader's reason) in the interface's language when it is a known frame."""
    for pattern, build in _FRAMES:
        match = pattern.fullmatch(message)
        if match:
            return build(match)
    return message


def problem_line(problem: Problem) -> str:
    """``$.path: reason``, the reason translated when it can be."""
    return f"{problem.path}: {translated_message(problem.message)}"
