"""Issue 17, thirty-fourth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.metaline import parse_meta_line
from archive.model import CleanArticle


def _rule_of(cleaned: CleanArticle, text: str) -> str | None:
    return next((dropped.rule for dropped in cleaned.dropped if dropped.text.strip() == text.strip()), None)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # SENT_TO_YOUR_EMAIL: a newsletter's promise
        ("Get the latest National news. Sent to your email, every day.", "social-promo"),
        ("The notice was sent to every household in the district last week.", None),
        # PUSH_PROMPT: a notification prompt, its call or its allow button named
        ("Reciba nuestras notificaciones con lo último de:", "social-promo"),
        ("Enable push notifications", "social-promo"),
        ("Harbour Haber En son gelişmelerden anında haberdar olmak için 'İZİN VER' butonuna tıklayınız.", "social-promo"),
        # ... a sentence about notifications says who sends them
        ("Users can now get notifications when a bus is late, the council said.", None),
        ("Get notifications when a bus is late, the council said.", None),
        # the prompt's buttons
        ("No, gracias.", "nav-label"),
        ("¡Claro que sí!", "nav-label"),
        ("No thanks", "nav-label"),
        # comment boxes in Italian, Turkish and Polish
        ("I commenti dei nostri lettori", "comment-widget"),
        ("Non è presente alcun commento. Commenta per primo questo articolo!", "comment-widget"),
        ("Dì la tua! Inserisci un commento.", "comment-widget"),
        ("Yorum Ekle", "comment-widget"),
        ("Yorumlar (0)", "comment-widget"),
        ("Dziel się swoją opinią i dowiedz się co myślą inni.", "comment-widget"),
        ("I commenti dei lettori hanno convinto il sindaco a rivedere il piano del porto.", None),
        # "like us" in Polish
        ("Polub nas!", "nav-label"),
        # SECTION_GLUED_TO_TIME: a list's story stamp
        ("News6 days ago", "timestamp"),
        ("crime4 days ago", "timestamp"),
        ("G20 summit 3 days ago", None),
        # PREVIOUS_OR_NEXT_TITLED: the theme's label in title case before the other post's headline
        ("Previous Article Harbour Board names its new chair after a long search", "read-more"),
        ("Next Article my neighbour built a ferry in his garden", "read-more"),
        ("Next article in this series looks at the harbour.", None),
    ],
)
def test_furniture_lines(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, *BODY[:1])
    assert _rule_of(cleaned, line) == rule


def test_a_list_of_stories_each_under_its_stamp_goes_after_the_article() -> None:
    stamps = ("News6 days ago", "Entertainment4 days ago", "crime4 days ago")
    listed = (
        "Ferry service resumes after the storm — Harbour Board",
        "Rest in power: tributes pour in for a veteran DJ",
        "Home of a councillor ransacked; doors destroyed",
    )
    tail = [line for pair in zip(stamps, listed, strict=True) for line in pair]
    cleaned, _ = build(HEADLINE, *BODY, *tail)
    assert [line.text for line in cleaned.lines if line.text in tail] == []


@pytest.mark.parametrize(
    ("line", "source", "names"),
    [
        # BY_AN_INSTITUTION: the body that issued the copy
        ("by University of Harbourton", "University of Harbourton", ()),
        ("By the Ministry of Fisheries", "Ministry of Fisheries", ()),
        # a person's byline
        ("By Jane Roe", None, ("Jane Roe",)),
    ],
)
def test_a_credit_to_an_institution(line: str, source: str | None, names: tuple[str, ...]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and (meta.source, meta.names) == (source, names)


@pytest.mark.parametrize(
    "line",
    [
        "Flights cancelled by the Ministry of Transport",  # a headline with "by" in it
        "By Harbour News Service",  # NEWSROOM_NOT_INSTITUTION: the site's own newsroom
    ],
)
def test_no_credit_to_an_institution(line: str) -> None:
    assert parse_meta_line(line) is None


SITE_HEAD = ("Harbourton Online!", "Harbourton on the Web!", "Harbourton, Wyoming", "Home | Events | Local Businesses |")


@pytest.mark.parametrize(
    ("trail", "title", "outlet"),
    [
        # CRUMB_TRAIL_ENDS_WITH_THE_HEADLINE and CRUMB_TRAIL_OPENS_WITH_THE_SITE: the trail names the site and the headline
        (f"Harbourton Online > News > August 2009 > {HEADLINE}", HEADLINE, "Harbourton Online"),
        # a trail from "Home" names no site
        (f"Home > News > August 2009 > {HEADLINE}", HEADLINE, None),
        # a trail ending in a section names no headline: the logo's line is first, but uses none of the article's words
        # and gives way to the headline (archive.clean's OFF_TOPIC_TITLE), going as the masthead that names the site
        ("Harbourton Online > News > Local", HEADLINE, "Harbourton Online"),
    ],
)
def test_a_crumb_trail_names_the_site_and_the_headline(trail: str, title: str | None, outlet: str | None) -> None:
    _, meta = build(*SITE_HEAD, trail, HEADLINE, "by University of Harbourton", "August 20, 2009", *BODY)
    assert (meta.title.value, meta.outlet.value, meta.wire.value) == (title, outlet, "University of Harbourton")


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        # REPORTER_OF: "as the reporter of <site> reports"
        ("به گزارش خبرنگار نمونه 24، شاخص کل بورس امروز در یک روند رو به رشد قرار گرفت و معاملات افزایش یافت.", "نمونه 24"),
        # OUTLET_REPORT_OF, as before
        ("به گزارش سایت نمونه، شاخص کل بورس امروز در یک روند رو به رشد قرار گرفت و معاملات افزایش یافت.", "سایت نمونه"),
    ],
)
def test_a_persian_report_of_the_sites_reporter(lead: str, outlet: str) -> None:
    _, meta = build(lead, "بازار سهام امروز با رشد شاخص همراه بود و معامله گران خرید بیشتری انجام دادند.")
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("trail", "breadcrumb"),
    [
        # TRAIL_TO_A_CUT_HEADLINE: the trail runs into the headline, cut short with an ellipsis
        ("AccueilA LA UNEHarbour council approves the new budget...", True),
        # the same line with no headline under it: a line of its own
        ("AccueilA LA UNEHarbour council approves the old plan...", False),
    ],
)
def test_a_trail_glued_to_a_cut_headline(trail: str, breadcrumb: bool) -> None:
    cleaned, meta = build("mercredi, octobre 1, 2025", trail, HEADLINE, *BODY)
    assert (_rule_of(cleaned, trail) == "breadcrumb", meta.title.value) == (breadcrumb, HEADLINE)


def test_a_notification_prompts_label_goes_with_it() -> None:
    # PROMPT_BOX: the prompt's label above it
    lines = ("Push Harbour Sport", "Reciba nuestras notificaciones con lo último de:", "No, gracias.", HEADLINE, *BODY)
    cleaned, meta = build(*lines)
    assert (_rule_of(cleaned, lines[0]), meta.title.value) == ("social-promo", HEADLINE)


LONG_DECK = "With ten weeks of the season left, the top three teams in the league are separated by a single point each"


@pytest.mark.parametrize(
    ("under", "title"),
    [
        # DECK_UNDER_A_SHORT_HEADLINE: a line of more than MAX_HEADLINE_UNDER_KICKER_WORDS words under three words
        (LONG_DECK, "Excitement peaks again"),
        # KICKER_ABOVE_HEADLINE, as before: a headline's length under a rubric
        ("Top three teams separated by a single point", "Top three teams separated by a single point"),
    ],
)
def test_a_long_deck_under_a_short_headline(under: str, title: str) -> None:
    _, meta = build("Excitement peaks again", under, "27.02.2018 00:00:00", *BODY)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("line", "iso", "kinds"),
    [
        # INITIALS_BEFORE_DATE: the editor's initials, a wide space, the date and time
        ("adk       27 Oktober, 2019 17:55", "2019-10-27", ["words", "date", "time"]),
        # ISSUE_OF: a print issue's date
        ("from the issue of August 18, 2005", "2005-08-18", ["label", "date"]),
        # NAMED_DESK_PART, as before: a desk credited after the date
        ("Nov 26, 2015 10:20 AM by News Team", "2015-11-26", ["date", "time", "by", "desk"]),
    ],
)
def test_date_lines(line: str, iso: str, kinds: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, [part.kind for part in meta.parts]) == (iso, kinds)


def test_initials_need_a_wide_space_before_the_date() -> None:
    assert parse_meta_line("adk 27 Oktober, 2019") is None


RUSSIAN_HEADLINE = "Президент Филиппин посетит Россию и встретится с Владимиром Путиным"
RUSSIAN_BODY = (
    "В мае Дутерте будет находиться в России с официальным визитом.",
    "Планируется, что главы государств обсудят состояние и перспективы развития отношений между странами, а также "
    "актуальные международные и региональные темы.",
    "По итогам визита ожидается принятие совместного заявления и подписание ряда документов о сотрудничестве.",
)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # INFLECTED_HEAD: "Россию"/"России", "Путиным"/"Путин": the headline's words, inflected, are the article's
        ((RUSSIAN_HEADLINE, RUSSIAN_HEADLINE, *RUSSIAN_BODY, "Путин и Дутерте встречались ранее в Пекине."), RUSSIAN_HEADLINE),
        # another story's headline shares no word with the article, inflected or not
        (("Губернатор открыл новый мост через реку в городе", *RUSSIAN_BODY), None),
    ],
)
def test_an_inflected_headlines_words_are_the_articles(lines: tuple[str, ...], title: str | None) -> None:
    _, meta = build(*lines)
    assert meta.title.value == title


def test_the_head_of_an_inflected_word() -> None:
    from archive.rules import uses_stem, words_of

    words = words_of(["Путин и Дутерте встречались в России."])
    # a word of another alphabet is used by its head; an ASCII word's head is not enough ("governor", "government")
    assert (uses_stem("россию", words), uses_stem("путиным", words), uses_stem("губернатор", words)) == (True, True, False)
    assert uses_stem("governor", words_of(["The government met on Monday."])) is False


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # LINK_ARROWS: a list's link
        (">>Harbour : le port choisi pour accueillir le plus grand festival", "read-more"),
        # a quotation marked with guillemets is the article's
        ("»Wir sind bereit«, sagte der Bürgermeister am Dienstag.", None),
        # "Full coverage:" before a topic's page
        ("Full coverage: Premier Visits the Harbour", "read-more"),
        # an embedded post's consent notice
        ("Externer Inhalt", "nav-label"),
    ],
)
def test_more_furniture_lines(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, *BODY[:1])
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize(
    ("line", "iso", "source"),
    [
        # TAGS_AFTER_DATE: the story's tags after its date line
        ("02.09.2019 - 16:59 #USA, #Ukraine, #Gas", "2019-09-02", None),
        # LEVANTINE_MONTHS (from the CLDR's Syrian Arabic)
        ("١٣ كانون الاول ٢٠١٨", "2018-12-13", None),
        ("5 آذار 2018", "2018-03-05", None),
    ],
)
def test_more_date_lines(line: str, iso: str, source: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None and (meta.published.iso, meta.source) == (iso, source)


def test_a_bracketed_source_line_closes_its_bracket() -> None:
    meta = parse_meta_line("(来源:新华社)")
    assert meta is not None and meta.source == "新华社"


def test_a_label_after_the_date_labels_what_follows_it() -> None:
    # LABEL_BEFORE_THE_DATE: the header's date and its "last update" time, over the article's own date line
    lines = (
        "الخميس في ١٣ كانون الاول ٢٠١٨ ، آخر تحديث : 02:36 م",
        "YouTube Twitter Facebook RSS",
        HEADLINE,
        "٥ اذار ٢٠١٨",
        *BODY,
    )
    _, meta = build(*lines)
    assert meta.date.value == "2018-03-05"


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        # NOTICE_BEFORE_HOLDER and ICP_LICENCE: the notice's words, then the holder, then its rights words and licence
        ("© All Rights Reserved.港湾商会 版权所有 蜀ICP备20017152号-1", "港湾商会"),
        # a © before the holder, as before
        ("© 2024 Harbour Herald. All rights reserved.", "Harbour Herald"),
    ],
)
def test_a_rights_notice_before_its_holder(footer: str, outlet: str) -> None:
    _, meta = build(HEADLINE, *BODY, footer)
    assert meta.outlet.value == outlet


def test_a_menus_bulleted_item_is_no_masthead() -> None:
    # MENU_ITEM_NO_MASTHEAD: a bulleted link of the menu names a section; the same name alone is the masthead
    _, meta = build("• Harbour Gas News", "• Harbour Oil News", "• Harbour Coal News", HEADLINE, *BODY)
    assert meta.outlet.value is None
    _, meta = build("Harbour Gas News", HEADLINE, *BODY)
    assert meta.outlet.value == "Harbour Gas News"
