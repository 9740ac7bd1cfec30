"""Ready-made journey maps shipped in ``resources/templates`` (English and Italian)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .io import load
from .model import JourneyMap
from .resources import resource_path

SUFFIX = ".journey.json"
#: The map the editor opens when started with no file.
DEFAULT_TEMPLATE = "awareness-to-loyalty-en"


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


def blank_map() -> JourneyMap:
    """A small empty map to start from: three stages, touchpoints, actions, emotions."""
    from .i18n import tr
    from .model import Lane, Stage

    return JourneyMap.new(
        tr("templates", "Untitled journey"),
        stages=[
            Stage(id=f"stage-{i}", name=tr("templates", "Stage {0}").format(i)) for i in (1, 2, 3)
        ],
        lanes=[
            Lane(id="lane-1", name=tr("templates", "Touchpoints"), kind="touchpoints"),
            Lane(id="lane-2", name=tr("templates", "Customer actions"), kind="cards"),
            Lane(id="lane-3", name=tr("templates", "Emotions"), kind="emotion"),
        ],
    )
