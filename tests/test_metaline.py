"""Metadata lines split into parts (archive.metaline), and the credit and dateline run into a first paragraph.

Every line here is invented, of the shapes real pages print."""

from __future__ import annotations

import datetime as dt

import pytest

from archive import metaline as ml
from archive.clean import clean
from archive.extract import from_text
from archive.metaline import Lead, parse_lead, parse_meta_line
from archive.model import BYLINE, DATELINE, PARAGRAPH, CleanArticle, DateValue, Line, Metadata, RawArticle
from archive.problems import Problems
from archive.registry import Registry, parse_registry
from tests.support import ROOT


def day(iso: str) -> DateValue:
    return DateValue(iso, "day")


def kinds(text: str) -> list[str]:
    meta = parse_meta_line(text)
    assert meta is not None, text
    return [part.kind for part in meta.parts]


# --- class 1: a line of several parts is read part by part ---------------------------------------------------------


def test_source_published_and_updated_on_one_line() -> None:
    meta = parse_meta_line("Source: Examplefax  Published: 2021/3/14 09:12:40  Last Updated: 2021/3/14 11:02:05")
    assert meta is not None
    assert meta.source == "Examplefax"
    assert meta.published == day("2021-03-14")
    assert meta.updated == day("2021-03-14")
    assert meta.names == ()
    assert kinds("Source: Examplefax  Published: 2021/3/14 09:12:40") == [ml.SOURCE, ml.LABEL, ml.DATE, ml.TIME_PART]


def test_source_of_two_words_ends_at_a_separator() -> None:
    meta = parse_meta_line("Source: Example Daily | 2019/6/19 19:12:53")
    assert meta is not None
    assert (meta.source, meta.published) == ("Example Daily", day("2019-06-19"))


def test_name_with_handle_relative_time_and_date() -> None:
    meta = parse_meta_line("Mira Ostrova (@mostrova) 2 hours ago Tue 9th May 2017 | 10:45 AM")
    assert meta is not None
    assert meta.names == ("Mira Ostrova",)
    assert meta.published == day("2017-05-09")
    assert kinds("Mira Ostrova (@mostrova) 2 hours ago") == [ml.NAME, ml.HANDLE, ml.RELATIVE]


def test_wire_date_and_reading_time() -> None:
    meta = parse_meta_line("AFP March 3, 2019 3 min read")
    assert meta is not None
    assert (meta.wire, meta.published, meta.names) == ("AFP", day("2019-03-03"), ())
    assert kinds("AFP March 3, 2019 3 min read") == [ml.WIRE, ml.DATE, ml.READING]


def test_a_name_without_a_credit_is_not_a_person() -> None:
    # "Desk Politics" beside a date: capitalised words, but nothing says they are a person (no By, handle or wire).
    meta = parse_meta_line("Desk Politics November 29, 2016 12:51:34 IST")
    assert meta is not None
    assert (meta.names, meta.published) == ((), day("2016-11-29"))


def test_wire_trailer_names_the_reporter_not_the_editors() -> None:
    meta = parse_meta_line("(Reporting by Jane Doe in Kyiv; Additional reporting by John Roe; Editing by Max Moe)")
    assert meta is not None
    assert meta.names == ("Jane Doe",)
    meta = parse_meta_line("Reporting by Jane Doe and Amy Sample; Editing by Max Moe")
    assert meta is not None
    assert meta.names == ("Jane Doe", "Amy Sample")


def test_by_with_colon_and_names_in_capitals() -> None:
    assert parse_meta_line("By:Pjotr Example").names == ("Pjotr Example",)  # type: ignore[union-attr]
    assert parse_meta_line("BY PJOTR EXAMPLE").names == ("PJOTR EXAMPLE",)  # type: ignore[union-attr]
    assert parse_meta_line("Jane Doe, Reuters").names == ("Jane Doe",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Putin said on 5 May 2017 that talks would go on.",  # a sentence: "said", "that" are no metadata parts
        "Xi Jinping Meets Vladimir Putin In Moscow On 5 May 2017",  # a headline: too many unexplained words
        "Grain deal signed May 5, 2019",
        "Tonight, Tuesday 16th January, the league resumes at the park.",
        "Nitin Example WhatsApp Channel",  # capitalised words and nothing that proves a credit or a date
        "Reuters |",  # a wire alone: a credit line (archive.byline), but no metadata parts to read here
        "Opinion Editorial Wed, 25 Nov 2015 20:42:51 +0000 Staff 1116064 at Guest editorial",
        "",
    ],
)
def test_lines_that_are_not_metadata_lines(text: str) -> None:
    assert parse_meta_line(text) is None


def test_a_long_line_is_never_a_metadata_line() -> None:
    assert parse_meta_line("Published: 5 July 2017 " + "| 10:00 " * 40) is None  # over MAX_META_CHARS


