"""Annotating in the browser: select words, choose "Annotate", get a sidecar entry that `--check` accepts as it is.

The entry's quote, prefix and suffix come from archive.js's port of archive.annotate.find_quote; the first test
runs both on the same texts and compares every result.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import PHONE, screenshot
from playwright.sync_api import expect
from support import ROOT, run_build

from archive.annotate import find_quote

NBSP = "\u00a0"
TEXT = (
    "A Title\n\n"
    f"He called it the \u201csilk road on{NBSP}ice\u201d \u2013 and the road, he said, is the road.\n\n"
    "The road is long. The road is long\u2014and cold \U0001f9ca here.\n\n"
    "Short line.\n"
)
CASES = [
    ("the road", "", ""),
    ("the road", "and", ""),
    ("the road", "is", ""),
    ("the road", "", "."),
    ('"silk road on ice" - and', "", ""),
    ("silk road on ice", 'the "', '" -'),
    ("The road is long", "", ""),
    ("The road is long", "", "--and"),
    ("The road is long", "", "-and"),
    ("long-and cold", "", ""),
    ("cold \U0001f9ca here", "", ""),
    ("here.\n\nShort", "", ""),  # across two lines: never
    ("road", "", ""),
    ("nowhere", "", ""),
    ("", "", ""),
    ("Short  line", "", ""),
]


def python_spans(text: str) -> list[tuple[int, int, int]]:
    spans, pos = [], 0
    for i, line in enumerate(text[:-1].split("\n\n")):
        spans.append((i, pos, pos + len(line)))
        pos += len(line) + 2
    return spans


def test_the_browser_anchors_quotes_exactly_as_the_build(open_page, archive):
    page = open_page(archive["articles"][0]["page"])
    spans = python_spans(TEXT)
    browser = page.evaluate(
        """([text, cases]) => {
          const cp = (i) => Array.from(text.slice(0, i)).length;  // UTF-16 offsets -> code points, as Python counts
          const spans = window.SummitArchive.spansOf(text);
          return cases.map(([q, p, s]) => window.SummitArchive.anchorQuote(text, spans, q, p, s).map(([a, b]) => [cp(a), cp(b)]));
        }""",
        [TEXT, CASES],
    )
    python = [[list(pair) for pair in find_quote(TEXT, spans, q, p, s)] for q, p, s in CASES]
    assert browser == python
    assert sum(1 for found in python if len(found) == 1) >= 5 and any(len(found) > 1 for found in python)


def select_span(page, paragraph_index: int, start: int, end: int) -> None:
    """Select characters start..end of an article paragraph's text (note numbers aside), as a reader's drag would."""
    page.evaluate(
        """([index, start, end]) => {
          const block = document.querySelectorAll(".sa-text > p")[index];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let pos = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".sa-marker")) continue;
            const next = pos + node.data.length;
            if (pos <= start && start < next) range.setStart(node, start - pos);
            if (pos < end && end <= next) range.setEnd(node, end - pos);
            pos = next;
          }
          const selection = document.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }""",
        [paragraph_index, start, end],
    )


def repeated_phrase(site: Path, article: dict) -> tuple[int, str, int]:
    """A word of the article that occurs more than once in its text: (line, word, its offset in the line), the
    place chosen outside every existing annotation (an overlap is refused by the check)."""
    text = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
    lines = text[:-1].split("\n\n")
    taken = [(a["start"], a["end"]) for a in article["annotations"]]
    pos = 0
    for index, line in enumerate(lines):
        for phrase in ("the", "and", "Putin"):
            hits = [m.start() for m in re.finditer(rf"(?<= ){re.escape(phrase)}(?= )", line)]
            for hit in hits[1:]:
                lo, hi = pos + hit, pos + hit + len(phrase)
                if not any(lo < end and start < hi for start, end in taken):
                    return index, phrase, hit
        pos += len(line) + 2
    pytest.skip("no repeated word")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_select_annotate_and_check_accepts_the_entry_unchanged(open_page, site, archive, tmp_path, viewport):
    # Desktop: the most annotated article; phone: the least (two different texts, sidecars and layouts).
    ordered = sorted(archive["articles"], key=lambda a: (len(a["annotations"]), a["slug"]))
    article = ordered[-1] if viewport == "desktop" else ordered[0]
    page = open_page(article["page"], viewport=PHONE) if viewport == "phone" else open_page(article["page"])
    index, phrase, hit = repeated_phrase(site, article)
    clean = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
    lines = clean[:-1].split("\n\n")
    texts = page.evaluate(
        """() => [...document.querySelectorAll(".sa-text > p")].map(p => {
             const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let t = "";
             for (let n = w.nextNode(); n; n = w.nextNode()) if (!n.parentElement.closest(".sa-marker")) t += n.data;
             return t; })"""
    )
    select_span(page, texts.index(lines[index]), hit, hit + len(phrase))
    button = page.locator(".sa-annotate-button")
    expect(button).to_be_visible()
    button.click()
    entry_box = page.locator(".sa-annotate-entry")
    expect(entry_box).to_be_visible()
    entry = entry_box.input_value()
    assert entry.startswith("  - id: ")
    assert f"    quote: {json.dumps(phrase, ensure_ascii=False)}\n" in entry
    assert "    prefix: " in entry or "    suffix: " in entry  # the phrase repeats: context picks this one
    link = page.locator(".sa-annotate-panel a", has_text="Open this article's sidecar for editing")
    sidecar_name = Path(article["source_file"]).with_suffix(".yml").name
    assert link.get_attribute("href").endswith(f"/seeds/{sidecar_name}")
    page.locator(".sa-annotate-copy").click()
    expect(page.locator(".sa-annotate-status")).to_have_text("Copied.")
    screenshot(page, f"article-annotate-{viewport}-light")

    # The entry, unchanged, in a copy of the seeds: the check passes and the build anchors it where it was selected.
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    sidecar = seeds / sidecar_name
    before = sidecar.read_text(encoding="utf-8") if sidecar.exists() else ""
    has_list = re.search(r"^annotations:", before, re.MULTILINE) is not None
    sidecar.write_text(
        before.rstrip("\n") + ("\n" if before else "") + ("" if has_list else "annotations:\n") + entry, encoding="utf-8"
    )
    result = run_build("--check", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    built = run_build("--quiet", "--docs", "docs", "--cache", "cache", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    data = json.loads((tmp_path / "docs" / "data" / "archive.json").read_text(encoding="utf-8"))
    new_id = re.search(r"^  - id: (\S+)$", entry, re.MULTILINE).group(1)
    record = next(a for a in data["articles"] if a["slug"] == article["slug"])
    anchored = next(a for a in record["annotations"] if a["id"] == new_id)
    expected = len("\n\n".join(lines[:index])) + 2 + hit
    assert anchored["start"] == expected


def unique_words(site: Path, article: dict, count: int = 4) -> tuple[str, int]:
    """Words of a paragraph (letters only) that occur once in the article's clean text, outside every annotation."""
    text = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
    taken = [(a["start"], a["end"]) for a in article["annotations"]]
    for line in text[:-1].split("\n\n")[1:]:
        words = line.split(" ")
        for i in range(len(words) - count):
            phrase = " ".join(words[i : i + count])
            if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)+", phrase) and text.count(phrase) == 1:
                start = text.index(phrase)
                if not any(start < end and s < start + len(phrase) for s, end in taken):
                    return phrase, start
    pytest.skip("no unique run of plain words")


