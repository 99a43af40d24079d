"""Shards (issue 15): one archive, several MkDocs builds, one site.

An archive past a few thousand articles is built as shards: each a complete `mkdocs build --strict` of its
articles (their pages, text files, citations and timeline listings) with its own Pagefind bundle, sharing the
theme, the navigation and the hand-written assets; and a small hub build that holds everything else (home,
timeline overview, all-articles table, the leader, outlet and agreement pages across all shards, the dataset,
the feeds, the search page). Every build writes its pages at the URLs the single build gives them, so an
assembled site (the builds copied into one folder, `assemble`) serves every page where it always was.

    discover docs/ -> plan (which build each file belongs to) -> one docs folder a build (hard links)
    -> mkdocs build --strict (+ Pagefind into pagefind/<shard>/) each -> assemble (sitemaps merged)

The shards are independent builds: CI runs them as parallel matrix jobs (.github/workflows/shards.yml) and
skips the unchanged ones (`changed_shards`); nothing here schedules anything. The search page merges the
shards' bundles with Pagefind's own multisite search (mergeIndex), listed in pagefind/shards.json.

    python -m archive.shards plan [--shard-by year] [--changed-from FILE]   the CI plan (JSON)
    python -m archive.shards build --shard NAME --site-dir DIR              one build from docs/ as it is
    python -m archive.shards assemble --site-dir site PART_DIR ...          hub + shards into one site
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TextIO

import yaml

from .export import dataset_files
from .urls import url_of
from .writer import swap_in_site

HUB = "hub"
SHARD_BY = ("none", "year", "decade")  # "none": one build, as for a small archive (the default of build_archive.py)
UNDATED = "undated"
# Hand-written static files every build carries (archive.css, archive.js): the same bytes in each build.
SHARED_ROOTS = ("assets/",)
# Files two builds both write, by design: the theme's and the assets' (same bytes), and each build's sitemap,
# merged by assemble. Any other file written by two builds with different bytes is an error.
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")
SHARDS_MANIFEST = "pagefind/shards.json"  # the search page's list of bundles (written into the hub's site)
# The files of one article: its page, its clean text and its citations (articles/<slug>.md, data/text/<slug>.txt,
# data/cite/<slug>.{json,bib,ris}); and a year's timeline listing (timeline/<year>.md, timeline/<year>-page-2.md).
ARTICLE_FILE = re.compile(r"(?:articles/(?P<a>[^/]+)\.md|data/text/(?P<t>[^/]+)\.txt|data/cite/(?P<c>[^/]+)\.(?:json|bib|ris))\Z")
YEAR_LISTING = re.compile(r"timeline/(?P<year>[0-9]{4}|undated)(?:-page-[0-9]+)?\.md\Z")
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def shard_of_year(year: str, by: str) -> str:
    """The shard a year's articles go to: the year itself, or its decade ("2010s"); undated articles have their own."""
    if by == "decade" and year.isdigit():
        return year[:3] + "0s"
    return year


@dataclass(frozen=True)
class ShardPlan:
    """Which build each docs file belongs to. `files[HUB]` and `files[shard]` are docs-relative paths; `shared`
    go into every build; `years[shard]` the years a shard holds, `articles[shard]` how many articles."""

    by: str
    files: dict[str, tuple[str, ...]]
    shared: tuple[str, ...]
    years: dict[str, tuple[str, ...]]
    articles: dict[str, int]

    @property
    def shards(self) -> list[str]:
        """The article shards, newest first (the hub is not one)."""
        return sorted((name for name in self.files if name != HUB), key=_newest_first)

    def builds(self) -> list[str]:
        return [*self.shards, HUB]


def _newest_first(name: str) -> tuple[int, str]:
    return (1, name) if not name[:1].isdigit() else (0, "".join(chr(0x10FFFF - ord(c)) for c in name))


# Undated articles have no year to split them by: past this many they are split into several shards
# ("undated-1", "undated-2", ...) by a hash of their slug, so that no shard outgrows a CI runner (at 10,000
# synthetic articles a fifth are undated, and their shard was the largest: 2,275 articles, 807 MB peak).
UNDATED_PER_SHARD = 5000


