"""Metadata on pages from outlets nobody here has seen (issue 17, part meta4): each rule with and without its trigger,
on invented text, asserting the exact values the build gives."""

from __future__ import annotations

import pytest

from archive.byline import is_named_credit, parse_byline
from archive.clean import clean
from archive.extract import from_text
from archive.model import BYLINE, DATELINE, CleanArticle, Metadata, RawArticle
from archive.registry import Registry

REGISTRY = Registry(())
TITLE = "Grain talks resume in the capital city"
BODY = (
    "The committee met on Monday to review the grain corridor and the rail freight plan for next year.",
    "A second paragraph says more about the talks and the trade that both sides expect to grow.",
)


def build(*lines: str) -> tuple[CleanArticle, Metadata]:
    cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
    return cleaned, from_text(cleaned, REGISTRY)


def role_of(cleaned: CleanArticle, number: int) -> str:
    return next((line.role for line in cleaned.lines if line.number == number), "dropped")


# --- authors ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Von Mira Ostrova", "Mira Ostrova"),  # FOREIGN_BY: de
        ("par Mira Ostrova", "Mira Ostrova"),  # fr
        ("Oleh Mira Ostrova", "Mira Ostrova"),  # id
        ("Autor: Mira Ostrova", "Mira Ostrova"),
        ("Автор: Мира Острова", "Мира Острова"),
        ("Opinion by Mira Ostrova", "Mira Ostrova"),
        ("Published by Mira Ostrova", "Mira Ostrova"),
        ("By Mira Ostrova AFP", "Mira Ostrova"),  # NAME_THEN_WIRE
        ("By Mira Ostrova Reuters", "Mira Ostrova"),
        ("By Mira Ostrova, Kyiv", "Mira Ostrova"),  # NAME_WITH_PLACE_OR_OUTLET
        ("By Mira Ostrova, New Delhi", "Mira Ostrova"),
        ("Mira Ostrova | Kyiv", "Mira Ostrova"),
        ("Mira Ostrova / The Harbour Times", "Mira Ostrova"),
    ],
)
def test_credit_shapes_of_unseen_sites(text: str, name: str) -> None:
    assert parse_byline(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "von der Leyen meets the committee",  # FOREIGN_BY needs a capital after it
        "Par excellence",
        "Autor: unbekannt",
        "Ukraine | Russia",  # places alone are no credit
        "Kyiv, Lagos",
    ],
)
def test_foreign_by_and_places_without_a_name_credit_nobody(text: str) -> None:
    assert parse_byline(text) is None


def test_a_name_beside_a_place_or_an_outlet_is_a_credit_line() -> None:
    assert is_named_credit("Mira Ostrova | Kyiv")
    assert is_named_credit("Mira Ostrova, The Harbour Times")
    # without the name: a place beside a place, or beside an outlet, is a tag line or a masthead
    assert not is_named_credit("Ukraine | Russia")
    assert not is_named_credit("Kyiv | The Harbour Times")


def test_a_wire_run_onto_a_name_is_no_part_of_it() -> None:
    assert parse_byline("By Mira Ostrova AFP") == "Mira Ostrova"
    # without the wire: three words of a name stay a name
    assert parse_byline("By Mira Ostrova Petrenko") == "Mira Ostrova Petrenko"


def test_a_name_line_above_a_place_and_a_date_is_the_author() -> None:
    cleaned, meta = build(TITLE, "Mira Ostrova", "Kyiv", "March 9, 2015", *BODY)
    assert [role_of(cleaned, n) for n in (2, 3, 4)] == [BYLINE, DATELINE, DATELINE]
    assert (meta.author.value, meta.date.value) == ("Mira Ostrova", "2015-03-09")
    # without the date line the place has no dateline to belong to; the name is still the one under the headline,
    # above the first paragraph (NAME_UNDER_HEADLINE looks past a line or three: NAME_ABOVE_A_CAPTION)
    cleaned, meta = build(TITLE, "Mira Ostrova", "Kyiv", *BODY)
    assert meta.author.value == "Mira Ostrova"
    # a name the first paragraph goes on to name is the story's subject
    cleaned, meta = build(TITLE, "Mira Ostrova", "Kyiv", "Mira Ostrova, the mayor, opened the new grain terminal on Monday.")
    assert meta.author.value is None


