"""Issue 17, forty-second round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from support import ROOT
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen32 import _published

from archive.problems import Problems
from archive.registry import parse_registry

REGISTRY = parse_registry("registry.yml", (ROOT / "registry.yml").read_text(encoding="utf-8"), Problems())


def _spaced(*lines: str) -> list[str]:
    """The lines as a page sets its paragraphs apart: a blank line after each (a line ending in "\\n" is followed by the
    next at once)."""
    page: list[str] = []
    for line in lines:
        page.extend(line.split("\n") + [""])
    return page


def _kept(cleaned) -> list[str]:
    return [line.text for line in cleaned.lines]


CAPTION = "Support needed: the council is calling for more help for the farmers in the district."


# TWIN_LINES: a line printed again on the very next line is a picture's text and its caption: both go.
def test_a_line_printed_twice_in_a_row_is_a_caption() -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], f"{CAPTION}\n{CAPTION}", BODY[1], BODY[2]))
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(5, "caption"), (6, "caption")]
    assert _kept(cleaned) == [HEADLINE, *BODY]


def test_a_line_printed_twice_apart_keeps_one_copy() -> None:
    # with a blank line between, the second may be the lead under its teaser, or a fact box's line repeated
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], CAPTION, CAPTION, BODY[1], BODY[2]))
    assert CAPTION in _kept(cleaned) and "caption" not in {d.rule for d in cleaned.dropped}


def test_next_lines_tell_nothing_on_a_page_without_blank_lines() -> None:
    cleaned, _ = build(HEADLINE, BODY[0], CAPTION, CAPTION, BODY[1], BODY[2])
    assert CAPTION in _kept(cleaned)


# SECTION_AFTER_TIME: a card's stamp, its relative time and its section, goes as a time; a sentence holding the same
# words stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("12 hours ago in Viral Videos", "timestamp"),
        ("53 mins ago in Entertainment", "timestamp"),
        ("2 days ago in Local News", "timestamp"),
        ("Two days ago in Harbour the council met to approve the budget", None),
        ("12 hours ago in the harbour", None),
    ],
)
def test_a_cards_time_and_section(line: str, dropped: str | None) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], line, BODY[1], BODY[2]))
    assert {d.text: d.rule for d in cleaned.dropped}.get(line) == dropped
    assert (line in _kept(cleaned)) == (dropped is None)


# HEADLINE_OVER_THE_LEAD: a first line that shares almost no word with the article gives way to the credible headline
# right above the first paragraph, furniture between the two or none (MASTHEAD_RIGHT_OVER_THE_HEADLINE); a deck stands
# over the byline (tests/test_unseen33.py).
MENU_LINE = "Skip to content Example Company Jobs Autos Homes Rentals Classifieds Weather"
UNDER_HEADLINE = "Harbour council approves new district budget after debate"


@pytest.mark.parametrize("between", ["Traffic | Weather | Your account", "All Previous Archived Issues", None])
def test_the_headline_over_the_lead_beats_a_menu_line_on_top(between: str | None) -> None:
    # (the page's stop words, "all", are no words of the article's)
    permits = "All the permits were issued on Monday, the council said in a statement to the residents."
    furniture = [between] if between else []
    _, meta = build(*_spaced(MENU_LINE, *furniture, UNDER_HEADLINE, *BODY, permits))
    assert meta.title.value == UNDER_HEADLINE


@pytest.mark.parametrize(
    "lines",
    [
        # a first line about the article
        ("Council budget vote: the district plan", "Traffic | Weather | Your account", UNDER_HEADLINE, *BODY),
        # ARTICLE_BETWEEN: a line of the article's words between the two ("Harbour council 227/8 (50 ov)")
        (MENU_LINE, "Harbour council budget 227/8 (50 ov)", UNDER_HEADLINE, *BODY),
    ],
)
def test_a_first_line_stays_the_title(lines: tuple[str, ...]) -> None:
    _, meta = build(*_spaced(*lines))
    assert meta.title.value == lines[0]


# AMPERSAND_IN_NAME: a name printed again above the headline may hold "&"; a reader's name printed twice below it
# (an avatar's text and the name) names no site.
def test_a_masthead_printed_again_with_an_ampersand() -> None:
    masthead = "The Scarlet & Bugle"
    lines = (masthead, "The Independent News Site of Example College", masthead, masthead, "Jane Roe\nJane Roe\nMay 6, 2024")
    lines += (HEADLINE, "By Ann Example", *BODY)
    _, meta = build(*_spaced(*lines))
    assert meta.outlet.value == masthead
    _, meta = build(*_spaced(*lines[4:]))
    assert meta.outlet.value is None


# SITE_UNDER_ITS_LABEL: "Published by:" and a site's address on the next line credit the site; DESK_WORD_ALONE: the
# newsroom's word alone and the name on the next line are one credit. A sentence on the next line is no name.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Publicado por:\nExample30.com", "example30.com"),
        ("Published by:\nExample30.com", "example30.com"),
        ("Publicado por:\nLa ciudad aprobó el presupuesto el lunes.", None),
        ("Redaktion\nZüriexample", "Züriexample"),
        ("Redaktion\nDie Stadt hat am Montag den neuen Haushalt beschlossen.", None),
    ],
)
def test_a_credits_label_over_its_value(credit: str, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, BODY[0], credit, BODY[1], BODY[2]))
    assert meta.outlet.value == outlet


# PUNCTUATED_ABOVE: under an article whose paragraphs end their sentences, other stories' cards (a headline, its
# excerpt cut with an ellipsis or silently, mid-phrase) go, however many of them there are; under paragraphs printed
# without full stops, an excerpt ending without one may be the article's own paragraph, and stays.
CARDS = (
    "Ferry service returns to the harbour after the storm",
    "The harbour ferry returned to service on Monday after the storm damaged its landing stage and the crews…",
    "Port authority names a new harbour master for the district",
    "The port authority named a new harbour master for the district on Friday after a search that lasted",
    "School district opens its new library on the harbour front",
    "The school district opened its new library on the harbour front with a reading by local children and…",
    "Fishermen protest the new quotas in front of the town hall",
    "Dozens of fishermen gathered in front of the town hall on Thursday to protest against the new quotas",
)


def test_silently_cut_lines_under_unpunctuated_paragraphs_stay() -> None:
    body = [line.rstrip(".") for line in BODY]
    cleaned, _ = build(*_spaced(HEADLINE, *body, *CARDS))
    assert CARDS[3] in _kept(cleaned) and CARDS[7] in _kept(cleaned)


# DATED_CARDS_TO_THE_END: other stories' cards, each its headline-shaped lines over its date and maybe a teaser, end
# the page and go; an article's timeline (dates over paragraphs, no headline above them) stays.
DATED_CARDS = (
    "Example Corporation\nPlant Operations\nExample expands its harbour plant",
    "March 7, 2022",
    "Learn about the latest expansions in the industry including three new plants.",
    "Sample Works\nIndustry Trends\nSample opens a second factory in the north",
    "Aug. 9, 2019",
    "Information taken from a discussion with the founder of Sample Works.",
    "Harbour Logistics\nPlant Operations\nHarbour Logistics wins a new contract",
    "June 15, 2018",
)


@pytest.mark.parametrize(("cards", "rule"), [(CARDS, "teaser"), (DATED_CARDS, "promo-block")])
def test_cards_under_the_article_go(cards: tuple[str, ...], rule: str) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, *BODY, *cards))
    assert _kept(cleaned) == [HEADLINE, *BODY]
    assert {d.rule for d in cleaned.dropped} == {rule}


TIMELINE = (
    "March 7, 2022",
    "The council first proposed the new budget and asked the districts for their plans.",
    "Aug. 9, 2019",
    "The districts sent their plans, and the council's committee began to study them.",
    "June 15, 2018",
    "The committee approved most of the plans and sent them back to the council for a vote.",
)
# RESULTS_END_THE_ARTICLE: a scoreboard ending the article is its results, not other stories' headlines.
SCOREBOARD = (
    "Scoreboard",
    "Harbour 26, Sample Central 28",
    "Example Academy 10, Northside 0",
    "East 0, Arlington 24",
    "Melrose 50, St. George's 14",
)
RESULTS_LEAD_IN = "Here are the results from across the area and a scoreboard of the games to boot."


@pytest.mark.parametrize(("body", "ending"), [(BODY, TIMELINE), ((*BODY, RESULTS_LEAD_IN), SCOREBOARD)])
def test_the_articles_own_ending_stays(body: tuple[str, ...], ending: tuple[str, ...]) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, *body, *ending))
    assert _kept(cleaned) == [HEADLINE, *body, *ending]


# HANDLE_HOLDER: a © line naming a user name, no year, no notice, credits a stock photograph, not the site.
@pytest.mark.parametrize(("line", "outlet"), [("© Example10 |", None), ("© 2022 Example10. All rights reserved.", "Example10")])
def test_a_copyright_handle(line: str, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, *BODY, line))
    assert meta.outlet.value == outlet


def test_a_sentence_printed_twice_under_the_headline_keeps_its_deck() -> None:
    # DECK_TWICE: right under the headline, the first copy of a sentence may be the deck; the picture's copy goes
    cleaned, _ = build(*_spaced(HEADLINE, f"{CAPTION}\n{CAPTION}", *BODY))
    assert _kept(cleaned) == [HEADLINE, CAPTION, *BODY]
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(4, "caption")]


# WEEKDAY_BEFORE_DATE: a site's name, its weekday and its full date make a credit line; a sentence before them does not.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Example Online , Wednesday 17 Oct 2018", "2018-10-17"),
        ("Example News, Wednesday 17 Oct 2018", "2018-10-17"),
        ("Council meets, Wednesday 17 Oct 2018", None),
        # READ_TIMES: a date line may end with the post's count of readers or the font-size widget's label
        ("Posted on 01 Aug 2019 and read 3070 times", "2019-08-01"),
        ("Xinhua, January 24, 2017 Adjust font size:", "2017-01-24"),
        ("The mayor read 30 times from the report on 01 Aug 2019", None),
        # BRACKETED_NAME_AFTER_DATE: the site's or section's name in brackets after the date and time
        ("24 мая 2023, 08:01 [ «Пример Недели» ]", "2023-05-24"),
        ("24 May 2023 [ the council met ] and more words here", None),
    ],
)
def test_date_lines_with_more_around_the_date(line: str, date: str | None) -> None:
    assert _published(line) == date


def test_the_credits_date_under_the_deck_beats_the_header_clock() -> None:
    deck = "An aide said a range of new measures would be offered to the districts during the talks."
    lines = ("Wednesday, 13 November 2019", HEADLINE, deck, "Example Online , Wednesday 17 Oct 2018", *BODY)
    _, meta = build(*_spaced(*lines))
    assert meta.date.value == "2018-10-17"


# IN_THE_HEAD: the date of another story's card under the text does not outvote the article's date line over the
# headline; a date line under the headline does.
@pytest.mark.parametrize(("under_the_headline", "date"), [(None, "2023-11-29"), ("NEWS 2023-12-01 KL. 07:24", "2023-12-01")])
def test_a_cards_date_under_the_text_is_not_the_articles(under_the_headline: str | None, date: str) -> None:
    head = (HEADLINE, under_the_headline) if under_the_headline else (HEADLINE,)
    cards = ("Long wait for the dream house ends", "SPORT 2026-01-29 KL. 09:56", "The biggest loss in a year")
    lines = ("NEWS 2023-11-29 KL. 07:24", *head, *BODY, *cards, "Do you have an old suit of armour in your wardrobe? Then come.")
    _, meta = build(*_spaced(*lines))
    assert meta.date.value == date


# TWIN_LINES in the head: a line printed twice in a row under the headline is a picture's text and caption, not the
# headline printed twice (which the page's title and its headline are, apart).
def test_a_caption_printed_twice_under_the_headline_is_no_title() -> None:
    caption = "Works worth 20 million will be paid for. (Example21)"
    lines = ("05.MAY Domingo, 2024", "Lima", "Clasificados", UNDER_HEADLINE, f"{caption}\n{caption}", *BODY)
    _, meta = build(*_spaced(*lines))
    assert meta.title.value == UNDER_HEADLINE
    # (apart, the line printed twice is the headline; without the stop and the credit, which only a caption ends with:
    # archive.clean's STOP_THEN_SOURCE_IN_BRACKETS)
    headline = "Works worth 20 million will be paid for"
    _, meta = build(*_spaced(UNDER_HEADLINE, "Clasificados", headline, headline, *BODY))
    assert meta.title.value == headline


# CREDIT_AFTER_PHOTO_CREDIT: an agency's photo credit in brackets, then a station's or reporter's credit in brackets,
# ends a caption; the reporter's credit alone after a sentence does not make one.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("The president arrives at the airport, Thursday, Jan. 20, 2011 in Harbour. (AP Photo/Jane Roe) (EX7's John Doe)", True),
        ("The president arrived at the airport on Thursday for a two-day visit to the harbour. (EX7's John Doe)", False),
    ],
)
def test_a_credit_after_a_photo_credit(line: str, dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], line, BODY[1], BODY[2]))
    assert (line not in _kept(cleaned)) == dropped


# TRADEMARK_SIGN and UNAUTHORIZED_NOTICE: a © line's holder is its name, without the sign and the notice after it.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© Example Estate® — All Rights Reserved.", "Example Estate"),
        ("Copyright © EXR Unauthorized reproduction, redistribution prohibited", "EXR"),
        ("Copyright © Example Review", "Example Review"),
    ],
)
def test_a_copyright_holders_name(line: str, outlet: str) -> None:
    _, meta = build(*_spaced(HEADLINE, *BODY, line))
    assert meta.outlet.value == outlet


# PUBLISHED_BY_THE_PAPER: "Publicado por" and a paper's name credit the paper; a person's name there is no outlet.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Publicado por Jornal Folha do Exemplo", "Jornal Folha do Exemplo"),
        ("Published by The Example Times", "The Example Times"),
        ("Publicado por Jane Roe", None),
    ],
)
def test_published_by_a_paper(line: str, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, *BODY, line))
    assert meta.outlet.value == outlet


# LEAD_SITE_AND_WIRE: "Example 24 – dpa: ..." opens the lead with the site's name and the agency it draws on; a
# place before the dash is the dateline's, and a word that names no agency after it is no wire.
LEAD_TEXT = "Russian President Vladimir Putin hosted his Egyptian counterpart in Sochi on Wednesday for talks on trade."


@pytest.mark.parametrize(
    ("opening", "outlet", "wire"),
    [
        ("Example 24 – dpa: ", "Example 24", "Deutsche Presse-Agentur"),
        ("MOSCOW – dpa: ", None, "Deutsche Presse-Agentur"),
        ("Example 24 – Update: ", None, None),
    ],
)
def test_the_site_and_its_agency_opening_the_lead(opening: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, opening + LEAD_TEXT, *BODY), registry=REGISTRY)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# CHOSEN_FOR_YOU and FOLLOWING_STORIES: a list offered to the reader goes with its label; a headline about "you" or a
# sentence about the following reports stays. ARABIC_HAMZA_ALEFS:
# "read also" without its hamza is the same label.
@pytest.mark.parametrize(
    ("label", "promo"),
    [
        ("Products You May Like", True),
        ("More For You", True),
        ("Stories you might also enjoy", True),
        ("You may be interested", True),
        ("You might be interested in", True),
        ("We also published the following articles recently", True),
        ("The council discussed the following reports on Tuesday evening at the town hall", False),
        ("اقرأ ايضاً", True),
        ("Why the budget is good for you", False),
        ("What you may like about the new budget plan", False),
        ("Why you may be interested in the new budget plan", False),
    ],
)
def test_a_list_offered_to_the_reader(label: str, promo: bool) -> None:
    from archive.rules import is_promo_label, key_of

    assert is_promo_label(key_of(label)) == promo


# KEYWORD_LIST: tags of up to three words each are no headline.
def test_tags_of_three_words_are_no_title() -> None:
    tags = "Avatar, barbarian, BoxOffice, Breaking News, Don't Worry Darling, Exhibition, Smile, The Woman King"
    _, meta = build(*_spaced(tags, *BODY))
    assert meta.title.value is None
    headline = "Harbour, council, mayor, schools, districts: the new budget approved after a long debate"
    _, meta = build(*_spaced(headline, *BODY))
    assert meta.title.value == headline


# FOREIGN_PAIR: two names of two words or more joined by a foreign "and" are two writers; a compound surname is one.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Por Antonia Exemplo e Gerineudo Amostra", "Antonia Exemplo and Gerineudo Amostra"),
        ("Jane Roe y John Doe", "Jane Roe and John Doe"),
        ("Por José Ortega y Gasset", "José Ortega y Gasset"),
    ],
)
def test_two_writers_joined_by_a_foreign_and(credit: str, author: str) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, *BODY))
    assert meta.author.value == author


# SOCIAL_ACCOUNT and OUTLET_SOCIAL_ACCOUNTS: the site's accounts listed by platform go, and the account named on three
# of them names the site; accounts of several names name none.
@pytest.mark.parametrize(
    ("accounts", "outlet"),
    [
        (("Facebook : Example Gazette", "TikTok : Example Gazette", "Telegram : ExampleGazette"), "Example Gazette"),
        (("Facebook : Example Gazette", "TikTok : Example TV", "Telegram : Example Radio"), None),
    ],
)
def test_the_sites_accounts(accounts: tuple[str, ...], outlet: str | None) -> None:
    cleaned, meta = build(*_spaced(HEADLINE, *BODY, "\n".join(accounts)))
    assert _kept(cleaned) == [HEADLINE, *BODY]
    assert meta.outlet.value == outlet


# WRAPPED_AT_ONE_WIDTH: a hard-wrapped paragraph's lines of one length, going on in lower case from each other, are the
# article's; other stories' teasers cut at one length open with capitals, and go.
def test_lines_wrapped_at_one_width_stay() -> None:
    wrapped = (
        "Officials said the new harbour ferry would carry about two thousand people a",
        "day once the landing stage is repaired and the crews have finished training,",
        "and that the fares would stay at the level that the council agreed last year",
        "while the district pays for the repairs out of its reserves this spring, too",
    )
    assert len({len(line) for line in wrapped}) == 1
    cleaned, _ = build(HEADLINE, *BODY, *wrapped, "The work is expected to be finished by June.")
    assert _kept(cleaned)[4:8] == list(wrapped)
    cut = tuple(line[0].upper() + line[1:] for line in wrapped)
    cleaned, _ = build(HEADLINE, *BODY, *cut)
    assert not set(cut) & set(_kept(cleaned))


# NUMBERED_ITEMS: a list's numbered items (a tour's dates) under the article are its own, not cards of a headline and
# its cut excerpt.
def test_numbered_items_are_no_cards() -> None:
    dates = (
        "Dates:",
        "8 - Harbour City, KY - Example Center",
        "10 - Sample Town, VA - Sample Coliseum",
        "13 - St. Example, MO - Example Arena Center",
        "14 - Kansas Example, MO - Sample Bank Center",
        "16 - Lincoln Example, NE - Pinnacle Example Arena",
        "17 - Des Example, IA - Wells Example Arena",
    )
    cleaned, _ = build(*_spaced(HEADLINE, *BODY, *dates))
    assert _kept(cleaned) == [HEADLINE, *BODY, *dates]


# BRACKETED_LINE and HOME_CRUMB_RUN: a line wholly in square brackets, or the home page's word in another language and
# sections after it, is no headline; English "Home" opens headlines.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("[ Back to the harbour council news ]", UNDER_HEADLINE),
        ("Accueil Actu Harbour Council", UNDER_HEADLINE),
        ("Startseite Politik Harbour", UNDER_HEADLINE),
        (
            "Home sales rise as the harbour district approves its budget",
            "Home sales rise as the harbour district approves its budget",
        ),
    ],
)
def test_a_link_or_a_trail_above_the_headline(first: str, title: str) -> None:
    _, meta = build(*_spaced(first, UNDER_HEADLINE, *BODY))
    assert meta.title.value == title


# SITE_TEAM: "By <name> Team" credits the site's team, its date maybe after; a generic team names no site.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By The42 Team Thursday 15 Sep 2022, 1:26 PM", "The42"),
        ("By Example Team", "Example"),
        ("By the Editorial Team", None),
    ],
)
def test_the_sites_team_credited(credit: str, outlet: str | None) -> None:
    _, meta = build(*_spaced(HEADLINE, credit, *BODY))
    assert meta.outlet.value == outlet


# AP_POSITION_THEN_PHRASE: a full name, its position between commas and a phrase after it is a caption; a name and its
# party in brackets in a sentence is not.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        (
            "The mayor welcomes Minister Jane Roe, left, on the occasion of her visit to the harbour, Wednesday, July 4, 2019.",
            True,
        ),
        ("Senator Jane Roe (R) said the bill would pass this week, and the council agreed with her on Tuesday.", False),
    ],
)
def test_a_position_between_commas(line: str, dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], line, BODY[1], BODY[2]))
    assert (line not in _kept(cleaned)) == dropped


# AGENCIES_PHOTO_AND_NAME and HANDOUT_AFTER_SLASH: a caption's credit ends it; the same sentence without it stays.
CAPTION_SENTENCE = "The president held talks with the prime minister in the harbour city on Wednesday"
PORTUGUESE_BODY = (
    "A prefeitura anunciou nesta segunda-feira que a nova unidade de saúde do bairro será concluída em até dez meses.",
    "O investimento é de dois milhões de reais, segundo a secretaria de obras do município.",
)


@pytest.mark.parametrize(
    ("credit", "dropped"),
    [(". — EXA/EXS Photo Jane Roe", True), (" / Divulgação", True), ("", False)],
)
def test_a_captions_credit_at_its_end(credit: str, dropped: bool) -> None:
    line = CAPTION_SENTENCE + credit
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], line, BODY[1], BODY[2]))
    assert (line not in _kept(cleaned)) == dropped
    if dropped:  # (above the text, a caption with its credit is no title either)
        top = "A nova unidade de saúde será concluída em até 10 meses" + credit
        _, meta = build(*_spaced(top, *PORTUGUESE_BODY))
        assert meta.title.value is None


# GLUED_ASTERISK: "*Opens schools in ..." is a summary's point, no headline.
def test_a_point_with_its_asterisk_glued_is_no_title() -> None:
    _, meta = build(*_spaced("*Opens schools in the harbour district", UNDER_HEADLINE, *BODY))
    assert meta.title.value == UNDER_HEADLINE


# JSON_BLOCK: a page's structured data printed line by line is code; quoted paragraphs in a row are an interview's.
def test_structured_data_printed_as_text_goes() -> None:
    data = '{\n"authors": [\n"Jane Roe"\n],\n"regions": [\n"North America",\n"East Asia"\n]\n}Source: Example'
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], data, BODY[1], BODY[2]))
    assert _kept(cleaned) == [HEADLINE, *BODY]
    quotes = ('"We are proud of the new budget."', '"It will help every school."', '"We start in the spring."')
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], *quotes, BODY[1], BODY[2]))
    assert _kept(cleaned) == [HEADLINE, BODY[0], *quotes, BODY[1], BODY[2]]


# AI_NOTICE: the site's notice that a machine made the text goes, however long; a sentence about a picture made by AI
# stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        (
            "This article was created by AI summarizing key points discussed. AI makes mistakes, so for full details and "
            "context, please refer to the video of the full meeting. Please report any errors so we can fix them.",
            True,
        ),
        ("This story was translated with artificial intelligence and checked by our editors.", True),
        ("The image of the mayor was created by AI, the council said on Tuesday after complaints from residents.", False),
        # WIDE_GAP_READ_MORE: a lead-in and another story's headline two spaces apart; with one, a sentence may open so
        ("Lire aussi  La Turquie vote lors d'élections cruciales", True),
        ("Lire aussi La Turquie vote lors d'élections cruciales", False),
    ],
)
def test_a_notice_or_a_link_between_the_paragraphs(line: str, dropped: bool) -> None:
    cleaned, _ = build(*_spaced(HEADLINE, BODY[0], line, BODY[1], BODY[2]))
    assert (line not in _kept(cleaned)) == dropped
