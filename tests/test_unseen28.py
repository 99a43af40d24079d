"""Issue 17, twenty-eighth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_clean_seeds import dropped_texts
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.model import CleanArticle


def _dropped(cleaned: CleanArticle, text: str) -> bool:
    return text.strip() in [dropped.strip() for dropped in dropped_texts(cleaned)]


@pytest.mark.parametrize(
    "link",
    [
        "Hyppää pääsisältöön",
        "Hoppa till innehållet",
        "Przejdź do treści",
        "このページの本文へ",
        "본문 바로가기",
        "Ana içeriğe atla",
    ],
)
def test_a_skip_link_in_another_language_is_furniture(link: str) -> None:
    # the skip link is the page's first line: left in, it was read as the headline
    cleaned, meta = build(link, HEADLINE, *BODY)
    assert _dropped(cleaned, link)
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    "label", ["Еще по теме", "Інші новини", "Διαβάστε ακόμη", "Ειδήσεις σήμερα", "Sońǵy jańalyqtar", "Berita Terkini"]
)
def test_more_labels_of_other_stories_take_their_headlines(label: str) -> None:
    other = "Ferry service resumes after the storm"
    cleaned, _ = build(HEADLINE, *BODY, label, other)
    assert _dropped(cleaned, label) and _dropped(cleaned, other)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("IKUTI KAMI", True),
        ("Kongsi Artikel Ini", True),
        ("Síguenos", True),
        ("Folgen Sie uns", True),
        # the words in a sentence stay
        ("Folgen Sie uns auf dem Weg durch die Altstadt, sagte die Bürgermeisterin am Dienstag.", False),
    ],
)
def test_follow_and_share_labels_in_other_languages(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # WEEKDAY_DATE_BAR: today's date (and the name day) above the headline is the site's bar
        ("Čtvrtek 30. března 2023. Svátek má Arnošt", HEADLINE),
        ("Thursday, March 30, 2023 Today's paper", HEADLINE),
        # a headline opening with a weekday but no date is a headline
        ("Monday 10 things to know about the harbour budget", "Monday 10 things to know about the harbour budget"),
    ],
)
def test_a_weekday_and_a_date_opening_a_line_is_no_headline(first: str, title: str) -> None:
    _, meta = build(first, HEADLINE, *BODY) if title == HEADLINE else build(first, *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        # KOREAN_COLLECTING_TOO and HOLDER_THEN_SITE: the notice forbids collecting too; its holder is the page's outlet
        ("예시일보(www.example.co.kr), 무단전재 및 수집, 재배포 금지", "예시일보"),
        ("예시일보(www.example.co.kr), 무단전재 및 재배포 금지", "예시일보"),
        # a name and an address in brackets without a notice is a line of the article's
        ("예시일보(www.example.co.kr)에 따르면 시장이 말했다", None),
    ],
)
def test_a_korean_rights_notice_names_its_holder(notice: str, outlet: str | None) -> None:
    # (between the paragraphs, as the page printed it above its ranking's list, which the text kept)
    cleaned, meta = build(HEADLINE, *BODY[:2], notice, BODY[2], "1. 다른 기사의 제목이 여기에 있습니다")
    assert _dropped(cleaned, notice) == (outlet is not None)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        # STAFF_LINE: the site credits its staff after a dash, below the article's links
        ("Z107.7 Harbour Valley News - Staff Reporters", "Z107.7 Harbour Valley News"),
        ("Harbour Valley Radio | Staff", "Harbour Valley Radio"),
        # a person's name before "Staff Writer" is a byline, and "Local News - Staff" names no site
        ("Jane Roe - Staff Writer", None),
        ("Local News - Staff", None),
    ],
)
def test_a_staff_credit_after_a_dash_names_the_outlet(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, "Harbour Gazette Story", "Google Ads:", credit, "Related Posts")
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        # PLURAL_SECTION: two menu items run together, the first a plural, are no masthead
        ("Featured StoriesLocal News", None),
        ("Top SportsLocal News", None),
        # a paper's name stands
        ("Harbour Valley News", "Harbour Valley News"),
    ],
)
def test_menu_items_run_together_are_no_masthead(first: str, outlet: str | None) -> None:
    _, meta = build(first, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        # MOBILE_APP: the app's name without "mobile"
        ("DOWNLOAD THE HARBOUR TIMES MOBILE APP", "HARBOUR TIMES"),
        ("Download the Harbour Times app", "Harbour Times"),
    ],
)
def test_an_apps_promo_names_the_outlet_without_mobile(promo: str, outlet: str) -> None:
    _, meta = build(HEADLINE, *BODY, promo, "Now available on")
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("line", "date", "names"),
    [
        # IN_SECTION_AFTER_DATE: a blog's category after its labelled date
        ("Posted: April 6, 2017 in Uncategorized", "2017-04-06", ()),
        ("Posted on April 6, 2017 in News", "2017-04-06", ()),
        # SURNAME_IN_CAPITALS: a first name and the surname in capitals, as French pages print them
        ("Publié : 25 octobre 2022 à 11h22 par Kilian ROUX", "2022-10-25", ("Kilian ROUX",)),
        # TEXT_BY and EMAIL_AFTER_NAME
        ("Tekst af Mads Dam Hansen, mdh@example.dk", None, ("Mads Dam Hansen",)),
        # NAME_SECTION_DATE and a section in lower case between bars
        ("Anna Kowalska  |   Piłka nożna  |   5 maja 2022 15:26", "2022-05-05", ("Anna Kowalska",)),
        # without a time, a name and a date may be a caption's: no credit
        ("Anna Kowalska | Sport | 5 maja 2022", "2022-05-05", ()),
        # a place in capitals after a first name alone is no surname
        ("By Ivan MOSCOW", None, None),
    ],
)
def test_more_shapes_of_credit_and_date_lines(line: str, date: str | None, names: tuple[str, ...] | None) -> None:
    from archive.metaline import parse_meta_line

    parsed = parse_meta_line(line)
    if names is None:
        assert parsed is None or parsed.names == ()
        return
    assert parsed is not None
    assert (parsed.published.iso if parsed.published else None) == date
    assert parsed.names == names


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # 撰文 ("written by"), Hong Kong
        ("撰文:王小明 李大華", "王小明 and 李大華"),
        # TAIWAN_LEAD_CREDIT: the reporter and the place in brackets open the first paragraph
        ("〔記者王小明／花蓮報導〕花蓮縣政府今天表示，颱風造成農作物損失，將提報現金救助。", "王小明"),
        # KOREAN_PLACE_FIRST, and the credit printed twice after a bullet
        ("금산=홍길동 기자 hong@", "홍길동"),
        ("  • 홍길동 기자홍길동 기자", "홍길동"),
        # a reporter who learned something names no one
        ("记者从气象局了解到，今天有雨。", None),
    ],
)
def test_more_cjk_reporters_credits(line: str, author: str | None) -> None:
    from archive.byline import cjk_reporters

    assert cjk_reporters(line) == author


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # FIELD_LABEL: an event's detail, a telephone number
        ("Venue: Galeri Example, Harbour City", HEADLINE),
        ("质量监督电话:13359256886", HEADLINE),
        # a headline with a colon stands
        ("Exclusive: harbour council approves the new budget", "Exclusive: harbour council approves the new budget"),
    ],
)
def test_a_field_label_line_is_no_headline(line: str, title: str) -> None:
    _, meta = build(line, *BODY)
    assert meta.title.value == (None if title == HEADLINE else title)


CARDS = (
    "Harbour bridge: a lorry lost control and hit the rail",
    "The driver was taken to hospital with minor injuries, the police said.",
    "Old town: thieves took a digger from a building site",
    "A man of 34 was caught by neighbours as he drove it away on Tuesday night.",
)


@pytest.mark.parametrize(
    ("after", "dropped"),
    [
        # CARDS_TO_THE_END: under the label, headlines and their teasers down to the page's end
        ((), True),
        # the article going on after them keeps them (a label's list between paragraphs, then more of the article)
        (("The council will meet again next month to approve the final figures for the district's schools.",) * 2, False),
    ],
)
def test_cards_of_headline_and_teaser_under_a_label_to_the_end(after: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, "Te puede interesar", *CARDS, *after)
    assert [_dropped(cleaned, card) for card in CARDS[1:]] == [dropped] * 3


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # CONSENT_CATEGORY: a consent manager's panel
        ("Customize Consent Preferences", True),
        ("Functional cookies help perform certain functionalities like sharing the content of the website.", True),
        ('The cookies that are categorized as "Necessary" are stored on your browser.', True),
        ("Always Active", True),
        # a sentence about cookies of the kitchen stays
        ("Functional bakeries help the town, and their cookies are famous across the district.", False),
    ],
)
def test_a_consent_managers_panel_is_furniture(line: str, dropped: bool) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert _dropped(cleaned, line) == dropped
    assert meta.title.value == (HEADLINE if dropped else meta.title.value)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # TICKER_FLAG: another story's headline in the ticker above the article's
        ("Urgente Los mensajes del alcalde muestran que la alcaldía lo sabía", HEADLINE),
        ("Eilmeldung Bahn streikt ab Montag im ganzen Land", HEADLINE),
        # a flash set off by its colon is the page's own headline's (TITLE_FLASH_PREFIX)
        ("BREAKING NEWS: Harbour council approves the new budget", "Harbour council approves the new budget"),
    ],
)
def test_a_tickers_flashed_headline_is_not_the_articles(first: str, title: str) -> None:
    lines = (first, HEADLINE, *BODY) if title == HEADLINE else (first, *BODY)
    _, meta = build(*lines)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # TITLE_DAY_MONTH_PREFIX: a blog's date badge run onto the headline
        ("29 Oct Harbour council approves the new budget", "Harbour council approves the new budget"),
        # a number of days in a headline stays
        ("29 days of rain close the harbour for the winter", "29 days of rain close the harbour for the winter"),
    ],
)
def test_a_day_and_month_before_the_headline_are_its_date_badge(first: str, title: str) -> None:
    _, meta = build(first, *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # REGISTER_ON_THE_SITE, SUPPORT_ITS_JOURNALISM, MEMBER_OF_THE_SITE
        ("Register on HarbourLIVE at no cost to receive newsletters, read exclusive articles & more.", "HarbourLIVE"),
        ("Support HARBOUR TIMES' journalism of integrity and credibility", "HARBOUR TIMES"),
        ("By contributing to Harbour Times, you are helping to sustain a journalism of relevance.", "Harbour Times"),
        ("To join the conversation, and become an exclusive member of HarbourWeek, create an account today!", "HarbourWeek"),
        # SUBSCRIBE_TO_THE_SITE and PRINT_EDITION_POINTER, with the name's small words
        ("Suscríbete a Las Mareas al mejor precio", "Las Mareas"),
        ("[Notícia completa na edição impressa do Diário do Porto]", "Diário do Porto"),
        # FOLLOW_NAMED_GREEK
        ("Ακολουθήστε το example.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις", "example.gr"),
        # the calls naming no site
        ("Suscríbete a nuestro boletín", None),
        ("Support local journalism of integrity", None),
        ("The mayor asked residents to become members of the harbour trust, she said.", None),
    ],
)
def test_the_site_naming_itself_in_its_calls(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        # NEWSROOM_NAMED: the site's newsroom credited by name
        ("Redacción HN 01 de abril de 2024", "HN"),
        ("Oleh Redaksi KABAREXAMPLE | 04 November 2016", "KABAREXAMPLE"),
        # a section's newsroom and a city's bureau name no site
        ("Redacción Deportes | 01 de abril de 2024", None),
        ("Redacción Madrid | 01 de abril de 2024", None),
    ],
)
def test_a_newsroom_credited_by_its_sites_name(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(("credit", "dropped"), [("fot. Organizator", True), ("fot. ten years ago the harbour was full", False)])
def test_a_polish_photo_credit_without_colon(credit: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], credit, BODY[2])
    assert _dropped(cleaned, credit) == dropped


def test_a_time_glued_to_the_next_stamps_date() -> None:
    from archive.metaline import parse_meta_line

    # GLUED_TIME_THEN_DATE: published, then updated, run together
    parsed = parse_meta_line("29.06.2022, 08:5129.06.2022, 11:18")
    assert parsed is not None and parsed.published is not None and parsed.published.iso == "2022-06-29"


@pytest.mark.parametrize(
    ("comments", "date"),
    [
        # COMMENTERS_STAMPS: readers' names (and handles) with their comments' dates date no page
        (("Anna Berg January 02, 2014 at 04:45 PM", "Nice work", "Rex January 02, 2014 at 06:08 PM", "Agreed"), None),
        # one name and a date under the text is the article's credit (a press release's foot)
        (("Anna Berg January 02, 2014 at 04:45 PM",), "2014-01-02"),
    ],
)
def test_comments_stamps_do_not_date_the_page(comments: tuple[str, ...], date: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, *comments)
    assert meta.date.value == date


@pytest.mark.parametrize(
    "label",
    [
        "Post comment",
        "Trackbacks are disabled.",
        "カテゴリートップへ",
        "阅读次数:",
        "إضافة تعليق جديد",
        "기자의 다른기사 보기",
        "랭킹뉴스",
    ],
)
def test_more_template_labels_are_furniture(label: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY, label, "Ferry service resumes after the storm")
    assert _dropped(cleaned, label)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # BROWSER_ADVICE
        ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。", True),
        ("For the best experience, please use Chrome, Firefox or Safari.", True),
        # a technology story's sentence about browsers stays
        ("Chrome and Firefox both released updates on Tuesday, the companies said.", False),
    ],
)
def test_the_sites_browser_advice_is_furniture(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert _dropped(cleaned, line) == dropped


@pytest.mark.parametrize(
    ("line", "author"), [("Новости Общества", None), ("Ειδήσεις Σήμερα", None), ("Анна Петрова", "Анна Петрова")]
)
def test_news_in_other_languages_is_no_name(line: str, author: str | None) -> None:
    # a section's "Society News" under the date line is no byline; a person's name there is
    _, meta = build(HEADLINE, "14.04.2014", line, *BODY)
    assert meta.author.value == author
