"""The insights as readable text, grouped by section (``journeymapper insights FILE``).

Long lists are cut at `LIST_LIMIT` items with "… and N more": the JSON has them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..editing.kinds import card_kind_name
from ..editing.kinds import source_name as editor_source_name
from ..i18n import tr
from ..quotes import quote
from .common import Ref
from .compute import Insights
from .coverage import CoverageSection, StageChannels
from .emotions import EmotionSection, MomentOfTruth
from .paths import PathSection, PlacedCard, Route
from .priorities import EvidenceSection, PrioritySection, RankedCard, StagedCard

T = TypeVar("T")
LIST_LIMIT = 10
INDENT = "  "


def kind_name(kind: str) -> str:
    """A card kind as the report writes it ("pain point"): the editor's name, lower case."""
    return card_kind_name(kind).lower()


def source_name(source: str) -> str:
    """An evidence source as the report writes it: the editor's name, lower case."""
    return editor_source_name(source).lower()


def ref(r: Ref | None) -> str:
    """``"Name" (id)``; the people-readable name first, the id to find it by."""
    if r is None:
        return tr("insights", "(no persona)")
    return f"{quote(r.name)} ({r.id})"


def name_only(r: Ref | None) -> str:
    """``"Name"``: for the editor's dock, where a click finds the part."""
    if r is None:
        return tr("insights", "(no persona)")
    return quote(r.name)


#: How a part is named: `ref` (name and id) or `name_only`.
Namer = Callable[[Ref | None], str]


def refs(items: Sequence[Ref], limit: int = LIST_LIMIT) -> str:
    return _cut(items, ref, limit)


def _more(items: Sequence[Any], limit: int) -> str:
    return tr("insights", "\u2026 and {0} more (see --json)").format(len(items) - limit)


def _cut(
    items: Sequence[T], fmt: Callable[[T], str], limit: int = LIST_LIMIT, sep: str = "; "
) -> str:
    """The first ``limit`` items on one line (only those are formatted: lists can be long)."""
    if not items:
        return tr("insights", "none")
    shown = sep.join(fmt(item) for item in items[:limit])
    return shown + " " + _more(items, limit) if len(items) > limit else shown


def _lines(items: Sequence[T], fmt: Callable[[T], str], limit: int = LIST_LIMIT) -> list[str]:
    """The first ``limit`` items one a line; "none" for no items."""
    if not items:
        return [INDENT * 2 + tr("insights", "none")]
    out = [INDENT * 2 + fmt(item) for item in items[:limit]]
    if len(items) > limit:
        out.append(INDENT * 2 + _more(items, limit))
    return out


def score(value: float | None) -> str:
    """Signed (+2, -3); zero plain."""
    if value is None:
        return "?"
    return f"{value:+g}" if value else "0"


def steps(n: int) -> str:
    return (tr("insights", "1 step") if n == 1 else tr("insights", "{0} steps")).format(n)


def votes(n: int) -> str:
    return (tr("insights", "1 vote") if n == 1 else tr("insights", "{0} votes")).format(n)


def percent(value: float | None) -> str:
    return "\u2013" if value is None else f"{value * 100:.0f}%"


def route(r: Route, name: Namer = ref) -> str:
    return " \u2192 ".join(name(c) for c in r.cards) + f" ({steps(r.steps)})"


