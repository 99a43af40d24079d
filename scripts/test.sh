#!/usr/bin/env bash
# Run every test: lint, unit and golden tests, the real site build, browser tests, benchmark smoke.
source "$(dirname "$0")/bootstrap.sh"
bootstrap_test
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
exec "$PY" -m pytest "$@"
