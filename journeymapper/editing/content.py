"""Edits of what stands behind a card and a persona: kind, evidence, comments, images,
persona profiles. Each is one undo step named after what changed (see `edits`).

Evidence items and comments live inside their card, so each edit replaces the card with
a changed copy; an embedded image is an asset (top-level ``assets``) that the card's
``image`` or the persona's ``photo`` refers to, added in the same step.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..i18n import tr
from ..model import Asset, Card, CardKind, Comment, Evidence, EvidenceSource, JourneyMap
from ..model.assets import (
    MAX_TOTAL_ASSET_BYTES,
    ImageError,
    check_image,
    decode_base64,
    decoded_size,
)
from .edits import (
    Edit,
    EditRejected,
    Transaction,
    _check_card_cell,
    _insert_position,
    _label,
    _short,
    paste_cards,
)
from .kinds import card_kind_name, source_name

#: the evidence fields the inspector edits
EVIDENCE_FIELDS = ("source", "title", "reference", "date")


def _card(doc: JourneyMap, card_id: str) -> Card:
    card = doc.card(card_id)
    if card is None:
        raise EditRejected(tr("edits", "'{0}' is not in this map").format(card_id))
    return card


def _replace_card(doc: JourneyMap, card_id: str, **changes: Any) -> Transaction:
    tx = Transaction(doc)
    tx.replace("cards", card_id, **changes)
    return tx


# -- kind -----------------------------------------------------------------------------


def set_card_kind(doc: JourneyMap, card_id: str, kind: CardKind | str) -> Edit:
    try:
        kind = CardKind(kind)
    except ValueError:
        raise EditRejected(tr("edits", "“{0}” is not a kind of card.").format(kind)) from None
    card = _card(doc, card_id)
    tx = _replace_card(doc, card_id, kind=kind)
    text = tr("edits", "Change card '{0}' to {1}").format(
        _label(card), card_kind_name(kind).lower()
    )
    return Edit(text, tx.finish(), select=[card_id])


# -- evidence -------------------------------------------------------------------------


def _evidence_dicts(card: Card) -> list[dict[str, Any]]:
    return [e.model_dump() for e in card.evidence]


def add_evidence(
    doc: JourneyMap,
    card_id: str,
    source: EvidenceSource | str = EvidenceSource.ASSUMPTION,
    title: str | None = None,
) -> Edit:
    card = _card(doc, card_id)
    item = Evidence(
        id=doc.new_id("evidence"),
        source=EvidenceSource(source),
        title=title or tr("edits", "New source"),
    )
    tx = _replace_card(doc, card_id, evidence=[*_evidence_dicts(card), item.model_dump()])
    text = tr("edits", "Add source '{0}' to card '{1}'").format(_short(item.title), _label(card))
    return Edit(text, tx.finish(), select=[card_id])


def _evidence_index(card: Card, evidence_id: str) -> int:
    for i, item in enumerate(card.evidence):
        if item.id == evidence_id:
            return i
    raise EditRejected(tr("edits", "That source is not on this card any more."))


def remove_evidence(doc: JourneyMap, card_id: str, evidence_id: str) -> Edit:
    card = _card(doc, card_id)
    i = _evidence_index(card, evidence_id)
    items = _evidence_dicts(card)
    gone = items.pop(i)
    tx = _replace_card(doc, card_id, evidence=items)
    text = tr("edits", "Remove source '{0}' from card '{1}'").format(
        _short(gone["title"]), _label(card)
    )
    return Edit(text, tx.finish(), select=[card_id])


def move_evidence(doc: JourneyMap, card_id: str, evidence_id: str, step: int) -> Edit:
    """Move a source up (``step`` -1) or down (+1) in its card's list."""
    card = _card(doc, card_id)
    i = _evidence_index(card, evidence_id)
    j = max(0, min(len(card.evidence) - 1, i + step))
    items = _evidence_dicts(card)
    items.insert(j, items.pop(i))
    tx = _replace_card(doc, card_id, evidence=items)
    text = tr("edits", "Move source '{0}' up") if j < i else tr("edits", "Move source '{0}' down")
    return Edit(text.format(_short(card.evidence[i].title)), tx.finish(), select=[card_id])


def _check_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise EditRejected(
            tr("edits", "“{0}” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-31.").format(
                value
            )
        ) from None
    if len(value) != 10:
        raise EditRejected(
            tr("edits", "“{0}” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-31.").format(
                value
            )
        )
    return value


