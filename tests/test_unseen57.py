"""Issue 17, fifty-seventh round: shapes found by synthetic probes of general layouts (a byline run into its date line,
a header's clock over the date line, a date line run into the headline, a rights notice without its holder), each with
and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY

from archive.byline import is_names_only

HEADLINE = "Nurses Move To New Harbour Clinic"


def _goes_between_paragraphs(line: str) -> bool:
    """The line, printed between the article's first and second paragraphs, is not in the cleaned text."""
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", BODY[0], "", line, "", BODY[1], BODY[2])
    return line not in [text.text for text in clean.body]


# WEEKDAY_AFTER_THE_NAME (archive.byline NOT_NAME_WORDS): a date line run on after the name, its weekday first, is no
# part of the name.
@pytest.mark.parametrize(
    ("credit", "author", "date"),
    [
        ("By David Roe Friday, 27th September 2019, 17:01 pm", "David Roe", "2019-09-27"),
        ("By Ana María López Friday, September 27, 2019 at 5:01 p.m.", "Ana María López", "2019-09-27"),
        ("Jane Roe Friday, September 27, 2019", "Jane Roe", "2019-09-27"),
        # without: the date without its weekday, the name as it was
        ("By David Roe, 27th September 2019, 17:01 pm", "David Roe", "2019-09-27"),
        # (the cost: a surname that is a weekday's name is read as none)
        ("By Jane Friday", None, None),
    ],
)
def test_a_weekday_after_the_name_opens_the_date(credit: str, author: str | None, date: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, str(meta.date.value) if meta.date.value else None) == (author, date)


# DATE_PRINTED_TWICE (archive.rules tag_cloud): a credit's line printing the date twice (published, updated) repeats its
# words as a run-on line of tags does; a whole date in it makes it the credit's, kept and read.
@pytest.mark.parametrize(
    ("credit", "author", "date"),
    [
        ("By Jane Roe 27 September 2019 Updated 27 September 2019", "Jane Roe", "2019-09-27"),
        ("By Tom van der Berg Friday 27 September 2019 Updated Friday 27 September 2019", "Tom van der Berg", "2019-09-27"),
    ],
)
def test_a_credit_with_its_date_twice_is_no_tag_cloud(credit: str, author: str, date: str) -> None:
    clean, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, str(meta.date.value), clean.dropped) == (author, date, ())


def test_a_run_on_line_of_tags_still_goes() -> None:
    # without: tags repeating their names, no date among them
    tags = "Harbour Clinic Nurses Harbour Clinic Health Board Nurses Bay Area Health Board"
    clean, _ = build(HEADLINE, "", *BODY, "", tags)
    assert [(d.text, d.rule) for d in clean.dropped] == [(tags, "tag-cloud")]


# NOTICE_WORD_HOLDER (archive.sources): "Copyright 2012 All Rights Reserved." names no holder: the notice's own word is
# no outlet.
@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Copyright 2012 All Rights Reserved.", None),
        ("Copyright © 2012 All rights reserved.", None),
        ("Example Gazette 2012 All Rights Reserved.", "Example Gazette"),  # without: the holder named
    ],
)
def test_a_notice_without_its_holder_names_no_outlet(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", footer)
    assert meta.outlet.value == outlet


# LABELLED_OVER_THE_HEADER (archive.extract), on a page without a headline: over the text, a date the page labels as
# its publication wins over a bare one (the header's clock) above it.
# CLOCK_OVER_ANOTHER_DATE: the first line a date with its weekday, another day's date under it above the headline: the
# first is the clock.
@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (("Thursday 27 February 2020", "News ID: 75330", "Publish Date: 20 January 2020 - 22:41"), "2020-01-20"),
        (("27 February 2020", "News ID: 75330", "Published: January 20, 2020"), "2020-01-20"),
        (("Thursday 27 February 2020", "", "January 20, 2020", "", HEADLINE), "2020-01-20"),
        (("Thu, Feb 27, 2020", "", "By Jane Roe | January 20, 2020", "", HEADLINE), "2020-01-20"),
        # without: the clock alone; a date without its weekday on the first line may be the article's
        (("Thursday 27 February 2020", "News ID: 75330"), "2020-02-27"),
        (("27 February 2020", "", "January 20, 2020", "", HEADLINE), "2020-02-27"),
    ],
)
def test_a_clock_over_the_date_line(lines: tuple[str, ...], date: str) -> None:
    _, meta = build(*lines, "", *BODY)
    assert str(meta.date.value) == date


