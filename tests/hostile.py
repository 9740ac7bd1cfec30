"""A valid map full of hostile content (100,000-character texts, thousands of tags, control
and zero-width characters, right-to-left overrides, markup): for the safety tests and the
hostile-content benchmark."""

from __future__ import annotations

from journeymapper.model import JourneyMap, check_document
from journeymapper.templates import load_template

TEMPLATE = "awareness-to-loyalty-en"

LONG_WORDS = ("a long workshop note with many words " * 3000)[:100_000]
LONG_UNBROKEN = "x" * 100_000
CONTROL = "bell\x07 nul\x00 esc\x1b[31m red\x1b[0m del\x7f vt\x0b ff\x0c cr\r tab\t end"
ZERO_WIDTH = "zero\u200bwidth\u200c join\u200d bom\ufeff wj\u2060 " + "\u200b" * 500
RTL = "שלום עולם — مرحبا بالعالم \u202eevil override\u202c \u200fRLM"
MARKUP = "<b>&amp;</b> <script>alert(1)</script> <img src=x onerror=alert(1)> &lt;%s{0}"


def hostile_map() -> JourneyMap:
    doc = load_template(TEMPLATE)
    doc.title = "<b>Hostile</b> \u200b שלום \x07 map"
    cards = doc.cards
    cards[0].title, cards[0].body = "100,000 characters of words", LONG_WORDS
    cards[1].title, cards[1].body = "100,000 characters, no space", LONG_UNBROKEN
    cards[2].title, cards[2].tags = "3,000 tags", [f"t{i}\u200bש" for i in range(3000)]
    cards[3].title, cards[3].body = CONTROL, CONTROL
    cards[4].title, cards[4].body = ZERO_WIDTH[:150], ZERO_WIDTH
    cards[5].title, cards[5].body = RTL, RTL * 20
    cards[6].title, cards[6].body = MARKUP, MARKUP
    cards[7].title = "W" * 5000  # a very long title (titles have no length limit)
    doc.stages[0].name = MARKUP
    doc.stages[1].name = RTL
    doc.stages[2].description = LONG_WORDS
    doc.lanes[0].name = ZERO_WIDTH[:80]
    doc.lanes[1].name = CONTROL
    doc.emotions[0].note = CONTROL + RTL
    doc.connections[0].label = MARKUP + RTL
    doc.personas[0].name = RTL
    assert check_document(doc) == []
    return doc


HOSTILE_CARDS = [0, 1, 2, 3, 4, 5, 6, 7]
