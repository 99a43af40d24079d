"""Issue 17, sixty-seventh round: shapes the development corpus showed on pages from outlets not seen before (a
headline whose clause ends with a verb's particle before its colon, a list the article points to "below", a blog
host's toolbar, a photographer credited under a source label), each with and without its trigger, on invented text,
asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import clean as clean_module
from archive import rules
from archive.headline import split_headline

HEADLINE = "Nurses Move To New Harbour Clinic"


def _body(*lines: str) -> list[str]:
    clean, _ = build(*lines)
    return [line.text for line in clean.body]


def _after_the_text(*lines: str) -> list[str]:
    """What stays of the lines printed under the article's last paragraph."""
    kept = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", *lines)
    return kept[len(BODY) :]


# PARTICLE_BEFORE_COLON (archive.clean LABEL_COLON): a widget's label is a word or two and its preposition ("Posted
# in:"); a clause of four words or more ending with a verb's particle before the colon is a headline's first half.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("More harbour tributes pour in: Jane Roe leads the way", "More harbour tributes pour in: Jane Roe leads the way"),
        # without: a label and its preposition
        ("Posted in: Harbour News", None),
        ("El tiempo en: Harbour City", None),
    ],
)
def test_a_particle_before_the_colon_is_a_headlines(first: str, title: str | None) -> None:
    lead = "Tributes to the harbour's nurses poured in on Monday, led by Jane Roe, the health board said in a statement."
    _, meta = build(first, "", lead, *BODY)
    assert meta.title.value == title


# PHOTO_WORD_DASH_NAME (archive.rules PHOTO_WORD_TAIL): a caption, "FOTO" in capitals, a spaced dash and the source is
# a picture's credit, whatever case the source's later words take; a sentence going on after a dash is the text.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Ruský prezident Jan Novák. FOTO - Example noviny", True),
        ("The harbour at dawn. PHOTO - Example Daily", True),
        # without: no photo word, or one in small letters inside a sentence
        ("The harbour at dawn. Then - as every year - the boats came in.", False),
        ("The nurses posed for a foto - the first of many - on the new ward's steps.", False),
    ],
)
def test_a_photo_word_then_a_dash_and_the_source(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


def test_a_photo_word_dash_caption_over_the_headline_is_no_title() -> None:
    _, meta = build("Jan Novák. FOTO - Example noviny", "", HEADLINE, "", "By Jane Roe", "", *BODY)
    assert meta.title.value == HEADLINE


# Page furniture found between or under paragraphs: BACK_TO_THE_ARTICLE, ENLARGE_AND_SHARE_NOW, READING_NOW_COUNT,
# MORE_LABELS_67, FOREIGN_POSITION_OF, SOUTH_SLAVIC_AND_NORDIC_POSITIONS, PHOTO_VIA, IMAGE_PLACEHOLDER,
# LIVE_STREAM_PROMPTS, ARCHIVED_ITEM_SPAN, BLOG_TOOLBAR, CLICK_HERE_SENTENCES, AGGREGATOR_NOTICE.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("zpět na článek", True),
        ("Back to the article", True),
        ("Zurück zum Artikel", True),
        ("(click image for larger view)", True),
        ("Share Now!", True),
        ("Reading now: 453", True),
        ("topic", True),
        ("Povezava je kopirana!", True),
        ("Слушай новината", True),
        ("Powrót na górę strony", True),
        ("Thanks for logging in.", True),
        ("1 av 5", True),
        ("3 z 12", True),
        ("Jana Novak (na levi)", True),
        ("Photo via Jane Roe, Example.com", True),
        ("##IMAGE-2282473##", True),
        ("You can now click/tap WATCH to start the live stream.", True),
        ("Press PLAY below to hear the latest", True),
        ("The original item was published from 11/7/2022 10:36:00 AM to 4/1/2023 12:00:11 AM.", True),
        ("Edit post Follow this blog Administration + Create my blog", True),
        (
            "For corrections to this story, click here. To submit a letter to the editor, click here. "
            "To learn about our AI policy, click here.",
            True,
        ),
        (
            "The website examplebuzz.com is an aggregator of news from open sources. The source is indicated at the "
            "beginning and at the end of the announcement.",
            True,
        ),
        ("Hang on for a minute...we're trying to find some more stories you might like.", True),
        ("@ExampleZone on Twitter", True),
        ("Stay connected to as stories develop and the Example 31 Newscast at 10 PM.", True),
        ("Fdl399RXoAAzJN4", True),
        ("María Roe charla con otro de los protagonistas en la sala del juicio. / José Ángel", True),
        ("Edition française: Tél: 68996274 Fax: 68326628", True),
        ("By subscribing, you can help us get the story right.", True),
        ("Jan Novák y, a la derecha, Jane Roe", True),
        ("p w ś c p s n", True),
        ("Pn Wt Śr Cz Pt So Nd", True),
        # without: the article's words
        ("We do it as we go on", False),
        ("사고가 난 지 일주일 가까이 지난 오늘", False),
        ("Call the clinic: Tel: 555 0100 for an appointment", False),
        ("Las enfermeras llegaron a la derecha del puerto, y la clínica abrió el lunes a las nueve.", False),
        ("HarbourClinic2024News", False),
        ("Stay connected to your family as the clinic opens, the nurses told patients on Monday.", False),
        ("Reading now: the nurses' own account of the move", False),
        ("10 de 2024", False),
        ("Jana Novak (nurse)", False),
        ("Photographs of the old ward were shown at the meeting, which the nurses called moving.", False),
        ("Nurses said they would follow this blog of the move and post their own notes as the ward opened.", False),
        (
            "To book a visit, click here. The clinic opens at nine and closes at six on weekdays, and nurses from the old "
            "ward will staff it in shifts through the winter months, the board said on Monday.",
            False,
        ),
        ("The website example.com is a guide to the harbour's clinics and their opening hours.", False),
    ],
)
def test_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


