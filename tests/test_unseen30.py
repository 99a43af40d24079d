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
        # a contact label before a site's address is no one's name either
        ("Web Site: http://example.org/", None),
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


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # more page controls and labels in other languages
        ("Previous ArticleNext Article", True),
        ("Ir a la siguiente nota", True),
        ("Revisa también:", True),
        ("Pogledajte više", True),
        ("Související témata:", True),
        ("На эту тему:", True),
        ("SkryťVypnúť reklamu", True),
        ("Print Friendly and PDF", True),
        ("ページの先頭です。 メニューを飛ばして本文へ", True),
        # SLAVIC_STORY_CONTINUES
        ("Článok pokračuje pod video reklamou", True),
        # comment boxes
        ("Henüz yorum yapılmamış. İlk yorumu yukarıdaki form aracılığıyla siz yapabilirsiniz.", True),
        ("Per poter lasciare o votare un commento devi essere registrato.", True),
        ("Vui lòng nhập tên của bạn ở đây", True),
        # MALAY_FOLLOW_US, its platforms lost
        ("Tidak mahu terlepas? Ikuti kami di", True),
        # READ_TIME_SECONDS
        ("Read Time:55 Second", True),
        # PAST_WEEKDAY_AT: a list's times
        ("el miércoles pasado a las 14:03", True),
        ("ayer a las 9:10", True),
        # STOCK_IMAGE_OF, HEADSHOT: what the picture shows
        ("Stock image of a police cordon at the scene of an incident", True),
        ("Headshot of Jane Roe", True),
        # SOURCE_OF_THE_PHOTO, DUTCH_NAME_PARTS in a credit
        ("Источник фото: example.ru", True),
        ("Foto: Arie in 't Veld", True),
        # ... the article's sentences stay
        ("El miércoles pasado a las 14:03 el alcalde inauguró el puente nuevo del puerto.", False),
        ("Stock prices of the harbour company fell sharply on Monday after the budget vote.", False),
        ("Источник в мэрии сообщил, что фото моста опубликуют позже.", False),
    ],
)
def test_more_controls_labels_and_credits(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("line", "date", "site"),
    [
        # SITE_WITH_SCHEME: the address with its scheme, then the time stamp
        ("http://www.EXAMPLE.tw   2018-12-19 11:41:50", "2018-12-19", "www.example.tw"),
        # BARRED_DATE_LINE: names, a date and a counter, each a bar apart
        ("Example País | Jane Roe | 01.09.2012 | 0 Comentarios", "2012-09-01", None),
        # ... names run together with a date, no bars, are no credit line
        ("Madrid Barcelona Sevilla Valencia 01.09.2012", None, None),
    ],
)
def test_more_metadata_lines(line: str, date: str | None, site: str | None) -> None:
    parsed = parse_meta_line(line)
    assert (parsed.published.iso if parsed and parsed.published else None, parsed.site if parsed else None) == (date, site)


def test_a_barred_credit_line_names_no_writer() -> None:
    parsed = parse_meta_line("Example País | Jane Roe | 01.09.2012 | 0 Comentarios")
    assert parsed is not None and parsed.names == ()


def test_a_screenshots_name_glued_to_the_headline_is_cut_off() -> None:
    # SCREENSHOT_NAME_RUN_IN: the picture's file name, then the headline printed again
    glued = "Captura de pantalla 2016-07-07 a las 12.30.11 p.m." + HEADLINE
    cleaned, meta = build(HEADLINE, "Enero 13, 2017", glued, "9 de enero, 2017", *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, "2017-01-13")
    assert _dropped(cleaned, "Captura de pantalla 2016-07-07 a las 12.30.11 p.m.")
    # ... a headline about a screenshot stays whole
    _, meta = build("Screenshot of the harbour council budget goes viral", *BODY)
    assert meta.title.value == "Screenshot of the harbour council budget goes viral"


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # CJK_META_LABELS in traditional characters: "published time", "last updated time"
        ("發佈時間:2018/12/19 13:29", "2018-12-19", None),
        ("最後更新時間:2018/12/19 13:29", None, "2018-12-19"),
        # SERBIAN_AT: "u" before the clock
        ("10. 03. 2024. u 13:12", "2024-03-10", None),
        # SPANISH_MONTH_FIRST: the month, the day and "de" before the year
        ("Julio 31 de 2020", "2020-07-31", None),
        # ... "u" alone before a word is no filler
        ("10. 03. 2024. u Beogradu", None, None),
    ],
)
def test_more_date_lines(line: str, published: str | None, updated: str | None) -> None:
    parsed = parse_meta_line(line)
    found = (
        parsed.published.iso if parsed and parsed.published else None,
        parsed.updated.iso if parsed and parsed.updated else None,
    )
    assert found == (published, updated)