def _path(p: PathSection) -> list[str]:
    out = [tr("insights", "PATH")]
    out.append(
        INDENT + tr("insights", "{0} steps through {1} cards.").format(p.steps, p.cards_on_path)
    )
    if not p.steps:
        out.append(INDENT + tr("insights", "No card is connected to another: there is no path."))
        return out
    out.append(
        INDENT + tr("insights", "Entries ({0}): {1}").format(len(p.entries), refs(p.entries))
    )
    out.append(INDENT + tr("insights", "Exits ({0}): {1}").format(len(p.exits), refs(p.exits)))
    out.append(
        INDENT
        + tr("insights", "Dead ends, exits before the last stage {0} ({1}): {2}").format(
            ref(p.last_stage),
            len(p.dead_ends),
            _cut(p.dead_ends, placed),
        )
    )
    out.append(
        INDENT
        + tr("insights", "Cards on no path in the lanes of the path ({0}): {1}").format(
            len(p.off_path), refs(p.off_path)
        )
    )
    if p.unreachable:
        out.append(
            INDENT
            + tr("insights", "Reached from no entry, only in loops ({0}): {1}").format(
                len(p.unreachable), refs(p.unreachable)
            )
        )
    if p.paths_capped:
        count = tr(
            "insights", "{0} listed; the search stopped at its cap ({1} paths), there may be more"
        ).format(len(p.paths), p.max_paths)
    else:
        count = str(len(p.paths))
    out.append(INDENT + tr("insights", "Simple paths from an entry to an exit: {0}").format(count))
    if p.longest is not None:
        label = (
            tr("insights", "Longest listed path")
            if p.paths_capped
            else tr("insights", "Longest path")
        )
        out.append(INDENT + f"{label}: {route(p.longest)}")
    if p.shortest is not None:
        out.append(INDENT + tr("insights", "Shortest path: {0}").format(route(p.shortest)))
    out.append(
        INDENT + tr("insights", "Back-steps to an earlier stage ({0}):").format(len(p.back_steps))
    )
    out += _lines(
        p.back_steps,
        lambda b: tr("insights", "{0} in {1} \u2192 {2} in {3} [{4}]").format(
            ref(b.source), ref(b.from_stage), ref(b.target), ref(b.to_stage), b.connection
        ),
    )
    loops = (
        tr("insights", "Closed loops ({0}, the search stops at {1}):").format(
            len(p.loops), p.max_loops
        )
        if p.loops_capped
        else tr("insights", "Closed loops ({0}):").format(len(p.loops))
    )
    out.append(INDENT + loops)
    out += _lines(p.loops, lambda r: " \u2192 ".join(ref(c) for c in r.cards))
    for title, forks in (
        (tr("insights", "Branches, cards with several next cards ({0}):"), p.branches),
        (tr("insights", "Merges, cards with several previous cards ({0}):"), p.merges),
    ):
        out.append(INDENT + title.format(len(forks)))
        out += _lines(forks, lambda f: f"{ref(f.card)}: {refs(f.cards)}")
    return out


def _moment(m: MomentOfTruth) -> str:
    if m.reason == "lowest_point":
        return tr("insights", "{0}: the lowest point of {1}, {2}").format(
            ref(m.stage), ref(m.persona), score(m.score)
        )
    if m.reason == "drop":
        return tr("insights", "{0}: a drop of {1} for {2} (to {3})").format(
            ref(m.stage), score(m.change), ref(m.persona), score(m.score)
        )
    return tr("insights", "{0}: marked as moment of truth: {1}").format(ref(m.stage), refs(m.cards))


def _emotions(e: EmotionSection) -> list[str]:
    out = [tr("insights", "EMOTIONS")]
    if not e.curves:
        out.append(INDENT + tr("insights", "The map has no emotion points."))
    for c in e.curves:
        out.append(
            INDENT
            + tr("insights", "{0} in lane {1}: {2} points, average {3}").format(
                ref(c.persona), ref(c.lane), c.points, score(c.average)
            )
        )
        if c.lowest is not None and c.highest is not None:
            out.append(
                INDENT * 2
                + tr("insights", "lowest {0} in {1}; highest {2} in {3}").format(
                    score(c.lowest.score),
                    ref(c.lowest.stage),
                    score(c.highest.score),
                    ref(c.highest.stage),
                )
            )
        for label, change in (
            (tr("insights", "biggest drop"), c.biggest_drop),
            (tr("insights", "biggest rise"), c.biggest_rise),
        ):
            if change is None:
                text = tr("insights", "none")
            else:
                text = tr("insights", "{0} from {1} to {2}").format(
                    score(change.change), ref(change.from_stage), ref(change.to_stage)
                )
            out.append(INDENT * 2 + f"{label}: {text}")
        if c.stages_without_point:
            out.append(
                INDENT * 2
                + tr("insights", "stages with no point: {0}").format(refs(c.stages_without_point))
            )
    out.append(
        INDENT
        + tr(
            "insights",
            "Moments of truth, candidates (lowest points, drops of {0} or more, marked cards):",
        ).format(e.drop_threshold)
    )
    out += _lines(e.moments_of_truth, _moment)
    return out


