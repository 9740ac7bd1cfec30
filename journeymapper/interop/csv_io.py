"""CSV: the full layout that round-trips a whole map, and three shapes people already use.

- ``full``: a ``type`` column (map, persona, stage, lane, card or empty, emotion, connection,
  asset) and the columns each part needs; row order is array order; stages, lanes and
  personas may be named instead of referenced by id; what has no column of its own (evidence,
  comments, a persona's goals…) is a JSON object in ``extra``.
- ``simple``: ``stage,lane,title[,body]``; stages and lanes in order of first appearance.
- ``grid``: stages across the first row, lanes down the first column, each line of a cell a card.
- ``steps``: a ``Stage`` column, then one column per lane; an emotion column (numbers or words)
  becomes the emotion lane.

Read: UTF-8 with or without BOM, else Windows-1252 (with a warning); ``,`` or ``;`` detected;
quoted fields may hold newlines. Written: UTF-8 with BOM and CRLF, for Excel and LibreOffice.
"""

from __future__ import annotations

import csv
import io
import json
import re
from statistics import fmean
from typing import Any

from ..model import JourneyMap
from ..model.document import FORMAT_NAME, SCHEMA_VERSION, CardKind, Channel, LaneKind
from . import CSV_LAYOUTS
from .common import (
    ConversionWarning,
    ImportResult,
    InteropError,
    MapBuilder,
    Warnings,
    card_kind_for_lane,
    clamp_score,
    colour,
    decode_text,
    finish,
    finite,
    lane_kind_for,
    tidy_number,
)

COLUMNS = (
    "type", "id", "stage", "lane", "title", "body", "channel", "color", "tags", "votes",
    "score", "persona", "source", "target", "kind", "size", "extra",
)  # fmt: skip
LAYOUTS = CSV_LAYOUTS
_NUMERIC = {"votes", "score", "size"}
_RISKY = ("=", "+", "-", "@", "\t", "\r", "'")
EXCEL_CELL_LIMIT = 32767
_STAGE_HEADERS = {"stage", "stages", "phase", "phases", "step", "steps", "fase", "fasi", "tappa"}
_GRID_CORNERS = {"", "lane", "lanes", "swimlane", "swimlanes", "corsia", "corsie", "stage/lane"}
_EMOTION_HEADER = re.compile(r"emotion|feeling|mood|sentiment|emozion|umore|stato d'animo", re.I)
WORD_SCALE = {
    "very happy": 5, "delighted": 5, "excited": 5, "very positive": 5, "molto felice": 5,
    "entusiasta": 5, "😀": 5, "😃": 5, "😍": 5,
    "happy": 3, "positive": 3, "good": 3, "satisfied": 3, "pleased": 3, "felice": 3,
    "positivo": 3, "soddisfatto": 3, "contento": 3, "🙂": 3,
    "neutral": 0, "ok": 0, "okay": 0, "indifferent": 0, "neutro": 0, "neutrale": 0, "😐": 0,
    "unhappy": -3, "negative": -3, "bad": -3, "frustrated": -3, "anxious": -3, "confused": -3,
    "worried": -3, "negativo": -3, "frustrato": -3, "triste": -3, "confuso": -3,
    "preoccupato": -3, "🙁": -3, "😟": -3,
    "very unhappy": -5, "angry": -5, "very negative": -5, "furious": -5, "arrabbiato": -5,
    "molto negativo": -5, "😡": -5, "😠": -5,
}  # fmt: skip


# -- reading rows -------------------------------------------------------------------------


def read_rows(text: str) -> list[tuple[int, list[str]]]:
    """(first line number, cells) of every non-blank record; the separator is detected."""
    first = text.split("\n", 1)[0]
    outside = re.sub(r'"[^"]*"', "", first)
    sep = ";" if outside.count(";") > outside.count(",") else ","
    try:
        return _records(text, sep, strict=True)
    except InteropError as exc:
        if "unexpected end of data" in exc.message:
            raise InteropError(
                exc.where, "a quoted field is never closed (the file seems to be cut off)"
            ) from None
    # hand-written sheets: a stray quote inside a field is read as it is
    return _records(text, sep, strict=False)


