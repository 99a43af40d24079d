"""Issue 17, fifty-third round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

from archive.byline import parse_byline

HEADLINE = "Clinic opens its doors"
LEAD = "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said."
SECOND = "The board said the clinic would serve the whole of the bay area from next year on."


# NAMES_PAIR_UNDER_A_HEADLINE: two lines of names alone, no credit or date beside them, are the authors only right under
# the headline; above the text with no headline, or in a menu, they are buttons or menu items in title case.
@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ((HEADLINE, "", "Jane Roe", "John Doe", "", LEAD, "", SECOND), "Jane Roe"),
        (("Show Thumbnails", "Show Captions", "", LEAD, "", SECOND), None),
        (("Home", "Champions League", "Europa League", "Live-Ticker", "", HEADLINE, "", LEAD, "", SECOND), None),
    ],
)
def test_two_names_alone_are_authors_under_the_headline_only(lines: tuple[str, ...], author: str | None) -> None:
    _, meta = build(*lines)
    assert meta.author.value == author


# PAGE_FURNITURE_WORDS: an archive's or a gallery's label in title case is no name, over a date or alone; a name is.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Jane Roe January 15, 2018", "Jane Roe"),
        ("Monthly Archive January 15, 2018", None),
    ],
)
def test_an_archive_label_over_its_date_is_no_writer(credit: str, author: str | None) -> None:
    _, meta = build(credit, "", HEADLINE, "", LEAD, "", SECOND)
    assert (meta.author.value, meta.date.value) == (author, "2018-01-15")


# CODE_LAST: two capitals closing a name in small letters are a site's country or channel code; initials opening it
# are a person's.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Reuters || Jane Roe", "Jane Roe"),
        ("Reuters || Shining BD", None),
        ("By AJ Roe", "AJ Roe"),
    ],
)
def test_a_code_closing_a_name_is_a_site(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", LEAD, "", SECOND)
    assert meta.author.value == author


# INDONESIAN_REPORTER_OF: "Laporan Wartawan <paper>, <name>": the writer is the name after the comma; the words in a
# sentence are no credit.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Laporan Wartawan Example.com, Jane Roe", "Jane Roe"),
        ("Laporan Reporter Example, Jane Roe", "Jane Roe"),
        ("Laporan wartawan itu benar, katanya", None),
    ],
)
def test_indonesian_report_of_the_papers_reporter(line: str, author: str | None) -> None:
    assert parse_byline(line) == author
