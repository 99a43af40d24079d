"""Metadata: what the clean text says (with the line that says it), then what a contributor wrote (with its basis).

Layered as in Pelican: unknown by default, then the text, then the sidecar. Nothing is guessed: a value
comes with the text or the basis that gave it, or it is unknown and listed for curation.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from . import sources, stopwords
from .byline import (
    ACADEMIC_TITLE,
    BY_PREFIX,
    QUOTE_ENDS,
    WITH_WIRES_CREDIT,
    _is_name,
    cjk_reporters,
    date_in_credit,
    is_credit,
    is_desk,
    is_names_only,
    is_photo_credit_slash,
    is_place,
    name_with_letters,
    parse_byline,
    without_role_before_name,
)
from .dates import date_within, day_dates_in, opens_with_weekday, parse_date, stamp_date
from .headline import split_headline
from .metaline import (
    BRACKETED_STAMP_LEAD,
    DATE,
    DAY_FIRST_LANGUAGES,
    LABEL,
    LABEL_RE,
    NAME,
    TIME_PART,
    WORDS,
    Lead,
    as_date,
    dates_another_thing,
    implausible,
    month_day_order,
    numeric_order,
    parse_lead,
    parse_meta_line,
    resolve_numeric,
    text_above,
    weekday_order,
    worded_date_order,
)
from .model import (
    BYLINE,
    DATELINE,
    FROM_CONTRIBUTOR,
    FROM_TEXT,
    HEADING,
    PARAGRAPH,
    STANDFIRST,
    TITLE,
    CleanArticle,
    DateValue,
    Field,
    Line,
    Metadata,
    Provenance,
    unknown,
)
from .participation import (
    in_history,
    meeting_in,
    office_mentions,
    opened_as_earlier,
    surname_addressed,
    takes_part_in,
)
from .registry import Mention, Registry
from .rules import (
    BREADCRUMB,
    CAPTION,
    CAPTION_CREDIT,
    CONTRIBUTED_CREDIT,
    COPYRIGHT_FOOTER,
    DATE_STAMP,
    DECK_WITH_ITS_WRITER,
    END_MARKER,
    NAV_LABEL,
    REPEATED_LINE,
    REPORTS_FROM,
    TEASER,
    WRITER_CONTACT_NAMED,
    WRITERS_ARCHIVE_NAME,
    key_of,
)
from .sidecar import Sidecar

# A leader counts as taking part in the article when the text has him act (archive.participation: he meets, hosts,
# talks, signs, is met, addressed, or speaks in a transcript), when he is named in the title, the standfirst or the
# lede (the first paragraphs, where news reports say who met whom), or when he is named in at least this many
# lines of the body; one line naming him in passing ("he looks forward to meeting X again", "greetings to Mr X")
# does not count, however often it names him.
LEADER_MIN_BODY_LINES = 2
LEDE_PARAGRAPHS = 1


def _raw_file(clean: CleanArticle) -> str:
    """The raw file as the repository names it (seeds/<name>), whichever folder this build read."""
    return f"seeds/{clean.raw.name}"


def _snippet(text: str, start: int, width: int = 60) -> str:
    lo = max(0, start - width)
    hi = min(len(text), start + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


# TITLE_PRINTED_PUNCTUATED: the headline printed twice, once bare of its punctuation (a page title or an address's
# words, "US crops unharmed by drought USDA") and once as set ("US crops ‘unharmed by drought’ — USDA"), the two the same
# words: the printing with its quotes and dashes is the headline as the page states it.
def _printed_punctuated(clean: CleanArticle) -> Line | None:
    title = clean.title
    if title is None:
        return None
    key, marks = key_of(title.text), _marks(title.text)
    fuller = [
        d
        for d in clean.dropped
        if d.rule == REPEATED_LINE
        and key_of(d.text) == key
        and _marks(d.text) > marks
        and not any(ch in d.text for ch in MARKUP_SIGNS)
    ]
    if not fuller:
        return None
    # (PRINTED_MOST_AS_IS: the bare printing twice, "... new species in 2016" as page title and headline, and the
    # punctuated once, "... in ‘2016’", a share card's: the page states its headline as it prints it most)
    bare = 1 + sum(1 for d in clean.dropped if d.rule == REPEATED_LINE and d.text.strip() == title.text.strip())
    if bare > sum(1 for d in fuller if d.text.strip() == fuller[0].text.strip()):
        return None
    return Line(fuller[0].number, title.role, fuller[0].text.strip())


MARKUP_SIGNS = "*#_<>[]|"
HEADLINE_MARKS = frozenset("\"'‘’‚“”„«»‹›—–-:;,.?!()")  # (a markup's "**" or "#" is no punctuation of the headline's)


def _marks(text: str) -> int:
    return sum(1 for ch in text if ch in HEADLINE_MARKS)


def _title(clean: CleanArticle, registry: Registry) -> Field:
    """The title line's headline, without a site's name, a source or a timestamp the page title adds (archive.headline)."""
    line = _printed_punctuated(clean) or clean.title
    if line is None:
        return unknown()
    headline = split_headline(line.text, clean.raw.lines, sources.registered_outlet(registry))
    extra = (("rule", ", ".join(headline.rules)),) if headline.rules else ()
    return Field(headline.text, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)), extra)


# Dated lines below the last paragraph, from this many on, are a list of other stories (TAIL_DATES_NEED_LABEL).
TAIL_DATE_LIST = 2
# Wire copy opens its first paragraphs with a credit and dateline ("BEIJING, Oct. 4 (Reuters) - ..."): read in the
# first this many body lines.
LEAD_LINES = 2


# LEAD_DATELINE_DEEPER: furniture a cleaning rule missed (menus, a deck in bullets) can stand above the first
# paragraph; a wire dateline with a date ("LONDON, Sept 28 (Reuters) -") is looked for in up to this many body lines.
# Only its date is read there: a "By" that deep is not taken for the page's author.
LEAD_DATELINE_LINES = 30


# DATE_FIRST_UNDER_THE_DECK: the second body line may open with the date and a dash ("Council approves the budget." /
# "November 19, 2013 - All members of the council voted ..."), the first being the deck (a sentence of at most
# MAX_DECK_WORDS words), when no body line below opens so (a timeline's entries each do; under a paragraph, one entry
# may stand alone).
TIMELINE_LOOKAHEAD = 5
MAX_DECK_WORDS = 12
NUMERIC_DATE_OPENING = re.compile(r"^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")  # ("18-03-23 – ...", a two-digit year's entry)


def _dated_after_the_deck(body: list[Line], at: int, lead: Lead) -> bool:
    if at != 1 or lead.date is None or len(body[0].text.split()) > MAX_DECK_WORDS:
        return False
    below = body[at + 1 : at + 1 + TIMELINE_LOOKAHEAD]
    return not any(NUMERIC_DATE_OPENING.match(line.text) or parse_lead(line.text) is not None for line in below)


ISSUE_LINKS = re.compile(r"上一期|下一期|往期")


def _lead(clean: CleanArticle, deeper: bool = True) -> tuple[Lead, Line] | None:
    """The credit and dateline at the head of one of the first body lines (archive.metaline.parse_lead); with deeper,
    a dated wire dateline further down (LEAD_DATELINE_DEEPER), without its author."""
    body = [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)]
    for at, line in enumerate(body[: LEAD_DATELINE_LINES if deeper else LEAD_LINES]):
        lead = parse_lead(line.text, text_above(clean.raw.lines, line.number))
        if lead is None:
            continue
        stamped = BRACKETED_STAMP_LEAD.match(line.text) is not None  # (a stamp in brackets is no timeline's entry)
        if not lead.place and not lead.wire and at > 0 and not stamped and not _dated_after_the_deck(body, at, lead):
            continue  # DATE_FIRST (archive.metaline) on the first body line only: below it, a timeline's entry
        if at < LEAD_LINES:
            return lead, line
        if lead.date is not None or lead.month_day is not None:
            return replace(lead, name=None), line
    return None


def _date_field(value: DateValue, line: Line, clean: CleanArticle) -> Field:
    extra = (("precision", value.precision), ("kind", "publication"))
    return Field(value.iso, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)), extra)


# LANGUAGE_DATE_ORDER: where the page's own dates do not say the order of "03/04/2013", its language does when every
# country writing it puts the day first (archive.metaline's DAY_FIRST_LANGUAGES); else the date stays unknown.


def _language_order(clean: CleanArticle) -> str | None:
    language = stopwords.page_language([line.text for line in clean.lines if line.role == PARAGRAPH])
    return "dmy" if language in DAY_FIRST_LANGUAGES else None


# MASTHEAD_DATE_ABOVE (in _date): a date line at most this many lines over the headline is the article's.
# (NON_BLANK_REACH: lines of text, not blank ones: a copy that puts a blank line between all its lines is the same page)
HEADLINE_DATE_REACH = 2


def _near_over(line: Line, title: Line, clean: CleanArticle) -> bool:
    """The line stands over the headline, at most HEADLINE_DATE_REACH lines of text above it."""
    between = clean.raw.lines[line.number - 1 : title.number - 1]
    return line.number < title.number and sum(1 for text in between if text.strip()) <= HEADLINE_DATE_REACH


# COMMENTERS_STAMPS: below the article's first paragraph (the comments may be kept as its text), two or more lines,
# each a different name (or handle) and a date ("Jane Roe January 02, 2014 at 04:45 PM", "Rex January 02, 2014 at
# 06:08 PM"), are the readers' comments' stamps: an article has one credit, and its comments are dated after it. None
# of them dates the page.
MIN_COMMENTERS = 2


def _commenters_stamps(clean: CleanArticle, first_paragraph: int) -> set[int]:
    named: dict[int, str] = {}  # line -> the words before its date (a name, or a handle: "GJG", "Rex")
    for line in clean.lines:
        if line.number > first_paragraph and line.role in (DATELINE, BYLINE):
            meta = parse_meta_line(line.text)
            if meta is not None and meta.published and meta.parts and meta.parts[0].kind in (NAME, WORDS):
                named[line.number] = meta.parts[0].text
    return set(named) if len(set(named.values())) >= MIN_COMMENTERS else set()


# (DATED_COPYRIGHT_CREDIT, in _date: the © sign or word before the site's name and the date)
COPYRIGHT_SIGN = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*", re.I)


# SPLIT_DATE_BLOCK: a blog theme's date box, its day, month and year each on a line of its own ("06" / "Juli" / "2015")
# above the article's first paragraph: the three lines read together are the date (unlabelled), where each alone is
# a number or a word the cleaning drops.
SPLIT_DAY = re.compile(r"^\d{1,2}\.?$")
SPLIT_YEAR = re.compile(r"^(?:19|20)\d\d$")
SPLIT_MONTH = re.compile(r"^[^\W\d_]{3,12}\.?$")


def _split_date_block(clean: CleanArticle, first_paragraph: int) -> list[tuple[DateValue, Line, bool]]:
    lines = [(n, text.strip()) for n, text in enumerate(clean.raw.lines[: max(first_paragraph - 1, 0)], 1) if text.strip()]
    for (n, a), (_, b), (_, c) in zip(lines, lines[1:], lines[2:], strict=False):
        day_first = SPLIT_DAY.match(a) and SPLIT_MONTH.match(b)
        month_first = SPLIT_MONTH.match(a) and SPLIT_DAY.match(b)
        if (day_first or month_first) and SPLIT_YEAR.match(c):
            joined = f"{a} {b} {c}" if day_first else f"{a} {b}, {c}"
            value = parse_date(joined)
            if value is not None and value.precision == "day" and implausible(as_date(value)) is None:
                return [(value, Line(n, DATELINE, joined), False)]
    return []


# HEADED_DATE_IN_THE_TEXT: below the first paragraph, a date line right under a heading that is not the headline
# ("Life in the Soviet Union had its joys" / "Sunday, 24 August 2025, 10:10" / its teaser) dates that heading's story or
# live entry (another story's card after the text), not the page; unlabelled and naming no one, it is left out.
def _headed_dates(clean: CleanArticle, first_paragraph: int) -> set[int]:
    return {
        line.number
        for above, line in itertools.pairwise(clean.lines)
        if line.role == DATELINE and above.role == HEADING and line.number > first_paragraph
    }


def _date(clean: CleanArticle) -> Field:
    """The publication date, from the page's datelines and credit lines, then the dateline of its first paragraph.

    A date labelled as a publication (or unlabelled) wins over one labelled as an update, on any line; an update is
    taken only when nothing else dates the page and, if the first paragraph's dateline gives a month and day, only when
    it agrees with them (a page updated on 9 June about news of 8 June was not published on 9 June). A dateline with a
    month and day and no year ("MOSCOW, June 8. /TASS/.") is recorded as such: the value stays unknown, the
    precision is "month-day" and "partial" holds "--06-08"; the year is left for a contributor.

    TAIL_DATES_NEED_LABEL: below the article's last paragraph, where TAIL_DATE_LIST or more dated lines stand (a list of
    related links or "most read" stories), a date counts only when labelled ("Published on: ...") or printed with its
    author; a single date at the end of an article (a press release's) is the article's."""
    published: list[tuple[DateValue, Line, bool]] = []  # (date, line, labelled "Published"/"Posted")
    updated: list[tuple[DateValue, Line]] = []
    ambiguous: list[tuple[str, str, Line]] = []  # (label, "05/07/2017", line)
    month_days: list[tuple[str, Line]] = []  # datelines without a year ("New York, May 20"), MONTH_DAY_LINE
    paragraphs = [line.number for line in clean.lines if line.role == PARAGRAPH]
    body_end = paragraphs[-1] if paragraphs else max((line.number for line in clean.lines), default=0) + 1
    tail_dates = sum(1 for line in clean.lines if line.role == DATELINE and line.number > body_end)
    if tail_dates < TAIL_DATE_LIST:
        body_end = max((line.number for line in clean.lines), default=0) + 1  # one date at the end: the article's
    # DATE_STAMP_RUN_IN (archive.dates): a copy tool's stamps, dropped from the text, read after the page's printed dates
    stamps = [
        (value, Line(d.number, DATELINE, d.text))
        for d in clean.dropped
        if d.rule == DATE_STAMP and (value := stamp_date(d.text)) is not None and implausible(as_date(value)) is None
    ]
    commenters = _commenters_stamps(clean, paragraphs[0] if paragraphs else body_end)
    # DATED_COPYRIGHT_CREDIT: between the headline and the text, the site's © with the full date and time of the story
    # ("© Example.com - mercredi 18 décembre 2024 - 09:34"), where other sites print their date line: the date, unlabelled
    title_at = clean.title.number if clean.title is not None else 0
    for dropped in clean.dropped:
        if dropped.rule != COPYRIGHT_FOOTER or not title_at < dropped.number < (paragraphs[0] if paragraphs else 0):
            continue
        meta = parse_meta_line(COPYRIGHT_SIGN.sub("", dropped.text).strip())
        if meta is not None and meta.published is not None and meta.published.precision == "day":
            if any(part.kind == TIME_PART for part in meta.parts) and implausible(as_date(meta.published)) is None:
                published.append((meta.published, Line(dropped.number, DATELINE, dropped.text), False))
    published += _split_date_block(clean, paragraphs[0] if paragraphs else 0)
    headed = _headed_dates(clean, paragraphs[0] if paragraphs else body_end)
    for line in clean.lines:
        if line.role not in (DATELINE, BYLINE) or line.number in commenters:
            continue
        meta = parse_meta_line(line.text)
        if meta is not None:
            # (LABEL_BEFORE_THE_DATE: a label after the date names a later part, "13 كانون الاول 2018، آخر تحديث: 02:36":
            # "last updated" labels the time, and the date before it stays unlabelled)
            first_date = next((i for i, p in enumerate(meta.parts) if p.kind == DATE), len(meta.parts))
            labelled = any(p.kind == LABEL for p in meta.parts[:first_date])
            # ISSUE_DATE: an e-paper's date with its links to the issues before and after ("2023年03月22日 星期三 上一期
            # 下一期") is the printed issue's date, the page's own, as a label says: a day after a dateline, not a clock
            labelled = labelled or bool(ISSUE_LINKS.search(line.text))
            if line.number > body_end and not labelled and not meta.names:
                continue  # TAIL_DATES_NEED_LABEL (see below)
            if not labelled and not meta.names and line.number in headed:
                continue  # HEADED_DATE_IN_THE_TEXT (below)
            if meta.published:
                published.append((meta.published, line, labelled))
            if meta.updated:
                updated.append((meta.updated, line))
            ambiguous.extend((label, text, line) for label, text in meta.ambiguous)
            if meta.month_day and line.number < body_end:
                month_days.append((meta.month_day, line))
            continue
        value = parse_date(line.text) if line.role == DATELINE else date_in_credit(line.text)
        if value is not None and implausible(as_date(value)) is None and line.number < body_end:
            published.append((value, line, False))
    found = _lead(clean)
    lead, lead_line = found if found else (None, None)
    month_day = None  # the first paragraph's dateline as a month-day ("--06-08"), with or without its year
    if lead is not None:
        month_day = lead.month_day or ("-" + lead.date.iso[4:] if lead.date is not None else None)
    if ambiguous:
        # PAGE_DATE_ORDER: "05/07/2017" is read only in the order the page's other numeric dates show unambiguously,
        # or its weekday or the dateline's month and day (WEEKDAY_ORDER, MONTH_DAY_ORDER), or the page's language
        # (AMBIGUOUS_AFTER_THE_OTHERS: read after the page's other dates, which win when they stand: a header's clock
        # over it gives way to it by the rules below, "Sábado, 03 de Janeiro de 2026" / headline / "11/04/2023 13h48")
        for label, text, line in ambiguous:
            order = (
                numeric_order(clean.raw.lines, text[len(text.rstrip("0123456789")) - 1])
                or weekday_order(line.text, text)
                or month_day_order(text, month_day)
                or worded_date_order(text, clean.raw.lines)
                or _language_order(clean)
            )
            value = resolve_numeric(text, order) if order else None
            if value is not None:
                (published.append((value, line, True)) if label == "published" else updated.append((value, line)))
    title = clean.title
    # MASTHEAD_DATE_BELOW: the date printed first under the headline (the article's own date line; further down, other
    # stories' dates: "16 MART 2026" / headline / "16.08.2005" / ... / "16.03.2026 14:22" is the article of 2005)
    # (IN_THE_HEAD: between the headline and the second paragraph, the first may be the deck; further down a date may be
    # another story's card)
    second_paragraph = paragraphs[1] if len(paragraphs) > 1 else body_end
    first_below = next(
        (value for value, line, _ in published if title is not None and title.number < line.number < second_paragraph), None
    )
    below = {first_below} if first_below is not None else set()
    # MASTHEAD_DATE_ABOVE: ... or printed right over the headline (a section's date line), when the header's clock stands
    # higher up ("Lun, 19/05/2025 |" ... "lunes 18 de abril de 2016" / headline)
    over = {value for value, line, _ in published if title is not None and _near_over(line, title, clean)}
    # DATELINE_AGREES: of unlabelled dates, those on the first paragraph's dateline's day ("June 6 (UPI) --") win over
    # others (a forum poster's join date above a reprint's "June 6, 2019")
    agreeing = {value for value, _, _ in published if month_day is not None and _same_day(value, month_day)}
    empty_slot = _empty_date_slot(clean, title)
    # LABELLED_OVER_THE_HEADER: an unlabelled date over the headline gives way to one the page labels as its publication
    # ("Tuesday, January 27th, 2026" / headline / ... / "Publish Date : 14 August 2024"): the header's clock is the day
    # the page was shown
    # (on a page without a headline, over its first paragraph: "Thursday 27 February 2020" / "News ID: 75330" /
    # "Publish Date: 20 January 2020 - 22:41" / text)
    labelled_dates = {value for value, _, labelled in published if labelled}
    head_end = title.number if title is not None else (paragraphs[0] if paragraphs else 0)
    for value, line, labelled in published:
        if not labelled and labelled_dates and value not in labelled_dates and line.number < head_end:
            continue  # LABELLED_OVER_THE_HEADER
        if _masthead_date(value, line, labelled, title, month_day):
            continue
        if _clock_at_the_top(value, line, labelled, title, clean):
            continue  # CLOCK_ON_THE_FIRST_LINE
        if _clock_over_another_date(value, line, labelled, head_end, published, clean):
            continue  # CLOCK_OVER_ANOTHER_DATE
        if not labelled and title is not None and line.number < title.number and empty_slot:
            continue  # EMPTY_DATE_SLOT_BELOW
        if stamps and not labelled and title is not None and line.number <= title.number and _far_from(value, stamps):
            continue  # CLOCK_AGAINST_STAMP: an unlabelled date over the headline days away from the copy's stamp: the site's clock
        if agreeing and not labelled and value not in agreeing:
            continue  # DATELINE_AGREES
        if _clock_against_the_lead(value, line, labelled, title, lead, lead_line):
            continue  # CLOCK_AGAINST_THE_LEAD
        if not labelled and title is not None and line.number < title.number and below and value not in below:
            continue  # MASTHEAD_DATE_BELOW: today's date in the header, over the article's own date under its headline
        if not labelled and title is not None and line.number < title.number and _after_every_update(value, updated):
            continue  # CLOCK_AFTER_THE_UPDATE: a date over the headline later than the page's update is the site's clock
        if (
            not labelled
            and title is not None
            and line.number < title.number
            and not _near_over(line, title, clean)
            and over
            and value not in over
        ):
            continue  # MASTHEAD_DATE_ABOVE
        if (
            not labelled
            and lead is not None
            and lead.date is not None
            and lead_line is not None
            and line.number > lead_line.number
        ):
            continue  # LEAD_DATE_FIRST: under a first paragraph that opens with its full date, an unlabelled date line is another item's
        return _date_field(value, line, clean)
    if lead is not None and lead_line is not None and lead.date is not None:
        if lead.label != "updated":
            return _date_field(lead.date, lead_line, clean)
        updated.append((lead.date, lead_line))
    reprint = _reprint_date(clean)
    if reprint is not None:
        return _date_field(*reprint, clean)
    # STAMP_AFTER_PRINTED_DATES: a copy tool's stamp ("date 2024-03-29 <headline>") may give the day in another time zone
    # than the page prints ("28 March 2024"): the page's own date wins; the stamp dates a page that prints no full date.
    # DATELINE_OVER_ANOTHER_DAYS_STAMP: a first paragraph's dateline without a year ("BEIJING, April 4. /TASS/.") is the
    # date the page prints: a copy tool's stamp of another day (a day later, in another time zone) is no date the page
    # states; the month and day are recorded, the year left to a contributor. (STAMP_GIVES_NO_YEAR: a stamp of that very
    # day is the copy tool's record, not the page's statement of its year: the page prints the month and day only,
    # unless it prints that whole day elsewhere too, "РИА Новости, 02.09.2025" in a teaser: STAMP_CONFIRMED_BY_THE_PAGE.)
    printed_month_day = month_day if month_day is not None and lead is not None and lead.date is None else None
    for value, line in stamps:
        if printed_month_day and value.precision == "day":
            if not (_same_day(value, printed_month_day) and _whole_day_printed(value, clean, line.number)):
                continue
        if value.precision == "month" and month_day is not None and month_day[2:4] == value.iso[5:7]:
            # STAMP_MONTH_AND_DATELINE_DAY: a stamp of the month ("date 2023-03") and the dateline's day of that month
            # ("Milano, 20 mar. (Example) –") are the day: 2023-03-20
            day = DateValue(f"{value.iso}-{month_day[5:7]}", "day")
            if implausible(as_date(day)) is None:
                return _date_field(day, line, clean)
        if value.precision != "day":
            # STAMP_MONTH_AND_A_PRINTED_DAY: a stamp of the month ("date 2022-10") and a day of it the page prints where
            # nothing else dates it (an update's date, the headline's timestamp: "Headline Stand: 20.10.2022 19:16 Uhr"):
            # the day
            tail = split_headline(title.text).date if title is not None else None
            printed = [*updated, *([(tail, title)] if tail is not None and title is not None else [])]
            within = [(day, at) for day, at in printed if day.precision == "day" and day.iso.startswith(value.iso + "-")]
            if within:
                return _date_field(*within[0], clean)
        return _date_field(value, line, clean)
    for value, line in updated:
        if month_day is None or _same_day(value, month_day):
            return _date_field(value, line, clean)
    if title is not None:
        # TITLE_DATE_TAIL (archive.headline): a timestamp run onto the headline dates the page when nothing else does;
        # (TAIL_NEAR_DATELINE) with a dateline of a month and day, when it is that day or a time zone's day later
        # ("BISHKEK, Aug. 16 (Xinhua)" under "Headline 2007-08-17 03:17:54": filed in the evening, stamped in Beijing)
        stamp = split_headline(title.text).date
        near = month_day is None or (stamp is not None and _within_a_day_after(stamp, month_day))
        if stamp is not None and near and implausible(as_date(stamp)) is None:
            return _date_field(stamp, title, clean)
    amid = _date_amid_furniture(clean)
    if amid is not None and (month_day is None or _same_day(amid[0], month_day)):
        return _date_field(*amid, clean)
    if month_day is not None and lead_line is not None and lead is not None and lead.date is None:
        provenance = Provenance(FROM_TEXT, lead_line.text[: lead.end].strip(), lead_line.number, _raw_file(clean))
        return Field(None, provenance, (("precision", "month-day"), ("partial", month_day), ("kind", "publication")))
    if month_days:
        # MONTH_DAY_LINE: a dateline line with a month and day and no year ("New York, May 20") above the article's
        # end, when nothing on the page gives a full date: recorded as a month-day, like a lead dateline's.
        partial, line = month_days[0]
        provenance = Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean))
        return Field(None, provenance, (("precision", "month-day"), ("partial", partial), ("kind", "publication")))
    return unknown()


# REPRINT_DATE: a reprint's note naming its source and the day it first ran ("This article was originally published on
# Example News on 01/28/2019."), when no date line dates the page: the copy's publication date, as its source printed it
# (read after the page's own datelines, before a copy tool's stamp).
REPRINT_ON_A_DATE = re.compile(
    r"(?i:this (?:article|story|post|piece|report) (?:was )?(?:originally|first) (?:published|appeared|posted|ran)) "
    r"(?i:on|in|by|at) [^.]{1,60}? (?i:on) (?P<date>[^.]{6,40}?)\.?"
)


def _reprint_date(clean: CleanArticle) -> tuple[DateValue, Line] | None:
    every = [*clean.lines, *(Line(d.number, DATELINE, d.text) for d in clean.dropped)]
    for line in sorted(every, key=lambda line: line.number):
        reprint = REPRINT_ON_A_DATE.fullmatch(line.text.strip())
        value = parse_date(reprint["date"]) if reprint else None
        if value is not None and value.precision == "day" and implausible(as_date(value)) is None:
            return value, line
    return None


# DATE_AMID_FURNITURE (archive.dates.date_within): when nothing else dates the page, a short line under the headline,
# above the text's first sentence of more than MAX_DATE_SLOT_WORDS words (the date line's slot), holding one full date
# among a few words no rule reads ("28 Settembre 2017 0 Di Life": the date, a comment count, a credit) dates it; the
# first such line is taken.
MAX_DATE_SLOT_WORDS = 14


def _whole_day_printed(value: DateValue, clean: CleanArticle, stamp_line: int) -> bool:
    """STAMP_CONFIRMED_BY_THE_PAGE: the day is printed whole on a line of the page other than the stamp's."""
    return any(
        value.iso in day_dates_in(text) for number, text in enumerate(clean.raw.lines, 1) if number != stamp_line and text.strip()
    )


def _date_amid_furniture(clean: CleanArticle) -> tuple[DateValue, Line] | None:
    title = clean.title
    if title is None:
        return None
    headline = key_of(title.text)
    for number in range(title.number + 1, len(clean.raw.lines) + 1):
        text = clean.raw.lines[number - 1].strip()
        if key_of(text) == headline or dates_another_thing(text):
            continue  # (the headline printed again under its page title; an event's days, a tweet's signature)
        if len(text.split()) > MAX_DATE_SLOT_WORDS:
            return None  # the text has begun
        value = date_within(text)
        if value is not None and implausible(as_date(value)) is None:
            return value, Line(number, DATELINE, text)
    return None


# CLOCK_AGAINST_STAMP: a stamp and the page's own date may differ by a time zone's day; more days after it, a date over
# the headline is the day the page was shown ("date 2024-02-14 Friday, February 16, 2024" / headline).
# (CLOCK_NOT_BEFORE_STAMP: a page is shown on or after the day it was stamped, so a date days before the stamp is no
# clock: "date 2025-08-15 13.08.2025, 14:22 10006" / headline is the article's date, the stamp a later copy's)
STAMP_TIME_ZONE_DAYS = 1


# CLOCK_AGAINST_THE_LEAD: an unlabelled date over the headline (or over the first paragraph, where no headline is
# found), days away from the full date the first paragraph's dateline gives, before or after it ("September 01, 2020
# 1:28pm" in a portal's header over "FORT MILL, S.C., Feb. 20, 2024 (EXAMPLE WIRE) --"), is the site's clock: the
# dateline dates the page.
def _clock_against_the_lead(
    value: DateValue, line: Line, labelled: bool, title: Line | None, lead: Lead | None, lead_line: Line | None
) -> bool:
    if labelled or lead is None or lead.date is None or lead_line is None or line.number >= lead_line.number:
        return False
    if title is not None and line.number > title.number:
        return False  # (under the headline: the page's own date line, a reprint's day)
    # (before the dateline's day: no page is published before its copy is filed; days after it: the day it was shown)
    return value.precision == "day" and abs((as_date(value) - as_date(lead.date)).days) > STAMP_TIME_ZONE_DAYS


def _far_from(value: DateValue, stamps: list[tuple[DateValue, Line]]) -> bool:
    if value.precision != "day":
        return False
    days = [(as_date(value) - as_date(stamp)).days for stamp, _ in stamps if stamp.precision == "day"]
    return bool(days) and min(days) > STAMP_TIME_ZONE_DAYS


def _within_a_day_after(value: DateValue, month_day: str) -> bool:
    """The full date is the month-day's day in its year, or STAMP_TIME_ZONE_DAYS later."""
    if value.precision != "day":
        return False
    try:
        filed = datetime.date(int(value.iso[:4]), int(month_day[2:4]), int(month_day[5:7]))
    except ValueError:
        return False  # (29 February in a year without it)
    return 0 <= (as_date(value) - filed).days <= STAMP_TIME_ZONE_DAYS


def _same_day(value: DateValue, month_day: str) -> bool:
    return value.precision == "day" and value.iso[4:] == month_day[1:]


# CLOCK_ON_THE_FIRST_LINE: an unlabelled date with its weekday opening the page, on its first line, more than
# HEADLINE_DATE_REACH lines above the headline (the site's menu, its breadcrumb between), is the site's clock: the day
# the page was shown ("Friday, April 25, 2025", "marți, octombrie 29, 2024"). A date line without the weekday there
# ("13 November 2018" / "For Professionals" / headline) is the article's.
# CLOCK_AMID_THE_MENUS: so is such a date on the first line the cleaning keeps, with only the header's furniture
# (dropped lines: the menu, the masthead) above it ("• Home" / "• Contact us" / "Tuesday, March 28, 2023" / "Example
# Citizen" / menu / headline).
def _clock_at_the_top(value: DateValue, line: Line, labelled: bool, title: Line | None, clean: CleanArticle) -> bool:
    if labelled or title is None or line.number >= title.number:
        return False
    # (CLOCK_OVER_THE_CRUMBS: the site's trail between the date and the headline, "Wednesday, September 27, 2023" /
    # "Home > World > ..." / headline: the date is the header's, however near)
    crumbs = any(d.rule == BREADCRUMB and line.number < d.number < title.number for d in clean.dropped)
    if _near_over(line, title, clean) and not crumbs:
        return False
    if not opens_with_weekday(line.text.strip()):
        return False
    # (the dates are read from the kept lines: a date on the page's first line is also the first kept one)
    return line.number == min(kept.number for kept in clean.lines)


def _clock_over_another_date(
    value: DateValue,
    line: Line,
    labelled: bool,
    head_end: int,
    published: list[tuple[DateValue, Line, bool]],
    clean: CleanArticle,
) -> bool:
    """CLOCK_OVER_ANOTHER_DATE: the page's first line a date opening with its weekday ("Thursday 27 February 2020"),
    another day's date under it still above the headline (or the text, without one): the first is the header's clock,
    the day the page was shown; the second is the article's date line, however near the clock stands to it."""
    if labelled or not opens_with_weekday(line.text.strip()) or line.number != min(kept.number for kept in clean.lines):
        return False
    return any(other != value and line.number < below.number < head_end for other, below, _ in published)


def _after_every_update(value: DateValue, updated: list[tuple[DateValue, Line]]) -> bool:
    """CLOCK_AFTER_THE_UPDATE: no page was published after it was updated ("Monday, 25 Nov, 2024" over the headline,
    "Update: 2024-07-13 14:17:56" under it): an unlabelled date later than every update date the page prints is the
    day the page was shown; the update then dates the page, as nothing else does."""
    day = as_date(value)
    return bool(updated) and day is not None and all((other := as_date(u)) is not None and day > other for u, _ in updated)


# EMPTY_DATE_SLOT_BELOW: a date label printed empty right under the headline ("Date:", "Dodano:", "Published:"), its
# value lost by the copy, is where the article's date was: an unlabelled date above the headline is then the header's
# clock ("Tuesday, May 7, 2024" over a story of 2015), not the article's. Read in the first lines under the headline.
EMPTY_SLOT_LINES = 4


def _empty_date_slot(clean: CleanArticle, title: Line | None) -> bool:
    if title is None:
        return False
    every_line = sorted([(line.number, line.text) for line in clean.lines] + [(d.number, d.text) for d in clean.dropped])
    under = [text for number, text in every_line if number > title.number][:EMPTY_SLOT_LINES]
    for text in under:
        label = LABEL_RE.match(text.strip())
        if label and label.end() == len(text.strip()) and label.group("updated") is None and text.strip().endswith((":", "：")):
            return True
    return False


def _masthead_date(value: DateValue, line: Line, labelled: bool, title: Line | None, month_day: str | None) -> bool:
    """MASTHEAD_DATE: an unlabelled date above the headline that disagrees with the first paragraph's dateline is the
    day the page was shown (portals print today's date in their header: "Saturday, 24 October 2020" over a story
    datelined "MOSCOW, Oct. 23 (Xinhua)"), not the day the article was published. A labelled date, a date below the
    headline, or one that agrees with the dateline is the article's. MASTHEAD_DATE_BELOW (in _date): so is an unlabelled
    date above the headline that a date line under the headline contradicts."""
    if labelled or month_day is None or title is None or line.number > title.number:
        return False
    return not _same_day(value, month_day)


def _names(names: tuple[str, ...]) -> str:
    # (NAME_TWICE: a credit printed twice on its line, "Jane Roe (Example) Jane Roe (Example)", names one writer;
    # ROLE_BEFORE_NAME, archive.byline: "Meteorologist Jane Roe" is Jane Roe)
    names = tuple(dict.fromkeys(without_role_before_name(name) for name in names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# NAME_IN_CAPITALS: a byline printed in capitals ("By JANE ROE") names Jane Roe: the name is kept in title case, as
# other bylines print it (one spelling per person in the archive's facets); the line itself stays in the provenance.
CAPITALISED_WORD = re.compile(r"[^\W\d_]+")


def name_case(name: str) -> str:
    """A name written in capitals, in title case ("JANE O'ROE-DOE" -> "Jane O'Roe-Doe"); any other name as it is."""
    if any(ch.islower() for ch in name) or not any(ch.isupper() for ch in name):
        return name
    titled = CAPITALISED_WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), name)
    return re.sub(r"(?<= )And(?= )", "and", titled)  # "JANE ROE AND JOHN DOE": two names joined


# PICTURE_LIBRARY_IN_CREDIT: a credit whose parts between bars or slashes name a picture library ("Jane Roe | Example
# Agency | Getty Images", "JANE ROE / AFP / picturedesk.com"), or that opens with "Credit" ("Credit Jane Roe"), credits
# a photographer: no author.
CREDIT_PARTS = re.compile(r"(?:(?<!\s)\s*+)?[|/]\s*+")  # ((?<!\s): entered at a run of spaces' start, linear)
CREDIT_WORD_FIRST = re.compile(r"^(?i:credit|photo credit|image credit)\s+(?=[A-Z])")


def _names_a_picture_library(text: str) -> bool:
    # (a library's address, "Jane Roe / Shutterstock.com", unless "By" credits a writer: "By: Jane Roe/shutterstock.com")
    address = "" if BY_PREFIX.match(text.strip()) else ".com"
    parts = [part.strip().casefold().removesuffix(address) for part in CREDIT_PARTS.split(text.strip())]
    return (len(parts) >= 2 and any(part in sources.PHOTO_LIBRARIES for part in parts)) or bool(
        CREDIT_WORD_FIRST.match(text.strip())
    )


# PORTRAIT_AFTER_NAME: a writer's card's picture text after the name ("Jane Roe Headshot", "Jane Roe avatar"): the
# picture's word is no part of the name.
PORTRAIT_AFTER_NAME = re.compile(
    r"(?<=\S)\s++(?i:headshot|head shot|avatar|portrait|profile (?:picture|photo|image))$"
    r"|^(?i:avatar|headshot|photo of|picture of|image of)\s++(?=\S)"  # (or before it: "Avatar Jane Roe")
)


# MASTHEAD_GLUED_TO_NAME: the site's name run onto the writer's ("Jane RoeExample", a byline over the masthead copied
# without a space): the name is the words up to the capital inside the last; a name's own capital inside follows a
# short prefix ("McDonald", "DeAndre"; sources.CAMEL_CASE_NOT_BRAND), never four letters or more.
MASTHEAD_GLUED_TO_NAME = re.compile(r"^(?P<name>\S.* (?P<last>[A-Z][a-z]{3,}))[A-Z][a-z]{3,}$")


def _author(clean: CleanArticle, registry: Registry) -> Field:
    found = _author_as_printed(clean, registry)
    if found.value and not BY_PREFIX.match(found.provenance.evidence) and _not_a_writer(found.value, clean):
        return unknown()
    if found.value:
        # (ACADEMIC_TITLE: "Dr Jane Roe, Example Discovery", read whole by archive.metaline, credits Jane Roe)
        name = ACADEMIC_TITLE.sub("", PORTRAIT_AFTER_NAME.sub("", found.value))
        glued = MASTHEAD_GLUED_TO_NAME.match(name)
        if glued and not sources.CAMEL_CASE_NOT_BRAND.match(name.split()[-1]):
            name = glued["name"]  # MASTHEAD_GLUED_TO_NAME
        return Field(name_case(name), found.provenance, found.extra)
    return found


def _not_a_writer(name: str, clean: CleanArticle) -> bool:
    """A name read from a credit without "By" that is no writer's: PLACE_IN_THE_TEXT (the text says "in South Cerney":
    a place, the date line's "at South Cerney") or HEADLINE_NOT_WRITER (the title opens with it, "Library Status" under
    "LIBRARY STATUS 21 DEC 2016": the headline printed again over its date, no writer)."""
    if _a_place_in_the_text(name, clean):
        return True
    title = clean.title.text.casefold() if clean.title is not None else ""
    return bool(title) and title.startswith(" ".join(name.split()).casefold())


# (NAMES_UNDER_A_BARE_BY, in _author_as_printed: the credit's word alone on the line above the names)
BARE_BY = re.compile(r"(?i:by|por|par|von|di|da|door|av|af|przez|oleh|bởi)\s*:?")


def _credit_at(credits: tuple[Line, ...], number: int) -> Line | None:
    """The credit line printed on that raw line, if any (the credits right above or below one)."""
    return next((c for c in credits if c.number == number), None)


def _bare_by_above(line: Line, credits: tuple[Line, ...]) -> bool:
    above = _credit_at(credits, line.number - 1)
    return above is not None and BARE_BY.fullmatch(above.text.strip()) is not None


# TAGS_GLUED: a page's tags run together without spaces ("ExamplevillemeetingJane Roe"): a word before the last whose
# small letters run on into a capital after MIN_GLUED_SMALL_LETTERS of them is no part of a name (names with an inner
# capital have a short part before it: "McRoe", "DeRoe", "MacRoe", "FitzRoe"; the last word glued to the site's name,
# "Jane RoebuckExample", is MASTHEAD_GLUED_TO_NAME's, below).
MIN_GLUED_SMALL_LETTERS = 6


def _tags_glued(name: str) -> bool:
    for word in name.split()[:-1]:
        run = 0
        for ch in word:
            if ch.isupper() and run >= MIN_GLUED_SMALL_LETTERS:
                return True
            run = run + 1 if ch.islower() else 0
    return False


# PAPER_UNDER_THE_DESK: a name right under a staff or desk credit ("Staff Writer" / "Example Post South") is the
# paper whose staff wrote it, when it holds a paper's word (archive.sources NEWSPAPER_WORDS, anywhere in it): no person.
def _under_a_desk_credit(line: Line, credits: tuple[Line, ...]) -> bool:
    above = _credit_at(credits, line.number - 1)
    return above is not None and is_desk(above.text)


def _paper_word_in(name: str) -> bool:
    return any(word.casefold() in sources.NEWSPAPER_WORDS for word in name.split())


def _author_as_printed(clean: CleanArticle, registry: Registry) -> Field:
    """The people a credit line names (archive.byline, then archive.metaline), else the "By" of a first paragraph.

    A line of names alone (archive.byline.is_names_only, given the byline role by its neighbours) is read last: a
    name printed with "By", a wire or a date says more than a name on its own, which may be a kicker or a tag.
    LEADERS_ARE_NOT_AUTHORS: a credit line that names a leader of the registry without "By" ("Xi Jinping and Vladimir
    Putin", "President Xi Jinping, Reuters") names the story's subject, not its author (a leader's own signed article
    says "By")."""
    leaders = registry.matcher("leaders")
    credits = clean.role(BYLINE)
    listed = _credits_listed_below(clean)
    # BY_CREDIT_FIRST: after the credits of names alone go last, a credit saying "By" ("Por Jane Roe") comes before one
    # that does not ("San Antonio de Guerra – 13 de enero de 2026", a place and the date above it, read as a name)
    for line in sorted(credits, key=lambda line: (_names_alone(line.text), BY_PREFIX.match(line.text) is None)):
        if leaders.find(line.text) and not BY_PREFIX.match(line.text):
            continue  # a leader named without "By": the story's subject, not its author
        if line.number in listed:
            continue  # CREDITS_LISTED_BELOW (below)
        if is_photo_credit_slash(line.text, lambda name: sources.is_agency(name, registry)):
            continue  # PHOTO_CREDIT_SLASH: "Jane Doe/Example Agency" credits the picture's photographer
        if _names_a_picture_library(line.text):
            continue  # PICTURE_LIBRARY_IN_CREDIT: "Jane Roe | Example Agency | Getty Images" credits a picture
        if _split_photo_credit(line, clean):
            continue  # SPLIT_PHOTO_CREDIT (below)
        if _credit_under_each_caption(line, clean):
            continue  # CREDIT_UNDER_EACH_CAPTION (below)
        if _names_alone(line.text) and _a_place_in_the_text(line.text, clean):
            continue  # PLACE_IN_THE_TEXT
        if RELEASE_CREDIT.search(line.text.strip()):
            continue  # RELEASE_CREDIT (below)
        with_wires = WITH_WIRES_CREDIT.match(line.text.strip())  # ("Jane Roe with wires": WITH_WIRES_CREDIT)
        name = with_wires["name"] if with_wires and is_names_only(with_wires["name"]) else parse_byline(line.text)
        if not name:
            meta = parse_meta_line(line.text)
            name = _names(meta.names) if meta is not None and meta.names else None
        if name and not BY_PREFIX.match(line.text) and sources.names_an_outlet(name, registry):
            continue  # OUTLET_AS_AUTHOR: a credit that is an outlet's name ("Example Times", a registry outlet) is no person
        if name and is_place(name):
            continue  # PLACE_NOT_AUTHOR: "New Delhi Updated on: August 12, 2018" names where the story was filed, no one
        if name and sources.paper_not_person(name):
            continue  # PAPER_WORD_NO_SURNAME (archive.sources): "By Example Guardian" credits the paper's staff
        if name and SECTION_IN_NAME & {word.casefold() for word in name.split()}:
            continue  # SECTION_IN_NAME: "Police Briefs", "Source RSS", "Example Sport" credit a section, no person
        if name and not BY_PREFIX.match(line.text) and OFFICE_IN_NAME & {word.casefold() for word in name.split()}:
            continue  # OFFICE_IN_NAME: "Harbour Assembly Speaker Jane Roe" alone names an office holder, the subject
        if name and sources.FOLLOW_ALONE.match(line.text.strip()):
            continue  # FOLLOW_BUTTON_NO_WRITER: "Segui Example", "Follow Example": a button to the site's or a writer's page
        if name and _tags_glued(name):
            continue  # TAGS_GLUED (below)
        if name and not BY_PREFIX.match(line.text) and _under_a_desk_credit(line, credits) and _paper_word_in(name):
            continue  # PAPER_UNDER_THE_DESK (below)
        if name and _bare_by_above(line, credits):
            # NAMES_UNDER_A_BARE_BY: "por" alone on its line, then the writers' names one to a line ("Ana Roe" / "Rita
            # Doe" / "Eva Poe"): every one of them, down to the first line that is no name
            stacked, number = [name], line.number + 1
            while (below_name := _credit_at(credits, number)) is not None:
                if not is_names_only(below_name.text) or leaders.find(below_name.text):
                    break
                stacked, number = [*stacked, below_name.text.strip()], number + 1
            name = name if len(stacked) == 1 else ", ".join(stacked[:-1]) + " and " + stacked[-1]
        if name:
            # BYLINE_UNDER_BYLINE: a second "By" credit on the very next line ("By Jane Roe, Digital Producer" /
            # "Reporting by John Doe, Reporter") names a second writer of the same story
            below = _credit_at(credits, line.number + 1) if BY_PREFIX.match(line.text) else None
            second = parse_byline(below.text) if below is not None and BY_PREFIX.match(below.text) else None
            if below is not None and second and second not in name and not leaders.find(below.text):
                name = f"{name} and {second}"
            return Field(name, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)))
    # TITLE_WRITER_BRACKETS (archive.headline): the writer signed in brackets at the headline's end, "(C. Roe)"
    writer = split_headline(clean.title.text).writer if clean.title is not None else None
    if writer is not None and clean.title is not None and not leaders.find(writer):
        return Field(writer, Provenance(FROM_TEXT, clean.title.text, clean.title.number, _raw_file(clean)))
    # NAME_THEN_DATE_ON_TOP: above the headline, a line of a person's name and a date only ("Jane Roe 11 September
    # 2017"), where a page prints its byline and date line together; under the headline or lower down such a line may
    # caption a picture of that person (archive.metaline's NAME_THEN_DATE wants a time to say so there)
    top = clean.title.number if clean.title is not None else 0
    for line in clean.role(DATELINE):
        meta = parse_meta_line(line.text) if line.number < top else None
        if meta is not None and [part.kind for part in meta.parts] == [NAME, DATE] and not meta.names:
            name = meta.parts[0].value
            if _is_name(name) and not is_place(name) and not leaders.find(name):
                return Field(name, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)))
    # DECK_WITH_ITS_WRITER (archive.clean): the standfirst under the headline ending with its writer's name and
    # "reports" ("It has been a tough year for shops. Jane Roe reports"): the writer
    for line in clean.lines[clean.lines.index(clean.title) + 1 :][:DECK_LINES] if clean.title is not None else ():
        deck = DECK_WITH_ITS_WRITER.search(line.text) if line.role in (STANDFIRST, PARAGRAPH) else None
        name = (deck["name"] or deck["name2"]) if deck else None
        if name and _is_name(name) and not is_place(name) and not leaders.find(name):
            return Field(name, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)))
    found = _lead(clean, deeper=False)
    if found is not None and found[0].name:
        lead, line = found
        return Field(lead.name, Provenance(FROM_TEXT, line.text[: lead.end].strip(), line.number, _raw_file(clean)))
    signed = _signature(clean, leaders)
    if signed is not None:
        name, line = signed
        return Field(name, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)))
    for number, text, name in _credits_in_the_text(clean):
        return Field(name, Provenance(FROM_TEXT, text, number, _raw_file(clean)))
    # WRITER_FROM_THE_ARCHIVE_LINK (archive.rules WRITERS_ARCHIVE_NAME): the link to the writer's other stories names
    # the writer, a person's name (no outlet's, no agency's, no leader's), where no credit line does
    for dropped in clean.dropped:
        archive_link = WRITERS_ARCHIVE_NAME.match(dropped.text.strip()) if dropped.rule == NAV_LABEL else None
        name = archive_link["name"] if archive_link else None
        if name and _is_name(name) and not leaders.find(name) and not sources.names_an_outlet(name, registry):
            if not sources.is_agency(name, registry):
                return Field(name, Provenance(FROM_TEXT, dropped.text, dropped.number, _raw_file(clean)))
    # WRITER_FROM_THE_CONTACT_LINE: the line under the text giving the writer's address ("Contact Jane Roe:
    # JRoe@example.com. Follow her on Twitter: @JaneRoe.") names the writer, where no credit line does
    for dropped in clean.dropped:
        contact = WRITER_CONTACT_NAMED.match(dropped.text.strip())
        if contact and _is_name(contact["name"]) and not leaders.find(contact["name"]):
            return Field(contact["name"], Provenance(FROM_TEXT, dropped.text, dropped.number, _raw_file(clean)))
    return unknown()


