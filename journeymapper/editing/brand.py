"""The map's brand, client and author as one undoable edit (the Brand dialog, a preset).

A new logo is added as an image asset (checked like any image: its bytes, the map's
image limit) in the same edit; the old logo's image, if no longer used, is left to
`save` (which never writes an unused image).
"""

from __future__ import annotations

from ..i18n import tr
from ..model import Asset, JourneyMap
from ..model.document import Brand, Palette, Typeface
from .content import _add_asset
from .edits import Edit, EditRejected, Transaction
from .ops import SetField

MAX_TEXT = 200


def _text(value: str | None, too_long: str) -> str | None:
    """``value`` with its white space tidied (None when empty); ``too_long``: the message
    (with {0} for the limit) when it is longer than `MAX_TEXT`."""
    value = " ".join((value or "").split())
    if len(value) > MAX_TEXT:
        raise EditRejected(too_long.format(MAX_TEXT))
    return value or None


def is_plain(brand: Brand) -> bool:
    """A brand that changes nothing (no name, logo or accent; the sans, the standard palette)."""
    return brand == Brand()


def set_brand(
    doc: JourneyMap,
    brand: Brand | None,
    client: str | None = None,
    author: str | None = None,
    logo: Asset | None = None,
) -> Edit:
    """Give the map ``brand`` (None or a plain brand: no brand) and its client and author,
    as one undo step. ``logo``: a new picture for the brand's logo (added as an image;
    ``brand.logo`` is then ignored)."""
    client = _text(client, tr("edits", "The client's name can be at most {0} characters long."))
    author = _text(author, tr("edits", "The author's name can be at most {0} characters long."))
    tx = Transaction(doc)
    if brand is not None:
        name = _text(
            brand.name, tr("edits", "The brand's name can be at most {0} characters long.")
        )
        brand = brand.model_copy(update={"name": name})
        if logo is not None:
            brand = brand.model_copy(update={"logo": _add_asset(tx, doc, logo)})
        elif brand.logo is not None and doc.asset(brand.logo) is None:
            tx.finish()
            raise EditRejected(tr("edits", "The logo is not an image of this map."))
        if is_plain(brand):
            brand = None
    for field, value in (("client", client), ("author", author), ("brand", brand)):
        if getattr(doc, field) != value:
            tx.do(SetField(field, getattr(doc, field), value))
    return Edit(tr("edits", "Change brand"), tx.finish(), merge_key=None)


def make_brand(
    name: str | None,
    logo: str | None,
    accent: str | None,
    typeface: str = "sans",
    palette: str = "standard",
) -> Brand:
    """A `Brand` from the dialog's values (raises `EditRejected` for a bad accent)."""
    try:
        return Brand(
            name=name or None,
            logo=logo,
            accent=accent.upper() if accent else None,
            typeface=Typeface(typeface),
            palette=Palette(palette),
        )
    except ValueError:
        raise EditRejected(
            tr("edits", "“{0}” is not a colour such as #1F63B8.").format(accent)
        ) from None
