"""`journeymapper diff` and `merge` as a user and git run them: exit codes, messages, files."""

from __future__ import annotations

import copy
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from compare_samples import base_data
from module_probe import run_blocked

from journeymapper.compare import CONFLICTS_KEY
from journeymapper.io import dumps, load
from journeymapper.model import SCHEMA_VERSION

REPO = Path(__file__).resolve().parent.parent


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = str(REPO) + os.pathsep + out.get("PYTHONPATH", "")
    out["JOURNEYMAPPER_LANG"] = "en"
    return out


def jm(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "journeymapper", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(),
        cwd=cwd or REPO,
    )
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    return proc


def write(path: Path, data: dict[str, Any] | str | bytes) -> Path:
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def maps(tmp_path: Path) -> tuple[Path, Path]:
    new = base_data()
    new["cards"][0]["title"] = "Sees poster"
    new["cards"][1].update(stage="s2", lane="l2")
    new["emotions"][1]["score"] = 1
    return write(tmp_path / "old.journey.json", base_data()), write(
        tmp_path / "new.journey.json", new
    )


def test_diff_equal_exits_0(tmp_path: Path) -> None:
    a = write(tmp_path / "a.journey.json", base_data())
    # the same map, written differently, with a BOM
    b = write(tmp_path / "b.journey.json", b"\xef\xbb\xbf" + json.dumps(base_data()).encode())
    proc = jm("diff", a, b)
    assert (proc.returncode, proc.stdout.strip(), proc.stderr) == (0, "the maps are the same", "")


def test_diff_different_exits_1_with_one_line_each(maps: tuple[Path, Path]) -> None:
    proc = jm("diff", *maps)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [
        "changed  card “Sees poster” in Aware / Actions: title “Sees ad” → “Sees poster”",
        "changed  emotion point Buy / Feelings (persona “Sam”): score -2 → 1 (+3)",
        "moved    card “Asks friend”: Aware / Actions → Buy / Touch",
        "3 differences: 2 changed, 1 moved",
    ]


def test_diff_json_is_the_documented_structure(maps: tuple[Path, Path]) -> None:
    proc = jm("diff", "--json", *maps)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert set(data) == {"equal", "changes", "summary"} and data["equal"] is False
    assert data["summary"]["total"] == 3 and data["summary"]["moved"] == 1
    for change in data["changes"]:
        assert {"op", "part", "id", "fields"} <= set(change)
    score = next(c for c in data["changes"] if c["part"] == "emotion")
    assert score == {
        "op": "changed",
        "part": "emotion",
        "id": "e2",
        "fields": {"score": [-2, 1]},
        "delta": 3,
    }
    same = jm("diff", "--json", maps[0], maps[0])
    assert same.returncode == 0 and json.loads(same.stdout)["equal"] is True


HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "not json": b"{ this is not json",
    "truncated": json.dumps(base_data()).encode()[:-20],
    "binary": bytes(range(256)) * 4,
    "a list": b"[1, 2, 3]",
    "no format": json.dumps({"title": "x"}).encode(),
    "newer version": json.dumps({**base_data(), "schema_version": 99}).encode(),
    "broken reference": json.dumps(
        {**base_data(), "cards": [{"id": "c1", "stage": "nowhere", "lane": "l1", "title": "x"}]}
    ).encode(),
    "huge number": b'{"format": "journeymapper", "schema_version": 1' + b"0" * 5000 + b"}",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "lone surrogate": json.dumps(base_data()).replace("Sees ad", "\\ud800").encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_diff_and_merge_of_a_hostile_file_exit_2_with_a_clear_message(
    tmp_path: Path, name: str
) -> None:
    good = write(tmp_path / "good.journey.json", base_data())
    bad = write(tmp_path / "bad.journey.json", HOSTILE[name])
    for args in (("diff", good, bad), ("diff", bad, good)):
        proc = jm(*args)
        assert proc.returncode == 2, (name, proc.stdout, proc.stderr)
        assert proc.stderr.startswith(f"{bad}: $"), proc.stderr
        assert proc.stdout == ""
    # for git, a readable file that is no valid map is shown raw after its problems
    proc = jm("diff", "--textconv", bad)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith(f"{bad}: $"), proc.stderr
    assert proc.stdout.startswith("# not a valid journey map: $")
    ours = write(tmp_path / "ours.journey.json", base_data())
    before = ours.read_bytes()
    proc = jm("merge", good, ours, bad)
    assert proc.returncode == 2 and str(bad) in proc.stderr
    assert ours.read_bytes() == before  # nothing written


def test_missing_file_and_folder(tmp_path: Path) -> None:
    good = write(tmp_path / "good.journey.json", base_data())
    proc = jm("diff", good, tmp_path / "nope.journey.json")
    assert proc.returncode == 2 and "nope.journey.json: $: no such file" in proc.stderr
    proc = jm("diff", tmp_path, good)
    assert proc.returncode == 2 and "a folder, not a journey map file" in proc.stderr
    for path in (tmp_path / "nope.journey.json", tmp_path):
        proc = jm("diff", "--textconv", path)
        assert proc.returncode == 2 and proc.stdout == "" and str(path) in proc.stderr