# CREDITS_LISTED_BELOW: under the article's last paragraph, MIN_LISTED_CREDITS credit lines or more one after another
# ("Letters to the Editor" / "By Jane Roe Harbour Heights" / "By John Doe Example Campus" / ...) are a list's, each
# another item's writer: none wrote the article.
MIN_LISTED_CREDITS = 3


def _credits_listed_below(clean: CleanArticle) -> set[int]:
    paragraphs = [line.number for line in clean.lines if line.role == PARAGRAPH]
    below = sorted(line.number for line in clean.role(BYLINE) if paragraphs and line.number > paragraphs[-1])
    runs: list[list[int]] = []
    for number in below:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return {number for run in runs if len(run) >= MIN_LISTED_CREDITS for number in run}


# SPLIT_PHOTO_CREDIT: a photographer's name, then a slash or a bar alone, then the agency's credit the cleaning dropped
# ("Jane Roe" / "/" / "Example Images": a picture's credit printed over three lines, as public radio sites print it):
# the picture's, no writer's.
CREDIT_SEPARATOR_ALONE = frozenset("/ |".split())


def _split_photo_credit(line: Line, clean: CleanArticle) -> bool:
    rest = enumerate(clean.raw.lines[line.number :], line.number + 1)
    below = list(itertools.islice(((n, text.strip()) for n, text in rest if text.strip()), 2))  # (the next two only)
    if len(below) < 2 or below[0][1] not in CREDIT_SEPARATOR_ALONE:
        return False
    return any(d.number == below[1][0] and d.rule == CAPTION_CREDIT for d in clean.dropped)


