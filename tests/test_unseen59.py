"""Issue 17, fifty-ninth round: shapes the development corpus showed on pages from outlets not seen before (a newsroom's
word before the date line, a template's empty author field, a photo story told in its caption, a search box's prompt),
each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive.metaline import parse_lead
from archive.participation import takes_part_in

HEADLINE = "Nurses Move To New Harbour Clinic"


def _credit_under_the_headline(credit: str) -> tuple[str | None, str | None, str | None, str | None]:
    """The date, author, outlet and wire read from a line between the headline and the article."""
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    return meta.date.value, meta.author.value, meta.outlet.value, meta.wire.value


# WEEKDAY_AFTER_THE_DESK (archive.sources _desk_credit) and FOREIGN_SHARE_AND_COMMENT (archive.metaline CONTROL_RE): the
# newsroom's word before a date line opening with its weekday names no site "Miércoles"; the share and comment buttons
# after it, in Spanish or German, leave the line a date line. A newsroom's credit by name still names the site.
@pytest.mark.parametrize(
    ("credit", "read"),
    [
        ("REDACCIÓN Miércoles, 1 de marzo 2023, 08:07", ("2023-03-01", None, None, None)),
        ("REDACCIÓN Miércoles, 1 de marzo 2023, 08:07 Comenta Compartir", ("2023-03-01", None, None, None)),
        ("EDITORIAL STAFF Wednesday, 1 March 2023, 08:07 Comenta Compartir", ("2023-03-01", None, None, None)),
        ("Jane Roe | 1. März 2023 | Teilen", ("2023-03-01", None, None, None)),
        # without: the newsroom credited by the site's name
        ("Redacción Example 01 de abril de 2024", ("2024-04-01", None, "Example", None)),
    ],
)
def test_a_newsroom_word_before_a_weekday_names_no_site(credit: str, read: tuple[str | None, ...]) -> None:
    assert _credit_under_the_headline(credit) == read


def test_a_foreign_share_button_word_in_a_sentence_stays() -> None:
    assert not _goes_between_paragraphs("Compartir la mesa con los vecinos es una costumbre del barrio.")


# DIGITAL_OR_PRESS_LAST (archive.byline OUTLET_WORDS): a paper's online edition or a press after the writer's name
# leaves the writer; LAST_NAME_BEFORE_ITS_PAPER: a list's last name run into the paper's ("... and John Doe Associated
# Press") is a writer's. EMPTY_AUTHOR_FIELD (archive.sources): "By , Example Daily Digital" credits the site.
@pytest.mark.parametrize(
    ("credit", "read"),
    [
        ("By Jane Roe, Example Daily Digital", (None, "Jane Roe", None, None)),
        ("By Jane Roe, Harbour Free Press", (None, "Jane Roe", None, None)),
        ("By Jane Roe and John Doe Associated Press", (None, "Jane Roe and John Doe", None, "Associated Press")),
        ("By JANE ROE and JOHN DOE Associated Press", (None, "JANE ROE and JOHN DOE", None, "Associated Press")),
        ("By , Example Daily Digital", (None, None, "Example Daily Digital", None)),
        # without: no paper's last word; the names alone; an agency or a person after the empty field
        ("By Jane Roe, Example Digital Fund", (None, None, None, None)),
        ("By Jane Roe and John Doe", (None, "Jane Roe and John Doe", None, None)),
        ("By , Reuters", (None, None, None, "Reuters")),
        ("By , Jane Roe", (None, "Jane Roe", None, None)),
    ],
)
def test_a_paper_after_the_writers_and_an_empty_author_field(credit: str, read: tuple[str | None, ...]) -> None:
    assert _credit_under_the_headline(credit) == read


# REPORTER_IN_BRACKETS (archive.metaline parse_lead): the agency's reporter in the dateline's brackets is the writer, no
# outlet; AGENCY_OPENS_THE_DATELINE: a known agency's name before the place is the wire. A paper's name in the brackets
# is still the outlet, an agency's the wire.
@pytest.mark.parametrize(
    ("lead", "read"),
    [
        ("BEIJING, May 24 (Reporter Jane Roe) – The harbour clinic opened on Monday.", ("Jane Roe", None, None)),
        (
            "Xinhua News Agency, Beijing, May 24 (Reporter Jane Roe) – The clinic opened.",
            ("Jane Roe", None, "Xinhua News Agency"),
        ),
        # without: an agency, a paper in the brackets
        ("BEIJING, May 24 (Xinhua) – The harbour clinic opened on Monday.", (None, None, "Xinhua")),
        ("BEIJING, May 24 (Example Times) – The harbour clinic opened on Monday.", (None, "Example Times", None)),
    ],
)
def test_a_reporter_in_the_datelines_brackets(lead: str, read: tuple[str | None, ...]) -> None:
    _, meta = build(HEADLINE, "", lead + " It has forty beds and a new ward for children.", "", *BODY[1:])
    assert (meta.author.value, meta.outlet.value, meta.wire.value) == read
    assert dict(meta.date.extra)["partial"] == "--05-24"


# REPRINT_DATE (archive.extract): a reprint's note naming its source and the day it first ran dates the page.
@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("This article was originally published on Example News on 01/28/2019.", "2019-01-28"),
        ("This story first appeared in Example Weekly on March 3, 2020.", "2020-03-03"),
        # without: no day in the note
        ("This article was originally published on Example News.", None),
    ],
)
def test_a_reprints_note_dates_the_page(note: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", note)
    assert meta.date.value == date


# CAPTION_IS_THE_STORY (archive.rules caption_stories): a photo story's only text, its photographer credited at its end,
# stays with its headline; the same caption under the article's first paragraph is the picture's and goes, the paragraph
# above it stays (CREDITED_CAPTION_BELOW, archive.rules _cjk_caption_above_credit).
STORY_CAPTION = (
    "今天上午，港口一带突降暴雨，码头多处积水，几十条渔船提前回港避风，附近道路交通一度中断。气象部门预计，明后两天仍有强降雨，"
    "局部大暴雨。专家提醒，市民出行注意安全，远离低洼地带和河道。 本报记者 张三 摄"
)


def test_a_photo_storys_caption_is_its_text() -> None:
    clean, meta = build("港口突降暴雨", STORY_CAPTION, "上一篇:港口新码头开工", "下一篇:市区新建三座公园")
    assert [line.text for line in clean.body] == [STORY_CAPTION]
    assert meta.title.value == "港口突降暴雨"


def test_a_caption_under_the_first_paragraph_goes() -> None:
    first = "市政府今天召开会议，部署全市防汛工作，要求各有关部门做好应急准备，确保群众生命财产安全，及时发布预警信息。"
    clean, _ = build("港口突降暴雨", "", first, "", STORY_CAPTION, "", "气象部门提醒市民注意出行安全，尽量减少外出。")
    assert [line.text for line in clean.body][:1] == [first]  # (CREDITED_CAPTION_BELOW: no caption of that picture)
    assert STORY_CAPTION not in [line.text for line in clean.body]


# Reader furniture found on held-out pages: a search box's prompt (SEARCH_BOX_PROMPT), the comment box's gate and rules
# (COMMENT_BOX_GATE), the site's tagline naming who runs it (SERVICE_TAGLINE), an agency's edit note (WIRE_EDIT_NOTE),
# the tools' row (TOOL_ROW_WORDS), calls to subscribe or join (SUBSCRIBE_AFTER_A_QUESTION, FOLLOW_BY_THE_LOGO,
# JOIN_THE_CONVERSATION), links to a section's news (READ_MORE_NEWS_IN, SEE_MORE_IN), another story's link (MORE_SLASH_KIND,
# BRAND_IN_CAMEL_CASE), "View article", and the notices below; each beside a sentence of the same words that stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Hi, what are you looking for?", True),
        ("Type to search", True),
        ("What are you looking for in a new mayor, the candidates asked the voters at the hall.", False),
        ("characters left", True),
        ("Please login", True),
        ("Be the first to comment", True),
        ("The posting of advertisements, profanity, or personal attacks is prohibited.", True),
        ("Officials said the posting of notices on the pier was prohibited.", False),
        ("Informing harbour workers day and night — a service provided by Harbour Board Trust", True),
        ("The council said it was a service of the whole town, not only of the harbour.", False),
        ("(This story refiles to fix typo in headline)", True),
        ("(Adds quotes, details)", True),
        ("(The council adds that the pier will reopen)", False),
        ("Adjust Comment Print", True),
        ("Want all of The Times? Subscribe.", True),
        ("Want more? The council will meet again on Monday to vote on the plan.", False),
        ("For more stories like this, subscribe to our content by clicking ‘follow’ next to our logo at the top.", True),
        ("To join the conversation, and become an exclusive member of Example, create an account today!", True),
        ("To join the conversation, residents met at the hall on Monday.", False),
        ("Leia mais notícias em Mundo", True),
        ("Mais notícias sobre a reforma serão publicadas amanhã, disse o ministro.", False),
        ("See more in Business", True),
        ("See more of the harbour from the new pier this summer.", False),
        ("MORE/VIDEO: Divers search the harbour as storm leaves dozens missing", True),
        ("More: iPad Deals: What To Buy This Week", True),
        ("More: the council will meet again on Monday.", False),
        ("View article", True),
        # DEVELOPING_STORY_NOTICE, RELEASE_NUMBER, MEMBERS_ONLY_LABEL, OPINION_CALL, FOREIGN_DONATION_CALL, "相关内容"
        # (related content) and "Praat mee!" (join in) alone
        ("This is a developing story. Check back for updates as more information becomes available.", True),
        ("This story will be updated.", True),
        ("This story will be updated every year, the council said, as the clinic grows.", False),
        ("Release ID: 17-439", True),
        ("会員限定記事会員サービス詳細", True),
        ("Let us know what you think in the comments.", True),
        ("Wat vind jij van de nieuwe kliniek? We horen je mening graag. Laat het ons weten via de site.", True),
        ("De raad zei dat hij de mening van de bewoners graag hoort voordat de kliniek opent.", False),
        ("SOUTENEZ UNE PRESSE INDÉPENDANTE PAR UN DON DÉFISCALISÉ !", True),
        ("相关内容", True),
        ("Praat mee!", True),
        # SHORTCODE_VALUE, SITE_NOTICE, NO_PAYWALL_APPEAL, ON_THE_PLATFORM_CALL, LISTEN_ON_AIR, KOREAN_TIP_CALL
        ("[simage=3959,200,n,left]", True),
        ("[see the map below]", False),
        ("Example Theme License is not validated, Go to the theme options page to validate the license.", True),
        ("Copyrights protected: All the content on this website is protected and may be reproduced with permission only.", True),
        ("We are the news team of the Example Independent. We are here to make sure our readers get quick updates.", True),
        ("We are the team of nurses behind the new ward, the head nurse said at the opening on Monday.", False),
        ("Example Radio prides ourselves on bringing local journalism to the public without a paywall — ever.", True),
        ("Our journalism is free for you to read. But it's not free to produce.", True),
        ("The Example is on Instagram! Tap the button below on your phone to follow us!", True),
        ("The mayor is on Instagram, where she posts pictures of the harbour every day.", False),
        ("Hear all the latest news from across the county on Example FM. Listen on FM, via our app or on smart speakers.", True),
        ("Example 뉴스는 24시간 여러분의 제보를 기다립니다.", True),
    ],
)
def test_reader_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# OUTLET_SERVICE_OF (archive.sources): the tagline's capitalised name is the outlet; a lower-case phrase or an agency's
# name is not.
@pytest.mark.parametrize(
    ("tagline", "outlet"),
    [
        ("Informing harbour workers since 1990 — a service provided by Harbour Board Trust", "Harbour Board Trust"),
        # without: no name, an agency
        ("Informing harbour workers since 1990 — a free service from your library", None),
        ("A service of Reuters", None),
    ],
)
def test_a_service_tagline_names_the_outlet(tagline: str, outlet: str | None) -> None:
    _, meta = build(tagline, "", HEADLINE, "", "By Jane Roe", "", *BODY)
    assert meta.outlet.value == outlet
    assert meta.title.value == HEADLINE


# LABEL_AFTER_THE_HEADLINE (archive.clean _label_before_the_headline): the headline printed twice, once with the
# section's label run on after it: the bare copy's words. A small word after it, or three words, is no label.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        (HEADLINE + " News", HEADLINE),
        # without: a word in small letters, a label too long
        (HEADLINE + " now", HEADLINE + " now"),
        (HEADLINE + " Ex News Today", HEADLINE + " Ex News Today"),
    ],
)
def test_a_label_after_the_headline_printed_again(first: str, title: str) -> None:
    _, meta = build(first, HEADLINE, "", *BODY)
    assert meta.title.value == title


# FOREIGN_SMALL_WORDS (archive.clean _uses_a_title_word): a rubric over a French headline ("Sur le vif") whose only words
# the article uses are French's small words is off topic: the headline over the date line is the title; a rubric
# naming what the article is about stays the choice.
FRENCH_BODY = (
    "Le maire a inauguré lundi la nouvelle clinique du port, après deux ans de travaux dans le quartier, en présence "
    "de nombreux habitants venus pour l'occasion.",
    "La clinique compte quarante lits et un service pour les enfants, a précisé la mairie dans un communiqué publié "
    "dans la soirée de lundi.",
)


@pytest.mark.parametrize(
    ("rubric", "title"), [("Sur le vif", "Le maire inaugure la clinique du port"), ("Sur le port", "Sur le port")]
)
def test_a_rubric_of_small_words_over_a_foreign_headline(rubric: str, title: str) -> None:
    page = ("Connectez-vous", "", rubric, "", "Le maire inaugure la clinique du port", "", "| Mardi 21 Mars 2006 à 17:29")
    _, meta = build(*page, "", *FRENCH_BODY)
    assert meta.title.value == title


# CREDITS_LISTED_BELOW (archive.extract): three credit lines or more in a row under the article (a letters page's list)
# name no writer of it; AUTHOR_BOX_LABEL (archive.clean) and PAPER_AT_THE_NOTES_END (archive.byline WRITERS_NOTE): the
# author's box, its label over the note on the writer, names the writer and, at the note's end, the paper.
@pytest.mark.parametrize(
    ("tail", "author", "outlet"),
    [
        (
            ("Letters to the Editor", "By Jane Roe Harbour Heights", "By John Doe Example Campus", "By Ann Lee West Pier"),
            None,
            None,
        ),
        (
            ("Author", "Jane Roe is a news reporter covering business and world events at The Harbour Times."),
            "Jane Roe",
            "The Harbour Times",
        ),
        # without: one credit; a note on someone who is no journalist; a university at the note's end
        (("By Jane Roe Harbour Heights",), "Jane Roe Harbour Heights", None),
        (("Author", "Jane Roe is a research fellow at Harbour University."), None, None),
        (("Author", "Jane Roe is a writer based at Harbour University."), None, None),
    ],
)
def test_credits_under_the_article(tail: tuple[str, ...], author: str | None, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", *tail)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


# Datelines opening the first paragraph (archive.metaline parse_lead): REGION_THEN_COUNTRY ("Margao (Goa) [India],
# February 8 (ANI):"), CLOCK_AFTER_THE_LEAD_DATE (", 4:22 p.m. EST" before the dash), NAME_LEAD with "Service" (a news
# service's name where the place stands is the wire). A place of title case said without a date stays no dateline.
@pytest.mark.parametrize(
    ("lead", "read"),
    [
        ("Margao (Goa) [India], February 8 (ANI): The clinic opened.", ("Margao", None, "--02-08", "ANI")),
        ("WASHINGTON, Dec. 17, 2003, 4:22 p.m. EST – The clinic opened.", ("WASHINGTON", "2003-12-17", None, None)),
        (
            "Example News Service, Dec. 17, 2003 – The clinic opened.",
            ("Example News Service", "2003-12-17", None, "Example News Service"),
        ),
        # without: a place without its agency's name, a place said in a sentence
        ("Harbour City, Dec. 17, 2003 – The clinic opened.", ("Harbour City", "2003-12-17", None, None)),
        ("Margao (Goa) said the minister on Monday.", None),
    ],
)
def test_a_first_paragraphs_dateline(lead: str, read: tuple[str | None, ...] | None) -> None:
    found = parse_lead(lead)
    date = found.date.iso if found is not None and found.date is not None else None
    assert (None if found is None else (found.place, date, found.month_day, found.wire)) == read


# FOREIGN_NO_COMMENTS (archive.metaline CONTROL_RE): the comment count's "no comments" after the credit leaves the line a
# date line and byline.
@pytest.mark.parametrize("tail", ["Brak komentarzy", "Sin comentarios", "Keine Kommentare"])
def test_no_comments_ends_a_credit_line(tail: str) -> None:
    _, meta = build(HEADLINE, "", f"21 grudnia 2025 17:54 | Autor: Jane Roe | Aktualności | {tail}", "", *BODY)
    assert (meta.date.value, meta.author.value) == ("2025-12-21", "Jane Roe")


# DOTTED_TICKER (archive.rules ticker): a ticker's headlines joined by spaced dots go; a sentence trailing off, or
# closing with its full stop, stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Harbour pier closed ... Council approves new budget ... Ferry fares to rise ..", True),
        ("We waited ... and waited ... and then it came.", False),
        ("The Mayor Spoke ... The Council Listened ... Then It Voted.", False),
    ],
)
def test_a_dotted_ticker(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# WEATHER_CONDITION (archive.rules weather_widget) and NEWS_FEED (archive.sources GENERIC_WORDS): the weather box's sky
# or the live feed's label printed twice above the headline names no site; a paper's name printed so still does.
@pytest.mark.parametrize(
    ("label", "outlet"),
    [("Mostly Cloudy", None), ("News Feed", None), ("Harbour Gazette", "Harbour Gazette")],
)
def test_a_label_printed_twice_above_the_headline(label: str, outlet: str | None) -> None:
    _, meta = build(label, "", "Show More", "", label, "", HEADLINE, "", "By Jane Roe", "", *BODY)
    assert meta.outlet.value == outlet


# PUBLISHED_DAILY_BY (archive.rules SERVICE_TAGLINE): the site's tagline over the headline goes and names the outlet;
# RELEASE_LABEL_AND_ISSUER (archive.clean): a release's kind and issuer is no headline; DANGLING_BY (archive.metaline):
# a date line ending with "by" and no name is the date line; DATE_LABEL_WORD (archive.byline): "Termin" before the day
# is no name's.
@pytest.mark.parametrize(
    ("top", "read"),
    [
        (("Published daily by the Harbour Institute",), (HEADLINE, None, None, "Harbour Institute")),
        (("Pressemitteilung | Harbour Nurses Union",), (HEADLINE, None, None, None)),
        (("Press Release | Harbour Nurses Union (HNU)",), (HEADLINE, None, None, None)),
        (("09:44 · 11.10.2019 / atualizado às 14:09 · 11.10.2019 por",), (HEADLINE, "2019-10-11", None, None)),
        (("Termin Dienstag, 6. März 2001, 11:00 Uhr",), (HEADLINE, "2001-03-06", None, None)),
        # without: a byline's "Published by" names its writer
        (("Published by Jane Roe",), (HEADLINE, None, "Jane Roe", None)),
    ],
)
def test_lines_over_the_headline(top: tuple[str, ...], read: tuple[str | None, ...]) -> None:
    _, meta = build(*top, "", HEADLINE, "", *BODY)
    assert (meta.title.value, meta.date.value, meta.author.value, meta.outlet.value) == read


# DOCUMENT_PART_OPENING_THE_TEXT (archive.rules document_parts): a report's part heading right above the first paragraph
# stays; the same label among the page's menu items, over no paragraph, goes.
def test_a_summary_heading_over_the_first_paragraph() -> None:
    clean, _ = build(HEADLINE, "", "Summary", "", *BODY)
    assert [line.text for line in clean.body][:2] == ["Summary", BODY[0]]
    clean, _ = build(HEADLINE, "", "Home", "Summary", "Contact", "", *BODY)
    assert "Summary" not in [line.text for line in clean.body]


# SIBLING_SUB_HEADING (archive.clean _sibling_sub_headings): a title-cased line between paragraphs whose words the
# article does not use stays a sub-heading when the article has another sub-heading between paragraphs; alone, it is
# another story's headline and goes.
SECTIONED = (
    "A powerful storm swept through the southern counties on Tuesday, bringing down power lines and trees across the region.",
    "Impact on Roads and Emergency Crews",
    "Emergency crews worked through the night to clear the roads and restore the power to the homes that lost it.",
    "Preparing Homes Before Another Storm Front",
    "Residents in the path of the next storm were advised to keep their phones charged and stay away from fallen lines.",
)


@pytest.mark.parametrize(("with_sibling", "kept"), [(True, True), (False, False)])
def test_a_sub_heading_with_a_sibling(with_sibling: bool, kept: bool) -> None:
    lines = SECTIONED if with_sibling else SECTIONED[:1] + SECTIONED[2:]
    clean, _ = build("Storm Cuts Power Across the South", "", *[x for line in lines for x in (line, "")])
    assert ("Preparing Homes Before Another Storm Front" in [line.text for line in clean.body]) is kept


# INSTITUTION_DOES_NEWS (archive.clean _title_shaped): an institution's name followed by a headline's verb is a headline
# about it; the name alone is the site's masthead. WARNING_UNTIL_A_TIME: a warning's headline ending on the time it
# lasts until is a headline; a line ending on a time alone is a stamp.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Ministry of Health announces new nursing strategy", "Ministry of Health announces new nursing strategy"),
        ("Flood warning for the harbour in effect until 3:15 a.m.", "Flood warning for the harbour in effect until 3:15 a.m."),
        # without: the name alone, a time alone at the end
        ("Ministry of Health and Harbour Nursing", None),
        ("Nurses move to the harbour clinic at 3:15 a.m.", None),
    ],
)
def test_a_headline_naming_an_institution_or_a_time(first: str, title: str | None) -> None:
    _, meta = build(first, "", "By Jane Roe", "", *BODY)
    assert meta.title.value == title


# SHORT_WEEKDAY_FIRST (archive.metaline): a weekday's short name before the whole date is the date line's; HUNGARIAN_TODAY
# (archive.rules TODAY_WORD): "ma" is today only before a year, so the Dutch "ma" (Monday) under the headline dates the
# page. Two or three letters before a number and no date make no date line.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("ma 01 februari 2021 17.33 uur", "2021-02-01"),
        ("Mo. 3. März 2021", "2021-03-03"),
        ("lun 3 mars 2021", "2021-03-03"),
        # without: a sentence's small word before a number
        ("The 3 nurses moved in.", None),
    ],
)
def test_a_short_weekday_before_the_date(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.date.value == date


# QUOTED_SOURCES (archive.sources _source_name): the first source named in quotation marks is the wire, without its marks
# or the platform; DISPATCHES_MARK (archive.metaline BRACKETED_MARKS): "(Dispatches)" in the dateline names no one.
@pytest.mark.parametrize(
    ("lines", "read"),
    [
        (("Source: “RIA Novosti” and “TASS” in Telegram",), ("RIA Novosti", None)),
        (("TEHRAN (Dispatches) -- The harbour clinic opened on Monday after two years of building work.",), (None, None)),
        # without: a source without quotation marks, a paper in the dateline's brackets
        (("Source: Example Weekly",), ("Example Weekly", None)),
        (
            ("TEHRAN (Example Times) -- The harbour clinic opened on Monday after two years of building work.",),
            (None, "Example Times"),
        ),
    ],
)
def test_a_quoted_source_and_a_desks_mark(lines: tuple[str, ...], read: tuple[str | None, ...]) -> None:
    _, meta = build(HEADLINE, "", *lines, "", *BODY)
    assert (meta.wire.value, meta.outlet.value) == read


# BY_BEFORE_THE_SLASH (archive.clean, the breadcrumb rule's rescue): "By Jane Roe / Staff reporter" is shaped like a
# trail but credits its writer; WRITERS_CARD_LINKS (archive.metaline CONTROL_RE): the writer's address and biography
# links after the name leave the byline. A trail of sections credits no one.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Jane Roe / Staff reporter", "Jane Roe"),
        ("Harbour City, KY - By Jane Roe email | bio", "Jane Roe"),
        # without: a trail
        ("Home / News / Health", None),
    ],
)
def test_a_credit_shaped_as_a_trail_or_a_card(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


# PHOTO_FROM_THE_SOURCE (archive.rules caption_credit), EDITED_AT_NOTE (SITE_NOTICE) and NEXT_PART_POINTER
# (PAGE_MACHINERY): a picture's source after "Photo from", the desk's note on a change, a column's pointer to its next
# part go; a sentence opening with the same words stays, and so does the note run into the article's text.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Photo from RNZ", True),
        ("Photo from the harbour wall shows the damage.", False),
        ("*Edited at 10:45am on 12 February to include a response from the harbour board*", True),
        ("*Edited at 10:45am on 12 February to include a response from the board* The board said the pier would reopen.", False),
        ("Next week: What's up with irregular heartbeats.", True),
        ("Next week, the council will vote on the plan.", False),
    ],
)
def test_a_source_a_note_and_a_pointer(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# AGREED_AT_THE_TALKS (archive.participation ACTING_VERBS): a leader agreeing at the talks takes part, his middle
# initial or not; an agreement dated years back is history.
@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Zhu and Russian Prime Minister Mikhail M. Kasyanov agreed to open a new ferry line.", "leader-acts"),
        ("Zhu and Russian Prime Minister Mikhail Kasyanov agreed on Friday to open a ferry line.", "leader-acts"),
        # without: the agreement dated years back, a leader only named
        ("Prime Minister Mikhail Kasyanov agreed to the ferry line years ago.", None),
        ("The ferry line was first proposed to Mikhail Kasyanov by the ministry.", None),
    ],
)
def test_a_leader_agreeing_takes_part(sentence: str, rule: str | None) -> None:
    at = sentence.index("Kasyanov")
    assert takes_part_in(sentence, at, at + len("Kasyanov")) == rule


# SIGN_UP_FORM (archive.rules PAGE_MACHINERY) and RECAPTCHA_NOTICE (SITE_NOTICE): a form's fields, errors, thanks and
# gate, a player's notice; a sentence opening with the same words stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Enter your email address", True),
        ("Please enter a valid email address", True),
        ("Invalid email", True),
        ("First name", True),
        ("Thanks for signing up!", True),
        ("Sign in to view more content", True),
        ("Log in to see the full article", True),
        ("Video unavailable", True),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", True),
        # without: sentences of the same words
        ("First name basis with the mayor was what the pilot wanted.", False),
        ("The video unavailable to most residents showed the flooded pier.", False),
    ],
)
def test_a_sign_up_forms_lines(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# AGENCY_MATERIAL_CREDIT (archive.rules source_credit) and WITH_AN_AGENCY (archive.sources WITH_MATERIAL_FROM): the line
# saying the copy drew on an agency goes and names the wire; the bare "with" needs an agency's name (a person's is no
# wire); a picture library in small letters credits a picture (PICTURE_ALLIANCE).
@pytest.mark.parametrize(
    ("line", "wire", "goes"),
    [
        ("Con información de EFE", "EFE", True),
        ("С использованием материалов ТАСС", "TASS", True),
        ("(mit dpa)", "Deutsche Presse-Agentur", True),
        ("Avec AFP", "Agence France-Presse", True),
        ("(Foto: picture alliance / dpa)", None, True),
        # without: a person after "with", a sentence
        ("With Jane Roe", None, False),
        ("Con información de la junta, el puerto abrirá el lunes y recibirá los primeros barcos.", None, False),
    ],
)
def test_an_agencys_material_credited(line: str, wire: str | None, goes: bool) -> None:
    clean, meta = build(HEADLINE, "", *BODY, "", line, registry=ARCHIVE_REGISTRY)
    assert (meta.wire.value, line not in [text.text for text in clean.body]) == (wire, goes)