def _records(text: str, sep: str, strict: bool) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=strict)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                rows.append((line, record))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InteropError(str(line), f"not valid CSV: {exc}") from None
    return rows


def header_of(rows: list[tuple[int, list[str]]]) -> list[str]:
    return [cell.strip().lower() for cell in rows[0][1]]


def detect_layout(header: list[str]) -> str:
    """The layout a header row says, or an `InteropError` asking for --csv-layout."""
    names = set(header) - {""}
    if "type" in names and names & {"id", "title"}:
        return "full"
    if {"stage", "lane", "title"} <= names and names <= {"stage", "lane", "title", "body"}:
        return "simple"
    if header and header[0] in _STAGE_HEADERS:
        return "steps"
    if header and header[0] in _GRID_CORNERS and len(header) > 1:
        return "grid"
    raise InteropError(
        "1",
        "cannot tell the layout of this sheet from its first row; choose one with "
        "--csv-layout (full, simple, grid or steps)",
    )


def _fit(line: int, cells: list[str], width: int, warnings: Warnings) -> list[str]:
    if len(cells) < width:
        warnings.add(line, f"the row has {len(cells)} fields, the header {width}; "
                     "the missing ones are read as empty")  # fmt: skip
        return cells + [""] * (width - len(cells))
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        warnings.add(line, f"the row has {len(cells)} fields, the header {width}; "
                     "the extra ones are ignored")  # fmt: skip
    return cells[:width]


def import_csv(data: bytes, layout: str | None = None, fallback_title: str = "") -> ImportResult:
    """A map from CSV bytes, in the given layout or the one its header says."""
    warnings = Warnings()
    rows = read_rows(decode_text(data, warnings))
    if not rows:
        raise InteropError("1", "the file is empty")
    chosen = layout or detect_layout(header_of(rows))
    if chosen not in LAYOUTS:
        raise InteropError("1", f"unknown CSV layout “{chosen}” (full, simple, grid or steps)")
    if chosen == "full":
        return _import_full(rows, warnings, fallback_title)
    b = MapBuilder(fallback_title or "Imported sheet")
    if chosen == "simple":
        _import_simple(rows, b, warnings)
    elif chosen == "grid":
        _import_grid(rows, b, warnings)
    else:
        _import_steps(rows, b, warnings)
    return ImportResult(finish(b.data(), warnings), list(warnings))


def _import_simple(rows: list[tuple[int, list[str]]], b: MapBuilder, warnings: Warnings) -> None:
    header = header_of(rows)
    for need in ("stage", "lane", "title"):
        if need not in header:
            raise InteropError(str(rows[0][0]), f"the simple layout needs a “{need}” column")
    at = {name: header.index(name) for name in ("stage", "lane", "title", "body") if name in header}
    for line, cells in rows[1:]:
        cells = _fit(line, cells, len(header), warnings)
        stage, lane, title = (cells[at[k]].strip() for k in ("stage", "lane", "title"))
        body = cells[at["body"]].strip() if "body" in at else ""
        if not (stage and lane and title):
            warnings.add(line, "a row needs a stage, a lane and a title; skipped")
            continue
        b.card(b.stage_named(stage), b.lane_named(lane), title, body=body or None,
               kind=card_kind_for_lane(lane))  # fmt: skip


def _cell_lines(cell: str) -> list[str]:
    lines = []
    for line in cell.splitlines():
        line = re.sub(r"^\s*(?:[-*•·–]|\d+[.)])\s+", "", line).strip()
        if line:
            lines.append(line)
    return lines