# CREDIT_UNDER_EACH_CAPTION: a credit printed twice or more, each time right under a line the cleaning dropped as a
# caption or a teaser ("The rocket lifts off ..." / "By Jane Roe, AP", under each picture of a gallery): the
# photographer's credit, no writer's. A writer's byline printed twice stands under the headline or the text.
PICTURE_LINE_RULES = frozenset((CAPTION, CAPTION_CREDIT, TEASER))


def _credit_under_each_caption(line: Line, clean: CleanArticle) -> bool:
    printed = [n for n, text in enumerate(clean.raw.lines, 1) if text.strip() == line.text.strip()]
    if len(printed) < 2:
        return False
    dropped = {d.number: d.rule for d in clean.dropped}
    nonblank = [n for n, text in enumerate(clean.raw.lines, 1) if text.strip()]
    above = {b: a for a, b in itertools.pairwise(nonblank)}
    return all(dropped.get(above.get(n, 0)) in PICTURE_LINE_RULES for n in printed)


# RELEASE_CREDIT: a credit line ending with "News Release" or "Press Release" ("St. Example Saints News Release") names
# the body that issued the release, no person.
RELEASE_CREDIT = re.compile(r"\b(?:news|press|media)\s++release$", re.I)

# OFFICE_IN_NAME: a name alone holding an office's word ("Punjab Assembly Speaker Jane Roe", "Harbour Mayor Jane Roe")
# is a caption's or a tag's subject; an official's own column says "By" ("By Governor Jane Roe").
OFFICE_IN_NAME = frozenset("speaker minister president governor mayor senator ambassador chairman chairwoman premier".split())
DECK_LINES = 2  # DECK_WITH_ITS_WRITER: the standfirst is one of the first lines under the headline

