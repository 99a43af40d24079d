"""The headline as the page states it, without what a page title adds to it: the site's or section's name after a bar
("Headline | Example Times"), a source after a dash ("Headline - Example.com"), a date and time run onto its end
("Headline December 30, 2022 at 12:26AM", "Headline(14/06/2001)").

split_headline("Floods recede | Example Times", page_lines) -> Headline("Floods recede", "Example Times", None, ...)

The cleaned line stays as printed (cleaning keeps lines character for character); only the title field is the part
before the suffix. Rules, tried in this order:
  TITLE_CRUMB_PREFIX, TITLE_WIDGET_SUFFIX, TITLE_FLASH_PREFIX, TITLE_GLUED_SECTION, TITLE_GLUED_SITE, TITLE_GLUED_KICKER, TITLE_FLAG_PREFIX, TITLE_DAY_MONTH_PREFIX,
  TITLE_LIST_NUMBER,
  TITLE_DATE_TAIL (and TITLE_CREDIT_BEFORE_DATE), TITLE_SOURCE_BRACKETS, TITLE_WRITER_BRACKETS, TITLE_BAR_SUFFIX, TITLE_SITE_THEN_DATE,
  TITLE_DASH_SUFFIX (and TITLE_HASHTAG_TAIL, TITLE_REGISTRY_SUFFIX), TITLE_COLON_SUFFIX, TITLE_COUNTER_SUFFIX, TITLE_SOURCE_LABEL_SUFFIX,
  TITLE_RUBRIC_PREFIX.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .byline import WIRE_NAMES
from .metaline import DATE, FILLER, LABEL, RELATIVE, TIME_PART, parse_meta_line
from .model import DateValue
from .rules import PICTURE_SOURCE_LABELS, word_count

# TITLE_BAR_SUFFIX: a page's <title> ends with the site's name, or its section's, after a bar ("Headline | Example
# Times", "Headline | World | Example Times"): a headline itself almost never holds a bar. What follows the first bar
# is taken off when it is short (at most this many words in each part), none of it opens in lower case (a name does;
# "Headline | talks with the premier" is the headline's second half), and the headline before it has at least
# MIN_HEADLINE_WORDS words.
MAX_SUFFIX_WORDS = 5
MIN_HEADLINE_WORDS = 3
# (LOWER_CASE_SITE_SUFFIX: after the bar, one word in small letters, its letters run together, "Headline |
# examplenewsdaily": the site's name as its address writes it, no word of the headline)
LOWER_CASE_SITE = re.compile(r"[a-z]{8,40}")
# (CJK_BAR_SUFFIX: after Chinese, Japanese or Korean text the bar needs no spaces, "見出し|Example NEWS", and may be the
# full-width "｜")
BAR_SUFFIX = re.compile(
    r"(?<!\s)\s+(?:\||‹|›|«|»|::|•|｜)\s+|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af）」】])\s*+[|｜]\s*+"
)  # (?<!\s): a run of spaces is entered at its start only
# TITLE_DASH_SUFFIX: a dash is a headline's own punctuation ("Floods recede - people return home"), so the part after
# the last spaced dash is taken off only when it is a site's address ("Headline - Example.com"), a name ending in a
# newspaper's word (PAPER_SUFFIX: "Headline - Example Gazette"), a registry outlet's name (TITLE_REGISTRY_SUFFIX:
# "Headline — TASS"), or is printed on the page as a line of its own (the masthead, "Headline - Example Times" under an
# "Example Times" masthead).
# TITLE_BY_SUFFIX: a credit after the dash ("Sample Releases - by Example News Service", "... - by Jane Roe") is no part
# of the headline; whose it is, a person's or a service's, the credit rules say elsewhere.
BY_SUFFIX = re.compile(r"^[Bb]y\s[A-Z]")
# TITLE_HASHTAG_TAIL: a page title may carry the site's hashtags between the headline and the suffix ("Headline #Dubai -
# Example City Guide"): left out when the page prints the headline bare (TITLE_PRINTED_BARE), which says they are no
# part of it.
# CLOCK_TAIL: the time of day in brackets after the headline, as a news list prints it ("Premier to visit next week
# (18:26)"): no word of the headline.
CLOCK_TAIL = re.compile(r"\s\(\d{1,2}:\d{2}\)$")
HASHTAG_TAIL = re.compile(r"(?:\s#[^\W\d_][\w-]{0,40}+)+$")
# TITLE_COUNTER_SUFFIX: a slideshow's or a series' counter in brackets after the headline ("Weather alert (1/1)",
# "Harbour works (2/5)"): the page's place in a set, taken off when a headline of two words or more is left.
COUNTER_SUFFIX = re.compile(r"(?<!\s)\s?\(\d{1,2}/\d{1,2}\)\s*$")
MIN_COUNTER_HEADLINE_WORDS = 2
# TITLE_SOURCE_LABEL_SUFFIX: a source's label and name run onto the headline (a picture's "Źródło: Example Police",
# "Source: Example Agency" printed under the headline as its alternative text): taken off, the headline left.
SOURCE_LABEL_SUFFIX = re.compile(rf"(?<!\s)\s++{PICTURE_SOURCE_LABELS}\s?:\s?[^:]{{1,40}}$")
# (GLUED_DOUBLE_HYPHEN: "Headline--Example Daily Online", two hyphens with no space around them)
# (SENTENCE_CASE_SUFFIX, in split_headline) a name's words are capitalised, but for its glue words ("of", "de"): two
# words or more in lower case make a sentence's case.
NAME_GLUE_WORDS = frozenset("of the and for de del la le les el di da do das dos der die des du von van y e et a".split())


def _sentence_cased(text: str) -> bool:
    return sum(1 for w in text.split() if w[:1].islower() and w.casefold() not in NAME_GLUE_WORDS) >= 2


# (HYPHEN_IN_THE_SUFFIX: the last spaced dash splits, whatever hyphens the suffix holds: "... - Example TV, Harbour
# City, FL-news & weather")
DASH_SUFFIX = re.compile(r"(?<!\s)\s+[-–—]\s+(?![^\n]*?\s[-–—]\s)|(?<=[a-z.!?])--(?=[A-Z][^-–—]*$)")
# TITLE_COLON_SUFFIX: a space before the colon ("Headline : The Example Tribune India") is a page title's separator in
# English; in French it is a headline's own ("Sommet : Xi reçoit Poutine"), so the part after it is taken off only when
# it is a site's address, a registry outlet's name, or a newspaper's name with up to PLACE_AFTER_PAPER_WORDS words of
# place after its newspaper's word ("The Example Tribune India").
COLON_SUFFIX = re.compile(r"(?<!\s)\s+:\s+(?=[^:]*$)")
PLACE_AFTER_PAPER_WORDS = 1
# TITLE_SITE_THEN_DATE: the site's name and the page's date after dashes ("Headline – Example – 03/21/2023"), taken off
# when the name is a registry outlet's.
SITE_THEN_DATE = re.compile(r"\s[-–—]\s(?P<site>[^-–—]{2,40}?)\s[-–—]\s\d{1,2}/\d{1,2}/\d{4}$")
SITE_NAME = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,62}){0,3}\.[A-Za-z]{2,12}")
# PAGE_TITLE_PREFIX: the browser's title of the page copied over it, the site's name, a colon or a bar, and the headline
# ("Example News : Headline"), read by archive.clean and archive.sources.
PAGE_TITLE_PREFIX = re.compile(r"^(?P<site>[^:|：]{2,40}?)\s[:|：]\s(?P<headline>.{10,})$")
# TITLE_DATE_TAIL: a date (with its time) run onto the end of the headline, with or without a space or brackets: the
# page's timestamp, not the headline's words. Taken off when the rest is a headline of MIN_HEADLINE_WORDS words.
# (GLUED_DATE_TAIL: a copy that lost the space between them glues the date's day to the headline's last word, "Uheld
# på motorvej19. oktober 2024": a letter, then a digit)
TAIL_START = re.compile(r"(?<=\S)(?=[(\[])|(?<=\s)(?=\S)|(?<=[^\W\d_])(?=\d)")
MAX_TAIL_CHARS = 60
TAIL_KINDS = frozenset((DATE, TIME_PART, FILLER, RELATIVE))
# ... only when the date has its time after it or is set off by brackets, and never after a word that would carry the
# date into the headline's sentence ("Elections set for March 5, 2019 at 10:00").
GLUE_WORDS = frozenset("on at by for since until till before after from to in of the and or".split())


# TITLE_SOURCE_BRACKETS: a news agency's or state paper's name in brackets at the end ("Headline (Example Agency)")
# says where the copy came from: not the headline's words (archive.byline's list of wires; "(Photos)", "(Update 2)" and
# other brackets stay). The name is the page's wire source (archive.sources).
SOURCE_BRACKETS = re.compile(r"(?<=\S)\s?\((?P<source>[^()]{2,40})\)\s*$")
# (AGENCY_GLUED_BY_HYPHEN: the agency run onto the headline's last word by a hyphen, "Xi holds talks with Example-Xinhua",
# as an agency's own site titles its pages: one of the wires' names only, so "Coca-Cola" and "Sino-Russian" stay)
SOURCE_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?P<source>[A-Z][\w.&'’]{1,30})\s*$")
# TITLE_WRITER_BRACKETS: the writer's initial and surname in brackets at the end ("Medvedev meets Xi in Beijing (C.
# Roe)", as blogs and small papers sign a headline): no headline's words; the writer is the page's author when no credit
# line names one (archive.extract). An initial, its stop and a capitalised surname only: "(U.S.)", "(Update 2)" and
# "(Jane Roe)", who may be the headline's subject, stay.
WRITER_BRACKETS = re.compile(r"(?<=\S)\s\((?P<writer>(?:[A-Z]\.\s?){1,2}[A-Z][^\W\d_]{1,30}(?:[-'’][A-Z][^\W\d_]{1,30})?)\)\s*$")


# TITLE_LIST_NUMBER: a headline copied from a numbered list of stories keeps its number ("1. Example launches ..."): a
# number of one or two digits, a full stop and a capitalised word. Taken off when a headline of MIN_HEADLINE_WORDS is left.
# A small letter after it makes the number an ordinal, the headline's own ("51. sesja Rady Miasta": Polish, German, Czech
# and others write "51st" so).
LIST_NUMBER = re.compile(r"^\d{1,2}\.\s(?=[^\W\d_])")
# TITLE_FLASH_PREFIX: a flash tag before the headline ("BREAKING NEWS: Harbour council resigns", "JUST IN - ..."): the
# page's flag of the moment, no part of the headline. In capitals only ("Breaking: the ice" may be a headline's words).
# "UPDATE:" stays: it says what the story is (a follow-up), as the headline printed it.
FLASH_PREFIX = re.compile(r"^(?:BREAKING(?: NEWS)?|JUST IN|NEWSFLASH)\s?[:|–—-]\s+")
# TITLE_CJK_SECTION_PREFIX: a Chinese site's section, a name ending with "news" or "information" and its colon, run onto
# the headline ("国内英语新闻:Chinese PM to meet ...", "全球信息:<headline>"): the rubric, no part of the headline.
CJK_SECTION_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:新闻|新聞|信息|资讯|資訊|快讯|快訊|要闻|要聞)\s?[:：]\s*")
# TITLE_CAPS_KICKER: a region's or a topic's kicker in capitals, two words or more (the first of four letters or more),
# run onto a headline that opens with a capitalised word in small letters ("NORTH AFRICA In Morocco, rescuers ..."):
# the kicker, no part of the headline ("UK PM visits ..." has no such kicker: short words, initials).
# (KICKER_SMALL_FIRST_WORD: or a kicker opening with a preposition or an article, "AU PALAIS Il arrive ...", "EN BREF",
# "IN BRIEF", "À LA UNE": no initials; THREE_LETTERS_FIRST: or with a word of three letters before one of four or more,
# "RED ALERT Billions of users ...")
# (ONE_LONG_KICKER: or one word in capitals of eight letters or more, a place's or a topic's name, before a headline
# opening with a capital or a figure and words in small letters, "HARBOURTOWN 200 000 euros de moins ...": no acronym is
# so long; a score's line in capitals, "HARBOURTOWN 23, SAMPLE WEST 20", keeps it)
CAPS_KICKER = re.compile(
    r"^(?:(?:[A-Z]{4,}|[A-Z]{3}(?= [A-ZÀ-Ý]{4,})|(?:AU|AUX|À|EN|LE|LA|LES|DU|DES|EL|IN|ON|AT|THE|IM|AM)(?= [A-ZÀ-Ý]{3,}))"
    r"(?: [A-ZÀ-Ý]{2,}){1,3} (?=[A-ZÀ-Ý][a-zà-ÿ])|[A-ZÀ-Ý]{8,} (?=[A-ZÀ-Ý][a-zà-ÿ]|\d++(?: \d++)* [a-zà-ÿ]))"
)
# (DASH_THEN_COMMA: "Headline -, Example News, Weather, Sports", a template's empty field between the dash and the
# site's name and tagline: the dash alone)
DASH_COMMA = re.compile(r"(?<=\S) -, (?=\S)")
# TITLE_DAY_MONTH_PREFIX: a blog's date badge run onto the headline, a day and a month's abbreviation ("29 Oct Government
# white papers on trade"): no part of the headline (a headline does not open on an abbreviated date).
DAY_MONTH_PREFIX = re.compile(r"^\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s(?=[A-Z])")
# TITLE_GLUED_SITE: the site's name in lower case, with its dot, glued to the headline's first capital by the copy
# ("site.exampleРуският премиер ...", "example.comHarbour council ..."): no part of the headline.
GLUED_SITE = re.compile(r"^[a-z][a-z0-9-]*+(?:\.[a-z0-9-]++)++(?=[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω])")
# TITLE_GLUED_SECTION: a section's name in capitals glued to the headline's first word by the copy ("Cina - USAXi
# Jinping ha avuto ...", "AcasăACTUALITATESe deschide ..."): two capitals or more, then a capital and a small letter,
# with no space between, within MAX_GLUED_SECTION_CHARS of the start and up to MAX_SUFFIX_WORDS capitalised words before
# it. An acronym alone glued to a word ("USAToday") is a name and stays, and so is one ending in a small letter after
# the headline's words in lower case ("Peso weakness drags PSEi back").
MAX_GLUED_SECTION_CHARS = 40


def _glued_section_end(text: str) -> int | None:
    for i in range(2, min(len(text) - 1, MAX_GLUED_SECTION_CHARS)):
        plural = text[i + 1] == "s" and not text[i + 2 : i + 3].isalpha()  # an acronym's plural ("Five HBCUs Receive")
        if text[i - 2].isupper() and text[i - 1].isupper() and text[i].isupper() and text[i + 1].islower() and not plural:
            section = text[:i]
            if (
                section != section.upper()  # (a bare acronym glued to a word, "USAToday", is a name)
                and _words(section) <= MAX_SUFFIX_WORDS
                and not any(mark in section for mark in '.!?:,;"“”«»')
                and not any(word[:1].islower() for word in section.split())  # (a trail's words are capitalised)
            ):
                return i
            return None
    return None


# TITLE_GLUED_KICKER: a rubric's one or two capitalised words and a colon glued to the headline's first capital with no
# space ("Kommentar:Stadtrat düpiert Bürger"): two elements of the page run together by the copy, the kicker no part of
# the headline. With a space after the colon ("Ukraine: talks resume") the prefix is the headline's own and stays.
GLUED_KICKER = re.compile(
    r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]{2,19}(?: [A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]{1,19})?:(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*[a-zß-ÿа-яё])"
)
# TITLE_FLAG_PREFIX: a news platform's flag printed before the headline as a word of its own ("featured Harbour council
# resigns", "TOP STORY Harbour ..."): in lower case (a headline opens with a capital) or in capitals, never title case
# ("Featured artists sing" is a headline).
# (BRACKETED_FLAG: the flag in brackets and capitals, "[ARCHIVED] Flu season: ...", "[VIDEO] Harbour ...": the page's
# state or the story's medium, no word of the headline)
FLAG_PREFIX = re.compile(
    r"^(?:featured|top story|sponsored|FEATURED|TOP STORY|SPONSORED"
    r"|\[(?:ARCHIVED|UPDATED?|VIDEO|PHOTOS?|WATCH|LIVE|AUDIO|GALLERY|PODCAST|EXCLUSIVE|BREAKING)\])\s+(?=[A-Z])"
)
# TITLE_CREDIT_BEFORE_DATE: a flattened header prints the headline, its credit and its date on one line ("Tournament
# roundup POST REGISTER Mar 3, 2023 2 hrs ago"): under a date tail, one to four words in capitals after a word in lower
# case are the credit (a paper's or a writer's name), no part of the headline.
ROMAN_NUMERAL = re.compile(r"[IVXLC]{1,6}")
CREDIT_BEFORE_DATE = re.compile(r"(?<=[a-z.!?'’\"”])\s(?P<credit>[A-Z][A-Z.&'’-]+(?:\s[A-Z][A-Z.&'’-]+){0,3})$")


# TITLE_CRUMB_PREFIX: a breadcrumb trail run onto the headline ("Home / World News / Headline", "Inicio > Mundo >
# Headline"): a first part that is a site's home, then parts of at most MAX_SUFFIX_WORDS words; the headline is the
# last part, of MIN_HEADLINE_WORDS words at least.
CRUMB_HOME = frozenset("home homepage inicio portada accueil startseite home page главная 首页 首頁".split())
CRUMB_SEPARATOR = re.compile(r"(?<!\s)\s+(?:/|>|»|›|\|)\s+")
# TITLE_WIDGET_SUFFIX: a widget's label run onto the headline's end ("Headline Related news", "Headline Read more").
# (BUTTONS_AFTER_THE_DATE: the page's print and share buttons after a date and time run on ("Headline 2007-08-17
# 03:17:54 Print"): taken off, the date tail is read as before)
# (PHOTO_CREDIT_SUFFIX: the picture's credit run on, its label and a name or two: "Headline Archieffoto: politie",
# "Headline Foto: Jane Roe", "Headline Photo: AFP")
WIDGET_SUFFIX = re.compile(
    r"(?<=[^\W\d_]|[.?!'’\"”])\s+(?:Related (?:news|stories|articles|posts)|Read more|Read More|READ MORE)\s*$"
    r"|(?<=\d)\s+(?:Print|Share|E-?mail)(?:\s+(?:Print|Share|E-?mail))*\s*$"
    # (SKIP_LINK_TAIL: the page's title with the skip link run onto it, "Hot Releases: ... 2013 Skip to main content")
    r"|(?<=[^\W_]|[.?!'’\"”])\s+(?:Skip to (?:main )?content|Skip to main)\s*$"
    r"|(?<=[^\W\d_])\s+(?:Archieffoto|Archiefbeeld|Archivfoto|Archivbild|Foto|Fotos|Photo|Photos|Bild|Beeld|Image|"
    r"File photo|Photo d'archive)\s?:\s?[^\W\d_][\w.'’-]*+(?: [\w.'’-]++){0,2}\s*$"
)


# TITLE_SECTION_AND_SITE: the section and the site after two dashes ("Headline - World - Example Times"), the site a
# site's address, a paper's or a station's name or a registry outlet's: both go, the site is the outlet.
SECTION_AND_SITE_SUFFIX = re.compile(
    r"(?<!\s)\s+[-–—]\s+[A-Z][\w&'’]*+(?: [A-Z&][\w&'’]*+)?\s+[-–—]\s+(?P<site>(?:(?!\s[-–—]\s)[^|]){2,60})$"
)
# TITLE_SITE_BAR_PREFIX: the site's name before a bar, the headline after it ("Example Times | Headline", a page title's
# other order), the name a paper's of two words or more, a station's, a site's address or a registry outlet's (a
# rubric before a bar, "World | Headline", stays: TITLE_RUBRIC_PREFIX's business).
SITE_BAR_PREFIX = re.compile(r"^(?P<site>[^|｜]{2,40}?)\s+[|｜]\s+(?=\S)")


# TITLE_RUBRIC_PREFIX: a section's or rubric's name run on to the headline's first printing, before a dash, a bar or a
# colon ("World news - Xi and Putin begin talks"), when what follows is printed on the page as a line of its own (the
# headline printed again): the headline is that line. The rubric has at most MAX_SUFFIX_WORDS words, the headline
# MIN_HEADLINE_WORDS. Without the copy a prefix is the headline's own ("Ukraine: talks resume").
RUBRIC_SEPARATOR = re.compile(r"(?<!\s)(?:\s+[-–—|]|:)\s+")


# (PRINTED_FORM: a line printed again is compared with its spaces, case and quotation marks made one: "Tuesday’s Rugby
# News" under "Tuesday's Rugby News - Example Rugby" is the headline printed bare)
QUOTE_FORMS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _dates_only(text: str) -> bool:
    meta = parse_meta_line(text.strip())
    return meta is not None and meta.published is not None and all(p.kind in (DATE, TIME_PART, FILLER) for p in meta.parts)


def printed_form(text: str) -> str:
    return " ".join(text.split()).casefold().translate(QUOTE_FORMS)


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline, and what was taken off it: the bar suffix (the site's or section's name), the dash suffix (a
    source), the date of a date tail, with the rule that took each off."""

    text: str
    bar_suffix: str | None = None
    dash_suffix: str | None = None
    date: DateValue | None = None
    rules: tuple[str, ...] = ()
    source: str | None = None  # TITLE_SOURCE_BRACKETS
    writer: str | None = None  # TITLE_WRITER_BRACKETS
    rubric: str | None = None  # TITLE_RUBRIC_PREFIX
    tagline_sites: tuple[str, ...] = ()  # TITLE_SUFFIX_SHARED: the names printed before the same suffix on other lines


