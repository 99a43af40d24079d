"""The search page shows results ten at a time: it fetches only the shown results' fragments, and
"Show more results" fetches and shows the next ten. Needs more articles than the five seeds: a seeded
synthetic corpus of 25 (benchmarks/make_corpus.py), built and served for this module alone."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_corpus import write_corpus  # noqa: E402
from support import build_site, serve  # noqa: E402

ARTICLES = 25
WORD = "the"  # in every synthetic article: the search finds all of them
RESULTS = "#search-results .search-result"


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("corpus-site")
    write_corpus(ARTICLES, work / "seeds")
    return build_site(work / "seeds", work)


@pytest.fixture(scope="module")
def base_url(corpus_site):  # open_page (conftest.py) opens pages of this site in this module
    with serve(corpus_site) as url:
        yield url


def test_results_come_ten_at_a_time_and_only_shown_ones_are_fetched(open_page, corpus_site):
    archive = json.loads((corpus_site / "data" / "archive.json").read_text(encoding="utf-8"))

    # A result's title is the article's title, or "Untitled article" with its outlet and date when it has none (as on the
    # page; never the raw file's name).
    def heading(a: dict) -> str:
        outlet = f" from {a['outlet']['value']}" if a["outlet"]["value"] else ""
        date = f", {a['date']['value']}" if a["date"]["value"] else ""
        return a["title"]["value"] or f"Untitled article{outlet}{date}"

    titles = [heading(a) for a in archive["articles"]]
    assert all(Path(a["source_file"]).name not in titles for a in archive["articles"])
    texts = [(corpus_site / "data" / "text" / f"{a['slug']}.txt").read_text(encoding="utf-8") for a in archive["articles"]]
    assert len(texts) == ARTICLES and all(re.search(rf"\b{WORD}\b", t, re.IGNORECASE) for t in texts)

    page = open_page("search/")
    expect(page.locator("#search-filters fieldset").first).to_be_visible()  # Pagefind has loaded; nothing searched yet
    fragments: list[str] = []  # Pagefind fetches them in its web worker; Playwright reports those requests too
    page.on("request", lambda r: r.url.endswith(".pf_fragment") and fragments.append(r.url))
    page.fill("#search-input", WORD)
    page.press("#search-input", "Enter")
    results = page.locator(RESULTS)
    more = page.locator("#search-more")
    expect(page.locator("#search-status")).to_have_text(f"{ARTICLES} articles found for “{WORD}”.")
    expect(results).to_have_count(10)
    expect(more).to_be_visible()
    expect(more).to_have_text("Show more results")
    assert len(fragments) == 10  # one fragment per shown result, none for the 15 not shown

    more.click()
    expect(results).to_have_count(20)
    assert len(fragments) == 20
    more.click()
    expect(results).to_have_count(ARTICLES)
    expect(more).to_be_hidden()
    assert len(fragments) == ARTICLES
    shown = page.locator(f"{RESULTS} .search-result__title a").all_text_contents()
    assert sorted(shown) == sorted(titles)