# SECTION_IN_NAME: a credit line's name holding a section's or a feed's word ("Police Briefs", "Full Forecast", "Source
# RSS", "Example Sport", "Example Archives", "Example County", "Club Management", "Jane Roe Reporting", a department:
# "Public Health", "Public Works") is no person's:
# no author from it (the line stays the credit or date line it is).
SECTION_IN_NAME = frozenset(
    "briefs archives forecast rss sport sports county management reporting public events calendar obituaries classifieds "
    "newsletters podcasts".split()
)
# AUTHOR_SHORT_BY_PARAGRAPH: a short first paragraph that is a "By" credit and nothing else ("By Jane Roe - [email
# protected]"), kept as text because no credit rule knew its tail. At most this many words: a sentence starting with
# "By" ("By the end of the year, ...") is longer and names no person.
MAX_BY_PARAGRAPH_WORDS = 10
# AUTHOR_CONTACT_LINE: a line telling how to reach its writer ("— Jane Roe can be reached at
# jroe@example.com", "Contact reporter Jane Roe at ...", "Reach Jane Roe at ..."): the writer is the author.
CONTACT_LINE = re.compile(
    r"^[\W_]*(?:(?P<name>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){1,4})\s+(?:can|may)\s+be\s+reached\s+(?:at|by|on|via)\b"
    r"|(?:Contact|Reach|E-?mail)\s+(?:(?:staff\s+)?(?:reporter|writer)\s+)?(?P<name2>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){1,4})\s+at\b)"
)
# AUTHOR_CREDIT_SENTENCE: a sentence saying who wrote the piece ("This article was written by Jane Roe at example.com.",
# "The article was compiled by Example Times reporter Jane Roe based on an interview with ..."): the writer is the
# author; "The report was prepared by the ministry" names no person (the name must be a person's, _is_name).
CREDIT_SENTENCE = re.compile(
    r"^(?:This|The)\s(?:article|story|report|piece|post|column|interview)\s(?:was|has\sbeen)\s"
    r"(?:written|compiled|reported|prepared|produced|contributed)\sby\s"
    r"(?:(?:[A-Z][\w.&'’-]*+\s){1,4}(?:staff\s)?(?:reporter|correspondent|writer|contributor|journalist)s?\s)?"
    r"(?P<names>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){1,3}(?:\s(?:and|&)\s[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){1,3})?)"
    r"(?=\s(?:at|for|of|from|based|with|in|on)\b|[,.;]|$)"
)
# NAME_ABOVE_ROLE: a writer's card, her name on one line and her role alone on the next ("Jane Roe" / "Correspondent",
# "Корреспондент"): the writer. Roles of people who write the copy only: an editor or a photographer is no author.
WRITERS_ROLES = frozenset(
    role.strip()
    for role in """correspondent|reporter|journalist|columnist|staff writer|senior reporter|senior correspondent|
    корреспондент|корреспондентка|обозреватель|журналист|журналистка|кореспондент|кореспондентка|журналіст|журналістка|
    оглядач|correspondant|correspondante|journaliste|corresponsal|periodista|reportero|reportera|giornalista|
    corrispondente|repórter|jornalista|correspondente|korrespondent|korrespondentin|reporterin|journalistin|muhabir|
    wartawan|dziennikarz|dziennikarka""".split("|")
)
# A contact line is short; a longer line holding those words is a sentence of the text.
MAX_CONTACT_LINE_CHARS = 120
SENTENCE_AFTER_ADDRESS = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")  # (a sentence's full stop, not an address's dot)
MAX_CREDIT_SENTENCE_CHARS = 300