def _import_grid(rows: list[tuple[int, list[str]]], b: MapBuilder, warnings: Warnings) -> None:
    header_line, header = rows[0]
    stages = []
    for j, name in enumerate(header[1:], start=1):
        if name.strip():
            stages.append((j, b.stage_named(name.strip())))
        elif any(len(cells) > j and cells[j].strip() for _, cells in rows[1:]):
            warnings.add(header_line, f"column {j + 1} has no stage name; its cells are ignored")
    if not stages:
        raise InteropError(str(header_line), "nothing usable: the first row names no stages")
    for line, cells in rows[1:]:
        cells = _fit(line, cells, len(header), warnings)
        name = cells[0].strip()
        if not name:
            warnings.add(line, "the row has no lane name in its first cell; skipped")
            continue
        values = {sid: cells[j] for j, sid in stages}
        if _emotion_row(name, values, line, b, warnings):
            continue
        lane, kind = b.lane_named(name), card_kind_for_lane(name)
        for sid, cell in values.items():
            for text in _cell_lines(cell):
                b.card(sid, lane, text, kind=kind)


def _import_steps(rows: list[tuple[int, list[str]]], b: MapBuilder, warnings: Warnings) -> None:
    header_line, header = rows[0]
    lanes = [(j, name.strip()) for j, name in enumerate(header) if j and name.strip()]
    if not lanes:
        raise InteropError(str(header_line), "nothing usable: no lane columns after “Stage”")
    steps: list[tuple[int, str, list[str]]] = []
    for line, cells in rows[1:]:
        cells = _fit(line, cells, len(header), warnings)
        stage = cells[0].strip()
        if not stage:
            warnings.add(line, "the row has no stage; skipped")
            continue
        steps.append((line, b.stage_named(stage), cells))
    for j, name in lanes:
        values: dict[str, list[str]] = {}
        for _, sid, cells in steps:
            if cells[j].strip():
                values.setdefault(sid, []).append(cells[j])
        if _EMOTION_HEADER.search(name) and _emotion_column(name, values, b, warnings):
            continue
        lane, kind = b.lane_named(name), card_kind_for_lane(name)
        for _, sid, cells in steps:
            lines = cells[j].strip().splitlines()
            if lines:
                body = "\n".join(lines[1:]).strip()
                b.card(sid, lane, lines[0].strip(), body=body or None, kind=kind)


def emotion_value(text: str) -> float | None:
    """A number, or a word of the emotion scale (English or Italian), else None."""
    text = text.strip()
    number = finite(text)
    if number is not None:
        return number
    return WORD_SCALE.get(text.lower())


def _emotion_row(
    name: str, values: dict[str, str], line: int, b: MapBuilder, warnings: Warnings
) -> bool:
    if not _EMOTION_HEADER.search(name):
        return False
    present = {sid: [v] for sid, v in values.items() if v.strip()}
    return _emotion_column(name, present, b, warnings, line)


def _emotion_column(
    name: str,
    values: dict[str, list[str]],
    b: MapBuilder,
    warnings: Warnings,
    line: int | None = None,
) -> bool:
    parsed = {sid: [emotion_value(v) for v in vs] for sid, vs in values.items()}
    where = line if line is not None else 1
    if not parsed or any(v is None for vs in parsed.values() for v in vs):
        warnings.add(where, f"“{name}” is not a scale of numbers or mood words; kept as cards")
        return False
    numbers = [v for vs in parsed.values() for v in vs if v is not None]
    words = any(finite(v) is None for vs in values.values() for v in vs)
    if not words and min(numbers) >= 1 and max(numbers) <= 5 and min(numbers) > 0:
        warnings.add(where, f"“{name}” read as a 1…5 scale (1 → −5, 3 → 0, 5 → +5)")
        scale = lambda v: (v - 3) * 2.5  # noqa: E731
    elif not words and min(numbers) >= 0 and max(numbers) <= 10 and max(numbers) > 5:
        warnings.add(where, f"“{name}” read as a 0…10 scale (5 → 0)")
        scale = lambda v: v - 5  # noqa: E731
    else:
        if min(numbers) < -5 or max(numbers) > 5:
            warnings.add(where, f"“{name}” has values outside −5…+5; clamped")
        scale = clamp_score
    lane = b.lane(name, "emotion")
    for stage in b.parts["stages"]:
        got = [v for v in parsed.get(stage["id"], []) if v is not None]
        if got:
            b.emotion(lane, stage["id"], clamp_score(scale(fmean(got))))
    return True


