"""Issue 17, twenty-third round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.headline import split_headline
from archive.metaline import parse_meta_line
from archive.rules import logo_line


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("입력 2017년09월07일 18시35분", "2017-09-07", None),  # KOREAN_AND_JAPANESE_LABELS, and CJK_CLOCK
        ("기사입력 2017-09-07 오후 3시 20분", "2017-09-07", None),  # the afternoon's mark before the clock
        ("수정 2017.09.08 09:10", None, "2017-09-08"),  # "modified"
        ("公開日：2019年3月5日 18時35分", "2019-03-05", None),  # Japanese
        ("更新日時 2019/03/05 18:35", None, "2019-03-05"),
        ("2019年3月5日 下午3时20分", "2019-03-05", None),  # Chinese, no label
        ("2017.09.08 09:10", "2017-09-08", None),  # without "수정": the date is the publication's
        ("2017년09월07일 18시35분 축제는 신기문화관광시장 중앙통로에 마련된 특설무대를", None, None),  # a sentence
        ("2017년09월07일 18시 축제는 신기문화관광시장", None, None),  # an hour alone is no clock
    ],
)
def test_korean_and_japanese_date_lines(line: str, published: str | None, updated: str | None) -> None:
    meta = parse_meta_line(line)
    got = (meta.published.iso if meta and meta.published else None, meta.updated.iso if meta and meta.updated else None)
    assert got == (published, updated)


def test_a_korean_date_line_dates_the_page() -> None:
    _, meta = build(HEADLINE, "입력 2017년09월07일 18시35분", *BODY)
    assert (meta.date.value, meta.date.provenance.line) == ("2017-09-07", 2)
    # with a word no rule reads after it, no metadata line; its one date, after the "posted" label, is read amid the
    # words when nothing else dates the page (DATE_AMID_FURNITURE)
    assert parse_meta_line("입력 2017년09월07일 18시 축제") is None
    _, meta = build(HEADLINE, "입력 2017년09월07일 18시 축제", *BODY)
    assert meta.date.value == "2017-09-07"


@pytest.mark.parametrize(
    ("line", "wire", "date"),
    [
        ("Agence de presse Xinhua     2008/08/08", "Xinhua", "2008-08-08"),  # AGENCY_WORDS_BEFORE_WIRE
        ("agencia de noticias EFE 2008/08/08", "EFE", "2008-08-08"),
        ("Kantor Berita ANTARA 2008/08/08", "ANTARA", "2008-08-08"),
        ("Agence de presse locale 2008/08/08", None, None),  # no agency after the words: no credit line
        ("Agence de presse Xinhua", None, None),  # (and the words alone before a wire are no metadata line)
    ],
)
def test_news_agency_words_before_the_agency(line: str, wire: str | None, date: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.wire if meta else None, meta.published.iso if meta and meta.published else None) == (wire, date)


@pytest.mark.parametrize(
    ("title", "headline", "suffix"),
    [
        ("City reels under water shortage : The Example Tribune", "City reels under water shortage", "The Example Tribune"),
        ("City reels under water shortage : The Tribune India", "City reels under water shortage", "The Tribune India"),
        ("City reels under water shortage : example.com", "City reels under water shortage", "example.com"),
        # TITLE_COLON_SUFFIX, without its trigger: a French headline's own colon, a name that is no newspaper's, a
        # headline too short to be one without the part after the colon
        (
            "Sommet de Tianjin : Xi Jinping reçoit Vladimir Poutine",
            "Sommet de Tianjin : Xi Jinping reçoit Vladimir Poutine",
            None,
        ),
        (
            "Pénurie d'eau dans la ville : les habitants protestent",
            "Pénurie d'eau dans la ville : les habitants protestent",
            None,
        ),
        ("Water shortage : The Tribune", "Water shortage : The Tribune", None),
        ("City reels under water shortage: The Example Tribune", "City reels under water shortage: The Example Tribune", None),
    ],
)
def test_a_site_name_after_a_spaced_colon(title: str, headline: str, suffix: str | None) -> None:
    split = split_headline(title)
    assert (split.text, split.dash_suffix) == (headline, suffix)


def test_the_site_named_after_a_spaced_colon_is_the_outlet() -> None:
    _, meta = build(f"{HEADLINE} : The Example Tribune", *BODY)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, "The Example Tribune")
    _, meta = build(f"{HEADLINE} : the example tribune", *BODY)
    assert (meta.title.value, meta.outlet.value) == (f"{HEADLINE} : the example tribune", None)


@pytest.mark.parametrize(
    ("logo", "is_logo", "outlet"),
    [
        ("EXMPL Logo EXMPL", True, "EXMPL"),  # LOGO_THEN_NAME: the picture's text, then the name beside it
        ("Example News Logo Example News", True, "Example News"),
        ("Example Logo Other", False, None),  # two names: no logo's text
        ("Header Logo Header", True, None),  # a template's word names no site
    ],
)
def test_a_logo_with_its_name_beside_it(logo: str, is_logo: bool, outlet: str | None) -> None:
    assert logo_line(logo, "") is is_logo
    cleaned, meta = build(logo, HEADLINE, *BODY)
    assert (logo in [d.text for d in cleaned.dropped], meta.outlet.value) == (True, outlet)  # (above the headline)
    cleaned, meta = build(HEADLINE, *BODY, logo)
    assert meta.outlet.value is None  # under the text: a partner's logo


LEAD = "March 28, 2007 -- The harbour council approved the new budget for the district on Tuesday after a long debate."


@pytest.mark.parametrize(
    ("line", "kept", "date"),
    [
        # CAPTION_RUN_INTO_DATELINE: the caption and its credit cut off, the dated paragraph kept
        (f"Mayors Roe (left) and Doe in Harbour City on March 26 (EXAMPLE-TASS) {LEAD}", LEAD, "2007-03-28"),
        (f"The mayor at the harbour on Monday (Reuters) {LEAD}", LEAD, "2007-03-28"),
        # without it: brackets of the sentence's own, no dateline after the credit, a credit opening the line
        (f"The council (the city's oldest) {LEAD}", f"The council (the city's oldest) {LEAD}", None),
        (
            "The mayor at the harbour on Monday (EXAMPLE-TASS) The council approved the budget on Tuesday after a debate.",
            "The mayor at the harbour on Monday (EXAMPLE-TASS) The council approved the budget on Tuesday after a debate.",
            None,
        ),
        ("(Reuters) " + LEAD, "(Reuters) " + LEAD, None),
    ],
)
def test_a_caption_run_into_the_dated_first_paragraph(line: str, kept: str, date: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert kept in [text.text for text in cleaned.lines]
    assert (meta.date.value if date else None) == date


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        ("Berita berkaitan", True),  # FOREIGN_PROMO_LABELS: Malay, Spanish, Russian, Chinese, Korean
        ("Entradas recientes", True),
        ("Сейчас читают", True),
        ("往下看更多文章", True),
        ("더보기", True),
        ("Most Used Categories", True),
        ("Berita berkaitan dengan banjir itu disiarkan semalam oleh akhbar tempatan.", False),  # a sentence
    ],
)
def test_labels_of_other_stories_in_more_languages(label: str, dropped: bool) -> None:
    others = ("Harbour ferry timetable changes next week", "New library opens in the old post office")
    cleaned, _ = build(HEADLINE, *BODY, label, *others)
    gone = [d.text for d in cleaned.dropped]
    assert (label in gone and all(o in gone for o in others)) is dropped


@pytest.mark.parametrize(
    ("last", "date"),
    [
        ("Disiarkan pada: July 1, 2019 @ 12:06pm", "2019-07-01"),  # LABELLED_DATE_RESCUE, under a list of other stories
        ("Published on: July 1, 2019", "2019-07-01"),
        ("July 1, 2019", None),  # no label: an item's date
    ],
)
def test_a_labelled_date_under_the_list_of_other_stories(last: str, date: str | None) -> None:
    others = ("Related stories", "Harbour ferry timetable changes next week", "New library opens in the old post office")
    _, meta = build(HEADLINE, *BODY, *others, last)
    assert meta.date.value == date
    _, meta = build(HEADLINE, *BODY, *others[:2], last)  # under one headline: that story's card
    assert meta.date.value is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Oleh Skuad Khas Example Metro", None),  # a paper's squad of reporters (DESK_WORDS): no person
        ("Oleh Aminah Binti Example", "Aminah Binti Example"),
    ],
)
def test_a_reporters_squad_is_no_author(byline: str, author: str | None) -> None:
    _, meta = build(HEADLINE, byline, *BODY)
    assert meta.author.value == author


MENU_TOP = ("• About us", "• Contact us", "• Home")


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        # CLOCK_AMID_THE_MENUS: today's date between the header's menus, far over the headline
        ((*MENU_TOP, "Tuesday, March 28, 2023", "Example Citizen", "• Nation", "• Politics", HEADLINE, *BODY), None),
        # without its weekday, or right over the headline, it is the article's
        ((*MENU_TOP, "March 28, 2023", "Example Citizen", "• Nation", "• Politics", HEADLINE, *BODY), "2023-03-28"),
        ((*MENU_TOP, "Example Citizen", "Tuesday, March 28, 2023", HEADLINE, *BODY), "2023-03-28"),
    ],
)
def test_a_site_clock_amid_the_menus(lines: tuple[str, ...], date: str | None) -> None:
    _, meta = build(*lines)
    assert meta.date.value == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Chemnitz, den 19.01.2018", "2018-01-19"),  # German letters' "den" before the date
        ("Pressemitteilung vom 19.01.2018", "2018-01-19"),  # "vom": a release's date
        ("Chemnitz den Stadtrat", None),  # no date beside it: a word of a sentence
    ],
)
def test_german_den_before_a_date(line: str, date: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == date


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Upgrade your membership and access our archives", True),
        ("Get Professional Access", True),
        ("Your Profile", True),
        ("Members voted to upgrade your membership rules, the chairman told the meeting.", False),
    ],
)
def test_membership_promos_and_account_links(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) is dropped


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Derechos Reservados Example Medios", "Example Medios"),  # NOTICE_THEN_HOLDER
        ("All Rights Reserved Example Media 2024", "Example Media"),
        ("Derechos reservados del autor", None),  # the holder in lower case: no name
        ("Derechos reservados por ley, dijo el juez Example Roe en la audiencia.", None),  # a sentence
    ],
)
def test_a_rights_notice_then_its_holder(footer: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, footer)
    assert (meta.outlet.value, meta.author.value, footer in [d.text for d in cleaned.dropped]) == (outlet, None, bool(outlet))


@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Join the Example News WhatsApp channel for the latest updates", "Example News"),  # the site's own channel
        ("Sertai saluran WhatsApp Examplekini BM sekarang untuk mendapatkan perkembangan berita terkini!", "Examplekini"),
        ("Join Our WhatsApp Channel", None),  # SELF_NAME_TEMPLATE_WORDS: a template's words name no site
        ("Join Us WhatsApp Channel", None),
        ("Welcome to Our Site", None),
        ("Welcome to Example Site", "Example Site"),
    ],
)
def test_the_site_named_by_its_channel_and_no_template_words(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, promo)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("2010年11月22日 23:34 来源:示例新闻网 参与互动(0)  【字体:↑大 ↓小", "2010-11-22", "示例新闻网"),  # CJK_CONTROLS
        ("2019-03-05 字号：大 中 小", "2019-03-05", None),
        ("2010年11月22日 23:34 来源:示例新闻网 参与讨论", "2010-11-22", "示例新闻网 参与讨论"),  # no control: the name's words
    ],
)
def test_a_chinese_pages_controls_beside_its_date(line: str, date: str, source: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None
    assert (meta.published.iso if meta.published else None, meta.source) == (date, source)