def _words(text: str) -> int:
    # (CJK_WORDS, archive.rules: a Chinese headline of two spaced runs is some ten words, not two)
    return word_count(text)


# TITLE_DATE_PREFIX: the page's full date (with its time) before the headline, set off by a colon or a spaced dash
# ("22. Juni 2015: Example grant for the district", "2019-06-03 – Council approves the budget"): the date is the
# page's, no part of the headline. Only a whole date with its year: "June: a month of festivals" keeps its word.
# (CJK_AFTER_SPACE: a space alone sets the date off before a headline in Chinese or Japanese, "2023.12.05 <headline>")
DATE_PREFIX_END = re.compile(r":\s|\s[–—|-]\s|(?<=\d)\s(?=[\u3040-\u30ff\u3400-\u9fff])")


# DATE_SPACE_HEADLINE: set off by a space alone, a date and its time ("March 27, 2012 8:35 AM A Day For Mystery
# Lovers") or a date whose year is followed by a capital ("27 March 2012 Council Approves ..."), the rest a headline (a
# capital first, no full stop last): a date line run into the headline when the page was copied. A sentence opening
# with its date ends with a full stop, and is no title line.
SPACE_AFTER_DATE = re.compile(r"(?<=\S)\s(?=[^\W\d_])")


@functools.lru_cache(maxsize=4096)
def _date_prefix(text: str, spaced: bool = True) -> tuple[str, DateValue] | None:
    """(headline, date) when the line opens with a date alone and a colon or a dash (TITLE_DATE_PREFIX), or a space
    (DATE_SPACE_HEADLINE); the longest such date (its time, after a second bar: "Mar 27, 2012 | 8:35 am | ...")."""
    if not any(ch.isdigit() for ch in text[:MAX_TAIL_CHARS]):
        return None  # (no date without its digits: most lines are read no further)
    ends = [(m.start(), m.end(), False) for m in DATE_PREFIX_END.finditer(text, 0, MAX_TAIL_CHARS)]
    if spaced:
        ends += [(m.start(), m.end(), True) for m in SPACE_AFTER_DATE.finditer(text, 0, MAX_TAIL_CHARS)]
    found = None
    for start, end, by_space in sorted(ends):
        meta = parse_meta_line(text[:start].strip())
        if meta is None or meta.published is None or meta.published.precision != "day":
            continue
        kinds = [part.kind for part in meta.parts]
        rest = text[end:].strip()
        if not (set(kinds) <= TAIL_KINDS and kinds[0] == DATE and _words(rest) >= MIN_HEADLINE_WORDS):
            continue
        if by_space and (
            not rest[:1].isupper() or rest.endswith(".") or not (TIME_PART in kinds or text[:start].rstrip()[-1:].isdigit())
        ):
            continue  # DATE_SPACE_HEADLINE
        found = rest, meta.published
    return found


