"""Mermaid ``journey`` diagrams: read them (``.mmd``, ``.mermaid`` or the first ```mermaid
block of a Markdown file that holds a journey) and write them.

Follows Mermaid's own grammar (``journey.jison``): keywords are case-insensitive; ``%%`` and
``#`` start comments; front matter and ``%%{init}%%`` directives are skipped; ``title``,
``accTitle:``, ``accDescr:`` / ``accDescr { … }``, ``section`` and tasks
``Task name: score: actor, actor``. Sections become stages, tasks cards in a "Steps" lane,
actors personas, scores (1…5) an emotion point per stage and actor on −5…+5.
"""

from __future__ import annotations

import html
import re
from statistics import fmean

from ..model import JourneyMap
from .common import (
    ConversionWarning,
    ImportResult,
    InteropError,
    MapBuilder,
    Warnings,
    decode_text,
    finish,
    finite,
    tidy_number,
)

_FENCE = re.compile(r"^\s*(```+|~~~+)\s*([A-Za-z0-9_-]*)")
_ENTITY = re.compile(r"#(\d+|[A-Za-z]+);")
_KEYWORD = re.compile(r"^(journey|title|section|acctitle|accdescr)\b", re.I)
_DIAGRAM = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*")


def mermaid_score_to_emotion(score: float) -> float:
    """Mermaid's 1…5 onto journeymapper's −5…+5, linearly (1 → −5, 3 → 0, 5 → +5)."""
    return (score - 3) * 2.5


def emotion_to_mermaid_score(value: float) -> float:
    return value / 2.5 + 3


def markdown_block(text: str) -> tuple[str, int]:
    """The first ```mermaid block of a Markdown text that holds a journey, and its first line."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).lower()
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = "\n".join(lines[i + 1 : end])
        if info == "mermaid" and _first_statement(body).lower() == "journey":
            return body, i + 2
        i = end + 1
    raise InteropError("1", "no ```mermaid block with a journey diagram was found")


def _first_statement(text: str) -> str:
    for _, line in _statements(text, 1):
        return line.split()[0] if line.split() else ""
    return ""


def _statements(
    text: str, first_line: int, front: list[str] | None = None
) -> list[tuple[int, str]]:
    """(line number, text) of each statement: front matter, directives, comments removed.

    A ``title:`` in the front matter is appended to ``front``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() == "---":
        end = i + 1
        while end < len(lines) and lines[end].strip() != "---":
            end += 1
        if end == len(lines):
            raise InteropError(str(first_line + i), "the front matter (---) is never closed")
        for j in range(i + 1, end):
            key, _, value = lines[j].partition(":")
            if key.strip().lower() == "title" and value.strip() and front is not None:
                front.append(value.strip().strip("\"'"))
        i = end + 1
    in_directive = False
    while i < len(lines):
        line, number = lines[i].strip(), first_line + i
        i += 1
        if in_directive or line.startswith("%%{"):
            in_directive = "}%%" not in line
            continue
        if line.startswith("%%"):
            continue
        if line:
            out.append((number, line))
    return out


