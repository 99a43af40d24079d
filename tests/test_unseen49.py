"""Issue 17, forty-ninth round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build, kept_lines  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.headline import split_headline
from archive.metaline import parse_meta_line


def _parts(text: str) -> list[tuple[str, str]] | None:
    found = parse_meta_line(text)
    return None if found is None else [(part.kind, part.text) for part in found.parts]


# CAPTION_LABEL run into the caption: "image captionJudge ..." (the page's hidden label copied with it) is a caption;
# "Image captioning software ..." is a sentence.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("image captionJane Roe reportedly said she would not have the nerve", False),
        ('media captionJohn Doe on the radio: "Harbours should be open"', False),
        ("Image captioning software was tested by the council on Tuesday, the mayor said.", True),
    ],
)
def test_a_caption_label_run_into_its_caption(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# DATE_AFTER_THE_NAME: an agency's credit with its date after it names the agency, not "<agency> April".
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Agence France-Presse April 15, 2022 15:47:34 IST", "Agence France-Presse"),
        ("Agence France-Presse 15 April 2022", "Agence France-Presse"),
    ],
)
def test_an_agency_credit_with_its_date(line: str, wire: str) -> None:
    _, meta = build(HEADLINE, line, "", *BODY, registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire


# TITLE_GLUED_KICKER: "Kommentar:Stadtrat ..." has the rubric glued on; "Ukraine: talks resume" is the headline's own.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Kommentar:Stadtrat düpiert die Bürger", "Stadtrat düpiert die Bürger"),
        ("Analysis:Harbour council approves the budget", "Harbour council approves the budget"),
        ("Ukraine: talks resume in Geneva today", "Ukraine: talks resume in Geneva today"),
        ("Re:Invent opens in Las Vegas today", "Re:Invent opens in Las Vegas today"),
        ("US:China talks go on today", "US:China talks go on today"),
    ],
)
def test_a_kicker_glued_to_the_headline(line: str, headline: str) -> None:
    assert split_headline(line).text == headline


# DATA_PROTECTION_NOTICE: the French form's notice of the reader's rights goes; a report on the law stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Conformément à l'article 38 de la Loi 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès", False),
        ("Vous disposez d'un droit d'accès et de rectification aux données vous concernant.", False),
        ("La loi du 6 janvier 1978 a créé la CNIL, a rappelé le ministre devant les députés mardi.", True),
    ],
)
def test_a_data_protection_notice(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", *BODY, "", line)) is kept


# WRAPPED_NEXT_LINE is a word: under a headline, a paragraph opening with a picture's file name glued to its first
# capital ("gendarmerie-20150902La Gendarmerie ...") does not make the headline a wrapped sentence's first line.
def test_a_file_name_glued_to_the_lead_does_not_wrap_the_headline() -> None:
    lead = "harbour-20150902The harbour council approved the new budget for the district on Tuesday after a debate."
    _, meta = build(HEADLINE, "", lead, "", *BODY[1:])
    assert meta.title.value == HEADLINE


# DASHED_CROSSHEAD: "- 'Chaotic world' -" below the last full sentence is a wire's subheading; "- Contact" is a menu's.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("- 'Chaotic world' -", True),
        ("- Contact us", False),
    ],
)
def test_a_subheading_between_dashes(line: str, kept: bool) -> None:
    cut = "The mayor meanwhile praised the ties with the harbour board in what he called a"
    assert (line.removeprefix("- ") in kept_lines(HEADLINE, "", *BODY, "", line, "", cut)) is kept


# STORY_CONTINUES: "Article continues after this advertisement" is the ad slot's notice.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Article continues after this advertisement", False),
        ("The story continues after the break in the council's debate, the mayor said on Tuesday.", True),
    ],
)
def test_an_article_continues_after_notice(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# COMMENT_RULES_NOTICE and trackbacks: a comment box's rules and a blog's trackback list go; a sentence about rules stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("We want our comments to be a lively and valuable part of our community", False),
        ("Please report any comments that break our rules.", False),
        ("Read the rules hereComments are closed on this article", False),
        ("Trackbacks", False),
        ("Trackback specific URI for this entry", False),
        ("No Trackbacks", False),
        ("The council said it would report any breach of the rules to the harbour board on Friday.", True),
    ],
)
def test_comment_rules_and_trackbacks(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", *BODY, "", line)) is kept


# NO_ENDORSEMENT_NOTICE: a monitoring site's note on the copy it reprints goes; a sentence on endorsement stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The following information is published as Open Sources, it does not constitute any endorsement from Example.", False),
        ("The mayor said the award does not constitute an endorsement of the harbour plan.", True),
    ],
)
def test_a_no_endorsement_notice(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", line, "", *BODY)) is kept


# NAME_SLASH_AGENCY_BRACKETS: "(Jane Roe/PA)" ending a line credits its picture; with a full stop after it, or a
# bracket holding no name, the line stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Journalists take notes as the minister delivers his Budget (Jane Roe/PA)", False),
        ("Protester John Doe outside the council chamber (Jane Roe/Reuters)", False),
        ("He was speaking to the harbour board on Tuesday (Jane Roe/PA).", True),
        ("The vote was split along party lines (Labour/Green)", True),
    ],
)
def test_a_photographer_and_agency_in_brackets(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# SCREENSHOT_NOTE: "(capture écran Youtube)" alone in brackets is a picture's note; a sentence naming a screenshot stays.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("(capture écran Youtube)", False),
        ("(Screenshot: Example TV)", False),
        ("Screenshots of the messages were shown to the court on Tuesday, the prosecutor said.", True),
    ],
)
def test_a_screenshot_note(line: str, kept: bool) -> None:
    assert (line in kept_lines(HEADLINE, "", BODY[0], "", line, "", *BODY[1:])) is kept


# HEADLINE_PRINTED_AGAIN: a headline ending with a full stop, printed again below the lead, is the title; printed once,
# such a line is a caption more often (no title); printed three times it is a slogan.
def test_a_stopped_headline_printed_again_below_the_lead() -> None:
    stopped = "Harbour council approves the new budget for the district."
    _, meta = build(stopped, "", BODY[0], stopped, "", *BODY[1:])
    assert meta.title.value == stopped
    _, once = build(stopped, "", *BODY)
    assert once.title.value is None
    _, thrice = build(stopped, "", BODY[0], stopped, "", BODY[1], "", stopped, "", BODY[2])
    assert thrice.title.value is None


def test_a_control_printed_twice_with_furniture_between_is_no_headline() -> None:
    _, meta = build("Close this search box.", "", "Search", "Close this search box.", "", *BODY)
    assert meta.title.value != "Close this search box."


# MONTH_AS_FIRST_NAME, PARTICLE_IN_NAME and LOWER_CASE_DESK: a byline's name may open with a month's name or hold
# small particles; the newsroom may be credited in small letters. Outside a byline the small words are a title's.
@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("By Jan Kowalski | May 28, 2017", [("by", "By"), ("name", "Jan Kowalski"), ("date", "May 28, 2017")]),
        ("By May Lee", [("by", "By"), ("name", "May Lee")]),
        ("By Jane de Vries", [("by", "By"), ("name", "Jane de Vries")]),
        ("Door Jan van der Berg | 28 mei 2017", [("by", "Door "), ("name", "Jan van der Berg"), ("date", "28 mei 2017")]),
        (
            "Por Juan Pérez de la Fuente | 3 de mayo de 2017",
            [("by", "Por "), ("name", "Juan Pérez de la Fuente"), ("date", "3 de mayo de 2017")],
        ),
        ("Jane Roe May 28, 2017", [("name", "Jane Roe"), ("date", "May 28, 2017")]),
        ("By the newsroom | May 28, 2017", [("by", "By"), ("desk", "the newsroom"), ("date", "May 28, 2017")]),
        ("Door de nieuwsredactie | 28 mei 2017", [("by", "Door "), ("desk", "de nieuwsredactie"), ("date", "28 mei 2017")]),
        ("Aus der Gemeinderatssitzung vom 6. November 2014", None),
        ("By Jane Roe de EFE", None),
    ],
)
def test_names_with_particles_and_months_in_bylines(line: str, parts: list[tuple[str, str]] | None) -> None:
    assert _parts(line) == parts


def test_a_byline_with_a_particle_names_the_author() -> None:
    _, meta = build(HEADLINE, "By Jan van der Berg | May 28, 2017", "", *BODY)
    assert (meta.author.value, meta.date.value) == ("Jan van der Berg", "2017-05-28")