def test_a_credit_shaped_like_a_breadcrumb_is_kept_as_a_byline() -> None:
    cleaned, meta = build(TITLE, "Mira Ostrova / Harbour Times", *BODY)
    assert role_of(cleaned, 2) == BYLINE
    assert meta.author.value == "Mira Ostrova"
    # without a person: a breadcrumb stays furniture
    cleaned, meta = build(TITLE, "Home / World / Europe", *BODY)
    assert role_of(cleaned, 2) == "dropped"
    assert meta.author.value is None


# --- dates ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Publié le 5 mars 2019", "2019-03-05"),  # FOREIGN_LABELS
        ("le 5 mars 2019 à 14h20", "2019-03-05"),  # FOREIGN_FILLERS
        ("Veröffentlicht am 05.03.2019 um 14:20 Uhr", "2019-03-05"),
        ("Опубликовано: 05.03.2019", "2019-03-05"),
        ("Posted in World News | March 5, 2019", "2019-03-05"),  # POSTED_IN_SECTION
        ("2019年3月5日 14:20", "2019-03-05"),  # CJK_DATE
    ],
)
def test_date_lines_of_unseen_sites(line: str, iso: str) -> None:
    cleaned, meta = build(TITLE, line, *BODY)
    assert role_of(cleaned, 2) in (BYLINE, DATELINE)
    assert meta.date.value == iso


def test_a_foreign_update_label_gives_way_to_the_publication() -> None:
    _, meta = build(TITLE, "Publié le 5 mars 2019, mis à jour le 7 mars 2019", *BODY)
    assert meta.date.value == "2019-03-05"
    # without the publication: the update is all the page states
    _, meta = build(TITLE, "Mis à jour le 7 mars 2019", *BODY)
    assert meta.date.value == "2019-03-07"


def test_this_article_was_published_on_dates_the_page() -> None:
    cleaned, meta = build(TITLE, *BODY, "This article was first published on 5 March 2019.")
    assert role_of(cleaned, 4) == DATELINE
    assert meta.date.value == "2019-03-05"
    # without the label's shape: a sentence that reports a publication is the body's, and dates nothing
    cleaned, meta = build(TITLE, *BODY, "The ministry said the report was published on 5 March 2019 after a long delay.")
    assert role_of(cleaned, 4) == "paragraph"
    assert meta.date.value is None


def test_posted_in_a_section_without_a_date_is_no_date_line() -> None:
    from archive.metaline import parse_meta_line

    assert parse_meta_line("Posted in World News | March 5, 2019") is not None
    assert parse_meta_line("Posted in World News") is None  # a section alone proves nothing
    assert parse_meta_line("Filed under: Politics") is None


def test_cjk_dates_need_all_three_marks() -> None:
    from archive.dates import parse_date

    assert parse_date("2019年3月5日").iso == "2019-03-05"  # type: ignore[union-attr]
    assert parse_date("2019년 3월 5일").iso == "2019-03-05"  # type: ignore[union-attr]
    assert parse_date("2019年13月5日") is None  # no thirteenth month
    assert parse_date("2019年3月") is None  # without the day mark: not a day's date


# --- titles -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "headline", "bar", "dash", "date"),
    [
        ("Floods recede in the valley | Harbour Times", "Floods recede in the valley", "Harbour Times", None, None),
        ("Floods recede in the valley | World | Harbour Times", "Floods recede in the valley", "Harbour Times", None, None),
        ("Floods recede - people return home | Harbour Times", "Floods recede - people return home", "Harbour Times", None, None),
        ("Floods recede in the valley - Example.com", "Floods recede in the valley", None, "Example.com", None),
        ("Floods recede in the valley December 30, 2022 at 12:26AM", "Floods recede in the valley", None, None, "2022-12-30"),
        ("Floods recede in the valley(14/06/2001)", "Floods recede in the valley", None, None, "2001-06-14"),
    ],
)
def test_what_a_page_title_adds_to_the_headline_is_taken_off(
    line: str, headline: str, bar: str | None, dash: str | None, date: str | None
) -> None:
    from archive.headline import split_headline

    found = split_headline(line)
    assert (found.text, found.bar_suffix, found.dash_suffix, found.date.iso if found.date else None) == (
        headline,
        bar,
        dash,
        date,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Floods recede - people return home",  # TITLE_DASH_SUFFIX: a dash of the headline's own
        "Floods recede in the valley | talks with the premier",  # TITLE_BAR_SUFFIX: lower case, the headline's half
        "Elections set for March 5, 2019 at 10:00",  # TITLE_DATE_TAIL: the date is the headline's words
        "Grain deal signed March 5, 2019",  # a date without its time or brackets
        "Talks | Harbour Times",  # too short a headline before the bar
    ],
)
def test_a_headline_without_an_added_suffix_is_left_whole(line: str) -> None:
    from archive.headline import split_headline

    assert split_headline(line).text == line