def dated(docs: Path) -> list[tuple[str, str, str]]:
    """(slug, seed stem, year) of every article, from the build's own dataset (docs/data/archive.jsonl, or each
    year's data/years/<year>.jsonl past export.WHOLE_DATASET_MAX articles, when the build writes no whole file); an
    undated article's "year" is "undated", or "undated-<k>" when there are more than UNDATED_PER_SHARD.

    Read a row at a time from the JSON Lines table: at 100,000 articles archive.json is 365 MB and parsing it whole
    took 2 GB in every shard's build before MkDocs started (benchmarks/README.md, session 6)."""
    found = []
    for table in dataset_files(docs / "data", "jsonl"):
        with table.open(encoding="utf-8") as rows:
            for line in rows:
                if not line.strip():
                    continue
                row = json.loads(line)
                value = row.get("date")
                year = value[:4] if isinstance(value, str) and value[:4].isdigit() else UNDATED
                found.append((str(row["slug"]), PurePosixPath(str(row.get("source_file", ""))).stem, year))
    buckets = -(-sum(year == UNDATED for *_, year in found) // UNDATED_PER_SHARD)
    if buckets > 1:
        found = [
            (
                slug,
                stem,
                f"{UNDATED}-{int(hashlib.sha256(slug.encode()).hexdigest(), 16) % buckets + 1}" if year == UNDATED else year,
            )
            for slug, stem, year in found
        ]
    return found


def article_years(docs: Path) -> dict[str, str]:
    """Each article's year (or undated bucket) by its slug."""
    return {slug: year for slug, _, year in dated(docs)}


def docs_files(docs: Path) -> list[str]:
    """Every regular file under docs/ (docs-relative, sorted); dot files (the manifest) and links left out."""
    found = []
    for folder, dirs, names in os.walk(docs):  # never follows a linked folder
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(folder) / name
            if name.startswith(".") or not stat.S_ISREG(path.lstat().st_mode):
                continue
            found.append(path.relative_to(docs).as_posix())
    return sorted(found)


def plan_shards(docs: Path, by: str) -> ShardPlan:
    years_of = article_years(docs)
    files: dict[str, list[str]] = defaultdict(list)
    shared: list[str] = []
    shard_years: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, int] = defaultdict(int)
    for year in years_of.values():
        shard_years[shard_of_year(year, by)].add(year)
    for rel in docs_files(docs):
        if rel.startswith(SHARED_ROOTS):
            shared.append(rel)
            continue
        found = ARTICLE_FILE.match(rel)
        listing = YEAR_LISTING.match(rel)
        slug = found and (found["a"] or found["t"] or found["c"])
        if slug and slug in years_of:
            name = shard_of_year(years_of[slug], by)
            articles[name] += rel.startswith("articles/")
        elif listing and listing["year"] in set(years_of.values()):
            name = shard_of_year(listing["year"], by)
        else:
            name = HUB
        files[name].append(rel)
    files.setdefault(HUB, [])
    return ShardPlan(
        by,
        {name: tuple(rels) for name, rels in files.items()},
        tuple(shared),
        {name: tuple(sorted(years)) for name, years in shard_years.items()},
        dict(articles),
    )


# --- one build --------------------------------------------------------------------------------------


def link_tree(docs: Path, rels: Iterable[str], target: Path) -> None:
    """target/ as a docs folder holding only these files: hard links into docs/ (a copy where links fail)."""
    if target.exists():
        shutil.rmtree(target)
    made: set[Path] = set()
    for rel in rels:
        dst = target / rel
        if dst.parent not in made:
            dst.parent.mkdir(parents=True, exist_ok=True)
            made.add(dst.parent)
        try:
            os.link(docs / rel, dst, follow_symlinks=False)
        except OSError:
            shutil.copyfile(docs / rel, dst, follow_symlinks=False)


def nav_for(config: Path, present: set[str]) -> list:
    """mkdocs.yml's navigation with every page this build does not hold given as its URL: MkDocs prints it as a
    link relative to each page, to the page another build of the same site holds."""
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}

    def rewrite(item):  # noqa: ANN001, ANN202
        if isinstance(item, dict):
            return {title: rewrite(value) for title, value in item.items()}
        if isinstance(item, list):
            return [rewrite(value) for value in item]
        if isinstance(item, str) and item.endswith(".md") and item not in present:
            return url_of(item) or "."
        return item

    return rewrite(data.get("nav") or [])


def shard_config(name: str, plan: ShardPlan, config: Path) -> str:
    """The YAML a build adds to mkdocs.yml (after INHERIT): its navigation and which shard it is (read by the
    hooks: where Pagefind writes its bundle; by the templates: the search reads pagefind/shards.json)."""
    present = set(plan.files[name])
    extra = {
        "nav": nav_for(config, present),
        "extra": {"archive_shard": {"name": name, "hub": name == HUB}},
        # The pages of other builds are named in the navigation by URL (not found in this build's docs).
        "validation": {"nav": {"not_found": "info"}},
    }
    return yaml.safe_dump(extra, sort_keys=True, allow_unicode=True)


