"""Shared test helpers: run the real build, serve a built site on loopback, launch Debian's Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import build_archive  # noqa: E402

PYTHON = sys.executable

# Flags that keep headless Chromium off the network and quiet on this closed machine.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return path


def run_build(*args: str, cwd: Path = ROOT, in_process: bool = True) -> subprocess.CompletedProcess:
    """Run build_archive.py's command line as a user would; returns the finished run (stdout/stderr as text).

    In this process by default (its main(), with the working folder and standard streams of a real run): a
    subprocess costs a Python start and every import, the largest part of a small build. in_process=False
    for what only a fresh process shows (PYTHONHASHSEED, worker processes forked from a clean parent)."""
    if not in_process or os.environ.get("SUMMIT_TEST_SUBPROCESS"):  # =1: every run a subprocess, as before
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        return subprocess.run([PYTHON, str(ROOT / "build_archive.py"), *args], cwd=cwd, capture_output=True, text=True, env=env)
    out, err = io.StringIO(), io.StringIO()
    before = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = build_archive.main(list(args))
            except SystemExit as exit:  # argparse's usage errors
                code = exit.code if isinstance(exit.code, int) else 1
    finally:
        os.chdir(before)
    return subprocess.CompletedProcess([PYTHON, "build_archive.py", *args], code, out.getvalue(), err.getvalue())


def build_site(seeds: Path, work: Path, registry: Path | None = None) -> Path:
    """Build docs and site from a seeds folder into work/ (hand-written docs pages copied in); return the site folder."""
    docs = work / "docs"
    if not docs.exists():
        copy_hand_written_docs(docs)
    args = [
        "--seeds",
        str(seeds),
        "--docs",
        str(docs),
        "--cache",
        str(work / "cache"),
        "--site",
        "--site-dir",
        str(work / "site"),
    ]
    if registry is not None:
        args += ["--registry", str(registry)]
    result = run_build(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(site: Path):
    """Serve a built site on 127.0.0.1 (a free port); yields the base URL ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium():
    """A Playwright Chromium browser (Debian's build: downloaded builds don't work here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# What the build generates under docs/ (left out when a test copies the hand-written pages).
GENERATED_DOCS = (
    ".archive-manifest.json",
    "articles",
    "data",
    "leaders",
    "outlets",
    "agreements",
    "timeline",
    "all",
    "feeds",
    "index.md",
)


def copy_hand_written_docs(dest: Path) -> None:
    """Copy docs/ without what the build generates: the hand-written pages and assets a test build starts from."""
    shutil.copytree(ROOT / "docs", dest, ignore=shutil.ignore_patterns(*GENERATED_DOCS))
