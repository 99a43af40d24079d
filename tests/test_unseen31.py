"""Issue 17, thirty-first round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.byline import cjk_reporters
from archive.metaline import parse_meta_line
from archive.model import CleanArticle


def _dropped(cleaned: CleanArticle, text: str) -> bool:
    return text.strip() in [dropped.text.strip() for dropped in cleaned.dropped]


CJK_BODY = (
    "为积极响应县委关于加强水环境综合整治的号召,县里各部门联合开展了为期一个月的清理行动,共清理河道十二公里。",
    "活动期间,志愿者们沿河清理垃圾,并向沿岸居民宣传保护水环境的重要意义,受到群众的普遍欢迎和积极参与。",
    "县领导表示,今后将建立长效机制,定期组织清理行动,让河水更清、岸线更美,让群众有更多的获得感和幸福感。",
)


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        # CJK_LABELLED_CREDIT: the author's label with a name, or printed empty, beside the source and the date
        ("作者:王明 来源:例报 时间:2022-05-30", "2022-05-30", "例报"),
        ("作者: 来源:例报 时间:2022-05-30", "2022-05-30", "例报"),
        ("来源:例报 作者: 时间:2022-05-30", "2022-05-30", "例报"),
        ("发布时间:2022-05-30 作者:王明", "2022-05-30", None),
        ("责任编辑:王明 时间:2022-05-30", "2022-05-30", None),
        # CJK_EMPTY_COUNTERS: the views' counter with its count, or empty
        ("作者:王明 时间:2024-05-16 浏览量:1653次", "2024-05-16", None),
        ("来源:例报 时间:2024-05-16 点击数:", "2024-05-16", "例报"),
    ],
)
def test_chinese_labelled_credits_and_counters_beside_the_date(line: str, date: str, source: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.source, meta.names) == (date, source, ())


@pytest.mark.parametrize(
    "line",
    [
        "作者:王明",  # a label and a name only: no date, no source, nothing proves a metadata line
        "作者:王明在会上说 来源:例报",  # a sentence after the label is no name
        "点击数:",
    ],
)
def test_without_a_date_or_source_a_chinese_label_is_no_metadata_line(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者:王明 来源:例报 时间:2022-05-30", "王明"),
        ("来源:例报 作者:王明 李华 时间:2022-05-30", "王明 and 李华"),
        ("来源:例报 作者:王明", "王明"),
        ("作者: 来源:例报 时间:2022-05-30", None),  # the label printed empty names no one
        ("他说作者:王明 来源说", None),  # the label inside a sentence
    ],
)
def test_a_chinese_authors_label_among_the_lines_labels(line: str, author: str | None) -> None:
    # CJK_LABELLED_AUTHOR
    assert cjk_reporters(line) == author


def test_a_source_naming_the_paper_at_the_top_of_the_page_is_the_outlet() -> None:
    # SOURCE_HEADS_THE_PAGE: the paper's name heads the page and its source line names it: its own copy
    lines = ("《例县报》—例县人自己的报纸", "开栏的话", "作者: 来源:例县报 时间:2022-05-30", *CJK_BODY)
    _, meta = build(*lines)
    assert (meta.outlet.value, meta.outlet.get("rule"), meta.wire.value) == ("例县报", "outlet-own-source", None)
    # ... a source that no line above the headline opens with is where the copy came from
    _, meta = build("开栏的话", "作者: 来源:例县报 时间:2022-05-30", *CJK_BODY)
    assert (meta.outlet.value, meta.wire.value) == (None, "例县报")


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        # KOREAN_PAPER_BEFORE_NAME: the paper (a site, 닷컴) before its reporter, unbracketed
        ("예시닷컴 홍길동 기자", "예시닷컴"),
        ("예시일보 홍길동 기자 hong@example.com", "예시일보"),
        ("[예시일보 홍길동 기자]", "예시일보"),
        # ... a desk or a place before the name is no paper
        ("정치부 홍길동 기자", None),
        ("서울 홍길동 기자", None),
    ],
)
def test_a_korean_paper_before_its_reporter(credit: str, outlet: str | None) -> None:
    korean_body = (
        "농협중앙회는 지난 11일 서울 본관에서 지역농업발전 선도인 시상식을 개최했다고 12일 밝혔다.",
        "이번 시상식에서는 지역 농업 발전에 기여한 농업인 열다섯 명이 상을 받았으며 가족들도 함께 참석했다.",
        "농협 관계자는 앞으로도 지역 농업의 발전을 위해 다양한 지원 사업을 계속해 나가겠다고 말했다.",
    )
    _, meta = build("농협중앙회, 지역농업발전 선도인 시상식 개최", credit, "입력 2021-11-12 17:03:00", *korean_body)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # NORDIC_BALTIC_PAYWALL and NORDIC_OFFER
        ("Bli abonnent – få full digital tilgang!", True),
        ("Du må logge inn for å lese artikkelen", True),
        ("Inga bindingstid. Du seier sjølv opp når du ønskjer.", True),
        ("Kun 5 kr for 5 veker!", True),
        ("Deretter frå 159 kr/månad. Automatisk fornying.", True),
        ("Redan prenumerant? Logga in", True),
        ("Oletko jo tilaaja? Kirjaudu sisään", True),
        ("Oled juba portaali kasutaja? Logi sisse siin", True),
        ("Jetzt weiterlesen mit", True),
        # ... the same words in the article's sentences stay
        ("Klubben vil bli abonnenten sin største støttespiller, sa leiaren til avisa i går kveld.", False),
        ("Billetten kostar 159 kr for vaksne, og born kjem gratis inn på kampen i helga.", False),
    ],
)
def test_nordic_and_baltic_paywalls(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned, line) is dropped


def test_a_paywalls_call_above_the_headline_is_no_title() -> None:
    _, meta = build("Bli abonnent – få full digital tilgang!", "Kun 5 kr for 5 veker!", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE


def test_a_name_under_its_label_is_no_headline() -> None:
    # NAME_UNDER_ITS_LABEL: "Today's editor:" and the editor's name over the page: the label's value, no headline
    _, meta = build("Today's editor:", "Jane Mary Roe", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    # ... a kicker with its colon above a headline of words still gives way to it
    _, meta = build("Exclusive:", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("icon.crdate04.04.2025", "2025-04-04"),  # ICON_CLASS_NAME
        ("icon-calendar 12.05.2024 10:45", "2024-05-12"),
        ("fa-clock 10:45 12.05.2024", "2024-05-12"),
        ("iconic04.04.2025", None),  # a word glued to a date is no icon's class
    ],
)
def test_an_icons_class_name_glued_to_the_date(line: str, iso: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == iso


def test_a_line_printed_again_right_under_it_is_no_headline_under_a_longer_one() -> None:
    # COPY_RIGHT_UNDER: a picture's caption printed twice, under the headline
    caption = "Town Hall, Harbour Street, Harbour City"
    _, meta = build(HEADLINE, caption, caption, *BODY)
    assert meta.title.value == HEADLINE
    # ... with no longer line above it, the line printed twice is the headline printed twice
    _, meta = build("Harbour News", caption, caption, *BODY)
    assert meta.title.value == caption


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By 16 News Now and Jane Roe", "Jane Roe"),  # NUMBERED_NEWSROOM
        ("By Jane Roe and Fox 44 News", "Jane Roe"),
        ("By Jane Roe and John Doe", "Jane Roe and John Doe"),
    ],
)
def test_a_stations_numbered_newsroom_beside_the_reporter(line: str, author: str | None) -> None:
    from archive.byline import parse_byline

    assert parse_byline(line) == author


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # SOUTH_ASIAN_DATES: Bengali, Hindi and Urdu months, their own digits or Latin ones
        ("রবিবার, ১২ এপ্রিল ২০২০", "2020-04-12"),
        ("۲۲ جولائی ۲۰۲۴", "2024-07-22"),
        ("22 جولائی 2024", "2024-07-22"),
        ("12 अप्रैल 2020", "2020-04-12"),
        ("১২ এপ্রিল", None),  # no year: no whole date
    ],
)
def test_south_asian_dates(line: str, iso: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == iso


def test_a_story_authors_label_and_a_site_in_capitals() -> None:
    line = "Date Created : 5/26/2014 8:22:38 AM : Story Author : ExampleDistrict.Com"
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.site) == ("2014-05-26", "exampledistrict.com")
    _, page = build(HEADLINE, line, *BODY)
    # SITE: a known top-level domain in capitals ("Example.Com") ends a site's address too
    assert (page.outlet.value, page.outlet.get("rule")) == ("exampledistrict.com", "outlet-credit-site")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("NA JANE ROE", "JANE ROE"),  # SWAHILI_BY
        ("Na Jane Roe", "Jane Roe"),
        ("Na Praze", None),  # "in Prague" (Czech): no name after it
        ("Nancy Roe", "Nancy Roe"),
    ],
)
def test_swahilis_by(line: str, author: str | None) -> None:
    from archive.byline import parse_byline

    assert parse_byline(line) == author


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Previous articleCouncil approves the harbour budget", True),  # PREVIOUS_OR_NEXT_GLUED
        ("Next postHarbour reopens after the storm", True),
        ("Next article in the series looks at the harbour and its history", False),
        ("Image Not Found", True),
        ("Temps de lectura: < 1 minut", True),  # READING_TIME_LABELS in Catalan
        ("Ja ets subscriptor?", True),  # CATALAN_PAYWALL
        ("Fes-te subscriptor per només 48€ per un any (4 €/mes)", True),
        ("Aquest és el primer article gratuït d'aquest mes", True),
        ("Pubblica un commento", True),
        ("Ja ets a la plaça del poble, on els veïns esperaven el ple de l'ajuntament des de primera hora.", False),
    ],
)
def test_theme_links_placeholders_and_catalan_furniture(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned, line) is dropped


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe (17/12/2017)", ("Jane Roe",)),  # NAME_THEN_DATE_IN_BRACKETS
        ("Jane Roe 17/12/2017", ()),  # (without its brackets or a time, a caption's name and date may be so)
        ("Moscow (17/12/2017)", ()),  # a known place's dateline
    ],
)
def test_a_name_then_its_date_in_brackets(line: str, names: tuple[str, ...]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.names == names


def test_a_date_printed_twice_over_the_headline_is_no_masthead() -> None:
    # DATE_PRINTED_TWICE: the outlet is no date
    _, meta = build("23 Dicembre 2024 02:23", "23 Dicembre 2024 02:23", HEADLINE, *BODY)
    assert meta.outlet.value is None


FRENCH_LEAD = (
    "Korhogo, 04-11-2019 (example.com) Les activités qui sont organisées par le festival se dérouleront à la place publique."
)
ENGLISH_LEAD = "Korhogo, 04-11-2019 (example.com) The activities that are organised by the festival will take place in the town."


@pytest.mark.parametrize(
    ("lead", "date", "outlet"),
    [
        # LEAD_IN_ITS_LANGUAGES_ORDER and SITE_IN_DATELINE
        (FRENCH_LEAD, "2019-11-04", "example.com"),
        # ... in English the date stays ambiguous (and the dateline unread)
        (ENGLISH_LEAD, None, None),
    ],
)
def test_a_datelines_ambiguous_date_in_its_paragraphs_language(lead: str, date: str | None, outlet: str | None) -> None:
    _, meta = build("Festival Senang: la 5e édition lancée", lead, *BODY)
    assert (meta.date.value, meta.outlet.value, meta.wire.value) == (date, outlet, None)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("会見日:2019年(令和元年)5月17日(金曜日)", "2019-05-17"),  # JAPANESE_ERA_IN_BRACKETS, a press conference's date
        ("2019年（平成31年）4月1日", "2019-04-01"),
        ("2019年(令和元年)", None),  # the year alone
        ("jroe@example.kr | 2025-03-25 17:43:20", "2025-03-25"),  # EMAIL_FIRST
    ],
)
def test_japanese_eras_and_an_address_before_the_date(line: str, iso: str | None) -> None:
    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == iso


def test_an_address_alone_is_no_metadata_line() -> None:
    assert parse_meta_line("jroe@example.kr") is None


def test_a_word_left_of_a_themes_label_does_not_make_the_headline_wrapped_text() -> None:
    # LONE_LABEL_WORD: "Published" went as a label, "on" stayed alone under the headline: no sentence goes on
    _, meta = build(HEADLINE, "Published", "on", "Town Hall", "Harbour Hall in session", *BODY)
    assert meta.title.value == HEADLINE
    # ... a hard-wrapped sentence going on below in words is no headline (WRAPPED_NOT_TITLE, as it was)
    wrapped = ("The harbour council approved the new budget for the", "district on Tuesday after a long debate in the hall.")
    _, meta = build(*wrapped, *BODY[1:])
    assert meta.title.value != wrapped[0]


def test_a_datelines_brackets_after_a_comma_and_a_sites_own_brands() -> None:
    from archive.metaline import parse_lead

    lead = "LAHORE, (Example / Example Point News - 24th Jun, 2024) The court on Monday adjourned the hearing of the case."
    found = parse_lead(lead)
    assert found is not None and found.date is not None and found.date.iso == "2024-06-24"
    # OWN_BRANDS: two names in the brackets and no agency among them: no wire
    _, meta = build(HEADLINE, lead, *BODY)
    assert (meta.date.value, meta.wire.value) == ("2024-06-24", None)
    # ... an agency among them is the wire
    _, meta = build(HEADLINE, lead.replace("Example Point News", "AFP"), *BODY)
    assert meta.wire.value == "AFP"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jennifer Roe Global News", "Jennifer Roe"),  # NAME_BEFORE_ITS_PAPER
        ("By Jane Roe Harbour Daily Times", None),  # the name may end after "Roe" or "Harbour": not told
        ("By Harbour Council News", None),
        ("By Staff Writer Global News", None),
    ],
)
def test_a_writers_name_run_into_the_papers(line: str, author: str | None) -> None:
    from archive.byline import parse_byline

    assert parse_byline(line) == author


def test_a_site_named_after_the_date_and_a_dash() -> None:
    # NAME_AFTER_DATE_DASH and CYRILLIC_SENTENCE_CASE: the site's name, its first word capitalised
    line = "4 мая 2022, 10:30 — Социальные новости"
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None and meta.names == ()
    cyrillic_body = (
        "Россияне стали лидерами по числу иностранных туристов в стране в первом квартале этого года, сообщили в ведомстве.",
        "По данным пограничной службы, число поездок выросло почти вдвое по сравнению с прошлым годом.",
        "Эксперты связывают рост с открытием новых авиарейсов и упрощением визового режима для туристов.",
    )
    _, page = build("Россияне стали лидерами по числу туристов", line, *cyrillic_body)
    assert (page.date.value, page.outlet.value) == ("2022-05-04", "Социальные новости")
    # ... a section's name is no paper's ("Последние новости", "latest news")
    _, page = build("Россияне стали лидерами по числу туристов", "4 мая 2022, 10:30 — Последние новости", *cyrillic_body)
    assert (page.date.value, page.outlet.value) == ("2022-05-04", None)
    # ... and words in lower case after the dash are no name
    assert parse_meta_line("12 March 2024 - the mayor said") is None


def test_a_printed_issues_number_and_page_beside_its_date() -> None:
    meta = parse_meta_line("Example Magazine, No. 12, May 2019, p. 4")  # ISSUE_AND_PAGE
    assert meta is not None and meta.published is not None and meta.published.iso == "2019-05"


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        # NORTHERN_PROMO_WORDS and more labels over other stories
        ("Altres notícies", True),
        ("Aktuālākās ziņas", True),
        ("Nepalaid garām", True),
        ("Uusimmat uutiset", True),
        ("עוד כתבות שיעניינו אותך", True),
        ("També et pot interessar", True),
    ],
)
def test_more_labels_over_other_stories(label: str, dropped: bool) -> None:
    other = "Harbour bridge to close for repairs next week"
    cleaned, _ = build(HEADLINE, *BODY, label, other)
    assert (_dropped(cleaned, label), _dropped(cleaned, other)) == (dropped, dropped)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Share this item via WhatsApp whatsapp Share this item on Flipboard flipboard Share this item on Reddit reddit", True),
        ("Add Example News to Home Screen", True),  # HOME_SCREEN_CALL
        ("Click to play video: 'Harbour bridge reopens after repairs'", True),  # VIDEO_PLAYER_CALL
        ("Geben Sie einen Suchbegriff ein", True),  # SEARCH_BOX_PROMPTS
        ("Näytä kaikki hakutulokset", True),
        ("Powered by Example CMS", True),  # POWERED_BY
        ("Powered by the sun, the plant will run day and night.", False),
        ("Schreiben Sie einen Kommentar zum Beitrag:", True),
        ("Want to discuss? Please read our Commenting Policy first.", True),
        ("PDF herunterladen", True),
        ("Sammendraget er laget av ChatGPT og godkjent av Example.", True),  # NORDIC_AI_SUMMARY
        ("Sammendraget av rapporten er laget av komiteen, sa ordføreren på møtet.", False),
    ],
)
def test_more_widgets_and_calls(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned, line) is dropped


def test_numbered_steps_are_no_headline() -> None:
    # NUMBERED_LIST_ITEM: an instruction's steps, numbered one after the other
    steps = ("1. Press the share icon on your browser", "2. Select Add to Home Screen", "3. Press Add")
    _, meta = build(*steps, *BODY)
    assert meta.title.value not in steps
    # ... one numbered line alone may be the headline
    _, meta = build("1. FC Harbour wins the district cup final", *BODY)
    assert meta.title.value == "FC Harbour wins the district cup final"  # (a list's number goes from a headline)


def test_an_enumeration_below_the_article_stays() -> None:
    # ENUMERATION_KEPT: the lead-in and its items above the other stories' label stay the article's
    lines = (
        "The press conference was attended by:",
        "Prime Minister Jane Roe;",
        "Health Minister John Doe;",
        "the director of the centre, Anna Berg.",
    )
    cleaned, _ = build(HEADLINE, *BODY, *lines, "Aktuālākās ziņas", "Harbour bridge to close for repairs next week")
    assert [line for line in lines if _dropped(cleaned, line)] == []


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Health Care > Up to $10 million", False),  # MONEY_NOT_CRUMB: a category and its range
        ("Projects > Up to €5 million", False),
        ("News > World > Europe", True),
    ],
)
def test_a_category_with_its_money_range_is_no_breadcrumb(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned, line) is dropped


@pytest.mark.parametrize(
    ("line", "date", "names"),
    [
        # DATE_TIME_THEN_NAME: the name last, after the date and its time
        ("samedi 26 novembre 2022 - 23:33 - Jane ROE", "2022-11-26", ("Jane ROE",)),
        ("March 5, 2019 10:30 - Jane Roe", "2019-03-05", ("Jane Roe",)),
        ("March 5, 2019 - Jane Roe", "2019-03-05", ()),  # (no time: a picture's date and its photographer, maybe)
        # FOREIGN_BY's capital "Af" and "Av", and CONTACT_ADDRESS after the name
        ("Køge - 19. april 2018 kl. 18:33 Af Jane Roe Kontakt redaktionen: redaktion@example.dk", "2018-04-19", ("Jane Roe",)),
        ("Av Jane Roe, 19. april 2018", "2018-04-19", ("Jane Roe",)),
    ],
)
def test_names_after_the_date_and_nordic_credits(line: str, date: str, names: tuple[str, ...]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.names) == (date, names)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Por Jane Roe, John Doe e Ana Lima", "Jane Roe, John Doe and Ana Lima"),  # FOREIGN_LIST_AND: three names
        ("Por José Ortega y Gasset", "José Ortega y Gasset"),  # alone, "y" joins a compound surname
    ],
)
def test_a_lists_last_and_in_other_languages(line: str, author: str) -> None:
    from archive.byline import _name_span, parse_byline

    assert parse_byline(line) == author
    assert _name_span("Jane Roe, John Doe e Ana Lima") == "Jane Roe, John Doe and Ana Lima"


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Notícia de 27/04/2016.", "2016-04-27", None),
        ("Criado em 08/05/2016 19h41 e atualizado em 09/05/2016 20h29", "2016-05-08", "2016-05-09"),  # AND_THEN_UPDATED
        ("Published 5 May 2020 and updated 6 May 2020", "2020-05-05", "2020-05-06"),
    ],
)
def test_created_and_updated_labels(line: str, published: str, updated: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.updated.iso if meta.updated else None) == (published, updated)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Abone Ol", True),
        ("Najczęściej czytane w tym tygodniu", True),
    ],
)
def test_turkish_and_polish_calls(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Harbour bridge to close for repairs next week")
    assert _dropped(cleaned, line) is dropped


def test_a_sentence_above_the_headline_does_not_take_its_credit() -> None:
    # STOP_NEEDS_ITS_OWN_CREDIT: a teaser's sentence, the headline, then the headline's credit
    teaser = "The unusual press release from the council was sent out yesterday."
    _, meta = build(teaser, HEADLINE, "By Jane Roe, 19 April 2018 18:33", *BODY)
    assert meta.title.value == HEADLINE
    # ... a headline-shaped line above another's credit may still be the title (DISTANT_CREDIT, as it was)
    _, meta = build(HEADLINE, "Photo gallery", "By Jane Roe, 19 April 2018 18:33", *BODY)
    assert meta.title.value == HEADLINE


def test_a_headline_after_the_sites_name_and_issue() -> None:
    from archive.headline import split_headline

    first = "Example - Volume 19 Issue 21 February 20, 1997 - Book scholarship winners announced"
    lines = (first, "Book scholarship winners announced", *BODY)
    # HEADLINE_AFTER_THE_DASH: the part after the dash, in sentence case and printed again alone, is the headline
    split = split_headline(first, lines)
    assert (split.text, split.dash_suffix) == ("Book scholarship winners announced", None)
    # ... a name in title case printed alone is the site's (TITLE_DASH_SUFFIX, as it was)
    named = "Harbour council approves the budget - Example Harbour Times"
    split = split_headline(named, (named, "Example Harbour Times", *BODY))
    assert (split.text, split.dash_suffix) == ("Harbour council approves the budget", "Example Harbour Times")


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Feature Stories by Date", True),  # LISTING_ORDER
        ("Browse by Topic", True),
        ("Harbour council approves budget by vote", False),
    ],
)
def test_a_listings_order_is_furniture(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned, line) is dropped


def test_the_date_first_under_the_deck() -> None:
    # DATE_FIRST_UNDER_THE_DECK: the second body line opens with the date and a dash
    deck = "Council approves $391 million budget Tuesday evening."
    dated = "November 19, 2013 - All members of the council voted to approve the budget for the coming year."
    _, meta = build(HEADLINE, deck, dated, *BODY)
    assert meta.date.value == "2013-11-19"
    # ... a timeline's entries each open so: no date for the page
    entry = "18-03-23 - A second crash happened on the provincial road between a car and a minibus at dawn."
    _, meta = build(HEADLINE, deck, dated, entry, *BODY)
    assert meta.date.value is None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Example Bharat / state", HEADLINE),  # LOWER_CASE_SECTION_CRUMB
        ("All Press Releases for May 09, 2018", HEADLINE),  # DATED_LISTING
        ("檢索: 帳戶 密碼 記錄帳戶", HEADLINE),  # CJK_LOGIN_FORM
        ("【打印】 【投稿】 【推薦】 【關閉】", HEADLINE),  # BRACKETED_BUTTONS in lenticular brackets
    ],
)
def test_furniture_over_the_headline_is_no_title(first: str, title: str) -> None:
    _, meta = build(first, HEADLINE, *BODY)
    assert meta.title.value == title


def test_a_word_glued_to_itself_is_no_title() -> None:
    # GLUED_WORD_TWICE: menu items run together; the page is then left without a title rather than given this one
    _, meta = build("Example NewsNews & Sport", HEADLINE, *BODY)
    assert meta.title.value != "Example NewsNews & Sport"


def test_a_reprints_credit_before_the_headline() -> None:
    # HEADLINE_AFTER_THE_DASH, long: the headline after a reprint's credit and date, printed again below
    headline = "Harbour festival, a success for the whole town this summer"
    first = 'ARTICOLO TRATTO DA "IL EXAMPLE" DEL 02/07/2013 - ' + headline
    _, meta = build(first, headline, *BODY)
    assert meta.title.value == headline


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Por Jane Roe, John Doe e Ana Lima Edição:Example EBC", "Jane Roe, John Doe and Ana Lima"),  # EDITING_LABEL_AFTER
        ("EXAMPLE President Jane Roe", "Jane Roe"),  # OFFICE_BEFORE_NAME
        ("By Example Council Chairman John Doe", "John Doe"),
        ("Ambassador Jane Roe’s Remarks", None),  # an office's word opening a headline is no credit (as it was)
        ("By Jane Roe", "Jane Roe"),
    ],
)
def test_credits_with_an_editing_label_or_an_office(line: str, author: str | None) -> None:
    from archive.byline import parse_byline

    assert parse_byline(line) == author
