"""The archive at N articles: build times against a floor, site build against bare MkDocs, search bytes.

    .venv/bin/python benchmarks/run.py                  # N = 1,000 and 10,000; writes benchmarks/results/n<N>.json
    .venv/bin/python benchmarks/run.py --n 50 --quick --out /tmp/bench

Each step runs in a fresh subprocess, timed by wall clock, and its peak memory is the largest resident
set of it or any of its children (os.wait4's rusage). Times are shown as ratios of a baseline measured
on the same machine in the same run, so that the targets hold on a slow machine as on a fast one:
  - read+write floor: read every input file, write the same bytes elsewhere (fastest of runs before and after the builds);
  - build_archive.py cold, no-op rebuild, rebuild after one sidecar edit: ratios of the floor;
  - bare `mkdocs build` of the same generated pages (Material, same nav, no plugins or hooks) and the
    full site build (archive + `mkdocs build --strict` with hooks + Pagefind): full as a ratio of bare;
  - the bytes Chromium downloads to open /search/ and show the first query's results and facets,
    served as a static host serves them (text gzipped, Pagefind's precompressed files as they are).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import mimetypes
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROJECT = ROOT  # the checkout being measured: this working tree, or an export of --commit
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402

PYTHON = sys.executable
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEARCH_PATH = "/search/"
SEARCH_INPUT = "#search-input"
SEARCH_RESULT = "#search-results .search-result"
# The page shows its facets once Pagefind is loaded; only then does it listen to the box (text typed
# earlier is replaced by the URL's ?q=), so the query is typed after they show.
SEARCH_FACETS = "#search-filters fieldset"
COMPLETE = "() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'"
QUERY = "putin"

# Targets, as the issue "The archive at 10,000 articles" states them.
TARGET_COLD = 5.0  # x floor
TARGET_NOOP = 1.0  # x floor
TARGET_EDIT = 1.0  # x floor
TARGET_SITE = 2.0  # x bare mkdocs build
TARGET_SEARCH_KB = 350
TARGET_FACETS = 4
TARGET_RSS_MB = 300

FLOOR_SCRIPT = """
import os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst)
for entry in os.scandir(src):
    with open(entry.path, "rb") as f:
        data = f.read()
    with open(os.path.join(dst, entry.name), "wb") as f:
        f.write(data)
