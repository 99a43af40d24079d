"""Search in the browser: the header box, the Pagefind search page, its filters and its order."""

from __future__ import annotations

import re

from conftest import axe_violations, screenshot
from playwright.sync_api import expect

RESULT_TITLES = "#search-results .search-result .search-result__title a"


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def run_number(page) -> int:
    return int(page.locator("#search-results").get_attribute("data-run") or 0)


def result_titles(page, after_run: int = 0) -> list[str]:
    """The result titles, once a search newer than `after_run` has finished rendering."""
    page.wait_for_function(
        """n => { const list = document.getElementById("search-results");
                  return list.getAttribute("aria-busy") === "false" && Number(list.dataset.run || 0) > n; }""",
        arg=after_run,
    )
    return page.locator(RESULT_TITLES).all_text_contents()


def search_on_page(page, query: str) -> list[str]:
    result_titles(page)  # the page's own first search (from ?q=, or the empty one) has finished
    before = run_number(page)
    page.fill("#search-input", query)
    page.press("#search-input", "Enter")
    titles = result_titles(page, before)
    expect(page.locator("#search-status")).to_contain_text(f"for “{query}”")
    return titles


def distinctive_phrase(site, archive, article) -> str:
    """Six words from the middle of a long paragraph of this article that no other article contains."""
    others = [(site / "data" / "text" / f"{a['slug']}.txt").read_text(encoding="utf-8").lower() for a in archive["articles"]]
    own = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
    for line in own.splitlines():
        line_words = words(line)
        if len(line_words) < 16:
            continue
        phrase = " ".join(line_words[5:11])
        if sum(phrase.lower() in text for text in others) == 1:
            return phrase
    raise AssertionError(f"no distinctive phrase in {article['slug']}")


def test_header_box_finds_a_body_phrase_and_the_search_page_reads_q(open_page, site, archive):
    article = max(archive["articles"], key=lambda a: a["word_count"])
    phrase = distinctive_phrase(site, archive, article)
    page = open_page("")
    page.keyboard.press("/")  # the site's shortcut to the search box
    expect(page.locator("#sa-header-q")).to_be_focused()
    page.keyboard.type(phrase)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    expect(page.locator("#search-input")).to_have_value(phrase)
    titles = result_titles(page)
    assert titles[0] == article["title"]["value"]
    first = page.locator("#search-results .search-result").first
    excerpt = first.locator(".search-result__excerpt").text_content()
    assert phrase.split()[2] in excerpt
    first.locator("a").click()
    expect(page.locator("h1")).to_have_text(article["title"]["value"])


def test_search_finds_annotation_text(open_page, archive):
    article = next(a for a in archive["articles"] if a["annotations"])
    note = article["annotations"][0]["note"]
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", note)  # Markdown links -> their text
    phrase = " ".join(words(plain)[:6])
    page = open_page("search/")
    titles = search_on_page(page, phrase)
    assert titles[0] == article["title"]["value"]


def test_search_finds_registry_aliases_and_years(open_page, archive):
    def titles_with(field: str, name: str) -> set[str]:
        return {a["title"]["value"] for a in archive["articles"] if name in (a[field]["value"] or [])}

    page = open_page("search/")
    putin = titles_with("leaders", "Vladimir Putin")
    assert putin and putin <= set(search_on_page(page, "Vladmir"))
    eaeu = titles_with("agreements", "Eurasian Economic Union alignment")
    assert eaeu and eaeu <= set(search_on_page(page, "EAEU"))
    dated = next(a for a in archive["articles"] if a["date"]["value"])
    year = dated["date"]["value"][:4]
    assert dated["title"]["value"] in search_on_page(page, year)


