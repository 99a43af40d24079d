"""Issue 17, fifty-fifth round: shapes a newly collected development corpus showed (the machine lost the old one),
each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

from archive.dates import date_within
from archive.metaline import parse_lead

HEADLINE = "Clinic opens its doors"
LEAD = "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said."
SECOND = "The board said the clinic would serve the whole of the bay area from next year on."
THIRD = "Nurses from the old ward moved across the bay to the new building over the weekend, the board said."


def _kept(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [kept.text for kept in clean.lines]


# TWEET_TEXT_STAYS: an embedded tweet's text of some length, run onto its signature, is the story's; a short call with
# its picture's link, or the signature alone, goes.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "The harbour clinic has opened its doors to the first patients from the bay this morning. "
            "pic.twitter.com/AbC123 — Harbour Board (@harbourboard) March 9, 2020",
            True,
        ),
        ("Find out more with Jane 👇 pic.twitter.com/AbC123 — Harbour Office (@harbouroffice) June 16, 2025", False),
        ("— Jane Roe (@janeroe) February 1, 2021", False),
    ],
)
def test_an_embedded_tweets_text_stays(line: str, kept: bool) -> None:
    assert (line in _kept(HEADLINE, "", LEAD, "", SECOND, "", line, "", THIRD)) is kept


# STATE_WITHOUT_COMMA: a dateline's place in capitals and its state abbreviated without the comma, then a station's
# call letters: the station; a place without a state reads as before, a capitalised word that is no state does not.
@pytest.mark.parametrize(
    ("lead", "place", "wire"),
    [
        ("HARBOURTON Ore. (WXYZ) - The clinic opened on Monday.", "HARBOURTON", "WXYZ"),
        ("HARBOURTON, Ore. (WXYZ) - The clinic opened on Monday.", "HARBOURTON", "WXYZ"),
        ("HARBOURTON Oregon (WXYZ) - The clinic opened on Monday.", None, None),
    ],
)
def test_a_state_without_its_comma_is_the_datelines(lead: str, place: str | None, wire: str | None) -> None:
    found = parse_lead(lead, "")
    assert (found.place if found else None, found.wire if found else None) == (place, wire)


def test_a_stations_call_letters_after_a_state_without_comma_name_the_outlet() -> None:
    _, meta = build(HEADLINE, "", "HARBOURTON Ore. (WXYZ) - " + LEAD, "", SECOND)
    assert meta.outlet.value == "WXYZ"


# SECTION_GLUED_TO_THE_YEAR: a date line run onto the section's name after its year dates the page; a date run onto
# a sentence does not, nor one glued to a word in small letters.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("April 13, 2017US News", "2017-04-13"),
        ("April 13, 2017 US News", "2017-04-13"),
        ("March 31, 2022The budget was cut by the council", None),
        ("March 31, 2022the budget", None),
    ],
)
def test_a_section_glued_to_the_year(line: str, date: str | None) -> None:
    found = date_within(line)
    assert (found.iso if found else None) == date


def test_a_date_glued_to_its_section_under_the_headline_dates_the_page() -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "April 13, 2017US News", "", LEAD, "", SECOND)
    assert meta.date.value == "2017-04-13"


# CJK_LABELLED_AMID_FURNITURE: a Chinese date label right before the date, in a tool bar's line, dates it; a date
# inside a Chinese sentence without its label does not.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("选择字号:   本文共阅读 2651 次 更新时间:2018-10-27 21:32", "2018-10-27"),
        ("本文共阅读 2651 次 会议在2018-10-27举行了很多讨论", None),
    ],
)
def test_a_chinese_label_dates_a_tool_bars_line(line: str, date: str | None) -> None:
    found = date_within(line)
    assert (found.iso if found else None) == date