def update_evidence(doc: JourneyMap, card_id: str, evidence_id: str, **changes: Any) -> Edit:
    """Change fields of one source (typing in one field merges into one undo step)."""
    card = _card(doc, card_id)
    i = _evidence_index(card, evidence_id)
    unknown = set(changes) - set(EVIDENCE_FIELDS)
    if unknown:
        raise EditRejected(f"not an evidence field: {sorted(unknown)}")
    if "title" in changes and not str(changes["title"] or "").strip():
        raise EditRejected(tr("edits", "A source needs a title."))
    if "reference" in changes:
        changes["reference"] = changes["reference"] or None
    if "date" in changes:
        changes["date"] = _check_date(changes["date"])
    if "source" in changes:
        try:
            changes["source"] = EvidenceSource(changes["source"])
        except ValueError:
            raise EditRejected(
                tr("edits", "“{0}” is not a kind of source.").format(changes["source"])
            ) from None
    items = _evidence_dicts(card)
    items[i] = {**items[i], **changes}
    tx = _replace_card(doc, card_id, evidence=items)
    old = card.evidence[i]
    if set(changes) == {"source"}:
        text = tr("edits", "Set source '{0}' to {1}").format(
            _short(old.title), source_name(changes["source"]).lower()
        )
    elif set(changes) == {"title"}:
        text = tr("edits", "Rename source to '{0}'").format(_short(str(changes["title"])))
    elif set(changes) == {"reference"}:
        text = tr("edits", "Edit reference of source '{0}'").format(_short(old.title))
    elif set(changes) == {"date"}:
        text = tr("edits", "Set date of source '{0}' to {1}").format(
            _short(old.title), changes["date"] or tr("edits", "no date")
        )
    else:
        text = tr("edits", "Edit source '{0}'").format(_short(old.title))
    key = ("evidence", card_id, evidence_id, "-".join(sorted(changes)))
    return Edit(text, tx.finish(), merge_key=key, select=[card_id])


# -- comments -------------------------------------------------------------------------


def add_comment(
    doc: JourneyMap,
    card_id: str,
    text: str,
    author: str | None = None,
    created: str | None = None,
) -> Edit:
    card = _card(doc, card_id)
    if not text.strip():
        raise EditRejected(tr("edits", "Write the comment first."))
    if created is None:
        created = _dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
    comment = Comment(
        id=doc.new_id("comment"),
        text=text.strip(),
        author=(author or "").strip() or None,
        created=created,
    )
    comments = [c.model_dump() for c in card.comments] + [comment.model_dump()]
    tx = _replace_card(doc, card_id, comments=comments)
    label = tr("edits", "Comment on card '{0}': '{1}'").format(
        _label(card), _short(comment.text, 30)
    )
    return Edit(label, tx.finish(), select=[card_id])


def remove_comment(doc: JourneyMap, card_id: str, comment_id: str) -> Edit:
    card = _card(doc, card_id)
    kept = [c.model_dump() for c in card.comments if c.id != comment_id]
    gone = next((c for c in card.comments if c.id == comment_id), None)
    if gone is None:
        raise EditRejected(tr("edits", "That comment is not on this card any more."))
    tx = _replace_card(doc, card_id, comments=kept)
    text = tr("edits", "Delete comment '{0}' from card '{1}'").format(
        _short(gone.text, 30), _label(card)
    )
    return Edit(text, tx.finish(), select=[card_id])


# -- images ---------------------------------------------------------------------------


