"""A corpus of hostile files: each gives a clear one-line-per-problem report, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.io import load
from journeymapper.io.load import is_repairable, load_repaired
from journeymapper.model import DocumentError, UnsupportedVersionError, check_document

CORPUS = Path(__file__).resolve().parent / "corpus"

#: file name → (JSON path of the first problem, words the report must contain)
EXPECTED: dict[str, tuple[str, list[str]]] = {
    "not-json.journey.json": ("$", ["not valid JSON", "line 1, column 1"]),
    "truncated.journey.json": ("$", ["not valid JSON", "cut off"]),
    "empty.journey.json": ("$", ["empty"]),
    "whitespace-only.journey.json": ("$", ["empty"]),
    "bom-then-array.journey.json": ("$", ["must be a JSON object", "list"]),
    "top-level-array.journey.json": ("$", ["must be a JSON object", "list"]),
    "top-level-string.journey.json": ("$", ["must be a JSON object", "text"]),
    "nan-score.journey.json": ("$.emotions[0].score", ["finite"]),
    "infinite-score.journey.json": ("$.emotions[0].score", ["finite"]),
    "overflowing-score.journey.json": ("$.emotions[0].score", ["finite"]),
    "huge-integer.journey.json": ("$", ["not valid JSON", "digits"]),
    "invalid-utf8.journey.json": ("$", ["not valid UTF-8", "line 4"]),
    "utf16.journey.json": ("$", ["not valid UTF-8"]),
    "lone-surrogate.journey.json": ("$", ["surrogate"]),
    "wrong-format.journey.json": ("$.format", ["not a journeymapper document", "trello"]),
    "newer-version.journey.json": ("$.schema_version", ["version 99", "version 1"]),
    "many-problems.journey.json": ("$.cards[0].lane", ["emotion lane"]),
    "trailing-garbage.journey.json": ("$", ["not valid JSON", "Extra data"]),
    "nul-bytes.journey.json": ("$", ["not valid JSON"]),
    "long-duplicate-id.journey.json": ("$.cards[1].id", ["duplicate id"]),
}


def corpus_files() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if p.is_file())


def test_every_corpus_file_has_an_expectation() -> None:
    assert corpus_files() == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


def run_validate(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in err and "Traceback" not in out
    assert err == ""
    lines = out.splitlines()
    assert lines, "validate printed nothing for a bad file"
    for line in lines:
        assert line.startswith(f"{path}: $"), line
    return lines


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_is_reported_clearly(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / name
    with pytest.raises(DocumentError) as info:
        load(path)
    problems = info.value.problems
    first_path, words = EXPECTED[name]
    assert problems[0].path == first_path, problems
    lines = run_validate(path, capsys)
    assert len(lines) == len(problems), "one line per problem"
    report = "\n".join(lines)
    for word in words:
        assert word in report, f"{word!r} missing from:\n{report}"


def test_many_problems_are_all_listed(capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / "many-problems.journey.json"
    lines = run_validate(path, capsys)
    paths = [line[len(f"{path}: ") :].split(": ", 1)[0] for line in lines]
    assert sorted(paths) == sorted(
        ["$.cards[0].lane", "$.emotions[0].score", "$.stages[0].color", "$.title", "$.titel"]
    )


def test_long_duplicate_id_repairs_to_a_valid_map() -> None:
    """Two cards share a 200-character id: the renamed one must stay within 200."""
    path = CORPUS / "long-duplicate-id.journey.json"
    assert is_repairable(path)
    doc, changes = load_repaired(path)
    assert check_document(doc) == []
    ids = [c.id for c in doc.cards]
    assert len(set(ids)) == 2 and all(len(i) <= 200 for i in ids)
    assert any("renamed" in c.message for c in changes)


def test_newer_version_is_its_own_error_type() -> None:
    with pytest.raises(UnsupportedVersionError):
        load(CORPUS / "newer-version.journey.json")


@pytest.mark.parametrize("opener", ["[", '{"a": '])
def test_deep_nesting_generated_at_test_time(
    opener: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    depth = 200_000
    closer = "]" if opener == "[" else "}"
    path = tmp_path / "deep.journey.json"
    path.write_text(opener * depth + ("0" if opener != "[" else "") + closer * depth)
    lines = run_validate(path, capsys)
    assert len(lines) == 1
    assert "nested too deeply" in lines[0]


def test_a_100_mb_file_is_refused_by_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.journey.json"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    lines = run_validate(path, capsys)
    assert len(lines) == 1
    assert "too large" in lines[0]