# --- class 2: two dates on a line; impossible dates ----------------------------------------------------------------


def test_publication_preferred_to_an_update_written_first() -> None:
    meta = parse_meta_line("Updated: 10:00 GMT, Mar 12, 2015 | Published: 14:20 GMT, Mar 9, 2015")
    assert meta is not None
    assert (meta.published, meta.updated) == (day("2015-03-09"), day("2015-03-12"))


def test_the_unix_epoch_is_refused() -> None:
    meta = parse_meta_line("Updated: 00:00 GMT, Jan 1, 1970 | Published: 14:20 GMT, Mar 9, 2015")
    assert meta is not None
    assert (meta.published, meta.updated) == (day("2015-03-09"), None)
    assert meta.rejected == ("Jan 1, 1970: the Unix epoch (an empty date field)",)
    # without the trigger: 2 January 1970 is a date like any other
    assert parse_meta_line("Published: Jan 2, 1970").published == day("1970-01-02")  # type: ignore[union-attr]


def test_a_date_after_the_fixed_horizon_is_refused() -> None:
    after = ml.LATEST_PLAUSIBLE_DATE + dt.timedelta(days=1)
    meta = parse_meta_line(f"Published: {after.isoformat()}")
    assert meta is not None
    assert meta.published is None
    assert meta.rejected == (f"{after.isoformat()}: after {ml.LATEST_PLAUSIBLE_DATE.isoformat()}",)
    same = ml.LATEST_PLAUSIBLE_DATE.isoformat()
    assert parse_meta_line(f"Published: {same}").published == day(same)  # type: ignore[union-attr]


def test_an_update_before_publication_is_dropped() -> None:
    meta = parse_meta_line("Published: 9 March 2015 | Updated: 1 March 2015")
    assert meta is not None
    assert (meta.published, meta.updated) == (day("2015-03-09"), None)
    assert meta.rejected == ("updated 2015-03-01 before published 2015-03-09",)
    meta = parse_meta_line("Published: 9 March 2015 | Updated: 10 March 2015")
    assert meta is not None
    assert (meta.updated, meta.rejected) == (day("2015-03-10"), ())


def test_an_ambiguous_date_is_refused_not_guessed() -> None:
    meta = parse_meta_line("Published: 05/07/2017 10:00")
    assert meta is not None
    assert meta.published is None
    assert meta.rejected == ("05/07/2017: ambiguous or not a real date",)


# --- class 3: date shapes --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sept. 9, 2015 / 4:20 PM", "2015-09-09"),
        ("Tue Mar 5, 2019 08:00 PM", "2019-03-05"),
        ("Posted on: 2017-04-02T09:15:00+03:00", "2017-04-02"),
        ("2019/6/6 13:35:15", "2019-06-06"),
        ("Thu 19th March 2020", "2020-03-19"),
        ("Published on: Saturday, October 02, 2021, 02:43 AM IST", "2021-10-02"),
        ("Example Wire | Kyiv | Posted: 21-03-2023 00:34 IST", "2023-03-21"),
        ("1/31/2007 |", "2007-01-31"),
    ],
)
def test_date_shapes(text: str, iso: str) -> None:
    meta = parse_meta_line(text)
    assert meta is not None
    assert meta.published == day(iso)


def test_last_update_on_is_an_update() -> None:
    meta = parse_meta_line("Last update on: 12 May 2021 - 08:10")
    assert meta is not None
    assert (meta.published, meta.updated) == (None, day("2021-05-12"))


# --- the credit and dateline run into a first paragraph -------------------------------------------------------------


def test_byline_run_into_the_first_paragraph() -> None:
    text = "By Ivan Example MOSCOW (AFP) - The talks went on."
    lead = parse_lead(text)
    assert lead == Lead("Ivan Example", "MOSCOW", None, None, "AFP", 31)
    assert text[lead.end :] == "The talks went on."


@pytest.mark.parametrize(
    ("text", "month_day", "wire"),
    [
        ("BEIJING, Oct. 4 (Reuters) - Exports rose in September.", "--10-04", "Reuters"),
        ("MOSCOW, June 8. /TASS/. The two sides signed a deal.", "--06-08", "TASS"),
        ("NEW DELHI, Feb. 29 (IANS) - The talks ended.", "--02-29", "IANS"),
    ],
)
def test_datelines_without_a_year_keep_month_and_day(text: str, month_day: str, wire: str) -> None:
    lead = parse_lead(text)
    assert lead is not None
    assert (lead.date, lead.month_day, lead.wire) == (None, month_day, wire)


def test_a_dateline_with_a_year_is_a_full_date() -> None:
    lead = parse_lead("ALGIERS, Algeria, April 3, 2014/Example Press Wire (EPW)/ — The minister spoke.")
    assert lead is not None
    assert (lead.place, lead.date, lead.month_day) == ("ALGIERS", day("2014-04-03"), None)


