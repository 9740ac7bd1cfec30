"""Word wrapping: long words break into the longest pieces that fit, in n log n work;
huge texts cost no more than what a card can show; the document keeps every character."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from measuring import CountingCache, CountingMetrics

from journeymapper.layout import CachedMetrics, compute_layout, wrap
from journeymapper.layout.cards import MAX_TEXT_LINES
from journeymapper.layout.text import _split_long
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage
from journeymapper.text import ReportlabMetrics

COMBINING = "\u0301" * 16000 + "x" * 100  # issue 10, item 4: a 35 s freeze before


def greedy_pieces(word: str, max_width: float, measure) -> list[str]:
    """The reference: add characters one by one while the piece still fits."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and measure(current + ch) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def one_card(body: str) -> JourneyMap:
    return JourneyMap.new(
        "T",
        stages=[Stage(id="s", name="S")],
        lanes=[Lane(id="l", name="L", kind=LaneKind.CARDS)],
        cards=[Card(id="c", stage="s", lane="l", title="t", body=body)],
    )


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab W\u0301\u200bi—漢"), min_size=1, max_size=60),
    st.floats(min_value=1, max_value=80),
)
def test_pieces_are_those_of_adding_one_character_at_a_time(word: str, max_width: float) -> None:
    m = CountingMetrics()

    def measure(text: str) -> float:
        return m.width(text, 10.0)

    assert _split_long(word, max_width, measure) == greedy_pieces(word, max_width, measure)


def test_breaking_a_word_of_combining_marks_is_n_log_n() -> None:
    m = CountingMetrics()
    lines = wrap(COMBINING, 200.0, m, 11.5)
    assert "".join(lines) == COMBINING  # nothing dropped, nothing added
    assert all(m.width(line, 11.5) <= 200.0 for line in lines)
    n = len(COMBINING)
    # adding one character at a time measured n²/2 ≈ 130 million characters
    assert m.chars < 40 * n
    assert m.calls < 200


def test_the_width_cache_stays_bounded() -> None:
    m = CachedMetrics(CountingMetrics())
    wrap(COMBINING, 200.0, m, 11.5)
    wrap("y" * 50_000, 200.0, m, 11.5)
    for table in m._tables.values():
        assert len(table) <= m.MAX_ENTRIES
        assert all(len(key) <= m.MAX_KEY_LENGTH for key in table)


def test_a_card_of_combining_marks_lays_out_with_the_real_font() -> None:
    m = CountingCache(ReportlabMetrics())
    layout = compute_layout(one_card(COMBINING), m)
    body = layout.cards["c"].body
    assert body is not None
    assert "".join(body.lines) == COMBINING
    assert m.chars < 40 * len(COMBINING)


def test_a_10_mb_text_lays_out_what_a_card_can_show() -> None:
    """Issue 10, item 6: a 10 MB body blocked the editor for 8 s on open. The layout
    looks at as much of it as the card's lines can show; the document keeps it all."""
    huge = ("The customer reads the small print again and again. " * 200_000)[:10_000_000]
    doc = one_card(huge)
    m = CountingCache(ReportlabMetrics())
    body = compute_layout(doc, m).cards["c"].body
    assert body is not None
    assert len(body.lines) == MAX_TEXT_LINES
    assert body.lines[-1].endswith("…")
    assert huge.startswith(" ".join(body.lines[:3]))
    assert m.calls < 50_000  # a measure a word: 1.9 million before
    assert m.chars < 1_000_000  # of 10 million
    assert doc.cards[0].body == huge


def test_a_10_mb_word_lays_out_what_a_card_can_show() -> None:
    m = CountingMetrics()
    lines = wrap("x" * 10_000_000, 200.0, m, 11.5, max_lines=MAX_TEXT_LINES)
    assert len(lines) == MAX_TEXT_LINES
    assert lines[-1].endswith("…")
    assert m.chars < 2_000_000


def test_short_texts_are_never_cut() -> None:
    m = CountingMetrics()
    text = "\n".join(f"line {i}" for i in range(MAX_TEXT_LINES))
    assert wrap(text, 500.0, m, 10.0, max_lines=MAX_TEXT_LINES) == text.split("\n")
    cut = wrap(text + "\nmore", 500.0, m, 10.0, max_lines=MAX_TEXT_LINES)
    assert len(cut) == MAX_TEXT_LINES
    assert cut[-1] == f"line {MAX_TEXT_LINES - 1}…"


def test_combining_marks_measure_nothing_in_the_reference_metrics() -> None:
    # the counting metrics model zero-width marks as the shipped font does
    assert unicodedata.combining("\u0301")
    assert CountingMetrics().width("\u0301" * 10, 12.0) == 0.0
    assert ReportlabMetrics().width("\u0301" * 10, 12.0) == 0.0


def test_every_text_of_a_map_costs_what_it_can_show() -> None:
    """Names, descriptions, labels and persona names have no length limit either."""
    from journeymapper.model import Connection, EmotionPoint, Persona

    huge = "Long words again and again, " * 40_000  # 1.1 MB each
    doc = JourneyMap.new(
        "T",
        description=huge,
        personas=[Persona(id="p", name=huge)],
        stages=[Stage(id="s", name=huge, description=huge), Stage(id="s2", name="S2")],
        lanes=[
            Lane(id="l", name=huge, kind=LaneKind.CARDS),
            Lane(id="e", name="E", kind=LaneKind.EMOTION),
        ],
        cards=[
            Card(id="a", stage="s", lane="l", title=huge, body=huge, tags=["x"]),
            Card(id="b", stage="s2", lane="l", title="b"),
        ],
        emotions=[EmotionPoint(id="m", lane="e", stage="s", score=1, persona="p")],
        connections=[Connection(id="x", source="a", target="b", label=huge)],
    )
    m = CountingCache(ReportlabMetrics())
    layout = compute_layout(doc, m)
    assert m.chars < 1_000_000  # of 10 texts of 1.1 million characters
    assert m.calls < 100_000
    assert layout.connections[0].label is not None
    assert len(layout.connections[0].label.lines) == MAX_TEXT_LINES
    (legend,) = layout.lanes[1].legend
    assert legend.text.lines == ("Long words again and again,",)  # one line, as before


def test_text_after_many_blank_lines_is_never_dropped_silently() -> None:
    m = CountingMetrics()
    lines = wrap("a" + "\n" * 300 + "b", 500.0, m, 10.0, max_lines=MAX_TEXT_LINES)
    assert len(lines) == MAX_TEXT_LINES
    assert lines[-1].endswith("…")
    assert wrap("a" + "\n" * 30, 500.0, m, 10.0, max_lines=MAX_TEXT_LINES) == ["a"]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab Wi\n\u0301—"), max_size=200).map(str.rstrip),
    st.floats(min_value=1, max_value=120),
    st.integers(min_value=1, max_value=8),
)
def test_max_lines_keeps_the_first_lines_of_the_whole_wrap(
    text: str, max_width: float, max_lines: int
) -> None:
    m = CountingMetrics()
    whole = wrap(text, max_width, m, 10.0)
    kept = wrap(text, max_width, m, 10.0, max_lines=max_lines)
    if len(whole) <= max_lines:
        assert kept == whole
    else:
        assert kept == [*whole[: max_lines - 1], whole[max_lines - 1].rstrip() + "…"]
