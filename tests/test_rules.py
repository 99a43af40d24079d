"""Each junk rule on synthetic lines (written for these tests, not taken from any outlet): the rule drops its trigger
and keeps an article sentence that merely resembles it. Plus the context rules and contributor overrides."""

from __future__ import annotations

import pytest

from archive import rules
from archive.clean import clean
from archive.model import BYLINE, DATELINE, HEADING, PARAGRAPH, STANDFIRST, TITLE, CleanArticle, RawArticle

TITLE_LINE = "Harbour Talks Open A New Northern Corridor"
OPENING = "The two delegations met at the harbour on Tuesday and agreed to open a northern corridor for grain and timber."
MIDDLE = "Officials said the corridor would carry grain, timber and fertiliser from the inland provinces to the harbour."
CLOSING = "Both sides said further talks on the corridor would be held in the harbour city before the end of the year."


def article(*lines: str) -> RawArticle:
    return RawArticle("test.txt", "test.txt", "test", "0" * 64, tuple(lines))


def run(*lines: str, keep: tuple[str, ...] = (), drop: tuple[str, ...] = ()) -> CleanArticle:
    return clean(article(*lines), keep=keep, drop=drop)


def outcome(result: CleanArticle) -> dict[str, str]:
    """Each line's text -> its role, or 'x <rule>' when dropped."""
    found = {line.text: line.role for line in result.lines}
    found.update({d.text: f"x {d.rule}" for d in result.dropped})
    return found


def in_article(line: str) -> dict[str, str]:
    return outcome(run(TITLE_LINE, "", OPENING, "", line, "", MIDDLE, "", CLOSING))