@pytest.mark.parametrize(
    "text",
    [
        "Tonight, Tuesday 16th January, the league resumes.",  # no place in capitals
        "MOSCOW, June 31 (Reuters) - A date that does not exist.",  # 31 June
        "The Kremlin said on Monday, June 8, that talks went on.",
        "By comparison, MOSCOW (AFP) reported less.",  # "By comparison" is no name
        "UDUPI: A minister spoke to reporters here.",  # a place alone: no date, no name, no wire
        "NATO said the talks ended.",
    ],
)
def test_paragraphs_that_open_otherwise(text: str) -> None:
    assert parse_lead(text) is None


# --- in the cleaning and the metadata stage -------------------------------------------------------------------------

REGISTRY = Registry(())
BODY = (
    "The committee met on Monday to review the grain corridor and the rail freight plan for next year.",
    "A second paragraph says more about the talks and the trade that both sides expect to grow.",
)


def build(*head: str, body: tuple[str, ...] = BODY) -> tuple[CleanArticle, Metadata]:
    lines = ("Grain talks resume in the capital city", *head, *body)
    cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
    return cleaned, from_text(cleaned, REGISTRY)


def role_of(cleaned: CleanArticle, number: int) -> str:
    return next((line.role for line in cleaned.lines if line.number == number), "dropped")


def test_a_metadata_line_leaves_the_body_and_dates_the_page() -> None:
    cleaned, meta = build("Source: Example Wire  Published: 2021/3/14 09:12:40  Last Updated: 2021/3/15 11:02:05")
    assert role_of(cleaned, 2) == BYLINE
    assert meta.date.value == "2021-03-14"
    assert (meta.date.provenance.line, meta.date.get("precision")) == (2, "day")
    assert meta.author.value is None
    # without the trigger: a sentence with a date in it stays in the body and dates nothing
    cleaned, meta = build("Officials said on 14 March 2021 that the grain corridor would reopen within weeks of talks.")
    assert role_of(cleaned, 2) == PARAGRAPH
    assert meta.date.value is None


def test_a_credit_with_handle_gives_author_and_date() -> None:
    cleaned, meta = build("Mira Ostrova (@mostrova) 2 hours ago Tue 9th May 2017 | 10:45 AM")
    assert role_of(cleaned, 2) == BYLINE
    assert (meta.author.value, meta.date.value) == ("Mira Ostrova", "2017-05-09")


def test_publication_wins_over_an_update_on_an_earlier_line() -> None:
    _, meta = build("Updated: 12 March 2015 10:00", "Published: 9 March 2015 14:20")
    assert (meta.date.value, meta.date.provenance.line) == ("2015-03-09", 3)
    # without a publication date the update is all there is
    _, meta = build("Updated: 12 March 2015 10:00")
    assert meta.date.value == "2015-03-12"


def test_the_epoch_never_dates_a_page() -> None:
    _, meta = build("Updated: 00:00 GMT, Jan 1, 1970 | Published: 14:20 GMT, Mar 9, 2015")
    assert meta.date.value == "2015-03-09"
    _, meta = build("Jan 1, 1970 00:00")
    assert meta.date.value is None


def test_a_dateline_shaped_like_a_breadcrumb_is_kept_with_a_role() -> None:
    cleaned, meta = build("Example Wire | Kyiv | Posted: 21-03-2023 00:34 IST")
    assert role_of(cleaned, 2) == DATELINE  # "Example Wire" is no wire the archive knows: words beside a date
    assert meta.date.value == "2023-03-21"
    # without the trigger (no date, no author) the breadcrumb rule still drops it
    cleaned, _ = build("News | World | Asia")
    assert role_of(cleaned, 2) == "dropped"


def test_byline_run_into_the_first_paragraph_keeps_every_word() -> None:
    first = "By Ivan Example MOSCOW (AFP) - The committee met on Monday to review the grain corridor and rail freight."
    cleaned, meta = build(body=(first, BODY[1]))
    assert next(line for line in cleaned.lines if line.number == 2) == Line(2, PARAGRAPH, first)
    assert meta.author.value == "Ivan Example"
    assert meta.author.provenance.evidence == "By Ivan Example MOSCOW (AFP) -"


def test_a_dateline_without_a_year_is_recorded_as_month_and_day() -> None:
    first = "MOSCOW, June 8. /TASS/. The committee met on Monday to review the grain corridor and the rail freight plan."
    _, meta = build(body=(first, BODY[1]))
    assert meta.date.value is None  # no year stated: unknown, for a contributor
    assert (meta.date.get("precision"), meta.date.get("partial")) == ("month-day", "--06-08")
    assert meta.date.provenance.evidence == "MOSCOW, June 8. /TASS/."
    # an update that agrees with the dateline's month and day gives the year; one that doesn't, doesn't
    _, meta = build("Updated: 8 June 2023 18:00", body=(first, BODY[1]))
    assert (meta.date.value, meta.date.get("precision")) == ("2023-06-08", "day")
    _, meta = build("Updated: 9 June 2023 18:00", body=(first, BODY[1]))
    assert (meta.date.value, meta.date.get("partial")) == (None, "--06-08")