def test_the_aggregators_notice_names_the_outlet() -> None:
    notice = "The website examplebuzz.com is an aggregator of news from open sources. The source is indicated below."
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", notice)
    assert meta.outlet.value == "examplebuzz.com"
    # without: a site described as something else names no outlet
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", "The website example.com is a guide to the clinics.")
    assert meta.outlet.value is None


# SUBSCRIBER_TO_THE_SITE and NEWSROOM_CONTACTS (archive.sources OUTLET_SELF_NAMED): the paywall's call to become a
# subscriber to the site, and the heading of its newsroom's contacts, name the outlet; a call naming no site does not.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Click here to log-in or become a subscriber to EXJ.com.", "exj.com"),
        ("Click here to log-in or become a subscriber to The Example Ledger.", "The Example Ledger"),
        ("Connect with the Example Ledger Newsroom:", "Example Ledger"),
        # without: no name after the call
        ("Click here to log-in or become a subscriber today.", None),
        ("Connect with our newsroom:", None),
    ],
)
def test_the_paywall_and_the_newsroom_name_the_outlet(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "", *BODY, "", line)
    assert meta.outlet.value == outlet


# TOP_DOWNLOADS and LAST_HOURS_PERIOD (archive.rules is_promo_label): a list's label with the period it covers heads
# other items; a sentence about the last hours is the article's.
@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("top downloads in last 24 hours", True),
        ("most read in the last 7 days", True),
        ("top downloads", True),
        # without
        ("prices rose in the last 24 hours", False),
        ("nurses moved in the past 3 days", False),
    ],
)
def test_a_lists_label_with_its_period(key: str, label: bool) -> None:
    assert rules.is_promo_label(key) is label


# PHOTOGRAPHER_SLASH_AGENCY (archive.sources): a person's name, a slash and an agency under a source label credits a
# picture, no wire; the agency alone, or a paper and the agency, is the copy's source.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Источник: Сергей Иванов/ТАСС", None),
        ("Source: Jane Roe/Reuters", None),
        # without
        ("Source: Reuters", "Reuters"),
        ("Source: Example News/Reuters", "Reuters"),
    ],
)
def test_a_photographer_under_a_source_label_is_no_wire(line: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", "By Jane Roe", "", line, "", *BODY)
    assert meta.wire.value == wire


# LIST_BELOW (archive.rules, archive.clean): a sentence pointing to the full list under it announces its items, which
# stay however many and however short; without the pointer, a run of short names under the text is a menu.
LINEUP = ["Harbour Lineup 2018", "Jane Roe & The Band", "John Doe", "The Example Singers", "Sample Quintet", "Mary Major"]


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        (BODY[2] + " Read below for the full initial lineup, and listen to some of the artists.", True),
        ("The festival's complete list of performers is below.", True),
        # without: no pointer to the list
        (BODY[2], False),
    ],
)
def test_a_list_the_text_points_to(last: str, kept: bool) -> None:
    lines: list[str] = []
    for item in LINEUP:
        lines += [item, ""]
    body = _body(HEADLINE, "", "By Jane Roe", "", BODY[0], "", BODY[1], "", last, "", *lines)
    assert (body[3:] == LINEUP) is kept


