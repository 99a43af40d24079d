#!/usr/bin/env bash
# Build the archive and the site into site/:   ./scripts/site.sh
# Preview it, rebuilding when seeds/ changes:  ./scripts/site.sh serve
source "$(dirname "$0")/bootstrap.sh"
bootstrap_site
if [ "${1:-}" = "serve" ]; then
  shift
  "$PY" build_archive.py
  # --dirty: only pages whose files changed are rebuilt; the archive build leaves unchanged files untouched.
  exec "$PY" -m mkdocs serve --dirty "$@"
fi
exec "$PY" build_archive.py --site "$@"
