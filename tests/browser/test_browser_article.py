"""Article pages in the browser: notes open by click and by keyboard, beside the text; links to index pages and back."""

from __future__ import annotations

import re
import sys

import yaml
from conftest import PHONE, screenshot
from playwright.sync_api import expect
from support import ROOT


def annotated_article(archive) -> dict:
    return max(archive["articles"], key=lambda a: len(a["annotations"]))


def first_words(markdown: str, count: int = 6) -> str:
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown).replace("*", "")
    return " ".join(plain.split()[:count])


def notes_in_number_order(article: dict) -> list[dict]:
    """The annotations as numbered on the page: in the order they stand in the sidecar, not in the text."""
    sidecar = yaml.safe_load((ROOT / article["source_file"]).with_suffix(".yml").read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in article["annotations"]}
    return [by_id[item["id"]] for item in sidecar["annotations"]]


def test_every_note_sits_in_the_margin_level_with_its_quote_without_overlapping(open_page, archive):
    article = annotated_article(archive)
    page = open_page(article["page"])  # 1366 px
    text_box = page.locator(".sa-text").bounding_box()
    boxes = []
    for annotation in article["annotations"]:
        note = page.locator(f"#note-{annotation['id']}")
        expect(note).to_be_visible()  # all at once, none hidden behind a number
        quote_top = page.locator(f"#quote-{annotation['id']}").evaluate("m => m.getClientRects()[0].top + scrollY")
        box = note.bounding_box()
        box["y"] += page.evaluate("scrollY")
        assert box["x"] >= text_box["x"] + text_box["width"], f"{annotation['id']} is not in the margin"
        assert box["x"] + box["width"] <= page.viewport_size["width"]
        boxes.append((box, quote_top, annotation["id"]))
    boxes.sort(key=lambda b: b[0]["y"])
    previous_bottom = None
    for box, quote_top, note_id in boxes:
        if previous_bottom is None or previous_bottom + 12 <= quote_top + 1:
            assert abs(box["y"] - quote_top) <= 2, f"{note_id} is not level with its quote"
        else:  # pushed down by the note above: directly below it, never over it
            assert abs(box["y"] - (previous_bottom + 12)) <= 2, f"{note_id} is not just below the note above"
        if previous_bottom is not None:
            assert box["y"] >= previous_bottom, f"{note_id} overlaps the note above it"
        previous_bottom = box["y"] + box["height"]
    assert len(boxes) >= 3


def test_quote_and_note_light_each_other_up(open_page, archive):
    article = annotated_article(archive)
    first, second = article["annotations"][0], article["annotations"][1]
    page = open_page(article["page"])
    quote, note = page.locator(f"#quote-{first['id']}"), page.locator(f"#note-{first['id']}")
    quote.hover()
    expect(note).to_have_class(re.compile(r"\bsa-lit\b"))
    expect(page.locator(f"#note-{second['id']}")).not_to_have_class(re.compile(r"\bsa-lit\b"))
    page.locator(f"#note-{second['id']}").hover()
    expect(page.locator(f"#quote-{second['id']}")).to_have_class(re.compile(r"\bsa-lit\b"))
    expect(note).not_to_have_class(re.compile(r"\bsa-lit\b"))
    # Keyboard focus on the quote lights its note too.
    page.mouse.move(0, 0)
    quote.focus()
    expect(note).to_have_class(re.compile(r"\bsa-lit\b"))


def test_note_numbers_stay_as_references(open_page, archive):
    article = annotated_article(archive)
    page = open_page(article["page"])
    for number, annotation in enumerate(notes_in_number_order(article), start=1):
        marker = page.locator(f"#quote-{annotation['id']} + button.sa-marker")
        expect(marker).to_have_text(str(number))
        expect(page.locator(f"#note-{annotation['id']} .sa-note-head")).to_have_text(
            f"{number}. {annotation['kind']} · {annotation['author']}, {annotation['created']}"
        )
        expect(page.locator(f"#annotation-{annotation['id']}")).to_have_attribute("value", str(number))


