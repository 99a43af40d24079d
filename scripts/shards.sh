#!/usr/bin/env bash
# The archive as shards (issue 15; archive/shards.py), from a fresh clone: sets up .venv first, then
#   ./scripts/shards.sh plan [--changed-from FILE]        which builds a change rebuilds, with their cache keys (JSON)
#   ./scripts/shards.sh build --shard 2019 --site-dir D   one shard's site (or the hub's) from docs/ as it is
#   ./scripts/shards.sh assemble --site-dir site D1 D2... the built shards and hub as one site
# The whole sharded site on one machine: .venv/bin/python build_archive.py --site --shard-by year
source "$(dirname "$0")/bootstrap.sh"
bootstrap_site
exec "$PY" -m archive.shards "$@"
