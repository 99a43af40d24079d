"""Issue 17, fortieth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from support import ROOT
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.problems import Problems
from archive.registry import parse_registry

REGISTRY = parse_registry("registry.yml", (ROOT / "registry.yml").read_text(encoding="utf-8"), Problems())


def _dropped(cleaned) -> dict[str, str]:
    return {d.text: d.rule for d in cleaned.dropped}


def _roles(cleaned) -> dict[str, str]:
    return {line.text: line.role for line in cleaned.lines}


# SERIES_OF_SUB_HEADINGS: sub-headings opening alike, each over its paragraph, head the article's sections, though
# their words are new to the text; one such line alone between paragraphs is another story's headline.
SECTIONS = [
    (
        "Meeting with Harbour Mayor Jane Roe on May 1",
        "The minister said the port would need new cranes before the winter season began.",
    ),
    (
        "Meeting with Valley Governor John Doe on May 2",
        "The two men agreed that the road north should be widened within three years.",
    ),
    (
        "Meeting with River Chief Ann Poe on May 3",
        "She asked for money to repair the flood walls along the eastern bank of the river.",
    ),
]


@pytest.mark.parametrize("sections", [3, 1])
def test_sub_headings_in_a_series_are_the_articles(sections: int) -> None:
    lines = [HEADLINE, BODY[0], BODY[1]]
    for heading, paragraph in SECTIONS[-sections:]:
        lines += [heading, paragraph]
    lines += [BODY[2]]
    cleaned, _ = build(*lines)
    last = SECTIONS[-1][0]
    if sections == 3:
        assert _roles(cleaned)[last] == "heading"
    else:
        assert _dropped(cleaned)[last] == "related-headline"


# EMBEDDED_POST_FRAME: an embedded post's frame and an image's placeholder go; a sentence about a shared photo stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("View this post on Instagram", True),
        ("A post shared by Harbour League (@harbourleague) on Oct 24, 2018 at 9:45am PDT", True),
        ("A post shared by @harbourleague", True),
        ("Post Featured Image", True),
        ("A post shared by the harbour league on Tuesday showed the new stadium from the air.", False),
        ("View this post to learn more", False),
    ],
)
def test_an_embedded_posts_frame(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert (_dropped(cleaned).get(line) == "video-widget") is dropped


# SITE_NEWSROOM after "By": "By Example Newsroom" credits the site's own newsroom; a generic word or an abbreviation
# names no site the page goes by.
@pytest.mark.parametrize(
    ("byline", "outlet"), [("By Harbourline Newsroom", "Harbourline"), ("By Business Newsroom", None), ("By HTV Newsroom", None)]
)
def test_a_newsroom_byline_names_the_outlet(byline: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, byline, "March 23, 2017", *BODY)
    assert (meta.outlet.value, meta.author.value) == (outlet, None)


# STAFF_BYLINE_OVER_AGENCY_FOOTER: an agency's © under a story its byline credits to a station's staff is the site's
# template: the station is the outlet, no wire; without the staff byline the agency owns the page and the copy.
@pytest.mark.parametrize(
    ("byline", "outlet", "wire"),
    [("By KXYZ Staff", "KXYZ", None), ("By Jane Roe", "Associated Press", "Associated Press")],
)
def test_a_staff_byline_over_an_agency_footer(byline: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(
        HEADLINE,
        byline,
        "Published: Jan. 21, 2023 at 8:51 AM CST",
        *BODY,
        "Copyright 2023 The Associated Press. All rights reserved.",
        registry=REGISTRY,
    )
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# COMPANY_NOT_PERSON: a firm's name with its legal form under the date is no author; a person's name is.
@pytest.mark.parametrize(
    ("credit", "author"), [("Harbour Energy Ltd", None), ("Harbour Energy Inc.", None), ("Jane Harbour", "Jane Harbour")]
)
def test_a_company_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "Sept. 11, 2025", credit, *BODY)
    assert meta.author.value == author


# ARTICLE_BY: the piece's kind before "by" opens a byline.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Article by Jane Roe and John Doe", "Jane Roe and John Doe"),
        ("An essay by Jane Roe", "Jane Roe"),
        ("Article Jane Roe", None),
    ],
)
def test_the_pieces_kind_before_by(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, "August 10, 2022", *BODY)
    assert meta.author.value == author


# SUBSCRIBE_TO_ITS_CHANNEL: "Subscribe to Example.Ru Telegram channel" names the site; "Subscribe to our Telegram
# channel" names none.
@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Subscribe to Harbourline.Ru Telegram channel, Facebook, RSS!", "Harbourline.Ru"),
        ("Subscribe to our Telegram channel, Facebook, RSS!", None),
    ],
)
def test_a_subscription_to_the_sites_channel(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, promo)
    assert meta.outlet.value == outlet


# NAME_GLUED_TO_LIBRARY: a photographer's name run into a picture library's, or beside it, is the photo's credit; a
# sentence ending with the library's name is not.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Jane RoeGetty Images", True),
        ("Jane Roe Getty Images", True),
        ("Jane Roegetty images", False),
        ("The council bought the picture from Getty Images", False),
    ],
)
def test_a_photographers_name_run_into_a_library(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert (line in _dropped(cleaned)) is dropped
