"""``journeymapper insights FILE [--json]`` as a user runs it: real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from insights_maps import card, journey
from module_probe import modules_loaded_by, run_blocked

from journeymapper.cli import main
from journeymapper.io import load, save
from journeymapper.model import CardKind
from journeymapper.templates import list_templates, template_path

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ["path", "emotions", "coverage", "priorities", "evidence"]


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["QT_QPA_PLATFORM"] = "offscreen"
    out["PYTHONPATH"] = str(REPO) + os.pathsep + out.get("PYTHONPATH", "")
    return out


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymapper", "insights", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(),
        cwd=cwd,
    )


@pytest.fixture
def fork_map(tmp_path: Path) -> Path:
    """A fork with a dead end, a pain point nobody answered (and backed by no evidence), and
    two tied votes."""
    doc = journey(
        [
            card("a", "s-1", title="Sees an advert", channel="social"),
            card("b", "s-2", title="Reads reviews", channel="reviews"),
            card("c", "s-2", title="Calls the shop", channel="phone"),
            card("d", "s-3", title="Buys online", channel="website"),
            card("pain", "s-2", "l-pain", votes=4, title="Too many options", kind="pain_point"),
            card(
                "opp",
                "s-3",
                "l-opp",
                votes=4,
                title="A buying guide",
                kind="opportunity",
                evidence=["first_party"],
            ),
        ],
        [("a", "b"), ("b", "d"), ("a", "c")],
        emotions=[("s-1", 2, "p-a"), ("s-2", -2, "p-a"), ("s-3", 3, "p-a")],
        personas=[("p-a", "Ann")],
    )
    path = tmp_path / "fork.journey.json"
    save(doc, path)
    return path


def test_text_report_by_section(fork_map: Path) -> None:
    proc = run(str(fork_map), cwd=fork_map.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    out = proc.stdout
    headings = [out.index(h) for h in ("PATH", "EMOTIONS", "COVERAGE", "PRIORITIES", "EVIDENCE")]
    assert headings == sorted(headings)
    assert "lane names" not in out
    assert "Entries (1): \u201cSees an advert\u201d (a)" in out
    assert (
        "Dead ends" in out and "\u201cCalls the shop\u201d (c) in \u201cConsider\u201d (s-2)" in out
    )
    assert "a drop of -4 for \u201cAnn\u201d (p-a)" in out
    assert "1. 4 votes: \u201cToo many options\u201d (pain)" in out
    assert "1. 4 votes: \u201cA buying guide\u201d (opp)" in out  # tied: the same rank
    assert "Pain points without an opportunity in their stage (1):" in out
    assert "Cards with evidence: 1 of 6 (17%)" in out
    assert "opportunity 1/1 (100%)" in out and "first-party data 1 (17%)" in out
    assert (
        "without evidence (1):\n"
        "    \u201cToo many options\u201d (pain) in \u201cConsider\u201d (s-2) (pain point)"
    ) in out
    assert "Traceback" not in out


def test_json_report_has_one_key_per_section_and_the_ids(fork_map: Path) -> None:
    proc = run(str(fork_map), "--json", cwd=fork_map.parent)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert list(data) == ["map", *SECTIONS]
    evidence = data["evidence"]
    assert (evidence["cards"], evidence["with_evidence"]) == (6, 1)
    assert evidence["by_kind"]["opportunity"] == {"cards": 1, "with_evidence": 1, "share": 1.0}
    assert [u["card"]["id"] for u in evidence["unsupported"]] == ["pain"]
    assert set(data["map"]) == {"title", "stages", "lanes", "cards", "personas"}
    path = data["path"]
    assert [r["id"] for r in path["entries"]] == ["a"]
    assert [(d["card"]["id"], d["stage"]["id"]) for d in path["dead_ends"]] == [("c", "s-2")]
    assert [r["id"] for r in path["longest"]["cards"]] == ["a", "b", "d"]
    assert path["branches"][0]["card"] == {"id": "a", "name": "Sees an advert"}
    (pain,) = data["priorities"]["pain_points_without_opportunity"]
    assert (pain["card"]["id"], pain["stage"]["id"], pain["kind"]) == ("pain", "s-2", "pain_point")
    assert [r["rank"] for r in data["priorities"]["top_voted"]] == [1, 1]
    (curve,) = data["emotions"]["curves"]
    assert curve["persona"] == {"id": "p-a", "name": "Ann"}
    assert curve["biggest_drop"]["change"] == -4
    assert data["coverage"]["channel_table"][1]["channels"] == {"phone": 1, "reviews": 1}


def test_an_invalid_map_is_a_clear_message_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"format": "journeymapper", "schema_version": 1, "title": "x"}')
    proc = run(str(bad), cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"{bad}: $")
    assert "Traceback" not in proc.stderr
    proc = run(str(tmp_path / "missing.journey.json"), "--json", cwd=tmp_path)
    assert proc.returncode == 1
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["insights"]) == 2
    assert "FILE" in capsys.readouterr().err
    assert main(["insights", "a.json", "b.json"]) == 2
    assert main(["insights", "--frobnicate", "a.json"]) == 2


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_template_in_text(name: str, tmp_path: Path) -> None:
    """The templates carry kinds and evidence: each report has figures in every section."""
    proc = run(str(template_path(name)), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    doc = load(template_path(name))
    assert out.startswith(f"Insights: {doc.title}\n")
    mot = next(c for c in doc.cards if c.kind == CardKind.MOMENT_OF_TRUTH)
    assert f"marked as moment of truth: \u201c{mot.title}\u201d ({mot.id})" in out
    backed = sum(1 for c in doc.cards if c.evidence)
    assert 0 < backed < len(doc.cards)
    assert f"Cards with evidence: {backed} of {len(doc.cards)}" in out
    pains = [c for c in doc.cards if c.kind == CardKind.PAIN_POINT]
    assert pains and f"pain point {sum(1 for c in pains if c.evidence)}/{len(pains)}" in out
    claims = (CardKind.PAIN_POINT, CardKind.OPPORTUNITY, CardKind.MOMENT_OF_TRUTH)
    unsupported = [c for c in doc.cards if not c.evidence and c.kind in claims]
    assert f"moments of truth without evidence ({len(unsupported)}):" in out
    assert "Top voted" in out and "1. " in out
    assert "Traceback" not in out and "None" not in out


HEAVY = ("PySide6", "shiboken6", "reportlab")


def _heavy(loaded: set[str]) -> set[str]:
    return {m for m in loaded if m.split(".")[0] in HEAVY}


def test_insights_loads_no_qt_and_no_reportlab_module_of_its_own(fork_map: Path) -> None:
    """Whatever the rest of the command line loads, `insights` adds no Qt or reportlab."""
    code, validate = modules_loaded_by(["validate", str(fork_map)], fork_map.parent, env())
    validate = _heavy(validate)
    assert code == 0
    for args in (["insights", str(fork_map)], ["insights", "--json", str(fork_map)]):
        code, loaded = modules_loaded_by(args, fork_map.parent, env())
        loaded = _heavy(loaded)
        assert code == 0
        assert loaded <= validate, sorted(loaded - validate)


def test_insights_works_with_qt_and_reportlab_unimportable(fork_map: Path) -> None:
    """The analysis and its report need neither (the command line's own imports aside)."""
    proc = run_blocked(
        """
        import json
        import sys
        from journeymapper.analysis.cli import report
        text = report(sys.argv[1])
        data = json.loads(report(sys.argv[1], as_json=True))
        assert "PRIORITIES" in text and data["path"]["entries"][0]["id"] == "a"
        print("ok")
        """,
        block=HEAVY,
        args=[fork_map],
        env=env(),
        cwd=fork_map.parent,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
