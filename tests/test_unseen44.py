"""Issue 17, forty-fourth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_entities import part, registry  # noqa: F401  (registry: the fixture, the archive's own registry)
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen33 import AFTER, LISTED, _rule_of


# COUNTRY_AFTER_NAME: his country after the name, no commas; MAX_JOINED_PARTICIPANT_CHARS: a long title of the other
# participant before the verb. MEETING_THEN_WITH: the meeting's noun, what meeting it is, then "with" and the leader.
# Each with its trigger missing: a possessive, another verb, a wish.
@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("EXAMPLE CITY -- President Hu Jintao of China addressed some 5,000 workers.", "Hu Jintao", "leader-acts"),
        ("A speech by Hu Jintao of the party congress was read out.", "Hu Jintao", None),
        (
            "Premier Li Qiang and Chairman of the National People's Congress Standing Committee Jane Roe will meet him.",
            "Li Qiang",
            "leader-acts",
        ),
        (
            "She will attend the 30th regular meeting of the heads of government of the two countries in the city of"
            " Hangzhou with Chinese Premier Li Qiang.",
            "Li Qiang",
            "leader-meeting-with",
        ),
        ("Putin held talks in the Kremlin on Tuesday with Chinese President Xi Jinping.", "Xi Jinping", "leader-meeting-with"),
        ("The talks on grain went well, with Xi Jinping absent.", "Xi Jinping", None),
        ("The summit hall with Xi Jinping's portrait opened.", "Xi Jinping", None),
        ("She looks forward to talks in Beijing next year with President Xi Jinping.", "Xi Jinping", None),
        # MAX_WORDS_AFTER_MEETING_VERB: a title of eleven words between; MET_IN_A_LIST: the last of those met
        (
            "Jane Roe's meeting with Premier of the State Council of the People's Republic of China Li Qiang",
            "Li Qiang",
            "leader-is-met",
        ),
        ("Jane Roe also met with top legislator John Doe and Premier Wen Jiabao yesterday.", "Wen Jiabao", "leader-is-met"),
        ("Jane Roe met the governors and Xi Jinping's envoy.", "Xi Jinping", None),
        ("Jane Roe met the governors and praised Xi Jinping.", "Xi Jinping", None),
        # VIETNAMESE_MEETING: "and will call on Russian President Vladimir Putin"
        ("Ông Lý Cường sẽ hội kiến Tổng thống Nga Vladimir Putin.", "Vladimir Putin", "leader-is-met"),
        ("Ông Lý Cường đọc sách của Tổng thống Nga Vladimir Putin.", "Vladimir Putin", None),
    ],
)
def test_a_leader_met_further_from_the_verb(text: str, name: str, rule: str | None) -> None:
    assert part(text, name) == rule


# ANOTHER_GIVEN_NAME: a surname alone after another given name is another person; a title, a sentence's first word, a
# preposition's object, a title-case line or the leader's own given name spelled otherwise keep the leader.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The talks were led by the gas exporter's chief Alexander Medvedev, who said so.", []),
        ("The analyst Sergei Medvedev of the Higher School argued that talks were hard.", []),
        ("The Russian president Dimitri Medvedev has just joined Twitter.", ["Dmitry Medvedev"]),
        ("Il a parlé avec le Premier ministre russe Mikhaïl Michoustine, a-t-il dit.", ["Mikhail Mishustin"]),
        ("President Medvedev met the delegation.", ["Dmitry Medvedev"]),
        ("Yesterday Putin said so.", ["Vladimir Putin"]),
        ("In Beijing Putin said so.", ["Vladimir Putin"]),
        ("On Tuesday Putin met the governors.", ["Vladimir Putin"]),
        ("Modi Meets Putin For Private Meeting", ["Vladimir Putin"]),
    ],
)
def test_a_surname_after_another_given_name(text: str, names: list[str], registry) -> None:  # noqa: F811
    assert [m.name for m in registry.matcher("leaders").find(text)] == names


# RESULT_IN_THE_LIST: a headline with a score in it, among other stories' headlines under the article, is one of them;
# right under the article's last sentence a scoreboard's line stays the article's (RESULTS_END_THE_ARTICLE).
RESULT = "Match Report - Example Town 0 - 1 Sample Rovers"


@pytest.mark.parametrize(
    ("lines", "listed"),
    [
        ((HEADLINE, *BODY, *LISTED, RESULT, *AFTER), True),
        ((HEADLINE, *BODY, RESULT, *LISTED, *AFTER), False),
    ],
)
def test_a_match_report_in_the_list_under_the_article(lines: tuple[str, ...], listed: bool) -> None:
    cleaned, _ = build(*lines)
    assert [_rule_of(cleaned, line) == "related-headline" for line in (*LISTED, *AFTER)] == [listed] * 6


# FRAMED_COPY: the headline printed again inside a picture's text ("Picture for <headline>", "Article image for
# <headline>") is the headline printed twice: chosen over the site's name above it. Without the frame's copy, or with a
# frame inside a word (the headline a cut copy of a longer line), the site's name stays first.
MENU = "Intranet Access Webmail"
SITE = "Example County Council"


@pytest.mark.parametrize(
    ("copy", "title"),
    [
        (f"Picture for {HEADLINE}", HEADLINE),
        (f"Article image for {HEADLINE}", HEADLINE),
        (f"{HEADLINE}s of the year", SITE),
        ("Picture for the council chamber", SITE),
    ],
)
def test_the_headline_framed_in_a_pictures_text(copy: str, title: str) -> None:
    _, meta = build(MENU, "", SITE, "", HEADLINE, "", copy, "", *BODY)
    assert meta.title.value == title


# SIGNED_UNDER_THE_END: a press release's sign-off under its end marker, "Jane Roe/Example Police", names its writer;
# the same line with no end marker above it is left alone (a picture's credit has that shape too).
@pytest.mark.parametrize(
    ("lines", "author"), [(("ENDS.", "Jane Roe/Harbour Police"), "Jane Roe"), (("Jane Roe/Harbour Police",), None)]
)
def test_a_press_releases_sign_off_under_its_end_marker(lines: tuple[str, ...], author: str | None) -> None:
    _, meta = build(HEADLINE, "", "Updated June 3, 2015", "", *BODY, "", *lines)
    assert meta.author.value == author


# WITH_WIRES_CREDIT: a paper's name with the wires it drew on is the outlet's credit, a writer's is the author's; both
# lines leave the text. Without "with wires" the paper's name alone is a line of the text here.
@pytest.mark.parametrize(
    ("credit", "outlet", "author"),
    [
        ("Harbour Daily News with wires", "Harbour Daily News", None),
        ("Harbour Times staff and agencies", "Harbour Times", None),
        ("Jane Roe with agency reports", None, "Jane Roe"),
        ("Harbour Daily News and the wires of the old port", None, None),
    ],
)
def test_a_credit_with_the_wires(credit: str, outlet: str | None, author: str | None) -> None:
    cleaned, meta = build(HEADLINE, "", credit, "", *BODY)
    paragraphs = [line.text for line in cleaned.lines if line.role == "paragraph"]
    assert (meta.outlet.value, meta.author.value, credit in paragraphs) == (outlet, author, outlet is None and author is None)


# TYPED_DATE_QUIRKS and IN_BEFORE_THE_CLOCK: a date line with a heading's marks, a space before the comma, a comma after
# the day or "in" before the clock is read as the plain date; DATE_BEFORE_THE_COUNT: a date with the page's count of
# views is a date line, no counter; REPORT_BY_WAS_PUBLISHED: a wire's tag under the article dates it. Without a full
# date the same furniture dates nothing.
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("# 16 January 2020 15:30 (UTC +04:00)", "2020-01-16"),
        ("Sep 30 , 2017", "2017-09-30"),
        ("• Wednesday 17, October 2018 in 2:51 PM", "2018-10-17"),
        ("26.05.2023 482 views", "2023-05-26"),
        # KIND_LABEL_FIRST: the piece's kind before its credit and date
        ("Blog Post Jane Roe May 19, 2017", "2017-05-19"),
        ("Opinion piece on the budget", None),
        ("482 views", None),
        ("# Wednesday in 2:51 PM", None),
    ],
)
def test_a_date_line_as_a_template_left_it(line: str, iso: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert (meta.date.value, meta.outlet.value) == (iso, None)  # ("Blog Post" is the piece's kind, no paper's name)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("This report by The Harbour Press was first published Oct. 25, 2019.", "2019-10-25"),
        ("This report by The Harbour Press was updated to add a quote.", None),
    ],
)
def test_a_wires_tag_under_the_article_dates_it(line: str, iso: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", line)
    assert meta.date.value == iso


# DATED_ITEMS: a tour's dates, each line opening with the day and month in figures, are the article's list, no pairs of
# other stories' headlines and teasers; QUOTE_OPENS_NO_LABEL: a last line opening a quotation where the copy stops is
# the text's, though its word is a control's ("Help").
TOUR = (
    "05/07 Example City, FL @ Example Theatre",
    "05/08 Sample Town, FL @ Sample Theater",
    "05/10 Harbour City, FL @ Harbour Hall at The Old Port",
    "05/11 Old Town, FL @ The Old Town Live",
    "05/25 Example Port, UK @ Example Festival",
)


def test_a_tours_dates_and_a_quotation_cut_short_stay() -> None:
    cleaned, _ = build(HEADLINE, "", *BODY, "", "TOUR DATES:", *TOUR, "", BODY[0].replace("The", "“The"), "", "“Help")
    kept = [line.text for line in cleaned.lines]
    assert [line in kept for line in (*TOUR, "“Help")] == [True] * 6
    cleaned, _ = build(HEADLINE, "", *BODY, "", "Help")
    assert "Help" not in [line.text for line in cleaned.lines]


# TITLE_DATE_PREFIX: the page's date before the headline, after a colon or a dash, dates the page and leaves the
# headline; a word before the colon ("June: ...") is the headline's own.
@pytest.mark.parametrize(
    ("line", "title", "iso"),
    [
        (f"22. Juni 2015: {HEADLINE}", HEADLINE, "2015-06-22"),
        (f"2019-06-03 – {HEADLINE}", HEADLINE, "2019-06-03"),
        (f"June: {HEADLINE}", f"June: {HEADLINE}", None),
    ],
)
def test_a_date_before_the_headline(line: str, title: str, iso: str | None) -> None:
    _, meta = build(line, "", *BODY)
    assert (meta.title.value, meta.date.value) == (title, iso)


# FILE_PHOTO_LAST, BRACKETED_PHOTO_WORD and CAPITALS_SLASH_AFTER_STOP: a caption ending with "File photo.", with its
# credit in brackets without a colon or with its credit in capitals after a dash goes; "(photo below)" points at a picture from a sentence of the text, which stays.
@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Jane Roe and John Doe speak in the harbour city on June 17 2023. File photo.", True),
        ("Jane Roe et John Doe, gendarmes à Exempleville (photo Gendarmerie Exemple)", True),
        # CAPITALS_SLASH_AFTER_STOP: the photographer and the agency in capitals after the last stop and a dash
        ("Le Premier ministre Jane Roe. — ROE/EXEMPLE", True),
        (
            "Le texte sera débattu au Sénat le mois prochain, a précisé son entourage lors d'un point presse tenu lundi soir.",
            False,
        ),
        ("The mayor's office released a picture of the new bridge on Tuesday (photo below).", False),
        ("The council met on Tuesday to choose a file photo for the new brochure.", False),
    ],
)
def test_a_caption_ending_with_its_pictures_word(line: str, caption: bool) -> None:
    cleaned, _ = build(HEADLINE, "", line, "", *BODY)
    assert (_rule_of(cleaned, line) == "caption") == caption


# TWINS_OVER_ANOTHER_CAPTION: the headline printed twice above a picture's own caption stays the headline (twins beside
# a credit alone are the picture's text and caption).
def test_the_headline_printed_twice_above_a_caption() -> None:
    caption = "Jane Roe et John Doe, gendarmes à Exempleville (photo Gendarmerie Exemple)"
    _, meta = build(HEADLINE, "", HEADLINE, caption, "Par Example17", "", *BODY)
    assert meta.title.value == HEADLINE


# LIST_LEAD_WORDS: a short lead-in ending with the words that announce a list ("The 5 members include,", "as follows;")
# keeps the names listed under it, a squad's or a jury's; under a sentence that announces nothing a run of short lines
# is a menu.
NAMES = ("Jane Roe", "John Doe", "Sam Poe", "Ann Example", "Bob Sample")


@pytest.mark.parametrize(
    ("lead", "kept"), [("The 5 members include,", True), ("The squad is as follows;", True), ("Menu", False)]
)
def test_names_listed_under_a_short_lead_in(lead: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", BODY[0], "", lead, *NAMES, "", BODY[1], "", BODY[2])
    assert [name in [line.text for line in cleaned.lines] for name in NAMES] == [kept] * 5


# COURTESY_WITHOUT_OF, NAME_THEN_PHOTO and the Russian reading time: a picture's credit or a reading time alone on its
# line goes; so do a blog theme's permalink line, a call to share, a picture's text naming a person and the links to
# the previous or next release; a sentence about a photo or about sharing stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Image courtesy example.com", "caption-credit"),
        ("EXMPL photo", "caption-credit"),
        ("Big picture", None),
        ("Example Shimbun file photo", "caption-credit"),
        ("26 минут чтения", "reading-time"),
        # WORDPRESS_PERMALINK, SHARE_WITH_FRIENDS, PHOTO_OF_NAME and the German links to the previous or next release
        ("This entry was posted in News. Bookmark the permalink.", "nav-label"),
        ("Like this post? Please share to your friends:", "nav-label"),
        ("Photo of Dr. Jane Roe", "caption"),
        ("Vorherige Meldung: Gleiche Rechte für alle", "read-more"),
        ("Please share your views with friends and neighbours at the meeting on Tuesday.", None),
        ("Photo of the new bridge over the river", None),
        ("The council chose the photo for the new brochure after a long debate on Tuesday.", None),
    ],
)
def test_a_pictures_credit_or_a_themes_line_alone(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, "", BODY[0], "", line, "", BODY[1], "", BODY[2])
    assert _rule_of(cleaned, line) == rule


# SECTION_IN_NAME: a credit whose name holds a section's or a feed's word names no author (the date beside it still
# dates the page); a person's name there is the author.
@pytest.mark.parametrize(
    ("credit", "author"),
    [("Police Briefs, May 19, 2017", None), ("Harbour Sport, May 19, 2017", None), ("Jane Roe, May 19, 2017", "Jane Roe")],
)
def test_a_sections_name_in_the_credit_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", f"By {credit}", "", *BODY)
    assert (meta.author.value, meta.date.value) == (author, "2017-05-19")
