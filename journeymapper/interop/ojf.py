"""Ptolemy's Open Journey Format (``.ojf``): read the flat 1.0, wrapped 1.1 and loose shapes,
write flat 1.0.

Stages and swimlanes become stages and lanes, nodes become cards, node scores an emotion lane
for the persona, blueprint items cards in Evidence / Onstage / Backstage / Support lanes.
What journeymapper cannot show (original ids, icons, each node's own score, unknown fields)
is kept under ``extensions["ojf"]`` so that exporting back restores it.
"""

from __future__ import annotations

import json
import re
from statistics import fmean
from typing import Any

from ..model import JourneyMap
from .common import (
    ConversionWarning,
    ImportResult,
    InteropError,
    MapBuilder,
    Warnings,
    clamp_score,
    colour,
    decode_text,
    depth_at_most,
    finish,
    finite,
    lane_kind_for,
    tidy_number,
)

EXT = "ojf"
#: Blueprint parts: (lane name, field shown as the card title, field shown as its body).
BLUEPRINT = {
    "evidence": ("Evidence", "item", "type"),
    "onstage": ("Onstage", "action", "actor"),
    "backstage": ("Backstage", "action", "actor"),
    "support": ("Support", "system", "description"),
}
#: OJF ``purpose`` values that name a card kind, and back.
PURPOSE_KIND = {
    "pain-point": "pain_point",
    "pain_point": "pain_point",
    "painpoint": "pain_point",
    "pain point": "pain_point",
    "bottleneck": "pain_point",
    "opportunity": "opportunity",
    "idea": "idea",
    "question": "question",
    "quote": "quote",
    "metric": "metric",
    "moment-of-truth": "moment_of_truth",
    "moment_of_truth": "moment_of_truth",
}
KIND_PURPOSE = {
    "pain_point": "pain-point",
    "opportunity": "opportunity",
    "idea": "idea",
    "question": "question",
    "quote": "quote",
    "metric": "metric",
}
_NODE_FIELDS = {
    "id", "stageId", "stage", "phase", "phaseId", "swimlaneId", "swimlane", "laneId", "lane",
    "title", "text", "name", "description", "tags", "iconColor", "severity", "sentiment",
    "purpose", "isMomentOfTruth", "blueprint",
}  # fmt: skip
_TAGGED = ("severity", "sentiment")
_EMOTION_NAME = re.compile(r"emotion|feeling|sentiment", re.I)


def _text(item: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None


def _list(value: Any, path: str, warnings: Warnings) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        warnings.add(path, "expected a list; ignored")
        return []
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(text: str) -> Any:
    """The JSON value of an ``.ojf`` file, or an `InteropError` saying where it breaks."""
    if not text.strip():
        raise InteropError("1", "the file is empty")
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        cut = " (the file seems to be cut off)" if exc.pos >= len(text.rstrip()) else ""
        raise InteropError(str(exc.lineno), f"not valid JSON: {exc.msg}{cut}") from None
    except RecursionError:
        raise InteropError("1", "the JSON is nested too deeply to read") from None
    except ValueError as exc:
        raise InteropError("1", f"not valid JSON: {exc}") from None
    if not depth_at_most(value):
        raise InteropError("$", "the JSON is nested too deeply to read")
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InteropError(
            "$", "the file holds a broken character (a lone \\u surrogate)"
        ) from None
    return value


def import_ojf(data: bytes, fallback_title: str = "") -> ImportResult:
    """A map from the bytes of an ``.ojf`` file (any of the three shapes)."""
    warnings = Warnings()
    root = parse_json(decode_text(data, warnings))
    if not isinstance(root, dict):
        raise InteropError("$", "an .ojf file must hold a JSON object")
    meta = root.get("metadata") if isinstance(root.get("metadata"), dict) else {}
    persona_value = meta.get("persona", root.get("persona"))
    if isinstance(persona_value, dict):
        persona_name = _text(persona_value, "name", "title")
    else:
        persona_name = _text({"p": persona_value}, "p")
    pov = _text(meta, "pov", "pointOfView") or _text(root, "pointOfView", "pov")
    title = _text(meta, "title", "name") or _text(root, "title", "name") or pov
    b = MapBuilder(title or fallback_title or "Imported journey")
    b.description = pov
    ext: dict[str, Any] = {
        "version": meta.get("version", root.get("version")),
        "shape": "wrapped" if meta else "flat",
        "stages": {},
        "swimlanes": {},
        "nodes": {},
        "blueprint": {},
    }
    known = {"version", "persona", "pointOfView", "pov", "title", "name", "metadata"}
    known |= {"stages", "phases", "swimlanes", "lanes", "nodes"}
    extra = {k: v for k, v in root.items() if k not in known}
    if extra:
        ext["top"] = extra
    if meta:
        ext["metadata"] = meta
    persona = b.persona(persona_name, "persona") if persona_name else None

    stage_key = "stages" if "stages" in root else "phases"
    stage_ids: dict[str, str] = {}
    overrides: dict[str, float] = {}
    for i, item in enumerate(_list(root.get(stage_key), f"$.{stage_key}", warnings)):
        path = f"$.{stage_key}[{i}]"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            warnings.add(path, "a stage must be an object; skipped")
            continue
        name = _text(item, "name", "title", "text", "label") or f"Stage {i + 1}"
        orig = _text(item, "id")
        sid = b.stage(name, f"stage-{orig}" if orig else "stage")
        for key in (orig, name):
            if key is not None:
                stage_ids.setdefault(key, sid)
        ext["stages"][sid] = {k: v for k, v in item.items() if k not in ("name",)}
        if "overrideEmotion" in item and item["overrideEmotion"] is not None:
            value = finite(item["overrideEmotion"])
            if value is None:
                warnings.add(f"{path}.overrideEmotion", "not a number; ignored")
            else:
                overrides[sid] = _scaled(value, f"{path}.overrideEmotion", warnings)

    lane_key = "swimlanes" if "swimlanes" in root else "lanes"
    lane_ids: dict[str, str] = {}
    lane_items = _list(root.get(lane_key), f"$.{lane_key}", warnings)
    lane_names: dict[str, str] = {}
    for i, item in enumerate(lane_items):
        path = f"$.{lane_key}[{i}]"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            warnings.add(path, "a swimlane must be an object; skipped")
            continue
        name = _text(item, "name", "title", "text", "label") or f"Lane {i + 1}"
        orig = _text(item, "id")
        lid = b.lane(name, lane_kind_for(name), f"lane-{orig}" if orig else "lane")
        lane_names[lid] = name
        for key in (orig, name):
            if key is not None:
                lane_ids.setdefault(key, lid)
        ext["swimlanes"][lid] = {k: v for k, v in item.items() if k not in ("name",)}

    scores: dict[str, list[float]] = {}
    used_lanes: set[str] = set()
    blueprint_lanes: dict[str, str] = {}
    for i, node in enumerate(_list(root.get("nodes"), "$.nodes", warnings)):
        path = f"$.nodes[{i}]"
        if not isinstance(node, dict):
            warnings.add(path, "a node must be an object; skipped")
            continue
        sref = _text(node, "stageId", "stage", "phaseId", "phase")
        sid = stage_ids.get(sref) if sref is not None else None
        if sid is None:
            what = f"refers to stage “{sref}”, which does not exist" if sref else "has no stage"
            warnings.add(f"{path}.stageId", f"{what}; node skipped")
            continue
        lref = _text(node, "swimlaneId", "swimlane", "laneId", "lane")
        lid = lane_ids.get(lref) if lref is not None else None
        if lid is None:
            if lref is not None:
                warnings.add(f"{path}.swimlaneId", f"refers to swimlane “{lref}”, which does not "
                             "exist; placed in a new lane of that name")  # fmt: skip
                lid = b.lane(lref, lane_kind_for(lref))
                lane_ids[lref] = lid
            else:
                lid = lane_ids.get("") or b.lane("Steps", "cards")
                lane_ids[""] = lid
                warnings.add(path, "the node has no swimlane; placed in a lane “Steps”")
        used_lanes.add(lid)
        title = _text(node, "title", "text", "name")
        if title is None:
            warnings.add(f"{path}.title", "the node has no title; called “(untitled)”")
            title = "(untitled)"
        orig = _text(node, "id")
        record: dict[str, Any] = {k: v for k, v in node.items() if k not in _NODE_FIELDS}
        if orig is not None:
            record["id"] = orig
        tags = []
        for j, tag in enumerate(_list(node.get("tags"), f"{path}.tags", warnings)):
            if isinstance(tag, str) and tag.strip():
                tags.append(tag.strip()[:200])
            else:
                warnings.add(f"{path}.tags[{j}]", "not a text tag; dropped")
        for key in _TAGGED:
            value = _text(node, key)
            if value:
                tags.append(f"{key}:{value}"[:200])
        kind = "note"
        purpose = _text(node, "purpose")
        if purpose:
            kind = PURPOSE_KIND.get(purpose.lower(), "note")
            if kind == "note":
                tags.append(f"purpose:{purpose}"[:200])
            record["purpose"] = purpose
        if node.get("isMomentOfTruth") is True:
            kind = "moment_of_truth"
        card_colour = colour(node.get("iconColor"))
        if node.get("iconColor") is not None and card_colour is None:
            record["iconColor"] = node["iconColor"]
            warnings.add(f"{path}.iconColor", "not a #rrggbb colour; kept for export only")
        if "score" in node and node["score"] is not None:
            value = finite(node["score"])
            if value is None:
                warnings.add(f"{path}.score", "not a number; ignored")
            else:
                scores.setdefault(sid, []).append(_scaled(value, f"{path}.score", warnings))
        cid = b.card(
            sid,
            lid,
            title,
            f"card-{orig}" if orig else "card",
            body=_text(node, "description"),
            tags=list(dict.fromkeys(tags)),
            kind=kind,
            color=card_colour,
        )
        if record:
            ext["nodes"][cid] = record
        blueprint = node.get("blueprint")
        if blueprint is None:
            continue
        if not isinstance(blueprint, dict):
            warnings.add(f"{path}.blueprint", "expected an object; ignored")
            continue
        for part, (lane_name, main, second) in BLUEPRINT.items():
            items = _list(blueprint.get(part), f"{path}.blueprint.{part}", warnings)
            for j, item in enumerate(items):
                where = f"{path}.blueprint.{part}[{j}]"
                if isinstance(item, str):
                    item = {main: item}
                if not isinstance(item, dict):
                    warnings.add(where, "expected an object or a text; skipped")
                    continue
                text = _text(item, main, "text", "title", "name", "description", "action")
                if text is None:
                    warnings.add(where, "no text to show; skipped")
                    continue
                if part not in blueprint_lanes:
                    blueprint_lanes[part] = b.lane(lane_name, "cards", f"lane-{part}")
                body = _text(item, second) if second != main else None
                bid = b.card(sid, blueprint_lanes[part], text, f"{cid}-{part}", body=body)
                ext["blueprint"][bid] = {"node": cid, "part": part, "item": item}
        unknown = sorted(set(blueprint) - set(BLUEPRINT))
        if unknown:
            ext["nodes"].setdefault(cid, {})["blueprint"] = {k: blueprint[k] for k in unknown}
            warnings.add(
                f"{path}.blueprint", f"parts {', '.join(unknown)} are kept for export only"
            )
    ext["blueprint_lanes"] = list(blueprint_lanes.values())

    if scores or overrides:
        lane = next(
            (lid for lid, name in lane_names.items()
             if _EMOTION_NAME.search(name) and lid not in used_lanes),
            None,
        )  # fmt: skip
        if lane is not None:
            next(item for item in b.parts["lanes"] if item["id"] == lane)["kind"] = "emotion"
        else:
            lane = b.lane("Emotion", "emotion", "lane-emotion")
        ext["emotion_lane"] = lane
        for stage in b.parts["stages"]:
            sid = stage["id"]
            if sid in overrides:
                b.emotion(lane, sid, overrides[sid], persona)
            elif scores.get(sid):
                b.emotion(lane, sid, fmean(scores[sid]), persona)
    if persona:
        ext["persona"] = persona
    b.extensions[EXT] = {k: v for k, v in ext.items() if v not in ({}, [], None)}
    doc = finish(b.data(), warnings)
    return ImportResult(doc, list(warnings))


def _scaled(value: float, path: str, warnings: Warnings) -> float:
    if not -5 <= value <= 5:
        warnings.add(path, f"score {tidy_number(value)} is outside −5…+5; clamped")
    return clamp_score(value)


# -- export -----------------------------------------------------------------------------


def export_ojf(doc: JourneyMap) -> tuple[bytes, list[ConversionWarning]]:
    """Flat 1.0 ``.ojf`` bytes for ``doc`` and what the file could not hold."""
    warnings = Warnings()
    raw = (doc.extensions or {}).get(EXT)
    ext: dict[str, Any] = raw if isinstance(raw, dict) else {}
    stage_ext = _dict(ext.get("stages"))
    lane_ext = _dict(ext.get("swimlanes"))
    node_ext = _dict(ext.get("nodes"))
    blue_ext = _dict(ext.get("blueprint"))
    blue_lanes = set(ext.get("blueprint_lanes") or [])
    used: set[str] = set()

    def out_id(jm_id: str, record: dict[str, Any]) -> str:
        wanted = record.get("id")
        ident = wanted if isinstance(wanted, str) and wanted not in used else jm_id
        used.add(ident)
        return ident

    persona = doc.persona(ext.get("persona", "")) or (doc.personas[0] if doc.personas else None)
    emotion_lanes = [lane for lane in doc.lanes if lane.kind == "emotion"]
    emotion_lane = doc.lane(ext.get("emotion_lane", "")) or (
        emotion_lanes[0] if emotion_lanes else None
    )
    curve: dict[str, float] = {}
    if emotion_lane is not None:
        for point in doc.emotions:
            if point.lane == emotion_lane.id and (
                point.persona is None or persona is None or point.persona == persona.id
            ):
                curve.setdefault(point.stage, point.score)

    top: dict[str, Any] = {"version": "1.0"}
    if persona is not None:
        top["persona"] = persona.name
    top["pointOfView"] = doc.description or doc.title
    top["title"] = doc.title
    extra_top = ext.get("top")
    if isinstance(extra_top, dict):
        top.update({k: v for k, v in extra_top.items() if k not in top})

    stage_out: dict[str, str] = {}
    stages = []
    for stage in doc.stages:
        record = _dict(stage_ext.get(stage.id))
        item = {**{k: v for k, v in record.items() if k != "overrideEmotion"}}
        item["id"] = stage_out[stage.id] = out_id(stage.id, record)
        item["name"] = stage.name
        stages.append(item)
    lane_out: dict[str, str] = {}
    for lane in doc.lanes:
        if lane.kind != "emotion" or lane.id in lane_ext:
            lane_out[lane.id] = out_id(lane.id, _dict(lane_ext.get(lane.id)))

    nodes: list[dict[str, Any]] = []
    node_of: dict[str, dict[str, Any]] = {}
    stage_scores: dict[str, list[float]] = {}
    plain_lanes: set[str] = set()
    for card in doc.cards:
        if card.id in blue_ext and card.lane in blue_lanes:
            continue
        record = dict(_dict(node_ext.get(card.id)))
        node: dict[str, Any] = {"id": out_id(card.id, record)}
        node.update({"stageId": stage_out[card.stage], "swimlaneId": lane_out[card.lane]})
        node["title"] = card.title
        if card.body:
            node["description"] = card.body
        tags = []
        for tag in card.tags:
            key, _, value = tag.partition(":")
            if key in _TAGGED and value:
                node[key] = value
            elif key == "purpose" and value:
                node["purpose"] = value
            else:
                tags.append(tag)
        kind = str(card.kind)
        stored = record.pop("purpose", None)
        if kind in KIND_PURPOSE:
            keep = isinstance(stored, str) and PURPOSE_KIND.get(stored.lower()) == kind
            node["purpose"] = stored if keep else KIND_PURPOSE[kind]
        elif kind == "moment_of_truth" and isinstance(stored, str) and "purpose" not in node:
            node["purpose"] = stored  # a kind-like purpose the moment of truth overrode
        node["isMomentOfTruth"] = kind == "moment_of_truth"
        own_score = finite(record.get("score"))
        if own_score is not None:
            stage_scores.setdefault(card.stage, []).append(clamp_score(own_score))
        colour_text = card.color or record.pop("iconColor", None)
        record.pop("iconColor", None)
        if colour_text:
            node["iconColor"] = colour_text
        if tags:
            node["tags"] = tags
        for key, value in record.items():
            node.setdefault(key, value)
        nodes.append(node)
        node_of[card.id] = node
        plain_lanes.add(card.lane)

    for index, card in enumerate(doc.cards):
        if not (card.id in blue_ext and card.lane in blue_lanes):
            continue
        record = _dict(blue_ext.get(card.id))
        part = record.get("part")
        owner = node_of.get(record.get("node", ""))
        if owner is None or part not in BLUEPRINT:
            warnings.add(f"$.cards[{index}]", "its node is gone; the blueprint "
                         f"item “{card.title}” is not written")  # fmt: skip
            continue
        _, main, second = BLUEPRINT[part]
        item = dict(_dict(record.get("item")))
        item[main] = card.title
        if card.body:
            item[second] = card.body
        else:
            item.pop(second, None)
        blueprint = owner.setdefault("blueprint", {})
        if not isinstance(blueprint, dict):
            blueprint = owner["blueprint"] = {}
        blueprint.setdefault(part, []).append(item)

    for stage, item in zip(doc.stages, stages, strict=True):
        value = curve.get(stage.id)
        original = _dict(stage_ext.get(stage.id)).get("overrideEmotion")
        mean = tidy_number(fmean(stage_scores[stage.id])) if stage_scores.get(stage.id) else None
        if value is not None and (original is not None or mean is None or value != mean):
            item["overrideEmotion"] = tidy_number(value)
    swimlanes = []
    for lane in doc.lanes:
        if lane.id not in lane_out or (lane.id in blue_lanes and lane.id not in plain_lanes):
            continue
        record = _dict(lane_ext.get(lane.id))
        swimlanes.append({**record, "id": lane_out[lane.id], "name": lane.name})
    top.update({"stages": stages, "swimlanes": swimlanes, "nodes": nodes})
    _losses(doc.cards, warnings)
    _map_losses(doc, persona, emotion_lane, warnings)
    text = json.dumps(top, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8"), list(warnings)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _losses(cards: list[Any], warnings: Warnings) -> None:
    """One warning per kind of card detail .ojf cannot hold, with the number of cards."""
    for name in ("votes", "channel", "evidence", "comments", "image"):
        count = sum(1 for card in cards if getattr(card, name))
        if count:
            first = next(i for i, card in enumerate(cards) if getattr(card, name))
            where = f"$.cards[{first}]" if count == 1 else "$.cards"
            warnings.add(where, f"{name} of {count} card(s) not kept (.ojf has no place for it)")


def _map_losses(doc: JourneyMap, persona: Any, lane: Any, warnings: Warnings) -> None:
    if doc.connections:
        warnings.add("$.connections", f"{len(doc.connections)} connections are not kept")
    others = [p.name for p in doc.personas if persona is None or p.id != persona.id]
    if others:
        warnings.add("$.personas", f"only one persona is kept; dropped: {', '.join(others)}")
    if persona is not None and any(
        getattr(persona, f) for f in ("role", "description", "quote", "goals", "frustrations")
    ):
        warnings.add("$.personas[0]", "only the persona's name is kept")
    dropped = [
        e
        for e in doc.emotions
        if lane is None
        or e.lane != lane.id
        or (persona is not None and e.persona not in (None, persona.id))
    ]
    if dropped:
        warnings.add("$.emotions", f"{len(dropped)} emotion points of other personas or lanes "
                     "are not kept")  # fmt: skip
    if any(e.note for e in doc.emotions):
        warnings.add("$.emotions", "emotion notes are not kept")
    if any(s.description or s.color or s.width for s in doc.stages):
        warnings.add("$.stages", "stage descriptions, colours and widths are not kept")
    if any(lane.color or lane.height for lane in doc.lanes):
        warnings.add("$.lanes", "lane colours and heights are not kept")
