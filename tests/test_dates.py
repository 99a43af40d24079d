"""parse_date: a dateline is a date and nothing else but date furniture; ambiguous, invalid or in-sentence dates are refused."""

from __future__ import annotations

import pytest

from archive.dates import parse_date
from archive.model import DateValue

DAY_FORMS = [
    ("Published 5 July 2017", "2017-07-05"),
    ("May 16, 2024 06:39 AM EDT", "2024-05-16"),
    ("Updated: 16 Nov 2018, 10:35 IST", "2018-11-16"),
    ("Wednesday, 5 July 2017", "2017-07-05"),
    ("Jul. 5, 2017", "2017-07-05"),
    ("Sept. 5, 2017", "2017-09-05"),
    ("July 5th, 2017", "2017-07-05"),
    ("2017-07-05", "2017-07-05"),
    ("2017/07/05", "2017-07-05"),
    ("2017-07-05T10:00:00Z", "2017-07-05"),
    ("2017-07-05T10:00:00.000+03:00", "2017-07-05"),
    ("5 July 2017 | 14:32 GMT", "2017-07-05"),
    ("Posted on June 25, 2016 at 3:15 pm", "2016-06-25"),
    ("First published on Sat 25 Jun 2016 12.03 BST", "2016-06-25"),
    ("Last updated: 3rd March 2021", "2021-03-03"),
    ("24th April 2018, 00:09 GMT+10", "2018-04-24"),
    ("Dec 10, 2023, at 02:44 am", "2023-12-10"),
    ("13:28, October 18, 2023", "2023-10-18"),
    ("October 03, 2023 01:13 pm | Updated 01:39 pm IST - BHUBANESWAR", "2023-10-03"),
    ("Published: 5 July 2017 | Updated: 6 July 2017 10:00", "2017-07-05"),
    ("Date: 2019-02-28", "2019-02-28"),
    ("29 February 2024", "2024-02-29"),
]


@pytest.mark.parametrize(("text", "iso"), DAY_FORMS)
def test_day_precision_forms(text: str, iso: str) -> None:
    assert parse_date(text) == DateValue(iso, "day")


def test_month_precision() -> None:
    assert parse_date("July 2017") == DateValue("2017-07", "month")
    assert parse_date("Published March, 2020") == DateValue("2020-03", "month")


def test_year_precision_needs_a_label() -> None:
    assert parse_date("Published 2017") == DateValue("2017", "year")
    assert parse_date("2017") is None  # a bare year is a heading or a number as often as a date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("25.06.2016", "2016-06-25"),  # day over 12: only one reading
        ("25/06/2016", "2016-06-25"),
        ("07/25/2016", "2016-07-25"),  # US order, day over 12
        ("06.06.2016", "2016-06-06"),  # day and month equal: both readings agree
        ("05.07.2017", "2017-07-05"),  # with dots: day first (DOTTED_DAY_FIRST)
        ("02.25.2017", "2017-02-25"),  # with dots, but the second number is over 12: month first
    ],
)
def test_numeric_dates_read_only_when_unambiguous(text: str, iso: str) -> None:
    assert parse_date(text) == DateValue(iso, "day")


@pytest.mark.parametrize(
    "text",
    [
        "05/07/2017",  # 5 July or May 7
        "5-7-2017",
        "05/07/17",  # two-digit year
    ],
)
def test_ambiguous_numeric_dates_are_refused(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text", ["31 February 2017", "2017-02-30", "April 31, 2019", "29 February 2023", "13/13/2017", "5 July 3017"]
)
def test_invalid_dates_are_refused(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "He arrived in Moscow on 5 July 2017.",
        "The treaty, signed on July 5, 2017, was renewed.",
        "Xi Jinping (R) and Vladimir Putin attend a ceremony in Beijing on October 18, 2023.",
        "5 July 2017 was a Wednesday",
        "PTI, Aug 16, 2021, 5:44 PM IST",  # a credit with a date is a byline, not a dateline
        "Updated 2 hours ago",
        "May 2024 be a good year",
        "Dates 2017",
        "",
    ],
)
def test_dates_inside_other_text_are_not_datelines(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("31 Agustus 2021", "2021-08-31"),  # Indonesian
        ("Selasa, 31 Agustus 2021", "2021-08-31"),  # with its weekday
        ("Montag, 5. März 2019 10:00", "2019-03-05"),  # German, day with a full stop
        ("3 de mayo de 2018", "2018-05-03"),  # Spanish
        ("12 августа 2020 г.", "2020-08-12"),  # Russian, genitive, "г." after the year
        ("вторник, 31 августа 2021", "2021-08-31"),
        ("14 juillet 2016", "2016-07-14"),  # French
        ("Agustus 31, 2021", "2021-08-31"),  # FOREIGN_MONTH_FIRST_FORM: a template's English order, comma and year
        ("Ağustos 27, 2025", "2025-08-27"),
    ],
)
def test_foreign_month_names_in_day_month_year_dates(text: str, iso: str) -> None:
    assert parse_date(text) == DateValue(iso, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Mai 2019",  # month and year only in another language: not read
        "Agustus 31 2021",  # month first without the comma before the year (FOREIGN_MONTH_FIRST_FORM needs it)
        "31 Agustus",  # no year
        "Mardi Gras 2021",  # a weekday-like word that is no weekday before a year
        "listopad 2020",  # month and year (Czech, Polish November) without the day
    ],
)
def test_foreign_month_names_without_the_full_shape_are_refused(text: str) -> None:
    assert parse_date(text) is None
