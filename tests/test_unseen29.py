"""Issue 17, twenty-ninth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_clean_seeds import dropped_texts
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.metaline import parse_meta_line
from archive.model import CleanArticle


def _dropped(cleaned: CleanArticle, text: str) -> bool:
    return text.strip() in [dropped.strip() for dropped in dropped_texts(cleaned)]


def _rule_of(cleaned: CleanArticle, text: str) -> str | None:
    return next((d.rule for d in cleaned.dropped if d.text.strip() == text.strip()), None)


@pytest.mark.parametrize(
    ("caption", "dropped"),
    [
        # PROVIDED_BY_END: "(provided by the farmer)" closes a Chinese caption
        ("金針菜目前採收期，其中迎風面受損比較嚴重。（農民提供）", True),
        # ... "(picture taken from Facebook)"
        ("积水处放置小心地面湿滑的牌子,但积水情况令人担忧。(图取自面子书)", True),
        # REPORTER_SHOT_END: the paper's reporter took it
        ("大批警車在維園一帶停泊。巴士的報記者攝", True),
        ("警方在公園一帶巡邏。（記者王小明攝）", True),
        # a paragraph citing what someone provided, in words, stays
        ("市政府表示，相關資料由農民提供，將於下週公布。", False),
        ("记者从气象局了解到，今天有雨。", False),
    ],
)
def test_more_chinese_captions_end_with_their_credit(caption: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], caption, BODY[2])
    assert _dropped(cleaned, caption) == dropped


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # CAPTION_LABEL: Swiss German "caption"
        ("Bildlegende: Aargauer Polizisten fühlen sich manchmal fast einsam.", True),
        # Bulgarian plural "photos" before the photographer
        ("Снимки: Мария Петрова", True),
        # MALAY_PICTURE_TAIL: "file picture" after the caption's full stop and a dash
        ("Menteri itu berkata ia adalah selaras dengan pembentukan kerajaan negeri. - Gambar fail", True),
        # ... a paragraph signed off by its agency stays
        (
            "Menteri itu berkata langkah tersebut adalah selaras dengan pembentukan kerajaan negeri yang baharu dan "
            "akan dibincangkan bersama semua pihak dalam mesyuarat minggu hadapan di ibu negeri. - Bernama",
            False,
        ),
        # a sentence about pictures stays
        ("Die Bildlegende im Museum erklärt, was auf den Fotos zu sehen ist.", False),
    ],
)
def test_more_caption_labels_and_credits(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Baca Lainnya :", True),
        ("إقرأ أيضاً:", True),
        ("اقرأ أيضا:", True),
        ("이 기사를 공유합니다", True),
        ("Komentarai (0)", True),
        ("Udostępnij artykuł przez: Facebook X Messenger Wyślij Link", True),
        ("Langgani saluran Telegram kami untuk berita terkini.", True),
        # PRINT_EDITION_REST and the metered page's hidden share
        ("Leia a notícia completa na edição em papel.", True),
        ("[Notícia completa na edição impressa do Diário Exemplo]", True),
        ("(全文は朝刊または携帯サイトで)", True),
        ("89% des Artikels sind noch verdeckt.", True),
        # CLOSE_CONTROL: a pop-up's title and its close button
        ("АБОНАМЕНТ ЗА НОВИНИ [X]", True),
        # the words in sentences stay
        ("Die Zeitung berichtete, dass 89% der Haushalte noch keinen Anschluss haben.", False),
        ("A notícia completa foi lida pelo presidente da câmara na sessão de ontem.", False),
        ("Der Stadtrat stimmte dem Plan zu [siehe Anhang], sagte der Sprecher.", False),
    ],
)
def test_more_labels_buttons_and_paywall_lines_in_other_languages(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        # MORE_OF_SECTION: a section's or a show's list under "see more of" / "more topics of the programme"
        ("Voir plus de : Faits-divers", True),
        ("Weitere Themen der Sendung:", True),
        ("Weitere Themen", True),
        ("Weitere Themen der Sitzung waren die Schulen und der Hafen, sagte der Bürgermeister.", False),
    ],
)
def test_more_labels_of_a_sections_list(label: str, dropped: bool) -> None:
    others = ("• Ferry service resumes after the storm", "• Schools reopen in the old town")
    cleaned, _ = build(HEADLINE, *BODY, label, *others)
    assert _dropped(cleaned, label) == dropped


@pytest.mark.parametrize(
    ("first", "date"),
    [
        # TODAY_BAR: the header's clock, said to be today's date
        ("Bugün, 20 Nisan 2024 Cumartesi", None),
        ("Today is Monday, March 3, 2025", None),
        ("Hoy: 5 de marzo de 2026", None),
        # the same date without "today" is the article's date line
        ("20 Nisan 2024 Cumartesi", "2024-04-20"),
    ],
)
def test_todays_date_in_the_header_does_not_date_the_page(first: str, date: str | None) -> None:
    cleaned, meta = build(first, HEADLINE, *BODY)
    assert meta.date.value == date
    assert (_rule_of(cleaned, first) == "today-bar") == (date is None)


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        # MASTHEAD_DATE_BELOW: the header's date over the headline, the article's date under it, another story's further
        # down: the first date under the headline is the article's
        (
            ("16 MART 2026", HEADLINE, "16.08.2005 00:00:00", *BODY, "16.03.2026 14:22:00", "Fenerbahçe yarın sahada"),
            "2005-08-16",
        ),
        # with no date under the headline, the one above it stands
        (("16 MART 2026", HEADLINE, *BODY), "2026-03-16"),
    ],
)
def test_the_first_date_under_the_headline_wins_over_the_header(lines: tuple[str, ...], date: str) -> None:
    _, meta = build(*lines)
    assert meta.date.value == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # ARROW_BETWEEN_TIMES: the time of a change after chevrons
        ("25. 04. 2014. 08:12 >> 08:13", "2014-04-25"),
        ("12.03.2021 10:00 » 11:15", "2021-03-12"),
        # a breadcrumb with chevrons is still no date line
        ("Home > News > 25.04.2014", None),
    ],
)
def test_a_date_line_with_the_time_of_its_change(line: str, date: str | None) -> None:
    parsed = parse_meta_line(line)
    assert (parsed.published.iso if parsed and parsed.published else None) == date


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # CAPITALS_HEADLINE_BY: a headline in capitals with "BY" in it credits no one
        ("MIDNIGHT VOTE BY COMMISSIONERS RAISES PROPERTY TAX", None),
        ("BY JANE ROE", ("JANE ROE",)),
        # TURKISH_NEWS_LABEL, and the newsroom is no person
        ("Haber : Ayşe Yılmaz", ("Ayşe Yılmaz",)),
        ("Haber: Haber Merkezi", None),
        # FOREIGN_AGENCY_WORDS: an agency's name is no person's
        ("Kaynak: İhlas Haber Ajansı", ()),
    ],
)
def test_more_credit_lines(line: str, names: tuple[str, ...] | None) -> None:
    parsed = parse_meta_line(line)
    assert (parsed.names if parsed else None) == names


def test_a_headline_in_capitals_with_by_is_the_title_not_a_byline() -> None:
    headline = "MIDNIGHT VOTE BY COMMISSIONERS RAISES PROPERTY TAX"
    _, meta = build(headline, headline, *BODY)
    assert meta.title.value == headline
    assert meta.author.value is None


def test_an_agencys_name_alone_under_the_text_is_no_author() -> None:
    _, meta = build(HEADLINE, "16.08.2005", *BODY, "İhlas Haber Ajansı")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        # SECTION_NEWS: a section's subject before "News" is no masthead
        ("General News", None),
        ("Community News", None),
        ("Informativos Notícias", None),
        ("Harbour Valley News", "Harbour Valley News"),
        # LOGO_WITH_COLON: the logo's text names the site, without its label
        ("Logo: Harbour Valley Radio", "Harbour Valley Radio"),
    ],
)
def test_more_masthead_lines(first: str, outlet: str | None) -> None:
    _, meta = build(first, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # SECTION_DASH_NEWS: a section's bar over its articles
        ("Regionalliga - News", HEADLINE),
        ("Sport | Nachrichten", HEADLINE),
        # ICON_ALT_TEXT: an icon's alternative text
        ("Icon Pfeil nach unten", HEADLINE),
        # a headline of more words before "News", and a name with "Icon", are headlines
        ("Harbour council budget - News", "Harbour council budget"),
        ("Icon of the harbour council approves the new budget", "Icon of the harbour council approves the new budget"),
    ],
)
def test_a_sections_bar_and_an_icons_text_are_no_headline(first: str, title: str) -> None:
    cleaned, meta = build(first, HEADLINE, *BODY) if title == HEADLINE else build(first, *BODY)
    assert meta.title.value == title
    assert (_rule_of(cleaned, first) in ("section-label", "icon-text")) == (title == HEADLINE)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # CJK_NEXT_LABEL: a Chinese source's name ends at the next label; an empty one is no source
        ("2014-12-13 21:43:13 来源: 作者: 【 】 浏览:72次 评论:0", None),
        ("2024-05-16 10:20 来源：新华网 作者：王华", "新华网"),
        ("来源：新华网", "新华网"),
    ],
)
def test_a_chinese_source_ends_at_the_next_label(line: str, source: str | None) -> None:
    parsed = parse_meta_line(line)
    assert parsed is not None
    assert parsed.source == source


SILENT_CARDS = (
    "Ferry operator appoints a new harbour master for the season",
    "HARBOUR CITY: The ferry operator has appointed a new harbour master for the coming summer as",
    "Fish prices edge up at the morning market",
    "HARBOUR CITY: Prices of fish at the morning market rose again on Monday after the storm kept the boats in the",
)


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        # SILENTLY_CUT_TEASER: other stories' headlines, each over its excerpt cut mid-phrase with no ellipsis
        ((HEADLINE, *BODY, *SILENT_CARDS), True),
        # a page printing its paragraphs without full stops keeps such pairs (PUNCTUATED_PAGE)
        ((HEADLINE, *(line.rstrip(".") for line in BODY), *SILENT_CARDS), False),
        # an excerpt that does not tell its headline's story is no pair
        ((HEADLINE, *BODY, SILENT_CARDS[0], SILENT_CARDS[3], SILENT_CARDS[2], SILENT_CARDS[1]), False),
    ],
)
def test_headlines_over_excerpts_cut_without_an_ellipsis(lines: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(*lines)
    assert all(_dropped(cleaned, card) == dropped for card in SILENT_CARDS)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        # AUTHOR_LABEL_FIRST: the author's label before the newsroom's credit
        ("Auteur: Redactie Harbourpost", "Harbourpost"),
        # SITE_NEWSROOM: the site's name and "Newsroom"
        ("Harbourpost Newsroom", "Harbourpost"),
        ("HP Newsroom", None),  # (an abbreviation may not be the name the page goes by)
        # ROMANIAN_GENITIVE: "the newsroom of the paper Example"
        ("Redactia Ziarului Harbourpost", "Ziarul Harbourpost"),
        ("Redacția Harbourpost", "Harbourpost"),
        # KOREAN_PAPER_CREDIT: the paper, its place and its reporter in brackets; a place alone names no paper
        ("[ 예시신문 / 인천 = 홍길동 기자 ]", "예시신문"),
        ("[서울 = 홍길동 기자]", None),
    ],
)
def test_more_credits_to_the_sites_newsroom(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, credit)
    assert meta.outlet.value == outlet


def test_a_korean_reporters_credit_with_spaces_in_its_brackets() -> None:
    from archive.byline import cjk_reporters

    assert cjk_reporters("[ 예시신문 / 인천 = 홍길동 기자 ]") == "홍길동"
    assert cjk_reporters("[ 예시신문 / 인천 = 홍길동 ]") is None


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        # POSTAL_STATE and DATELINE_ALONE: a station's own dateline, its state's postal code, on a line of its own
        ("HARBOUR CITY, SC (WXYZ) -", "WXYZ"),
        ("HARBOUR CITY, SC (WXYZ) - A teenager reported missing has been found safe, police said.", "WXYZ"),
        # without an agency, a split dateline names no one
        ("HARBOUR CITY, SC -", None),
    ],
)
def test_a_stations_dateline_with_its_states_postal_code(dateline: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, dateline, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("after", "outlet"),
    [
        # SHORT_LINES_UNDER_THE_NOTICE: short furniture kept under the © line leaves it under the text
        (
            ("Copyright © 2024 Harbour Health Media. All Rights Reserved.", "Featured Whitepapers", "Featured Webinars"),
            "Harbour Health Media",
        ),
        # a © line between the article's paragraphs credits a picture
        (("Copyright © 2024 Harbour Health Media. All Rights Reserved.", BODY[0].replace("approved", "discussed")), None),
    ],
)
def test_short_furniture_under_the_copyright_line(after: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, *after)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # DATE_STAMP_LINE: a date line the metadata reader cannot split is never the headline
        ("24.04.2022 h 09:05 commenti", HEADLINE),
        ("سیاسی 12:06 - 01 خرداد 1403", HEADLINE),
        # SITE_ADDRESS_LINE: the site's welcome or its archive's heading
        ("Fáilte chuig example.ie - suíomh oifigiúil", HEADLINE),
        ("Archivio delle notizie di example.it", HEADLINE),
        # a headline with a number or a brand's address stays the headline
        ("Harbour council approves 2022 budget", "Harbour council approves 2022 budget"),
        ("Example.com to open an office at the harbour", "Example.com to open an office at the harbour"),
    ],
)
def test_date_lines_and_site_addresses_are_no_headline(first: str, title: str) -> None:
    _, meta = build(first, HEADLINE, *BODY) if title == HEADLINE else build(first, *BODY)
    assert meta.title.value == title


def test_a_date_line_alone_at_the_head_leaves_the_title_unknown() -> None:
    _, meta = build("24.04.2022 h 09:05 commenti", *BODY)
    assert meta.title.value is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # PICTURES_BY: the photographer's credit in newsroom slang credits no writer
        ("Pix by: Jane Roe - Harbour", None),
        ("Pic by Jane Roe", None),
        ("Story by Jane Roe", "Jane Roe"),
    ],
)
def test_a_photographers_slang_credit_is_no_byline(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.author.value == author


@pytest.mark.parametrize("line", ["You can share this post!", "Leave Comments"])
def test_more_share_and_comment_labels(line: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert _dropped(cleaned, line)


@pytest.mark.parametrize(
    "label",
    [
        "Últimas",
        "Mới nhất",
        "Berita Rekomendasi",
        "Son Haberler",
        "Najnowsze",
        "Další články",
        "آخر الأخبار",
        "新着記事",
        "Empfohlen",
    ],
)
def test_more_labels_over_other_stories_end_the_article(label: str) -> None:
    others = ("Ferry service resumes after the storm", "Schools reopen in the old town")
    cleaned, _ = build(HEADLINE, *BODY, label, *others)
    assert all(_dropped(cleaned, line) for line in (label, *others))


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("انتهای پیام/", "end-marker"),
        ("Tento článek je uzamčen", "paywall"),
        ("Masz aktywną subskrypcję?", "paywall"),
        ("Diskutieren Sie mit", "comment-widget"),
        ("Did you like this article?", "comment-widget"),
    ],
)
def test_more_end_paywall_and_comment_lines(line: str, rule: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize(
    "sentence",
    [
        "Las últimas lluvias dejaron a varios barrios sin luz, dijo el alcalde.",
        "Die Stadt hat empfohlen, die Fenster in der Nacht geschlossen zu halten.",
    ],
)
def test_the_labels_words_in_a_sentence_stay(sentence: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], sentence, BODY[2])
    assert not _dropped(cleaned, sentence)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # IN_THE_PHOTO_LEAD
        ("Na archívnej snímke ministerka vnútra pri rokovaní vlády.", True),
        ("На фото: мэр города на встрече с жителями", True),
        ("На фото видно, что мост уже почти готов, сказал мэр журналистам после осмотра.", False),
        # Czech "caption:", Indian papers' "Representational Image", the Indonesian illustration's credit
        ("Popisek: Hejtman kraje při podpisu smlouvy", True),
        ("Representational Image ( Example TV )", True),
        ("ilustrasi/net", True),
        # LONE_PHOTO_WORD and KOREAN_PROVIDED_BY
        ("Kuva", True),
        ("nuotr", True),
        ("동작구 제공", True),
        ("구청은 주민들에게 무료 급식을 제공했다.", False),
        # FOREIGN_WIDGET_ERROR
        ("Er is iets mis gegaan.", True),
        ("Algo salió mal. Inténtalo de nuevo más tarde.", True),
        ("Er is iets mis gegaan met de planning van de nieuwe brug, zei de wethouder dinsdag tegen de raad.", False),
    ],
)
def test_more_captions_credits_and_widget_errors(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("weather", "date"),
    [
        # DEGREE_SIGN_LETTER: the weather box's "℃" makes the date beside it the site's clock
        (("• 맑음서울 -3.4℃", "• 맑음대전 -3.2℃"), None),
        ((), "2025-12-22"),
    ],
)
def test_a_weather_box_in_degrees_celsius_marks_the_sites_clock(weather: tuple[str, ...], date: str | None) -> None:
    _, meta = build("2025.12.22 (월)", *weather, HEADLINE, *BODY)
    assert meta.date.value == date


TAIL_HEADLINES = (
    "Ferry service resumes after the storm",
    "Schools reopen in the old town on Monday",
    "Fish prices edge up at the morning market",
    "Harbour festival draws record crowds this year",
)


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        # HEADLINES_TO_THE_END: nothing but other stories' headlines under the article's last sentence
        ((HEADLINE, *BODY, *TAIL_HEADLINES), True),
        # IN_A_LIST: the last sentence is an item of the article's own list, and so are the lines under it
        (
            (
                HEADLINE,
                *BODY,
                "The programme",
                "Noon, town square: brass band",
                "Two o'clock, harbour: choir",
                "Evening, the pier: a concert at sunset.",
                *TAIL_HEADLINES,
            ),
            False,
        ),
        # a page without full stops keeps them (PUNCTUATED_PAGE)
        ((HEADLINE, *(line.rstrip(".") for line in BODY), *TAIL_HEADLINES), False),
        # three lines may be the article's own last lines, printed without a full stop
        ((HEADLINE, *BODY, *TAIL_HEADLINES[:3]), False),
    ],
)
def test_other_stories_headlines_to_the_end_of_the_page(lines: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(*lines)
    tail = [line for line in TAIL_HEADLINES if line in lines]
    assert all(_rule_of(cleaned, line) == "related-headline" for line in tail) == dropped


@pytest.mark.parametrize(
    ("line", "names", "source"),
    [
        # SITE_SLASH_WRITER: the site and its writer after "Source:"
        ("Source: example.com.gh/Jane Roe", ("Jane Roe",), "example.com.gh"),
        # an agency after the site is no writer: the source as printed
        ("Source: example.com/Ghana News Agency", (), "example.com/Ghana News Agency"),
    ],
)
def test_a_source_line_naming_the_site_and_its_writer(line: str, names: tuple[str, ...], source: str) -> None:
    parsed = parse_meta_line(line)
    assert parsed is not None
    assert (parsed.names, parsed.source) == (names, source)


@pytest.mark.parametrize(
    ("name", "author"),
    [
        # NAME_UNDER_DECK: a name alone under the headline's deck, above the first paragraph
        ("Jane Roe", "Jane Roe"),
        # a name the deck holds is the story's subject
        ("Council Harbour", None),
    ],
)
def test_a_name_alone_under_the_deck_is_the_writers(name: str, author: str | None) -> None:
    deck = "‘The harbour will be the town’s new heart,’ says the council"
    _, meta = build(HEADLINE, deck, name, *BODY)
    assert meta.author.value == author
