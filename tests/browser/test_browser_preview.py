"""The preview (`./scripts/site.sh serve`, as documented) shows a broken sidecar's problem over the page in the
browser, and its terminal stays free of per-page noise."""

from __future__ import annotations

import os
import re
import socket
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import expect
from support import ROOT

sys.path.insert(0, str(ROOT / "tests"))
from test_documented_commands import free_port, fresh_clone, start_preview  # noqa: E402


def wait_for(url_port: int, process, log: Path, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("the preview stopped:\n" + log.read_text())
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", url_port)) == 0:
                return
        time.sleep(0.3)
    raise AssertionError("the preview did not start:\n" + log.read_text())


def test_a_broken_sidecar_shows_over_the_page_and_the_terminal_stays_quiet(browser, tmp_path):
    clone = fresh_clone(tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    process = start_preview(clone, port, log)
    try:
        wait_for(port, process, log)
        context = browser.new_context()
        page = context.new_page()
        sidecar = clone / "seeds" / "000_f9c22195b0385aa0.yml"
        slug = next(line for line in sidecar.read_text().splitlines() if line.startswith("slug: ")).split(": ", 1)[1]
        # `mkdocs serve` mounts the site under site_url's path ("/summit-archive/" for this repository).
        mount = urlparse(re.search(r"^site_url:\s*(\S+)", (clone / "mkdocs.yml").read_text(), re.M).group(1)).path
        url = f"http://127.0.0.1:{port}{mount.rstrip('/')}/articles/{slug}/"
        page.goto(url)
        expect(page.locator("h1")).to_be_visible()
        expect(page.locator(".sa-build-problems")).to_have_count(0)
        # A contributor's slip: a key indented differently from its siblings.
        sidecar.write_text(sidecar.read_text().replace("\nmetadata:\n  outlet:", "\nmetadata:\n   outlet:", 1))
        box = page.locator(".sa-build-problems")
        for _ in range(120):
            page.goto(url)
            if box.count():
                break
            time.sleep(0.5)
        expect(box).to_be_visible()
        expect(box).to_contain_text("The archive build failed")
        expect(box.locator("li").first).to_contain_text("seeds/000_f9c22195b0385aa0.yml:")
        expect(page.locator("h1")).to_be_visible()  # the last good page is still there beneath
        context.close()
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=20)
    terminal = log.read_text()
    assert "seeds/000_f9c22195b0385aa0.yml:" in terminal  # what matters reaches the terminal
    assert "not included in the nav" not in terminal and "are not included in" not in terminal, terminal
