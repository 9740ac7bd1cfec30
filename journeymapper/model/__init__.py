"""The journey document (no Qt here: a test enforces it)."""

from .document import (
    FORMAT_NAME,
    ONLINE_CHANNELS,
    SCHEMA_VERSION,
    Card,
    Channel,
    Connection,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)
from .errors import DocumentError, Problem, UnsupportedVersionError
from .migrations import MIGRATIONS, migrate, migration
from .validation import check_document, document_problems, validate_document

__all__ = [
    "FORMAT_NAME",
    "MIGRATIONS",
    "ONLINE_CHANNELS",
    "SCHEMA_VERSION",
    "Card",
    "Channel",
    "Connection",
    "DocumentError",
    "EmotionPoint",
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