def test_a_dash_suffix_printed_as_the_masthead_is_taken_off() -> None:
    from archive.headline import split_headline

    assert split_headline("Floods recede in the valley - Harbour Times", ["Harbour Times"]).text == "Floods recede in the valley"
    # not printed on the page: a name ending in a newspaper's word still goes (PAPER_SUFFIX), other words stay
    assert split_headline("Floods recede in the valley - Harbour Times").text == "Floods recede in the valley"
    assert split_headline("Floods recede in the valley - Harbour Answers").text == "Floods recede in the valley - Harbour Answers"


def test_a_page_title_and_its_headline_give_title_and_outlet() -> None:
    _, meta = build("Grain talks resume in the capital city | Harbour Observer", TITLE, "March 9, 2015", *BODY)
    assert (meta.title.value, meta.outlet.value, meta.outlet.get("rule")) == (TITLE, "Harbour Observer", "outlet-title-suffix")
    # without the bare headline printed again, a suffix that is no newspaper's name may be a section: no outlet
    _, meta = build("Grain talks resume in the capital city | Abroad", "March 9, 2015", *BODY)
    assert (meta.title.value, meta.outlet.value) == (TITLE, None)


def test_a_timestamp_on_the_headline_dates_the_page_when_nothing_else_does() -> None:
    _, meta = build(TITLE + " December 30, 2022 at 12:26AM", *BODY)
    assert (meta.title.value, meta.date.value) == (TITLE, "2022-12-30")
    _, meta = build(TITLE + " December 30, 2022 at 12:26AM", "Published: 29 December 2022", *BODY)
    assert meta.date.value == "2022-12-29"  # a date line says more than the title's stamp


LONG_BODY = (
    "The committee met on Monday to review the grain corridor and the rail freight plan for the next year.",
    "A second paragraph says more about the grain talks and the trade that both sides expect to grow soon.",
)


def title_of(*lines: str) -> str | None:
    return build(*lines, *LONG_BODY)[1].title.value


def test_a_newspapers_name_above_the_headline_is_the_masthead() -> None:
    _, meta = build("7 Harbour Daily News", TITLE, "7 Harbour Daily News", "March 9, 2015", *LONG_BODY)
    assert (meta.title.value, meta.outlet.value) == (TITLE, "7 Harbour Daily News")
    # MASTHEAD_NAME alone above a date line: no title rather than the site's name
    assert title_of("Harbour Radio News", "Date: 2018-05-04") is None
    # without the trigger: a headline that ends with a newspaper's name and is about the article stays the title
    assert title_of("Grain committee slams Harbour Post", "March 9, 2015") == "Grain committee slams Harbour Post"


@pytest.mark.parametrize(
    "furniture",
    [
        "Entries in Grain Awards (6)",  # COUNT_IN_BRACKETS
        "Ministry of Grain Logo",  # ALT_TEXT
        "Get the latest grain updates right on your browser",  # CALL_TO_ACTION
        "Sign up for our grain newsletter",
        "In partnership with",  # OPEN_ENDED
        "Grain, Harbour, Rail, Freight, Corridor, Relief - Example News",  # KEYWORD_LIST
        "Workers load grain at the harbour on April 16, 2013. / Getty Images",  # PHOTO_CREDITED
        "Workers load grain at the harbour (AFP Photo)",
    ],
)
def test_lines_a_headline_never_is_give_way_to_the_headline(furniture: str) -> None:
    assert title_of(furniture, "Published: 27 July 2016", TITLE) == TITLE


def test_what_a_headline_may_say_is_still_a_headline() -> None:
    assert title_of("Grain growers get the subsidy they asked for", "March 9, 2015") == (
        "Grain growers get the subsidy they asked for"
    )  # an imperative-looking first word without "you"/"our"
    assert title_of("Read the room: grain talks resume", "March 9, 2015") == "Read the room: grain talks resume"
    # without the triggers: a headline may end in "of", list four names, or name a picture library as its subject
    for headline in (
        "The Grain Deal They Were Never Told Of",
        "Grain, rail, harbour and freight: the plan",
        "Grain, Harbour, Rail, Freight Committee Meets",
        "Getty Images sues grain harbour over photos",
    ):
        assert title_of(headline, "March 9, 2015") == headline


