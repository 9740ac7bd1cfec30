"""The JSON Schema (Draft 2020-12) of the file format, generated from the model."""

from __future__ import annotations

import json
from typing import Any

from ..model import SCHEMA_VERSION, JourneyMap

SCHEMA_FILE_NAME = f"journeymapper-{SCHEMA_VERSION}.schema.json"


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
            "different cards. Those cross-reference rules are checked by "
            "`journeymapper validate`, beyond what this schema can say."
        ),
    }


def schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