def without_date_prefix(text: str) -> str:
    """The line without the date it opens with, set off by a colon, a dash or a bar (TITLE_DATE_PREFIX), for the
    title's choice (a date set off by a space alone is read so only on a line chosen as the title: LEADING_TIMESTAMP,
    archive.clean, "2023-03-21 16:07:46 Example TV", is a video's listing)."""
    prefix = _date_prefix(" ".join(text.split()), spaced=False)
    return prefix[0] if prefix is not None else text


@functools.lru_cache(maxsize=4096)  # a title line is split by several stages (roles, title choice, metadata)
def _date_tail(text: str) -> tuple[str, DateValue] | None:
    """(headline, date) when the line ends in a date and time alone (TITLE_DATE_TAIL)."""
    for match in TAIL_START.finditer(text):
        start = match.start()
        tail = text[start:]
        if len(tail) > MAX_TAIL_CHARS:
            continue
        meta = parse_meta_line(tail.strip(" ()[]"))
        # (LABELLED_TAIL: the date with its label, "Headline Stand: 20.10.2022 19:16 Uhr", "Headline Updated: ...": the
        # label goes with it, whichever date it names)
        value = (meta.published or meta.updated) if meta is not None else None
        if meta is None or value is None or value.precision != "day":
            continue
        kinds = [part.kind for part in meta.parts]
        if not set(kinds) <= TAIL_KINDS | {LABEL} or kinds[0] == FILLER or LABEL in kinds[1:]:
            continue
        head = text[:start].rstrip(" ,|-–—")
        marked = tail[:1] in "([" or not text[start - 1].isspace() or kinds[0] == LABEL  # "Headline(14/06/2001)"
        timed = {TIME_PART, RELATIVE} & set(kinds[kinds.index(DATE) :])  # (RELATIVE: "Mar 3, 2023 2 hrs ago")
        if not (marked or timed) or head.split()[-1:] in ([w] for w in GLUE_WORDS):
            return None  # "Elections set for March 5, 2019": a headline ending in a date is its own words
        if _words(head) >= MIN_HEADLINE_WORDS:
            return head, value
        return None
    return None


