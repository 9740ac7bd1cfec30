"""What goes on each slide of the deck, and where (no Qt, no python-pptx).

`plan_deck` lists the slides: the title slide, one per persona, the overview, the stages
(as many slides per stage as its cards need: a stage's lanes are stacked top to bottom, three
cards to a row, and a row that does not fit continues on a further slide), then the
insights and the sources when the map has them (their lines continue on further slides too).
`journeymapper.export.pptx` writes the plan; the export dialog counts its slides.

Units are points on a 16:9 slide of 960 × 540 pt (13.333 × 7.5 in).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..i18n import tr
from ..layout.theme import (
    DEFAULT_THEME,
    KIND_ACCENT,
    KIND_FILL,
    LANE_ACCENT,
    Theme,
    map_words,
    mix,
    persona_colour,
)
from ..model import Card, CardKind, Channel, EvidenceSource, JourneyMap, Lane, LaneKind, Stage
from .deck_text import LINE, METRICS, Fitted, fit

SLIDE_W, SLIDE_H = 960.0, 540.0
MARGIN = 32.0
TITLE_Y, TITLE_H = 30.0, 44.0
TITLE_SIZE = 26.0
OVERLINE_Y = 12.0
CONTENT_TOP = 92.0
CONTENT_BOTTOM = SLIDE_H - 26.0

# the stage slides: cards on the left, the emotion scores and channels on the right
PANEL_W = 220.0
PANEL_X = SLIDE_W - MARGIN - PANEL_W
CARDS_W = PANEL_X - 18.0 - MARGIN
COLUMNS = 3
GAP = 8.0
CARD_W = (CARDS_W - (COLUMNS - 1) * GAP) / COLUMNS
CARD_PAD = 6.0
LANE_HEAD_H = 20.0
LANE_GAP = 10.0
META_SIZE, TITLE_CARD_SIZE, BODY_SIZE, FOOT_SIZE = 9.5, 13.0, 11.0, 9.0
TITLE_LINES, BODY_LINES = 4, 5
DESCRIPTION_SIZE, DESCRIPTION_LINES = 12.0, 2
# the lists of the insights and sources slides
LIST_SIZE, HEADING_SIZE, LIST_LINES = 13.0, 15.0, 4
LIST_W = SLIDE_W - 2 * MARGIN
#: how many of a finding's items a slide lists (the rest: "… and N more")
FINDING_ITEMS = 6


def score_text(score: float) -> str:
    """+3, −1.5, 0: a score as people write it (a real minus sign)."""
    text = f"{abs(score):g}"
    return ("+" if score > 0 else "−" if score < 0 else "") + text


def continued(name: str, width: float = SLIDE_W - 2 * MARGIN, size: float = TITLE_SIZE) -> str:
    """ "Name (continued)" on one line ``width`` wide: a long name is cut, the word stays."""
    pattern = tr("export", "{0} (continued)")
    room = width - METRICS.width(pattern.format(""), size, True)
    return pattern.format(fit(name, room, size, True, 1).text)


def card_colours(card: Card, lane_kind: LaneKind, theme: Theme = DEFAULT_THEME) -> tuple[str, str]:
    """(fill, border) of a card by the map's own rule (`layout.cards.card_box`), for a plan
    made without a layout (the export takes them from the layout itself)."""
    is_touchpoint = lane_kind == LaneKind.TOUCHPOINTS or card.channel is not None
    kind = card.kind
    fill = card.color or (
        KIND_FILL.get(kind) or (theme.touchpoint_fill if is_touchpoint else theme.card_fill)
    )
    if card.color:
        border = mix(fill, theme.shadow, theme.card_border_darken)
    elif kind != CardKind.NOTE:
        border = mix(KIND_ACCENT[kind], theme.kind_border_tint, theme.kind_border_lighten)
    else:
        border = theme.touchpoint_border if is_touchpoint else theme.card_border
    return fill, border


@dataclass(frozen=True)
class Para:
    """One paragraph of a text box."""

    text: str
    size: float
    bold: bool = False
    colour: str = DEFAULT_THEME.ink
    italic: bool = False
    space_before: float = 0.0


def para_height(paras: list[Para], widths: list[Fitted]) -> float:
    return sum(f.lines * p.size * LINE + p.space_before for p, f in zip(paras, widths, strict=True))


@dataclass
class PlacedCard:
    card: Card
    x: float
    y: float
    w: float
    h: float
    fill: str
    border: str
    paras: list[Para]
    cut: bool  # some of its text did not fit (the notes have it whole)


@dataclass
class PlacedLane:
    lane: Lane
    x: float
    y: float  # of its header
    continued: bool
    accent: str
    cards: list[PlacedCard] = field(default_factory=list)


@dataclass
class Score:
    name: str  # the persona's (and the lane's, when a map has several emotion lanes)
    colour: str
    score: float
    note: str


@dataclass
class Slide:
    """One slide: ``kind`` is title, persona, overview, stage, list; ``title`` is its title
    placeholder's text, ``overline`` the small line above it."""

    kind: str
    title: str
    overline: str = ""
    persona_index: int = -1
    stage: Stage | None = None
    description: Fitted | None = None
    lanes: list[PlacedLane] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    channels: list[tuple[str, int]] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)  # a list slide's lines
    notes: str = ""


