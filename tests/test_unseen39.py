"""Issue 17, thirty-ninth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from support import ROOT
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules as r
from archive.metaline import parse_lead
from archive.problems import Problems
from archive.registry import parse_registry

LEAD = "The harbour council approved the new budget on Tuesday after a long debate."


# SLASH_BEFORE_BRACKET_DATE, BY_IN_BRACKETS and a month-day in the brackets: a dateline's brackets holding a credit and
# the date. "by" names the reporter; a name without it is no wire; an agency before the slash is the wire.
@pytest.mark.parametrize(
    ("opening", "author", "wire", "date", "month_day"),
    [
        ("ZAMBOANGA CITY (by Jane Roe/May 16, 2022) — ", "Jane Roe", None, "2022-05-16", None),
        ("ZAMBOANGA CITY (Jane Roe/May 16, 2022) — ", None, None, "2022-05-16", None),
        ("ZAMBOANGA CITY (PNA/May 16, 2022) — ", None, "PNA", "2022-05-16", None),
        ("DAVAO CITY (Example News / 16 May) — ", None, "Example News", None, "--05-16"),
        ("DAVAO CITY (Example News / 16 May 2022) — ", None, "Example News", "2022-05-16", None),
        ("DAVAO CITY (Example News) — ", None, "Example News", None, None),
        ("DAVAO CITY (Jane/Roe) — ", None, "Jane/Roe", None, None),
    ],
)
def test_a_credit_and_a_date_in_a_datelines_brackets(
    opening: str, author: str | None, wire: str | None, date: str | None, month_day: str | None
) -> None:
    lead = parse_lead(opening + LEAD)
    assert lead is not None
    assert (lead.name, lead.wire, lead.date.iso if lead.date else None, lead.month_day) == (author, wire, date, month_day)
    assert (opening + LEAD)[lead.end :] == LEAD


def test_a_reporter_in_a_datelines_brackets_is_the_pages_author() -> None:
    _, meta = build(HEADLINE, "ZAMBOANGA CITY (by Jane Roe/May 16, 2022) — " + LEAD, *BODY)
    assert (meta.author.value, meta.date.value) == ("Jane Roe", "2022-05-16")


# DATE_GLUED_TO_LEAD: the date line glued to the first paragraph is read and cut off; a date glued to a short line (a
# headline's words) or a year glued to a word inside a sentence is not.
@pytest.mark.parametrize(
    ("line", "date", "text"),
    [
        ("March 31, 2022" + LEAD, "2022-03-31", LEAD),
        ("31.03.2022Die Stadt hat den neuen Haushalt am Dienstag nach langer Debatte beschlossen.", "2022-03-31", None),
        ("March 31, 2022The harbour budget", None, "March 31, 2022The harbour budget"),
        ("In 2022The council said it would approve the new budget on Tuesday after a long debate.", None, None),
    ],
)
def test_a_date_glued_to_the_first_paragraph(line: str, date: str | None, text: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date
    kept = [x.text for x in cleaned.lines if x.number == 2 and x.role == "paragraph"]
    if text is not None:
        assert kept == [text]


# POSTAL_ADDRESS: a street address alone on a line is a contact box's, never the headline; a sentence naming one stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("123 Harbour Street, Exampleton, EX 12345", True),
        ("4500 Example Blvd., Suite 200, Harbour City, CA 90210", True),
        ("10 Example Street, Harbourton SW1A 2AA", True),
        ("10 Example Street said on Tuesday that it would act on the harbour budget.", False),
        ("2022 Harbour Street Festival, Exampleton", False),
    ],
)
def test_a_street_address_alone_is_contact_furniture(line: str, dropped: bool) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    # (a line that is no address may still go as the masthead, right over the headline: MASTHEAD_RIGHT_OVER_THE_HEADLINE)
    assert any(d.number == 1 and d.rule != r.MASTHEAD for d in cleaned.dropped) is dropped
    if dropped:
        assert meta.title.value == HEADLINE


# NAME_SLASH_SOURCE_BRACKETS, PHOTO_VIA_BRACKETS: a caption ending with its picture's credit in brackets; a sentence's
# own brackets, or a credit before the full stop, stay.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Cyclists will watch city hall as council votes on the bike lanes. (Jane Roe/Example News)", True),
        ("The mayor and his deputy at an earlier meeting (Jane Roe, Example, Harbour Pool Photo via AP, File)", True),
        ("The council voted on the lanes. (The vote was close.)", False),
        ("The council voted on the lanes (Jane Roe/Example News).", False),
    ],
)
def test_a_captions_credit_in_brackets(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:1], line, *BODY[1:])
    assert (3 in {d.number for d in cleaned.dropped}) is dropped


# CAPTION_WITH_ITS_CREDIT: the picture's text printed again with a © credit; the credited copy goes by its own rule, the
# bare copy goes with it. The same line without its credited twin stays.
def test_a_caption_printed_again_with_its_copyright_credit() -> None:
    caption = "The harbour at dawn on the first warm day of the year"
    cleaned, _ = build(HEADLINE, *BODY[:1], caption, caption + "  © Example Agency/dpa", *BODY[1:])
    assert {d.number: d.rule for d in cleaned.dropped if d.number in (3, 4)} == {3: "caption", 4: "caption"}
    cleaned, _ = build(HEADLINE, *BODY[:1], caption, *BODY[1:])
    assert 3 not in {d.number for d in cleaned.dropped}


# CLOCK_AGAINST_THE_LEAD: a portal's clock over a release, years from the dateline's full date, is no publication date;
# the same date on the dateline's day (or a date line under the headline) dates the page.
@pytest.mark.parametrize(
    ("over", "under", "date"),
    [
        ("September 01, 2020 1:28pm", None, "2024-02-20"),
        ("February 20, 2024 1:28pm", None, "2024-02-20"),
        ("February 21, 2024 1:28pm", None, "2024-02-20"),  # (a day off: DATELINE_AGREES)
        (None, "February 25, 2024", "2024-02-25"),
    ],
)
def test_a_clock_over_a_dated_release(over: str | None, under: str | None, date: str) -> None:
    release = "HARBOUR CITY, Calif., Feb. 20, 2024 (EXAMPLE WIRE) -- " + LEAD
    lines = [x for x in (over, HEADLINE, under, release, *BODY) if x is not None]
    _, meta = build(*lines)
    assert meta.date.value == date


# The press-release wires a release's dateline names in capitals are the registry's wire sources, by their names.
@pytest.mark.parametrize(("credit", "wire"), [("GLOBE NEWSWIRE", "GlobeNewswire"), ("BUSINESS WIRE", "Business Wire")])
def test_a_press_release_wire_by_its_registry_name(credit: str, wire: str) -> None:
    registry = parse_registry("registry.yml", (ROOT / "registry.yml").read_text(encoding="utf-8"), Problems())
    _, meta = build(HEADLINE, f"HARBOUR CITY, Calif., Feb. 20, 2024 ({credit}) -- " + LEAD, *BODY, registry=registry)
    assert meta.wire.value == wire


# NAMES_JOINED_NO_TITLE, CJK_DISPATCH_ALONE, ABOUT_THE_SITE, E_PAPER_LINK: lines shaped as no headline, at the head of
# a page with no other headline: the title stays unknown. The same place holding a headline gives the title.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Jane Roe & John Doe", None),
        ("新华社莫斯科4月24日电", None),
        ("About Example Telegraph Harbour", None),
        ("The Example e-Paper", None),
        ("Harbour council and mayor agree on the budget", "Harbour council and mayor agree on the budget"),
    ],
)
def test_lines_that_are_no_headline(line: str, title: str | None) -> None:
    _, meta = build(line, *BODY)
    assert meta.title.value == title


def test_a_dispatch_line_alone_dates_and_credits_the_paragraph_under_it() -> None:
    _, meta = build(
        "新华社莫斯科4月24日电",
        "塔斯社24日援引俄罗斯财政部长的话报道说,俄罗斯与中国间超过七成的贸易结算已经转为本币结算。",
        *BODY,
    )
    assert (meta.title.value, meta.date.get("partial"), meta.wire.value) == (None, "--04-24", "新华社")


# LOCAL_TIME_LABEL: a town's clock label in the header; the date beside it is the site's clock, not the page's date. A
# date line over the headline without the label dates the page.
def test_a_local_time_label_beside_a_date() -> None:
    cleaned, meta = build("Saturday 19 September 2020", "Harbourville Local Time", HEADLINE, *BODY)
    assert meta.date.value is None
    assert {d.number: d.rule for d in cleaned.dropped if d.number <= 2} == {1: "weather-widget", 2: "nav-label"}
    _, meta = build("Saturday 19 September 2020", HEADLINE, *BODY)
    assert meta.date.value == "2020-09-19"


# HEAD_STAMPED_LIST: above the article, three stamp-and-headline pairs of one stamp shape are a "latest news" column;
# the article's date line, of another shape, and its headline stay. Two pairs are not a list.
LATEST = ("Police stop a driver at the wheel of a stolen van", "Three people stuck on a frozen river overnight")
MORE = "Thermometers dropped to minus eighteen degrees in the hills"


@pytest.mark.parametrize(("pairs", "dropped"), [(3, True), (2, False)])
def test_a_latest_news_column_above_the_headline(pairs: int, dropped: bool) -> None:
    column = [x for at, headline in enumerate((*LATEST, MORE)[:pairs]) for x in (f"1{at}:33  01 January", headline)]
    cleaned, meta = build(*column, "01 January 2026, 20:39", HEADLINE, "01 January 2026, 20:39", *BODY)
    gone = {d.number for d in cleaned.dropped if d.rule == "promo-block"}
    assert gone == (set(range(1, 2 * pairs + 1)) if dropped else set())
    if dropped:
        assert (meta.title.value, meta.date.value) == (HEADLINE, "2026-01-01")


# ILLUSTRATIVE_PHOTO and OPEN_SOURCES: a stock picture's label and a credit to "open sources"; a sentence opening with
# "Illustrative" stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Ілюстративне фото: з відкритих джерел", True),
        ("Фото: из открытых источников", True),
        ("Illustrative photo: Example Agency", True),
        ("Illustrative work by the council was praised by everyone at the meeting.", False),
    ],
)
def test_an_illustrative_photos_credit(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:1], line, *BODY[1:])
    assert (3 in {d.number for d in cleaned.dropped}) is dropped


# NAME_BEFORE_ROLE: the writer's name and role with no comma ("Jane Roe Senior Reporter") is a byline; a body's name
# before a role is no person's. EDITORIAL_STAFF: a desk's staff names no outlet; a paper's staff does.
@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Joseph Roe Senior Reporter", "Joseph Roe", None),
        ("Wallace Roe Herald Reporter", "Wallace Roe", None),
        ("Harbour Council Chief Editor", None, None),
        ("Editorial Staff", None, None),
        ("Harbour Gazette Staff", None, "Harbour Gazette"),
    ],
)
def test_a_byline_of_a_name_and_a_role(line: str, author: str | None, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)
    assert 2 not in {x.number for x in cleaned.lines if x.role == "paragraph"}


# PLACE_BEFORE_GLUED_DATE: a dateline's place and date glued to the first paragraph; the date is read, the text kept.
def test_a_place_and_date_glued_to_the_first_paragraph() -> None:
    cleaned, meta = build(HEADLINE, "#Harbourville, February 14, 2024" + LEAD, *BODY)
    assert meta.date.value == "2024-02-14"
    assert [x.text for x in cleaned.lines if x.number == 2 and x.role == "paragraph"] == [LEAD]


# BEAT_ROLE: a beat's byline without its name ("Court Reporter"), printed once or twice over the headline, names no
# paper; a paper called a reporter does. "Current News" is a section (SECTION_NEWS). "Also in this section" labels a
# list of other stories.
@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Court Reporter", "Court Reporter"], None),
        (["Senior Political Correspondent"], None),
        (["Harbour Reporter", "Harbour Reporter"], "Harbour Reporter"),
        (["Harbour Reporter"], "Harbour Reporter"),
        (["Current News"], None),
    ],
)
def test_a_beat_role_over_the_headline_names_no_paper(lines: list[str], outlet: str | None) -> None:
    _, meta = build(*lines, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


def test_also_in_this_section_labels_other_stories() -> None:
    cleaned, _ = build(HEADLINE, *BODY, "Also in this section", "Harbour ferry returns after the winter break")
    assert {d.number: d.rule for d in cleaned.dropped} == {5: "promo-block", 6: "promo-block"}


# PROMO_LABEL_PERIOD: a list's label with the period it covers heads other stories; GLUED_RATE_CELLS: a rates table's
# row with its cells glued; WIDGET_DATA_ERROR, "Skip to toolbar", Yonhap's notice forbidding AI training. Without the
# trigger, a line of the article stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Today's Most Read Stories", "promo-block"),
        ("Top Stories this Week", "promo-block"),
        ("CAD 0.65840.6394", "ticker"),
        ("Corn ZCU14360363.25356.5362.5", "ticker"),
        ("Corn 360.25", None),
        ("Unable to get weather data from example.com", "widget-error"),
        ("Unable to get the data, the mayor said the budget would wait for a week.", None),
        ("Skip to toolbar", "nav-label"),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "copyright-footer"),
    ],
)
def test_more_furniture_of_new_pages(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Harbour ferry returns after the winter break")
    assert {d.number: d.rule for d in cleaned.dropped}.get(5) == rule


# UNSTOPPED_WIRE_CAPTION: an agency in brackets after words that end no sentence credits a picture; after a full stop
# it signs off a paragraph.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("The mayor greeting his counterpart from Exampleton at the harbour (AFP)", True),
        ("The mayor met his counterpart from Exampleton at the harbour on Monday. (AFP)", False),
    ],
)
def test_an_agency_in_brackets_after_a_caption(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert (2 in {d.number for d in cleaned.dropped}) is dropped


# HEAD_CARD_RUN: three cards of other stories (a headline and its one-sentence teaser) above the article's headline and
# its longer standfirst go; two cards, or cards with no headline over a longer text below them, stay.
CARDS = [
    "Example Corp revenue up 40 percent",
    "Robust demand for harbour cranes is behind the surge.",
    "Riverside flats sold out in a day",
    "This is the highest release in the town to date.",
    "Ferry sales down this spring",
    "Shares rally after the disclosure of the figures.",
]
STANDFIRST = "The harbour council approved the new budget for the district on Tuesday after a long debate over the schools."


@pytest.mark.parametrize(("cards", "dropped"), [(6, True), (4, False)])
def test_cards_of_other_stories_above_the_headline(cards: int, dropped: bool) -> None:
    cleaned, meta = build(*CARDS[:cards], HEADLINE, STANDFIRST, *BODY[1:])
    gone = {d.number for d in cleaned.dropped if d.rule == "promo-block"}
    assert gone == (set(range(1, cards + 1)) if dropped else set())
    if dropped:
        assert meta.title.value == HEADLINE


def test_cards_with_no_headline_below_them_stay() -> None:
    cleaned, _ = build(*CARDS, *BODY)
    assert not {d.number for d in cleaned.dropped if d.rule == "promo-block"}


# COUNTRIES_LISTED: a headline listing countries between commas is no byline; a credit naming one place is.
@pytest.mark.parametrize(
    ("line", "title", "author"),
    [
        ("Chile, China, Russia Begin Naval Drill", "Chile, China, Russia Begin Naval Drill", None),
        ("Jane Roe, Moscow", HEADLINE, "Jane Roe"),
    ],
)
def test_a_headline_listing_countries_is_no_byline(line: str, title: str, author: str | None) -> None:
    lead = "The navies of the three countries will hold drills off the coast of Chile and China this week, officials said."
    lines = (line, lead, *BODY) if title == line else (HEADLINE, line, lead, *BODY)
    _, meta = build(*lines)
    assert (meta.title.value, meta.author.value) == (title, author)


# DESK_AFTER_THE_NAME, SUBJECT_BESIDE_THE_BYLINE, THEME_CREDIT: the site's name before its desk's word; a name beside
# the byline whom the lead names is the picture's subject; a template's maker in the © line names no outlet.
def test_a_desks_credit_and_a_subject_beside_it() -> None:
    lead = "Minister Jane Roe said on Tuesday the harbour council approved the new budget for the district after a debate."
    _, meta = build(HEADLINE, "By Example Editorial Staff", "Jane Roe", lead, *BODY)
    assert (meta.outlet.value, meta.author.value) == ("Example", None)
    _, meta = build(HEADLINE, "Dated 3 March 2021", "Jane Roe", *BODY)
    assert meta.author.value == "Jane Roe"


@pytest.mark.parametrize(
    ("line", "outlet"), [("© Newspaper WordPress Theme by Example", None), ("© 2024 Harbour Gazette", "Harbour Gazette")]
)
def test_a_themes_credit_names_no_outlet(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


# LISTED_UNDER_A_LEAD_IN: the article's sentence ending with a colon and the short items under it, below its last
# paragraph and above the page's furniture, stay; a footer's short "Follow us:" and its links go.
AREAS = ["Harbour Island", "Riverside", "Northern Example", "Exampleton"]


@pytest.mark.parametrize(
    ("lead_in", "kept"),
    [("Storm signal no. 1 has been raised over the following areas of the region:", True), ("Follow us:", False)],
)
def test_a_list_under_the_articles_lead_in(lead_in: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, lead_in, *AREAS, "Leave a Reply", "Your email address will not be published.")
    texts = [x.text for x in cleaned.lines]
    assert all(area in texts for area in ("Riverside", "Exampleton")) is kept


# AGENCIES_SIGNOFF: two agencies with a slash sign off a paragraph after its full stop; an agency and a photographer
# credit a picture. A site's sections of topics ("Showbiz and Celebrity News") name no paper; a town's does.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("The presidents will hold a meeting and discuss trade, according to the adviser. (Xinhua/AP)", False),
        ("The presidents at the palace on Monday. (Xinhua/Jane Roe)", True),
    ],
)
def test_two_agencies_sign_off_a_paragraph(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert (2 in {d.number for d in cleaned.dropped}) is dropped


@pytest.mark.parametrize(
    ("line", "outlet"), [("Showbiz and Celebrity News", None), ("Harbour and District News", "Harbour and District News")]
)
def test_a_section_of_topics_names_no_paper(line: str, outlet: str | None) -> None:
    _, meta = build(line, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


# CREDIT_PHRASE_NO_TITLE, INSTITUTION_MASTHEAD: a credit for a version of the story, a writer's role, an institution's
# name alone: no headline. CLOCK_TAIL: the time in brackets after a headline is cut off.
@pytest.mark.parametrize(
    "line",
    [
        "Broadcast version by Jane Roe for Example News Service",
        "Example Times, Staff Reporter 2014-11-16",
        "CENTRE FOR JOINT HARBOUR STUDIES",
        "Ministry of Example Affairs",
    ],
)
def test_credits_and_institutions_are_no_headline(line: str) -> None:
    _, meta = build(line, *BODY)
    assert meta.title.value is None


def test_a_clock_after_the_headline_is_no_part_of_it() -> None:
    _, meta = build(HEADLINE + " (18:26)", *BODY)
    assert meta.title.value == HEADLINE
    _, meta = build("Harbour council approves the budget for 2026", *BODY)
    assert meta.title.value == "Harbour council approves the budget for 2026"


def test_discover_more_from_the_site_heads_its_subscription_box() -> None:
    cleaned, _ = build(
        HEADLINE, *BODY, "Discover more from Example News", "Subscribe to get the latest posts sent to your email."
    )
    assert {d.number: d.rule for d in cleaned.dropped}.get(5) == "promo-block"


# The bracket's credit and a month-day with no space at the slash; DEVANAGARI_LEAD: a Hindi dateline ending with a
# danda; DESK_BYLINE_LEAD: a desk's credit before the dateline. Each read, the paragraph's text after it.
@pytest.mark.parametrize(
    ("opening", "place", "wire", "date", "month_day"),
    [
        ("SURIGAO CITY (Example News/3 December) – ", "SURIGAO CITY", "Example News", None, "--12-03"),
        ("जयपुर, 1 जनवरी 2023, (एजेंसी)। ", "जयपुर", "एजेंसी", "2023-01-01", None),
        ("नई दिल्ली, 5 मार्च। ", "नई दिल्ली", None, None, "--03-05"),
        ("By A Staff Reporter,Kathmandu, Oct. 18: ", "Kathmandu", None, None, "--10-18"),
    ],
)
def test_more_datelines(opening: str, place: str, wire: str | None, date: str | None, month_day: str | None) -> None:
    lead = parse_lead(opening + LEAD)
    assert lead is not None
    assert (lead.place, lead.wire, lead.date.iso if lead.date else None, lead.month_day) == (place, wire, date, month_day)
    assert (opening + LEAD)[lead.end :] == LEAD


def test_a_desks_credit_with_no_dateline_is_no_lead() -> None:
    assert parse_lead("By a reporter who saw it all, the harbour was calm on Tuesday.") is None


# DISCOVER_MORE_FROM, the comments' disclaimer, VIETNAMESE_FOLLOW_NAMED: the site names itself under the article; a
# partner's box names no one.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Discover more from Example News", "Example News"),
        ("اكتشاف المزيد من مثال نيوز", "مثال نيوز"),
        ("Example Daily is not responsible for the comments that users post below.", "Example Daily"),
        ("Theo dõi Example.vn trên", "example.vn"),
        ("Discover more from our partners", None),
    ],
)
def test_the_site_names_itself_under_the_article(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


# LOWER_CASE_HEAD_LABELS: lower-case tags and pictures' texts above the headline go; a date line, or a line of the
# article's hard-wrapped text (its neighbour ends with a comma or holds a sentence's end), stays. ROMANCE_NAME_PARTS and
# "pub": a credit to a paper with "do", the Portuguese advertisement label.
@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        (["harbour festival", "ferry timetable example"], {1, 2}),
        (["17:33 01 january"], set()),
        (["The council met on Tuesday,", "and then the mayor", "spoke. After that the vote"], set()),
    ],
)
def test_lower_case_labels_above_the_headline(lines: list[str], dropped: set[int]) -> None:
    cleaned, _ = build(*lines, HEADLINE, *BODY)
    assert {d.number for d in cleaned.dropped if d.rule == "nav-label"} == dropped


@pytest.mark.parametrize(("line", "rule"), [("pub", "advertisement"), ("fotografia: Jornal do Example", "caption-credit")])
def test_a_portuguese_credit_and_ad_label(line: str, rule: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:1], line, *BODY[1:])
    assert {d.number: d.rule for d in cleaned.dropped}.get(3) == rule


# CUT_TO_ONE_LENGTH: three other stories' teasers cut at one number of characters, mid-word, go with the lines between
# them; a headline printed three times, or bullets of one length, stay.
def _cut(text: str, length: int = 60) -> str:
    return (text * 3)[:length].rstrip() + "x"


TEASER_TEXTS = [
    "The harbour council met the ferry operators on Monday to discuss ",
    "Fishermen in the northern bays say the catch has fallen again this ",
    "The new bridge over the river will open to traffic next spring, the ",
]


def test_teasers_cut_at_one_length() -> None:
    teasers = [_cut(t) for t in TEASER_TEXTS]
    assert len({len(t) for t in teasers}) == 1
    cleaned, _ = build(HEADLINE, *BODY, *teasers)
    assert {d.number for d in cleaned.dropped if d.rule == "teaser"} == {5, 6, 7}
    cleaned, _ = build(HEADLINE, *BODY, *("• " + t for t in teasers))
    assert not {d.number for d in cleaned.dropped if d.rule == "teaser"}


# MEHR_AUS and readers' interactions: a German list's label and its counters; a sentence with the words stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("MEHR AUS HARBOURLAND", "promo-block"),
        ("26 Interaktionen", "comment-widget"),
        ("0 Bình luận", "comment-widget"),
        ("Mehr aus dem Hafen kam am Dienstag nicht, sagte der Bürgermeister.", None),
    ],
)
def test_a_german_list_label_and_counters(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Harbour ferry returns after the winter break")
    assert {d.number: d.rule for d in cleaned.dropped}.get(5) == rule


@pytest.mark.parametrize("label", ["Bài liên quan", "Nổi bật", "Bu haberler de ilginizi çekebilir"])
def test_related_labels_in_vietnamese_and_turkish(label: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY, label, "Harbour ferry returns after the winter break")
    assert {d.number: d.rule for d in cleaned.dropped if d.number >= 5} == {5: "promo-block", 6: "promo-block"}


# THIS_PICTURE_SHOWS, VIA_AGENCY_CREDIT, LOWER_CASE_PHOTO_TAIL: an agency's caption opening, a picture's source "via" an
# agency alone, the picture's kind in lower case after the caption; sentences with the words stay.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("This picture taken on July 20, 2015 shows the mayor being greeted by residents at the harbour.", True),
        ("Example defence ministry via Reuters", True),
        ("State flags of Harbouria and Exampleland. archive photo", True),
        ("The report was published via Reuters.", False),
        ("This picture of the harbour was taken by the mayor, who said it shows the new pier.", False),
    ],
)
def test_more_captions_and_credits(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert (2 in {d.number for d in cleaned.dropped}) is dropped


# NUMBER_WORDS: a count opening a sub-heading is no given name; FREE_ACCOUNT_TO_CONTINUE: a registration wall, never the
# headline; "PRNewswire-USNewswire" is PR Newswire's.
def test_a_count_is_no_given_name() -> None:
    _, meta = build(HEADLINE, "Drei Schwerverletzte", *BODY)
    assert meta.author.value is None
    _, meta = build(HEADLINE, "Jane Roe", *BODY)
    assert meta.author.value == "Jane Roe"


def test_a_registration_wall_is_no_headline() -> None:
    cleaned, meta = build("Create a free Example.net account to continue", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    assert {d.number: d.rule for d in cleaned.dropped}.get(1) == "paywall"


def test_pr_newswires_us_service_is_its_wire() -> None:
    registry = parse_registry("registry.yml", (ROOT / "registry.yml").read_text(encoding="utf-8"), Problems())
    release = "PITTSBURGH, July 11, 2011 /PRNewswire-USNewswire/ -- " + LEAD
    _, meta = build(HEADLINE, release, *BODY, registry=registry)
    assert (meta.wire.value, meta.outlet.value) == ("PR Newswire", None)


# Read-the-full-article links in Italian, French, Spanish, German; Korean font-size controls; Japanese lists' labels;
# a Vietnamese "illustrative photo" after a caption. Without the trigger, a line of the article stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("leggi l'articolo completo", True),
        ("글자크기 설정", True),
        ("このほかの記事", True),
        ("Công trường cao tốc ở phía nam. Ảnh minh họa", True),
        ("Công trường cao tốc ở phía nam đã hoàn thành sau hai năm thi công.", False),
    ],
)
def test_more_foreign_furniture(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Harbour ferry returns after the winter break")
    assert (5 in {d.number for d in cleaned.dropped}) is dropped


# LEADERS_PAIRED: two leaders side by side with only "and" between them, in any language, take part whatever verb
# follows; one leader named once in a later paragraph does not.
PUTIN_XI = parse_registry(
    "r.yml",
    "leaders:\n  - name: Vladimir Putin\n    role: President of Russia\n    aliases: [Putin]\n"
    "  - name: Xi Jinping\n    role: President of China\n    aliases: [Şi Cinping, Xi]\n",
    Problems(),
)


@pytest.mark.parametrize(
    ("sentence", "leaders"),
    [
        ("Çin lideri Şi Cinping ve Putin, ortaklığı güçlendirmeyi amaçlıyor.", ("Vladimir Putin", "Xi Jinping")),
        ("Çin lideri Şi Cinping, Putin'in ortaklığını güçlendirmeyi amaçlıyor.", ("Vladimir Putin",)),
    ],
)
def test_two_leaders_paired_by_and_take_part(sentence: str, leaders: tuple[str, ...]) -> None:
    lines = [
        "Putin yeni döneminin ilk yurt dışı ziyareti için Çin'e gitti",
        "Rus lider Putin'in uçağı sabah erken saatlerde Pekin havalimanına indi ve heyet karşılandı.",
        "Ziyaret uluslararası ve bölgesel gerilimlerin arttığı bir dönemde gerçekleşiyor, dedi yetkililer.",
        "Putin'in ziyareti ekonomik ilişkileri de kapsıyor ve birçok anlaşma imzalanması bekleniyor.",
        sentence,
    ]
    _, meta = build(*lines, registry=PUTIN_XI)
    assert meta.leaders.value == leaders