def test_leader_filter_changes_counts_and_results(open_page, archive):
    leader = "Li Keqiang"
    expected = sorted(a["title"]["value"] for a in archive["articles"] if leader in (a["leaders"]["value"] or []))
    assert expected, "the seeds have an article with Li Keqiang"
    page = open_page("search/?q=Putin")
    before = result_titles(page)
    option = page.locator(".sa-facet__option", has=page.locator(f'input[name="leader"][value="{leader}"]'))
    expect(option.locator(".sa-facet__count")).to_have_text(str(len(expected)))
    before_filter = run_number(page)
    option.locator("input").check()
    filtered = result_titles(page, before_filter)
    expect(page.locator("#search-status")).to_have_text(
        f"{len(expected)} article{'s' if len(expected) != 1 else ''} found for “Putin” with {leader}."
    )
    assert sorted(filtered) == expected
    assert len(before) > len(expected)
    assert "leader=Li+Keqiang" in page.url
    # Counts now describe the filtered results: Xi Jinping appears in none of them or fewer.
    xi = page.locator(".sa-facet__option", has=page.locator('input[name="leader"][value="Xi Jinping"]'))
    xi_count = sum("Xi Jinping" in (a["leaders"]["value"] or []) for a in archive["articles"] if a["title"]["value"] in expected)
    expect(xi.locator(".sa-facet__count")).to_have_text(str(xi_count))
    before_clear = run_number(page)
    page.click("#search-clear")
    assert sorted(result_titles(page, before_clear)) == sorted(before)
    expect(page.locator("#search-status")).to_have_text(f"{len(before)} articles found for “Putin”.")


def test_sort_by_date(open_page, archive):
    page = open_page("search/?q=Putin")
    found = result_titles(page)
    by_title = {a["title"]["value"]: a["date"]["value"] for a in archive["articles"]}
    dated = sorted((by_title[t], t) for t in found if by_title[t])
    undated = {t for t in found if not by_title[t]}
    before = run_number(page)
    page.select_option("#search-sort", "date-asc")
    titles = result_titles(page, before)
    assert "sort=date-asc" in page.url
    assert titles[: len(dated)] == [t for _, t in dated]
    assert set(titles[len(dated) :]) == undated
    before = run_number(page)
    page.select_option("#search-sort", "date-desc")
    titles = result_titles(page, before)
    assert titles[: len(dated)] == [t for _, t in reversed(dated)]
    dates = page.locator("#search-results .search-result__meta time").evaluate_all("els => els.map(e => e.dateTime)")
    assert dates == sorted(dates, reverse=True)


def test_alias_phrases_are_found_as_phrases(open_page, archive):
    # "Putin" is indexed once per card, inside "Vladimir Putin"; each longer alias stays a phrase of its own.
    putin = {a["title"]["value"] for a in archive["articles"] if "Vladimir Putin" in (a["leaders"]["value"] or [])}
    page = open_page("search/")
    for query in ("“Vladmir Putin”", '"Vladimir Vladimirovich Putin"', "Putin"):
        assert putin <= set(search_on_page(page, query)), query


def test_a_phrase_running_past_the_end_of_an_annotated_quote_is_found(open_page, site, archive):
    # The note's marker (a number) sits between the quote and the next word, but is not part of the text.
    for article in archive["articles"]:
        text = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
        for annotation in article["annotations"]:
            after = re.match(r" ([A-Za-z]+ [A-Za-z]+)", text[text.index(annotation["quote"]) + len(annotation["quote"]) :])
            if after and words(annotation["quote"]):
                phrase = f'"{words(annotation["quote"])[-1]} {after.group(1)}"'
                page = open_page("search/")
                assert article["title"]["value"] in search_on_page(page, phrase)
                return
    raise AssertionError("no annotated quote followed by two words in the seeds")


def plain_words(text: str) -> set[str]:
    return {w.strip(".,;:!?()'\"“”‘’…").casefold() for w in text.split()} - {""}


def test_excerpts_come_from_the_article_text_not_its_facts_or_bylines(open_page, site, archive):
    by_title = {a["title"]["value"]: a for a in archive["articles"]}
    page = open_page("search/")
    titles = search_on_page(page, "Putin")
    assert len(titles) >= 3
    for item in page.locator("#search-results .search-result").all():
        article = by_title[item.locator(".search-result__title a").text_content()]
        excerpt = item.locator(".search-result__excerpt").text_content()
        assert "Also written" not in excerpt and ", ," not in excerpt and "http" not in excerpt
        text = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
        if excerpt.startswith("In an annotation: "):
            notes = " ".join(a["note"] for a in article["annotations"])
            assert plain_words(excerpt.removeprefix("In an annotation: ")) <= plain_words(re.sub(r"\(http[^)]*\)", "", notes))
        else:
            assert plain_words(excerpt) <= plain_words(text), excerpt


def test_a_hit_inside_a_note_is_shown_as_one(open_page, archive):
    article = next(a for a in archive["articles"] if a["annotations"])
    note = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", article["annotations"][0]["note"]).replace("*", "")
    phrase = " ".join(words(note)[:6])
    page = open_page("search/")
    search_on_page(page, f'"{phrase}"')
    first = page.locator("#search-results .search-result").first
    expect(first.locator(".search-result__excerpt")).to_contain_text("In an annotation: ")


