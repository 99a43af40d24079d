"""Issue 17, fifty-fourth round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

from archive import rules as r
from archive.byline import parse_byline

HEADLINE = "Clinic opens its doors"
LEAD = "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said."
SECOND = "The board said the clinic would serve the whole of the bay area from next year on."


def _kept(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [kept.text for kept in clean.lines]


# NUMBERED_ITEMS_CITING_SOURCES: an article's numbered list whose items end with a link to their source is the
# article's, when one item at least is kept as a sentence; a numbered list of teasers keeps none.
ITEMS = (
    "1.) A jury convicted the harbour's mayor in 2009 on one count of embezzlement of gift cards. Read more.",
    "2.) A former councillor was convicted in 2010 on eleven counts of fraud and of taking bribes. Read more.",
    "3.) A former treasurer pleaded guilty last year to one felony count of fraud in the harbour's accounts.",
)


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        (ITEMS, True),
        ((*ITEMS[:2], "3.) A former treasurer pleaded guilty last year to one count of fraud. Read more."), False),
    ],
)
def test_a_numbered_list_citing_its_sources_is_the_articles(items: tuple[str, ...], kept: bool) -> None:
    lines = (HEADLINE, "", LEAD, "", *(x for item in items for x in (item, "")), SECOND)
    text = _kept(*lines)
    assert all(item in text for item in items[:2]) is kept


# RUN_ON_LINE_NO_HEADLINE: a paragraph wrapped short, its lines running on in small letters, is no run of card
# headlines over their excerpts; a list of cards, each headline capitalised, is.
WRAPPED = (
    "Though the senator missed a number of votes over the past few months due",
    "to illness, he did return to the capital for several of the high-profile",
    "votes. He made the trip to the chamber in April for the harbour",
    "vote on legislation to strengthen the harbour's laws,",
    "and on May 16, he took part in a committee vote to approve",
    "the nominee to head the harbour board.",
)
CARDS = (
    "Harbour ferry back in service after repairs",
    "The ferry returned to service on Monday after the harbour repairs that took",
    "Harbour council names its new port head",
    "The council named the harbour port head at its meeting on Tuesday after a",
)


@pytest.mark.parametrize(("lines", "kept"), [(WRAPPED, True), (CARDS, False)])
def test_a_wrapped_paragraph_is_no_run_of_cards(lines: tuple[str, ...], kept: bool) -> None:
    text = _kept(HEADLINE, "", LEAD, "", SECOND, "", LEAD.replace("Monday", "Sunday"), *lines)
    assert all(line in text for line in lines[1:3]) is kept


# CAPITALS_HEADINGS_PAGE: a last line in capitals is a heading cut where the copy stopped on a page printing its
# sub-headings in capitals, and a writer's signature on a page that does not.
@pytest.mark.parametrize(
    ("heading", "author"),
    [
        ("STORM CAUSES EXTENSIVE DAMAGE TO THE HARBOUR", None),
        ("Storm causes extensive damage to the harbour", "Jane Roe"),
    ],
)
def test_a_capitals_line_last_is_a_heading_where_headings_are_capitals(heading: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", LEAD, "", heading, "", SECOND, "", LEAD.replace("Monday", "Sunday"), "", "JANE ROE")
    assert meta.author.value == author


# NAME_ABOVE_ROLE_AS_LABELS: a name over its role, both taken as short labels among labels, is the writer's card; a
# name over another label is a menu's item.
@pytest.mark.parametrize(
    ("card", "author"),
    [
        (("Jane Roe", "", "Editor"), "Jane Roe"),
        (("Jane Roe", "", "Harbour"), None),
    ],
)
def test_a_name_over_its_role_among_labels_is_the_writer(card: tuple[str, ...], author: str | None) -> None:
    links = ("Recent posts", "", "Harbour news", "", "Port news", "", "Bay news")
    _, meta = build(HEADLINE, "", LEAD, "", SECOND, "", *card, "", *links)
    assert meta.author.value == author


# SHORT_LAST_PARAGRAPH: a name alone under a short sentence closing the text, a long one above it, is the signature;
# under a short line that ends no sentence, it is not.
@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("His name was not released.", "Nichole Roe"),
        ("More to follow", None),
    ],
)
def test_a_signature_under_a_short_last_sentence(last: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", LEAD, "", SECOND, "", last, "", "Nichole Roe")
    assert meta.author.value == author


# LABEL_BEFORE_THE_HEADLINE: the headline printed twice, once after a section's name run into it: the bare copy's words
# are the title; a headline with no bare copy keeps its first word.
@pytest.mark.parametrize(
    ("copy", "title"),
    [
        (("Prime minister arrives in the harbour city", ""), "Prime minister arrives in the harbour city"),
        ((), "World Prime minister arrives in the harbour city"),
    ],
)
def test_a_section_run_into_the_headline_is_no_part_of_it(copy: tuple[str, ...], title: str) -> None:
    _, meta = build("World Prime minister arrives in the harbour city", "", "12.03.2023 - 08:54", "", *copy, LEAD, "", SECOND)
    assert meta.title.value == title


# PAPER_KIND_AFTER_ITS_NAME: "The Example-Review Newspaper" over the headline is the paper's name, not the headline;
# the outlet is the name without its kind.
@pytest.mark.parametrize(
    ("masthead", "title", "outlet"),
    [
        ("The Harbour-Review Newspaper", "Clinic opens its doors", "The Harbour-Review"),
        ("The Harbour-Review Building", "The Harbour-Review Building", None),
    ],
)
def test_a_papers_name_and_its_kind_is_the_masthead(masthead: str, title: str, outlet: str | None) -> None:
    _, meta = build(masthead, "", "Clinic opens its doors", "", LEAD, "", SECOND)
    assert (meta.title.value, meta.outlet.value) == (title, outlet)


# DIRECTION_ICON_NAME: an arrow icon's name beside another icon's is the icons' text; an arrow in words is not, nor a
# sentence naming one.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Arrow-right Camera", r.ICON_TEXT),
        ("chevron-down Menu", r.ICON_TEXT),
        ("Arrow Camera", None),
        ("Turn right at the arrow-right sign.", None),
    ],
)
def test_an_arrow_icons_name_is_furniture(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# FOREIGN_MONTH_YEAR: a month named in another language and the year are the page's month, as "June 2010" is; an
# abbreviation that is an English word too is not read.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Juin 2010", "2010-06"),
        ("junio de 2010", "2010-06"),
        ("Haziran 2010", "2010-06"),
        ("June 2010", "2010-06"),
        ("set 2010", None),
    ],
)
def test_a_foreign_month_and_year_is_the_pages_month(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", LEAD, "", SECOND)
    assert meta.date.value == date


# GLUED_CREDIT (after a small letter or a number): a caption with its credit run onto its last word, no stop between,
# is a caption; the caption's words alone are left to the other rules.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Travellers wait in line at the harbour terminal ahead of the long weekendCredit: AFP", r.CAPTION),
        ("Ferries wait to leave the harbour on July 13Credit: Getty", r.CAPTION),
        ("Travellers wait in line at the harbour terminal ahead of the long weekend", None),
    ],
)
def test_a_credit_glued_to_a_captions_last_word(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# COUNTS_IN_A_ROW, POSITION_IN_A_SERIES, PLATFORM_COUNT: a post's counters, a gallery's or a series' position, a
# platform's count are counters; a sentence holding such words is not.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("351 views0 comments", r.COUNTER),
        ("12 likes 3 shares", r.COUNTER),
        ("Photo 3 of 12", r.COUNTER),
        ("Artikel 8 von 11", r.COUNTER),
        ("Page: 9", r.COUNTER),
        ("WORDPRESS: 0", r.COUNTER),
        ("Photo 3 of 12 shows the harbour", None),
        ("Chapter 3 of 12", None),
        ("Facebook: the harbour's page", None),
    ],
)
def test_counters_of_a_post_or_a_gallery(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# CAPTCHA_PROMPT: the comment form's test for robots; a headline about a security code is no form.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Captcha: (type the characters above)", r.COMMENT_WIDGET),
        ("Security code:", r.COMMENT_WIDGET),
        ("Security code flaw found in harbour system", None),
    ],
)
def test_a_captcha_prompt_is_the_comment_forms(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# "Haberin Devamı" (Turkish: the story goes on) and "Explore further: <headline>" are a read-more label and a link to
# another story; the words in a sentence are not.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Haberin Devamı", True),
        ("Explore further: Harbour council names its new port head", True),
        ("Explore further the harbour's old town on foot with the council's new map.", False),
    ],
)
def test_more_read_more_labels(line: str, goes: bool) -> None:
    assert (r.line_rule(line) is not None) is goes


# NAME_OVER_AFFILIATION: a name alone over the writer's university, above the text, is the byline, even where it went
# as a label; a name over another line is not.
@pytest.mark.parametrize(("under", "author"), [("University of Example", "Jane Roe"), ("Harbour Bay", None)])
def test_a_name_over_its_university_is_the_byline(under: str, author: str | None) -> None:
    _, meta = build("Connect with the Author", "", "Jane Roe", under, "", LEAD, "", SECOND)
    assert meta.author.value == author


# NAME_BETWEEN_DATE_AND_TEXT: a name alone between the date line and the text is the byline, unless the text names
# that person (an obituary's name for a headline).
@pytest.mark.parametrize(
    ("lead", "author"),
    [
        (LEAD, "Jane Roe"),
        ("Jane Roe, who ran the harbour clinic for thirty years, died on Monday at home, her family said.", None),
    ],
)
def test_a_name_between_the_date_and_the_text_is_the_byline(lead: str, author: str | None) -> None:
    _, meta = build("Posted: Aug 28, 2017 10:02 AM", "", "Jane Roe", "", lead, "", SECOND)
    assert meta.author.value == author


# ARTICLE_LAST, NAME_IN_CAPITALS_BEFORE_ITS_PAPER, "Newspapers", "Editor-in-Chief": the writer's name before the
# paper's, run on or after a dash, and before a hyphened role, without the paper's words.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Jane Roe The Harbour Times", "Jane Roe"),
        ("By: JANE ROE Harbour County Courier Times", "JANE ROE"),
        ("Jane Roe - Harbour Ridder Newspapers", "Jane Roe"),
        ("Jane Roe, Editor-in-Chief", "Jane Roe"),
        ("By Jane Roe Harbour Daily Times", None),
    ],
)
def test_a_name_before_its_paper_or_role(credit: str, author: str | None) -> None:
    assert parse_byline(credit) == author


# HEADLINE_OVER_THE_CREDITED_DECK: over the byline, the deck as long as its headline right above it: the headline is the
# title; with no headline-shaped line above, the line over the byline is.
@pytest.mark.parametrize(
    ("above", "title"),
    [
        (("There's more than one way to open a harbour clinic", ""), "There's more than one way to open a harbour clinic"),
        ((), "Papers published this year show the different paths to fame"),
    ],
)
def test_the_headline_over_a_deck_as_long(above: tuple[str, ...], title: str) -> None:
    deck = "Papers published this year show the different paths to fame"
    lines = ("Currently viewing a development environment", "", *above, deck, "", "By Jane Roe", "", LEAD, "", SECOND)
    _, meta = build(*lines)
    assert meta.title.value == title


# TITLE_CAPS_KICKER (archive.headline), THREE_LETTERS_FIRST and ONE_LONG_KICKER: a kicker in capitals run into the
# headline is no part of the title; an acronym, the headline's subject, is, and so are small capitals (initials).
@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("RED ALERT Billions of users must update their browsers now", "Billions of users must update their browsers now"),
        ("HARBOURTOWN 200 000 euros de moins dans les caisses", "200 000 euros de moins dans les caisses"),
        ("UNESCO World Heritage list grows in the harbour region", "UNESCO World Heritage list grows in the harbour region"),
        ("EU UK agree on a new deal for the fishing fleets", "EU UK agree on a new deal for the fishing fleets"),
        ("RED Billions of users must update their browsers now", "RED Billions of users must update their browsers now"),
        ("По информации агентства, в порт прибыли танкеры", "По информации агентства, в порт прибыли танкеры"),
    ],
)
def test_a_capitals_kicker_run_into_the_headline(headline: str, title: str) -> None:
    _, meta = build(headline, "", "By Jane Roe", "", LEAD, "", SECOND)
    assert meta.title.value == title


# MORE_PAPER_WORDS: "The Example Messenger" under the byline is the writer's paper; "The Example Leader" is not read.
@pytest.mark.parametrize(("paper", "outlet"), [("The Harbour Messenger", "The Harbour Messenger"), ("The Harbour Leader", None)])
def test_more_words_ending_a_papers_name(paper: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", paper, "", LEAD, "", SECOND)
    assert meta.outlet.value == outlet


# FOR_AN_INSTITUTION: "for" and a body or a place ends a headline, not a credit; "for" and a paper is a credit.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Harbour Approves Financing Package for New Football Stadium", None),
        ("Jane Roe for The Harbour Times", "Jane Roe"),
    ],
)
def test_for_a_stadium_is_no_credit(line: str, author: str | None) -> None:
    assert parse_byline(line) == author


# HEADING_PRINTED_AGAIN: a line of names alone printed again lower down, other lines between, is a heading printed
# twice, not the byline over the date; printed once over the date line, it is the byline.
@pytest.mark.parametrize(("copy", "author"), [(("Jane Roe", "", "Harbour news in brief", ""), None), ((), "Jane Roe")])
def test_a_heading_printed_again_is_no_byline(copy: tuple[str, ...], author: str | None) -> None:
    _, meta = build(HEADLINE, "", *copy, "Jane Roe", "29 April 2014 17:00", "", LEAD, "", SECOND)
    assert meta.author.value == author


# PICTURE_POSITION_WORDS: a sentence pointing at where people stand in the picture is a caption; a party's initial
# after a name is no position.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("The harbour master (r.) received the minister on Monday.", r.CAPTION),
        ("Jane Roe, left, president of the harbour board, and John Doe", r.CAPTION),
        ("A new species of frog (pictured here) was found in the bay.", r.CAPTION),
        ("Gov. Jane Roe (R) said at a separate briefing that the harbour would close.", None),
    ],
)
def test_a_sentence_pointing_into_the_picture_is_a_caption(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# STILL_FRAME_CREDIT: a video's still or a screenshot credited to its source is a picture's credit, and no masthead; a
# sentence opening with a word that begins so is not.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Стоп-кадр Российская газета", r.CAPTION_CREDIT),
        ("Скриншот: YouTube", r.CAPTION_CREDIT),
        ("Кадровые перестановки в правительстве продолжаются", None),
    ],
)
def test_a_still_frames_credit(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


def test_a_still_frames_credit_names_no_outlet() -> None:
    lead = "Самолет лидера Китая приземлился в аэропорту Внуково-2, сообщает корреспондент, у трапа выстроился караул."
    second = "По прилету председатель выразил уверенность, что его визит будет плодотворным и даст импульс отношениям."
    _, meta = build("Глава КНР прибыл с визитом в Москву", "Стоп-кадр Российская газета", "", lead, "", second)
    assert meta.outlet.value is None


# CREDIT_LABEL_ON_NAME: "Credit..." run onto the site's name is no part of it.
def test_a_credit_label_run_onto_the_sites_name() -> None:
    _, meta = build(HEADLINE, "", "Credit...The Harbour Times Archives", "", LEAD, "", SECOND)
    assert meta.outlet.value == "The Harbour Times"


# NAME_PRINTED_TWICE: a person's name twice over the headline is a columnist's card, not the site's name; a paper's
# name twice is the site's.
@pytest.mark.parametrize(("name", "outlet"), [("Jane Roe", None), ("Harbour Times", "Harbour Times")])
def test_a_name_printed_twice_over_the_headline(name: str, outlet: str | None) -> None:
    _, meta = build(name, name, "HARBOUR YAZARI", "", HEADLINE, "", LEAD, "", SECOND)
    assert meta.outlet.value == outlet


# RELEASE_CREDIT: "<Body> News Release" as the credit names the releasing body, no person; "By Jane Roe" does.
@pytest.mark.parametrize(("credit", "author"), [("St. Harbour Saints News Release", None), ("By Jane Roe", "Jane Roe")])
def test_a_news_releases_credit_names_no_writer(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", "May 7, 2025 - International League (IL)", credit, "", LEAD, "", SECOND)
    assert meta.author.value == author


# FIELDS_IN_CAPITALS and RECORD_FIELD_AFTER: an archive record's header fields are never the headline, and its DATE
# field dates the page though another field follows it.
def test_an_archive_records_fields() -> None:
    lines = (
        "DATE: WEDNESDAY, April 3, 1991                   TAG: 9104030334",
        "SECTION: HARBOUR                    PAGE: B-5   EDITION: METRO",
        "DATELINE: HARBOUR CITY                                LENGTH: Medium",
        "",
        "",
        "CLINIC OPENS ITS DOORS AT THE HARBOUR",
        "",
        LEAD,
        "",
        SECOND,
    )
    _, meta = build(*lines)
    assert (meta.title.value, meta.date.value) == ("CLINIC OPENS ITS DOORS AT THE HARBOUR", "1991-04-03")


@pytest.mark.parametrize(
    ("line", "date"), [("DATE: April 3, 1991          TAG: 9104", "1991-04-03"), ("April 3, 1991 TAG: 9104", None)]
)
def test_a_date_field_beside_another(line: str, date: str | None) -> None:
    from archive.dates import parse_date

    found = parse_date(line)
    assert (found.iso if found else None) == date


# BULLETED_ITEMS: two bulleted lines are a list's items, no card's headline and excerpt; cards unbulleted are.
@pytest.mark.parametrize(("bullet", "kept"), [("• ", True), ("", False)])
def test_bulleted_items_are_no_cards(bullet: str, kept: bool) -> None:
    items = (
        "Harbour Bill 2223 allows home brewers in the harbour to have their beer",
        "brewers of the harbour may sell their beer at the harbour market from",
        "Harbour Bill 2298 amends the harbour's act to add certain classes of boats",
        "boats of the harbour may moor at the harbour's new pier in the bay from",
    )
    third = "The nurses said the clinic would open its doors to the whole harbour on Monday next week."
    text = _kept(HEADLINE, "", LEAD, "", SECOND, "", third, "", *(bullet + item for item in items))
    assert all(item in text for item in items) is kept


# FOREIGN_CAPITALS_READ_MORE: the lead-in in capitals with its full stop before another story's headline is a link; a
# headline in capitals throughout is not.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("LEES OOK. “China is klaar om de wereldorde te bewaken”, zegt Xi", r.READ_MORE),
        ("BACA JUGA Banjir di Jakarta", r.READ_MORE),
        ("BACA BUKU GRATIS DI PERPUSTAKAAN", None),
    ],
)
def test_a_read_more_lead_in_in_capitals(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# END_SIGN: a site's sign after the last sentence ("... surface". ®") leaves the sentence ended, and the paragraph kept.
@pytest.mark.parametrize(("text", "ended"), [('only scratched the surface". ®', True), ("Harbour ■", False)])
def test_an_end_sign_after_the_last_sentence(text: str, ended: bool) -> None:
    assert r.ends_sentence(text) is ended


# ALT_TEXT_UNDER_THE_HEADLINE: under the headline, a picture's alternative text in small letters, a caption opening with
# a capital under it: the headline is the title; a line in small letters that goes on in small letters below is
# hard-wrapped text, and the line over it no headline.
TOUR = "Harbour board and HARBOUR TOUR announce schedule changes for 2019 and beyond"


@pytest.mark.parametrize(
    ("below", "chosen"),
    [
        (("temp fix empty alt images for attachment", "(Jane Roe/Example Images)"), True),
        (("for the clinic and the harbour's nurses", "and doctors, the board said on Monday."), False),
    ],
)
def test_alt_text_under_the_headline(below: tuple[str, ...], chosen: bool) -> None:
    _, meta = build("HARBOUR TOUR", "", TOUR, *below, "", LEAD, "", SECOND)
    assert (meta.title.value == TOUR) is chosen


# SECTION_DASH_SITE: a section's name, a dash and the site's name is the page's title bar, no headline; a headline
# with a dash is one.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("News – Harbour Government", None),
        ("Harbour clinic opens – nurses cheer", "Harbour clinic opens – nurses cheer"),
    ],
)
def test_a_section_dash_site_is_no_headline(line: str, title: str | None) -> None:
    _, meta = build("Tue. Nov 4th, 2025", "", line, "", "", LEAD, "", SECOND)
    assert meta.title.value == title


# GLUED_BY, OF_THE_PAPERS_STAFF, WILL_AS_A_FIRST_NAME: "By" run onto a column's name, the paper's staff after the name,
# "Will" as a first name; a word ending in "By" is no credit, and "Will" opening a headline is no name.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("The County BeatBy Jane V. Roe", "Jane V. Roe"),
        ("November 21, 1993|By Will Roe of The Harbour Sentinel Staff", "Will Roe"),
        ("StandBy Me review", None),
        ("Will Council Approve Plan", None),
    ],
)
def test_glued_by_and_the_papers_staff(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", LEAD, "", SECOND)
    assert meta.author.value == author


# More furniture found on the newest development pages, each with a line of text that looks alike and stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("1 of 4 2 of 4", r.COUNTER),  # (COUNTS_IN_A_ROW: a gallery's positions printed at once)
        ("8.03K", r.COUNTER),  # (COUNT_IN_THOUSANDS)
        ("Screen shot 2014-02-17 at 8.54.52 PM", r.IMAGE_FILE),  # (SCREENSHOT_FILE_NAME)
        ("Contact Harbour News with your story tips:", r.NAV_LABEL),  # (CONTACT_THE_SITE_WITH_TIPS)
        ("Connect with the Harbour Sentinel Newsroom:", r.NAV_LABEL),
        ("Updates gepusht krijgen? Tik op het belletje!", r.SOCIAL_PROMO),  # (BELL_PROMPT)
        ("Have you received the food supplies from the council? Share your thoughts!", r.COMMENT_WIDGET),
        ("Comments should take into account that readers may hold different opinions.", r.COMMENT_WIDGET),
        (
            "Our website is made possible by displaying online advertisements. Please consider disabling your ad blocker.",
            r.ADVERTISEMENT,
        ),
        ("Sosok Presiden Rusia Vladimir Putin (kiri) dan Presiden China Xi Jinping (kanan).", r.CAPTION),
        ("The council asked whether it would pay? Share your thoughts on the plan, the mayor said at the meeting.", None),
        ("He said the browser will disable the ad blocker feature in future versions released next year.", None),
        ("Chapter 1 of 4 opens the harbour's history", None),
    ],
)
def test_more_furniture_of_the_newest_pages(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule


# DASH_SIGNATURE: a name after an em dash under a sentence of the text signs it; under a quotation it is the speaker's.
@pytest.mark.parametrize(
    ("above", "author"),
    [
        ('"It has been a very restful session," he said.', "Jane Roe"),
        ('"It has been a very restful session for all of us in the harbour."', None),
    ],
)
def test_a_name_after_an_em_dash_signs_the_entry(above: str, author: str | None) -> None:
    _, meta = build(LEAD, "", above, "", "—Jane Roe", "", "12:20 a.m.", "", SECOND, "", "The board will meet again on Monday.")
    assert meta.author.value == author


# AGENCY_FILE_PHOTO: "AP FILE PHOTO" alone credits a picture; "AP" alone is a wire's credit, read as one.
@pytest.mark.parametrize(("line", "rule"), [("AP FILE PHOTO", r.CAPTION_CREDIT), ("FILE PHOTOS OF THE HARBOUR", None)])
def test_an_agencys_file_photo(line: str, rule: str | None) -> None:
    assert r.line_rule(line) == rule
