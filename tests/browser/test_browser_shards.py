"""A sharded site in the browser (issue 15): 200 synthetic articles over four years (and the undated ones),
built once as one site and once as shards (one MkDocs build and Pagefind bundle a year, and a hub), both with
the real MkDocs, Pagefind and Chromium. The same URLs and page text; the same search results for a set of
queries; a phrase unique to one article found first whatever its shard; narrowing to years loads only those
years' bundles.

Marked slow: about half a minute on an idle 2-core machine (two site builds of 200 articles, six MkDocs runs
for the shards); `pytest -m "not slow"` leaves it out."""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect
from support import ROOT, run_build, serve

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import write_corpus  # noqa: E402

pytestmark = pytest.mark.slow

ARTICLES = 200
YEARS = (2019, 2022)
RESULTS = "#search-results .search-result__title a"
SHARDS_META = '<meta name="sa-search-shards" content="pagefind/shards.json">\n'  # its line (pages squeezed: htmlspace.py)


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("shards-200")
    write_corpus(ARTICLES, work / "seeds", seed=15, years=YEARS)
    docs = work / "docs"
    docs.mkdir()
    for name in ("about.md", "how-to-annotate.md", "search.md", "assets"):
        (shutil.copytree if (ROOT / "docs" / name).is_dir() else shutil.copyfile)(ROOT / "docs" / name, docs / name)
    common = ("--seeds", str(work / "seeds"), "--docs", str(docs), "--cache", str(work / "cache"), "--site", "--quiet")
    single = run_build(*common, "--site-dir", str(work / "single"))
    assert single.returncode == 0, single.stderr
    sharded = run_build(*common, "--shard-by", "year", "--site-dir", str(work / "sharded"))
    assert sharded.returncode == 0, sharded.stderr
    return {"single": work / "single", "sharded": work / "sharded"}


@pytest.fixture(scope="module")
def served(sites):
    with serve(sites["single"]) as single, serve(sites["sharded"]) as sharded:
        yield {"single": single, "sharded": sharded}


@pytest.fixture(scope="module")
def archive(sites) -> dict:
    return json.loads((sites["single"] / "data" / "archive.json").read_text(encoding="utf-8"))


def pages(site: Path) -> dict[str, Path]:
    return {
        p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file() and not p.parts[len(site.parts)] == "pagefind"
    }


