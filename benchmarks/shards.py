"""The archive as shards at scale (issue 15): every shard built one at a time, with its wall time and peak memory.

    .venv/bin/python benchmarks/shards.py --n 10000                      corpus, archive, every shard, hub, search
    .venv/bin/python benchmarks/shards.py --n 100000 --only 2019,2020    two shards more of the same run (resumable)
    .venv/bin/python benchmarks/shards.py --n 300 --no-browser --out /tmp/b   the smoke test's run
    .venv/bin/python benchmarks/shards.py --n 100000 --search-site SITE --queries putin,"gas pipeline" --repeat 2 \
        [--archive-js FILE --label before]                                    the search alone, on an assembled site

Each step is a fresh subprocess measured by run.py's launcher (wall time, peak RSS of the process tree):
the archive build (`build_archive.py`, docs only), then each shard and the hub with `python -m archive.shards
build` (mkdocs build --strict and that shard's Pagefind), then `assemble`. A run keeps its work folder
(benchmarks/work/shards-n<N>/) and its figures in benchmarks/results/shards-n<N>.json: `--only` builds the
named shards (or "hub") and adds them, so that a 100,000-article archive is built one or two shards at a time
on a small machine. The search step (Chromium, as run.py measures it) runs once every build is there: the
bytes and time to the first results of a reader who does not narrow, and of one who narrows to the newest
year, and a phrase unique to one article found first (five articles spread over the shards).
`--search-site` measures only the search, on a site already assembled, for some queries, each unnarrowed and
narrowed to the newest shard, `--repeat` times (run again under the same label, the runs add up); `--archive-js` serves another version of docs/assets/archive.js
in place of the site's own (the same bundles searched by another page's code). Figures go to
results/shards-n<N>-search.json, under `--label`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import run as single  # noqa: E402  (run.py: the launcher, the static server, the Chromium search)
from make_corpus import write_corpus  # noqa: E402

from archive.shards import HUB, plan_shards  # noqa: E402

PYTHON = sys.executable
PAGEFIND_TIME = single.PAGEFIND_TIME


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder: what a host must hold."""
    size = files = 0
    for path in folder.rglob("*"):
        if path.is_file():
            size += path.stat().st_size
            files += 1
    return size, files