# SIGNED_UNDER_THE_END: a press release's sign-off, the first line under its end marker ("ENDS", "-30-"): the writer
# and her office after a slash ("Jane Roe/Example Police"), the writer is the author.
SIGNED_UNDER_THE_END = re.compile(r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){1,3})\s?/\s?[^\W\d_][^/]{1,60}$")


def _under_the_end_marker(clean: CleanArticle) -> list[tuple[int, str]]:
    """(number, text) of the first line with text under each line dropped as the end marker."""
    lines = clean.raw.lines
    out = []
    for dropped in clean.dropped:
        if dropped.rule == END_MARKER:
            below = next((n for n in range(dropped.number + 1, len(lines) + 1) if lines[n - 1].strip()), None)
            if below is not None:
                out.append((below, lines[below - 1].strip()))
    return out


# WRITES_NAME: the writer named at the end of the first or second paragraph's sentence, as British and Irish papers do
# (", writes Jane Roe.", ", reports Jane Roe, our Harbour correspondent."): the author.
WRITES_NAME = re.compile(r"[,.]\s(?:writes|reports)\s(?P<name>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++){1,3})(?:,\s[^.,]{1,60})?\.$")


# SIGN_OFF_RUN_ON: a wire's sign-off run on after the copy's last words or its currency note ("$1 = 99.55 Japanese yen
# Reporting by Jane Roe; Editing by John Doe"), its brackets lost: the writer, as the sign-off on its own line names
# them. Only with the editor's part after a semicolon, which no sentence of the article's has ("Reporting by local
# papers was thin" is the article's).
SIGN_OFF_RUN_ON = re.compile(r"(?<=\s)Reporting by [^;]{3,80}?; (?:Additional reporting|Editing|Writing) by ")


