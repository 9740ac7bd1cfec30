"""The journey document: pydantic classes for every part of a map.

This module is the single source of truth for the file contract. It must never
import Qt (a test enforces it): the canvas, the exports and the command line are
all views of these objects.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_serializer,
    model_validator,
)

from .checks import check_date, check_datetime

FORMAT_NAME = "journeymapper"
SCHEMA_VERSION = 2

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Id = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Name = Annotated[str, StringConstraints(min_length=1)]
Locale = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(min_length=1)]

#: A calendar date as text, ``YYYY-MM-DD`` (kept exactly as written).
IsoDate = Annotated[str, AfterValidator(check_date), Field(json_schema_extra={"format": "date"})]
#: A date with an optional time, ISO 8601 (``2024-09-30T14:05:00+02:00``).
IsoDateTime = Annotated[
    str,
    AfterValidator(check_datetime),
    Field(description="ISO 8601 date and time, e.g. 2024-09-30T14:05 or 2024-09-30T14:05Z."),
]


class Channel(StrEnum):
    """Where a touchpoint happens. Each is online or offline (see `ONLINE_CHANNELS`)."""

    WEBSITE = "website"
    EMAIL = "email"
    NEWSLETTER = "newsletter"
    SOCIAL = "social"
    ADS = "ads"
    SEARCH = "search"
    REVIEWS = "reviews"
    WORD_OF_MOUTH = "word_of_mouth"
    PHONE = "phone"
    CHAT = "chat"
    APP = "app"
    STORE = "store"
    EVENT = "event"
    OTHER = "other"


ONLINE_CHANNELS = frozenset(
    {
        Channel.WEBSITE,
        Channel.EMAIL,
        Channel.NEWSLETTER,
        Channel.SOCIAL,
        Channel.ADS,
        Channel.SEARCH,
        Channel.REVIEWS,
        Channel.CHAT,
        Channel.APP,
    }
)


class LaneKind(StrEnum):
    """What a lane holds: plain cards, touchpoint cards (with a channel) or an emotion curve."""

    CARDS = "cards"
    TOUCHPOINTS = "touchpoints"
    EMOTION = "emotion"


class CardKind(StrEnum):
    """What a card says: a plain note (the default), a pain point, an opportunity..."""

    NOTE = "note"
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"
    MOMENT_OF_TRUTH = "moment_of_truth"
    IDEA = "idea"
    QUESTION = "question"
    QUOTE = "quote"
    METRIC = "metric"


class EvidenceSource(StrEnum):
    """How we know: whose data stands behind a card, or that it is only assumed."""

    FIRST_PARTY = "first_party"
    SECOND_PARTY = "second_party"
    THIRD_PARTY = "third_party"
    OBSERVATION = "observation"
    ASSUMPTION = "assumption"


#: The image types an asset may hold.
MEDIA_TYPES = ("image/png", "image/jpeg")


class _Part(BaseModel):
    # strict: "5" is not a number and 1 is not a string; forbid: typos such as
    # "titel" are reported instead of silently dropped.
    model_config = ConfigDict(extra="forbid", strict=True, use_enum_values=False)


class Persona(_Part):
    id: Id
    name: Name
    role: str | None = None
    description: str | None = None
    color: Colour | None = None
    goals: list[Text] = Field(default_factory=list)
    frustrations: list[Text] = Field(default_factory=list)
    quote: str | None = None
    photo: Id | None = Field(default=None, description="Id of an image in `assets`.")


class Asset(_Part):
    """An embedded image (base64), referred to by cards and personas through its id."""

    id: Id
    name: Name
    media_type: Literal["image/png", "image/jpeg"]
    data: str = Field(description="The image's bytes, base64-encoded.")


class Evidence(_Part):
    """One source behind a card: what it is, whose data, where to find it."""

    id: Id
    source: Annotated[EvidenceSource, Field(strict=False)]
    title: Name
    reference: str | None = Field(
        default=None, description="Free text or a URL; never opened by the program."
    )
    date: IsoDate | None = None


class Comment(_Part):
    """A workshop note or a question about a card."""

    id: Id
    text: Text
    author: str | None = None
    created: IsoDateTime | None = None


#: Bounds of the optional layout hints (scene units, 1 unit = 1 pt at 100 % zoom).
MIN_STAGE_WIDTH, MAX_STAGE_WIDTH = 160.0, 1200.0
MIN_LANE_HEIGHT, MAX_LANE_HEIGHT = 60.0, 1200.0


class Stage(_Part):
    id: Id
    name: Name
    description: str | None = None
    color: Colour | None = None
    width: Annotated[float, Field(ge=MIN_STAGE_WIDTH, le=MAX_STAGE_WIDTH)] | None = Field(
        default=None, description="Column width chosen by the user (default when absent)."
    )


class Lane(_Part):
    id: Id
    name: Name
    kind: Annotated[LaneKind, Field(strict=False)]  # strict would want an enum instance
    color: Colour | None = None
    height: Annotated[float, Field(ge=MIN_LANE_HEIGHT, le=MAX_LANE_HEIGHT)] | None = Field(
        default=None,
        description="Minimum row height chosen by the user; the row still grows to fit its cards.",
    )


class Card(_Part):
    id: Id
    stage: Id
    lane: Id
    title: Name
    kind: Annotated[CardKind, Field(strict=False)] = CardKind.NOTE
    body: str | None = None
    channel: Annotated[Channel, Field(strict=False)] | None = None
    color: Colour | None = None
    tags: list[Tag] = Field(default_factory=list)
    votes: Annotated[int, Field(ge=0)] = 0
    evidence: list[Evidence] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)
    image: Id | None = Field(default=None, description="Id of an image in `assets`.")


class EmotionPoint(_Part):
    id: Id
    lane: Id
    stage: Id
    score: Annotated[float, Field(ge=-5, le=5, allow_inf_nan=False)]
    persona: Id | None = None
    note: str | None = None

    @field_serializer("score")
    def _whole_scores_as_integers(self, score: float) -> float | int:
        # "score": 3 rather than 3.0: files stay as people write them.
        return int(score) if float(score).is_integer() else score


class Connection(_Part):
    id: Id
    source: Id
    target: Id
    label: str | None = None


class Palette(StrEnum):
    """The colour sets a map's sticky notes and persona curves can use."""

    STANDARD = "standard"
    COLOUR_BLIND_SAFE = "colour-blind-safe"
    HIGH_CONTRAST = "high-contrast"


