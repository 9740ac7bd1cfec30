"""The importers on random input: a map or an `InteropError`, never anything else."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.interop import InteropError, import_bytes
from journeymapper.interop.csv_io import export_csv, import_csv
from journeymapper.io import dumps, loads
from journeymapper.model import check_document
from journeymapper.templates import load_template

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(data: bytes, fmt: str, **options: object) -> None:
    try:
        result = import_bytes(data, fmt, **options)  # type: ignore[arg-type]
    except InteropError as exc:
        assert exc.message and exc.where
        return
    # whatever came out is a valid map that saves and loads again
    assert check_document(result.doc) == []
    assert loads(dumps(result.doc)) == result.doc
    for warning in result.warnings:
        assert warning.where and warning.message


@pytest.mark.parametrize("fmt", ["ojf", "mermaid", "csv"])
@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes(fmt: str, data: bytes) -> None:
    _check(data, fmt)


MERMAID_BITS = st.sampled_from(
    [
        "journey",
        "title ",
        "section ",
        "accTitle: ",
        "accDescr {",
        "}",
        "%%",
        "%%{init}%%",
        "---",
        ":",
        ";",
        "#",
        "#35;",
        "#9999999;",
        ",",
        " 3",
        "5",
        "-1",
        "x",
        "\n",
        "\t",
        "é",
        "<br>",
        "\x00",
        "\x01",
    ]
)


@FUZZ
@given(st.lists(MERMAID_BITS, max_size=60), st.booleans())
def test_mermaid_shaped_text(bits: list[str], markdown: bool) -> None:
    text = "".join(bits)
    if markdown:
        text = "# x\n```mermaid\n" + text + "\n```\n"
    _check(text.encode(), "mermaid", markdown=markdown)


CSV_BITS = st.sampled_from(
    [
        "type",
        "stage",
        "lane",
        "title",
        "card",
        "emotion",
        "connection",
        "persona",
        "map",
        "score",
        "kind",
        "extra",
        "Stage",
        "Emotion",
        ",",
        ";",
        '"',
        "\n",
        "\r\n",
        "-3",
        "9",
        "felice",
        "=1+1",
        "'",
        "{}",
        '{"goals": 1}',
        "#fff",
        "Pain points",
        "",
        "x",
    ]
)


@FUZZ
@given(st.lists(CSV_BITS, max_size=80), st.sampled_from([None, "full", "simple", "grid", "steps"]))
def test_csv_shaped_text(bits: list[str], layout: str | None) -> None:
    _check("".join(bits).encode(), "csv", csv_layout=layout)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@FUZZ
@given(
    stages=st.lists(JSONISH | st.fixed_dictionaries({"id": st.text(max_size=3), "name": JSONISH})),
    nodes=st.lists(
        st.fixed_dictionaries(
            {"stageId": st.sampled_from(["s", "t", "", 1]), "title": JSONISH},
            optional={
                "score": JSONISH,
                "blueprint": JSONISH,
                "tags": JSONISH,
                "iconColor": JSONISH,
                "purpose": JSONISH,
                "swimlaneId": JSONISH,
            },
        ),
        max_size=6,
    ),
    extra=JSONISH,
)
def test_ojf_shaped_json(stages: list[object], nodes: list[object], extra: object) -> None:
    doc = {"stages": [{"id": "s", "name": "S"}, *stages], "nodes": nodes, "extra": extra}
    _check(json.dumps(doc).encode(), "ojf")


@FUZZ
@given(
    title=st.text(min_size=1, max_size=30).filter(str.strip),
    body=st.text(max_size=30),
    tags=st.lists(st.text(min_size=1, max_size=10), max_size=3),
)
def test_csv_round_trip_of_any_card_text(title: str, body: str, tags: list[str]) -> None:
    doc = load_template("awareness-to-loyalty-en")
    card = doc.cards[0].model_copy(update={"title": title, "body": body or None, "tags": tags})
    doc = doc.model_copy(update={"cards": [card, *doc.cards[1:]]})
    assert import_csv(export_csv(doc)[0]).doc.cards[0] == card