def _credits_in_the_text(clean: CleanArticle) -> list[tuple[int, str, str]]:
    """(line, text, name) of AUTHOR_SHORT_BY_PARAGRAPH (or AUTHOR_BYLINE_HEAD), AUTHOR_CONTACT_LINE,
    AUTHOR_CREDIT_SENTENCE, NAME_ABOVE_ROLE, SIGNED_UNDER_THE_END, SIGN_OFF_RUN_ON, SIGNED_WITH_LETTERS (archive.byline) and
    CJK_REPORTER_CREDIT credits, in that order."""
    found = []
    paragraphs = [line for line in clean.lines if line.role == PARAGRAPH]
    for line in paragraphs[:2]:
        if BY_PREFIX.match(line.text) and len(line.text.split()) <= MAX_BY_PARAGRAPH_WORDS:
            name = parse_byline(line.text)
            if name:
                found.append((line.number, line.text, name))
        elif sources.BYLINE_HEAD.match(line.text):
            # AUTHOR_BYLINE_HEAD: a byline run into the first paragraph after a bar ("By Jane Roe, Example Times staff
            # writer | In a city ..."): the credit before the bar
            credit = line.text.split(" | ")[0]
            name = parse_byline(credit)
            if name:
                found.append((line.number, credit, name))
        writes = WRITES_NAME.search(line.text)
        if writes and _is_name(writes["name"]):
            found.append((line.number, writes.group().strip(" ,."), writes["name"]))
    # Anywhere on the page: a whole line of that shape says nothing else, and pages run other stories' text after it.
    every_line = sorted([(line.number, line.text) for line in clean.lines] + [(d.number, d.text) for d in clean.dropped])
    for number, text in every_line:
        # (CONTACT_THEN_FOLLOW: the contact's sentence may go on with the writer's and the site's accounts, "... at
        # jroe@example.com. Follow her on X @janeroe.": its first sentence is measured)
        m = (
            CONTACT_LINE.match(text.strip())
            if len(SENTENCE_AFTER_ADDRESS.split(text.strip(), 1)[0]) <= MAX_CONTACT_LINE_CHARS
            else None
        )
        name = m and (m.group("name") or m.group("name2"))
        if name and _is_name(name):
            found.append((number, text, name))
    for number, text in every_line:
        m = CREDIT_SENTENCE.match(text.strip()) if len(text) <= MAX_CREDIT_SENTENCE_CHARS else None
        if m and all(_is_name(name) for name in re.split(r"\s(?:and|&)\s", m["names"])):
            found.append((number, text, m["names"]))
    for number, text in every_line:
        contributed = CONTRIBUTED_CREDIT.match(text.strip())
        people = re.split(r",? and |, | & ", contributed["names"]) if contributed else []
        if contributed and people and all(_is_name(person) for person in people):
            found.append((number, text, contributed["names"]))  # CONTRIBUTED_CREDIT (archive.rules)
        reports = REPORTS_FROM.match(text.strip())
        if reports and _is_name(reports["names"]) and not is_place(reports["names"]):
            found.append((number, text, reports["names"]))  # REPORTER_REPORTS_FROM (archive.rules)
    raw = [(n, t.strip()) for n, t in enumerate(clean.raw.lines, 1) if t.strip()]
    for (number, text), (_, below) in zip(raw, raw[1:], strict=False):
        if below.casefold().strip(" .:") in WRITERS_ROLES and _is_name(text):
            found.append((number, text, text))  # NAME_ABOVE_ROLE (see WRITERS_ROLES)
    for number, text in _under_the_end_marker(clean):
        m = SIGNED_UNDER_THE_END.match(text)
        if m and _is_name(m["name"]):
            found.append((number, text, m["name"]))
    for number, text in every_line:
        sign_off = SIGN_OFF_RUN_ON.search(text) if "eporting by" in text else None
        credit = text[sign_off.start() :] if sign_off else ""
        name = parse_byline(credit) if credit else None
        if name:
            found.append((number, credit, name))  # SIGN_OFF_RUN_ON (above)
    for number, text in every_line:
        signed = name_with_letters(text) if len(text) <= MAX_CONTACT_LINE_CHARS else None
        if signed:
            found.append((number, text, signed))
    for number, text in every_line:
        cjk_names = (
            cjk_reporters(text)
            if any(mark in text for mark in ("记者", "記者", "作者", "文", "기자", "특파원", "입니다"))
            else None
        )
        if cjk_names:
            found.append((number, text, cjk_names))
    return found