# DATE_SPACE_HEADLINE (archive.headline TITLE_DATE_PREFIX): a date and its time run into the headline, set off by a
# space alone or bars (the longest date: its time after a second bar); the date is the page's, the rest the headline.
@pytest.mark.parametrize(
    ("line", "title", "date"),
    [
        ("March 27, 2012 8:35 AM Nurses Move To New Harbour Clinic", HEADLINE, "2012-03-27"),
        ("27 March 2012 Nurses Move To New Harbour Clinic", HEADLINE, "2012-03-27"),
        ("Mar 27, 2012 | 8:35 am | Nurses Move To New Harbour Clinic", HEADLINE, "2012-03-27"),
        ("2012-03-27 08:35 | Nurses Move To New Harbour Clinic", HEADLINE, "2012-03-27"),
        (
            "27/03/2012 08:35 - Why the harbour clinic matters to the bay",
            "Why the harbour clinic matters to the bay",
            "2012-03-27",
        ),
        # (without: a numeric timestamp set off by a space alone opens a listing, LEADING_TIMESTAMP: no title)
        ("27/03/2012 08:35 Why the harbour clinic matters to the bay", None, None),
        # without: no year, no date taken off
        ("March 27 Nurses Move To New Harbour Clinic", "March 27 Nurses Move To New Harbour Clinic", None),
    ],
)
def test_a_date_line_run_into_the_headline(line: str, title: str, date: str | None) -> None:
    _, meta = build("Example Site", "", line, "", "By Jane Roe", "", *BODY)
    assert (meta.title.value, str(meta.date.value) if meta.date.value else None) == (title, date)


def test_a_sentence_opening_with_its_date_keeps_it() -> None:
    # without: a sentence (its full stop) opening with its date is the text, as printed
    lead = "March 27, 2012 Nurses moved to the new harbour clinic on the first day, the board said."
    clean, meta = build(HEADLINE, "", "By Jane Roe", "", lead, *BODY)
    assert (meta.title.value, clean.body[0].text) == (HEADLINE, lead)


# PROVIDED_PICTURE_LABEL (archive.rules caption): a caption ending with the label of a picture handed out goes, above
# the headline, under it or between the paragraphs; a sentence ending with such words in its own brackets stays.
@pytest.mark.parametrize(
    "caption",
    [
        "Nurses carry boxes into the new harbour clinic on Monday. (Supplied)",
        "Nurses carry boxes into the new harbour clinic on Monday. (Courtesy of the health board)",
        "Health board chief nurse Jane Roe. (Handout photo)",
        "Nurses at the door of the new harbour clinic (Submitted photo)",
    ],
)
@pytest.mark.parametrize("where", ["top", "under", "mid"])
def test_a_caption_of_a_picture_handed_out_goes(caption: str, where: str) -> None:
    lines = {
        "top": (caption, "", HEADLINE, "", "By Jane Roe", "", *BODY),
        "under": (HEADLINE, "", "By Jane Roe", "", caption, "", *BODY),
        "mid": (HEADLINE, "", "By Jane Roe", "", BODY[0], "", caption, "", BODY[1], BODY[2]),
    }[where]
    clean, meta = build(*lines)
    assert (meta.title.value, [line.text for line in clean.body]) == (HEADLINE, list(BODY))


