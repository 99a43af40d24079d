"""The citable archive in the browser: a search in another script, and the "Cite this article" copy button."""

from __future__ import annotations

from test_browser_search import search_on_page


def test_a_search_in_cyrillic_or_chinese_finds_the_leaders_articles(open_page, archive):
    """registry.yml gives the leaders' names in Russian and Chinese script; the search finds their articles by them."""
    for name, written in (("Vladimir Putin", "Путин"), ("Xi Jinping", "习近平")):
        page = open_page("search/")
        titles = search_on_page(page, written)
        expected = [a["title"]["value"] for a in archive["articles"] if name in a["leaders"]["value"]]
        assert expected and sorted(titles) == sorted(expected), written


def test_the_copy_button_copies_the_citation(open_page, archive, base_url):
    article = archive["articles"][0]
    page = open_page(article["page"])
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    citation = " ".join(page.locator("#sa-citation").text_content().split())
    assert article["title"]["value"] in citation
    page.locator("button.sa-copy").click()
    page.locator(".sa-copy-status").filter(has_text="Copied.").wait_for()
    assert " ".join(page.evaluate("navigator.clipboard.readText()").split()) == citation
