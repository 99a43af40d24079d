"""Browser tests: the real site, built once per session from seeds/, served on 127.0.0.1, in Debian's Chromium.

Every page a test opens records its console errors, uncaught exceptions and requests; the `page`
fixture fails the test if any error was logged or any request left 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for support.py

from support import ROOT, chromium, serve  # noqa: E402

HERE = Path(__file__).resolve().parent
SCREENSHOTS = ROOT / "test-output" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


# One Chromium for all the tests here. Playwright's sync API allows one instance per thread, so it is
# stopped as soon as the run leaves tests/browser/ (see pytest_runtest_teardown): other test files
# start their own.
_running = {"stack": None, "browser": None}


def _stop_browser() -> None:
    if _running["stack"] is not None:
        _running["stack"].close()
    _running.update(stack=None, browser=None)


@pytest.fixture
def browser():
    if _running["browser"] is None:
        stack = contextlib.ExitStack()
        _running.update(browser=stack.enter_context(chromium()), stack=stack)
    return _running["browser"]


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    if nextitem is None or HERE not in Path(nextitem.path).parents:
        _stop_browser()


@dataclass
class PageLog:
    errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser, base_url):
    """open_page(path, color_scheme='light', viewport=DESKTOP) -> a Playwright page at base_url + path.

    Checked at the end of the test: no console error, no page error, no failed request, and no
    request to any host but 127.0.0.1.
    """
    contexts, logs = [], []
    own_host = urlsplit(base_url).hostname

    def _open(path: str = "", color_scheme: str = "light", viewport: dict = DESKTOP):
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme)
        contexts.append(context)
        log = PageLog()
        logs.append(log)
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and log.errors.append(f"console: {m.text} ({page.url})"))
        page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e} ({page.url})"))

        def on_request(request):
            host = urlsplit(request.url).hostname
            if request.url.startswith(("data:", "blob:")):
                return
            if host != own_host:
                log.foreign_requests.append(request.url)

        page.on("request", on_request)
        # ERR_ABORTED: a request cut short because the page navigated on (e.g. a submitted search), not a failure.
        page.on(
            "requestfailed",
            lambda r: "ERR_ABORTED" not in (r.failure or "") and log.failed_requests.append(f"{r.url}: {r.failure}"),
        )
        page.on("response", lambda r: r.status >= 400 and log.failed_requests.append(f"{r.url}: HTTP {r.status}"))
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        return page

    yield _open
    logs = [PageLog(list(log.errors), list(log.foreign_requests), list(log.failed_requests)) for log in logs]
    for context in contexts:
        context.close()
    errors = [e for log in logs for e in log.errors]
    foreign = [u for log in logs for u in log.foreign_requests]
    failed = [u for log in logs for u in log.failed_requests]
    assert not errors, "errors in the browser console:\n" + "\n".join(errors)
    assert not foreign, "requests to hosts other than 127.0.0.1:\n" + "\n".join(foreign)
    assert not failed, "failed requests:\n" + "\n".join(failed)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page, impacts=("serious", "critical")) -> list[str]:
    """Run axe-core on the page; the serious and critical violations as readable lines."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for violation in result["violations"]:
        if violation["impact"] not in impacts:
            continue
        for node in violation["nodes"]:
            lines.append(f"{violation['id']} ({violation['impact']}): {node['target']} — {node.get('failureSummary', '')[:300]}")
    return lines
