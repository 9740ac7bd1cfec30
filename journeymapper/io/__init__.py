"""Loading, saving and describing journey map files."""

from .load import MAX_FILE_BYTES, load, loads
from .save import SaveError, dumps, save, write_atomic
from .schema import json_schema, schema_text

__all__ = [
    "MAX_FILE_BYTES",
    "SaveError",
    "dumps",
    "json_schema",
    "load",
    "loads",
    "save",
    "schema_text",
    "write_atomic",
]
