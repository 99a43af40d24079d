"""Every page type: axe-core finds no serious or critical problem in light and dark mode, phones get no
sideways scrolling, every control is reachable by keyboard, and screenshots land in test-output/screenshots/."""

from __future__ import annotations

import re

import pytest
from conftest import PHONE, axe_violations, screenshot
from playwright.sync_api import expect


def first_entity_page(site, kind: str) -> str:
    names = sorted(p.name for p in (site / kind).iterdir() if p.is_dir() and "-page-" not in p.name)
    assert names, f"no {kind} pages were built"
    return f"{kind}/{names[0]}/"


@pytest.fixture(scope="module")
def page_types(site, archive) -> dict[str, str]:
    """Page type -> path from the site root, found in the built site itself."""
    article = max(archive["articles"], key=lambda a: len(a["annotations"]))
    year = sorted(p.name for p in (site / "timeline").iterdir() if p.is_dir())[0]
    return {
        "home": "",
        "article": article["page"],
        "timeline": "timeline/",
        "timeline-year": f"timeline/{year}/",
        "leaders": "leaders/",
        "leader": first_entity_page(site, "leaders"),
        "outlet": first_entity_page(site, "outlets"),
        "agreement": first_entity_page(site, "agreements"),
        "all-articles": "all/",
        "search": "search/?q=Putin&leader=Xi+Jinping",
        "about": "about/",
        "how-to-annotate": "how-to-annotate/",
    }


PAGE_TYPES = [
    "home",
    "article",
    "timeline",
    "timeline-year",
    "leaders",
    "leader",
    "outlet",
    "agreement",
    "all-articles",
    "search",
    "about",
    "how-to-annotate",
]


