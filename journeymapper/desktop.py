"""``journeymapper install-desktop [--uninstall]``: the menu entry, the file type and the icons
for the current user, in the XDG data folder (``$XDG_DATA_HOME``, else ``~/.local/share``).

The files come from packaging/linux/ (a checkout), ``journeymapper/_desktop`` (a wheel) or the
bundle's ``desktop`` folder. The menu entry starts the command that ran this one: the bundle's
executable when frozen, else the installed ``journeymapper`` script. No Qt here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from .i18n import tr
from .resources import desktop_path

APP_ID = "journeymapper"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"
MIME_TYPE = "application/x-journeymapper+json"

EXIT_OK = 0
EXIT_FAILED = 1

# characters that make a desktop-entry Exec argument need quotes (Desktop Entry spec, "Exec")
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "install-desktop",
        help=tr(
            "desktop",
            "add journeymapper to the application menu and open *.journey.json files with it "
            "(for the current user, Linux)",
        ),
    )
    p.add_argument(
        "--uninstall",
        action="store_true",
        help=tr("desktop", "remove the menu entry, the file type and the icons again"),
    )


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the XDG rule), else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How the menu entry starts journeymapper: the bundle, the installed script, or Python."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == APP_ID:
        found = shutil.which(str(argv0)) if not argv0.is_absolute() else str(argv0)
        if found and os.access(found, os.X_OK):
            return [str(Path(found).absolute())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", APP_ID]


def exec_arguments(args: list[str]) -> str:
    """ARGS as the value of a desktop entry's Exec key (quoted and escaped by its rules)."""
    quoted = []
    for arg in args:
        arg = arg.replace("%", "%%")
        if any(ch in _RESERVED for ch in arg):
            for ch in ("\\", '"', "`", "$"):
                arg = arg.replace(ch, "\\" + ch)
            arg = f'"{arg}"'
        quoted.append(arg)
    # the key's value is itself an escaped string: a backslash is written twice
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """The shipped desktop entry with Exec (and TryExec) pointing at COMMAND."""
    lines = []
    for line in desktop_path(DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_arguments(command) + " %f"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _icon_files() -> list[tuple[Path, Path]]:
    """(shipped file, path under the data folder) for every icon size."""
    icons = desktop_path("icons")
    return [
        (path, Path("icons") / path.relative_to(icons))
        for path in sorted(icons.rglob("*"))
        if path.is_file()
    ]


def installed_paths(home: Path) -> list[Path]:
    """Every file ``install-desktop`` writes under HOME (the XDG data folder)."""
    return [
        home / "applications" / DESKTOP_FILE,
        home / "mime" / "packages" / MIME_FILE,
        *(home / target for _, target in _icon_files()),
    ]


def _refresh(home: Path) -> list[str]:
    """Rebuild the menu and MIME caches with the desktop's own tools, when they are present."""
    import subprocess  # only here: no other command starts a process

    notes: list[str] = []
    for tool, folder in (
        ("update-desktop-database", home / "applications"),
        ("update-mime-database", home / "mime"),
    ):
        if shutil.which(tool) is None or not folder.is_dir():
            continue
        try:
            done = subprocess.run(
                [tool, str(folder)], capture_output=True, text=True, timeout=120, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            notes.append(f"{tool}: {exc}")
            continue
        if done.returncode != 0:
            notes.append(f"{tool}: {(done.stderr or done.stdout).strip()}")
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon caches notice a newer folder
    return notes


def install(home: Path, command: list[str]) -> list[Path]:
    """Write the menu entry, the MIME package and the icons under HOME; the files written."""
    written: list[Path] = []
    entry = home / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(command), encoding="utf-8")
    written.append(entry)
    mime = home / "mime" / "packages" / MIME_FILE
    mime.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(desktop_path(f"{APP_ID}-mime.xml"), mime)
    written.append(mime)
    for source, target in _icon_files():
        (home / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, home / target)
        written.append(home / target)
    return written


def _remove_empty_parents(path: Path, stop: Path) -> None:
    folder = path.parent
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()  # only when empty
        except OSError:
            return
        folder = folder.parent


def uninstall(home: Path) -> list[Path]:
    """Remove what ``install`` wrote, and the caches that only described it; the files removed."""
    removed: list[Path] = []
    for path in installed_paths(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    if not removed:
        return removed
    _refresh(home)
    # The caches the tools regenerate describe nothing once no entry or package is left.
    applications = home / "applications"
    cache = applications / "mimeinfo.cache"
    if cache.is_file() and (
        not any(applications.glob("*.desktop"))
        or cache.read_text(encoding="utf-8", errors="replace").strip() == "[MIME Cache]"
    ):
        cache.unlink()
    mime = home / "mime"
    packages = mime / "packages"
    if mime.is_dir() and not (packages.is_dir() and any(packages.iterdir())):
        shutil.rmtree(mime)
    for path in [*installed_paths(home), applications / "mimeinfo.cache"]:
        _remove_empty_parents(path, home)
    return removed


def run(ns: argparse.Namespace) -> int:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print(
            "journeymapper: "
            + tr(
                "desktop",
                "install-desktop is for Linux desktops; on Windows and macOS the installer "
                "adds the menu entry and the file type",
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    home = data_home()
    try:
        if ns.uninstall:
            removed = uninstall(home)
            if not removed:
                print(tr("desktop", "journeymapper is not installed in {0}").format(home))
                return EXIT_OK
            print(tr("desktop", "removed {0} files from {1}").format(len(removed), home))
            return EXIT_OK
        command = launcher_command()
        written = install(home, command)
        notes = _refresh(home)
    except OSError as exc:
        where = exc.filename or home
        print(f"journeymapper: {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    done = tr("desktop", "installed the menu entry, the file type and the icons in {0}")
    print(done.format(home))
    print(tr("desktop", "the menu entry starts: {0}").format(" ".join(command)))
    print(tr("desktop", "{0} files written").format(len(written)))
    for note in notes:
        print(tr("desktop", "warning:") + f" {note}", file=sys.stderr)
    return EXIT_OK
