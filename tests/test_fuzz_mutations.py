"""Random mutations of valid files: loading gives a JourneyMap or a DocumentError, never else."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.io import dumps, loads
from journeymapper.model import DocumentError, JourneyMap, check_document

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"

INLINE_SEED = {
    "format": "journeymapper",
    "schema_version": 1,
    "title": "Seed",
    "personas": [{"id": "p1", "name": "P", "color": "#112233"}],
    "stages": [{"id": "s1", "name": "A"}, {"id": "s2", "name": "B", "description": "d"}],
    "lanes": [
        {"id": "l1", "name": "Touch", "kind": "touchpoints"},
        {"id": "l2", "name": "Cards", "kind": "cards"},
        {"id": "l3", "name": "Feel", "kind": "emotion"},
    ],
    "cards": [
        {
            "id": "c1",
            "stage": "s1",
            "lane": "l1",
            "title": "T",
            "channel": "email",
            "tags": ["x"],
            "votes": 1,
        },
        {"id": "c2", "stage": "s2", "lane": "l2", "title": "U"},
    ],
    "emotions": [{"id": "e1", "lane": "l3", "stage": "s1", "score": 1, "persona": "p1"}],
    "connections": [{"id": "k1", "source": "c1", "target": "c2"}],
    "extensions": {"tool": {"a": [1, 2]}},
}


def seeds() -> list[Any]:
    found = [pytest.param(json.dumps(INLINE_SEED).encode(), id="inline-seed")]
    for path in sorted(TEMPLATES.glob("*.journey.json")):
        found.append(pytest.param(path.read_bytes(), id=path.name.removesuffix(".journey.json")))
    return found


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(),  # NaN and infinities included: json.dumps writes them as literals
        st.text(max_size=12),
        st.sampled_from(["", "s1", "l3", "c1", "p1", "emotion", "#zzzzzz", "\ud800"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def locations(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(locations(child, (*here, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out.extend(locations(child, (*here, i)))
    return out


def get(value: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        value = value[part]
    return value


def retype(value: Any) -> Any:
    """The same content in a different JSON type."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    if isinstance(value, dict):
        return list(value.values())
    return 0


@st.composite
def mutated_files(draw: st.DrawFn, original: bytes) -> bytes:
    data = json.loads(original.decode("utf-8-sig"))
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 4))):
        locs = locations(data)
        loc = draw(st.sampled_from(locs))
        op = draw(st.sampled_from(["delete", "replace", "retype", "duplicate", "rename"]))
        if not loc:
            if op == "replace":
                data = draw(json_values)
            continue
        parent, key = get(data, loc[:-1]), loc[-1]
        if op == "delete":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(json_values)
        elif op == "retype":
            parent[key] = retype(parent[key])
        elif op == "duplicate":
            if isinstance(parent, list):
                parent.insert(key, copy.deepcopy(parent[key]))
            else:
                parent[key + "_"] = copy.deepcopy(parent[key])
        elif op == "rename" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = parent.pop(key)
    try:
        raw = json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    except (TypeError, ValueError):
        raw = original
    for _ in range(draw(st.integers(0, 2))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "none"]))
        if not raw:
            break
        at = draw(st.integers(0, len(raw) - 1))
        if op == "truncate":
            raw = raw[:at]
        elif op == "flip":
            raw = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]
        elif op == "insert":
            raw = raw[:at] + draw(st.binary(min_size=1, max_size=4)) + raw[at:]
    return raw


FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("original", seeds())
def test_mutated_files_load_or_raise_document_error(original: bytes) -> None:
    assert isinstance(loads(original), JourneyMap), "the seed itself must be valid"

    @FUZZ
    @given(mutated_files(original))
    def check(raw: bytes) -> None:
        try:
            doc = loads(raw)
        except DocumentError as exc:
            assert exc.problems
            for problem in exc.problems:
                assert problem.path.startswith("$")
                assert problem.message.strip()
            return
        # whatever loads is a sound document that saves and reloads the same
        assert check_document(doc) == []
        saved = dumps(doc)
        assert dumps(loads(saved)) == saved

    check()


def test_seeds_include_every_template() -> None:
    assert len(seeds()) == 1 + len(list(TEMPLATES.glob("*.journey.json")))