def test_a_short_kicker_in_capitals_gives_way_to_the_headline() -> None:
    assert title_of("ROLE OF MEDIATOR", "20 March 2023", TITLE) == TITLE  # KICKER_IN_CAPITALS
    # without a longer line below it, a headline in capitals stays the title
    assert title_of("GRAIN TALKS RESUME", "20 March 2023") == "GRAIN TALKS RESUME"


def test_the_next_title_line_is_taken_when_the_first_is_no_headline() -> None:
    # NEXT_TITLE_LINE: a site's slogan above the headline
    assert title_of("Online harbour channel!", "Tag: harvest", TITLE) == TITLE
    # without a credible line: hard-wrapped text is never a title
    wrapped = ("Officials said the grain committee is now considering a review of the rail", "freight plan for next year.")
    assert build("Harbour Radio News", "Date: 2018-05-04", *wrapped, *LONG_BODY)[1].title.value is None


# --- leads ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "date", "wire"),
    [
        ("HARBOUR CITY (Example Wire) 03 de abril de 2020.- Este sábado", "HARBOUR CITY", "2020-04-03", "Example Wire"),
        ("HARBOUR CITY (AFP) March 3, 2019 - The committee met", "HARBOUR CITY", "2019-03-03", "AFP"),  # AGENCY_THEN_DATE
        ("MÉRIDA (AFP) March 3, 2019 - The committee met", "MÉRIDA", "2019-03-03", "AFP"),  # capitals with accents
        ("EXAMPLE-NEWS. June 17, 2009. A welcome ceremony", "EXAMPLE-NEWS.", "2009-06-17", "EXAMPLE-NEWS"),  # NAME_LEAD
        ("WASHINGTON. June 17, 2009. A welcome ceremony", "WASHINGTON.", "2009-06-17", None),  # DATE_AFTER_FULL_STOP
        ("(Example News) - The premier arrived on Sunday", "", None, "Example News"),  # WIRE_FIRST
        ("HARBOUR CITY {AP}— The premier arrived on Sunday", "HARBOUR CITY", None, "AP"),  # braces
    ],
)
def test_lead_shapes_of_unseen_sites(text: str, place: str, date: str | None, wire: str | None) -> None:
    from archive.metaline import parse_lead

    lead = parse_lead(text)
    assert lead is not None
    assert (lead.place, lead.date.iso if lead.date else None, lead.wire) == (place, date, wire)


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR CITY. The talks began on Monday.",  # a full stop without a date
        "HARBOUR CITY. March 3, 2019 The talks began.",  # a date without the full stop that ends it
        "(Photo) The talks began on Monday.",  # brackets without a dash
        "HARBOUR CITY (AFP) March 3 was the day the talks began.",  # no full date
    ],
)
def test_paragraphs_that_open_like_these_leads_but_are_not(text: str) -> None:
    from archive.metaline import parse_lead

    assert parse_lead(text) is None


def test_the_agency_of_a_wire_first_lead_is_the_wire_source() -> None:
    _, meta = build(TITLE, "(Example Newswire) - " + BODY[0], BODY[1])
    assert (meta.wire.value, meta.wire.get("rule")) == ("Example Newswire", "wire-in-lead")
    # a name that is no wire's, on a page naming no other outlet, is the outlet's own copy (OUTLETS_OWN_COPY)
    _, meta = build(TITLE, "(Example News) - " + BODY[0], BODY[1])
    assert (meta.outlet.value, meta.wire.value) == ("Example News", None)
    _, meta = build(TITLE, "(Example News) " + BODY[0], BODY[1])  # without the dash: a bracket opening a sentence
    assert meta.wire.value is None


# --- more credits, dates and mastheads --------------------------------------------------------------------------


def test_an_empty_label_before_a_labelled_date() -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line("Por Mira Ostrova Publicado: Últ. actualización: 16 diciembre, 2020 17:23")
    assert meta is not None
    assert (meta.names, meta.published, meta.updated.iso if meta.updated else None) == (("Mira Ostrova",), None, "2020-12-16")
    # EMPTY_LABEL needs a date after the labels
    assert parse_meta_line("Published: Updated:") is None