class Typeface(StrEnum):
    """The shipped typefaces a map can be set in."""

    SANS = "sans"
    SERIF = "serif"


class Brand(_Part):
    """The client's look: applied to the canvas, every export and the title block."""

    name: str | None = Field(default=None, description="The brand's name, e.g. the client's.")
    logo: Id | None = Field(default=None, description="Id of an image in `assets`.")
    accent: Colour | None = Field(default=None, description="Accent colour, #RRGGBB.")
    typeface: Annotated[Typeface, Field(strict=False)] = Typeface.SANS
    palette: Annotated[Palette, Field(strict=False)] = Palette.STANDARD


class JourneyMap(_Part):
    """A whole journey map: the document that is saved as ``*.journey.json``."""

    format: Literal["journeymapper"]
    schema_version: Literal[2]
    title: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    description: str | None = None
    locale: Locale | None = None
    personas: list[Persona] = Field(default_factory=list)
    stages: Annotated[list[Stage], Field(min_length=1)]
    lanes: Annotated[list[Lane], Field(min_length=1)]
    cards: list[Card] = Field(default_factory=list)
    emotions: list[EmotionPoint] = Field(default_factory=list)
    connections: list[Connection] = Field(default_factory=list)
    assets: list[Asset] = Field(default_factory=list)
    client: str | None = Field(default=None, description="Who the map is made for.")
    author: str | None = Field(default=None, description="Who made the map.")
    brand: Brand | None = None
    as_is: Annotated[str, StringConstraints(min_length=1, max_length=4096)] | None = Field(
        default=None,
        description="A to-be map's as-is map: its path, relative to this file's folder.",
    )
    extensions: dict[str, Any] | None = Field(
        default=None,
        description="Reserved for other tools: kept exactly as it is, never interpreted.",
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade_older_versions(cls, data: Any) -> Any:
        # A version-1 object (built in code or by an older tool) is upgraded on the way in.
        version = data.get("schema_version") if isinstance(data, dict) else None
        if isinstance(version, int) and not isinstance(version, bool):
            from .migrations import OLDEST_READABLE, migrate

            if OLDEST_READABLE <= version < SCHEMA_VERSION:
                return migrate(data)
        return data

    @classmethod
    def new(cls, title: str, **fields: Any) -> JourneyMap:
        """A document of the current format with the given title and parts."""
        return cls(format=FORMAT_NAME, schema_version=SCHEMA_VERSION, title=title, **fields)

    # -- look-ups used by the editor, the layout and the exports ---------------------

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas if p.id == persona_id), None)

    def emotion(self, emotion_id: str) -> EmotionPoint | None:
        return next((e for e in self.emotions if e.id == emotion_id), None)

    def connection(self, connection_id: str) -> Connection | None:
        return next((c for c in self.connections if c.id == connection_id), None)

    def asset(self, asset_id: str) -> Asset | None:
        return next((a for a in self.assets if a.id == asset_id), None)

    def used_asset_ids(self) -> set[str]:
        """The assets some card's image or persona's photo refers to."""
        used = {c.image for c in self.cards if c.image}
        used.update(p.photo for p in self.personas if p.photo)
        if self.brand is not None and self.brand.logo:
            used.add(self.brand.logo)
        return used

    def cards_in(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their order."""
        return [c for c in self.cards if c.stage == stage_id and c.lane == lane_id]

    def all_ids(self) -> set[str]:
        """Every id in the document (they share one namespace)."""
        ids: set[str] = set()
        for group in (
            self.personas,
            self.stages,
            self.lanes,
            self.cards,
            self.emotions,
            self.connections,
            self.assets,
        ):
            ids.update(part.id for part in group)
        for card in self.cards:
            ids.update(e.id for e in card.evidence)
            ids.update(c.id for c in card.comments)
        return ids

    def copy_of_card(self, card: Card, **update: Any) -> Card:
        """A copy of ``card`` that can join this map (duplicate, paste from another map).

        It gets a new id, and so do its evidence items and comments (ids are unique across
        the document); an image this map does not hold is left out.
        """
        used = self.all_ids()

        def fresh(prefix: str) -> str:
            n = 1
            while f"{prefix}-{n}" in used:
                n += 1
            used.add(f"{prefix}-{n}")
            return f"{prefix}-{n}"

        changes: dict[str, Any] = {
            "id": fresh("card"),
            "evidence": [e.model_copy(update={"id": fresh("evidence")}) for e in card.evidence],
            "comments": [c.model_copy(update={"id": fresh("comment")}) for c in card.comments],
            "image": card.image if card.image and self.asset(card.image) else None,
        }
        return card.model_copy(update={**changes, **update})

    def new_id(self, prefix: str) -> str:
        """An id not used anywhere in the document, such as ``card-7``."""
        used = self.all_ids()
        n = 1
        while f"{prefix}-{n}" in used:
            n += 1
        return f"{prefix}-{n}"


def file_data(doc: JourneyMap) -> dict[str, Any]:
    """The JSON object a file holds: defaults left out, unused assets dropped.

    Optional fields left at their defaults (no kind, no evidence, empty lists) are not
    written, so files stay small and diff cleanly; an image nobody refers to any more
    is not carried along.
    """
    data = doc.model_dump(mode="json", exclude_defaults=True)
    if "assets" in data:
        used = doc.used_asset_ids()
        kept = [a for a in data["assets"] if a["id"] in used]
        if kept:
            data["assets"] = kept
        else:
            del data["assets"]
    return data