def test_output_on_a_terminal_that_cannot_show_every_character(
    tmp_path: Path, maps: tuple[Path, Path]
) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "journeymapper", "diff", *map(str, maps)],
        capture_output=True,
        env={**env(), "PYTHONIOENCODING": "ascii"},
        timeout=120,
    )
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert b"\\u2192" in proc.stdout  # the arrow, escaped


@pytest.mark.parametrize(
    "args",
    [
        ["diff"],
        ["diff", "one.json"],
        ["diff", "a", "b", "c"],
        ["diff", "--textconv", "a", "b"],
        ["diff", "--textconv", "--json", "a"],
        ["diff", "--colour", "a", "b"],
        ["merge", "a", "b"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    proc = jm(*args)
    assert proc.returncode == 2
    assert proc.stderr.strip() and proc.stdout == ""


def test_textconv_prints_one_line_per_part(tmp_path: Path) -> None:
    path = write(tmp_path / "a.journey.json", base_data())
    proc = jm("diff", "--textconv", path)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(
        f'map  format="journeymapper"  schema_version={SCHEMA_VERSION}  title="Coffee"'
    )
    assert 'card c1 [s1/l1]  title="Sees ad"' in lines
    assert len(lines) == 1 + 2 + 3 + 3 + 4 + 2 + 1


def test_merge_clean_writes_out_or_over_ours(tmp_path: Path) -> None:
    base = write(tmp_path / "base.journey.json", base_data())
    o, t = base_data(), base_data()
    o["cards"][0]["title"] = "Ours"
    t["cards"][1]["title"] = "Theirs"
    ours, theirs = write(tmp_path / "o.journey.json", o), write(tmp_path / "t.journey.json", t)
    before = ours.read_bytes()
    out = tmp_path / "out.journey.json"
    proc = jm("merge", base, ours, theirs, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"merged without conflicts; wrote {out}"
    assert ours.read_bytes() == before
    merged = load(out)
    assert (merged.card("c1").title, merged.card("c2").title) == ("Ours", "Theirs")
    proc = jm("merge", base, ours, theirs)
    assert proc.returncode == 0
    assert load(ours) == merged


def test_merge_with_conflicts_exits_1_lists_them_and_records_them(tmp_path: Path) -> None:
    base = write(tmp_path / "base.journey.json", base_data())
    o, t = base_data(), base_data()
    o["cards"][0]["title"] = "Ours"
    t["cards"][0]["title"] = "Theirs"
    t["cards"][1]["votes"] = 2
    ours, theirs = write(tmp_path / "o.journey.json", o), write(tmp_path / "t.journey.json", t)
    proc = jm("merge", base, ours, theirs)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    # the card is named as ours has it
    assert lines[0] == (
        "conflict: card “Ours”, title: base “Sees ad” | ours “Ours” | theirs “Theirs”"
    )
    assert lines[1].startswith("1 conflicts: ours kept for them")
    merged = load(ours)
    assert merged.card("c1").title == "Ours" and merged.card("c2").votes == 2
    assert merged.extensions[CONFLICTS_KEY][0]["theirs"] == "Theirs"


def test_merge_into_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    base = write(tmp_path / "base.journey.json", base_data())
    proc = jm("merge", base, base, base, "-o", tmp_path / "no" / "such" / "out.journey.json")
    assert proc.returncode == 2 and "the folder does not exist" in proc.stderr


@pytest.mark.parametrize("blocked", [True, False])
def test_diff_and_merge_need_neither_qt_nor_reportlab(tmp_path: Path, blocked: bool) -> None:
    base = write(tmp_path / "base.journey.json", base_data())
    changed = copy.deepcopy(base_data())
    changed["title"] = "Other"
    other = write(tmp_path / "other.journey.json", changed)
    out = tmp_path / "out.journey.json"
    proc = run_blocked(
        f"""
        import sys
        from journeymapper.compare import command
        assert command.run_diff([{str(base)!r}, {str(other)!r}]) == 1
        assert command.run_diff([{str(base)!r}, {str(other)!r}], as_json=True) == 1
        assert command.run_diff([{str(base)!r}], textconv=True) == 0
        assert command.run_merge({str(base)!r}, {str(base)!r}, {str(other)!r}, {str(out)!r}) == 0
        heavy = sorted(m for m in sys.modules if m.split(".")[0] == "reportlab"
                       or m in ("PySide6.QtGui", "PySide6.QtWidgets"))
        print("loaded:", ",".join(heavy) or "none")
        """,
        block=("PySide6", "shiboken6", "reportlab") if blocked else (),
        env=env(),
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "loaded: none"
    assert load(out).title == "Other"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_merge_driver_and_textconv(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    command = shlex.join([sys.executable, "-m", "journeymapper"])

    def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            ["git", *args], cwd=repo, capture_output=True, text=True, timeout=120, env=env()
        )
        assert not check or proc.returncode == 0, proc.stdout + proc.stderr
        return proc

    git("init", "-q", "-b", "main")
    git("config", "user.name", "Test")
    git("config", "user.email", "test@example.com")
    git("config", "commit.gpgsign", "false")
    # the set-up documented in the README
    (repo / ".gitattributes").write_text("*.journey.json diff=journeymapper merge=journeymapper\n")
    git("config", "diff.journeymapper.textconv", f"{command} diff --textconv")
    git("config", "merge.journeymapper.name", "journeymapper three-way merge")
    git("config", "merge.journeymapper.driver", f"{command} merge %O %A %B")

    path = repo / "map.journey.json"
    write(path, base_data())
    git("add", ".")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "other")
    data = base_data()
    data["cards"][0]["title"] = "Theirs"
    data["cards"].append({"id": "c-t", "stage": "s1", "lane": "l1", "title": "Added by them"})
    write(path, data)
    git("commit", "-qam", "theirs")
    git("checkout", "-q", "main")
    data = base_data()
    data["cards"][1]["title"] = "Ours"
    data["cards"].append({"id": "c-o", "stage": "s1", "lane": "l1", "title": "Added by us"})
    write(path, data)
    git("commit", "-qam", "ours")

    shown = git("diff", "HEAD~1", "--", "map.journey.json").stdout
    assert '-card c2 [s1/l1]  title="Asks friend"' in shown
    assert '+card c2 [s1/l1]  title="Ours"' in shown

    merged = git("merge", "-q", "--no-edit", "other")
    assert "merged without conflicts" in merged.stdout + merged.stderr
    result = load(path)
    assert (result.card("c1").title, result.card("c2").title) == ("Theirs", "Ours")
    assert [c.id for c in result.cards_in("s1", "l1")] == ["c1", "c2", "c3", "c-o", "c-t"]
    assert git("status", "--porcelain").stdout == ""

    # a real conflict: the merge stops, the file stays a valid map with the conflict recorded
    git("checkout", "-qb", "again")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "Their title"
    write(path, data)
    git("commit", "-qam", "their title")
    git("checkout", "-q", "main")
    data["title"] = "Our title"
    write(path, data)
    git("commit", "-qam", "our title")
    proc = git("merge", "--no-edit", "again", check=False)
    assert proc.returncode != 0
    assert "conflict: map, title: base “Coffee” | ours “Our title” | theirs “Their title”" in (
        proc.stdout
    )
    result = load(path)
    assert result.title == "Our title"
    assert result.extensions[CONFLICTS_KEY][0]["theirs"] == "Their title"


def test_merge_with_an_empty_base_as_git_gives_for_an_add_add(tmp_path: Path) -> None:
    base = write(tmp_path / "base", b"")
    o, t = base_data(), base_data()
    o["cards"][0]["title"] = "Ours"
    t["cards"][1]["votes"] = 5
    ours, theirs = write(tmp_path / "o.journey.json", o), write(tmp_path / "t.journey.json", t)
    proc = jm("merge", base, ours, theirs)
    assert proc.returncode == 1  # without a base, who changed what cannot be told
    assert proc.stdout.splitlines()[:2] == [
        "conflict: card “Ours”, title: base (none) | ours “Ours” | theirs “Sees ad”",
        "conflict: card “Asks friend”, votes: base (none) | ours 0 | theirs 5",
    ]
    merged = load(ours)
    assert [c.id for c in merged.cards] == ["c1", "c2", "c3", "c4"]  # no part twice
    assert merged.card("c1").title == "Ours" and merged.card("c2").votes == 0
    same = jm("merge", base, theirs, theirs, "-o", tmp_path / "same.journey.json")
    assert same.returncode == 0 and load(tmp_path / "same.journey.json") == load(theirs)


def test_a_version_1_file_and_the_same_map_saved_now_are_the_same(tmp_path: Path) -> None:
    """Files of an older format version are upgraded in memory before comparing."""
    old = write(tmp_path / "v1.journey.json", base_data())  # written as format version 1
    assert json.loads(old.read_text(encoding="utf-8"))["schema_version"] == 1
    now = tmp_path / "now.journey.json"
    now.write_bytes(dumps(load(old)))  # the current version
    proc = jm("diff", old, now)
    assert (proc.returncode, proc.stdout.strip()) == (0, "the maps are the same")
    changed = json.loads(now.read_text(encoding="utf-8"))
    changed["title"] = "Coffee 2"
    write(now, changed)
    proc = jm("diff", "--json", old, now)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["changes"] == [
        {"op": "changed", "part": "map", "id": None, "fields": {"title": ["Coffee", "Coffee 2"]}}
    ]
