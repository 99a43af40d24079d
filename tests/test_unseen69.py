"""Issue 17, sixty-ninth round: shapes a new development corpus showed on pages from outlets not seen before (a list of
ministers under a sentence naming one of them, a related list's label with its colon, a headline in Title Case, a
caption credited after a bar in sentence case, a bulleted list of other stories, cards printed twice to the page's end,
a question headline printed twice), each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import dates, rules

HEADLINE = "Nurses Move To New Harbour Clinic"


def _body(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.body]


# CONTENTS_HEADING_NO_STATEMENT (archive.clean _tables_of_contents): a list of "role: name" lines under the text stays
# when a sentence below names one of them; the same items printed again inside a heading below are the contents, as before.
MINISTERS = ["Prime minister: Jane Roe", "Health minister: Ann Lee", "Finance minister: Ivan Horvat"]


@pytest.mark.parametrize(
    ("below", "kept"),
    [
        ("Prime minister Jane Roe said the new cabinet would meet on Monday.", True),
        # without: a heading holding an item's words (no full stop) makes the list the article's contents
        ("Prime minister Jane Roe and her plans", False),
    ],
)
def test_a_list_named_again_in_a_sentence_stays(below: str, kept: bool) -> None:
    body = _body(HEADLINE, "", BODY[0], "", *MINISTERS, "", below, "", BODY[1], "", BODY[2])
    assert [item in body for item in MINISTERS] == [kept] * 3


# TOPIC_LABEL_WITH_COLON (archive.rules promo_blocks): "More articles on <topic>:" heads the headlines under it.
RELATED = ["Clinic board names a new head", "Flu cases rise again in the harbour", "Nurses win their pay claim"]


@pytest.mark.parametrize(
    ("label", "gone"),
    [
        ("More articles on clinical leadership & infection control:", True),
        ("More stories from Harbour:", True),
        # without: a label that names no stories' source leads in to nothing here
        ("The clinic's plans:", False),
    ],
)
def test_a_topic_label_with_its_colon_heads_a_list(label: str, gone: bool) -> None:
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, label, *RELATED)
    assert [line in body for line in [label, *RELATED]] == [not gone] * 4


# GOOGLE_NEWS_ANY_LANGUAGE (archive.rules FOLLOWED_THING): the call to follow the site on Google's news service, named
# in the page's language.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Kövess minket a Google Hírek-ben is!", rules.SOCIAL_PROMO),
        ("Ikuti kami di Google Berita", rules.SOCIAL_PROMO),
        # without: the call without the service, or the service named in a sentence
        ("Kövess minket, mondta a polgármester.", None),
        ("Google Hírek szerint a kórház hétfőn nyitott meg a kikötőben.", None),
    ],
)
def test_follow_us_on_google_news_in_any_language(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# Between paragraphs: MORE_LABELS_69, "kép" (PHOTO_WORDS), a link's arrow after its words (LINK_ARROW_TAIL).
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Perbesar", True),
        ("Poslať článok e-mailom", True),
        ("*) povinné položky", True),
        ("HOUR BY HOUR: Conditions for the next 36 hours »", True),  # (LINK_ARROW_TAIL, archive.rules read_more)
        ("See the full list of winners ›", True),
        ("Kép: Jane Roe", True),
        # without: the same words in the text's sentences
        ("Perbesar ruang tunggu klinik itu, kata direktur rumah sakit pada hari Senin.", False),
        ("Le directeur a dit « nous partons »", False),
        ("The nurses left the old ward on Monday. »", False),
        ("1 »", False),
        ("Kép és hang nélkül zajlott a kórház megnyitója hétfőn a kikötőben.", False),
    ],
)
def test_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# TITLE_CASE_SMALL_WORDS (archive.rules tag_cloud): a headline in Title Case repeats its small words, not its tags.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("The Unique Culture Of The Harbour Derby To Be The Focus Of New Derby Museum Exhibit", None),
        # without: a run of tags repeating its names is a tag cloud, as before
        ("Harbour Clinic Nurses Harbour Clinic Board Nurses Pay Harbour Clinic Strike", rules.TAG_CLOUD),
    ],
)
def test_a_title_case_headline_is_no_tag_cloud(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


def test_a_title_case_headline_is_the_title() -> None:
    headline = "The Unique Culture Of The Harbour Derby To Be The Focus Of New Derby Museum Exhibit"
    _, meta = build(headline, "", "By Jane Roe", "", *BODY)
    assert meta.title.value == headline


# BARRED_BODY_CREDIT (archive.rules _credited_caption, caption_twins): a caption credited after a bar and the picture's
# label to a body named in sentence case goes, and so does its copy without the credit further down.
@pytest.mark.parametrize(
    ("caption", "gone"),
    [
        ("Firemen at the burning house in Harbour (14.1.2026) | foto: HZS Harbourského kraje", True),
        ("Firemen at the burning house in Harbour on Monday | Photo: Harbour fire brigade", True),
        # without: a sentence after the label, more than a body's name
        ("Firemen at the burning house in Harbour on Monday | Photo: the brigade thanks them all for the night", False),
    ],
)
def test_a_caption_credited_after_a_bar(caption: str, gone: bool) -> None:
    bare = caption.split(" |")[0]
    body = _body(HEADLINE, "", "By Jane Roe", "", BODY[0], "", caption, "", BODY[1], "", bare, "", BODY[2])
    assert (caption in body, bare in body) == (not gone, not gone)


# BULLETED_ITEMS_GO_ON (archive.rules promo_blocks): under a list's label, its bulleted items go on while the bullets do,
# a headline with its "!" among them.
def test_a_bulleted_list_of_stories_goes_on() -> None:
    items = [
        "- Harbour clinic opens a new ward",
        "- Nurses win their pay claim",
        "- «We are ready» – the mayor welcomes the nurses and the board!",
        "- Ferry strike ends after a week",
    ]
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", "LATEST", *items)
    assert [item[2:] in body for item in items] == [False] * 4
    # without: the article's own bulleted points under a sentence, no label over them
    points = ["- The ward opens on Monday!", "- Nurses move in on Tuesday.", "- The board meets on Friday."]
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", *points)
    assert [point[2:] in body for point in points] == [True] * 3


# TWIN_CARDS_TO_THE_END (archive.rules twin_cards_to_the_end): cards printed twice to the page's end go, the last one
# cut by the copy among them.
def test_cards_printed_twice_to_the_end() -> None:
    cards = ["Lottery draw: these are the winning numbers", "Harbour beat Sample 3-0 in the cup"]
    tail = [cards[0], cards[0], cards[1], cards[1], "Jane Roe, the coach: «I take the blame,"]
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", "", *tail)
    assert [line in body for line in tail] == [False] * 5
    # without: one card printed twice is no list (a heading and its copy stay for the repeats' rules)
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", "", cards[0], cards[0], "Jane Roe, the coach said")
    assert cards[0] in body


# QUESTION_PRINTED_TWICE (archive.clean _twin_caption_on_top): a question printed twice at the top is the headline.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("WILL THE NURSES MOVE TO THE NEW HARBOUR CLINIC?", "WILL THE NURSES MOVE TO THE NEW HARBOUR CLINIC?"),
        # without: a statement printed twice at the top is the picture's caption, the title under it
        ("Nurses leave the old ward on Monday.", HEADLINE),
    ],
)
def test_a_question_printed_twice_is_the_headline(first: str, title: str) -> None:
    below = "The arguments have begun!" if first.endswith("?") else HEADLINE
    _, meta = build(first, "", first, "", below, "", *BODY)
    assert meta.title.value == title


# LAPORAN_REDAKSI (archive.byline, archive.metaline): Indonesian "report of the editorial staff:" before the writer.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Laporan Redaksi: Jane Roe, SH", "Jane Roe"),
        ("Laporan: Jane Roe", "Jane Roe"),
        # without: the words in a sentence credit no one
        ("Laporan redaksi itu dibaca oleh Jane Roe pada hari Senin.", None),
    ],
)
def test_the_indonesian_editorial_report_credit(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.author.value == author


# DAY_BEFORE_THE_WEEKDAY (archive.dates FOREIGN_YEAR_FIRST_FORM): a year-first date whose day is followed by a comma and
# the weekday's name.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026. január 28, szerda", "2026-01-28"),
        ("2026. január 28., szerda", "2026-01-28"),
        # without: a comma and a place after the day is no date's end
        ("2026. január 28, Szeged", None),
    ],
)
def test_a_year_first_date_before_its_weekday(text: str, iso: str | None) -> None:
    value = dates.parse_date(text)
    assert (value.iso if value else None) == iso


# CLOCK_THEN_NAME_DAY (archive.rules today_bars): the header's clock with the day's names after it goes as today's date,
# and the headline printed twice under the site's labels is the title.
@pytest.mark.parametrize(
    ("clock", "date"),
    [
        ("2026. január 28, szerda - Károly,", "2011-12-13"),
        # without: a date line's place after the dash, no weekday before it
        ("Monday, 5 March 2019 - Moscow, Russia", "2019-03-05"),
    ],
)
def test_the_clock_with_the_days_names(clock: str, date: str) -> None:
    headline = "Nurses move to the new harbour clinic"
    page = ["Városlista", clock, "", "Hírek", "", headline, "", headline, "", *BODY]
    if date == "2011-12-13":
        page[4:4] = ["2011. december 13. 14:05, kedd", ""]
    clean, meta = build(*page)
    assert (meta.date.value, meta.title.value) == (date, headline)


# AT_SIGN_BEFORE_THE_CLOCK (archive.dates FURNITURE) and MALAY_THIS_ARTICLE (archive.metaline LABEL_RE).
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 17, 2016 @ 10:15 am", "2016-03-17"),
        ("Posted on March 17, 2016 @ 10:15 am", "2016-03-17"),
        # without: a handle after the date is no clock
        ("March 17, 2016 @janeroe", None),
    ],
)
def test_the_at_sign_before_the_clock(text: str, iso: str | None) -> None:
    value = dates.parse_date(text)
    assert (value.iso if value else None) == iso


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Artikel ini disiarkan pada : Khamis, 17 Mac 2016 @ 10:15 AM", "2016-03-17"),
        ("Berita ini diterbitkan pada : 17 Mac 2016", "2016-03-17"),
        # without: the words in a sentence date nothing
        ("Artikel ini disiarkan pada waktu yang sama oleh banyak akhbar di seluruh negara itu.", None),
    ],
)
def test_the_malay_this_article_was_published_label(line: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", line)
    assert meta.date.value == date


# Line rules: MORE_PICTURE_POSITIONS, MORE_LABELS_69 (the text size's control), PROFILE_PICTURE_ALT, ISSUER_RELEASE_LABEL,
# the Nordic sections' names, a record's number (RECORD_ID).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Anne Roe (tv) er direktør i Example Rederier. Og Lars Roe (th) er direktør i Example.", rules.CAPTION),
        ("Футболистите поздравяват Иван Петров (вляво) за гола му срещу отбора на Example.", rules.CAPTION),
        ("Размер на шрифта", rules.NAV_LABEL),
        ("Rozmiar czcionki", rules.NAV_LABEL),
        ("Example Press's Profile Picture", rules.CAPTION),
        ("COUNTY OF HARBOUR PRESS RELEASE", rules.SECTION_LABEL),
        ("Example County News Release", rules.SECTION_LABEL),
        ("Innenriks", rules.SECTION_LABEL),
        ("ID: 6011upozornenie pre užívateľov", rules.NAV_LABEL),  # (RECORD_ID)
        ("Новина", rules.SECTION_LABEL),
        # without: television in capitals, a headline about a release, the words in a sentence
        ("Jane Roe (TV) said the new ward would open on Monday, the board told reporters in Harbour.", None),
        ("Example Issues Press Release", None),
        ("The board changed the font size of its notices, the nurses said on Monday.", None),
        ("The Profile Picture Of The Year", None),
        ("ID: the new card for nurses", None),
    ],
)
def test_line_rules_for_captions_controls_and_labels(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PAGE_TITLE_SUFFIX (archive.clean _page_title_names): the page's title with the site's name after a dash, over the
# headline printed alone below the date line, names that copy the headline: a long title line above it is no text.
def test_the_page_title_with_its_sites_name_over_the_headline() -> None:
    headline = 'Harbour Film Festival Wraps; "Nurses of the Bay" wins the Directors\u2019 Choice Award at its last night'
    page = [f"{headline} - Example Curtain Raiser", "", "Latest", "", "Wednesday, July 31, 2024", "", headline, ""]
    page += ["DIRECTORS\u2019 CHOICE AWARD WINNER", "Nurses of the Bay, by Jane Roe", "", *BODY]
    _, meta = build(*page)
    assert (meta.title.value, meta.date.value) == (headline, "2024-07-31")
    # without: no copy of the headline below, the page's title line is the title, as before (a name the registry does
    # not know after the dash stays: it may be the headline's own words)
    _, meta = build(f"{headline} - Example Curtain Raiser", "", "Wednesday, July 31, 2024", "", *BODY)
    assert meta.title.value == f"{headline} - Example Curtain Raiser"


# AGENCY_CAPTION_OPENING (archive.rules labelled_caption), FOLLOW_THE_LIVE_FEED's glued asterisk (APP_OR_FOLLOW_PROMO),
# a weather box's town after a dash, the call to report an error in the text (ERROR_REPORT_CALL, archive.rules page_notice),
# an embedded map's credit (MAP_ATTRIBUTION).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("HARBOUR, CA - JULY 09: A burned out car sits next to a home that was destroyed by the fire.", rules.CAPTION),
        ("HARBOUR CITY, EXAMPLELAND - MAY 9: Nurses leave the old ward on Monday.", rules.CAPTION),
        ("*Follow Example's live feed to find out more.", rules.SOCIAL_PROMO),
        ("Mapy poskytuje © Example a přispěvatelé OpenStreetMap. Example je vydavatel map a atlasů.", rules.CAPTION),
        ("-7 °C -Harbour", rules.WEATHER_WIDGET),  # (PLACE_AFTER_A_DASH, archive.rules WEATHER_LINE)
        ("Želite li dopuniti temu ili prijaviti pogrešku u tekstu?", rules.WIDGET_ERROR),  # (ERROR_REPORT_CALL)
        ("Spotted an error in this article?", rules.WIDGET_ERROR),
        ("Haben Sie einen Fehler im Text gefunden?", rules.WIDGET_ERROR),
        # without: a wire's dateline, the day in small letters; a sentence opening with an asterisk
        ("HARBOUR, May 9 (Example) - Nurses left the old ward on Monday, the board said.", None),
        ("HARBOUR, Calif. - July 9: the fire spread to the homes by the river, officials said.", None),
        ("*Follow the river to the sea, the guide said.", None),
        ("7 °C - the coldest day", None),
        ("The council used OpenStreetMap to plan the new bus routes, the mayor said.", None),
        ("Is there an error in the report, the minister asked?", None),
        ("Did the nurses find an error in the article, as the board had said?", None),
    ],
)
def test_an_agency_caption_and_a_live_feed_promo(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# SISTER_STATIONS (archive.sources): two stations' call letters in the dateline's brackets name the page's own site.
@pytest.mark.parametrize(
    ("credit", "outlet", "wire"),
    [
        ("KXYZ / KABC", "KXYZ / KABC", None),
        # without: agencies in the brackets are the wire, as before
        ("AP / AFP", None, "AP"),
    ],
)
def test_sister_stations_in_the_dateline(credit: str, outlet: str | None, wire: str | None) -> None:
    lead = f"HARBOUR, Texas ({credit}) – {BODY[0]}"
    _, meta = build(HEADLINE, "", lead, "", BODY[1], "", BODY[2])
    assert (meta.outlet.value, meta.wire.value) == (outlet, wire)


# RESULT_AMONG_RESULTS (archive.clean _on_topic_below, _headline_over_the_lead) and SIDES_THEN_SCORE (archive.rules
# MATCH_RESULT): a round-up's first match result, another result below it, is its first section's heading, not the
# headline the page prints above it.
@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("Guyer 56, Sample Boyd 7", "High School Football Scoreboard"),
        # without: a lone result under an off-topic line is the report's headline, as before
        (None, "Harbour 30, Sample Mound 21"),
    ],
)
def test_the_first_result_of_a_round_up_is_no_headline(second: str | None, title: str) -> None:
    report = [
        "The Battle of the Mound lived up to expectations once again on Friday night, as Harbour emerged victorious.",
        "The Marauders scored first on a 7-yard run from Jane Roe to make it 7-0 Harbour with 3:52 remaining.",
    ]
    page = ["Friday, September 30, 2022", "High School Football Scoreboard", "", "By John Roe", ""]
    page += ["Harbour 30, Sample Mound 21", "", *report]
    if second:
        page += ["", second, "", "Guyer rolled over Sample Boyd in a district game that was never close, the coach said."]
    _, meta = build(*page)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("line", "result"),
    [
        ("Hertha BSC - VfB Stuttgart 2:0", True),
        ("VfL Bochum - FC Augsburg 0:2", True),
        # without: a time after a dash is no score
        ("Press conference - Harbour Town Hall 10:30", False),
    ],
)
def test_sides_then_the_score(line: str, result: bool) -> None:
    assert rules.match_result(line) is result


# GERMAN_GET_THE_APP (archive.rules), COMMENT_RULES_NOTICE and the comment box's "load comments" in more languages.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Hol' dir die Example-NEXT-App!", rules.SOCIAL_PROMO),
        ("Lade dir die Example-App herunter", rules.SOCIAL_PROMO),
        (
            "This conversation is moderated according to Example's community rules. Please read the rules before joining.",
            rules.COMMENT_WIDGET,
        ),
        ("To find out more about Facebook commenting please read the Conversation Guidelines and FAQs", rules.COMMENT_WIDGET),
        ("Cargar comentarios", rules.COMMENT_WIDGET),
        # without: the words in the text's sentences
        ("Hol dir die Bälle aus dem Netz, sagte der Trainer nach dem Spiel.", None),
        ("This conversation is one the council wants to have with the nurses, the mayor said on Monday.", None),
    ],
)
def test_an_app_call_and_the_comment_boxs_notices(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# FOREIGN_COOKIE_NOTICE in Polish ("witryna", the website; "zgadzasz się", "akceptujesz", you agree) and PART_OF_OUR_COVERAGE (archive.rules
# ARCHIVE_AND_CARD_NOTICES): the site's notices between paragraphs.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("W celu zapewnienia najlepszego przeglądania witryna używa plików cookie. Korzystając z witryny, zgadzasz się.", True),
        ("Witryna używa plików cookie. Korzystając ze strony akceptujesz ich stosowanie. Przeglądarka umożliwia", True),
        ("This story is part of our 2017 elections coverage.", True),
        # without: a sentence of the text naming the same things
        ("Witryna używa plików cookie, a rząd chce to zmienić, powiedział minister w poniedziałek w Warszawie.", False),
        ("This story is part of the reason the board changed its mind, the nurses said on Monday.", False),
    ],
)
def test_a_polish_cookie_notice_and_a_coverage_note(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes
