#!/usr/bin/env bash
# Check every article, sidecar and the registry; write nothing:   ./scripts/check.sh
# Works from a fresh clone: sets up .venv with the pinned packages first (once), then runs
# `build_archive.py --check` with it. Extra arguments go to build_archive.py (e.g. --quiet).
source "$(dirname "$0")/bootstrap.sh"
bootstrap_site
exec "$PY" build_archive.py --check "$@"