def build_one(name: str, plan: ShardPlan, options, site_dir: Path, out: TextIO, err: TextIO) -> int:  # noqa: ANN001
    """One build of the site (a shard or the hub) into site_dir: its docs linked into the cache folder, then
    mkdocs build --strict and Pagefind (pipeline.build_site), site_dir replaced only on success."""
    from .pipeline import build_site

    if name not in plan.files:
        print(f"{name}: no such shard; the shards are {', '.join(plan.builds())}", file=err)
        return 1
    work = options.cache / "shards" / name / "docs"
    link_tree(options.docs, [*plan.files[name], *plan.shared], work)
    status = build_site(options, out, err, docs=work, site_dir=site_dir, extra_config=shard_config(name, plan, options.config))
    if status == 0 and name == HUB:
        write_manifest(plan, site_dir)
    return status


def write_manifest(plan: ShardPlan, site_dir: Path) -> None:
    """pagefind/shards.json: the bundles the search page merges, newest first, with their years and sizes."""
    shards = [
        {"name": s, "years": list(plan.years.get(s, ())), "articles": plan.articles.get(s, 0), "bundle": f"pagefind/{s}/"}
        for s in plan.shards
        if plan.articles.get(s, 0)
    ]
    path = site_dir / SHARDS_MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"by": plan.by, "shards": shards}, indent=1) + "\n", encoding="utf-8")


def build_sharded(options, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:  # noqa: ANN001
    """--site with --shard-by: one build (--shard NAME, into --site-dir), or every shard and the hub one after
    another into <site-dir>.shards/ and then assembled into --site-dir."""
    plan = plan_shards(options.docs, options.shard_by)
    if options.shard:
        return build_one(options.shard, plan, options, options.site_dir, out, err)
    parts = options.site_dir.with_name(options.site_dir.name + ".shards")
    for name in plan.builds():
        if build_one(name, plan, options, parts / name, out, err):
            return 1
    stale = [p for p in parts.iterdir() if p.name not in plan.files] if parts.is_dir() else []
    for path in stale:  # a shard that no longer exists (its year's articles gone)
        shutil.rmtree(path)
    return assemble([parts / name for name in plan.builds()], options.site_dir, err)


# --- assembling -------------------------------------------------------------------------------------


def assemble(parts: list[Path], site_dir: Path, err: TextIO = sys.stderr) -> int:
    """The builds copied into one site (hard links where possible), site_dir replaced only when it is whole.
    The sitemaps are merged; any other file two builds write with different bytes is an error."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    try:
        locs: set[str] = set()
        owner: dict[str, Path] = {}
        clashes = []
        for part in parts:
            for folder, dirs, names in os.walk(part):
                dirs.sort()
                rel_folder = Path(folder).relative_to(part)
                (tmp / rel_folder).mkdir(exist_ok=True)
                for name in sorted(names):
                    rel = (rel_folder / name).as_posix()
                    src = Path(folder) / name
                    if rel in SITEMAPS:
                        if rel == "sitemap.xml":
                            locs.update(sitemap_locs(src))
                        continue
                    dst = tmp / rel
                    if rel in owner:
                        if not same_bytes(src, dst):
                            clashes.append(f"{rel}: written by {owner[rel].name} and {part.name} with different bytes")
                        continue
                    owner[rel] = part
                    try:
                        os.link(src, dst, follow_symlinks=False)
                    except OSError:
                        shutil.copyfile(src, dst, follow_symlinks=False)
        if clashes:
            for line in clashes:
                print(f"{line}; each page belongs to one build (see archive/shards.py)", file=err)
            return 1
        write_sitemap(sorted(locs), tmp)
        swap_in_site(tmp, site_dir)
        return 0
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def same_bytes(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def sitemap_locs(path: Path) -> list[str]:
    root = ET.parse(path).getroot()  # the builds' own output, not a contributor's file
    return [loc.text or "" for loc in root.iter(f"{{{SITEMAP_NS}}}loc")]


def write_sitemap(locs: list[str], site: Path) -> None:
    """One sitemap of every build's pages (in URL order), as MkDocs writes it: sitemap.xml and its gzip."""
    from xml.sax.saxutils import escape

    body = "".join(f"\n    <url>\n         <loc>{escape(loc)}</loc>\n    </url>" for loc in locs)
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">{body}\n</urlset>'.encode()
    (site / "sitemap.xml").write_bytes(data)
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(data, mtime=0))


# --- the CI plan: which builds a change touches -------------------------------------------------------

# What every build depends on: the code, the templates, the theme, the configuration and the pinned packages.
# A change to any of them rebuilds every shard and the hub.
CODE_PATHS = (
    "archive/",
    "hooks/",
    "overrides/",
    "build_archive.py",
    "mkdocs.yml",
    "registry.yml",
    "requirements.txt",
    "docs/assets/",
)


