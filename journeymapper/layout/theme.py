"""Sizes, the calm default palette and every colour, alpha, line width and radius of the
drawing, shared by the canvas and the exports (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import CardKind, EvidenceSource, LaneKind


@dataclass(frozen=True)
class Theme:
    # type sizes (pt); chosen to stay readable when projected
    title_size: float = 30.0
    subtitle_size: float = 14.0
    stage_name_size: float = 17.0
    stage_desc_size: float = 11.5
    lane_name_size: float = 15.0
    lane_kind_size: float = 10.5
    card_title_size: float = 13.5
    card_body_size: float = 11.5
    tag_size: float = 10.0
    curve_label_size: float = 10.0
    line_spacing: float = 1.3

    # geometry (scene units = pt at 100 %)
    margin: float = 32.0
    lane_header_width: float = 200.0
    stage_width: float = 260.0
    cell_pad: float = 12.0
    card_gap: float = 10.0
    card_pad: float = 12.0
    card_radius: float = 6.0
    icon_size: float = 18.0
    lane_min_height: float = 96.0
    emotion_lane_height: float = 230.0
    header_pad: float = 12.0
    connection_spacing: float = 5.0

    # colours
    page: str = "#F7F8FA"
    grid_line: str = "#DDE1E7"
    ink: str = "#1F2933"
    muted_ink: str = "#5B6673"
    header_fill: str = "#FFFFFF"
    card_fill: str = "#FFF8D6"  # a sticky note
    card_border: str = "#E2D9A8"
    touchpoint_fill: str = "#FFFFFF"
    tag_fill: str = "#EEF1F5"
    connection: str = "#6B7785"
    neutral_line: str = "#9AA5B1"
    selection: str = "#2F80ED"
    # (the layout gives these to its boxes: card body text, a vote chip's number, a
    # touchpoint's border, a coloured card's border as its fill this much darker)
    body_ink: str = "#3B4652"
    vote_ink: str = "#FFFFFF"
    touchpoint_border: str = "#CBD5E1"
    card_border_darken: float = 0.18
    paper: str = "#FFFFFF"  # a page around the map (PNG of a page size, PDF pages)
    shadow: str = "#000000"
    sketch_bar: str = "#9AA5B1"  # where a card's lines are, zoomed far out
    label_plate: str = "#FFFFFF"  # under a connection's label
    point_fill: str = "#FFFFFF"  # inside an emotion point
    handle_ring: str = "#FFFFFF"  # around a card's connection handle
    tile_grid: str = "#2F80ED"  # the poster tiles over the PDF overview
    crop_mark: str = "#000000"

    # marks: alphas, line widths and radii of the drawing (`journeymapper.render.drawing`)
    column_tint_alpha: float = 0.28
    shadow_alpha: float = 28 / 255
    shadow_offset: float = 2.0
    label_plate_alpha: float = 235 / 255
    label_plate_radius: float = 3.0
    label_selected_width: float = 1.2
    header_radius: float = 8.0
    header_border_darken: float = 0.12  # a stage header's border: its fill this much darker
    lane_accent_width: float = 4.0
    lane_accent_inset: float = 8.0
    chip_radius: float = 4.0
    border_width: float = 1.0
    selected_width: float = 2.5
    connection_width: float = 1.8
    connection_selected_width: float = 2.5
    route_radius: float = 8.0
    arrow_size: float = 9.0
    arrow_spread: float = 0.55  # half the arrowhead's base, as a share of its length
    curve_width: float = 3.5
    point_radius: float = 6.5
    point_selected_radius: float = 8.0
    point_stroke: float = 3.0
    point_halo_gap: float = 4.0  # a selected point's ring, outside the point
    point_halo_width: float = 1.5
    zero_line_width: float = 1.4
    scale_inset_left: float = 28.0  # the emotion scale's lines, inside its lane
    scale_inset_right: float = 6.0
    handle_radius: float = 7.0
    handle_ring_width: float = 2.0
    sketch_selected_px: float = 2.0  # a sketched card's selection outline, in pixels

    # card kinds, evidence badges, images and emotion notes
    kind_icon_size: float = 14.0
    kind_bar_width: float = 5.0  # a pain point's thick left bar
    kind_mark_width: float = 1.6  # the inner and double borders of other kinds
    kind_mark_inset: float = 3.5
    kind_corner: float = 14.0  # an idea's folded corner
    badge_fill: str = "#FFFFFF"
    badge_border: str = "#8A96A3"
    assumption_fill: str = "#FFF4E0"
    assumption_ink: str = "#8A5A00"
    image_max_height: float = 150.0
    image_frame: str = "#CBD2DA"
    note_size: float = 9.5
    note_max_width: float = 200.0
    note_max_lines: int = 2
    note_gap: float = 15.0  # between an emotion point's centre and its note
    note_plate: str = "#FFFFFF"
    note_plate_alpha: float = 0.94
    note_stripe_width: float = 3.0
    kind_border_tint: str = "#FFFFFF"  # a kind's card border: its accent moved towards this
    kind_border_lighten: float = 0.55

    # the editor around the map (never on paper)
    editor_fill: str = "#FFFFFF"  # under the inline text editor
    colour_pick: str = "#FFFFFF"  # where the colour dialog starts for a part without one
    persona_pick: str = "#2F80ED"  # ... and for a persona without one
    present_surround: str = "#2E3440"  # a calm dark grey around the presented map
    timer_plate: str = "#1F2933"  # the workshop timer's plate (drawn at timer_plate_alpha)
    timer_plate_alpha: int = 210
    timer_alert: str = "#D64545"  # the timer's plate when time is up
    pointer_ring: str = "#E6A000"  # the presenter's pointer (drawn at pointer_ring_alpha)
    pointer_ring_alpha: int = 220
    pointer_fill: str = "#FFD60A"
    pointer_fill_alpha: int = 70
    timer_ink: str = "#FFFFFF"
    preview_backdrop: str = "#E8EAED"  # around the page in the export preview
    preview_frame: str = "#9AA0A6"  # the page's edge in the export preview
    start_placeholder: str = "#e6e8ec"  # a start-page thumbnail not drawn yet
    start_missing_ink: str = "#9a3b3b"  # a recent map whose file is gone
    start_missing_fill: str = "#f3e1e1"

    # the client's brand (`journeymapper.layout.brand.branded_theme` sets these from a map)
    typeface: str = "sans"  # "sans" or "serif": the shipped DejaVu faces
    accent: str | None = None  # under the title and along the stage headers
    palette: str = "standard"  # sticky notes and persona curves (`PALETTES`)
    accent_rule_width: float = 72.0  # the accent bar under the title
    accent_rule_height: float = 4.0
    accent_band: float = 3.0  # the accent line along a stage header's foot
    logo_max_width: float = 220.0  # the logo in the title block, scaled to fit
    logo_max_height: float = 64.0
    logo_gap: float = 24.0  # between the title and the logo


DEFAULT_THEME = Theme()

#: Soft column colours used when a stage has none (cycled).
STAGE_PALETTE = ("#DCEBFA", "#E3F4E8", "#FFF1D6", "#F6E1EC", "#E8E4F8", "#DFF3F3", "#F9E7DA")

#: Lane tint by kind when a lane has no colour.
LANE_KIND_COLOUR = {
    LaneKind.CARDS: "#FFFFFF",
    LaneKind.TOUCHPOINTS: "#F2F6FB",
    LaneKind.EMOTION: "#FBFBF4",
}

#: The accent bar and icon of a lane header, by kind.
LANE_ACCENT = {
    LaneKind.CARDS: "#F2C94C",
    LaneKind.TOUCHPOINTS: "#2F80ED",
    LaneKind.EMOTION: "#D64550",
}
LANE_ICON = {
    LaneKind.CARDS: "card",
    LaneKind.TOUCHPOINTS: "lane-touchpoints",
    LaneKind.EMOTION: "lane-emotion",
}

#: Each card kind's mark: an accent colour (the icon and the shape are drawn in it), a
#: soft fill for a card without a colour of its own, and a shape readable without colour:
#: "bar" a thick left bar, "inner" a dashed inner border, "double" a double border,
#: "fold" a folded top-right corner, "brackets" four corner brackets, "quote" two thin left
#: bars, "top" a thick top band. Notes have none (they look as they always did).
KIND_ACCENT: dict[CardKind, str] = {
    CardKind.PAIN_POINT: "#C0392B",
    CardKind.OPPORTUNITY: "#1E8449",
    CardKind.MOMENT_OF_TRUTH: "#7D3C98",
    CardKind.IDEA: "#B9770E",
    CardKind.QUESTION: "#1F63B8",
    CardKind.QUOTE: "#4D5966",
    CardKind.METRIC: "#0E7C7B",
}
KIND_FILL: dict[CardKind, str] = {
    CardKind.PAIN_POINT: "#FDEDEC",
    CardKind.OPPORTUNITY: "#E9F7EF",
    CardKind.MOMENT_OF_TRUTH: "#F4ECF7",
    CardKind.IDEA: "#FEF5E7",
    CardKind.QUESTION: "#EAF2FB",
    CardKind.QUOTE: "#F4F6F7",
    CardKind.METRIC: "#E8F6F5",
}
KIND_SHAPE: dict[CardKind, str] = {
    CardKind.PAIN_POINT: "bar",
    CardKind.OPPORTUNITY: "inner",
    CardKind.MOMENT_OF_TRUTH: "double",
    CardKind.IDEA: "fold",
    CardKind.QUESTION: "brackets",
    CardKind.QUOTE: "quote",
    CardKind.METRIC: "top",
}
#: The icon of each kind (``icons/kind-*.svg``).
KIND_ICON: dict[CardKind, str] = {k: "kind-" + k.value.replace("_", "-") for k in KIND_SHAPE}
#: The kinds whose card says "assumption" when nothing stands behind it.
NEEDS_EVIDENCE = frozenset({CardKind.PAIN_POINT, CardKind.OPPORTUNITY, CardKind.MOMENT_OF_TRUTH})
#: Evidence sources in the order the sources page lists them.
SOURCE_ORDER = (
    EvidenceSource.FIRST_PARTY,
    EvidenceSource.SECOND_PARTY,
    EvidenceSource.THIRD_PARTY,
    EvidenceSource.OBSERVATION,
    EvidenceSource.ASSUMPTION,
)

#: Strong, distinct curve colours for personas without one (cycled).
PERSONA_PALETTE = ("#D64550", "#2F80ED", "#27AE60", "#9B51E0", "#F2994A", "#00A3A3")

#: Words printed on the map itself, in the map's language (``JourneyMap.locale``), not the
#: interface's: an Italian map exported from an English interface still reads in Italian.
MAP_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "website": "Website",
        "email": "Email",
        "newsletter": "Newsletter",
        "social": "Social media",
        "ads": "Ads",
        "search": "Search",
        "reviews": "Reviews",
        "word_of_mouth": "Word of mouth",
        "phone": "Phone",
        "chat": "Chat",
        "app": "Mobile app",
        "store": "Store",
        "event": "Event",
        "other": "Other",
        "cards": "Cards",
        "touchpoints": "Touchpoints",
        "emotion": "Emotion curve",
        "customer": "Customer",
        "pain_point": "Pain point",
        "opportunity": "Opportunity",
        "moment_of_truth": "Moment of truth",
        "idea": "Idea",
        "question": "Question",
        "quote": "Quote",
        "metric": "Metric",
        "source": "1 source",
        "sources": "{0} sources",
        "sources_numbered": "Sources {0}",
        "source_numbered": "Source {0}",
        "assumption": "Assumption",
        "for_client": "For {0}",
        "by_author": "By {0}",
    },
    "it": {
        "website": "Sito web",
        "email": "Email",
        "newsletter": "Newsletter",
        "social": "Social network",
        "ads": "Pubblicità",
        "search": "Ricerca",
        "reviews": "Recensioni",
        "word_of_mouth": "Passaparola",
        "phone": "Telefono",
        "chat": "Chat",
        "app": "App mobile",
        "store": "Negozio",
        "event": "Evento",
        "other": "Altro",
        "cards": "Schede",
        "touchpoints": "Punti di contatto",
        "emotion": "Curva emotiva",
        "customer": "Cliente",
        "pain_point": "Criticità",
        "opportunity": "Opportunità",
        "moment_of_truth": "Momento della verità",
        "idea": "Idea",
        "question": "Domanda",
        "quote": "Citazione",
        "metric": "Metrica",
        "source": "1 fonte",
        "sources": "{0} fonti",
        "sources_numbered": "Fonti {0}",
        "source_numbered": "Fonte {0}",
        "assumption": "Ipotesi",
        "for_client": "Per {0}",
        "by_author": "A cura di {0}",
    },
}


def map_words(locale: str | None) -> dict[str, str]:
    """The map's printed words for a locale such as "it" or "it-IT" (English otherwise)."""
    lang = (locale or "en").replace("_", "-").split("-")[0].lower()
    return MAP_WORDS.get(lang, MAP_WORDS["en"])


