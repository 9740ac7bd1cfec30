"""The JSON Schema shipped in resources/schema is generated from the model and kept in sync."""

from __future__ import annotations

import json

from journeymapper.io import json_schema, schema_text
from journeymapper.io.schema import SCHEMA_FILE_NAME
from journeymapper.model import SCHEMA_VERSION, Channel, LaneKind
from journeymapper.resources import resource_path

REGENERATE = (
    "the shipped schema is out of date; regenerate it with\n"
    "    journeymapper schema > resources/schema/journeymapper-2.schema.json"
)


def test_shipped_schema_is_in_sync() -> None:
    path = resource_path("schema", SCHEMA_FILE_NAME)
    assert path.is_file(), REGENERATE
    assert path.read_text(encoding="utf-8") == schema_text(), REGENERATE


def test_file_name_carries_the_schema_version() -> None:
    assert f"journeymapper-{SCHEMA_VERSION}.schema.json" == SCHEMA_FILE_NAME
    assert SCHEMA_FILE_NAME == "journeymapper-2.schema.json"


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
    assert props["schema_version"]["const"] == 2
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


#: The version-1 schema as published; it must never change (tools still write version 1).
V1_SCHEMA_SHA256 = "e7f078ca6a672e44a254791bcd3a3391fad1619253af1681d62bf9e7a28af7fa"


def test_version_one_schema_stays_shipped_unchanged() -> None:
    from hashlib import sha256

    from journeymapper.io.schema import OLDER_SCHEMA_FILE_NAMES

    assert OLDER_SCHEMA_FILE_NAMES == ("journeymapper-1.schema.json",)
    path = resource_path("schema", "journeymapper-1.schema.json")
    assert sha256(path.read_bytes()).hexdigest() == V1_SCHEMA_SHA256
    v1 = json.loads(path.read_text(encoding="utf-8"))
    assert v1["properties"]["schema_version"]["const"] == 1
    assert "assets" not in v1["properties"]
    shipped = sorted(p.name for p in resource_path("schema").glob("*.schema.json"))
    assert shipped == ["journeymapper-1.schema.json", "journeymapper-2.schema.json"]


def test_schema_describes_the_version_two_fields() -> None:
    from journeymapper.model import CardKind, EvidenceSource

    schema = json_schema()
    defs = schema["$defs"]
    card = defs["Card"]["properties"]
    assert {"kind", "evidence", "comments", "image"} <= set(card)
    assert set(defs["CardKind"]["enum"]) == {k.value for k in CardKind}
    assert set(defs["EvidenceSource"]["enum"]) == {s.value for s in EvidenceSource}
    assert defs["Evidence"]["required"] == ["id", "source", "title"]
    assert defs["Evidence"]["additionalProperties"] is False
    assert "format" in json.dumps(defs["Evidence"]["properties"]["date"])
    assert defs["Comment"]["required"] == ["id", "text"]
    persona = defs["Persona"]["properties"]
    assert {"role", "goals", "frustrations", "quote", "photo"} <= set(persona)
    asset = defs["Asset"]
    assert asset["required"] == ["id", "name", "media_type", "data"]
    assert set(asset["properties"]["media_type"]["enum"]) == {"image/png", "image/jpeg"}
    assert "assets" in schema["properties"] and "assets" not in schema["required"]