# ATTRIBUTION_SUFFIX: an agency's headline names its source after the dash ("Premiers hold talks — Chinese TV",
# "... — Russian media", "... — state TV"): a nation's or a kind's adjective and a broadcaster's or the press's generic
# word, never a masthead (a paper's name ends in its own word: "Irish Times", "Indian Express").
ATTRIBUTION_SUFFIX = re.compile(
    r"^(?:[A-Z][a-z]+(?:ese|ian|ish|an|i|ch)|[Ss]tate|[Ll]ocal|[Ff]oreign|[Ww]estern|US|U\.S\.|UK|EU)\s"
    r"(?:TV|[Tt]elevision|[Mm]edia|[Pp]ress|[Ss]ources?|[Rr]eports?|[Oo]fficials?)$"
)


# STATION_SUFFIX: a broadcaster's name after the dash: call letters ("WXYZ", "KXYZ-TV", "CXYZ-FM": a North American
# station's), or capitalised words with a station's word last or "Radio" first ("Bay Radio", "Example TV", "Radio
# Example"); an agency's attribution ("Chinese TV", "state TV") is no station's name.
CALL_LETTERS = re.compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD))?")
STATION_LAST_WORDS = frozenset("radio tv fm television".split())
STATION_FIRST_WORDS = frozenset("radio rádio radyo радио".split())


