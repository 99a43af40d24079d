"""Issue 17, seventy-first round: shapes the last round's blind set (opened as development pages) and a new development
set showed on pages from outlets not seen before (a surname that is a furniture word, a paper's name with its language's
article, a headline printed twice under a notice, a list of labelled items, a results table between bars, a caption
between two copies of its credit, the site's calls to its reader, a closing list echoing a line above, a date stamp in
brackets), each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build
from test_unseen56 import BODY, _spaced
from test_unseen70 import _kept

from archive import rules
from archive.byline import is_desk, parse_byline
from archive.clean import _not_a_headline
from archive.sources import is_newspaper_name

HEADLINE = "Nurses Move To New Harbour Clinic"


# SURNAME_LIKE_FURNITURE (archive.byline): after "By", a surname that is a furniture word is the writer's.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Jane Key", "Jane Key"),
        ("By Jane Page", "Jane Page"),
        # without: no "By", the line is a link's text, no writer
        ("Answer Key", None),
    ],
)
def test_a_surname_that_is_a_furniture_word(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *_spaced(*BODY))
    assert meta.author.value == author


# FOREIGN_THE_PAPER and THE_PAPER_ONLINE (archive.sources THE_PAPER): a paper's word after its language's article, or
# "The" and the word with its web edition, is a paper's name.
@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("El Correo", True),
        ("La Tribuna", True),
        ("Die Presse", True),
        ("The Independent Online", True),
        # without: a generic word after the article, or after "The" with the edition, names a section
        ("El Mundo", False),
        ("The News Online", False),
        ("Latest News Online", False),
    ],
)
def test_a_papers_name_with_its_article(name: str, paper: bool) -> None:
    assert is_newspaper_name(name) is paper


def test_the_masthead_in_its_language_names_the_outlet() -> None:
    _, meta = build("El Correo", "", HEADLINE, "", *_spaced(*BODY))
    assert (meta.outlet.value, meta.title.value) == ("El Correo", HEADLINE)
    # without: a section's name over the headline names no outlet
    _, meta = build("El Mundo", "", HEADLINE, "", *_spaced(*BODY))
    assert meta.outlet.value is None


# US_IN_CAPITALS (archive.clean CALL_TO_ACTION): "US" in capitals in a line not all in capitals is the country.
@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("Share prices fall on fears of US rate rise", False),
        ("Watch U.S. markets slide as rates climb", False),
        # without: the reader addressed, in small letters or in a button's capitals
        ("Share your story with us", True),
        ("FOLLOW US ON FACEBOOK", True),
    ],
)
def test_us_in_capitals_is_the_country(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


# TWIN_UNDER_THE_HEAD (archive.clean _twin_under_the_head): a headline printed twice, a blank line between, right over
# the first paragraph, below a notice's head.
def test_a_headline_printed_twice_under_a_notice() -> None:
    notice = [
        "Webmail",
        "",
        "Choose your webmail",
        "",
        "As Harbour Net also offers webmail, we ask you once for your choice.",
        "",
    ]
    _, meta = build(*notice, HEADLINE, "", HEADLINE, "", *_spaced(*BODY))
    assert meta.title.value == HEADLINE
    # without: printed once, the head's line stays the choice
    _, meta = build(*notice, HEADLINE, "", *_spaced(*BODY))
    assert meta.title.value == "Choose your webmail"


# LABEL_OPENED_ITEMS (archive.rules headline_teaser_pairs): a list of items each opening with its label and a colon,
# silently cut as they may look, is the text's.
def test_a_list_of_labelled_items_stays() -> None:
    items = [
        "North Holland: mostly on the coast a chance of heavy gusts, code yellow between 12.00 and 19.00 hours",
        "Lake District : here too mostly on the coast a chance of heavy gusts, code yellow between 12.00 and 19.00 hours",
        "Friesland: code yellow between 12.00 and 19.00 hours",
        "Wadden Sea and Islands: code yellow between 12.00 and 19.00 hours",
        "South Holland: code yellow between 12.00 and 19.00 hours",
        "Zeeland : code yellow between 12.00 and 19.00 hours",
    ]
    warning = [
        "Watch out if you take to the road tomorrow. The weather office warns with code yellow for heavy gusts on Sunday.",
        "It will be a strong force 7 on the coast, perhaps even tipping into stormy with force 8. Gusts of 90 km/h are due.",
        "Where?",
    ]
    after = [
        "Groningen: code yellow between 12.00 and 19.00 hours",
        "In the other provinces there is no code yellow, but there is a fairly strong south-westerly wind. A shower may fall.",
    ]
    kept = _kept(*_spaced(*warning, *items, *after))
    assert all(item in kept for item in items)
    # without: every other line without its label, the pairs from the second on go as headlines over teasers cut short
    mixed = [item.partition(":")[2].strip().capitalize() if k % 2 else item for k, item in enumerate(items)]
    kept = _kept(*_spaced(*warning, *mixed, *after))
    assert [item in kept for item in mixed] == [True, False, False, False, False, False]


# WRAPPED_AT_A_FIGURE (archive.clean _wraps_into): a hard-wrapped line ending on a figure, the next going on in small
# letters, is the text's, no headline.
@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        ("Harbour crude futures, the benchmark, were up 24 cents, or 0.3", "percent, at $69.89 a barrel by 0635 GMT.", None),
        # without: the line under it opens with a capital, a headline ending on its figure
        (
            "Harbour crude futures rise above $69",
            "Harbour crude futures rose on Monday as traders bought.",
            "Harbour crude futures rise above $69",
        ),
    ],
)
def test_a_wrapped_line_ending_on_a_figure(first: str, second: str, title: str | None) -> None:
    _, meta = build(first, second, "Bay crude was up 33 cents, or 0.5", "percent, at $66.13 a barrel.", "", LATER_ON)
    assert meta.title.value == title


LATER_ON = "Harbour crude futures rose again on Tuesday as traders bought the benchmark, the exchange said."


# HEADLINE_ON_TOP (archive.rules junk_runs): the page's first line alone over dropped furniture stays when two of its
# words are the article's, though not half of them.
def test_a_headline_alone_over_dropped_furniture() -> None:
    lead = "Northwest and Delta shareholders gave the go-ahead on Thursday to a combination of the two airlines, the firms said."
    page = ["Northwest, Delta investors approve tie-up", "", "http://example.com/rss/-/1/hi/business/5398826.stm", ""]
    _, meta = build(*page, *_spaced(lead, *BODY))
    assert meta.title.value == "Northwest, Delta investors approve tie-up"
    # without: a line using one of the article's words goes with the furniture
    page = ["Northwest pilots approve pay tie-up", "", "http://example.com/rss/-/1/hi/business/5398826.stm", ""]
    _, meta = build(*page, *_spaced(lead, *BODY))
    assert meta.title.value is None


# CREDIT_GOES_ON (archive.sources WITH_MATERIAL_FROM): a semicolon after the names starts the credit's next part: the
# names are writers', no source's.
@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("(Additional reporting by Jane Roe; Editing by John", None),
        # without: an agency's name alone after the words
        ("(Additional reporting by Reuters)", "Reuters"),
    ],
)
def test_a_credit_going_on_after_a_semicolon(credit: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), credit, "Doe and Joe Bloggs)")
    assert meta.wire.value == wire


# QUESTION_THEN_CALL (archive.clean NOT_A_HEADLINE): a question and then a call to action is a promo, no headline.
@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("Worried about the flu? Get a shot and a voucher at these places", True),
        ("Love puzzles? Try the new crossword", True),
        # without: a question headline, its second part no call
        ("Worried about the flu? Nurses move to new harbour clinic", False),
    ],
)
def test_a_question_then_a_call_to_action(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


def test_a_promo_over_the_credited_headline() -> None:
    promo = "Worried about the flu? Get a shot and a voucher at these clinics"
    _, meta = build(promo, "", HEADLINE, "", "Jane Roe", "", *_spaced(*BODY))
    assert meta.title.value == HEADLINE


# CAPITALS_THEN_TWO_SMALL (archive.byline GLUED_WORDS): a brand's capitals ending in two small letters is one word.
@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("Harbour films take the prizes at the 7th FESTin", False),
        # without: a section in capitals run into a capitalised word, "NEWSHarbour"
        ("Harbour films take the prizes at NEWSHarbour", True),
    ],
)
def test_a_brand_in_capitals_ending_in_two_small_letters(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


# GLUED_ROLE_PHRASE (archive.byline parse_byline): the writer's beat and role run into the name.
@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Jane RoeCulture reporter", "Jane Roe"),
        ("Jane RoeSenior Business Correspondent", "Jane Roe"),
        # without: a surname's own capital after its prefix; a space, no join (a name of three words may stand so)
        ("Jane MacDonald Political reporter", None),
        ("Jane Roe Culture reporter", None),
    ],
)
def test_a_role_run_into_the_name(credit: str, name: str | None) -> None:
    assert parse_byline(credit) == name


# CREDIT_AROUND_A_CAPTION (archive.rules): a caption between two copies of its picture's credit.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Example Images Jane Roe pictured in 2017, she is wearing a black blouseExample Images", rules.CAPTION),
        ("EPA Nurses at the new harbour clinic on Monday EPA", rules.CAPTION),
        # without: a sentence of the text ending with its stop, or two different names
        ("EPA officials said on Monday that the clinic had passed its inspection by the EPA.", None),
        ("Example Images Jane Roe pictured in 2017, she is wearing a black blouse Harbour Media", None),
    ],
)
def test_a_caption_between_two_copies_of_its_credit(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# WRITERS_NAME_TWICE (archive.rules label_twins): a name printed twice right over the date line is the writer's card.
@pytest.mark.parametrize(
    ("under", "author"),
    [
        (["31-May-2011"], "Jane Roe"),
        # without: no date under the pair, a picture's label printed twice
        ([], None),
    ],
)
def test_the_writers_name_twice_over_the_date(under: list[str], author: str | None) -> None:
    page = [HEADLINE, "", BODY[0], "", "Jane Roe", "Jane Roe", *under, "", BODY[1], "", BODY[2]]
    _, meta = build(*page)
    assert meta.author.value == author


# POLISH_WRITTEN_BY (archive.byline WRITTEN_BY_WORDS) and WRITTEN_BY_IN_PARTS (archive.metaline BY_RE): a blog
# template's "written by" in Polish, alone or beside the time.
@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Napisane przez Jan Kowalski", "Jan Kowalski"),
        ("Napisane przez Jan Kowalski | 5:35 pm", "Jan Kowalski"),
        # without: the words inside a sentence
        ("Napisane przez niego słowa czytali wszyscy w mieście.", None),
    ],
)
def test_written_by_in_polish(credit: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *_spaced(*BODY))
    assert meta.author.value == author


# Labels (archive.rules EXACT_LABEL_RULES) and READER_CALLS (archive.rules reader_call), PHOTOGRAPHER_HANDLE
# (NAME_SLASH_SOURCE_BRACKETS).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Contenu partenaire", rules.ADVERTISEMENT),
        ("Publicidade fechar X", rules.ADVERTISEMENT),
        ("Click to follow", rules.NAV_LABEL),
        ("Curta Nossa Página no Facebook", rules.NAV_LABEL),
        ("This is a breaking news story and may be updated when more information is provided.", rules.NAV_LABEL),
        ("Vous avez repéré une erreur ou disposez de plus d’infos? Signalez-le ici", rules.NAV_LABEL),
        ("If you missed our coverage of the clinic's opening, you can read that story here.", rules.SOCIAL_PROMO),
        ("Check out some other health news on Example at this link right here.", rules.SOCIAL_PROMO),
        ("Want to see your highlights here? Send your videos and photos to sports@example.com or tag us.", rules.SOCIAL_PROMO),
        (
            "Members help make our journalism possible. Become an Example Business member today and unlock all of it.",
            rules.SOCIAL_PROMO,
        ),
        (
            "Harbour Road is closed on Thursday after two troopers were struck. (Jane Roe/Example Journal) @JaneRoePhoto",
            rules.CAPTION,
        ),
        # without: the words in a sentence of the text
        ("Partner content rose by a third last year, the board said.", None),
        ("Why does it matter? Consider the budget for next year, which rises by 3 percent.", None),
        ("Have information? Contact police at 555-1234.", None),
        ("The mayor said you can read the full report here, the council said.", None),
        ("He told the nurses to become a member of the union today.", None),
        ("Harbour Road is closed on Thursday after two troopers were struck, @JaneRoe said.", None),
    ],
)
def test_line_rules_third_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# Outlets named by the site's furniture and notes (archive.sources): BECOME_A_MEMBER (SUPPORT_THE_SITE),
# NEWSLETTER_OF_THE_ADDRESS, DAILY_TO_YOUR_INBOX and PAYWALL_MEMBERSHIP (SELF_NAMED), THE_BEAT_REPORTER (AUTHOR_BIO).
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Members help make our journalism possible. Become a Harbour Business member today.", "Harbour Business"),
        ("Sign up for the free HarbourTimes.com newsletter", "harbourtimes.com"),
        ("Get Harbour News daily and direct to your Inbox", "Harbour News"),
        ("Continue reading your article with a Premium Harbourpost Membership", "Harbourpost"),
        # without: a newsletter's own name; a club's membership named in a sentence
        ("Sign up for the free Morning Briefing newsletter", None),
        ("She said the club would offer a premium membership to nurses next year.", None),
    ],
)
def test_the_sites_furniture_names_the_outlet(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), line)
    assert meta.outlet.value == outlet


# THE_BEAT_REPORTER (archive.sources AUTHOR_BIO) and the note's full stop (outlet-writers-note): the writer's note
# naming the paper.
@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Jane Roe is the City of Harbour reporter at the Harbour Daily Record.", "Harbour Daily Record"),
        ("Jane Roe is a reporter at the Harbour Daily Record.", "Harbour Daily Record"),
        # without: a post at no paper
        ("Jane Roe is the City of Harbour reporter.", None),
    ],
)
def test_the_writers_note_names_the_paper(note: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), note)
    assert (meta.author.value, meta.outlet.value) == ("Jane Roe", outlet)


# PLACE_THEN_PAPER_COLON (archive.sources LEAD_PLACE_NAME_COLON): the place, the paper's name and a colon open the text.
@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        (f"Beijing, The Harbour Observer: {BODY[0]}", "The Harbour Observer"),
        # without: no place before the name, a speaker and his words
        (f"The Harbour Observer: {BODY[0]}", None),
    ],
)
def test_the_place_and_the_paper_before_a_colon(lead: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", lead, "", BODY[1], "", BODY[2])
    assert meta.outlet.value == outlet


# PICTURE_CREDIT_SHAPES and CREDIT_AROUND_THE_WORD (archive.rules picture_credit_shapes), WIRE_NOTICE_PARTS and
# BRACKETED_COPYRIGHT (copyright_footer), FOREIGN_AI_NOTICE (AI_NOTICE, disclaimer), MORE_PAGE_NOTICES (page_notice).
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Jane Roe waited nearly 14 years between her two titles  •  EX Photos", rules.CAPTION),
        ("EXA Image EXA", rules.CAPTION),
        ("Nurses at the clinic: Photo: the board's website", rules.CAPTION),
        ("[© 2018 Example Wire. All rights", rules.COPYRIGHT_FOOTER),
        ("broadcast, rewritten or redistributed.", rules.COPYRIGHT_FOOTER),
        ("Example Wire is solely responsible for this content.", rules.COPYRIGHT_FOOTER),
        ("Let op: Dit artikel is gemaakt met Kunstmatige Intelligentie (AI).", rules.DISCLAIMER),
        ("Este artículo fue generado con ayuda de inteligencia artificial.", rules.DISCLAIMER),
        (
            "Due to the legal subject matter of some content on example.com, we reserve the ability to disable comments.",
            rules.WIDGET_ERROR,
        ),
        ("Retrouvez ici notre dossier sur les chanteurs disparus en 2018", rules.WIDGET_ERROR),
        # without: the words in sentences of the text
        ("Sports | News | Photos", rules.BREADCRUMB),
        ("The nurses said the board was responsible for the clinic's content, the mayor added.", None),
        ("The council said AI tools helped write the report, the mayor added.", None),
        ("Este artículo de la ley habla de la IA en las escuelas, según el ministerio.", None),
        ("Retrouvez le maire sur le marché samedi, a dit la mairie.", None),
    ],
)
def test_line_rules_fourth_batch(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# PRONOUNS_NAMING_NO_SITE (archive.sources OUTLET_SELF_NAMED) and SECTION_NEWS's sports and gadgets (GENERIC_WORDS): no
# outlet from a pronoun or a section's name.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Follow Me On Twitter & Instagram@janeroe", None),
        ("Follow Harbour Times on Twitter", "Harbour Times"),
    ],
)
def test_a_follow_button_names_the_site_not_a_pronoun(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *_spaced(*BODY), line)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(("name", "paper"), [("Football News", False), ("Mobile Phone News", False), ("Harbour News", True)])
def test_a_sections_name_is_no_paper(name: str, paper: bool) -> None:
    assert is_newspaper_name(name) is paper


# BARRED_RESULT_ROWS (archive.rules barred_result_rows) and TABLE_ROW_NO_LEAD (archive.metaline parse_lead): a results
# table copied row by row between bars stays, and its head row names no agency.
RESULT_ROWS = [
    "K.O. | Home | Res. | Away | Referee |",
    "Att. |",
    "12:30 | Harbour | 0-0 | Bay Town | Jane Roe |",
    "30720 |",
    "15:00 | Riverside | 2-1 | Hill End | John Doe |",
    "38601 |",
    "15:00 | Port Vale | 2-0 | Lakeside | Joe Bloggs |",
    "32043 |",
]


def test_a_results_table_between_bars_stays() -> None:
    clean, meta = build("Harbour league round-up", "", *RESULT_ROWS, *_spaced(*BODY))
    kept = [line.text for line in clean.lines]
    assert all(row in kept for row in RESULT_ROWS)
    assert (meta.outlet.value, meta.wire.value) == (None, None)
    # without: a menu's items between bars hold no figures, and go
    menu = ["Home | News | Sport | Weather |", "Business | Culture | Travel |", "Opinion | Video | Podcasts |"]
    clean, _ = build("Harbour league round-up", "", *menu, "", *_spaced(*BODY))
    assert not any(item in [line.text for line in clean.lines] for item in menu)


# DESK_WORD_THEN_NOUNS (archive.byline is_desk): a desk's word opening a sub-heading's nouns is no desk's credit.
@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("Board Handbook Update", False),
        ("Service Changes Ahead", False),
        # without: the desk's word closing the credit, or two of them
        ("Example Editorial Board", True),
        ("Staff Reporter", True),
        ("Board Staff Writer", True),
    ],
)
def test_a_desk_word_opening_a_sub_heading(line: str, desk: bool) -> None:
    assert is_desk(line) is desk


# ECHOED_ITEM (archive.rules trailing_bulleted_headlines): the page's closing list of bulleted headlines, one of them
# printed alone between the paragraphs too, is of links, on the article's subject as they are; so is the copy above.
def test_a_closing_list_whose_item_is_printed_above() -> None:
    echo = "Harbour clinic reports a second case of measles in the bay"
    items = [
        "Bay clinic opens a ward for children",
        "Harbour nurses report three measles cases",
        echo,
        "Clinic beds rise to twelve in the bay",
        "Measles cases in the harbour top ten",
    ]
    clean, _ = build(HEADLINE, "", BODY[0], "", echo, "", BODY[1], "", BODY[2], "", *[f"- {item}" for item in items])
    kept = [line.text for line in clean.lines]
    assert not any(item in kept for item in items)
    # without: no item printed above, the list on the article's subject stays
    clean, _ = build(HEADLINE, "", BODY[0], "", BODY[1], "", BODY[2], "", *[f"- {item}" for item in items])
    kept = [line.text for line in clean.lines]
    assert all(item in kept for item in items)


# BRACKETED_STAMP_LEAD (archive.metaline parse_lead, archive.extract _lead): a paragraph opening with its date stamp in
# brackets dates the page, below the deck too.
@pytest.mark.parametrize(
    ("lead", "date"),
    [
        (f"[Mis à jour le 24 janvier 2023 à 13h09] {BODY[1]}", "2023-01-24"),
        (f"(Di giovedì 16 maggio 2024) PECHINO (ITALPRESS) – {BODY[1]}", "2024-05-16"),
        # without: brackets holding no date; a date in brackets the sentence goes on from in small letters
        (f"[Updated with new figures] {BODY[1]}", None),
        ("(24 January 2023) the board met again to discuss the clinic's twelve beds, the board said.", None),
    ],
)
def test_a_date_stamp_in_brackets_opening_a_paragraph(lead: str, date: str | None) -> None:
    _, meta = build(HEADLINE, "", BODY[0], "", lead, "", BODY[2])
    assert meta.date.value == date


# COLON_NUMBER_CHAIN (archive.rules code_line): a template's tracking string, numbers chained by colons, goes; over the
# headline it no longer hides it.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("MX23RW : Saturday, October 5 17:46:31| >> :60:406:406:", rules.CODE_LINE),
        # without: a clock with its seconds in a date line
        ("Saturday, October 5 17:46:31", None),
    ],
)
def test_numbers_chained_by_colons(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


def test_a_tracking_string_over_the_headline() -> None:
    _, meta = build("MX23RW : Saturday, October 5 17:46:31| >> :60:406:406:", "", HEADLINE, "", *_spaced(*BODY))
    assert meta.title.value == HEADLINE
