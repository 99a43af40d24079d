"""The bytes a host stores for a built site, by part, and per article.

    .venv/bin/python benchmarks/footprint.py SITE_DIR ARTICLES

Apparent sizes of the files (as `shards.py` `tree_size` counts them), grouped: article pages, listings (home, all,
timeline, leaders, outlets, agreements), each top file or folder of data/, Pagefind, the rest.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

LISTINGS = ("all", "timeline", "leaders", "outlets", "agreements")


def part_of(rel: str) -> str:
    top, _, rest = rel.partition("/")
    if top == "articles":
        return "article pages"
    if top in LISTINGS or rel == "index.html":
        return "listings"
    if top == "data":
        return "data/" + rest.partition("/")[0]
    return top if top == "pagefind" else "other"


def breakdown(site: Path) -> tuple[Counter, Counter]:
    """(bytes, files) by part."""
    size: Counter = Counter()
    files: Counter = Counter()
    for path in site.rglob("*"):
        if path.is_file():
            part = part_of(path.relative_to(site).as_posix())
            size[part] += path.stat().st_size
            files[part] += 1
    return size, files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("articles", type=int)
    args = parser.parse_args()
    size, files = breakdown(args.site)
    for part, total in [*size.most_common(), ("whole site", sum(size.values()))]:
        count = files[part] if part in files else sum(files.values())
        print(f"{part:26s} {total / 1e6:10.2f} MB {count:8d} files {total / args.articles / 1e3:8.2f} KB an article")


if __name__ == "__main__":
    main()