# -- the full layout ------------------------------------------------------------------------


def _unprotect(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _split_tags(text: str) -> list[str]:
    tags, current, i = [], "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current += text[i + 1]
            i += 2
            continue
        if ch == ";":
            tags.append(current.strip())
            current = ""
        else:
            current += ch
        i += 1
    tags.append(current.strip())
    return [t for t in tags if t]


def _number(text: str) -> int | float | None:
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        return finite(text)


def _import_full(
    rows: list[tuple[int, list[str]]], warnings: Warnings, fallback_title: str
) -> ImportResult:
    header = header_of(rows)
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        warnings.add(rows[0][0], f"columns ignored: {', '.join(unknown)}")
    data: dict[str, Any] = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION}
    parts: dict[str, list[tuple[int, dict[str, Any]]]] = {
        k: [] for k in ("personas", "stages", "lanes", "cards", "emotions", "connections", "assets")
    }
    for line, cells in rows[1:]:
        cells = _fit(line, cells, len(header), warnings)
        row = {h: cells[i] if h in _NUMERIC else _unprotect(cells[i]) for i, h in enumerate(header)}
        _full_row(line, row, data, parts, warnings)
    _resolve(parts, warnings)
    data.setdefault("title", fallback_title or "Imported sheet")
    for key, items in parts.items():
        if items or key in ("stages", "lanes"):
            data[key] = [item for _, item in items]
    doc = finish(data, warnings)
    by_line = sorted(warnings, key=lambda w: int(w.where) if w.where.isdigit() else 0)
    return ImportResult(doc, by_line)


_PLURAL = {
    "persona": "personas", "stage": "stages", "lane": "lanes", "card": "cards", "": "cards",
    "emotion": "emotions", "connection": "connections", "asset": "assets",
}  # fmt: skip
_EXTRA_KEYS = {
    "map": {"locale", "extensions"},
    "personas": {"role", "goals", "frustrations", "quote", "photo"},
    "cards": {"evidence", "comments", "image", "tags"},
    "assets": {"media_type", "data"},
}


def _full_row(
    line: int,
    row: dict[str, str],
    data: dict[str, Any],
    parts: dict[str, list[tuple[int, dict[str, Any]]]],
    warnings: Warnings,
) -> None:
    kind_of_row = row.get("type", "").strip().lower()
    key = "map" if kind_of_row == "map" else _PLURAL.get(kind_of_row)
    if key is None:
        warnings.add(line, f"unknown row type “{kind_of_row[:30]}”; skipped")
        return
    get = lambda name: row.get(name, "")  # noqa: E731
    extra: dict[str, Any] = {}
    if get("extra").strip():
        try:
            value = json.loads(get("extra"))
        except (ValueError, RecursionError):
            value = None
        if isinstance(value, dict):
            extra = {k: v for k, v in value.items() if k in _EXTRA_KEYS.get(key, set())}
            if len(extra) < len(value):
                warnings.add(line, "some “extra” fields do not belong to this row; ignored")
        else:
            warnings.add(line, "“extra” is not a JSON object; ignored")
    if key == "map":
        if get("title").strip():
            data["title"] = get("title").strip()[:200]
        if get("body"):
            data["description"] = get("body")
        data.update(extra)
        return
    item: dict[str, Any] = {"id": get("id").strip()}
    title = get("title")
    if key in ("personas", "stages", "lanes", "assets"):
        item["name"] = title
        if get("body") and key in ("personas", "stages"):
            item["description"] = get("body")
    if key in ("personas", "stages", "lanes", "cards") and get("color").strip():
        value = colour(get("color"))
        if value is None:
            warnings.add(line, f"“{get('color')[:20]}” is not a #rrggbb colour; dropped")
        else:
            item["color"] = get("color").strip()
    if key in ("stages", "lanes") and get("size").strip():
        size = _number(get("size"))
        if size is None:
            warnings.add(line, "the size is not a number; dropped")
        else:
            item["width" if key == "stages" else "height"] = size
    if key == "lanes":
        kind = get("kind").strip().lower() or lane_kind_for(title)
        if kind not in {k.value for k in LaneKind}:
            warnings.add(line, f"unknown lane kind “{kind[:20]}”; a card lane")
            kind = "cards"
        item["kind"] = kind
    if key == "cards" and not _card_fields(line, item, get, warnings):
        return
    if key == "emotions":
        score = _number(get("score"))
        if score is None:
            warnings.add(line, "an emotion row needs a numeric score; skipped")
            return
        if not -5 <= score <= 5:
            warnings.add(line, f"score {tidy_number(score)} is outside −5…+5; clamped")
            score = tidy_number(clamp_score(score))
        item.update({"lane": get("lane").strip(), "stage": get("stage").strip(), "score": score})
        if get("persona").strip():
            item["persona"] = get("persona").strip()
        if get("body"):
            item["note"] = get("body")
    if key == "connections":
        item.update({"source": get("source").strip(), "target": get("target").strip()})
        if title:
            item["label"] = title
    item.update(extra)
    parts[key].append((line, item))