def stage_colour(index: int, colour: str | None) -> str:
    return colour or STAGE_PALETTE[index % len(STAGE_PALETTE)]


def persona_colour(index: int, colour: str | None, palette: str = "standard") -> str:
    """A persona's curve colour: its own in the standard palette; in the colour-blind-safe
    and high-contrast palettes the palette's colour by position (whatever was picked)."""
    if palette in PALETTES:
        colours = PALETTES[palette].personas
        return colours[index % len(colours)]
    return colour or PERSONA_PALETTE[index % len(PERSONA_PALETTE)]


def kind_fill(kind: CardKind, palette: str = "standard") -> str | None:
    """The soft fill of a card of ``kind`` without a colour of its own (None: a note)."""
    table = PALETTES[palette].kind_fill if palette in PALETTES else KIND_FILL
    return table.get(kind)


def kind_accent(kind: CardKind, palette: str = "standard") -> str:
    """A card kind's accent (its icon and mark)."""
    table = PALETTES[palette].kind_accent if palette in PALETTES else KIND_ACCENT
    return table[kind]


@lru_cache(maxsize=4096)
def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) towards ``other``; both #RRGGBB (remembered:
    thousands of cards share a handful of fills)."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b, strict=True))


def kind_ink(kind: CardKind, palette: str = "standard") -> str:
    """The colour of a card kind's word: its accent, in another palette darkened until
    it reads on the kind's fill (contrast ratio 4.5 at least)."""
    accent = kind_accent(kind, palette)
    if palette not in PALETTES:
        return accent
    return readable(accent, kind_fill(kind, palette) or "#FFFFFF")


