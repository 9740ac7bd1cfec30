"""`journeymapper install-desktop [--uninstall]` in a scratch home folder (issue 19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper import desktop

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys
from journeymapper.cli import main
code = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "reportlab"))
print("RESULT " + json.dumps({"code": code, "qt": qt}))
"""


def _run(args: list[str], home: Path, path: str | None = None) -> tuple[int, str, str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT),
    }
    if path is not None:
        env["PATH"] = path
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, proc.stdout + proc.stderr
    result = json.loads(line[len("RESULT ") :])
    assert result["qt"] == [], "install-desktop must not load Qt or reportlab"
    return result["code"], proc.stdout, proc.stderr


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_install_then_uninstall_leaves_the_data_folder_as_it_was(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "applications").mkdir(parents=True)
    keep = data / "applications" / "other.desktop"  # someone else's entry stays
    keep.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    before = _files(data)

    code, out, err = _run(["install-desktop"], tmp_path)
    assert code == 0, err
    assert "Traceback" not in err
    entry = data / "applications" / "journeymapper.desktop"
    assert entry.is_file()
    valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout
    exec_line = next(x for x in entry.read_text().splitlines() if x.startswith("Exec="))
    assert exec_line.endswith(" %f")
    assert (data / "mime" / "packages" / "journeymapper.xml").is_file()
    # update-mime-database ran: the user's MIME database knows the type now
    assert "application/x-journeymapper+json:*.journey.json" in (data / "mime/globs2").read_text()
    # update-desktop-database ran: the type opens with journeymapper
    cache = (data / "applications" / "mimeinfo.cache").read_text()
    assert "application/x-journeymapper+json=journeymapper.desktop;" in cache
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (data / f"icons/hicolor/{size}x{size}/apps/journeymapper.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/journeymapper.svg").is_file()
    assert str(data) in out

    code, out, err = _run(["install-desktop"], tmp_path)  # again: replaces, no error
    assert code == 0, err

    code, out, err = _run(["install-desktop", "--uninstall"], tmp_path)
    assert code == 0, err
    assert "removed 12 files" in out
    assert _files(data) == before
    assert keep.is_file()

    code, out, err = _run(["install-desktop", "--uninstall"], tmp_path)
    assert code == 0 and "not installed" in out


def test_uninstall_in_an_empty_home_leaves_nothing(tmp_path: Path) -> None:
    code, _, err = _run(["install-desktop"], tmp_path)
    assert code == 0, err
    code, _, err = _run(["install-desktop", "--uninstall"], tmp_path)
    assert code == 0, err
    assert _files(tmp_path / "data") == set()


def test_the_entry_starts_the_installed_command_found_on_path(tmp_path: Path) -> None:
    bin_dir = tmp_path / "my bin"
    bin_dir.mkdir()
    script = bin_dir / "journeymapper"
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(0o755)
    code, _out, err = _run(["install-desktop"], tmp_path, path=f"{bin_dir}:/usr/bin:/bin")
    assert code == 0, err
    entry = (tmp_path / "data" / "applications" / "journeymapper.desktop").read_text()
    # a path with a space is quoted by the desktop entry rules
    assert f'Exec="{script}" %f' in entry.splitlines()


def test_the_entry_of_a_frozen_bundle_starts_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "journeymapper" / "journeymapper"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop.launcher_command() == [str(exe)]
    assert f"Exec={exe} %f" in desktop.desktop_entry(desktop.launcher_command()).splitlines()


def test_exec_arguments_follow_the_desktop_entry_quoting_rules() -> None:
    assert desktop.exec_arguments(["/opt/jm/journeymapper"]) == "/opt/jm/journeymapper"
    assert desktop.exec_arguments(["/a b/x"]) == '"/a b/x"'
    # inside quotes: \ " ` $ get a backslash; then every backslash is doubled for the key
    assert desktop.exec_arguments(['/a $b"c']) == '"/a \\\\$b\\\\"c"'
    assert desktop.exec_arguments(["/100%/x"]) == "/100%%/x"


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert desktop.data_home() == Path.home() / ".local" / "share"


def test_an_unwritable_data_folder_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be")
    code, _out, err = _run(["install-desktop"], tmp_path)
    assert code == 1
    assert "Traceback" not in err and "journeymapper:" in err
