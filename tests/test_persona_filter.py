"""The filter bar's persona criterion (issue 14): cards have no persona field, so a card is a
persona's when it is tagged with the persona's name or id — the rule the tooltip and the
README state."""

from __future__ import annotations

from journeymapper.model import JourneyMap
from journeymapper.search import CardFilter


def make_map() -> JourneyMap:
    def card(cid: str, *tags: str) -> dict[str, object]:
        return {"id": cid, "stage": "s1", "lane": "l1", "title": cid, "tags": list(tags)}

    return JourneyMap.model_validate(
        {
            "format": "journeymapper",
            "schema_version": 2,
            "title": "Personas",
            "personas": [{"id": "p-ana", "name": "Ána Ruiz"}, {"id": "p-bo", "name": "Bo"}],
            "stages": [{"id": "s1", "name": "One"}],
            "lanes": [{"id": "l1", "name": "Cards", "kind": "cards"}],
            "cards": [
                card("by-name", "ana ruiz"),  # the name, without case or accents
                card("by-id", "P-ANA"),  # the id
                card("partial", "Ana"),  # a part of the name is not the name
                card("longer", "ana ruiz fans"),
                card("bo", "Bo"),
                card("none"),
            ],
        }
    )


def test_a_card_is_a_personas_when_tagged_with_its_name_or_id() -> None:
    doc = make_map()
    assert CardFilter(persona="p-ana").matching_cards(doc) == ["by-name", "by-id"]
    assert CardFilter(persona="p-bo").matching_cards(doc) == ["bo"]


def test_the_persona_filter_says_its_rule(qtbot) -> None:
    from gui_helpers import open_window

    w = open_window(qtbot)
    tip = w.search_bar.persona_box.toolTip()
    assert "tagged with the persona's name or id" in tip
