#!/usr/bin/env python3
"""Build the Summit Archive: raw articles in seeds/ -> clean, annotated pages in docs/ (and the site).

    .venv/bin/python build_archive.py            build docs/ from seeds/
    .venv/bin/python build_archive.py --check    validate everything, write nothing (or ./scripts/check.sh,
                                                 which sets up .venv first)
    .venv/bin/python build_archive.py --site     build docs/, then the site into site/ (mkdocs --strict + Pagefind)

The pipeline, one stage a function over frozen dataclasses:
    discover -> read (RawArticle) -> clean (CleanArticle) -> extract + merge (Metadata) -> anchor -> Page
    -> render (Markdown, data files, index pages) -> write (atomic, manifest last)
Every problem in the input is one line `path:line:col: what is wrong; how to fix it`, all reported in one run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    from archive.pipeline import Options, run
except ImportError as err:  # run with a Python that lacks the pinned packages (not .venv's)
    sys.exit(
        f"build_archive.py: {err.name or 'a package'} is not installed for {sys.executable}; run ./scripts/check.sh (it sets up .venv), or .venv/bin/python build_archive.py"
    )


def parse_args(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="seeds", help="folder of raw articles and sidecars (default: seeds)")
    parser.add_argument("--docs", default="docs", help="folder the pages are written to (default: docs)")
    parser.add_argument("--registry", default="registry.yml", help="the entity registry (default: registry.yml)")
    parser.add_argument("--cache", default=".cache/archive", help="build cache, safe to delete (default: .cache/archive)")
    parser.add_argument("--check", action="store_true", help="validate everything and write nothing")
    parser.add_argument("--site", action="store_true", help="also build the site (mkdocs build --strict, then Pagefind)")
    parser.add_argument("--site-dir", default="site", help="where --site puts the site (default: site)")
    parser.add_argument("--config", default="mkdocs.yml", help="MkDocs configuration for --site (default: mkdocs.yml)")
    parser.add_argument("--quiet", action="store_true", help="print problems and the summary line only")
    parser.add_argument("--timings", action="store_true", help="print the wall time of each stage")
    args = parser.parse_args(argv)
    return Options(
        seeds=Path(args.seeds),
        docs=Path(args.docs),
        registry=Path(args.registry),
        cache=Path(args.cache),
        check=args.check,
        site=args.site,
        site_dir=Path(args.site_dir),
        config=Path(args.config),
        quiet=args.quiet,
        timings=args.timings,
    )


def main(argv: list[str] | None = None) -> int:
    return run(parse_args(argv), sys.stdout, sys.stderr)  # the streams of this call (tests redirect them)


if __name__ == "__main__":
    sys.exit(main())
