"""packaging/dev.sh waits for the package lock and then says plainly what to do
(issue 12, item 19). apt, dpkg and fuser are stand-ins on PATH: nothing is installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "dev.sh"


def fake_bin(tmp_path: Path, lock_taken: bool) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    tools = {
        # every system package is missing
        "dpkg-query": "exit 1",
        # apt-get logs its arguments and fails as it does when the lock stays taken
        "apt-get": f'echo "$@" >> {log}\necho "E: Could not get lock" >&2\nexit 100',
        "fuser": "exit 0" if lock_taken else "exit 1",
        "id": "echo 0",
    }
    for name, body in tools.items():
        tool = bin_dir / name
        tool.write_text(f"#!/bin/sh\n{body}\n")
        tool.chmod(0o755)
    for name in ("python3", "bash", "cat", "sha256sum", "cut", "grep", "printf", "dirname"):
        found = shutil.which(name) or (sys.executable if name == "python3" else None)
        if found and not (bin_dir / name).exists():
            (bin_dir / name).symlink_to(found)
    return bin_dir


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("lock_taken", [True, False])
def test_dev_script_waits_for_the_package_lock(tmp_path: Path, lock_taken: bool) -> None:
    bin_dir = fake_bin(tmp_path, lock_taken)
    env = {
        "PATH": str(bin_dir),
        "HOME": str(tmp_path),
        "JOURNEYMAPPER_APT_WAIT": "120",
        "JOURNEYMAPPER_VENV": str(tmp_path / "venv"),
        "PYTHON": sys.executable,
    }
    done = subprocess.run(
        [shutil.which("bash") or "bash", str(SCRIPT), "test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    log = (tmp_path / "apt.log").read_text()
    assert "DPkg::Lock::Timeout=120" in log, log
    if lock_taken:
        assert "waiting up to 2 minutes" in done.stderr
        assert "still taken after 2 minutes" in done.stderr
        assert "run this script again" in done.stderr
    else:
        assert "waiting" not in done.stderr
        assert "sudo apt-get install" in done.stderr
    assert not (tmp_path / "venv").exists(), "it went on after apt failed"