# (rule, a junk line that triggers it, an article sentence that does not)
LINE_RULE_CASES = [
    (rules.ADVERTISEMENT, "ADVERTISEMENT", "The advertisement campaign for the corridor was banned by the regulator."),
    (rules.ADVERTISEMENT, "Story continues below advertisement", "The story continues below the surface, one official said."),
    (rules.SHARE_BUTTON, "Share on WhatsApp", "Shares in the harbour operator rose by five percent on the news."),
    (rules.SHARE_BUTTON, "Facebook Twitter LinkedIn Email", "Officials used Facebook and Twitter to announce the deal."),
    (rules.COMMENT_WIDGET, "12 Comments", "Twelve comments were filed with the port authority by the deadline."),
    (rules.COMMENT_WIDGET, "Leave a Reply", "He was asked to leave a reply with the ministry by Friday."),
    (rules.COUNTER, "17", "17 ships were waiting outside the harbour on Tuesday morning."),
    (rules.NAV_LABEL, "Skip to main content", "The minister said the plan would skip the main content of the old treaty."),
    (rules.NAV_LABEL, "Back to top", "Trade is back to the top of the agenda, the minister said."),
    (rules.SECTION_LABEL, "Politics and Business", "Politics and business were both on the agenda at the harbour."),
    (rules.BREADCRUMB, "Home » Regions » North", "Exports rose > 5% in the north, the agency said."),
    (rules.EPAPER_LINK, "E-Paper", "The deal was signed on paper after months of talks."),
    (rules.READING_TIME, "4 min read", "He took four minutes to read the statement aloud."),
    (rules.TIMESTAMP, "3 hours ago", "Three hours ago the ships were still waiting, the captain said."),
    (rules.COPYRIGHT_FOOTER, "Copyright © 2021 Example Harbour Gazette", "Copyright rules for the corridor maps were discussed."),
    (
        rules.COPYRIGHT_FOOTER,
        "Example Gazette 2021. All Rights Reserved.",
        "All rights were reserved for the port's fishermen, he said.",
    ),
    (rules.ANALYTICS_FOOTER, "Web Analytics", "Web analytics firms were hired to track the corridor's traffic."),
    (rules.PHOTO_SLUG, "HARBOUR-NORTH-CORRIDOR-TRADE", "COVID-19 delayed the first shipments, officials said."),
    (rules.CAPTION_CREDIT, "Photo: Jane Example/Harbour Wire", "Photos of the signing were published by the ministry."),
    (
        rules.CAPTION_CREDIT,
        "(Image credit: EXAMPLE AGENCY via Getty Images)",
        "The image of the corridor was a credit to the ministry.",
    ),
    (
        rules.CAPTION,
        "The two ministers shake hands at the harbour. REUTERS/Jane Example",
        "The two ministers shook hands at the harbour, Reuters reported.",
    ),
    (rules.CAPTION, "FILE PHOTO: A cargo ship waits outside the harbour.", "A file photo of the ship was shown to reporters."),
    (rules.SOURCE_CREDIT, "Source: Example Wire", "Sources said the corridor would open next spring."),
    (
        rules.TEASER,
        "Ministers open corridor talks at the harbour … Read more",
        "Read more about the plan, the minister urged reporters.",
    ),
    (
        rules.READ_MORE,
        "ALSO READ: Storm closes the southern harbour",
        "Also read by the delegates was a report on the southern harbour.",
    ),
    (rules.READ_MORE, "Related: Grain prices climb as corridor opens", "Related talks on grain prices will follow, he said."),
    (
        rules.TAG_CLOUD,
        "Tags: harbour, corridor, grain, timber",
        "The tags on the grain sacks named the harbour and the corridor.",
    ),
    (
        rules.TAG_CLOUD,
        "Harbour Talks Northern Corridor Harbour Grain Corridor Timber Harbour North Corridor Trade",
        "The harbour talks on the northern corridor covered grain, timber and trade.",
    ),
    (
        rules.COOKIE_NOTICE,
        "We use cookies to give you the best browsing experience. Accept",
        "The delegates ate cookies at the harbour.",
    ),
    (rules.SOCIAL_PROMO, "Follow us on Instagram for more stories", "Follow the grain, the minister told the delegates."),
    (rules.URL_LINE, "www.example-harbour.com", "The ministry published the plan on its website on Monday."),
    (rules.IMAGE_FILE, "corridor_map_2021.jpg", "A map of the corridor was shown in a JPG file to the press."),
    (
        rules.TICKER,
        "Storm closes the southern port | Grain prices climb again today | New ferry line opens in the west",
        "The storm | as locals call it | closed the southern port for a day.",
    ),
    (rules.PAYWALL, "Subscribe to continue reading this story", "Subscribers to the harbour newsletter rose by a third."),
    (
        rules.DISCLAIMER,
        "The views expressed in this article are the author's own.",
        "The views of the fishermen were heard at the harbour on Tuesday.",
    ),
    (rules.NO_TEXT, "• • •", "Grain, timber and fertiliser will travel the corridor."),
]


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"), LINE_RULE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LINE_RULE_CASES)]
)
def test_line_rule_drops_its_trigger_and_keeps_the_sentence(rule: str, junk: str, sentence: str) -> None:
    dropped = in_article(junk)
    assert dropped[rules.strip_bullet(junk)[0] or junk] == f"x {rule}"
    assert dropped[OPENING] == PARAGRAPH and dropped[MIDDLE] == PARAGRAPH
    kept = in_article(sentence)
    assert kept[sentence] == PARAGRAPH


def test_every_rule_name_is_a_distinct_string() -> None:
    assert len(set(rules.RULE_NAMES)) == len(rules.RULE_NAMES)
    assert rules.COPYRIGHT_FOOTER == "copyright-footer"
    assert all(name == name.lower() and " " not in name for name in rules.RULE_NAMES)


