"""Names in running text, between typographic quotation marks: “Sees an advert”.

A name that already starts and ends with quotation marks (a card titled “Is it really that
different?”, or 'Porta un amico') is shown as it is, not as ““…””. Qt-free.
"""

from __future__ import annotations

#: the marks a name can already be quoted with: straight, English, Italian/French, German
QUOTE_MARKS = frozenset("\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a")


def quote(name: str) -> str:
    """``name`` between “ and ”, unless it is already between quotation marks."""
    if len(name) >= 2 and name[0] in QUOTE_MARKS and name[-1] in QUOTE_MARKS:
        return name
    return f"\u201c{name}\u201d"