# LIST_TO_ITS_SENTENCE in nav_bullet_runs: a lead-in's bulleted items stay, short as they are, when the copy is cut
# below them; without the lead-in they are a menu's.
@pytest.mark.parametrize(
    ("lead_in", "kept"),
    [
        ("The new building includes:", True),
        # without
        ("The new building opens in June.", False),
    ],
)
def test_bullets_under_a_lead_in(lead_in: str, kept: bool) -> None:
    items = ["• two operating theatres", "• a larger ward", "• a radiology unit"]
    cut = "Nurses said the new rooms, the theatres and the"
    body = _body(HEADLINE, "", "By Jane Roe", "", *BODY, "", lead_in, "", *items, "", cut)
    assert all(item.lstrip("• ") in " ".join(body) for item in items) is kept


# LABELLED_LINES_KEPT (archive.rules after_the_article): three lines or more in a row, each a long label, its colon and
# a value in words, are the article's list of posts; a footer's short labels with numbers and addresses go.
def test_posts_and_their_holders_under_the_text() -> None:
    posts = [
        "Minister of State for Health: Jane Roe",
        "Minister of the Harbour and Fisheries: John Doe",
        "Secretary of State to the Presidency of the Council of Ministers: Mary Major",
    ]
    assert _after_the_text(*posts, "", "Share this article") == posts
    # without: a footer's contacts
    assert _after_the_text("Phone: 555 0100", "Email: desk@example.com", "Fax: 555 0101", "", "Share this article") == []


# BRACKETED_FLAG and SKIP_LINK_TAIL (archive.headline): a flag in brackets before the headline and the skip link run
# onto its end are no words of it; a bracket opening the headline's own words stays.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("[ARCHIVED] Flu season: your health is worth a shot!", "Flu season: your health is worth a shot!"),
        ("Latest Smartphones for the Year 2013 Skip to main content", "Latest Smartphones for the Year 2013"),
        # without
        ("[Harbour] nurses move to the new clinic", "[Harbour] nurses move to the new clinic"),
        ("Nurses Skip Lunch To Open The Clinic", "Nurses Skip Lunch To Open The Clinic"),
    ],
)
def test_a_flag_and_a_skip_link_around_the_headline(line: str, headline: str) -> None:
    assert split_headline(line).text == headline


# GOES_ON_ENDS (archive.clean PHRASAL_VERB_ENDS): a headline may end with "flow on", "drag on": no line wrapped there.
@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Commuters advised to leave work late as rail strike delays flow on", True),
        ("Harbour talks drag on", True),
        # without: a line broken at its preposition
        ("Commuters advised to leave work late as the rail strike goes on to", False),
    ],
)
def test_a_headline_ending_with_go_on(text: str, shaped: bool) -> None:
    assert clean_module._title_shaped(text) is shaped