def _coverage(c: CoverageSection) -> list[str]:
    out = [tr("insights", "COVERAGE")]
    out.append(
        INDENT
        + tr("insights", "Stages without a touchpoint ({0}): {1}").format(
            len(c.stages_without_touchpoints), refs(c.stages_without_touchpoints)
        )
    )
    out.append(INDENT + tr("insights", "Touchpoints by stage and channel:"))
    out += _lines(c.channel_table, channel_row, limit=3 * LIST_LIMIT)
    mix = ", ".join(f"{m.channel} {percent(m.share)} ({m.cards})" for m in c.channel_mix)
    out.append(INDENT + tr("insights", "Channel mix: {0}").format(mix or tr("insights", "none")))
    out.append(
        INDENT
        + tr("insights", "Online share of the touchpoints: {0}").format(percent(c.online_share))
    )
    out.append(INDENT + tr("insights", "Lanes left empty, by stage:"))
    out += _lines(c.empty_lanes, lambda e: f"{ref(e.stage)}: {refs(e.lanes)}")
    out.append(
        INDENT
        + tr("insights", "Stages where personas' scores differ by {0} or more ({1}):").format(
            c.gap_threshold, len(c.persona_gaps)
        )
    )
    out += _lines(
        c.persona_gaps,
        lambda g: tr("insights", "{0} in lane {1}: {2} {3}, {4} {5} ({6} apart)").format(
            ref(g.stage),
            ref(g.lane),
            ref(g.highest.persona),
            score(g.highest.score),
            ref(g.lowest.persona),
            score(g.lowest.score),
            f"{g.difference:g}",
        ),
    )
    return out


def channel_row(row: StageChannels, name: Namer = ref) -> str:
    text = f"{name(row.stage)}: {row.touchpoints}"
    if row.channels:
        text += " \u2014 " + ", ".join(f"{ch} {n}" for ch, n in row.channels.items())
    return text


def ranked(r: RankedCard, name: Namer = ref) -> str:
    return tr("insights", "{0}. {1}: {2} in {3} ({4})").format(
        r.rank, votes(r.votes), name(r.card), name(r.stage), kind_name(r.kind)
    )


def staged(s: StagedCard, name: Namer = ref) -> str:
    return tr("insights", "{0} in {1} ({2})").format(name(s.card), name(s.stage), kind_name(s.kind))


def placed(d: PlacedCard, name: Namer = ref) -> str:
    return tr("insights", "{0} in {1}").format(name(d.card), name(d.stage))


def _priorities(p: PrioritySection) -> list[str]:
    out = [tr("insights", "PRIORITIES")]
    out.append(
        INDENT
        + tr("insights", "{0} cards have votes, {1} votes in all.").format(
            p.voted_cards, p.total_votes
        )
    )
    out.append(INDENT + tr("insights", "Top voted (rank {0} or better, ties kept):").format(p.top))
    out += _lines(p.top_voted, ranked, limit=3 * LIST_LIMIT)
    out.append(
        INDENT
        + tr("insights", "Pain points without an opportunity in their stage ({0}):").format(
            len(p.pain_points_without_opportunity)
        )
    )
    out += _lines(p.pain_points_without_opportunity, staged)
    out.append(
        INDENT + tr("insights", "Opportunities by votes ({0}):").format(len(p.opportunities))
    )
    out += _lines(p.opportunities, ranked)
    return out


def _evidence(e: EvidenceSection) -> list[str]:
    out = [tr("insights", "EVIDENCE")]
    out.append(
        INDENT
        + tr("insights", "Cards with evidence: {0} of {1} ({2})").format(
            e.with_evidence, e.cards, percent(e.share)
        )
    )
    out.append(
        INDENT
        + tr("insights", "By kind: {0}").format(
            _cut(
                list(e.by_kind.items()),
                lambda ks: (
                    f"{kind_name(ks[0])} {ks[1].with_evidence}/{ks[1].cards} "
                    f"({percent(ks[1].share)})"
                ),
                20,
                ", ",
            )
        )
    )
    out.append(
        INDENT
        + tr("insights", "Cards citing each source: {0}").format(
            _cut(
                list(e.by_source.items()),
                lambda ks: f"{source_name(ks[0])} {ks[1].with_evidence} ({percent(ks[1].share)})",
                20,
                ", ",
            )
        )
    )
    out.append(
        INDENT
        + tr(
            "insights", "Pain points, opportunities and moments of truth without evidence ({0}):"
        ).format(len(e.unsupported))
    )
    out += _lines(e.unsupported, staged)
    return out


def render_text(result: Insights) -> str:
    """The whole report, one section after the other."""
    m = result.map
    out = [
        tr("insights", "Insights: {0}").format(m.title),
        INDENT
        + tr("insights", "{0} stages, {1} lanes, {2} cards, {3} persona(s)").format(
            m.stages, m.lanes, m.cards, m.personas
        ),
    ]
    for section in (
        _path(result.path),
        _emotions(result.emotions),
        _coverage(result.coverage),
        _priorities(result.priorities),
        _evidence(result.evidence),
    ):
        out.append("")
        out += section
    return "\n".join(out) + "\n"
