#!/usr/bin/env bash
# Run every test: lint, types, unit and golden tests, the real site build, browser tests, benchmark smoke.
source "$(dirname "$0")/bootstrap.sh"
bootstrap_test
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"  # the type checker: archive/, hooks/, build_archive.py (settings in pyproject.toml)
# On every core, up to four (CI's runner has two): each test file runs whole on one worker, so a file's shared
# fixtures (a built site) are built once.
exec "$PY" -m pytest -n auto --maxprocesses 4 --dist loadfile "$@"
