"""The packaging files stay consistent with the code, and the desktop files pass the
freedesktop validators (issue 19). Building the bundle is `bash packaging/build.sh --check`,
not a test: it takes a minute and needs PyInstaller."""

from __future__ import annotations

import ast
import os
import plistlib
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
SPEC = PACKAGING / "journeymapper.spec"

sys.path.insert(0, str(PACKAGING))
import make_icons  # noqa: E402


def _spec_value(name: str) -> object:
    """A literal assigned at the top level of the spec (DATA_FOLDERS, QT_UNUSED…)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC}")


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "journeymapper").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])  # type: ignore[union-attr]
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_the_spec_bundles_every_folder_the_resource_loader_reads() -> None:
    from journeymapper import resources

    folders = dict(_spec_value("DATA_FOLDERS"))  # type: ignore[arg-type]
    loaded = set(re.findall(r'_root\("(\w+)"\)', Path(resources.__file__).read_text()))
    assert set(folders.values()) == loaded == {"resources", "icons", "desktop"}
    for source, bundled in folders.items():
        assert (ROOT / source).is_dir(), source
        # the checkout folder is the one the loader falls back to
        checkout = resources._candidates(bundled)[-1]
        assert checkout == ROOT / source
    # the wheel carries the same folders, under the names the loader looks for
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]
    include = wheel["targets"]["wheel"]["force-include"]
    assert include == {src: f"journeymapper/_{dest}" for src, dest in folders.items()}


def test_a_frozen_bundle_finds_its_folders_in_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journeymapper import resources

    for name in ("resources", "icons", "desktop"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources._root.cache_clear()
    try:
        assert resources.resource_path("templates") == tmp_path / "resources" / "templates"
        assert resources.icon_path("app") == tmp_path / "icons" / "app.svg"
        assert resources.desktop_path("x.desktop") == tmp_path / "desktop" / "x.desktop"
    finally:
        resources._root.cache_clear()


def test_the_bundle_excludes_no_qt_module_the_app_imports() -> None:
    used = _qt_modules_imported()
    assert used == {"QtCore", "QtGui", "QtWidgets", "QtSvg"}, used
    unused = set(_spec_value("QT_UNUSED"))  # type: ignore[arg-type]
    assert not used & unused
    for heavy in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick", "QtCharts"):
        assert heavy in unused


def test_the_build_requirements_cover_the_runtime_dependencies() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    lines = [
        line.strip()
        for line in (PACKAGING / "build-requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    # PySide6 comes as its Essentials half only (QtCore, QtGui, QtWidgets, QtSvg are in it)
    expected = {d.replace("PySide6>=", "PySide6-Essentials>=") for d in deps}
    assert expected <= set(lines), expected - set(lines)
    assert any(line.startswith("pyinstaller") for line in lines)


def test_the_build_script_builds_the_spec_into_the_documented_tarball() -> None:
    script = (PACKAGING / "build.sh").read_text()
    assert subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")]).returncode == 0
    assert "packaging/journeymapper.spec" in script
    assert "packaging/build-requirements.txt" in script
    assert "TARBALL=$ROOT/dist/$NAME-$VERSION-$OS-$ARCH.tar.gz" in script
    assert (PACKAGING / "pyinstaller" / "launcher.py").is_file()
    assert "pyinstaller/launcher.py" in SPEC.read_text().replace('" / "', "/")
    readme = (ROOT / "README.md").read_text()
    assert "bash packaging/build.sh --check" in readme
    assert "journeymapper-0.1.0-linux-x86_64.tar.gz" in readme


def test_the_desktop_entry_validates_and_speaks_italian() -> None:
    entry = LINUX / "journeymapper.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout
    text = entry.read_text(encoding="utf-8")
    for key in (
        "Name=",
        "GenericName=",
        "GenericName[it]=",
        "Comment=",
        "Comment[it]=",
        "Categories=",
        "Icon=journeymapper",
        "MimeType=application/x-journeymapper+json;",
    ):
        assert f"\n{key}" in text, key
    assert re.search(r"^Exec=journeymapper %f$", text, re.M)


def test_the_appstream_metainfo_validates() -> None:
    meta = LINUX / "journeymapper.metainfo.xml"
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(meta)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = meta.read_text(encoding="utf-8")
    for shot in re.findall(r"packaging/screenshots/[\w.-]+\.png", text):
        assert (ROOT / shot).is_file(), shot
    assert "<content_rating" in text and "<releases>" in text
    assert "<project_license>MIT</project_license>" in text
    assert "<metadata_license>MIT</metadata_license>" in text
    version = re.search(r'__version__ = "(.+)"', (ROOT / "journeymapper/__init__.py").read_text())
    assert version and f'<release version="{version.group(1)}"' in text


def test_the_xml_files_are_well_formed() -> None:
    files = [
        LINUX / "journeymapper-mime.xml",
        LINUX / "journeymapper.metainfo.xml",
        PACKAGING / "macos" / "Info.plist",
    ]
    done = subprocess.run(
        ["xmllint", "--noout", "--nonet", *map(str, files)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


SNIFF = r"""
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name())
"""


def test_the_mime_type_matches_by_name_and_by_content(tmp_path: Path) -> None:
    """update-mime-database accepts the package; Qt then knows a map by its name and, renamed,
    by the "format": "journeymapper" line at its top."""
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / "journeymapper.xml").write_bytes((LINUX / "journeymapper-mime.xml").read_bytes())
    done = subprocess.run(
        ["update-mime-database", str(packages.parent)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "*.journey.json" in (packages.parent / "globs2").read_text()
    example = ROOT / "resources" / "templates" / "awareness-to-loyalty-en.journey.json"
    renamed = tmp_path / "map-without-suffix"
    renamed.write_bytes(example.read_bytes())
    plain = tmp_path / "other.json"
    plain.write_text('{"format": "something else"}')
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share"}
    sniffed = subprocess.run(
        [sys.executable, "-c", SNIFF, str(example), str(renamed), str(plain)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert sniffed.stdout.split() == [
        "application/x-journeymapper+json",
        "application/x-journeymapper+json",
        "application/json",
    ], sniffed.stderr


def test_the_hicolor_icons_are_the_svg_rendered_at_each_size(qapp: object) -> None:
    from PySide6.QtGui import QImage

    icons = LINUX / "icons" / "hicolor"
    for size in make_icons.HICOLOR_SIZES:
        image = QImage(str(icons / f"{size}x{size}" / "apps" / "journeymapper.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (icons / "scalable/apps/journeymapper.svg").read_bytes() == make_icons.SVG.read_bytes()
    fresh = QImage.fromData(make_icons.render_png(48))
    committed = QImage(str(icons / "48x48" / "apps" / "journeymapper.png"))
    assert fresh.convertToFormat(committed.format()) == committed, "re-run make_icons.py hicolor"


def test_the_windows_and_macos_icons_hold_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImage

    ico = make_icons.ico_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for i, size in enumerate(make_icons.ICO_SIZES):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert width == (0 if size == 256 else size)
        assert QImage.fromData(ico[offset : offset + length]).width() == size
    icns = make_icons.icns_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    pos, kinds = 8, []
    while pos < len(icns):
        kinds.append(icns[pos : pos + 4])
        pos += struct.unpack_from(">I", icns, pos + 4)[0]
    assert pos == len(icns) and kinds == [k for k, _ in make_icons.ICNS_TYPES]
    assert QImage.fromData(icns).width() > 0  # Qt's own icns reader takes it


def test_the_macos_plist_declares_the_document_type() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    (uti,) = info["UTExportedTypeDeclarations"]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["journey.json"]
    assert "public.json" in uti["UTTypeConformsTo"]
    (doc,) = info["CFBundleDocumentTypes"]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert doc["CFBundleTypeRole"] == "Editor"
    meta = (LINUX / "journeymapper.metainfo.xml").read_text()
    assert f"<id>{info['CFBundleIdentifier']}</id>" in meta


def test_the_inno_setup_script_installs_the_bundle_with_the_association() -> None:
    iss = (PACKAGING / "windows" / "journeymapper.iss").read_text()
    assert r'Source: "..\..\dist\journeymapper\*"' in iss
    assert "ChangesAssociations=yes" in iss
    assert r'shell\open\command"' in iss and '""%1""' in iss
    assert r"SetupIconFile=..\..\build\icons\journeymapper.ico" in iss
    spec = SPEC.read_text()
    assert '"build" / "icons" / "journeymapper.ico"' in spec
    assert 'executable(f"{NAME}-cli", console=True)' in spec


def test_the_application_names_itself_for_the_desktop_and_settings(qapp: object) -> None:
    from PySide6.QtCore import QStandardPaths

    from journeymapper.app import make_app

    app = make_app(["journeymapper"])
    assert app.desktopFileName() == "journeymapper"
    assert (LINUX / f"{app.desktopFileName()}.desktop").is_file()
    assert app.applicationName() == "journeymapper"
    assert app.organizationName() == "journeymapper"
    assert not app.windowIcon().isNull()
    assert app.windowIcon().pixmap(48, 48).width() == 48
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    assert config.endswith("journeymapper/journeymapper")