# --- rules found on real pages, each with and without its trigger --------------------------------------------------


def test_a_label_must_label_a_date() -> None:
    # "Written" before "Speech by ...": a headline, not a label; "Written by" is a credit.
    assert parse_meta_line("Written Speech by President Pjotr Example at Example Airport") is None
    assert parse_meta_line("Written by Ana Example").names == ("Ana Example",)  # type: ignore[union-attr]
    assert parse_meta_line("Posted: Ana Example") is None
    assert parse_meta_line("Posted: 5 May 2019").published == day("2019-05-05")  # type: ignore[union-attr]


def test_at_and_on_stand_beside_a_date_or_time() -> None:
    assert parse_meta_line("Dec 10, 2023, at 02:44 am").published == day("2023-12-10")  # type: ignore[union-attr]
    assert parse_meta_line("Jane Doe, Reuters at Example Airport") is None


def test_a_site_address_credits_the_names_before_it() -> None:
    meta = parse_meta_line("By Fu Example and Li Sample in Copenhagen and Li Other in Beijing (example.com.cn)")
    assert meta is not None
    assert (meta.names, meta.site) == (("Fu Example", "Li Sample", "Li Other"), "example.com.cn")
    meta = parse_meta_line("Jane Doe (example.com)")
    assert meta is not None
    assert meta.names == ("Jane Doe",)


def test_page_controls_beside_a_name_make_it_an_author_block() -> None:
    assert parse_meta_line("Brian Example - Print  | ").names == ("Brian Example",)  # type: ignore[union-attr]
    assert parse_meta_line("Brian Example") is None  # a name alone proves nothing here (see archive.byline)


def test_lead_with_a_labelled_date_before_the_place() -> None:
    lead = parse_lead("Updated: 2008-10-28 23:12 MOSCOW -- The premiers met on Tuesday.")
    assert lead is not None
    assert (lead.date, lead.label, lead.place) == (day("2008-10-28"), "updated", "MOSCOW")
    assert parse_lead("Updated: 2008-10-28 23:12 The premiers met on Tuesday.") is None  # no dateline after the date


def test_lead_with_credit_and_date_in_brackets() -> None:
    text = "MOSCOW (Example News / Example Wire - 27th March, 2019) The next meeting is in September."
    lead = parse_lead(text)
    assert lead is not None
    assert (lead.date, lead.wire) == (day("2019-03-27"), "Example News / Example Wire")
    assert text[lead.end :] == "The next meeting is in September."
    assert parse_lead("MOSCOW (Example Wire) The next meeting is in September.") is None  # no date, no dash


def test_an_update_in_a_lead_dates_a_page_that_states_nothing_else() -> None:
    first = "Updated: 2008-10-28 23:12 MOSCOW -- The committee met on Monday to review the grain corridor and rail freight."
    _, meta = build(body=(first, BODY[1]))
    assert (meta.date.value, meta.date.provenance.line) == ("2008-10-28", 2)
    _, meta = build("Published: 27 October 2008", body=(first, BODY[1]))
    assert meta.date.value == "2008-10-27"


def test_a_name_before_a_date_label_is_the_author() -> None:
    meta = parse_meta_line("Jane Doe Published 2:20 PM ET Mon, 9 March 2015")
    assert meta is not None
    assert (meta.names, meta.published) == (("Jane Doe",), day("2015-03-09"))
    meta = parse_meta_line("Jane Doe March 9, 2015")  # without the label: words beside a date, no credit
    assert meta is not None
    assert (meta.names, meta.published) == ((), day("2015-03-09"))


def test_a_label_may_label_a_relative_time_and_at_signs_stand_for_at() -> None:
    assert parse_meta_line("Updated 2 hours ago | March 9, 2015").published == day("2015-03-09")  # type: ignore[union-attr]
    assert parse_meta_line("Updated: March 9, 2015 @ 2:20 pm").updated == day("2015-03-09")  # type: ignore[union-attr]


def test_an_editor_label_credits_an_editor_not_an_author() -> None:
    meta = parse_meta_line("Source: Example Wire| 2019-06-05 10:58:05|Editor: Jane Doe")
    assert meta is not None
    assert (meta.source, meta.published, meta.names) == ("Example Wire", day("2019-06-05"), ())
    assert [p.kind for p in meta.parts][-2:] == [ml.EDITOR_BY, ml.NAME]