@dataclass
class DeckPlan:
    slides: list[Slide]


def _card_paras(card: Card, lane: Lane, words: dict[str, str]) -> tuple[list[Para], bool]:
    inner = CARD_W - 2 * CARD_PAD
    paras: list[Para] = []
    cut = False
    meta = []
    accent = DEFAULT_THEME.muted_ink
    if card.kind != CardKind.NOTE:
        meta.append(words[card.kind.value])
        accent = KIND_ACCENT[card.kind]
    channel = card.channel
    if channel is None and lane.kind == LaneKind.TOUCHPOINTS:
        channel = Channel.OTHER
    if channel is not None:
        meta.append(words[channel.value])
    if meta:
        f = fit(" · ".join(meta), inner, META_SIZE, True, 1)
        paras.append(Para(f.text, META_SIZE, True, accent))
    title = fit(card.title, inner, TITLE_CARD_SIZE, True, TITLE_LINES)
    paras.append(Para(title.text, TITLE_CARD_SIZE, True))
    cut |= title.cut
    if card.body and card.body.strip():
        body = fit(card.body, inner, BODY_SIZE, False, BODY_LINES)
        paras.append(Para(body.text, BODY_SIZE, False, DEFAULT_THEME.body_ink, space_before=3))
        cut |= body.cut
    foot = []
    if card.votes:
        foot.append(f"● {card.votes}")
    if card.evidence:
        n = len(card.evidence)
        foot.append(words["source"] if n == 1 else words["sources"].format(n))
    foot.extend(f"#{t}" for t in card.tags)
    if foot:
        f = fit("  ".join(foot), inner, FOOT_SIZE, False, 1)
        paras.append(Para(f.text, FOOT_SIZE, False, DEFAULT_THEME.muted_ink, space_before=3))
        cut |= f.cut
    return paras, cut


def _card_height(paras: list[Para]) -> float:
    inner = CARD_W - 2 * CARD_PAD
    fitted = [fit(p.text, inner, p.size, p.bold) for p in paras]
    return para_height(paras, fitted) + 2 * CARD_PAD + 4


def _scores(doc: JourneyMap, stage: Stage, curve_colours: CurveColours) -> list[Score]:
    lanes = [ln for ln in doc.lanes if ln.kind == LaneKind.EMOTION]
    several = len(lanes) > 1
    persona_at = {p.id: i for i, p in enumerate(doc.personas)}
    out: list[Score] = []
    for lane in lanes:
        for e in doc.emotions:
            if e.stage != stage.id or e.lane != lane.id:
                continue
            persona = doc.persona(e.persona) if e.persona else None
            if persona is not None:
                name = persona.name
                colour = persona_colour(persona_at[persona.id], persona.color)
            else:
                name = words_customer(doc)
                colour = LANE_ACCENT[LaneKind.EMOTION]
            colour = curve_colours.get((lane.id, e.persona)) or colour  # the map's curve
            if several:
                name += f" ({lane.name})"
            out.append(Score(name, colour, e.score, e.note or ""))
    return out


def words_customer(doc: JourneyMap) -> str:
    return map_words(doc.locale)["customer"]


def _channels(doc: JourneyMap, cards: list[Card]) -> list[tuple[str, int]]:
    words = map_words(doc.locale)
    kinds = {ln.id: ln.kind for ln in doc.lanes}
    counts: dict[Channel, int] = {}
    for c in cards:
        channel = c.channel
        if channel is None and kinds.get(c.lane) == LaneKind.TOUCHPOINTS:
            channel = Channel.OTHER
        if channel is not None:
            counts[channel] = counts.get(channel, 0) + 1
    order = list(Channel)
    return [
        (words[ch.value], n) for ch, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]))
    ]


