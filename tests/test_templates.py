"""The shipped templates: complete, valid, teachable maps in English and Italian."""

from __future__ import annotations

import json

import pytest

from journeymapper.io import load
from journeymapper.model import CardKind, EvidenceSource, JourneyMap, LaneKind, check_document
from journeymapper.resources import resource_path
from journeymapper.templates import (
    DEFAULT_TEMPLATE,
    UnknownTemplateError,
    list_templates,
    load_template,
    template_path,
)

FRAMEWORKS = ["awareness-to-loyalty", "discovery-to-loyalty", "awareness-to-advocacy"]
EXPECTED = sorted(f"{f}-{lang}" for f in FRAMEWORKS for lang in ("en", "it"))


def test_all_templates_are_listed() -> None:
    names = [t.name for t in list_templates()]
    assert len(names) >= 6
    assert set(EXPECTED) <= set(names), f"missing: {sorted(set(EXPECTED) - set(names))}"
    assert names == sorted(names)
    files = sorted(p.name for p in resource_path("templates").glob("*.journey.json"))
    assert [f"{n}.journey.json" for n in names] == files


def test_listing_has_names_without_spaces_and_descriptions() -> None:
    for info in list_templates():
        assert info.name and " " not in info.name
        assert info.title.strip()
        assert info.description.strip()
        assert info.path.is_file()
        if info.name.endswith("-it"):
            assert info.locale == "it"


@pytest.fixture(scope="module", params=EXPECTED)
def template(request: pytest.FixtureRequest) -> tuple[str, JourneyMap]:
    return request.param, load_template(request.param)


def test_template_loads_without_problems(template: tuple[str, JourneyMap]) -> None:
    name, doc = template
    assert check_document(doc) == []
    assert load(template_path(name)) == doc


