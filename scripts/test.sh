#!/usr/bin/env bash
# Run every test: lint, types, unit and golden tests, the real site build, browser tests, benchmark smoke.
source "$(dirname "$0")/bootstrap.sh"
bootstrap_test
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"  # the type checker: archive/, hooks/, build_archive.py (settings in pyproject.toml)
exec "$PY" -m pytest "$@"