def test_annotating_by_keyboard_alone(open_page, site, archive):
    """Issue 13, point 8: selecting words needs a mouse (or caret browsing). The keyboard way: Tab to "Or type the
    words to annotate", type them, Enter; the same entry, with the context the build needs; Tab to Copy."""
    article = max(archive["articles"], key=lambda a: len(a["annotations"]))
    page = open_page(article["page"])
    phrase, start = unique_words(site, article)
    for _ in range(400):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "sa-annotate-words":
            break
    else:
        pytest.fail("Tab never reached the words box")
    page.keyboard.type("the")  # many times in the article: more words are asked for
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("type a few more words around the ones you mean")
    assert page.evaluate("document.activeElement.id") == "sa-annotate-words"
    page.keyboard.press("Control+A")
    page.keyboard.type(phrase)
    page.keyboard.press("Enter")
    entry_box = page.locator(".sa-annotate-entry")
    expect(entry_box).to_be_focused()
    [entry] = yaml.safe_load(entry_box.input_value())
    assert entry["quote"] == phrase
    text = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
    spans = python_spans(text)
    assert find_quote(text, spans, entry["quote"], entry.get("prefix", ""), entry.get("suffix", "")) == [
        (start, start + len(phrase))
    ]
    page.keyboard.press("Tab")
    expect(page.locator(".sa-annotate-copy")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".sa-annotate-status")).to_have_text("Copied.")


def test_tab_from_a_selection_reaches_annotate_next(open_page, archive):
    """The Annotate button stands right after the selected paragraph in the page's order (it was the last thing in
    <body>): Tab from a selection (made with the mouse here, or with caret browsing) reaches it next."""
    article = min(archive["articles"], key=lambda a: len(a["annotations"]))
    page = open_page(article["page"])
    # The first words of a paragraph with no highlight after them: nothing focusable between them and the button.
    box = page.evaluate(
        """() => {
          const p = [...document.querySelectorAll(".sa-text > p")].find(p => !p.querySelector("mark, a, button") && p.textContent.length > 40);
          const text = [...p.childNodes].find(n => n.nodeType === Node.TEXT_NODE);
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, text.data.indexOf(" ", 12));
          p.scrollIntoView({block: "center"});
          const r = range.getBoundingClientRect();
          return {x: r.left + 1, y: r.top + r.height / 2, right: r.right - 1};
        }"""
    )
    page.mouse.move(box["x"], box["y"])
    page.mouse.down()
    page.mouse.move(box["right"], box["y"], steps=5)
    page.mouse.up()
    button = page.locator(".sa-annotate-button")
    expect(button).to_be_visible()
    placed = button.bounding_box()
    assert box["y"] < placed["y"] < box["y"] + 60 and abs(placed["x"] - box["x"]) < 20, (placed, box)  # under the words
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".sa-annotate-entry")).to_be_focused()
