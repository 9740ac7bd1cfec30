"""The journey document (no Qt here: a test enforces it).

The names below are imported on first use (PEP 562), so that a light part of the package
(`errors`, `assets`, `references`, `fastcheck`) can be used without importing pydantic's
`BaseModel` and building the document classes: ``journeymapper validate`` of a valid file
never needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import (
        FORMAT_NAME,
        MEDIA_TYPES,
        ONLINE_CHANNELS,
        SCHEMA_VERSION,
        Asset,
        Card,
        CardKind,
        Channel,
        Comment,
        Connection,
        EmotionPoint,
        Evidence,
        EvidenceSource,
        JourneyMap,
        Lane,
        LaneKind,
        Persona,
        Stage,
    )
    from .errors import DocumentError, Problem, UnsupportedVersionError
    from .migrations import MIGRATIONS, migrate, migration
    from .validation import check_document, document_problems, validate_document

#: each public name → the submodule that defines it
_HOME = {
    **dict.fromkeys(
        (
            "FORMAT_NAME",
            "MEDIA_TYPES",
            "ONLINE_CHANNELS",
            "SCHEMA_VERSION",
            "Asset",
            "Card",
            "CardKind",
            "Channel",
            "Comment",
            "Connection",
            "EmotionPoint",
            "Evidence",
            "EvidenceSource",
            "JourneyMap",
            "Lane",
            "LaneKind",
            "Persona",
            "Stage",
        ),
        "document",
    ),
    **dict.fromkeys(("DocumentError", "Problem", "UnsupportedVersionError"), "errors"),
    **dict.fromkeys(("MIGRATIONS", "migrate", "migration"), "migrations"),
    **dict.fromkeys(("check_document", "document_problems", "validate_document"), "validation"),
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # (plain relative imports: the safety scan allows no importlib in the sources)
    if home == "document":
        from . import document as module
    elif home == "errors":
        from . import errors as module
    elif home == "migrations":
        from . import migrations as module
    else:
        from . import validation as module
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "FORMAT_NAME",
    "MEDIA_TYPES",
    "MIGRATIONS",
    "ONLINE_CHANNELS",
    "SCHEMA_VERSION",
    "Asset",
    "Card",
    "CardKind",
    "Channel",
    "Comment",
    "Connection",
    "DocumentError",
    "EmotionPoint",
    "Evidence",
    "EvidenceSource",
    "JourneyMap",
    "Lane",
    "LaneKind",
    "Persona",
    "Problem",
    "Stage",
    "UnsupportedVersionError",
    "check_document",
    "document_problems",
    "migrate",
    "migration",
    "validate_document",
]
