"""Issue 17, forty-eighth round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build, kept_lines  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE


# FIELDS_UNDER_EACH_ITEM: an event list's fields under each place ("Date: ..." / "Time: 6:30 p.m.") are the article's;
# the same short source under each other story's headline is a list of other stories.
# EVENT_FIELDS: and the date among them is no dateline, nor the place above it an author.
def test_an_event_lists_fields_are_not_sources() -> None:
    places = ("North Detachment", "South Detachment", "West Detachment")
    fields = [line for place in places for line in (place, f"Date: Monday, January {len(place)}", "Time: 6:30 p.m.")]
    cleaned, meta = build(HEADLINE, "", *BODY, *fields)
    assert [line.text for line in cleaned.lines[4:]] == fields
    assert {line.role for line in cleaned.lines[4:]} <= {"paragraph", "heading"}
    assert (meta.author.value, meta.date.value) == (None, None)


def test_a_source_under_each_other_headline_goes() -> None:
    items = [
        line
        for head in ("Bridge reopens after repairs", "Ferry fares rise again", "School wins the cup")
        for line in (head, "Kyodo -")
    ]
    assert kept_lines(HEADLINE, "", *BODY, *items) == [HEADLINE, *BODY]


# MENU_LABELS_RUN_TOGETHER: a site's page names run together in one line are its menu; a headline naming one stays.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("What's New Harbour Notes About Us Statements Photo Gallery Quick Links", HEADLINE),
        ("Harbour council opens its new Photo Gallery", "Harbour council opens its new Photo Gallery"),
    ],
)
def test_a_menu_run_together_in_one_line_is_no_headline(first: str, title: str) -> None:
    _, meta = build(first, "", HEADLINE, "", *BODY) if title == HEADLINE else build(first, "", *BODY)
    assert meta.title.value == title


# COUNTRY_LEADS_THE_CLAUSE: "Chile, Peru Sign Fishing Accord" lists two countries, the last opening the headline's
# clause: a headline, no credit of a place and a name; a name beside a place is one.
@pytest.mark.parametrize(
    ("line", "title", "author"),
    [
        ("Chile, Peru Eye Harbour Council Budget", "Chile, Peru Eye Harbour Council Budget", None),
        ("Jane Roe, Peru", HEADLINE, "Jane Roe"),
    ],
)
def test_a_country_opening_the_clause_after_a_country(line: str, title: str, author: str | None) -> None:
    lines = (line, "", *BODY) if title == line else (HEADLINE, line, "", *BODY)
    _, meta = build(*lines)
    assert (meta.title.value, meta.author.value) == (title, author)


# SPEAKER_LABEL: "JANE ROE (COACH OF HARBOUR FC) :" over a quote is the speaker's label; a dateline crediting the
# paper ("HARBOUR CITY (Harbour Daily News) — ...") names the outlet.
@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("JANE ROE (COACH OF HARBOUR CITY FC) :", None),
        (
            "HARBOUR CITY (Harbour Daily News) — The council met again on Wednesday to vote on the new budget.",
            "Harbour Daily News",
        ),
    ],
)
def test_a_speakers_label_is_no_dateline(lead: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, "« We played well and we deserved the win tonight, the whole team worked hard. »", *BODY)
    assert meta.outlet.value == outlet


# EMBEDDED_POST_CREDIT: "Posted by Example Grill on Wednesday, August 28, 2024" between the article's paragraphs is an
# embedded post's credit: no author, no date, out of the text; under the headline it is the page's own.
POST_CREDIT = "Posted by Harbour Grill on Wednesday, August 28, 2024"


def test_an_embedded_posts_credit_between_the_paragraphs() -> None:
    cleaned, meta = build(HEADLINE, "", *BODY[:2], "Grand opening today, lunch from noon", POST_CREDIT, *BODY[1:], BODY[0])
    assert (meta.author.value, meta.date.value) == (None, None)
    assert POST_CREDIT not in [line.text for line in cleaned.lines]


def test_a_blogs_posted_by_under_the_headline() -> None:
    _, meta = build(HEADLINE, POST_CREDIT, "", *BODY)
    assert (meta.author.value, meta.date.value) == ("Harbour Grill", "2024-08-28")


# SOURCE_AFTER_A_SLASH: "/ Source: Example.com" under the headline names the copy's source, as "Source: Example.com"
# does; a site beside the writer's name is the page's own.
@pytest.mark.parametrize(
    ("credit", "outlet", "wire"),
    [("/ Source: HarbourNews.com", None, "HarbourNews.com"), ("Jane Roe / HarbourNews.com", "harbournews.com", None)],
)
def test_a_source_label_after_the_bylines_slash(credit: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, credit, "", *BODY)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# SITE_SINCE_A_YEAR: "Example Hunter -- Online Since 1999" is the site's tagline: no date, no writer; "Online since"
# with a day dates the article.
@pytest.mark.parametrize(
    ("line", "date", "author"),
    [("Harbour Hunter -- Online Since 1999", None, None), ("Jane Roe -- Online since 25.11.2017", "2017-11-25", "Jane Roe")],
)
def test_a_sites_year_of_birth_is_no_date(line: str, date: str | None, author: str | None) -> None:
    _, meta = build(HEADLINE, line, "", *BODY)
    assert (meta.date.value, meta.author.value) == (date, author)


# SUBJECT_OPENS_THE_LEAD: a name alone under the date that the first paragraph opens with is the obituary's subject;
# a name the paragraph does not open with is the writer's.
@pytest.mark.parametrize(
    ("name", "author"),
    [("Albert Roe", None), ("Jane Doe", "Jane Doe")],
)
def test_the_subject_opening_the_lead_is_no_writer(name: str, author: str | None) -> None:
    lead = "Albert Roe, a harbour pilot who guided ships into the port for forty years, died on Monday at the age of 91."
    _, meta = build(HEADLINE, "Saturday November 17, 2001", name, "", lead, *BODY)
    assert meta.author.value == author


# THE_SUBJECT_PAPER: "The Business Times" alone on top is the paper's name, the headline below it; "Business News"
# names a section.
@pytest.mark.parametrize(("top", "outlet"), [("The Business Times", "The Business Times"), ("Business News", None)])
def test_the_and_a_subject_and_a_paper_word(top: str, outlet: str | None) -> None:
    _, meta = build(top, "", HEADLINE, "Jane Roe", "Published Mon, Jul 12, 2021 · 05:50 PM", "", *BODY)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, outlet)


# LIST_LABEL_FIRST: "Latest Harbour News" over the headline labels a list; "Harbour News" may be the paper.
# SECTION_SIBLINGS: two section names ending alike over the headline ("Property News" / "Residential News") are a menu.
# SECTIONS_RUN_TOGETHER: one paper's word twice ("Market News Top 10 News") is two menu items run together.
@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        (("Latest Harbour News",), None),
        (("Harbour News",), "Harbour News"),
        (("Property News", "Residential News"), None),
        (("Market News Top 10 News",), None),
    ],
)
def test_section_labels_over_the_headline_name_no_paper(top: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(*top, "", HEADLINE, "", *BODY)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, outlet)


# and under the headline, where the byline goes
@pytest.mark.parametrize(
    ("under", "outlet"), [(("Property News", "Residential News"), None), (("Residential News",), "Residential News")]
)
def test_section_siblings_under_the_headline(under: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(HEADLINE, *under, "", *BODY)
    assert meta.outlet.value == outlet


# DECK_WITH_ITS_WRITER: the standfirst ending with its writer ("... Jane Roe reports") is no headline, and names the
# author; the same words deep in the text name no one.
DECK = "It has been a hard year for the harbour but trade is finally back. Jane Roe reports"


def test_a_deck_ending_with_its_writer() -> None:
    _, meta = build("Reasons to be cheerful for the harbour", "", DECK, "", *BODY, DECK)
    assert (meta.title.value, meta.author.value) == ("Reasons to be cheerful for the harbour", "Jane Roe")


def test_a_deck_with_its_writer_deep_in_the_text_names_no_one() -> None:
    _, meta = build(HEADLINE, "", *BODY, *BODY, DECK)
    assert (meta.title.value, meta.author.value) == (HEADLINE, None)


# JOB_TITLE_UNDER_NAME: "Jane Roe" / "Head of Harbour Research" / the date line: the writer and her post, no headline;
# a headline opening with "Head of" goes on in small letters.
def test_a_job_title_under_the_writers_name() -> None:
    head = ("Do not show this message again", "Harbour Insights", "", "Harbour market reaches two-year growth milestone")
    _, meta = build(*head, "", "Jane Roe", "", "Head of Harbour Research", "", "Shoppers 26.06.2018 / 08:00", "", *BODY)
    assert (meta.title.value, meta.author.value) == ("Harbour market reaches two-year growth milestone", "Jane Roe")


def test_a_headline_opening_with_head_of() -> None:
    _, meta = build("Head of harbour council approves the new budget", "", "26.06.2018 / 08:00", "", *BODY)
    assert meta.title.value == "Head of harbour council approves the new budget"


# FOLLOW_ALONE in other languages: "Segui HarbourMag" under the headline is the site's button, no writer; the brand it
# names is the outlet. SECTION_IN_NAME: "Public Health" credits a department, no person.
@pytest.mark.parametrize(
    ("credit", "author", "outlet"),
    [
        ("Segui HarbourMag", None, "HarbourMag"),
        ("Suivez HarbourMag", None, "HarbourMag"),
        ("Public Health", None, None),
        ("Jane Roe", "Jane Roe", None),
    ],
)
def test_a_follow_button_or_a_department_is_no_writer(credit: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", "Posted on: October 3, 2022", "", *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


# TAG_PAGE_LINE: a Joomla list's heading ("Displaying items by tag: Harbour") is no headline.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Displaying items by tag: Harbour", None),
        ("Displaying the harbour budget to the town", "Displaying the harbour budget to the town"),
    ],
)
def test_a_tag_lists_heading_is_no_headline(line: str, title: str | None) -> None:
    _, meta = build(line, "", *BODY)
    assert meta.title.value == title


# NOTICE_TO_NAME: "© 2021. Todos direitos reservados a HarbourPost. Este material ..." reserves the rights to the site:
# its name, not the notice, is the outlet.
@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2021. Todos direitos reservados a HarbourPost. Este material não pode ser publicado.", "HarbourPost"),
        ("© 2021. Todos direitos reservados.", None),
    ],
)
def test_rights_reserved_to_the_site(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", footer)
    assert meta.outlet.value == outlet


# WITH_INFORMATION_FROM: "A informação é do HarbourPortal." under the text names the copy's source; information from a
# person is her help, no wire.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("A informação é do HarbourPortal.", "HarbourPortal"),
        ("Com informações da Agência Harbour.", "Agência Harbour"),
        ("Con información de Jane Roe.", None),
    ],
)
def test_information_from_a_source(line: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line)
    assert meta.wire.value == wire


# TWIN_CAPTION_ON_TOP: a picture's caption printed twice at the top of the page, then the headline: the headline is
# found under the caption; a sentence printed once on top is the text.
CAPTION = "Jane Roe with her boat outside the harbour office. Roe was fined for mooring there yesterday."


def test_a_twin_caption_over_the_headline() -> None:
    cleaned, meta = build(CAPTION, CAPTION, "", HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE
    assert [d.rule for d in cleaned.dropped] == ["caption", "caption"]


def test_a_sentence_once_on_top_is_the_text() -> None:
    cleaned, meta = build(CAPTION, "", HEADLINE, "", *BODY)
    assert CAPTION in [line.text for line in cleaned.lines]


# CLOCK_OVER_THE_CRUMBS: "Wednesday, September 27, 2023" / "Home > World > ..." / headline: the header's clock, no
# date of the article; right over the headline, with no trail between, it may be the article's.
@pytest.mark.parametrize(
    ("top", "date"),
    [
        (("Wednesday, September 27, 2023", "Home > World > Harbour"), None),
        (("Wednesday, September 27, 2023",), "2023-09-27"),
    ],
)
def test_a_clock_over_the_crumb_trail(top: tuple[str, ...], date: str | None) -> None:
    _, meta = build(*top, "", HEADLINE, "", *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, date)


# NOTE_OF_THE_STATION (archive.byline's WRITERS_NOTE): the last paragraph a note on the writer, her employer in the
# possessive ("Jane Roe is WXYZ's director of news.") names the author; the same sentence higher up is the story's, and
# "a prolific writer who ..." is a playwright's.
BIO = "Jane Roe is WXYZ's director of news and public affairs. She manages the newsroom."


PLAYWRIGHT = "Jane Roe is a prolific Canadian writer who is not afraid to make fun of her roots."


@pytest.mark.parametrize(("lines", "author"), [((*BODY, BIO), "Jane Roe"), ((BIO, *BODY), None), ((*BODY, PLAYWRIGHT), None)])
def test_a_stations_note_under_the_article(lines: tuple[str, ...], author: str | None) -> None:
    _, meta = build(HEADLINE, "", *lines)
    assert meta.author.value == author


# NEWSROOM_CONTACT_BOX: "Talk to us" / "> Give us your news tips." / "> Send us a letter to the editor." go; the
# article's own appeal stays.
def test_a_newsroom_contact_box_goes() -> None:
    box = (
        "Talk to us",
        "> Give us your news tips.",
        "> Send us a letter to the editor.",
        "> More Harbour Herald contact information.",
    )
    appeal = "Send us your photos of the flood and we will publish the best of them."
    assert kept_lines(HEADLINE, "", *BODY, appeal, *box) == [HEADLINE, *BODY, appeal]


# COMPOUND_TAIL: "Harbourkonzerne" over "Die führenden Konzerne ..." uses the text's word; a headline using none of
# the text's words is another story's.
GERMAN_BODY = (
    "Frankfurt am Main. Die führenden Konzerne des Landes haben in den ersten neun Monaten des Jahres mehr verdient.",
    "Die Gesamtumsätze dieser Unternehmen sanken demnach um 2,7 Prozent, die Gewinne stiegen aber deutlich an.",
    "Die Beratungsgesellschaft rechnet für das kommende Jahr mit weiteren Zuwächsen bei den Gewinnen der Firmen.",
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Deutsche Topkonzerne schwimmen im Geld", "Deutsche Topkonzerne schwimmen im Geld"),
        ("Fußballverein feiert Aufstieg", None),
    ],
)
def test_a_compound_word_in_the_headline(first: str, title: str | None) -> None:
    _, meta = build(first, *GERMAN_BODY)
    assert meta.title.value == title


# COMMENT_FORM_LABELS in Russian: "Все комментарии" and "Авторизуйтесь, чтобы оставить свой комментарий" open and close
# the readers' comments under the article; "комментарии" inside a sentence are the article's.
def test_russian_comment_labels_go() -> None:
    kept = kept_lines(HEADLINE, "", *BODY, "Все комментарии", "Гость", "Авторизуйтесь, чтобы оставить свой комментарий")
    assert kept == [HEADLINE, *BODY]


# AGGREGATOR_WIDGET: "Coverage Details" / "Bias Distribution" under the text, and a sub-heading of plural nouns ("High-
# Level Visits and Bilateral Talks") under the headline, name no one.
@pytest.mark.parametrize("line", ["Coverage Details", "High-Level Visits and Bilateral Talks"])
def test_widget_and_heading_words_are_no_writer(line: str) -> None:
    _, meta = build(HEADLINE, line, "", *BODY)
    assert meta.author.value is None


# PLACE_PART: "by Example, New York Jun 28, 2019": the place after the site is where, no writer; "by Jane Roe, New
# York Jun 28, 2019" names the writer.
@pytest.mark.parametrize(
    ("credit", "author"),
    [("by HarbourReporters, New York Jun 28, 2019", None), ("by Jane Roe, New York Jun 28, 2019", "Jane Roe")],
)
def test_a_place_in_a_credit_is_no_writer(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY[:1], credit, *BODY[1:])
    assert (meta.author.value, meta.date.value) == (author, "2019-06-28")


# HEADLINE_WORDS_WITHOUT_PUNCTUATION: a name alone under "Ibiza, Formentera, Menorca…" using one of its words
# ("Cala de Menorca") is a picture's place, no writer.
@pytest.mark.parametrize(("name", "author"), [("Cala de Menorca", None), ("Jane de Roe", "Jane de Roe")])
def test_a_name_sharing_a_headline_word_cut_by_an_ellipsis(name: str, author: str | None) -> None:
    _, meta = build("Ibiza, Formentera, Menorca… the harbour towns", "", name, "", *BODY)
    assert meta.author.value == author


# OFFICE_IN_NAME: "Harbour Assembly Speaker Jane Roe" alone under the headline names an office holder, no writer;
# "Harbour Jane Roe" may be one.
@pytest.mark.parametrize(("line", "author"), [("Harbour Assembly Speaker Jane Roe", None), ("Jane Roe", "Jane Roe")])
def test_an_office_in_a_name_alone(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, "", *BODY)
    assert meta.author.value == author


# BRACKETED_MARK: "CEBU (Updated) --" marks the story's state: no outlet; "CEBU (Harbour Star) --" names the paper.
@pytest.mark.parametrize(("mark", "outlet"), [("Updated", None), ("Harbour Star", "Harbour Star")])
def test_an_update_mark_in_the_datelines_brackets(mark: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", f"CEBU ({mark}) -- The harbour council approved the new budget on Tuesday.", *BODY)
    assert meta.outlet.value == outlet


# SECTION_NEWS: "Foreign News" over the headline is a section, no paper.
@pytest.mark.parametrize(("top", "outlet"), [("Foreign News", None), ("Harbour News", "Harbour News")])
def test_foreign_news_is_a_section(top: str, outlet: str | None) -> None:
    _, meta = build(top, HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# CALENDAR_WIDGET: a month's calendar over the headline ("August 2025" / "M T W T F S S" / "123" / "45678910" ...) goes,
# its month no date of the article; day numbers in the text's table, apart, stay.
CALENDAR = ("August 2025", "M T W T F S S", "123", "45678910", "11121314151617", "18192021222324", "25262728293031")


def test_a_calendar_over_the_headline() -> None:
    cleaned, meta = build(*CALENDAR, "", HEADLINE, "", *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, None)
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]


@pytest.mark.parametrize(
    ("line", "calendar"),
    [
        ("45678910", True),
        ("2023", False),
        ("1989", False),
        ("M T W T F S S", True),
        ("Mayor Takes Walk To The Harbour Every Day", False),
    ],
)
def test_calendar_lines(line: str, calendar: bool) -> None:
    from archive.rules import calendar_widget

    assert calendar_widget(line, line) is calendar


# COPY_LINK_BUTTON in Spanish: "Haz click aquí para copiar la URL" is a button, no headline.
def test_a_copy_link_button_is_no_headline() -> None:
    cleaned, meta = build("Haz click aquí para copiar la URL", "Voto de Jane1958:", *BODY)
    assert (meta.title.value, [d.rule for d in cleaned.dropped][:1]) == (None, ["nav-label"])


# READ_AT_THE_ORIGINAL: an aggregator's "Read full article on original website" is a link, no headline.
def test_read_at_the_original_website_is_no_headline() -> None:
    cleaned, meta = build("Read full article on original website", *BODY)
    assert (meta.title.value, [line.text for line in cleaned.lines]) == (None, list(BODY))


# CATEGORY_LABEL: "Categorías: Sucesos y Seguridad" over the headline is the post's categories; a headline's own kicker
# and colon ("Harbour: council approves ...") is kept.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Categorías: Harbour Council y Budget", HEADLINE),
        ("Harbour: council approves the new budget", "Harbour: council approves the new budget"),
    ],
)
def test_a_category_label_is_no_headline(first: str, title: str) -> None:
    _, meta = build(first, "", HEADLINE if first.startswith("Categ") else "", *BODY)
    assert meta.title.value == title


# SECTIONS_AND_A_PLACE: "Home News Local & Harbour News", the trail run together with a county among its sections,
# is no headline.
def test_a_home_trail_with_a_county_is_no_headline() -> None:
    _, meta = build("Home News Local & Harbour News", "", HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE


# VERSUS_RESULT: "Westside vs. Harbour West : 49 to 26 Harbour West" lines under the text are its results, kept; title-case
# lines without a score under it are other stories' headlines.
def test_versus_results_under_the_text_stay() -> None:
    results = (
        "Westside vs. Harbour West : 49 to 26 Harbour West",
        "North County vs. River East: 16 to 14 North County",
        "Liberty vs. Bay County: 26-20",
    )
    assert kept_lines(HEADLINE, "", *BODY, *results) == [HEADLINE, *BODY, *results]


# DATE_RANGE_NO_STAMP: "Installation of kerbs – 09/01/2023 – 13/01/2023" gives the works' days, the article's; other
# stories' headlines each with their stamp after the dash go.
def test_a_date_range_after_a_dash_is_the_articles() -> None:
    notice = (
        "Installation of kerbs – 09/01/2023 – 13/01/2023",
        "The following closures will apply on the 09/01/2023 – 13/01/2023:",
    )
    assert kept_lines(HEADLINE, "", *notice, *BODY) == [HEADLINE, *notice, *BODY]


def test_other_headlines_with_their_stamps_go() -> None:
    stamped = ("Bridge Reopens After Repairs – January 9, 2023", "Ferry Fares Rise Again – January 13, 2023")
    assert kept_lines(HEADLINE, "", *BODY, *stamped) == [HEADLINE, *BODY]


# BARRED_FURNITURE: "WXYZ | West Virginia, Kentucky, & Ohio | Weather", the site's page title, is no headline, however
# many of its places the text names; a headline with the site after a bar is one.
STORM = "Storm damage was reported across West Virginia, Kentucky and Ohio on Monday, the weather service said."


def test_a_page_title_of_furniture_between_bars() -> None:
    first = "WXYZ | West Virginia, Kentucky, & Ohio | Weather"
    _, meta = build(first, "", "SEVERE WEATHER: Storm Damages Region", "", "UPDATE 2/28/11 @ 6:30 p.m.", STORM, *BODY)
    assert meta.title.value == "SEVERE WEATHER: Storm Damages Region"


def test_a_headline_between_bars_is_one() -> None:
    first = "Storm damage reported across West Virginia, Kentucky and Ohio | WXYZ | Weather"
    _, meta = build(first, "", STORM, *BODY)
    assert meta.title.value == "Storm damage reported across West Virginia, Kentucky and Ohio"


# PHOTO_CREDIT_SUFFIX: the picture's credit run onto the headline ("... Archieffoto: politie") is cut from it; a
# headline ending with a colon's clause of its own words keeps it.
DUTCH_BODY = (
    "HAVENSTAD - Amper een kwartier na een melding van een inbraak heeft de politie donderdagavond twee inbrekers opgepakt.",
    "Getuigen hoorden rond 20.40 uur glasgerinkel bij een huis aan de haven. Kort daarna zagen zij twee mannen wegrennen.",
    "De politie zette de achtervolging in en hield de twee inbrekers even later op de weg naar de stad aan.",
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Politie plukt inbrekers van de weg Archieffoto: politie", "Politie plukt inbrekers van de weg"),
        (
            "Politie plukt inbrekers van de weg: twee mannen aangehouden",
            "Politie plukt inbrekers van de weg: twee mannen aangehouden",
        ),
    ],
)
def test_a_photo_credit_run_onto_the_headline(line: str, title: str) -> None:
    _, meta = build(" date 2017-12 Deel dit artikel:", "", line, "", *DUTCH_BODY)
    assert meta.title.value == title


# AD_SLOT_NOT_LOADED and FRENCH_PAYWALL: "This advertisement has not loaded yet, but your article continues below.", "Il
# vous reste 90% de l'article à lire." and "Vous devez bénéficier d'un abonnement premium ..." are the page's.
@pytest.mark.parametrize(
    "junk",
    [
        "This advertisement has not loaded yet, but your article continues below.",
        "Il vous reste 90% de l'article à lire.",
        "Vous devez bénéficier d'un abonnement premium pour lire l'article.",
    ],
)
def test_ad_and_paywall_notices_go(junk: str) -> None:
    assert kept_lines(HEADLINE, "", BODY[0], junk, *BODY[1:]) == [HEADLINE, *BODY]


def test_a_sentence_about_an_advertisement_stays() -> None:
    line = "The council said the advertisement had not loaded on its website for a week, and it has asked for an inquiry."
    assert kept_lines(HEADLINE, "", BODY[0], line, *BODY[1:]) == [HEADLINE, BODY[0], line, *BODY[1:]]


# PRINT_EDITION_NOTE and MONTH_COMMA_DAY: "Published in The Harbour Courier, October, 29 2022" under the text names the
# paper and the day; "Published in Business, ..." names a section.
@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Published in The Harbour Courier, October, 29 2022", "The Harbour Courier"),
        ("Published in Business, October, 29 2022", None),
    ],
)
def test_the_print_editions_note(note: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, note)
    assert (meta.outlet.value, meta.date.value) == (outlet, "2022-10-29")


# LIKE_AND_FOLLOW: "Like Business on Facebook, follow @HarbourBiz on Twitter to stay informed ..." is the site's promo;
# a sentence about a page's likes stays.
@pytest.mark.parametrize("promo_line", ["Share with Your Friends and Family"])
def test_share_with_friends_goes(promo_line: str) -> None:
    assert kept_lines(promo_line, HEADLINE, "", *BODY) == [HEADLINE, *BODY]


def test_like_and_follow_promo_goes() -> None:
    promo = "Like Business on Facebook, follow @HarbourBiz on Twitter to stay informed and join in the conversation."
    sentence = "Like many councils on Facebook, the harbour board answers questions from residents every week."
    assert kept_lines(HEADLINE, "", *BODY, sentence, promo) == [HEADLINE, *BODY, sentence]


# WORKS_LISTED: a list of books with their writers ("Solar Bones by Jane Roe (Ireland)" ...) is the article's text, no
# byline and no other stories' headlines; a piece's credits in a row ("Words by Jane Roe" / "Photos by ...") credit it.
BOOKS = ("Harbour Lights by Jane Roe (Ireland)", "Exit West by John Doe (U.K.)", "Days Without End by Ann Poe (U.S.)")


def test_a_list_of_books_and_their_writers() -> None:
    last = "The winner will be announced at a dinner in the harbour hall in October, the organisers said."
    cleaned, meta = build(HEADLINE, "", *BODY, *BOOKS, last)
    assert (meta.author.value, [line.text for line in cleaned.lines]) == (None, [HEADLINE, *BODY, *BOOKS, last])


def test_a_pieces_credits_in_a_row() -> None:
    _, meta = build(HEADLINE, "Words by Jane Roe", "Photos by John Doe", "Design by Ann Poe", "", *BODY)
    assert meta.author.value == "Jane Roe"


# PERIODS_COMPARED: a table's header "Units July 2020 July 2019 YoY MoM" compares two months: no date of the article;
# "Published July 2020 Updated August 2020" is a date line.
@pytest.mark.parametrize(
    ("line", "date"), [("Units July 2020 July 2019 YoY MoM", None), ("Published July 2020 Updated August 2020", "2020-07")]
)
def test_two_periods_compared_are_no_date(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, line, "Harbour Motors 4,043 2,413 68% 60%")
    assert meta.date.value == date


# MONTH_DOT_GLUED: "HARBOUR, Exampleland, Sept.20" over the byline is the dateline ("Sept. 20"), no headline.
@pytest.mark.parametrize(
    ("line", "title"),
    [("BAKU, Azerbaijan, Sept.20", None), ("Harbour council approves Sept budget", "Harbour council approves Sept budget")],
)
def test_a_day_glued_to_the_months_abbreviation(line: str, title: str | None) -> None:
    _, meta = build(line, "", "By Jane Roe – Trend:", "", *BODY)
    assert meta.title.value == title


# PUBLISHED_IN_SECTION: "Published in News" under the text is the theme's section line; "Published in Nature" may be a
# journal the article cites.
@pytest.mark.parametrize(("line", "kept"), [("Published in News", False), ("Published in Nature", True)])
def test_published_in_a_section(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", *BODY, line)) is kept


# NAME_DOT_PLACE: "Jane del Roe. San Sebastián" over the lead is a Spanish agency's credit: the writer, no headline; a
# name and words that are no place make no credit.
@pytest.mark.parametrize(
    ("line", "author"), [("Jane del Roe. San Sebastián", "Jane del Roe"), ("Jane del Roe. Harbour Council Approves Budget", None)]
)
def test_a_name_a_stop_and_a_place(line: str, author: str | None) -> None:
    lead = (
        "24 de septiembre (Ibercine).- La película ganó la Concha de oro del festival a la mejor película del año en la ciudad."
    )
    _, meta = build(line, lead, *BODY)
    assert meta.author.value == author


# SECTION_NEWS: "Club News" over the headline is a club site's section, no paper.
def test_club_news_is_a_section() -> None:
    _, meta = build("Club News", "", HEADLINE, "23 March 2014", "", *BODY)
    assert meta.outlet.value is None


# SMALL_WORDS_NAME_NOTHING and SECTION_NEWS: "IN THE NEWS" and "Media Releases" over the headline are sections, no
# paper; "Harbour Press" is one.
@pytest.mark.parametrize(("top", "outlet"), [("IN THE NEWS", None), ("Media Releases", None), ("Harbour Press", "Harbour Press")])
def test_small_words_and_releases_name_no_paper(top: str, outlet: str | None) -> None:
    _, meta = build(top, "", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# "Youth Rugby Guidelines" alone under the text is a link, no writer's name.
def test_guidelines_name_no_writer() -> None:
    _, meta = build(HEADLINE, "", *BODY, "Youth Rugby Guidelines")
    assert meta.author.value is None


# UNNAMED_AGENCIES: "Agencies" credits no particular agency: no wire, and no writer; "Reuters" is one.
@pytest.mark.parametrize(("credit", "wire"), [("Agencies |", None), ("Reuters |", "Reuters")])
def test_agencies_unnamed(credit: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, credit, "", *BODY)
    assert (meta.wire.value, meta.author.value) == (wire, None)


# SITE_HOME_LINK, OUR_SITES_LABEL, CATEGORY_LABEL ("Articles:") and PAPER_COMPANY: the site's own lines over the
# headline ("Harbourblog San Francisco home", "Our network sites | Advanced", "Articles: Business Partnerships") are no
# headline; "The Harbour Times Company" names the paper.
@pytest.mark.parametrize(
    "top", ["Harbourblog San Francisco home", "Our network sites | Advanced", "Articles: Harbour Budget Partnerships"]
)
def test_site_lines_over_the_headline(top: str) -> None:
    _, meta = build(top, top, "", HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE


def test_the_papers_company_names_the_paper() -> None:
    _, meta = build("The Harbour Times Company", "", HEADLINE, "", *BODY)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, "The Harbour Times Company")


# PAGE_MODIFIED: "Originally published July 19, 2009 at 12:00 AM | Page modified July 19, 2009 at 11:01 AM" dates the page.
def test_page_modified_label() -> None:
    _, meta = build(
        HEADLINE, "Originally published July 19, 2009 at 12:00 AM | Page modified July 20, 2009 at 11:01 AM", "", *BODY
    )
    assert meta.date.value == "2009-07-19"


# LIVE_ENTRY_STAMP_GLUED: a live page's entry with its stamp run on ("1. Goodbye!published at 08:00 GMT 5 January") is
# no headline.
def test_a_live_entry_with_its_stamp_glued() -> None:
    goodbye = "The crowd waved goodbye to the harbour regatta as it closed on Sunday after a week of racing."
    _, meta = build("1. Goodbye!published at 08:00 GMT 5 January", "", goodbye, *BODY)
    assert meta.title.value is None


# FRENCH_TOOLS: "Modifier la taille du texte", "Imprimer cet article", "Commenter cet article" are the page's buttons,
# wherever they stand.
@pytest.mark.parametrize("button", ["Modifier la taille du texte", "Imprimer cet article", "Commenter cet article"])
def test_french_article_tools(button: str) -> None:
    assert kept_lines(HEADLINE, "", BODY[0], button, *BODY[1:]) == [HEADLINE, *BODY]


# NAME_THEN_WIRE: "Jane Roe Associated Press" under the headline is the writer and her agency, no masthead; "Jane Roe
# Harbour Press" names no agency.
@pytest.mark.parametrize(
    ("credit", "author", "wire"), [("Jane Roe Associated Press", "Jane Roe", "Associated Press"), ("Jane Roe", "Jane Roe", None)]
)
def test_a_name_then_its_agency(credit: str, author: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, credit, "", *BODY)
    assert (meta.author.value, meta.wire.value) == (author, wire)


# CAPITALS_GLUED_TO_DAY: "By IANSMonday, September 27, 2010" credits the agency on that day.
def test_an_agency_glued_to_the_weekday() -> None:
    _, meta = build(HEADLINE, "By IANSMonday, September 27, 2010", "", *BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.wire.value, meta.date.value, meta.author.value) == ("Indo-Asian News Service", "2010-09-27", None)


# SYNDICATION_PREFIX: "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Dec 6 (KUNA) -- ...": the feed publishes the page, the
# agency (whose initials look like a station's call letters) is the wire.
def test_a_syndication_feeds_mark_before_the_dateline() -> None:
    lead = "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Dec 6 (KUNA) -- The minister met his counterpart on Tuesday."
    _, meta = build(HEADLINE, "", lead, *BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.outlet.value, meta.wire.value) == ("MENAFN", "Kuwait News Agency")


# WIRE_AFTER_THE_DASH: "BEIJING, December 31 – RIA Novosti. Chinese ..." signs the copy with the agency; a sentence's
# first words after the dash name none.
@pytest.mark.parametrize(
    ("lead", "wire"),
    [
        ("BEIJING, December 31 – RIA Novosti. The president congratulated his counterpart on the New Year.", "RIA Novosti"),
        ("BEIJING, December 31 – Officials said. The president congratulated his counterpart on the New Year.", None),
    ],
)
def test_the_agency_after_the_datelines_dash(lead: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, *BODY, registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire


# PROTECTED_ADDRESS_ALONE: a writer's address hidden by the site's protection, alone on its line ("<[email protected]>"),
# goes; a sentence telling readers to write keeps its placeholder.
def test_a_protected_address_alone_goes() -> None:
    sentence = "Readers may write to the council at [email protected] before the end of the month."
    assert kept_lines(HEADLINE, "By Jane Roe", "<[email protected]>", "", *BODY, sentence, "[email protected]") == [
        HEADLINE,
        "By Jane Roe",
        *BODY,
        sentence,
    ]


# ALREADY_FOLLOWING: "Já segue a Informação da Harbour no WhatsApp? É só clicar aqui" between the paragraphs is the
# site's promo.
def test_already_following_promo_goes() -> None:
    promo = "Já segue a Informação da Harbour no WhatsApp? É só clicar aqui"
    assert kept_lines(HEADLINE, "", BODY[0], promo, *BODY[1:]) == [HEADLINE, *BODY]
