#!/usr/bin/env bash
# Install everything the tests need, then run the whole test suite.
#   bash tests/run.sh [pytest arguments]
# System packages (Xvfb and Mesa for the 3-D view, a Japanese font, Qt's X11 libraries) are
# installed with apt-get when running as root on Debian/Ubuntu (as in CI); otherwise the
# tests that need them say what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(xvfb xauth libgl1-mesa-dri libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0
                 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
                 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libfontconfig1 libdbus-1-3
                 fonts-ipafont-gothic)

if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "tests/run.sh: installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null || echo "tests/run.sh: apt-get update failed; trying the install anyway"
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || echo "tests/run.sh: could not install ${missing[*]}; tests that need them will report it"
    else
      echo "tests/run.sh: not root, cannot install ${missing[*]}; tests that need them will report it"
    fi
  fi
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
export QT_QPA_PLATFORM=offscreen
# the PyInstaller bundle test (marked slow, ~2 min) runs with: bash tests/run.sh -m slow
if [ $# -eq 0 ]; then set -- -m "not slow"; fi
exec .venv/bin/python -m pytest "$@"