def station_shaped(suffix: str) -> bool:
    """STATION_SUFFIX: call letters, or a station's capitalised name."""
    words = suffix.split()
    if not words or len(words) > MAX_SUFFIX_WORDS or ATTRIBUTION_SUFFIX.match(suffix.strip()):
        return False
    if len(words) == 1:
        return bool(CALL_LETTERS.fullmatch(words[0]))
    shaped = words[-1].casefold() in STATION_LAST_WORDS or words[0].casefold() in STATION_FIRST_WORDS
    return shaped and all(w[:1].isupper() or w[:1].isdigit() for w in words)


# STATION_NUMBERED: a station's name with its channel's number ("NEWS10", "CW39", "KOLD News 13", "CBS News 8"): read in
# a dateline's brackets only ("Rochester, N.Y. (WHAM) -", "HOUSTON (CW39)"), where a summit's "COP28" never stands.
# (RADIO_DIAL: an AM station's dial of three or four figures, "(NEWS 1130)", never a year: "(EXPO 2020)" is no station)
STATION_NUMBERED = re.compile(r"[A-Z]{2,5}\s?(?:\d{1,2}|(?!(?:19|20)\d\d)[1-9]\d{2,3})|[A-Z][A-Za-z]{1,4}\s(?:News|TV)\s\d{1,2}")