def test_a_long_wire_trailer_is_a_credit_and_names_the_reporters() -> None:
    trailer = (
        "(Reporting by Jane Doe in Kyiv and John Roe in Warsaw; Additional reporting by Max Moe in London and "
        "Amy Sample in Paris; Editing by Pjotr Example and Ana Example)"
    )
    cleaned, meta = build(body=(*BODY, trailer))
    assert role_of(cleaned, 4) == BYLINE
    assert meta.author.value == "Jane Doe and John Roe"
    # without the trigger: a long sentence of names is a paragraph
    sentence = "Jane Doe in Kyiv and John Roe in Warsaw said that the talks would go on for another week at least."
    cleaned, meta = build(body=(*BODY, sentence))
    assert role_of(cleaned, 4) == PARAGRAPH
    assert meta.author.value is None


def test_a_masthead_date_that_disagrees_with_the_dateline_is_not_the_articles() -> None:
    first = "MOSCOW, Oct. 23 (Example Wire) -- The committee met on Thursday to review the grain corridor and rail freight."
    lines = ("Saturday, 24 October 2020", "Grain talks resume in the capital city", first, BODY[1])
    cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
    meta = from_text(cleaned, REGISTRY)
    assert (meta.date.value, meta.date.get("partial")) == (None, "--10-23")
    # without the trigger: the same date line when it agrees with the dateline, or labelled, or below the headline
    for head, iso in (
        (("Friday, 23 October 2020", "Grain talks resume in the capital city"), "2020-10-23"),
        (("Published: Saturday, 24 October 2020", "Grain talks resume in the capital city"), "2020-10-24"),
        (("Grain talks resume in the capital city", "Saturday, 24 October 2020"), "2020-10-24"),
    ):
        cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, (*head, first, BODY[1])))
        assert from_text(cleaned, REGISTRY).date.value == iso, head


def test_a_name_alone_beside_a_credit_line_is_a_byline_but_the_credit_names_the_author() -> None:
    cleaned, meta = build("Geri Example", "By Geri Example", "Updated May 17, 2024")
    assert [role_of(cleaned, n) for n in (2, 3, 4)] == [BYLINE, BYLINE, DATELINE]
    assert (meta.author.value, meta.author.provenance.line) == ("Geri Example", 3)
    # the credit line wins over a name alone above it (a kicker naming a leader, say)
    cleaned, meta = build("Pjotr Example", "By Geri Example")
    assert (meta.author.value, meta.author.provenance.line) == ("Geri Example", 3)
    # without a credit beside it, a name alone stays in the text (right under the headline it is the author's:
    # NAME_UNDER_HEADLINE, tests/test_meta_unseen.py)
    # (the paragraphs after it are not BODY[0] again: a paragraph printed twice around the name is a teaser above the
    # lead, TEASER_ABOVE_THE_LEAD, and the name between them the byline)
    cleaned, meta = build(BODY[0], "Geri Example", body=BODY[1:])
    assert role_of(cleaned, 3) != BYLINE
    assert meta.author.value is None


def test_words_in_a_script_without_capitals_are_furniture_never_a_person() -> None:
    meta = parse_meta_line("By उदाहरण समाचार सेवा | Mar 10, 2019")  # "By <a desk in Devanagari> | date"
    assert meta is not None
    assert (meta.names, meta.published) == ((), day("2019-03-10"))
    assert parse_meta_line("उदाहरण समाचार सेवा नई दिल्ली | Mar 10, 2019") is None  # more than MAX_UNKNOWN_WORDS


def test_label_with_a_space_before_its_colon() -> None:
    assert parse_meta_line("Published at :November 8, 2019 at 3:38 AM").published == day("2019-11-08")  # type: ignore[union-attr]
    assert parse_meta_line("Modified at :December 13, 2023 at 1:01 PM").updated == day("2023-12-13")  # type: ignore[union-attr]


def test_a_role_after_a_name_credits_it() -> None:
    meta = parse_meta_line("By JANE DOE Staff Writer")
    assert meta is not None
    assert [p.kind for p in meta.parts] == [ml.BY, ml.NAME, ml.DESK]
    assert parse_meta_line("Jane Doe Reporter").names == ("Jane Doe",)  # type: ignore[union-attr]


def test_a_name_with_unexplained_furniture_before_the_label_is_not_credited() -> None:
    # "Jane Doe | TNN | Updated: ...": a word the tokenizer can't name stands between the name and the label; a
    # headline printed with its outlet ("Trade Talks | TNN | Updated: ...") has the same shape, so neither is read.
    meta = parse_meta_line("Jane Doe | TNN | Updated: Mar 9, 2015, 14:20 IST")
    assert meta is not None
    assert (meta.names, meta.updated) == ((), day("2015-03-09"))


def test_a_name_ending_a_sentence_before_a_wire_is_a_caption() -> None:
    assert parse_meta_line("President Pjotr Example. Reuters") is None  # no credit: nothing on it is metadata
    assert parse_meta_line("Jane Q. Doe, Reuters").names == ("Jane Q. Doe",)  # type: ignore[union-attr]


