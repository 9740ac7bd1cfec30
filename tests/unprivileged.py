"""Running a child process to which file permissions apply (a helper for the safety tests).

Sessions and CI run as root, which reads and writes anything: a child started through
`prefix()` does not. As root, `setpriv` drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH;
as any other user nothing needs dropping. The test is skipped, saying why, only when
neither works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

DROP = "-dac_override,-dac_read_search"


def prefix() -> list[str]:
    """The command prefix (possibly empty); skips the calling test when there is none."""
    if not hasattr(os, "geteuid"):
        pytest.skip("no POSIX permissions on this system")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is not installed")
    command = [setpriv, "--bounding-set", DROP, "--inh-caps", DROP]
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe"
        probe.mkdir()
        probe.chmod(0)
        try:
            result = subprocess.run(
                [*command, sys.executable, "-c", f"import os; os.listdir({str(probe)!r})"],
                capture_output=True,
                timeout=60,
                check=False,
            )
        finally:
            probe.chmod(0o755)
    if result.returncode == 0 or b"PermissionError" not in result.stderr:
        pytest.skip(f"setpriv cannot drop the permission bypass here: {result.stderr[-300:]!r}")
    return command
