"""Each stage's average emotion score and its colour on a diverging scale (no Qt): what the
canvas' "colour stages by average emotion" shows (issue 16).

The average of a stage is that of its emotion points, in every emotion lane, of one persona
or of all of them (points that belong to no persona count for "all"). A stage with no
point has no average (None): it is left untinted, not painted as neutral.

The scale runs from a vermilion through a light grey to a bluish green (Okabe and Ito's
colour-blind-safe pair, which people with red-green colour blindness still tell apart by
lightness and hue): red for bad, green for good, as a facilitator expects. The number is
always shown with the colour, so nothing depends on the colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap

#: the ends and the middle of the scale: -5, 0 and +5
LOW = "#D55E00"
NEUTRAL = "#F0F0F0"
HIGH = "#009E73"
#: the emotion scores run from -5 to +5 (the model's bounds)
SCORE_LIMIT = 5.0


@dataclass(frozen=True)
class StageMood:
    stage: str  # the stage's id
    average: float | None  # None: the stage has no emotion point (for that persona)
    points: int


def stage_moods(doc: JourneyMap, persona: str | None = None) -> dict[str, StageMood]:
    """The average score of each stage, by stage id in map order; ``persona``: only that
    persona's points (None: everyone's)."""
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for point in doc.emotions:
        if persona is not None and point.persona != persona:
            continue
        sums[point.stage] = sums.get(point.stage, 0.0) + point.score
        counts[point.stage] = counts.get(point.stage, 0) + 1
    out = {}
    for stage in doc.stages:
        n = counts.get(stage.id, 0)
        average = round(sums[stage.id] / n, 1) if n else None
        out[stage.id] = StageMood(stage.id, average, n)
    return out


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _between(a: str, b: str, t: float) -> str:
    """``a`` moved ``t`` (0..1) of the way to ``b``."""
    parts = (round(x + (y - x) * t) for x, y in zip(_rgb(a), _rgb(b), strict=True))
    return "#" + "".join(f"{v:02X}" for v in parts)


def mood_colour(average: float) -> str:
    """The scale's colour for an average score (clamped to -5…+5), as #RRGGBB."""
    t = max(-1.0, min(1.0, average / SCORE_LIMIT))
    return _between(NEUTRAL, HIGH, t) if t >= 0 else _between(NEUTRAL, LOW, -t)


def mood_label(average: float | None) -> str:
    """The average as the header shows it: signed, one decimal ("+2.5", "−1", "0");
    an en dash for a stage with no point."""
    if average is None:
        return "\u2013"
    if average == 0:
        return "0"
    text = f"{abs(average):.1f}".removesuffix(".0")
    return ("+" if average > 0 else "\u2212") + text


__all__ = ["HIGH", "LOW", "NEUTRAL", "StageMood", "mood_colour", "mood_label", "stage_moods"]
