"""Issue 17, thirtieth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.dates import parse_date
from archive.metaline import parse_meta_line
from archive.model import CleanArticle


def _dropped(cleaned: CleanArticle, text: str) -> bool:
    return text.strip() in [dropped.text.strip() for dropped in cleaned.dropped]


def _rule_of(cleaned: CleanArticle, text: str) -> str | None:
    return next((d.rule for d in cleaned.dropped if d.text.strip() == text.strip()), None)


LONG_BODY = (
    *BODY,
    "The council will meet again next month to vote on the plan for the harbour and the new school buildings.",
    "Residents can send their views to the town hall until the end of the month, the mayor's office said.",
)


def test_a_headline_over_its_byline_wins_over_a_forms_heading_above() -> None:
    # HEADLINE_OVER_ITS_CREDIT: a form's heading and its puzzle ended the head; the headline stands over its byline
    form = (
        "Report an error on this page",
        "Tell us what kind of error you found",
        "13 + 4 =",
        "Solve this simple sum and enter the result, for example 4 for 1 + 3, so that we know you are not a robot.",
    )
    cleaned, meta = build(*form, HEADLINE, "By Jane Roe, updated 29/12/2023", *LONG_BODY)
    assert meta.title.value == HEADLINE
    # ... the form's sentence stays (the dropped lines are the short head lines above the headline only)
    assert not _dropped(cleaned, form[3])


def test_two_lines_over_credits_leave_the_first_title() -> None:
    # ... other stories, each over its date line, are no headline: the first title stays
    first = "Tell us what kind of error you found on this page"
    lines = (
        first,
        "Solve this simple sum and enter the result, for example 4 for 1 + 3, so that we know you are not a robot.",
        "Harbour council approves the new budget",
        "29/12/2023",
        "School buildings plan goes to the vote",
        "28/12/2023",
        *LONG_BODY,
    )
    _, meta = build(*lines)
    assert meta.title.value != "Harbour council approves the new budget"


def test_a_line_over_a_credit_under_most_of_the_text_is_no_headline() -> None:
    # ... nor is a line over a date when most of the article's text stands above it (a related story at the end)
    _, meta = build(HEADLINE, *LONG_BODY, "Harbour school plan goes to the vote", "29/12/2023", BODY[0][:60] + " again.")
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # GLUED_DATE_LABEL: the name glued to the date's label after it
        ("Author: Emma RoePublished 24th Jul 2022", ("Emma Roe",)),
        ("Author: Emma Roe Published 24th Jul 2022", ("Emma Roe",)),
    ],
)
def test_a_name_glued_to_the_dates_label(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_meta_line(line)
    assert parsed is not None and parsed.names == names


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # OFFICE_OR_EVENT_NOT_PERSON: an office or an occasion is no one
        ("Communications Office, University House", None),
        ("Grants Signing Ceremony", None),
        # ARTICLE_FIRST: a name never opens with an article
        ("O SURGIMENTO", None),
        ("Az Bulutlu", None),
        # a person's name stays one, a surname's particle first included
        ("Jane Roe", "Jane Roe"),
        ("Le Van Thanh", "Le Van Thanh"),
    ],
)
def test_offices_occasions_and_articles_are_no_authors(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


def test_a_greek_label_in_capitals_is_known_without_its_accents() -> None:
    # GREEK_CAPITALS: "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ" ("read more") drops its accents in capitals
    cleaned, meta = build(HEADLINE, BODY[0], "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ", *BODY[1:])
    assert _dropped(cleaned, "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("box", "dropped"),
    [
        # WEATHER_BOX_WORDS: the sky and the town between two temperatures
        (("Isparta 22°C", "Az Bulutlu", "Isparta", "22°C", "Az Bulutlu", "Cum 18°C"), ("Az Bulutlu", "Isparta")),
        # ... three lines between, or a line with a figure, are not the box's
        (("Isparta 22°C", "Harbour news", "Local sport", "Events", "18°C"), ()),
    ],
)
def test_short_lines_between_a_weather_boxs_temperatures(box: tuple[str, ...], dropped: tuple[str, ...]) -> None:
    cleaned, _ = build(*box, HEADLINE, *BODY)
    between = {line for line in box if "°" not in line}
    assert {line for line in between if _rule_of(cleaned, line) == "weather-widget"} == set(dropped)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # LATIN_AMERICAN_DEL: "del" before the year
        ("Lunes, 24 de Noviembre del 2025", "2025-11-24"),
        ("24 de noviembre de 2025", "2025-11-24"),
        # VIETNAMESE_MONTH_WORDS: the month's number in words, in the template's order
        ("Tháng mười một 16, 2024", "2024-11-16"),
        ("16 tháng mười hai, 2024", "2024-12-16"),
        ("Tháng Ba 5, 2020", "2020-03-05"),
        # ... a holiday's name is no date
        ("Cinco de Mayo del 2025", None),
    ],
)
def test_more_date_shapes(text: str, iso: str | None) -> None:
    found = parse_date(text)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    ("first", "date"),
    [
        # TEMPLATE_ORDER_BAR: a weekday and a date in a template's English order, in a day-first language: the clock
        ("Thứ bảy, Tháng mười một 16, 2024", None),
        ("Cumartesi, Ağustos 27, 2025", None),
        # ... the same day in its own language's order is the page's date line, as before
        ("Cumartesi, 27 Ağustos 2025", "2025-08-27"),
        ("Saturday, August 27, 2025", "2025-08-27"),
    ],
)
def test_a_weekday_in_a_templates_order_above_the_headline(first: str, date: str | None) -> None:
    _, meta = build(first, HEADLINE, *BODY)
    assert meta.date.value == date
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # CLOSING_NOTICE: an interstitial's countdown
        ("Este aviso se cerrará en segundos", HEADLINE),
        ("This ad will close in 5 seconds", HEADLINE),
        # WELCOME_TO_OUR_SITE: a greeting naming no site
        ("您好!欢迎来到我们的网站!", HEADLINE),
        ("Welcome to our website!", HEADLINE),
        # CJK_PAGES: a Chinese article's page links
        ("【 第1頁 第2頁 第3頁 】", HEADLINE),
        # a headline about a notice or a welcome stays one
        (
            "This notice will close the harbour council debate on the new budget",
            "This notice will close the harbour council debate on the new budget",
        ),
        ("Welcome to our website, says the new harbour council", "Welcome to our website, says the new harbour council"),
    ],
)
def test_furniture_above_the_headline_is_no_title(first: str, title: str) -> None:
    lines = (first, HEADLINE, *BODY) if title == HEADLINE else (first, *BODY)
    cleaned, meta = build(*lines)
    assert meta.title.value == title
    assert _dropped(cleaned, first) == (title == HEADLINE)


def test_a_date_line_with_del_and_its_weekday_is_no_headline() -> None:
    # (DATE_STAMP_LINE, now that the date is read): the page's date line, not its title
    _, meta = build("Lunes, 24 de Noviembre del 2025", HEADLINE, *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, "2025-11-24")


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # CJK_PICTURE_SLASH: the picture's word, a slash and its source
        ("圖/中央社", True),
        ("（图/新华社）", True),
        ("照片／市府提供", True),
        # CJK back to the top of the page
        ("回到網頁上方", True),
        # a sentence with a slash stays
        ("市府表示,圖/文資料將於下週公布於網站上供民眾查詢。", False),
    ],
)
def test_chinese_picture_credits_and_controls(line: str, dropped: bool) -> None:
    chinese = (
        "台中市長就職典禮戶外辦",
        "台中市長當選人25日就職,將在市政公園採取草地就職典禮方式。",
        "市府表示,典禮預定上午8時開始。",
    )
    cleaned, _ = build(chinese[0], chinese[1], line, chinese[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        # CJK_RIGHTS_WORDS: the notice's words after the holder
        ("©2020 四川示例 版权所有 转载须经授权", "四川示例"),
        ("©2020 四川示例", "四川示例"),
        # COMPANY_SUFFIX: the company's form after the name
        ("© 2025 Harbour Valley Network Sdn. Bhd. All Rights Reserved.", "Harbour Valley Network"),
        ("© 2025 Harbour Valley Media GmbH", "Harbour Valley Media"),
        ("© 2025 Harbour Valley Media", "Harbour Valley Media"),
    ],
)
def test_a_copyright_holders_name_without_its_notice_and_company_form(footer: str, outlet: str) -> None:
    _, meta = build(HEADLINE, *BODY, footer)
    assert meta.outlet.value == outlet


def test_a_stock_pictures_site_is_no_outlet() -> None:
    # PHOTO_LIBRARY_SITE: "©iStockphoto.com/Jane Roe" credits a stock picture under the headline
    _, meta = build(HEADLINE, "By Jane Roe", "©iStockphoto.com/John Doe", *BODY)
    assert meta.outlet.value is None
    _, meta = build(HEADLINE, "By Jane Roe", "©harbourvalley.com/John Doe", *BODY)
    assert meta.outlet.value in ("harbourvalley", "harbourvalley.com")


@pytest.mark.parametrize(
    ("lead", "outlet", "wire"),
    [
        # OURS_NOT_A_NAME: "from our agency" names the site's office, no outlet and no wire
        ("SUNCHALES (De nuestra Agencia). - " + BODY[0], None, None),
        ("HARBOUR CITY (From our correspondent) - " + BODY[0], None, None),
        # ... a name there is the site's own
        ("SUNCHALES (Diario Ejemplo). - " + BODY[0], "Diario Ejemplo", None),
    ],
)
def test_a_dateline_saying_our_names_no_one(lead: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY[1:])
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)
