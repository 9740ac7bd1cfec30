"""Fuzzing the loader: whatever the bytes, `loads` gives a JourneyMap or a DocumentError.

Nothing else may escape (no ValueError, RecursionError, UnicodeError, KeyError,
pydantic's ValidationError, ...). Documents that do load are sound and save back to
the same bytes; files that can be repaired give a valid map.

The budget is bounded in CI (profile "ci", about 200 examples per test). The longer run
is one command away::

    JOURNEYMAPPER_FUZZ=long .venv/bin/python -m pytest tests/test_safety_fuzz.py

(profile "long": 20,000 examples per test; about 11 minutes on a 2-core machine).
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from imagebytes import b64, jpeg_bytes, png_bytes

from journeymapper.io import dumps, loads
from journeymapper.io.load import is_repairable, load_repaired
from journeymapper.model import DocumentError, JourneyMap, check_document
from journeymapper.templates import template_path

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("long", max_examples=20_000, deadline=None, suppress_health_check=_QUIET)
#: chosen with JOURNEYMAPPER_FUZZ=ci|long (applied to this module's tests only)
PROFILE_NAME = os.environ.get("JOURNEYMAPPER_FUZZ", "ci")
PROFILE = settings.get_profile(PROFILE_NAME)

TEMPLATE_BYTES = template_path("awareness-to-loyalty-en").read_bytes()
TEMPLATE_DATA: dict[str, Any] = json.loads(TEMPLATE_BYTES)
SMALL_SEED: dict[str, Any] = {
    "format": "journeymapper",
    "schema_version": 1,
    "title": "Seed",
    "personas": [{"id": "p1", "name": "P"}],
    "stages": [{"id": "s1", "name": "A"}, {"id": "s2", "name": "B"}],
    "lanes": [
        {"id": "l1", "name": "Touch", "kind": "touchpoints"},
        {"id": "l2", "name": "Feel", "kind": "emotion"},
    ],
    "cards": [
        {"id": "c1", "stage": "s1", "lane": "l1", "title": "T", "tags": ["x"], "votes": 1},
        {"id": "c2", "stage": "s2", "lane": "l1", "title": "U", "channel": "email"},
    ],
    "emotions": [{"id": "e1", "lane": "l2", "stage": "s1", "score": 1, "persona": "p1"}],
    "connections": [{"id": "k1", "source": "c1", "target": "c2", "label": "then"}],
    "extensions": {"tool": {"a": [1, 2]}},
}
#: a version-2 seed: kinds, evidence, comments, a persona profile and two images
V2_SEED: dict[str, Any] = {
    **SMALL_SEED,
    "schema_version": 2,
    "personas": [
        {"id": "p1", "name": "P", "role": "Owner", "goals": ["g"], "quote": "q", "photo": "img2"}
    ],
    "cards": [
        {
            "id": "c1",
            "stage": "s1",
            "lane": "l1",
            "title": "T",
            "kind": "pain_point",
            "evidence": [
                {"id": "ev1", "source": "first_party", "title": "NPS", "date": "2024-09-30"}
            ],
            "comments": [{"id": "cm1", "text": "ask", "created": "2024-10-01T09:30"}],
            "image": "img1",
        },
        {"id": "c2", "stage": "s2", "lane": "l1", "title": "U", "channel": "email"},
    ],
    "assets": [
        {"id": "img1", "name": "a.png", "media_type": "image/png", "data": b64(png_bytes(3, 2))},
        {"id": "img2", "name": "b.jpg", "media_type": "image/jpeg", "data": b64(jpeg_bytes())},
    ],
}


def check_outcome(data: bytes | str) -> JourneyMap | None:
    """Load; only DocumentError may be raised; a loaded map is sound and round-trips."""
    try:
        doc = loads(data)
    except DocumentError as exc:
        assert exc.problems, "a DocumentError must list at least one problem"
        for p in exc.problems:
            assert p.path.startswith("$") and p.message
        return None
    assert isinstance(doc, JourneyMap)
    assert check_document(doc) == []
    saved = dumps(doc)
    assert dumps(loads(saved)) == saved
    return doc


# -- raw bytes and text ------------------------------------------------------------------------


@PROFILE
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    check_outcome(data)


JSONISH = st.text(
    alphabet='{}[]":,.-+0123456789eE \n\t\\/uaflsetrnNIy\ufeff\ud800\x00é', max_size=300
)


@PROFILE
@given(JSONISH)
def test_json_like_text(text: str) -> None:
    check_outcome(text)
    check_outcome(text.encode("utf-8", "surrogatepass"))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities: json.dumps writes them as bare words
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)


@PROFILE
@given(json_values)
def test_random_json_values(value: Any) -> None:
    check_outcome(json.dumps(value).encode())


@PROFILE
@given(st.dictionaries(st.sampled_from([*sorted(SMALL_SEED), "titel", "$schema", ""]), json_values))
def test_random_top_level_fields(overrides: dict[str, Any]) -> None:
    data = dict(SMALL_SEED)
    data.update(overrides)
    check_outcome(json.dumps(data))


# -- mutations of real maps --------------------------------------------------------------------

IDS = ["s1", "l1", "l2", "c1", "c2", "p1", "e1", "k1", "s-awareness", "l-emotions", ""]
IDS += ["img1", "img2", "ev1", "cm1"]
V2_WORDS = ["pain_point", "metric", "first_party", "assumption", "2024-02-30", "2024-09-30"]
V2_WORDS += ["image/png", "image/jpeg", "image/gif", "iVBORw0KGgo=", "%%%", b64(jpeg_bytes())]
leaf_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.text(max_size=10),
    st.sampled_from(
        [*IDS, "emotion", "cards", "touchpoints", "#FFFFFF", "#zz", "email", "x" * 300, *V2_WORDS]
    ),
    st.just([]),
    st.just({}),
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(paths(v, (*prefix, i)))
    return out


@st.composite
def mutated(draw: st.DrawFn, seed: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(paths(data)))
        if not where:
            continue
        parent: Any = data
        for key in where[:-1]:
            parent = parent[key]
        last = where[-1]
        action = draw(st.sampled_from(["set", "delete", "duplicate", "swap-id"]))
        if action == "set":
            parent[last] = draw(leaf_values)
        elif action == "delete":
            del parent[last]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif action == "swap-id" and isinstance(parent, dict):
            parent[last] = draw(st.sampled_from(IDS))
    return data


@PROFILE
@given(mutated(SMALL_SEED))
def test_mutated_small_map(data: dict[str, Any]) -> None:
    check_outcome(json.dumps(data))


@PROFILE
@given(mutated(TEMPLATE_DATA))
def test_mutated_template(data: dict[str, Any]) -> None:
    check_outcome(json.dumps(data, ensure_ascii=False).encode())


@PROFILE
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(TEMPLATE_BYTES)),
            st.sampled_from(["flip", "cut", "insert"]),
            st.binary(min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_template_bytes(edits: list[tuple[int, str, bytes]]) -> None:
    data = bytearray(TEMPLATE_BYTES)
    for pos, action, chunk in edits:
        pos = min(pos, len(data))
        if action == "flip" and pos < len(data):
            data[pos] ^= chunk[0] or 1
        elif action == "cut":
            del data[pos : pos + len(chunk) * 50]
        else:
            data[pos:pos] = chunk
    check_outcome(bytes(data))


@PROFILE
@given(mutated(V2_SEED))
def test_mutated_version_two_map(data: dict[str, Any]) -> None:
    check_outcome(json.dumps(data))


@PROFILE
@given(st.binary(max_size=300), st.sampled_from(["image/png", "image/jpeg"]))
def test_random_image_bytes(data: bytes, media_type: str) -> None:
    seed = copy.deepcopy(V2_SEED)
    seed["assets"][0].update(data=b64(data), media_type=media_type)
    check_outcome(json.dumps(seed))
    # a real header with random bytes after it, and a random header after a real signature
    seed["assets"][0].update(data=b64(png_bytes()[:16] + data))
    check_outcome(json.dumps(seed))
    seed["assets"][1].update(data=b64(b"\xff\xd8\xff" + data))
    check_outcome(json.dumps(seed))


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@PROFILE
@given(st.one_of(mutated(SMALL_SEED), mutated(V2_SEED)))
def test_repair_of_mutated_maps(fuzz_dir: Path, data: dict[str, Any]) -> None:
    """`is_repairable` never raises; when it says yes, the repaired map is valid and the
    file is left as it was."""
    path = fuzz_dir / "m.journey.json"
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    repairable = is_repairable(path)
    try:
        doc, changes = load_repaired(path)
    except DocumentError:
        assert not repairable, "is_repairable said yes but the repair failed"
    else:
        assert repairable
        assert check_document(doc) == []
        assert changes, "a repair that changes nothing"
        assert dumps(loads(dumps(doc))) == dumps(doc)
    assert path.read_bytes() == raw


# -- the extremes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[" * 200_000 + "]" * 200_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        "[" * 200_000,
        "1" * 100_000,
        "-" + "9" * 5000,
        "1e400",
        '"' + "\\ud800" * 1000 + '"',
        "\ufeff" * 3 + "{}",
    ],
    ids=[
        "deep-list",
        "deep-object",
        "unclosed",
        "long-int",
        "negative-long-int",
        "1e400",
        "surrogates",
        "many-boms",
    ],
)
def test_extreme_json(text: str) -> None:
    check_outcome(text)
    check_outcome(text.encode())


@pytest.mark.parametrize(
    "extensions",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 5_000 + "1" + "}" * 5_000,
        '{"x": NaN}',
        '{"x": [Infinity]}',
        '{"x": 1e400}',
        '{"x": "' + "y" * 1_000_000 + '"}',
    ],
    ids=["deep-list", "deep-object", "nan", "infinity", "1e400", "megabyte-string"],
)
def test_extreme_extensions(extensions: str) -> None:
    seed = json.dumps(SMALL_SEED)
    head, _ = seed.rsplit('"extensions"', 1)
    check_outcome(head + '"extensions": ' + extensions + "}")


def test_profile_is_bounded_in_ci() -> None:
    """CI runs the bounded profile; the long one is chosen on purpose."""
    assert PROFILE_NAME in ("ci", "long")
    if PROFILE_NAME == "ci":
        assert PROFILE.max_examples <= 500
    else:
        assert PROFILE.max_examples >= 10_000
