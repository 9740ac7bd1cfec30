"""`validate`'s quick yes (model/fastcheck.py) agrees with the full load on every file.

The quick check may only say yes when the full path (io.load: migration, the pydantic
classes, the reference and image checks) accepts the file; when it says no, `validate`
takes the full path, so its output and exit status never change. It must also say yes to
every valid file of the current version without extensions, or it would be dead weight.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from bench_maps import benchmark_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from module_probe import modules_loaded_by

from journeymapper import cli
from journeymapper.io import dumps, load, loads
from journeymapper.model import SCHEMA_VERSION, DocumentError, core_schema_gen
from journeymapper.model.fastcheck import is_valid_bytes, is_valid_file

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent / "resources" / "templates"
CORPUS = HERE / "corpus"
PNG_1X1 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9"
    "awAAAABJRU5ErkJggg=="
)

RICH: dict[str, Any] = {
    "format": "journeymapper",
    "schema_version": 2,
    "title": "Rich",
    "locale": "it-IT",
    "client": "C",
    "author": "A",
    "as_is": "old.journey.json",
    "brand": {"name": "B", "logo": "a1", "accent": "#aabbcc", "palette": "high-contrast"},
    "personas": [{"id": "p1", "name": "P", "color": "#112233", "goals": ["g"], "photo": "a1"}],
    "stages": [{"id": "s1", "name": "A", "width": 300}, {"id": "s2", "name": "B"}],
    "lanes": [
        {"id": "l1", "name": "Touch", "kind": "touchpoints", "height": 90.5},
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
            "kind": "pain_point",
            "tags": ["x"],
            "votes": 3,
            "image": "a1",
            "evidence": [
                {"id": "v1", "source": "first_party", "title": "Survey", "date": "2024-09-30"}
            ],
            "comments": [{"id": "m1", "text": "why?", "created": "2024-09-30T14:05Z"}],
        },
        {"id": "c2", "stage": "s2", "lane": "l2", "title": "U"},
    ],
    "emotions": [{"id": "e1", "lane": "l3", "stage": "s1", "score": -2.5, "persona": "p1"}],
    "connections": [{"id": "k1", "source": "c1", "target": "c2", "label": "then"}],
    "assets": [{"id": "a1", "name": "dot", "media_type": "image/png", "data": PNG_1X1}],
}


def full_verdict(data: bytes) -> bool:
    try:
        loads(data)
    except DocumentError:
        return False
    return True


def must_agree(data: bytes) -> bool:
    """Assert the two paths agree on ``data``; the verdict."""
    full = full_verdict(data)
    fast = is_valid_bytes(data)
    assert not (fast and not full), "the quick check accepted a file the full path refuses"
    if full and _plain_current(data):
        assert fast, "the quick check refused a valid file it should have accepted"
    return full


def _plain_current(data: bytes) -> bool:
    """A file of the current version without extensions or \\u escapes of surrogates."""
    text = data.decode("utf-8-sig")
    if "\\ud" in text.lower():
        return False
    value = json.loads(text)
    ext = value.get("extensions")
    return value.get("schema_version") == SCHEMA_VERSION and not (
        isinstance(ext, dict | list) and ext
    )


def seeds() -> list[Any]:
    found = [pytest.param(json.dumps(RICH).encode(), id="rich")]
    for path in sorted(TEMPLATES.glob("*.journey.json")):
        found.append(pytest.param(path.read_bytes(), id=path.name.removesuffix(".journey.json")))
    return found


def test_generated_core_schema_is_current() -> None:
    assert core_schema_gen.TARGET.read_text(encoding="utf-8") == core_schema_gen.source(), (
        "journeymapper/model/_core_schema.py is out of date; regenerate it with\n"
        "    python -m journeymapper.model.core_schema_gen"
    )


def test_cli_command_names_match_their_modules() -> None:
    from journeymapper.compare import command as compare_command
    from journeymapper.interop import command as interop_command

    assert set(compare_command.COMMANDS) | set(interop_command.COMMANDS) <= set(cli.COMMANDS)


@pytest.mark.parametrize("data", seeds())
def test_valid_seeds_are_accepted_quickly(data: bytes) -> None:
    assert must_agree(data)
    assert is_valid_bytes(data)
    assert is_valid_bytes(dumps(loads(data)))  # as the editor saves it


CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file())


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_files_agree(path: Path) -> None:
    full = must_agree(path.read_bytes())
    assert is_valid_file(path) == (full and _plain_current(path.read_bytes()))


def test_benchmark_map_agrees() -> None:
    data = dumps(loads(json.dumps(benchmark_data("workshop"))))
    assert must_agree(data) and is_valid_bytes(data)


def _set(doc: dict[str, Any], where: tuple[Any, ...], value: Any) -> bytes:
    out = copy.deepcopy(doc)
    target = out
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    return json.dumps(out).encode()


def _drop(doc: dict[str, Any], where: tuple[Any, ...]) -> bytes:
    out = copy.deepcopy(doc)
    target = out
    for key in where[:-1]:
        target = target[key]
    del target[where[-1]]
    return json.dumps(out).encode()


REFUSED = [
    ("votes", ("cards", 0, "votes"), "5"),
    ("votes-negative", ("cards", 0, "votes"), -1),
    ("votes-bool", ("cards", 0, "votes"), True),
    ("votes-float", ("cards", 0, "votes"), 2.0),
    ("title-number", ("title",), 5),
    ("title-long", ("title",), "x" * 201),
    ("score-range", ("emotions", 0, "score"), 5.5),
    ("score-nan", ("emotions", 0, "score"), float("nan")),
    ("score-text", ("emotions", 0, "score"), "1"),
    ("width-small", ("stages", 0, "width"), 100),
    ("colour", ("personas", 0, "color"), "#12345"),
    ("locale", ("locale",), "english"),
    ("unknown-field", ("cards", 1, "titel"), "x"),
    ("card-kind", ("cards", 0, "kind"), "bogus"),
    ("channel", ("cards", 0, "channel"), "fax"),
    ("lane-kind", ("lanes", 0, "kind"), "Cards"),
    ("palette", ("brand", "palette"), "neon"),
    ("date", ("cards", 0, "evidence", 0, "date"), "2024-13-01"),
    ("date-compact", ("cards", 0, "evidence", 0, "date"), "20240930"),
    ("datetime", ("cards", 0, "comments", 0, "created"), "yesterday"),
    ("source", ("cards", 0, "evidence", 0, "source"), "rumour"),
    ("media-type", ("assets", 0, "media_type"), "image/gif"),
    ("asset-data", ("assets", 0, "data"), "not base64!"),
    ("asset-jpeg", ("assets", 0, "media_type"), "image/jpeg"),
    ("duplicate-id", ("cards", 1, "id"), "c1"),
    ("duplicate-nested-id", ("cards", 0, "comments", 0, "id"), "s1"),
    ("stage-ref", ("cards", 0, "stage"), "s9"),
    ("lane-emotion", ("cards", 1, "lane"), "l3"),
    ("emotion-lane", ("emotions", 0, "lane"), "l2"),
    ("persona-ref", ("emotions", 0, "persona"), "p9"),
    ("image-ref", ("cards", 0, "image"), "a9"),
    ("logo-ref", ("brand", "logo"), "a9"),
    ("self-link", ("connections", 0, "target"), "c1"),
    ("no-stages", ("stages",), []),
    ("format", ("format",), "journeymap"),
    ("version-newer", ("schema_version",), 3),
    ("version-bool", ("schema_version",), True),
    ("id-empty", ("stages", 1, "id"), ""),
    ("extensions-type", ("extensions",), "x"),
]


@pytest.mark.parametrize(("where", "value"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_changes_are_refused_by_both(where: tuple[Any, ...], value: Any) -> None:
    data = _set(RICH, where, value)
    assert not must_agree(data)
    assert not is_valid_bytes(data)


@pytest.mark.parametrize(
    "where", [("title",), ("stages",), ("cards", 0, "id"), ("assets",), ("lanes", 2, "kind")]
)
def test_missing_parts_are_refused_by_both(where: tuple[Any, ...]) -> None:
    assert not must_agree(_drop(RICH, where))


def test_second_emotion_point_is_refused_by_both() -> None:
    doc = copy.deepcopy(RICH)
    doc["emotions"].append({"id": "e2", "lane": "l3", "stage": "s1", "score": 1, "persona": "p1"})
    assert not must_agree(json.dumps(doc).encode())


def test_older_versions_and_extensions_take_the_full_path() -> None:
    older = copy.deepcopy(RICH)
    older["schema_version"] = 1
    assert full_verdict(json.dumps(older).encode()) and not is_valid_bytes(
        json.dumps(older).encode()
    )
    extended = {**RICH, "extensions": {"tool": {"a": [1, 2]}}}
    data = json.dumps(extended).encode()
    assert full_verdict(data) and not is_valid_bytes(data)
    assert must_agree(b"\xef\xbb\xbf" + json.dumps(RICH).encode())


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(),
        st.text(max_size=12),
        st.sampled_from(
            ["", "s1", "l3", "c1", "p1", "a1", "emotion", "note", "email", "#zzzzzz", "2024-09-30"]
        ),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _locations(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here] if here else []
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(_locations(child, (*here, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out.extend(_locations(child, (*here, i)))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_mutations_agree(data: st.DataObject) -> None:
    doc = copy.deepcopy(RICH)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        places = _locations(doc)
        where = data.draw(st.sampled_from(places))
        parent = doc
        for key in where[:-1]:
            parent = parent[key]
        action = data.draw(st.sampled_from(["set", "drop", "copy", "add"]))
        if action == "set":
            parent[where[-1]] = data.draw(json_values)
        elif action == "drop":
            del parent[where[-1]]
        elif action == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[where[-1]]))
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["id", "kind", "extra", "lane", "name"]))] = data.draw(
                json_values
            )
    must_agree(json.dumps(doc).encode())


def test_validate_prints_the_same_with_and_without_the_quick_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.journey.json"
    good.write_text(json.dumps(RICH), encoding="utf-8")
    bad = tmp_path / "bad.journey.json"
    bad.write_bytes(_set(RICH, ("cards", 0, "votes"), -1))
    files = [str(good), str(bad), str(tmp_path / "missing.journey.json"), str(tmp_path)]
    quick = cli.main(["validate", *files]), capsys.readouterr()
    from journeymapper.model import fastcheck

    monkeypatch.setattr(fastcheck, "is_valid_file", lambda path: False)
    full = cli.main(["validate", *files]), capsys.readouterr()
    assert quick == full
    assert quick[0] == 1 and f"{good}: valid" in quick[1].out
    assert load(good).title == "Rich"


def test_validate_of_a_valid_file_builds_no_document_classes(tmp_path: Path) -> None:
    good = tmp_path / "good.journey.json"
    good.write_text(json.dumps(RICH), encoding="utf-8")
    code, loaded = modules_loaded_by(["validate", str(good)], tmp_path)
    assert code == 0
    assert "pydantic.main" not in loaded and "journeymapper.model.document" not in loaded
    bad = tmp_path / "bad.journey.json"
    bad.write_bytes(_set(RICH, ("title",), ""))
    code, loaded = modules_loaded_by(["validate", str(bad)], tmp_path)
    assert code == 1 and "journeymapper.model.document" in loaded  # the full path explained it


@pytest.mark.parametrize(
    "args", [["validate"], ["validate", "-h"], ["validate", "a.json", "--example"]]
)
def test_validate_parses_its_arguments_as_the_full_parser_does(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate` has its own light parser; usage, help and errors stay the full parser's."""
    code = cli.main(args)
    light = code, capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        cli.build_parser().parse_args(args)
    full = exc.value.code, capsys.readouterr()
    assert light == full
    assert light[0] in (0, 2) and "journeymapper" in light[1].out + light[1].err
