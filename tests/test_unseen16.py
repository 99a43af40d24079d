"""Issue 17, sixteenth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules
from archive.model import BYLINE, PARAGRAPH


def roles(cleaned) -> list[tuple[int, str]]:
    return [(line.number, line.role) for line in cleaned.lines]


def test_a_name_alone_under_the_last_paragraph_is_the_writers_signature() -> None:
    # SIGNATURE_AT_END: as Vietnamese, Russian and local sites sign an article
    cleaned, meta = build(HEADLINE, *BODY, "Jane Example")
    assert (meta.author.value, roles(cleaned)[-1]) == ("Jane Example", (5, BYLINE))
    _, meta = build(HEADLINE, *BODY, "Елизавета Примерова")
    assert meta.author.value == "Елизавета Примерова"


@pytest.mark.parametrize(
    "last",
    [
        "Jane Example",  # named in the article: a quote's speaker (the paragraph below says so)
        "Harbour Example",  # a word of the headline: a sub-heading
        "WHAT HAPPENS NEXT",  # stop words ("what", "next"): a sub-heading in capitals cut at the copy's end
    ],
)
def test_a_name_alone_at_the_end_is_no_signature_when_the_article_names_it_or_it_is_a_heading(last: str) -> None:
    body = (*BODY[:2], BODY[2] + " Jane Example said the vote was close.")
    cleaned, meta = build(HEADLINE, *body, last)
    assert (meta.author.value, roles(cleaned)[-1]) == (None, (5, PARAGRAPH))


def test_a_name_alone_at_the_end_under_a_short_line_is_no_signature() -> None:
    # under a heading or a list's item, not under a paragraph of the article
    cleaned, meta = build(HEADLINE, *BODY, "Results", "Jane Example")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("junk", "sentence"),
    [
        # CREDIT_SITE: a photo credited to a site by its address, after words of the caption's language
        ("Фото: взято с сайта example.ru", "Фото сделано на сайте example.ru, сообщили в пресс-службе в пятницу."),
        ("Photo: screenshot from example.com", "The photo was posted on example.com and shared widely on Tuesday."),
    ],
)
def test_a_photo_credited_to_a_site_is_a_credit(junk: str, sentence: str) -> None:
    check_line_rule(rules.CAPTION_CREDIT, junk, sentence)
    # without the address, lower-case words after "Photo:" are no one's credit (in Russian and Ukrainian they may be:
    # CYRILLIC_MEDIA_CREDIT, test_unseen36)
    assert rules.line_rule("Foto: tomada del sitio") is None


@pytest.mark.parametrize("mark", ["END", "- ENDS -", "-0-", "(完)"])
def test_a_wire_end_mark_ends_the_article(mark: str) -> None:
    # WIRE_END_MARKS: the mark and the furniture under it go, the article stays
    cleaned, _ = build(HEADLINE, *BODY, mark, "Related Shares")
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(5, rules.END_MARKER), (6, rules.AFTER_ARTICLE)]
    assert roles(cleaned)[1:] == [(2, PARAGRAPH), (3, PARAGRAPH), (4, PARAGRAPH)]


@pytest.mark.parametrize("line", ["End", "The End", "ENDED", "END OF STORY"])
def test_words_of_an_ending_are_no_end_mark(line: str) -> None:
    # without the trigger: "end" in other words or cases is a heading's or the article's
    assert rules.line_rule(line) is None