#: (fill, border) of each card by id, as the map's layout gives them
Colours = Mapping[str, tuple[str, str]]
#: the colour of each emotion curve by (lane id, persona id or None), as the layout draws it
CurveColours = Mapping[tuple[str, str | None], str]


def stage_slides(
    doc: JourneyMap,
    index: int,
    colours: Colours | None = None,
    cards: list[Card] | None = None,
    curve_colours: CurveColours | None = None,
) -> list[Slide]:
    """The slides of stage ``index``: its lanes' cards, continued on as many as they need.
    ``colours``: the cards' colours from the map's layout (else `card_colours`); ``cards``:
    the stage's cards in the map's order, when the caller has them at hand."""
    stage = doc.stages[index]
    if cards is None:
        cards = [c for c in doc.cards if c.stage == stage.id]
    words = map_words(doc.locale)
    overline = tr("export", "Stage {0} of {1}").format(index + 1, len(doc.stages))
    description = fit(stage.description, CARDS_W + 18 + PANEL_W, DESCRIPTION_SIZE, False, 2)
    top = CONTENT_TOP + (description.height(DESCRIPTION_SIZE) + 6 if description.text else 0)
    scores = _scores(doc, stage, curve_colours or {})
    channels = _channels(doc, cards)

    def new_slide(is_continued: bool) -> Slide:
        title = stage.name if not is_continued else continued(stage.name)
        return Slide(
            "stage",
            title,
            overline,
            stage=stage,
            description=description if not is_continued else None,
            scores=scores,
            channels=channels,
        )

    slides = [new_slide(False)]
    y = top
    by_cell: dict[str, list[Card]] = {}
    for c in cards:
        by_cell.setdefault(c.lane, []).append(c)
    for lane in doc.lanes:
        in_lane = by_cell.get(lane.id, [])
        if not in_lane:
            continue
        accent = LANE_ACCENT[lane.kind]  # the lane header's bar on the map
        placed_lane: PlacedLane | None = None
        for row_start in range(0, len(in_lane), COLUMNS):
            row = in_lane[row_start : row_start + COLUMNS]
            built = []
            for card in row:
                paras, cut = _card_paras(card, lane, words)
                built.append((card, paras, cut, _card_height(paras)))
            row_h = max(b[3] for b in built)
            head = LANE_HEAD_H if placed_lane is None else 0.0
            if y + head + row_h > CONTENT_BOTTOM and (slides[-1].lanes or y > top):
                slides.append(new_slide(True))
                y = CONTENT_TOP
                placed_lane = None
                head = LANE_HEAD_H
            if placed_lane is None:
                placed_lane = PlacedLane(lane, MARGIN, y, row_start > 0, accent)
                slides[-1].lanes.append(placed_lane)
                y += LANE_HEAD_H
            for k, (card, paras, cut, _h) in enumerate(built):
                fill, border = (colours or {}).get(card.id) or card_colours(card, lane.kind)
                x = MARGIN + k * (CARD_W + GAP)
                placed_lane.cards.append(
                    PlacedCard(card, x, y, CARD_W, row_h, fill, border, paras, cut)
                )
            y += row_h + GAP
        y += LANE_GAP - GAP
    for slide in slides:
        slide.notes = _stage_notes(slide, doc)
    return slides


def _stage_notes(slide: Slide, doc: JourneyMap) -> str:
    from .deck_text import shorten

    cut = any(pc.cut for lane in slide.lanes for pc in lane.cards)
    if not cut and not (slide.description is not None and slide.description.cut):
        return ""  # everything is on the slide (notes cost a part each: only when needed)
    lines = []
    if slide.description is not None and slide.description.cut and slide.stage:
        lines.append(shorten(slide.stage.description, 20_000))
    for lane in slide.lanes:
        lines.append(f"{lane.lane.name}:")
        for pc in lane.cards:
            text = f"- {shorten(pc.card.title, 2000)}"
            if pc.card.body:
                text += f": {shorten(pc.card.body, 20_000)}"
            lines.append(text)
    return "\n".join(lines)


