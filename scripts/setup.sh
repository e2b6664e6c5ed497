#!/usr/bin/env bash
# One-command setup for a fresh machine with Python 3.11: virtualenv, dependencies,
# Debian's Chromium for the browser tests (when we can install system packages), axe-core
# from npm for the accessibility tests, and a first build of the site into site/.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# Browser tests drive Debian's chromium (test tools cannot download browsers here).
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=""; fi
  fi
  if [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; then
    echo "installing chromium and Korean fonts (Debian packages) ..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "note: /usr/bin/chromium is missing and packages cannot be installed; browser tests will fail" >&2
  fi
fi

# Accessibility tests inject axe-core (npm) into the pages; installed locally into a
# git-ignored folder, nothing global: .cache/axe/node_modules/axe-core/axe.min.js
if command -v npm >/dev/null 2>&1; then
  if [ ! -f .cache/axe/node_modules/axe-core/axe.min.js ]; then
    echo "installing axe-core (npm) into .cache/axe ..."
    npm install --no-save --no-audit --no-fund --silent --prefix .cache/axe axe-core@4 >/dev/null \
      || echo "note: npm could not install axe-core; tests/test_accessibility.py will fail" >&2
  fi
else
  echo "note: npm is missing; tests/test_accessibility.py will fail (needs axe-core from npm)" >&2
fi

.venv/bin/python -m generator build
echo
echo "Site built in site/. View it with:  .venv/bin/python -m generator serve   then open http://127.0.0.1:8000/"