def test_a_sentence_ending_with_what_was_supplied_stays() -> None:
    sentence = "The board published the new figures (supplied by the council)."
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", BODY[0], "", sentence, "", BODY[1])
    assert [line.text for line in clean.body] == [BODY[0], sentence, BODY[1]]


# PAYWALL_WORD_PAIR (archive.rules paywall): a short line spoken to the reader about going on reading, or subscribing
# to read, goes; the text's own short sentences about readers and subscribers stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Want the full story?", True),
        ("You have 3 free articles remaining this month.", True),
        ("Per continuare a leggere questo articolo", True),
        ("Pour poursuivre la lecture de ce contenu, abonnez-vous dès maintenant", True),
        ("Чтобы продолжить чтение, оформите подписку", True),
        ("Czytaj dalej z subskrypcją", True),
        ("Read the full article with a subscription", True),
        ("You've reached your limit of free articles", True),
        # without: the text's sentences
        ("The paper's subscribers read it daily.", False),
        ("Subscribers read the report first.", False),
        ("Officials urged residents to keep reading the notices.", False),
    ],
)
def test_a_paywall_prompt_goes(line: str, goes: bool) -> None:
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", BODY[0], "", line, "", BODY[1], BODY[2])
    kept = [text.text for text in clean.body]
    assert (line not in kept, kept[:1] + kept[-2:]) == (goes, [BODY[0], BODY[1], BODY[2]])


# NAMES_SLASHED (archive.byline is_names_only): two writers joined by a slash without spaces, under the headline, are
# the byline; a person and an agency or a paper so joined are a picture's credit, no writers.
@pytest.mark.parametrize(
    ("credit", "author", "kept"),
    [
        ("Patrick Roe/Benjamin S. Doe", "Patrick Roe, Benjamin S. Doe", False),
        ("Jane Roe/John Doe", "Jane Roe, John Doe", False),
        ("Jane Roe/AFP", None, False),
        ("Jane Roe/Example Times", None, False),
        ("Harbour City/Bay Area", None, True),  # (two places: no one's name, a line left in the text)
    ],
)
def test_two_writers_joined_by_a_slash(credit: str, author: str | None, kept: bool) -> None:
    clean, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, credit in [line.text for line in clean.body]) == (author, kept)


@pytest.mark.parametrize(
    ("credit", "is_two_names"),
    [
        ("Jean-Pierre Roe/Anne-Marie Doe", True),
        ("Fotografía REUTERS/Jane Doe", False),  # a picture's credit: the wire's name
        ("Example-news English/Jane Doe", False),  # a paper's edition (its hyphened name in small letters) and a writer
    ],
)
def test_names_slashed_are_people_only(credit: str, is_two_names: bool) -> None:
    assert is_names_only(credit) is is_two_names