def test_nav_bullets_above_and_below_the_article_are_dropped_but_a_bulleted_list_is_kept() -> None:
    lines = (
        "• Home",
        "  • Radio",
        "• sign in",
        TITLE_LINE,
        OPENING,
        "• Grain",
        "• Timber",
        MIDDLE,
        CLOSING,
        "• Contact",
        "• Jobs",
    )
    result = outcome(run(*lines))
    assert result["Home"] == "x nav-label"
    assert result["Radio"] == "x nav-bullet"
    assert result["sign in"] == "x nav-label"
    assert result["Jobs"] == "x nav-bullet"
    assert result["Grain"] == HEADING and result["Timber"] == HEADING  # between paragraphs: the article's short list
    assert result[MIDDLE] == PARAGRAPH
    long_item = "• Grain exports rose by a third in May, the ministry said on Friday."
    assert outcome(run(TITLE_LINE, OPENING, long_item, CLOSING))[long_item[2:]] == PARAGRAPH


def test_caption_printed_twice_with_and_without_credit() -> None:
    caption = "Dock workers unload timber at the northern harbour."
    result = outcome(run(TITLE_LINE, f"• {caption}", f"{caption} | Photo: Example Wire", OPENING, MIDDLE))
    assert [d.rule for d in run(TITLE_LINE, f"• {caption}", f"{caption} | Photo: Example Wire", OPENING).dropped] == [
        "caption",
        "caption",
    ]
    assert result[OPENING] == PARAGRAPH
    # the same sentence without a credited twin is article text
    assert outcome(run(TITLE_LINE, OPENING, caption, MIDDLE))[caption] == PARAGRAPH


def test_caption_between_photo_slug_and_credit() -> None:
    caption = "A crane (L) lifts a container as ministers (C) look on at the harbour on March 3, 2021."
    result = outcome(run(TITLE_LINE, OPENING, "HARBOUR-NORTH-CORRIDOR", caption, "(Photo : JANE EXAMPLE/EXAMPLE WIRE)", MIDDLE))
    assert result[caption] == "x caption"
    assert result["HARBOUR-NORTH-CORRIDOR"] == "x photo-slug"
    assert result["(Photo : JANE EXAMPLE/EXAMPLE WIRE)"] == "x caption-credit"
    # a paragraph next to an image credit, without position marks, is kept
    result = outcome(run(TITLE_LINE, OPENING, "Photo: Example Wire", MIDDLE, CLOSING))
    assert result[MIDDLE] == PARAGRAPH


def test_an_iso_date_line_is_a_dateline_not_a_photo_slug() -> None:
    # Found by the benchmark corpus: "2022-01-27" matched the slug shape (capitals/digits joined by hyphens).
    result = outcome(run(TITLE_LINE, "2022-01-27", OPENING, MIDDLE))
    assert result["2022-01-27"] == DATELINE
    assert outcome(run(TITLE_LINE, OPENING, "HARBOUR-2022-FORUM", MIDDLE))["HARBOUR-2022-FORUM"] == "x photo-slug"


def test_read_more_label_takes_the_headline_on_the_next_line() -> None:
    result = outcome(run(TITLE_LINE, OPENING, "SEE ALSO:", "Storm Closes The Southern Harbour", MIDDLE, CLOSING))
    assert result["SEE ALSO:"] == "x read-more"
    assert result["Storm Closes The Southern Harbour"] == "x read-more"
    assert result[MIDDLE] == PARAGRAPH
    # the next line is a sentence: it stays
    result = outcome(run(TITLE_LINE, OPENING, "SEE ALSO:", MIDDLE, CLOSING))
    assert result[MIDDLE] == PARAGRAPH


def test_promo_block_runs_until_the_next_full_sentence() -> None:
    teaser = "Fishermen on the southern coast say the storm season has started early and..."
    result = outcome(
        run(
            TITLE_LINE,
            OPENING,
            MIDDLE,
            "Most Popular",
            "Storm Closes The Southern Harbour",
            teaser,
            "Business",
            "2 hours ago",
            CLOSING,
        )
    )
    for line in ("Most Popular", "Storm Closes The Southern Harbour", teaser, "Business", "2 hours ago"):
        assert result[line].startswith("x ")
    assert result["Most Popular"] == "x promo-block"
    assert result[CLOSING] == PARAGRAPH


