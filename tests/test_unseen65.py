"""Issue 17, sixty-fifth round: shapes the development corpus showed on pages from outlets not seen before (a month's
calendar in a sidebar, a writer signed in brackets after the headline, a teaser block printed twice, an AI summary's
points, an agency's initials before its place), each with and without its trigger, on invented text, asserting the
exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import byline, rules, sources
from archive import clean as clean_module
from archive.headline import split_headline

HEADLINE = "Nurses Move To New Harbour Clinic"


def _kept(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.body]


# CALENDAR_WIDGET (archive.rules): the weekdays cut short with their stops, and a week's day numbers one space apart,
# the month's end turning to its 1st; a table's row of figures does not count on so.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("niedz. pon. wt. śr. czw. pt. sob.", "nav-label"),
        ("Mon. Tue. Wed. Thu. Fri. Sat. Sun.", "nav-label"),
        ("26 27 28 29 30 31 1", "nav-label"),
        ("2 3 4 5 6 7 8", "nav-label"),
        # without: days that skip, figures of a table, six abbreviations only
        ("2 3 4 5 6 7 9", None),
        ("10 20 30 40 50 60 70", None),
        ("28 29 30 31 32 33 34", None),
    ],
)
def test_a_calendar_month_in_a_sidebar(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# BARRED_PAGER, ONE_PAGE_PAGER (archive.rules PAGINATION): a pager's links apart by bars, one page number between arrows
# both ways; a number with one arrow may be a score's or a list's.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("«« | « | 1 | » | »»", "nav-label"),
        ("« 1 »", "nav-label"),
        ("« 1 | 2 | 3 »", "nav-label"),
        # without: one arrow and one number; a score
        ("1 »", None),
        ("3 | 1", None),
    ],
)
def test_a_pager_with_bars(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# TITLE_WRITER_BRACKETS (archive.headline): an initial and a surname in brackets at the headline's end are its writer's
# signature: out of the title, and the author when no credit names one; a name in full or a tag in brackets stays.
@pytest.mark.parametrize(
    ("line", "title", "writer"),
    [
        (
            "Medvedev meets Xi in Beijing, ties grow stronger (C. Roe)",
            "Medvedev meets Xi in Beijing, ties grow stronger",
            "C. Roe",
        ),
        ("Medvedev meets Xi in Beijing, ties grow stronger (J.-P. Roe)", None, None),
        ("Harbour clinic opens its doors to patients (A. B. Roe)", "Harbour clinic opens its doors to patients", "A. B. Roe"),
        # without: a full name (the subject, maybe), an update's tag, initials only
        ("Medvedev meets Xi in Beijing, ties grow stronger (Jane Roe)", None, None),
        ("Medvedev meets Xi in Beijing, ties grow stronger (Update 2)", None, None),
        ("Harbour clinic opens its doors to patients (U.S.)", None, None),
    ],
)
def test_a_writer_signed_after_the_headline(line: str, title: str | None, writer: str | None) -> None:
    headline = split_headline(line)
    assert (headline.text, headline.writer) == (title or line, writer)


def test_the_headlines_writer_is_the_author() -> None:
    _, meta = build(f"{HEADLINE} (C. Roe)", "", *BODY)
    assert (meta.title.value, meta.author.value) == (HEADLINE, "C. Roe")
    # without: a credit line names the writer, who comes first
    _, meta = build(f"{HEADLINE} (C. Roe)", "", "By Jane Doe", "", *BODY)
    assert (meta.title.value, meta.author.value) == (HEADLINE, "Jane Doe")


# SEE_THEN_A_HEADLINE (archive.rules read_more): "See:" and another story's headline between paragraphs goes; "See:" with
# a sentence after it stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("See: Museum reopens with new art show", True),
        ("SEE: Harbour gallery names a new director", True),
        # without: a sentence, a pointer in small letters
        ("See: The map below shows where the clinic will stand.", False),
        ("See: the map below", False),
    ],
)
def test_see_and_another_storys_headline(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# SPACED_IMAGE_FILE (up to eight words) and UNDERSCORED_FILE_STEM (archive.rules IMAGE_FILE): a picture's file name with
# spaces, or its words joined by underscores without an extension; a handle, a sentence, a name of two parts stay.
@pytest.mark.parametrize(
    ("line", "file_name"),
    [
        ("Harbour Fire Truck Struck on Route 9 1.JPG", True),
        ("Student March_JR_Nov.12_2015-4", True),
        ("Harbour fire_2019_04", True),
        # without: nine words before the extension, a handle, a sentence, two parts
        ("The nurses at the new harbour clinic on the hill 1.jpg", False),
        ("Follow @harbour_clinic_news", False),
        ("The file was named Harbour_Clinic_Opening_2019.", False),
        ("Student March_JR", False),
    ],
)
def test_a_pictures_file_name(line: str, file_name: bool) -> None:
    assert rules.image_file(line, rules.key_of(line)) is file_name


# AGENCY_IN_QUOTES (archive.byline), PHOTOGRAPHER_SLASH_AGENCY (archive.rules): "Name/РИА «Новости»" credits a picture
# through the agency named in quotes; a paper that is no agency is left to the other rules.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Алексей Роев/РИА «Новости»", "caption-credit"),
        ("Алексей Роев/ТАСС", "caption-credit"),
        # without: no agency after the slash
        ("Алексей Роев/Example Gazette", None),
    ],
)
def test_a_photographer_and_an_agency_in_quotes(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PHOTOGRAPHER_BY_HIS_ROLE (archive.rules): a name and a photographer's post after a bar; a writer's post is a byline.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe | Photo Intern", None),
        ("Jane Roe | Staff Photographer", None),
        # without: the writer's post
        ("Jane Roe | Staff Writer", "Jane Roe"),
    ],
)
def test_a_photographer_by_his_post(line: str, author: str | None) -> None:
    clean, meta = build(HEADLINE, "", line, "", *BODY)
    assert meta.author.value == author
    assert [text.text for text in clean.body] == list(BODY)


# PIC_COURTSEY (archive.rules PHOTO_WORDS): the picture's credit with "courtesy" misspelt is no writer's; the signature
# above it is the author.
def test_a_misspelt_picture_credit_under_the_signature() -> None:
    _, meta = build(HEADLINE, "", *BODY, "", "-Jane Roe", "Pic Courtsey: Example Agency")
    assert meta.author.value == "Jane Roe"
    assert rules.line_rule("Pic Courtsey: Example Agency") == "caption-credit"
    # without: the misspelling in a sentence
    assert rules.line_rule("The pic courtsey of the harbour board was printed in the report.") is None


# CAPTION_LABEL_ALONE (archive.rules caption_labels_alone): a caption's label alone, its caption on the next line, goes
# with it; a second sentence under the label is the article's.
@pytest.mark.parametrize(
    ("below", "kept"),
    [
        ("Nurses carried the beds across the bay on Sunday", False),
        # without: two sentences
        ("Nurses carried the beds across the bay on Sunday. The board paid for the move.", True),
    ],
)
def test_a_caption_under_its_label_alone(below: str, kept: bool) -> None:
    lines = _kept(HEADLINE, "", BODY[0], "", "Image caption", "", below, "", BODY[1], "", BODY[2])
    assert (below in lines) is kept
    assert "Image caption" not in lines


# PRODUCTS_LABEL, UPCOMING_EVENTS (archive.rules PROMO_LABELS; archive.extract SECTION_IN_NAME): a shop box's and an
# events box's labels under the text go, and are no writer.
@pytest.mark.parametrize("label", ["Products mentioned", "Upcoming Events", "TOP STORIES RIGHT NOW"])
def test_a_boxs_label_under_the_text(label: str) -> None:
    clean, meta = build(HEADLINE, "", *BODY, "", label)
    assert [line.text for line in clean.body] == list(BODY)
    assert meta.author.value is None


# KIND_OF_LINK_IN_CAPITALS (archive.rules READ_MORE_CAPS): "LIST:", "MAP:" in capitals before a link's headline go; the
# word in a sentence stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("LIST: Updated school closings and cancellations.", True),
        ("MAP: Where the storm hit the bay", True),
        # without: the word in small letters opening a sentence
        ("List: the clinic will open twelve beds on Monday and twenty more next year.", False),
    ],
)
def test_a_links_kind_in_capitals(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# TEASER_BLOCK_ABOVE_THE_LEAD (archive.clean): the lead's first two paragraphs printed twice in a row, the text going
# on after the second copy: the first copy goes as the teaser; a whole text printed twice keeps its first copy.
def test_a_teaser_block_printed_twice() -> None:
    more = "The clinic's second floor will open in the spring, when the last of the equipment has arrived, the board said."
    clean, _ = build(HEADLINE, BODY[0], BODY[1], BODY[0], BODY[1], BODY[2], more)
    assert [(line.number, line.text) for line in clean.body] == [(4, BODY[0]), (5, BODY[1]), (6, BODY[2]), (7, more)]
    # without: the text printed twice, nothing new after its second copy
    clean, _ = build(HEADLINE, BODY[0], BODY[1], BODY[0], BODY[1])
    assert [(line.number, line.text) for line in clean.body] == [(2, BODY[0]), (3, BODY[1])]


# WIRE_AND_PLACE, INITIALS_THEN_PLACE (archive.byline): an agency's initials and its place without a comma credit the
# agency, no writer; a person's name before a place stays a writer's.
@pytest.mark.parametrize(
    ("credit", "author", "wire"),
    [
        ("PTI New Delhi", None, "Press Trust of India"),
        ("AFP Paris", None, "Agence France-Presse"),
        # without: a name, then a place, with its comma
        ("Jane Roe, New Delhi", "Jane Roe", None),
    ],
)
def test_an_agencys_initials_before_its_place(credit: str, author: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "October 15, 2022 12:53 IST", "", *BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.author.value, meta.wire.value) == (author, wire)


# FILE_MARK_TAIL (archive.rules caption_credit_tail): a caption marked "File" after its stop or a bar goes; the word
# ending a sentence stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Jane Roe, the health minister. File", "caption"),
        ("The harbour clinic in 2019 | File", "caption"),
        # without: the word closes a sentence
        ("The nurse opened the File", None),
    ],
)
def test_a_caption_marked_file(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# WITH_INFORMATION_FROM_AFTER_THE_WRITER (archive.byline AGENCY_AFTER_THE_WRITER): the writer's bracketed credit at the
# text's end with the agency she drew on: the writer is the author, the agency the wire; a name that is no agency's
# after "com" is left.
@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("(Texto: Jane Roe com informações da Reuters)", ("Texto: Jane Roe", "Reuters")),
        ("Por Juan Pérez, con información de EFE", ("Por Juan Pérez", "EFE")),
        # without: no agency after the word
        ("(Texto: Jane Roe com informações da Example Gazette)", ("(Texto: Jane Roe com informações da Example Gazette)", None)),
    ],
)
def test_a_writer_with_an_agencys_information(credit: str, expected: tuple[str, str | None]) -> None:
    assert byline.agency_after_the_writer(credit) == expected


def test_the_writers_bracketed_credit_at_the_end() -> None:
    _, meta = build(*BODY, "", "(Texto: Jane Roe com informações da Reuters)", registry=ARCHIVE_REGISTRY)
    assert (meta.author.value, meta.wire.value) == ("Jane Roe", "Reuters")


# AI_SUMMARY_POINTS (archive.rules ai_summary_points): the bulleted points over an AI summary's notice, and the box's
# label, go; a list over a notice that names no summary stays.
def test_an_ai_summarys_points() -> None:
    points = ("• Twelve beds open at the harbour", "• Thirty nurses move across the bay")
    notice = "Disclaimer: This summary was created using Artificial Intelligence (AI)"
    assert _kept(HEADLINE, "", "In short...", *points, notice, "", *BODY) == list(BODY)
    # without: the notice names no summary
    other = "This article was written with the help of AI and checked by an editor."
    assert _kept(HEADLINE, "", *BODY, "", *points, other) == [*BODY, *(p.lstrip("• ") for p in points)]


# MORE_IN_THE_APP (archive.rules APP_OR_FOLLOW_PROMO): a call to read more in the site's app goes; a sentence about an
# app stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Baca artikel Example News lainnya di Example App", True),
        ("Read more Example News stories in the Example app.", True),
        # without: a sentence naming an app
        ("Nurses read the rota in the clinic's app every morning, the board said.", False),
    ],
)
def test_a_call_to_read_on_in_the_app(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# DOCUMENTATION_CREDIT (archive.rules BRACKETED_PHOTO_TAIL): an Indonesian caption credited "(Dok. ...)" goes.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Warga dievakuasi dari banjir di Desa Contoh. (Dok. Example News/istimewa)", "caption"),
        # without: brackets that credit no documentation
        ("Warga dievakuasi dari banjir di Desa Contoh. (Senin, 14/9/2025)", None),
    ],
)
def test_a_documentation_credit(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PRINT_AND_LOADING_LABELS (archive.rules): the print version's link and the loading notice in other languages.
@pytest.mark.parametrize("line", ["Версия для печати", "Идет загрузка...", "Druckversion"])
def test_print_and_loading_labels(line: str) -> None:
    assert rules.line_rule(line) == "nav-label"


# BUTTON_IN_CAPITALS (archive.sources is_newspaper_name): a writer's card with its button is no paper's name.
@pytest.mark.parametrize(("line", "paper"), [("Jane FOLLOW TOP CONTRIBUTOR News", False), ("Harbour Top Contributor News", True)])
def test_a_button_in_a_masthead(line: str, paper: bool) -> None:
    assert sources.is_newspaper_name(line) is paper


# RELATIVE_TIME_GLUED_TO_A_TEASER (archive.rules): a card's relative time run into its teaser's first capital goes; a
# sentence with "ago" and a space stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("6 uur geledenGENÈVE (ANP) - Nederland moet zich vrijdag verantwoorden", "teaser"),
        ("2 hours agoLONDON (Reuters) - The harbour closed on Friday", "teaser"),
        ("vor 3 StundenBERLIN - Die Klinik öffnet", "teaser"),
        # without: a space after the time
        ("2 hours ago the harbour closed on Friday, the board said.", None),
    ],
)
def test_a_relative_time_glued_to_a_teaser(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# ALT_TEXT_SHAPE (archive.rules caption): "A chart showing ..." without a stop is a picture's alternative text; a
# sentence opening so stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("A chart showing a stock price moving higher", "caption"),
        ("An aerial view of the harbour clinic", "caption"),
        # without: a sentence
        ("A photo of the suspect was released by the police on Friday.", None),
    ],
)
def test_a_pictures_alternative_text(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# CONNECT_WITH, PLATFORM_THEN_NAMES (archive.rules APP_OR_FOLLOW_PROMO): the team's call to connect and its accounts'
# names after each network go; a sentence after a network's name stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Connect with 7 Example Meteorologists on Facebook and Twitter:", "social-promo"),
        ("Facebook: Jane Roe , John Doe , Ann Poe", "social-promo"),
        ("Twitter: @janeroe, @johndoe", "social-promo"),
        # without: a sentence
        ("Twitter: the company said the clinic would open on Monday.", None),
    ],
)
def test_a_teams_social_accounts(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# VIDEO_POINTER (archive.rules): the call to play the page's video, its place said, goes; a sentence about a video stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Check out the highlights from the thriller in the above video.", True),
        ("See the full interview in the video below", True),
        # without: a video in the story
        ("The nurses watched the video of the move in the clinic on Monday, the board said.", False),
    ],
)
def test_a_pointer_to_the_video(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# TEASERS_OPEN_THE_LIST, CUT_ABOVE_THE_TEASERS (archive.rules headlines_to_the_end): under the text, cut short above a
# list whose first items went as teasers, the list's other headlines go too; two headlines alone under the text stay.
def test_headlines_after_the_teasers_of_a_list() -> None:
    cut = (
        "The nurses said that the move across the bay had gone well on the whole, and that the new wards on the second"
        " floor of the clinic were bright and"
    )
    teasers = (
        "Harbour police delayed alerting the crime units, enabling…",
        "Three lawyers were sentenced for sharing the messages, drawing…",
        "The ferry company warns it will stop sailing on Sunday unless…",
    )
    headlines = ("Minor hurt by a falling crane at the harbour in Bayside", "Council apologised for an advert featuring a pla")
    assert _kept(HEADLINE, "", *BODY, cut, *teasers, *headlines) == [*BODY, cut]
    # without: no teasers above the two headlines
    assert _kept(HEADLINE, "", BODY[0], BODY[1], BODY[2], *headlines) == [*BODY, *headlines]


# PLACE_THEN_PAPER (archive.sources OUTLET_LEAD_NAME): the lead opening with the dateline's place, a comma, a paper's
# name and a dash names the outlet; a name that is no place's before the comma reads as no dateline.
@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Jakarta, Example Times - ", "Example Times"),
        # without: the words before the comma are no place
        ("Nurses Union, Example Times - ", None),
    ],
)
def test_a_papers_name_after_the_datelines_place(opening: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], BODY[1], BODY[2])
    assert meta.outlet.value == outlet


# PLACE_DASH_PAPER (archive.sources, archive.clean): the dateline's place and the paper's name alone on the first line
# name the outlet and are no headline; a headline with a dash stays the headline.
@pytest.mark.parametrize(
    ("first", "title", "outlet"),
    [
        ("New York - Example Today", None, "Example Today"),
        # without: a headline before the dash (the page title's suffix); no paper after the place
        ("Nurses move to a new harbour clinic - Example Today", "Nurses move to a new harbour clinic", "Example Today"),
        ("New York - Nurses move to a new harbour clinic", "New York - Nurses move to a new harbour clinic", None),
    ],
)
def test_a_place_and_a_papers_name_on_top(first: str, title: str | None, outlet: str | None) -> None:
    clean, meta = build(first, *BODY)
    assert (meta.title.value, meta.outlet.value) == (title, outlet)
    assert [line.text for line in clean.body] == list(BODY)


# SPACED_TWIN_CAPTION (archive.clean): a line ending no sentence printed again after one blank line, between paragraphs,
# is a picture's alternative text and caption: both go; a sentence printed so, or the deck under the headline, stays.
@pytest.mark.parametrize(
    ("twin", "kept"),
    [
        ("The inquiry into the clinic is in the hands of the police", []),
        # without: a sentence (the repeat goes, the first copy stays)
        (
            "The inquiry into the clinic is in the hands of the police.",
            ["The inquiry into the clinic is in the hands of the police."],
        ),
    ],
)
def test_a_caption_printed_twice_apart(twin: str, kept: list[str]) -> None:
    lines = _kept(HEADLINE, "", BODY[0], "", twin, "", twin, "", BODY[1], "", BODY[2])
    assert lines == [BODY[0], *kept, BODY[1], BODY[2]]


# OUR_APP_CALL (archive.rules APP_OR_FOLLOW_PROMO): the site's call to download its own app, after what the app holds,
# goes; a story about a club's app stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("I numeri della stagione di Jane Roe: scarica la nostra App per tutte le statistiche di squadra", True),
        ("Descarga nuestra app para seguir el partido", True),
        # without: another's app
        ("La società ha lanciato la sua app per i tifosi, che potranno seguire le partite dal telefono.", False),
    ],
)
def test_a_call_to_download_our_app(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# NUMBERED_SECTIONS (archive.clean NUMBERED_SERIES): numbered lines each heading its paragraph ("1) ..." / a paragraph /
# "2) ...") are the article's round-up, the numbers running on within NUMBERED_SECTION_REACH lines; numbers that skip,
# or a paragraph of their own between them in the head, are no series.
@pytest.mark.parametrize(
    ("second", "reach", "series"),
    [
        ("2) Harbour Foods Raises $20M From Example Ventures", clean_module.NUMBERED_SECTION_REACH, True),
        # without: the number skips; the head's reach of one line
        ("3) Harbour Foods Raises $20M From Example Ventures", clean_module.NUMBERED_SECTION_REACH, False),
        ("2) Harbour Foods Raises $20M From Example Ventures", 1, False),
    ],
)
def test_numbered_items_each_over_its_paragraph(second: str, reach: int, series: bool) -> None:
    texts = ("1) Example Robotics Raises $140M From Sample Capital", BODY[0], second)
    cands = [rules.Candidate(number, text, text, False) for number, text in enumerate(texts, 1)]
    found = clean_module._numbered_list_items(cands, reach=reach)
    assert found == ({id(cands[0]), id(cands[2])} if series else set())


# NAME_PRINTED_OVER_AND_OVER (archive.clean), INITIALLED_NAME (archive.sources): a name with its middle initial printed
# under every picture is no headline and no masthead; printed twice, a line of words is the headline still.
def test_a_name_printed_under_every_picture() -> None:
    name = "Jane M. Roe"
    clean, meta = build(name, name, "", HEADLINE, "", name, name, "", *BODY, "", name)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, None)
    assert [line.text for line in clean.body] == list(BODY)
    # without: the headline printed twice
    _, meta = build(HEADLINE, HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE


# LOWER_CASE_NAME_AFTER_THE_STOP (archive.rules caption_credit_tail): the photographer's name in small letters after the
# caption's stop goes with the caption; a line cut after a stop on a common word stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Rekka suistui aiemmin tiistaina alas sillalta Vantaalla. jaana kärkkäinen", "caption"),
        # without: a common word last, a stop after the name
        ("The clinic opened on Monday with twelve beds. and then", None),
        ("There were approx. ten people", None),
    ],
)
def test_a_photographers_name_in_small_letters(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# WORDS_IN_CAPITALS (archive.byline BY_PREFIX): a magazine's credit label in capitals before the writer's full name;
# the word opening a sentence names no one.
@pytest.mark.parametrize(
    ("credit", "author"),
    [("WORDS Jane Roe", "Jane Roe"), ("WORDS: Jane Roe", "Jane Roe"), ("Words matter to Jane Roe", None)],
)
def test_a_magazines_words_credit(credit: str, author: str | None) -> None:
    assert byline.parse_byline(credit) == author


# READ_ON_BELOW_THE_AD (archive.rules ADVERTISEMENT): the ad's marks in Polish, Finnish and the Nordic languages go; a
# sentence about an advert stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("DALSZĄ CZĘŚĆ PRZECZYTASZ POD REKLAMĄ", "advertisement"),
        ("Mainos (Teksti jatkuu alla) Mainos päättyy", "advertisement"),
        ("Artikeln fortsätter under annonsen", "advertisement"),
        # without: a sentence
        ("Mainos julkaistiin lehdessä tiistaina, kertoi yhtiö.", None),
    ],
)
def test_the_ads_marks_in_more_languages(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# SUBJECTS_NAME_BETWEEN_PARAGRAPHS (archive.rules subjects_names): a name alone between two paragraphs, the one a
# paragraph names, is the subject's portrait caption; a writer's name the text does not give stays the byline.
def test_the_subjects_name_between_paragraphs() -> None:
    lead = "Former councillor Jane Roe, who served the harbour ward for twenty years, has died aged 74."
    clean, meta = build(HEADLINE, "", lead, "", "Jane Roe", "", BODY[1], "", BODY[2])
    assert [line.text for line in clean.body] == [lead, BODY[1], BODY[2]]
    assert meta.author.value is None
    # without: the name is not the text's, and is left to the other rules (here it stays)
    clean, _ = build(HEADLINE, "", lead, "", "Ann Poe", "", BODY[1], "", BODY[2])
    assert "Ann Poe" in [line.text for line in clean.body]


# LABELLED_CREDIT_IN_BRACKETS_AFTER_THE_STOP (archive.rules caption_credit_tail): a labelled credit in brackets after
# the caption's stop goes, whatever the source's case; brackets inside a sentence stay.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("The harbour quarterfinals are on Nov. 10, 2018. (Photo: example sports)", "caption"),
        # without: no stop before the brackets
        ("The clinic opened its doors on Monday (photo: see the gallery below)", None),
    ],
)
def test_a_labelled_credit_after_the_captions_stop(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# SOURCE_VIA_AGENCY (archive.rules NAME_SLASH_SOURCE_BRACKETS): the photographer, the paper with its ampersand and the
# agency that carried the picture, in brackets after the caption; brackets citing a report in a sentence stay.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Firefighters used boats to reach residents in Bayside (Jane Roe/Example Telegram & Gazette via AP)", "caption"),
        # without: a sentence's brackets cite no photographer
        ("Firefighters used boats to reach residents in Bayside (the town's report says so via its website)", None),
    ],
)
def test_a_photographer_and_a_paper_via_an_agency(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# KYODO_PHOTO_CREDIT (archive.rules JAPANESE_IMAGE_CREDIT): a Japanese caption's "source=agency" credit goes; a text's
# sign-off after its full stop stays.
@pytest.mark.parametrize(
    ("line", "rule"), [("会談する両首脳(ともにロイター=共同)", "caption"), ("両首脳は会談した。(共同)", None)]
)
def test_a_japanese_agencys_picture_credit(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# WIRE_CAPTION_OPENING (archive.rules caption): the agencies' long caption, opening by pointing at the picture someone
# provided, goes however long; a paragraph of the same length opening otherwise stays.
def test_an_agencys_long_caption() -> None:
    scene = (
        "astronauts Jane Roe, right, and John Doe, left, walk out of the harbour building on their way to the launch pad"
        " as preparations continue for the mission, Saturday, May 30, 2020, at the space centre in Bayside. Despite more"
        " storms in the forecast, the company pressed ahead on Saturday in its attempt to launch the crew, a first by a"
        " private company, and the crowds along the beach waited for hours. (Ann Poe/Example Agency via AP)"
    )
    assert _goes_between_paragraphs("In this image provided by Example Agency, " + scene)
    # without: the same words opening as a paragraph would
    assert not _goes_between_paragraphs("On Saturday morning, " + scene.replace(" (Ann Poe/Example Agency via AP)", ""))


# APP_IN_MALAY_AND_INDONESIAN (archive.sources OUTLET_SELF_PROMO): the site's call to download its app in Malay or
# Indonesian names the outlet; the call without a name names no one.
@pytest.mark.parametrize(
    ("promo", "outlet"),
    [
        ("Muat turun aplikasi Harbour Harian. Klik di sini!", "Harbour Harian"),
        ("Unduh aplikasi Harbour News", "Harbour News"),
        # without: no name
        ("Unduh aplikasi untuk membaca", None),
    ],
)
def test_the_sites_own_app_in_malay(promo: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", promo)
    assert meta.outlet.value == outlet