def save(results: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def prepare(n: int, work: Path, results: dict, seed: int) -> None:
    """The corpus and the archive build (docs/), once per work folder."""
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    seeds = work / "seeds"
    if "corpus" not in results:
        if seeds.exists():
            shutil.rmtree(seeds)
        started = time.perf_counter()
        results["corpus"] = write_corpus(n, seeds, seed) | {"seconds": round(time.perf_counter() - started, 1)}
        print(f"corpus: {n} articles in {results['corpus']['seconds']} s", flush=True)
    if "archive" not in results:
        docs = work / "docs"
        if docs.exists():
            shutil.rmtree(docs)
        single.hand_written_docs(docs)
        step = single.measure("archive", single.build_cmd(seeds, docs, work / "cache"), logs)
        results["archive"] = {"seconds": round(step["seconds"], 2), "peak_rss_mb": round(step["peak_rss_mb"], 1)}
        print(f"archive build: {step['seconds']:.1f} s, {step['peak_rss_mb']:.0f} MB", flush=True)


def build(name: str, work: Path, shard_by: str) -> dict:
    part = work / "parts" / name
    cmd = [PYTHON, "-m", "archive.shards", "build", "--shard-by", shard_by, "--shard", name]
    cmd += ["--docs", str(work / "docs"), "--site-dir", str(part), "--cache", str(work / "cache")]
    step = single.measure(f"build-{name}", cmd, work / "logs")
    size, files = tree_size(part)
    found = PAGEFIND_TIME.search(step["output"])
    figures = {
        "seconds": round(step["seconds"], 2),
        "peak_rss_mb": round(step["peak_rss_mb"], 1),
        "pagefind_seconds": float(found.group(1)) if found else None,
        "bytes": size,
        "files": files,
    }
    print(
        f"  {name}: {figures['seconds']:.1f} s, {figures['peak_rss_mb']:.0f} MB, {size / 1e6:.1f} MB in {files} files",
        flush=True,
    )
    return figures


KEEP = ("bytes", "pagefind_bytes", "requests", "facets_shown", "results_shown", "results_ms")
KEEP += ("complete_bytes", "complete_pagefind_bytes", "complete_requests", "complete_ms", "seen_bytes", "seen_ms")
KEEP += ("searches_first", "searches")


def search_only(site: Path, queries: list[str], repeat: int, archive_js: Path | None) -> dict:
    """Each query unnarrowed and narrowed to the newest shard, `repeat` times, on an assembled site."""
    shards = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    newest = shards[0]["name"]
    overlay = {"/assets/archive.js": archive_js.read_bytes()} if archive_js else None
    out: dict = {}
    for query in queries:
        for label, path in (("all_years", "/search/"), (f"narrowed_to_{newest}", f"/search/?shard={newest}")):
            runs = out.setdefault(query, {}).setdefault(label, [])
            for _ in range(repeat):
                load = [round(x, 1) for x in os.getloadavg()]
                got = single.search_in_browser(site, query, path, overlay)
                runs.append({k: round(got[k]) if isinstance(got[k], float) else got[k] for k in KEEP} | {"load_average": load})
                print(
                    f"{query!r:16} {label:20} first {got['bytes'] / 1024:6.0f} KB {got['results_ms']:7.0f} ms "
                    f"({got['requests']} requests; Playwright saw {got['seen_bytes'] / 1024:.0f} KB at {got['seen_ms']:.0f} ms), "
                    f"complete {got['complete_bytes'] / 1024:6.0f} KB {got['complete_ms']:7.0f} ms, load {load[0]}",
                    flush=True,
                )
    return out


def search(site: Path, newest: str) -> dict:
    from phrase_search import check as phrase_check

    whole = single.search_in_browser(site)
    narrowed = single.search_in_browser(site, path=f"/search/?shard={newest}")
    keep = KEEP
    return {
        "all_years": {k: whole[k] for k in keep} | {"largest": whole["by_path"][:8]},
        f"narrowed_to_{newest}": {k: narrowed[k] for k in keep},
        "phrase": phrase_check(site, 5),
    }


def table(results: dict) -> list[str]:
    lines = [f"N = {results['n']} articles as shards by {results['shard_by']}"]
    archive = results.get("archive")
    if archive:
        rss = f"{archive['peak_rss_mb']:7.0f} MB" if archive.get("peak_rss_mb") is not None else "      -   "
        lines.append(f"{'archive build (docs)':28} {archive['seconds']:9.1f} s {rss}  {archive.get('note', '')}".rstrip())
    lines.append(f"{'build':28} {'wall':>9}   {'peak RSS':>7}    {'site MB':>7} {'files':>7} {'articles':>8}  pagefind")
    for name, b in results.get("builds", {}).items():
        pf = f"{b['pagefind_seconds']:.1f} s" if b.get("pagefind_seconds") is not None else "-"
        lines.append(
            f"{name:28} {b['seconds']:9.1f} s {b['peak_rss_mb']:7.0f} MB {b['bytes'] / 1e6:8.1f} {b['files']:7} "
            f"{results['articles'].get(name, 0):8}  {pf}"
        )
    site = results.get("site")
    if site:
        lines.append(
            f"{'assembled site':28} {site['assemble_seconds']:9.1f} s {'':10} {site['bytes'] / 1e6:8.1f} {site['files']:7} "
            f"{results['n']:8}  {site['bytes'] / results['n'] / 1024:.1f} KB an article"
        )
    for label, s in (results.get("search") or {}).items():
        if label != "phrase":
            lines.append(
                f"{'search: ' + label:28} {s['bytes'] / 1024:7.0f} KB to first results in {s['results_ms']:.0f} ms, "
                f"{s['requests']} requests (Pagefind {s['pagefind_bytes'] / 1024:.0f} KB)"
            )
            if "complete_bytes" in s:
                lines.append(
                    f"{'  complete (every shard)':28} {s['complete_bytes'] / 1024:7.0f} KB in {s['complete_ms']:.0f} ms, "
                    f"{s['complete_requests']} requests"
                )
    phrase = (results.get("search") or {}).get("phrase")
    if phrase:
        lines.append(f"{'phrase finds its article':28} {phrase['found']} of {phrase['asked']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--shard-by", default="year", choices=("year", "decade"))
    parser.add_argument("--only", help="build only these shards (comma-separated; 'hub' for the hub), then stop")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="work folder (default benchmarks/work/shards-n<N>)")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="folder for shards-n<N>.json")
    parser.add_argument("--search-site", type=Path, help="measure only the search, on this assembled site")
    parser.add_argument("--queries", default="putin", help="with --search-site: comma-separated queries")
    parser.add_argument("--repeat", type=int, default=1, help="with --search-site: runs of each")
    parser.add_argument("--archive-js", type=Path, help="with --search-site: serve this file as assets/archive.js")
    parser.add_argument("--label", default="this checkout", help="with --search-site: the figures' name")
    args = parser.parse_args(argv)
    if args.search_site:
        out = args.out / f"shards-n{args.n}-search.json"
        results = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
        code = args.archive_js.read_bytes() if args.archive_js else (args.search_site / "assets" / "archive.js").read_bytes()
        queries = search_only(args.search_site, args.queries.split(","), args.repeat, args.archive_js)
        earlier = results.get(args.label, {}).get("queries", {})  # a label measured again: its runs added
        for query, modes in earlier.items():
            for mode, runs in modes.items():
                queries.setdefault(query, {})[mode] = runs + queries.get(query, {}).get(mode, [])
        results[args.label] = {
            "archive_js_sha256": hashlib.sha256(code).hexdigest(),
            "queries": queries,
            "machine": {
                "cpus": os.cpu_count(),
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "git_commit": single.git("rev-parse", "HEAD"),
            },
        }
        save(results, out)
        return 0
    work = args.work or HERE / "work" / f"shards-n{args.n}"
    out = args.out / f"shards-n{args.n}.json"
    results = json.loads(out.read_text(encoding="utf-8")) if out.is_file() and (work / "docs").is_dir() else {}
    results.update(n=args.n, shard_by=args.shard_by)
    prepare(args.n, work, results, args.seed)
    plan = plan_shards(work / "docs", args.shard_by)
    results["articles"] = dict(plan.articles)
    builds = results.setdefault("builds", {})
    wanted = args.only.split(",") if args.only else plan.builds()
    for name in wanted:
        builds[name] = build(name, work, args.shard_by)
        save(results, out)
    missing = [name for name in plan.builds() if name not in builds or not (work / "parts" / name).is_dir()]
    if missing:
        print(f"not built yet: {', '.join(missing)} (run again with --only)", flush=True)
    else:
        site = work / "site"
        started = time.perf_counter()
        parts = [str(work / "parts" / name) for name in plan.builds()]
        subprocess.run([PYTHON, "-m", "archive.shards", "assemble", "--site-dir", str(site), *parts], check=True, cwd=HERE.parent)
        size, files = tree_size(site)
        results["site"] = {"assemble_seconds": round(time.perf_counter() - started, 1), "bytes": size, "files": files}
        largest = max((b for k, b in builds.items() if k != HUB), key=lambda b: b["peak_rss_mb"])
        results["largest_shard"] = largest
        if not args.no_browser:
            results["search"] = search(site, plan.shards[0])
    results["machine"] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average_after": [round(x, 1) for x in os.getloadavg()],
        "git_commit": single.git("rev-parse", "HEAD"),
    }
    results["table"] = table(results)
    save(results, out)
    print("\n".join(results["table"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