def test_photo_credits_are_no_authors_and_a_story_credit_is_rescued_from_the_caption_rules() -> None:
    cleaned, meta = build("Story by Jane Doe • Photos by John Roe")
    assert role_of(cleaned, 2) == BYLINE
    assert meta.author.value == "Jane Doe"
    cleaned, meta = build("Photos by John Roe")  # a photo credit alone stays dropped
    assert role_of(cleaned, 2) == "dropped"
    assert meta.author.value is None


def test_leaders_named_without_by_are_subjects_not_authors() -> None:
    registry = parse_registry("registry.yml", (ROOT / "registry.yml").read_text("utf-8"), Problems())
    for line, author in (
        ("Xi Jinping and Vladimir Putin", None),
        ("Xi Jinping, Reuters", None),
        ("By Vladimir Putin", "Vladimir Putin"),  # a leader's own signed article
        ("Pjotr Example and Amy Sample", "Pjotr Example and Amy Sample"),
    ):
        lines = ("Grain talks resume in the capital city", line, *BODY)
        cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
        assert from_text(cleaned, registry).author.value == author, line


def test_an_ambiguous_numeric_date_is_read_in_the_order_the_page_shows() -> None:
    head = "Published: 05/07/2017 10:00"
    _, meta = build(head)
    assert meta.date.value is None  # 5 July or May 7: nothing on the page says which
    _, meta = build(head, body=(*BODY, "Related: Grain deal signed 25/06/2016"))
    assert meta.date.value == "2017-07-05"  # the page writes day first
    _, meta = build(head, body=(*BODY, "Related: Grain deal signed 06/25/2016"))
    assert meta.date.value == "2017-05-07"  # the page writes month first
    both = "The first deal was signed on 25/06/2016 in Kyiv, and a second one on 06/25/2016 in Warsaw, officials said."
    _, meta = build(head, body=(*BODY, both))
    assert meta.date.value is None  # both orders on the page: still refused
    assert ml.numeric_order(["25.06.2016 and 05/07/2017"], "/") is None  # another separator says nothing


def test_bare_dates_below_the_article_are_other_stories() -> None:
    _, meta = build(body=(*BODY, "Kyiv 25 June 2016", "Warsaw 24 June 2016"))  # a list of dated stories
    assert meta.date.value is None
    _, meta = build(body=(*BODY, "Kyiv 25 June 2016"))  # one date at the end: the article's (a press release's)
    assert meta.date.value == "2016-06-25"
    _, meta = build(body=(*BODY, "Published on: Saturday, October 02, 2021, 02:43 AM IST"))
    assert meta.date.value == "2021-10-02"  # labelled: the article's own trailer
    _, meta = build("Kyiv 25 June 2016")  # the same line above the article dates it
    assert meta.date.value == "2016-06-25"


def test_a_user_name_in_lower_case_is_a_login_not_a_person() -> None:
    meta = parse_meta_line("Posted on June 5, 2019 by admin")
    assert meta is not None
    assert (meta.published, meta.names) == (day("2019-06-05"), ())
    meta = parse_meta_line("Source: Example Wire| 2019-06-05 10:58:05|Editor: huaxia")
    assert meta is not None
    assert meta.published == day("2019-06-05")
    assert parse_meta_line("by the way 5 June 2019") is None  # a second lower-case word is no login


def test_an_update_time_after_the_date() -> None:
    meta = parse_meta_line("Jun 5, 2019 | Updated 10:58 IST")
    assert meta is not None
    assert (meta.published, meta.updated) == (day("2019-06-05"), None)
    assert parse_meta_line("Updated 10:58") is None  # a time alone dates nothing


def test_lead_with_a_country_after_the_place() -> None:
    lead = parse_lead("KYIV, Examplia (AP) — Officials said.")
    assert lead is not None
    assert (lead.place, lead.wire, lead.date, lead.month_day) == ("KYIV", "AP", None, None)


# --- issue 17, part metadata2: shapes from unseen sites, each with and without its trigger ---------------------------


def test_month_day_part_a_dateline_line_without_a_year() -> None:
    meta = parse_meta_line("Harbour City, May 20")
    assert meta is not None
    assert (meta.month_day, meta.published) == ("--05-20", None)
    meta = parse_meta_line("June 02, 12:01 UTC+3 HARBOUR CITY")
    assert meta is not None
    assert (meta.month_day, [p.kind for p in meta.parts]) == ("--06-02", [ml.MONTH_DAY, ml.TIME_PART, ml.NAME])
    # a full date on the line wins: the month-day is only for lines without one
    meta = parse_meta_line("May 20 | Published: 21 May 2019")
    assert meta is not None
    assert (meta.month_day, meta.published) == (None, day("2019-05-21"))
    # without the trigger: an impossible day, or a month-day inside a sentence
    assert parse_meta_line("Harbour City, Feb 30") is None
    assert parse_meta_line("The council meets on May 20 to vote") is None


