#!/usr/bin/env bash
# Build the one-folder bundle of journeymapper for this machine (PyInstaller), then pack it.
#
#   bash packaging/build.sh           build dist/journeymapper/ and
#                                     dist/journeymapper-VERSION-linux-x86_64.tar.gz
#   bash packaging/build.sh --check   build, then smoke-test the bundle with no Python around it
#   bash packaging/build.sh --check-only   smoke-test an existing dist/journeymapper/
#
# PyInstaller and the runtime dependencies go into their own virtual environment (.venv-build,
# from packaging/build-requirements.txt), apart from the developer's .venv.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
VENV=${JOURNEYMAPPER_BUILD_VENV:-$ROOT/.venv-build}
PY=${PYTHON:-python3}
NAME=journeymapper
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' journeymapper/__init__.py)
ARCH=$(uname -m)
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
BUNDLE=$ROOT/dist/$NAME
TARBALL=$ROOT/dist/$NAME-$VERSION-$OS-$ARCH.tar.gz

say() { printf '\033[1m[build]\033[0m %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

setup_build_venv() {
  command -v "$PY" >/dev/null 2>&1 || fail "python3 not found: install Python 3.11 or newer"
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "journeymapper needs Python 3.11 or newer; $PY is $("$PY" --version 2>&1)"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the build environment in $VENV"
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.build-requirements" want
  want=$(sha256sum packaging/build-requirements.txt | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing PyInstaller and the runtime dependencies into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    "$VENV/bin/python" -m pip install -q -r packaging/build-requirements.txt
    echo "$want" > "$stamp"
  fi
}

build() {
  setup_build_venv
  say "building $BUNDLE (journeymapper $VERSION)"
  local start=$SECONDS
  rm -rf "$BUNDLE" "$ROOT/build/pyinstaller"
  "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/journeymapper.spec
  say "packing $TARBALL"
  tar -C "$ROOT/dist" -czf "$TARBALL" "$NAME"
  say "built in $((SECONDS - start)) s: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), $TARBALL ($(du -h "$TARBALL" | cut -f1))"
}

# The smoke test runs the bundle as a user would: no virtual environment, no PYTHONPATH, from
# an empty folder, with a scratch home (no settings, no recovery files of the developer's).
check() {
  local exe=$BUNDLE/$NAME scratch out
  [ -x "$exe" ] || fail "no bundle at $exe (run without --check-only first)"
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' RETURN
  run() {
    (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
      XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
      XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=offscreen "$@")
  }
  mkdir -p "$scratch/home" "$scratch/run" "$scratch/data" && chmod 700 "$scratch/run"

  out=$(run "$exe" --version) || fail "--version"
  [ "$out" = "$NAME $VERSION" ] || fail "--version printed '$out'"
  say "ok  --version: $out"

  out=$(run "$exe" templates) && [[ $out == *awareness-to-loyalty-en* ]] || fail "templates"
  run "$exe" new --template awareness-to-loyalty-it -o map.journey.json >/dev/null || fail "new"
  out=$(run "$exe" validate map.journey.json) && [[ $out == *valid* ]] || fail "validate"
  say "ok  templates, new, validate"

  run "$exe" export map.journey.json -o map.pdf --page-size A3 >/dev/null || fail "export PDF"
  run "$exe" export map.journey.json -o map.png --dpi 72 >/dev/null || fail "export PNG"
  head -c 5 "$scratch/map.pdf" | grep -q '%PDF-' || fail "the PDF is not a PDF"
  [ "$(head -c 8 "$scratch/map.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
    || fail "the PNG is not a PNG"
  say "ok  export: map.pdf ($(du -h "$scratch/map.pdf" | cut -f1)), map.png ($(du -h "$scratch/map.png" | cut -f1))"
  if command -v pdftotext >/dev/null 2>&1; then
    out=$(pdftotext "$scratch/map.pdf" -)
    [[ $out == *Consapevolezza* ]] || fail "the PDF has no Italian text in it"
    say "ok  the PDF's text reads back"
  fi

  run "$exe" insights map.journey.json >/dev/null || fail "insights"
  out=$(run "$exe" schema) && [[ $out == *'"$schema"'* ]] || fail "schema"
  say "ok  insights, schema"

  local t0 t1 report
  report=$(run env JOURNEYMAPPER_BUNDLE_CHECK=1 JOURNEYMAPPER_BUNDLE_CHECK_MS=200 "$exe" \
    map.journey.json 2>"$scratch/gui.err") || { cat "$scratch/gui.err" >&2; fail "the editor"; }
  if grep -q "Traceback" "$scratch/gui.err"; then cat "$scratch/gui.err" >&2; fail "a traceback"; fi
  echo "$report" | grep -q '"exit": 0' || fail "the editor: $report"
  echo "$report" | grep -q '"windows": 1' || fail "no editor window: $report"
  echo "$report" | grep -q '"icon": true' || fail "no window icon: $report"
  echo "$report" | grep -q '"desktop_file": "journeymapper"' || fail "desktop file name: $report"
  say "ok  the editor opened the map offscreen and closed: ${report#BUNDLE-CHECK }"

  # in Italian: Qt's own strings (standard buttons) and ours come from the bundle
  report=$(run env JOURNEYMAPPER_BUNDLE_CHECK=1 JOURNEYMAPPER_BUNDLE_CHECK_MS=0 \
    JOURNEYMAPPER_LANG=it "$exe" map.journey.json 2>"$scratch/gui.err") || fail "the editor in Italian"
  echo "$report" | grep -q '"qt_cancel": "Annulla"' || fail "Qt's Italian translation: $report"
  echo "$report" | grep -q '"our_edit_menu": "&Modifica"' || fail "our Italian translation: $report"
  say "ok  in Italian: Qt's buttons (Annulla) and our menus (&Modifica)"

  if command -v xvfb-run >/dev/null 2>&1; then
    # the X11 (xcb) platform plugin, as on a real desktop, on a virtual screen
    report=$(cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
      XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
      XDG_RUNTIME_DIR="$scratch/run" JOURNEYMAPPER_BUNDLE_CHECK=1 JOURNEYMAPPER_BUNDLE_CHECK_MS=300 \
      xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" map.journey.json 2>"$scratch/gui.err") \
      || { cat "$scratch/gui.err" >&2; fail "the editor on X11"; }
    echo "$report" | grep -q '"platform": "xcb"' || fail "the editor on X11: $report"
    echo "$report" | grep -q '"windows": 1' || fail "the editor on X11: $report"
    say "ok  the editor on X11 (xcb, under Xvfb)"
  fi

  run "$exe" install-desktop >/dev/null || fail "install-desktop"
  grep -qx "Exec=$exe %f" "$scratch/data/applications/journeymapper.desktop" \
    || fail "install-desktop: the menu entry does not start $exe"
  run "$exe" install-desktop --uninstall >/dev/null || fail "install-desktop --uninstall"
  [ -z "$(ls -A "$scratch/data")" ] || fail "install-desktop --uninstall left files behind"
  say "ok  install-desktop (the menu entry starts the bundle) and --uninstall"

  t0=$(date +%s%N)
  run "$exe" --version >/dev/null
  t1=$(date +%s%N)
  local cli_ms=$(((t1 - t0) / 1000000))
  t0=$(date +%s%N)
  report=$(run env JOURNEYMAPPER_BUNDLE_CHECK=1 JOURNEYMAPPER_BUNDLE_CHECK_MS=0 "$exe" 2>/dev/null) \
    || fail "the editor on the built-in example map"
  t1=$(date +%s%N)
  echo "$report" | grep -q '"windows": 1' || fail "the editor on the built-in example: $report"
  local gui_ms=$(((t1 - t0) / 1000000))

  if [ -d "$BUNDLE/_internal/PySide6" ]; then
    local extra
    extra=$(find "$BUNDLE/_internal" -name 'libQt6*' | grep -E 'WebEngine|3D|Multimedia|Quick|Qml|Charts|Pdf\.|Network' || true)
    [ -z "$extra" ] || fail "unused Qt libraries in the bundle: $extra"
  fi
  extra=$(find "$BUNDLE" -xtype l)
  [ -z "$extra" ] || fail "links to nothing in the bundle: $extra"
  say "ok  no WebEngine, 3D, Multimedia, QML/Quick, Charts, Pdf or Network libraries in the bundle"
  say "bundle size: $(du -sh "$BUNDLE" | cut -f1) on disk, tarball $(du -h "$TARBALL" 2>/dev/null | cut -f1 || echo '-')"
  say "start-up: --version ${cli_ms} ms; editor open and closed on the example map ${gui_ms} ms"
  say "the bundle passed its smoke test"
}

case "${1:-}" in
  "") build ;;
  --check) build; check ;;
  --check-only) check ;;
  *) say "unknown option '$1': use no option, --check or --check-only"; exit 2 ;;
esac
