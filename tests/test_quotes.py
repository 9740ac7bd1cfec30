"""Names are quoted once: “Sees an advert”, and a title that already has its own quotation
marks (“Is it really that different?”, "Codice "porta un amico"") is not quoted again, in
`journeymapper diff`, the Differences list, the comparison pages and the insights text."""

from __future__ import annotations

import copy

import pytest
from compare_samples import base_data, doc

from journeymapper.analysis.common import Ref
from journeymapper.analysis.text import name_only, ref
from journeymapper.compare import diff
from journeymapper.compare.text import describe, describe_each
from journeymapper.quotes import quote


@pytest.mark.parametrize(
    "name",
    [
        "\u201cIs it really that different?\u201d",
        '"Codice "porta un amico""',
        "\u00abPorta un amico\u00bb",
        "'single'",
        "\u2018curly single\u2019",
        "\u201eGerman\u201c",
    ],
)
def test_a_quoted_name_is_not_quoted_again(name: str) -> None:
    assert quote(name) == name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Sees an advert", "\u201cSees an advert\u201d"),
        ('Programma "porta un amico"', '\u201cProgramma "porta un amico"\u201d'),
        ("\u201cHalf quoted", "\u201c\u201cHalf quoted\u201d"),
        ('"', '\u201c"\u201d'),  # one mark alone is a name, not a quoted one
        ("", "\u201c\u201d"),
    ],
)
def test_other_names_get_typographic_marks(name: str, shown: str) -> None:
    assert quote(name) == shown


def test_diff_lines_quote_names_and_values_once() -> None:
    b = copy.deepcopy(base_data())
    b["cards"][0]["title"] = "\u201cIs it really that different?\u201d"
    b["cards"][1]["title"] = '"Codice "porta un amico""'
    old, new = doc(base_data()), doc(b)
    lines = describe(diff(old, new), old, new)
    assert (
        "changed  card \u201cIs it really that different?\u201d in Aware / Actions: "
        "title \u201cSees ad\u201d \u2192 \u201cIs it really that different?\u201d"
    ) in lines
    assert any(line.startswith('changed  card "Codice "porta un amico"" in') for line in lines)
    doubled = ('\u201c"', '"\u201d', "\u201c\u201c", "\u201d\u201d")
    assert not any(mark in line for line in lines for mark in doubled), lines
    texts = [text for _change, text in describe_each(diff(old, new), old, new)]
    assert any(t.startswith("card \u201cIs it really that different?\u201d in") for t in texts)


def test_insights_text_quotes_names_once() -> None:
    assert ref(Ref("c1", "\u201cToo pricey?\u201d")) == "\u201cToo pricey?\u201d (c1)"
    assert name_only(Ref("c1", "Too pricey")) == "\u201cToo pricey\u201d"
