"""The insights as a tree of findings for the editor's Insights dock (no Qt).

A `Finding` is one line of text and the ids of the parts it is about (cards, emotion points,
stages), which the dock selects and centres when the finding is clicked. Groups of findings
("Dead ends (2)") hold their items as children and the ids of all of them; long groups keep
their first `GROUP_LIMIT` items and say how many more there are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from ..i18n import tr
from ..model import JourneyMap
from .cancel import Check, checked, never
from .common import Ref
from .compute import Insights
from .emotions import MomentOfTruth
from .text import (
    channel_row,
    kind_name,
    name_only,
    percent,
    placed,
    ranked,
    route,
    score,
    source_name,
    staged,
)

T = TypeVar("T")
#: Parts are named by their names: a click on the finding shows them on the canvas.
_name = name_only
#: A group lists at most this many items (the command line's --json has them all).
GROUP_LIMIT = 50


@dataclass(frozen=True)
class Finding:
    text: str
    ids: tuple[str, ...] = ()  # the parts it is about, in the order they are named
    children: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Section:
    key: str  # the JSON key: path, emotions, coverage, priorities, evidence
    title: str
    findings: tuple[Finding, ...]


def _group(
    title: str,
    items: Sequence[T],
    make: Callable[[T], Finding],
    limit: int = GROUP_LIMIT,
    check: Check = never,
) -> Finding:
    """``title`` formatted with the count; its children are the first ``limit`` items
    (``check`` is called every ten)."""
    children = [make(item) for item in checked(items[:limit], check, 10)]
    if len(items) > limit:
        more = tr("insights", "\u2026 and {0} more (see journeymapper insights --json)")
        children.append(Finding(more.format(len(items) - limit)))
    ids: list[str] = []
    for child in children:
        ids.extend(i for i in child.ids if i not in ids)
    return Finding(title.format(len(items)), tuple(ids), tuple(children))


def _part(r: Ref) -> Finding:
    return Finding(_name(r), (r.id,))


def _path(result: Insights, check: Check = never) -> tuple[Finding, ...]:
    group = partial(_group, check=check)
    p = result.path
    if not p.steps:  # (not "0 steps through 0 cards.")
        return (Finding(tr("insights", "No path yet: connect cards with arrows")),)
    out = [Finding(tr("insights", "{0} steps through {1} cards.").format(p.steps, p.cards_on_path))]
    out.append(group(tr("insights", "Entries ({0})"), p.entries, _part))
    out.append(group(tr("insights", "Exits ({0})"), p.exits, _part))
    out.append(
        group(
            tr("insights", "Dead ends, exits before the last stage ({0})"),
            p.dead_ends,
            lambda d: Finding(placed(d, _name), (d.card.id,)),
        )
    )
    out.append(group(tr("insights", "Cards on no path ({0})"), p.off_path, _part))
    if p.unreachable:
        out.append(
            group(
                tr("insights", "Reached from no entry, only in loops ({0})"), p.unreachable, _part
            )
        )
    for label, r in (
        (tr("insights", "Longest path: {0}"), p.longest),
        (tr("insights", "Shortest path: {0}"), p.shortest),
    ):
        if r is not None:
            out.append(Finding(label.format(route(r, _name)), tuple(c.id for c in r.cards)))
    out.append(
        group(
            tr("insights", "Back-steps to an earlier stage ({0})"),
            p.back_steps,
            lambda b: Finding(
                tr("insights", "{0} in {1} \u2192 {2} in {3}").format(
                    _name(b.source), _name(b.from_stage), _name(b.target), _name(b.to_stage)
                ),
                (b.source.id, b.target.id),
            ),
        )
    )
    out.append(
        group(
            tr("insights", "Closed loops ({0})"),
            p.loops,
            lambda r: Finding(
                " \u2192 ".join(_name(c) for c in r.cards), tuple(c.id for c in r.cards)
            ),
        )
    )
    for title, forks in (
        (tr("insights", "Branches, cards with several next cards ({0})"), p.branches),
        (tr("insights", "Merges, cards with several previous cards ({0})"), p.merges),
    ):
        out.append(
            group(
                title,
                forks,
                lambda f: Finding(
                    f"{_name(f.card)}: " + "; ".join(_name(c) for c in f.cards),
                    (f.card.id, *(c.id for c in f.cards)),
                ),
            )
        )
    return tuple(out)


def _points(
    doc: JourneyMap, check: Check = never
) -> Callable[[Ref | None, Ref | None, str], tuple[str, ...]]:
    """The ids of the emotion points of a persona in a lane and a stage."""
    at: dict[tuple[str | None, str, str], list[str]] = {}
    for e in checked(doc.emotions, check):
        at.setdefault((e.persona, e.lane, e.stage), []).append(e.id)

    def find(persona: Ref | None, lane: Ref | None, stage_id: str) -> tuple[str, ...]:
        if lane is None:
            return ()
        return tuple(at.get((persona.id if persona else None, lane.id, stage_id), ()))

    return find


def _emotions(result: Insights, doc: JourneyMap, check: Check = never) -> tuple[Finding, ...]:
    group = partial(_group, check=check)
    e = result.emotions
    points = _points(doc, check)
    out: list[Finding] = []
    if not e.curves:
        out.append(Finding(tr("insights", "The map has no emotion points.")))
    for c in checked(e.curves, check, 10):
        children: list[Finding] = []
        if c.lowest is not None and c.highest is not None:
            children.append(
                Finding(
                    tr("insights", "lowest {0} in {1}").format(
                        score(c.lowest.score), _name(c.lowest.stage)
                    ),
                    (c.lowest.point,),
                )
            )
            children.append(
                Finding(
                    tr("insights", "highest {0} in {1}").format(
                        score(c.highest.score), _name(c.highest.stage)
                    ),
                    (c.highest.point,),
                )
            )
        for label, change in (
            (tr("insights", "biggest drop: {0} from {1} to {2}"), c.biggest_drop),
            (tr("insights", "biggest rise: {0} from {1} to {2}"), c.biggest_rise),
        ):
            if change is not None:
                ids = points(c.persona, c.lane, change.from_stage.id)
                ids += points(c.persona, c.lane, change.to_stage.id)
                children.append(
                    Finding(
                        label.format(
                            score(change.change), _name(change.from_stage), _name(change.to_stage)
                        ),
                        ids,
                    )
                )
        if c.stages_without_point:
            children.append(
                group(tr("insights", "stages with no point ({0})"), c.stages_without_point, _part)
            )
        title = tr("insights", "{0} in lane {1}: {2} points, average {3}").format(
            _name(c.persona), _name(c.lane), c.points, score(c.average)
        )
        ids = tuple(i for child in children[:2] for i in child.ids)
        out.append(Finding(title, ids, tuple(children)))

    def moment(m: MomentOfTruth) -> Finding:
        if m.reason == "card":
            text = tr("insights", "{0}: marked as moment of truth: {1}").format(
                _name(m.stage), "; ".join(_name(c) for c in m.cards)
            )
            return Finding(text, tuple(c.id for c in m.cards))
        if m.reason == "lowest_point":
            text = tr("insights", "{0}: the lowest point of {1}, {2}").format(
                _name(m.stage), _name(m.persona), score(m.score)
            )
        else:
            text = tr("insights", "{0}: a drop of {1} for {2} (to {3})").format(
                _name(m.stage), score(m.change), _name(m.persona), score(m.score)
            )
        return Finding(text, points(m.persona, m.lane, m.stage.id))

    out.append(
        group(tr("insights", "Moments of truth, candidates ({0})"), e.moments_of_truth, moment)
    )
    return tuple(out)


def _coverage(result: Insights, doc: JourneyMap, check: Check = never) -> tuple[Finding, ...]:
    group = partial(_group, check=check)
    c = result.coverage
    points = _points(doc, check)
    out = [
        group(
            tr("insights", "Stages without a touchpoint ({0})"), c.stages_without_touchpoints, _part
        ),
        group(
            tr("insights", "Touchpoints by stage and channel ({0} stages)"),
            c.channel_table,
            lambda row: Finding(channel_row(row, _name), (row.stage.id,)),
        ),
    ]
    mix = ", ".join(f"{m.channel} {percent(m.share)} ({m.cards})" for m in c.channel_mix)
    out.append(Finding(tr("insights", "Channel mix: {0}").format(mix or tr("insights", "none"))))
    out.append(
        Finding(
            tr("insights", "Online share of the touchpoints: {0}").format(percent(c.online_share))
        )
    )
    out.append(
        group(
            tr("insights", "Stages with empty lanes ({0})"),
            c.empty_lanes,
            lambda e: Finding(
                f"{_name(e.stage)}: " + "; ".join(_name(lane) for lane in e.lanes), (e.stage.id,)
            ),
        )
    )
    out.append(
        group(
            tr("insights", "Stages where personas' scores differ by {0} or more").format(
                c.gap_threshold
            )
            + " ({0})",
            c.persona_gaps,
            lambda g: Finding(
                tr("insights", "{0} in lane {1}: {2} {3}, {4} {5} ({6} apart)").format(
                    _name(g.stage),
                    _name(g.lane),
                    _name(g.highest.persona),
                    score(g.highest.score),
                    _name(g.lowest.persona),
                    score(g.lowest.score),
                    f"{g.difference:g}",
                ),
                points(g.highest.persona, g.lane, g.stage.id)
                + points(g.lowest.persona, g.lane, g.stage.id),
            ),
        )
    )
    return tuple(out)


def _priorities(result: Insights, check: Check = never) -> tuple[Finding, ...]:
    group = partial(_group, check=check)
    p = result.priorities
    return (
        Finding(
            tr("insights", "{0} cards have votes, {1} votes in all.").format(
                p.voted_cards, p.total_votes
            )
        ),
        group(
            tr("insights", "Top voted ({0})"),
            p.top_voted,
            lambda r: Finding(ranked(r, _name), (r.card.id,)),
        ),
        group(
            tr("insights", "Pain points without an opportunity in their stage ({0})"),
            p.pain_points_without_opportunity,
            lambda s: Finding(staged(s, _name), (s.card.id,)),
        ),
        group(
            tr("insights", "Opportunities by votes ({0})"),
            p.opportunities,
            lambda r: Finding(ranked(r, _name), (r.card.id,)),
        ),
    )


def _evidence(result: Insights, check: Check = never) -> tuple[Finding, ...]:
    group = partial(_group, check=check)
    e = result.evidence
    return (
        Finding(
            tr("insights", "Cards with evidence: {0} of {1} ({2})").format(
                e.with_evidence, e.cards, percent(e.share)
            )
        ),
        Finding(
            tr("insights", "By kind: {0}").format(
                ", ".join(
                    f"{kind_name(k)} {s.with_evidence}/{s.cards} ({percent(s.share)})"
                    for k, s in e.by_kind.items()
                )
                or tr("insights", "none")
            )
        ),
        Finding(
            tr("insights", "Cards citing each source: {0}").format(
                ", ".join(
                    f"{source_name(k)} {s.with_evidence} ({percent(s.share)})"
                    for k, s in e.by_source.items()
                )
            )
        ),
        group(
            tr(
                "insights", "Pain points, opportunities and moments of truth without evidence ({0})"
            ),
            e.unsupported,
            lambda s: Finding(staged(s, _name), (s.card.id,)),
        ),
    )


def findings(result: Insights, doc: JourneyMap, check: Check = never) -> tuple[Section, ...]:
    """The sections of ``result`` (the insights of ``doc``) as findings, in report order;
    ``check`` is called before each group of findings and in the longer loops (`cancel`)."""
    return (
        Section("path", tr("insights", "Path"), _path(result, check)),
        Section("emotions", tr("insights", "Emotions"), _emotions(result, doc, check)),
        Section("coverage", tr("insights", "Coverage"), _coverage(result, doc, check)),
        Section("priorities", tr("insights", "Priorities"), _priorities(result, check)),
        Section("evidence", tr("insights", "Evidence"), _evidence(result, check)),
    )
