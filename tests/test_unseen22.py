"""Issue 17, twenty-second round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.dates import parse_date
from archive.metaline import parse_meta_line


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("15 มกราคม 2567", "2024-01-15"),  # BUDDHIST_ERA: Thai, the year 543 ahead
        ("15 ม.ค. 2567", "2024-01-15"),  # the month abbreviated
        ("15 มกราคม พ.ศ. 2567", "2024-01-15"),  # after the era's mark
        ("๑๕ มกราคม ๒๕๖๗", "2024-01-15"),  # in Thai digits
        ("15 มกราคม 2024", "2024-01-15"),  # a Gregorian year stays one
        ("3 ก.ค. 2566 - 14:25 น.", "2023-07-03"),  # with the time and its "o'clock"
        ("15 enero 2567", None),  # a Spanish month: no Buddhist era, an impossible year
        ("15 มกราคม 2700", None),  # beyond both ranges
        ("วันจันทร์ที่ 15 มกราคม พ.ศ. 2567", "2024-01-15"),  # THAI_WEEKDAY and its "the"
        ("วันจันทร์ที่ 15 มกราคม 2567 ประชุมสภา", None),  # the line goes on: not a date line
        ("15 ມັງກອນ 2024", "2024-01-15"),  # Lao
        ("ថ្ងៃទី15 មករា 2024", "2024-01-15"),  # Khmer's "day number"
    ],
)
def test_thai_lao_and_khmer_dates(line: str, iso: str | None) -> None:
    value = parse_date(line)
    assert (value.iso if value else None) == iso


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("วันพุธที่ 3 กรกฎาคม 2566 14:25 น.", "2023-07-03"),
        ("สมาชิก 3 กรกฎาคม", None),
    ],
)
def test_a_thai_date_line_dates_the_page(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date


TABLE = ("|Team", "|Played", "|Won", "|Points", "|Harbour City", "|6", "|5", "|10", "|Riverside", "|6", "|4", "|8")
MENU = ("|Home", "|News", "|Sport", "|Business", "|Culture", "|Weather")


@pytest.mark.parametrize(
    ("above", "cells", "kept"),
    [
        ("Here is the updated points table:", TABLE, True),  # DATA_TABLE_CELLS: every cell stays
        ("The league published the table on Sunday.", TABLE, True),
        ("Points table", TABLE, False),  # under a label, no line of the article's: a sidebar's table
        ("Here is the updated points table:", MENU, False),  # no numbers: a menu laid out as a table
        ("Here is the updated points table:", TABLE[:5], False),  # too few cells to tell
    ],
)
def test_a_table_copied_one_cell_a_line_stays_under_the_text(above: str, cells: tuple[str, ...], kept: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], above, *cells, BODY[2])
    texts = [line.text for line in cleaned.lines]
    assert all(cell in texts for cell in cells) is kept


CAPTION = "A crane lifts the first beam of the new harbour bridge in 2010"


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        # GLUED_REPEAT: the byline glued before the lead, both printed again: the glued copy goes
        (("By Jane Roe   " + BODY[0], "By Jane Roe", BODY[0]), "By Jane Roe   " + BODY[0]),
        # the caption glued before the lead, under the caption (a few words apart)
        ((CAPTION, "A crane lifts the first beam of the new harbour bridge at the port in 2010. " + BODY[0], BODY[0]),
         "A crane lifts the first beam of the new harbour bridge at the port in 2010. " + BODY[0]),
        # an excerpt running on into the next paragraph's start
        (("By Jane Roe " + BODY[0] + " The mayor said the plan [...]", "By Jane Roe", BODY[0], BODY[1]),
         "By Jane Roe " + BODY[0] + " The mayor said the plan [...]"),
        # the words before the lead printed nowhere else: the shorter copy goes, nothing is lost
        (("The vote was close. " + BODY[0], BODY[0]), BODY[0]),
    ],
)  # fmt: skip
def test_a_line_glued_to_the_lead_goes_when_both_are_printed_apart(lines: tuple[str, ...], dropped: str) -> None:
    cleaned, _ = build(HEADLINE, *lines, BODY[1], BODY[2])
    assert [d.text for d in cleaned.dropped if d.rule == "near-repeat"] == [dropped]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("شاهد ايضاً: بعد عشر سنوات من إنهاء سياسة الطفل الواحد", "read-more"),  # Arabic "see also" and a headline
        ("شاهد البيان الكامل للمجلس بعد عشر سنوات من إنهاء السياسة", None),  # "see" alone opens a sentence
        ("Henüz yorum yapılmadı.", "comment-widget"),  # "no comments yet"
        ("Voir les commentaires", "comment-widget"),
        ("Коментар", "comment-widget"),
        ("Retournez en haut de la page", "nav-label"),  # back to the top
        ("Explore further", "nav-label"),
        ("Feedback to editors", "nav-label"),
        ("0 shares", "counter"),  # VIEW_COUNT: the share counter
        ("1.2k likes", "counter"),
        ("The post had 1,200 shares by Friday.", None),
        # CITE_THIS_PAGE
        ("Citation: Harbour council approves the budget (2011, October 3) retrieved 29 March 2024 from https://example.org/n",
         "disclaimer"),
        ("Citation: the council cited the report in its decision on Tuesday.", None),
        ("This document is subject to copyright. Apart from any fair dealing no part may be reproduced.", "disclaimer"),
        # DOMAIN_SLASH_CREDIT
        ("Bupati memberikan sambutan peresmian jembatan baru di desa itu (example.com/istimewa)", "caption"),
        ("The mayor opened the new bridge over the river on Friday (example.co.id/Jane Roe)", "caption"),
        ("Full results of the vote are published on the council site (example.org/results).", None),
    ],
)  # fmt: skip
def test_more_furniture_in_more_languages(line: str, rule: str | None) -> None:
    from archive.rules import line_rule

    assert line_rule(line) == rule


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        ("Related readings:", True),  # LABEL_WITH_ITS_COLON: a vocabulary's label heads its list with a colon too
        ("Pos terkait:", True),
        ("Liens connexes", True),
        ("Top stories from the region:", False),  # a promo's words with a colon may open the article's own list
    ],
)
def test_a_labelled_list_of_other_stories_amid_the_text_goes(label: str, dropped: bool) -> None:
    items = ("Harbour council opens the new ferry pier", "Mayor names a new head of the port authority")
    cleaned, _ = build(HEADLINE, BODY[0], label, *items, BODY[1], BODY[2])
    gone = [d.text for d in cleaned.dropped]
    assert (label in gone and all(item in gone for item in items)) is dropped


@pytest.mark.parametrize(
    ("under", "wire"),
    [
        (("(c) 2011 AFP",), "Agence France-Presse"),  # AGENCY_COPYRIGHT_UNDER_TEXT
        (("© 2019 Reuters",), "Reuters"),
        (("(c) 2011 Example Gazette",), None),  # no agency: the site's own footer (the outlet's)
        (("Contact the newsroom", "Share this story", "(c) 2011 AFP"), None),  # further down: the site's footer
        (("(Reuters, AFP)",), "Reuters, AFP"),  # the agencies in brackets
    ],
)
def test_an_agencys_copyright_under_the_text_names_the_wire(under: tuple[str, ...], wire: str | None) -> None:
    from archive.problems import Problems
    from archive.registry import parse_registry

    registry = parse_registry("registry.yml", open("registry.yml", encoding="utf-8").read(), Problems())
    _, meta = build(HEADLINE, *BODY, *under, registry=registry)
    assert meta.wire.value == wire


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Photo courtesy of Example Stock Exchange, Inc.", "caption-credit"),  # COURTESY_OF
        ("Courtesy of the council, the park will reopen on Friday after the long repairs were finished.", None),
        ("File photo Image Credit: Twitter (@example)", "caption-credit"),  # FILE_PHOTO_BEFORE_CREDIT
        ("New Delhi -°C", "weather-widget"),  # WEATHER_NOT_LOADED
        ("-°C", "weather-widget"),
        ("Es Noticia", "nav-label"),
        ("Metro cities -", "nav-label"),  # DANGLING_DASH_LABEL
        ("HARBOUR CITY –", None),  # a dateline cut from its paragraph
        ("Moscow -", None),
        ("JavaScript is disabled in your web browser or browser is too old. Today almost all pages need it.", "disclaimer"),
        ("[Favoris] [Imprimer] [Envoyer] [Commenter]", "nav-label"),  # BRACKETED_BUTTONS
        ("[sic] [sic]", None),
        ("View(s):", "counter"),
        ("Click for more news in Example China>>", "link-line"),
        ("Click for more: the council will meet again on Friday to vote on the harbour plan.", None),
    ],
)
def test_credits_widgets_and_labels(line: str, rule: str | None) -> None:
    from archive.rules import line_rule

    assert line_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Aug 03, 2025 News", "2025-08-03"),  # SECTION_AFTER_DATE
        ("12 March 2024 World News", "2024-03-12"),
        ("May 5, 2019 Police Said Nothing Else", None),  # more than a section's label: no date line
    ],
)
def test_a_sections_label_may_end_a_date_line(line: str, published: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == published


@pytest.mark.parametrize(("label", "author"), [("Go Deeper", None), ("Print PDF", None), ("Jane Roe", "Jane Roe")])
def test_a_controls_label_is_no_byline(label: str, author: str | None) -> None:
    _, meta = build(HEADLINE, label, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(某市委政策研究室 王明 摄)", "caption"),  # PHOTO_FROM_AN_OFFICE
        ("(某县农村经营管理办公室 李华 供图)", "caption"),  # 供图, "picture provided by"
        ("会议指出，要加强合作，推动发展。这是地图", None),
        ("/t:r(unknown)/fit-in/500x375/filters:format(webp)/medias/abc/image/photo_2026_04", "image-file"),  # IMAGE_PATH_CUT
        ("/fit-in/1100x2000/filters:format(webp)/medias/abc/image/20181111_1123.jpg)", "image-file"),
        ("and/or the council/mayor/board/staff said", None),
        ("Create an account or log in to save stories.", "paywall"),  # ACCOUNT_PROMPT
        ("It looks like you aren't logged in.", "paywall"),
        ("The council said residents could log in to the portal to see the new plans for the harbour.", None),
        ("Was this article valuable?", "nav-label"),
        ("We could not find any results for:", "nav-label"),
    ],
)
def test_photo_credits_image_paths_and_account_boxes(line: str, rule: str | None) -> None:
    from archive.rules import line_rule

    assert line_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe, John Doe", "Jane Roe"),  # a list of names under the text: the authors (the first in the field)
        ("Deadly Storms Force Evacuations, Collapse Main Bridge", None),  # LISTED_NAME_WORDS: a headline in title case
    ],
)
def test_a_title_case_headline_is_no_list_of_names(line: str, author: str | None) -> None:
    _, meta = build(*BODY, line)  # (a page without its headline: the names' line read among the head's)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Cina - USAXi Jinping ha avuto un colloquio", "Xi Jinping ha avuto un colloquio"),  # TITLE_GLUED_SECTION
        ("Peso weakness drags PSEi back below 6,000", "Peso weakness drags PSEi back below 6,000"),  # an index's name
    ],
)
def test_an_acronym_ending_in_a_small_letter_is_no_glued_section(title: str, headline: str) -> None:
    from archive.headline import split_headline

    assert split_headline(title).text == headline


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        ((HEADLINE, *BODY, "Stay tuned to Example TV for more. Download our app for the latest news!"), "Example TV"),
        ((HEADLINE, *BODY, "Stay tuned to our channel for more."), None),  # STAY_TUNED_TO_THE_SITE names no one
        (("The Daily Harbour Shimbun", HEADLINE, *BODY), "The Daily Harbour Shimbun"),  # a Japanese paper's word
        ((HEADLINE, "Example Today, November 2, 2009", *BODY), "Example Today"),  # OUTLET_BESIDE_DATE
        ((HEADLINE, "Jane Roe, November 2, 2009", *BODY), None),  # a writer beside the date
    ],
)
def test_the_site_named_in_its_promo_masthead_or_date_line(lines: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(*lines)
    assert meta.outlet.value == outlet