# LONG_PHOTO_SLASH_CAPTION (archive.rules): a caption of two sentences crediting its picture in brackets
# ("[Photo/Xinhua]") goes however long; a long paragraph ending with an agency's name alone stays.
LONG_CAPTION = (
    "Jane Roe holds a welcome ceremony for John Doe at the square outside the east gate of the Harbour Hall, before "
    "their talks in Harbour City, capital of Example, May 16, 2024. Roe held talks with Doe, who is in Example on a "
    "state visit, at the Harbour Hall on Thursday."
)


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        (LONG_CAPTION + " [Photo/Xinhua]", True),
        # without: no photo word in the brackets
        (LONG_CAPTION + " (Xinhua)", False),
    ],
)
def test_a_long_caption_with_its_photo_credit(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


def test_a_long_caption_over_the_headline_leaves_the_headline() -> None:
    _, meta = build(LONG_CAPTION + " [Photo/Xinhua]", "", "EXAMPLE DAILY", "", HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE


# DATE_LABEL_AMID (archive.rules CONTROL_WORDS): "Published" alone between paragraphs is a date's label whose date was
# lost, no sub-heading; a sub-heading of the article's stays.
@pytest.mark.parametrize(("line", "goes"), [("Published", True), ("Harbour history", False)])
def test_a_date_label_between_paragraphs(line: str, goes: bool) -> None:
    fourth = "The old ward will close at the end of the month, and its beds will go to the clinic, the board said."
    body = _body(HEADLINE, "", "By Jane Roe", "", BODY[0], "", line, "", BODY[1], "", "New wards", "", BODY[2], "", fourth)
    assert (line not in body) is goes


# ALT_TEXT_OVER_A_SUB_HEADING (archive.clean ALT_TEXT_BETWEEN_PARAGRAPHS): a picture's text in small letters between a
# paragraph and a sub-heading in title case goes, as between two paragraphs; a sub-heading's own words stay.
@pytest.mark.parametrize(("line", "goes"), [("space telescope observing stars", True), ("Harbour Ward History", False)])
def test_alt_text_over_a_sub_heading(line: str, goes: bool) -> None:
    body = _body(HEADLINE, "", "By Jane Roe", "", BODY[0], "", line, "", "New Ward Plans", "", BODY[1], "", BODY[2])
    assert (line not in body) is goes


# RANK_BEFORE_THE_NAME and TEXT_AND_PHOTO_LABEL (archive.byline): an officer's rank cut short in small letters between the
# author's label and the name, and a label crediting the text and the pictures, credit the writer; the pictures alone,
# or a label before no name, credit no writer.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Autor: sierż. szt. Jana Nowak", "Jana Nowak"),
        ("Besedilo in foto: L. Roe", "L. Roe"),
        ("Text und Fotos: Jane Roe", "Jane Roe"),
        # without
        ("Foto: L. Roe", None),
        ("Text and photos: the harbour board", None),
    ],
)
def test_a_rank_or_the_pictures_in_the_writers_credit(line: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", "16.05.2024 | 08:35", "", *BODY, "", line)
    assert meta.author.value == author


# SENTENCES_NOT_LINES (archive.rules HEADLINES_TO_THE_END): an article printed as one long paragraph of several
# sentences is punctuated prose, and other stories' headlines listed under it go; under a paragraph of one sentence
# nothing says so, and they stay.
RELATED = [
    "Harbour clinic wins national award for its new ward",
    "Nurses strike ends after the board agrees to new pay",
    "Port authority names new chief after long search",
    "Ferry service to the islands resumes next week",
]


@pytest.mark.parametrize(
    ("paragraph", "gone"),
    [
        (" ".join(BODY), True),
        # without: one sentence
        (BODY[0], False),
    ],
)
def test_headlines_under_one_long_paragraph(paragraph: str, gone: bool) -> None:
    lines: list[str] = []
    for item in RELATED:
        lines += [item, ""]
    body = _body(HEADLINE, paragraph, "", *lines)
    assert (not any(item in body for item in RELATED)) is gone


# (DISCOVER_RELATED: the label heading such a list, "Discover Related", goes with the headlines under it)
def test_discover_related_heads_other_stories() -> None:
    assert _after_the_text("Discover Related", "", RELATED[0], "", RELATED[1]) == []
    # without: the article's own last line
    assert _after_the_text("Discover the harbour's history at the new museum, the board said.") == [
        "Discover the harbour's history at the new museum, the board said."
    ]


# LOWER_CASE_SITE_SUFFIX (archive.headline): one word in small letters after the headline's bar, its letters run
# together, is the site's name; a short word of the headline's stays.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Harbour clinic opens its new ward | exampleharbourdebates", "Harbour clinic opens its new ward"),
        # without
        ("Harbour clinic opens its new ward | nurses", "Harbour clinic opens its new ward | nurses"),
    ],
)
def test_a_site_in_small_letters_after_the_bar(line: str, headline: str) -> None:
    assert split_headline(line).text == headline