def test_initials_run_together_are_a_name() -> None:
    assert parse_byline("By: M.B. Ostrova") == "M.B. Ostrova"
    assert parse_byline("By U.S. Army") is None  # a country's initials are no person's


def test_a_name_under_the_headline_is_the_author() -> None:
    cleaned, meta = build(TITLE, "Mira Ostrova", *LONG_BODY)
    assert (role_of(cleaned, 2), meta.author.value) == (BYLINE, "Mira Ostrova")  # NAME_UNDER_HEADLINE
    # without the trigger: a sub-heading repeating the headline's words is no author
    cleaned, meta = build(TITLE, "Capital City Talks", *LONG_BODY)
    assert meta.author.value is None


def test_a_masthead_name_above_a_credited_headline_is_no_title() -> None:
    _, meta = build("Voces del Ejemplo Diario", TITLE, "Por Mira Ostrova", *LONG_BODY)
    assert (meta.title.value, meta.outlet.value, meta.author.value) == (TITLE, "Voces del Ejemplo Diario", "Mira Ostrova")


def test_a_photo_credit_with_slashes_names_no_outlet() -> None:
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, "© JANE ROE / EXAMPLE PHOTO / AFP")
    assert meta.outlet.value is None
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, "© 2015 Harbour Observer. All rights reserved.")
    assert meta.outlet.value == "Harbour Observer"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("05 Mar 2019 14:20 | Hits: 1234", "2019-03-05"),  # COUNTERS
        ("5 March 2019 | Comments (0)", "2019-03-05"),
        ("Views: 345 | 5 March 2019", "2019-03-05"),
        ("World News | Tue Mar 5, 2019 | 2:20pm EST", "2019-03-05"),  # SECTION_BETWEEN_BARS at the line's start
        ("For immediate release: March 5, 2019", "2019-03-05"),
    ],
)
def test_date_lines_with_counters_sections_and_release_labels(line: str, iso: str) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert meta.published.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "Hits: 1234",  # a counter alone dates nothing
        "World News | Top Stories",  # sections alone
        "Grain Talks Resume Again Today | March 5, 2019",  # more capitalised words than a section has
        "FOR IMMEDIATE RELEASE",  # the label without its date
    ],
)
def test_counters_and_sections_without_a_date_are_no_date_line(line: str) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    assert meta is None or meta.published is None


# --- outlets ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© Harbour Observer 2024", "Harbour Observer"),  # a year after the holder
        ("© Copyright 2024, Harbour Times", "Harbour Times"),
        ("All rights reserved © Harbour Observer", "Harbour Observer"),
        ("© 2016 - 2024 HarbourNews.com", "HarbourNews.com"),  # a site's address, dots and all
        ("Harbour Observer © 2024", "Harbour Observer"),  # HOLDER_BEFORE_SIGN
        ("Copyright © 2024 Harbour Media Group. All Rights Reserved.", "Harbour Media Group"),
    ],
)
def test_copyright_holders_of_unseen_sites(footer: str, outlet: str) -> None:
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, footer)
    assert (meta.outlet.value, meta.outlet.get("rule")) == (outlet, "outlet-copyright")


def test_a_holder_before_the_sign_is_read_only_under_the_article() -> None:
    _, meta = build("Harbour Observer © 2024", TITLE, "March 9, 2015", *LONG_BODY)
    assert meta.outlet.get("rule") != "outlet-copyright"
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, "Photo: Jane Roe © 2024")  # a photo's credit
    assert meta.outlet.value is None


@pytest.mark.parametrize(
    ("text", "place", "month_day", "wire"),
    [
        ("Москва. 20 декабря. EXAMPLE.RU - Премьер прибыл в Пекин.", "Москва", "--12-20", "EXAMPLE.RU"),  # RUSSIAN_LEAD
        ("МОСКВА, 20 декабря. /ТАСС/. Премьер прибыл в Пекин.", "МОСКВА", "--12-20", "ТАСС"),
        ("МОСКВА, 20 дек — РИА Новости. Премьер прибыл в Пекин.", "МОСКВА", "--12-20", "РИА Новости"),
        ("(HARBOUR CITY, EXAMPLE NEWS) –Nearly 50,000 people were affected.", "HARBOUR CITY", None, "EXAMPLE NEWS"),
    ],
)
def test_more_lead_shapes(text: str, place: str, month_day: str | None, wire: str) -> None:
    from archive.metaline import parse_lead

    lead = parse_lead(text)
    assert lead is not None
    assert (lead.place, lead.month_day, lead.wire) == (place, month_day, wire)


