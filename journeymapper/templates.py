"""Ready-made journey maps shipped in ``resources/templates`` (English and Italian)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .io import load
from .model import JourneyMap
from .resources import resource_path

SUFFIX = ".journey.json"
#: The map the editor opens when started with no file (in the interface's language when
#: there is a version in it: see `default_template`).
DEFAULT_TEMPLATE = "awareness-to-loyalty-en"
DEFAULT_FRAMEWORK = "awareness-to-loyalty"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: str
    locale: str
    path: Path


class UnknownTemplateError(LookupError):
    def __init__(self, name: str) -> None:
        self.name = name
        names = ", ".join(t.name for t in list_templates())
        super().__init__(f"there is no template named {name!r}; available: {names}")


def list_templates() -> list[TemplateInfo]:
    """Every shipped template, sorted by name."""
    out: list[TemplateInfo] = []
    folder = resource_path("templates")
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        # Only the header is needed for a listing; a full validation happens on load.
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        out.append(
            TemplateInfo(
                name=path.name[: -len(SUFFIX)],
                title=str(data.get("title", "")),
                description=str(data.get("description") or data.get("title", "")),
                locale=str(data.get("locale") or ""),
                path=path,
            )
        )
    return out


def template_path(name: str) -> Path:
    path = resource_path("templates", name + SUFFIX)
    if "/" in name or "\\" in name or not path.is_file():
        raise UnknownTemplateError(name)
    return path


def load_template(name: str = DEFAULT_TEMPLATE) -> JourneyMap:
    """A fresh copy of a template's document."""
    return load(template_path(name))


def frameworks() -> list[str]:
    """The stage frameworks of the templates ("awareness-to-loyalty", …), one per name."""
    return sorted({_framework(info.name) for info in list_templates()})


def _framework(name: str) -> str:
    base, _, lang = name.rpartition("-")
    return base if base and len(lang) in (2, 3) else name


def _language(locale: str) -> str:
    return locale.replace("_", "-").split("-")[0].lower()


def template_in(framework: str, locale: str) -> str:
    """The template of ``framework`` in ``locale``'s language (English when there is none)."""
    names = {info.name for info in list_templates()}
    for name in (f"{framework}-{_language(locale)}", f"{framework}-en", framework):
        if name in names:
            return name
    raise UnknownTemplateError(framework)


def default_template() -> str:
    """The example map for the interface's language."""
    from .i18n import interface_language

    try:
        return template_in(DEFAULT_FRAMEWORK, interface_language())
    except UnknownTemplateError:  # pragma: no cover - the English one is shipped
        return DEFAULT_TEMPLATE


def blank_map(locale: str | None = None, framework: str | None = None) -> JourneyMap:
    """A small empty map to start from: three stages (or the stages of a framework),
    touchpoints, actions, emotions; named in ``locale``'s language (by default the
    interface's), which also becomes the map's language."""
    from .i18n import interface_language, translate_to
    from .model import Lane, Stage

    locale = locale or interface_language()

    def tr(context: str, text: str) -> str:  # the strings lupdate finds, in ``locale``
        return translate_to(locale, context, text)

    if framework is not None:
        stages = [
            Stage(id=s.id, name=s.name)
            for s in load_template(template_in(framework, locale)).stages
        ]
    else:
        stages = [
            Stage(id=f"stage-{i}", name=tr("templates", "Stage {0}").format(i)) for i in (1, 2, 3)
        ]
    return JourneyMap.new(
        tr("templates", "Untitled journey"),
        locale=locale,
        stages=stages,
        lanes=[
            Lane(id="lane-1", name=tr("templates", "Touchpoints"), kind="touchpoints"),
            Lane(id="lane-2", name=tr("templates", "Customer actions"), kind="cards"),
            Lane(id="lane-3", name=tr("templates", "Emotions"), kind="emotion"),
        ],
    )
