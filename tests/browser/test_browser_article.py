"""Article pages in the browser: notes open by click and by keyboard, beside the text; links to index pages and back."""

from __future__ import annotations

import re

from conftest import PHONE
from playwright.sync_api import expect


def annotated_article(archive) -> dict:
    return max(archive["articles"], key=lambda a: len(a["annotations"]))


def first_words(markdown: str, count: int = 6) -> str:
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown).replace("*", "")
    return " ".join(plain.split()[:count])


def test_note_opens_on_click_beside_the_text(open_page, archive):
    article = annotated_article(archive)
    annotation = article["annotations"][1]
    page = open_page(article["page"])
    marker = page.locator(f'button.sa-marker[popovertarget="note-{annotation["id"]}"]')
    note = page.locator(f"#note-{annotation['id']}")
    expect(note).to_be_hidden()
    expect(page.locator(f"#quote-{annotation['id']}")).to_have_text(annotation["quote"])
    marker.click()
    expect(note).to_be_visible()
    expect(note).to_contain_text(first_words(annotation["note"]))
    expect(note.locator(".sa-note-head")).to_have_text(
        f"2. {annotation['kind']} · {annotation['author']}, {annotation['created']}"
    )
    # Wide screen: in the margin to the right of the text, level with the marker.
    text_box = page.locator(".sa-text").bounding_box()
    note_box, marker_box = note.bounding_box(), marker.bounding_box()
    assert note_box["x"] >= text_box["x"] + text_box["width"]
    assert note_box["y"] <= marker_box["y"] + marker_box["height"] and note_box["y"] + note_box["height"] >= marker_box["y"]
    page.keyboard.press("Escape")
    expect(note).to_be_hidden()


def test_note_sits_below_its_marker_on_a_phone(open_page, archive):
    article = annotated_article(archive)
    annotation = article["annotations"][0]
    page = open_page(article["page"], viewport=PHONE)
    marker = page.locator(f'button.sa-marker[popovertarget="note-{annotation["id"]}"]')
    marker.scroll_into_view_if_needed()
    marker.click()
    note = page.locator(f"#note-{annotation['id']}")
    expect(note).to_be_visible()
    note_box, marker_box = note.bounding_box(), marker.bounding_box()
    assert note_box["y"] >= marker_box["y"] + marker_box["height"] or note_box["y"] + note_box["height"] <= marker_box["y"]
    assert note_box["x"] >= 0 and note_box["x"] + note_box["width"] <= PHONE["width"]


def test_note_opens_when_the_marker_gets_keyboard_focus(open_page, archive):
    article = annotated_article(archive)
    first, second = article["annotations"][0], article["annotations"][1]
    page = open_page(article["page"])
    # Start from the text before the first quote, then Tab like a keyboard user.
    page.locator(".sa-text").click(position={"x": 1, "y": 1})
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('sa-marker')"):
            break
    focused = page.evaluate("document.activeElement.getAttribute('popovertarget')")
    assert focused == f"note-{first['id']}"
    note = page.locator(f"#note-{first['id']}")
    expect(note).to_be_visible()
    expect(note).to_contain_text(first_words(first["note"]))
    # Enter closes it again (the button toggles), Enter reopens it.
    page.keyboard.press("Enter")
    expect(note).to_be_hidden()
    page.keyboard.press("Enter")
    expect(note).to_be_visible()
    # Tab through the note's own links (if any) to the next marker: the first note closes, the second opens.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('sa-marker')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('popovertarget')") == f"note-{second['id']}"
    expect(note).to_be_hidden()
    expect(page.locator(f"#note-{second['id']}")).to_be_visible()


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
