"""Field checks of the file format that need no document classes (pydantic-core only).

The document classes (`document`) attach them to their fields, and the ahead-of-time core
schema (`_core_schema`, used by `fastcheck`) refers to them by name.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pydantic_core import PydanticCustomError

_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


def check_date(value: str) -> str:
    """``value`` when it is a calendar date written ``YYYY-MM-DD``."""
    # YYYY-MM-DD only (fromisoformat alone would also take 20240930 and week dates)
    try:
        ok = len(value) == 10 and value[4] == value[7] == "-" and bool(date.fromisoformat(value))
    except ValueError:
        ok = False
    if not ok:
        raise PydanticCustomError(
            "iso_date", "not a date: write it as YYYY-MM-DD, for example 2024-09-30"
        )
    return value


def check_datetime(value: str) -> str:
    """``value`` when it is an ISO 8601 date with an optional time."""
    try:
        ok = bool(_ISO_DATETIME.match(value)) and datetime.fromisoformat(value) is not None
    except ValueError:
        ok = False
    if not ok:
        raise PydanticCustomError(
            "iso_datetime",
            "not a date and time: write it as YYYY-MM-DDTHH:MM, for example 2024-09-30T14:05",
        )
    return value
