"""Issue 17, fifteenth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text (names of real agencies only where the shipped registry is what is tested),
asserting the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen13 import CJK_BODY

from archive import rules
from archive.pipeline import load_registry
from archive.problems import Problems

SHIPPED = load_registry(Path("registry.yml"), Problems())


def dropped(cleaned) -> list[tuple[int, str, str]]:
    return [(d.number, d.rule, d.text) for d in cleaned.dropped]


def test_a_lead_opening_with_a_dispatch_dateline_is_no_caption_above_a_credit() -> None:
    # DISPATCH_IS_NO_CAPTION: the agency's lead, then the picture's caption ending with its photographer's credit
    lead = "新华社苏州5月16日电(记者王明)国家文物局局长当地时间5月16日上午在苏州博物馆出席开馆仪式。"
    caption = "5月16日上午,国家文物局局长在苏州博物馆出席开馆仪式。 新华社记者 张锋 摄"
    cleaned, meta = build("博物惠民通古今", lead, caption, *CJK_BODY, registry=SHIPPED)
    assert dropped(cleaned) == [(3, rules.CAPTION, caption)]
    assert (meta.wire.value, meta.date.get("partial")) == ("Xinhua", "--05-16")
    # without the dateline the same short sentence above the credited caption is the picture's too
    sentence = lead.split(")", 1)[1]
    cleaned, _ = build("博物惠民通古今", sentence, caption, *CJK_BODY)
    assert dropped(cleaned) == [(2, rules.CAPTION, sentence), (3, rules.CAPTION, caption)]


HEAD_BODY = (
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday for talks on trade, energy "
    "and security, officials said.",
    "The two leaders signed several agreements and pledged to deepen their partnership in the years ahead, according to "
    "a joint statement.",
)


def test_a_page_title_with_hashtags_before_its_suffix_gives_the_headline_printed_bare_below_it() -> None:
    # TITLE_HASHTAG_TAIL and TITLE_PRINTED_BARE: the page's title, then the headline alone
    page_title, headline = (
        "Xi and Putin meet in Moscow for talks #Moscow #Russia - Example City Guide",
        "Xi and Putin meet in Moscow for talks",
    )
    cleaned, meta = build(page_title, headline, "(13 February 2025)", *HEAD_BODY)
    assert (meta.title.value, dropped(cleaned)) == (headline, [(2, rules.REPEATED_LINE, headline)])
    # without the bare headline, hashtags and dash are the title's as printed
    _, meta = build(page_title, "(13 February 2025)", *HEAD_BODY)
    assert meta.title.value == page_title


def test_the_headline_printed_bare_under_its_page_title_is_a_repeat() -> None:
    # TITLE_PRINTED_BARE in cleaning: the copy without the site's name goes, as an exact copy would
    cleaned, meta = build(
        "Xi and Putin meet in Moscow for talks | Example Times", "Xi and Putin meet in Moscow for talks", *HEAD_BODY
    )
    assert (meta.title.value, dropped(cleaned)) == (
        "Xi and Putin meet in Moscow for talks",
        [(2, rules.REPEATED_LINE, "Xi and Putin meet in Moscow for talks")],
    )
    # a different line under it stays
    cleaned, _ = build("Xi and Putin meet in Moscow for talks | Example Times", "Talks on trade and energy open", *HEAD_BODY)
    assert dropped(cleaned) == []


@pytest.mark.parametrize("line", ["Harbour 86, Crestview 82, OT", "Harbour 2, Crestview 1 (aet)", "Jay 3, Sample Town 2 (2OT)"])
def test_a_result_decided_after_time_is_a_score_line(line: str) -> None:
    # OVERTIME_MARK
    assert rules.score_line(line)
    assert not rules.score_line("Harbour 86, Crestview 82, officials said")


def test_a_scoreboards_round_headings_printed_for_each_class_stay() -> None:
    # RESULTS_ROUND_HEADING: the same round's heading above each class's results
    board = (
        "Class 5A Boys",
        "Semifinals (Friday at Example Center)",
        "Harbour 77, Crestview 71",
        "Championship Game (Saturday at Example Center)",
        "Harbour 79, Jay 67",
        "Class 5A Girls",
        "Semifinals (Friday at Example Center)",
        "Sample Town 56, Crestview 42",
        "Championship Game (Saturday at Example Center)",
        "Sample Town 56, Jay 50, OT",
    )
    cleaned, _ = build(
        "State Tournament Scoreboard",
        "Harbour won the boys' title and Sample Town the girls' title at the state tournament this weekend.",
        *board,
    )
    assert dropped(cleaned) == []
    # above paragraphs, not results, the line is another story's headline and its copy a repeat
    cleaned, _ = build(
        HEADLINE, BODY[0], "Semifinals (Friday at Example Center)", BODY[1], "Semifinals (Friday at Example Center)", BODY[2]
    )
    line = "Semifinals (Friday at Example Center)"
    assert dropped(cleaned) == [(3, rules.RELATED_HEADLINE, line), (5, rules.REPEATED_LINE, line)]


def test_the_credits_by_is_never_the_staffs_outlet() -> None:
    # STAFF_CREDIT: "By Staff, Agencies" names no outlet; "By Example Times Staff" does
    _, meta = build(HEADLINE, "By Staff, Agencies", *BODY)
    assert meta.outlet.value is None
    _, meta = build(HEADLINE, "By Example Times Staff", *BODY)
    assert meta.outlet.value == "Example Times"


def test_results_ending_with_the_same_word_after_a_dash_name_no_site() -> None:
    # RESULT_BEFORE_DASH: "#12 Harbour 48, #8 Jay 37 – Consolation" on every result line
    results = ("#12 Harbour 48, #8 Jay 37 – Consolation", "#3 Crestview 56, #7 Sample Town 41 – Consolation")
    _, meta = build(HEADLINE, *BODY, *results)
    assert meta.outlet.value is None
    # pictures' captions ending with the site's name do name it
    captions = (
        "A worker at the harbour gate on Monday – Example Herald",
        "Ships wait outside the harbour on Tuesday – Example Herald",
    )
    _, meta = build(HEADLINE, *BODY, *captions)
    assert meta.outlet.value == "Example Herald"


@pytest.mark.parametrize(
    ("bracket", "wire"), [("Odisha", None), ("IANS", "IANS"), ("Example News Service", "Example News Service")]
)
def test_a_region_in_brackets_after_an_undated_place_is_no_wire(bracket: str, wire: str | None) -> None:
    # REGION_IN_BRACKETS: "Bhubaneswar (Odisha): ..." (an Indian paper's dateline) names the state, not an agency
    _, meta = build(HEADLINE, f"Bhubaneswar ({bracket}): " + BODY[0], *BODY[1:])
    assert meta.wire.value == wire


def test_a_line_with_an_unfilled_template_placeholder_is_furniture() -> None:
    # TEMPLATE_PLACEHOLDER_IN_LINE
    promo = "Support Local Journalism Your subscription makes our reporting possible. {{featured_button_text}}"
    cleaned, meta = build(promo, *BODY)
    assert (dropped(cleaned), meta.title.value) == ([(1, rules.TEMPLATE_CODE, promo)], None)
    # braces around a word are a sentence's ("{{Hello}}" in a quoted message), and stay
    sentence = "The council's message read {{Hello}} on the screen above the stage, to the crowd's amusement."
    cleaned, _ = build(HEADLINE, sentence, *BODY)
    assert dropped(cleaned) == []


def test_a_flattened_header_gives_the_headline_without_its_flag_credit_date_and_age() -> None:
    # TITLE_FLAG_PREFIX, TITLE_CREDIT_BEFORE_DATE, and TITLE_DATE_TAIL with the story's age after the date
    header = "featured HIGH SCHOOL BASKETBALL: State tournament roundup EXAMPLE REGISTER Mar 3, 2023 2 hrs ago"
    _, meta = build(header, *BODY)
    assert (meta.title.value, meta.date.value) == ("HIGH SCHOOL BASKETBALL: State tournament roundup", "2023-03-03")
    # a headline in title case keeps its first word, and capitals without a date after them are its own
    _, meta = build("Featured artists sing at the HARBOUR FESTIVAL", *BODY)
    assert meta.title.value == "Featured artists sing at the HARBOUR FESTIVAL"


def test_headlines_listed_with_their_age_are_other_stories() -> None:
    # TIMED_HEADLINE_LIST: the latest stories above the article, each with "- N hours ago"
    latest = ("Five killed in crash on the coast road - 2 hours ago", "Markets rally after rate decision – about 1 hour ago")
    cleaned, meta = build(*latest, HEADLINE, *BODY)
    assert (meta.title.value, [d[:2] for d in dropped(cleaned)]) == (
        HEADLINE,
        [(1, rules.RELATED_HEADLINE), (2, rules.RELATED_HEADLINE)],
    )
    # one such line alone is not a list
    cleaned, _ = build(HEADLINE, BODY[0], latest[0], *BODY[1:])
    assert dropped(cleaned) == []


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # a social-icons plugin's call above its buttons
        (
            rules.SOCIAL_PROMO,
            "Please follow and like us:",
            "Please follow the signs and like the rest of us, wait your turn, the mayor said.",
        ),
        # a page template's notice to old browsers (OUTDATED_BROWSER)
        (
            rules.WIDGET_ERROR,
            "You are using an outdated browser. Please upgrade your browser to improve your experience.",
            "Officials said many people were using an outdated browser, which left them open to the attack.",
        ),
        # a Russian site's call to follow it on a platform (FOLLOWED_THING: Дзен, VK, RUTUBE)
        (
            rules.SOCIAL_PROMO,
            "Подписывайтесь на Example в Дзен",
            "Горожане подписываются на петицию, сообщили в администрации города.",
        ),
    ],
)
def test_platform_furniture(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


@pytest.mark.parametrize(
    "credit", ["[Photo/Xinhua]", "(PHOTO / XINHUA)", "[Photo/Agencies]", "[Photo provided to Example Daily]"]
)
def test_a_caption_with_a_bracketed_photo_credit_goes(credit: str) -> None:
    # BRACKETED_PHOTO_SLASH: China's English-language state papers credit a picture so
    caption = f"Harbour Mayor Jane Roe speaks with residents at the harbour in Harbour City, June 5, 2022. {credit}"
    cleaned, _ = build(HEADLINE, BODY[0], caption, *BODY[1:])
    assert dropped(cleaned) == [(3, rules.CAPTION, caption)]
    # a photo word alone in brackets is a headline's gallery label
    labelled = "Harbour Mayor Jane Roe speaks with residents at the harbour in Harbour City, June 5, 2022. (Photos)"
    cleaned, _ = build(HEADLINE, BODY[0], labelled, *BODY[1:])
    assert dropped(cleaned) == []


def test_a_pictures_alternative_text_above_its_longer_caption_goes() -> None:
    # ALT_TEXT_OF_CAPTION: every word of the line is the credited caption's below it
    alt = "Harbour Mayor Jane Roe speaks with residents"
    caption = "FILE PHOTO: Harbour Mayor Jane Roe speaks with residents at the harbour, June 5, 2022. Example/Pool via EXAMPLE"
    cleaned, meta = build(alt, caption, HEADLINE, *BODY)
    assert (meta.title.value, [d[:2] for d in dropped(cleaned)]) == (HEADLINE, [(1, rules.CAPTION), (2, rules.CAPTION)])
    # a line with words of its own above the caption is the headline
    cleaned, meta = build("Harbour Mayor Jane Roe opens the new harbour wall", caption, *BODY)
    assert (meta.title.value, [d[:2] for d in dropped(cleaned)]) == (
        "Harbour Mayor Jane Roe opens the new harbour wall",
        [(2, rules.CAPTION)],
    )


def test_a_venue_line_above_the_date_is_no_headline() -> None:
    # VENUE_LINE: a building, its city and country, above the first sentence
    venue = "Great Hall of the People, Beijing, China"
    cleaned, meta = build(venue, "October 20, 2016", *BODY)
    assert (meta.title.value, meta.date.value, [line.role for line in cleaned.lines][:1]) == (None, "2016-10-20", ["dateline"])
    # a headline with a comma before its place is a headline
    _, meta = build("Floods recede in the harbour district, Beijing", "October 20, 2016", *BODY)
    assert meta.title.value == "Floods recede in the harbour district, Beijing"


def test_a_site_name_glued_to_the_headline_is_left_out() -> None:
    # TITLE_GLUED_SITE
    _, meta = build("site.exampleHarbour council approves the new budget", *BODY)
    assert meta.title.value == "Harbour council approves the new budget"
    # a name with a dot inside the headline stays
    _, meta = build("Example.com buys the harbour council's old website", *BODY)
    assert meta.title.value == "Example.com buys the harbour council's old website"


def test_a_source_line_saying_what_the_source_is_names_its_agency() -> None:
    # SOURCE_WITH_DESCRIPTION: the agency among the line's parts (the shipped registry's)
    source = "Source: RIA Novosti, a state-owned Russian news outlet, citing Example Central Television"
    _, meta = build(HEADLINE, BODY[0], source, *BODY[1:], registry=SHIPPED)
    assert meta.wire.value == "RIA Novosti"
    # a long line naming no agency names no wire
    _, meta = build(
        HEADLINE,
        BODY[0],
        "Source: the harbour council's own figures, as published in its annual report",
        *BODY[1:],
        registry=SHIPPED,
    )
    assert meta.wire.value is None


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Li Csiang kínai miniszterelnök tárgyalt", "Li Qiang"),  # Hungarian transcription
        ("tárgyalt Mihail Misusztyinnal", "Mikhail Mishustin"),  # ... declined ("with"), the consonant doubled
        ("Hszi Csin-pinggel", "Xi Jinping"),
        ("premiér Li Kche-čchiang navštívil", "Li Keqiang"),  # Czech transcription
        ("Ο κινέζος πρόεδρος Σι Τζινπίνγκ", "Xi Jinping"),  # Greek
        ("चीनी प्रधानमंत्री ली कियांग", "Li Qiang"),  # Hindi
        ("राष्ट्रपति व्लदीमिर पूतिन ने", "Vladimir Putin"),  # Hindi, the other spelling of the surname
        ("Вън Цзябао ще вземе участие", "Wen Jiabao"),  # Bulgarian
    ],
)
def test_a_leaders_name_in_more_languages_is_found(text: str, leader: str) -> None:
    assert [m.name for m in SHIPPED.matcher("leaders").find(text)] == [leader]


def test_a_word_starting_like_a_leaders_hungarian_name_is_no_leader() -> None:
    # the endings are a name's; another word that starts the same is not the name
    assert SHIPPED.matcher("leaders").find("Putyinizmus és Medvegyevék") == []


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Jane Roe · 3 min read", "Jane Roe"),  # NAME_THEN_READING_TIME
        ("Jane Roe | Mar 3, 2019 · 3 min read", "Jane Roe"),
        ("Jane Roe Mar 3, 2019", None),  # a name and a date alone may be a picture's caption
    ],
)
def test_a_name_with_a_reading_time_is_the_byline(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.author.value == author


def test_a_writer_named_with_the_city_they_write_from_is_the_byline() -> None:
    # NAMES_IN_PLACES: as British papers print it under the headline
    _, meta = build(HEADLINE, "Jane Roe in Moscow and John Doe in Beijing", *BODY)
    assert meta.author.value == "Jane Roe and John Doe"
    # a person the article is about, named in it, is the picture's subject; an unknown place names no writer
    _, meta = build(HEADLINE, "Jane Roe in Moscow", BODY[0] + " Jane Roe said so.", *BODY[1:])
    assert meta.author.value is None
    _, meta = build(HEADLINE, "Jane Roe in Harbourtown", *BODY)
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("lead", "partial", "wire"),
    [
        ("HARBOUR CITY, August 17—The harbour council approved the new budget on Tuesday.", "--08-17", None),  # DASH_GLUED
        ("示例网北京10月22日消息 据报道,港口城市议会周二批准了新的预算。", "--10-22", "示例网"),  # a radio's 消息
        ("示例网EXAMPLE.CN莫斯科4月27日电 港口城市议会周二批准了新的预算。", "--04-27", "示例网"),  # the site's address
    ],
)
def test_more_dateline_shapes_give_the_month_and_day(lead: str, partial: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY[1:])
    assert (meta.date.get("partial"), meta.wire.value) == (partial, wire)


def test_a_hyphen_glued_to_the_text_is_no_dateline_dash() -> None:
    _, meta = build(HEADLINE, "HARBOUR CITY, August 17-Year-old pupils return to school this week, the council said.", *BODY[1:])
    assert meta.date.get("partial") == ""


@pytest.mark.parametrize(("stamp", "date"), [("2023-03", "2023-03-20"), ("2023-04", "2023-04")])
def test_a_months_stamp_and_the_datelines_day_of_that_month_are_the_day(stamp: str, date: str) -> None:
    # STAMP_MONTH_AND_DATELINE_DAY: a copy tool's stamp of the month and the dateline's day; another month stays the month
    _, meta = build(f"date {stamp} HARBOUR CITY, March 20 (Example Wire) - " + BODY[0], *BODY[1:])
    assert meta.date.value == date


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("HARBOUR CITY, June 16, 2025 " + BODY[0], "2025-06-16"),  # FULL_DATE_THEN_TEXT
        ("HARBOUR CITY, October 14,2024: " + BODY[0], "2024-10-14"),  # no space before the year
        ("HARBOUR CITY, June 16 " + BODY[0], None),  # without the year the date may be the sentence's
    ],
)
def test_a_dateline_in_capitals_with_its_full_date_runs_into_the_text(lead: str, date: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY[1:])
    assert meta.date.value == date


def test_a_chinese_papers_print_edition_dates_the_article() -> None:
    # CJK_PRINT_EDITION: the paper in book-title marks, the date and the page
    cleaned, meta = build("博物惠民通古今", "《示例日报》(2025年05月08日第 09 版)", *CJK_BODY)
    assert (meta.date.value, meta.wire.value, [line.role for line in cleaned.lines][:2]) == (
        "2025-05-08",
        "示例日报",
        ["title", "byline"],
    )
    # a sentence naming a paper's issue is the article's
    sentence = "《示例日报》2025年05月08日第09版刊登了这篇关于博物馆免费开放的长篇报道,引起读者广泛关注。"
    cleaned, meta = build("博物惠民通古今", sentence, *CJK_BODY)
    assert (meta.date.value, dropped(cleaned)) == (None, [])


@pytest.mark.parametrize(
    ("line", "date", "wire"),
    [
        ("(Example Daily Online) 10:26, March 22, 2023", "2023-03-22", None),  # BRACKETED_NAME_THEN_DATE
        ("Source(s): Example News Agency", None, "Example News Agency"),  # the label with its plural in brackets
    ],
)
def test_state_media_credit_lines(line: str, date: str | None, wire: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert ([x.role for x in cleaned.lines][1], meta.date.value, meta.wire.value) == (
        "dateline" if date else "byline",
        date,
        wire,
    )
    # a sentence opening with a bracketed name is the article's
    sentence = "(Example Daily Online) readers voted on March 22, 2023 for the harbour council's new budget plan."
    cleaned, meta = build(HEADLINE, sentence, *BODY)
    assert ([x.role for x in cleaned.lines][1], meta.date.value) == ("paragraph", None)


def test_a_broadcasters_short_link_button_goes() -> None:
    cleaned, _ = build(HEADLINE, BODY[0], "Get short URL", *BODY[1:])
    assert dropped(cleaned) == [(3, rules.NAV_LABEL, "Get short URL")]


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        (rules.END_MARKER, "Enditem", "The talks will end in May, the item on the agenda said."),  # a wire's end mark
        (rules.END_MARKER, "(END)", "The talks (which will end in May) were long."),
        (rules.NAV_LABEL, "Text version", "The text version of the statement was published on Tuesday, officials said."),
        (rules.NAV_LABEL, "Direct link to material", "A direct link to the material was sent to every member of the council."),
        (rules.NAV_LABEL, "You can share this story on social media:", "You can share your views on the budget at the meeting."),
        (
            rules.DISCLAIMER,
            "Our Standards: The Example Trust Principles., opens new tab",
            "Our standards are high, the mayor said on Tuesday, and the harbour wall must meet them.",
        ),
        (rules.DISCLAIMER, "Why you can trust Example", "Why you can trust the figures is another question, the auditor said."),
        (
            rules.DISCLAIMER,
            "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)",
            "This story has not been told before, the mayor said of the harbour's history.",
        ),
        (
            rules.SOCIAL_PROMO,
            "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Example.",
            "Catch all the buses you can, the mayor told residents on Tuesday.",
        ),
        (
            rules.TAG_CLOUD,
            "Published in sections: News, Transcripts",
            "Published in sections over three days, the report was long.",
        ),
        (
            rules.SOURCE_CREDIT,
            "This article was originally published on Example News.",
            "This article was originally published on paper, the archivist said.",
        ),
    ],
)
def test_news_sites_furniture(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_a_date_printed_twice_glued_to_its_year_is_read() -> None:
    # GLUED_DATE_TWICE
    cleaned, meta = build(HEADLINE, "Published On 21 Mar 202321 Mar 2023", *BODY)
    assert (meta.date.value, [line.role for line in cleaned.lines][:2]) == ("2023-03-21", ["title", "dateline"])


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        (rules.NAV_LABEL, "Link Copied!", "The link copied from the council's site was broken, residents said."),
        (rules.NAV_LABEL, "Supported by", "Supported by the council, the plan passed on Tuesday."),
        (rules.NAV_LABEL, "Reuse this content", "Reuse this content, the mayor urged, and save the council money."),
        (rules.NAV_LABEL, "Hide caption", "Hide the caption, the editor told the designer on Tuesday."),
        (rules.NAV_LABEL, "Request Reprint & Licensing", "The request for reprint and licensing was refused by the council."),
        (rules.DISCLAIMER, "This article is more than 1 year old", "This article is more than a report, the editor said."),
        (
            rules.DISCLAIMER,
            "A version of this article appears in print on March 22, 2023, Section A, Page 1 of the Example edition.",
            "A version of this plan appears in the council's report, the mayor said.",
        ),
        (
            rules.DISCLAIMER,
            "(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)",
            "Except for the headline, the story was true, the council's spokesman said.",
        ),
        (
            rules.DISCLAIMER,
            "(Only the headline and picture of this report may have been reworked by the Example staff; the rest is auto-generated.)",
            "Only the headline of the report was changed, the council said on Tuesday.",
        ),
        (
            rules.SOCIAL_PROMO,
            "Get Latest World News along with Latest News and Top Headlines from Example and around the world.",
            "Get the latest budget figures from the council's office, the mayor said.",
        ),
        (rules.SOCIAL_PROMO, "Contact us at letters@example.com.", "Contact us at the harbour office, the council said."),
    ],
)
def test_more_news_sites_furniture(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


@pytest.mark.parametrize(
    ("line", "lead", "date", "wire", "author"),
    [
        # CREDIT_BEFORE_NAME: the agency's name after the writer's is no masthead
        ("By Jane Roe Associated Press", False, None, "Associated Press", "Jane Roe"),
        # NEXT_LABEL_IN_LINE: the source's name ends where the next label begins
        ("Source: Xinhua Editor: jane 2023-03-21 08:20:11", False, "2023-03-21", "Xinhua", None),
        # GLUED_YEAR_TIME: a wire's page stamp copied without spaces
        ("March 21, 20238:11 PM GMT+8Updated a year ago", False, "2023-03-21", None, None),
        ("BEIJING, March 21 Kyodo - ", True, "--03-21", "Kyodo News", None),  # BARE_AGENCY
        ("Moscow. March 21. INTERFAX - ", True, "--03-21", "Interfax", None),  # PLACE_STOP_DATE_STOP_AGENCY
    ],
)
def test_wire_copy_credit_and_date_shapes(line: str, lead: bool, date: str | None, wire: str, author: str | None) -> None:
    lines = [HEADLINE, line + BODY[0], *BODY[1:]] if lead else [HEADLINE, line, *BODY]
    _, meta = build(*lines, registry=SHIPPED)
    assert (meta.date.value or meta.date.get("partial") or None, meta.wire.value, meta.author.value) == (date, wire, author)


@pytest.mark.parametrize(
    "lead",
    [
        "BEIJING, March 21 Police - ",  # a capitalised word before the dash that is no agency's
        "Moscow. March 21. Police - ",  # ... nor in capitals
    ],
)
def test_a_word_before_the_datelines_dash_that_is_no_agency_names_no_wire(lead: str) -> None:
    _, meta = build(HEADLINE, lead + BODY[0], *BODY[1:], registry=SHIPPED)
    assert meta.wire.value is None


XI_BODY = (
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday for talks on trade, energy "
    "and security, officials said.",
    "The two leaders signed several agreements and pledged to deepen their partnership in the years ahead, according to a "
    "joint statement.",
)


@pytest.mark.parametrize(
    ("page_title", "title", "outlet"),
    [
        ("Xi, Putin hold talks in Moscow - CGTN", "Xi, Putin hold talks in Moscow", "CGTN"),  # TITLE_REGISTRY_SUFFIX
        ("Putin, Xi hold talks in Kremlin — TASS", "Putin, Xi hold talks in Kremlin", "TASS"),
        ("Xi and Putin meet in Moscow – DW – 03/21/2023", "Xi and Putin meet in Moscow", "Deutsche Welle"),  # SITE_THEN_DATE
        ("Xi and Putin meet in Moscow--People's Daily Online", "Xi and Putin meet in Moscow", "People's Daily"),  # glued --
        ("Meeting with Xi Jinping in Moscow • President of Russia", "Meeting with Xi Jinping in Moscow", None),  # a bullet
        ("Xi and Putin meet in Moscow - Kremlin talks", "Xi and Putin meet in Moscow - Kremlin talks", None),  # no outlet's
    ],
)
def test_a_page_titles_suffix_naming_a_registry_outlet_goes(page_title: str, title: str, outlet: str | None) -> None:
    _, meta = build(page_title, *XI_BODY, registry=SHIPPED)
    assert (meta.title.value, meta.outlet.value) == (title, outlet)


@pytest.mark.parametrize(
    ("credit", "author", "outlet"),
    [
        ("By Jane Roe, Example correspondent", "Jane Roe", None),  # BEAT_NOT_OUTLET: a beat, not a paper
        ("By Jane Roe, Moscow correspondent", "Jane Roe", None),  # ... a place
        ("By Jane Roe, Example Courier correspondent", "Jane Roe", "Example Courier"),  # a paper's name
        ("By Jane Roe, Example staff writer", "Jane Roe", "Example"),  # the site's staff, whatever its name
    ],
)
def test_a_beat_before_the_writers_role_is_no_outlet(credit: str, author: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, credit, *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


def test_writers_credited_with_agencies_are_no_list_of_agencies() -> None:
    # AGENCIES_CREDITED: each part one agency's short name; writers with the agencies after them are no such list
    _, meta = build(HEADLINE, "Jane Roe | John Doe with Reuters, AFP", *BODY, registry=SHIPPED)
    assert meta.wire.value is None
    _, meta = build(HEADLINE, "Reuters, AFP", *BODY, registry=SHIPPED)
    assert meta.wire.value == "Reuters, AFP"