def luminance(colour: str) -> float:
    """Relative luminance of #RRGGBB (WCAG 2)."""
    out = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=256)
def readable(colour: str, background: str, ratio: float = 4.5) -> str:
    """``colour`` darkened just enough to reach ``ratio`` against ``background``."""
    step = 0.0
    out = colour
    while contrast(out, background) < ratio and step < 1.0:
        step = min(1.0, step + 0.05)
        out = mix(colour, "#000000", step)
    return out


@dataclass(frozen=True)
class Palette:
    """Another set of note and curve colours (`Theme.palette`); ``theme``: the theme's
    colours it replaces (note fills, borders, inks)."""

    personas: tuple[str, ...]
    kind_accent: dict[CardKind, str]
    kind_fill: dict[CardKind, str]
    theme: dict[str, str]


# Okabe & Ito (2008), "Color Universal Design": eight colours told apart with every
# common colour-vision deficiency. Notes get light tints of them (dark ink stays readable).
_OKABE_ITO_KINDS = {
    CardKind.PAIN_POINT: "#D55E00",  # vermillion
    CardKind.OPPORTUNITY: "#009E73",  # bluish green
    CardKind.MOMENT_OF_TRUTH: "#CC79A7",  # reddish purple
    CardKind.IDEA: "#E69F00",  # orange
    CardKind.QUESTION: "#0072B2",  # blue
    CardKind.QUOTE: "#4D4D4D",  # grey
    CardKind.METRIC: "#56B4E9",  # sky blue
}
_HIGH_CONTRAST_KINDS = {
    CardKind.PAIN_POINT: "#B00020",
    CardKind.OPPORTUNITY: "#00612E",
    CardKind.MOMENT_OF_TRUTH: "#5B1A8C",
    CardKind.IDEA: "#7A4A00",
    CardKind.QUESTION: "#003F9E",
    CardKind.QUOTE: "#000000",
    CardKind.METRIC: "#005A5A",
}

PALETTES: dict[str, Palette] = {
    "colour-blind-safe": Palette(
        personas=("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"),
        kind_accent=_OKABE_ITO_KINDS,
        kind_fill={k: mix(c, "#FFFFFF", 0.86) for k, c in _OKABE_ITO_KINDS.items()},
        theme={"card_fill": "#FAF5C4", "card_border": "#D9CF6A"},  # yellow F0E442, light
    ),
    "high-contrast": Palette(
        personas=("#000000", "#0046B8", "#B00020", "#00612E", "#6A1B9A", "#7A4000"),
        kind_accent=_HIGH_CONTRAST_KINDS,
        kind_fill={k: mix(c, "#FFFFFF", 0.92) for k, c in _HIGH_CONTRAST_KINDS.items()},
        theme={
            "card_fill": "#FFF7B0",
            "card_border": "#000000",
            "touchpoint_border": "#000000",
            "ink": "#000000",
            "body_ink": "#000000",
            "muted_ink": "#2B2B2B",
            "grid_line": "#6B7785",
            "connection": "#1F2933",
            "neutral_line": "#4D5966",
        },
    ),
}


def lane_colour(kind: LaneKind, colour: str | None) -> str:
    return colour or LANE_KIND_COLOUR[kind]
