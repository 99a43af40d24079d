"""Issue 17, fifty-first round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome. Table-driven: one table per kind of outcome (a line dropped or kept, a field read)."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build, kept_lines  # build: cleaned and read, empty registry
from test_unseen10 import BODY, HEADLINE

from archive.sources import is_newspaper_name

# The page's title line over the headline printed bare (TITLE_PRINTED_BARE_PREFIX): the title field is the bare
# headline, whatever the suffix; without the bare printing, or with only a date after the dash, the line is read as before.
PAGE_TITLE = f"{HEADLINE} - Example.com - Harbour, Bayside, Northport |Example News"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        ((PAGE_TITLE, "", HEADLINE), HEADLINE),
        ((f"{HEADLINE} - Example 4 Harbour City: News, Weather and Sports", "", HEADLINE), HEADLINE),
        (("Harbour council report", "", "Harbour council report – July 2018"), "Harbour council report – July 2018"),
        ((f"{HEADLINE} - a second look at the plan",), f"{HEADLINE} - a second look at the plan"),
    ],
)
def test_the_page_title_over_the_bare_headline(lines: tuple[str, ...], title: str) -> None:
    _, meta = build(*lines, "", *BODY)
    assert meta.title.value == title


# The headline printed twice, once bare of its quotes and dash and once as set (TITLE_PRINTED_PUNCTUATED): the title is
# the printing with its punctuation; the same printing twice, or a copy in markup, leaves the first.
@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            "Harbour works unharmed by storm council",
            "Harbour works ‘unharmed by storm’ — council",
            "Harbour works ‘unharmed by storm’ — council",
        ),
        (
            "Harbour works unharmed by storm council",
            "Harbour works unharmed by storm council",
            "Harbour works unharmed by storm council",
        ),
        (
            "Harbour works unharmed by storm council",
            "**Harbour works unharmed by storm council**",
            "Harbour works unharmed by storm council",
        ),
    ],
)
def test_the_headline_printed_with_and_without_its_punctuation(first: str, second: str, title: str) -> None:
    _, meta = build(first, "13 August 1999", second, "", *BODY)
    assert meta.title.value == title


# NAME_OVER_THE_DATE and FIELD_LABEL_WORDS: the headline printed twice with a rubric glued on, "Release Date" (a label
# whose value is lost) and the writer's name over the date line: no title is better than the writer's name, and the
# label is no author; the same name over a paragraph, a headline of its own, stays one.
def test_the_writer_s_name_over_the_date_line_is_no_headline() -> None:
    headline = "FACTBOX-Harbour council approves the new budget"
    lines = (headline, "", "Release Date", "", "Example Sentinel", "", headline, "", "Jane M. Roe", "")
    _, meta = build(*lines, "4:23 AM EST, November 6, 2013", "", *BODY)
    assert (meta.title.value, meta.author.value) == ("FACTBOX-Harbour council approves the new budget", "Jane M. Roe")


# PHOTOGRAPHER_AND_AGENCY: a source line under the writer's name naming a person and an agency credits the picture's
# photographer; naming the agency and a paper, it names the page that carries the agency's copy.
@pytest.mark.parametrize(
    ("source", "outlet"),
    [("Источник: Сергей Петров/ТАСС", None), ("Источник: ТАСС/Пример Таймс", "Пример Таймс")],
)
def test_a_source_line_naming_an_agency_and_one_other(source: str, outlet: str | None) -> None:
    lines = (HEADLINE, "", BODY[0], "", "Jane Doe", "Author Example News", source, "", *BODY[1:])
    _, meta = build(*lines, registry=ARCHIVE_REGISTRY)
    assert meta.outlet.value == outlet


# OUTDATED_BROWSER, "older browser version": the template's notice to old browsers over the headline goes, and the
# headline under it is found; PROVIDED_BY_HOLDER: "© Provided by Example Post", an aggregator's credit to the copy's
# provider, names no outlet (a notice naming the holder does).
@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("You are using an older browser version. Please use a supported version for the best Example experience.", HEADLINE),
        ("You are using an older version of the plan, the council said on Tuesday in a long statement to the press.", None),
    ],
)
def test_a_browser_notice_over_the_headline(top: str, title: str | None) -> None:
    _, meta = build(top, "", HEADLINE, "", *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(("notice", "outlet"), [("© Provided by Example Post", None), ("© Example Post", "Example Post")])
def test_a_rights_notice_under_the_article(notice: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", notice)
    assert meta.outlet.value == outlet


# One line among the article's paragraphs, dropped (False) or kept (True): each rule's trigger, then the nearest line
# without it.
LINES_DROPPED_OR_KEPT = [
    # REPOST_NOTICES: an autoblog's notice, a feed's cut, a print edition's headline under its label
    ("This post was originally published on this site", False),
    ("Read 2 remaining paragraphs | Comments", False),
    ("Print Headline: Harbour council approves the budget", False),
    ("The plan was originally published on this site in May, the council said, and then taken down.", True),
    ("Read the two remaining paragraphs of the plan aloud, the mayor told the council on Tuesday.", True),
    # the subscription box's cut question and a sponsor's label
    ("¿Quieres añadir otro usuario", False),
    # SEMICOLON_KEYWORDS: a CMS's keywords joined by semicolons; a sentence's semicolons, or Chinese clauses, stay
    ("Example Bank;MNB;Interest rates;inflation;", False),
    ("The bank cut its rate; the markets rose; the government welcomed the decision on Tuesday.", True),
    ("港口预算获批;市长宣布新工作;反对派要求更多学校经费", True),
    # CALL_AFTER_A_SLOGAN: the call as a short line's second sentence; a sentence about subscribing stays
    ("Navigate this market better. Subscribe for FREE stock alerts and information.", False),
    ("Readers asked how to subscribe. The council said it would publish the plan online.", True),
    # EMOJI_BETWEEN_LINKS: a row of links with their icons; one emoji, or a sentence with two, stays
    ("Start the day smarter ☀️ Harbour news 🏀 Why it's important Results and schedule", False),
    ("Harbour news 🏀 Results and schedule", True),
    ("The fans cheered 🏀 and sang ⚽ until the end of the match on Tuesday evening.", True),
]


@pytest.mark.parametrize(("line", "kept"), LINES_DROPPED_OR_KEPT)
def test_a_furniture_line_among_the_paragraphs(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# DATE_AMID_FURNITURE: under the headline, a short line holding one full date among a few words no rule reads dates the
# page; a range of days, a sentence with a date, two dates, or a line below the text's first sentence do not.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("28 Settembre 2017 0 Di Example", "2017-09-28"),
        ("May 15, 2018 0 By example", "2018-05-15"),
        ("100次浏览     发布时间:2025-03-24 13:38:11", "2025-03-24"),
        ("Numărul 31-32, 13-26 aug. 2025  »  Document", None),
        ("The council will publish the results of the vote on May 6, 2020.", None),
        ("May 15, 2018 0 By example June 2, 2018", None),
    ],
)
def test_a_date_amid_furniture_under_the_headline(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.date.value == date


def test_a_date_amid_furniture_below_the_first_sentence_is_another_s() -> None:
    _, meta = build(HEADLINE, "", BODY[0], "", "28 Settembre 2017 0 Di Example", "", *BODY[1:])
    assert meta.date.value is None


# TODAY_ENDS_A_HEADLINE: a headline of more than three words ending with "Today" tells when, and names no paper; a
# short name ending so is a paper's.
@pytest.mark.parametrize(
    ("name", "newspaper"),
    [("Industry Chiefs Swap Chairs Today", False), ("Example Business Today", True), ("Harbour Today", True)],
)
def test_a_name_ending_with_today(name: str, newspaper: bool) -> None:
    assert is_newspaper_name(name) is newspaper


def test_a_headline_ending_with_today_over_its_writer() -> None:
    text = (
        "Two industry chiefs swap chairs today, as the harbour company and its rival announced on Tuesday.",
        "The harbour company's chief leaves after two years, and the rival's chief takes the chair in May.",
    )
    _, meta = build("Industry Chiefs Swap Chairs Today", "", "Jane J Roe, Editor-in-Chief", "", *text)
    assert (meta.title.value, meta.outlet.value) == ("Industry Chiefs Swap Chairs Today", None)


# MONTH_DAY_DASH: a first paragraph opening with the month and day and a spaced dash before a capital is a dateline
# without its place and agency: the page's month and day; a dash before small letters, or a range, is the sentence's.
@pytest.mark.parametrize(
    ("lead", "partial"),
    [
        ("Nov. 2 - The harbour council approved the new budget for the district after a long debate.", "--11-02"),
        ("March 5 - the day the harbour council approved the new budget for the district, he said.", None),
        ("May 3 - 7 June: the harbour council will debate the new budget for the district in public.", None),
    ],
)
def test_a_month_and_day_before_a_dash_opening_the_text(lead: str, partial: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, "", *BODY[1:])
    assert (meta.date.value, dict(meta.date.extra).get("partial")) == (None, partial)
