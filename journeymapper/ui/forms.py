"""The inspector's forms: one small form per kind of part, in a registry.

A form says which fields a kind of part has (`build`) and what they show (`values`);
the `Inspector` hosts the current one. Adding a kind of part is adding a form here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QIcon, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..editing import Edit, content
from ..editing.kinds import PartKind, card_kind_name
from ..i18n import tr
from ..model import CardKind, Channel, JourneyMap, LaneKind
from ..resources import icon_path
from .card_panels import CommentPanel, EvidencePanel, ImagePanel
from .names import channel_name, lane_kind_name

#: votes are any whole number ≥ 0 (the format sets no upper bound); Python reads at most
#: 4300 digits of a number by default
MAX_VOTE_DIGITS = 4000


def widget_row(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side, flush left, as one form field (a picture and its buttons)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return box


class FormHost(Protocol):
    """What a form uses of the inspector while it builds."""

    doc: JourneyMap

    def line(self, key: str, label: str, on_change: Callable[[str], None]) -> QLineEdit: ...
    def text(self, key: str, label: str, on_change: Callable[[str], None]) -> QWidget: ...
    def colour(self, key: str, label: str, on_change: Callable[[str | None], None]) -> None: ...
    def row(self, key: str, label: str, widget: QWidget) -> None: ...
    def section(self, key: str, label: str, widget: QWidget) -> None: ...
    def update_part(self, **changes: Any) -> None: ...
    def push(self, make: Callable[[], Edit]) -> None: ...
    def tell(self, text: str) -> None: ...
    def current_id(self) -> str | None: ...


class Form:
    """The form of one kind of part."""

    kind: PartKind

    def heading(self) -> str:
        raise NotImplementedError

    def build(self, host: FormHost) -> None:
        raise NotImplementedError

    def values(self, part: Any, doc: JourneyMap) -> dict[str, Any]:
        """What each field shows, by key (fields without an entry show the part's
        attribute of the same name)."""
        return {}


class CardForm(Form):
    kind = PartKind.CARD

    def heading(self) -> str:
        return tr("inspector", "Card")

    def build(self, host: FormHost) -> None:
        host.line("title", tr("inspector", "Title"), lambda v: host.update_part(title=v))
        kind = QComboBox()
        for k in CardKind:
            icon = icon_path(f"card-kind-{k.value}" if k is not CardKind.NOTE else "card")
            kind.addItem(QIcon(str(icon)), card_kind_name(k), k.value)

        def set_kind(_index: int) -> None:
            card_id = host.current_id()
            if card_id is not None:
                value = kind.currentData()
                host.push(lambda: content.set_card_kind(host.doc, card_id, value))

        kind.activated.connect(set_kind)
        host.row("kind", tr("inspector", "Kind"), kind)
        host.text("body", tr("inspector", "Body"), lambda v: host.update_part(body=v or None))
        combo = QComboBox()
        combo.addItem(tr("inspector", "(none)"), None)
        for ch in Channel:
            combo.addItem(channel_name(ch), ch.value)
        combo.activated.connect(lambda _i: host.update_part(channel=combo.currentData()))
        host.row("channel", tr("inspector", "Channel"), combo)
        host.colour("color", tr("inspector", "Colour"), lambda c: host.update_part(color=c))
        tags = host.line(
            "tags",
            tr("inspector", "Tags"),
            lambda v: host.update_part(tags=[t.strip() for t in v.split(",") if t.strip()]),
        )
        tags.setPlaceholderText(tr("inspector", "comma-separated, e.g. quick-win, assumption"))
        votes = host.line(
            "votes", tr("inspector", "Votes"), lambda v: host.update_part(votes=int(v or 0))
        )
        # any whole number, however large (a spin box stops at 2**31 - 1)
        votes.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), votes))
        votes.setMaxLength(MAX_VOTE_DIGITS)
        votes.setPlaceholderText("0")
        doc = lambda: host.doc  # noqa: E731 (the host's document changes with the session)
        host.section(
            "image",
            tr("inspector", "Image"),
            ImagePanel(doc, host.current_id, host.push, host.tell),
        )
        host.section(
            "evidence", tr("inspector", "Evidence"), EvidencePanel(doc, host.current_id, host.push)
        )
        host.section(
            "comments", tr("inspector", "Comments"), CommentPanel(doc, host.current_id, host.push)
        )

    def values(self, part: Any, doc: JourneyMap) -> dict[str, Any]:
        return {
            "kind": CardKind(part.kind).value,
            "image": part,
            "evidence": part,
            "comments": part,
            "tags": ", ".join(part.tags),
            "channel": part.channel.value if part.channel else None,
            "votes": str(part.votes),
        }


class StageForm(Form):
    kind = PartKind.STAGE

    def heading(self) -> str:
        return tr("inspector", "Stage")

    def build(self, host: FormHost) -> None:
        host.line("name", tr("inspector", "Name"), lambda v: host.update_part(name=v))
        host.text(
            "description",
            tr("inspector", "Description"),
            lambda v: host.update_part(description=v or None),
        )
        host.colour("color", tr("inspector", "Colour"), lambda c: host.update_part(color=c))


class LaneForm(Form):
    kind = PartKind.LANE

    def heading(self) -> str:
        return tr("inspector", "Lane")

    def build(self, host: FormHost) -> None:
        host.line("name", tr("inspector", "Name"), lambda v: host.update_part(name=v))
        host.row("kind", tr("inspector", "Kind"), QLabel())
        host.colour("color", tr("inspector", "Colour"), lambda c: host.update_part(color=c))

    def values(self, part: Any, doc: JourneyMap) -> dict[str, Any]:
        return {"kind": lane_kind_name(LaneKind(part.kind))}


class EmotionForm(Form):
    kind = PartKind.EMOTION

    def heading(self) -> str:
        return tr("inspector", "Emotion point")

    def build(self, host: FormHost) -> None:
        score = QDoubleSpinBox()
        score.setRange(-5, 5)
        score.setSingleStep(0.5)
        score.setDecimals(1)
        score.valueChanged.connect(lambda v: host.update_part(score=v))
        host.row("score", tr("inspector", "Score (−5 … +5)"), score)
        persona = QComboBox()
        persona.addItem(tr("inspector", "(customer)"), None)
        for p in host.doc.personas:
            persona.addItem(p.name, p.id)
        persona.activated.connect(lambda _i: host.update_part(persona=persona.currentData()))
        host.row("persona", tr("inspector", "Persona"), persona)
        host.text("note", tr("inspector", "Note"), lambda v: host.update_part(note=v or None))


class ConnectionForm(Form):
    kind = PartKind.CONNECTION

    def heading(self) -> str:
        return tr("inspector", "Connection")

    def build(self, host: FormHost) -> None:
        host.line("label", tr("inspector", "Label"), lambda v: host.update_part(label=v or None))
        route = QLabel()
        route.setWordWrap(True)
        host.row("route", tr("inspector", "From → to"), route)

    def values(self, part: Any, doc: JourneyMap) -> dict[str, Any]:
        a, b = doc.card(part.source), doc.card(part.target)
        return {"route": f"{a.title if a else '?'} → {b.title if b else '?'}"}


#: the form of each kind of part (the map's own form is the inspector's)
FORMS: dict[PartKind, Form] = {
    form.kind: form
    for form in (CardForm(), StageForm(), LaneForm(), EmotionForm(), ConnectionForm())
}
