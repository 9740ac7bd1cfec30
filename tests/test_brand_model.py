"""The client's brand in the file: documented fields, checked references, repairs."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from imagebytes import asset, png_bytes

from journeymapper.io import dumps, loads
from journeymapper.model import DocumentError
from journeymapper.model.document import Palette, Typeface
from journeymapper.model.repair import repair


def branded() -> dict[str, Any]:
    return {
        "format": "journeymapper",
        "schema_version": 2,
        "title": "Bike rental",
        "client": "Acme Bikes",
        "author": "Studio Nord",
        "stages": [{"id": "s1", "name": "Find"}],
        "lanes": [{"id": "l1", "name": "Pain points", "kind": "cards"}],
        "cards": [{"id": "c1", "stage": "s1", "lane": "l1", "title": "No bike"}],
        "assets": [asset("img-logo", png_bytes(8, 4))],
        "brand": {
            "name": "Acme",
            "logo": "img-logo",
            "accent": "#0B6E4F",
            "typeface": "serif",
            "palette": "high-contrast",
        },
    }


def test_a_brand_round_trips_and_keeps_its_logo() -> None:
    doc = loads(json.dumps(branded()))
    assert doc.client == "Acme Bikes" and doc.author == "Studio Nord"
    assert doc.brand is not None
    assert doc.brand.typeface is Typeface.SERIF
    assert doc.brand.palette is Palette.HIGH_CONTRAST
    again = loads(dumps(doc))
    assert again == doc
    assert [a.id for a in again.assets] == ["img-logo"]  # the logo is a used image


def test_a_missing_logo_is_reported_at_its_path() -> None:
    data = branded()
    data["brand"]["logo"] = "img-gone"
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    [problem] = info.value.problems
    assert problem.path == "$.brand.logo"
    assert "img-gone" in problem.message and "does not exist" in problem.message


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("accent", "green", "#RRGGBB"),
        ("typeface", "comic", "serif"),
        ("palette", "neon", "colour-blind-safe"),
    ],
)
def test_bad_brand_fields_are_named(field: str, value: str, words: str) -> None:
    data = branded()
    data["brand"][field] = value
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    [problem] = info.value.problems
    assert problem.path == f"$.brand.{field}"
    assert value in problem.message


def test_repair_drops_a_bad_logo_reference_and_says_so() -> None:
    data = branded()
    data["brand"]["logo"] = "img-gone"
    doc, changes = repair(copy.deepcopy(data))
    assert doc.brand is not None and doc.brand.logo is None
    assert doc.brand.accent == "#0B6E4F"  # the rest of the brand stays
    assert [c.path for c in changes] == ["$.brand.logo"]
    assert "img-gone" in changes[0].message


def test_repair_of_a_corrupt_logo_image_drops_the_image_and_the_reference() -> None:
    data = branded()
    data["assets"][0]["data"] = "not base64!"
    doc, changes = repair(copy.deepcopy(data))
    assert doc.brand is not None and doc.brand.logo is None and doc.assets == []
    assert [c.path for c in changes] == ["$.assets[0]", "$.brand.logo"]


def test_repair_resets_bad_brand_fields_and_a_brand_that_is_no_object() -> None:
    data = branded()
    data["brand"]["accent"] = "green"
    doc, changes = repair(copy.deepcopy(data))
    assert doc.brand is not None and doc.brand.accent is None
    assert doc.brand.logo == "img-logo"
    assert [c.path for c in changes] == ["$.brand.accent"]
    data["brand"] = "Acme"
    doc, changes = repair(copy.deepcopy(data))
    assert doc.brand is None
    assert [c.path for c in changes] == ["$.brand"]