def test_russian_lead_needs_its_date_and_agency() -> None:
    from archive.metaline import parse_lead

    assert parse_lead("Москва. Премьер прибыл в Пекин.") is None
    assert parse_lead("Москва. 20 декабря премьер прибыл в Пекин.") is None
    assert parse_lead("Москва. 31 февраля. EXAMPLE.RU - Премьер прибыл.") is None  # no such day


def test_a_name_lead_credits_a_source_only_with_a_news_word() -> None:
    from archive.metaline import parse_lead

    assert parse_lead("EXAMPLE-NEWS. June 17, 2009. A welcome ceremony took place.").wire == "EXAMPLE-NEWS"  # type: ignore[union-attr]
    assert parse_lead("WASHINGTON. June 17, 2009. A welcome ceremony took place.").wire is None  # type: ignore[union-attr]


def test_a_dateline_source_that_is_no_agency_is_the_outlet_too() -> None:
    _, meta = build(TITLE, "(Harbour Observer) - " + LONG_BODY[0], LONG_BODY[1])
    # (OUTLETS_OWN_COPY, archive.sources: the outlet's own copy names no wire)
    assert (meta.outlet.value, meta.outlet.get("rule"), meta.wire.value) == ("Harbour Observer", "outlet-own-dateline", None)
    # OUTLET_OWN_DATELINE: an agency's dateline is the copy's source only
    _, meta = build(TITLE, "(Reuters) - " + LONG_BODY[0], LONG_BODY[1])
    assert (meta.outlet.value, meta.wire.value) == (None, "Reuters")


def test_the_wire_of_a_credit_or_date_line_read_part_by_part() -> None:
    _, meta = build(TITLE, "By Mira Ostrova, UPI", *LONG_BODY)
    assert (meta.author.value, meta.wire.value) == ("Mira Ostrova", "UPI")  # WIRE_IN_METADATA_LINE
    _, meta = build("Mira Ostrova Jane Roe AFP", TITLE, "March 9, 2015", *LONG_BODY)
    assert meta.wire.value is None  # above the headline: a photo's caption and credit


def test_full_story_names_the_source() -> None:
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, "Full story: Harbour TV")
    assert meta.wire.value == "Harbour TV"
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, "Sources said the talks would resume in May.")
    assert meta.wire.value is None


def test_a_list_number_before_the_headline_is_taken_off() -> None:
    from archive.headline import split_headline

    assert split_headline("1. Grain talks resume in the capital").text == "Grain talks resume in the capital"  # TITLE_LIST_NUMBER
    assert split_headline("2. Bundesliga").text == "2. Bundesliga"  # too little headline left
    assert split_headline("2019. A year of grain talks").text == "2019. A year of grain talks"  # a year, not a number


def test_the_first_line_of_hard_wrapped_text_is_no_title() -> None:
    lines = ("The harbour police command says there were attempts to raze", "two stations in the state.", *LONG_BODY)
    assert build(*lines)[1].title.value is None  # WRAPPED_NOT_TITLE
    # without the trigger: a headline above a sentence that opens in capitals
    assert build("The harbour police command says the grain stations are safe", *LONG_BODY)[1].title.value == (
        "The harbour police command says the grain stations are safe"
    )


@pytest.mark.parametrize("line", ["President Mira Ostrova", "Prime Minister Mira Ostrova", "Mr Ostrova Petrenko"])
def test_a_name_after_an_office_is_no_author(line: str) -> None:
    _, meta = build(TITLE, line, *LONG_BODY)  # OFFICE_BEFORE_NAME, even right under the headline
    assert meta.author.value is None
    # a doctor's byline credits her, and her name is cited without the title (ACADEMIC_TITLE, fourteenth round: it kept
    # the title before, which a citation then read as her given name)
    assert parse_byline("By Dr. Mira Ostrova") == "Mira Ostrova"