def test_month_day_line_dates_the_page_as_month_and_day() -> None:
    cleaned, meta = build("Harbour City, May 20")
    assert role_of(cleaned, 2) == DATELINE
    assert (meta.date.value, meta.date.get("precision"), meta.date.get("partial")) == (None, "month-day", "--05-20")
    assert meta.date.provenance.evidence == "Harbour City, May 20"
    # a full date elsewhere on the page wins over it
    _, meta = build("Harbour City, May 20", "Published: 20 May 2019")
    assert (meta.date.value, meta.date.get("precision")) == ("2019-05-20", "day")
    # without the trigger: no date at all
    _, meta = build("Harbour City")
    assert (meta.date.value, meta.date.get("partial")) == (None, "")


def test_title_case_dateline_needs_its_date_and_its_agency() -> None:
    lead = parse_lead("Harbour City [Examplia], September 16 (ANI): The committee met on Friday.")
    assert lead is not None
    assert (lead.place, lead.month_day, lead.wire, lead.date) == ("Harbour City", "--09-16", "ANI", None)
    assert lead.end == len("Harbour City [Examplia], September 16 (ANI): ")
    # without one of the two, a sentence opening with capitalised words is no dateline
    assert parse_lead("Harbour City, September 16 - The committee met on Friday.") is None
    assert parse_lead("Harbour City (ANI): The committee met on Friday.") is None
    assert parse_lead("Harbour City is where the committee met on Friday - officials said.") is None


def test_lead_dateline_deeper_gives_the_date_not_the_author() -> None:
    bullets = tuple(f"• Point number {n} of the summary of the story" for n in range(1, 6))
    first = "HARBOUR CITY, Sept 28 (Reuters) – Drivers queued for hours on Tuesday as stations ran dry across the city."
    _, meta = build(body=(*bullets, first, BODY[1]))
    assert (meta.date.get("partial"), meta.date.provenance.line) == ("--09-28", 7)
    # a "By" that deep is not the page's author
    deep = "By Ivan Example HARBOUR CITY (AFP) - Drivers queued for hours on Tuesday as stations ran dry in the city."
    _, meta = build(body=(*bullets, deep, BODY[1]))
    assert meta.author.value is None
    # at the top it is
    _, meta = build(body=(deep, BODY[1]))
    assert meta.author.value == "Ivan Example"
    # without the trigger (no dateline anywhere) the page has no date
    _, meta = build(body=(*bullets, BODY[0], BODY[1]))
    assert (meta.date.value, meta.date.get("partial")) == (None, "")


def test_a_foreign_weekday_and_month_make_a_dateline() -> None:
    cleaned, meta = build("Selasa, 31 Agustus 2021")
    assert role_of(cleaned, 2) == DATELINE
    assert (meta.date.value, meta.date.get("precision")) == ("2021-08-31", "day")
    # without the trigger: the weekday alone dates nothing
    _, meta = build("Selasa")
    assert meta.date.value is None


@pytest.mark.parametrize(
    ("text", "date", "month_day", "wire"),
    [
        ("HARBOUR CITY, 12 March 2021 (AFP) - The committee met.", day("2021-03-12"), None, "AFP"),
        ("HARBOUR CITY, 12 March (AFP) - The committee met.", None, "--03-12", "AFP"),
        ("HARBOUR CITY, 2021-03-12 - The committee met.", day("2021-03-12"), None, None),
    ],
)
def test_lead_date_any_order(text: str, date: DateValue | None, month_day: str | None, wire: str | None) -> None:
    lead = parse_lead(text)
    assert lead is not None
    assert (lead.place, lead.date, lead.month_day, lead.wire) == ("HARBOUR CITY", date, month_day, wire)


def test_lead_date_any_order_without_a_date_is_no_lead() -> None:
    assert parse_lead("HARBOUR CITY, 12 ships (AFP) - The committee met.") is None
    assert parse_lead("HARBOUR CITY, 31 February 2021 - The committee met.") is None


def test_title_case_dateline_with_a_full_date_needs_no_agency() -> None:
    lead = parse_lead("Harbour City, March 12, 2021: The committee met on Monday.")
    assert lead is not None
    assert (lead.place, lead.date, lead.wire) == ("Harbour City", day("2021-03-12"), None)
    # without the trigger (a month-day only, and no agency) it is a sentence's opening
    assert parse_lead("Harbour City, March 12: The committee met on Monday.") is None