def station_in_dateline(name: str) -> bool:
    """The name a dateline's brackets credit is a station's (STATION_SUFFIX's shapes, or STATION_NUMBERED)."""
    return station_shaped(name) or bool(STATION_NUMBERED.fullmatch(name.strip()))


def _paper_shaped(suffix: str) -> bool:
    """PAPER_SUFFIX: a short capitalised name ending in a newspaper's word ("Press Gazette", "Example Daily News"), not
    an agency's attribution (ATTRIBUTION_SUFFIX)."""
    from .sources import NEWSPAPER_WORDS  # (archive.sources reads headlines: imported here, when first needed)

    words = suffix.split()
    if ATTRIBUTION_SUFFIX.match(suffix):
        return False
    return all(w[:1].isupper() for w in words) and words[-1].casefold() in NEWSPAPER_WORDS


# ICON_MARKUP_PREFIX: an icon's empty element left as text before the headline by a copy of the page's source ("<i
# class='fa fa-lock' aria-hidden='true'></i> Headline", a locked story's padlock): markup, no words of the headline.
ICON_MARKUP_PREFIX = re.compile(r"^(?:<(?P<tag>i|span|em|svg)\b[^<>]{0,200}>\s*</(?P=tag)>\s*)+")


# MEDIA_MARKS: a headline's tag after a dash saying what it carries ("... - FOTKY", "... - VIDEO", "... – ФОТО"), on
# every story of the site's lists: the headline's own, never the site's name or its tagline
MEDIA_MARKS = frozenset(
    "foto fotos fotky fotografie fotogalerie fotogalerija fotogaleria galerie gallery galería photos photo video videos "
    "vídeo vídeos videó wideo zdjęcia фото видео відео audio podcast live".split()
)


# SECTIONS_LISTED_SUFFIX: the site's name and its sections or place between commas after the dash, each capitalised
# ("Example News, Weather, Sports", "Example TV, Harbour City, FL-news & weather"): the site's tagline, however long.
MAX_LISTED_SUFFIX_WORDS = 12


def _sections_listed(suffix: str) -> bool:
    parts = suffix.split(",")
    return len(parts) >= 3 and _words(suffix) <= MAX_LISTED_SUFFIX_WORDS and all(p.strip()[:1].isupper() for p in parts)


# The prefixes taken off a title line in turn, each only when MIN_HEADLINE_WORDS words are left after it (their rules
# above): an icon's markup, a flash tag, a Chinese section, a kicker in capitals; then, after the glued section, a
# site's name glued on, a platform's flag and a blog's date badge.
MARKUP_AND_KICKER_PREFIXES = (
    (ICON_MARKUP_PREFIX, "title-icon-markup"),
    (FLASH_PREFIX, "title-flash-prefix"),
    (CJK_SECTION_PREFIX, "title-cjk-section-prefix"),
    (CAPS_KICKER, "title-caps-kicker"),
)
SITE_FLAG_AND_BADGE_PREFIXES = (
    (GLUED_SITE, "title-glued-site"),
    (GLUED_KICKER, "title-glued-kicker"),
    (FLAG_PREFIX, "title-flag-prefix"),
    (DAY_MONTH_PREFIX, "title-day-month-prefix"),
)


def _without_prefixes(text: str, prefixes: tuple[tuple[re.Pattern[str], str], ...], rules: list[str]) -> str:
    for pattern, rule in prefixes:
        found = pattern.match(text)
        if found and _words(text[found.end() :]) >= MIN_HEADLINE_WORDS:
            text = text[found.end() :]
            rules.append(rule)
    return text


# TITLE_PRINTED_BARE_PREFIX: the page prints its headline alone on a line of its own, and the title line is that
# headline with whatever a page title adds after a separator ("Police break up a ring - Example.com - Harbour, Bay |
# Example News" over "Police break up a ring"): the bare printing says where the headline ends, whatever the suffix is
# (several parts, a slogan, a place list). The longest such opening of at least MIN_HEADLINE_WORDS words is taken; a
# date after the separator stays (DATE_AFTER_THE_DASH: "Report – July 2018" under a "Report" rubric is the headline).
TITLE_SEPARATOR = re.compile(r"(?<!\s)(?:\s++[-–—|]\s++|\s*+[|｜]\s*+|\s++::?\s++)")  # ((?<!\s): a run entered at its start)
MAX_TITLE_SEPARATORS = 8  # (a page title has a few; a hostile line of thousands is not compared at each)