def code_hash(root: Path) -> str:
    """The hash of everything every build depends on (CODE_PATHS, as committed in the working tree)."""
    digest = hashlib.sha256()
    for path in sorted(tracked(root, CODE_PATHS)):
        digest.update(path.encode() + b"\0" + hashlib.sha256((root / path).read_bytes()).digest())
    return digest.hexdigest()


def tracked(root: Path, prefixes: Iterable[str]) -> list[str]:
    result = subprocess.run(["git", "ls-files", "-z", "--", *prefixes], cwd=root, capture_output=True, check=True, text=True)
    return [p for p in result.stdout.split("\0") if p and (root / p).is_file()]


def shard_input_hash(plan: ShardPlan, docs: Path, name: str) -> str:
    """The hash of one build's docs (its files' paths and bytes): equal hashes, equal builds (with equal code)."""
    digest = hashlib.sha256()
    for rel in sorted([*plan.files[name], *plan.shared]):
        digest.update(rel.encode() + b"\0" + hashlib.sha256((docs / rel).read_bytes()).digest())
    return digest.hexdigest()


def changed_shards(changed: Iterable[str], years_of_seed: dict[str, str], by: str, all_shards: Iterable[str]) -> list[str]:
    """The builds a pull request's changed paths rebuild: the hub always (its listings count every article); the
    shard of each edited article or sidecar (by its year in the pull request's build); every shard when code,
    templates, configuration or the registry changed, or a new article's year is not known. `years_of_seed` maps a
    seed's stem (seeds/<stem>.txt|.yml) to its year. (On the main branch every build is keyed by the hash of its
    inputs, so an article moved to another year rebuilds its old shard too: its docs changed.)"""
    everything = sorted(set(all_shards))
    touched: set[str] = set()
    for path in changed:
        if path.startswith(CODE_PATHS) or path in CODE_PATHS:
            return [*sorted(everything, key=_newest_first), HUB]
        posix = PurePosixPath(path)
        if posix.parent.as_posix() == "seeds" and posix.suffix in (".txt", ".yml"):
            years = years_of_seed.get(posix.stem)
            if years is None:  # a new article not yet built: its year is unknown until it is; rebuild all
                return [*sorted(everything, key=_newest_first), HUB]
            touched.add(shard_of_year(years, by))
    return [*sorted(touched, key=_newest_first), HUB]


def seed_years(docs: Path) -> dict[str, str]:
    """Each seed's year (or undated bucket) by its stem: seeds/<stem>.txt and its sidecar seeds/<stem>.yml."""
    return {stem: year for _, stem, year in dated(docs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.shards", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    plan_cmd = sub.add_parser("plan", help="the builds (shards and hub) with their input hashes, as JSON for a CI matrix")
    plan_cmd.add_argument("--docs", default="docs", type=Path)
    plan_cmd.add_argument("--shard-by", default="year", choices=SHARD_BY[1:])
    plan_cmd.add_argument("--changed-from", type=Path, help="a file of the repository paths a pull request changes, one a line")
    build_cmd = sub.add_parser("build", help="one shard's (or the hub's) site from docs/ as it is, without the archive stage")
    build_cmd.add_argument("--docs", default="docs", type=Path)
    build_cmd.add_argument("--shard-by", default="year", choices=SHARD_BY[1:])
    build_cmd.add_argument("--shard", required=True)
    build_cmd.add_argument("--site-dir", required=True, type=Path)
    build_cmd.add_argument("--cache", default=".cache/archive", type=Path)
    build_cmd.add_argument("--config", default="mkdocs.yml", type=Path)
    assemble_cmd = sub.add_parser("assemble", help="copy built shards and the hub into one site")
    assemble_cmd.add_argument("--site-dir", default="site", type=Path)
    assemble_cmd.add_argument("parts", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "assemble":
        return assemble(args.parts, args.site_dir)
    plan = plan_shards(args.docs, args.shard_by)
    if args.command == "build":
        from .pipeline import Options

        options = Options(docs=args.docs, cache=args.cache, config=args.config, shard_by=args.shard_by, shard=args.shard)
        return build_one(args.shard, plan, options, args.site_dir, sys.stdout, sys.stderr)
    builds = plan.builds()
    if args.changed_from is not None:
        changed = args.changed_from.read_text(encoding="utf-8").split("\n")
        builds = changed_shards([p for p in changed if p], seed_years(args.docs), args.shard_by, plan.shards)
    code = code_hash(Path.cwd())
    matrix = [
        {"shard": name, "key": hashlib.sha256(f"{code}:{shard_input_hash(plan, args.docs, name)}".encode()).hexdigest()[:32]}
        for name in plan.builds()
    ]
    print(json.dumps({"all": matrix, "build": [m for m in matrix if m["shard"] in builds]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