def test_a_known_place_with_its_sources_in_title_case_is_a_dateline() -> None:
    from archive.metaline import parse_lead

    lead = parse_lead("Moscow (Example News/Agencies) – The premier arrived today.")
    assert lead is not None and (lead.place, lead.wire) == ("Moscow", "Example News/Agencies")
    # without a known place, the same shape is a sentence's opening
    assert parse_lead("Harbour City (Example News) – The premier arrived today.") is None
    _, meta = build(TITLE, "Moscow (Harbour Observer/Agencies) – " + LONG_BODY[0], LONG_BODY[1])
    assert (meta.outlet.value, meta.wire.value) == ("Harbour Observer", "Harbour Observer/Agencies")


def test_two_newspaper_words_paired_are_a_masthead() -> None:
    from archive.sources import is_newspaper_name

    assert is_newspaper_name("Express & Star") and is_newspaper_name("Post and Courier")  # PAIRED_NEWSPAPER_WORDS
    assert not is_newspaper_name("News & Views") and not is_newspaper_name("Sun & Moon")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 5, 2019 — The committee met on Monday.", "2019-03-05"),  # DATE_FIRST
        ("05.03.2019 — The committee met on Monday.", "2019-03-05"),
        ("(March 5, 2019) The committee met on Monday.", "2019-03-05"),
        ("HARBOUR CITY (March 5, 2019) — The committee met on Monday.", "2019-03-05"),  # the date alone in brackets
        ("Moscow, March 5th, 2019 - The committee met on Monday.", "2019-03-05"),  # an ordinal day
    ],
)
def test_leads_that_open_with_their_date(text: str, iso: str) -> None:
    from archive.metaline import parse_lead

    lead = parse_lead(text)
    assert lead is not None and lead.date is not None
    assert (lead.date.iso, text[lead.end :]) == (iso, "The committee met on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "March 5, 2019 was the day the committee met.",  # the date is the sentence's subject
        "On March 5, 2019, the committee met.",
        "(March 5, 2019) the committee met.",  # lower case after the bracket
        "March 5, 2019: The committee met.",  # a timeline's entry
    ],
)
def test_sentences_that_open_with_a_date_are_no_leads(text: str) -> None:
    from archive.metaline import parse_lead

    assert parse_lead(text) is None


def test_a_date_first_paragraph_below_the_first_is_a_timeline_entry() -> None:
    _, meta = build(TITLE, "March 5, 2019 — " + LONG_BODY[0], LONG_BODY[1])
    assert meta.date.value == "2019-03-05"
    _, meta = build(TITLE, LONG_BODY[0], "March 5, 2019 — Talks began in the capital city after a long pause.", LONG_BODY[1])
    assert meta.date.value is None


@pytest.mark.parametrize("footer", ["© Getty Images", "© 2024 Getty Images", "Jane Roe © 2024"])
def test_a_picture_library_or_a_photographer_owns_a_photo_not_the_page(footer: str) -> None:
    _, meta = build(TITLE, "March 9, 2015", *LONG_BODY, footer)
    assert meta.outlet.value is None


def test_a_credited_date_line_under_a_related_header_is_the_articles() -> None:
    cleaned, meta = build(TITLE, *LONG_BODY, "Related", "Posted on March 5, 2019 by Mira Ostrova", "Leave a comment")
    assert role_of(cleaned, 5) == BYLINE  # CREDITED_DATE_RESCUE
    assert (meta.date.value, meta.author.value) == ("2019-03-05", "Mira Ostrova")
    # without a person credited: the dated lines of a related list stay other stories'
    lines = (TITLE, *LONG_BODY, "Related", "Harbour grain exports rise again", "Posted on March 5, 2019")
    assert build(*lines)[1].date.value is None


def test_a_next_title_line_may_open_with_a_number() -> None:
    lines = ("Entries in Harbour Awards (6)", "Sunday", "7 GRAIN TALKS RESUME IN THE CAPITAL CITY", *LONG_BODY)
    assert build(*lines)[1].title.value == "7 GRAIN TALKS RESUME IN THE CAPITAL CITY"
    # without a line about the article below the label, no title
    assert build("Entries in Harbour Awards (6)", "Sunday", *LONG_BODY)[1].title.value is None


def test_a_dash_suffix_the_page_prints_alone_is_the_outlet() -> None:
    _, meta = build(TITLE + " - Harbour Times", "Harbour Times", *LONG_BODY)
    assert (meta.title.value, meta.outlet.value, meta.outlet.get("rule")) == (TITLE, "Harbour Times", "outlet-title-suffix")
    # a site's address after a dash is the source an aggregator names: the title loses it, the outlet stays unknown
    _, meta = build(TITLE + " - Example.com", *LONG_BODY)
    assert (meta.title.value, meta.outlet.value) == (TITLE, None)