def _card_fields(line: int, item: dict[str, Any], get: Any, warnings: Warnings) -> bool:
    if not get("title"):
        warnings.add(line, "a card row needs a title; skipped")
        return False
    item.update({"stage": get("stage").strip(), "lane": get("lane").strip(), "title": get("title")})
    kind = get("kind").strip().lower()
    if kind and kind not in {k.value for k in CardKind}:
        warnings.add(line, f"unknown card kind “{kind[:20]}”; a note")
    elif kind and kind != "note":
        item["kind"] = kind
    if get("body"):
        item["body"] = get("body")
    channel = get("channel").strip().lower()
    if channel and channel not in {c.value for c in Channel}:
        warnings.add(line, f"unknown channel “{channel[:20]}”; dropped")
    elif channel:
        item["channel"] = channel
    tags = _split_tags(get("tags"))
    if tags:
        item["tags"] = tags
    if get("votes").strip():
        votes = _number(get("votes"))
        if not isinstance(votes, int) or votes < 0:
            warnings.add(line, "votes must be a whole number of 0 or more; dropped")
        elif votes:
            item["votes"] = votes
    return True


def _resolve(parts: dict[str, list[tuple[int, dict[str, Any]]]], warnings: Warnings) -> None:
    """Fill missing ids; turn names into ids; drop rows that refer to nothing."""
    used = {item["id"] for items in parts.values() for _, item in items if item["id"]}
    prefix = {"personas": "persona", "stages": "stage", "lanes": "lane", "cards": "card",
              "emotions": "emotion", "connections": "connection", "assets": "asset"}  # fmt: skip
    for key, items in parts.items():
        n = 1
        for _, item in items:
            if not item["id"]:
                while f"{prefix[key]}-{n}" in used:
                    n += 1
                item["id"] = f"{prefix[key]}-{n}"
                used.add(item["id"])
    lookup: dict[str, dict[str, str]] = {}
    for key in ("personas", "stages", "lanes", "cards"):
        table: dict[str, str] = {}
        for _, item in parts[key]:
            table.setdefault(item.get("name") or item.get("title") or "", item["id"])
        table.update({item["id"]: item["id"] for _, item in parts[key]})
        lookup[key] = table
    emotion_lanes = [i["id"] for _, i in parts["lanes"] if i.get("kind") == "emotion"]
    refs = {
        "cards": (("stage", "stages"), ("lane", "lanes")),
        "emotions": (("stage", "stages"), ("lane", "lanes"), ("persona", "personas")),
        "connections": (("source", "cards"), ("target", "cards")),
    }
    for key, fields in refs.items():
        kept = []
        for line, item in parts[key]:
            if key == "emotions" and not item.get("lane") and emotion_lanes:
                item["lane"] = emotion_lanes[0]
            ok = True
            for field, group in fields:
                value = item.get(field)
                if value is None:
                    continue
                if value in lookup[group]:
                    item[field] = lookup[group][value]
                else:
                    what = f"“{value[:40]}”" if value else "nothing"
                    warnings.add(line, f"{field} refers to {what}, which does not exist; "
                                 "row skipped")  # fmt: skip
                    ok = False
                    break
            if ok:
                kept.append((line, item))
        parts[key] = kept