def test_related_headline_is_dropped_but_a_sub_heading_is_kept() -> None:
    heading = "Grain And Timber Along The Northern Corridor"
    related = "Volcano Eruption Grounds Flights Across Pacific Islands"
    result = outcome(run(TITLE_LINE, OPENING, related, MIDDLE, heading, CLOSING))
    assert result[related] == "x related-headline"
    assert result[heading] == HEADING
    # a headline-shaped line at the very end is not a heading (nothing follows it)
    assert outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, heading))[heading] == PARAGRAPH


def test_repeated_first_paragraph_is_the_standfirst() -> None:
    result = run(TITLE_LINE, OPENING, MIDDLE, OPENING, CLOSING)
    assert [(line.number, line.role) for line in result.lines] == [(1, TITLE), (2, STANDFIRST), (3, PARAGRAPH), (5, PARAGRAPH)]
    assert [(d.number, d.rule) for d in result.dropped] == [(4, rules.REPEATED_LINE)]


def test_masthead_above_the_title() -> None:
    result = outcome(run("Harbour Gazette", TITLE_LINE, "By Jane Example", "Published 3 March 2021", OPENING, MIDDLE))
    assert result["Harbour Gazette"] == "x masthead"
    assert result[TITLE_LINE] == TITLE
    assert result["By Jane Example"] == BYLINE
    assert result["Published 3 March 2021"] == DATELINE


def test_title_printed_twice_is_the_title() -> None:
    result = run("Harbour Gazette Online", "Your daily news, from the coast.", TITLE_LINE, TITLE_LINE, OPENING, MIDDLE)
    assert [(line.number, line.role) for line in result.lines] == [(3, TITLE), (5, PARAGRAPH), (6, PARAGRAPH)]
    assert [(d.number, d.rule) for d in result.dropped] == [(1, rules.MASTHEAD), (2, rules.MASTHEAD), (4, rules.REPEATED_LINE)]
    assert [d.rule for d in run("Harbour Gazette Online", TITLE_LINE, TITLE_LINE, OPENING).dropped] == [
        "masthead",
        "repeated-line",
    ]


def test_page_without_a_title_line() -> None:
    result = run(OPENING, MIDDLE, CLOSING)
    assert [line.role for line in result.lines] == [PARAGRAPH, PARAGRAPH, PARAGRAPH]


def test_agency_and_names_only_credits_are_bylines() -> None:
    result = outcome(run(TITLE_LINE, "Jane Example and John Sample", "(Example Wire) 13:28, March 3, 2021", OPENING, "(Reuters)"))
    assert result["Jane Example and John Sample"] == BYLINE
    assert result["(Reuters)"] == BYLINE


def test_contributor_drop_and_keep() -> None:
    lines = (TITLE_LINE, OPENING, "Advertisement", MIDDLE, "Storm Closes The Southern Harbour", CLOSING)
    plain = outcome(run(*lines))
    assert plain["Advertisement"] == "x advertisement"
    assert plain[MIDDLE] == PARAGRAPH
    changed = run(*lines, keep=("Advertisement",), drop=(MIDDLE, "  Storm Closes The Southern Harbour  "))
    found = outcome(changed)
    assert found["Advertisement"] == HEADING  # kept, and a one-line label followed by a paragraph reads as a heading
    assert found[MIDDLE] == "x sidecar"
    assert found["Storm Closes The Southern Harbour"] == "x sidecar"
    # a kept headline-shaped line followed by a paragraph becomes a heading
    kept = outcome(
        run(
            TITLE_LINE,
            OPENING,
            "Volcano Eruption Grounds Flights Across Pacific Islands",
            MIDDLE,
            keep=("Volcano Eruption Grounds Flights Across Pacific Islands",),
        )
    )
    assert kept["Volcano Eruption Grounds Flights Across Pacific Islands"] == HEADING