def test_tapping_the_quote_opens_its_note_under_its_paragraph_on_a_phone(browser, base_url, archive):
    article = annotated_article(archive)
    annotation = article["annotations"][0]
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(base_url + article["page"])
        quote = page.locator(f"#quote-{annotation['id']}")
        note = page.locator(f"#note-{annotation['id']}")
        expect(note).to_be_hidden()
        quote.scroll_into_view_if_needed()
        quote.tap()
        expect(note).to_be_visible()
        expect(quote).to_have_attribute("aria-expanded", "true")
        expect(note).to_contain_text(first_words(annotation["note"]))
        paragraph = quote.locator("xpath=ancestor::p[1]")
        assert note.evaluate("(n) => n.previousElementSibling.contains(document.getElementById(n.id.replace('note-', 'quote-')))")
        para_box, note_box = paragraph.bounding_box(), note.bounding_box()
        assert note_box["y"] >= para_box["y"] + para_box["height"] - 1  # under the paragraph, covering none of it
        following = note.locator("xpath=following-sibling::*[1]").bounding_box()
        assert following["y"] >= note_box["y"] + note_box["height"]  # pushes the next paragraph down
        assert note_box["x"] >= 0 and note_box["x"] + note_box["width"] <= PHONE["width"]
        quote.tap()
        expect(note).to_be_hidden()
    finally:
        context.close()


def test_the_highlight_is_the_keyboard_control(open_page, archive):
    article = annotated_article(archive)
    first = article["annotations"][0]
    page = open_page(article["page"], viewport=PHONE)
    page.locator(".sa-text").click(position={"x": 1, "y": 1})
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('sa-quote')"):
            break
    focused = page.locator("mark.sa-quote:focus")
    expect(focused).to_have_attribute("role", "button")
    focused_id = focused.get_attribute("id").removeprefix("quote-")
    note = page.locator(f"#note-{focused_id}")
    expect(note).to_be_hidden()
    page.keyboard.press("Enter")
    expect(note).to_be_visible()
    page.keyboard.press("Enter")
    expect(note).to_be_hidden()
    page.keyboard.press(" ")
    expect(note).to_be_visible()
    # The number beside it is a reference, not a second stop for the same note.
    assert page.locator(f"#quote-{focused_id} + .sa-marker").get_attribute("tabindex") == "-1"
    assert first["id"] in {a["id"] for a in article["annotations"]}


def test_first_phone_screen_holds_the_article_text(open_page, archive):
    article = annotated_article(archive)
    page = open_page(article["page"], viewport=PHONE)
    date = article["date"]["value"]
    summary = page.locator("summary.sa-facts__summary")
    expect(summary.locator(".sa-facts__line")).to_contain_text(" · ")
    expect(summary.locator(".sa-facts__line")).to_contain_text(date[:4])
    expect(page.locator(".sa-card")).to_be_hidden()
    first_paragraph = page.locator(".sa-text p").first
    box = first_paragraph.bounding_box()
    assert box["y"] + 40 <= PHONE["height"], f"the text starts at {box['y']} px, below the first screen"
    summary.click()
    expect(page.locator(".sa-card")).to_be_visible()
    screenshot(page, "article-phone-facts-open")


def test_the_full_card_is_open_on_a_wide_screen(open_page, archive):
    article = annotated_article(archive)
    page = open_page(article["page"])
    expect(page.locator(".sa-card")).to_be_visible()


def test_every_part_of_the_article_page_keeps_to_the_text_column(open_page, archive):
    """At 1366 px the right of the page is the notes' margin: the "Cite this article" box ran across it (the whole
    content width) while every other part of the page keeps to the text's 40em column."""
    page = open_page(annotated_article(archive)["page"])
    edges = page.evaluate(
        """() => {
          const right = e => Math.round(e.getBoundingClientRect().right);
          const text = right(document.querySelector(".sa-text"));
          const parts = [".sa-cite", ".sa-source", ".sa-prevnext", ".sa-suggest", ".sa-annotations", ".sa-annotate-words"];
          return {text, parts: parts.map(s => [s, document.querySelector(s) ? right(document.querySelector(s)) : null])};
        }"""
    )
    wider = [(selector, right) for selector, right in edges["parts"] if right is None or right > edges["text"] + 1]
    assert not wider, f"wider than the text column (right edge {edges['text']} px): {wider}"


def test_contributor_basis_opens_by_keyboard(open_page, archive):
    article = next(a for a in archive["articles"] if a["outlet"]["provenance"]["source"] == "contributor")
    page = open_page(article["page"], viewport=PHONE)
    page.locator("summary.sa-facts__summary").click()
    chip = page.locator("summary.sa-prov-contributor").first
    basis = page.locator(".sa-prov-basis").first
    expect(basis).to_be_hidden()
    chip.focus()
    page.keyboard.press("Enter")
    expect(basis).to_be_visible()
    expect(basis).to_contain_text("Supplied by a contributor: ")