def list_slides(title: str, paras: list[Para], overline: str = "") -> list[Slide]:
    """``paras`` over as many slides as they need (titled "… (continued)" after the first);
    each line is cut after `LIST_LINES` lines."""
    slides = [Slide("list", title, overline)]
    y = CONTENT_TOP
    inner = LIST_W - 10
    for p in paras:
        f = fit(p.text, inner, p.size, p.bold, LIST_LINES)
        h = f.lines * p.size * LINE + p.space_before + 2
        if y + h > CONTENT_BOTTOM and slides[-1].paras:
            slides.append(Slide("list", continued(title), overline))
            y = CONTENT_TOP
            p = Para(p.text, p.size, p.bold, p.colour, p.italic, 0.0)
            h -= p.space_before
        slides[-1].paras.append(Para(f.text, p.size, p.bold, p.colour, p.italic, p.space_before))
        y += h
    return slides


def insight_slides(doc: JourneyMap) -> list[Slide]:
    """The insights (`journeymapper.analysis`), a section's findings on its slides."""
    from ..analysis import insights
    from ..analysis.findings import findings

    out: list[Slide] = []
    t = DEFAULT_THEME
    for section in findings(insights(doc), doc):
        paras: list[Para] = []
        for f in section.findings:
            if not f.children and f.text.rstrip().endswith("(0)"):
                continue  # an empty group says nothing on a slide
            paras.append(Para(f.text, LIST_SIZE, True, t.ink, space_before=6 if paras else 0))
            for child in f.children[:FINDING_ITEMS]:
                paras.append(Para("•  " + child.text, LIST_SIZE - 1, False, t.body_ink))
            more = len(f.children) - FINDING_ITEMS
            if more > 0:
                paras.append(
                    Para(
                        tr("export", "… and {0} more").format(more),
                        LIST_SIZE - 1,
                        False,
                        t.muted_ink,
                    )
                )
        if paras:
            out += list_slides(section.title, paras, tr("export", "Insights"))
    return out


def source_heading(source: EvidenceSource) -> str:
    # the PDF's headings (export/pdf_pages.py), not imported: that module loads reportlab
    return {
        EvidenceSource.FIRST_PARTY: tr("export", "First-party data"),
        EvidenceSource.SECOND_PARTY: tr("export", "Second-party data"),
        EvidenceSource.THIRD_PARTY: tr("export", "Third-party data"),
        EvidenceSource.OBSERVATION: tr("export", "Observation"),
        EvidenceSource.ASSUMPTION: tr("export", "Assumptions"),
    }[source]


def source_slides(doc: JourneyMap) -> list[Slide]:
    """Every evidence item, numbered and grouped as on the PDF's sources page."""
    from .sources import number_sources

    groups, _numbers = number_sources(doc)
    t = DEFAULT_THEME
    paras: list[Para] = []
    for source, entries in groups:
        paras.append(
            Para(source_heading(source), HEADING_SIZE, True, t.ink, space_before=8 if paras else 0)
        )
        for e in entries:
            ev = e.evidence
            parts = [f"[{e.number}]  {ev.title}"]
            if ev.reference:
                parts.append(ev.reference)
            if ev.date:
                parts.append(ev.date)
            paras.append(Para(" · ".join(parts), LIST_SIZE - 1, False, t.ink, space_before=3))
            where = tr("export", "“{0}” in {1} / {2}").format(e.card.title, e.stage, e.lane)
            paras.append(Para(where, LIST_SIZE - 2, False, t.muted_ink))
    return list_slides(tr("export", "Sources"), paras) if paras else []


def plan_deck(
    doc: JourneyMap,
    insights: bool = True,
    colours: Colours | None = None,
    curve_colours: CurveColours | None = None,
) -> DeckPlan:
    """Every slide of ``doc``'s deck, in order (see the module's notes). ``colours`` and
    ``curve_colours``: the cards' (fill, border) by id and the curves' colours from the map's
    layout, so that the sticky notes and scores have the map's colours."""
    slides = [Slide("title", doc.title)]
    for i, persona in enumerate(doc.personas):
        slides.append(Slide("persona", persona.name, tr("export", "Persona"), persona_index=i))
    slides.append(Slide("overview", tr("export", "Overview"), doc.title))
    by_stage: dict[str, list[Card]] = {}
    for c in doc.cards:
        by_stage.setdefault(c.stage, []).append(c)
    for i, stage in enumerate(doc.stages):
        slides += stage_slides(doc, i, colours, by_stage.get(stage.id, []), curve_colours)
    if insights and doc.cards:
        slides += insight_slides(doc)
    slides += source_slides(doc)
    return DeckPlan(slides)
