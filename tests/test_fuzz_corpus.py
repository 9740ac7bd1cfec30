"""A corpus of hostile files: each gives a clear one-line-per-problem report, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
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
    "newer-version.journey.json": ("$.schema_version", ["version 99", "version 2"]),
    "many-problems.journey.json": ("$.cards[0].lane", ["emotion lane"]),
    "trailing-garbage.journey.json": ("$", ["not valid JSON", "Extra data"]),
    "nul-bytes.journey.json": ("$", ["not valid JSON"]),
    # format version 2
    "v2-corrupt-base64.journey.json": ("$.assets[0].data", ["not valid base64"]),
    "v2-wrong-image-type.journey.json": ("$.assets[0].media_type", ["JPEG", "image/png"]),
    "v2-oversized-image.journey.json": ("$.assets[0].data", ["20000 × 20000", "8,000 px"]),
    "v2-dangling-image.journey.json": ("$.cards[0].image", ["image", "img-gone", "not exist"]),
    "v2-dangling-logo.journey.json": ("$.brand.logo", ["image", "logo-gone", "not exist"]),
    "v2-unknown-kind.journey.json": ("$.cards[0].kind", ["complaint", "not a card kind"]),
    "v2-unknown-source.journey.json": (
        "$.cards[0].evidence[0].source",
        ["gut_feeling", "first_party"],
    ),
    "v2-bad-date.journey.json": ("$.cards[0].evidence[0].date", ["Q3 2024", "not a date"]),
    "long-duplicate-id.journey.json": ("$.cards[1].id", ["duplicate id"]),
}

#: version-2 corpus files that "Open a repaired copy" can open, and what the repair drops
REPAIRABLE: dict[str, list[str]] = {
    "v2-corrupt-base64.journey.json": ["$.assets[0]", "$.cards[0].image"],
    "v2-wrong-image-type.journey.json": ["$.assets[0]", "$.cards[0].image"],
    "v2-oversized-image.journey.json": ["$.assets[0]", "$.cards[0].image"],
    "v2-dangling-image.journey.json": ["$.cards[0].image"],
    "v2-dangling-logo.journey.json": ["$.brand.logo"],
    "v2-unknown-kind.journey.json": ["$.cards[0].kind"],
    "v2-unknown-source.journey.json": ["$.cards[0].evidence[0]"],
    "v2-bad-date.journey.json": ["$.cards[0].evidence[0]"],
}


#: valid files at the edge of the format (in corpus/valid/): they load, and the editor
#: shows every value
VALID_DIR = CORPUS / "valid"
VALID: dict[str, dict[str, int]] = {
    # votes have no upper bound: card id → votes the inspector must show and keep
    "huge-votes.journey.json": {"c-1": 10**300, "c-2": 12345},
    # 16,000 combining accents in one word (issue 10, item 4): opens without freezing
    "combining-marks.journey.json": {},
}


def corpus_files() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if p.is_file())


def test_every_corpus_file_has_an_expectation() -> None:
    assert corpus_files() == sorted(EXPECTED)
    assert sorted(p.name for p in VALID_DIR.iterdir()) == sorted(VALID)
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_edge_file_loads_and_the_inspector_shows_every_value(name: str, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from journeymapper.app import make_app
    from journeymapper.editing.session import DocumentSession
    from journeymapper.io import dumps, loads
    from journeymapper.ui.main_window import MainWindow

    doc = load(VALID_DIR / name)
    assert loads(dumps(doc)) == doc
    make_app()
    w = MainWindow(DocumentSession(doc))
    qtbot.addWidget(w)
    w.show()
    for card_id, votes in VALID[name].items():
        w.scene.select_ids([card_id])
        QApplication.processEvents()
        field = w.inspector.fields["votes"]
        assert field.text() == str(votes)
        assert w.inspector.fields["title"].text() == doc.card(card_id).title
    assert w.session.undo_stack.count() == 0
    w.scene.clearSelection()


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


@pytest.mark.parametrize("name", sorted(REPAIRABLE))
def test_version_two_cases_open_as_a_repaired_copy(name: str) -> None:
    path = CORPUS / name
    before = path.read_bytes()
    assert is_repairable(path)
    doc, changes = load_repaired(path)
    assert check_document(doc) == []
    assert [c.path for c in changes] == REPAIRABLE[name]
    assert all(c.message for c in changes)
    assert doc.cards[0].title == "Slow checkout", "the card itself stays"
    assert path.read_bytes() == before


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


# -- valid files hostile to the layout ----------------------------------------------------


def test_combining_marks_lay_out_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 10, item 4: 16,000 combining accents in one word froze the editor and the
    export for ~35 s (each character measured with every one before it). Bounded by
    counting the widths asked for, not by a clock."""
    from measuring import CountingCache

    from journeymapper.layout import compute_layout
    from journeymapper.text import ReportlabMetrics

    path = CORPUS / "valid" / "combining-marks.journey.json"
    assert main(["validate", str(path)]) == 0
    doc = load(path)
    body = doc.cards[0].body
    metrics = CountingCache(ReportlabMetrics())
    layout = compute_layout(doc, metrics)
    assert "".join(layout.cards[doc.cards[0].id].body.lines) == body
    assert metrics.chars < 40 * len(body)  # n²/2 = 130 million before
    out = tmp_path / "marks.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    capsys.readouterr()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_non_regular_files_are_refused_without_hanging(tmp_path: Path, kind: str) -> None:
    """A FIFO named *.journey.json blocked `validate` in open(); a device is no map either.
    Run in a child process so that a regression fails on time instead of hanging."""
    path = tmp_path / f"{kind}.journey.json"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        if not os.path.exists("/dev/zero"):
            pytest.skip("needs /dev/zero")
        path.symlink_to("/dev/zero")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "journeymapper", "validate", str(path)],
            capture_output=True,
            text=True,
            timeout=30,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"validate hung on a {kind}")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith(f"{path}: $: ")
    assert "not a regular file" in result.stdout
