"""Issue 17, twenty-fifth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE


@pytest.mark.parametrize(
    ("notice", "wire"),
    [
        ("This article is republished from Example News under a Creative Commons license.", "Example News"),
        # REPUBLISHED_UNDER_LICENCE: the long form (over 80 characters) names its source too; it had been read as a
        # source line with a description, which names agencies only
        (
            "This article is republished from The Example Conversation under a Creative Commons license. "
            "Read the original article.",
            "The Example Conversation",
        ),
        ("This article was republished from a blog under a creative commons license.", None),  # no name
    ],
)
def test_a_licence_notice_names_the_copys_source(notice: str, wire: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, notice)
    assert meta.wire.value == wire
    assert (notice in [d.text for d in cleaned.dropped]) == (wire is not None)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("19 Feb  2019 2849", "2019-02-19"),  # COUNT_AFTER_DATE: the readers' count after the date
        ("14.08.2025, 18:00 3401", "2025-08-14"),  # ... or after its time
        ("2849 19 Feb 2019 was a day", None),  # a number before the date, and words: no date line
        ("todayJaneiro 14, 2026 36", "2026-01-14"),  # ICON_LIGATURE: the calendar icon's name glued before the date
        ("access_time10:45 May 5, 2019", "2019-05-05"),
    ],
)
def test_date_lines_with_counts_and_icon_names(line: str, date: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date
    assert cleaned.title is not None and cleaned.title.text == HEADLINE


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # CLOCK_IS_THE_TOP_ONE: the header's clock above the weather box, the article's date under it
        (("19 September 2019", "Tashkent +19,8 °C", "19 Feb 2019 2849"), "2019-02-19"),
        # one date by the weather box: the clock (SITE_CLOCK), whichever side it stands
        (("19 September 2019", "Tashkent +19,8 °C"), None),
        (("Tashkent -3,5 °C", "19 September 2019"), None),  # SIGNED_DECIMAL_COMMA: the box's figure read
    ],
)
def test_the_header_clock_is_the_upper_date_by_the_weather(header: tuple[str, ...], date: str | None) -> None:
    cleaned, meta = build(*header, HEADLINE, *BODY)
    assert meta.date.value == date
    assert next(h for h in header if "°C" in h) in [d.text for d in cleaned.dropped]


def test_a_date_days_before_the_copys_stamp_is_no_clock() -> None:
    # CLOCK_NOT_BEFORE_STAMP: a page is shown on or after its stamp's day; days after it, a date is the site's clock
    _, meta = build("date 2025-08-15 13.08.2025, 14:22 10006", HEADLINE, *BODY)
    assert meta.date.value == "2025-08-13"
    _, meta = build("date 2025-08-15 Monday, August 18, 2025", HEADLINE, *BODY)
    assert meta.date.value == "2025-08-15"


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Resumen automático generado con Inteligencia Artificial", True),  # AUTOMATIC_SUMMARY
        ("El resumen automático fue generado por el equipo de la alcaldía, dijo.", False),
        ("Escuchar esta nota", True),  # the listen button in other languages
        ("Tagasi üles", True),  # back to top
        ("Podziel się:", True),  # share, in Polish
        ("Podziel się z sąsiadami tym, co zobaczyłeś w porcie, powiedziała.", False),
        ("-Anuncio-", True),  # an advert's label in Spanish
        ("123 citiri", True),  # FOREIGN_VIEW_COUNT
        ("1 204 odsłon", True),
        ("Burmistrz powiedział, że 1 204 odsłon to rekord.", False),
        ("Le podría interesar: Las lluvias causan estragos en el valle", True),  # a related story's lead-in
        ("Whatsapp iconFacebook iconX iconlinkeIn iconTelegram iconThreads iconemail iconiconicon", True),
        ("The iconic bridge of the iconoclast city", False),
        ("Example Agency | X", True),  # NETWORK_PHOTO_CREDIT
        ("Harbour council | budget", False),
        ("Ver resumen", True),
    ],
)
def test_foreign_buttons_labels_and_counters(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) == dropped
    assert all(sentence in [kept.text for kept in cleaned.lines] for sentence in BODY)


@pytest.mark.parametrize(
    ("caption", "dropped"),
    [
        ("The mayor opens the bridge on Monday. (Jan Kowalski/ EXA nuotr.)", True),  # PHOTO_WORD_LAST, Lithuanian
        ("The mayor and the governor - снимка: Jane Roe, Example чрез AP", True),  # FOREIGN_PHOTO_WORDS, Bulgarian
        ("ფოტო: ნინო ბერიძე/Nino Beridze", True),  # GEORGIAN: a name without capitals
        ("The mayor opens the bridge on Monday, the council said (see the report).", False),
    ],
)
def test_photo_credits_in_other_languages(caption: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, caption, *BODY)
    assert (caption in [d.text for d in cleaned.dropped]) == dropped


@pytest.mark.parametrize(
    ("label", "dropped"),
    [
        ("Más Noticias de El Ejemplo", True),  # FOREIGN_MORE_FROM: the label of the site's other stories
        ("Mais notícias do Exemplo", True),
        ("Τελευταίες ειδήσεις", True),  # "latest news" in more languages
        ("Últimas Notícias adicionadas", True),
        ("Más noticias de lluvias llegaron el martes", False),  # a sentence
    ],
)
def test_labels_of_other_stories_lists(label: str, dropped: bool) -> None:
    others = ("Ferry returns to service after repairs", "Council names new head of the port authority")
    cleaned, _ = build(HEADLINE, *BODY, label, *others)
    assert ({label, *others} <= {d.text for d in cleaned.dropped}) == dropped


def test_a_sites_maker_is_no_author() -> None:
    # FOREIGN_OTHER_ROLE: "Desarrollado por" credits who built the site, as "Developed by" does
    for credit in ("Desarrollado por Example Comunicaciones", "Developed by Example Media"):
        _, meta = build(HEADLINE, *BODY, credit)
        assert meta.author.value is None
    _, meta = build(HEADLINE, "Por Juana Ejemplo", *BODY)
    assert meta.author.value == "Juana Ejemplo"


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Caption: The wildfire in the valley is pictured on July 20.", True),  # a caption's label
        ("Caption the moment, she said.", False),
        ("Image | HARBOUR WILDFIRE", True),  # MEDIA_BAR_LABEL
        ("Media Video | Officials give a wildfire update", True),
        ("Password Hint : {{passwordHint}}", True),  # CAMEL_CASE_PLACEHOLDER
        ("Forgot Password?", True),
        ("Download Article as PDF", True),
        # SEND_TO_ADDRESS: the newsroom's call for stories, with its addresses
        (
            "** Have you been affected by the floods? Send your stories to jane.roe@example.com and photographs to "
            "pictures@example.com **",
            True,
        ),
        ("Were residents affected? Send the council your questions, the mayor said on Monday.", False),
    ],
)
def test_captions_forms_and_calls_for_stories(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) == dropped


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("07:16, 31 августа 2025Мир", "2025-08-31"),  # GLUED_YEAR_SECTION: the section's name glued to the year
        ("5 May 2019World", "2019-05-05"),
        ("Class of 2019Graduates gathered in the harbour hall on Monday", None),  # a sentence
    ],
)
def test_a_section_glued_to_the_year(line: str, date: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date
    assert cleaned.title is not None and cleaned.title.text == HEADLINE


PAIRS = (
    "Ferry returns to service after repairs",
    "The harbour ferry returned to service on Monday after two months of repairs at the...",
    "Council names new head of the port authority",
    "The council on Friday named a former harbour master as the head of the port…",
)


def test_headlines_with_cut_excerpts_are_other_stories() -> None:
    # HEADLINE_TEASER_PAIRS: two headlines, each with its excerpt cut by an ellipsis, in a row
    cleaned, _ = build(HEADLINE, BODY[0], *PAIRS, *BODY[1:])
    assert set(PAIRS) <= {d.text for d in cleaned.dropped}
    assert [line.text for line in cleaned.lines if line.role == "paragraph"] == list(BODY)


def test_one_headline_with_a_cut_excerpt_is_kept() -> None:
    # one pair alone may be the article's own subheading and a trailing quote
    cleaned, _ = build(HEADLINE, BODY[0], *PAIRS[:2], *BODY[1:])
    assert PAIRS[1] in [line.text for line in cleaned.lines]


def test_a_clock_of_day_and_month_by_the_weather_is_no_date() -> None:
    # SITE_CLOCK: the header's date without its year, by the weather box, is today's, not the article's
    cleaned, meta = build("Σάββατο, 4 Μαΐ", "16oC Αθήνα", HEADLINE, *BODY)
    assert meta.date.value is None and meta.date.get("partial") == ""
    assert "Σάββατο, 4 Μαΐ" in [d.text for d in cleaned.dropped]
    _, meta = build("Σάββατο, 4 Μαΐ", HEADLINE, *BODY)  # without the weather: the page's day and month
    assert meta.date.get("partial") == "--05-04"


@pytest.mark.parametrize(
    ("dates", "dropped"),
    [
        (("4 травня", "1 травня", "30 квітня", "29 квітня"), True),  # DATE_ARCHIVE_RUN
        (("May 4, 2021", "May 1, 2021", "April 30, 2021", "April 29, 2021"), True),
        (("4 травня", "1 травня", "30 квітня"), False),  # three: too few
        (("4 травня", "4 травня", "4 травня", "4 травня"), False),  # one date again is no archive
    ],
)
def test_a_run_of_dates_alone_is_an_archives_links(dates: tuple[str, ...], dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, *dates)
    assert (dates[0] in [d.text for d in cleaned.dropped if d.rule == "nav-label"]) == dropped


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # LABELLED_DISCLAIMER: a long notice under its label
        ("Disclaimer: " + " ".join(["Local news is taken automatically from partner papers, which answer for it."] * 5), True),
        ("The disclaimer was read out in court: " + " ".join(["the papers answer for the news they print."] * 5), False),
        ("Ti piškotki so potrebni za delovanje spletnega mesta in jih ni moč onemogočiti.", True),  # COOKIE_STORE_AND_NEED
        ("The council said the site stores cookies, and the mayor asked residents to review the settings.", False),
        ("СЛЕДУЮЩАЯ НОВОСТЬ", True),  # next story, in Russian
        ('Все самое интересное - в нашем канале "Дзен" Мы в Telegram', True),  # "we are on Telegram"
        ("Мы в Москве провели встречу с мэром.", False),
        ("請繼續往下閱讀...", True),  # "continue reading below" an advert
        ("分享工具", True),  # share tools
    ],
)
def test_notices_and_buttons_in_more_languages(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    assert (line in [d.text for d in cleaned.dropped]) == dropped


@pytest.mark.parametrize(
    ("label", "name", "author"),
    [
        ("Author", "Jane Roe", "Jane Roe"),  # AUTHOR_LABEL_ALONE: the label above the name, as "By" alone
        ("Auteur", "Jeanne Roe", "Jeanne Roe"),
        ("Yazar", "Ayşe Roe", "Ayşe Roe"),
        ("Author", "Harbour Council", None),  # an organisation is no person
    ],
)
def test_an_author_label_alone_above_the_name(label: str, name: str, author: str | None) -> None:
    _, meta = build(HEADLINE, label, name, *BODY)
    assert meta.author.value == author
