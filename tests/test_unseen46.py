"""Issue 17, forty-sixth round: shapes a new development set showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

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