def test_the_provenance_table_cuts_no_word(open_page, archive):
    article = annotated_article(archive)
    page = open_page(article["page"], viewport=PHONE)
    page.locator(".sa-source summary", has_text="Where each fact comes from").click()
    split = page.evaluate(
        """() => {
          const out = [];
          for (const cell of document.querySelectorAll(".sa-source table td")) {
            const width = cell.clientWidth;
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of node.data.matchAll(/[^\\s-]+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                const wide = range.getBoundingClientRect().width;
                // A word shorter than its cell must stay on one line.
                if (lines.size > 1 && m[0].length < 25 && wide < width) out.push(m[0]);
              }
            }
          }
          return out;
        }"""
    )
    assert not split, f"words cut across lines: {split[:10]}"


def test_leader_link_goes_to_its_index_page_and_back(open_page, archive):
    article = next(a for a in archive["articles"] if a["leaders"]["value"])
    leader = article["leaders"]["value"][0]
    page = open_page(article["page"])
    page.locator(".sa-card dd a", has_text=re.compile(f"^{re.escape(leader)}$")).click()
    page.wait_for_url(re.compile(r"/leaders/[a-z0-9-]+/$"))
    expect(page.locator("h1")).to_have_text(leader)
    row_link = page.locator(".sa-table a", has_text=article["title"]["value"])
    expect(row_link).to_have_count(1)
    page.go_back()
    expect(page.locator("h1")).to_have_text(article["title"]["value"])
    row = page.locator(".sa-card dt", has_text="Leaders").locator("xpath=following-sibling::dd[1]")
    expect(row).to_contain_text(", ".join(article["leaders"]["value"]))


def test_previous_and_next_follow_date_order(open_page, archive):
    dated = sorted((a for a in archive["articles"] if a["date"]["value"]), key=lambda a: (a["date"]["value"], a["slug"]))
    assert len(dated) >= 3
    middle, older, newer = dated[1], dated[0], dated[2]
    page = open_page(middle["page"])
    expect(page.locator(".sa-prevnext .sa-prev")).to_have_text(f"← Older: {older['title']['value']}")
    expect(page.locator(".sa-prevnext .sa-next")).to_have_text(f"Newer: {newer['title']['value']} →")
    page.click(".sa-prevnext .sa-next")
    expect(page.locator("h1")).to_have_text(newer["title"]["value"])


def test_suggest_an_annotation_opens_the_sidecar(open_page, archive):
    article = archive["articles"][0]
    page = open_page(article["page"])
    link = page.locator(".sa-suggest a")
    expect(link).to_have_text("Suggest an annotation")
    sidecar = article["source_file"].rsplit("/", 1)[-1].replace(".txt", ".yml")
    assert link.get_attribute("href").endswith(f"/seeds/{sidecar}")


def test_the_squeezed_page_renders_as_the_indented_one(open_page, archive, site):
    """The hook takes the indentation after each newline out of every page (hooks/htmlspace.py). The built article
    page, and the same page with indentation and blank lines put back after every newline of its text, show the same
    text laid out the same (every text block's box)."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from htmlspace import MARKUP

    article = annotated_article(archive)
    html = (site / article["page"].strip("/") / "index.html").read_text("utf-8")
    pieces = MARKUP.split(html)
    pieces[0::3] = [text.replace("\n", "\n  \n      ") for text in pieces[0::3]]
    pieces[2::3] = [""] * len(pieces[2::3])
    indented = "".join(pieces)
    assert len(indented) > len(html) + 1000

    layout = """() => [document.body.innerText, document.documentElement.scrollHeight,
        [...document.querySelectorAll('h1, p, li, td, th, dd, dt, a, em, mark, figcaption')].map(e => {
            const r = e.getBoundingClientRect(); return [e.tagName, r.x, r.y, r.width, r.height]; })]"""
    squeezed = open_page(article["page"])
    shown = squeezed.evaluate(layout)
    page = open_page()
    page.route(
        "**/*",
        lambda route: (
            route.fulfill(body=indented, content_type="text/html; charset=utf-8")
            if route.request.url.endswith(article["page"])
            else route.continue_()
        ),
    )
    page.goto(squeezed.url)
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.outerHTML.length") > len(html) + 1000  # the indented page
    assert page.evaluate(layout) == shown