@pytest.mark.parametrize("headline", ["Door Opens For Grain Talks", "Par For The Course", "Von Trapp Family Returns To Stage"])
def test_a_title_case_headline_opening_with_a_foreign_by_word_is_no_credit(headline: str) -> None:
    from archive.byline import is_credit

    assert (parse_byline(headline), is_credit(headline)) == (None, False)  # HEADLINE_WORDS, FOREIGN_BY needs a person
    _, meta = build(headline, "March 9, 2015", *LONG_BODY)
    assert (meta.title.value, meta.author.value) == (headline, None)


def test_a_date_glued_to_a_name_is_read() -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line("Mira OstrovaTuesday, 21 March 2023")  # GLUED_DATE_WORD
    assert meta is not None and meta.published is not None and meta.published.iso == "2023-03-21"
    assert parse_meta_line("Grain talksMarch on") is None  # without a date, still no metadata line


def test_a_name_under_the_headline_that_the_lede_names_is_the_subject() -> None:
    lede = "Mira Ostrova met the committee on Monday to review the grain corridor and the rail freight plan."
    _, meta = build(TITLE, "Mira Ostrova", lede, LONG_BODY[1])
    assert meta.author.value is None  # NAME_UNDER_HEADLINE: the story's subject, named again in the lede


def test_a_list_of_credited_dates_under_a_related_header_is_other_stories() -> None:
    lines = (
        TITLE,
        *LONG_BODY,
        "Related",
        "Harbour grain exports rise",
        "Posted on March 5, 2019 by Mira Ostrova",
        "Rail freight plan delayed",
        "Posted on March 4, 2019 by Ivan Petrenko",
    )
    _, meta = build(*lines)
    assert (meta.date.value, meta.author.value) == (None, None)  # CREDITED_DATE_RESCUE takes a single line only


def test_a_call_in_brackets_is_no_count() -> None:
    title = "Summit talks and the call alert(37)"
    _, meta = build(title, "March 9, 2015", *LONG_BODY)
    assert meta.title.value == title  # COUNT_IN_BRACKETS needs the count set off by a space


# AUTHOR_CONTACT_LINE and AUTHOR_SHORT_BY_PARAGRAPH (archive/extract.py)
@pytest.mark.parametrize(
    "line",
    [
        "— Mira Ostrova can be reached at mostrova@example.com.",
        "Contact reporter Mira Ostrova at 555-0100 or mostrova@example.com.",
        "Reach Mira Ostrova at mostrova@example.com",
    ],
)
def test_a_line_telling_how_to_reach_the_writer_names_the_author(line: str) -> None:
    _, meta = build(TITLE, *BODY, line)
    assert meta.author.value == "Mira Ostrova"


@pytest.mark.parametrize(
    "line",
    [
        "The ministry can be reached at its office in the capital on weekdays.",  # no person's name
        "Officials said Mira Ostrova can be reached at the embassy during the talks on trade next week.",  # a sentence
    ],
)
def test_no_author_from_a_line_without_a_writers_contact(line: str) -> None:
    _, meta = build(TITLE, *BODY, line)
    assert meta.author.value is None


def test_a_short_by_paragraph_names_the_author() -> None:
    _, meta = build(TITLE, "By Mira Ostrova - [email protected]", *BODY)
    assert meta.author.value == "Mira Ostrova"
    # Without the trigger: a sentence starting with "By" names no one.
    _, meta = build(TITLE, "By the end of the year, both sides expect grain freight to double on the new line.", *BODY)
    assert meta.author.value is None


def test_article_published_on_the_date_with_its_latest_update() -> None:
    # ARTICLE_WAS_PUBLISHED without "was", "on the" before the date, and "Latest update" as an update's label
    line = "Article published on the 2009-10-13 Latest update 2009-10-14 13:57 TU"
    _, meta = build(line, TITLE, *BODY)
    assert meta.date.value == "2009-10-13"
    # "Latest update" alone labels an update, never the publication
    from archive.metaline import parse_meta_line

    found = parse_meta_line("Latest update 2009-10-14 13:57")
    assert found is not None and found.published is None and found.updated is not None
