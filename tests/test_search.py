"""Search and filter logic on hand-made maps (issue 14): accents, case, every field, every
filter criterion and their combinations. Qt-free."""

from __future__ import annotations

from journeymapper.model.document import JourneyMap
from journeymapper.search import CardFilter, SearchIndex, fold, matching_points, tags_in


def make_map() -> JourneyMap:
    def card(cid: str, title: str, **kw: object) -> dict[str, object]:
        return {"id": cid, "stage": "s1", "lane": "l1", "title": title, **kw}

    return JourneyMap.model_validate(
        {
            "format": "journeymapper",
            "schema_version": 2,
            "title": "Test",
            "personas": [{"id": "p-anna", "name": "Anna"}, {"id": "p-bob", "name": "Bob"}],
            "stages": [{"id": "s1", "name": "One"}],
            "lanes": [
                {"id": "l1", "name": "Cards", "kind": "touchpoints"},
                {"id": "e1", "name": "Feelings", "kind": "emotion"},
            ],
            "cards": [
                card("c1", "Café opening", tags=["Barista"], channel="store", votes=2),
                card("c2", "Plain", body="Waiting at the CAFE counter", kind="pain_point"),
                card(
                    "c3",
                    "Third",
                    comments=[{"id": "m1", "text": "Ask about the Ñandú logo"}],
                    tags=["anna"],
                    channel="website",
                    kind="pain_point",
                    votes=1,
                ),
                card(
                    "c4",
                    "Fourth",
                    evidence=[
                        {
                            "id": "v1",
                            "source": "observation",
                            "title": "Shadowing report",
                            "reference": "https://example.org/Überblick",
                        }
                    ],
                    tags=["Bob", "barista"],
                    kind="idea",
                ),
            ],
            "emotions": [
                {"id": "e-a", "lane": "e1", "stage": "s1", "score": 2, "persona": "p-anna"},
                {"id": "e-b", "lane": "e1", "stage": "s1", "score": -1, "persona": "p-bob"},
                {"id": "e-n", "lane": "e1", "stage": "s1", "score": 0},
            ],
        }
    )


def test_fold_drops_case_and_accents() -> None:
    assert fold("Café ÑANDÚ Über") == "cafe nandu uber"
    assert fold("Straße") == "strasse"
    assert fold("plain ASCII") == "plain ascii"


def test_search_ignores_case_and_accents_both_ways() -> None:
    index = SearchIndex.build(make_map())
    assert index.search("cafe") == ["c1", "c2"]  # title "Café", body "CAFE"
    assert index.search("CAFÉ") == ["c1", "c2"]
    assert index.search("  café  ") == ["c1", "c2"]


def test_search_finds_tags_comments_and_evidence() -> None:
    index = SearchIndex.build(make_map())
    assert index.search("barista") == ["c1", "c4"]  # tags
    assert index.search("nandu") == ["c3"]  # a comment
    assert index.search("shadowing") == ["c4"]  # an evidence title
    assert index.search("uberblick") == ["c4"]  # an evidence reference
    assert index.search("example.org") == ["c4"]


def test_blank_query_or_no_hit_finds_nothing() -> None:
    index = SearchIndex.build(make_map())
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("zebra") == []


def test_a_query_does_not_match_across_two_fields() -> None:
    index = SearchIndex.build(make_map())
    assert index.search("opening barista") == []  # title, then a tag: not one text


def test_search_among_limits_to_the_given_ids() -> None:
    index = SearchIndex.build(make_map())
    assert index.search("cafe", among=["c2", "c3"]) == ["c2"]


def test_an_empty_filter_keeps_everything() -> None:
    doc = make_map()
    flt = CardFilter()
    assert not flt.active
    assert flt.matching_cards(doc) == ["c1", "c2", "c3", "c4"]
    assert matching_points(doc, flt) == ["e-a", "e-b", "e-n"]


def test_filter_by_tag_ignores_case_and_accents() -> None:
    doc = make_map()
    assert CardFilter(tags=frozenset({"BARISTA"})).matching_cards(doc) == ["c1", "c4"]
    assert CardFilter(tags=frozenset({"anna", "bob"})).matching_cards(doc) == ["c3", "c4"]


def test_filter_by_channel() -> None:
    doc = make_map()
    assert CardFilter(channels=frozenset({"store"})).matching_cards(doc) == ["c1"]
    both = CardFilter(channels=frozenset({"store", "website"}))
    assert both.matching_cards(doc) == ["c1", "c3"]


def test_filter_by_kind() -> None:
    doc = make_map()
    assert CardFilter(kinds=frozenset({"pain_point"})).matching_cards(doc) == ["c2", "c3"]
    assert CardFilter(kinds=frozenset({"note"})).matching_cards(doc) == ["c1"]


def test_filter_by_persona_keeps_tagged_cards_and_the_personas_points() -> None:
    doc = make_map()
    anna = CardFilter(persona="p-anna")
    assert anna.matching_cards(doc) == ["c3"]  # tagged "anna"
    assert matching_points(doc, anna) == ["e-a"]
    bob = CardFilter(persona="p-bob")
    assert bob.matching_cards(doc) == ["c4"]
    assert matching_points(doc, bob) == ["e-b"]


def test_filter_has_votes() -> None:
    doc = make_map()
    assert CardFilter(has_votes=True).matching_cards(doc) == ["c1", "c3"]


def test_filters_combine_with_and() -> None:
    doc = make_map()
    flt = CardFilter(kinds=frozenset({"pain_point"}), has_votes=True)
    assert flt.matching_cards(doc) == ["c3"]
    flt = CardFilter(tags=frozenset({"barista"}), kinds=frozenset({"idea"}))
    assert flt.matching_cards(doc) == ["c4"]
    flt = CardFilter(channels=frozenset({"store"}), kinds=frozenset({"idea"}))
    assert flt.matching_cards(doc) == []


def test_search_combined_with_a_filter() -> None:
    doc = make_map()
    index = SearchIndex.build(doc)
    kept = CardFilter(kinds=frozenset({"pain_point"})).matching_cards(doc)
    assert index.search("cafe", among=kept) == ["c2"]


def test_tags_in_lists_each_tag_once() -> None:
    assert tags_in(make_map()) == ["anna", "Barista", "Bob"]