# SIGNATURE_LINE: a column or a press statement signed at its foot with a dash and a name ("– Jane Doe"), on the
# article's last line. A dash and a name under a quotation is the quotation's speaker, and a leader's name is the
# subject's (LEADERS_ARE_NOT_AUTHORS): neither is the author.
SIGNATURE_RE = re.compile(r"[–—-]{1,2}\s?(?P<name>[^\W\d_][^–—|()\[\]\d]{2,60})")


def _signature(clean: CleanArticle, leaders: object) -> tuple[str, Line] | None:
    """The signature under the article's last paragraph: its last text line, or the line right after it when a
    cleaning rule took the dash for a list bullet and dropped it."""
    text_lines = [line for line in clean.lines if line.role in (PARAGRAPH, HEADING, STANDFIRST)]
    if len(text_lines) < 2:
        return None
    last, before = text_lines[-1], text_lines[-2]
    # (the next line with text: a blank line may stand between, "... welcome news." / "" / "--Jane Roe")
    next_number = next((n for n in range(last.number + 1, len(clean.raw.lines) + 1) if clean.raw.lines[n - 1].strip()), None)
    after = next((d for d in clean.dropped if d.number == next_number), None)
    raw_after = clean.raw.lines[after.number - 1].strip() if after is not None else ""
    if after is not None and SIGNATURE_RE.fullmatch(raw_after):
        last, before = Line(after.number, PARAGRAPH, raw_after), last
    match = SIGNATURE_RE.fullmatch(last.text.strip())
    if match is None or before.text.rstrip().endswith(QUOTE_ENDS):
        return None
    name = match.group("name").strip()
    if not _is_name(name):
        # SIGNATURE_WITH_OUTLET: the writers and the paper they write for ("— Jane Roe and John Doe, The Example Post")
        name = parse_byline(name) or ""
    if not name or leaders.find(name):  # type: ignore[attr-defined]
        return None
    return without_role_before_name(name), last  # (ROLE_BEFORE_NAME: "-Meteorologist Jane Roe")


# PLACE_IN_THE_TEXT: a name alone on its line that the article's text puts after a word of place ("in Sankt Petersburg",
# "à Saint-Denis") is the dateline's place, not the author. Only words that say "in" or "at": "de", "di", "von" or "from"
# may credit a person ("un articolo di Jane Roe").
LOCATIVE_WORDS = "in|at|near|à|au|aux|en|dans|nach|im|em|nel|nella|nello|w|we|ve|в|во"


def _a_place_in_the_text(name: str, clean: CleanArticle) -> bool:
    place = re.compile(rf"(?<!\w)(?:{LOCATIVE_WORDS})\s+{re.escape(' '.join(name.split()))}(?![\w'’])", re.I)
    return any(place.search(line.text) for line in clean.body)


def _names_alone(text: str) -> bool:
    return is_names_only(text) and not is_credit(text)


def _outlet(clean: CleanArticle, registry: Registry) -> Field:
    """The page's publisher where the page names it (archive.sources.outlet), with the line and the rule."""
    found = sources.outlet(clean, registry)
    if found is None:
        return unknown()
    return Field(found.name, Provenance(FROM_TEXT, found.text, found.line, _raw_file(clean)), (("rule", found.rule),))


def _wire(clean: CleanArticle, registry: Registry) -> Field:
    """The wire or original source of the copy (archive.sources.wire), with the line and the rule."""
    found = sources.wire(clean, registry)
    if found is None:
        return unknown()
    return Field(found.name, Provenance(FROM_TEXT, found.text, found.line, _raw_file(clean)), (("rule", found.rule),))


def _entities(clean: CleanArticle, registry: Registry, kind: str, min_body: int) -> Field:
    """Registry names found in the kept text; leaders also need enough presence to count."""
    matcher = registry.matcher(kind)
    counts: Counter[str] = Counter()
    prominent: set[str] = set()
    first: dict[str, tuple[int, str]] = {}
    paragraphs = 0
    for line in clean.lines:
        if line.role not in (TITLE, STANDFIRST, HEADING, PARAGRAPH):
            continue
        paragraphs += line.role == PARAGRAPH
        in_lede = line.role in (TITLE, STANDFIRST) or (line.role == PARAGRAPH and paragraphs <= LEDE_PARAGRAPHS)
        for mention in matcher.find(line.text):
            counts[mention.name] += 1
            if in_lede:
                prominent.add(mention.name)
            first.setdefault(mention.name, (line.number, _snippet(line.text, mention.start)))
    names = sorted(n for n in counts if n in prominent or counts[n] >= min_body)
    evidence = "; ".join(f"{n}: {counts[n]} mention(s), first line {first[n][0]}: {first[n][1]}" for n in names)
    first_line = min((first[n][0] for n in names), default=None)
    return Field(
        tuple(names), Provenance(FROM_TEXT, evidence or "no registry name in the article's text", first_line, _raw_file(clean))
    )


