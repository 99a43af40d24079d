#!/usr/bin/env bash
# Sourced by the other scripts: makes .venv with the pinned packages. Re-installs only when a
# requirements file changed (a stamp holds their hash). `bootstrap_test` adds what the tests need:
# test packages, Debian's chromium (the only browser that works here) and the npm tools.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

_stamp() { cat "$@" | sha256sum | cut -d' ' -f1; }

bootstrap_site() {
  if [ ! -x "$PY" ]; then python3 -m venv "$VENV"; fi
  local want; want=$(_stamp requirements.txt)
  if [ "$(cat "$VENV/.stamp-site" 2>/dev/null)" != "$want" ]; then
    "$PY" -m pip install --disable-pip-version-check -q -r requirements.txt
    echo "$want" > "$VENV/.stamp-site"
  fi
}

bootstrap_test() {
  bootstrap_site
  local want; want=$(_stamp requirements.txt requirements-test.txt requirements-bench.txt)
  if [ "$(cat "$VENV/.stamp-test" 2>/dev/null)" != "$want" ]; then
    "$PY" -m pip install --disable-pip-version-check -q -r requirements-test.txt
    echo "$want" > "$VENV/.stamp-test"
  fi
  # CHROMIUM_PATH names another Chromium-family browser (e.g. google-chrome on GitHub's runners).
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
    :
  elif [ ! -x /usr/bin/chromium ]; then
    echo "installing Debian's chromium for the browser tests" >&2
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  fi
  want=$(_stamp package.json package-lock.json)
  if [ "$(cat node_modules/.stamp 2>/dev/null)" != "$want" ]; then
    npm ci --no-audit --no-fund --silent
    echo "$want" > node_modules/.stamp
  fi
}
