"""The journey document: pydantic classes for every part of a map.

This module is the single source of truth for the file contract. It must never
import Qt (a test enforces it): the canvas, the exports and the command line are
all views of these objects.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_serializer

FORMAT_NAME = "journeymapper"
SCHEMA_VERSION = 1

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Id = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Name = Annotated[str, StringConstraints(min_length=1)]
Locale = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=200)]


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


class _Part(BaseModel):
    # strict: "5" is not a number and 1 is not a string; forbid: typos such as
    # "titel" are reported instead of silently dropped.
    model_config = ConfigDict(extra="forbid", strict=True, use_enum_values=False)


class Persona(_Part):
    id: Id
    name: Name
    description: str | None = None
    color: Colour | None = None


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
    body: str | None = None
    channel: Annotated[Channel, Field(strict=False)] | None = None
    color: Colour | None = None
    tags: list[Tag] = Field(default_factory=list)
    votes: Annotated[int, Field(ge=0)] = 0


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


class JourneyMap(_Part):
    """A whole journey map: the document that is saved as ``*.journey.json``."""

    format: Literal["journeymapper"]
    schema_version: Literal[1]
    title: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    description: str | None = None
    locale: Locale | None = None
    personas: list[Persona] = Field(default_factory=list)
    stages: Annotated[list[Stage], Field(min_length=1)]
    lanes: Annotated[list[Lane], Field(min_length=1)]
    cards: list[Card] = Field(default_factory=list)
    emotions: list[EmotionPoint] = Field(default_factory=list)
    connections: list[Connection] = Field(default_factory=list)
    extensions: dict[str, Any] | None = Field(
        default=None,
        description="Reserved for other tools: kept exactly as it is, never interpreted.",
    )

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
        ):
            ids.update(part.id for part in group)
        return ids

    def new_id(self, prefix: str) -> str:
        """An id not used anywhere in the document, such as ``card-7``."""
        used = self.all_ids()
        n = 1
        while f"{prefix}-{n}" in used:
            n += 1
        return f"{prefix}-{n}"
