#!/usr/bin/env bash
# Set up everything journeymapper needs on Debian/Ubuntu, then run it or its tests.
#
#   bash packaging/dev.sh run [FILE]      start the editor (on the built-in example map without FILE)
#   bash packaging/dev.sh test [ARGS]     lint and run the whole test suite (ARGS go to pytest)
#
# It installs, only when missing: the system libraries Qt needs (apt-get, with sudo when
# not root), a virtual environment in .venv, and the package with its test extras.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
VENV=${JOURNEYMAPPER_VENV:-$ROOT/.venv}
PY=${PYTHON:-python3}

say() { printf '\033[1m[journeymapper]\033[0m %s\n' "$*" >&2; }

# Qt's xcb platform plugin and font stack, and a virtual screen for headless runs.
SYSTEM_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 libglib2.0-0
  fonts-dejavu-core xvfb xauth
)
# Only for the tests: poppler and librsvg to read exported PDFs and SVGs back, the
# freedesktop validators for the desktop files (packaging/linux), git for the compare and
# merge-driver tests, LibreOffice Impress (headless) to open exported decks, with Liberation
# Sans (only "recommended" by it): the deck names Arial, and Liberation is the font with
# Arial's widths that Impress puts in its place.
TEST_PACKAGES=(
  poppler-utils librsvg2-bin desktop-file-utils appstream libxml2-utils shared-mime-info git
  libreoffice-impress-nogui fonts-liberation2
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian/Ubuntu system: skipping system packages"; return 0; }
  local missing=() pkg
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=("python3-venv")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      say "missing system packages (${missing[*]}) and no sudo: install them as root"; return 0
    fi
  fi
  say "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Another program (unattended upgrades, a software centre, another apt) may hold the
  # package lock: wait for it, saying so, rather than stop with apt's raw error.
  local wait=${JOURNEYMAPPER_APT_WAIT:-300}
  if apt_lock_busy; then
    say "another program is installing packages (the apt/dpkg lock is taken): waiting up to $((wait / 60)) minutes for it to finish…"
  fi
  local apt=("${sudo[@]}" apt-get -o "DPkg::Lock::Timeout=$wait")
  if ! "${apt[@]}" update -qq || ! "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    if apt_lock_busy; then
      say "the package lock is still taken after $((wait / 60)) minutes. Wait until the other installation (for example the software updater) has finished, or see which program holds it with: sudo fuser -v /var/lib/dpkg/lock-frontend; then run this script again."
    else
      say "apt-get could not install: ${missing[*]}. Run: sudo apt-get install ${missing[*]} and read its message; then run this script again."
    fi
    exit 1
  fi
}

# True when some process holds the apt/dpkg lock (checked without taking it).
apt_lock_busy() {
  local lock
  for lock in /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock; do
    [ -e "$lock" ] || continue
    # dpkg and apt lock with fcntl: fuser sees the holder (flock would not)
    command -v fuser >/dev/null 2>&1 && fuser "$lock" >/dev/null 2>&1 && return 0
  done
  return 1
}

check_python() {
  command -v "$PY" >/dev/null 2>&1 || { say "python3 not found: install python3 (3.11 or newer)"; exit 1; }
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    say "journeymapper needs Python 3.11 or newer; $PY is $("$PY" --version 2>&1)"; exit 1; }
}

setup_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating a virtual environment in $VENV"
    "$PY" -m venv "$VENV"
  fi
  # Reinstall only when the project's metadata changed since the last set-up.
  local stamp="$VENV/.journeymapper-installed" want
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! "$VENV/bin/python" -c 'import journeymapper, pytest' >/dev/null 2>&1; then
    say "installing journeymapper and its test tools into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
[ "$cmd" = test ] && SYSTEM_PACKAGES+=("${TEST_PACKAGES[@]}")
check_python
install_system_packages
setup_venv

case "$cmd" in
  run)
    # without FILE: the built-in example map (the installed app shows its start page)
    [ $# -eq 0 ] && set -- --example
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      say "no display found: starting the editor on a virtual screen (Xvfb); nothing will be visible"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/journeymapper" "$@"
    fi
    exec "$VENV/bin/journeymapper" "$@"
    ;;
  test)
    say "ruff"
    "$VENV/bin/ruff" check journeymapper tests
    say "pytest"
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    say "unknown command '$cmd': use 'run [FILE]' or 'test [PYTEST ARGS]'"; exit 2 ;;
esac