def test_template_has_a_persona(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    assert len(doc.personas) >= 1
    assert all(p.name.strip() for p in doc.personas)


def test_template_has_five_described_stages(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    assert len(doc.stages) == 5
    for stage in doc.stages:
        assert stage.description and stage.description.strip(), f"stage {stage.id} undescribed"


def test_template_has_lanes_of_all_three_kinds(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    assert {lane.kind for lane in doc.lanes} == set(LaneKind)
    # touchpoints, actions, thoughts, emotions, pain points, opportunities, data/KPIs
    assert len(doc.lanes) >= 7


def test_every_cell_has_a_card(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    empty = [
        (stage.id, lane.id)
        for stage in doc.stages
        for lane in doc.lanes
        if lane.kind != LaneKind.EMOTION and not doc.cards_in(stage.id, lane.id)
    ]
    assert empty == [], f"empty cells: {empty}"


def test_touchpoints_show_a_channel(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    touch = {lane.id for lane in doc.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    missing = [c.id for c in doc.cards if c.lane in touch and c.channel is None]
    assert missing == [], f"touchpoint cards without a channel: {missing}"


def test_emotion_curve_covers_every_stage(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    emotion_lanes = {lane.id for lane in doc.lanes if lane.kind == LaneKind.EMOTION}
    covered = {e.stage for e in doc.emotions if e.lane in emotion_lanes}
    assert covered == {s.id for s in doc.stages}
    scores = [e.score for e in doc.emotions]
    assert len(set(scores)) > 1, "a flat emotion curve teaches nothing"


def test_template_has_connections(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    assert len(doc.connections) >= 3


def test_locale_matches_the_name(template: tuple[str, JourneyMap]) -> None:
    name, doc = template
    if name.endswith("-it"):
        assert doc.locale == "it"
    else:
        assert doc.locale is None or doc.locale.lower().startswith("en")


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_italian_templates_are_written_in_their_own_words(framework: str) -> None:
    en, it = load_template(f"{framework}-en"), load_template(f"{framework}-it")
    assert en.title != it.title
    assert [s.name for s in en.stages] != [s.name for s in it.stages]
    en_titles = {c.title for c in en.cards}
    same = [c.title for c in it.cards if c.title in en_titles]
    assert len(same) <= len(it.cards) // 4, f"untranslated cards: {same}"


def test_template_uses_kinds(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    kinds = {card.kind for card in doc.cards}
    assert {CardKind.PAIN_POINT, CardKind.OPPORTUNITY, CardKind.METRIC} <= kinds
    assert CardKind.MOMENT_OF_TRUTH in kinds and CardKind.QUOTE in kinds
    assert CardKind.NOTE in kinds, "actions stay plain notes"
    by_lane: dict[str, set[CardKind]] = {}
    for card in doc.cards:
        by_lane.setdefault(card.lane, set()).add(card.kind)
    # every card of the pain-point and opportunity lanes carries that kind
    assert {CardKind.PAIN_POINT} in by_lane.values()
    assert {CardKind.OPPORTUNITY} in by_lane.values()


def test_data_lane_cites_first_second_and_third_party_sources(
    template: tuple[str, JourneyMap],
) -> None:
    _, doc = template
    metrics = [card for card in doc.cards if card.kind == CardKind.METRIC]
    assert len(metrics) == len(doc.stages), "one KPI card per stage"
    assert all(card.evidence for card in metrics), "every KPI says where it comes from"
    sources = {e.source for card in metrics for e in card.evidence}
    assert {
        EvidenceSource.FIRST_PARTY,
        EvidenceSource.SECOND_PARTY,
        EvidenceSource.THIRD_PARTY,
        EvidenceSource.ASSUMPTION,
    } <= sources
    dated = [e for card in doc.cards for e in card.evidence if e.date]
    assert dated, "evidence items carry their dates"
    assert any(card.evidence for card in doc.cards if card.kind == CardKind.PAIN_POINT), (
        "some pain points say how we know"
    )
    assert any(card.comments for card in doc.cards), "a workshop comment shows the feature"


def test_personas_are_real_profiles(template: tuple[str, JourneyMap]) -> None:
    _, doc = template
    for persona in doc.personas:
        assert persona.role and persona.quote and persona.description
        assert len(persona.goals) >= 2 and len(persona.frustrations) >= 2
        assert persona.photo is None and doc.assets == [], "templates embed no images"


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_italian_profiles_and_sources_are_their_own(framework: str) -> None:
    en, it = load_template(f"{framework}-en"), load_template(f"{framework}-it")
    en_text = {p.role for p in en.personas} | {g for p in en.personas for g in p.goals}
    en_text |= {e.title for c in en.cards for e in c.evidence}
    it_text = {p.role for p in it.personas} | {g for p in it.personas for g in p.goals}
    it_text |= {e.title for c in it.cards for e in c.evidence}
    assert not en_text & it_text, f"untranslated: {en_text & it_text}"


def test_frameworks_differ() -> None:
    stage_names = {f: tuple(s.name for s in load_template(f"{f}-en").stages) for f in FRAMEWORKS}
    assert len(set(stage_names.values())) == 3


def test_template_files_are_plain_utf8_json() -> None:
    for info in list_templates():
        raw = info.path.read_bytes()
        data = json.loads(raw.decode("utf-8"))
        assert data["format"] == "journeymapper" and data["schema_version"] == 2


def test_default_template() -> None:
    assert DEFAULT_TEMPLATE in {t.name for t in list_templates()}
    assert load_template() == load_template(DEFAULT_TEMPLATE)


def test_load_template_gives_a_fresh_copy() -> None:
    first = load_template()
    first.title = "changed"
    first.cards.clear()
    second = load_template()
    assert second.title != "changed"
    assert second.cards


def test_unknown_template_names_the_available_ones() -> None:
    with pytest.raises(UnknownTemplateError) as info:
        load_template("nope")
    message = str(info.value)
    assert "nope" in message
    for name in EXPECTED:
        assert name in message
    with pytest.raises(LookupError):
        template_path("nope")