def test_bulleted_text_is_kept_without_its_bullet() -> None:
    result = run(TITLE_LINE, f"  – {OPENING}  ", f"* {MIDDLE}")
    assert [line.text for line in result.lines] == [TITLE_LINE, OPENING, MIDDLE]


def test_invisible_only_line_is_dropped() -> None:
    result = run(TITLE_LINE, "\u200b", OPENING)
    assert [(d.number, d.rule) for d in result.dropped] == [(2, rules.NO_TEXT)]


# Shapes met on real pages from other outlets, rewritten with invented words.


def test_caption_ending_with_a_wire_after_the_full_stop() -> None:
    caption = "The harbour master waves as the first barge leaves the northern pier, Monday, March 1, 2021. - AP"
    result = outcome(run(caption, TITLE_LINE, OPENING, MIDDLE))
    assert result[caption] == "x caption"
    assert result[TITLE_LINE] == TITLE


def test_wire_dateline_inside_a_short_paragraph_is_kept() -> None:
    paragraph = "HARBOUR CITY, March 3. /TASS/. The first barge left the northern pier on Monday."
    assert outcome(run(TITLE_LINE, OPENING, paragraph, CLOSING))[paragraph] == PARAGRAPH
    licensed = "The ministry said the harbour photos were licensed from Getty Images."
    assert outcome(run(TITLE_LINE, OPENING, licensed, CLOSING))[licensed] == PARAGRAPH


def test_long_paragraph_ending_like_a_teaser_is_kept() -> None:
    paragraph = (
        " ".join([MIDDLE, CLOSING, "The minister said the plan was one to read more about in the spring"]) + " … read more"
    )
    assert outcome(run(TITLE_LINE, OPENING, paragraph, CLOSING))[paragraph] == PARAGRAPH


def test_furniture_words_next_to_a_dateline_are_not_a_byline() -> None:
    result = outcome(run(TITLE_LINE, "3rd March, 2021", "Key Image", OPENING, MIDDLE))
    assert result["3rd March, 2021"] == DATELINE
    assert result["Key Image"] != BYLINE


def test_source_credit_with_a_date_is_a_byline() -> None:
    credit = "Source: Example Wire | 2019-06-05 10:58:05 | Editor: Jane Example"
    result = outcome(run(TITLE_LINE, credit, OPENING, MIDDLE))
    assert result[credit] == BYLINE
    assert outcome(run(TITLE_LINE, OPENING, "Source: Example Wire", MIDDLE))["Source: Example Wire"] == "x source-credit"


def test_names_on_their_own_lines_under_the_title_are_bylines() -> None:
    result = outcome(run(TITLE_LINE, "Jane Example", "John Sample", OPENING, MIDDLE))
    assert result["Jane Example"] == BYLINE and result["John Sample"] == BYLINE
    # a single name alone, with no other credit beside it, is not taken for one
    assert outcome(run(TITLE_LINE, OPENING, "Jane Example", MIDDLE))["Jane Example"] != BYLINE


def test_masthead_lines_of_page_furniture_above_the_title() -> None:
    result = run("Connect with us", "Regions", TITLE_LINE, "Published", OPENING, MIDDLE)
    assert [(d.number, d.rule) for d in result.dropped] == [(1, rules.NAV_LABEL), (2, rules.MASTHEAD), (4, rules.NAV_LABEL)]
    assert result.title is not None and result.title.number == 3


def test_caption_with_bracketed_wire_credit_and_credit_line_with_updated_label() -> None:
    caption = "A crane lifts the first container at the northern pier, March 3, 2021. [Xinhua/Jane Example]"
    credit = "Source: Example Wire Updated: 2021-03-04"
    result = outcome(run(TITLE_LINE, credit, caption, OPENING, MIDDLE))
    assert result[caption] == "x caption"
    assert result[credit] == BYLINE
