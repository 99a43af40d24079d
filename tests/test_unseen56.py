"""Issue 17, fifty-sixth round: shapes the development corpus showed on pages from outlets not seen before, each with
and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build

from archive.dates import parse_date

HEADLINE = "Harbour clinic opens with twelve beds for the bay"
LEAD = "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said."
SECOND = "The board said the clinic would serve the whole of the bay area from next year on, with more beds to come."
THIRD = "Nurses from the old ward moved across the bay to the new building over the weekend, the board said."
BODY = (LEAD, SECOND, THIRD)


def _spaced(*lines: str) -> list[str]:
    spaced: list[str] = []
    for line in lines:
        spaced += [line, ""]
    return spaced


# MASTHEAD_RIGHT_OVER_THE_HEADLINE (archive.clean, HEADLINE_OVER_THE_LEAD): a site's slogan right over the headline, the
# article using none of its words, goes as the masthead; a deck right under the headline, over the byline, stays the
# deck.
@pytest.mark.parametrize(
    ("head", "title"),
    [
        (("Harbour Sport News, Reports and Race Results", HEADLINE), HEADLINE),
        (("Bay Area News, Views, Weather and Traffic", HEADLINE), HEADLINE),
        # without: the headline over its deck, over the byline
        (
            (
                "The harbour clinic opens its doors at last",
                "Twelve beds and thirty nurses for the bay area as the new harbour clinic opens",
                "By Jane Roe",
            ),
            "The harbour clinic opens its doors at last",
        ),
    ],
)
def test_a_slogan_right_over_the_headline(head: tuple[str, ...], title: str) -> None:
    clean, meta = build(*_spaced(*head, *BODY))
    assert meta.title.value == title
    assert [line.text for line in clean.lines][: len(BODY)] != list(BODY)  # (the title line is kept)
    assert head[0] not in [line.text for line in clean.body]


# LIKE_ITEMS (archive.clean): a run of lines of one shape up to their first number, between the article's paragraphs,
# is its table (a box score, a results list), kept; title-cased lines of other shapes there are other stories'
# headlines, and go.
STATS = ("Jane Roe (HBR) – 30 PTS/5 REB", "John Doe (SMP) – 24 PTS/8 AST", "Anna Berg (HBR) – 21 PTS/9 REB/7 AST")
OTHER_STORIES = (
    "Mayor Opens New Library In Town Centre",
    "Ferry Timetable Changes From Monday Morning",
    "Police Appeal After Break-In At Corner Shop",
)


@pytest.mark.parametrize(("items", "kept"), [(STATS, True), (OTHER_STORIES, False)])
def test_a_run_of_lines_of_one_shape_is_the_articles_table(items: tuple[str, ...], kept: bool) -> None:
    clean, _ = build(HEADLINE, "", LEAD, "", *items, "", SECOND, "", THIRD)
    assert {line.text for line in clean.lines} >= set(items) if kept else not {line.text for line in clean.lines} & set(items)
    assert {line.text for line in clean.lines} >= set(BODY)


# HEADINGS_OF_ONE_SHAPE (archive.clean): two headings of one whole shape, numbers and marks in the same places, head the
# article's sections and stay; one heading of other words, alone, is another story's headline.
GAMES = ("Harbour United 99-112 Sample City (SMP leads 1-0)", "Example Town 101-97 Bayside Rovers (EXT leads 1-0)")


@pytest.mark.parametrize(("headings", "kept"), [(GAMES, True), (GAMES[1:], False)])
def test_headings_of_one_shape_head_the_articles_sections(headings: tuple[str, ...], kept: bool) -> None:
    sections = [line for heading, text in zip(headings, (SECOND, THIRD), strict=False) for line in (heading, "", text, "")]
    clean, _ = build(HEADLINE, "", LEAD, "", *sections, "The board will meet again in the spring to review the plans.")
    assert ({line.text for line in clean.lines} >= set(headings)) is kept


# CONTACTS_IN_A_ROW (archive.rules' CONTACT_DETAIL): two contacts' labels and numbers on one line, a number's parts split
# by a slash, are the contact box; a sentence giving a number goes on with words.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Telefon: 030/227-567 89, Fax: 030/227-567 52", False),
        ("Tel: 0123 456 789 | Fax: 0123 456 780", False),
        ("Telefon: 030/227-567 89 is the number the office gave for questions about the plans.", True),
    ],
)
def test_contacts_in_a_row(line: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "", LEAD, "", SECOND, "", THIRD, "", line)
    assert (line in [kept_line.text for kept_line in clean.lines]) is kept


# PAPER_IN_CAPITALS (archive.byline) and PAPER_IN_CAPITALS_AFTER_THE_NAME (archive.sources): a paper's name in capitals,
# opening with its article, after the writer's name in a credit is the paper, no part of her name; a surname in
# capitals ("Jean DUPONT") opens with none and stays the name's.
@pytest.mark.parametrize(
    ("credit", "author", "outlet"),
    [
        ("By Jane Roe THE EXAMPLE", "Jane Roe", "THE EXAMPLE"),
        ("Escrito por Juan Pérez EL EJEMPLO", "Juan Pérez", "EL EJEMPLO"),
        ("By Jane Roe LE PETIT EXEMPLE", "Jane Roe", "LE PETIT EXEMPLE"),
        ("By Jean DUPONT", "Jean DUPONT", None),
        ("By Jane Roe", "Jane Roe", None),
    ],
)
def test_a_paper_in_capitals_after_the_writer(credit: str, author: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


# HEADLINE_WITH_FOR (archive.byline): a title-cased headline with "for" ("Council Votes for New Budget") over the date
# line is the headline, no writer "Council Votes" credited for a paper "New Budget"; a credit's paper after "for" needs
# a "By", or a paper's shape ("The Example Times", "Example Daily News").
@pytest.mark.parametrize(
    ("first", "title", "author"),
    [
        ("Council Votes for New Budget", "Council Votes for New Budget", None),
        ("Hospital Care Fatal for Some Patients", "Hospital Care Fatal for Some Patients", None),
        ("By Jane Roe for Harbour Voice", None, "Jane Roe"),
        ("Jane Roe for The Example Times", None, "Jane Roe"),
    ],
)
def test_a_headline_with_for_is_no_credit(first: str, title: str | None, author: str | None) -> None:
    _, meta = build(first, "", "November 16, 2010", "", *BODY)
    assert (meta.title.value, meta.author.value) == (title, author)


# DATE_THEN_HEADLINE (archive.metaline): a day and words holding a headline's verb is a headline opening with its day;
# a day and a desk's or a place's words is the date line.
@pytest.mark.parametrize(
    ("line", "title", "date"),
    [
        ("June 4 Vigil Banned", "June 4 Vigil Banned", "2010-11-16"),
        ("June 4 Harbour Desk", None, "2010-11-16"),
    ],
)
def test_a_day_then_a_headline(line: str, title: str | None, date: str) -> None:
    _, meta = build(line, "", "November 16, 2010", "", *BODY)
    assert (meta.title.value, meta.date.value) == (title, date)


# PAGE_TITLE_NOT_CREDIT (archive.clean): the page's title, the headline and the site's name, over the headline printed
# alone is no writer and her paper; a name and a paper whose first part the page prints nowhere alone is a credit.
@pytest.mark.parametrize(
    ("first", "author", "outlet"),
    [
        ("China and Russia Vow Closer Ties | Example News", "Jane Roe", "Example News"),
        ("Jane Roe | Example News", "Jane Roe", None),
    ],
)
def test_the_page_title_is_no_credit(first: str, author: str, outlet: str | None) -> None:
    headline = "China and Russia Vow Closer Ties"
    lead = "China and Russia vowed closer ties on Monday, officials said in a statement to the residents of the bay."
    _, meta = build(first, "", headline, "", "Posted November 16, 2010 by Jane Roe", "", lead, *BODY)
    assert (meta.title.value, meta.author.value, meta.outlet.value) == (headline, author, outlet)


# AGENCY_SIGNOFF_MARKED (archive.sources): a registered agency's name in brackets, after a dash or between slashes after
# the last paragraph's full stop signs the copy; a body's or a person's name there does not.
@pytest.mark.parametrize(
    ("signoff", "wire"),
    [
        (" (Reuters)", "Reuters"),
        (" — AFP", "Agence France-Presse"),
        (" /TASS/", "TASS"),
        (" (Harbour Board)", None),
        (" - Jane Roe", None),
    ],
)
def test_an_agencys_marked_signoff(signoff: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", LEAD, SECOND, THIRD + signoff, registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire


# YEAR_WORD_AFTER (archive.dates): Ukrainian "року" ("of the year") after the year, as Russian "года"; a longer word
# there is no part of the date.
@pytest.mark.parametrize(("text", "iso"), [("16 листопада 2010 року", "2010-11-16"), ("16 листопада 2010 рокування", None)])
def test_a_year_word_after_the_year(text: str, iso: str | None) -> None:
    found = parse_date(text)
    assert (found.iso if found else None) == iso


# UNSTOPPED_CAPTION (archive.rules' NAME_SLASH_SOURCE_BRACKETS): a caption ending with its photographer and paper in
# brackets goes, with or without its full stop before them; a sentence's own brackets hold no name and slash.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The clinic on Monday (Jane Roe/Example Times)", False),
        ("The clinic on Monday. (Jane Roe/Example Times)", False),
        ("Nurses at the new clinic worked through Monday night (their first shift) to ready the beds.", True),
    ],
)
def test_a_caption_with_its_bracketed_credit(line: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "By Jane Roe", LEAD, line, SECOND, THIRD)
    assert (line in [kept_line.text for kept_line in clean.lines]) is kept


# QUOTE_THEN_COLON (archive.headline's TITLE_BAR_SUFFIX): a French quotation's closing "»", then its colon and the
# headline's words in small letters, is the headline's own; a bar and a name after the headline are the page title's.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("« Nous sommes prêts » : la clinique ouvre", "« Nous sommes prêts » : la clinique ouvre"),
        ("La clinique du port ouvre ses portes | Exemple Infos", "La clinique du port ouvre ses portes"),
    ],
)
def test_a_french_quotation_opens_the_headline(line: str, title: str) -> None:
    lead = "La nouvelle clinique du port a ouvert lundi avec douze lits, a indiqué l'agence de santé de la baie."
    _, meta = build(line, "Par Jean Dupont", "Publié le 16/11/2010 à 10h15", lead)
    assert meta.title.value == title


# ROLE_IN_PLACE and FOREIGN_CORRESPONDENT (archive.byline): a writer's name, her role and where she writes from, in
# English, French or Spanish, under the headline is her credit; a name and other words there is no credit.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe, correspondent in Moscow", "Jane Roe"),
        ("Jean Dupont, envoyé spécial à Moscou", "Jean Dupont"),
        ("Juan Pérez, corresponsal en Moscú", "Juan Pérez"),
        ("Jane Roe, resident in Moscow", None),
    ],
)
def test_a_writer_her_role_and_her_place(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.author.value == author
