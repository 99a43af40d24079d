"""Issue 17, twenty-sixth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # SOURCE_CODE_AFTER_STAMP: a publishing system's stamp ends with its source's code in lower case
        ("  2019-09-17 09:04:38  cri", "2019-09-17"),
        ("2019-09-17 09:04:38 xinhua", "2019-09-17"),
        ("2019-09-17 cri", None),  # no time: a date and a word, no stamp
        ("2019-09-17 09:04:38 cri and more words", None),  # words go on: no code
    ],
)
def test_a_stamp_ending_with_its_source_code_is_a_date_line(line: str, date: str | None) -> None:
    cleaned, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == date
    assert (line.strip() in [d.text.strip() for d in cleaned.dropped] or line.strip() in meta.date.provenance.evidence) == (
        date is not None
    )


@pytest.mark.parametrize(
    ("name", "lead", "author"),
    [
        # PLACE_IN_THE_TEXT: the text puts the name after a word of place: the dateline's place
        ("Sankt Petersburg", "The premier arrived in Sankt Petersburg on Monday for talks with the government.", None),
        ("Saint Example", "Le Premier ministre est arrivé à Saint Example lundi pour des entretiens.", None),
        # the name in the text, not after such a word: a person
        ("Jane Roe", "Jane Roe reports that the premier arrived on Monday for talks with the government.", "Jane Roe"),
        ("Jane Roe", "The premier arrived on Monday for talks with the government.", "Jane Roe"),
        # "di" may credit a person ("un articolo di ..."): no word of place
        ("Jane Roe", "Questo è un articolo di Jane Roe sulla visita del premier nella città.", "Jane Roe"),
    ],
)
def test_a_name_alone_that_the_text_places_is_no_author(name: str, lead: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "17 September 2019", name, lead, *BODY)
    assert meta.author.value == author


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        # INLINE_READ_MORE: a wire's lower-case link after the paragraph's last sentence is cut off, the paragraph stays
        (
            "Pacific leaders have yet to agree to the plan, although they discussed it last month. read more",
            "Pacific leaders have yet to agree to the plan, although they discussed it last month.",
            "read more",
        ),
        # a teaser: capitalised "Read more", the whole line goes
        ("Pacific leaders have yet to agree to the plan, although they discussed it. Read more", None, None),
        # too short for a paragraph: a teaser's link, the whole line goes
        ("Leaders yet to agree. read more", None, None),
    ],
)
def test_a_wires_inline_read_more_leaves_its_paragraph(line: str, kept: str | None, dropped: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, BODY[2])
    texts = [ln.text for ln in cleaned.body]
    if kept is None:
        assert line not in texts and not any(t.startswith("Pacific") or t.startswith("Leaders") for t in texts)
    else:
        assert kept in texts
        assert dropped in [d.text for d in cleaned.dropped]


FOOTER = "© 2024 Example Times. All rights reserved."


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # a paragraph the copy cut: long, with the language's stop words, and no sentence's end: the article runs to it,
        # and the line above it may be its sub-heading
        ("The mayor said that the council would meet again in the spring to talk about the", True),
        # CUT_PARAGRAPH_AT_THE_END is long: a footer's short line with a stop word is no cut text
        ("Life in the harbour", False),
        # ... nor a list's bulleted item, whole, however long (the item itself stays: a list's item is spared)
        ("- Another council says that the budget for the schools would be raised again next year", False),
    ],
)
def test_only_a_long_unbulleted_last_line_is_a_paragraph_cut_short(last: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, FOOTER, "Harbour council news", last)
    texts = [ln.text for ln in cleaned.body]
    assert ("Harbour council news" in texts) == kept
    if not last.startswith("-"):
        assert (last in texts) == kept


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # SECTION_OF_DATE: a section's page of a day heads the article: a date line, no title
        ("Regional News of Sunday, 23 August 2020", "2020-08-23"),
        ("Business News of Monday, 5 May 2021", "2021-05-05"),
        # a headline naming a day, with more words after the date: no date line
        ("The Battle of Monday, 5 May 2021 was won", None),
    ],
)
def test_a_sections_page_of_a_day_is_a_date_line(line: str, date: str | None) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert meta.date.value == date
    assert cleaned.title is not None and cleaned.title.text == HEADLINE
    assert (line in [ln.text for ln in cleaned.lines if ln.role == "dateline"]) == (date is not None)


AREAS = ("Northport", "Eastern part of the Example Islands", "SIGNAL #2", "Harbour Valley", "Westfield", "Old Mill")
AREAS_MORE = ("Southbay", "Lakeside", "Upper Ridge", "Greenhill")


@pytest.mark.parametrize(
    ("lead_in", "kept"),
    [
        # LIST_TO_ITS_SENTENCE: the sentence announces the list: every item is the article's, up to the next sentence
        ("The weather bureau has raised wind signals over the following areas:", True),
        # no sentence announces them: a menu of short lines, and the first items, printed again below, its contents
        ("The weather bureau has raised wind signals over the north.", False),
    ],
)
def test_a_list_a_sentence_announces_is_kept_whole(lead_in: str, kept: bool) -> None:
    closing = "Northport and Westfield – including work in government offices until Friday."
    cleaned, _ = build(HEADLINE, *BODY[:2], lead_in, *AREAS, *AREAS_MORE, BODY[2], closing)
    texts = [ln.text for ln in cleaned.body]
    assert all(item in texts for item in AREAS + AREAS_MORE) == kept
    assert lead_in in texts and BODY[2] in texts
