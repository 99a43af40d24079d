"""Issue 17, twenty-fourth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.headline import split_headline


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© Riproduzione riservata - Termini e Condizioni", None),  # NOTICE_NO_HOLDER: the notice, then a link
        ("© Tous droits réservés | Mentions légales", None),
        ("© Example Gazzetta - Termini e Condizioni", "Example Gazzetta"),  # a name before the dash
    ],
)
def test_a_rights_notice_after_the_sign_names_no_holder(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, footer)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("3. News", None),  # NUMBERED_ITEM: a breadcrumb's item
        ("2) Example Times", None),
        ("Example Times", "Example Times"),
        ("5 Example News", "5 Example News"),  # a channel's number is part of its name
        ("National NewsExample News", None),  # GLUED_SECTIONS: two menu items run together
        ("World NewsLocal News", None),
        ("Example NewsDesk Times", None),
        ("McExample Herald", "McExample Herald"),  # a capital inside a name, after no newspaper's word
    ],
)
def test_a_masthead_is_no_menu_item(masthead: str, outlet: str | None) -> None:
    _, meta = build(masthead, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Read the original article on Example FM.", True),  # READ_THE_ORIGINAL
        ("Read the original article on example.com.", True),
        ("Read the original article on page 2 of the report, the minister told them.", False),
        ("This article is republished from Example News under a Creative Commons license. Read the original article.", True),
        ("This article was republished from a blog under a creative commons license.", False),  # no name: a sentence
        ("Annons", True),  # ADVERT_LABELS: Swedish, Norwegian, Danish
        ("Share with friends", True),  # SHARE_WITH_FRIENDS
        ("Stampa Articolo", True),
        ("Share with friends what you saw at the harbour, she said.", False),
        ("Follow by Email", True),
        ("Baca: Wali Kota Example Imbau Warga Korban Banjir", True),  # Indonesian "Read:"
        ("Baca laporan wali kota tentang jembatan baru itu, katanya.", False),
    ],
)
def test_reprint_notices_ads_and_buttons(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) == dropped


def test_the_original_article_names_the_copys_source() -> None:
    _, meta = build(HEADLINE, *BODY, "This article is republished from Example News under a Creative Commons license.")
    assert meta.wire.value == "Example News"


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        ("Next In Nation", True),  # MORE_IN_SECTION: a section's name after the words
        ("Mais de Mundo", True),
        ("Más de Deportes", True),
        ("Mais de 200 mortos", False),  # "more than 200 dead": a headline
        ("Laatste nieuws", True),  # labels of other stories' lists in Dutch and Hebrew
        ("חדשות נוספות", True),
    ],
)
def test_more_from_a_section_heads_other_stories(label: str, dropped: bool) -> None:
    other = "Harbour ferry returns to service after repairs"
    cleaned, _ = build(HEADLINE, *BODY, label, other, "Council names new head of the port authority")
    assert ({label, other} <= {d.text for d in cleaned.dropped}) == dropped


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("es house fire.PNG", True),  # SPACED_IMAGE_FILE
        ("Council meeting 2.jpg", True),
        ("The file was saved by the clerk as photo.png", False),  # a sentence naming a file
        ("Gå til hovedindhold", True),  # skip links in more languages
        ("Search This Blog", True),
        ("Estimated read time: 2-3 minutes", True),  # READING_TIME_LABELS
        ("Temps de lecture : < 1 minute", True),
        ("Leer en español", True),
        ("How do you feel about this story?", True),
        ("Meer uit Binnenland", True),  # MORE_IN_SECTION, Dutch
        ("Sie sehen 13% der insgesamt 3189 Zeichen des Artikels", True),  # a metered page's count
        ("Jetzt einfach anmelden und 5 Artikel pro Monat kostenlos lesen!", True),
        ("Sie sehen den Hafen von der Brücke aus, sagte der Bürgermeister am Dienstag.", False),
    ],
)
def test_more_furniture_in_more_languages(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) == dropped


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # LOWER_CASE_CREDIT: never a headline (BY_AN_INSTITUTION, issue 17's 34th round: a credit, the headline under it is)
        ("by University of Example", HEADLINE),
        ("By the numbers: the harbour budget", "By the numbers: the harbour budget"),  # lower case after it: a headline
        # PLACE_AND_REGION: no headline; (PLACE_OVER_THE_HEADLINE, issue 17's 33rd round) the headline under it is
        ("Pinedale, Example", HEADLINE),
    ],
)
def test_a_credit_or_a_place_above_the_headline_is_no_title(first: str, title: str | None) -> None:
    _, meta = build(first, HEADLINE, *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "<i class='fa fa-lock' aria-hidden='true'></i> Harbour council approves the budget",
            "Harbour council approves the budget",
        ),
        ("<b>Harbour</b> council approves the budget", "<b>Harbour</b> council approves the budget"),  # an element with words
    ],
)
def test_an_icons_markup_before_the_headline(title: str, headline: str) -> None:
    assert split_headline(title).text == headline


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Article Date: 18 Feb 2025", "2025-02-18"),  # "article date" labels the date
        ("25. 04. 2024 - kl. 13:38", "2024-04-25"),  # Danish and Norwegian "kl." before the clock
        ("• Last modified 1576 days ago (April 30, 2015)", "2015-04-30"),  # COUNT_OF_DAYS_AGO: no year 1576
        ("16 - Juin - 2019", "2019-06-16"),  # DASHED_MONTH_NAME
        ("16-junio-2019", "2019-06-16"),
        ("Article 18 Feb 2025 was read", None),  # words, no label
    ],
)
def test_more_date_lines(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date


def test_a_preview_cut_at_an_ellipsis_keeps_its_last_line() -> None:
    cut = "The mayor said the council would also discuss the plans for the old harbour and the"
    paywall = "Jetzt einfach anmelden und 5 Artikel pro Monat kostenlos lesen!"
    cleaned, _ = build(HEADLINE, *BODY, cut, "...", paywall)
    assert (cut in [line.text for line in cleaned.lines], paywall in [d.text for d in cleaned.dropped]) == (True, True)
    cleaned, _ = build(HEADLINE, *BODY, cut, paywall)  # (without the ellipsis: a teaser above the paywall, dropped)
    assert cut in [d.text for d in cleaned.dropped]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Example Conteúdo", None),  # CONTENT_SERVICE: a paper's content agency
        ("Πολιτική Γραμματεία", None),  # a political secretariat
        ("Jane Roe", "Jane Roe"),
        ("Edited by Jane Roe", None),  # EDITED_BY: an editor, not the writer
        ("Reviewed by Jane Roe", None),  # REVIEWED_BY
        ("Fact-checked by Jane Roe", None),
        ("By Jane Roe | Reviewed by John Doe", "Jane Roe"),  # the writer beside the reviewer
        ("By Jane Roe", "Jane Roe"),
    ],
)
def test_a_content_service_an_editor_or_a_reviewer_is_no_author(byline: str, author: str | None) -> None:
    _, meta = build(HEADLINE, byline, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Example TV is now on WhatsApp. Join today to get latest Updates", "Example TV"),  # NOW_ON_THE_APP
        ("Example Times is now on Telegram. Click here to subscribe", "Example Times"),
        ("The mayor is now on WhatsApp, the council said.", None),  # no call to join: a sentence
    ],
)
def test_the_site_is_now_on_an_app(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, promo)
    assert meta.outlet.value == outlet