"""


class StepFailed(RuntimeError):
    pass


# Runs one step and reports its wall time and the peak RSS of its process tree. It is a separate small
# process because Linux carries a process's high-water RSS across fork and exec: measured straight from
# run.py (which holds the corpus vocabulary), every step would seem at least as large as run.py.
LAUNCHER = """
import json, os, resource, subprocess, sys, time
load = os.getloadavg()[0]
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
figures = {"code": code, "seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024}
# CPU time of the step and every process it waited for: what the step costs, whatever else the machine runs.
figures["cpu_seconds"] = usage.ru_utime + usage.ru_stime
figures["load_average"] = [load, os.getloadavg()[0]]  # 1-minute load average as the step started and ended
with open(sys.argv[1], "w") as f:
    json.dump(figures, f)
"""


def measure(name: str, cmd: list[str], log_dir: Path) -> dict:
    """Run cmd from the repository root; its wall seconds and peak RSS (MB, children included)."""
    log, figures = log_dir / f"{name}.log", log_dir / f"{name}.json"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    os.sync()  # flush the previous step's writes, so that no step pays for another's
    with open(log, "wb") as out:
        # Its own session, so that an interrupted benchmark takes the whole step down with it.
        proc = subprocess.Popen(
            [PYTHON, "-c", LAUNCHER, str(figures), *cmd],
            cwd=PROJECT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        try:
            proc.wait()
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait()
    if proc.returncode != 0:
        raise StepFailed(f"{name}: the launcher exited with {proc.returncode}; log {log}")
    result = json.loads(figures.read_text(encoding="utf-8"))
    output = log.read_text(encoding="utf-8", errors="replace")
    if result["code"] != 0:
        tail = "\n".join(output.splitlines()[-30:])
        raise StepFailed(f"{name}: {' '.join(cmd)} exited with {result['code']}; log {log}:\n{tail}")
    return {
        "seconds": result["seconds"],
        "cpu_seconds": round(result["cpu_seconds"], 3),
        "load_average": [round(x, 1) for x in result["load_average"]],
        "peak_rss_mb": result["peak_rss_mb"],
        "output": output,
    }


def repeated(name: str, count: int, run) -> dict:
    """Run a step count times; report the fastest time (noise on a shared machine only ever adds) and the largest peak RSS."""
    runs = [run(i) for i in range(count)]
    return {
        "seconds": min(r["seconds"] for r in runs),
        "all_seconds": [round(r["seconds"], 3) for r in runs],
        "cpu_seconds": min(r["cpu_seconds"] for r in runs),
        "all_cpu_seconds": [r["cpu_seconds"] for r in runs],
        "load_average": [r["load_average"] for r in runs],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "output": runs[-1]["output"],
    }


def build_cmd(seeds: Path, docs: Path, cache: Path, site: Path | None = None) -> list[str]:
    # --timings: each build's stages (wall time, peak memory so far) are kept in the results as its profile.
    cmd = [PYTHON, "build_archive.py", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(cache), "--timings"]
    if site is not None:
        cmd += ["--site", "--site-dir", str(site)]
    return cmd


def hand_written_docs(dest: Path) -> None:
    """Start a docs folder as the project's own: its tracked pages (hand-written, not generated) copied in."""
    if PROJECT != ROOT:  # an export of a commit holds tracked files only
        shutil.copytree(PROJECT / "docs", dest)
        return
    listed = subprocess.run(["git", "ls-files", "-z", "docs"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8").split("\0")):
        target = dest / Path(name).relative_to("docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)


def edit_one_sidecar(seeds: Path, round_number: int) -> str:
    """Change the first annotation note of the first annotated sidecar; return the new note's marker."""
    for path in sorted(seeds.glob("*.yml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines):
            if line.startswith("    note: "):
                marker = f"Benchmark edit {round_number}"
                note = json.loads(line.removeprefix("    note: "))
                note = re.sub(r"^Benchmark edit \d+: ", "", note)
                lines[i] = "    note: " + json.dumps(f"{marker}: {note}", ensure_ascii=False)
                path.write_text("\n".join(lines), encoding="utf-8")
                return marker
    raise StepFailed(f"no sidecar with an annotation note in {seeds}")


def tree_contains(directory: Path, text: str) -> bool:
    needle = text.encode("utf-8")
    return any(p.is_file() and needle in p.read_bytes() for p in directory.rglob("*"))


def bare_mkdocs_config(work: Path, docs: Path, site: Path) -> Path:
    """A config that inherits the project's mkdocs.yml with plugins and hooks removed.

    MkDocs merges INHERIT with mergedeep's REPLACE strategy: a list in the child replaces the parent's,
    so `plugins: []` and `hooks: []` really remove them (an absent key would inherit them). Paths in a
    config resolve against the child's directory, so the theme's custom_dir is given absolute.
    """
    from mkdocs.utils.yaml import yaml_load

    with open(PROJECT / "mkdocs.yml", "rb") as f:
        project = yaml_load(f)
    config: dict = {
        "INHERIT": str(PROJECT / "mkdocs.yml"),
        "docs_dir": str(docs),
        "site_dir": str(site),
        "plugins": [],
        "hooks": [],
    }
    theme = project.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        config["theme"] = {"custom_dir": str((PROJECT / theme["custom_dir"]).resolve())}
    path = work / "mkdocs-bare.yml"
    path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")  # JSON is YAML
    return path


PAGEFIND_TIME = re.compile(r"pagefind\D{0,40}?(\d+(?:\.\d+)?)\s*(ms|s)\b", re.IGNORECASE)


def pagefind_seconds_from_log(output: str) -> float | None:
    """The build's own timing line for Pagefind, if it prints one (e.g. 'pagefind: 3.2 s')."""
    for line in output.splitlines():
        match = PAGEFIND_TIME.search(line)
        if match and "finished in" not in line.lower():
            value = float(match.group(1))
            return value / 1000 if match.group(2).lower() == "ms" else value
    return None


# -- the static server and the browser ------------------------------------------------------------

TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


class StaticHandler(SimpleHTTPRequestHandler):
    """Serves the built site as a static host does: text gzipped on the fly when the browser accepts it,
    Pagefind's .pf_* and .pagefind files as the raw (already gzipped) bytes. Counts bytes written, and when
    each request arrived (the clock the browser's Date.now() reads). `overlay` serves some paths from bytes
    instead of the site (another version of a script, measured on the same built site)."""

    site: Path
    counter: list  # [(path, header_bytes, body_bytes, status, arrived)]
    overlay: dict[str, bytes] = {}
    lock = threading.Lock()

    def log_message(self, *args) -> None:  # keep the benchmark's output to its table
        pass

    def flush_headers(self) -> None:
        self._header_bytes = sum(len(chunk) for chunk in getattr(self, "_headers_buffer", []))
        super().flush_headers()

    def _send(self, status: int, body: bytes, content_type: str, encoding: str | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        with self.lock:
            self.counter.append(
                (self.path, self._header_bytes, len(body) if self.command != "HEAD" else 0, status, self._arrived)
            )

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._arrived = time.time()
        path = unquote(urlsplit(self.path).path)
        if path in self.overlay:
            return self._send_file(Path(path), self.overlay[path])
        target = (self.site / path.lstrip("/")).resolve()
        if not str(target).startswith(str(self.site)):
            return self._send(403, b"forbidden", "text/plain", None)
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                with self.lock:
                    self.counter.append((self.path, self._header_bytes, 0, 301, self._arrived))
                return
            target = target / "index.html"
        if not target.is_file():
            page = self.site / "404.html"
            body = page.read_bytes() if page.is_file() else b"not found"
            return self._send(404, body, "text/html", None)
        return self._send_file(target, target.read_bytes())

    def _send_file(self, target: Path, body: bytes) -> None:
        if target.suffix.startswith(".pf_") or target.suffix == ".pagefind":
            return self._send(200, body, "application/octet-stream", None)
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith(TEXT_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self._send(200, gzip.compress(body, 6), content_type, "gzip")
        return self._send(200, body, content_type, None)

    do_HEAD = do_GET


def serve(site: Path, overlay: dict[str, bytes] | None = None) -> tuple[ThreadingHTTPServer, list]:
    counter: list = []
    handler = type("Handler", (StaticHandler,), {"site": site.resolve(), "counter": counter, "overlay": overlay or {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, counter


# The page marks its own moments (Date.now(), the clock of the server's arrival times): the query typed, the
# first results put in the list, the search complete (the list no longer busy). Playwright notices a result only
# at its next poll, a CDP round trip later: on a sharded site the page merges the other shards in the moment its
# first results are in the list, and their bundles arrive meanwhile (1.5 MB at 100,000 articles, counted as the
# first query's until the figures were taken from the page's own marks).
SEARCH_MARKS = """
window.saMarks = { typed: 0, first: 0, complete: 0, searches: 0, searchesFirst: 0 };
// Pagefind 1.5 searches in a worker: each search the page asks for is a message {method: "search"} to it.
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.method === "search" && window.saMarks.typed) window.saMarks.searches++;
  return post.call(this, message, ...rest);
};
document.addEventListener("input", (event) => {
  if (event.target.id === "search-input" && !window.saMarks.typed) window.saMarks.typed = Date.now();
}, true);
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("search-results");
  if (!list) return;
  new MutationObserver(() => {
    const marks = window.saMarks;
    if (!marks.typed) return;
    if (!marks.first && list.querySelector(".search-result")) [marks.first, marks.searchesFirst] = [Date.now(), marks.searches];
    if (marks.first && !marks.complete && list.getAttribute("aria-busy") === "false") marks.complete = Date.now();
  }).observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
});
"""


def search_in_browser(site: Path, query: str = QUERY, path: str = SEARCH_PATH, overlay: dict[str, bytes] | None = None) -> dict:
    """Open /search/ (or `path`) in a fresh Chromium, search once, wait for results and facets; count the bytes.
    `overlay`: paths served from these bytes instead of the site's files (e.g. another assets/archive.js)."""
    from playwright.sync_api import sync_playwright

    server, counter = serve(site, overlay)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    blocked: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()

                def only_local(route):
                    if route.request.url.startswith(base):
                        route.continue_()
                    else:
                        blocked.append(route.request.url)
                        route.abort()

                page.route("**/*", only_local)
                page.add_init_script(SEARCH_MARKS)
                page.goto(base + path, wait_until="load")
                page.wait_for_selector(SEARCH_INPUT, state="visible", timeout=30_000)
                page.wait_for_selector(SEARCH_FACETS, state="visible", timeout=60_000)
                facets_shown = page.locator(SEARCH_FACETS).count()
                start = time.perf_counter()
                page.fill(SEARCH_INPUT, query)
                page.wait_for_selector(SEARCH_RESULT, state="visible", timeout=600_000)
                seen_ms = (time.perf_counter() - start) * 1000
                with StaticHandler.lock:
                    seen = len(counter)  # what the server had sent when Playwright saw the first results
                # A sharded site that does not narrow shows the newest shard's results first, then every
                # shard's: the search is complete when the results list is no longer busy.
                page.wait_for_function(COMPLETE, timeout=900_000)
                page.wait_for_load_state("networkidle", timeout=60_000)
                marks = page.evaluate("window.saMarks")
                shown = page.locator(SEARCH_RESULT).count()
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    requests = sorted(counter, key=lambda r: r[4])
    # Asked for before the page put its first results in the list: what the first results cost.
    before = [r for r in requests if r[4] * 1000 <= marks["first"]]
    pagefind = [r for r in requests if "/pagefind/" in r[0]]
    filters = {r[0] for r in pagefind if r[0].endswith(".pf_filter")}
    total = sum(h + b for _, h, b, _, _ in requests)
    return {
        # to the first results in the page (what the reader waits for), and to the complete search
        "bytes": sum(h + b for _, h, b, _, _ in before),
        "pagefind_bytes": sum(h + b for path, h, b, _, _ in before if "/pagefind/" in path),
        "requests": len(before),
        "results_ms": marks["first"] - marks["typed"],
        "complete_bytes": total,
        "complete_pagefind_bytes": sum(h + b for _, h, b, _, _ in pagefind),
        "complete_requests": len(requests),
        "complete_ms": marks["complete"] - marks["typed"],
        # Pagefind searches the page ran (each over every bundle merged in by then): to the first results, in all
        "searches_first": marks["searchesFirst"],
        "searches": marks["searches"],
        # the earlier measure: what the server had sent when Playwright noticed the first results
        "seen_bytes": sum(h + b for _, h, b, _, _ in list(counter)[:seen]),
        "seen_ms": seen_ms,
        "facets": len(filters),
        "facets_shown": facets_shown,
        "results_shown": shown,
        "blocked_external": blocked,
        "first_paths": [path for path, *_ in before],
        "by_path": sorted(((path, h + b, status) for path, h, b, status, _ in requests), key=lambda r: -r[1]),
    }


def search_page_html(site: Path) -> str:
    page = site / SEARCH_PATH.strip("/") / "index.html"
    return page.read_text(encoding="utf-8", errors="replace") if page.is_file() else ""


# -- one benchmark at one N -----------------------------------------------------------------------


def benchmark(n: int, work: Path, repeat: int, browser: bool, seed: int = 0) -> dict:
    if work.exists():
        shutil.rmtree(work)
    logs = work / "logs"
    logs.mkdir(parents=True)
    seeds = work / "seeds"
    start = time.perf_counter()
    corpus = write_corpus(n, seeds, seed)
    corpus["seconds"] = round(time.perf_counter() - start, 2)
    print(
        f"corpus: {n} articles, {corpus['sidecars']} sidecars, {corpus['raw_bytes'] / 1e6:.1f} MB,"
        f" gzip ratio {corpus['gzip_ratio']:.2f}x ({corpus['seconds']} s)",
        flush=True,
    )
    steps: dict[str, dict] = {}

    def step(key: str, result: dict) -> dict:
        steps[key] = result
        cpu = f", CPU {result['cpu_seconds']:.2f} s" if "cpu_seconds" in result else ""
        print(f"  {key}: {result['seconds']:.2f} s{cpu}, peak RSS {result['peak_rss_mb']:.0f} MB", flush=True)
        return result

    def floor_run(i: int) -> dict:
        result = measure(f"floor-{i}", [PYTHON, "-c", FLOOR_SCRIPT, str(seeds), str(work / f"floor-{i}")], logs)
        shutil.rmtree(work / f"floor-{i}")
        return result

    # The floor swings with the disk's state (0.5 to 6 s at 10,000 files on the same machine): it is measured
    # before the builds and again after them, and the fastest run is the baseline, so no ratio flatters a build.
    floor_before = repeated("floor", repeat, floor_run)

    docs, cache = work / "docs", work / "cache"
    hand_written_docs(docs)
    hand_written_docs(work / "site-docs")
    step("cold", measure("cold", build_cmd(seeds, docs, cache), logs))
    step("noop", repeated("noop", repeat, lambda i: measure(f"noop-{i}", build_cmd(seeds, docs, cache), logs)))

    markers: list[str] = []

    def edit_and_build(i: int) -> dict:
        markers.append(edit_one_sidecar(seeds, i + 1))
        return measure(f"edit-{i}", build_cmd(seeds, docs, cache), logs)

    step("edit", repeated("edit", repeat, edit_and_build))
    steps["edit"]["edit_visible_in_docs"] = tree_contains(docs, markers[-1])
    floor_after = repeated("floor", repeat, lambda i: floor_run(repeat + i))
    step(
        "floor",
        {
            "seconds": min(floor_before["seconds"], floor_after["seconds"]),
            "all_seconds": floor_before["all_seconds"] + floor_after["all_seconds"],
            "peak_rss_mb": max(floor_before["peak_rss_mb"], floor_after["peak_rss_mb"]),
        },
    )

    config = bare_mkdocs_config(work, docs, work / "bare-site")
    step("bare_mkdocs", measure("bare-mkdocs", [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(config)], logs))

    site = work / "site"
    full = step("full_site", measure("full-site", build_cmd(seeds, work / "site-docs", work / "site-cache", site), logs))
    logged = pagefind_seconds_from_log(full["output"])
    if logged is not None:
        steps["pagefind"] = {"seconds": logged, "peak_rss_mb": 0.0, "source": "the full build's own timing line"}
    else:  # index the same site again, into a scratch bundle, to time Pagefind alone
        steps["pagefind"] = measure(
            "pagefind", [PYTHON, "-m", "pagefind", "--site", str(site), "--output-path", str(work / "pagefind-scratch")], logs
        )
        steps["pagefind"]["source"] = "a separate run of pagefind on the built site"
    print(f"  pagefind: {steps['pagefind']['seconds']:.2f} s ({steps['pagefind']['source']})", flush=True)

    search: dict | None = None
    search_skipped = ""
    if not browser:
        search_skipped = "browser step not requested"
    elif not re.search(r"""\bid=["']?search-input\b""", search_page_html(site)):  # quoted or, minified, not
        search_skipped = f"the site has no {SEARCH_PATH} page with {SEARCH_INPUT}"
    else:
        try:
            search = search_in_browser(site)
            from phrase_search import check as phrase_check  # it imports this module: import it here

            search["phrase"] = phrase_check(site, 5)
        except Exception as err:  # keep the build figures of a long run; the row says what failed
            search_skipped = f"browser step failed: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"
            print(f"  search: {search_skipped}", flush=True)
    if search is not None:
        print(
            f"  search: {search['bytes'] / 1024:.0f} KB in {search['requests']} requests, {search['facets_shown']} facets",
            flush=True,
        )
    for value in steps.values():
        output = value.pop("output", "")
        stages = [line.removeprefix("timing: ") for line in output.splitlines() if line.startswith("timing: ")]
        if stages:
            value["stages"] = stages
    return {"n": n, "corpus": corpus, "steps": steps, "search": search, "search_skipped": search_skipped}


def rows_of(result: dict) -> list[dict]:
    """The table: one row per figure, each with its ratio, target and pass/miss where the issue sets one."""
    s = result["steps"]
    floor, bare = s["floor"]["seconds"], s["bare_mkdocs"]["seconds"]

    def row(name, value, unit, base=None, base_name="", target=None, rss=None, note="", higher_is_worse=True):
        ratio = value / base if base else None
        measured = ratio if base else value
        status = ""
        if target is not None and measured is not None:
            status = "pass" if (measured <= target if higher_is_worse else measured >= target) else "miss"
        return {
            "step": name,
            "value": round(value, 3),
            "unit": unit,
            "ratio": None if ratio is None else round(ratio, 2),
            "of": base_name,
            "target": target,
            "status": status,
            "peak_rss_mb": None if rss is None else round(rss, 1),
            "note": note,
        }

    edit_note = "" if s["edit"].get("edit_visible_in_docs") else "edited note NOT found in docs"
    rows = [
        row("read+write floor", floor, "s", rss=s["floor"]["peak_rss_mb"]),
        row("build_archive cold", s["cold"]["seconds"], "s", floor, "floor", TARGET_COLD, s["cold"]["peak_rss_mb"]),
        row("no-op rebuild", s["noop"]["seconds"], "s", floor, "floor", TARGET_NOOP, s["noop"]["peak_rss_mb"]),
        row("one-sidecar edit", s["edit"]["seconds"], "s", floor, "floor", TARGET_EDIT, s["edit"]["peak_rss_mb"], edit_note),
        row("build_archive peak RSS", s["cold"]["peak_rss_mb"], "MB", target=TARGET_RSS_MB),
        row("bare mkdocs build", bare, "s", rss=s["bare_mkdocs"]["peak_rss_mb"]),
        row("full site build", s["full_site"]["seconds"], "s", bare, "bare mkdocs", TARGET_SITE, s["full_site"]["peak_rss_mb"]),
        row(
            "  of which Pagefind",
            s["pagefind"]["seconds"],
            "s",
            s["full_site"]["seconds"],
            "full site",
            rss=s["pagefind"]["peak_rss_mb"] or None,
            note=s["pagefind"]["source"],
        ),
    ]
    search = result["search"]
    if search is not None:
        kb = search["bytes"] / 1024
        first = row("first search query", kb, "KB", target=TARGET_SEARCH_KB)
        if first["status"] == "pass" and search["facets_shown"] != TARGET_FACETS:
            first["status"] = "miss"
        first["note"] = (
            f"{search['facets_shown']} facets shown ({search['facets']} filter files), {search['results_shown']} results,"
            f" {search['requests']} requests, Pagefind {search['pagefind_bytes'] / 1024:.0f} KB"
        )
        rows.append(first)
        rows.append(row("  time to results", search["results_ms"], "ms", note=f"query '{QUERY}'"))
        phrase = search.get("phrase")
        if phrase:
            found = row("phrase finds its article", phrase["found"], "of 5")
            found["status"] = "pass" if phrase["found"] == phrase["asked"] else "miss"
            found["note"] = "six words of a body paragraph, unique in the archive; first result checked"
            rows.append(found)
    else:
        status = "failed" if result["search_skipped"].startswith("browser step failed") else "skipped"
        rows.append(
            {"step": "first search query", "value": None, "unit": "KB", "status": status, "note": result["search_skipped"]}
        )
    return rows


def format_table(result: dict) -> str:
    c = result["corpus"]
    lines = [
        f"N = {result['n']} articles ({c['sidecars']} sidecars, {c['raw_bytes'] / 1e6:.1f} MB raw, gzip ratio {c['gzip_ratio']:.2f}x)",
        f"{'step':<24} {'value':>10} {'ratio':>14} {'target':>8} {'':>6} {'peak RSS':>9}  note",
    ]
    for r in result["rows"]:
        value = (
            "-"
            if r["value"] is None
            else f"{r['value']:.2f} {r['unit']}"
            if r["unit"] == "s"
            else f"{r['value']:.0f} {r['unit']}"
        )
        ratio = f"{r['ratio']:.2f}x {r['of']}" if r.get("ratio") is not None else ""
        unit = "x" if r.get("of") else f" {r['unit']}"
        target = f"<={r['target']:g}{unit}" if r.get("target") is not None else ""
        rss = f"{r['peak_rss_mb']:.0f} MB" if r.get("peak_rss_mb") else ""
        lines.append(f"{r['step']:<24} {value:>10} {ratio:>14} {target:>8} {r['status']:>6} {rss:>9}  {r.get('note', '')}")
    return "\n".join(lines)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def export_commit(rev: str, dest: Path) -> str:
    """Write the tree of commit rev into dest (no .git); return the commit's full hash."""
    commit = git("rev-parse", "--verify", f"{rev}^{{commit}}")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return commit


def source_of_code(commit: str | None) -> dict:
    if commit:
        return {"git_commit": commit, "tree": "exported commit (--commit)"}
    try:
        changed = [line for line in git("status", "--porcelain", "--untracked-files=no").splitlines() if line]
        return {"git_commit": git("rev-parse", "HEAD"), "tree": f"working tree, {len(changed)} tracked file(s) modified"}
    except (OSError, subprocess.CalledProcessError):
        return {"git_commit": "", "tree": "working tree"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the archive build, the site build and search at N articles.")
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (default: 1000 10000)")
    parser.add_argument("--quick", action="store_true", help="run each step once (default: floor, no-op and edit 3 times)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the cheap steps; the fastest is reported")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium search measurement")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="where n<N>.json is written")
    parser.add_argument("--work", type=Path, default=HERE / "work", help="scratch directory (replaced)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--commit", help="measure this commit (exported to the work folder) instead of the working tree")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind, so the running step is stopped too
    global PROJECT
    commit = None
    if args.commit:
        commit = export_commit(args.commit, (args.work / "tree").resolve())
        PROJECT = (args.work / "tree").resolve()
        print(f"measuring commit {commit} (exported to {PROJECT})", flush=True)
    repeat = 1 if args.quick else args.repeat
    args.out.mkdir(parents=True, exist_ok=True)
    for n in args.n:
        print(f"== N = {n}", flush=True)
        try:
            result = benchmark(n, (args.work / f"n{n}").resolve(), repeat, not args.no_browser, args.seed)
        except StepFailed as err:
            print(f"benchmark failed: {err}", file=sys.stderr)
            return 1
        result["rows"] = rows_of(result)
        result["machine"] = {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            **source_of_code(commit),
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "repeat": repeat,
            "load_average_after": [round(x, 1) for x in os.getloadavg()],  # a busy machine makes every time noisy
        }
        table = format_table(result)
        print(table, flush=True)
        result["table"] = table.splitlines()
        out = args.out / f"n{n}.json"
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
