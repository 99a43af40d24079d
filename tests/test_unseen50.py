"""Issue 17, fiftieth round: shapes the development sets showed, each with and without its trigger, on invented text,
asserting the exact outcome. Table-driven: one table per kind of outcome (a line dropped or kept, a field read)."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build, kept_lines  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.clean import _not_a_headline

# One line among the article's paragraphs (after the first), dropped (False) or kept (True). Each rule's trigger, then
# the nearest line without it.
LINES_DROPPED_OR_KEPT = [
    # LOREM_IPSUM: a theme's placeholder text; one Latin-looking word in Italian prose is no filler
    ("A sample text widget", False),
    ("Etiam pulvinar consectetur dolor sed malesuada. Ut convallis euismod dolor nec pretium.", False),
    ("Il dolor sordo della città non passa, ha detto il sindaco ai giornalisti martedì sera.", True),
    # PICTURE_SOURCE_LABEL: the picture's source under its label, in any case; a sentence about the source goes on
    ("Photo source: example", False),
    ("Image credit: example.com", False),
    ("The photo source was never found, the council said in a statement on Tuesday evening.", True),
    # COMMENTS_CLOSED in Turkish
    ("Yorumlar kapatıldı.", False),
    # COMMENT_INVITATION: the comment box's call and its rules' link; a sentence inviting views on the plan goes on
    ("Condividi le tue opinioni su Example", False),
    ("Share your thoughts on Example News", False),
    ("For more information, please see our Comments FAQ", False),
    ("Residents can share their views on the plan at the town hall until the end of the month.", True),
    # CITY_PHONES: offices' cities and international numbers; a sentence with a number goes on
    ("London: +44 (0)20 7946 0000", False),
    ("London: +44 (0)20 7946 0000 | New York: +1 212 555 0100", False),
    ("London: the council's hotline, +44 20 7946 0000, was busy all day on Tuesday.", True),
    # BRACKETED_CONTINUES: the ad slot's notice in brackets; the text saying its story goes on, without them, stays
    ("(The article continues below - Commercial information)", False),
    ("The story continues below the surface of the harbour, where divers found the wreck.", True),
    # SUPPORT_KIND_OF_JOURNALISM and FUND_OUR_WORK: appeals for support
    ("Support quality, independent, local journalism…that matters", False),
    ("From just £1 a month you can help fund our work – and use our website without adverts. Become a member", False),
    ("Support for the budget came from the opposition too, the mayor said after the vote.", True),
    # TEXT_SIZE_BUTTONS: the page's tools; a sentence about a text's size goes on
    ("aumentar texto reducir texto imprimir enviar noticia comentar", False),
    ("Increase text size Decrease text size Print", False),
    ("Increase the text of the budget by two pages, the opposition demanded on Tuesday.", True),
    # LOGOTYPE_WORD: a logo's text
    ("Logotipo diario example", False),
    # FIGURE_LABEL and ARTWORK_CAPTION: a figure's and a work of art's captions; a sentence on figures or a date line goes on
    ("Fig 1. Examplea carminya Roe & Doe new species", False),
    ("Figure 2: The harbour in 1900", False),
    ("Jane Example, Portrait of a Young Girl, 1896. Oil on canvas. 75 x 65 cm.", False),
    ("Jane Example, Basket of Pears, 1892.", False),
    ("Figures show the harbour grew by 10% in 2023, the council said on Tuesday.", True),
    ("Jane Roe, the mayor, said oil on the harbour's water was found in 2023.", True),
    # CREDIT_LABEL_TAIL: a caption ending with its credit's label; a sentence about a photo's credit goes on
    ("The cabinet in its meeting. Photo credit: Example times.", False),
    ("The council said the photo credit was wrong and apologised to the photographer on Tuesday.", True),
    # "Stories continue below", "No Comments Posted", a gallery plugin's error, a blog theme's "This entry was posted in"
    ("Stories continue below", False),
    ("• Still No Comments Posted.", False),
    ("Error, group does not exist! Check your syntax! (ID: 20)", False),
    ("This entry was posted in News and tagged Harbour, Budget. Bookmark the permalink.", False),
    ("This entry was the last the council posted before the vote, the mayor said on Tuesday.", True),
    # TIP_BUTTONS: the story's buttons for tips and corrections; a sentence asking for views goes on
    ("^ Send us a tip (www.example.com)", False),
    ("Suggest a correction", False),
    ("Send us your thoughts on the budget, the mayor told residents on Tuesday.", True),
    # EMBEDDED_TWEET with the day in another language; COOKIES_TO_USE_THE_SITE; a sentence on cookies goes on
    ("— Example Agency (@ExampleAgency) 12 de abril de 2018", False),
    ("Sie müssen Cookies erlauben, um unseren Dienst nutzen zu können.", False),
    ("The EU said firms must allow cookies to be refused easily, in a ruling on Tuesday.", True),
    # "SEE MORE:" before another story's headline; a sentence after "See more:" in lower case goes on
    ("SEE MORE: Video shows fan's punch of harbour coach", False),
    ("See more: the council said on Tuesday it would act on the harbour wall.", True),
    # IMAGE_ADDRESS_QUERY: a picture's address with its resizing query, or its tail
    (".jpeg?width=752&height=500&crop=752:500)", False),
    ("harbour.jpg?w=300", False),
]


@pytest.mark.parametrize(("line", "kept"), LINES_DROPPED_OR_KEPT)
def test_a_furniture_line_among_the_paragraphs(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# A line under the headline and the date, author and title it gives the page.
UNDER_THE_HEADLINE = [
    # SECTION_PAIR_OPENING and SECTION_NAME_DATE: "section · name · date", the portal's byline
    ("Health and Wellness · Jane Roe · September 23, 2025", "2025-09-23", "Jane Roe"),
    ("Health · Jane Roe · September 23, 2025", "2025-09-23", "Jane Roe"),
    ("Arts & Culture | 5 May 2022", "2022-05-05", None),
    # (no bars: a run of words, no metadata line, so no author; its one date is read amid the words, DATE_AMID_FURNITURE)
    ("Health Jane Roe September 23, 2025", "2025-09-23", None),
    # KIND_LABEL_BETWEEN_BARS: the kind of piece between bars, a date beside it
    ("10/16/2024 | Press release | Distributed by Example on 10/16/2024 15:03", "2024-10-16", None),
    ("10/16/2024 | Press release", "2024-10-16", None),
    # SECTION_WORD "Materials": a section's name before the date, no writer
    ("Finance Materials 19 November 2020 14:13 (UTC +04:00)", "2020-11-19", None),
    # ACADEMIC_TITLE: the writer's name without the title, whichever reader took the credit
    ("By Dr Jane Roe, THE Discovery", None, "Jane Roe"),
    # EVENT_RUNS: an exhibition's days are the event's, never the page's
    ("Opens September 21, 2023", None, None),
    ("Open until August 11, 2023", None, None),
    ("September 21, 2023", "2023-09-21", None),
]


@pytest.mark.parametrize(("line", "date", "author"), UNDER_THE_HEADLINE)
def test_a_line_under_the_headline(line: str, date: str | None, author: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert (meta.date.value, meta.author.value) == (date, author)


# The outlet a line names: DATE_THEN_DESK (the newsroom's credit after the date line's bar), PROMOTIONS_FROM_THE_SITE
# and OPINIONS_ON_THE_SITE; without the trigger, no outlet.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("30 Novembre 2011 | by Redazione Examplemarte", "Examplemarte"),
        ("Cronaca | by Redazione Examplemarte", None),
        ("You may occasionally receive promotional content from the Harbour Times.", "Harbour Times"),
        ("Condividi le tue opinioni su Examplesera24", "Examplesera24"),
        ("Condividi le tue opinioni su questo articolo", None),
    ],
)
def test_a_line_naming_the_outlet(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])
    assert meta.outlet.value == outlet


# DATE_AND_PLACE_IN_BRACKETS: a press release's first paragraph opening with its date and city in brackets; other words
# in the brackets are no dateline.
@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("(18 December 2011, Hong Kong) Example Battery Limited announced the opening of its research centre.", "2011-12-18"),
        ("(18 December 2011, at night) Example Battery Limited announced the opening of its research centre.", None),
    ],
)
def test_a_date_and_place_in_brackets_opening_the_text(lead: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, "", *BODY)
    assert meta.date.value == date


# LOREM_IPSUM over the headline: the placeholder widget above it leaves the headline found.
def test_a_placeholder_widget_above_the_headline() -> None:
    _, meta = build(
        "A sample text widget",
        "",
        "Etiam pulvinar consectetur dolor sed malesuada. Ut convallis euismod dolor nec pretium.",
        "",
        HEADLINE,
        "",
        *BODY,
    )
    assert meta.title.value == HEADLINE


# A byline's or a dateline's reading: the author and the wire it gives, with and without each rule's trigger.
# ORIGINAL_PUBLISHER: the name after the original publication's date is the publication (the wire), no writer.
# MASTHEAD_GLUED_TO_NAME: the site's name run onto the writer's is cut off; a name's own capital inside stays.
# CAPITAL_LAST: a club's initials ("VfL") make no name.
# PLACES_BETWEEN_SLASHES: cities between slashes are where the story was filed, no agency; "/TASS/." is one.
@pytest.mark.parametrize(
    ("line", "author", "wire"),
    [
        ("Originally published May 17, 2018 by Example Scoop", None, "Example Scoop"),
        ("Published May 17, 2018 by Jane Roe", "Jane Roe", None),
        ("By Jane RoebuckExampleman", "Jane Roebuck", None),
        ("By Jane FitzGerald", "Jane FitzGerald", None),
        ("By Jane McDonald", "Jane McDonald", None),
        ("VfL Example", None, None),
        ("Plant Openings", None, None),
        ("Opening Kick", None, None),
        ("Jane Example", "Jane Example", None),
        ("HARBOUR/KARACHI/LAHORE/PESHAWAR: Police on Wednesday detained two suspects during raids.", None, None),
        ("MOSCOW, June 8. /TASS/. Police on Wednesday detained two suspects during raids.", None, "TASS"),
    ],
)
def test_a_credit_or_dateline_under_the_headline(line: str, author: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, line, "", *BODY)
    assert (meta.author.value, meta.wire.value) == (author, wire)


# AGENCY_GLUED_BY_HYPHEN: an agency's name run onto the headline by a hyphen is no headline word; other hyphenated
# words stay.
@pytest.mark.parametrize(
    ("line", "headline", "wire"),
    [
        ("Harbour council approves the budget-Xinhua", "Harbour council approves the budget", "Xinhua"),
        ("Harbour council buys the Coca-Cola plant", "Harbour council buys the Coca-Cola plant", None),
    ],
)
def test_an_agency_glued_to_the_headline(line: str, headline: str, wire: str | None) -> None:
    _, meta = build(line, "", *BODY)
    assert (meta.title.value, meta.wire.value) == (headline, wire)


# WRAPPED_AT_A_JOINING_WORD: a hard-wrapped paragraph's line in lower case, stopping at "and" or "based on", above the
# first full sentence, is the text, no label; a label of lower-case words (a picture's alternative text) goes.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("strategic cooperative partnership based on", True),
        ("good-neighbourliness, friendship, cooperation and", True),
        ("harbour fire example photo", False),
    ],
)
def test_a_lower_case_line_above_the_first_sentence(line: str, kept: bool) -> None:
    lines = (HEADLINE, "", "The harbour council and the port agreed to develop their", line, "peace in the district", "", *BODY)
    assert (line in kept_lines(*lines)) is kept


# CLAUSE_BEFORE_THE_SENTENCE: a sentence opening with "After speaking with ..." is the text; a caption of someone
# speaking with someone goes.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("After speaking with Harbour Mayor Jane Roe in the town hall, the minister travels on to Example.", True),
        ("Harbour Mayor Jane Roe speaking with residents in the town hall", False),
    ],
)
def test_a_sentence_opening_with_a_clause(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# FIRST_PUBLISHED_STAMP: the page's stamp, or the wire's credit of its writers, under a block of other stories ends the
# block: the date and the writers are the page's.
@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("First Published: Jul 02 2016 | 10:28 PM IST", "date", "2016-07-02"),
        ("Reporting by Jane Roe and John Doe; Editing by Joe Bloggs", "author", "Jane Roe and John Doe"),
    ],
)
def test_the_page_s_own_line_under_a_block_of_other_stories(line: str, field: str, value: str) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", "More From This Section", "Harbour council opens the new library", line)
    assert getattr(meta, field).value == value


# Credits read whole: POLISH_PUBLISHED_BY and "Jornalista:", NEWSROOM_AFTER_THE_COMMA, NEWSROOM_BEFORE_NAMES.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Opublikowane przez: Jane Roe", "Jane Roe"),
        ("25/10/2007 16:57:55 - Jornalista: Jane Roe", "Jane Roe"),
        ("By Jane Roe, Example Media Group National Content Desk", "Jane Roe"),
        ("By Jane Roe, Reuters", "Jane Roe"),
        ("by Example writers Jane Roe, John Doe and Joe Bloggs", "Jane Roe, John Doe and Joe Bloggs"),
        ("By Example staff reporters Jane Roe and John Doe", "Jane Roe and John Doe"),
    ],
)
def test_a_credit_read_whole(line: str, author: str) -> None:
    _, meta = build(HEADLINE, line, "", *BODY)
    assert meta.author.value == author


# PLACE_THEN_RANGE and WEATHER_BEFORE_THE_BAR: the header's weather, the town's name before the day's range, alone or
# before the header's bar, is a weather widget and no headline; a headline with a temperature in it is one.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Example Today 11°/15° | Saturday, April 20, 2024 | Digital Edition | Crossword", False),
        ("Example Today 11°/15°", False),
        ("Harbour council approves the budget as the town swelters at 30°", True),
    ],
)
def test_the_header_weather_is_no_headline(line: str, headline: bool) -> None:
    assert _not_a_headline(line) is not headline


# SECTIONS_NEWS_FOR_A_PLACE: a site's tagline above the headline is none; a headline with "news for" in it is one.
@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Local & National News for the Harbour District", HEADLINE),
        (
            "Good news for the harbour as the council approves the budget",
            "Good news for the harbour as the council approves the budget",
        ),
    ],
)
def test_a_tagline_above_the_headline(top: str, title: str) -> None:
    lines = (top, "", HEADLINE, "", *BODY) if title == HEADLINE else (top, "", *BODY)
    _, meta = build(*lines)
    assert meta.title.value == title


# REPEATED_LINK_LABELS: short lower-case lines, two or more of them each printed twice, are a listing's links, every
# copy; one short line repeated ("yes" in an interview) stays.
def test_link_labels_repeated_under_each_item() -> None:
    kept = kept_lines(HEADLINE, "", BODY[0], "", "film review", "trailer", "", BODY[1], "", "film review", "trailer", "", BODY[2])
    assert kept == [HEADLINE, *BODY]


def test_one_short_line_repeated_stays() -> None:
    kept = kept_lines(HEADLINE, "", BODY[0], "", "yes", "", BODY[1], "", "yes", "", BODY[2])
    assert kept == [HEADLINE, BODY[0], "yes", BODY[1], "yes", BODY[2]]


# GAMBLING_NOTICE: a betting box's legal notice; a sentence opening with "18+" goes on.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("18+ | Erlaubt (Whitelist) | Suchtrisiko | Hilfe unter www.example.de | -w-", False),
        ("18+. Gamble responsibly.", False),
        ("18+ people were hurt in the crash on the harbour road, police said on Tuesday.", True),
    ],
)
def test_a_gambling_notice(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# AGENCIES_LISTED: a paragraph signed off by several agencies is the text; a caption credits one.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "The figure rose 23.4 percent from the level in 2019, according to the harbour's customs office. (Xinhua, Reuters, AP)",
            True,
        ),
        ("Jane Roe greets John Doe in the harbour (Xinhua)", False),
    ],
)
def test_a_paragraph_signed_off_by_agencies(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# TWINS_UNDER_ANOTHER_CAPTION: the lead printed twice under the picture's caption (itself printed twice) is the text.
def test_the_lead_printed_twice_under_a_caption() -> None:
    caption = "FOCUS OF ATTENTION: Residents get a close look at the new harbour wall, built in a year"
    kept = kept_lines(HEADLINE, "", caption, caption, "", BODY[0], "", BODY[0], "", *BODY[1:])
    assert BODY[0] in kept and caption not in kept


# AS_FOLLOWS and RESULT_ITEMS: a results list under its lead-in, its headings and its bulleted prizes and winners, is
# the article's.
def test_a_results_list_under_its_lead_in() -> None:
    results = (
        "Winners are as follows:",
        "Harbour show showmanship",
        "• Champion senior showman: Jane Roe",
        "• Champion intermediate showman: John Doe",
        "• Champion junior showman: Joe Bloggs",
        "Harbour show classes",
        "• Grand champion steer: Jane Roe",
    )
    kept = kept_lines(HEADLINE, "", *BODY, "", *results)
    assert kept == [HEADLINE, *BODY, *(line.removeprefix("• ") for line in results)]


# EMPTY_BARS_AFTER_TRAIL, PHOTOGRAPHER_INITIALS, COPY_LINK_BUTTON, CLAUSE_FIRST_SENTENCE
@pytest.mark.parametrize(
    ("lines", "title", "author"),
    [
        (("Home>News Center>Harbour | ||", HEADLINE), HEADLINE, None),
        ((HEADLINE, "Door Jane Roe Kopieer naar clipboard"), HEADLINE, "Jane Roe"),
        (
            (
                "During a meeting on Friday, the harbour council approved the new budget for the district after a long debate",
                "",
            ),
            None,
            None,
        ),
        (
            ("After the vote, Harbour council approves the new budget", ""),
            "After the vote, Harbour council approves the new budget",
            None,
        ),
    ],
)
def test_lines_over_the_text(lines: tuple[str, ...], title: str | None, author: str | None) -> None:
    _, meta = build(*lines, "", *BODY)
    assert (meta.title.value, meta.author.value) == (title, author)


def test_a_caption_twice_around_its_photographers_initials() -> None:
    caption = "Jane Roe, chair of the Example Harbour Association."
    _, meta = build(HEADLINE, "Dienstag, 09. Februar 2016", caption, "Foto: jus", caption, "", *BODY)
    assert meta.author.value is None
