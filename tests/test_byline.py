"""parse_byline: the person or people a credit names, as written; None for wires, desks and photographers."""

from __future__ import annotations

import pytest

from archive.byline import date_in_credit, is_credit, is_named_credit, is_names_only, parse_byline
from archive.model import DateValue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Jace Dela Cruz", "Jace Dela Cruz"),
        ("By JANE DOE and John Roe", "JANE DOE and John Roe"),
        ("BY Mira Ostrova", "Mira Ostrova"),
        ("Jane Doe | Reuters", "Jane Doe"),
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe"),
        ("By Jane Doe, John Roe and Max Moe", "Jane Doe, John Roe and Max Moe"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("By Jane Doe | May 16, 2024", "Jane Doe"),
        ("Written by Ana María López-García", "Ana María López-García"),
        ("By Seán O’Brien", "Seán O’Brien"),
        ("By Tariq bin Saleh", "Tariq bin Saleh"),
        ("By J. R. Tolliver", "J. R. Tolliver"),
        ("Reporting by Jane Doe; Editing by John Roe", "Jane Doe"),
        ("Danica Example, Associated Press", "Danica Example"),
        ("By Jane Doe , John Roe and Max Moe , Reuters", "Jane Doe, John Roe and Max Moe"),  # no space before a comma
    ],
)
def test_people_are_returned_as_written(text: str, name: str) -> None:
    assert parse_byline(text) == name
    assert is_credit(text) or is_named_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agencies",
        "By Agencies",
        "AFP",
        "(Reuters)",
        "By Reuters",
        "Reuters Staff",
        "Staff Reporter",
        "By Staff Reporter",
        "Our Correspondent",
        "Xinhua",
        "Web Desk",
        "The Associated Press",
        "By admin",
        "(Web editor: Zhang San, Li Si)",
    ],
)
def test_wires_desks_and_editors_are_credits_but_not_people(text: str) -> None:
    assert parse_byline(text) is None
    assert is_credit(text)


@pytest.mark.parametrize("text", ["Photo by Jane Doe", "Photos: Jane Doe/AFP", "Illustration by John Roe"])
def test_photographers_are_not_authors(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    "text",
    ["By Monday, the talks had ended.", "By comparison", "By Xi's account, the talks went well", "Putin said", "The Actual News"],
)
def test_sentences_starting_with_by_are_not_credits(text: str) -> None:
    assert not is_credit(text)
    assert not is_named_credit(text)


def test_credit_lines_without_by() -> None:
    assert is_named_credit("PTI, Aug 16, 2021, 5:44 PM IST")
    assert is_named_credit("| @outlet | Dec 10, 2023, at 02:44 am")
    assert is_named_credit("(Xinhua) 13:28, October 18, 2023")
    assert not is_named_credit("Putin, Xi meet")


def test_names_only_lines() -> None:
    assert is_names_only("Pjotr Example and Amy Sample")
    assert parse_byline("Pjotr Example and Amy Sample") == "Pjotr Example and Amy Sample"
    assert not is_names_only("Putin hosts Xi in Moscow")


def test_date_printed_on_a_credit_line() -> None:
    assert date_in_credit("PTI, Aug 16, 2021, 5:44 PM IST") == DateValue("2021-08-16", "day")
    assert date_in_credit("By Jane Doe | May 16, 2024") == DateValue("2024-05-16", "day")
    assert date_in_credit("(Xinhua) 13:28, October 18, 2023") == DateValue("2023-10-18", "day")
    assert date_in_credit("Source: Example Wire Updated: 2021-03-04") == DateValue("2021-03-04", "day")
    assert date_in_credit("By Jane Doe") is None
    assert date_in_credit("Jane Doe | 05/07/2017") is None  # ambiguous, as on a dateline
    assert date_in_credit("Jane Doe/Example Wire | 25/06/2016") == DateValue("2016-06-25", "day")


def test_text_size_controls_are_not_names() -> None:
    assert not is_names_only("Large Medium Small")
    assert not is_names_only("Small Normal Large")
    assert is_names_only("Jane Small and John Large")  # the same words in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe, Example Daily Herald", "Jane Doe"),  # the outlet she writes for is no second author
        ("By Jane Doe, Example Business", "Jane Doe"),
        ("By Jane Doe / Example Wire", "Jane Doe"),
        ("By Jane Doe, Special to The Example Times", "Jane Doe"),
        ("By Jane Doe For Example.com", "Jane Doe"),
        ("By JANE DOE FOR EXAMPLE.COM", "JANE DOE"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),  # without an outlet word: both are people
    ],
)
def test_the_outlet_beside_an_author_is_not_a_person(text: str, name: str) -> None:
    assert parse_byline(text) == name


def test_place_names_come_from_geonames() -> None:
    from archive.byline import is_place, names_a_place

    assert (is_place("Lagos"), is_place("NEW DELHI"), names_a_place("New Delhi")) == (True, True, True)
    # without the trigger: a person's name, a single-word place is no line of names, invented places
    assert (is_place("Mira Ostrova"), names_a_place("Lagos"), names_a_place("Harbour City")) == (False, False, False)


@pytest.mark.parametrize(
    ("text", "is_a_name"),
    [
        # NAME_SENTENCE_BREAK: a full stop after a word longer than an initial ends a sentence inside the "name".
        ("Jane Example. Pic", False),
        ("Marco Exemplo. Foto", False),
        ("Prof. Jane Example", True),  # a short title with its full stop
        ("Jon Example Jr.", True),
        ("M.B. Example", True),
        ("J. R. Example", True),
        # NAME_PLACE_PAIR: two places joined by a hyphen are a relation a headline names.
        ("Russia-China Talks Planned", False),
        ("Paris-Berlin Route Reopens", False),
        ("Russia-China Summit", False),
        ("Jean-Pierre Example", True),
        ("Anna Example-Smith", True),
        ("Mary-Ann Example", True),  # ("Mary" and "Ann" are towns: no relation between them)
    ],
)
def test_a_name_has_no_sentence_break_and_no_pair_of_places(text: str, is_a_name: bool) -> None:
    assert is_names_only(text) is is_a_name
