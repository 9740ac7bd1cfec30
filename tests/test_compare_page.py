"""The comparison pages of the PDF (`export --compare`), what the compare view is built from
(marks, geometry, git), and the as-is link through diff, apply and merge."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import pytest
from compare_samples import base_data, doc
from module_probe import run_blocked

from journeymapper.cli import main
from journeymapper.compare import apply, diff, merge
from journeymapper.compare.git import GitError, head_version, in_work_tree
from journeymapper.compare.marks import compare_marks, format_delta
from journeymapper.export import ExportError, ExportOptions, export_map
from journeymapper.io import save
from journeymapper.layout import ApproxMetrics, compute_layout
from journeymapper.layout.compare import compare_geometry
from journeymapper.layout.theme import persona_colour

poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)


def _pair(tmp_path: Path, many: int = 0) -> tuple[Path, Path]:
    old = base_data()
    new = copy.deepcopy(old)
    new["title"] = "Coffee to-be"
    new["cards"][0]["title"] = "Sees a poster"
    new["emotions"][0]["score"] = 3  # +2
    new["emotions"][1]["score"] = -3.5  # −1.5
    new["cards"] += [
        {"id": f"n{i}", "stage": "s2", "lane": "l1", "title": f"New step number {i}"}
        for i in range(many)
    ]
    a, b = tmp_path / "as-is.journey.json", tmp_path / "to-be.journey.json"
    save(doc(old), a)
    save(doc(new), b)
    return a, b


def _text(pdf: Path, first: int = 1) -> str:
    done = subprocess.run(
        ["pdftotext", "-f", str(first), str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def _pages(pdf: Path) -> int:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(x for x in done.stdout.splitlines() if x.startswith("Pages:")).split()[1])


@poppler
def test_export_compare_prints_curves_deltas_and_changes(tmp_path, capsys) -> None:
    a, b = _pair(tmp_path)
    out = tmp_path / "out.pdf"
    assert main(["export", str(b), "-o", str(out), "--compare", str(a), "--page-size", "A4"]) == 0
    assert _pages(out) == 2
    text = _text(out, 2)
    assert "Comparison with as-is.journey.json" in text
    assert "4 differences: 4 changed" in text
    assert "Sam — Feelings" in text and "this map" in text
    assert "+2" in text and "−1.5" in text  # the per-stage deltas, with a real minus
    assert "card “Sees a poster” in Aware / Actions: title “Sees ad” → “Sees a poster”" in text
    assert "map: title “Coffee” → “Coffee to-be”" in text
    # and it draws: the chart's curves are ink on the page
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(out), str(tmp_path / "p")],
        check=True,
    )
    from PySide6.QtGui import QImage

    image = QImage(str(next(tmp_path.glob("p-*.png"))))
    from pixels import colour_pixels

    assert colour_pixels(image, persona_colour(0, None), tol=40) > 50  # Sam's curves


@poppler
def test_a_long_list_of_changes_goes_on_over_pages(tmp_path) -> None:
    a, b = _pair(tmp_path, many=90)
    out = tmp_path / "out.pdf"
    assert main(["export", str(b), "-o", str(out), "--compare", str(a), "--page-size", "A4"]) == 0
    assert _pages(out) >= 3
    text = _text(out, 2)
    for i in range(90):  # nothing cut at a page break
        assert f"“New step number {i}”" in text, i


def test_export_compare_with_a_bad_file_or_a_png(tmp_path, capsys) -> None:
    a, b = _pair(tmp_path)
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"format": "journeymapper"}', encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["export", str(b), "-o", str(out), "--compare", str(bad)]) == 1
    assert "bad.journey.json" in capsys.readouterr().err and not out.exists()
    assert main(["export", str(b), "-o", str(out), "--compare", str(tmp_path / "none.json")]) == 1
    assert not out.exists()
    png = tmp_path / "out.png"
    assert main(["export", str(b), "-o", str(png), "--compare", str(a)]) == 2
    assert "PDF" in capsys.readouterr().err and not png.exists()
    with pytest.raises(ExportError):
        export_map(
            doc(base_data()),
            tmp_path / "x.svg",
            ExportOptions("svg", compare=(doc(base_data()), "x")),
        )


def test_the_comparison_pages_load_no_qt(tmp_path) -> None:
    a, b = _pair(tmp_path)
    out = tmp_path / "out.pdf"
    code = (
        "from journeymapper.cli import main; import sys; "
        f"sys.exit(main(['export', {str(b)!r}, '-o', {str(out)!r}, '--compare', {str(a)!r}]))"
    )
    done = run_blocked(code, block=("PySide6",))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


# -- what the view is built from -----------------------------------------------------------


def test_marks_and_geometry() -> None:
    old = base_data()
    new = copy.deepcopy(old)
    new["cards"] = [c for c in new["cards"] if c["id"] != "c4"]
    new["cards"].append({"id": "c9", "stage": "s3", "lane": "l1", "title": "Brews"})
    new["stages"][0]["name"] = "Awareness"
    new["emotions"][1]["score"] = -0.5
    marks = compare_marks(doc(old), doc(new))
    assert marks.added == {"c9"} and marks.changed == {"s1", "e2"}
    assert [c.id for c in marks.removed_cards] == ["c4"]
    (pair,) = marks.curves
    assert [(s.old, s.new, s.delta) for s in pair.stages] == [
        (1, 1, 0),
        (-2, -0.5, 1.5),
        (None, None, None),
    ]
    m = ApproxMetrics()
    layout = compute_layout(doc(new), m)
    geo = compare_geometry(layout, doc(new), marks, compute_layout(doc(old), m))
    kinds = {(g.kind, g.part, g.id) for g in geo.marks}
    assert kinds == {
        ("added", "card", "c9"),
        ("changed", "stage", "s1"),
        ("changed", "emotion", "e2"),
        ("removed", "card", "c4"),
    }
    ghost = geo.mark_for("c4").rect
    cell = layout.cell_rect("s2", "l2")
    assert cell.x < ghost.cx < cell.right and cell.y <= ghost.y and ghost.bottom <= cell.bottom
    assert [d.text for d in geo.deltas] == ["+1.5"]
    assert [format_delta(x) for x in (2, -1.5, 0, 0.25)] == ["+2", "−1.5", "±0", "+0.25"]
    # a map compared with itself: nothing to draw
    same = compare_geometry(layout, doc(new), compare_marks(doc(new), doc(new)))
    assert same.marks == [] and same.curves == [] and same.deltas == []


def test_as_is_is_compared_applied_and_merged_like_any_map_field() -> None:
    a = doc(base_data())
    b = a.model_copy(update={"as_is": "../as-is.journey.json"})
    changes = diff(a, b)
    assert [(c.op, c.part, c.fields) for c in changes.changes] == [
        ("changed", "map", {"as_is": (None, "../as-is.journey.json")})
    ]
    assert apply(a, changes) == b
    assert merge(a, b, a).doc == b and merge(a, a, b).doc == b and merge(a, b, a).clean
    c = a.model_copy(update={"as_is": "other.journey.json"})
    result = merge(a, b, c)
    assert [(x.part, x.field) for x in result.conflicts] == [("map", "as_is")]


# -- git ------------------------------------------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_git_errors_are_sentences(tmp_path, monkeypatch) -> None:
    path = tmp_path / "m.journey.json"
    save(doc(base_data()), path)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert not in_work_tree(path)
    with pytest.raises(GitError, match="git is not installed"):
        head_version(path)
    with pytest.raises(GitError, match="does not exist"):
        head_version(tmp_path / "gone" / "m.journey.json")


@needs_git
def test_git_head_version_and_its_time_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    path = tmp_path / "repo" / "m.journey.json"
    path.parent.mkdir()
    save(doc(base_data()), path)
    with pytest.raises(GitError, match="not inside a git work tree"):
        head_version(path)
    run = lambda *a: subprocess.run(["git", *a], cwd=path.parent, check=True, capture_output=True)  # noqa: E731
    run("init", "-q")
    with pytest.raises(GitError, match="no committed version"):
        head_version(path)
    run("add", ".")
    run("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "m")
    assert head_version(path) == path.read_bytes()
    # a git that hangs is given up on
    slow = tmp_path / "bin"
    slow.mkdir()
    (slow / "git").write_text("#!/bin/sh\nsleep 5\n", encoding="utf-8")
    (slow / "git").chmod(0o755)
    monkeypatch.setenv("PATH", str(slow))
    assert not in_work_tree(path, timeout=0.3)
    with pytest.raises(GitError):
        head_version(path, timeout=0.3)