def test_a_labelled_date_line_above_a_pictures_credit_is_no_caption() -> None:
    # LABELLED_DATE_NO_CAPTION: the date lines under the headline, then the picture's credit
    chinese = (
        "台中市長就職典禮戶外辦",
        "台中市長當選人25日就職,將在市政公園採取草地就職典禮方式。",
        "市府表示,典禮預定上午8時開始。",
    )
    cleaned, meta = build(chinese[0], "發佈時間:2018/12/19 13:29", "圖/中央社", *chinese[1:])
    assert meta.date.value == "2018-12-19"
    assert _dropped(cleaned, "圖/中央社")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # INSTITUTION_FIRST: an office of any body, first, is no one
        ("Oficina Comunicaciones", None),
        ("Departamentos Administrativos", None),
        ("Ufficio Stampa", None),
        ("Lucía Oficina", "Lucía Oficina"),
    ],
)
def test_an_office_first_is_no_author(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line, "Julio 31 de 2020")
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        # TITLE_CASE_PLACE and PLACE_AFTER_COLON: the site's address in the first paragraph's dateline
        ("Harbourton, HarbourNews.com – " + BODY[0], "harbournews.com"),
        ("HARBOURNEWS.COM: HARBOUR CITY – " + BODY[0], "harbournews.com"),
        ("HARBOUR CITY, HarbourNews.com - " + BODY[0], "harbournews.com"),
        # ... a place alone, or an address inside the sentence, names no site
        ("Harbourton – " + BODY[0], None),
        ("The council said on Tuesday that harbournews.com had reported the budget first – and it was right.", None),
    ],
)
def test_the_sites_address_in_the_first_paragraphs_dateline(lead: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY[1:])
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # PUBLISHER_LABEL: the publisher under its label
        ("Herausgeber: Bundesamt für Hafenwesen, Umwelt und Bau", "Bundesamt für Hafenwesen, Umwelt und Bau"),
        ("Publisher: Harbour Valley Media", "Harbour Valley Media"),
        # PREFERRED_SOURCE: the call names the site
        ("Add Harbour Valley News as a preferred source on Google", "Harbour Valley News"),
        ("Přidejte si HVN do svých oblíbených zdrojů na Google Zprávy.", "HVN"),
        # ... the call without a name names none; a sentence after the label is no name
        ("Add as a preferred source on Google", None),
        ("Publisher: the council said it would review the book next year and then decide on it.", None),
    ],
)
def test_the_publisher_and_the_preferred_source_call_name_the_site(line: str, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        # PAPER_WORD_FIRST: the paper's word first, then its place
        ("L'Hebdo de Sèvre et Loire", "L'Hebdo de Sèvre et Loire"),
        ("La Dépêche du Harbour", "La Dépêche du Harbour"),
        ("Diário de Aveiro", "Diário de Aveiro"),
        # ... in lower case, or before a phrase in lower case, no paper
        ("Le journal de Mickey", None),
        ("Journal de bord du maire", None),
    ],
)
def test_a_papers_word_before_its_place_is_a_masthead(first: str, outlet: str | None) -> None:
    _, meta = build(first, HEADLINE, *BODY)
    assert meta.outlet.value == outlet
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # KOREAN_OUTLET_FIRST: the outlet's name, the reporter's and 기자 ("reporter"), an address after
        ("예시닷컴 홍길동 기자", "홍길동"),
        ("예시닷컴 홍길동 기자 hong@example.com", "홍길동"),
        ("홍길동 기자", "홍길동"),
        # ... a sentence about a reporter goes on after the word
        ("예시닷컴 홍길동 기자가 현장을 취재했다.", None),
    ],
)
def test_a_korean_credit_with_the_outlets_name_first(line: str, author: str | None) -> None:
    korean = (
        "농협중앙회 시상식 개최",
        "농협중앙회가 12일 서울 본관에서 시상식을 개최했다.",
        "올해는 지방자치단체장들이 상을 받았다.",
    )
    _, meta = build(korean[0], line, *korean[1:])
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        # AUTHOR_BIO_EMPLOYER: the writer's note under the text names the site
        ("Jane Roe has been with HarbourScoop since 2011.", "HarbourScoop"),
        ("I'm a general news reporter for the Examiner. I have just moved to the harbour town.", "Examiner"),
        ("Jane Roe is a staff writer at The Harbour Times.", "The Harbour Times"),
        # ... a note saying no more than who the writer is names no site
        ("Jane Roe is a mother of three who lives in Harbour City.", None),
        ("The mayor joined the council in 2019.", None),
    ],
)
def test_the_writers_note_names_the_site(note: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "By Jane Roe", *BODY, note)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # LABEL_LANGUAGE_ORDER: a label in a day-first language reads "03/10/2025" as 3 October
        ("publicado 03/10/2025 11h05", "2025-10-03", None),
        ("Publié le 03/10/2025", "2025-10-03", None),
        # PORTUGUESE_LAST_CHANGE, and a desk's "adm" after "por"
        ("por adm publicado 03/10/2025 11h05, última modificação 04/10/2025 11h05", "2025-10-03", "2025-10-04"),
        # ... after an English label, or none, it stays ambiguous
        ("Published 03/10/2025", None, None),
        ("03/10/2025", None, None),
        # ... and "por" before a phrase is no credit
        ("por la mañana publicado 03/10/2025", None, None),
    ],
)
def test_a_labels_language_orders_a_slashed_date(line: str, published: str | None, updated: str | None) -> None:
    parsed = parse_meta_line(line)
    found = (
        parsed.published.iso if parsed and parsed.published else None,
        parsed.updated.iso if parsed and parsed.updated else None,
    )
    assert found == (published, updated)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # ILLUSTRATION_AFTER_STOP: the picture's label after the caption's full stop
        ("Figurína policisty stála u silnice. Ilustrační foto", True),
        ("Le maire a présenté le budget du port. Photo d'illustration", True),
        # JAPANESE_IMAGE_CREDIT: "the picture is provided by" someone, in brackets
        ("花火が水面に...(画像は例(@example_photo)さん提供)", True),
        ("熱そう!(画像は例@example999さんのツイートより)", True),
        # CODE_TAG_START: a script tag cut before its end
        ('<SCRIPT SRC="//ads.example.com/ttj?id=13225534&cb=[CACHEBUSTER]&referrer=example.nl&pubclick=[', True),
        # FOOTER_LINKS: the footer's legal links in a row
        ("Terms of use | Privacy Policy | Content: Creative Commons | Site and Design © 2009 | Example ®", True),
        # CONTACT_DETAIL: a label and a number or an address
        ("Tel: 613-761-3650", True),
        ("Toll-Free: 1-888-773-7717", True),
        ("新闻热线 0571-85310961", True),
        ("邮箱 tougao@example.com.cn", True),
        # ... a sentence with a number, a place named "Tel", and a paragraph about illustrations stay
        ("Call the council on 555-0100 for more information about the new budget.", False),
        ("Tel Aviv: twelve people were hurt in the harbour fire on Tuesday, the police said.", False),
        ("The council said the photo of the harbour was only an illustration of the plan.", False),
    ],
)
def test_more_captions_code_footers_and_contact_lines(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # FOREIGN_TAG_LABELS: "topic" and "category" labels
        ("Thema: Förderung", True),
        ("Categoria: Area stampa", True),
        # CONTACT_CALL and the donation's phrases
        ("Contact Example News at 734.487.3363 or email us at studio@example.org", True),
        ("Non-commercial, fact based reporting is made possible by your financial support. Make your donation today.", True),
        # ... a sentence about topics stays
        ("Themen der Woche: Hafen, Budget und Schulen werden im Rat ausführlich diskutiert.", False),
    ],
)
def test_topic_labels_contact_calls_and_donation_phrases(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


def test_a_topic_label_above_the_article_leaves_the_article_whole() -> None:
    cleaned, _ = build(HEADLINE, "Thema: Förderung", *BODY)
    assert [line.text for line in cleaned.lines if line.role == "paragraph"] == list(BODY)


@pytest.mark.parametrize(
    ("credit", "outlet", "author"),
    [
        # DESK_CREDIT with a bar, and AUTHOR_IS_THE_OUTLET: the newsroom of the site, no person
        ("Redacción|HARBOUR NOTICIAS", "HARBOUR NOTICIAS", None),
        ("Redacción: Harbour Noticias", "Harbour Noticias", None),
        # ... a person credited after "By" stays the author
        ("By Jane Roe", None, "Jane Roe"),
    ],
)
def test_a_newsroom_credited_with_a_bar_names_the_site_not_a_person(credit: str, outlet: str | None, author: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert (meta.outlet.value, meta.author.value) == (outlet, author)


def test_a_labels_order_holds_for_its_own_date_only() -> None:
    # the label's order reaches its date, not a later one after a name
    parsed = parse_meta_line("publicado 03/10/2025 | Jane Roe | 04/05/2025")
    assert parsed is not None and parsed.published is not None and parsed.published.iso == "2025-10-03"
    assert [part.value for part in parsed.parts if part.kind == "date"] == ["2025-10-03", ""]


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        # NAME_GLUED_TO_PAPER: the writer's name and the paper's glued on copying
        ("Jane RoeHarbour Western Times", "Jane Roe", "Harbour Western Times"),
        ("JANE ROEHarbour Western Times", "Jane Roe", "Harbour Western Times"),
        # ... a paper's name alone under the headline, or a name glued to no paper, is not split (the name alone is the
        # site's own credit: archive.sources' PAPER_ALONE_UNDER_HEADLINE)
        ("Harbour Western Times", None, "Harbour Western Times"),
        ("Jane RoeHarbour Western Road", None, None),
    ],
)
def test_a_writers_name_glued_to_the_papers(line: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)
