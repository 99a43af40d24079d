"""Issue 17, ninth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build, registry_with_agency  # build: the page cleaned and read with an empty registry

from archive.byline import parse_byline
from archive.extract import name_case
from archive.metaline import parse_lead
from archive.problems import Problems
from archive.registry import parse_registry

HEADLINE = "Harbour council approves the new budget for the district"
CJK_HEADLINE = "市长会见港口代表团"
CJK_BODY = (
    "市长在当地时间下午会见了港口代表团，双方就粮食走廊和铁路货运计划进行了深入交流。",
    "双方同意明年扩大合作，并成立新的工作组，推动港口和铁路建设取得更多成果。",
)
BODY = (
    "The harbour council approved the new budget for the district on Tuesday after a long debate.",
    "The mayor said the plan would bring new jobs to the town and that the work would start in the spring.",
)


def test_a_dash_between_the_byline_and_the_dateline_still_reads_both() -> None:
    # BY_NAME_DASH: "By Jane Roe – PLACE (Example News) – ..."
    _, meta = build(HEADLINE, "By Jane Roe – HARBOUR CITY (Example News) – " + BODY[0], BODY[1])
    assert (meta.author.value, meta.wire.value, meta.outlet.value) == ("Jane Roe", None, "Example News")  # OUTLETS_OWN_COPY
    lead = parse_lead("By Jane Roe – HARBOUR CITY (Example News) – The council met.")
    assert lead is not None and (lead.name, lead.place) == ("Jane Roe", "HARBOUR CITY")
    # without the place in capitals after the dash, it is a sentence about a person
    assert parse_lead("By Jane Roe – the mayor's deputy – the council was told to wait.") is None
    _, meta = build(HEADLINE, "By Jane Roe – the mayor's deputy – the council was told to wait for the budget.", BODY[1])
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Photos and Story by Jane Roe, EXN – Kyiv", "Jane Roe"),
        ("Story and photos by Jane Roe", "Jane Roe"),
        ("Text & pictures by Jane Roe | Example Gazette", "Jane Roe"),
        ("By Jane Roe, EXN", "Jane Roe"),
    ],
)
def test_a_writer_who_took_the_photos_too_is_the_author(credit: str, author: str) -> None:
    # TEXT_AND_PHOTOS_BY; OUTLET_ACRONYM: "Jane Roe, EXN" is a writer and her station, not two people
    assert parse_byline(credit) == author
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize("credit", ["Photos by Jane Roe", "Photo: Jane Roe/EXN", "Jane Roe, EXN and the council"])
def test_a_photographer_or_a_sentence_is_no_author(credit: str) -> None:
    assert parse_byline(credit) is None


def test_a_signature_with_the_writers_paper_names_the_authors_and_the_copys_source() -> None:
    # SIGNATURE_WITH_OUTLET (authors) and SIGNATURE_PAPER (wire): "— Jane Roe and John Doe, The Example Post"
    _, meta = build(HEADLINE, *BODY, "— Jane Roe and John Doe, The Example Post")
    assert (meta.author.value, meta.wire.value) == ("Jane Roe and John Doe", "The Example Post")
    # a dash under a quotation is its speaker's, not a signature
    _, meta = build(
        HEADLINE, BODY[0], "“We will build it,” the mayor said at the meeting on Tuesday.”", "— Jane Roe, The Example Post"
    )
    assert (meta.author.value, meta.wire.value) == (None, None)
    # a dash and words that name no person sign nothing
    _, meta = build(HEADLINE, *BODY, "— More news, The Example Post")
    assert (meta.author.value, meta.wire.value) == (None, None)


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("This article was written by Jane Roe at www.example.com.", "Jane Roe"),
        ("The article was compiled by Example Times reporter Jane Roe based on an interview with a professor.", "Jane Roe"),
        ("This story was reported by Jane Roe and John Doe for Example News.", "Jane Roe and John Doe"),
    ],
)
def test_a_sentence_saying_who_wrote_the_piece_names_the_author(credit: str, author: str) -> None:
    # AUTHOR_CREDIT_SENTENCE
    _, meta = build(HEADLINE, *BODY, credit)
    assert meta.author.value == author


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was prepared by the Harbour Ministry for the council.",
        "This article was written by someone who was at the meeting.",
        "The plan was written by Jane Roe at the harbour office.",
    ],
)
def test_a_sentence_about_a_report_or_a_plan_names_no_author(sentence: str) -> None:
    _, meta = build(HEADLINE, *BODY, sentence)
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("JANE ROE", "Jane Roe"),
        ("MARY O'NEIL-DOE", "Mary O'Neil-Doe"),
        ("JANE ROE AND JOHN DOE", "Jane Roe and John Doe"),
        ("Jane McRoe", "Jane McRoe"),
        ("贺辉", "贺辉"),
    ],
)
def test_a_name_in_capitals_is_kept_in_title_case(printed: str, name: str) -> None:
    # NAME_IN_CAPITALS
    assert name_case(printed) == name


def test_a_byline_in_capitals_gives_the_name_in_title_case_and_the_line_as_printed() -> None:
    _, meta = build(HEADLINE, "February 25, 1999|By JANE ROE", *BODY)
    assert (meta.author.value, meta.author.provenance.evidence) == ("Jane Roe", "February 25, 1999|By JANE ROE")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Welcome to Example Gazette", "Example Gazette"),
        ("Example-News.com would like to send you notifications for breaking news alerts.", "example-news.com"),
        ("Advertise on Example Gazette to reach thousands of our daily readers", "Example Gazette"),
        ("Support Example Pravda on Patreon!", "Example Pravda"),
        ("Save 30% OFF The Example Star Digital Access", "The Example Star"),
    ],
)
def test_the_sites_furniture_naming_itself_names_the_outlet(line: str, outlet: str) -> None:
    # OUTLET_SELF_NAMED
    _, meta = build(line, HEADLINE, *BODY)
    assert (meta.outlet.value, meta.outlet.get("rule")) == (outlet, "outlet-self-named")


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to our website",
        "Advertise with us",
        "Allow notifications?",
        "Welcome to the harbour, said the mayor.",
        "Support us on Patreon",
        "Save 30% off your first order",
    ],
)
def test_furniture_naming_no_site_names_no_outlet(line: str) -> None:
    _, meta = build(line, HEADLINE, *BODY)
    assert meta.outlet.value is None


def test_a_logo_above_the_article_names_the_outlet_when_the_page_prints_its_name_again() -> None:
    # OUTLET_SELF_NAMED, a logo's alternative text: confirmed by another line naming the site
    _, meta = build("Example Gazette Logo", HEADLINE, *BODY, "Subscribe to the Example Gazette newsletter")
    assert (meta.outlet.value, meta.outlet.get("rule")) == ("Example Gazette", "outlet-self-named")
    # a placeholder's alternative text ("Title Logo") names nothing printed elsewhere
    _, meta = build("Title Logo", HEADLINE, *BODY)
    assert meta.outlet.value is None
    # a partner's logo below the article is not the site's
    _, meta = build(HEADLINE, *BODY, "Example Gazette Logo", "Read the Example Gazette")
    assert meta.outlet.value is None


def test_a_bulleted_month_and_day_under_the_byline_dates_the_page_and_a_list_of_them_does_not() -> None:
    # MONTH_DAY_RESCUE
    _, meta = build(HEADLINE, "Writer: Jane Roe", "• Apr 11", "• 4 min read", *BODY)
    assert (meta.date.value, meta.date.get("partial")) == (None, "--04-11")
    _, meta = build(HEADLINE, "Writer: Jane Roe", *BODY, "• Apr 11", "• Mar 30", "• Mar 2")
    assert (meta.date.value, meta.date.get("partial")) == (None, "")


@pytest.mark.parametrize(
    ("opening", "month_day", "wire"),
    [
        ("Москва. 24 мая. — ", "--05-24", None),
        ("МОСКВА, 24 мая. /ТАСС/. ", "--05-24", "ТАСС"),
    ],
)
def test_a_russian_dateline_without_its_agency_gives_its_month_and_day(opening: str, month_day: str, wire: str | None) -> None:
    # RUSSIAN_LEAD_NO_AGENCY
    lead = parse_lead(opening + "Премьер встретился с коллегой в Кремле.")
    assert lead is not None and (lead.month_day, lead.wire) == (month_day, wire)


def test_a_sentence_opening_with_a_city_and_a_day_is_no_russian_dateline() -> None:
    assert parse_lead("Москва, 24 мая — день рождения города, сказал мэр.") is None


def test_a_dispatch_from_two_cities_is_read_whole() -> None:
    # TWO_PLACES
    _, meta = build(HEADLINE, "HARBOUR/RIVERTON, May 16 (Example Wire) – " + BODY[0], BODY[1])
    assert (meta.date.get("partial"), meta.wire.value) == ("--05-16", "Example Wire")


SPANISH = (
    "Detenida una persona en la calle del puerto por un conflicto vecinal",
    "03/04/2013",
    "La policía detuvo ayer a una persona en la calle del puerto después de una discusión con sus vecinos de la casa.",
    "Los agentes llegaron al lugar a las ocho de la tarde y hablaron con los vecinos, que habían llamado por el ruido.",
)


def test_the_pages_language_gives_the_order_of_a_numeric_date_when_it_puts_the_day_first() -> None:
    # LANGUAGE_DATE_ORDER
    _, meta = build(*SPANISH)
    assert (meta.date.value, meta.date.get("precision")) == ("2013-04-03", "day")
    # an English page may write the month first or the day first: unknown
    _, meta = build(HEADLINE, "03/04/2013", *BODY)
    assert meta.date.value is None
    # the page's own unambiguous dates win over its language ("12/25/2012" puts the month first)
    _, meta = build(*SPANISH, "Publicado originalmente el 12/25/2012 en la edición impresa del diario de la ciudad.")
    assert meta.date.value == "2013-03-04"


LONG_PARAGRAPH = " ".join(
    [
        "The harbour club's final will be on the radio at nine with the coaches' show, as the coach comes in for a recap.",
        "The pre-game show starts at noon, with the game itself at one, and the players will speak after the final whistle.",
        "We will also have a complete recap of the final in our weekly review, after the game and through the weekend.",
        "The club thanks every parent, volunteer and supporter who came to the rink this season to cheer the team on.",
        "Tickets for the final are sold out, and the club asks fans without a ticket to listen to the game on the radio.",
    ]
)


@pytest.mark.parametrize("credit", ["Photo Courtesy of Jane Roe.", "| Photo: Jane Roe/Example Agency"])
def test_a_photo_credit_run_onto_a_long_paragraph_leaves_the_paragraph(credit: str) -> None:
    # CREDIT_ENDS_A_PARAGRAPH
    paragraph = LONG_PARAGRAPH + " " + credit
    cleaned, _ = build(HEADLINE, paragraph, BODY[1])
    assert paragraph in [line.text for line in cleaned.lines]
    # a caption of a sentence with the same credit goes
    caption = "The coach and his players at the rink on Saturday. " + credit
    cleaned, _ = build(HEADLINE, BODY[0], caption, BODY[1])
    assert [d.rule for d in cleaned.dropped] == ["caption"]


EXCERPT_END = "That is about to change. A new survey of the harbour will start in April and is designed to...Continue reading"


def test_a_feeds_excerpt_ending_under_its_paragraph_is_the_articles_last_paragraph() -> None:
    # EXCERPT_END
    cleaned, _ = build(HEADLINE, *BODY, EXCERPT_END, "Source: Example feed")
    assert EXCERPT_END in [line.text for line in cleaned.lines]
    # under another story's headline, or in a run of teasers, it is a teaser
    cleaned, _ = build(HEADLINE, *BODY, "Other news from the harbour", EXCERPT_END)
    assert EXCERPT_END not in [line.text for line in cleaned.lines]
    second = "A second story about the rail plan starts here and is cut short like the first one...Continue reading"
    cleaned, _ = build(HEADLINE, *BODY, EXCERPT_END, second)
    assert {EXCERPT_END, second} & {line.text for line in cleaned.lines} == set()


@pytest.mark.parametrize(
    ("source", "wire"),
    [
        ("Source: Example News Service, September 27, 2010", "Example News Service"),
        ("Source: Science and harbours https://example.link/2vAor0f", "Science and harbours"),
        ("Source: Example News Service", "Example News Service"),
        ("Source: Smith, Jones and Partners", "Smith, Jones and Partners"),
    ],
)
def test_a_source_lines_name_is_read_without_its_date_or_address(source: str, wire: str) -> None:
    # SOURCE_NAME_ONLY: a date after a comma, or an address, is no part of the name
    _, meta = build(HEADLINE, *BODY, source)
    assert meta.wire.value == wire


def test_a_place_alone_ending_with_a_dash_is_a_dateline_never_the_headline() -> None:
    # SPLIT_DATELINE (never the headline)
    cleaned, meta = build("Harbour City, Example —", *BODY)
    assert meta.title.value is None
    assert [(line.number, line.role) for line in cleaned.lines][0] == (1, "dateline")
    # a headline without the dash is one
    _, meta = build("Harbour City council approves the budget", *BODY)
    assert meta.title.value == "Harbour City council approves the budget"


@pytest.mark.parametrize(
    "junk",
    [
        "Generic selectors",
        "Exact matches only",
        "Search in title",
        "Post Type Selectors",
        '"*" indicates required fields',
        "This field is for validation purposes and should be left unchanged.",
    ],
)
def test_a_search_forms_options_and_a_forms_notices_go(junk: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], junk, BODY[1])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(3, "nav-label")]


def test_a_sentence_about_searching_the_title_stays() -> None:
    sentence = "Search in title deeds showed that the harbour land was sold twice in the last century."
    cleaned, _ = build(HEADLINE, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


def test_the_papers_named_e_edition_goes_and_names_the_outlet() -> None:
    # NAMED_EPAPER (archive.rules), OUTLET_SELF_NAMED's e-paper
    cleaned, meta = build("Example News E-Edition April 18 2024 – View Online", HEADLINE, *BODY)
    assert [d.rule for d in cleaned.dropped] == ["epaper-link"]
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, "Example News")
    # a sentence naming an e-edition is the article's
    sentence = "Example News E-Edition readers can now see every page of the paper online, the editor said on Monday."
    cleaned, meta = build(HEADLINE, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


def test_a_headline_ending_for_my_something_is_no_credit() -> None:
    # NO_POSSESSIVE_OUTLET: "Jane Roe for Example Times" credits a writer and her paper; "... for My ..." is a headline
    cleaned, meta = build("Monday, November 27, 2017", "Feeling Thankful for My Harbour Exhibit", *BODY)
    assert (meta.title.value, meta.author.value) == ("Feeling Thankful for My Harbour Exhibit", None)
    _, meta = build(HEADLINE, "Jane Roe for Example Times", *BODY)
    assert meta.author.value == "Jane Roe"


@pytest.mark.parametrize("verb", ["reviews a guard of honour with", "speaks with", "greets"])
def test_a_caption_in_ap_style_with_any_caption_verb_goes(verb: str) -> None:
    # POSITION_NAMED (AP's style) with CAPTION_VERBS
    caption = f"Harbour President Jane Roe, right, {verb} Example Premier John Doe in Harbour City on Friday."
    cleaned, _ = build(HEADLINE, BODY[0], caption, BODY[1])
    assert [d.rule for d in cleaned.dropped] == ["caption"]
    # a report in the past tense with an apposition is the article's
    sentence = "Harbour President Jane Roe, right, said she would meet Example Premier John Doe in Harbour City on Friday."
    cleaned, _ = build(HEADLINE, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


def test_an_agencys_reprint_notice_under_the_text_names_no_outlet() -> None:
    # REPRINT_NOTICE: the agency owns the copy, not the page that reprints it
    notice = "Copyright 2018 Harbour Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
    registry = registry_with_agency()
    _, meta = build(HEADLINE, *BODY, notice, registry=registry)
    assert meta.outlet.value is None
    # the agency's own footer names it
    _, meta = build(HEADLINE, *BODY, "© 2018 Harbour Agency. All rights reserved.", registry=registry)
    assert meta.outlet.value == "Harbour Agency"


KOREAN_JAPANESE_TURKISH = parse_registry(
    "r.yml",
    "leaders:\n  - name: Wang Ming\n    role: Mayor of Harbour City\n"
    "    names:\n"
    "      ko: {value: 왕밍, basis: the mayor's name in Korean}\n"
    "      ja: {value: ワンミン, basis: the mayor's name in Japanese}\n"
    "      tr: {value: Vang Ming, basis: the mayor's name in Turkish}\n"
    "  - name: Li Gang\n    role: Mayor of River Town\n"
    "    names:\n      ko: {value: 리강, basis: the mayor's name in Korean}\n",
    Problems(),
)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("왕밍 시장이 항구 대표단을 만났다.", ["Wang Ming"]),  # HANGUL_AFTER_ONLY: a particle glued on after the name
        ("어제 왕밍과 리강이 만났다.", ["Wang Ming", "Li Gang"]),
        ("유리강 다리가 열렸다.", []),  # the same syllables inside a word name no one
        ("ワンミン市長は港の代表団と会談した。", ["Wang Ming"]),  # KANA_NO_BOUNDARY
        ("Liman Başkanı Vang Ming'in heyeti karşıladı.", ["Wang Ming"]),
        ("Vang Mingler ailesi limanda.", []),  # a Latin-script form keeps its word boundary
    ],
)
def test_names_in_korean_japanese_and_turkish_are_found_as_those_languages_write_words(line: str, found: list[str]) -> None:
    assert [m.name for m in KOREAN_JAPANESE_TURKISH.matcher("leaders").find(line)] == found


@pytest.mark.parametrize(
    ("opening", "wire"),
    [
        ("据港口社电 ", "港口社"),
        ("據(jù)港口社電 ", "港口社"),  # traditional characters with a converter's glosses: the name as printed
        ("（据海港网消息）", "海港网"),
        ("据当地电视台报道，", None),  # a kind of source names no one
        ("据报道，", None),
    ],
)
def test_a_chinese_paragraph_opening_with_its_source_names_the_wire(opening: str, wire: str | None) -> None:
    # CJK_ACCORDING_TO
    _, meta = build(CJK_HEADLINE, opening + CJK_BODY[0], CJK_BODY[1])
    assert meta.wire.value == wire


@pytest.mark.parametrize(
    "line",
    [
        "Publicado em 4 de julho de 2017 às 11h44.",
        "Publicado el 4 de julio de 2017 a las 10:30",
        "Pubblicato il 4 luglio 2017 alle 10:30",
    ],
)
def test_a_date_line_with_its_time_after_a_word_for_at_dates_the_page(line: str) -> None:
    # FOREIGN_FILLERS: "às", "a las", "alle"
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == "2017-07-04"


def test_an_avatars_letter_above_the_credit_goes_and_a_drop_cap_stays() -> None:
    # AVATAR_LETTER
    cleaned, meta = build(HEADLINE, "E", "EFE", *BODY)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(2, "icon-text")]
    cleaned, _ = build(HEADLINE, "T", "he harbour council approved the new budget for the district on Tuesday.", BODY[1])
    assert "T" in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    ("credit", "author"),
    [("By JANE ROE jroe@example-news.com", "Jane Roe"), ("By Jane Roe jroe@example.com", "Jane Roe")],
)
def test_a_byline_with_the_writers_address_names_the_writer(credit: str, author: str) -> None:
    # EMAIL_IN_CREDIT
    cleaned, meta = build(HEADLINE, credit, *BODY)
    assert meta.author.value == author
    assert [(line.number, line.role) for line in cleaned.lines][1] == (2, "byline")


def test_an_address_alone_names_no_one() -> None:
    assert parse_byline("Contact: jroe@example.com") is None


@pytest.mark.parametrize("tag", ["PHOENIX, AZ", "SAINT JOSEPH, MO"])
def test_a_story_cards_place_tag_goes_and_a_dateline_with_its_text_stays(tag: str) -> None:
    # PLACE_TAG
    cleaned, _ = build(HEADLINE, *BODY, "Other news headline for the card", tag)
    assert (5, "section-label") in [(d.number, d.rule) for d in cleaned.dropped]
    line = f"{tag} — The harbour council approved the new budget for the district on Tuesday."
    cleaned, _ = build(HEADLINE, line, BODY[1])
    assert line in [line.text for line in cleaned.lines]


def test_a_byline_run_into_the_first_paragraph_after_a_bar_names_the_writer() -> None:
    # AUTHOR_BYLINE_HEAD
    _, meta = build(HEADLINE, "By Jane Roe, Example Times staff writer | In a city " + BODY[0][4:], BODY[1])
    assert meta.author.value == "Jane Roe"
    # a sentence opening with "By" and a bar names no one
    _, meta = build(HEADLINE, "By the end of the year | the council said " + BODY[0][4:], BODY[1])
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("credit", "authors"),
    [("記者丨王明遠 李華", "王明遠 and 李華"), ("记者丨王明远 李华", "王明远 and 李华"), ("（記者 王明遠）", "王明遠")],
)
def test_a_chinese_reporters_credit_in_traditional_characters_names_them_as_printed(credit: str, authors: str) -> None:
    # CJK_TRADITIONAL_CREDIT
    cleaned, meta = build(CJK_HEADLINE, credit, *CJK_BODY)
    assert meta.author.value == authors
    assert cleaned.lines[1].role == "byline"


@pytest.mark.parametrize("junk", ["Full Article", "In partnership with", "EmoticonEmoticon"])
def test_a_link_a_sponsor_label_or_a_blog_templates_widget_alone_goes(junk: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], junk, BODY[1])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(3, "nav-label")]
    sentence = f"{junk} details were given to the council on Tuesday, the mayor said."
    cleaned, _ = build(HEADLINE, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    "offer",
    [
        "Web & Mobil Abo (0,99 € im ersten Monat, danach 6,99 € pro Monat)",
        "30 Tage für 0,99 € danach 6,99 € mtl.",
        "$1 for the first month, then $9.99/month",
        "Cancel anytime. Ad-free. Unlimited access with perks.",
    ],
)
def test_a_subscription_offer_goes(offer: str) -> None:
    # SUBSCRIPTION_OFFER, "Cancel anytime" (PAYWALL_LINE)
    cleaned, _ = build(HEADLINE, *BODY, offer)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(4, "paywall")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The subscription will cost $9.99 a month from March, the company said on Monday.",
        "The new subscription costs $9.99 a month and can be cancelled at the harbour office.",
        "Tickets cost €5 a month, the club said.",
    ],
)
def test_a_report_of_a_price_stays(sentence: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


def test_a_name_under_the_headline_above_a_caption_is_the_author() -> None:
    # NAME_ABOVE_A_CAPTION (NAME_UNDER_HEADLINE): a caption between the name and the first paragraph
    caption = "IN SESSION. Councillors hold a session on May 23."
    _, meta = build(HEADLINE, "Jane Roe", caption, *BODY)
    assert meta.author.value == "Jane Roe"
    # a caption naming the same person: the name is the picture's subject, not the author
    _, meta = build(HEADLINE, "Jane Roe", "Mayor Jane Roe at the council session on May 23.", *BODY)
    assert meta.author.value is None


def test_a_photo_credit_naming_a_site_the_page_names_again_names_the_outlet() -> None:
    # OUTLET_STAFF_PHOTO_NAMED_AGAIN
    _, meta = build(HEADLINE, "Angie de Roe/Harbourler", BODY[0], "Harbourler studied the bills filed by each councillor.")
    assert (meta.outlet.value, meta.outlet.get("rule")) == ("Harbourler", "outlet-staff-photo")
    # named once only, it may be another site's photographer: unknown
    _, meta = build(HEADLINE, "Angie de Roe/Harbourler", *BODY)
    assert meta.outlet.value is None
    # a platform is never the site, however often the page names it
    _, meta = build(HEADLINE, "Angie de Roe/Facebook", BODY[0], "Share on Facebook", BODY[1])
    assert meta.outlet.value is None


def test_a_press_release_dateline_with_its_place_on_a_line_of_its_own_is_read_whole() -> None:
    # SPLIT_PLACE_DATELINE
    _, meta = build(HEADLINE, "HARBOUR CITY", ", Nov. 21, 2025 /Example Newswire/ — " + BODY[0], BODY[1])
    assert (meta.date.value, meta.wire.value) == ("2025-11-21", "Example Newswire")
    assert parse_lead(", Nov. 21, 2025 /Example Newswire/ — The council met.") is None
    # a line above in lower case or in title case is no place: the comma opens nothing
    _, meta = build(HEADLINE, "the harbour city", ", Nov. 21, 2025 /Example Newswire/ — " + BODY[0], BODY[1])
    assert meta.date.value is None


@pytest.mark.parametrize(
    ("line", "outlet"), [("The Example Herald Articles", "The Example Herald"), ("Related Articles", None), ("Top Stories", None)]
)
def test_the_heading_of_a_papers_archive_names_the_outlet(line: str, outlet: str | None) -> None:
    # OUTLET_SELF_NAMED, ARCHIVE_HEADING (a newspaper's name only)
    _, meta = build(HEADLINE, *BODY, line, "Other story of the week")
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Example Times provides news and information from the harbour and around the world.",
        "ExampleGeek is dedicated to creating trustworthy, high-quality content for every reader.",
    ],
)
def test_the_sites_description_of_itself_at_the_pages_end_names_the_outlet(line: str) -> None:
    # OUTLET_SELF_DESCRIBED
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == line.split(" provides")[0].split(" is dedicated")[0]


def test_a_sentence_about_what_someone_provides_in_the_text_names_no_outlet() -> None:
    sentence = "The Harbour Trust provides information to residents about the works, the mayor said."
    _, meta = build(HEADLINE, sentence, *BODY, "Harbour council will meet again next month to vote on the plan.")
    assert meta.outlet.value is None


def test_the_searches_for_a_name_printed_again_are_bounded_on_a_page_of_credits_or_logos() -> None:
    # MAX_CREDITS_SEARCHED: only the first few credits send the page to be searched again (a hostile page of thousands
    # of credits stays linear: 5,000 of them took 29 s before the bound); MASTHEAD_LINES for logos
    credits = [f"Jane Roe/Site{i}q" for i in range(3)]
    named = "Angie de Roe/Harbourler"
    _, meta = build(HEADLINE, *credits, named, BODY[0], "Harbourler studied the bills filed by each councillor.")
    assert meta.outlet.value is None
    _, meta = build(HEADLINE, named, *credits, BODY[0], "Harbourler studied the bills filed by each councillor.")
    assert meta.outlet.value == "Harbourler"
    logos = [f"Site{i}q Logo" for i in range(6)]
    _, meta = build(*logos, "Example Gazette Logo", HEADLINE, *BODY, "Subscribe to the Example Gazette newsletter")
    assert meta.outlet.value is None