def test_an_alias_only_hit_shows_the_article_opening(open_page, archive):
    page = open_page("search/")
    search_on_page(page, "Vladmir")
    for excerpt in page.locator("#search-results .search-result__excerpt").all_text_contents():
        assert excerpt.startswith("Matches its facts: ")
        assert "Vladmir" not in excerpt and "Also written" not in excerpt


def header_results(page):
    panel = page.locator("#sa-header-results")
    expect(panel).to_be_visible()
    return panel


def test_the_header_box_shows_results_while_typing_and_enter_opens_the_page(open_page, site, archive):
    article = max(archive["articles"], key=lambda a: a["word_count"])
    phrase = distinctive_phrase(site, archive, article)
    page = open_page("timeline/")
    page.locator("#sa-header-q").click()
    page.keyboard.type(" ".join(phrase.split()[:4]), delay=20)
    panel = header_results(page)
    expect(panel.locator(".sa-header-results__title").first).to_have_text(article["title"]["value"])
    expect(page).to_have_url(re.compile(r"/timeline/$"))  # still on the page: nothing submitted
    screenshot(page, "header-results-desktop-light")
    problems = axe_violations(page)
    assert not problems, "\n".join(problems)
    # Arrow down reaches the first result; Escape closes the list and returns to the box.
    page.keyboard.press("ArrowDown")
    expect(panel.locator("a").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(page.locator("#sa-header-q")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    assert result_titles(page)[0] == article["title"]["value"]


def test_a_typo_still_finds_putin(open_page, archive):
    putin = {a["title"]["value"] for a in archive["articles"] if "Vladimir Putin" in (a["leaders"]["value"] or [])}
    page = open_page("", viewport={"width": 390, "height": 844})
    page.locator("#sa-header-q").click()
    page.keyboard.type("Puttin", delay=20)
    panel = header_results(page)
    expect(panel.locator(".sa-header-results__status")).to_have_text("Did you mean Putin? Its results come first.")
    titles = panel.locator(".sa-header-results__title").all_text_contents()
    assert titles and set(titles[: min(len(putin), 5)]) <= putin
    box = panel.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # The search page offers the correction too.
    page = open_page("search/")
    assert len(search_on_page(page, "Puttin")) < 3  # only words that start with it ("putting")
    status = page.locator("#search-status")
    expect(status).to_contain_text("for “Puttin”. Did you mean Putin?")
    before = run_number(page)
    status.get_by_role("button", name="Putin").click()
    assert set(result_titles(page, before)) == putin


def test_no_results_offers_names_to_try(open_page):
    page = open_page("")
    page.locator("#sa-header-q").click()
    page.keyboard.type("qwxzv", delay=20)
    panel = header_results(page)
    status = panel.locator(".sa-header-results__status")
    expect(status).to_contain_text("No articles found for “qwxzv”. Try ")
    expect(status.locator("a").first).to_have_attribute("href", re.compile(r"/search/\?q="))


def test_search_works_under_the_content_security_policy(browser, base_url):
    """Issue 16, finding 13: the site's policy (a <meta>) allows Pagefind's WebAssembly and worker and nothing from
    elsewhere. Search on its page and in the header box runs with no violation reported, and the policy is live: an
    image from another host is refused (and reported) on the same page."""
    context = browser.new_context()
    context.add_init_script(
        """window.__violations = [];
           document.addEventListener("securitypolicyviolation",
             e => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));"""
    )
    try:
        page = context.new_page()
        page.goto(base_url + "search/?q=Putin")
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        assert "default-src 'self'" in policy and "'unsafe-eval'" not in policy
        assert result_titles(page), "no results under the policy"
        assert page.evaluate("window.__violations") == []
        page.goto(base_url + "about/")  # the search page has no header box: another page's
        page.locator("#sa-header-q").click()
        page.keyboard.type("Xi Jinping", delay=20)
        expect(page.locator("#sa-header-results .sa-header-results__title").first).to_be_visible()
        assert page.evaluate("window.__violations") == []
        page.evaluate("""() => { const i = new Image(); i.src = "https://example.org/pixel.png"; document.body.append(i); }""")
        page.wait_for_function("window.__violations.length > 0")
        assert page.evaluate("window.__violations") == ["img-src https://example.org/pixel.png"]
    finally:
        context.close()