def test_the_sharded_site_has_every_page_at_the_same_url_with_the_same_text(sites):
    one, many = pages(sites["single"]), pages(sites["sharded"])
    assert sorted(one) == sorted(many)
    assert len([p for p in one if p.startswith("articles/")]) == ARTICLES
    for rel in one:
        if rel.startswith("sitemap.xml"):
            continue
        assert many[rel].read_bytes().replace(SHARDS_META.encode(), b"") == one[rel].read_bytes(), rel
    shards = json.loads((sites["sharded"] / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    assert [s["name"] for s in shards] == ["2022", "2021", "2020", "2019", "undated"]
    assert sum(s["articles"] for s in shards) == ARTICLES


class Browser:
    """One site's search page in Chromium; fails on any console error or failed request."""

    def __init__(self, browser, base_url: str) -> None:
        self.context = browser.new_context(viewport={"width": 1366, "height": 900})
        self.page = self.context.new_page()
        self.base = base_url
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("response", lambda r: r.status >= 400 and self.errors.append(f"{r.url}: HTTP {r.status}"))
        self.page.on("request", lambda r: self.requests.append(r.url[len(base_url) :]))

    def open(self, query: str = "") -> None:
        self.requests.clear()
        self.page.goto(self.base + "search/" + query)
        self.wait(0)

    def wait(self, after: int) -> int:
        self.page.wait_for_function(
            """n => { const list = document.getElementById("search-results");
                      return list.getAttribute("aria-busy") === "false" && Number(list.dataset.run || 0) > n; }""",
            arg=after,
        )
        return int(self.page.locator("#search-results").get_attribute("data-run") or 0)

    def search(self, query: str, every: int = 40) -> tuple[str, list[str], str]:
        """The status line, the results' URLs (in order; "Show more" pressed to the end when they are at most
        `every`) and the facet counts."""
        before = int(self.page.locator("#search-results").get_attribute("data-run") or 0)
        self.page.fill("#search-input", query)
        self.page.press("#search-input", "Enter")
        self.wait(before)
        more = self.page.locator("#search-more")
        shown = re.match(r"(\d+)", self.page.inner_text("#search-status"))
        while more.is_visible() and shown and int(shown.group(1)) <= every:
            count = self.page.locator(RESULTS).count()
            more.click()
            self.page.wait_for_function("([css, n]) => document.querySelectorAll(css).length > n", arg=[RESULTS, count])
        urls = [self.page.locator(RESULTS).nth(i).get_attribute("href") for i in range(self.page.locator(RESULTS).count())]
        return self.page.inner_text("#search-status"), urls, self.page.inner_text("#search-filters")

    def close(self) -> None:
        self.context.close()
        assert not self.errors, self.errors


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text)


# Names and words every shard holds, parts of words (being typed) and words no article has ("silk": Pagefind then
# matches the longest indexed word it starts with, which a shard may not hold: see searchArchive in archive.js).
NAMED = ["putin", "xi jinping", "belt and road", "power of siberia", "pipeline", "eaeu", "puti", "sil", "silk road"]


def rare_words(site: Path, archive: dict) -> dict[str, str]:
    """The first word of 7+ letters of every 50th article's text, with the article's slug."""
    picked = {}
    for record in archive["articles"][::50]:
        text = (site / "data" / "text" / f"{record['slug']}.txt").read_text(encoding="utf-8")
        picked[next(w for w in words(text.split("\n\n", 2)[-1]) if len(w) >= 7).lower()] = record["slug"]
    return picked


def outlets(archive: dict) -> list[str]:
    """Three outlets' names (the Almaty Register, ...) that name a few articles each: queries with few results."""
    counts = Counter((r.get("outlet") or {}).get("value") for r in archive["articles"])
    return sorted(name.removeprefix("The ").lower() for name, n in counts.items() if name and 3 <= n <= 20)[:3]


def test_the_same_queries_find_the_same_articles_on_both_sites(browser, served, archive):
    """The same articles, the same counts, the same facets."""
    one, many = Browser(browser, served["single"]), Browser(browser, served["sharded"])
    one.open()
    many.open()
    listed = 0
    for query in NAMED + outlets(archive):
        status, urls, facets = one.search(query)
        sharded_status, sharded_urls, sharded_facets = many.search(query)
        assert sharded_status == status, query
        assert sharded_facets == facets, query  # per leader, outlet, year and agreement
        if int(status.split()[0]) <= 40:  # every result listed: the same set (each shard ranks by its own statistics)
            assert sorted(sharded_urls) == sorted(urls), query
            assert len(urls) == len(set(urls)) > 0, query
            listed += 1
    assert listed >= 3  # most queries compared result by result
    one.close()
    many.close()


def test_a_rare_word_finds_the_same_articles(browser, served, sites, archive):
    """A word some shards lack: without care, each such shard would match it to a shorter word it starts with."""
    one, many = Browser(browser, served["single"]), Browser(browser, served["sharded"])
    one.open()
    many.open()
    for word, slug in rare_words(sites["single"], archive).items():
        _, urls, _ = one.search(word, every=ARTICLES)
        _, sharded_urls, _ = many.search(word, every=ARTICLES)
        assert f"/articles/{slug}/" in urls, word
        assert sorted(sharded_urls) == sorted(urls), word
    one.close()
    many.close()


def unique_phrase(site: Path, archive: dict, record: dict) -> str:
    texts = [(site / "data" / "text" / f"{a['slug']}.txt").read_text(encoding="utf-8").lower() for a in archive["articles"]]
    own = (site / "data" / "text" / f"{record['slug']}.txt").read_text(encoding="utf-8")
    for line in own.split("\n\n")[2:]:
        line_words = words(line)
        if len(line_words) >= 16:
            phrase = " ".join(line_words[5:11])
            if sum(phrase.lower() in text for text in texts) == 1:
                return phrase
    raise AssertionError(f"no unique phrase in {record['slug']}")


def test_a_phrase_unique_to_one_article_finds_it_first_in_every_shard(browser, served, sites, archive):
    many = Browser(browser, served["sharded"])
    many.open()
    by_shard: dict[str, dict] = {}
    for record in archive["articles"]:
        value = (record.get("date") or {}).get("value")
        by_shard.setdefault(value[:4] if value else "undated", record)
    assert sorted(by_shard) == ["2019", "2020", "2021", "2022", "undated"]
    for record in by_shard.values():
        phrase = unique_phrase(sites["single"], archive, record)
        _, urls, _ = many.search(phrase, every=0)
        assert urls[0] == f"/articles/{record['slug']}/", phrase
    many.close()


def test_narrowing_to_years_loads_only_their_bundles_before_or_after_a_query(browser, served):
    many = Browser(browser, served["sharded"])
    many.open("?q=putin&shard=2020")  # narrowed before the query: from the address
    status, urls, _ = many.search("putin", every=ARTICLES)
    bundles = {m.group(1) for r in many.requests if (m := re.match(r"pagefind/([^/]+)/", r))}
    assert bundles == {"2020"}
    assert urls and all(u.startswith("/articles/2020-") for u in urls)
    expect(many.page.locator('#search-shards input[value="2020"]')).to_be_checked()

    before = int(many.page.locator("#search-results").get_attribute("data-run") or 0)
    many.page.check('#search-shards input[value="2019"]')  # and after it: 2019 added
    many.wait(before)
    status_2, urls_2, _ = many.search("putin", every=ARTICLES)
    assert {u[len("/articles/") :][:4] for u in urls_2} == {"2019", "2020"}
    assert len(urls_2) > len(urls)
    bundles = {m.group(1) for r in many.requests if (m := re.match(r"pagefind/([^/]+)/", r))}
    assert bundles == {"2019", "2020"}
    assert many.page.url.endswith("?q=putin&shard=2020&shard=2019")
    many.close()


STATUSES = """() => { window.saStatuses = [];
  const status = document.getElementById("search-status");
  new MutationObserver(() => window.saStatuses.push(status.textContent))
    .observe(status, { childList: true, characterData: true, subtree: true }); }"""


def test_a_reader_who_does_not_narrow_sees_the_newest_year_first_then_every_year(browser, served):
    """The first query loads only the newest shard's bundle and shows its results; then the other shards are merged
    in and the same search runs over all of them (the same results as one site: the tests above)."""
    many = Browser(browser, served["sharded"])
    many.open()
    bundles = {m.group(1) for r in many.requests if (m := re.match(r"pagefind/([^/]+)/", r))}
    assert bundles == {"2022"}  # the page and its facets: the newest year only
    assert many.page.inner_text("#search-status") == (
        "Type a word or phrase, or choose a filter (the counts are 2022's until then; every year is searched)."
    )
    many.page.evaluate(STATUSES)
    status, urls, _ = many.search("putin", every=ARTICLES)
    seen = many.page.evaluate("window.saStatuses")
    first = [s for s in seen if "so far" in s]
    assert first and re.fullmatch(r"\d+ articles found for “putin” in 2022 so far; searching the other years…", first[0])
    assert re.fullmatch(r"\d+ articles found for “putin”\.", status)
    assert int(status.split()[0]) > int(first[0].split()[0])
    assert {u[len("/articles/") :][:4] for u in urls} >= {"2019", "2020", "2021", "2022"}
    bundles = {m.group(1) for r in many.requests if (m := re.match(r"pagefind/([^/]+)/", r))}
    assert bundles == {"2019", "2020", "2021", "2022", "undated"}
    many.close()


# What the page asks Pagefind's worker (pagefind.js posts {method, args} to it) until the first results are in the
# list: the searches run and the bundles merged in for them.
WORKER_LOG = """
window.saWorker = { searches: [], merged: [], first: null };
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.method === "search") window.saWorker.searches.push(message.args[0]);
  if (message && message.method === "mergeIndex") window.saWorker.merged.push(message.args[0]);
  return post.call(this, message, ...rest);
};
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("search-results");
  new MutationObserver(() => {
    if (window.saWorker.first || !list.querySelector(".search-result")) return;
    window.saWorker.first = { searches: [...window.saWorker.searches], merged: [...window.saWorker.merged] };
  }).observe(list, { childList: true });
});
"""


def first_results(browser, base: str, query: str, address: str = "") -> tuple[dict, list[str]]:
    """What the worker was asked until the first results of `query` showed, and the bundles requested by then
    (the page opened at search/<address>); then the search runs to its end."""
    reader = Browser(browser, base)
    reader.page.add_init_script(WORKER_LOG)
    reader.open(address)
    before = int(reader.page.locator("#search-results").get_attribute("data-run") or 0)
    reader.page.fill("#search-input", query)
    reader.page.wait_for_function("() => window.saWorker.first !== null")
    first = reader.page.evaluate("window.saWorker.first")
    bundles = sorted({m.group(1) for r in reader.requests if (m := re.match(r"pagefind/([^/]+)/", r))})
    reader.wait(before)
    reader.close()
    return first, bundles


@pytest.mark.parametrize("query", ["putin", "xi jinping", "puti"])
def test_the_first_query_of_a_reader_who_does_not_narrow_costs_what_narrowing_to_the_newest_year_does(browser, served, query):
    """Until the first results show, the newest shard alone is searched, once, as if the reader had narrowed to it:
    no other bundle is merged in and no search runs to find which shards hold each word (one shard holds them as
    one index does). The rest comes after (the complete results: the tests above)."""
    whole, _ = first_results(browser, served["sharded"], query)
    narrowed, bundles = first_results(browser, served["sharded"], query, "?shard=2022")
    assert bundles == ["2022"]
    assert whole == narrowed == {"searches": [query], "merged": []}