def settle(page, kind: str) -> None:
    if kind == "search":
        expect(page.locator("#search-results .search-result").first).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe_finds_nothing_serious(open_page, page_types, kind, scheme):
    page = open_page(page_types[kind], color_scheme=scheme)
    settle(page, kind)
    expected_scheme = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected_scheme
    if kind == "article":
        # The notes stand in the margin; one lit by hovering its quote is checked too.
        expect(page.locator(".sa-margin .sa-note--margin").first).to_be_visible()
        page.locator("mark.sa-quote").first.hover()
        expect(page.locator(".sa-note.sa-lit")).to_have_count(1)
    screenshot(page, f"{kind}-desktop-{scheme}")
    problems = axe_violations(page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_phone_width_has_no_sideways_scrolling(open_page, page_types, kind):
    page = open_page(page_types[kind], viewport=PHONE)
    settle(page, kind)
    screenshot(page, f"{kind}-phone-light")
    overflow = page.evaluate(
        """() => [...document.querySelectorAll("body *")]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                           && !e.closest("[hidden], .md-sidebar, .md-nav, .md-tabs, .sa-scroll"))
              .map(e => e.tagName + "." + e.className).slice(0, 5)"""
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], overflow
    assert not overflow


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_phone_dark_screenshots(open_page, page_types, kind):
    page = open_page(page_types[kind], viewport=PHONE, color_scheme="dark")
    settle(page, kind)
    if kind == "article":  # a note open under its paragraph is checked too
        page.locator("mark.sa-quote").first.click()
        expect(page.locator(".sa-note--inline:not([hidden])")).to_have_count(1)
    screenshot(page, f"{kind}-phone-dark")
    problems = axe_violations(page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", ["home", "article", "search", "leader"])
def test_every_control_is_reachable_by_keyboard(open_page, page_types, kind):
    page = open_page(page_types[kind])
    settle(page, kind)
    controls = page.evaluate(
        """() => {
          const all = [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")];
          return all.filter(e => {
            if (e.tabIndex < 0 || e.disabled || e.closest("[popover]:not(:popover-open), [hidden]")) return false;
            const style = getComputedStyle(e);
            const box = e.getBoundingClientRect();
            return style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0;
          }).map((e, i) => { e.dataset.kbdId = String(i); return String(i); });
        }"""
    )
    assert len(controls) > 10
    reached = set()
    for _ in range(len(controls) * 2 + 20):
        page.keyboard.press("Tab")
        current = page.evaluate("document.activeElement && document.activeElement.dataset.kbdId")
        if current is not None:
            reached.add(current)
        if reached >= set(controls):
            break
    missing = page.evaluate(
        "ids => ids.map(i => document.querySelector(`[data-kbd-id='${i}']`).outerHTML.slice(0, 120))",
        sorted(set(controls) - reached, key=int),
    )
    assert not missing, "not reachable with Tab:\n" + "\n".join(missing)


def test_search_needs_javascript_and_says_so(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "search/")
        expect(page.locator(".sa-noscript")).to_have_text(
            "Search runs in your browser and needs JavaScript, which is turned off. Without it you can browse every "
            "article by year, by leader, outlet or agreement, or in the list of all articles."
        )
        expect(page.locator("#search-results")).to_be_hidden()
    finally:
        context.close()


def test_phone_menu_opens_and_closes_from_the_keyboard(open_page):
    page = open_page("", viewport=PHONE)
    menu = page.locator(".sa-drawer-button")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('sa-drawer-button')"):
            break
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    timeline = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Timeline")
    expect(timeline).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    expect(timeline).not_to_be_in_viewport()
    page.keyboard.press(" ")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(timeline).to_be_in_viewport()


# ---- index pages ----------------------------------------------------------------------------------


def test_no_page_says_one_articles(open_page, page_types):
    for kind in ("home", "timeline", "timeline-year", "leaders", "leader", "outlet", "agreement", "all-articles"):
        page = open_page(page_types[kind])
        text = page.locator("article").inner_text()
        assert not re.search(r"\b1 (articles|annotations|outlets)\b", text), kind


def test_the_leader_by_year_table_is_whole_at_1366(open_page):
    page = open_page("timeline/")
    region = page.locator(".sa-charts .sa-scroll")
    fits = region.evaluate("r => r.scrollWidth <= r.clientWidth + 1")
    assert fits, "the table is cut and needs sideways scrolling at 1366 px"
    last_year = page.locator(".sa-charts .sa-scroll thead th").last
    last_year.scroll_into_view_if_needed()
    assert last_year.bounding_box()["x"] + last_year.bounding_box()["width"] <= 1366


@pytest.mark.parametrize("path", ["timeline/", ""])
def test_no_chart_stands_beside_an_empty_cell(open_page, path):
    """Charts go two to a row at 1366 px: with an odd number of leader charts the last one stood alone on the left,
    half its row empty. Each row is now full, or holds one chart centred, as wide as the others."""
    page = open_page(path)
    boxes = page.evaluate(
        """() => {
          const grid = document.querySelector(".sa-charts").getBoundingClientRect();
          const figures = [...document.querySelectorAll(".sa-charts > figure.sa-chart")].slice(1);  // the leaders'
          return {left: grid.left, right: grid.right,
                  figures: figures.map(f => { const r = f.getBoundingClientRect(); return [r.top, r.left, r.right]; })};
        }"""
    )
    figures = boxes["figures"]
    assert len(figures) % 2 == 1, "the seeds no longer give an odd number of leader charts: this test checks nothing"
    rows: dict[int, list] = {}
    for top, left, right in figures:
        rows.setdefault(round(top), []).append((left, right))
    widths = [right - left for top, left, right in figures]
    assert max(widths) - min(widths) < 2, widths
    assert any(len(row) == 2 for row in rows.values()), "the charts no longer stand two to a row at 1366 px"
    for row in rows.values():
        if len(row) == 1:
            ((left, right),) = row
            middle, grid_middle = (left + right) / 2, (boxes["left"] + boxes["right"]) / 2
            assert abs(middle - grid_middle) < 2, f"a lone chart is not centred: {middle} against {grid_middle}"


def test_latest_articles_is_said_once_on_the_home_page(open_page):
    page = open_page("")
    shown = page.evaluate(
        """() => [...document.querySelectorAll("article h2, article caption")]
              .filter(e => e.textContent.trim() === "Latest articles")
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 2 && r.height > 2; }).length"""
    )
    assert shown == 1


def test_the_timeline_lists_the_articles_under_each_year(open_page, archive):
    page = open_page("timeline/")
    by_year: dict[str, list[str]] = {}
    for a in archive["articles"]:
        by_year.setdefault((a["date"]["value"] or "Undated")[:4], []).append(a["title"]["value"])
    for year, titles in by_year.items():
        heading = page.locator(f"h2#year-{year.lower()}")
        expect(heading).to_contain_text(year)
        listed = heading.locator("xpath=following-sibling::ul[1]").locator("a").all_text_contents()
        assert sorted(listed) == sorted(titles)[:10] or set(listed) <= set(titles)
        assert listed


def test_an_outlet_page_does_not_repeat_the_outlet_in_every_row(open_page, page_types):
    page = open_page(page_types["outlet"])
    headers = page.locator(".sa-table thead th").all_text_contents()
    assert "Outlet" not in headers and "Title" in headers


def test_the_about_page_links_its_downloads(open_page):
    page = open_page("about/")
    for name in ("data/archive.json", "data/annotations.jsonld"):
        link = page.get_by_role("link", name=name, exact=True)  # not "data/archive.jsonl" too
        expect(link).to_have_count(1)
        response = page.request.get(link.evaluate("a => a.href"))
        assert response.ok and response.headers["content-type"].startswith(("application/json", "application/ld+json"))