# MORE_FROM_THE_SITE and SUBSCRIBER_OF_THE_SITE (archive.sources SELF_NAMED): the box of the site's own stories headed
# with its name, the paywall's offer naming its paper; a section's box, a writer's other stories name no outlet.
@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("More From Example Times", "Example Times"),
        ("Learn more about the benefits of being a EXAMPLE subscriber", "EXAMPLE"),
        ("Already an Example Times subscriber? Log in", "Example Times"),
        # without: a section, a wire, a writer
        ("More from Opinion", None),
        ("More From Reuters", None),
        ("More from Jane Roe", None),
        ("More From This Section", None),
    ],
)
def test_the_site_named_by_its_own_boxes(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", footer, "", "Ferry timetable changes from Monday morning")
    assert meta.outlet.value == outlet


# NUMBERED_PICTURE_NAMES (archive.rules): a gallery's picture names between the paragraphs, the same words with numbers
# padded or out of order, go; numbered sub-headings counting up stay.
@pytest.mark.parametrize(
    ("first", "second", "goes"),
    [
        ("Harbour crash 04", "Harbour crash 03", True),
        ("Flood 3", "Flood 1", True),
        ("Day 1", "Day 2", False),
        ("Step 1", "Step 2", False),
    ],
)
def test_numbered_picture_names_go(first: str, second: str, goes: bool) -> None:
    clean, _ = build(HEADLINE, "", "By Jane Roe", "", BODY[0], "", first, "", BODY[1], "", second, "", BODY[2])
    kept = [line.text for line in clean.lines]
    assert (first not in kept, second not in kept, [text for text in kept if text in BODY]) == (goes, goes, list(BODY))


# Foreign credits (archive.byline BY_PREFIX, EDITOR_CREDIT, BIG_CITY_IN_ITS_LANGUAGE): the piece's kind before "von"
# (GERMAN_PIECE_BY), "Autorzy:" and "Írta:" (FOREIGN_AUTHOR_LABELS), "bởi" and "від" ("by" in Vietnamese and Ukrainian
# themes), an editor's "Bearbeitet von", a correspondent's city in the page's language after her name.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Ein Kommentar von Hans Roe", "Hans Roe"),
        ("Eine Analyse von Anna Roe", "Anna Roe"),
        ("Írta: Roe Péter", "Roe Péter"),
        ("Bởi Nguyễn Văn Roe", "Nguyễn Văn Roe"),
        ("Від Олена Роє", "Олена Роє"),
        ("Marco Roe, Roma", "Marco Roe"),
        ("Иван Роев, Москва", "Иван Роев"),
        ("Jean Roe, Pékin", "Jean Roe"),
        # without: an editor's credit; a place unknown after the name
        ("Bearbeitet von Hans Roe", None),
        ("Kommentar", None),
    ],
)
def test_foreign_credits(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert meta.author.value == author


# STATION_SUFFIX, TITLE_SECTION_AND_SITE, TITLE_SITE_BAR_PREFIX (archive.headline; the outlet: archive.sources
# OUTLET_TITLE_SUFFIX): a station's name after the headline's dash or bar, the section and the site after two dashes,
# the site's name before a bar: off the headline, the site the outlet. A headline's own dash and an agency's
# attribution stay.
@pytest.mark.parametrize(
    ("line", "title", "outlet"),
    [
        (f"{HEADLINE} - Bay Radio", HEADLINE, "Bay Radio"),
        (f"{HEADLINE} | Bay Radio", HEADLINE, "Bay Radio"),
        (f"{HEADLINE} – KXYZ-TV", HEADLINE, "KXYZ-TV"),
        (f"{HEADLINE} | WXYZ", HEADLINE, "WXYZ"),
        (f"{HEADLINE} - Radio Example", HEADLINE, "Radio Example"),
        (f"{HEADLINE} - World - Example Times", HEADLINE, "Example Times"),
        (f"{HEADLINE} - World - KXYZ-TV", HEADLINE, "KXYZ-TV"),
        ("Example Gazette | Nurses Move To New Harbour Clinic", HEADLINE, "Example Gazette"),
        ("Bay Radio | Nurses Move To New Harbour Clinic", HEADLINE, "Bay Radio"),
        # without: an attribution, a headline's own dash, a colon's kicker
        ("Nurses move to new harbour clinic - Chinese TV", "Nurses move to new harbour clinic - Chinese TV", None),
        ("Nurses move to the new harbour clinic - and stay", "Nurses move to the new harbour clinic - and stay", None),
        ("Example Times: Nurses Move To New Harbour Clinic", "Example Times: Nurses Move To New Harbour Clinic", None),
    ],
)
def test_a_station_or_a_site_around_the_headline(line: str, title: str, outlet: str | None) -> None:
    _, meta = build(line, "", "By Jane Roe", "", *BODY)
    assert (meta.title.value, meta.outlet.value) == (title, outlet)


# LONG_DECK (archive.clean _deck_under): the headline over a deck longer than a headline is (up to MAX_DECK_WORDS words,
# no full stop at its end), over the byline: the headline is the title, the deck stays in the text.
DECK = (
    "Nurses from the old ward carried their boxes across the bay to the new harbour clinic this weekend and the "
    "health board says more beds will follow next year"
)


def test_a_long_deck_under_the_headline() -> None:
    # (a headline sharing no word with the text: credited by the byline under its deck)
    head = "UK weather forecast: latest Met Office rain warnings and flood alerts with a wet weekend predicted"
    clean, meta = build(head, "", DECK, "", "By Jane Roe", "", *BODY)
    assert (meta.title.value, clean.body[0].text) == (head, DECK)


def test_a_paragraph_under_the_headline_is_no_deck() -> None:
    # without: a sentence with its full stop is the text's first paragraph, the headline is still the title
    head = "Harbour clinic opens: nurses move across the bay to twelve new beds"
    clean, meta = build(head, "", DECK + ".", "", "By Jane Roe", "", *BODY)
    assert (meta.title.value, clean.body[0].text) == (head, DECK + ".")


# FILE_DASH (archive.rules CAPTION_LEAD): a wire's archive picture's caption opens with "FILE" in capitals and a dash.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("FILE - This May 10, 2007 file photo shows nurses at the old harbour clinic.", True),
        ("FILE – Nurses walk past the harbour clinic. (AP Photo/Jane Roe, File)", True),
        ("File - a story the board kept for years, the nurses said on Monday at the clinic.", False),
    ],
)
def test_a_file_picture_caption_goes(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# STATION_IN_DATELINE (archive.sources OUTLET_OWN_DATELINE, archive.headline station_in_dateline): a station's call
# letters or its name and channel number in a dateline's brackets, the place in title case ("Rochester, N.Y. (WXYZ)
# -"), are the station's own dateline: the outlet. An unknown name there in title case may be an agency: none.
@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("Springfield, Ill. (WXYZ) - The number of new flu cases in the county has nearly doubled in a week.", "WXYZ"),
        ("HARBOUR CITY, N.Y. (NEWS10) – Flu activity has been widespread for the past four weeks, officials said.", "NEWS10"),
        ("Springfield, Ill. (Example Agency) - The number of new flu cases in the county has nearly doubled.", None),
    ],
)
def test_a_station_in_its_own_dateline(lead: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, "", *BODY)
    assert meta.outlet.value == outlet