def _printed_bare_opening(text: str, printed: set[str]) -> str | None:
    separators = itertools.islice(TITLE_SEPARATOR.finditer(text), MAX_TITLE_SEPARATORS)
    cuts = ((text[: found.start()], text[found.end() :]) for found in separators)
    bare = [
        opening
        for opening, rest in cuts
        if _words(opening) >= MIN_HEADLINE_WORDS and printed_form(opening) in printed and not _dates_only(rest)
    ]
    return bare[-1] if bare else None


def split_headline(
    text: str, page_lines: tuple[str, ...] | list[str] = (), known_site: Callable[[str], bool] | None = None
) -> Headline:
    """The headline of a title line (see the module's rules); page_lines are the page's other lines (for the dash);
    known_site says whether a name is a registry outlet's (TITLE_REGISTRY_SUFFIX)."""
    text = " ".join(text.split())
    rules: list[str] = []
    crumbs = CRUMB_SEPARATOR.split(text)
    if (
        len(crumbs) >= 3
        and crumbs[0].casefold() in CRUMB_HOME
        and all(_words(c) <= MAX_SUFFIX_WORDS for c in crumbs[1:-1])
        and _words(crumbs[-1]) >= MIN_HEADLINE_WORDS
    ):
        text = crumbs[-1]
        rules.append("title-crumb-prefix")
    clock = CLOCK_TAIL.search(text)
    if clock and _words(text[: clock.start()]) >= MIN_HEADLINE_WORDS:
        text = text[: clock.start()]
        rules.append("title-clock-tail")
    widget = WIDGET_SUFFIX.search(text)
    if widget and _words(text[: widget.start()]) >= MIN_HEADLINE_WORDS:
        text = text[: widget.start()]
        rules.append("title-widget-suffix")
    text = _without_prefixes(text, MARKUP_AND_KICKER_PREFIXES, rules)
    text = DASH_COMMA.sub(" - ", text)
    section_end = _glued_section_end(text)
    if section_end is not None and _words(text[section_end:]) >= MIN_HEADLINE_WORDS:
        text = text[section_end:]
        rules.append("title-glued-section")
    text = _without_prefixes(text, SITE_FLAG_AND_BADGE_PREFIXES, rules)
    date = None
    prefix = _date_prefix(text)
    if prefix is not None:
        text, date = prefix
        rules.append("title-date-prefix")
    numbered = LIST_NUMBER.match(text)
    if numbered and not text[numbered.end()].islower() and _words(text[numbered.end() :]) >= MIN_HEADLINE_WORDS:
        text = text[numbered.end() :]
        rules.append("title-list-number")
    tail = _date_tail(text)
    if tail is not None:
        text, date = tail
        rules.append("title-date-tail")
        credit = CREDIT_BEFORE_DATE.search(text)
        if credit and ROMAN_NUMERAL.fullmatch(credit["credit"]):
            credit = None  # ROMAN_NUMERAL_ENDS: "... after the Congress XIV" ends the headline, no one's credit
        if credit and _words(text[: credit.start()]) >= MIN_HEADLINE_WORDS:
            text = text[: credit.start()]
            rules.append("title-credit-before-date")
    printed = {printed_form(line) for line in page_lines}
    bare_opening = _printed_bare_opening(text, printed)  # (taken last: the rules below still read the site's name)
    source = None
    bracket = SOURCE_BRACKETS.search(text) or SOURCE_HYPHEN.search(text)
    if bracket and bracket["source"].strip().casefold() in WIRE_NAMES and _words(text[: bracket.start()]) >= MIN_HEADLINE_WORDS:
        text, source = text[: bracket.start()].rstrip(), bracket["source"].strip()
        rules.append("title-source-brackets" if bracket.re is SOURCE_BRACKETS else "title-source-hyphen")
    signed = WRITER_BRACKETS.search(text)
    writer = signed["writer"] if signed and _words(text[: signed.start()]) >= MIN_HEADLINE_WORDS else None
    if signed and writer:
        text = text[: signed.start()]
        rules.append("title-writer-brackets")
    bar = None
    parts = BAR_SUFFIX.split(text)
    names = parts[1:]
    if (
        names
        and _words(parts[0]) >= MIN_HEADLINE_WORDS
        # (a piece in lower case is the headline's, unless it is a site's address: "Headline | example.co.uk"; QUOTE_THEN_
        # COLON: after a French quotation's "»", its colon first, "« Nous sommes prêts » : la clinique ouvre")
        and all(
            _words(p) <= MAX_SUFFIX_WORDS
            and (not p.lstrip(" :;,")[:1].islower() or SITE_NAME.fullmatch(p.strip()) or LOWER_CASE_SITE.fullmatch(p.strip()))
            for p in names
        )
    ):
        text, bar = parts[0], parts[-1].strip()
        rules.append("title-bar-suffix")
    dash = None
    site_first = SITE_BAR_PREFIX.match(text)
    if bar is None and site_first and _words(text[site_first.end() :]) >= MIN_HEADLINE_WORDS:
        site = site_first["site"].strip()
        shaped = (_paper_shaped(site) and len(site.split()) >= 2) or station_shaped(site) or SITE_NAME.fullmatch(site)
        if shaped or (known_site is not None and known_site(site)):
            text, dash = text[site_first.end() :], site
            rules.append("title-site-bar-prefix")
    dated_site = SITE_THEN_DATE.search(text) if known_site is not None else None
    if (
        dated_site
        and known_site is not None
        and known_site(dated_site["site"])
        and _words(text[: dated_site.start()]) >= MIN_HEADLINE_WORDS
    ):
        text, dash = text[: dated_site.start()], dated_site["site"]
        rules.append("title-site-then-date")
    tagline_sites: tuple[str, ...] = ()
    section_and_site = SECTION_AND_SITE_SUFFIX.search(text)
    if section_and_site and _words(text[: section_and_site.start()]) >= MIN_HEADLINE_WORDS:
        site = section_and_site["site"].strip()
        if (
            SITE_NAME.fullmatch(site)
            or _paper_shaped(site)
            or station_shaped(site)
            or (known_site is not None and known_site(site))
        ):
            text, dash = text[: section_and_site.start()], site
            rules.append("title-section-and-site")
    pieces = DASH_SUFFIX.split(text)
    after = pieces[1].strip() if len(pieces) == 2 else ""
    dated_prefix = len(pieces) == 2 and any(ch.isdigit() for ch in pieces[0])  # (an issue's number, a date)
    if dated_prefix and printed_form(after) in printed and _sentence_cased(after) and _words(after) >= MIN_HEADLINE_WORDS:
        # HEADLINE_AFTER_THE_DASH: the headline after the site's name and its issue, or after a reprint's credit
        # ("Example - Volume 19 Issue 21 February 20, 1997 - Book scholarship winners announced", "ARTICOLO TRATTO DA
        # "EXAMPLE" DEL 02/07/2013 - Harbour festival, a success"), the part before the dash with a number or a date in
        # it (else a rubric's, TITLE_RUBRIC_PREFIX), the part after in sentence case and printed again on its own
        text = after
        rules.append("title-headline-after-dash")
    elif (
        len(pieces) == 2
        and _words(pieces[0]) >= MIN_HEADLINE_WORDS
        and (_words(pieces[1]) <= MAX_SUFFIX_WORDS or _sections_listed(pieces[1]))
        and pieces[1].strip().casefold() not in MEDIA_MARKS
        and not _dates_only(pieces[1])  # (DATE_AFTER_THE_DASH: "Report – July 2018", the month, no site)
    ):
        suffix = pieces[1].strip()
        # TITLE_SUFFIX_SHARED: another line ends with the same suffix after a dash ("Example Network – Saudi News"): the
        # site's tagline, not the headline's
        sharing = tuple(
            other[0].strip()
            for line in page_lines
            if len(other := DASH_SUFFIX.split(line)) == 2
            and other[1].strip().casefold() == suffix.casefold()
            and not other[0].strip().casefold().endswith(pieces[0].strip().casefold())  # (the title's own line, stamped)
        )
        # TITLE_PRINTED_BARE: the page prints the headline again without the suffix (its <title>, then its headline)
        tagged = HASHTAG_TAIL.search(pieces[0])
        if tagged and printed_form(pieces[0][: tagged.start()]) in printed:
            pieces[0] = pieces[0][: tagged.start()]
            rules.append("title-hashtag-tail")
        bare = printed_form(pieces[0]) in printed
        # TITLE_REGISTRY_SUFFIX: a registry outlet's name after the dash ("Headline — Example Agency") is the site's
        registered = known_site is not None and known_site(suffix)
        # (SENTENCE_CASE_SUFFIX: printed on its own line in sentence case, "... - Book scholarship winners announced",
        # the part after the dash is the headline printed again, no site's name)
        alone = printed_form(suffix) in printed and not _sentence_cased(suffix)
        listed = _sections_listed(suffix)
        station = station_shaped(suffix)
        if SITE_NAME.fullmatch(suffix) or alone or _paper_shaped(suffix) or station or sharing or bare or registered or listed:
            text, dash, tagline_sites = pieces[0], suffix, sharing
            rules.append("title-dash-suffix")
        elif BY_SUFFIX.match(suffix):
            text = pieces[0]  # TITLE_BY_SUFFIX: the headline's credit, a person's or a service's: not the site's name
            rules.append("title-by-suffix")
    pieces = COLON_SUFFIX.split(text)
    if dash is None and len(pieces) == 2 and _words(pieces[0]) >= MIN_HEADLINE_WORDS:
        suffix = pieces[1].strip()
        words = suffix.split()
        paper = len(words) <= MAX_SUFFIX_WORDS and any(
            _paper_shaped(" ".join(words[: len(words) - extra]))
            for extra in range(min(PLACE_AFTER_PAPER_WORDS, len(words) - 1) + 1)
        )
        if paper or SITE_NAME.fullmatch(suffix) or (known_site is not None and known_site(suffix)):
            text, dash = pieces[0], suffix
            rules.append("title-colon-suffix")
    counter = COUNTER_SUFFIX.search(text)
    if counter and _words(text[: counter.start()]) >= MIN_COUNTER_HEADLINE_WORDS:
        text = text[: counter.start()]  # TITLE_COUNTER_SUFFIX: a slideshow's counter, no part of the headline
        rules.append("title-counter-suffix")
    label = SOURCE_LABEL_SUFFIX.search(text)
    if label and _words(text[: label.start()]) >= MIN_HEADLINE_WORDS:
        text = text[: label.start()]  # TITLE_SOURCE_LABEL_SUFFIX: a picture's source glued on, no part of the headline
        rules.append("title-source-label-suffix")
    rubric = None
    separator = RUBRIC_SEPARATOR.search(text)
    if separator and _words(text[: separator.start()]) <= MAX_SUFFIX_WORDS:
        rest = text[separator.end() :]
        if _words(rest) >= MIN_HEADLINE_WORDS and printed_form(rest) in printed:
            text, rubric = rest, text[: separator.start()]
            rules.append("title-rubric-prefix")
    if bare_opening is not None and text.startswith(bare_opening + " "):
        text = bare_opening  # TITLE_PRINTED_BARE_PREFIX: what the rules above left of the suffix goes too
        rules.append("title-printed-bare-prefix")
    return Headline(text, bar, dash, date, tuple(rules), source, writer, rubric, tagline_sites)