# -- export ---------------------------------------------------------------------------------


def _protect(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (undone by the import)."""
    return "'" + text if text.startswith(_RISKY) else text


def _tags_cell(tags: list[str]) -> str:
    return ";".join(t.replace("\\", "\\\\").replace(";", "\\;") for t in tags)


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    return json.dumps(value)


def _card_extra(card: Any) -> tuple[str, ...]:
    # tags the ;-separated cell would change (spaces around them) go into "extra" as well
    exact = all(t == t.strip() for t in card.tags)
    return ("evidence", "comments", "image") + (() if exact else ("tags",))


def export_csv(doc: JourneyMap) -> tuple[bytes, list[ConversionWarning]]:
    """The whole map in the full layout (UTF-8 with BOM, CRLF) and any warning."""
    warnings = Warnings()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)

    def row(**cells: Any) -> None:
        values = []
        for name in COLUMNS:
            value = cells.get(name)
            text = "" if value is None else str(value)
            if name not in _NUMERIC:
                text = _protect(text)
            if len(text) > EXCEL_CELL_LIMIT:
                warnings.add(f"{cells.get('type')} “{cells.get('id', '')}”",
                             f"the {name} cell is longer than Excel's 32,767 characters; "
                             "Excel cuts it (LibreOffice and this program do not)")  # fmt: skip
            values.append(text)
        writer.writerow(values)

    def extra(model: Any, keys: tuple[str, ...]) -> str:
        dumped = model.model_dump(mode="json", exclude_defaults=True, include=set(keys))
        return json.dumps(dumped, ensure_ascii=False) if dumped else ""

    map_extra = {}
    if doc.locale:
        map_extra["locale"] = doc.locale
    if doc.extensions is not None:
        map_extra["extensions"] = doc.extensions
    row(type="map", title=doc.title, body=doc.description,
        extra=json.dumps(map_extra, ensure_ascii=False) if map_extra else "")  # fmt: skip
    for p in doc.personas:
        row(type="persona", id=p.id, title=p.name, body=p.description, color=p.color,
            extra=extra(p, ("role", "goals", "frustrations", "quote", "photo")))  # fmt: skip
    for s in doc.stages:
        row(type="stage", id=s.id, title=s.name, body=s.description, color=s.color,
            size=_num(s.width))  # fmt: skip
    for lane in doc.lanes:
        row(type="lane", id=lane.id, title=lane.name, kind=lane.kind.value, color=lane.color,
            size=_num(lane.height))  # fmt: skip
    for c in doc.cards:
        row(type="card", id=c.id, stage=c.stage, lane=c.lane, title=c.title, body=c.body,
            channel=c.channel.value if c.channel else None, color=c.color,
            tags=_tags_cell(c.tags), votes=c.votes or "", kind=c.kind.value,
            extra=extra(c, _card_extra(c)))  # fmt: skip
    for e in doc.emotions:
        row(type="emotion", id=e.id, stage=e.stage, lane=e.lane, score=_num(tidy_number(e.score)),
            persona=e.persona, body=e.note)  # fmt: skip
    for conn in doc.connections:
        row(type="connection", id=conn.id, source=conn.source, target=conn.target,
            title=conn.label)  # fmt: skip
    used = doc.used_asset_ids()
    for a in doc.assets:
        if a.id in used:
            row(type="asset", id=a.id, title=a.name, extra=extra(a, ("media_type", "data")))
    return "\ufeff".encode() + out.getvalue().encode("utf-8"), list(warnings)