def _surnames(names: set[str], registry: Registry) -> dict[str, str]:
    """The surname of each leader named on the page (Chinese names first, Russian names last), when it names one only."""
    seen: dict[str, list[str]] = {}
    for name in names:
        entity = registry.entity("leaders", name)
        words = name.split()
        if entity is None or len(words) < 2:
            continue
        surname = words[0] if "China" in entity.role else words[-1]
        seen.setdefault(surname, []).append(name)
    return {surname: found[0] for surname, found in seen.items() if len(found) == 1}


def _office_holders(names: set[str], office: str, country: str, registry: Registry) -> list[str]:
    """The leaders among names who held that office of that country, by their registry role ("Premier of China",
    "President of Russia (2000–2008, 2012–); Prime Minister (2008–2012)")."""
    words = ("President",) if office == "President" else ("Premier", "Prime Minister")
    held = []
    for name in sorted(names):
        role = _role(name, registry)
        if country in role and any(w in role for w in words):
            held.append(name)
    return held


# LEADERS_PAIRED: a Russian and a Chinese leader named side by side with only "and" between them, in any of the
# archive's languages ("Şi Cinping ve Putin ...", "Tập Cận Bình và Putin", "Си Цзиньпин и Путин", "习近平和普京"), are the
# two sides of the meeting the sentence is about: both take part, whatever verb follows (the acting verbs are read in
# English and six other languages only). Two leaders of one country ("a speech by Jane Roe and John Doe") are not.
PAIR_JOINER = re.compile(r"^\s*+(?:and|&|ve|và|и|і|та|et|y|e|und|en|och|og|και|和|与|與|及|と|와|과)\s*+$", re.I)


def _role(name: str, registry: Registry) -> str:
    """A leader's registry role ("President of Russia (2000–2008, 2012–); ..."), "" when the registry has none."""
    entity = registry.entity("leaders", name)
    return entity.role if entity else ""


def _country(name: str, registry: Registry) -> str:
    role = _role(name, registry)
    return "Russia" if "Russia" in role else "China" if "China" in role else ""


def _leaders_paired(text: str, mentions: list[Mention], registry: Registry) -> set[str]:
    paired: set[str] = set()
    for one, other in itertools.pairwise(mentions):
        between = text[one.start + len(one.form) : other.start]
        countries = {_country(one.name, registry), _country(other.name, registry)}
        if countries == {"Russia", "China"} and PAIR_JOINER.fullmatch(between):
            paired |= {one.name, other.name}
    return paired


# FORMER_HOLDER: a leader the page calls a former holder of his office ("the former Russian president Dmitry
# Medvedev, now ...", "O ex-presidente russo ...", "бывший президент ...") held no office the archive counts in what it
# reports, unless the page also gives him a title without "former" ("Prime Minister Dmitry Medvedev, a former
# president"): a title word just before a mention (OFFICE_BEFORE) says he holds it.
FORMER_BEFORE = re.compile(
    r"(?<![\w-])(?i:former|ex-|ex |onetime|one-time|бывш\w{0,4}|экс-|ancienn?e?|antigu[oa]|antig[oa]|ehemalig\w{0,3}|"
    r"l['’]ex-?)\s*+(?:[\w'’-]++\s++){0,2}?"
    # (the office itself between: "former Russian president", "ex-presidente russo"; "a former aide to" names none)
    r"(?i:president|premier|prime minister|presidente|président|primer ministro|primeiro-ministro|premier ministre|"
    r"präsident\w{0,2}|presidenten|президент\w{0,3}|премьер\w{0,3})\s++(?:[\w'’-]++\s++){0,1}$"
)
OFFICE_BEFORE = re.compile(
    r"(?<!\w)(?i:president|premier|prime minister|presidente|président|primer ministro|primeiro-ministro|premier ministre|"
    r"президент\w{0,3}|премьер\w{0,3}|председател\w{0,3})\s++(?:[\w'’-]++\s++){0,1}$"
)


def _leaders(clean: CleanArticle, registry: Registry) -> Field:
    """Leaders taking part (see LEADER_MIN_BODY_LINES). HEADLINE_OTHERS_MEET: a title reporting a meeting in which a
    leader it names does not act ("Wang Yi meets Lavrov ahead of Xi visit") does not make that leader prominent."""
    matcher = registry.matcher("leaders")
    lines: Counter[str] = Counter()
    prominent: set[str] = set()
    acting: dict[str, str] = {}
    first: dict[str, tuple[int, str]] = {}
    former: set[str] = set()  # FORMER_HOLDER (see FORMER_BEFORE)
    titled: set[str] = set()
    paragraphs = 0
    text_lines = [line for line in clean.lines if line.role in (TITLE, STANDFIRST, HEADING, PARAGRAPH)]
    for line in text_lines:
        paragraphs += line.role == PARAGRAPH
        in_lede = line.role in (TITLE, STANDFIRST) or (line.role == PARAGRAPH and paragraphs <= LEDE_PARAGRAPHS)
        mentions = matcher.find(line.text)
        # HISTORY: a line naming him only for what he did some time back neither counts nor makes him prominent.
        current = {
            m.name
            for m in mentions
            if not in_history(line.text, m.start + len(m.form)) and not opened_as_earlier(line.text, m.start)
        }
        acts: dict[str, str] = {}
        paired = _leaders_paired(line.text, mentions, registry) & current
        for mention in mentions:
            rule = takes_part_in(line.text, mention.start, mention.start + len(mention.form))
            rule = rule or ("leaders-paired" if mention.name in paired else None)
            if rule:
                acts.setdefault(mention.name, rule)
                acting.setdefault(mention.name, f"{rule}, line {line.number}: {_snippet(line.text, mention.start)}")
        for mention in mentions:
            before = line.text[: mention.start]
            if FORMER_BEFORE.search(before):
                former.add(mention.name)
            elif OFFICE_BEFORE.search(before):
                titled.add(mention.name)
        others_meet = line.role == TITLE and meeting_in(line.text)
        for mention in mentions:
            lines[mention.name] += mention.name in current and mention.name not in {
                m.name for m in mentions[: mentions.index(mention)]
            }
            if in_lede and mention.name in current and not (others_meet and mention.name not in acts):
                prominent.add(mention.name)
            first.setdefault(mention.name, (line.number, _snippet(line.text, mention.start)))
    # The page's own lines, furniture too, say whom a surname names ("Chinese Premier Wen Jiabao (L) meets ..." in a
    # caption, then "Wen arrived in St. Petersburg" in the text): a surname names a leader the page names in full.
    named = {m.name for text in clean.raw.lines for m in matcher.find(text)}
    surnames = _surnames(named | set(first), registry)
    for line in text_lines:
        for name, start, rule in surname_addressed(line.text, surnames):
            acting.setdefault(name, f"{rule}, line {line.number}: {_snippet(line.text, start)}")
            first.setdefault(name, (line.number, _snippet(line.text, start)))  # named in the text by surname only
        for start, _end, office, country in office_mentions(line.text):
            held = _office_holders(named, office, country, registry)
            if len(held) == 1:  # LEADER_BY_OFFICE: one leader of the page held that office
                acting.setdefault(held[0], f"leader-by-office, line {line.number}: {_snippet(line.text, start)}")
                first.setdefault(held[0], (line.number, _snippet(line.text, start)))
    names = sorted(
        n
        for n in first
        if (n in acting or n in prominent or lines[n] >= LEADER_MIN_BODY_LINES) and not (n in former and n not in titled)
    )
    evidence = "; ".join(
        f"{n}: named in {lines[n]} line(s), first line {first[n][0]}: {first[n][1]}" + (f"; {acting[n]}" if n in acting else "")
        for n in names
    )
    line_no = min((first[n][0] for n in names), default=None)
    return Field(
        tuple(names), Provenance(FROM_TEXT, evidence or "no registry name in the article's text", line_no, _raw_file(clean))
    )


def from_text(clean: CleanArticle, registry: Registry) -> Metadata:
    outlet = _outlet(clean, registry)
    wire = _wire(clean, registry)
    if sources.outlets_own_copy(outlet.value, outlet.get("rule"), wire.value, registry):
        wire = unknown()
    elif outlet.value is None and sources.source_heads_the_page(clean, wire.value, wire.get("rule"), registry):
        outlet = Field(wire.value, wire.provenance, (("rule", sources.OWN_SOURCE),))  # SOURCE_HEADS_THE_PAGE
        wire = unknown()
    author = _author(clean, registry)
    if author.value and outlet.value and str(author.value).casefold() == str(outlet.value).casefold():
        author = unknown()  # AUTHOR_IS_THE_OUTLET: "Redacción|EXAMPLE NOTICIAS" credits the site's newsroom, no person
    return Metadata(
        title=_title(clean, registry),
        date=_date(clean),
        outlet=outlet,
        author=author,
        url=unknown(),
        leaders=_leaders(clean, registry),
        agreements=_entities(clean, registry, "agreements", 1),
        wire=wire,
    )


def merge(text: Metadata, sidecar: Sidecar, registry: Registry) -> Metadata:
    """A contributor's correction replaces what the text gave; names are made canonical."""
    values = dict(text.fields())
    for c in sidecar.corrections:
        value = c.value
        if c.field in ("leaders", "agreements"):
            assert isinstance(value, tuple)  # the sidecar's schema: a list of names
            value = tuple(sorted({registry.canonical(c.field, v) or v for v in value}))
        extra = (("precision", c.precision), ("kind", c.kind)) if c.field == "date" else ()
        values[c.field] = Field(value, Provenance(FROM_CONTRIBUTOR, c.basis, c.line, f"seeds/{Path(sidecar.path).name}"), extra)
    return Metadata(**values)


def needs_curation(metadata: Metadata) -> tuple[str, ...]:
    # The wire source is unknown on most pages that are no reprint: nothing to curate.
    return tuple(name for name, f in metadata.fields() if not f.known and name not in ("url", "wire"))
