"""Issue 17, forty-sixth round: shapes a new development set showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_entities import registry  # noqa: F401  (registry: the fixture, the archive's own registry)
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.registry import Registry

LEAD = "The harbour health office announced today that flu is confirmed in all three districts of the town after new tests."
SIGNED = (
    "Classes in the harbour district are not suspended on Monday despite the rain, said the mayor. The storm will pass"
    " by ten in the morning, he said. Residents were told to stay away from the sea wall. - Example.TV"
)
UNSIGNED_RUN = (
    "Classes in Harbour district news weather sport business opinion video photos events jobs classifieds obituaries"
    " and more - Example.TV"
)


# WRAPPED_LINES_ALIKE and BYLINE_UNDER_THE_HEADLINE: a headline stops without a full stop, like a hard-wrapped line; a
# byline opening with "by" and a capital, or a capitalised paragraph much longer than it, does not go on its sentence.
# PARAGRAPH_WITH_A_TAIL: the article's paragraph signed by its source ("... sea wall. - Example.TV") is its text, by
# which a headline is judged; a long run of words with no sentence inside is not.
@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ("Harbour: Flu confirmed statewide", "by Press Release from Example News Today on (#21KSH)", LEAD),
            "Harbour: Flu confirmed statewide",
        ),
        (("Harbour: Flu confirmed", "by the health office of the town on", "Monday after new tests came back."), None),
        (
            ("Filtered By: Topstories", "", "Classes in Harbour not suspended despite storm", "", SIGNED),
            "Classes in Harbour not suspended despite storm",
        ),
        (
            ("Filtered By: Topstories", "", "Classes in Harbour not suspended despite storm", "", UNSIGNED_RUN),
            "Filtered By: Topstories",
        ),
    ],
)
def test_a_headline_over_its_byline_or_its_signed_paragraph(lines: tuple[str, ...], title: str | None) -> None:
    _, meta = build(*lines)
    assert meta.title.value == title


# SITE_AND_DESK_IN_BRACKETS: a dateline's credit of the site's address and its desk, a comma between them, names the
# page's own outlet and no wire; a name that is no address, with its desk, is no credit read.
@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("(Example.com, Harbour Desk)", "Example.com"), ("(Example News, Harbour Desk)", None), ("(Example.com)", "Example.com")],
)
def test_a_site_and_its_desk_in_the_datelines_brackets(credit: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", f"HARBOUR CITY {credit} - {BODY[0]}", BODY[1], BODY[2])
    assert (meta.outlet.value, meta.wire.value) == (outlet, None)


def _fate(line: str, *, head: bool = False) -> str:
    """What the cleaning did with one line: between the headline and the first paragraph (head) or between paragraphs."""
    lines = (HEADLINE, "", line, "", *BODY) if head else (HEADLINE, "", BODY[0], "", line, "", BODY[1], BODY[2])
    cleaned, _ = build(*lines)
    kept = [c.role for c in cleaned.lines if c.text == line]
    return kept[0] if kept else next(d.rule for d in cleaned.dropped if d.text == line)


# Furniture lines, each beside a line of the same shape that stays:
# PHOTO_SLASH_SOURCE ("(Photo/Example TV)"), REPRODUCTION_PROHIBITED, TIME_BEFORE_READING (CJK reading times with the
# minutes first), "LOADING CONTENT".
FURNITURE_FATES = {
    "(Photo/Example TV)": "caption-credit",
    "Photos/videos of the storm": "heading",
    "Reproduction in whole or in part without permission is prohibited.": "copyright-footer",
    "Reproduction of the painting is prohibited by the museum.": "paragraph",
    "3分钟阅读": "reading-time",
    "3分で読めます": "reading-time",
    "3분 읽기": "reading-time",
    "LOADING CONTENT": "nav-label",
    # ILLUSTRATIVE_PICTURE, TEXT_SIZE_CHOICE, ON_YOUR_PHONE, BRAZILIAN_CREDIT_WORDS, "View photo"
    "Picture used for illustrative purpose.": "nav-label",
    "Home>International | Schriftgröße: klein mittel groß |": "nav-label",
    "Text size: A A A": "nav-label",
    "The council discussed the text size: small print": "heading",
    "Get The Example Paper on your phone with the": "social-promo",
    "Get the best deals on your phone today": "heading",
    "Seis projetos de 2010 a 2015 são investigados Reprodução/Example TV": "caption",
    "A reprodução/cópia do texto": "heading",
    "View photo": "nav-label",
    # VIDEO_VENDOR_TAIL, MAP_CREDIT
    "CLOSE Former harbour mayor has died at the age of 91. Wochit": "video-widget",
    "The mayor thanked the video team at Wochit": "heading",
    "The family courts in Harbour where the incident occurred Google Maps": "caption",
    "The council will publish the route on Google Maps": "heading",
    # REQUIRED_FIELDS_FORM
    "Send to a friend. Recipient's email * : Your e-mail * : Your name * : Comment: *) required": "comment-widget",
    "Prices * : see the notes * : below": "heading",
    # FOLLOW_THE_LIVE_FEED, a French reading time ("Durée de lecture"), PORTAL_NOTICE, and their neighbours
    "Follow Example’s live feed to learn more!": "social-promo",
    "Follow the money, the mayor said": "heading",
    "Durée de lecture: 8 Min.": "reading-time",
    "[전화] 02-398-8585": "widget-error",
    "EXAMPLE에서 직접 확인하세요. 해당 언론사로 이동합니다.": "widget-error",
    "메일로 보낸 보고서에 따르면 시장은 다리를 열었다.": "paragraph",
    # TURKISH_COMMENT_RULES, JAPANESE_READ_AT_SOURCE, VIETNAMESE_INVITED_TO_FOLLOW, and sentences of the same words
    "UYARI: Küfür, hakaret içeren ve büyük harflerle yazılmış yorumlar onaylanmamaktadır.": "comment-widget",
    "Belediye meclisi yorumlar hakkında karar verdi.": "paragraph",
    "この記事をExampleで読む": "widget-error",
    "Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình tại TV Online": "social-promo",
    "Thủ tướng mời các nhà đầu tư theo dõi thị trường.": "paragraph",
    # PREFIXED_CAMERA_NAME, KOREAN_PAGE_TOOLS, JAPANESE_EXPIRED, page tools' labels
    "w-IMG 7441": "image-file",
    "WDJ-DSC03167": "image-file",
    "X-ray 2": "heading",
    "※ 본문 글자 크기 조정": "widget-error",
    "記事の有効期限が切れています。": "widget-error",
    "Back to top button": "nav-label",
    "See subscription options": "nav-label",
}


@pytest.mark.parametrize(("line", "fate"), FURNITURE_FATES.items())
def test_furniture_between_paragraphs(line: str, fate: str) -> None:
    assert _fate(line) == fate


# LONE_WORD_IN_THE_HEAD: a word alone in lower case between the headline and the first paragraph is a widget's name; the
# same word between paragraphs (a list's item) stays.
@pytest.mark.parametrize(("head", "fate"), [(True, "nav-label"), (False, "paragraph")])
def test_a_lone_word_in_lower_case_under_the_headline(head: bool, fate: str) -> None:
    assert _fate("google", head=head) == fate


# Date lines read whole: DASHED_RELEASE_DATELINE (a release's place, state and full date between dashes; without its
# year a dash and a date open a sentence), CLOCK_GLUED_TO_WORD and APP_DOWNLOAD (a clock run into the source, an app's
# promo after the editor), FOREIGN_PAGE_CONTROLS (print and send buttons in German), SPACED_SLASH_DATE (spaces around
# a numeric date's slashes; the page's language orders it).
DATE_LINES = {
    (HEADLINE, "", f"HARBOUR CITY, Calif.-- May 13, 2003 -- {BODY[0]}", BODY[1]): ("2003-05-13", None),
    (HEADLINE, "", f"HARBOUR CITY -- May 13 was the day {BODY[0]}", BODY[1]): (None, None),
    (HEADLINE, "2019-06-15 10:48:13Xinhua Editor : Li Yan EXMPL App Download", *BODY): ("2019-06-15", "Xinhua"),
    ("Bürgermeister eröffnet die neue Brücke", "23. 11. 2010 | Druckversion | Artikel versenden| Kontakt |"): (
        "2010-11-23",
        None,
    ),
}


@pytest.mark.parametrize(("lines", "expected"), DATE_LINES.items())
def test_date_lines_read_whole(lines: tuple[str, ...], expected: tuple[str | None, str | None]) -> None:
    german = (
        "Der Bürgermeister hat am Dienstag die neue Brücke über den Fluss eröffnet, und die Bürger der Stadt waren da.",
        "Die Brücke hat drei Jahre gekostet und soll den Verkehr in der Innenstadt deutlich entlasten, sagte er.",
    )
    _, meta = build(*lines, *(german if lines[0].startswith("Bürger") else ()))
    assert (meta.date.value, meta.wire.value) == expected


@pytest.mark.parametrize(("line", "date"), [("03 / 06 / 2022 - 12h33", "2022-06-03"), ("03 / 06 / 20222 - 12h33", None)])
def test_a_numeric_date_with_spaced_slashes(line: str, date: str | None) -> None:
    portuguese = (
        "A prefeitura começou nesta sexta-feira o maior projeto de pavimentação e mobilidade urbana do município.",
        "Segundo o prefeito, as obras vão durar seis meses e devem melhorar o trânsito em todos os bairros da cidade.",
    )
    _, meta = build(line, "", "Começa maior projeto de pavimentação do município", "", *portuguese)
    assert meta.date.value == date


# QUOTED_TITLE_BELOW: the line under a dropped video control that quotes it whole is the video's title; the same line
# under a kept sentence quoting it stays.
@pytest.mark.parametrize(
    ("above", "kept"),
    [("Click to play video: 'Council to debate the offer'", False), ("The mayor said: 'Council to debate the offer'", True)],
)
def test_a_videos_title_under_its_control(above: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, "", above, "Council to debate the offer", "", *BODY)
    assert ("Council to debate the offer" in [line.text for line in cleaned.lines]) is kept


# WIRE_AND_PLACE (an agency and its city alone on a line credit the copy; a person's name after the agency is no
# place), COUNTS_AFTER_DATE (a date line's readers' and comments' counts), NUMERIC_MONTH_DAY_CLOCK (a month and day in
# figures before a clock, read when one number cannot be a month).
CREDIT_LINES = {
    "AFP, Mumbai :": ("AFP", None),
    "Example Times, Mumbai :": (None, None),
    "2025-03-04 151 0": (None, "2025-03-04"),
    "12/19 14:05": (None, "--12-19"),
    "19/12 14:05": (None, "--12-19"),
    "05/06 14:05": (None, None),
}


@pytest.mark.parametrize(("line", "expected"), CREDIT_LINES.items())
def test_credit_and_date_lines_under_the_headline(line: str, expected: tuple[str | None, str | None]) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert (meta.wire.value, meta.date.value or meta.date.get("partial") or None) == expected


def test_a_group_printed_inside_an_item_of_its_own_list_is_no_table_of_contents() -> None:
    # ITEM_INSIDE_ITS_LIST: "North Coast" over "• North Coast Bay (Example)" in the same list groups its items
    listed = ("North Coast", "• Harbour (Example)", "• Bay (Example)", "• North Coast Bay (Example)", "• Cliff (Example)")
    cleaned, _ = build(HEADLINE, "", BODY[0], "", *listed, "", BODY[1], BODY[2])
    assert cleaned.dropped == ()
    assert [line.text for line in cleaned.lines][2:7] == [
        "North Coast",
        "Harbour (Example)",
        "Bay (Example)",
        "North Coast Bay (Example)",
        "Cliff (Example)",
    ]


# SUBHEADING_LEAD_IN: "Background:" alone over a paragraph is the article's sub-heading; over another story's headline it
# is a link's lead-in, and both go.
@pytest.mark.parametrize(
    ("below", "dropped"), [(BODY[1], []), ("Harbour mayor opens the new bridge over the river", ["read-more", "read-more"])]
)
def test_background_alone_over_a_paragraph(below: str, dropped: list[str]) -> None:
    cleaned, _ = build(HEADLINE, "", BODY[0], "", "Background:", "", below, "", BODY[2])
    assert [d.rule for d in cleaned.dropped] == dropped


# CAMEL_CASE_BRAND: a name of capitalised parts run together alone on one of the first lines above the headline is the
# site's brand; under it, a surname with a particle ("McRoe") or a platform's name is not. PAPER_GATHERED: a
# newspaper's name, or one in capitals, that "gathered that" or "can reveal" is the page's own; a council that learnt
# something is no paper.
OWN_NAMES = {
    ("ExampleWeb", "", HEADLINE, "", *BODY): "ExampleWeb",
    (HEADLINE, "", "ExampleWeb", "", *BODY): None,  # (under the headline: maybe the writer's user name)
    (HEADLINE, "", "McRoe", "", *BODY): None,
    (HEADLINE, "", "YouTube", "", *BODY): None,
    (HEADLINE, "", f"EXAMPLEPAPER gathered that {BODY[0][0].lower()}{BODY[0][1:]}", *BODY[1:]): "EXAMPLEPAPER",
    (HEADLINE, "", *BODY, "The Harbour Times can reveal that the plan was drawn up in secret last year."): "The Harbour Times",
    (HEADLINE, "", *BODY, "The Council learnt that the plan was drawn up in secret last year."): None,
}


@pytest.mark.parametrize(("lines", "outlet"), OWN_NAMES.items())
def test_the_sites_own_name_as_a_brand_or_a_newsroom(lines: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(*lines)
    assert meta.outlet.value == outlet


# PHRASAL_VERB_END: a long headline may end on a verb's particle ("... kicks in"); a line of ten words or more ending on
# "in" after a noun is a hard-wrapped sentence's first line.
PARTICLE_ENDS = {
    "Harbour council asks users to cut electricity demand as load shedding kicks in": True,
    "Harbour council asks users to cut electricity demand during the long winter in": False,
}


@pytest.mark.parametrize(("headline", "title"), PARTICLE_ENDS.items())
def test_a_headline_ending_on_a_particle(headline: str, title: bool) -> None:
    _, meta = build(headline, "", *BODY)
    assert (meta.title.value == headline) is title


# DISTANT_CREDIT (CREDITED_LINE_BELOW): the site's slogan over its section's name and the headline gives way to the
# headline right over its byline; the headline printed again with its picture's credit run on does not take its place.
SLOGAN_PAGES = {
    ("Harbour Travel News", "", "Budget & Council News of the Harbour District", "", "Harbour Industry Digest", "",
     HEADLINE, "", "by Jane Roe", "", *BODY): HEADLINE,
    (HEADLINE, "", f"{HEADLINE}©Example365", "", "by Jane Roe", "", *BODY): HEADLINE,
}  # fmt: skip


@pytest.mark.parametrize(("lines", "title"), SLOGAN_PAGES.items())
def test_the_headline_over_its_byline_below_a_slogan(lines: tuple[str, ...], title: str) -> None:
    _, meta = build(*lines)
    assert meta.title.value == title


@pytest.mark.parametrize(("tail", "author"), [("Kontakt redaktionen", "Jane Roe"), ("Kontakt redaktionen om sagen", None)])
def test_the_newsrooms_contact_link_after_the_byline(tail: str, author: str | None) -> None:
    # FOREIGN_PAGE_CONTROLS: "Kontakt redaktionen" alone ends a Danish date and byline line
    _, meta = build("Politimand frifundet for vold", "", f"Holbæk - 09. marts 2021 kl. 14:07 Af Jane Roe {tail}", "", *BODY)
    assert meta.author.value == author


# AGENCY_SIGN_OFFS: an agency's name after a dash ending several briefs signs its copy (no outlet); a site's name so is
# the site's. REPUBLICATION_PROHIBITED: an agency's © footer with its reprint notice is on every reprint, no owner's.
# SECTION_OF_THE_DAY: "Soccer News of Saturday, <date>" names a section's page, no outlet.
BRIEFS = (f"{BODY[0][:-1]} - {{0}}", "Harbour port opens a new terminal", f"{BODY[1][:-1]} - {{0}}", BODY[2])
OWNERS = {
    (HEADLINE, "", *(line.format("REUTERS") for line in BRIEFS)): None,
    (HEADLINE, "", *(line.format("Example Bugle") for line in BRIEFS)): "Example Bugle",
    (
        HEADLINE,
        "",
        *BODY,
        "© Copyright 2003 PTI. All rights reserved. Republication or redistribution of PTI content is prohibited.",
    ): None,
    ("Harbour Today of Monday, November 2, 2009", "", HEADLINE, "", *BODY): None,
    ("Harbour Today, November 2, 2009", "", HEADLINE, "", *BODY): "Harbour Today",
}


@pytest.mark.parametrize(("lines", "outlet"), OWNERS.items())
def test_agency_sign_offs_and_notices_name_no_outlet(
    lines: tuple[str, ...],
    outlet: str | None,
    registry: Registry,  # noqa: F811
) -> None:
    _, meta = build(*lines, registry=registry)  # (the archive's registry: it holds the agencies as outlets too)
    assert meta.outlet.value == outlet


# NAME_THEN_REPORTING (a broadcaster's "Jane Roe Reporting"), EMPTY_LABEL before a credit ("Pubblicato il autore: ...",
# the date left out) and the Italian "Segui" (follow) after the name: the writer, and no writer where no name stands.
BYLINES = {
    "Jane Roe Reporting": "Jane Roe",
    "Harbour Council Reports": None,
    "Pubblicato il autore: Jane Roe Segui": "Jane Roe",
    "Published on Harbour news": None,
}


@pytest.mark.parametrize(("line", "author"), BYLINES.items())
def test_bylines_with_a_role_word_or_an_empty_date(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.author.value == author


# SECTION_OPENED_TEASERS: two or more lines under the article opening with the same section's name run into a sentence
# are other stories' cards, their headlines above them with them; one such line alone stays.
CARD = ("Harbour port opens a new terminal", "News The port opened a new terminal on Monday after two years of building.")
CARD_2 = ("Library closes for repairs", "News The town's library will close for a month of repairs to its roof.")


@pytest.mark.parametrize(("cards", "kept"), [((*CARD, *CARD_2), 0), (CARD, 2)])
def test_cards_opening_with_their_section(cards: tuple[str, ...], kept: int) -> None:
    cleaned, _ = build(HEADLINE, "", *BODY, "", *cards)
    assert sum(line.text in cards for line in cleaned.lines) == kept


# ALT_TEXT_ABOVE_CAPTION: a picture's description right above its credited caption, sharing a word with it, goes with
# it; a line above it about something else stays.
@pytest.mark.parametrize(
    ("above", "kept"), [("Harbour firefighter standing in front of a wall of flames", False), ("Budget vote delayed", True)]
)
def test_a_pictures_description_over_its_credited_caption(above: str, kept: bool) -> None:
    caption = "Firefighters have been sent from the city to help in the fight (File photo: Example Fire Service)"
    cleaned, _ = build(HEADLINE, "", above, "", caption, "", *BODY)
    assert (above in [line.text for line in cleaned.lines]) is kept


# Datelines and date lines: COLON_GLUED ("(APP):The ..."), STOP_DATELINE_BRACKETED ("NUR-SULTAN. Sept 16 (Interfax) -"),
# VOLUME_AND_NUMBER (a print edition's "Vol. 5 Num 390" before its date), CAPITAL_DI ("Di Jane Roe" after the date:
# "by Jane Roe", no writer "Di Jane Roe").
LEADS = {
    f"HARBOUR CITY, March 25 (EXMPL):{BODY[0]}": ("--03-25", None),
    f"HARBOUR CITY, March 25:{BODY[0]}": (None, None),
    f"HARBOUR CITY. Sept 16 (Example) - {BODY[0]}": ("--09-16", None),
    "Vol. 5 Num 390 Sat. July 02, 2005": ("2005-07-02", None),
    "Volume 5 of the harbour's history": (None, None),
    "28 Settembre 2017 Di Jane Roe": ("2017-09-28", "Jane Roe"),
}


@pytest.mark.parametrize(("line", "expected"), LEADS.items())
def test_datelines_and_date_lines_read(line: str, expected: tuple[str | None, str | None]) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY[1:])
    assert (meta.date.value or meta.date.get("partial") or None, meta.author.value) == expected


# LEAD_REPEATS_HEADLINE: a headline the first paragraph says again is still the headline. TWICE_OVER_ITS_CREDIT: a headline printed twice, the second time over its byline, is the title whatever
# words it shares with the article.
LAZY = "Harbour and Bay signed cooperation in the energy sector"
LIBRARY = "What is happening at your local library? A lot, apparently"
HEADLINE_PROOFS = {
    (LAZY, "", f"The two partners {LAZY[0].lower()}{LAZY[1:]}, including oil and gas, on Monday.", *BODY): LAZY,
    (LIBRARY, "", "This was published 4 months ago", "", LIBRARY, "", "By Jane Roe", "", *BODY): LIBRARY,
    (LIBRARY, "", "This was published 4 months ago", "", LIBRARY, "", *BODY): None,
}


@pytest.mark.parametrize(("lines", "title"), HEADLINE_PROOFS.items())
def test_a_headline_proved_by_its_lead_or_its_second_printing(lines: tuple[str, ...], title: str | None) -> None:
    _, meta = build(*lines)
    assert meta.title.value == title


def test_by_glued_to_the_name_and_a_section_after_the_bar() -> None:
    # BY_GLUED_TO_NAME: "ByJane Roe" credits Jane Roe ("Byron Roe" is a name of its own)
    assert build(HEADLINE, "", "ByJane Roe", "", *BODY)[1].author.value == "Jane Roe"
    assert build(HEADLINE, "", "Byron Roe", "", *BODY)[1].author.value == "Byron Roe"
    # LOWER_CASE_SECTION_SUFFIX: the page's title with "| Harbour news" after it names a section; "| Harbour News" a name
    assert build(f"{HEADLINE} | Harbour news", "", HEADLINE, "", *BODY)[1].outlet.value is None
    assert build(f"{HEADLINE} | Harbour News", "", HEADLINE, "", *BODY)[1].outlet.value == "Harbour News"


# EXCLAIMED_CARD_HEADLINE (HEAD_CARD_RUN): other stories' cards above the article go though their headlines end with
# "!" or "?"; a forecast's rows under the article's first paragraph, labels and figures, stay.
CARDS = (
    "Port strike ends after three weeks of talks!",
    "Dock workers returned to the cranes on Monday after the union accepted a new offer.",
    "Library roof collapses in the storm overnight?",
    "Nobody was hurt when part of the old library roof fell in during the night.",
    "Ferry sales down this spring!",
    "Shares rally after the disclosure of the figures.",
)
FORECAST = (
    "Tonight: Cloudy with snow developing after midnight.",
    "Low: 27 Wind: East-Northeast 10-15",
    "Thursday: Cloudy with snow, heaviest in the early morning, and four to eight inches by noon.",
    "High: 30 Wind: NE 10-15",
    "Friday: Mostly cloudy with a few flurries early, then a few peeks of sunshine late.",
)
LONG_LEAD = "The harbour council approved the new budget for the district on Tuesday after a long debate over the schools."


def test_exclaimed_cards_above_the_article_and_a_forecast_inside_it() -> None:
    cleaned, meta = build(*CARDS, f"{HEADLINE}!", LONG_LEAD, *BODY[1:])
    assert meta.title.value == f"{HEADLINE}!"
    assert not any(line.text in CARDS for line in cleaned.lines)
    cleaned, _ = build(HEADLINE, BODY[0], *FORECAST, *BODY[1:])
    assert cleaned.dropped == ()


# LINK_LABEL_SOURCE (a source's label followed by its link's words names none), AD_LABEL_NO_MASTHEAD ("Publicidad"
# printed over each ad slot names no site).
def test_link_labels_and_ad_labels() -> None:
    assert build(HEADLINE, "", *BODY, "", "Źródło: Read More")[1].wire.value is None
    assert build(HEADLINE, "", *BODY, "", "Źródło: Example Wire")[1].wire.value == "Example Wire"
    _, meta = build("Publicidad Ai", "Publicidad Ai", HEADLINE, "", *BODY)
    assert meta.outlet.value is None


# MAJ (the French update's abbreviation) and NAME_DATE_THEN_LABEL: a writer's name and date with the update's label and
# date after them is the byline; the name and a date alone may be a caption. REPORT_WRITTEN_BY: "Report Written by".
WRITER_LINES = {
    "Jane Roe 12 octobre 2019 - MAJ : 09/03/2021 15:58": ("Jane Roe", "2019-10-12"),
    "Jane Roe 12 octobre 2019": (None, "2019-10-12"),
    "Report Written by Jane Roe": ("Jane Roe", None),
}


@pytest.mark.parametrize(("line", "expected"), WRITER_LINES.items())
def test_writer_lines_with_an_update_or_a_kind(line: str, expected: tuple[str | None, str | None]) -> None:
    _, meta = build(HEADLINE, "", line, "", *BODY)
    assert (meta.author.value, meta.date.value) == expected


# BANNER_OVER_THE_HEADLINE: a sentence of the site's across the top, about something else, goes as the masthead and the
# headline under it is the title; a lead paragraph opening the page, in the article's words, stays the text.
BANNER = "The Example Daily stands in solidarity with the community. Read our editors' statement."


def test_a_banner_over_the_headline() -> None:
    cleaned, meta = build(BANNER, "", HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE and BANNER not in [line.text for line in cleaned.lines]
    cleaned, meta = build(BODY[0], "", "Harbour council budget vote", "", *BODY[1:])
    assert meta.title.value is None and BODY[0] in [line.text for line in cleaned.lines]


# AGENCY_DATE_THEN_TEXT and "by Staff Writers": a dateline with its agency and full date run into the sentence, after
# the desk's credit; without the agency, a place in title case and a date open a sentence.
@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("by Staff Writers Harbour (Example) Oct 10, 2011 The council said", ("2011-10-10", "Example")),
        ("Harbour Oct 10, 2011 The council said", (None, None)),
    ],
)
def test_an_agency_and_its_full_date_run_into_the_lead(lead: str, expected: tuple[str | None, str | None]) -> None:
    _, meta = build(HEADLINE, "", f"{lead} {BODY[0][0].lower()}{BODY[0][1:]}", *BODY[1:])
    assert (meta.date.value, meta.wire.value) == expected