# DATED_PICTURE_NAME and SPONSORED_CONTENT_NOTE (archive.rules): a picture's file name, the day run together, its
# subject in small letters and the agency's code, and a sponsored box's note are no text; a line opening with a year
# and going on as a sentence is.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("20240703N roe doe REU", True),
        ("About Sponsored ContentThis content was commissioned by Example's Global Business Bureau.", True),
        # without
        ("20240703 was the day the harbour clinic opened, the board said.", False),
        ("About the sponsored content rules, the board said nothing on Monday when asked by the nurses.", False),
    ],
)
def test_a_picture_name_and_a_sponsors_note(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# CZECH_INSERTED and CZECH_READ_COUNT (archive.metaline): "autor: ... vloženo: <date> přečteno: <count>" is a credit
# and date line read part by part: the writer, the day, and the count left out.
def test_a_czech_credit_date_and_count_line() -> None:
    lead = "Vláda připravuje zákon o přístavu, který bude platit od příštího roku, řekl ve středu ministr dopravy."
    _, meta = build("Vláda připravuje zákon o přístavu", "", "autor: Jan Novák vloženo: 06. 04. 2022 přečteno: 217", lead)
    assert (meta.title.value, meta.date.value, meta.author.value) == (
        "Vláda připravuje zákon o přístavu",
        "2022-04-06",
        "Jan Novák",
    )
    # without: no label before the date
    _, meta = build("Vláda připravuje zákon o přístavu", "", "autor: Jan Novák 06. 04. 2022 přečteno: 217", lead)
    assert meta.author.value == "Jan Novák"


# ASCII_INFLECTED (archive.rules uses_stem, archive.clean _about_the_article): a headline in an inflecting language
# written in plain ASCII ("O mahallede yollar yenileniyor!") uses the text's words by their heads ("Mahallesi",
# "yollarını"); in English heads join words that differ, and a headline sharing none stays unproven.
def test_an_inflected_headline_in_ascii_letters() -> None:
    text = [
        "Yesilyurt Belediye Baskani, kirsal mahallelerde devam eden yol calismalarini yerinde inceledi ve bilgi aldi.",
        "Baskan, Mahmutlu Mahallesi sakinleriyle bir araya gelerek yollarini dinledi ve taleplerini not aldi bugun.",
        "Mahalle muhtari ise yapilan hizmetlerden memnuniyetini dile getirdi ve belediyeye tesekkur etti bu sabah.",
    ]
    _, meta = build("O mahallede yollar yenileniyor!", "", *text)
    assert meta.title.value == "O mahallede yollar yenileniyor!"
    # without: the same line over an English text it shares no word with
    _, meta = build("O mahallede yollar yenileniyor!", "", *BODY)
    assert meta.title.value is None


# FOREIGN_DEVELOPING_NOTICE, TIP_US, TERMS_BOX_NOTE, SECTION_FIELD, SCREENSHOT_CREDIT, VIEWER_BUTTON_CREDIT,
# FOLLOW_TOPIC and more labels (archive.rules): furniture in Finnish, the Nordic languages, Serbian and English.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Uutinen päivittyy.", True),
        ("Artikeln uppdateras.", True),
        ("Ved du noget? Tip os på tip@example.dk eller sms på 1234", True),
        ("The following terms describe the content of this article. Click on a term to see all articles described by it.", True),
        ("Section: Govt.", True),
        ("Sponsoreret indhold", True),
        ("Reaguj", True),
        ("Komentariši", True),
        ("Printscreen Instagram - Jana Novak", True),
        ("Avaa kuvien katselu Kuva: Jane Roe / Example / Ilmatieteen laitos", True),
        ("Følg Krimi", True),
        # without
        ("Uutinen päivittyy huomenna, kun sairaala avaa uuden osaston satamassa, kertoi johtaja.", False),
        ("Section: the harbour's history is long and the clinic is part of it", False),
        ("Screenshot of the harbour's website shows the clinic", False),
        ("Følg med når sykehuset åpner den nye avdelingen ved havna i morgen, sa direktøren.", False),
    ],
)
def test_more_furniture_between_paragraphs(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


def test_a_topic_to_follow_is_no_writer() -> None:
    _, meta = build(HEADLINE, "", *BODY[:1], "", "Følg Krimi", "", *BODY[1:])
    assert meta.author.value is None
    # without: a writer's credit under the text
    _, meta = build(HEADLINE, "", *BODY[:1], "", "Af Jane Roe", "", *BODY[1:])
    assert meta.author.value == "Jane Roe"