def test_signature_line_under_the_article_is_its_author() -> None:
    for dash in ("–", "—", "-"):
        _, meta = build(body=(*BODY, f"{dash} Mira Ostrova"))
        assert (meta.author.value, meta.author.provenance.line) == ("Mira Ostrova", 4), dash
    # a name without its dash signs too (SIGNATURE_AT_END, archive.clean: nobody the article names)
    _, meta = build(body=(*BODY, "Mira Ostrova"))
    assert meta.author.value == "Mira Ostrova"
    # without the trigger: a name, with or without its dash, under a quotation (its speaker), a dash and words
    for signed in ("— Mira Ostrova", "Mira Ostrova"):
        _, meta = build(body=(BODY[0], "“We expect the trade to grow,” the chairman told the meeting.”", signed))
        assert meta.author.value is None
    _, meta = build(body=(*BODY, "– more to follow"))
    assert meta.author.value is None


def test_editors_are_not_authors_even_with_a_handle() -> None:
    meta = parse_meta_line("Edited By: Mira Ostrova @mostrova Harbour City Published : Feb 04, 2026 20:43 IST")
    assert meta is not None
    assert (meta.names, meta.published) == ((), day("2026-02-04"))
    # without the trigger: the same name with its handle and no editor's label is the author
    meta = parse_meta_line("Mira Ostrova @mostrova Published : Feb 04, 2026 20:43 IST")
    assert meta is not None
    assert meta.names == ("Mira Ostrova",)
    # a "By" after an editor's credit credits again
    meta = parse_meta_line("Edited by Paul Example | By Mira Ostrova | Feb 04, 2026")
    assert meta is not None
    assert meta.names == ("Mira Ostrova",)


def test_section_between_bars() -> None:
    meta = parse_meta_line("Posted by Mira Ostrova | Jun 15, 2021 | News")
    assert meta is not None
    assert (meta.names, meta.published) == (("Mira Ostrova",), day("2021-06-15"))
    # without the bars the word is no furniture: the line is not a metadata line
    assert parse_meta_line("Posted by Mira Ostrova Jun 15, 2021 News") is None


def test_comment_controls_after_a_credit() -> None:
    meta = parse_meta_line("March 9, 2015 By Mira Ostrova Leave a Comment")
    assert meta is not None
    assert (meta.names, meta.published) == (("Mira Ostrova",), day("2015-03-09"))
    meta = parse_meta_line("March 9, 2015 By Mira Ostrova 12 Comments")
    assert meta is not None
    assert meta.names == ("Mira Ostrova",)
    # without the trigger: other lower-case words after the name
    assert parse_meta_line("March 9, 2015 By Mira Ostrova leaves the paper") is None


def test_place_not_person_beside_a_dateline() -> None:
    cleaned, meta = build("New Delhi", "01 March 2020")
    assert [role_of(cleaned, n) for n in (2, 3)] == [DATELINE, DATELINE]
    assert (meta.author.value, meta.date.value) == (None, "2020-03-01")
    # without the trigger: a person's name in the same place is the author
    cleaned, meta = build("Mira Ostrova", "01 March 2020")
    assert role_of(cleaned, 2) == BYLINE
    assert meta.author.value == "Mira Ostrova"


def test_wrapped_sentence_end_is_no_dateline() -> None:
    body = (
        "The committee met to review the grain corridor after an accident recorded in the area on",
        "Monday 24th May, 2021.",
        BODY[1],
    )
    cleaned, meta = build(body=body)
    assert role_of(cleaned, 3) == PARAGRAPH
    assert meta.date.value is None
    # without the trigger: under a finished sentence, the same date line dates the page
    body = (BODY[0], "Monday 24th May, 2021", BODY[1])
    cleaned, meta = build(body=body)
    assert role_of(cleaned, 3) == DATELINE
    assert meta.date.value == "2021-05-24"


def test_agency_then_sentence_ends_a_dated_dateline() -> None:
    lead = parse_lead("HARBOUR CITY, Nov 8 (PTI) The committee met on Monday.")
    assert lead is not None
    assert (lead.month_day, lead.wire, lead.end) == ("--11-08", "PTI", len("HARBOUR CITY, Nov 8 (PTI) "))
    # without a date, an agency in brackets before a sentence is no dateline
    assert parse_lead("HARBOUR CITY (PTI) The committee met on Monday.") is None
    # nor with a lower-case word after the bracket
    assert parse_lead("HARBOUR CITY, Nov 8 (PTI) the committee met on Monday.") is None


def test_title_case_dateline_of_a_known_place_needs_no_agency() -> None:
    lead = parse_lead("New Delhi, Nov 8: The committee met on Monday.")
    assert lead is not None
    assert (lead.place, lead.month_day, lead.wire) == ("New Delhi", "--11-08", None)
    # without the trigger: words that are no place's name, in the same shape
    assert parse_lead("Harbour City, Nov 8: The committee met on Monday.") is None
    assert parse_lead("Tuesday, June 8: The committee met on Monday.") is None


def test_a_date_under_a_headline_is_no_wrapped_sentence() -> None:
    cleaned, meta = build("Nov. 8, 2018, 10:30 p.m.")
    assert role_of(cleaned, 2) == DATELINE
    assert meta.date.value == "2018-11-08"
