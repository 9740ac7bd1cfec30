"""The coverage section: where the journey has touchpoints, through which channels, which
lanes are left empty, and where the personas feel very differently."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import ONLINE_CHANNELS
from .cancel import Check, checked, never
from .common import Index, Ref, share, text_of

#: Personas whose scores in one stage differ by this much or more are reported.
GAP_THRESHOLD = 4
#: The channel of a touchpoint card that has none.
NO_CHANNEL = "none"


@dataclass(frozen=True)
class StageChannels:
    """One row of the stage × channel table: touchpoint cards of the stage by channel."""

    stage: Ref
    touchpoints: int
    channels: dict[str, int]


@dataclass(frozen=True)
class ChannelShare:
    channel: str
    cards: int
    share: float | None  # of all touchpoint cards
    online: bool | None  # None for touchpoints with no channel


@dataclass(frozen=True)
class EmptyLanes:
    stage: Ref
    lanes: tuple[Ref, ...]


@dataclass(frozen=True)
class PersonaScore:
    persona: Ref
    score: float


@dataclass(frozen=True)
class PersonaGap:
    stage: Ref
    lane: Ref
    difference: float
    highest: PersonaScore
    lowest: PersonaScore


@dataclass(frozen=True)
class CoverageSection:
    stages_without_touchpoints: tuple[Ref, ...]
    channel_table: tuple[StageChannels, ...]  # every stage, in order
    channel_mix: tuple[ChannelShare, ...]  # most used first
    online_share: float | None  # of the touchpoints with a channel
    empty_lanes: tuple[EmptyLanes, ...]  # only stages with at least one empty lane
    persona_gaps: tuple[PersonaGap, ...]
    gap_threshold: int


def _num(value: float) -> float:
    return int(value) if float(value).is_integer() else round(value, 2)


def coverage_section(index: Index, check: Check = never) -> CoverageSection:
    doc = index.doc
    touchpoint_lanes = {lane.id for lane in doc.lanes if index.lane_kind[lane.id] == "touchpoints"}
    per_stage: dict[str, Counter[str]] = defaultdict(Counter)
    filled: set[tuple[str, str]] = set()
    for card in checked(doc.cards, check):
        filled.add((card.stage, card.lane))
        if card.lane in touchpoint_lanes or card.channel is not None:
            channel = text_of(card.channel) or NO_CHANNEL
            per_stage[card.stage][channel] += 1
    for point in checked(doc.emotions, check):
        filled.add((point.stage, point.lane))
    mix: Counter[str] = Counter()
    for counts in per_stage.values():
        mix.update(counts)
    total = sum(mix.values())
    with_channel = total - mix.get(NO_CHANNEL, 0)
    online_names = {str(c.value) for c in ONLINE_CHANNELS}
    online = sum(n for ch, n in mix.items() if ch in online_names)
    table = tuple(
        StageChannels(
            index.stage(s.id),
            sum(per_stage[s.id].values()),
            dict(sorted(per_stage[s.id].items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        for s in doc.stages
    )
    check()
    empty = []
    for s in checked(doc.stages, check, 10):
        lanes = tuple(index.lane_ref[la.id] for la in doc.lanes if (s.id, la.id) not in filled)
        if lanes:
            empty.append(EmptyLanes(index.stage(s.id), lanes))
    scores: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
    for point in checked(doc.emotions, check):
        if point.persona is not None:
            scores[(point.stage, point.lane)].append((point.persona, point.score))
    persona_rank = {p.id: i for i, p in enumerate(doc.personas)}
    lane_rank = {lane.id: i for i, lane in enumerate(doc.lanes)}
    gaps = []
    for (stage_id, lane_id), values in checked(
        sorted(scores.items(), key=lambda kv: (index.stage_order[kv[0][0]], lane_rank[kv[0][1]])),
        check,
    ):
        values.sort(key=lambda v: persona_rank.get(v[0], 0))
        hi = max(values, key=lambda v: v[1])
        lo = min(values, key=lambda v: v[1])
        if hi[1] - lo[1] >= GAP_THRESHOLD:
            gaps.append(
                PersonaGap(
                    index.stage(stage_id),
                    index.lane_ref[lane_id],
                    _num(hi[1] - lo[1]),
                    PersonaScore(index.persona(hi[0]), _num(hi[1])),  # type: ignore[arg-type]
                    PersonaScore(index.persona(lo[0]), _num(lo[1])),  # type: ignore[arg-type]
                )
            )
    return CoverageSection(
        stages_without_touchpoints=tuple(t.stage for t in table if t.touchpoints == 0),
        channel_table=table,
        channel_mix=tuple(
            ChannelShare(ch, n, share(n, total), None if ch == NO_CHANNEL else ch in online_names)
            for ch, n in sorted(mix.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        online_share=share(online, with_channel),
        empty_lanes=tuple(empty),
        persona_gaps=tuple(gaps),
        gap_threshold=GAP_THRESHOLD,
    )
