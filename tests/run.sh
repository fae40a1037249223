#!/usr/bin/env bash
# Install everything the tests need, then run the whole test suite (the slow tests too: the
# PyInstaller bundle and the 3-D view under Xvfb).
#   bash tests/run.sh [pytest arguments]       e.g. bash tests/run.sh -m "not slow" (the quick part)
#   GRADLAB_TORCH=1 bash tests/run.sh           also install PyTorch (CPU) and run the tests that
#                                               compare exported notebooks with it (CI does)
# System packages (resources/linux/system-packages.txt: Qt's X11 libraries, Xvfb and Mesa, a
# Japanese font) are installed with apt-get when running as root on Debian/Ubuntu (as in CI);
# otherwise the tests that need them say what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
# every package of the one list (column 2; lines starting with # are comments)
mapfile -t SYSTEM_PACKAGES < <(awk '$1 !~ /^#/ && NF >= 2 {print $2}' resources/linux/system-packages.txt)
if [ ! -x .venv/bin/python ] && ! "$PYTHON" -c "import ensurepip" 2>/dev/null; then
  SYSTEM_PACKAGES+=(python3-venv)   # Debian's and Ubuntu's python3 make no venv without it
fi

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

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
extras=test
if [ "${GRADLAB_TORCH:-}" = 1 ]; then
  extras=test,torch
  echo "tests/run.sh: GRADLAB_TORCH=1: installing PyTorch too, for the tests that compare with it"
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
