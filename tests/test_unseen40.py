"""Issue 17, fortieth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from support import ROOT
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.problems import Problems
from archive.registry import parse_registry

REGISTRY = parse_registry("registry.yml", (ROOT / "registry.yml").read_text(encoding="utf-8"), Problems())


def _dropped(cleaned) -> dict[str, str]:
    return {d.text: d.rule for d in cleaned.dropped}


def _roles(cleaned) -> dict[str, str]:
    return {line.text: line.role for line in cleaned.lines}


# SERIES_OF_SUB_HEADINGS: sub-headings opening alike, each over its paragraph, head the article's sections, though
# their words are new to the text; one such line alone between paragraphs is another story's headline.
SECTIONS = [
    (
        "Meeting with Harbour Mayor Jane Roe on May 1",
        "The minister said the port would need new cranes before the winter season began.",
    ),
    (
        "Meeting with Valley Governor John Doe on May 2",
        "The two men agreed that the road north should be widened within three years.",
    ),
    (
        "Meeting with River Chief Ann Poe on May 3",
        "She asked for money to repair the flood walls along the eastern bank of the river.",
    ),
]


@pytest.mark.parametrize("sections", [3, 1])
def test_sub_headings_in_a_series_are_the_articles(sections: int) -> None:
    lines = [HEADLINE, BODY[0], BODY[1]]
    for heading, paragraph in SECTIONS[-sections:]:
        lines += [heading, paragraph]
    lines += [BODY[2]]
    cleaned, _ = build(*lines)
    last = SECTIONS[-1][0]
    if sections == 3:
        assert _roles(cleaned)[last] == "heading"
    else:
        assert _dropped(cleaned)[last] == "related-headline"


# EMBEDDED_POST_FRAME: an embedded post's frame and an image's placeholder go; a sentence about a shared photo stays.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("View this post on Instagram", True),
        ("A post shared by Harbour League (@harbourleague) on Oct 24, 2018 at 9:45am PDT", True),
        ("A post shared by @harbourleague", True),
        ("Post Featured Image", True),
        ("A post shared by the harbour league on Tuesday showed the new stadium from the air.", False),
        ("View this post to learn more", False),
    ],
)
def test_an_embedded_posts_frame(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert (_dropped(cleaned).get(line) == "video-widget") is dropped


# SITE_NEWSROOM after "By": "By Example Newsroom" credits the site's own newsroom; a generic word or an abbreviation
# names no site the page goes by.
@pytest.mark.parametrize(
    ("byline", "outlet"), [("By Harbourline Newsroom", "Harbourline"), ("By Business Newsroom", None), ("By HTV Newsroom", None)]
)
def test_a_newsroom_byline_names_the_outlet(byline: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, byline, "March 23, 2017", *BODY)
    assert (meta.outlet.value, meta.author.value) == (outlet, None)


# STAFF_BYLINE_OVER_AGENCY_FOOTER: an agency's © under a story its byline credits to a station's staff is the site's
# template: the station is the outlet, no wire; without the staff byline the agency owns the page and the copy.
@pytest.mark.parametrize(
    ("byline", "outlet", "wire"),
    [("By KXYZ Staff", "KXYZ", None), ("By Jane Roe", "Associated Press", "Associated Press")],
)
def test_a_staff_byline_over_an_agency_footer(byline: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(
        HEADLINE,
        byline,
        "Published: Jan. 21, 2023 at 8:51 AM CST",
        *BODY,
        "Copyright 2023 The Associated Press. All rights reserved.",
        registry=REGISTRY,
    )
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# COMPANY_NOT_PERSON: a firm's name with its legal form under the date is no author; a person's name is.
@pytest.mark.parametrize(
    ("credit", "author"), [("Harbour Energy Ltd", None), ("Harbour Energy Inc.", None), ("Jane Harbour", "Jane Harbour")]
)
def test_a_company_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "Sept. 11, 2025", credit, *BODY)
    assert meta.author.value == author


# ARTICLE_BY: the piece's kind before "by" opens a byline.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Article by Jane Roe and John Doe", "Jane Roe and John Doe"),
        ("An essay by Jane Roe", "Jane Roe"),
        ("Article Jane Roe", None),
    ],
)
def test_the_pieces_kind_before_by(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, "August 10, 2022", *BODY)
    assert meta.author.value == author


# SUBSCRIBE_TO_ITS_CHANNEL: "Subscribe to Example.Ru Telegram channel" names the site; "Subscribe to our Telegram
# channel" names none.
@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Subscribe to Harbourline.Ru Telegram channel, Facebook, RSS!", "Harbourline.Ru"),
        ("Subscribe to our Telegram channel, Facebook, RSS!", None),
    ],
)
def test_a_subscription_to_the_sites_channel(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, promo)
    assert meta.outlet.value == outlet


# NAME_GLUED_TO_LIBRARY: a photographer's name run into a picture library's, or beside it, is the photo's credit; a
# sentence ending with the library's name is not.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Jane RoeGetty Images", True),
        ("Jane Roe Getty Images", True),
        ("Jane Roegetty images", False),
        ("The council bought the picture from Getty Images", False),
    ],
)
def test_a_photographers_name_run_into_a_library(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert (line in _dropped(cleaned)) is dropped


# BYLINE_DATE_TIME: after a credit's "By", a date and a time end a byline whoever it names: never the headline, though
# its words are the article's and a date line follows it; a line opening with "By" without them stays a candidate.
TEAM_HEADLINE = "Harbour launch new warm-up jersey for senior team holiday fund"
TEAM_BODY = (
    "THE HARBOUR HURLERS have launched a special training jersey in a bid to raise funds for the team holiday.",
    "The top, to be worn by the team during warm-ups in next year's league matches, costs 150 euro.",
    "All the names of the team's supporters will feature on the shirt, the county board said on Tuesday.",
)


@pytest.mark.parametrize(
    ("credit", "title"),
    [
        ("By Harbour42 Team Thursday 15 Sep 2022, 1:26 PM", TEAM_HEADLINE),
        ("By the team: Thursday's harbour jersey launch", "By the team: Thursday's harbour jersey launch"),
    ],
)
def test_a_credit_with_its_date_and_time_is_no_headline(credit: str, title: str) -> None:
    deck = "The champions launched the training shirt yesterday."
    cleaned, meta = build(
        "Membership : Access or Sign Up", TEAM_HEADLINE, "", deck, "", credit, "1 hour ago 4,540 Views 4 Comments", "", *TEAM_BODY
    )
    assert meta.title.value == title
    assert (deck in _dropped(cleaned)) is (title != TEAM_HEADLINE)


# GLUED_CREDIT_TAIL: a role or a wire run into the writer's name is cut off (the wire read as the wire); a surname
# ending in capitals is no wire.
@pytest.mark.parametrize(
    ("byline", "author", "wire"),
    [
        ("Jane RoeAAP", "Jane Roe", "Australian Associated Press"),
        ("By Jane RoeContributor", "Jane Roe", None),
        ("By Jane McDONALD", "Jane McDONALD", None),
    ],
)
def test_a_role_or_wire_run_into_the_name(byline: str, author: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, byline, *BODY, registry=REGISTRY)
    assert (meta.author.value, meta.wire.value) == (author, wire)


# JUMP_LINKS and the logo's link home: page machinery; the link home names the site.
@pytest.mark.parametrize(
    ("line", "dropped", "outlet"),
    [
        ("Go to the Harbour and Valley Times homepage", True, "Harbour and Valley Times"),
        ("Go to the homepage", True, None),
        ("Jump to main navigationJump to main content", True, None),
        ("Jump to the main story of the day", False, None),
    ],
)
def test_jump_links_and_the_link_home(line: str, dropped: bool, outlet: str | None) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert (_dropped(cleaned).get(line) == "nav-label", meta.outlet.value) == (dropped, outlet)


# WRITERS_NOTE: the note on the writer as the page's last line names the author and leaves the text; a sentence about
# someone the article names stays the article's.
NOTE = "Jane Roe is a journalist with The Harbour Times"


def test_a_writers_note_under_the_article() -> None:
    cleaned, meta = build(HEADLINE, *BODY, NOTE)
    assert (meta.author.value, _roles(cleaned)[NOTE]) == ("Jane Roe", "byline")


def test_a_sentence_about_a_reporter_the_article_names() -> None:
    cleaned, meta = build(HEADLINE, "Jane Roe broke the story of the harbour budget last week, the council said.", *BODY, NOTE)
    assert (meta.author.value, _roles(cleaned)[NOTE]) == (None, "paragraph")


# HOURS_MARK_AFTER: the hours' mark after a time ("02.04h") leaves the date line read; a word after the time does not.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Día 28/03/2015 - 02.04h", "2015-03-28"),
        ("28/03/2015 - 14:30 hrs", "2015-03-28"),
        ("28/03/2015 - 02.04 hours later", None),
    ],
)
def test_a_time_with_its_hours_mark(line: str, date: str | None) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    assert (meta.published.iso if meta and meta.published else None) == date


# FOREIGN_TIME_LABEL: "Actualizado: 02:04", a label and a time alone, is a time stamp; a label and a sentence is not.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [("Actualizado: 02:04", True), ("Aktualisiert: 14:30", True), ("Actualizado: el plan sigue en pie", False)],
)
def test_a_foreign_label_and_a_time_alone(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert (_dropped(cleaned).get(line) == "timestamp") is dropped


# REPRODUCTION_FORBIDDEN: the site's ban on copying its content is a footer; a sentence about a forbidden copy is not.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Queda prohibida la reproducción, distribución, puesta a disposición, comunicación pública y utilización, total o parcial, de los contenidos de esta web.", True),
        ("É proibida a reprodução total ou parcial deste conteúdo sem autorização.", True),
        ("No part of this article may be reproduced without the written permission of the publisher.", True),
        ("Reproduction of the harbour painting was forbidden until 1990, the museum said on Tuesday.", False),
    ],
)  # fmt: skip
def test_a_ban_on_copying_the_sites_content(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert (_dropped(cleaned).get(line) == "copyright-footer") is dropped


# SPLIT_DATE_BLOCK: a date box's day, month and year on lines of their own above the text are the page's date; a day
# and a month word without the year are not.
@pytest.mark.parametrize(
    ("box", "date"), [(("06", "Juli", "2015"), "2015-07-06"), (("March", "6", "2015"), "2015-03-06"), (("06", "Juli"), None)]
)
def test_a_date_box_split_over_lines(box: tuple[str, ...], date: str | None) -> None:
    _, meta = build("Nachrichten", *box, HEADLINE, *BODY)
    assert meta.date.value == date


# FRONT_PAGE_LINK: the link to the print issue's front page is furniture; a headline about a front page is not.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [("LA PORTADA DE MAÑANA", True), ("Today's front page", True), ("Front page of the harbour paper goes blank", False)],
)
def test_the_front_page_link(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Another story about the harbour")
    assert (_dropped(cleaned).get(line) == "epaper-link") is dropped


# SECTION_AS_NOUN: "Últimas do País" labels the section's latest stories, as "Últimas notícias" does; a headline with
# words of its own is a headline.
@pytest.mark.parametrize(("line", "dropped"), [("Últimas do País", True), ("Más del Mundo", True), ("País vota hoje", False)])
def test_a_sections_latest_stories_label(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Outra notícia sobre o porto de Lisboa", "Mais uma notícia sobre a cidade")
    assert (line in _dropped(cleaned)) is dropped


# BAR_DASH_CREDIT: a caption and its credit after a bar and a dash; a headline with a bar and words after is not one.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Prime Minister Jane Roe on a two-day harbour visit | - X/@ExampleNews", True),
        ("Prime Minister Jane Roe's two-day harbour visit | - PTI", True),
        ("Harbour budget passes | - and what it means for the schools of the district", False),
    ],
)
def test_a_captions_credit_after_a_bar_and_a_dash(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert (_dropped(cleaned).get(line) == "caption") is dropped


# APPEAL_FOR_SUPPORT: the site asking its reader to pay for its journalism; a report on an appeal speaks of readers.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("By contributing to HARBOUR TIMES, you are helping to sustain a journalism of relevance and ensuring it remains free.", True),
        ("For continued free access to the best investigative journalism in the country we ask you to consider making a modest support.", True),
        ("The harbour paper asked its readers to support its journalism with donations after the advertising market collapsed.", False),
    ],
)  # fmt: skip
def test_an_appeal_to_pay_for_the_sites_journalism(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert (_dropped(cleaned).get(line) == "social-promo") is dropped


# ONE_WORD_WEB_DESK: "BY Example Web Desk" credits the site by its one-word name; a generic word names none.
@pytest.mark.parametrize(("credit", "outlet"), [("BY Harbourlook Web Desk", "Harbourlook"), ("By News Web Desk", None)])
def test_a_one_word_name_before_a_web_desk(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, credit, BODY[0] + " The port was busy.")
    assert meta.outlet.value == outlet


# FROM_NAME_AND_PLACE: "From Jane Roe, Harbour City" credits the correspondent; "From Monday, Harbour" is no credit.
@pytest.mark.parametrize(("line", "author"), [("From Jane Roe, Harbour City", "Jane Roe"), ("From Monday, Harbour", None)])
def test_a_correspondents_credit_from_a_place(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == author


# LEADING_ELLIPSIS: a deck's point opening with an ellipsis is no headline; the headline above it is one.
@pytest.mark.parametrize(
    ("lines", "title"),
    [(("…Flags off the harbour road project", BODY[0]), None), ((HEADLINE, "…Flags off the harbour road project"), HEADLINE)],
)
def test_a_line_opening_with_an_ellipsis_is_no_headline(lines: tuple[str, ...], title: str | None) -> None:
    _, meta = build(*lines, *BODY[1:])
    assert meta.title.value == title


# QUOTED_NAME: an outlet's name read inside quotation marks is the name without them.
@pytest.mark.parametrize(("credit", "outlet"), [("«Harbourline»", "Harbourline"), ("“Harbourline”", "Harbourline")])
def test_a_name_in_quotation_marks(credit: str, outlet: str) -> None:
    _, meta = build(HEADLINE, *BODY, f"Copyright 2024 {credit}. All rights reserved.")
    assert meta.outlet.value == outlet


# VIETNAMESE_DATE: "ngày 23 tháng 08 năm 2019" is a date; the words without numbers are none.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ngày 23 tháng 08 năm 2019", "2019-08-23"),
        ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", "2019-08-23"),
        ("tháng 8 năm 2019", "2019-08"),
        ("tháng này năm nay", None),
    ],
)
def test_a_vietnamese_date(text: str, iso: str | None) -> None:
    from archive.dates import parse_date

    value = parse_date(text)
    assert (value.iso if value else None) == iso


def test_a_vietnamese_date_bar_is_no_headline() -> None:
    _, meta = build("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", HEADLINE, "PV - 20:50, 27/05/2025", *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, "2025-05-27")


# SOURCE_UNDER_EACH_ITEM and OTHER_STORIES_SOURCES: other stories' headlines, each over the same source line, are a
# list, and its source is no wire of this copy; two such pairs are not enough to say so.
OTHER_HEADLINES = (
    "Birth numbers fall below a record low for the first time",
    "Prime minister gives his first policy speech to parliament",
    "Opposition leader vows gains in the upper house election",
)


@pytest.mark.parametrize("items", [3, 2])
def test_a_list_of_headlines_each_over_its_source(items: int) -> None:
    listed = [line for headline in OTHER_HEADLINES[:items] for line in (headline, "Kyodo -")]
    cleaned, meta = build(HEADLINE, *BODY, *listed, registry=REGISTRY)
    listed_as_such = _dropped(cleaned).get(OTHER_HEADLINES[0]) == "related-headline"
    assert (listed_as_such, meta.wire.value is None) == ((True, True) if items == 3 else (False, False))


# MASTHEAD_CALLED_A_PAPER: a short top line that another top line prints after the word "newspaper" is the paper's
# name; without that second line the word alone names nothing.
@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (("المثال", "السبت 27 ديسمبر 2025", "جريدة المثال المصرية رئيس مجلس الإدارة"), "المثال"),
        (("Пример", "газета «Пример» — новости города"), "Пример"),
        (("المثال", "السبت 27 ديسمبر 2025", "رئيس مجلس الإدارة"), None),
    ],
)
def test_a_masthead_the_page_calls_a_newspaper(lines: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(*lines, HEADLINE, *BODY)
    assert meta.outlet.value == outlet


# Self-named furniture: the newsletter promo and the comments policy name the site; "our newsletter" names none.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Get the latest news from harbourline.com.au in your inbox.", "harbourline.com.au"),
        ("Get HarbourQueensland in your inbox Subscribe", "HarbourQueensland"),
        ("Harbour World encourages reader discussion on our stories.", "Harbour World"),
        ("Get our newsletter in your inbox", None),
    ],
)
def test_a_newsletter_promo_or_comments_policy_names_the_site(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


# REPORTER_FIELD_PAPER: the Korean "reporter's name" field holding a paper's name names the outlet; a person there does
# not.
@pytest.mark.parametrize(("field", "outlet"), [("• 기자명 예시신문", "예시신문"), ("• 기자명 홍길동", None)])
def test_a_korean_reporter_field_holding_the_papers_name(field: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, field, *BODY)
    assert meta.outlet.value == outlet


# CURRENCY_OPENING: under "READ MORE:", a headline opening with a currency's sign is a link, and those under it; a
# sentence is the article's.
@pytest.mark.parametrize(
    ("item", "dropped"),
    [
        ("* $100k funding 'too little, too late' as drought declared in the south", True),
        ("* Ministry to help flood-weary farmers find feed", True),
        ("* The ministry will help farmers find feed, the minister said.", False),
    ],
)
def test_bulleted_links_under_a_read_more_label(item: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], "READ MORE:", item, BODY[1], BODY[2])
    assert (_dropped(cleaned).get(item.removeprefix("* ")) == "read-more") is dropped  # (the bullet is set apart)


# CMS_ID_FIELD and ARTICLE_BOX_LABELS: the publishing system's id fields and box labels; a label and a count is text.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [("storyidforme: 6846901", True), ("tmspicid: 1789172", True), ("Story Image", True), ("Population: 85,673", False)],
)
def test_a_publishing_systems_fields_and_labels(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert (line in _dropped(cleaned)) is dropped


# FORUM_PROMISE and the comment box's labels: a station's comment box note names the station; its call for story
# ideas and its labels go; a sentence about a forum stays.
@pytest.mark.parametrize(
    ("line", "dropped", "outlet"),
    [
        ("KXYZ 17 News is committed to providing a forum for civil and constructive conversation.", True, "KXYZ 17 News"),
        ("If you would like to share a story idea, please submit it here.", True, None),
        ("BE PART OF THE CONVERSATION", True, None),
        ("Jump to comments ↓", True, None),
        ("Load comments", True, None),
        ("The council is committed to providing a forum for residents to discuss the harbour plan.", False, None),
    ],
)
def test_a_stations_comment_box(line: str, dropped: bool, outlet: str | None) -> None:
    cleaned, meta = build(HEADLINE, *BODY, line)
    assert (line in _dropped(cleaned), meta.outlet.value) == (dropped, outlet)


# HOME_THEN_HEADLINE: "Home » <headline>" prints the headline again: the line printing it is the title, not a row of
# tags above it; a trail to a section's short name proves nothing.
@pytest.mark.parametrize(
    ("trail", "title"), [(f"Home » {HEADLINE}", HEADLINE), ("Home » Politics", "Harbour Politics South Wales")]
)
def test_a_trail_from_home_to_the_headline(trail: str, title: str) -> None:
    _, meta = build(trail, "Harbour Politics South Wales", HEADLINE, "The bus station at the harbour.", *BODY)
    assert meta.title.value == title


# BYLINE_UNDER_BYLINE: a second "By" credit right under the first names a second writer; a role line there names none.
@pytest.mark.parametrize(
    ("second", "author"),
    [("Reporting by John Doe, Reporter", "Jane Roe and John Doe"), ("Digital Content Producer", "Jane Roe")],
)
def test_a_second_byline_under_the_first(second: str, author: str) -> None:
    _, meta = build(HEADLINE, "By Jane Roe, Digital Content Producer", second, *BODY)
    assert meta.author.value == author


# OWNER_PHOTO_IN_BRACKETS: a picture's owner and "photo" in brackets is its credit; other words in brackets are not.
@pytest.mark.parametrize(
    ("line", "dropped"), [("(Harbour Media file photo)", True), ("(Harbour Times photo)", True), ("(the harbour photo)", False)]
)
def test_a_pictures_owner_in_brackets(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1], BODY[2])
    assert (_dropped(cleaned).get(line) == "caption-credit") is dropped


# COMMENT_LOGIN_FIRST, LABEL_GLUED_TWICE and "recommended for you" in more languages: the comment box and the
# recommendations' label; a sentence about logging in is the article's.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Pour partager votre opinion vous devez être connecté.", True),
        ("commentairesCommentaires", True),
        ("RECOMMANDÉS POUR VOUS", True),
        ("Pour voter, les électeurs doivent être inscrits sur les listes avant le 5 mai, a rappelé la mairie.", False),
    ],
)
def test_a_comment_boxs_notice_and_labels_in_french(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Une autre histoire du port de la ville")
    assert (line in _dropped(cleaned)) is dropped


# AGENCY_BY_ITS_WORD: "Par Agence QMI" credits an agency (the wire); "from our agency" names none.
@pytest.mark.parametrize(("byline", "wire"), [("Par Agence Exemple", "Agence Exemple"), ("Par notre agence", None)])
def test_an_agency_known_by_its_word(byline: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, byline, *BODY)
    assert (meta.wire.value, meta.author.value) == (wire, None)


# SHORT_LOWER_NOUNS: the page's last line cut mid-word, in sentence case by a short noun ("day") and a long word, is the
# article's paragraph; in title case it is another story's headline.
@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        ("Earlier in the day, Harbour Party lawmakers ru", True),
        ("Harbour Party Lawmakers Vote On New Budget Ru", False),
    ],
)
def test_the_pages_last_line_cut_in_sentence_case(cut: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, cut)
    assert (cut not in _dropped(cleaned)) is kept


# INBOX_PITCH, "Listen to Audio" and REPEATED_FRAGMENT: a newsletter's pitch, an audio player's button and a leftover
# word printed again and again go; a sentence about an inbox and a word printed twice stay.
@pytest.mark.parametrize(
    ("line", "times", "dropped"),
    [
        ("Receive captivating stories direct to your inbox that reveal the cultures of the harbour.", 1, True),
        ("Listen to Audio", 1, True),
        ("ree", 3, True),
        ("ree", 2, False),
        ("Residents said they receive council letters in their inbox every week, the mayor said.", 1, False),
    ],
)
def test_a_pitch_a_button_and_a_leftover_word(line: str, times: int, dropped: bool) -> None:
    paragraphs = [p for pair in zip(BODY, [line] * 3, strict=True) for p in pair][: 2 * times] + list(BODY[times:])
    cleaned, _ = build(HEADLINE, *paragraphs)
    assert (line in _dropped(cleaned)) is dropped


# EXIT_NOTICE, "back to the list of ...", MESSAGING_GROUP_PROMO and COMMENTS_DISCLAIMER: furniture in Russian,
# Portuguese and Spanish; sentences about the same things stay.
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Вернуться к списку событий", True),
        ("Вы собираетесь перейти на другой сайт", True),
        ("Receba Notícias no seu WhatsApp!", True),
        ("Participe dos Grupos da Exemplo", True),
        ("O conteúdo do comentário é de responsabilidade do autor da mensagem. Ao comentar você aceita os termos.", True),
        ("O prefeito disse que a cidade vai criar grupos para ouvir os moradores sobre o novo orçamento do porto.", False),
    ],
)
def test_exit_notices_group_promos_and_comment_disclaimers(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line, "Outra notícia sobre o porto da cidade")
    assert (line in _dropped(cleaned)) is dropped


# CALLED_ON: "call on" a leader is to visit him; "called on" a leader "to" act urges him.
@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Prime Minister Jane Roe would also call on Premier Li Keqiang, investors and businessmen separately.", "leader-called-on"),
        ("Prime Minister Jane Roe paid a courtesy call on President Xi Jinping in Beijing.", "leader-called-on"),
        ("The council called on President Xi Jinping to use his influence over the talks.", None),
        ("The council called on Xi Jinping, the Chinese president, to act.", None),
    ],
)  # fmt: skip
def test_calling_on_a_leader(sentence: str, rule: str | None) -> None:
    from archive.participation import takes_part_in

    name = "Li Keqiang" if "Li Keqiang" in sentence else "Xi Jinping"
    at = sentence.index(name)
    assert takes_part_in(sentence, at, at + len(name)) == rule


# PHOTO_LABEL_NAME_COMMA_PAPER: "Photo: Jane Roe, Example Times" credits the paper's own photographer; an agency's is
# the agency's.
@pytest.mark.parametrize(
    ("credit", "outlet"), [("Photo: Jane Roe, Harbour Times", "Harbour Times"), ("Photo: Jane Roe, Reuters", None)]
)
def test_a_photographers_credit_with_the_papers_name(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, BODY[0], credit, BODY[1], BODY[2], registry=REGISTRY)
    assert meta.outlet.value == outlet


# WRITER_FIELD_PAPER and PAPER_ONLINE: the writer's field holding the paper's name (its web edition's too) names the
# outlet, no author; a person there is the author.
@pytest.mark.parametrize(
    ("field", "outlet", "author"),
    [
        ("Writer: Harbour News Online", "Harbour News Online", None),
        ("Author: The Harbour Times", "The Harbour Times", None),
        ("Writer: Jane Roe", None, "Jane Roe"),
    ],
)
def test_a_writers_field_holding_the_papers_name(field: str, outlet: str | None, author: str | None) -> None:
    _, meta = build(HEADLINE, field, *BODY)
    assert (meta.outlet.value, meta.author.value) == (outlet, author)


def test_a_wire_run_into_the_name_keeps_the_line_as_printed_for_its_evidence() -> None:
    _, meta = build(HEADLINE, "Jane RoeAAP", *BODY, registry=REGISTRY)
    assert (meta.wire.value, meta.wire.provenance.evidence) == ("Australian Associated Press", "Jane RoeAAP")


# BYLINE_SLASH_SITE: a "By" credit whose slashed parts hold the site's address names the outlet; a picture library's
# name there is no site.
@pytest.mark.parametrize(
    ("credit", "outlet"), [("By: Jane Roe/harbourline.com/Ghana", "harbourline.com"), ("By: Jane Roe/shutterstock.com", None)]
)
def test_a_slashed_byline_naming_the_site(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, credit)
    assert (meta.author.value, meta.outlet.value) == ("Jane Roe", outlet)


# FORMER_HOLDER: a leader the page calls a former holder of his office takes no part as a leader; given a title without
# "former" too, he does.
@pytest.mark.parametrize(
    ("lines", "leaders"),
    [
        (
            (
                "Former Russian President Dmitry Medvedev, now deputy head of the Security Council, met Xi Jinping in Beijing.",
                "Xi Jinping told Dmitry Medvedev that China hopes all sides show restraint.",
            ),
            ("Xi Jinping",),
        ),
        (
            (
                "Prime Minister Dmitry Medvedev, a former president, met Xi Jinping in Beijing on Tuesday.",
                "Xi Jinping told Dmitry Medvedev that China hopes all sides show restraint.",
            ),
            ("Dmitry Medvedev", "Xi Jinping"),
        ),
    ],
)
def test_a_former_holder_of_the_office(lines: tuple[str, ...], leaders: tuple[str, ...]) -> None:
    _, meta = build("Harbour talks in Beijing", *lines, *BODY, registry=REGISTRY)
    assert meta.leaders.value == leaders


def test_a_former_aide_of_a_leader_leaves_the_leader_a_leader() -> None:
    # FORMER_BEFORE needs the office after "former": "a former aide to Dmitry Medvedev" calls the aide former, not him
    lines = (
        "Jane Roe, a former aide to Dmitry Medvedev, said the talks went well.",
        "Dmitry Medvedev met Xi Jinping in Beijing on Tuesday.",
    )
    _, meta = build("Harbour talks in Beijing", *lines, *BODY, registry=REGISTRY)
    assert meta.leaders.value == ("Dmitry Medvedev", "Xi Jinping")
