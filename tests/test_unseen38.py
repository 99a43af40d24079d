"""Issue 17, thirty-eighth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen34 import _rule_of  # the rule that dropped a line, or None

from archive.metaline import parse_meta_line


# COUNTRY_SECTION: a country's name before "News" on the line above the headline is the section a national or world
# site files the story under, no masthead; a town's paper of that shape still is one. "League News" is a sports site's
# section (SECTION_NEWS).
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("U.S. News", None),
        ("UNITED STATES NEWS", None),
        ("Texas News", None),
        ("League News", None),
        ("Harbourville News", "Harbourville News"),
        ("Bridgeport News", "Bridgeport News"),
    ],
)
def test_a_countrys_news_above_the_headline_is_a_section(line: str, outlet: str | None) -> None:
    _, meta = build(line, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


# Furniture new pages printed, each dropped by the rule named; without the trigger, a line of the article kept.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # SHARE_ON_FOREIGN: the buttons' "on" and "the link" in French, Spanish, German
        ("Copier le lien Partager sur Facebook Partager sur Twitter Partager sur Linkedin Imprimer", "share-button"),
        ("Compartir en Facebook", "share-button"),
        ("Teilen auf WhatsApp", "share-button"),
        ("Sur le port en fête", None),
        # SOURCE_WORD_BEFORE_FOTO and "Photo source:"
        ("Sursa foto: Facebook/Info Trafic Harbour", "caption-credit"),
        ("Fonte foto: Ansa", "caption-credit"),
        ("Photo source: Harbour Traffic", "caption-credit"),
        ("Fonte: la giunta ha approvato il bilancio", None),
        # UNCASED_PLACE: the weather box's towns in Hebrew, a lower-case unit
        ("תל אביב 18°c", "weather-widget"),
        ("Harbourville 18°c", "weather-widget"),
        ("The river rose 18 cm", None),
        # GALLERY_COUNT
        ("56 Fotos und 2 Filmbeiträge", "nav-label"),
        ("12 photos and 2 videos", "nav-label"),
        ("12 photos were shown to the jury", None),
        # VIETNAMESE_FOLLOW
        ("Theo dõi Báo Cảng trên", "social-promo"),
        ("Theo dõi tình hình trên biển, chính quyền đã cảnh báo ngư dân.", None),
        # SLASH_BEFORE_CREDIT and CYRILLIC_BODY_CREDIT: a caption's credit after a slash, a body's name in sentence case
        ("Президент прибув до Греції, 16 листопада 2025 року / Фото: Офіс президента", "caption"),
        ("The mayor opens the new bridge / Photo: Jane Roe", "caption"),
        ("Фото: Офіс президента", "caption-credit"),
        ("Президент прибув до Греції, 16 листопада 2025 року.", None),
        # READ_IN_LANGUAGE
        ("читать на русском →", "nav-label"),
        ("Read in English", "nav-label"),
        ("Read in English, the report runs to 40 pages.", None),
    ],
)
def test_furniture_new_outlets_print(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, *BODY[2:])
    assert _rule_of(cleaned, line) == rule


# SITE_NAME_AFTER_SLASH: the page title's end, "/ Example Site", on a line of its own under the headline; the headline
# stays the headline (it was taken for the site's masthead, the slash's line for the headline)
def test_the_site_name_after_a_slash_is_no_headline() -> None:
    cleaned, meta = build("News", "JAM | Sep 23, 2023", HEADLINE, "/ Our Harbour", *BODY)
    assert meta.title.value == HEADLINE
    assert _rule_of(cleaned, "/ Our Harbour") == "masthead"
    cleaned, meta = build("News", "JAM | Sep 23, 2023", HEADLINE, "/ and the harbour", *BODY)
    assert _rule_of(cleaned, "/ and the harbour") is None


# SITE_UNDER_HEADLINE: the site's address under the headline names the outlet, blank lines between them or not
@pytest.mark.parametrize("gap", [(), ("",), ("", "")])
def test_the_site_address_under_the_headline_after_blank_lines(gap: tuple[str, ...]) -> None:
    _, meta = build(HEADLINE, *gap, "Harbourpost.fr", "Publié le 16/10/2020 par Jane Roe", *BODY)
    assert meta.outlet.value == "harbourpost.fr"
    _, meta = build(HEADLINE, *gap, "Publié le 16/10/2020 par Jane Roe", *BODY)
    assert meta.outlet.value is None


# Date lines new pages print, read to their day; without the trigger, none.
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # DE_THE_NEWSROOM: "de" before the newsroom's word credits it
        ("de Redacția Example    |    31 Oct 2025   •   22:09", "2025-10-31"),
        ("de Gaulle | 31 Oct 2025", None),
        # ONLINE_SINCE
        ("Online seit 25.11.2017 um 18:55 Uhr, aktualisiert am 27.11.2017 um 15:03 Uhr", "2017-11-25"),
        ("Online since March 3, 2017", "2017-03-03"),
        # BENGALI_SHORT_I and INDIC_VOWEL_SIGNS: the month with the short i, the weekday with its vowel signs
        ("ডেস্ক রিপোর্ট | মঙ্গলবার, ১৮ জানুয়ারি ২০২২ | প্রিন্ট", "2022-01-18"),
        ("১৮ জানুয়ারী ২০২২", "2022-01-18"),
        ("मंगलवार, 18 जनवरी 2022", "2022-01-18"),
        # THAI_SHORT_YEAR: the Buddhist era's year in two digits after an abbreviated month; a smaller number unread
        ("6 มิ.ย. 54", "2011-06-06"),
        ("6 มิ.ย. 54 01:15", "2011-06-06"),
        ("6 มิ.ย. 24", None),
        # an update's label left empty after the date (and glued to an Arabic year)
        ("22 نوفمبر 2017آخر تحديث :", "2017-11-22"),
        ("March 3, 2017 Last updated:", "2017-03-03"),
        ("Dodano: 12.03.2024", "2024-03-12"),
    ],
)
def test_date_lines_new_pages_print(line: str, iso: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta is not None and meta.published is not None else None) == iso


# BRACKETED_CREDIT_DATELINE: "(BTNO) -" alone, cut from the first paragraph, is its credit: no headline
def test_a_bracketed_credit_and_its_dash_are_no_headline() -> None:
    _, meta = build("(BTNO) -", *BODY)
    assert meta.title.value is None
    _, meta = build("(BTNO) - Harbour council approves the new budget", *BODY)
    assert meta.title.value == "(BTNO) - Harbour council approves the new budget"


# TWO_PLACES_AND and WIRE_EDITION: a release filed from two places, its wire's edition after a hyphen: the dateline's
# month-day and the service read; a headline's "and" between capitals is no dateline
@pytest.mark.parametrize(
    ("lead", "partial", "wire"),
    [
        (
            "HARBOUR, China and BRIDGEPORT, Md., Sept. 1 /PRNewswire-Asia-FirstCall/ -- Harbour Ltd won it.",
            "--09-01",
            "PRNewswire",
        ),
        ("HARBOUR and BRIDGEPORT, Sept. 1 /PRNewswire-Asia-FirstCall/ -- Harbour Ltd won the contract.", "--09-01", "PRNewswire"),
        ("HARBOUR and BRIDGEPORT FC, the two clubs, met on Sept. 1 to agree the contract.", None, None),
    ],
)
def test_a_release_filed_from_two_places(lead: str, partial: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY)
    assert (meta.date.get("partial") or None) == partial
    assert meta.wire.value == wire


# EMPTY_DATE_SLOT_BELOW: the header's date over the headline, the article's date label empty under it: no date; with
# no empty label under the headline, the date over it is read
@pytest.mark.parametrize(("slot", "iso"), [("Date:", None), ("Dodano:", None), ("Share post:", "2024-05-07")])
def test_an_empty_date_slot_under_the_headline(slot: str, iso: str | None) -> None:
    _, meta = build("Tuesday, May 7, 2024", HEADLINE, slot, *BODY)
    assert meta.date.value == iso
