#!/usr/bin/env bash
# One-command setup for a fresh machine with Python 3.11: virtualenv, dependencies,
# Debian's Chromium for the browser tests (when we can install system packages), and a
# first build of the site into site/.
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

.venv/bin/python -m generator build
echo
echo "Site built in site/. View it with:  .venv/bin/python -m generator serve   then open http://127.0.0.1:8000/"