def test_a_stations_staff_credit_with_its_channel_number() -> None:
    _, meta = build(HEADLINE, "", "By Example News 13 Staff | March 18, 2020 at 6:29 AM MST", "", *BODY)
    assert (meta.author.value, str(meta.date.value)) == (None, "2020-03-18")


# BY_GLUED (archive.clean), BULLET_AFTER_THE_CREDIT and a station's name after "By" (archive.sources): the outlet a
# credit names, the "By" run into it or a separator left after it; a word going on after "By" is no credit.
@pytest.mark.parametrize(
    ("credit", "author", "outlet"),
    [
        ("ByEXAMPLE News", None, "EXAMPLE News"),
        ("ByJane Roe", "Jane Roe", None),
        ("By The Example Dispatch •", None, "The Example Dispatch"),
        ("By Example TV", None, "Example TV"),
        ("By Radio Example", None, "Radio Example"),
        # without: call letters alone may be a name in capitals ("By KATE"); a word going on in small letters
        ("By WXYZ", None, None),
        ("Bystanders said nurses moved into the new harbour clinic on Monday", None, None),
    ],
)
def test_a_credit_naming_the_outlet(credit: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


# NOTICE_THEN_HOLDER (archive.rules) with PLACE_AFTER_THE_HOLDER and "Derechos Reservados" alone: the notice, the sign,
# the year, the holder, where it is.
@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Derechos Reservados © 2023 Example Deportivo, Honduras Centro América.", "Example Deportivo"),
        ("Todos los derechos reservados © 2023 Example Deportivo", "Example Deportivo"),
        # without: a sentence about rights names no holder
        ("Derechos reservados: the board said the rights to the clinic's name stay with the bay.", None),
    ],
)
def test_a_notice_then_its_holder_and_place(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", footer)
    assert meta.outlet.value == outlet


# PLACE_NOT_AUTHOR (archive.extract): a credit line's "name" that is a place is where the story was filed, no writer.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("New Delhi Updated on: August 12, 2018 23:03 IST", None),
        ("Jane Roe Updated on: August 12, 2018 23:03 IST", "Jane Roe"),  # without: a person's name
    ],
)
def test_a_place_on_the_credit_line_is_no_author(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, str(meta.date.value)) == (author, "2018-08-12")


