"""Issue 17, sixty-sixth round: shapes the development corpus showed on pages from outlets not seen before (two
countries alone over the headline, a writer's note under the byline, an interview's dashed turns, a masthead after the
store's date stamp), each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import byline, rules, sources
from archive import clean as clean_module

HEADLINE = "Nurses Move To New Harbour Clinic"


def _kept(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.body]


# COUNTRIES_ALONE (archive.clean): two countries or more and nothing else are a topic's tag, no headline: alone over
# the text they leave the page without a title; a line saying what they do is the headline.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("China - Russia", None),
        ("Russia and China", None),
        ("US/Iran", None),
        # without: the countries and what they do
        ("Russia and China sign a harbour accord", "Russia and China sign a harbour accord"),
    ],
)
def test_two_countries_alone_are_no_headline(first: str, title: str | None) -> None:
    lead = "Russia and China signed a harbour accord on Monday, and the US and Iran said they would watch it closely."
    _, meta = build(first, "", lead, *BODY)
    assert meta.title.value == title


# COUNTRIES_DASHED (archive.byline), COUNTRIES_IN_CAPITALS (archive.clean): a country, a spaced dash and a clause in
# capitals opening with another country is a headline in capitals: no credit, no dateline; a writer's name and a place
# after the dash stay a credit.
@pytest.mark.parametrize(
    ("line", "listed", "credit"),
    [
        ("RUSSIA - CHINA GAS PIPELINE", True, False),
        # without: a writer and a place, a place and a writer
        ("Jane Roe - Moscow", False, True),
        ("Russia - Jane Roe", False, True),
    ],
)
def test_a_headline_of_two_countries_in_capitals(line: str, listed: bool, credit: bool) -> None:
    assert (byline.countries_listed(line), byline.is_named_credit(line)) == (listed, credit)


def test_a_headline_of_two_countries_in_capitals_is_the_title() -> None:
    lead = "Russia began gas supplies to China through the new pipeline on Monday, the gas company said in a statement."
    _, meta = build("RUSSIA - CHINA GAS PIPELINE", lead, *BODY)
    assert meta.title.value == "RUSSIA - CHINA GAS PIPELINE"
    # without: a dateline's place, a dash and the lead's words in small letters open the text, no headline
    clean, meta = build("MOSCOW - " + BODY[0], BODY[1], BODY[2])
    assert meta.title.value is None
    assert clean.body[0].text == "MOSCOW - " + BODY[0]


# WRITERS_NOTE_UNDER_THE_BYLINE (archive.clean): the note on the writer right under her byline, her surname in both, is
# the author's box: out of the text, and the paper she writes for names the outlet; a paragraph naming someone else
# stays.
def test_a_writers_note_under_the_byline() -> None:
    note = "Jane Roe is a contributing reporter for The Example Ledger. She covered the harbour for ten years."
    clean, meta = build(HEADLINE, "", "By Jane A. Roe", "", note, "", *BODY)
    assert [line.text for line in clean.body] == list(BODY)
    assert (meta.outlet.value, meta.author.value) == ("The Example Ledger", "Jane A. Roe")
    # without: the note's name is not the writer's
    other = "John Doe is a contributing reporter for The Example Ledger. He covered the harbour for ten years."
    clean, meta = build(HEADLINE, "", "By Jane A. Roe", "", other, "", *BODY)
    assert [line.text for line in clean.body] == [other, *BODY]


# ALT_TEXT_WITHOUT_ARTICLE (archive.rules): a picture's kind and a participle, no stop, is its alternative text; a
# sentence so opening ends with its stop.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Map showing the pipeline's route to the harbour", "caption"),
        ("Chart depicting gas exports since 2014", "caption"),
        # without: a sentence with its stop, a sub-heading naming its subject
        ("Map showing the route was published by the board on Monday.", None),
        ("Map of the new harbour", None),
    ],
)
def test_a_pictures_alternative_text_without_its_article(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# DIALOGUE_DASHES (archive.rules nav_bullet_runs): an interview's turns each opening with a dash: the page's last line,
# a question cut short, is one of them, no menu item; without dashed sentences above, a short dashed line there goes.
def test_an_interviews_last_turn_cut_short() -> None:
    turns = [
        "– How did the team play on Saturday against the league leaders?",
        "– We played very well, and the players deserved the win after weeks of hard work.",
        "– What did the coach tell the players at half time in the dressing room?",
        "– He told them to keep calm and to play their own game until the final whistle.",
    ]
    cut = "– How do you"
    assert _kept(HEADLINE, "", *BODY, *turns, cut) == [*BODY, *(turn[2:] for turn in turns), cut[2:]]
    # without: no dashed turns above, the short dashed lines under the text are a menu's
    assert _kept(HEADLINE, "", *BODY, "– Sport", "– Weather") == list(BODY)


# GO_TO_ORIGINAL (archive.rules NAV_KEYS): a reprint's link to its source, alone on its line; a sentence naming it stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Go To Original", True),
        ("View original article", True),
        # without: a sentence of the text
        ("The board said it would go to the original plan for the harbour clinic next year.", False),
    ],
)
def test_a_link_to_the_original(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# ROMANIAN_FORM_PROMPT (archive.rules COMMENT_FORM_PROMPT) and the comment box's heading in Romanian; a sentence
# asking the reader for more stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("LĂSAȚI UN MESAJ", "comment-widget"),
        ("Vă rugăm să introduceți comentariul dvs.!", "comment-widget"),
        ("Introduceți aici numele dvs.", "comment-widget"),
        # without: a sentence going on
        ("Introduceți aici numele dvs. de familie pentru a continua lectura articolului despre buget", None),
    ],
)
def test_a_comment_form_in_romanian(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# BROADCASTER_WORD (archive.sources NEWSPAPER_WORDS): "FM" ends a station's name as a paper's word ends a paper's; "TV"
# and "Radio" end headlines too.
@pytest.mark.parametrize(
    ("name", "paper"),
    [("Example Bay FM", True), ("Putin Speaks on State TV", False), ("Example Bay Radio", False)],
)
def test_a_stations_name(name: str, paper: bool) -> None:
    assert sources.is_newspaper_name(name) is paper


# STAMP_THEN_MASTHEAD (archive.sources): the store's date stamp run into the site's name on the first line: the stamp
# gives the date, the rest names the outlet; without the stamp, as before.
@pytest.mark.parametrize("first", ["date 2023-10-20 Example Bay FM", "Example Bay FM"])
def test_a_masthead_after_the_stores_date_stamp(first: str) -> None:
    clean, meta = build(first, "", HEADLINE, "", *BODY)
    assert (meta.outlet.value, meta.title.value) == ("Example Bay FM", HEADLINE)
    assert [line.text for line in clean.body] == list(BODY)


def test_the_countries_alone_helper() -> None:
    assert clean_module._countries_alone("China – Russia") is True
    assert clean_module._countries_alone("China – Russia relations") is False


# TEASER_IS_A_SENTENCE (archive.rules section_opened_teasers): a list's short items opening with a section's word
# ("World Cinema Audience Award:", "World Of Tomorrow, dir Jane Roe") are the article's; teasers are sentences.
def test_a_lists_items_opening_with_a_sections_word() -> None:
    items = ["World Cinema Audience Award:", "Harbour Lights, dir Jane Roe", "World Of Tomorrow, dir John Doe"]
    assert _kept(HEADLINE, "", *BODY, *items, BODY[0][:40] + " and more.") == [*BODY, *items, BODY[0][:40] + " and more."]


# LABELLED_PAIRS_KEPT (archive.rules after_the_article): under the last paragraph, labels ending with a colon, each with
# its value right below, are the article's list; a label or two over dropped links go with the footer.
def test_labels_and_their_values_under_the_text() -> None:
    pairs = ["Grand Jury Award:", "Harbour Lights", "Audience Award:", "Bay Days", "Special Mention:", "The Long Pier"]
    assert _kept(HEADLINE, "", *BODY, *pairs, "No comments yet") == [*BODY, *pairs]
    # without: one label and its value under the text, as a footer's
    assert _kept(HEADLINE, "", *BODY, "Follow us:", "Example Harbour Network", "No comments yet") == list(BODY)


# POINT_AMONG_POINTS (archive.rules nav_bullet_runs): a short bulleted item with a figure or a quotation among long
# bulleted points is one of them; a short item without either goes, as a menu's.
def test_a_short_point_with_a_figure_among_long_points() -> None:
    points = [
        "- Prior 5.25%",
        "- The board expects domestic price pressures to fade over the next few years",
        "- Decision was “finely balanced”",
        "- The bank will keep rates restrictive for long enough to bring inflation back",
    ]
    kept = _kept(HEADLINE, "", *points, "", *BODY)
    assert [line for line in kept if "5.25%" in line or "balanced" in line] == ["Prior 5.25%", "Decision was “finely balanced”"]
    # without: a short item with no figure or quotation among the points goes
    kept = _kept(HEADLINE, "", "- Prior rate", *points[1:], "", *BODY)
    assert "Prior rate" not in kept and kept[-len(BODY) :] == list(BODY)


# VISIT_WITHOUT_ITS_LINK, HERE_IN_CAPITALS (archive.rules click_here): calls whose link was lost; sentences naming the
# place, and headlines in capitals, stay.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("For more information on the flight, visit:", "link-line"),
        ("For more harbour news and information, visit", "link-line"),
        ("Więcej o Ekstraklasie zobacz TUTAJ", "link-line"),
        ("Read the full harbour report HERE", "read-more"),
        # without: the place named, too short a call, a headline in capitals
        ("For more information, visit the council's office.", None),
        ("For more, see:", None),
        ("WE ARE STILL HERE", None),
    ],
)
def test_a_call_whose_link_was_lost(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# CUT_COMMENT_NOTICE, COMMENTS_AND_TRACKBACKS (archive.rules comment_widget): the comment box's long notice cut where
# the copy stopped, and WordPress' closed-comments notice; a sentence opening with the notice's first words stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Be Nice. No racism, sexism or any sort of -ism that is degrading to anothe", "comment-widget"),
        ("Both comments and trackbacks are currently closed.", "comment-widget"),
        # without: a sentence of the text
        ("Be nice to your neighbours, the council said on Monday in a statement.", None),
    ],
)
def test_the_comment_boxs_notices(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# INBOX_PITCH (archive.rules SOCIAL_PROMO_LINE): the newsletter's question to the reader; another question stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Would you like to have the day's news stories delivered right to your inbox every evening? Enter your e-mail.",
            "social-promo",
        ),
        ("Would you like to have the harbour clinic's nurses visit your home?", None),
    ],
)
def test_a_newsletters_question(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# LONG_TRAIL (archive.rules breadcrumb), PHOTOGRAPHER_COMMA_AGENCY, a service's photo credit in small letters,
# VIEW_ALL_LINKS, MARKDOWN_IMAGE_CARD, REGISTER_TO_RECEIVE, "show more" labels in other languages; without: sentences.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Example Home  >  New York  >  Harbour High School  >  Obituaries  >  Coach Jane Roe", "breadcrumb"),
        ("The logo is displayed on a store in Harbour City, Calif. / Jane Roe, Example Images", "caption"),
        ("The bishop is seen in the chapel. (EXN photo/Example Press Office)", "caption"),
        ("View All Events View All Announcements", "nav-label"),
        ("![]() Example: Harbour clinic opens its doors to patients |", "link-line"),
        (
            "Register for free to receive Fr. Jane Roe’s My Daily Example newsletter and unlock full access to the latest"
            " inspirational stories, news commentary, and spiritual resources from Our Sunday Example.",
            "social-promo",
        ),
        ("Vis mer", "nav-label"),
        ("Zobacz więcej", "nav-label"),
        # without
        ("The board met in Harbour City > Bayside to discuss the new clinic, and it agreed to pay for it.", None),
        ("The council met on Monday in Harbour City, Calif. / Bayside, the board said", None),
        ("View All Events", None),
        ("! [Harbour] is what she said.", None),
        ("Register to vote before Friday, the council said.", None),
    ],
)
def test_more_furniture_shapes(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PICTURE_AGENCY_HOLDER (archive.sources): "© Example Image" under the headline credits the picture's agency, no
# outlet; "© Example Ledger" names the site.
@pytest.mark.parametrize(("holder", "outlet"), [("Example Image", None), ("Example Ledger", "Example Ledger")])
def test_a_picture_agencys_copyright(holder: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", f"© {holder}")
    assert meta.outlet.value == outlet


# READ_MORE_CARD (archive.rules): another story's headline and date over "Read more", above the page's own headline:
# the card goes, the headline below is the title and the card's date is not the page's; a page's only headline over
# "Read more" stays its title.
def test_another_storys_card_over_the_headline() -> None:
    card = ["Example: harbour talks held in secret", "19.11.2025 11:14", "Lue lisää"]
    clean, meta = build(*card, "", HEADLINE, "", *BODY)
    assert (meta.title.value, meta.date.value) == (HEADLINE, None)
    assert [line.text for line in clean.body] == list(BODY)
    # without: no headline below the card
    _, meta = build(*card, "", *BODY)
    assert meta.title.value == "Example: harbour talks held in secret"


# FINNISH_EDITED_LABEL (archive.metaline LABEL_RE): "muokattu" (edited) labels the update, the first date is the
# publication's: the agency, the writer and the date are read.
def test_a_finnish_credit_and_its_update() -> None:
    _, meta = build(HEADLINE, "", BODY[0], "STT-Jane Roe 19.7.2024 9:00, muokattu 19.7.2024 9:41", BODY[1], BODY[2])
    assert (str(meta.date.value), meta.wire.value) == ("2024-07-19", "STT")


# ALT_TEXT_BETWEEN_PARAGRAPHS (archive.clean): a few words in small letters between two paragraphs are a picture's
# alternative text; on a hard-wrapped page such a line is a sentence's middle.
def test_alternative_text_between_paragraphs() -> None:
    assert _kept(HEADLINE, "", BODY[0], "", "harbour clinic at night", "", BODY[1], "", BODY[2]) == list(BODY)
    # without: a sentence's fragment (most of its words small ones), a line with a capital, a word alone
    assert "les også om dette i morgen" in _kept(HEADLINE, "", BODY[0], "", "les også om dette i morgen", "", BODY[1], BODY[2])
    assert _kept(HEADLINE, "", BODY[0], "", "Harbour Clinic At Night", "", BODY[1], "", BODY[2])[1] == "Harbour Clinic At Night"
    assert "clinic" in _kept(HEADLINE, "", BODY[0], "", "clinic", "", BODY[1], "", BODY[2])


# CAPTION_BOX_BUTTONS (archive.rules): a caption box's buttons after its last stop; a paragraph ends with its stop.
def test_a_caption_boxs_buttons() -> None:
    caption = "Heavy rain is expected on Monday. Here the harbour in July, when the drains overflowed. Vis mer"
    assert _kept(HEADLINE, "", BODY[0], "", caption, "", BODY[1], BODY[2]) == list(BODY)
    closed = "Snow in the harbour last year. Photo: Jane Roe / Example. Les mer Lukk"
    assert _kept(HEADLINE, "", closed, "", *BODY) == list(BODY)
    # without: the button words inside a sentence
    sentence = "The board said residents could read more about the works on Monday, and show more patience."
    assert sentence in _kept(HEADLINE, "", BODY[0], "", sentence, "", BODY[1], BODY[2])


# PRESS_CONTACT_BOX (archive.rules): under the text, a press-contact label opens the contact box: it goes to the end;
# above the text's last sentence the label cuts nothing.
def test_a_press_contact_box() -> None:
    box = [
        "Pressens kontakt:", "", "* Jane Roe, vicepolitiinspektør, Example Politi", "", "Pressekontakt", "", "John Doe", "",
        "E-mail: jdoe013@example.dk", "Telefon: 5135 6716", "", "Jane Doe",
    ]  # fmt: skip
    assert _kept(HEADLINE, "", *BODY, "", *box) == list(BODY)
    assert _kept(HEADLINE, "", BODY[0], BODY[1], "Pressekontakt", BODY[2])[-1] == BODY[2]


# MALAY_FROM_BY (archive.byline FOREIGN_BY): "Daripada" ("from") opens a Malay agency's credit before the writer's
# name; before words in small letters it opens a sentence.
@pytest.mark.parametrize(
    ("credit", "author"),
    [("Daripada Jane Roe", "Jane Roe"), ("Daripada jumlah itu, separuh dibayar", None)],
)
def test_a_malay_credit(credit: str, author: str | None) -> None:
    assert byline.parse_byline(credit) == author


# RESULTS_ROW (archive.clean): a line with two match scores or more is a results box's row, no headline; a headline
# with one score is read as before.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Round 21 Friday Harbour-Bayside 1-0 Sunday Port-Example 3-1", False),
        ("Harbour 2:1 Bayside, Port 1:1 Example", False),
        ("Harbour beat Bayside 3-1 at home", True),
        ("Budget for 2021-22 passes council vote 5-4", True),
    ],
)
def test_a_results_row_is_no_headline(line: str, headline: bool) -> None:
    assert clean_module._not_a_headline(line) is not headline