def _check_asset(doc: JourneyMap, asset: Asset) -> None:
    """The asset's bytes are what it says and the map's images stay within the limits."""
    try:
        check_image(decode_base64(asset.data), asset.media_type)
    except ImageError as exc:
        raise EditRejected(tr("edits", "The image {0}.").format(exc)) from None
    used = doc.used_asset_ids()
    total = sum(decoded_size(a.data) for a in doc.assets if a.id in used)
    total += decoded_size(asset.data)
    if total > MAX_TOTAL_ASSET_BYTES:
        raise EditRejected(
            tr(
                "edits",
                "The map's images would add up to {0:.0f} MB; a map may embed at most {1} MB "
                "of images. Remove an image or use a smaller one.",
            ).format(total / 1048576, MAX_TOTAL_ASSET_BYTES // 1048576)
        )


def _add_asset(tx: Transaction, doc: JourneyMap, asset: Asset) -> str:
    """Add the asset under a fresh id; the id it got."""
    _check_asset(doc, asset)
    fresh = asset.model_copy(update={"id": doc.new_id("image")})
    tx.insert("assets", len(doc.assets), fresh)
    return fresh.id


def set_card_image(doc: JourneyMap, card_id: str, asset: Asset | None) -> Edit:
    """Show ``asset`` on the card (None: take its image away). The asset is added to the
    map in the same step; an image nobody shows any more is dropped when saving."""
    card = _card(doc, card_id)
    tx = Transaction(doc)
    if asset is None:
        if card.image is None:
            raise EditRejected(tr("edits", "This card has no image."))
        tx.replace("cards", card_id, image=None)
        text = tr("edits", "Remove image from card '{0}'").format(_label(card))
    else:
        image_id = _add_asset(tx, doc, asset)
        tx.replace("cards", card_id, image=image_id)
        text = tr("edits", "Set image of card '{0}' to '{1}'").format(
            _label(card), _short(asset.name)
        )
    return Edit(text, tx.finish(), select=[card_id])


def add_image_card(
    doc: JourneyMap, stage: str, lane: str, asset: Asset, position: int | None = None
) -> Edit:
    """A new card in a cell showing an image (its title is the image's name)."""
    lane_part = _check_card_cell(doc, stage, lane)
    tx = Transaction(doc)
    image_id = _add_asset(tx, doc, asset)
    is_touchpoint = lane_part.kind == "touchpoints"
    card = Card(
        id=doc.new_id("touchpoint" if is_touchpoint else "card"),
        stage=stage,
        lane=lane,
        title=asset.name,
        channel="other" if is_touchpoint else None,
        image=image_id,
    )
    tx.insert("cards", _insert_position(doc, stage, lane, position), card)
    text = tr("edits", "Add card with image '{0}'").format(_short(asset.name))
    return Edit(text, tx.finish(), select=[card.id])


def paste_cards_with_images(
    doc: JourneyMap,
    cards: list[dict[str, Any]],
    stage: str,
    lane: str,
    assets: list[dict[str, Any]],
) -> Edit:
    """Paste cards that may show images copied along with them (from this map or another
    one): an image this map does not hold yet is added, under a fresh id, in the same step.
    An image that cannot be embedded leaves its card without an image."""
    tx = Transaction(doc)
    fresh: dict[str, str] = {}
    for data in assets:
        try:
            asset = Asset.model_validate(data, strict=False)
        except ValueError:
            continue
        same = doc.asset(asset.id)
        if same is not None and same.data == asset.data:
            fresh[asset.id] = asset.id  # copied in this map: shown as it is
            continue
        try:
            fresh[asset.id] = _add_asset(tx, doc, asset)
        except EditRejected:
            continue
    remapped = [
        {**c, "image": fresh.get(str(c.get("image")))} if c.get("image") else c for c in cards
    ]
    try:
        edit = paste_cards(doc, remapped, stage, lane)
    except EditRejected:
        tx.finish()
        raise
    edit.ops = tx.finish() + edit.ops
    return edit


# -- persona profiles ------------------------------------------------------------------

#: what the persona editor edits
PERSONA_FIELDS = (
    "name",
    "role",
    "color",
    "description",
    "goals",
    "frustrations",
    "quote",
    "photo",
)


def update_persona(
    doc: JourneyMap,
    persona_id: str,
    changes: dict[str, Any],
    photo: Asset | None = None,
) -> Edit:
    """Apply the persona editor's fields in one step. ``photo`` is a new photo (added as
    an asset); ``changes["photo"] = None`` takes the photo away."""
    persona = doc.persona(persona_id)
    if persona is None:
        raise EditRejected(tr("edits", "That persona is not in this map."))
    unknown = set(changes) - set(PERSONA_FIELDS)
    if unknown:
        raise EditRejected(f"not a persona field: {sorted(unknown)}")
    changes = dict(changes)
    if "name" in changes:
        changes["name"] = str(changes["name"]).strip()
        if not changes["name"]:
            raise EditRejected(tr("edits", "A persona needs a name."))
    for key in ("role", "description", "quote", "color"):
        if key in changes:
            changes[key] = (changes[key] or "").strip() or None
    for key in ("goals", "frustrations"):
        if key in changes:
            changes[key] = [line.strip() for line in changes[key] if line.strip()]
    tx = Transaction(doc)
    if photo is not None:
        changes["photo"] = _add_asset(tx, doc, photo)
    tx.replace("personas", persona_id, **changes)
    ops = tx.finish()
    return Edit(
        tr("edits", "Edit persona '{0}'").format(_short(changes.get("name") or persona.name)),
        ops,
        select=[],
    )
