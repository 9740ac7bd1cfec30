"""The JSON Schema shipped in resources/schema is generated from the model and kept in sync."""

from __future__ import annotations

import json

from journeymapper.io import json_schema, schema_text
from journeymapper.io.schema import SCHEMA_FILE_NAME
from journeymapper.model import SCHEMA_VERSION, Channel, LaneKind
from journeymapper.resources import resource_path

REGENERATE = (
    "the shipped schema is out of date; regenerate it with\n"
    "    journeymapper schema > resources/schema/journeymapper-1.schema.json"
)


def test_shipped_schema_is_in_sync() -> None:
    path = resource_path("schema", SCHEMA_FILE_NAME)
    assert path.is_file(), REGENERATE
    assert path.read_text(encoding="utf-8") == schema_text(), REGENERATE


def test_file_name_carries_the_schema_version() -> None:
    assert f"journeymapper-{SCHEMA_VERSION}.schema.json" == SCHEMA_FILE_NAME
    assert SCHEMA_FILE_NAME == "journeymapper-1.schema.json"


def test_schema_declares_draft_2020_12() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert next(iter(schema)) == "$schema"
    shipped = json.loads(resource_path("schema", SCHEMA_FILE_NAME).read_text(encoding="utf-8"))
    assert shipped["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_text_is_pretty_and_ends_with_a_newline() -> None:
    text = schema_text()
    assert text.endswith("}\n")
    assert json.loads(text) == json_schema()
    assert text.split("\n")[1].startswith('  "')


def test_schema_describes_the_contract() -> None:
    schema = json_schema()
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert {"format", "schema_version", "title", "stages", "lanes"} <= set(schema["required"])
    props = schema["properties"]
    assert props["format"]["const"] == "journeymapper"
    assert props["schema_version"]["const"] == 1
    assert props["title"]["minLength"] == 1 and props["title"]["maxLength"] == 200
    assert props["stages"]["minItems"] == 1 and props["lanes"]["minItems"] == 1
    assert "extensions" in props
    defs = json.dumps(schema["$defs"])
    for channel in Channel:
        assert f'"{channel.value}"' in defs
    for kind in LaneKind:
        assert f'"{kind.value}"' in defs
    assert schema["$defs"]["Card"]["additionalProperties"] is False
    score = schema["$defs"]["EmotionPoint"]["properties"]["score"]
    assert score["minimum"] == -5 and score["maximum"] == 5