def _unescape(text: str) -> str:
    """Mermaid's entity codes (``#35;``, ``#quot;``) to the characters they stand for."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code.isdigit():
            value = int(code)
            return chr(value) if 0 < value < 0x110000 and not 0xD800 <= value < 0xE000 else ""
        return html.unescape(f"&{code};")

    return _ENTITY.sub(one, text.replace("\0", "#").replace("\1", ";"))


def _strip_comment(line: str) -> str:
    # entities such as #35; are not comments (Mermaid encodes them before parsing): they
    # stay protected (\0code\1) until `_unescape`
    line = line.replace("\0", "").replace("\1", "")
    protected = _ENTITY.sub(lambda m: "\0" + m.group(1) + "\1", line)
    return protected.split("#", 1)[0].split("%%", 1)[0].strip()


def import_mermaid(data: bytes, markdown: bool = False, fallback_title: str = "") -> ImportResult:
    """A map from a Mermaid ``journey`` (or the Markdown file that holds one)."""
    warnings = Warnings()
    text = decode_text(data, warnings)
    first_line = 1
    if markdown:
        text, first_line = markdown_block(text)
    front: list[str] = []
    statements = _statements(text, first_line, front)
    if not statements:
        raise InteropError(str(first_line), "the diagram is empty")
    number, head = statements[0]
    word = head.split()[0]
    if word.lower() != "journey":
        kind = _DIAGRAM.match(word)
        raise InteropError(
            str(number),
            f"not a Mermaid journey (the diagram is “{kind.group(0) if kind else word}”)",
        )
    if head[len(word) :].strip():
        warnings.add(number, "text after “journey” ignored")
    title = front[0] if front else ""
    acc_title = acc_descr = None
    sections: list[tuple[str, int]] = []
    tasks: list[tuple[int, int, str, float, list[str]]] = []  # line, section, name, score, actors
    k = 1
    while k < len(statements):
        number, raw = statements[k]
        k += 1
        kw = _KEYWORD.match(raw)
        keyword = kw.group(1).lower() if kw else ""
        if keyword == "acctitle" and raw[kw.end() :].lstrip().startswith(":"):  # type: ignore[union-attr]
            acc_title = _unescape(raw[kw.end() :].lstrip()[1:].strip())  # type: ignore[union-attr]
            continue
        if keyword == "accdescr":
            rest = raw[kw.end() :].lstrip()  # type: ignore[union-attr]
            if rest.startswith(":"):
                acc_descr = _unescape(rest[1:].strip())
                continue
            if rest.startswith("{"):
                parts = [rest[1:]]
                while "}" not in parts[-1] and k < len(statements):
                    parts.append(statements[k][1])
                    k += 1
                if "}" not in parts[-1]:
                    raise InteropError(str(number), "accDescr { is never closed with }")
                parts[-1] = parts[-1].split("}", 1)[0]
                acc_descr = "\n".join(p.strip() for p in parts if p.strip())
                continue
        line = _strip_comment(raw)
        if not line:
            continue
        if keyword == "journey" and line.lower() == "journey":
            warnings.add(number, "a second “journey” line ignored")
            continue
        if keyword == "title" and len(line) > 5 and line[5].isspace():
            title = _unescape(line[6:].split(";", 1)[0].strip())
            continue
        if keyword == "section" and len(line) > 7 and line[7].isspace():
            name = _unescape(line[8:].split(";", 1)[0].split(":", 1)[0].strip())
            name = re.sub(r"<br\s*/?>", " ", name, flags=re.I)
            sections.append((name or f"Section {len(sections) + 1}", number))
            continue
        task = _task(number, line, warnings)
        if task is None:
            continue
        if not sections:
            sections.append(("Steps", number))
            warnings.add(number, "tasks before the first section; put in a stage “Steps”")
        tasks.append((number, len(sections) - 1, *task))
    if not sections:
        raise InteropError(str(statements[0][0]), "nothing usable: no sections and no tasks")
    b = MapBuilder(title or acc_title or fallback_title or "Imported journey")
    b.description = acc_descr
    stage_ids = [b.stage(name) for name, _ in sections]
    lane = b.lane("Steps", "cards", "lane-steps")
    personas: dict[str, str] = {}
    scores: dict[tuple[int, str | None], list[float]] = {}
    for _line, section, name, score, actors in tasks:
        b.card(stage_ids[section], lane, name)
        for actor in actors or [None]:  # type: ignore[list-item]
            if actor is not None and actor not in personas:
                personas[actor] = b.persona(actor)
            key = (section, personas[actor] if actor is not None else None)
            scores.setdefault(key, []).append(score)
    if scores:
        emotion_lane = b.lane("Emotion", "emotion", "lane-emotion")
        for (section, persona), values in scores.items():
            b.emotion(emotion_lane, stage_ids[section], mermaid_score_to_emotion(fmean(values)),
                      persona)  # fmt: skip
    doc = finish(b.data(), warnings)
    return ImportResult(doc, list(warnings))


def _task(number: int, line: str, warnings: Warnings) -> tuple[str, float, list[str]] | None:
    name, colon, data = line.partition(":")
    if not colon:
        warnings.add(number, f"not a task (no “:” after the task name): “{line[:60]}”; skipped")
        return None
    name = _unescape(name.strip())
    if ";" in data:
        warnings.add(number, "text after “;” ignored")
        data = data.split(";", 1)[0]
    pieces = data.split(":")
    score = finite(pieces[0].strip()) if pieces[0].strip() else None
    if not name:
        warnings.add(number, "a task without a name; skipped")
        return None
    if score is None:
        warnings.add(number, f"the score “{pieces[0].strip()[:20]}” is not a number; task skipped")
        return None
    if not 1 <= score <= 5:
        warnings.add(number, f"score {tidy_number(score)} is outside 1…5; clamped")
        score = max(1.0, min(5.0, score))
    actors = [_unescape(a.strip()) for a in ":".join(pieces[1:]).split(",")] if pieces[1:] else []
    return name, score, [a for a in actors if a]


# -- export -----------------------------------------------------------------------------

_FORBIDDEN = {"#": "#35;", ":": "#58;", ";": "#59;", ",": "#44;"}


def escape(text: str, comma: bool = False) -> str:
    """Text Mermaid shows as it is: ``#`` ``:`` ``;`` (and ``,`` for actors) as entity codes,
    line breaks as spaces, and a leading keyword disguised so it is not read as one."""
    out = []
    for ch in " ".join(text.split()):
        if ch in _FORBIDDEN and (ch != "," or comma):
            out.append(_FORBIDDEN[ch])
        else:
            out.append(ch)
    result = "".join(out)
    m = _KEYWORD.match(result)
    if m or result.startswith("%%"):
        result = f"#{ord(result[0])};{result[1:]}"
    return result or "#160;"


def export_mermaid(doc: JourneyMap) -> tuple[bytes, list[ConversionWarning]]:
    """A Mermaid ``journey`` for ``doc`` and what it could not hold."""
    warnings = Warnings()
    lines = ["journey", f"    title {escape(doc.title)}"]
    if doc.description:
        lines.append(f"    accDescr: {escape(doc.description)}")
    emotion_lanes = [lane.id for lane in doc.lanes if lane.kind == "emotion"]
    first_lane = emotion_lanes[0] if emotion_lanes else None
    rounded = missing = 0
    for stage in doc.stages:
        lines.append(f"    section {escape(stage.name)}")
        points = [e for e in doc.emotions if e.stage == stage.id and e.lane == first_lane]
        cards = [c for lane in doc.lanes for c in doc.cards_in(stage.id, lane.id)]
        if not cards:
            if points:
                warnings.add(f"stage “{stage.id}”", "a section without tasks cannot hold its "
                             "emotion; not kept")  # fmt: skip
            continue
        actors = []
        for point in points:
            persona = doc.persona(point.persona) if point.persona else None
            if persona is not None and persona.name not in actors:
                actors.append(persona.name)
        if points:
            exact = emotion_to_mermaid_score(fmean(p.score for p in points))
            score = min(5, max(1, round(exact)))
            if abs(score - exact) > 1e-9 or len({p.score for p in points}) > 1:
                rounded += 1
        else:
            score, missing = 3, missing + 1
        who = ", ".join(escape(a, comma=True) for a in actors)
        for card in cards:
            lines.append(f"      {escape(card.title)}: {score}" + (f": {who}" if who else ""))
    if rounded:
        warnings.add("$.emotions", f"{rounded} stages' emotions rounded to Mermaid's whole "
                     "scores 1…5 (one score per task for all its actors)")  # fmt: skip
    if missing:
        warnings.add("$.emotions", f"{missing} stages have no emotion; their tasks get the "
                     "neutral score 3")  # fmt: skip
    if len(emotion_lanes) > 1:
        warnings.add("$.lanes", "only the first emotion lane is kept")
    if len([lane for lane in doc.lanes if lane.kind != "emotion"]) > 1:
        warnings.add("$.lanes", "lanes are not kept: each section lists its cards as tasks")
    lost = {
        "bodies": sum(bool(c.body) for c in doc.cards),
        "tags": sum(bool(c.tags) for c in doc.cards),
        "kinds": sum(c.kind != "note" for c in doc.cards),
        "colours": sum(bool(c.color) for c in doc.cards),
        "votes": sum(bool(c.votes) for c in doc.cards),
        "evidence": sum(bool(c.evidence) for c in doc.cards),
        "comments": sum(bool(c.comments) for c in doc.cards),
        "channels": sum(bool(c.channel) for c in doc.cards),
    }
    for what, count in lost.items():
        if count:
            warnings.add("$.cards", f"card {what} are not kept ({count} cards)")
    if doc.connections:
        warnings.add("$.connections", f"{len(doc.connections)} connections are not kept")
    if any(e.note for e in doc.emotions):
        warnings.add("$.emotions", "emotion notes are not kept")
    with_points = {e.persona for e in doc.emotions if e.lane == first_lane}
    unused = [p.name for p in doc.personas if p.id not in with_points]
    if unused:
        warnings.add("$.personas", f"personas without emotions are not kept: {', '.join(unused)}")
    if any(p.role or p.description or p.goals or p.frustrations or p.quote for p in doc.personas):
        warnings.add("$.personas", "only persona names are kept (as actors)")
    return ("\n".join(lines) + "\n").encode("utf-8"), list(warnings)
