"""The JSON Schema (Draft 2020-12) of the file format, generated from the model."""

from __future__ import annotations

import json
from typing import Any

from ..model import SCHEMA_VERSION, JourneyMap

SCHEMA_FILE_NAME = f"journeymapper-{SCHEMA_VERSION}.schema.json"
#: Schemas of older versions stay shipped, unchanged, for tools that still write them.
OLDER_SCHEMA_FILE_NAMES = tuple(f"journeymapper-{v}.schema.json" for v in range(1, SCHEMA_VERSION))


def json_schema() -> dict[str, Any]:
    schema = JourneyMap.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "journeymapper journey map",
        "description": (
            "A customer-journey map saved by journeymapper (*.journey.json). "
            "Ids are unique across the whole document; cards refer to a stage and a "
            "non-emotion lane; emotion points to an emotion lane; connections link two "
            "different cards; a card's image and a persona's photo refer to an asset. "
            "Asset data must really be a PNG or JPEG image (at most 8,000 px on each side, "
            "5 MB each, 50 MB in all). Those rules are checked by `journeymapper validate`, "
            "beyond what this schema can say. Files of version 1 are upgraded when read."
        ),
    }


def schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
