"""Issue 17, sixty-eighth round: shapes the development corpus showed on pages from outlets not seen before (a place
cut short in a wire's dateline, a site's archive notice with the story's date, a credit with its hidden address, the
Romanian "de" credit, a source link's own label, captions with their credits set off by slashes), each with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import dates, rules
from archive.metaline import parse_lead

HEADLINE = "Nurses Move To New Harbour Clinic"


# PLACE_ABBREVIATION (archive.metaline TITLE_PLACE_RE): a saint's or a fort's name cut short opens the dateline's place;
# the agency in brackets still makes it a dateline, and its month and day are read.
@pytest.mark.parametrize(
    ("paragraph", "place", "month_day"),
    [
        ("St. Petersburg, Sep 16 (IANS) The premier arrived here on Monday for a visit.", "St. Petersburg", "--09-16"),
        ("Ft. Worth, May 3 (Example Wire) The council met on Monday.", "Ft. Worth", "--05-03"),
        # without: the same place opening a sentence is no dateline
        ("St. Petersburg is a city where the premier arrived on Monday, Sep 16.", None, None),
    ],
)
def test_a_place_cut_short_in_the_dateline(paragraph: str, place: str | None, month_day: str | None) -> None:
    lead = parse_lead(paragraph)
    assert (lead.place if lead else None, lead.month_day if lead else None) == (place, month_day)


# DAY_BEFORE_THE_CLOCK (archive.dates FOREIGN_YEAR_FIRST_FORM) and STORY_IS_FROM (archive.dates LABEL).
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023. február. 19 10:34", "2023-02-19"),
        ("2023. február 19.", "2023-02-19"),
        ("This story is from May 9, 2012", "2012-05-09"),
        ("This article was published on 5 March 2019", "2019-03-05"),
        # without: a day with the language's ending is no date alone, and the notice without a date says none
        ("2023. február 19-én", None),
        ("This story is from the archive", None),
    ],
)
def test_dates_a_site_template_prints(text: str, iso: str | None) -> None:
    value = dates.parse_date(text)
    assert (value.iso if value else None) == iso


def test_the_archive_notice_dates_the_page() -> None:
    _, meta = build("This story is from May 9, 2012", "", HEADLINE, "", *BODY)
    assert meta.date.value == "2012-05-09"
    # without: the notice with no date dates nothing
    _, meta = build("This story is from our archive", "", HEADLINE, "", *BODY)
    assert meta.date.value is None


# PROTECTED_ADDRESS_AFTER_NAME (archive.metaline) and DE_BEFORE_A_FULL_NAME (archive.byline).
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("JANE ROE, [email protected]", "Jane Roe"),
        ("Jane Roe, jroe@example.com", "Jane Roe"),
        ("de Jane Roe", "Jane Roe"),
        ("de Ana Maria Roe", "Ana Maria Roe"),
        # without: a hidden address alone credits no one; "de" before one word is a surname's particle
        ("[email protected]", None),
        ("de Gaulle", None),
    ],
)
def test_a_credit_with_its_hidden_address_or_the_romanian_de(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.author.value == author


# LINK_LABEL_AS_SOURCE (archive.sources): a source link whose words are the link's label names no source.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Source: Read Full Article", None),
        ("Source: Click here", None),
        ("Source: Original article", None),
        # without
        ("Source: Reuters", "Reuters"),
        ("Source: Visit Harbour", "Visit Harbour"),
    ],
)
def test_a_source_links_own_label_is_no_wire(line: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", line)
    assert meta.wire.value == wire


# Page furniture found between paragraphs: ROMANCE_DEVELOPING_NOTICE, MORE_LABELS_68, READ_ON_NORDIC, PAGE_TURN_ROW,
# ARROW_ICON_CONTROLS, WHAT_DO_YOU_THINK, GALLERY_PHOTO_NUMBER, VIEWS_AFTER_THE_DATE, DESK_INITIALS_SIGNOFF.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("ŞTIRE ÎN CURS DE ACTUALIZARE", True),
        ("Știre în curs de actualizare", True),
        ("Notícia em atualização", True),
        ("Notizia in aggiornamento", True),
        ("Szólj hozzá!", True),
        ("pixel", True),
        ("LES VIDERE: Nurses leave the old ward for good", True),
        ("<< Ferry strike ends | Harbour News | Clinic opens its doors >>", True),
        ("arrow leftPrev Nextarrow right", True),
        ("Tú que opina de este post", True),
        ("¿Y tú qué opinas?", True),
        ("What do you think of this story?", True),
        ("Nurses move to the new clinic - Фото 1", True),
        ("The new ward – Photo 3", True),
        ("Harbour news 9. december 2025 – 10684×", True),
        ("soni/", True),
        ("ksk/sdr", True),
        # without: the same words inside the text's sentences, or shapes the text has
        ("The story is still being updated, the board said, as nurses moved in on Monday.", False),
        ("Back to the wards went the nurses after the strike, the board said on Monday.", False),
        ("What do you think the board should do, the nurses asked the mayor on Monday.", False),
        ("What do you think?", False),
        ("The board counted 10684 visitors in the new clinic's first year, it said.", False),
        ("The painting, oil on canvas, hung in the old ward for a century before the move to the new clinic.", False),
        ("Soni", False),
        ("and/or", False),
        ("The nurses moved on Monday. (Reuters)", False),
        (
            '"We hope the nurses and the patients will keep the new ward clean and orderly, so that everyone is at ease'
            ' there," said the head of the board. (JANE ROE/B-2)',
            False,
        ),
    ],
)
def test_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# The line rules alone, for lines the page's other rules drop between paragraphs too but that the real pages printed
# where nothing else caught them (under the headline, over a sub-heading): MORE_LABELS_68, ARROW_BACK_TO,
# ROMANIAN_VIEWS_LABEL, BOX_PLACEHOLDER, CORRECTION_CAPTION, BRACKETED_PICTURE_NOTE, GRAB_THE_APP, SOURCE_THEN_AUTHOR,
# OLD_MASTER_YEAR (ARTWORK_CAPTION), BRACKETED_SLASHED_CREDITS.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Back to News Listing", rules.NAV_LABEL),
        ("< Back to Example.news US front page", rules.NAV_LABEL),
        ("Subscription Options", rules.NAV_LABEL),
        ("Vizualizari: 4741", rules.COUNTER),
        ("##RECOMENDA##", rules.IMAGE_FILE),
        ("CORRECTS SPELLING OF ROE, NOT ROW - A girl cries as she receives the last of three shots", rules.CAPTION),
        ("[Map shows the stretch of the road which was closed for several hours on Monday evening]", rules.CAPTION),
        ("Grab the FREE Example News App from the Apple Store or Google play. Stay up to date.", rules.SOCIAL_PROMO),
        ("Jana Roe i Ivan Horvat Izvor: Example / Autor: Jane Roe / Example", rules.CAPTION),
        ("Jane Roe, Three Nurses, 1899, oil on canvas, Example Gallery, Harbour City", rules.CAPTION),
        ("Nurses at the new ward on Monday. (Example expedition/Example Foundation/NOAA)", rules.CAPTION),
        ("Nurses at the new ward on Monday. (Example Health/Example Foundation)", rules.CAPTION),
        # without: the back link inside a sentence, the medium without the work's year, one agency in the brackets
        ("Back to news listing pages went the board's notices.", None),
        ("Back to the harbour went the nurses.", None),
        ("##", rules.NO_TEXT),
        ("CORRECTS the record - nurses said the ward opened in May.", None),
        ("[The board, Example Health, declined to comment.]", None),
        ("Grab a coffee before the ward opens, the nurses said.", None),
        ("Jana Roe i Ivan Horvat Izvor: Example / Pogledajte: novi odjel", None),
        ("The painting, oil on canvas, hung in the old ward.", None),
        ("Nurses moved to the new ward on Monday. (Example/Reuters)", None),
    ],
)
def test_line_rules_for_captions_and_a_back_link(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PAYWALL_OFFER (archive.rules): the offer's lines between two of the paywall's notices, one of them a price, go; without
# a price between them the lines stay (the article may go on between two notices).
@pytest.mark.parametrize(
    ("between", "gone"),
    [
        (["For only $95 a month", "Receive unlimited access to our archives,", "Or", "$795 for an entire year!"], True),
        (["Subscribe for 9,99 € a month", "Cancel at any time"], True),
        # without: no price between the notices
        (["The board met again on Tuesday evening", "Nurses said the move went well"], False),
    ],
)
def test_the_paywalls_offer_between_its_notices(between: list[str], gone: bool) -> None:
    notices = ("To continue reading, please subscribe.", "Already a subscriber?")
    kept = _body(HEADLINE, "", "By Jane Roe", "", BODY[0], "", notices[0], *between, notices[1], "", BODY[1], "", BODY[2])
    assert [line for line in between if line in kept] == ([] if gone else between)


def _body(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.body]


# PROPERTY_NOTICE (archive.rules copyright_footer, archive.sources): a subscriber paper's notice over its copy goes, and
# names the outlet without its company word.
def test_a_property_notice_names_the_outlet() -> None:
    notice = (
        "This is the property of the Example Journal Corporation and fully protected by copyright. It is made available"
        " only to Example Journal subscribers and may not be distributed without written permission."
    )
    clean, meta = build(notice, "", HEADLINE, "", "By Jane Roe", "", *BODY)
    assert (notice in [line.text for line in clean.body], meta.outlet.value) == (False, "Example Journal")
    # without: the article's own sentence about a property
    sentence = "This is the property of the Example Journal Corporation, the mayor said of the old mill by the harbour."
    clean, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY[:1], "", sentence, "", *BODY[1:])
    assert (sentence in [line.text for line in clean.body], meta.outlet.value) == (True, None)


# COMMA_TAG_RUN (archive.rules comma_tag_runs): a topic list one tag a line, each but the last with its comma, goes (and
# its last tag is no writer's name); a name and its desk split so, or verse, stay.
@pytest.mark.parametrize(
    ("tags", "author", "gone"),
    [
        (["Law Practice,", "Judges and Judiciary,", "Appellate Practice"], None, True),
        (["Health,", "Harbour City,", "Nurses"], None, True),
        # without
        (["By Jane Roe,", "Harbour Bureau,", "Example News"], "Jane Roe", False),
        (["Jane Roe,", "Harbour Correspondent"], None, False),
    ],
)
def test_a_topic_list_one_tag_a_line(tags: list[str], author: str | None, gone: bool) -> None:
    clean, meta = build(*tags, "", "May 5, 2024", "", HEADLINE, "", *BODY)
    kept = [line.text for line in clean.lines]
    assert (meta.author.value, all(tag not in kept for tag in tags)) == (author, gone)


# CATEGORY_AFTER_THE_CREDIT (archive.metaline) and DATE_ENDS_THE_NAMES (archive.byline): a blog theme's credit, its date
# and the post's category after a comma give the writer and the date; a place after the date is no writer's name.
@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("by Jane Roe - , Last Updated on January 31, 2015, Industry News", "Jane Roe", "2015-01-31"),
        ("by Jane Roe, January 31, 2015, Politics", "Jane Roe", "2015-01-31"),
        ("By Jane Roe, January 31, 2015, Harbour City", "Jane Roe", "2015-01-31"),
        ("By Jane Roe, John Doe, January 31, 2015", "Jane Roe, John Doe", "2015-01-31"),
        # without: no date, the list of names is read whole
        ("By Jane Roe, John Doe and Ana Lima", "Jane Roe, John Doe and Ana Lima", None),
    ],
)
def test_a_credit_with_its_date_and_category(line: str, author: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert (meta.author.value, meta.date.value) == (author, date)


# ANSWER_AFTER_THE_QUESTION (archive.rules NAME_AFTER_THE_STOP): two capitalised words after a question mark answer a
# headline's question; after a caption's full stop they are its photographer.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("What Happens When Nurses Sue Their Harbour Board? Usually Splitsville", None),
        # without: a full stop before the name
        ("Nurses leave the old ward on the last day of the month. Jane Roe", rules.CAPTION),
    ],
)
def test_a_headlines_answer_after_its_question(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# NAME_DAY and NAME_DAY_BESIDE_THE_CLOCK (archive.rules): the header's name-day box says its date line is today's, no
# article's date; a date line with no such box beside it dates the article.
@pytest.mark.parametrize(
    ("header", "date"),
    [
        (["Nedeľa 24. November 2024 |", "meniny má Emília"], None),
        (["Dnes má svátek Emílie", "Nedeľa 24. November 2024"], None),
        # without
        (["Nedeľa 24. November 2024 |"], "2024-11-24"),
    ],
)
def test_the_clock_beside_the_name_day(header: list[str], date: str | None) -> None:
    clean, meta = build(*header, HEADLINE, "", *BODY)
    assert (meta.date.value, [line.text for line in clean.lines if line.text in header]) == (date, [] if date is None else header)


# WRITERS_ARCHIVE_NAME (archive.rules) and WRITER_FROM_THE_ARCHIVE_LINK (archive.extract): the link to the writer's other
# stories goes from the text and names the writer where no credit does; a credit line comes first, and a link naming an
# agency or the site names no writer.
@pytest.mark.parametrize(
    ("credit", "link", "author"),
    [
        ([], "More by Jane Roe", "Jane Roe"),
        ([], "View all posts by Jane Roe", "Jane Roe"),
        (["By John Doe", ""], "More by Jane Roe", "John Doe"),
        # without: no person in the link
        ([], "More from Reuters", None),
        ([], "More by this author", None),
    ],
)
def test_the_writers_archive_link_names_the_writer(credit: list[str], link: str, author: str | None) -> None:
    clean, meta = build(HEADLINE, "", *credit, "March 20, 2023", "", *BODY, "", link)
    assert (meta.author.value, link in [line.text for line in clean.lines]) == (author, False)
