"""Issue 17, twenty-first round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import re

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.headline import split_headline
from archive.metaline import parse_meta_line
from archive.registry import form_pattern


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("(Visited 25 times, 1 visits today)", True),  # VIEW_COUNT in brackets
        ("View : 114", True),
        ("Views: 1,204", True),
        ("The video had 114 views by Tuesday, the council said.", False),
        ("[ad_1]", True),  # AD_SLOT_PLACEHOLDER
        ("[iklan_2]", True),
        ("[sic]", False),  # a bracketed word is no ad slot
        ("<!--/enpcontent-->", True),  # HTML_COMMENT_LINE
        ("<--/enpcontent-->", True),
        ("字号:默认 超大 | 打印 |", True),  # FONT_CONTROL, its extra-large size
        ("打印|收藏|发给好友【字号", True),  # with bookmark and send-to-a-friend
        ("x", True),  # a close button
        ("No Result", True),
        ("View All Result", True),
        ("Facebook Comments Box", True),
        ("Home Blog Page 99", True),  # PAGE_OF_A_LIST
        ("News Page 2", True),
        ("Turn to page 2", False),
    ],
)
def test_counters_slots_and_controls_go(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) is dropped


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("51. sesja Rady Miasta. Absolutorium dla prezydenta", "51. sesja Rady Miasta. Absolutorium dla prezydenta"),
        ("1. Harbour council approves the budget", "Harbour council approves the budget"),  # TITLE_LIST_NUMBER
        ("Cina - USAXi Jinping ha avuto un colloquio", "Xi Jinping ha avuto un colloquio"),  # TITLE_GLUED_SECTION
        ("AcasăACTUALITATESe deschide un magazin nou", "Se deschide un magazin nou"),
        ("USAToday reports on the harbour", "USAToday reports on the harbour"),  # an acronym alone: a name
        ("Five HBCUs Receive Federal Funding", "Five HBCUs Receive Federal Funding"),  # an acronym's plural
    ],
)
def test_an_ordinal_and_a_glued_section_before_the_headline(title: str, headline: str) -> None:
    assert split_headline(title).text == headline


def test_a_trail_glued_to_the_headline_printed_below_goes() -> None:
    # GLUED_TRAIL in another language: the trail's last letter against the headline's first, the headline printed
    # again below (its ellipsis as one character)
    cleaned, _ = build("AcasăACTUALITATESe deschide Kaufland... şi o piață", "Se deschide Kaufland… şi o piață", *BODY)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(1, "breadcrumb")]
    assert cleaned.lines[0].text == "Se deschide Kaufland… şi o piață"
    # a line that only begins the same way is no trail
    cleaned, _ = build("Se deschide Kaufland şi o piață nouă", "Se deschide Kaufland şi o piață", *BODY)
    assert "Se deschide Kaufland şi o piață nouă" not in [d.text for d in cleaned.dropped]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Chorzowianin 2018-06-21 | Komentarzy: 0", "2018-06-21"),  # the comment count beside the date
        ("Jane Roe | March 3, 2019 | 12 comments", "2019-03-03"),
        ("Comments 3 people said on Tuesday", None),
    ],
)
def test_a_comment_count_on_the_date_line(line: str, iso: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == iso


@pytest.mark.parametrize(
    ("name", "author"),
    [("Jane Roe", "Jane Roe"), ("Jane Roe Example", "Jane Roe Example"), ("The Harbour Council", None)],
)
def test_a_name_above_the_writers_role_is_the_byline(name: str, author: str | None) -> None:
    # NAME_ABOVE_ROLE: the name's line, then the role's ("Staff Reporter"), under a caption-like line (where a name
    # alone is no byline by itself); an institution's name there is no person
    _, meta = build(HEADLINE, "Harbour officer, who died in hospital last Friday", name, "Staff Reporter", *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("line", "dateline"),
    [("काठमाडौँ ।", True), ("नई दिल्ली।", True), ("नई दिल्ली में आज बारिश हुई।", False)],
)
def test_a_place_with_a_danda_is_a_dateline(line: str, dateline: bool) -> None:
    # DANDA_DATELINE: no headline
    cleaned, meta = build(line, *BODY)
    assert ([ln.role for ln in cleaned.lines if ln.text == line] == ["dateline"]) is dateline
    assert meta.title.value != line


@pytest.mark.parametrize(
    ("form", "text", "found"),
    [
        ("ஜின்பிங்", "ஜின்பிங்குடன்", True),  # INDIC_DECLENSION: a Tamil postposition glued on
        ("புதின்", "புதினைச்", True),  # the virama dropped for a vowel sign
        ("புதின்", "புதினா", False),  # not for the long "aa" alone: another word (mint)
        ("జిన్పింగ్", "జిన్పింగ్తో", True),  # Telugu
        ("पुतिन", "पुतिनला", True),  # Marathi
        ("পুতিন", "পুতিনের", True),  # Bengali
        ("पुतिन", "पुतिनलाचाहिएअबकुछ", False),  # more than an ending's characters: another word
    ],
)
def test_a_leaders_name_with_indic_endings(form: str, text: str, found: bool) -> None:
    assert bool(re.fullmatch(form_pattern(form, decline_latin=True), text)) is found


def test_a_bulleted_list_of_results_ending_the_page_is_the_articles() -> None:
    # RESULTS_LIST: most items hold a score; the match still to play goes with them (an item ends with its overtime
    # mark's full stop: the list is not one of short items to the cut)
    results = ("- Harbour–Example 0–4", "- Sample–Town 2–3 ja.", "- City–County 7–4", "- Harbour–City")
    cleaned, _ = build(HEADLINE, *BODY, *results)
    assert [d.text for d in cleaned.dropped] == []
    # a menu under the article has no scores
    cleaned, _ = build(HEADLINE, *BODY, "- Home", "- News", "- Sport 2026")
    assert [d.text for d in cleaned.dropped] == ["Home", "News", "Sport 2026"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("22 mar 2021 . Actualizado a las 17:17 h.", "2021-03-22"),  # FOREIGN_UPDATE_AFTER
        ("5. März 2019 aktualisiert um 10:05 Uhr", "2019-03-05"),
        ("22 mar 2021 . El consejo aprobó el plan", None),
        ("2024 m. liepos 18 d.", "2024-07-18"),  # Lithuanian, in FOREIGN_YEAR_FIRST_FORM
        ("GMT+7 21/05/2018 02:07", "2018-05-21"),  # LEADING_ZONE
        ("GMT+7 hours later", None),
        ("4. februarja 2021", "2021-02-04"),  # GENITIVE_MONTHS
        ("12. siječnja 2020.", "2020-01-12"),
        ("12 listopada 2020", None),  # Polish November or Croatian October: left unread
    ],
)
def test_more_date_shapes(line: str, iso: str | None) -> None:
    from archive.dates import parse_date

    value = parse_date(line)
    assert (value.iso if value else None) == iso


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        ("Пекин, 28 января. Генеральный секретарь встретится с президентом.", "--01-28"),  # RUSSIAN_LEAD_STOP
        ("Путин сказал, 28 января. Это было давно.", None),
        ("Ljubljana, 4. februarja - DZ je danes sklenil, da ...", "--02-04"),  # FOREIGN_LEAD_NO_AGENCY
        ("wie 4. februarja - DZ je danes sklenil, da ...", None),  # no place's capital
    ],
)
def test_a_dateline_without_its_agency(text: str, month_day: str | None) -> None:
    from archive.metaline import parse_lead

    lead = parse_lead(text)
    assert (lead.month_day if lead else None) == month_day


def test_a_photos_copyright_run_into_its_caption_names_no_outlet() -> None:
    # CAPTION_GLUED_TO_CREDIT: seven small letters glued to a capitalised word
    from archive.sources import CAPTION_GLUED_TO_CREDIT

    assert CAPTION_GLUED_TO_CREDIT.search("Пресс-служба президента ТаджикистанаПрезидент Таджикистана")
    assert not any(CAPTION_GLUED_TO_CREDIT.search(name) for name in ("BuzzFeed", "PolitiFact", "MarketWatch", "TheStreet"))


@pytest.mark.parametrize(
    ("source", "wire"),
    [("Sursa: Hepta/Mediafax Foto", None), ("Source: Example Photo", None), ("Sursa: Mediafax", "Mediafax")],
)
def test_a_source_ending_with_the_word_for_photo_credits_the_picture(source: str, wire: str | None) -> None:
    # PICTURE_SOURCE_WORD
    _, meta = build(HEADLINE, "Jane Roe", source, *BODY)
    assert meta.wire.value == wire


@pytest.mark.parametrize(
    ("line", "author"),
    [("PM Jane Roe | 12 November 2018", "Jane Roe"), ("Jane Roe | 12 November 2018", "Jane Roe")],
)
def test_a_prime_ministers_speech_credits_the_person(line: str, author: str) -> None:
    # ACADEMIC_TITLE, and "PM"
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


def test_an_ad_label_printed_twice_in_one_piece_goes() -> None:
    # AD_LABEL_ICON, twice: no byline
    cleaned, meta = build(HEADLINE, "Publicidad AiPublicidad Ai", *BODY)
    assert [(d.text, d.rule) for d in cleaned.dropped] == [("Publicidad AiPublicidad Ai", "advertisement")]
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("FOTO Profimedia", "caption-credit"),  # CREDIT_WITHOUT_COLON
        ("Снимка Novinibg", "caption-credit"),
        ("Foto finish in the harbour race", None),  # the label in capitals, or a sentence
        ("Témata: Policie ČR, dopravní nehody", "tag-cloud"),  # FOREIGN_TAG_WORDS
        ("Escrito en: CEBALLOS lluvias municipio", "tag-cloud"),
        ("Do not miss out on the latest news. Join the Example Digital Telegram channel HERE.", "social-promo"),
        ("Register on ExampleLIVE at no cost to receive newsletters, read exclusive articles & more.", "social-promo"),
        ("The council will join the harbour channel project next year, the mayor said.", None),
        ("LEIA MAIS EM:", "nav-label"),
    ],
)
def test_credits_tags_and_promos_in_more_words(line: str, rule: str | None) -> None:
    cleaned, _ = (
        build(HEADLINE, BODY[0], BODY[1], BODY[2], line)
        if rule != "caption-credit"
        else build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    )
    assert [d.rule for d in cleaned.dropped if d.text == line] == ([rule] if rule else [])


def test_read_the_news_in_full_on_the_site_names_the_wire() -> None:
    # READ_AT_SOURCE: the Russian "read the news in full on the site", the site in quotes
    cleaned, meta = build(HEADLINE, *BODY, 'Читать новость полностью на сайте "Example.ru"')
    assert [d.rule for d in cleaned.dropped] == ["end-marker"]
    assert meta.wire.value == "Example.ru"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("ਇਹ ਵੀ ਪੜ੍ਹੋ: ਸਰਕਾਰ ਕੋਲ ਮੁੱਕੇ ਪੈਸੇ", "read-more"),  # INDIC_READ_ALSO
        ("இதையும் படிக்க: மழை எச்சரிக்கை", "read-more"),
        ("Denna nyhet är äldre än 6 månader och är kanske inte aktuell längre.", "disclaimer"),  # OLD_ARTICLE_NOTICE
        ("Dieser Artikel ist älter als ein Jahr.", "disclaimer"),
        ("Dieser Artikel ist wichtig für die Stadt, sagte der Bürgermeister.", None),
        ("Cambodia News/", "breadcrumb"),  # a section's link with its slash
        ("and/or", None),
        ("# Народно събрание #удължаване на бюджета #първо четене #гласуване", "tag-cloud"),  # SPACED_HASHTAGS
        ("#1 Harbour wins the league", None),
        ("En ordförandeklubba. Foto.", "caption"),  # PHOTO_WORD_TAIL
        ("Thủ tướng Nga D. Medvedev. Ảnh RIA", "caption"),
        ("The mayor took a photo. Photo day is Tuesday for the schools in the district.", None),
    ],
)
def test_read_also_old_notices_crumbs_tags_and_photo_tails(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert [d.rule for d in cleaned.dropped if d.text == line] == ([rule] if rule else [])


@pytest.mark.parametrize(
    ("form", "text", "found"),
    [
        ("Цзиньпин", "Цзиньпинді", True),  # TURKIC_CYRILLIC_ENDINGS: Kazakh
        ("Путин", "Путинмен", True),
        ("Путин", "Путиным", True),  # (Russian, as before)
        ("Путин", "Путинизм", False),
    ],
)
def test_a_leaders_name_with_kazakh_and_kyrgyz_endings(form: str, text: str, found: bool) -> None:
    assert bool(re.fullmatch(form_pattern(form), text)) is found


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (("Friday, April 25, 2025", "Home", "For Professionals", HEADLINE), None),  # CLOCK_ON_THE_FIRST_LINE
        (("marți, octombrie 29, 2024", "Acasă", "Actualitate", HEADLINE), None),
        (("25 April 2025", "Home", "For Professionals", HEADLINE), "2025-04-25"),  # no weekday: the article's date line
        (("Friday, April 25, 2025", HEADLINE), "2025-04-25"),  # right over the headline
    ],
)
def test_a_weekday_date_opening_the_page_above_its_menu_is_the_sites_clock(lines: tuple[str, ...], date: str | None) -> None:
    _, meta = build(*lines, *BODY)
    assert meta.date.value == date


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("2014-10-14 17:30:33来源:新华国际责任编辑:陈玮 陈瑜辉", "新华国际"),  # CJK_EDITOR_AFTER_SOURCE
        ("2014-10-14 17:30:33来源:新华国际", "新华国际"),
    ],
)
def test_a_chinese_source_ends_where_the_editors_credit_begins(line: str, wire: str) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.wire.value == wire
