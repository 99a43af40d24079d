"""Issue 17, seventieth round: shapes the last round's blind set (opened as development pages) and a new development set
showed on pages from outlets not seen before (a crumb trail opening with the home page, a headline over its deck and
credit, a writer's note under the text, cards each over the same button, a caption printed twice around its credit),
each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import rules

HEADLINE = "Nurses Move To New Harbour Clinic"


def _body(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.body]


def _kept(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.lines]


# Line rules: HOME_ARROW_TRAIL (archive.rules breadcrumb), GLUED_URL (URL_ONLY), CAMERA_NAME_AT_THE_END (IMAGE_SLUG_LINE),
# COMPANY_REGISTRATION, SIGN_UP_AND_RECEIVE (SOCIAL_PROMO_LINE), MEDIA_MARKED_ITEMS (emoji_between_links),
# BBC_CREDIT_LABELS (CAPTION_LABEL), EDITORIAL_CREDIT (CREDIT_ONLY), AGGREGATOR_SOURCE_NOTICE (page_notice).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("trendingNowenglish1938074https://example.com/sports/nurses-win_1938074.html", rules.URL_LINE),
        ("Jane-Roe-Example_20230722_IMG_4753", rules.IMAGE_FILE),
        ("→ Example Srls - Via Roma 11 00185 Roma - P. IVA 14451341003 - ISSN 2974-5217.", rules.COPYRIGHT_FOOTER),
        ("Cadastre-se e receba grátis as principais notícias do Example.", rules.SOCIAL_PROMO),
        ("Receba por email.", rules.SOCIAL_PROMO),
        ("📷 Key players Meteor shower up next 📷 Leaders at the dais", rules.NAV_LABEL),
        ("image copyright Reuters", rules.CAPTION),
        ("photo comment,", rules.CAPTION),
        ("Editorial credit: Jane Roe Photography / Shutterstock.com", rules.CAPTION_CREDIT),
        (
            "Источник новостей указан в начале и в конце анонса. В рамках борьбы с фейками вы можете пожаловаться на новость",
            rules.WIDGET_ERROR,
        ),
        # without: an address inside a sentence; a name with a number; a tax named in a sentence; the verb in a
        # sentence; one camera icon; the label's words in a sentence
        ("Read the report at https://example.com/report today, the board said.", None),
        ("IMG Academy won the cup 3-1", None),
        ("The VAT number will rise to 22 percent next year, the minister said.", None),
        ("Receba a visita do prefeito na segunda-feira, disse ela.", None),
        ("📷 Nurses leave the old ward on Monday", None),
        ("Image copyright law changed in 2019, the court said.", None),
        ("Editorial credit was given to the nurses, the board said.", None),
        ("Жители могут пожаловаться на шум, сказал мэр.", None),
    ],
)
def test_line_rules_for_trails_addresses_credits_and_notices(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# HOME_TRAIL_OVER_A_HEADLINE (archive.rules breadcrumb_headlines): a trail from the home page over another headline is
# the site's, the line under it the title.
TOPIC_TRAIL = "Home > Topics > Premier Roe Visits Harbour, Sample and Example and Attends the 10th Harbour Summit"


@pytest.mark.parametrize(
    ("trail", "under", "title"),
    [
        (TOPIC_TRAIL, HEADLINE, HEADLINE),
        ("Startseite » Themen » Die Reise der Ministerin nach Harbour und Sample im Herbst", HEADLINE, HEADLINE),
        # without: no headline under the trail, its last section is the title, as before (TITLE_CRUMB_PREFIX)
        (TOPIC_TRAIL, "", "Premier Roe Visits Harbour, Sample and Example and Attends the 10th Harbour Summit"),
    ],
)
def test_a_trail_from_home_over_another_headline(trail: str, under: str, title: str) -> None:
    clean, meta = build(trail, under, "", *BODY)
    assert (meta.title.value, trail in [line.text for line in clean.dropped]) == (title, bool(under))


# Between paragraphs: FILE_IN_BRACKETS (ARCHIVE_PICTURE_TAIL), EUROPA_PRESS_CREDIT (AGENCY_TAIL), PREVIOUSLY_AND_SIMILAR
# (READ_MORE_LEAD), the labels of this round.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("The Mate 70 is the first phone to include a satellite paging system [File]", True),
        ("A man walks with an umbrella in the rain. EP", True),
        ("Previously:Harbour council decides against opt out, must make cuts", True),
        ("Similar News:You can also read news stories similar to this one that we have collected from other news sources.", True),
        ("Naar overzicht", True),
        ("More to come", True),
        ("Så arbetar vi", True),
        ("Mer i ämnet", True),
        ("Kontakt för den här sidan:", True),
        ("No entries found", True),
        # without: the same words in the text's sentences
        ("The board kept the report in its archive (2019).", False),
        ("The band signed a deal for its second EP", False),
        ("Previously, the council had voted against the plan to close the ward.", False),
        ("Similar news came from the harbour on Monday, when the nurses left the old ward.", False),
        ("More to come from the nurses next week, the board said.", False),
    ],
)
def test_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# OVER_ITS_DECK_AND_CREDIT (archive.clean _on_topic_below): a headline over its deck, the deck over the date and the
# writer, is the title whose words the text does not use; the writer's note under the credit is no headline.
TOPIC = "Digital sovereignty"
TITLED = "Big tech power: how the union wants a more human web"
DECK = (
    "Our digital identity is in the hands of private firms that keep us glued to their platforms and sell our attention "
    "to whoever wants to show us ads. But the institutions are now starting to"
)
NOTE = "Speaker, teacher of digital marketing"
TEXT = [
    "Thanks to their data, the giants of marketing are taking most of the wealth from all the other firms and people.",
    "",
    "These themes are tied to digital sovereignty, which is set to take a more central role in the debate this year.",
    "",
    "Better late than never, one might say. But let us look at what is on the table for digital marketing now.",
]


@pytest.mark.parametrize(
    ("credit", "title"),
    [
        (["19 Apr 2021", "Jane Roe"], TITLED),
        # without: no date or writer under the deck, the line below whose words the text uses is chosen, as before
        ([], NOTE),
    ],
)
def test_a_headline_over_its_deck_and_credit(credit: list[str], title: str) -> None:
    _, meta = build(TOPIC, "", TITLED, "", DECK, "", *credit, "", NOTE, "", *TEXT)
    assert meta.title.value == title


# TWIN_AROUND_A_CREDIT (archive.clean _twin_around_a_credit): a caption printed twice around its credit's labels goes,
# both copies.
def test_a_caption_printed_twice_around_its_credit() -> None:
    caption = "Harbour clinic head Jane Roe"
    page = [HEADLINE, "", "By John Doe", "", caption, "", "image copyright Reuters", "", "photo comment,", "", caption, ""]
    assert caption not in _kept(*page, *BODY)
    # without: a sentence of the text between the two, the second copy goes as a repeat and the first stays
    page = [HEADLINE, "", "By John Doe", "", caption, "", BODY[0], "", caption, ""]
    assert _kept(*page, BODY[1], BODY[2]).count(caption) == 1


# INITIALS_OVER_THE_CREDIT (archive.clean _initials_over_the_credit): the writer's initials over the credit line go as
# the writer's picture left as its letters.
@pytest.mark.parametrize(("initials", "rule"), [("EC", rules.ICON_TEXT), ("XY", rules.SECTION_LABEL)])  # (without: other letters)
def test_the_writers_initials_over_the_credit(initials: str, rule: str) -> None:
    caption = "Nurses at the new clinic: the board will meet this week (Jane Doe/AFP/AFP)"
    deck = "The focus of the visit is the new clinic and the ties between the two towns"
    page = ["World", "", HEADLINE, "", deck, "", caption, "", caption, "", initials, "", "Example Content", ""]
    clean, _ = build(*page, "Published on 3 July 2017 at 13:38.", "", *BODY)
    assert [line.rule for line in clean.dropped if line.text == initials] == [rule]


# CARDS_OVER_THEIR_LINK (archive.rules cards_over_their_link): cards each over the same button go, buttons too.
def test_cards_each_over_the_same_button() -> None:
    cards = ["QUIZ: Are you a true Harbour local or not?", "TEST: 15 questions on the Harbour clinic and its nurses"]
    tail = [cards[0], "Take the quiz ➔", cards[1], "Take the quiz ➔"]
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", *tail)
    assert [line in body for line in tail] == [False] * 4
    # without: one card over its button is no list (the card stays)
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", cards[0], "Take the quiz ➔")
    assert cards[0] in body


# READ_IT_AT and READ_FULL_STORY (archive.rules, archive.sources WIRE_READ_IT_AT, WIRE_READ_AT_SOURCE): a digest's link
# to the story's publisher names the wire; the digest's text below it stays.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Read it at Example PressSports", "Example Press"),
        ("Read it at Example Press", "Example Press"),
        ("Read Full Story: Example.com", "Example.com"),
        # without: the words in a sentence
        ("Read it at home, the teacher told the nurses.", None),
    ],
)
def test_a_digests_link_to_its_source(line: str, wire: str | None) -> None:
    clean, meta = build(BODY[0], "", line, "", HEADLINE, "", BODY[1], "", BODY[2])
    assert (meta.wire.value, BODY[2] in [text.text for text in clean.body]) == (wire, True)


# WRITER_NOTE_AT_THE_END (archive.rules writer_notes, archive.extract WRITER_FROM_THE_NOTE): the writer's note under
# the text goes and names the writer; the desk's note goes too.
@pytest.mark.parametrize(
    ("text", "note", "author", "kept"),
    [
        (BODY, "Jane Roe is an award-winning journalist who has lived in three states.", "Jane Roe", False),
        (BODY, "Editors and staffers from the Politics Desk at The Example Herald.", None, False),
        # without: a story about the journalist names her above the sentence
        ((*BODY, "Police said Roe had been held for a week."), "Jane Roe is a journalist who was held in Harbour.", None, True),
    ],
)
def test_the_writers_note_under_the_text(text: tuple[str, ...], note: str, author: str | None, kept: bool) -> None:
    clean, meta = build(HEADLINE, "", *text, "", note)
    assert (meta.author.value, note in [line.text for line in clean.body]) == (author, kept)


# Line rules, second batch: labels of this round (NAV_LABELS), GO_DEEPER_ARROW (READ_MORE_GLUED), BRACKETED_READ_MORE_CUT
# (READ_MORE_IN_BRACKETS), GLUED_COPYRIGHT_NAME (COPYRIGHT_NAME_TAIL), FOLLOW_NAMED_ON_PLATFORMS (SOCIAL_PROMO_LINE),
# AD_LABEL_GLUED (ADVERTISE_LINE), PRINT_EDITION_POINTER (PAYWALL_LINE).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("vedi letture", rules.NAV_LABEL),
        ("On this story", rules.NAV_LABEL),
        ("See the full story below.", rules.NAV_LABEL),
        ("Xem thêm phản hồi...", rules.NAV_LABEL),
        ("Go deeperArrowJan 21, 2020", rules.READ_MORE),
        ("[Read more News 6 coverage: How long would it take to reach the harbour? | Ce", rules.READ_MORE),
        ("L1 : Les déclas qui claquent après les matchs de samedi soir©Example365", rules.CAPTION),
        ("Follow Example East on Facebook, external, Twitter, external, and Instagram, external.", rules.SOCIAL_PROMO),
        ("AdvertisementAdvertise with Example.", rules.ADVERTISEMENT),
        ("The complete story is in the Tuesday, Feb. 28, 2017 Harbour News.", rules.PAYWALL),
        ("The full story appears in the print edition of the Harbour Times.", rules.PAYWALL),
        # without: the same words in sentences
        ("Go deeper into the harbour, the diver told the nurses.", None),
        ("[read more about the plan in the council's report]", None),
        ("The brand Example© is sold in the harbour shops, the board said.", None),
        ("Follow Jane Roe on her walk along the harbour, the guide said.", None),
        ("The full story is in the news, she said, and the council knows it.", None),
    ],
)
def test_line_rules_second_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# HEADLINE_OVER_ITS_PICTURE (archive.rules caption_twins): the page's first line printed again under it with the
# picture's credit glued on is the headline; only the credited copy goes.
@pytest.mark.parametrize(
    ("between", "title"),
    [
        ([], "L1 : Harbour beat Sample after the night match"),
        # without: another headline under the copy, the first line goes as the picture's text with its copy
        (["Harbour beat Sample in the last minute of the night"], "Harbour beat Sample in the last minute of the night"),
    ],
)
def test_the_headline_over_its_picture(between: list[str], title: str) -> None:
    headline = "L1 : Harbour beat Sample after the night match"
    page = [headline, "", f"{headline}©Example365", *between, "", "Jane Roe, published on Saturday 13 April 2019 at 23:30"]
    _, meta = build(*page, "", *BODY)
    assert meta.title.value == title


# STATION_NO_DASH (archive.metaline _parse_lead): a station's dateline whose dash the copy lost names the station, the
# page's own outlet.
@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        (f"HOUSTON (KX39) {BODY[0]}", "KX39"),
        (f"ROCHESTER, N.Y. (WXYZ) {BODY[0]}", "WXYZ"),
        # without: a bracket of another name, no dash: no dateline
        (f"HOUSTON (Harbour) {BODY[0]}", None),
    ],
)
def test_a_stations_dateline_without_its_dash(lead: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, "", BODY[1], "", BODY[2])
    assert meta.outlet.value == outlet


# REGISTERED_OUTLET_BESIDE_AN_AGENCY (archive.sources OUTLET_IN_SOURCE_LINE): a source line naming a registered agency
# and a registry outlet that reprints cite as a source: the outlet is the page's, the agency the wire.
@pytest.mark.parametrize(
    ("source", "outlet", "wire"),
    [
        ("Source:Reuters-Global Times Published: 2017/7/5 18:08:39", "Global Times", "Reuters"),
        # without: two agencies name no page
        ("Source:Reuters-Xinhua Published: 2017/7/5 18:08:39", None, "Reuters"),
    ],
)
def test_an_outlet_beside_an_agency_in_the_source_line(source: str, outlet: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", source, "", *BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# PAPER_THEN_ROLE (archive.sources _site_in_slashed_byline): the writer's post after the paper's name in a slashed
# byline.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By Jane Roe/Harbour News Editor", "Harbour News"),
        ("By Jane Roe/Harbour News", "Harbour News"),
        # without: a role alone after the slash names no paper
        ("By Jane Roe/Senior Editor", None),
    ],
)
def test_the_paper_and_the_writers_post_after_the_slash(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, meta.outlet.value) == ("Jane Roe", outlet)


# CUT_MID_WORD_COPY (archive.clean _truncated_copies): a line the line above opens with, cut in the middle of a word.
@pytest.mark.parametrize(
    ("copy", "kept"),
    [
        ("Harbour will win the cup th", False),
        ("Will Harbour win the cu", False),
        # without: a copy cut between words is a sentence of its own; two words are too few to tell
        ("Will Harbour win the", True),
        ("Will Ha", True),
    ],
)
def test_a_copy_cut_in_the_middle_of_a_word(copy: str, kept: bool) -> None:
    question = "Will Harbour win the cup this year?" if copy.startswith("Will") else "Harbour will win the cup this year"
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", question, copy)
    assert (copy in body) is kept


# JOURNALIST_ABROAD (archive.byline's role words) and WRITER_FROM_THE_CONTACT_LINE (archive.extract): the writer named
# with the word for a journalist, or in the line giving the writer's address under the text.
DATE_LINE = "Jum'at 21 Desember 2018 12:09 WIB"


@pytest.mark.parametrize(
    ("top", "tail", "author"),
    [
        ("Jane Ann Roe , Jurnalis", "", "Jane Ann Roe"),
        ("", "Contact Jane Roe: JRoe@example.com. Follow her on Twitter: @JaneRoe.", "Jane Roe"),
        # without: a photographer's word after the name; an address of no one named
        ("Jane Ann Roe , Fotografer", "", None),
        ("", "Contact the newsroom: news@example.com.", None),
    ],
)
def test_the_writer_named_as_a_journalist_or_in_the_contact_line(top: str, tail: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", top, DATE_LINE, "", *BODY, "", tail)
    assert meta.author.value == author


# NAMES_IN_STOP_LISTS (archive.clean _signature_at_end): a signature under a Hungarian article whose given name
# jusText's Hungarian list holds ("attila") is the writer's; an English slogan's capitalised words stay stop words.
HUNGARIAN_BODY = (
    "A kórház csütörtökön ünnepli az ötvenedik évfordulóját, és a város lakói is részt vehetnek az eseményeken.",
    "Az ünnepség délután kezdődik a megyeháza nagytermében, ahol a régi fotókat is kiállítják a látogatók számára.",
    "A kórház vezetője beszédet tart, és szó lesz arról is, hogy az intézmény száz fát ültet el a kertben.",
)


@pytest.mark.parametrize(
    ("text", "signature", "author"),
    [
        (HUNGARIAN_BODY, "Kovács Attila", "Kovács Attila"),
        # without: an English page's slogan under the text, its words in English's stop list
        (BODY, "Authentically Local", None),
    ],
)
def test_a_signature_whose_given_name_is_in_a_stop_list(text: tuple[str, ...], signature: str, author: str | None) -> None:
    _, meta = build("Ötvenéves a kórház", "", *text, "", signature)
    assert meta.author.value == author


# HEADED_DATE_IN_THE_TEXT (archive.extract _headed_dates): a date line under a heading below the first paragraph dates
# that heading's story, not the page.
CARD = ["Life In The Old Harbour Had Its Joys", "Sunday, 24 August 2025, 10:10"]
TEASER = "Life in the old harbour was grey, but some of its people still say it had its own joys, the survey found."


@pytest.mark.parametrize(
    ("page", "date"),
    [
        ([HEADLINE, "", *BODY, "", CARD[0], CARD[1], TEASER], None),
        # without: the date line under the headline, or under the text with no heading over it, is the page's
        ([HEADLINE, "", CARD[1], "", *BODY], "2025-08-24"),
        ([HEADLINE, "", *BODY, "", CARD[1]], "2025-08-24"),
    ],
)
def test_a_date_under_a_heading_below_the_text(page: list[str], date: str | None) -> None:
    _, meta = build(*page)
    assert meta.date.value == date