# DATE_BEFORE_THE_CREDIT (archive.byline): the date line run into the credit after it; SOURCE_LABEL_AFTER: the copy's
# source glued after the name ("Fonte:"), no picture's source label (archive.rules SOURCE_LABEL_TAIL) after a "By".
@pytest.mark.parametrize(
    ("credit", "author", "date", "wire"),
    [
        ("15 Diciembre 2022 Escrito por Ana Roe EL EJEMPLO", "Ana Roe", "2022-12-15", None),
        ("March 3, 2020 By Jane Roe", "Jane Roe", "2020-03-03", None),
        ("Por: Carlos Roe Fonte: Example Notícias", "Carlos Roe", None, "Example Notícias"),
        # without: a headline opening with a date and a word beginning "By"
        ("March 3, 2020 Byron Bay Council Meets on the Clinic", None, None, None),
    ],
)
def test_a_date_or_a_source_run_into_the_credit(credit: str, author: str | None, date: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY)
    got = (meta.author.value, str(meta.date.value) if meta.date.value else None, meta.wire.value)
    assert got == (author, date, wire)


# MORE_READ_MORE_LEADS (archive.rules READ_MORE_LEAD, FOREIGN_READ_MORE): another story's headline after a lead-in; the
# same words opening a sentence in small letters stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("NOW READ: Ferry timetable changes from Monday morning", True),
        ("You may also like: Ferry timetable changes from Monday morning", True),
        ("More on this story: Ferry timetable changes from Monday morning", True),
        ("Editor's pick: Ferry timetable changes from Monday morning", True),
        ("También lea: Cambia el horario del ferry desde el lunes", True),
        ("In other news: The board said the ferry timetable would change from Monday.", False),
    ],
)
def test_another_storys_headline_after_a_lead_in_goes(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# COOKIES_FOR_YOU (archive.rules cookie_notice) and COMMENT_LOGIN_PROMPT: a cookie notice spoken to the reader, a call
# to log in to comment, in the archive's languages, go; the text's sentences about cookies and comments stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.", True),
        ("Nous utilisons des cookies pour améliorer votre expérience.", True),
        ("De inhoud op deze pagina wordt momenteel geblokkeerd om jouw cookie-keuzes te respecteren.", True),
        ("Zum Kommentieren bitte anmelden.", True),
        ("Pour commenter, connectez-vous.", True),
        ("Aby dodać komentarz, zaloguj się.", True),
        ("Commenting is only available to subscribers.", True),
        # without: the text's own sentences
        ("Regulators fined the company over its cookie banners.", False),
        ("Officials declined to comment.", False),
        ("The mayor logged in to comment on the plan, officials said.", False),
        ("He logged in and read the comments.", False),
    ],
)
def test_cookie_and_comment_prompts_go(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# WRITERS_ROLE_WORDS (archive.byline DESK_WORDS, archive.metaline PERSON_ROLE_WORDS and ROLE_QUALIFIERS): the writer's
# kind and rank after the name, and the journalist in the archive's languages, are no part of the name.
@pytest.mark.parametrize(
    "credit",
    [
        "By Jane Roe Contributing Writer",
        "By Jane Roe Associate Editor",
        "By Jane Roe Guest Columnist",
        "By Jane Roe Freelance Journalist",
        "By Jane Roe Redakteurin",
        "Jane Roe, journaliste",
        "Jane Roe | giornalista",
        "Jane Roe - repórter",
    ],
)
def test_a_writers_role_after_the_name(credit: str) -> None:
    clean, meta = build(HEADLINE, "", credit, "", *BODY)
    assert (meta.author.value, credit in [line.text for line in clean.body]) == ("Jane Roe", False)


# DATE_WITH_PLACEHOLDER (archive.clean): a date line with a template's placeholder unfilled after it is the date line;
# a line of placeholders alone is still template code.
@pytest.mark.parametrize(
    ("lines", "date", "dropped"),
    [
        (("Friday Nov 15, 2024", "Saturday, 3 March 2018 00:00 - - {{hitsCtrl.values.hits}}"), "2018-03-03", []),
        (("{{item.date}} {{item.title}}",), None, ["template-code"]),
    ],
)
def test_a_date_line_with_a_placeholder(lines: tuple[str, ...], date: str | None, dropped: list[str]) -> None:
    clean, meta = build(*lines, HEADLINE, "", "By Jane Roe", "", *BODY)
    got = (str(meta.date.value) if meta.date.value else None, [d.rule for d in clean.dropped])
    assert got == (date, dropped)


# AMBIGUOUS_AFTER_THE_OTHERS (archive.extract PAGE_DATE_ORDER): a numeric date read in the page's language's order under
# the headline, when the only other date is the header's clock over it.
def test_a_numeric_date_under_the_headline_beats_the_header_clock() -> None:
    lines = ("Sábado, 03 de Janeiro de 2026 00:04", "", "Moradores reclamam das obras na região", "", "11/04/2023 13h48")
    lead = "A obra que está sendo realizada na rua do bairro está tirando o sono dos moradores, segundo a associação."
    more = "Os moradores dizem que a obra não tem placa de sinalização para orientar os motoristas e os pedestres."
    _, meta = build(*lines, "", lead, more, more.replace("moradores", "vizinhos"))
    assert str(meta.date.value) == "2023-04-11"


# DATE_TWICE (archive.rules label_twins): a date line printed twice on next lines is the
# published and the updated stamps, no picture's label and caption; a short label printed twice so still goes.
SLOGAN = "Example is a sports magazine founded in 2013 and kept going by the subscriptions of its readers ever since"


@pytest.mark.parametrize(
    ("twice", "roles"),
    [
        ("17 mar 2020", ["dateline", "dateline"]),
        ("Harbour clinic photo", ["caption", "caption"]),
    ],
)
def test_a_date_line_printed_twice(twice: str, roles: list[str]) -> None:
    clean, _ = build(SLOGAN, HEADLINE, twice, twice, *BODY)
    got = {line.number: line.role for line in clean.lines} | {d.number: d.rule for d in clean.dropped}
    assert [got[3], got[4]] == roles


# AGENCY_FILE_CREDIT (archive.rules) and LEADING_BAR (archive.clean): a picture's credit ending with the agency it came
# through and its "File" mark; a separator left before a line's only item.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Jane Roe/Photo host agency Example via AP, File", True),
        ("Jane Roe/AP, File", True),
        ("| Tempo de leitura: 1 min", True),
        # without: a sentence naming the agencies; a sentence after a bar stays, bar and all
        ("The plan came via AP and Reuters wires, the board said.", False),
        ("| Nurses moved into the clinic on Monday, the board said. |", False),
    ],
)
def test_an_agency_file_credit_and_a_leading_bar(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# DATE_BEFORE_THE_CREDIT (archive.sources, the outlet a credit names): the paper after "By" is read past the date run
# into the credit, as it was when the line was a date line.
@pytest.mark.parametrize("credit", ["May 3, 2020 By Example Times", "2020-05-03 By Example News"])
def test_the_paper_after_a_date_and_by(credit: str) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", credit)
    assert meta.outlet.value == credit.split(" By ")[1]
