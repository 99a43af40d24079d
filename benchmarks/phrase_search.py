"""Does the built site's search find an article by a phrase of its own text?

    .venv/bin/python benchmarks/phrase_search.py SITE_DIR [--articles K]

Picks K articles spread over the archive (from the site's data/archive.json, or each year's data/years/<year>.json
when the archive is too large for the whole file: archive/export.py WHOLE_DATASET_MAX), takes six words from the
middle of a body paragraph of each (from data/text/<slug>.txt), types them into the search page in
Chromium, and checks that the first result is that article. Prints one line per query and a summary;
exits 1 if any query misses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from run import CHROMIUM, CHROMIUM_ARGS, SEARCH_FACETS, SEARCH_INPUT, SEARCH_PATH, SEARCH_RESULT, serve  # noqa: E402

from archive.export import dataset_files  # noqa: E402

PHRASE_WORDS = 6


def phrases(site: Path, count: int) -> list[tuple[str, str]]:
    """(phrase, expected page path) for `count` articles spread evenly over the archive; each phrase occurs in
    no other article's text, so exactly one right answer exists."""
    articles = [r for part in dataset_files(site / "data", "json") for r in json.loads(part.read_text("utf-8"))["articles"]]
    texts = {r["page"]: (site / r["text_file"]).read_text("utf-8") for r in articles}
    # Search ignores case and punctuation, so uniqueness is judged on the words alone.
    words_of = {page: " " + " ".join(re.findall(r"\w+", text.lower())) + " " for page, text in texts.items()}
    step = max(1, len(articles) // count)
    out = []
    for record in articles[step // 2 :: step][:count]:
        words = max(texts[record["page"]].split("\n\n")[1:], key=len).split()  # the longest body paragraph
        for start in range(max(0, len(words) // 2 - PHRASE_WORDS), max(1, len(words) - PHRASE_WORDS)):
            phrase = " ".join(words[start : start + PHRASE_WORDS])
            key = " " + " ".join(re.findall(r"\w+", phrase.lower())) + " "
            if sum(key in text for text in words_of.values()) == 1:
                out.append((phrase, record["page"]))
                break
    return out


def check(site: Path, count: int = 5) -> dict:
    from playwright.sync_api import sync_playwright

    server, _counter = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.goto(base + SEARCH_PATH, wait_until="load")
                page.wait_for_selector(SEARCH_FACETS, state="visible", timeout=60_000)
                for phrase, expected in phrases(site, count):
                    run_before = page.locator("#search-results").get_attribute("data-run") or ""
                    page.fill(SEARCH_INPUT, phrase)
                    page.wait_for_function(
                        "before => { const r = document.querySelector('#search-results');"
                        " return r && r.dataset.run && r.dataset.run !== before && r.querySelector('.search-result'); }",
                        arg=run_before,
                        timeout=60_000,
                    )
                    first = page.locator(f"{SEARCH_RESULT} a").first.get_attribute("href") or ""
                    ok = first.rstrip("/").endswith(expected.rstrip("/"))
                    results.append({"phrase": phrase, "expected": expected, "first": first, "ok": ok})
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {"queries": results, "found": sum(r["ok"] for r in results), "asked": len(results)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--articles", type=int, default=5)
    args = parser.parse_args(argv)
    outcome = check(args.site, args.articles)
    for r in outcome["queries"]:
        print(f'{"found" if r["ok"] else "MISSED"}: "{r["phrase"]}" -> first result {r["first"]} (expected {r["expected"]})')
    print(f"{outcome['found']} of {outcome['asked']} phrases found their article first")
    return 0 if outcome["found"] == outcome["asked"] else 1


if __name__ == "__main__":
    sys.exit(main())
