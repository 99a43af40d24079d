"""Cleaning: RawArticle -> CleanArticle.

Every non-blank raw line ends up either kept, with a role (title, standfirst, byline, dateline, heading, paragraph),
or dropped, with the name of the rule that dropped it (archive.rules). Kept text is the raw line stripped of
surrounding white space and of one leading list bullet, character for character.

The order of the passes:
1. line rules (archive.rules.LINE_RULES): furniture recognisable on its own;
2. the contributor's sidecar: drop wins over everything, keep protects a line from every rule;
3. context rules: nav-bullet runs, caption twins and neighbours, READ MORE + next line, comment threads, teaser runs,
   promo blocks;
4. the page model (archive.rules, with archive.stopwords): the article's prose told by its share of the language's stop
   words; below its last paragraph, a comment form and what follows, and the non-prose lines after furniture that ends
   articles; short lines between junk lines (jusText's context rule);
5. roles: bylines and datelines, the title, repeats, sub-headings told from other stories' headlines (a list inside the
   article is kept).
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections import Counter
from collections.abc import Iterable

from . import rules as r
from . import stopwords
from .byline import (
    BY_PREFIX,
    GLUED_WORDS,
    LIST_SPLIT,
    OFFICE_WORDS,
    QUOTE_ENDS,
    WIRE_NAMES,
    countries_listed,
    headline_verb,
    is_country,
    is_credit,
    is_desk,
    is_named_credit,
    is_names_only,
    is_place,
    names_a_place,
    names_in_places,
    parse_byline,
    said_twice,
    writers_note,
)
from .dates import DATE_STAMP_RUN_IN, LABEL, LABEL_BEFORE_COLON, RECORD_FIELD_AFTER, opens_with_weekday, parse_date
from .headline import FLAG_PREFIX, GLUED_SITE, PAGE_TITLE_PREFIX, split_headline, without_date_prefix
from .metaline import BY as BY_PART
from .metaline import DATE as DATE_PART
from .metaline import FILLER as FILLER_PART
from .metaline import LABEL as META_LABEL_PART
from .metaline import LABEL_RE as META_LABEL
from .metaline import MONTH_DAY as MONTH_DAY_PART
from .metaline import NAME as NAME_PART
from .metaline import PERSON_ROLE_WORDS, TIME_PART, MetaLine, parse_lead, parse_meta_line
from .metaline import RELATIVE as RELATIVE_PART
from .metaline import SOURCE_RE as SOURCE_LABEL
from .metaline import WIRE_RE as WIRE_NAME
from .metaline import WORDS as WORDS_PART
from .model import BYLINE, DATELINE, HEADING, PARAGRAPH, STANDFIRST, TITLE, CleanArticle, DateValue, Dropped, Line, RawArticle
from .sources import CRUMB_HOME_WORDS, GENERIC_WORDS, LOGO_NAME, PHOTO_LIBRARIES, is_newspaper_name, place_dash_paper
from .textio import strip_invisible

# A title is short: longer than this, the first line is a paragraph (the page had no title line).
MAX_TITLE_WORDS = 30
# A title ending in a full stop is rare; up to this length it is still taken for one.
MAX_TITLE_WORDS_WITH_STOP = 15
# SERIES_OF_SUB_HEADINGS (in _assign_roles): this many heading-shaped lines opening with the same words, each over a
# paragraph, are the article's own sub-headings.
MIN_SERIES_HEADINGS = 3
SERIES_OPENING_WORDS = 2
# TWO_SENTENCES (in _title_shaped): a line of more than this many words with a sentence ending inside it, a capital
# after, is a standfirst or a paragraph: a headline this long is one sentence. (Two words at least before the stop:
# "U.S. envoy", "Mr. Li" end no sentence.)
MAX_TWO_SENTENCE_TITLE_WORDS = 20
INNER_SENTENCE_START = re.compile(r"(?<=[^\W\d_]{3})[.!?][\"”’]?\s+([^\W\d_])")
# A headline may be a question, longer than a title with a full stop: up to this many words, one sentence, first line.
MAX_QUESTION_TITLE_WORDS = 25
# A dateline without a year ("Gangtok, Jan 5 (IPR)", "HARBOUR CITY, March 3") is where and when, never the headline.
DATELINE_SHAPE = re.compile(
    r"^[A-Z][A-Za-z .'’-]{1,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)
# DATELINE_WITH_SOURCE: a place in capitals, perhaps a day, and the source in brackets, alone on a line ("PEKÍN, 11
# (Example/EP)", "HARBOUR CITY (Example News)"): where and from whom, never the headline.
# (the place is in capitals: str.isupper, for every script with case)
DATELINE_WITH_SOURCE = re.compile(r"^(?P<place>[^\W\d_][^(),\d]{1,30}?),?\s+(?:\d{1,2}\s+)?\([^()]{2,40}\)\s*[-–—.:]*\s*$")
# PLACE_DASH_LEAD: a place in capitals, then a spaced dash, opening the line ("AMMAN — The ministry said ...") is the
# article's first paragraph with its dateline (cut short when the text is hard-wrapped), never the headline; a kicker in
# capitals before a dash ("EXCLUSIVE — ...") names no place (is_place, GeoNames).
PLACE_DASH_LEAD = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{1,30}?)\s[—–-]\s(?=\S)")
# WRAPPED_TITLE_LINE: a line of at least this many words stopping on a small word ("... is holding a summit meeting
# today in") is a hard-wrapped sentence's first line; a headline may end on "in" after a verb ("Xi weighs in"), short.
MIN_WRAPPED_TITLE_WORDS = 10
WRAPPED_LAST_WORDS = frozenset(
    "the a an of and or with from by for to in on at"
    # (FOREIGN_WRAPPED_WORDS: articles and joining words that end no headline in German, French, Spanish, Italian,
    # Portuguese and Dutch either: "... seine Stellvertreterin Angelika Roe und der")
    " der die das den dem des und oder mit von zu im le la les et du au aux el los las y del con il lo gli di della"
    " os as com para do dos het een en van op".split()
)
# VIETNAMESE_NOT_WRAPPED: those words are Vietnamese ones too ("ngành y", "medicine"; "la", "e", "a"): a line written
# with Vietnamese letters is not read for them.
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
# A title of one or two words is more likely a site name or tag ("Novus Media", "Hamas") when a longer headline follows.
MIN_TITLE_WORDS = 3
# A headline shares at least one content word with the article; this is judged on titles of at least this many content
# words (a site's name, a slogan or another story's headline shares none).
MIN_RELEVANCE_STEMS = 2
# ... below which the page has at least this many words.
MIN_RELEVANCE_CONTEXT_WORDS = 20
# A headline has at least this many words; a single word on the first line is a label.
MIN_CREDIBLE_TITLE_WORDS = 2
# Names alone on a line are an author line only near the top of the page.
NAMES_ONLY_BYLINE_WITHIN = 8
# NAMES_UNDER_THE_PROSE: names alone below this many of the article's long sentences, with more of them below, are a
# sub-heading, not a byline.
MIN_PARAGRAPHS_ABOVE_A_HEADING = 2
# NAME_UNDER_HEADLINE: the first paragraph under a name alone below the headline, within this many lines.
NAME_UNDER_HEADLINE_LINES = 4
# Datelines and credit lines are short ("Updated: Wednesday, 5 July 2017, 10:35 IST | Jane Doe and John Roe, Reuters").
MAX_CREDIT_WORDS = 20
# A wire trailer ("(Reporting by Jane Doe in Kyiv and John Roe in Warsaw; Additional reporting by ...; Editing by ...)")
# may run longer than a credit; up to this many words it is still read as a metadata line, part by part.
MAX_META_LINE_WORDS = 40
# Line rules that drop furniture which may still carry the article's date or author ("Reuters | Moscow | Updated:
# 21-03-2023 00:34 IST" is shaped like a breadcrumb): such a line, read whole as a metadata line (archive.metaline)
# with a date or an author in it, is kept with a role instead, out of the body either way. A bulleted date under the
# headline ("• 24 February, 2025", "• 2023-03-22 07:11") is shaped like a menu item (NAV_BULLET).
METADATA_RESCUE_RULES = frozenset(
    (r.BREADCRUMB, r.MENU_BAR, r.TIMESTAMP, r.READING_TIME, r.SECTION_LABEL, r.TICKER, r.NAV_BULLET)
)
# Credit-shaped lines the caption rules drop ("Story by Jane Doe • Photos by John Roe"): rescued only when the line
# credits its author with "By"/"Words:" (a caption's "President Xi Jinping. Reuters" names no author).
CAPTION_RESCUE_RULES = frozenset((r.CAPTION, r.CAPTION_CREDIT))
# CREDITED_DATE_RESCUE: rules that drop other stories' lines ("Related" and the list under it) may take the article's
# own "Posted on March 5, 2019 by Jane Doe": a dropped line that is a metadata line with both a date and a person
# credited keeps its role, when it is the only one (a list of other stories gives each its date and author).
CREDITED_RESCUE_RULES = frozenset((r.PROMO_BLOCK, r.RELATED_HEADLINE, r.READ_MORE, r.TEASER))
# A line repeated word for word is dropped from its second appearance, if it has at least this many words
# (short lines such as "Yes." may honestly repeat in an interview).
MIN_REPEAT_WORDS = 3
# TWIN_LINES: on a page that sets its paragraphs apart with blank lines, a line printed again on the very next line, no
# blank line between ("Support needed: the council is calling for help." twice) is a picture's alternative text and its
# caption: the article's paragraphs are printed once, and apart. Both copies go (the headline printed twice stays the
# title; right under it a sentence's first copy may be the deck, and stays); a results list's lines may honestly repeat.
# On a page of no blank lines, next lines tell nothing.


def _spaced_paragraphs(numbers: tuple[int, ...]) -> bool:
    """Whether the page sets most of its lines apart with blank lines (numbers: its non-blank lines' numbers)."""
    return bool(numbers) and 2 * sum(b > a + 1 for a, b in itertools.pairwise(numbers)) >= len(numbers)


# SPACED_TWIN_CAPTION: a line that ends no sentence, of up to MAX_SPACED_TWIN_WORDS words, printed again after one blank
# line and nothing else ("The inquiry is in the hands of the police" / "" / the same): a picture's alternative text and
# its caption, set apart as the page sets its lines; a sub-heading is printed once, and a sentence is the text's.
MAX_SPACED_TWIN_WORDS = 20


def _twin_lines(first: r.Candidate, cand: r.Candidate, spaced: bool) -> bool:
    spaced_twin = cand.number == first.number + 2 and cand.words <= MAX_SPACED_TWIN_WORDS and not r.ends_sentence(first.text)
    return (
        spaced
        and (cand.number == first.number + 1 or spaced_twin)
        and cand.words >= MIN_REPEAT_WORDS
        and first.role is None
        and cand.role is None
        and not (first.forced or cand.forced)
        and not r.match_result(cand.text)
    )


# TWIN_AROUND_A_CREDIT: ... or printed again with only the picture's credit or caption labels between the two ("Jerome
# Powell" / "image copyright Reuters" / "photo comment," / "Jerome Powell"): the picture's alternative text and its
# caption, the same terms (up to MAX_SPACED_TWIN_WORDS words, no sentence's end). The lines between are short, up to
# MAX_CREDIT_BETWEEN_WORDS words: a caption's sentence between two copies makes them a gallery's captions.
PICTURE_LINE_RULES = frozenset((r.CAPTION, r.CAPTION_CREDIT))
MAX_CREDIT_BETWEEN_WORDS = 4


def _twin_around_a_credit(first: r.Candidate, cand: r.Candidate, by_number: dict[int, r.Candidate]) -> bool:
    between = [by_number[n] for n in range(first.number + 1, cand.number) if n in by_number]
    return (
        bool(between)
        and all(c.rule in PICTURE_LINE_RULES and c.words <= MAX_CREDIT_BETWEEN_WORDS for c in between)
        and MIN_REPEAT_WORDS <= cand.words <= MAX_SPACED_TWIN_WORDS
        and not r.ends_sentence(first.text)
        and first.role is None
        and cand.role is None
        and not (first.forced or cand.forced)
    )


# CLOSE_BUTTON_RUN_IN: a dialog's close button ("×") copied onto the head of the next block ("× Example's Blog: Storms
# Friday"): the button is no part of the line.
CLOSE_BUTTON = re.compile(r"^[×✕✖]\s+(?=\S)")


# CAPTION_RUN_INTO_DATELINE: a photo's caption, ended by its credit in brackets, run into the article's dated first
# paragraph on one line ("Presidents in Moscow on March 26 (EXAMPLE-TASS) March 28, 2007 -- Chinese President ..."):
# the caption is cut off and dropped, the paragraph stays. The credit is a wire's name or in capitals, and what follows
# it is a dateline with a date (archive.metaline's parse_lead) opening at least MIN_RUN_IN_LEAD_WORDS words.
CAPTION_CREDIT_THEN_TEXT = re.compile(r"\((?P<credit>[^()]{2,40})\)[ \t]+(?=\S)")
CAPITALS_CREDIT = re.compile(r"[A-Z][A-Z0-9&./ -]*[A-Z0-9]")
MIN_RUN_IN_LEAD_WORDS = 8


# INLINE_READ_MORE: a wire's link to an earlier story, "read more" in lower case after a paragraph's last sentence
# ("... discussed it with a top official last month. read more"): the link is cut off and dropped, the paragraph stays
# (whole as it is, the line would go as another story's teaser). At least PROSE_MIN_WORDS words before it: a teaser's
# "Read more" follows a headline or a cut excerpt, and is capitalised.
INLINE_READ_MORE = re.compile(r"[^\W\d_][.!?][\"”’)]?+\s++(?P<link>read more)\s*+$")


# SCREENSHOT_NAME_RUN_IN: a screenshot's file name, as a picture's alternative text, glued onto the next block ("Captura
# de pantalla 2016-07-07 a las 12.30.11 p.m.Ciencia sin alma ...", "Screenshot 2024-03-01 at 10.15.22 AMHarbour ..."):
# the name is cut off and dropped as the picture's; what follows stays.
SCREENSHOT_NAME = re.compile(
    r"^(?:Captura de pantalla|Captura de ecrã|Screenshot|Screen Shot|Capture d[’']écran|Bildschirmfoto|Schermafbeelding)"
    r"\s\d{4}-\d{2}-\d{2}\s(?:a las|às|at|à|um|om)\s\d{1,2}[.:]\d{2}[.:]\d{2}(?:\s?(?:[ap]\.\s?m\.|[AP]M))?(?:\s?\(\d{1,2}\))?"
)


# NAME_GLUED_TO_PAPER: a byline's two blocks, the writer's name and the paper's, glued on copying ("Jane RoeHarbour
# Western Times", "JANE ROEHarbour Western Times"): read as "Jane Roe / Harbour Western Times", the writer and the paper
# (archive.sources' OUTLET_STAFF_PHOTO), when the first part is a person's name and the second a newspaper's.
NAME_GLUED_TO_PAPER = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]++(?: [A-Z][a-z'’-]++){1,2}|[A-Z'’-]{2,}(?: [A-Z'’-]{2,}){1,2})"
    r"(?P<paper>[A-Z][a-z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,4})$"
)


# DATE_GLUED_TO_LEAD: the page's date line glued on copying to the first block under it, no space between ("March 31,
# 2022The council ...", "31.03.2022Die Stadt ..."): two blocks of one raw line, the date (judged as any date line) and
# the rest (judged as any line). The date ends with its four-digit year and reads as a whole day; what follows opens a
# capitalised word ("2022The"), and runs to at least PROSE_MIN_WORDS words (a headline glued to a date stays whole).
DATE_GLUED_TO_LEAD = re.compile(r"^(?P<date>[^\n]{5,40}?(?<!\d)(?:19|20)\d\d)(?=[A-Z][a-z])")


def _date_glued_to_lead(line: str) -> tuple[int, int]:
    """Where the date starts and where the text starts after it, for a date glued to the text (DATE_GLUED_TO_LEAD), or
    (0, 0). (PLACE_BEFORE_GLUED_DATE: a dateline's place may come first, "#Harbourville, February 14, 2024The ...": the
    date is read after its comma.)"""
    glued = DATE_GLUED_TO_LEAD.match(line)
    if glued is None or len(line[glued.end() :].split()) < r.PROSE_MIN_WORDS:
        return 0, 0
    comma = glued["date"].find(", ")
    for start in (0, comma + 2) if comma >= 0 else (0,):
        value = parse_date(glued["date"][start:])
        if value is not None and value.precision == "day":
            return start, glued.end()
    return 0, 0


# BYLINE_GLUED_TO_LEAD: the byline glued on copying to the first paragraph, no space between ("| di Jane RoeUna
# perturbazione ...", "By Jane RoeThe council ..."): the credit's word, a name of two or three capitalised words that
# reads as a person's, then a capital and a small letter opening the text, of at least PROSE_MIN_WORDS words. Two
# blocks of one raw line, the credit and the rest, each judged as any line. (NAME_WITH_AN_INNER_CAPITAL: a name's
# prefix before a capital inside it is no name's end: "By John McCain's account", "MacDonald", "LeBlanc", "O'Brien".)
BYLINE_GLUED_TO_LEAD = re.compile(
    r"^(?:\|\s*)?(?P<credit>(?i:by|di|von|par|por|door|av|af) (?P<name>[A-Z][a-z'’-]++(?: [A-Z][a-z'’-]++){0,1}"
    r" (?P<last>[A-Z][a-z]++)))(?=[A-Z][a-z])"
)
NAME_PREFIXES = frozenset("Mc Mac Fitz De Di Da Du Del Della La Le Van Von Der St Ben Al El".split())


def _byline_glued_to_lead(line: str) -> tuple[int, int]:
    """Where the credit starts and where the text starts after it (BYLINE_GLUED_TO_LEAD), or (0, 0)."""
    glued = BYLINE_GLUED_TO_LEAD.match(line)
    if glued is None or glued["last"] in NAME_PREFIXES or len(line[glued.end() :].split()) < r.PROSE_MIN_WORDS:
        return 0, 0
    if not author_name(glued["name"]):
        return 0, 0
    return glued.start("credit"), glued.end()


# NAME_BEFORE_ROLE: a byline of the writer's name and role with no comma between ("Jane Roe Senior Reporter", "Jane Roe
# Herald Correspondent", as Southern African papers print it): read as "Jane Roe, Senior Reporter". The role is a
# reporter's, a correspondent's, a writer's or an editor's, after at most two of the words that qualify one.
NAME_BEFORE_ROLE = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]++(?: [A-Z][a-z'’-]++){1,2}?) (?P<role>(?:(?:Senior|Chief|Staff|Political|Business|Sports|Court"
    r"|Crime|Health|Education|Deputy|Assistant|Special|Foreign|Diplomatic|Bureau|Herald|Chronicle|Mail|Sunday|News|Features"
    r"|Parliamentary|Agriculture|Municipal|Regional|Provincial|Entertainment|Environment|Metro|City|Economics|Science) ){1,2}"
    r"(?:Reporter|Correspondent|Writer|Editor)s?)$"
)


def _name_before_role(line: str) -> str | None:
    found = NAME_BEFORE_ROLE.match(line)
    if found is None or not author_name(found["name"]):
        return None
    return f"{found['name']}, {found['role']}"


def _name_glued_to_paper(line: str) -> str | None:
    glued = NAME_GLUED_TO_PAPER.match(line)
    if glued is None or not author_name(glued["name"]) or not is_newspaper_name(glued["paper"]):
        return None
    return f"{glued['name']} / {glued['paper']}"


def _caption_run_in(line: str) -> int:
    """Where the dated paragraph starts after a caption run into it (CAPTION_RUN_INTO_DATELINE), or 0."""
    for credit in CAPTION_CREDIT_THEN_TEXT.finditer(line):
        shaped = CAPITALS_CREDIT.fullmatch(credit["credit"]) or WIRE_NAME.fullmatch(credit["credit"])
        rest = line[credit.end() :]
        lead = parse_lead(rest) if shaped and len(rest.split()) >= MIN_RUN_IN_LEAD_WORDS else None
        if credit.start() > 0 and lead is not None and (lead.date is not None or lead.month_day is not None):
            return credit.end()
    return 0


# LEADING_BAR: a separator left before a line's only item when the page was copied ("| Tempo de leitura: 1 min"): no
# part of it (a table's row holds bars between its cells too, and keeps them).
LEADING_BAR = re.compile(r"^\|\s+(?=[^|]+$)")
# DATE_WITH_PLACEHOLDER: a date line with a template's placeholder left unfilled after it (its view count, "{{hits}}"):
# the date line, the placeholder taken off (a line of placeholders alone is TEMPLATE_CODE's, archive.rules).
TEMPLATE_PLACEHOLDER = re.compile(r"\{\{[^{}]{1,80}\}\}")
# BY_GLUED: a credit's "By" run into the name after it when the page was copied ("ByJane Roe", "ByABC News"); a word
# going on in small letters after "By" ("Bystander", "ByteDance") is no credit.
BY_GLUED_TO_A_CAPITAL = re.compile(r"^By(?=[A-Z])")
# COMMENT_END_LEFT_OVER: a markup comment's end printed after a line's text ("Headline -->"), a template's remnant: no
# word of the line
COMMENT_END_LEFT_OVER = re.compile(r"(?<=\S)\s++-->$")


def _candidates(raw: RawArticle) -> list[r.Candidate]:
    cands = []
    for number, line in enumerate(raw.lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if (stamped := DATE_STAMP_RUN_IN.match(stripped)) is not None:
            # (out of the text, and out of every rule's sight: the metadata stage reads it from the dropped lines)
            stamp = stamped["stamp"]
            cands.append(r.Candidate(number, stamp, stamp, False, r.DATE_STAMP, notes={"split": True}))
            stripped = stamped["rest"]
        if (screenshot := SCREENSHOT_NAME.match(stripped)) is not None:
            name = screenshot.group()
            cands.append(r.Candidate(number, name, name, False, r.IMAGE_FILE, notes={"split": True}))
            stripped = stripped[screenshot.end() :].strip()
            if not stripped:
                continue
        if run_in := _caption_run_in(stripped):
            caption = stripped[:run_in].rstrip()
            cands.append(r.Candidate(number, caption, caption, False, r.CAPTION, notes={"split": True}))
            stripped = stripped[run_in:]
        start, glued = _date_glued_to_lead(stripped)
        if not glued:
            start, glued = _byline_glued_to_lead(stripped)
        if glued:
            cands.append(r.Candidate(number, stripped[:glued], stripped[start:glued], False))
            stripped = stripped[glued:]
        stripped = CLOSE_BUTTON.sub("", stripped)
        stripped = LEADING_BAR.sub("", stripped)
        if "{{" in stripped and (dated := TEMPLATE_PLACEHOLDER.sub("", stripped).strip(" -–—|·")) and parse_date(dated):
            stripped = dated  # DATE_WITH_PLACEHOLDER: "Saturday, 3 March 2018 00:00 - - {{hits}}", a date line's count unfilled
        stripped = COMMENT_END_LEFT_OVER.sub("", stripped)
        stripped = BY_GLUED_TO_A_CAPITAL.sub("By ", stripped)  # (BY_GLUED: "ByABC News", "ByJane Roe": the space lost)
        stripped = _name_glued_to_paper(stripped) or _name_before_role(stripped) or stripped
        link = INLINE_READ_MORE.search(stripped)
        paragraph = stripped[: link.start("link")].rstrip() if link is not None else ""
        if len(paragraph.split()) >= r.PROSE_MIN_WORDS:
            stripped = paragraph
        text, bullet = r.strip_bullet(stripped)
        cands.append(r.Candidate(number=number, raw=stripped, text=text, bullet=bullet))
        if link is not None and stripped == paragraph:
            cands.append(r.Candidate(number, link["link"], link["link"], False, r.READ_MORE, notes={"split": True}))
    return cands


def _apply_line_rules(cands: list[r.Candidate]) -> None:
    for cand in cands:
        if cand.notes.get("split"):
            continue  # (DATE_STAMP_RUN_IN, CAPTION_RUN_INTO_DATELINE: decided when the line was split)
        if not strip_invisible(cand.text).strip():
            cand.rule = r.NO_TEXT
        else:
            cand.rule = r.line_rule(cand.text)
        if cand.rule is None and _date_label_alone(cand.text):
            cand.rule = r.NAV_LABEL


# DATE_LABEL_ALONE: a date's label whose date the copy lost ("Data publicării:", "Güncelleme Tarihi:", "Mis à jour :"),
# in any language archive.metaline reads; a bare noun ("Date", "Data", "Fecha") may be a heading, and needs its colon.
BARE_LABEL_NOUNS = frozenset("date dated datum fecha data".split())


# NAME_IN_THE_HEADLINE: a name alone beside the date line whose every word the headline also has ("Gura de oxigen pentru
# Jane Roe..." / date / "Jane Roe") is the story's subject, printed as its tag, not its writer: writers are seldom named
# in their own headlines.
def _named_in_the_headline(text: str, top: list[r.Candidate]) -> bool:
    title = next((c for c in top if c.role == TITLE), None)
    if title is None:
        return False
    headline_words = {w.casefold() for w in re.findall(r"[^\W\d_]+", title.text)}
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    return bool(words) and all(w in headline_words for w in words)


def _date_label_alone(text: str) -> bool:
    text = text.strip()
    label = META_LABEL.fullmatch(text)
    return label is not None and (text.endswith(":") or text.casefold() not in BARE_LABEL_NOUNS)


def _apply_overrides(cands: list[r.Candidate], keep: Iterable[str], drop: Iterable[str]) -> None:
    keep_set = {text.strip() for text in keep}
    drop_set = {text.strip() for text in drop}
    for cand in cands:
        if cand.text in drop_set or cand.raw in drop_set:
            cand.rule = r.SIDECAR
        elif cand.text in keep_set or cand.raw in keep_set:
            cand.rule = None
            cand.forced = True


def _dated(text: str) -> DateValue | None:
    """A line's date, alone or with its furniture ("2026. március 10. 07:28, kedd | Belföld": a card's date line)."""
    meta = parse_meta_line(text)
    return parse_date(text) or (meta.published if meta is not None else None)


# The parts of a line that is a date alone: the date or its day and month, a time or a weekday, "at"/"on".
DATE_ALONE_PARTS = frozenset((DATE_PART, MONTH_DAY_PART, TIME_PART, FILLER_PART))
COMMENT_STAMP_PARTS = DATE_ALONE_PARTS | {RELATIVE_PART}


def _date_alone(text: str) -> str | None:
    """A line that is a date and nothing else, a full one or a day and month ("4 травня"): its ISO value, else None."""
    meta = parse_meta_line(text)
    if meta is None or {p.kind for p in meta.parts} - DATE_ALONE_PARTS:
        return None
    value = meta.published or meta.updated
    return value.iso if value is not None else meta.month_day


# COMMENTERS_STAMPS (archive.rules): a comment's header, its writer's name or handle (a person's name, or one word:
# "JokeyJack") and the date with its time, or the comment's age; nothing else.
COMMENTER_NAME_PARTS = frozenset((NAME_PART, WORDS_PART))


# LOWER_CASE_HANDLE: a login in small letters before the comment's age ("bigbob 2 years, 11 months ago"), which the
# metadata line's parts, capitalised names, do not read: the handle, then the age alone
LOWER_CASE_HANDLE = re.compile(r"^(?P<handle>[a-z][\w.-]{2,29}) (?P<rest>\S.*)$")


def _commenter(text: str) -> str | None:
    handle = LOWER_CASE_HANDLE.match(text.strip())
    if handle:
        age = parse_meta_line(handle["rest"])
        return handle["handle"] if age is not None and {p.kind for p in age.parts} == {RELATIVE_PART} else None
    meta = parse_meta_line(text)
    if meta is None or len(meta.parts) < 2 or meta.parts[0].kind not in COMMENTER_NAME_PARTS:
        return None
    name, rest = meta.parts[0], {p.kind for p in meta.parts[1:]}
    if name.kind == WORDS_PART and " " in name.text:
        return None  # ("Opening ceremony March 3 at 7 pm": a programme's item, not a handle)
    aged = RELATIVE_PART in rest
    timed = DATE_PART in rest and TIME_PART in rest
    return name.text if (aged or timed) and rest <= COMMENT_STAMP_PARTS else None


def _dated_or_day(text: str) -> DateValue | str | None:
    """A line's date (_dated), or the day and month of a date line without its year ("Σάββατο, 4 Μαΐ")."""
    return _dated(text) or _date_alone(text)


# TABLE_CELLS: a table copied cell by cell, each cell closed by a bar ("Revenue |" / "$145.1M |" / "$134.6M |"): a
# label cell the menu rule took (MENU_BAR: "Sport |") is the table's when at least MIN_FIGURE_CELLS cells holding figures
# stand within TABLE_CELL_REACH lines of it; a menu's items hold no figures.
MIN_FIGURE_CELLS = 2
TABLE_CELL_REACH = 4
BAR_CELL = re.compile(r"(?<!\s)\s?[|｜]$")


def _figure_cell(text: str) -> bool:
    return bool(BAR_CELL.search(text)) and any(ch.isdigit() for ch in text)


def _table_cells(cands: list[r.Candidate]) -> None:
    figures = [i for i, c in enumerate(cands) if _figure_cell(c.text)]
    for i, cand in enumerate(cands):
        if cand.rule == r.MENU_BAR and BAR_CELL.search(cand.text):
            if sum(1 for k in figures if 0 < abs(k - i) <= TABLE_CELL_REACH) >= MIN_FIGURE_CELLS:
                cand.rule = None


def _apply_context_rules(cands: list[r.Candidate]) -> None:
    _table_cells(cands)  # first: the cells the menu rule took are the table's before any rule reads their neighbours
    r.json_blocks(cands)  # first: a field's words ("Carnegie China") would pass for any rule's furniture or text
    r.nav_bullet_runs(cands)
    r.furniture_echoes(cands)  # after the menus it echoes are known
    r.breadcrumb_headlines(cands)
    r.cjk_crumbs(cands)
    r.glued_trails(cands)
    r.home_section_runs(cands)
    r.video_titles(cands)
    r.caption_twins(cands, _dated)
    r.headline_over_its_credited_caption(cands)
    r.numbered_picture_names(cands)
    r.label_twins(cands)
    r.site_suffix_captions(cands)
    r.gallery_position_triples(cands)
    r.image_row_captions(cands)
    r.caption_neighbours(cands)
    r.caption_labels_alone(cands)
    r.caption_box_buttons(cands)
    r.press_contact_box(cands)
    r.subjects_names(cands)
    r.gallery_credits(cands)  # (after the captions are known)
    r.credits_split_by_a_slash(cands)
    r.repeated_bracket_credits(cands)
    r.headline_captions(cands)  # after the twins: the headline it repeats is no caption's twin
    r.caption_copies(cands)  # (after the twins and the captions' neighbours: the copies above are captions by then)
    r.read_more_next(cands)
    r.read_more_neighbours(cands)
    r.calls_split_in_two(cands)
    r.questions_over_the_call(cands)
    r.newsletter_boxes(cands)
    r.ai_summary_points(cands)
    r.lone_tags(cands)
    r.comma_tag_runs(cands)
    r.avatar_letters(cands)
    r.comment_threads(cands, _commenter)
    r.embedded_post_credits(cands)
    r.read_more_cards(cands, _date_alone)
    r.teaser_runs(cands)
    r.headline_teaser_pairs(cands)
    r.section_opened_teasers(cands)
    r.excerpt_ends(cands)
    r.numbered_items_citing_sources(cands)
    r.promo_blocks(cands, _dated)
    r.label_cut_at_the_end(cands)
    r.dated_headline_lists(cands, _dated)
    r.dated_cards_to_the_end(cands, _dated)
    r.glued_cards(cands)
    r.head_stamped_lists(cands, _dated_or_day)
    r.head_card_runs(cands)
    r.lower_case_head_labels(cands)
    r.same_length_cuts(cands)
    r.timed_headline_lists(cands, _date_alone)
    r.site_clocks(cands, _dated_or_day)
    r.today_bars(cands, _dated)
    r.weather_headings(cands)
    r.date_archive_runs(cands, _date_alone)
    r.calendar_months(cands, _date_alone)
    r.date_ranges(cands, _date_alone, _dated)
    r.ranked_twins(cands)
    r.repeated_fragments(cands)
    r.source_under_each_item(cands)
    r.related_bullets(cands)
    r.trailing_bulleted_headlines(cands)
    r.dangling_source_runs(cands)
    r.near_repeats(cands)
    r.short_line_runs(cands)
    r.labels_amid_the_text(cands)  # after the runs: a label in a run of labels is a menu's
    r.document_parts(cands)
    r.press_contacts(cands)
    r.data_table_cells(cands)  # last: a table's cells, alone, look like any rule's furniture
    r.barred_result_rows(cands)  # (and a results table's rows between bars)
    r.caption_stories(cands)  # after every rule that drops a caption
    _masthead_names(cands)


MASTHEAD_NAME_MAX_WORDS = 5  # (archive.sources' MAX_MASTHEAD_WORDS)

# PAGE_TITLE_PREFIX (archive.headline): with the headline printed alone further down, that copy is the headline, and the
# first line goes as the masthead (archive.sources reads the site's name in it); so with PAGE_TITLE_SUFFIX (below).


def _page_title_names(kept: list[r.Candidate]) -> set[str]:
    """The key of the headline the page's title line names (PAGE_TITLE_PREFIX, PAGE_TITLE_SUFFIX), that line going as
    the masthead; empty when it names none printed alone below."""
    if not kept or kept[0].role is not None:
        return set()
    first = kept[0]
    found = PAGE_TITLE_PREFIX.match(first.text.strip())
    if found is not None and len(found["site"].split()) <= MASTHEAD_NAME_MAX_WORDS:
        key = r.key_of(found["headline"])
    else:
        # PAGE_TITLE_SUFFIX: ... or the headline, a dash or a bar, and the site's name ("Headline - Example Curtain
        # Raiser") over the headline printed alone
        # (the copy right under the title line is its repeat, TITLE_PRINTED_BARE's: only a copy further down, the date
        # line between, is named so)
        split = split_headline(first.text, [c.text for c in kept])
        site = split.dash_suffix or split.bar_suffix
        if not site or len(site.split()) > MASTHEAD_NAME_MAX_WORDS:
            return set()
        key = r.key_of(split.text)
        if len(kept) > 1 and kept[1].key == key:
            return set()
    if not any(c.key == key and c.role is None for c in kept[1:]):
        return set()
    first.rule = r.MASTHEAD
    return {key}


CRUMB_ARROWS = re.compile(r"[>»›→]")


def _crumb_trail_ends(cands: list[r.Candidate]) -> set[str]:
    """CRUMB_TRAIL_ENDS_WITH_THE_HEADLINE: a breadcrumb's last part, of MIN_TITLE_WORDS words or more, after two parts or
    more ("Example Online > News > August 2009 > UW receives 7 federal grants"), is the page's own headline: a head line
    of that text is the headline, as one printed twice is (a trail's last part of fewer words is a section's name)."""
    ends = set()
    for cand in cands:
        if cand.rule == r.BREADCRUMB:
            parts = [p for p in r.BREADCRUMB_SPLIT.split(cand.text.strip()) if p.strip()]
            # SLASHED_TRAIL_FROM_HOME: a trail between slashes from the home page ("Accueil / A la Une / <headline>")
            slashed_from_home = " / " in cand.text and bool(parts) and r.key_of(parts[0]) in CRUMB_HOME_WORDS
            if not CRUMB_ARROWS.search(cand.text) and not slashed_from_home:
                continue  # (a menu's items between bars: "Home | Events | Local Businesses")
            # (HOME_THEN_HEADLINE: "Home » <headline>", the home page's link and the headline alone, is such a trail too)
            from_home = len(parts) == 2 and r.key_of(parts[0]) in CRUMB_HOME_WORDS
            if (len(parts) >= 3 or from_home) and r.word_count(parts[-1]) >= MIN_TITLE_WORDS:
                ends.add(r.key_of(parts[-1]))
    # GLUED_TRAIL_END: a trail whose parts the copy ran together ("HomeTech NewsHuawei teases launch of new phone") ends
    # with a head line's whole text, the trail's few words before it: that line is the headline
    trails = [" ".join(c.text.split()) for c in cands if c.rule == r.BREADCRUMB]
    for cand in cands[:FRAMED_HEAD_LINES] if trails else ():
        line = " ".join(cand.text.split())
        if cand.rule is None and r.word_count(line) >= MIN_TITLE_WORDS and any(_glued_crumb_before(t, line) for t in trails):
            ends.add(cand.key)
    return ends


# FRAMED_COPY: a line printed again inside another with a short frame around it, a picture's alternative text or a
# caption ("Article image for <headline>", "Imagem destaque notícia <headline>"), is the page's headline printed
# twice: a head line of that text is the headline, as one printed twice is. The frame is at most MAX_FRAME_WORDS words
# with a letter in them, and no bullet (a list's item repeating a line of the text); the line framed has
# FRAMED_MIN_WORDS words or more and no sentence's end.
MAX_FRAME_WORDS = 4
FRAMED_MIN_WORDS = 4
FRAME_LETTER = re.compile(r"[^\W\d_]")
FRAME_JOINT = re.compile(r"[\s|:>»/(\-–—]")  # the frame meets the line at a space or a separator, not inside a word
FRAMED_HEAD_LINES = 40  # the headline is among the page's first lines (and a long page costs lines times this)


def _framed_copies(cands: list[r.Candidate]) -> set[str]:
    head = cands[:FRAMED_HEAD_LINES]
    texts = {c.text.strip() for c in head if c.words >= FRAMED_MIN_WORDS and r.headline_shaped(c.text.strip())}
    if not texts:
        return set()
    found = set()
    for cand in cands[1:]:  # (the page's first line framing the headline is its page title: _page_title_names)
        line = cand.text.strip()
        if cand.bullet or cand.words <= FRAMED_MIN_WORDS:
            continue
        for text in texts:
            if line == text or text not in line:
                continue
            frame = line[: -len(text)] if line.endswith(text) else line[len(text) :] if line.startswith(text) else None
            joint = (frame[-1] if line.endswith(text) else frame[0]) if frame else ""
            if frame and FRAME_JOINT.match(joint) and FRAME_LETTER.search(frame) and len(frame.split()) <= MAX_FRAME_WORDS:
                found.add(r.key_of(text))
    return found


def _masthead_names(cands: list[r.Candidate]) -> None:
    """MASTHEAD_NAME_LINE: above the page's first long sentence, a line that is a newspaper's name alone ("Daily Star",
    archive.sources.is_newspaper_name) is the masthead: out of the text (the outlet stage reads it from the dropped
    lines). A name inside the article is left alone: a list of papers the article cites."""
    for cand in cands[: r.first_sentence(cands)]:
        if not cand.dropped and not cand.forced and cand.words <= MASTHEAD_NAME_MAX_WORDS and is_newspaper_name(cand.text):
            cand.rule = r.MASTHEAD
        elif not cand.dropped and not cand.forced and place_dash_paper(cand.text):
            cand.rule = r.MASTHEAD  # PLACE_DASH_PAPER (archive.sources)


# SPLIT_DATELINE: a place alone on a line, ending with the dash that opened its paragraph ("Tianjin, China —",
# "HARBOUR CITY –"): the paragraph's dateline, cut from it by the copy; where, not text.
SPLIT_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*+(?:,? [A-Z][\w.'’-]*+){0,4} ?[—–-]$"
    # DANDA_DATELINE: in Hindi and Nepali the place ends with a danda ("काठमाडौँ ।", "नई दिल्ली।"): one or two words
    r"|^[\u0900-\u0963\u0966-\u097f]++(?: [\u0900-\u0963\u0966-\u097f]++)? ?[।|]$"
    # BRACKETED_CREDIT_DATELINE: the site's or an agency's initials in brackets and the dash ("(BTNO) -"), the credit
    # that opens its paragraphs, cut from the first one
    r"|^\([A-Z][A-Z0-9.]{1,9}\) ?[—–-]$"
)
# PLACE_AND_COLON: a known place alone with its colon ("Beijing:", "PUTRAJAYA:") right above a paragraph is the
# dateline that opened it ("Beijing: The ..."), cut onto its own line; a label's colon ("Background:") names no place.
PLACE_COLON = re.compile(r"^(?P<place>[^\W\d_][\w.'’-]*+(?: [^\W\d_][\w.'’-]*+){0,2})\s?:$")


def _place_and_colon(text: str, below: r.Candidate | None) -> bool:
    place = PLACE_COLON.match(text.strip())
    return place is not None and below is not None and _is_long_sentence(below) and is_place(place["place"])


# LEAD_IN_COLON: a line ending with a colon introduces what follows ("Here is the forecast:", "先来关注天气变化："): no headline.
LEAD_IN_END = (":", "：")


# LIVE_ENTRY_TIME: a live blog's entry opens with its time and a colon or dash ("10:27 Uhr: So sieht ...", "14:05 -
# Polls close", "9.30am: ...").
LIVE_ENTRY_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}\s?(?:Uhr|h|godz\.|[ap]\.?m\.?)?\s?[:–—-]\s"
    # (LIVE_ENTRY_STAMP_GLUED: a live page's entry with its stamp run on, "1. Goodbye!published at 08:00 GMT 5 January")
    r"|\S(?:published|posted|updated) at \d{1,2}:\d{2}\b",
    re.I,
)
# CREDIT_NEVER_TITLE: "By", "Por", "Par" and a capital open a credit ("Por Example Regional, com edição do DT"), even
# one archive.metaline cannot read as names; a headline goes on in lower case after them ("By the numbers: ...",
# "Por qué ..."). German "Von" and Dutch "Door" are left out: "Von Hamburg bis München: ..." is a headline. A line in
# title case is a headline too ("Par For The Course"): the credit goes on with a comma or a word in lower case.
CREDIT_OPENING = re.compile(r"^(?:By|BY|Por|POR|Par|PAR)\s+[A-ZÀ-ÝА-Я]")
# LOWER_CASE_CREDIT: "by University of Example", "por Example Medios": the word in lower case, then a capital, is a
# credit line's template, never a headline's first word.
LOWER_CASE_CREDIT = re.compile(r"^(?:by|por|par)\s+[A-ZÀ-ÝА-Я]")
# PLACE_AND_REGION: a town and its region alone ("Pinedale, Wyoming", "Example Falls, New Example"): the site's place
# under its name, or a dateline cut from its paragraph; no headline.
PLACE_AND_REGION = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?$")
CREDIT_GOES_ON = re.compile(r",|\s[^\W\d_A-ZÀ-ÝА-Я][^\W\d_]{3,}")


# CJK_SOURCE_TAG: a name alone in lenticular brackets ("【有線新聞】", "【新华社】") tags the report's source or
# programme, no headline.
CJK_SOURCE_TAG = re.compile(r"【[^【】]{1,20}】")


# PLACE_DASH_WIRE: a place and a known agency alone, a dash between ("Brisbane - AFP"), is a dispatch's credit line,
# never a headline.
PLACE_DASH_WIRE = re.compile(r"^(?P<place>[^\W\d_][\w .'’-]{1,30}?)\s[-–—]\s(?P<wire>[^\W\d_][\w .'’-]{0,30})$")


# LOWER_CASE_OPENING: a headline opens with a capital, a digit or a quote; a line whose first word is in lower case ("в
# Алматы Облачность", "and more from the region") is the rest of a sentence or a widget's text. (A brand's word with a
# capital inside, "iPhone", "eBay", may open a headline.)
def _lower_case_opening(text: str) -> bool:
    if FLAG_PREFIX.match(text) or GLUED_SITE.match(text):
        return False  # ("featured HIGH SCHOOL BASKETBALL: ...", "example.comHeadline": split off when the title is read)
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first[:1].islower() and not any(ch.isupper() for ch in first)


# NAMES_RUN_IS_A_MENU (in _assign_roles): this many lines of names alone in a row are a menu or a list, not a byline.
MIN_NAMES_MENU_RUN = 3
# NAMES_PAIR_UNDER_A_HEADLINE (in _assign_roles): two lines of names alone are authors within this many lines under the
# headline (a kicker or a deck may stand between).
NAMES_PAIR_HEADLINE_LINES = 2


# GLUED_WORD_TWICE: one capitalised word glued to itself ("NewsNews"): two menu items run together on copying.
GLUED_WORD_TWICE = re.compile(r"(?<![^\W\d_])(?P<word>[A-Z][a-z]{2,})(?P=word)(?![a-z])")


# NAMES_JOINED_NO_TITLE: two or more people's names joined by "&", "and" or commas (archive.byline's LIST_SPLIT),
# nothing else ("Jane Roe & John Doe"), are a byline without its "By", no headline.
def _names_joined(text: str) -> bool:
    parts = [part.strip() for part in LIST_SPLIT.split(text.strip())]
    return len(parts) >= 2 and all(2 <= len(part.split()) <= 3 and author_name(part) for part in parts)


# ABOUT_THE_SITE: "About" and a name alone ("About Example Telegraph", "About us") heads the site's own box; E_PAPER_LINK:
# a short line naming the e-paper ("The Example e-Paper", "电子报阅读机") is the site's link to its print edition.
# Neither is a headline.
ABOUT_THE_SITE = re.compile(r"^About (?:us|[A-Z][\w.'’&-]*+(?: [A-Z][\w.'’&-]*+){0,4})$")
E_PAPER = re.compile(r"\be-?paper\b|电子报|電子報", re.I)
MAX_E_PAPER_LINK_WORDS = 5


# CJK_SITE_REPORTED: a Chinese site's credit line, its name and the day it reported ("参考消息网2026-03-03号报道",
# "Example Net reported on 2026-03-03"; "环球网3月3日报道"), alone: no headline.
CJK_SITE_REPORTED = re.compile(r"^[\u4e00-\u9fff]{2,12}\s?(?:\d{4}-\d{1,2}-\d{1,2}号?|\d{1,2}月\d{1,2}日)\s?报道$")
# CREDIT_PHRASE_NO_TITLE: a credit for a version or a part of the story ("Broadcast version by Jane Roe for Example News
# Service", "Reporting by Jane Roe") or a writer's role ("Example Times, Staff Reporter 2014-11-16"): no headline.
CREDIT_PHRASE = re.compile(
    r"^(?:broadcast version|story|reporting|written|translated|adapted|edited|compiled|produced|additional reporting)"
    r" by [A-Z]|\b(?:staff reporter|staff writer|special correspondent|senior reporter|staff correspondent)\b"
    # (CJK_CREDIT_LABELS: a Chinese credit line, "作者: 丁某 褚某 来源: 环球时报", writers and source under their labels)
    r"|^(?:作者|記者|记者|责任编辑|責任編輯|编辑|編輯)\s?[:：].{0,80}(?:来源|來源)\s?[:：]",
    re.I,
)
# INSTITUTION_MASTHEAD: an institution's name alone ("CENTRE FOR JOINT EXAMPLE STUDIES", "Ministry of Example Affairs")
# at the head of its own site is the masthead, no headline.
# (FOREIGN_INSTITUTION_NAME: the same in Portuguese, Spanish, French and Italian, an office's level perhaps between, its
# words capitalised but the small joining ones: "Secretaria Municipal de Obras e Infraestrutura Urbana", "Ministerio de
# Salud"; "Secretaria de Obras anuncia asfalto" goes on as a sentence)
INSTITUTION_NAME = re.compile(
    r"^(?:the )?(?:centre|center|institute|ministry|department|embassy|university|council|office|school|faculty|academy)"
    r" (?:for|of|on) [^\W\d_][\w'’-]*+(?: [\w'’-]++){0,6}$"
    r"|^(?:secretari[ao]|secretaría|minist[eé]rio|ministerio|ministère|ministero|prefeitura|ayuntamiento|departamento|"
    r"instituto|universidad|universidade|université|università|c[aâá]mara|consejo|conselho|conseil|direcci[oó]n|dire[cç][aã]o)"
    r"(?: (?:municipal|nacional|regional|régional|estadual|provincial|general|geral|federal|départemental))?"
    r" (?:de la|de l['’]|dell['’]|de|do|da|dos|das|del|des|du|della|di)\s?(?-i:[A-ZÀ-Ý])[\w'’-]*+"
    r"(?: (?:(?-i:[A-ZÀ-Ý])[\w'’-]*+|e|y|et|i|de|do|da|dos|das|del|la|las|los|des|du|di|della|le|les)){0,6}$",
    re.I,
)


def _says_news(text: str) -> bool:
    """INSTITUTION_DOES_NEWS: a headline's verb after the institution's name ("The University of Example Medical Center
    Opens New Cancer Institute"): a headline about it, no masthead."""
    return any(headline_verb(word) for word in text.split()[1:])


def _title_shaped(text: str) -> bool:
    words = r.word_count(text)
    if _names_joined(text):
        return False  # NAMES_JOINED_NO_TITLE
    if CREDIT_PHRASE.search(text) or (INSTITUTION_NAME.match(text.strip()) and not _says_news(text)):
        return False  # CREDIT_PHRASE_NO_TITLE, INSTITUTION_MASTHEAD
    if ABOUT_THE_SITE.match(text.strip()) or (words <= MAX_E_PAPER_LINK_WORDS and E_PAPER.search(text)):
        return False  # ABOUT_THE_SITE, E_PAPER_LINK
    dispatch = r.CJK_DISPATCH_LEAD_RE.match(text.strip())
    if dispatch and dispatch.end() == len(text.strip()):
        return False  # CJK_DISPATCH_ALONE: "新华社莫斯科4月24日电" alone, a dispatch's dateline cut from its paragraph
    if CJK_SITE_REPORTED.match(text.strip()):
        return False  # CJK_SITE_REPORTED
    if DATELINE_SHAPE.match(text) or "://" in text or "www." in text:
        return False  # a dateline, or a line with a web address in it, is no headline
    if r.cjk_crumb(text):
        return False  # CJK_CRUMB (archive.rules): "ニュース 国際", a section's trail, no headline
    if CJK_SOURCE_TAG.fullmatch(text.strip()):
        return False  # CJK_SOURCE_TAG
    place_lead = PLACE_DASH_LEAD.match(text.strip())
    if place_lead and is_place(place_lead["place"]) and not (text.isupper() and countries_listed(text)):
        # (COUNTRIES_IN_CAPITALS: "RUSSIA - CHINA GAS PIPELINE", a country, a dash and a clause in capitals opening with
        # another country, is a headline in capitals: a dateline's text goes on in small letters)
        return False  # PLACE_DASH_LEAD
    place_wire = PLACE_DASH_WIRE.match(text.strip())
    if place_wire and is_place(place_wire["place"]) and place_wire["wire"].casefold() in WIRE_NAMES:
        return False  # PLACE_DASH_WIRE
    if SPLIT_DATELINE.match(text):
        return False  # "Harbour City, Example —" is a dateline cut from its paragraph (SPLIT_DATELINE), no headline
    if text.rstrip().endswith(LEAD_IN_END) or text.rstrip().endswith((",", "،", "，")):
        return False  # (CUT_AT_A_COMMA: a line stopping at a comma is a sentence broken off, no headline)
    if LIVE_ENTRY_TIME.search(text):
        return False  # LIVE_ENTRY_TIME: "10:27 Uhr: ...", a live blog's entry, no headline
    if GLUED_WORD_TWICE.search(text):
        return False  # GLUED_WORD_TWICE: "Example NewsNews & Sport", a menu's items run together, no headline
    if (CREDIT_OPENING.match(text) and CREDIT_GOES_ON.search(text)) or LOWER_CASE_CREDIT.match(text):
        return False  # CREDIT_NEVER_TITLE
    if PLACE_AND_REGION.match(text.strip()):
        return False  # PLACE_AND_REGION
    dateline = DATELINE_WITH_SOURCE.match(text)
    if dateline and dateline["place"].isupper():
        return False  # DATELINE_WITH_SOURCE
    wrapped_end = text.split()[-1] in WRAPPED_LAST_WORDS and not VIETNAMESE_LETTERS.search(text)
    if words >= MIN_WRAPPED_TITLE_WORDS and wrapped_end and not _phrasal_verb_end(text):
        return False  # WRAPPED_TITLE_LINE
    if _question_headline(text):
        return True
    if words > MAX_TWO_SENTENCE_TITLE_WORDS and any(m.group(1).isupper() for m in INNER_SENTENCE_START.finditer(text)):
        return False  # TWO_SENTENCES: a standfirst of two sentences ("... Li Qiang. È il più alto ..."), no headline
    return words <= MAX_TITLE_WORDS and (not _ends_a_sentence(text) or words <= MAX_TITLE_WORDS_WITH_STOP)


# TICKER_FLAG: a news ticker's flag run onto another story's headline above the article's ("Urgente Los WhatsApp de ...",
# "Última hora El Gobierno ...", "Eilmeldung Bahn streikt"): the flag as a word of its own, no colon or dash after it (a
# headline flashed as the page's own prints one: "BREAKING: ...", TITLE_FLASH_PREFIX), a capital next.
TICKER_FLAG = re.compile(
    r"^(?i:urgente|última hora|ultima hora|breaking news|eilmeldung|срочно|терміново|son dakika|pilne|ultim'ora|"
    r"dernière minute|derniere minute)\s+(?=[A-ZÁÉÍÓÚÑÀÈÌÒÙÇÖÜА-ЯЁІЇЄ])"
)
# WEEKDAY_DATE_BAR: a line opening with a weekday and a whole date ("Čtvrtek 30. března 2023. Svátek má Arnošt",
# "Thursday, March 30, 2023 Today's paper") is the site's bar with today's date (and a name day, the weather), never
# the headline, which does not open so. The date is read from the line's first DATE_BAR_WORDS words at most (eight:
# "Thứ bảy, Tháng mười một 16, 2024", a Vietnamese month in words).
DATE_BAR_WORDS = 8


# PHRASAL_VERB_END: a headline may end on a verb's particle ("... as load shedding kicks in", "... council steps in"): a
# verb in the third person and its "in" or "on" end no hard-wrapped line
PHRASAL_VERB_ENDS = frozenset(
    "kicks in|sets in|steps in|weighs in|chips in|moves in|closes in|cashes in|gives in|pitches in|sinks in|settles in|"
    "digs in|rolls in|pours in|floods in|locks in|reins in|zeroes in|checks in|tunes in|kick in|set in|step in|weigh in|"
    "takes on|weighs on|lands on|piles on|carries on|moves on|holds on|signs on|turns on|"
    # (GOES_ON_ENDS: a delay or a fight that goes on, "rail strike delays flow on", "talks drag on", "the war rages on")
    "flow on|flows on|go on|goes on|drag on|drags on|rage on|rages on|live on|lives on|play on|plays on|press on|"
    "presses on|push on|pushes on|wear on|wears on|linger on|lingers on|hang on|hangs on|build on|builds on|"
    "crack on|cracks on|pour in|move in|close in|cave in|caves in|join in|joins in|phase in|phases in|ring in|rings in".split("|")
)


def _phrasal_verb_end(text: str) -> bool:
    return " ".join(text.split()[-2:]) in PHRASAL_VERB_ENDS


def _weekday_date_bar(text: str) -> bool:
    if not opens_with_weekday(text):
        return False
    words = text.split()
    for n in range(3, min(len(words), DATE_BAR_WORDS) + 1):
        found = parse_date(" ".join(words[:n]).rstrip(".,;"))
        if found is not None and found.precision == "day":
            return True
    return False


# SITE_ADDRESS_LINE: a head line naming a site's address in lower case ("Fáilte chuig example.ie - suíomh oifigiúil",
# "Archivio delle notizie di example.it") is the site's welcome or its archive's heading: a headline names a site as
# a brand, capitalised ("Example.com to cut jobs"), if at all.
SITE_ADDRESS_IN_LINE = re.compile(r"(?<![\w@/.-])(?:[a-z0-9][a-z0-9-]*+\.)++(?:com|net|org|info|news|[a-z]{2})(?![\w-]|\.\w)")
# ADDRESS_AFTER_THE_HEADLINE: ... but the address alone after a dash or a bar at the line's end is the page title's site
# ("Council approves harbour budget - example.com"): the headline before it is a title (archive.headline strips it).
ADDRESS_SUFFIX = re.compile(r"(?<!\s)\s++[-–—|]\s++(?:www\.)?[a-z0-9][a-z0-9-]*+(?:\.[a-z0-9-]++)++/?$")


def _site_address_line(text: str) -> bool:
    found = SITE_ADDRESS_IN_LINE.search(text)
    if found is None:
        return False
    suffix = ADDRESS_SUFFIX.search(text)
    return suffix is None or found.start() < suffix.start() or len(text[: suffix.start()].split()) < MIN_TITLE_WORDS


# DATE_STAMP_LINE: a line of at most MAX_STAMP_LINE_WORDS words holding a whole date and at most MAX_STAMP_OTHER_WORDS
# other words ("24.04.2022 h 09:05 commenti", "سیاسی 12:06 - 01 خرداد 1403": a section, a time, a count) is a date
# line the metadata reader could not split, never the headline (out of the choice whatever is left: cleaned again, the
# line is the same).
MAX_STAMP_LINE_WORDS = 8
MAX_STAMP_DATE_WORDS = 6  # ("24 de Noviembre del 2025", "Tháng mười một 16, 2024")
MAX_STAMP_OTHER_WORDS = 2
MIN_CJK_HEADLINE_CHARS = 8  # (a run of Chinese or Japanese this long beside the date is a headline, no stamp's word)


def _date_stamp_line(text: str) -> bool:
    words = text.split()
    if len(words) > MAX_STAMP_LINE_WORDS or not any(ch.isdigit() for ch in text):
        return False
    for start in range(len(words)):
        for size in range(min(MAX_STAMP_DATE_WORDS, len(words) - start), 0, -1):
            found = parse_date(" ".join(words[start : start + size]).strip(".,;|-–—"))
            if found is not None and found.precision == "day":
                others = words[:start] + words[start + size :]
                if any(r.cjk_chars(w) >= MIN_CJK_HEADLINE_CHARS for w in others):
                    return False  # CJK_HEADLINE_AFTER_DATE: "2023.12.05 <a headline>", one word to a split on spaces
                return sum(1 for w in others if any(ch.isalpha() for ch in w) and len(w) > 1) <= MAX_STAMP_OTHER_WORDS
    return False


# NUMBERED_LIST_ITEM: lines numbered one after the other ("1. Press the share icon" / "2. Select Add to Home Screen" /
# "3. Press Add") are a list's items, never the headline; one numbered line alone may be ("1. FC Example wins the cup").
NUMBERED_LINE = re.compile(r"^(?P<number>\d{1,2})[.)]\s")
NUMBERED_SECTION_REACH = 6


def _numbered_list_items(head: list[r.Candidate], reach: int = 1) -> set[int]:
    """The ids of lines numbered one after the other, the next number within reach lines of the last."""
    items: set[int] = set()
    numbered = [(i, m) for i, c in enumerate(head) if (m := NUMBERED_LINE.match(c.text))]
    for (i, a), (j, b) in itertools.pairwise(numbered):
        if j - i <= reach and int(b["number"]) == int(a["number"]) + 1:
            items |= {id(head[i]), id(head[j])}
    return items


# NAME_PRINTED_OVER_AND_OVER: a person's name alone printed MIN_NAME_CREDIT_COPIES times or more ("Jane M. Roe" under
# each picture) is the pictures' credit, no headline printed twice; a headline is printed once or twice.
MIN_NAME_CREDIT_COPIES = 3


def _passed_over(cand: r.Candidate) -> bool:
    """A head line never the headline: BULLETED_ITEM, LOWER_CASE_OPENING (when shaped as a title), WEEKDAY_DATE_BAR,
    TICKER_FLAG."""
    # (GLUED_ASTERISK: "*Opens schools in Example", a list's point with its asterisk run into it)
    glued_asterisk = cand.text.startswith("*") and cand.text[1:2].isalnum()
    listed = (cand.bullet or glued_asterisk or _lower_case_opening(cand.text)) and _title_shaped(cand.text)
    return listed or _weekday_date_bar(cand.text) or bool(TICKER_FLAG.match(cand.text))


def _question_headline(text: str) -> bool:
    """One question of up to MAX_QUESTION_TITLE_WORDS words, capitalised: "Should you wait for the new models?"."""
    body = text.rstrip(r.CLOSERS + " ")
    if not body.endswith("?") or not text[:1].isupper() or len(text.split()) > MAX_QUESTION_TITLE_WORDS:
        return False
    return not any(mark in body[:-1] for mark in (". ", "? ", "! "))


# ABBREVIATION_END: a headline may end with an abbreviation's full stop ("... aimed at countering U.S.", "... Jr."): no
# sentence's end. (YEAR_ABBREVIATED_LAST: nor a year and its word abbreviated, "... budżetu na 2021 r.", "... в 2021 г.":
# a headline printed twice so is the page title and the headline, no picture's sentence and caption, TWIN_CAPTION_ON_TOP)
ABBREVIATION_END = re.compile(r"(?<![^\W\d_])(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Ltd|Corp)\.$|\b(?:19|20)\d{2}\s?(?:r|г|m|gg|rr)\.$")
# CUT_PARAGRAPH: a line of this many words is a paragraph even when it stops mid-sentence (a copied page cut short).
CUT_PARAGRAPH_WORDS = 25


def _is_long_sentence(cand: r.Candidate) -> bool:
    # (LEAD_IN_COLON: a long line ending with a colon introduces what follows, "... landen sie spontan mit ihrem
    # Helikopter:", a paragraph's; a headline does not end so)
    return cand.words > 12 and (r.ends_sentence(cand.text) or cand.text.rstrip().endswith(":"))


# KICKER_WITH_COLON (in _choose_title): a kicker is a word or three ("Exclusive:", "外交部:"); a longer line ending with
# a colon is a lead-in to what follows ("The council said:").
MAX_COLON_KICKER_WORDS = 3


def _deck_printed_again(
    twice: r.Candidate, first: r.Candidate, kept: list[r.Candidate], position: dict[int, int], last: dict[str, int]
) -> bool:
    """DECK_PRINTED_AGAIN: a head line printed once again among the article's paragraphs, between sentences, under
    a shorter headline-shaped first line of MIN_TITLE_WORDS words or more, is the deck (the standfirst the copy repeats
    as a paragraph), not the headline printed twice: the page title and its headline stand together above the text."""
    if twice is first or first.words < MIN_TITLE_WORDS or twice.words <= first.words or not r.headline_shaped(first.text):
        return False
    copy = last.get(twice.key, -1)
    if sum(c.key == twice.key for c in kept) != 2 or not 0 < copy < len(kept) - 1:
        return False  # (a headline printed under every picture of a gallery below the text is no deck)
    between = kept[position[id(twice)] + 1 : copy]
    # (LEAD_PRINTED_AGAIN: or its copy is the text's first sentence, the lead, with the text going on under it: the
    # teaser above the lead, under the headline)
    lead_copy = _is_long_sentence(kept[copy]) and not any(_is_long_sentence(c) for c in between)
    return (lead_copy or any(_is_long_sentence(c) for c in between)) and _is_long_sentence(kept[copy + 1])


def _under_the_first_lines_credit(
    twice: r.Candidate, first: r.Candidate, kept: list[r.Candidate], position: dict[int, int], last: dict[str, int]
) -> bool:
    """CREDIT_ABOVE_THE_COPY: the first head line, of MIN_TITLE_WORDS words or more, with its date or byline line right
    under it, is the headline; a line printed twice in a row below that credit is the picture's alt text and caption
    ("The first of two new wards ... which opened on Sunday"), not the headline printed again (which has its date or
    byline between its copies, or stands above them)."""
    if twice is first or first.words < MIN_TITLE_WORDS or position[id(twice)] < position[id(first)]:
        return False
    if last.get(twice.key) != position[id(twice)] + 1:
        return False  # (the copy is not the next line)
    below = kept[position[id(first)] + 1] if position[id(first)] + 1 < len(kept) else None
    return below is not None and below.role in (BYLINE, DATELINE) and position[id(below)] < position[id(twice)]


# COPY_RIGHT_UNDER: a line printed again on the very next line ("Road works after the storm" / "Road works after the
# storm(news)": a video's title over its player, a picture's caption printed twice) is no sign of the headline when a
# longer head line stands above it, at least MIN_LONGER_ABOVE_WORDS words longer and ending no sentence.
MIN_LONGER_ABOVE_WORDS = 3


def _copy_right_under(twice: r.Candidate, choices: list[r.Candidate], kept: list[r.Candidate], position: dict[int, int]) -> bool:
    at = position[id(twice)]
    below = kept[at + 1] if at + 1 < len(kept) else None
    if below is None or not (below.key == twice.key or below.key.startswith(twice.key)):
        return False
    above = choices[: choices.index(twice)] if twice in choices else []
    return any(c.words >= twice.words + MIN_LONGER_ABOVE_WORDS and not r.ends_sentence(c.text) for c in above)


def _colon_kicker(cand: r.Candidate) -> bool:
    return cand.text.rstrip().endswith(LEAD_IN_END) and cand.words <= MAX_COLON_KICKER_WORDS and not cand.forced


# FOOTER_COPY: a short head line (up to MAX_NAME_IN_HEADLINE_WORDS words) printed again only below the article's last
# long sentence, above a longer title-shaped head line, is the site's name in its header and its footer ("Example On
# Japan" at the top and the bottom of the page), not the headline printed twice, which stands above the text: the
# longer head line under it is the headline.
MIN_LONG_SENTENCES_ABOVE_FOOTER = 2


def _footer_copy(twice: r.Candidate, choices: list[r.Candidate], kept: list[r.Candidate], last: dict[str, int]) -> bool:
    if twice.words > MAX_NAME_IN_HEADLINE_WORDS or twice not in choices:
        return False
    copy = last.get(twice.key, -1)
    longs = [i for i, c in enumerate(kept) if _is_long_sentence(c)]
    above_copy = sum(i < copy for i in longs)
    longer_below = any(c.words > twice.words for c in choices[choices.index(twice) + 1 :])
    return above_copy >= MIN_LONG_SENTENCES_ABOVE_FOOTER and above_copy * 2 >= len(longs) and longer_below


# MASTHEAD_PRINTED_AGAIN: the site's name gone as the masthead above the headline and printed again lower down (its
# footer, "Example On Japan") goes too: a short line of MIN_REPEAT_WORDS to MAX_NAME_IN_HEADLINE_WORDS words ending no
# sentence (a sentence above the headline taken as furniture may be the article's lead, printed again: it stays).
def _site_name_shaped(cand: r.Candidate) -> bool:
    return MIN_REPEAT_WORDS <= cand.words <= MAX_NAME_IN_HEADLINE_WORDS and not cand.forced and not r.ends_sentence(cand.text)


SECTION_PAIR = re.compile(r"^[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)? & [A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?$")


# TEXT_ABOVE_THE_COPY: a head line printed again further down wins only over short furniture above it: a line of more
# words than this above it is the article's (a radio's text in unpunctuated lines: "Les effectifs sont en très légère
# baisse pour cette nouvelle saison, baisse moindre quand même qu'au niveau national"), and the first line stays first
MAX_WORDS_ABOVE_TWICE = 14


# PROSE_OVER_THE_HEADLINE: a sentence at the very top (a picture's caption, an appeal for donations) ends the head
# before it starts; a capitalised title-shaped line among the page's first few, right above its byline or date line, is
# then the headline (a sub-heading has no byline under it).
PROSE_OVER_HEADLINE_REACH = 8


def _headline_under_prose(kept: list[r.Candidate]) -> int | None:
    for i, cand in enumerate(kept[1:PROSE_OVER_HEADLINE_REACH], 1):
        if cand.role is not None or cand.words < MIN_TITLE_WORDS or not cand.text.lstrip(OPENING_QUOTES)[:1].isupper():
            continue
        if r.ends_sentence(cand.text) or " / " in cand.text:
            continue  # (a caption's sentence; a credit's or a fact box's parts: "Section: Sport / Date: Sunday")
        after = _next_line(cand, kept)
        if after is not None and after.role in (BYLINE, DATELINE) and _title_shaped(cand.text):
            return i
    return None


# TWIN_UNDER_THE_HEAD: the head's line is no headline printed twice, but under the head, among the page's first
# PROSE_OVER_HEADLINE_REACH lines, a title-shaped line printed twice with a blank line between (the page's title and its
# headline; a picture's text and its caption stand on adjacent lines, TWIN_LINES) stands right over the first long
# sentence: it is the headline, the head above it a notice or a promo ("Webmail" / "Choose your webmail" / a sentence
# about it / "Ministers meet" / "Ministers meet" / "THE HAGUE (ANP) - ...").
def _twin_under_the_head(kept: list[r.Candidate], head_end: int) -> r.Candidate | None:
    for i in range(head_end, min(len(kept) - 2, PROSE_OVER_HEADLINE_REACH)):
        cand, copy, lead = kept[i], kept[i + 1], kept[i + 2]
        if (
            cand.role is None
            and copy.key == cand.key
            and copy.number > cand.number + 1
            and cand.words >= MIN_TITLE_WORDS
            and not r.ends_sentence(cand.text)
            and _title_shaped(cand.text)
            and _is_long_sentence(lead)
        ):
            return cand
    return None


# TWIN_CAPTION_ON_TOP: the page's first line a sentence printed twice in a row (a picture's text and its caption,
# "Jane Roe outside the court. Roe was fined yesterday." twice) is the picture's: the title is looked for below it.
# (QUESTION_PRINTED_TWICE: one short question printed twice, "GÖLPARK BELEDİYEYE Mİ VERİLECEK?", is the page title and
# the headline: a caption says what the picture shows, it asks nothing)


def _twin_caption_on_top(cand: r.Candidate, kept: list[r.Candidate], position: dict[int, int]) -> bool:
    at = position[id(cand)]
    twice = at == 0 and len(kept) > 1 and kept[1].key == cand.key
    return twice and _ends_a_sentence(cand.text) and not _question_headline(cand.text)


def _ends_a_sentence(text: str) -> bool:
    """ends_sentence, but for an abbreviation's stop last (ABBREVIATION_END), as a headline may end."""
    return r.ends_sentence(text) and not ABBREVIATION_END.search(text.rstrip())


# FOLLOWING_THEN_AN_ELLIPSIS (LIST_AFTER_LEAD_IN): a sentence naming "the following" things and ending in an ellipsis
FOLLOWING_THEN_AN_ELLIPSIS = re.compile(
    r"\b(?:the following|folgende[nr]?|les suivant(?:e?s)?|l(?:os|as) siguientes|(?:os|as) seguintes)\b[^.!?:]{0,160}(?:…|\.\.\.)$",
    re.I,
)


def _choose_title(
    kept: list[r.Candidate],
    named: frozenset[str] = frozenset(),
    numbers: tuple[int, ...] = (),
    stoplist: frozenset[str] = frozenset(),
    trail_ends: frozenset[str] = frozenset(),
) -> None:
    """TITLE: the first line of the page's head (the lines above its first long sentence) if it is shaped like a title.

    Two exceptions, each taken only when every line above the chosen one is short furniture (shaped like a title too),
    which then goes as the masthead: a head line of 3+ words the page prints twice (title and headline) wins, and a
    first line of one or two words gives way to a longer line below it ("Novus Media" above the headline). Cleaning
    the cleaned text again then finds the same title. numbers: the page's lines' numbers, gone ones too; stoplist: the
    page's language's stop words; trail_ends: the headlines the page's crumb trails end with (NAMED_UNDER_THE_HEAD)."""
    # The first line left may be a question headline, long as it is: it does not end the head.
    first_free = next((i for i, c in enumerate(kept) if c.role is None), None)
    position = {id(c): i for i, c in enumerate(kept)}
    twins = 2 if kept and _twin_caption_on_top(kept[0], kept, position) else 0  # (TWIN_CAPTION_ON_TOP: no text yet)
    head_end = next(
        (
            i
            for i, c in enumerate(kept)
            if i >= twins and _is_long_sentence(c) and not (i == first_free and _question_headline(c.text))
        ),
        len(kept),
    )
    if head_end == 0 and _banner_over_the_headline(kept):
        head_end = 2  # BANNER_OVER_THE_HEADLINE: the banner goes as the masthead, the headline under it is chosen
    head = [c for c in kept[:head_end] if c.role is None and not DATELINE_SHAPE.match(c.text)]
    # a copy of an earlier head line goes as a repeat after the title is chosen: it must not change the choice (cleaning
    # the cleaned text again, without it, gives the same title)
    seen_keys: set[str] = set()
    all_head, head = head, []
    for cand in all_head:
        wrapped = _in_a_wrapped_sentence(kept, position[id(cand)])
        if cand.key in seen_keys and cand.words >= MIN_REPEAT_WORDS and not cand.forced and not wrapped:
            continue
        seen_keys.add(cand.key)
        head.append(cand)
    # Printed again further down (compared by key: "Mishustin’s" and "Mishustin's" are the same headline). A copy above
    # does not count: it goes as the masthead, and the cleaned text would not show it.
    last = {c.key: i for i, c in enumerate(kept) if c.words >= MIN_REPEAT_WORDS and not _in_a_wrapped_sentence(kept, i)}
    spaced = _spaced_paragraphs(numbers)

    def printed_again(cand: r.Candidate) -> bool:
        # the copy below is one the repeats step will drop (MIN_REPEAT_WORDS words): then the cleaned text is the same.
        # A line opening in lower case printed again is a caption under every photo of a gallery ("runners in the city
        # marathon"): a headline opens with a capital (or in a script without case).
        if cand.key in named:
            return True  # FEED_FOOTER_TITLE
        copy_at = last.get(cand.key, -1)
        if spaced and copy_at == position[id(cand)] + 1 and kept[copy_at].number == cand.number + 1:
            return False  # TWIN_LINES: printed again on the very next line, a picture's text and its caption
        return copy_at > position[id(cand)] and not cand.text[:1].islower()

    # BULLETED_ITEM: a line opening with a bullet ("• Saquearon camión que se volcó ...") is an item of a list (the
    # latest headlines, a menu), never the headline, which stands alone: passed over (and above the title, it goes as
    # the masthead's); so is a line opening in lower case (LOWER_CASE_OPENING)
    # (a line not shaped as a title still ends the head's title-shaped lines, as it did)
    # (only when a title-shaped line is left to choose: else the item stays a paragraph, and cleaned again, without
    # its bullet, it would be chosen)
    # DATE_STAMP_LINE and SITE_ADDRESS_LINE: never a title, whatever is left
    head = [c for c in head if not _date_stamp_line(c.text) and not _site_address_line(c.text)]
    numbered = _numbered_list_items(head)
    passed = [c for c in head if not _passed_over(c) and id(c) not in numbered]
    head = passed if passed and _title_shaped(passed[0].text) else head
    # KICKER_WITH_COLON: a short first line ending with a colon above a headline ("Exclusive:", "外交部:") is its kicker
    if len(head) >= 2 and _colon_kicker(head[0]) and _title_shaped(head[1].text):
        # NAME_UNDER_ITS_LABEL: ... but a person's name alone under it is the label's value ("Today's editor:" / "Jane
        # Roe"), the site's furniture: both go, the headline is below them
        head = head[2:] if len(head) >= 3 and is_names_only(head[1].text) else head[1:]
    if len(head) >= 2 and PLACE_AND_REGION.match(head[0].text.strip()) and _title_shaped(head[1].text):
        head = head[1:]  # PLACE_OVER_THE_HEADLINE: "Ulft, Nederland" over the headline is where the story happened
    if len(head) >= 2 and _twin_caption_on_top(head[0], kept, position) and _title_shaped(head[1].text):
        head = head[1:]  # TWIN_CAPTION_ON_TOP
    if not head or not _title_shaped(head[0].text):
        under = _headline_under_prose(kept) if not head or head[0] is kept[0] else None
        if under is None:
            return  # the first line left is a paragraph: a page without a title line
        head = [kept[under]]  # PROSE_OVER_THE_HEADLINE: the sentences above stay in the text
    if _lower_case_opening(head[0].text) and not head[0].bullet and head[0].words >= MIN_TITLE_WORDS:
        return  # LOWER_CASE_LEFT_ALONE: no line left but one in small letters ("putin Xi Jinping", tags): no headline
    # NAMED_UNDER_THE_HEAD: no head line is the one the page's furniture names as its headline, but a title-shaped line
    # under the head, among its first lines, ends the page's crumb trail (trail_ends: the surest naming; a framed copy
    # may be another story's kicker and headline): the head is another story's (a promo's headline over its teaser),
    # the named line the headline; the head's short lines go as the masthead
    named_below = next(
        (
            c
            for c in kept[head_end:FRAMED_HEAD_LINES]
            if c.key in trail_ends and c.role is None and c.words >= MIN_TITLE_WORDS and _title_shaped(c.text)
        ),
        None,
    )
    if named_below is not None and all(c.key not in named and _title_shaped(c.text) for c in all_head):
        head = [named_below]
    prefix_shaped = 0
    while prefix_shaped < len(head) and _title_shaped(head[prefix_shaped].text):
        prefix_shaped += 1
    # NAMED_BEYOND_THE_PREFIX: a head line the page's furniture names as its headline (a crumb trail's end, a feed's
    # footer, the page title's prefix) is a choice wherever it stands in the head (a place line may stand above it)
    named_at = next((k for k, c in enumerate(head) if c.key in named and _title_shaped(c.text)), -1)
    choices = head[: max(prefix_shaped, named_at + 1)]
    # (a kicker in capitals printed twice is still a kicker: without its copy it would be passed over)
    twice = next(
        (
            c
            for k, c in enumerate(choices)
            if c.words >= MIN_TITLE_WORDS and printed_again(c) and not _kicker_in_capitals(c, choices[k:])
        ),
        None,
    )
    if twice is not None and _deck_printed_again(twice, head[0], kept, position, last):
        twice = None
    if twice is not None and _under_the_first_lines_credit(twice, head[0], kept, position, last):
        twice = None
    if twice is not None and _copy_right_under(twice, choices, kept, position):
        twice = None
    if twice is not None and _footer_copy(twice, choices, kept, last):
        twice = None
    if twice is not None and any(c.words > MAX_WORDS_ABOVE_TWICE for c in choices[: choices.index(twice)]):
        twice = None  # TEXT_ABOVE_THE_COPY: unpunctuated sentences above it are the text, no masthead's short lines
    if twice is not None and is_names_only(twice.text) and sum(c.key == twice.key for c in kept) >= MIN_NAME_CREDIT_COPIES:
        twice = None  # NAME_PRINTED_OVER_AND_OVER (below)
    # WRAPPED_HEADLINE_JOINED: the headline printed over two lines at the top (a page title wrapped) and whole below:
    # the whole line is the headline printed twice
    joined = {f"{a.key} {b.key}" for a, b in zip(choices, choices[1:], strict=False)} | {
        a.text + b.text for a, b in zip(choices, choices[1:], strict=False)
    }
    twice = twice or next((c for c in choices[2:] if c.words >= MIN_TITLE_WORDS and (c.key in joined or c.text in joined)), None)
    firsts = [head[0]]
    short = head[0].words < MIN_TITLE_WORDS and not r.ends_sentence(head[0].text)
    # NAME_IN_HEADLINE: a first line of a few words printed again inside a longer head line below ("Example Football
    # Club" above "Match report: Example Football Club lose to Harbour") is the site's name: the longer line is the headline
    short = short or (
        head[0].words <= MAX_NAME_IN_HEADLINE_WORDS
        and any(c.words > head[0].words and f" {head[0].key} " in f" {c.key} " for c in choices[1:])
    )
    # KICKER_ABOVE_HEADLINE: the head is two lines, a rubric of up to MAX_KICKER_WORDS words ("Meeting in Beijing") and
    # a headline-shaped line at least twice as long ("Xi and Putin stress unity as they sign 20 agreements"), then the
    # first paragraph: the longer line is the headline, as a deck would end with a full stop
    # (HEADLINE_OVER_ITS_NAME: or three, the third a name alone, the byline under the headline not yet read as one:
    # "Snow Storms and Blizzards" / "Thousands remain powerless after Christmas storm wreaks havoc" / "Jane Roe")
    over_a_name = len(head) == 3 and author_name(head[2].text) and head[0].words <= MAX_KICKER_WORDS + 1
    short = short or (
        (len(head) == 2 or over_a_name)
        and head[0].words <= (MAX_KICKER_WORDS + 1 if over_a_name else MAX_KICKER_WORDS)
        and (max(MIN_KICKER_HEADLINE_WORDS, 2 * head[0].words) <= head[1].words or _long_words_headline(head[0], head[1]))
        and head[1].words <= MAX_HEADLINE_UNDER_KICKER_WORDS
        and r.headline_shaped(head[1].text)
        and head[1] in choices
    )
    # SECTION_PAIR: a first line naming two subjects joined by "&" ("Academics & Research", "Arts & Culture") is a
    # section's name, the site's furniture: a longer line below it is the headline
    short = short or bool(SECTION_PAIR.match(head[0].text.strip()))
    if short or _kicker_in_capitals(head[0], choices):
        # "Novus Media" above the headline; a kicker in capitals below a short first line is passed over as it would be
        # first (the cleaned text, without the short line, must give the same title)
        below = [c for k, c in enumerate(choices[1:], 1) if not _kicker_in_capitals(c, choices[k:])]
        firsts = [c for c in below if c.words >= MIN_TITLE_WORDS] or firsts
    # CAPS_KICKER_ABOVE_HEADLINE: below the first head line, a line in capitals of two to MAX_CAPS_KICKER_WORDS words
    # right above a longer headline-shaped line is that headline's kicker ("Fire in the old town" / "IN THE OLD TOWN" /
    # "One dead and 33 hurt in a fire in a block of flats"): the line under it is the headline, what stands above the
    # kicker is a rubric or the site's furniture
    kicked = next(
        (
            below
            for kicker, below in zip(choices[1:], choices[2:], strict=False)
            if kicker.text.isupper()
            and 2 <= kicker.words <= MAX_CAPS_KICKER_WORDS
            and not below.text.isupper()
            and below.words >= max(MIN_KICKER_HEADLINE_WORDS, kicker.words + 1)
            and r.headline_shaped(below.text)
        ),
        None,
    )
    if twice is None and kicked is not None:
        firsts = [kicked]
    # NEXT_TITLE_LINE: when none of these is credible, the other title-shaped lines of the head, in order (a nav line,
    # a masthead's name or a promo above the headline), each on stricter terms (_credible_next_title).
    rest = [c for c in choices if c is not twice and c not in firsts]
    # The headline printed twice, else the first line (or, under a short first line, the longer lines below it): each
    # must be credible (two words at least; followed by its byline or date, or about the article; a line ending with a
    # full stop must be followed by its byline or date, as captions end so too), or the title stays unknown.
    title = None
    if is_newspaper_name(head[0].text) and twice is None:
        # MASTHEAD_NAME first: a credible headline below the newspaper's name ("Example Daily News") is the title (the
        # name itself is no candidate here: "Harbour Gazette" is about a harbour story, and still its masthead)
        below_name = [c for c in choices[1:] if c is not twice]
        title = next((c for c in below_name if _credible_next_title(c, kept)), None)
    # TWICE_OVER_ITS_CREDIT: the headline printed twice, its second printing right over its byline or date line, needs no
    # other proof (its words may be few of the article's: "What's happening at your library? A lot, apparently")
    copy_at = last.get(twice.key, -1) if twice is not None else -1
    credited_twice = (
        twice is not None
        and 0 <= copy_at < len(kept) - 1
        and kept[copy_at + 1].role in (BYLINE, DATELINE)
        and twice.words >= MIN_CREDIBLE_TITLE_WORDS
        and not _not_a_headline(twice.text)
    )
    title = title or next(
        (c for c in (twice, *firsts) if c is not None and (_credible_title(c, kept) or (c is twice and credited_twice))), None
    )
    # SHORT_NEXT_LINE: of the other lines, one of MIN_TITLE_WORDS words or more goes before a shorter one (a rubric or a
    # place name such as "Government House" above the headline), as a short first line gives way to a longer one
    rest = [c for c in rest if c.words >= MIN_TITLE_WORDS] + [c for c in rest if c.words < MIN_TITLE_WORDS]
    if title is None:
        title = next((c for c in rest if _credible_next_title(c, kept)), None)
        # HEADLINE_OVER_THE_CREDITED_DECK: the line over the byline may be the deck, its headline the head line right
        # above it (DECK_UNDER_ITS_HEADLINE's terms, the deck as long as the headline or longer)
        over_the_deck = next((c for c in rest if title is not None and _next_line(c, kept) is title), None)
        if over_the_deck is not None and _deck_under(over_the_deck, kept, longer_by=0) and _title_shaped(over_the_deck.text):
            title = over_the_deck
    lines_to_credit = _lines_to_credit(title, kept) if title is not None else None
    distant = lines_to_credit is not None
    if title is not None and lines_to_credit != 0:
        # CREDITED_LINE_BELOW: a title credible only by sharing words with the article gives way to a head line below it
        # that its byline or date line follows right away (the headline under a promo or a slogan; DISTANT_CREDIT: or a
        # title whose credit comes only after other lines, the site's slogan over its section's name and the headline)
        credited = (
            c
            for c in choices[choices.index(title) + 1 :]
            if c.words >= MIN_TITLE_WORDS
            and not c.text.rstrip(r.CLOSERS + " ").endswith(".")  # (a photo's caption between headline and byline)
            and _credit_follows(c, kept, position)
            and len(r.content_stems(c.text)) >= MIN_RELEVANCE_STEMS
            and _mostly_about_the_article(c, kept)  # (its words are the article's: not a repeat of a label above)
            # (the headline again with its picture's credit run on, a caption; or the page's title printed bare, its repeat)
            and not c.text.startswith(title.text)
            and not title.text.startswith(c.text)
            and _credible_title(c, kept)
            and not _organisation_name(c.text)
            # DECK_BELOW_THE_HEADLINE: a line twice as long as a headline of some words (shaped as one: no closing
            # punctuation, which a slogan may have) is its deck, above the byline (and DECK_UNDER_ITS_HEADLINE)
            and not (title.words >= MIN_DECKED_HEADLINE_WORDS and c.words >= 2 * title.words and not r.ends_sentence(title.text))
            # (DECK_AS_LONG: here a deck as long as its headline counts too)
            and not (c is _next_line(title, kept) and _deck_under(title, kept, longer_by=0))
            # (under a title credited further down, the line right under it is its deck, over the byline: "Headline" /
            # "Papers published this year show the paths" / "Jane Roe")
            and not (distant and c is _next_line(title, kept))
        )
        title = next(credited, title)
    if title is not None and twice is None and _lines_to_credit(title, kept) is None:
        title = _headline_over_its_credit(title, kept, position) or title
    if title is not None and title in head:
        title = _on_topic_below(title, head, kept) or title
    if title is not None and title in head and twice is None:
        title = _headline_over_the_lead(title, head, kept, numbers, stoplist) or title
    if title is not None and title in head and twice is None and not printed_again(title):
        title = _twin_under_the_head(kept, head_end) or title
    said = _said_under_the_kicker(title, kept, position) if title is not None else None
    if said is not None:
        assert title is not None
        title.rule, title = r.MASTHEAD, said
    elif title is None or _cjk_headline_or_deck(title, kept, position):
        return
    glued = _headline_glued_after_a_caption(title, all_head)
    if glued is not None:
        title.rule, title = r.CAPTION, glued
    above = [c for c in all_head[: all_head.index(title)] if id(c) in position] if title in all_head else []
    wrapped_above = [c for c in above if _in_a_wrapped_sentence(kept, position[id(c)])]
    if (
        len(wrapped_above) >= MIN_WRAPPED_LINES_ABOVE
        and _hard_wrapped(kept)
        and " ".join(c.key for c in wrapped_above) not in title.key
    ):
        return  # WRAPPED_TEXT_ABOVE: the article's hard-wrapped text begins above the line: no headline, no masthead
    title.role = TITLE
    _join_wrapped_headline(title, kept)
    _label_before_the_headline(title, kept)
    below_the_head = title not in all_head
    for cand in all_head:
        if cand is title:
            break
        if below_the_head and cand.words >= r.PROSE_MIN_WORDS and r.ends_sentence(cand.text):
            continue  # SENTENCE_ABOVE_A_LOWER_TITLE: a title chosen below the head leaves the head's sentences as text
        if not cand.forced:
            cand.rule = r.CAPTION if position[id(cand)] < twins else r.MASTHEAD


# HEADLINE_GLUED_AFTER_A_CAPTION: the chosen line ends with a head line above it, whole, of MIN_GLUED_HEADLINE_WORDS
# words or more ("Using a chair as a rain coat at the festival on Friday Weather service confirms tornado in the county"
# under "Weather service confirms tornado in the county"): a picture's caption run into the headline printed again; the
# bare line is the headline, the glued one the caption's. (A shorter line below the headline, "North District
# Hospital", is a place the headline names.)
MIN_GLUED_HEADLINE_WORDS = 5


def _headline_glued_after_a_caption(title: r.Candidate, head: list[r.Candidate]) -> r.Candidate | None:
    above = head[: head.index(title)] if title in head else []
    return next(
        (
            c
            for c in above
            if c.role is None
            and c.words >= MIN_GLUED_HEADLINE_WORDS
            and title.key.endswith(" " + c.key)
            and _title_shaped(c.text)
        ),
        None,
    )


# LABEL_BEFORE_THE_HEADLINE: the headline printed twice, once bare and once after a section's or the outlet's name run
# into it ("Dünya Rusya Başbakanı, Çin'de" / "Rusya Başbakanı, Çin'de"; "ExampleTV Floods return to the valley" /
# "Floods return to the valley"): the bare copy's words are the headline, the label before them at most
# MAX_HEADLINE_LABEL_WORDS words. The bare copy counts anywhere on the page, of MIN_TITLE_WORDS words or more.
MAX_HEADLINE_LABEL_WORDS = 2


def _label_before_the_headline(title: r.Candidate, cands: list[r.Candidate]) -> None:
    for cand in cands:
        bare = cand.text.strip()
        if cand is title or cand.words < MIN_TITLE_WORDS:
            continue
        if title.text.endswith(" " + bare):
            label = title.text[: -len(bare)].split()
        elif title.text.startswith(bare + " "):
            # (LABEL_AFTER_THE_HEADLINE: the section's label run on after it, "Judges plead guilty to kickbacks News" /
            # "Judges plead guilty to kickbacks", its words capitalised)
            label = title.text[len(bare) :].split()
            label = label if all(word[:1].isupper() for word in label) else []
        else:
            continue
        # (TWO_PART_HEADLINE: a "label" the page prints as a line of its own is the headline's first part, printed
        # apart below it with the second: "努力在…迈出新步伐 奋力谱写…新篇章" over "努力在…迈出新步伐" / "奋力谱写…新篇章")
        if not 1 <= len(label) <= MAX_HEADLINE_LABEL_WORDS or title.forced:
            continue
        label_key = r.key_of(" ".join(label))  # (once, not for each line it is compared with)
        if not any(other is not title and other.key == label_key for other in cands):
            title.text = bare
            title.words, title._key = r.word_count(bare), None
            return


# HEADLINE_WRAPPED_AT_A_SMALL_WORD: a headline broken over two lines after a small word ("UK Fares Well on List of" /
# "NSF Graduate Research Fellows"): no headline ends with "of" or "the", so the next line, right under it (no blank line
# between), capitalised, of up to MAX_HEADLINE_TAIL_WORDS words and ending no sentence, is its end: joined to it (and
# cleaned again, the joined line is the same title).
HEADLINE_BREAK_WORDS = frozenset("of the a an to in for and on with at from by or".split())
MAX_HEADLINE_TAIL_WORDS = 8


def _join_wrapped_headline(title: r.Candidate, kept: list[r.Candidate]) -> None:
    words = title.text.split()
    if not words or words[-1].casefold() not in HEADLINE_BREAK_WORDS or title.forced:
        return
    at = kept.index(title)
    tail = kept[at + 1] if at + 1 < len(kept) else None
    if (
        tail is None
        or tail.number != title.number + 1
        or tail.forced
        or tail.role is not None
        or not tail.text[:1].isupper()
        or tail.words > MAX_HEADLINE_TAIL_WORDS
        or r.ends_sentence(tail.text)
    ):
        return
    title.text = f"{title.text} {tail.text}"
    title.words, title._key = r.word_count(title.text), None
    tail.rule = r.REPEATED_LINE  # (its words are the title's now)


# HEADLINE_OVER_ITS_CREDIT: a title with no byline or date line under it gives way to the one line of the page, lower
# down, that is shaped as a headline and stands right above its byline or date line, when most of the article's text
# lies below that credit (the headline under a slogan, a form's heading or a list of other stories that ended the head:
# "Précisez la nature de l'erreur" / "13 + 4 =" / "Trouvez la solution ..." / "Des incendies ... ce 27 décembre" / "Par
# Clara Serrano, Mise à jour le 29/12/2023"). Two such lines (other stories, each over its date) leave the title as it
# was; so does a line ending with a full stop (a caption above a photographer's credit).
MIN_SHARE_BELOW_THE_CREDIT = 2 / 3


# ORGANISATION_NAME_NOT_HEADLINE (in CREDITED_LINE_BELOW, _headline_over_its_credit): a line that is an organisation's
# name alone, capitalised words ending with one of these ("Harbour County Health Department" over the date line: a
# caption's credit, the source's name), says no news; the headline above it stays.
ORGANISATION_LAST_WORDS = frozenset(
    """department ministry office agency police council committee commission authority board court service services
    hospital university institute foundation association society""".split()
)
MAX_ORGANISATION_NAME_WORDS = 6


def _organisation_name(text: str) -> bool:
    """ORGANISATION_NAME_NOT_HEADLINE: capitalised words, the last one an organisation's word, or the organisation's
    word and "of" or "for" what it is ("Harbour Ministry of Health", "University of Harbour")."""
    words = text.split()
    if not 2 <= len(words) <= MAX_ORGANISATION_NAME_WORDS:
        return False
    if not all(w[:1].isupper() or w.casefold() in ("of", "for", "and", "the", "&") for w in words):
        return False
    last = max((i for i, w in enumerate(words) if w.casefold() in ORGANISATION_LAST_WORDS), default=-1)
    return last == len(words) - 1 or (0 <= last < len(words) - 2 and words[last + 1] in ("of", "for"))


def _headline_over_its_credit(title: r.Candidate, kept: list[r.Candidate], position: dict[int, int]) -> r.Candidate | None:
    at = position[id(title)]
    credited = [
        c
        for c in kept[at + 1 :]
        if c.role is None
        and c.words >= MIN_TITLE_WORDS
        and _credit_follows(c, kept, position)
        and r.headline_shaped(c.text)
        and not r.ends_sentence(c.text)
        and not _organisation_name(c.text)  # (ORGANISATION_NAME_NOT_HEADLINE)
    ]
    if len(credited) != 1:
        return None
    cand = credited[0]
    words_above = sum(c.words for c in kept[: position[id(cand)]] if c.role is None and _is_long_sentence(c))
    words_below = sum(c.words for c in kept[position[id(cand)] + 1 :] if c.role is None and _is_long_sentence(c))
    if words_below < MIN_SHARE_BELOW_THE_CREDIT * (words_above + words_below):
        return None
    if not (_mostly_about_the_article(cand, kept) and _credible_title(cand, kept)):
        return None
    return cand


# CJK_HEADLINE_OR_DECK: a Chinese head prints a kicker (引题) above the headline or a deck (副题) below it, in the same
# shape: a line of Chinese with no full stop. A chosen line right under another such line could be the headline or its
# deck, so the title stays unknown rather than maybe wrong. (An English kicker is told by its shortness or capitals.)
MIN_CJK_HEAD_CHARS = 6


# CJK_KICKER_SAYS: a Chinese head line ending with a verb of saying and no stop ("习近平在山西考察时强调", "Xi, visiting
# Shanxi, stresses") is the kicker over the headline, and the longer Chinese line right under it, no sentence's end,
# is what was said: the headline. (The kicker goes, as a rubric above a headline does.)
CJK_SAYING_END = re.compile(r"(?:强调|強調|指出|表示|宣布|宣佈)$")


def _said_under_the_kicker(title: r.Candidate, kept: list[r.Candidate], position: dict[int, int]) -> r.Candidate | None:
    at = position[id(title)]
    below = kept[at + 1] if at + 1 < len(kept) else None
    if below is None or below.role is not None or below.dropped or below.forced or title.forced:
        return None
    if not (r.mostly_cjk(title.text) and CJK_SAYING_END.search(title.text.strip())):
        return None
    longer = r.cjk_chars(below.text) > r.cjk_chars(title.text)
    return below if r.mostly_cjk(below.text) and longer and not r.ends_sentence(below.text) else None


def _cjk_headline_or_deck(title: r.Candidate, kept: list[r.Candidate], position: dict[int, int]) -> bool:
    at = position[id(title)]
    above = kept[at - 1] if at > 0 else None
    if above is None or above.role is not None or above.rule is not None or above.forced:
        return False
    if r.cjk_crumb(above.text):
        return False  # CJK_CRUMB: a section's trail is no kicker
    if above.key.startswith(title.key):
        return False  # (the page's title above the headline, the site's name after it: "<headline> - Example TV")
    chinese = r.cjk_chars(title.text) * 2 > len(title.text) and r.cjk_chars(above.text) >= MIN_CJK_HEAD_CHARS
    return chinese and r.cjk_chars(above.text) * 2 > len(above.text) and not r.ends_sentence(above.text)


# DECK_BELOW_THE_HEADLINE (CREDITED_LINE_BELOW, in _choose_title): a headline has at least this many words; a promo or
# a slogan above the headline is shorter, and the headline below it is no deck.
MIN_DECKED_HEADLINE_WORDS = 6
# LONG_DECK: a deck may run past a headline's length, up to this many words, with no full stop at its end ("Autumn has
# brought a period of wet weather ... no sign of it abating this weekend"); a paragraph is longer or ends its sentence.
MAX_DECK_WORDS = 40
# NAME_IN_HEADLINE: a site's or club's name is short: up to this many words.
MAX_NAME_IN_HEADLINE_WORDS = 4


# KICKER_IN_CAPITALS: a line of at most this many words in capitals ("ROLE OF MEDIATOR", "EXCLUSIVE") above a longer
# title-shaped line is a kicker or a rubric, as a first line of one or two words is: the longer line is the headline.
MAX_KICKER_WORDS = 3
# CAPS_KICKER_ABOVE_HEADLINE (in _choose_title): a kicker in capitals has at most this many words.
MAX_CAPS_KICKER_WORDS = 6
# KICKER_ABOVE_HEADLINE (in _choose_title): the headline under such a rubric has at least this many words.
MIN_KICKER_HEADLINE_WORDS = 5
# DECK_UNDER_A_SHORT_HEADLINE: ... and at most this many: a longer line under three words is the short headline's deck
# ("Heyecan doruk yaptı" / "Sezonun bitimine 10 haftanın kaldığı 1. Lig'de, ilk 3 sıradaki takımlar birer puan farkla
# yer alıyor"), as no headline runs so long under a rubric.
MAX_HEADLINE_UNDER_KICKER_WORDS = 14


# KICKER_OVER_LONG_WORDS: in a language that joins its words ("Deutschland und Spanien" / "Außenminister planen
# gemeinsame Mexiko-Reise") the headline under a rubric has fewer words than KICKER_ABOVE_HEADLINE asks, and exceeds
# its letters by half again: at least this many words and characters, and LONG_WORDS_HEADLINE_RATIO times the rubric's
# characters.
MIN_LONG_WORDS_HEADLINE_WORDS = 4
MIN_LONG_WORDS_HEADLINE_CHARS = 36
LONG_WORDS_HEADLINE_RATIO = 1.5


def _long_words_headline(kicker: r.Candidate, headline: r.Candidate) -> bool:
    chars = len(headline.text.strip())
    return (
        headline.words >= MIN_LONG_WORDS_HEADLINE_WORDS
        and chars >= MIN_LONG_WORDS_HEADLINE_CHARS
        and chars >= LONG_WORDS_HEADLINE_RATIO * len(kicker.text.strip())
    )


def _kicker_in_capitals(cand: r.Candidate, choices: list[r.Candidate]) -> bool:
    if cand.words > MAX_KICKER_WORDS or not cand.text.isupper():
        return False
    return any(c.words > cand.words and not c.text.isupper() for c in choices[1:])


# NOT_A_HEADLINE: lines shaped like a title that a headline never is:
# - COUNT_IN_BRACKETS: a label with a count ("Entries in Awards (6)", "Comments (12)");
# - ALT_TEXT: an image's alternative text ("Ministry of Example Logo");
# - CALL_TO_ACTION: a promo telling the reader what to do ("Get the latest updates right on your browser", "Sign up for
#   our newsletter"): an imperative verb first, and the reader or the site addressed (you, your, our, us).
#   (QUESTION_THEN_CALL: or a question and then the verb, "Worried about the flu? Get a shot at these places", "Love
#   puzzles? Try the new crossword": a promo asking and telling, whoever it addresses)
#   (US_IN_CAPITALS: "US" in capitals, in a line that is not all capitals, is the country: "Share prices fall on fears
#   of US rate rise" is a headline; "FOLLOW US" a button)
COUNT_IN_BRACKETS = re.compile(r"(?<=\s)\(\d{1,5}\)\s*$")  # " (6)": a count set apart, not "f(37)"
ALT_TEXT_WORDS = frozenset("logo icon avatar thumbnail illustration".split())  # ("Pompiers illustration": a picture's text)
CALL_TO_ACTION_VERBS = frozenset(
    "get sign subscribe download join follow click tap read watch listen register log install like share try".split()
    # the same in Spanish, French, German and Russian ("Conecta con nosotros", "Suivez-nous", "Folgen Sie uns")
    + "conecta síguenos sigue suscríbete descarga únete suivez abonnez-vous rejoignez téléchargez".split()
    + "folgen abonnieren registrieren подпишитесь подписывайтесь следите читайте присоединяйтесь".split()
)
ADDRESSEE_WORDS = frozenset(
    "you your you're yours our us".split() + "nosotros nos te tu nous vous uns sie ihr нас нами вас".split()
)
# - CJK_SENTENCE: a Chinese or Japanese line ending in its full stop ("。") is a sentence of the text; headlines end on
#   their last word (or "？", "！").
CJK_FULL_STOP_END = re.compile(r"[。．]\s*$")
# - RELATED_LABEL: a line opening with a "related" label and a colon ("Read also: ...", "Новости по теме: ...",
#   "Lire aussi : ...", "相关新闻：...") introduces another story, whatever follows.
RELATED_LABEL = re.compile(
    r"^(?:related(?: (?:news|stories|articles))?|read also|also read|see also|more on this|lire aussi|à lire aussi|"
    r"voir aussi|leer más|lea también|ver también|lesen sie auch|mehr zum thema|auch interessant|читайте также|"
    r"новости по теме|по теме|смотрите также|相关新闻|相关阅读|延伸阅读|相關新聞|延伸閱讀)\s*[:：]",
    re.IGNORECASE,
)
# - OPEN_ENDED: a line ending in "with" or "by" ("In partnership with", "Sponsored by", "Powered by") is a sponsor's
#   label waiting for its logo; a headline ends on its own words.
OPEN_ENDING_WORDS = frozenset("with by".split())  # not "of", "from": "What They Were Convicted Of"
# - WRITER_LEAD_IN: a writer named between commas before "writes" ("Club manager, Jane Roe, writes"): the lead-in to a
#   letter, no headline
WRITER_LEAD_IN = re.compile(r",\s[^,]{2,60},\s(?:writes|wrote)[:.]?$", re.I)
# - LABEL_COLON: a colon right after a preposition ("El tiempo en: Galicia", "Posted in: World", "Wetter in: Bonn")
#   is a widget's label and its value; a headline's colon follows a name or a word of its own ("Putin: ...", "Talks in
#   Beijing: what we know").
# - AUTHOR_LABEL: a credit with its label and colon ("Author:", "Autor:", "Tác giả:"), whoever it names.
# - POLITE_REQUEST: a widget's request to the reader ("Please follow the link in the e-mail sent to", "Пожалуйста,
#   перейдите по ссылке", "Bitte bestätigen Sie ...").
POLITE_REQUEST = re.compile(
    r"^(?:please|пожалуйста|будь ласка|bitte|por favor|s'il vous plaît|s’il vous plaît|veuillez|per favore|proszę|lütfen|"
    r"vui lòng|silakan|請|请)(?![^\W\d_])",
    re.I,
)
# (PARTICLE_BEFORE_COLON: a widget's label is a word or two and its preposition, "Posted in:", "El tiempo en:"; a longer
# clause ends with a verb's particle, "More tributes pour in: Jane Roe leads the way", a headline's first half)
MAX_LABEL_COLON_WORDS = 3
LABEL_COLON_WORDS = frozenset("in on at under to for en em no na de del dans à sur für im bei zu в на по di su per".split())
# - FACT_BOX_FIELD: a review's or a listing's fact box, a field's label and its value ("Cast: Jane Roe, John Doe",
#   "Venue: Example Theatre, London", "Running time: 2 hours"), is no headline.
FACT_BOX_LABELS = frozenset(
    label.strip()
    for label in """cast|venue|rating|starring|director|directed by|running time|runtime|tickets|admission|genre|duration|
    address|opening hours|price|prices|where|when|location""".split("|")
)
# - OUR_SITES_LABEL: the menu's heading of the publisher's other sites ("Our network sites | Advanced", "Our brands")
OUR_SITES_LABEL = re.compile(
    r"^Our (?:network(?: sites)?|sites|other sites|brands|partners|products|apps|newsletters|podcasts)\b", re.I
)
# - CATEGORY_LABEL: a post's categories or tags after their label ("Categorías: Sucesos y Seguridad", "Filed under:
#   Courts") are no headline.
CATEGORY_LABELS = frozenset(
    " ".join(label.split())
    for label in """categories|category|categorías|categoría|categorias|categoria|catégories|catégorie|kategorien|kategorie|categorie|
    tags|tag|etiquetas|schlagwörter|filed under|posted in|rubrik|rubrique|articles|posts|stories""".split("|")
)
# - KEYWORD_LIST: five or more comma-separated items of one to three words each ("Floods, Assam, Bihar, Rains, Relief",
#   "Avatar, BoxOffice, Don't Worry Darling, Smile") is a page's keywords or tags; a headline listing names has fewer,
#   or a verb between them.
KEYWORD_LIST_MIN_ITEMS = 5
KEYWORD_MAX_WORDS = 3
# - PHOTO_CREDITED: a line crediting a picture library after a slash, a bracket, a bar, a © or a "Photo:" label
#   ("... in Beijing. / Getty Images", "(AFP Photo)") is a caption; the name alone is not ("EPA announces ...").
PHOTO_LIBRARY = re.compile(
    r"(?:[(/|©]|\b(?:photo|photos|pic|picture|image|credit)s?:)\s?(?:"
    + "|".join(re.escape(name) for name in sorted(PHOTO_LIBRARIES, key=len, reverse=True))
    + r")\b",
    re.I,
)


# - PHOTO_CREDIT_BRACKETS: a line ending in a bracketed photo credit, whoever the photographer ("... in Bihar. (Example
#   Photo)", "(Photo: Jane Doe)"), is a caption; "(Photos)" alone ends a gallery's headline and is no credit.
PHOTO_CREDIT_BRACKETS = re.compile(
    r"\((?:[A-Z][\w.&'-]{0,30}\s){1,4}(?i:photo|pic|picture|image)s?\)\s*$"
    r"|\((?i:photo|pic|picture|image)s?\s?(?:by\b|:|/)[^()]{1,60}\)\s*$"
)
# - GLUED_WORDS (archive.byline): two page elements whose text was joined ("Example sportsHarbourBall").
# - CLOCK_TIME_END: a line ending in a clock time without a date ("Kicked off at 5:00 PM", "Updated 10:45") is a
#   timestamp or a schedule entry; a headline does not end on the minute.
#   (WARNING_UNTIL_A_TIME: "until" before the time, "Flood warning for the harbour in effect until 3:15 a.m.", is a warning's
#   headline: it says how long, no stamp does)
CLOCK_TIME_END = re.compile(r"(?<!\buntil )(?<!\btill )\b\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$")
YEAR = r.YEAR_IN_TEXT  # ... and no date: a date and time run onto a headline are its stamp
# - SENTENCE_THEN_CREDIT: a sentence followed by a picture credit ("Jane Doe. Pic/Example", "At the summit. Photo:
#   Jane Doe") is a caption; a gallery's "Photos: The summit in pictures" opens with its label and is no credit.
SENTENCE_THEN_CREDIT = re.compile(
    r"[.!?]\s+(?i:pic|photo|picture|image|credit|foto|fotó|bild|фото|ảnh|crédito|crédit)s?\s?[/:]\s?\S"  # ("... Foto: X")
)
# - PHOTO_OF: a caption says what the picture is ("File photo of the mayor (R) ...", "Photo shows ..."): no headline.
PHOTO_OF = re.compile(r"^(?:file\s+)?(?:photo|picture|image)s?\s+(?:of|shows|showing)\s", re.I)
# - CONTACT_LABEL: a press release's contact ("CONTACT: Jane Roe, Public Information Officer, 555-0100") is no headline.
CONTACT_LABEL = re.compile(r"^(?:(?:media|press|news)\s+)?contacts?\s*:", re.I)
# - FIELD_LABEL: an event's or a notice's field ("Venue: Galeri Example, Harbour City", "Address: ...", "Tickets: ..."),
#   and any label before a telephone number ("质量监督电话:13359256886", "Hotline: +1 555 0100"): a detail, no headline
FIELD_LABEL = re.compile(
    r"^(?:venue|address|location|tickets?|admission|opening hours|hours|tel|telephone|phone|fax|e-?mail|when|where)\s*:"
    r"|^[^:：]{1,30}[:：]\s*\+?[\d()][\d\s()./-]{6,}$",
    re.I,
)
# - PLACE_ALONE: a line that is only a place's name ("New Delhi") is a dateline or a rubric, never a headline.
# - LEADING_TIMESTAMP: a line opening with a date and a clock time ("2023-03-21 16:07:46 Example TV", "21.03.2023 16:07",
#   "2023年3月21日 16:07") is a timestamp line, whatever follows it; a headline does not open on the minute.
LEADING_TIMESTAMP = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}年\d{1,2}月\d{1,2}日)\s*+\d{1,2}:\d{2}"
)
# - BREADCRUMB_ARROW: a line with an arrow between its parts ("You are here: News > World", "新闻中心 > 更多头条") is the
#   page's path; a headline has no arrows.
BREADCRUMB_ARROW = re.compile(r"(?:^|\s)[>»›](?:\s|$)")  # (» closes a French quotation opened by «: no arrow then)
# - CJK_READING_TIME (archive.rules): "本篇文章595字，读完约1分钟" is the reading time.
# - DOMAIN_PART: a site's address as the first part of the line ("EXAMPLE-NEWS.org - Press Release Distribution") or
#   after a colon ("Photo: example.ru"): a masthead or a credit. A headline may name a company's site inside its
#   sentence ("Example.com sales rise") or end with its own site's ("... - Example.com").
LINE_PARTS = re.compile(r"\s[-–—|•·:]\s|\s?[:：|]\s")
# (from a label's start only, labels with their dots taken possessively, then the top-level one: linear on any line,
# issue 16)
DOMAIN = re.compile(r"(?<![A-Za-z0-9.-])(?:[A-Za-z0-9][A-Za-z0-9-]*+\.)++(?P<tld>[A-Za-z]{2,4})")
DOMAIN_TLDS = frozenset(
    "com org net info news biz gov edu ru cn de fr uk in it es pl ua kz by jp kr au ca us eu io tv co me".split()
)
# - PAGE_VERSION: a page's version in brackets after its name ("Example Town (Druckversion)", "(Printer-friendly
#   version)"): the print page's heading, not the article's.
PAGE_VERSION = re.compile(
    r"\((?:druckversion|print(?:er)?[- ]?(?:friendly )?version|printable version|version imprimable|versión (?:para )?imprimir|"
    r"версия для печати|打印版)\)\s*$",
    re.I,
)
# - BULLET_PARTS: short parts between bullets ("Kommentar • haushaltsberatung", "News · World"): a rubric and its tags.
BULLET_PARTS = re.compile(r"\s[•·]\s")
BULLET_PART_MAX_WORDS = 2


MAX_SECTION_PATH_PARTS = 3
MAX_SECTION_PATH_WORDS = 3
SECTION_WORDS = GENERIC_WORDS - {"the", "a", "new", "more", "all", "other", "similar"}


def _is_domain(part: str) -> bool:
    match = DOMAIN.fullmatch(part.strip(" .()[]"))
    return match is not None and match.group("tld").casefold() in DOMAIN_TLDS


# BARRED_FURNITURE: a page's title of MIN_BARRED_PARTS parts or more between bars, each a word alone, a section's name
# or a list of places ("WXYZ | West Virginia, Kentucky, & Ohio | Weather"): the site's, no headline in it.
MIN_BARRED_PARTS = 3


def _barred_furniture(text: str) -> bool:
    parts = [part.strip() for part in text.split(" | ")]
    if len(parts) < MIN_BARRED_PARTS:
        return False

    def places(part: str) -> bool:
        items = [item.strip().removeprefix("& ").removeprefix("and ").strip() for item in part.split(",")]
        return len(items) > 1 and all(item and (is_place(item) or is_country(item)) for item in items)

    return all(len(part.split()) <= 1 or part.casefold() in r.SECTION_WORDS or places(part) for part in parts)


def _unheadline_parts(text: str) -> bool:
    """DOMAIN_PART (a site's name first, or after a colon; last after a dash or a bar it is the headline's site suffix,
    "Harbour talks resume - Example.com"), BULLET_PARTS and BARRED_FURNITURE."""
    if _barred_furniture(text):
        return True
    parts = LINE_PARTS.split(text)
    if len(parts) > 1 and _is_domain(parts[0]):
        return True
    after_colon = re.split(r"\s?[:：]\s", text)
    if len(after_colon) > 1 and _is_domain(after_colon[-1]):
        return True
    parts = BULLET_PARTS.split(text)
    return len(parts) > 1 and all(len(part.split()) <= BULLET_PART_MAX_WORDS for part in parts)


def _keyword_list(text: str) -> bool:
    head = re.split(r"\s[|–—-]\s", text, maxsplit=1)[0]  # a site's name may follow the list ("... - Example News")
    items = [item.split() for item in head.split(",")]
    return len(items) >= KEYWORD_LIST_MIN_ITEMS and all(1 <= len(item) <= KEYWORD_MAX_WORDS for item in items)


# BRACKETED_LINE: a line wholly in square brackets ("[ Back to Example! ]", "[Jane Roe speaks at the summit ...]") is a
# link's text or a picture's caption, never the headline.
# HOME_CRUMB_RUN: the home page's word in another language, then up to MAX_CRUMB_SECTIONS capitalised words ("Accueil
# Actu Monde France", "Startseite Politik Ausland"): a breadcrumb whose separators the copy lost. (English "Home" and
# "Start" open headlines: "Home sales rise".)
MAX_CRUMB_SECTIONS = 4
ENGLISH_HOME_WORDS = frozenset(("home", "start", "home page", "homepage"))


# ENGLISH_HOME_CRUMB: "Home" then sections' names alone ("Home News UK", "Home Sport"): each word a section's word, or a
# region's initials in capitals ("UK", "NI"), one of them a section's word ("Home sales rise" is a headline)
REGION_INITIALS = re.compile(r"^[A-Z]{2,3}$")


MIN_CRUMB_SECTION_WORDS = 3


def _home_crumb_run(text: str) -> bool:
    words = text.split()
    if not 2 <= len([w for w in words if w != "&"]) <= MAX_CRUMB_SECTIONS + 1:
        return False
    if r.key_of(words[0]) in ENGLISH_HOME_WORDS:
        sections = [w.casefold() in r.SECTION_WORDS for w in words[1:]]
        if sum(sections) >= MIN_CRUMB_SECTION_WORDS and all(w[:1].isupper() or w == "&" for w in words[1:]):
            return True  # (SECTIONS_AND_A_PLACE: "Home News Local & Flintshire News", a county's section among them)
        return any(sections) and all(s or REGION_INITIALS.match(w) for s, w in zip(sections, words[1:], strict=True))
    return r.key_of(words[0]) in CRUMB_HOME_WORDS and all(w[:1].isupper() for w in words[1:])


# OFFICE_AND_NAME_ALONE: an office and a person's name alone ("President Xi Jinping", "Prime Minister Jane Roe"), a
# picture's label or a tag, says nothing happened: no headline
MAX_OFFICE_WORDS = 3


def _office_and_name(text: str) -> bool:
    words = text.split()
    offices = list(itertools.takewhile(lambda w: w.casefold() in OFFICE_WORDS, words[:MAX_OFFICE_WORDS]))
    rest = " ".join(words[len(offices) :])
    return bool(offices) and offices[0][:1].isupper() and 2 <= len(rest.split()) <= 3 and is_names_only(rest)


# FOREIGN_BY_SHORT: "by" in French, Spanish, German, Dutch, Italian and Indonesian and one or two capitalised words ("Par
# Euronews", "Von Jane Roe"): a credit, no headline ("Por Qué ..." asks a question: its second word is no name)
FOREIGN_BY_WORDS_CAPITALISED = "Par|Por|Von|Door|Di|Oleh"  # (also BY_AND_ITS_COLON's, in any case)
FOREIGN_BY_SHORT = re.compile(
    rf"^(?:{FOREIGN_BY_WORDS_CAPITALISED})\s(?!(?:Qué|Que|Quoi|Was)\b)[A-ZÀ-Ý][\w.'’-]*+(?:\s[A-ZÀ-Ý][\w.'’-]*+)?$"
)


# SPONSOR_LABEL: a sponsor's credit, "Sponsor: Example Rugby Camps", "Presented by: Example", is no headline
SPONSOR_LABEL = re.compile(r"^(?:Sponsors?|SPONSORS?|Sponsored by|Presented by|Powered by)\s?:", re.I)


# PUBLISHED_BY: "Published by Example Review", "Publicado por" (its name lost): the post's credit, no headline
PUBLISHED_BY = re.compile(
    r"^(?:Published|Posted|Publicado|Publicada|Postado|Publié|Publiée|Pubblicato|Pubblicata|Veröffentlicht)\s+"
    r"(?:by|por|par|da|von)\b",
    re.I,
)


# NAME_ROLE_AND_BODY: a person's name, then her role and her body between commas ("Jane Roe, Senior Fellow, Example
# Institute"), the body's kind its last word: a speaker's or a writer's card, no headline ("Jane Roe, Harbour Director,
# Resigns After Budget Row" goes on with a verb)
CARD_ROLE_WORDS = frozenset(
    "fellow director professor president chair chairman chairwoman analyst researcher editor correspondent founder".split()
)


CARD_BODY_WORDS = frozenset(
    """institute institution university college center centre foundation council school academy society association
    group bank agency ministry department""".split()
)


def _name_role_and_body(text: str) -> bool:
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 3 or not is_names_only(parts[0]):
        return False
    body = parts[2].split()
    return (
        any(word.casefold() in CARD_ROLE_WORDS for word in parts[1].split())
        and bool(body)
        and body[-1].casefold() in CARD_BODY_WORDS
    )


# BY_A_SMALL_WORD: "By" and a word in small letters, a template's credit ("By empty (9/8/2001 issue of ...)", "By admin"):
# a headline capitalises its words ("By the Numbers: ..." keeps its article)
BY_A_SMALL_WORD = re.compile(r"^By (?!(?:the|a|an)\b)[a-z]")
# BY_AND_ITS_COLON: "by" in any of FOREIGN_BY_SHORT's languages with a colon after it ("Par : piwi", "Por: redacción", a
# blog's credit of its poster's handle): a headline puts no colon after its first word "Par"
BY_AND_ITS_COLON = re.compile(rf"^(?:by|{FOREIGN_BY_WORDS_CAPITALISED})\s?:\s?\S", re.I)


# CLAUSE_FIRST_SENTENCE: a long line opening with a clause of time or condition, then a comma and the sentence going on
# in lower case ("During a video call on Friday, the Russian president invited ..."), is the text's sentence or its
# deck: a headline says its news first, and is shorter (MIN_CLAUSE_FIRST_SENTENCE_WORDS words or more here).
CLAUSE_FIRST_SENTENCE = re.compile(
    r"^(?:During|After|Before|While|When|Since|Although|Though|Because|As|If|Following|Despite|Amid|Earlier)\s[^,]{3,80},\s(?:the|a|an|his|her|its|their|he|she|it|they|we)\s"
)
MIN_CLAUSE_FIRST_SENTENCE_WORDS = 16


# FIELDS_IN_CAPITALS: a record's fields, each a label in capitals and its colon, the line opening with one and another
# after a wide gap (archive.dates' RECORD_FIELD_AFTER: "DATELINE: NEWPORT NEWS        LENGTH: Medium", "SECTION:
# VIRGINIA        PAGE: B-5"): an archive's header, never the headline ("(NYSE: TRI), (TSE: TRI.TO)" is a headline's).
FIELD_IN_CAPITALS = re.compile(r"^[A-Z]{3,}+:\s")


MAX_DASHED_SECTION_WORDS = 5


# RELEASE_LABEL_AND_ISSUER: a press release's kind and its issuer after a bar or a dash ("Pressemitteilung | Example
# Verband e.V.", "Press Release - Example Council"), the release's page title: the headline is the release's own line.
RELEASE_LABEL_AND_ISSUER = re.compile(
    r"^(?i:press release|news release|media release|pressemitteilung|presseinformation|communiqué de presse|"
    r"comunicado de prensa|nota de prensa|comunicato stampa|persbericht|komunikat prasowy)\s?[|:–—-]\s?[^|]{2,80}$"
)


# CJK_WEEKDAY_CLOCK: a weekday in Chinese, then numbers and the calendar's characters only ("星期四, 12 月 26, 2024", a
# header's clock in a template's odd order): the day's date, no headline.
CJK_WEEKDAY_CLOCK = re.compile(r"^(?:星期|週|周)[一二三四五六日天][\s,./\d月日年-]{0,30}$")
# STOP_THEN_SOURCE_IN_BRACKETS: a sentence's full stop, then a source's name in brackets ("Former Mayor Jane Roe outside
# the town hall in 2006. (AP)"): a caption with its credit; a headline names its source without the stop ("Talks open
# (Example Agency)", TITLE_SOURCE_BRACKETS). (STATION_CHANNEL_SOURCE: the source may open with its channel's numbers,
# "... on Friday.(10/11 NOW)", with a capital among its words.)
STOP_THEN_SOURCE_IN_BRACKETS = re.compile(r"(?<=[^\W\d_]|\d)\.\s?\((?=[^()]{0,40}[A-Z])(?:[A-Z0-9][\w.&'’/-]*+\s?){1,4}\)\s*$")


# COUNTRIES_ALONE: two countries or more and nothing else ("China - Russia", "Russia and China", "US/Iran") are a
# topic's tag or a series' kicker over the headline; a headline says what they do.
# ((?<!\s): each run of spaces is tried once, so a line of spaces is read in linear time)
COUNTRY_JOINS = re.compile(r"(?:(?<!\s)\s*+)?(?:[-–—/,&+]|\band\b|\bvs?\.?(?=\s))\s*+")
MIN_COUNTRIES_ALONE = 2


# RESULTS_ROW: a line holding two match scores or more ("Runde 21 Fredag Example-Harbour 1-0 Søndag Bay-Port 3-1") is a
# results box's row, no headline; a headline reports one match.
# (a colon between two figures of one digit only, "2:1": "10:30" is a time)
MATCH_SCORE = re.compile(r"(?<![\d:-])(?:\d{1,2}\s?[-–]\s?\d{1,2}|\d:\d)(?![\d:-])")
MIN_SCORES_IN_A_RESULTS_ROW = 2
# PLACE_COLON_LEAD: a place in capitals and a colon opening a line of MIN_PLACE_COLON_LEAD_WORDS words or more
# ("CALIFORNIA: A magnitude 5.7 earthquake struck on Friday off the coast of Northern California in the Pacific") is the
# lead's dateline and first sentence, hard-wrapped; a kicker's headline after a colon is short ("UKRAINE: Drones hit
# the port"), and a flag's may be long ("EN VIVO: Sigue minuto a minuto ...", "LIVE:", "EXCLUSIVE:": no place).
PLACE_COLON_LEAD = re.compile(
    r"^(?!(?:LIVE|EN VIVO|EN DIRECT|AO VIVO|IN DIRETTA|DIRECTO|BREAKING|BREAKING NEWS|JUST IN|EXCLUSIVE|EXCLUSIVO|EXCLUSIF|"
    r"WATCH|VIDEO|VÍDEO|VIDÉO|UPDATE|UPDATED|OPINION|ANALYSIS|PHOTOS|URGENT|URGENTE|ÚLTIMA HORA|EILMELDUNG|LIVE-TICKER):)"
    r"[A-Z][A-Z .'’-]{2,30}:\s[A-Z]"
)
MIN_PLACE_COLON_LEAD_WORDS = 16
# TELEPHONE_IN_LINE: a telephone number in full, its groups of figures joined by dashes, dots or spaces ("... pelo
# telefone 22-98829-9343", "call (555) 123-4567"), is a notice's or an appeal's, no headline's.
TELEPHONE_IN_LINE = re.compile(r"(?<![\d.,-])(?:\(\d{2,4}\)\s?|\d{2,4}[-. ])\d{3,5}[-. ]\d{4}(?![\d.,-]?\d)")
# SCORE_BOX_LINE: two teams with their goals between them and no dash ("Harbour 0 0 Example United"), a score box's cells
# run together: a headline writes the score with its dash ("Harbour 0-0 Example United").
SCORE_BOX_LINE = re.compile(r"^[A-Z][^\d|]{1,40}? \d{1,2} \d{1,2} [A-Z][^\d|]{1,40}$")


def _countries_alone(text: str) -> bool:
    parts = [part for part in COUNTRY_JOINS.split(text.strip()) if part]
    return len(parts) >= MIN_COUNTRIES_ALONE and all(is_country(part) for part in parts)


def _not_a_headline(text: str) -> bool:
    text = without_date_prefix(text)  # (TITLE_DATE_PREFIX: "2012-03-27 08:35 | Headline" is read as its headline)
    stripped = text.strip()
    if (stripped.startswith("[") and stripped.endswith("]")) or _home_crumb_run(stripped) or _office_and_name(stripped):
        return True  # BRACKETED_LINE, HOME_CRUMB_RUN, OFFICE_AND_NAME_ALONE
    if FIELD_IN_CAPITALS.match(stripped) and RECORD_FIELD_AFTER.search(stripped):
        return True  # FIELDS_IN_CAPITALS
    glued_site = GLUED_SITE.match(text)
    text = text[glued_site.end() :] if glued_site else text  # (TITLE_GLUED_SITE: the headline after the site's name)
    words = [w.strip(".,:;!?()\"'“”’").casefold() for w in text.split()]
    if COUNT_IN_BRACKETS.search(text) or (words and words[-1] in ALT_TEXT_WORDS) or LOGO_NAME.match(text.strip()):
        return True  # (a logo's text, "Example logo Example Town", as archive.sources reads it)
    if OUR_SITES_LABEL.match(text.strip()):
        return True  # OUR_SITES_LABEL
    head = text.split(" | ")[0]
    if r.weather_widget(head, r.key_of(head)):
        return True  # WEATHER_BEFORE_THE_BAR: "Example Today 11°/15° | Saturday, April 20, 2024 | ...", the header's bar
    printed = text.split()
    if len(printed) >= 2 and printed[-1] == "home" and all(w[:1].isupper() for w in printed[:-1]):
        return True  # SITE_HOME_LINK: "Examplesblog San Francisco home", the site's name and "home", its logo's link
    if text.rstrip().endswith((" |", "｜")):
        return True  # BAR_LEFT_OPEN: a caption whose credit after the bar was lost ("Firefighters at the scene |")
    if STOP_THEN_SOURCE_IN_BRACKETS.search(text):
        return True  # STOP_THEN_SOURCE_IN_BRACKETS (above)
    if CJK_WEEKDAY_CLOCK.match(stripped):
        return True  # CJK_WEEKDAY_CLOCK (above)
    if text.lstrip().startswith(("…", "...")):
        return True  # LEADING_ELLIPSIS: "…Flags off a road project", a deck's point going on from the headline, or a cut
    if RELEASE_LABEL_AND_ISSUER.match(text.strip()):
        return True  # RELEASE_LABEL_AND_ISSUER (above)
    if _countries_alone(text):
        return True  # COUNTRIES_ALONE (above)
    if len(MATCH_SCORE.findall(text)) >= MIN_SCORES_IN_A_RESULTS_ROW or SCORE_BOX_LINE.match(text.strip()):
        return True  # RESULTS_ROW, SCORE_BOX_LINE (above)
    if len(text.split()) >= MIN_PLACE_COLON_LEAD_WORDS and PLACE_COLON_LEAD.match(text.strip()):
        return True  # PLACE_COLON_LEAD (above)
    if TELEPHONE_IN_LINE.search(text):
        return True  # TELEPHONE_IN_LINE (above)
    dashed = [part.strip() for part in re.split(r" [–—-] ", text)]
    if len(dashed) == 2 and dashed[0].casefold() in SECTION_WORDS and len(text.split()) <= MAX_DASHED_SECTION_WORDS:
        return True  # SECTION_DASH_SITE: "News – Example Government", a section's page title and the site's name
    if place_dash_paper(text):
        return True  # PLACE_DASH_PAPER (archive.sources): "New York - Example Today", the place and the paper, no headline
    sections = [part.strip() for part in text.split(" | ")]
    if (
        2 <= len(sections) <= MAX_SECTION_PATH_PARTS
        and sections[0].casefold() in SECTION_WORDS
        and all(len(part.split()) <= MAX_SECTION_PATH_WORDS for part in sections)
    ):
        return True  # SECTION_PATH: a section and its subsection after a bar ("Sports | Women's Basketball"), the site's trail
    if (words and words[-1] in OPEN_ENDING_WORDS) or _keyword_list(text) or PHOTO_LIBRARY.search(text):
        return True
    if WRITER_LEAD_IN.search(text):
        return True
    label, colon, _ = text.partition(":")
    if colon and 0 < len(label.split()) <= MAX_LABEL_COLON_WORDS and label.split()[-1].casefold() in LABEL_COLON_WORDS:
        return True  # LABEL_COLON
    if colon and " ".join(label.split()).casefold() in CATEGORY_LABELS:
        return True  # CATEGORY_LABEL
    if colon and " ".join(label.split()).casefold() in FACT_BOX_LABELS:
        return True  # FACT_BOX_FIELD
    if PHOTO_CREDIT_BRACKETS.search(text) or GLUED_WORDS.search(text):
        return True
    if CLOCK_TIME_END.search(text) and (not YEAR.search(text) or BY_PREFIX.match(text)):
        # (a headline with its date and time run onto it keeps the headline: TITLE_DATE_TAIL; BYLINE_DATE_TIME: after a
        # credit's "By", a date and a time end a byline, whoever it names: "By The42 Team Thursday 15 Sep 2022, 1:26 PM")
        return True
    if (
        SENTENCE_THEN_CREDIT.search(text)
        or r.DECK_WITH_ITS_WRITER.search(text)
        or CJK_FULL_STOP_END.search(text)
        or RELATED_LABEL.match(text)
    ):
        return True
    if CONTACT_LABEL.match(text) or FIELD_LABEL.match(text) or PHOTO_OF.match(text) or SOURCE_LABEL.match(text):
        return True  # (SOURCE_LABEL: "Source: page 1 of the Example Daily ...", a credit's label, is no headline)
    credit = BY_PREFIX.match(text)
    if (credit and ":" in credit.group()) or POLITE_REQUEST.match(text):
        return True  # AUTHOR_LABEL ("Autor: Gemeinde Example", whoever it names) and POLITE_REQUEST: no headline
    if FOREIGN_BY_SHORT.match(text.strip()) or BY_A_SMALL_WORD.match(text.strip()) or SPONSOR_LABEL.match(text.strip()):
        return True  # FOREIGN_BY_SHORT, BY_A_SMALL_WORD, SPONSOR_LABEL
    if BY_AND_ITS_COLON.match(text.strip()):
        return True  # BY_AND_ITS_COLON
    if PUBLISHED_BY.match(text.strip()) or _name_role_and_body(text.strip()):
        return True  # PUBLISHED_BY, NAME_ROLE_AND_BODY
    arrow = BREADCRUMB_ARROW.search(text) if "«" not in text else None
    if arrow and "title-crumb-prefix" in split_headline(text).rules:
        arrow = None  # (TITLE_CRUMB_PREFIX, archive.headline: "Home » World » <headline>", the headline after the trail)
    if arrow and not r.breadcrumb(text, r.key_of(text)) and "title-bar-suffix" in split_headline(text).rules:
        arrow = None  # (HEADLINE_BEFORE_THE_SITE, archive.rules: "<headline> » Example Blog", a page title)
    if LEADING_TIMESTAMP.match(text) or arrow or r.CJK_READING_TIME.search(text):
        return True
    if PAGE_VERSION.search(text) or _unheadline_parts(text):
        return True
    if said_twice(text):
        return True  # SAID_TWICE (archive.byline)
    date_label = META_LABEL.match(text.strip())
    if date_label and not any(ch.isalpha() for ch in text.strip()[date_label.end() :]):
        return True  # DATE_LABEL_LEFT_OVER: "Publié le  - 15", a date line's label whose date was a picture or a script
    asked, mark, call = text.partition("? ")
    if mark and asked and call.split()[:1] and call.split()[0].casefold() in CALL_TO_ACTION_VERBS:
        return True  # QUESTION_THEN_CALL (above)
    addressed = [
        w for w, shown in zip(words, text.split(), strict=True) if w in ADDRESSEE_WORDS and not _us_the_country(shown, text)
    ]
    return is_place(text) or (bool(words) and words[0] in CALL_TO_ACTION_VERBS and bool(addressed))


def _us_the_country(shown: str, line: str) -> bool:
    """US_IN_CAPITALS (above)."""
    return shown.strip(".,:;!?()\"'“”’") in ("US", "U.S.", "U.S") and not line.isupper()


# DECK_UNDER_ITS_HEADLINE: a headline of MIN_DECKED_HEADLINE_WORDS words or more, then a longer line shaped as a headline
# too, then the byline or date ("Anger boils over as water outages take their toll" / "Parts of the city have been
# without water for days" / "By Jane Roe"): the longer line is the deck, when the headline uses the article's words; a
# slogan or a promo over a headline is shorter, and uses none ("Your news, every day of the week").
def _deck_shaped(text: str) -> bool:
    """Shaped as a headline (archive.rules headline_shaped), or as a longer deck (LONG_DECK)."""
    if r.headline_shaped(text):
        return True
    words = text.split()
    return len(words) <= MAX_DECK_WORDS and r.headline_shaped(" ".join(words[:2] + words[-2:]))


def _deck_under(title: r.Candidate, kept: list[r.Candidate], longer_by: int = 1) -> bool:
    deck = _next_line(title, kept)
    return (
        deck is not None
        and deck.role is None
        and title.words >= MIN_DECKED_HEADLINE_WORDS
        and deck.words >= title.words + longer_by
        and not r.ends_sentence(title.text)
        and _deck_shaped(deck.text)
        and _lines_to_credit(deck, kept) == 0
        and _uses_a_title_word(title, kept)
    )


def _credible_title(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    """One word ("Background", "Opinion") is a label, not a headline, and NOT_A_HEADLINE lines are none. A line followed
    by its byline or date line (before the first paragraph; short lines between may be a kicker or a rubric) needs no
    other proof; any other must be about the article (a site's name, a slogan or another story's headline shares no word
    with it). MASTHEAD_NAME: a line shaped like a newspaper's name ("Example Daily News") must be about the article
    whatever follows it: a masthead is followed by the byline and date too. WRAPPED_NOT_TITLE: a line whose sentence
    goes on in lower case on the next line is hard-wrapped text."""
    if title.words < MIN_CREDIBLE_TITLE_WORDS or _not_a_headline(title.text) or _pull_quote(title, kept):
        return False
    if title.words >= MIN_CLAUSE_FIRST_SENTENCE_WORDS and CLAUSE_FIRST_SENTENCE.match(title.text.strip()):
        if not any(c is not title and c.key == title.key for c in kept):
            return False  # CLAUSE_FIRST_SENTENCE (a page printing the line twice, title then lead, calls it its title)
    if _writer_credited_below(title, kept):
        return False
    after = _next_line(title, kept)
    if after is not None and after.role is None and _wraps_into(title, after) and after.text[:1].islower():
        # WRAPPED_NOT_TITLE: the first line of hard-wrapped text, its sentence going on below (LONE_LABEL_WORD: a word
        # alone that ends no sentence, "on" left of a theme's "Published on", goes on no sentence)
        # (ALT_TEXT_UNDER_THE_HEADLINE: a line all in small letters that ends no sentence either, the line under it
        # opening with a capital or a bracket, is a picture's alternative text, "oil spill cleanup" / "Officials released
        # this photo today.": the sentence would go on in small letters; "writes Jane Roe" is a credit)
        beyond = _next_line(after, kept)
        alt_text = after.text.islower() and not r.ends_sentence(after.text)
        alt_text = alt_text and after.text.split()[-1] not in HEADLINE_BREAK_WORDS  # (a wrap stops at a small word)
        alt_text = alt_text and (beyond is None or not beyond.text[:1].islower())
        if (after.words >= 2 or r.ends_sentence(after.text)) and not alt_text:
            return False
    at = kept.index(title)
    beyond = _next_line(after, kept) if after is not None else None
    if (
        after is not None
        and beyond is not None
        and after.role is None
        and after.number == title.number + 1
        and not r.ends_sentence(title.text)
        and len(after.text) <= WRAPPED_NEXT_LINE_MAX_RATIO * len(title.text)
        and _wraps_into(after, beyond)
        and beyond.text[:1].islower()
        and _hard_wrapped(kept)
    ):
        # FIRST_LINE_OF_A_WRAPPED_BLOCK: on a hard-wrapped page, a line with the next line right under it (no blank
        # line), as long, going on mid-sentence into the line after ("Chinese President Example and Russian" /
        # "President Example on Monday signed a good-" / "neighbourly treaty ..."), is the block's first line: the
        # sentence broke before a capitalised word
        return False
    if (
        after is not None
        and after.role is None
        and after.text[:1].islower()
        and at > 0
        and _stops_mid_sentence(kept[at - 1])
        and _hard_wrapped(kept)
    ):
        # INSIDE_WRAPPED_TEXT: on a hard-wrapped page, between a line that stops mid-sentence and one that goes on in
        # lower case, a line is hard-wrapped text whatever its own last word ("... che la" / "mostra" / "Example Name.
        # Poi" / "tanti ...")
        return False
    if is_newspaper_name(title.text):
        return _uses_a_title_word(title, kept)
    if at == 1 and kept[0].role == DATELINE and not title.text.rstrip(r.CLOSERS + " ").endswith("."):
        return True  # DATE_ABOVE_HEADLINE: the page opens with its date line, then the headline
    between = _lines_to_credit(title, kept)
    if between is not None:
        # DISTANT_CREDIT: with other lines between, the byline or date may be another line's (the headline under a
        # promo or a site's slogan): the title must then be mostly about the article (STOP_NEEDS_ITS_OWN_CREDIT: and end
        # no sentence; a sentence with a headline between it and the credit is a teaser, the credit the headline's)
        if between == 0 or (between == 1 and _deck_under(title, kept)):
            return True
        stopped = title.text.rstrip(r.CLOSERS + " ").endswith(".") and not ABBREVIATION_END.search(title.text)
        return not stopped and _mostly_about_the_article(title, kept)
    if title.text.rstrip(r.CLOSERS + " ").endswith(".") and not ABBREVIATION_END.search(title.text):
        # "The accused in police custody on Saturday." is a caption more often than a headline
        return _printed_again_below(title, kept)
    return _about_the_article(title, kept)


# WRITER_NAME_ALONE: a line that is a person's name alone, credited as the writer further down ("Jane Roe" over the
# text, "Author: Jane Roe" under it), is the blog's writer box, no headline; an obituary's name over its text is one.
AUTHOR_CREDIT_OPENING = re.compile(r"^(?:by|author|written by|posted by)\s*:?\s*", re.I)


def _writer_credited_below(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    if not is_names_only(title.text):
        return False
    name = title.text.strip()
    for cand in kept[kept.index(title) + 1 :]:
        opening = AUTHOR_CREDIT_OPENING.match(cand.text.strip())
        if opening and cand.text.strip()[opening.end() :].startswith(name):
            return True
    return False


# HEADLINE_PRINTED_AGAIN: a line ending with a full stop is still the headline when the page prints it again word for
# word a few lines below (within HEADLINE_COPY_REACH), the lead's long sentence between ("Un Gilet jaune exhibe un
# couteau." / the lead / the same line again): the page's title and summary, then the article's own heading. Printed
# twice in a row it is a picture's text and caption (TWIN_CAPTION_ON_TOP); printed three times or more, a banner's
# slogan; with furniture between, a control's label ("Close this search box.").
HEADLINE_COPY_REACH = 4


def _printed_again_below(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    at = kept.index(title)
    if sum(c.key == title.key for c in kept) != 2:
        return False
    copy = next((i for i in range(at + 2, min(len(kept), at + 1 + HEADLINE_COPY_REACH)) if kept[i].key == title.key), None)
    return copy is not None and any(_is_long_sentence(c) and not c.dropped for c in kept[at + 1 : copy])


def _credit_follows(cand: r.Candidate, kept: list[r.Candidate], position: dict[int, int]) -> bool:
    """The line right after cand is a byline or a date line (one look, for each of many head lines)."""
    at = position[id(cand)] + 1
    return at < len(kept) and kept[at].role in (BYLINE, DATELINE)


# VENUE_LINE: a building's name and its city and country above the article's first sentence ("Great Hall of the People,
# Beijing, China" / "October 20, 2016"): where the event took place, as an event page prints it, never a headline. The
# parts after the first are places, the first at most MAX_VENUE_WORDS capitalised words.
MAX_VENUE_WORDS = 6


def _venue_line(text: str) -> bool:
    parts = [p.strip() for p in text.split(",")]
    first = parts[0].split()
    return (
        len(parts) >= 3 and 0 < len(first) <= MAX_VENUE_WORDS and first[0][:1].isupper() and all(is_place(p) for p in parts[1:])
    )


def _heads_results(kept: list[r.Candidate], at: int) -> bool:
    """RESULTS_ROUND_HEADING: a short line, no sentence, right above a result ("Tulsa Memorial 68, Del City 55"): a
    scoreboard prints the same round's heading over each class's or group's results, so its repeats are the article's."""
    cand = kept[at]
    return (
        at + 1 < len(kept)
        and not r.ends_sentence(cand.text)
        and cand.words <= MAX_RESULTS_HEADING_WORDS
        and r.score_line(kept[at + 1].text)
    )


# A round's heading over results ("Championship Game (Saturday at Example Center)") has at most this many words.
MAX_RESULTS_HEADING_WORDS = 8


def _lines_to_credit(title: r.Candidate, kept: list[r.Candidate]) -> int | None:
    """How many lines stand between the title and the byline or date line below it (short lines between may be a kicker
    or a rubric; a name or a label of one or two words, or the newspaper's name, is not counted); None when the first
    paragraph comes first."""
    between = 0
    own = {title.key, r.key_of(split_headline(title.text).text)}  # the headline again, without the page title's suffix
    for cand in kept[kept.index(title) + 1 :]:
        if cand.role in (BYLINE, DATELINE):
            return between
        if cand.role is None and not r.headline_shaped(cand.text):
            return None  # the first paragraph: the byline, if any, was above it
        between += cand.key not in own and cand.words >= MIN_TITLE_WORDS and not is_newspaper_name(cand.text)
    return None


def _about_the_article(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    """A headline names what the article is about: at least one of its content words (stemmed) is used in the
    paragraphs below it (lines above it may go as the masthead, and short lines below as other stories' headlines:
    judging by them would not give the same answer on the cleaned text). A title of fewer than MIN_RELEVANCE_STEMS
    content words, or above fewer than MIN_RELEVANCE_CONTEXT_WORDS words of paragraphs, is not judged."""
    stems = r.content_stems(title.text)
    if len(stems) < MIN_RELEVANCE_STEMS:
        return True
    # each line once (a repeat goes later) and no headline-shaped line (it may go as another story's headline)
    below = list(
        {c.key: c.text for c in kept[kept.index(title) + 1 :] if c.key != title.key and not r.headline_shaped(c.text)}.values()
    )
    if sum(len(text.split()) for text in below) < MIN_RELEVANCE_CONTEXT_WORDS:
        return True
    words = r.words_of(below)
    if any(r.uses_stem(word_stem, words) for word_stem in stems) or _compound_tail_used(title.text, words):
        return True
    # ASCII_INFLECTED (archive.rules): the page's language is asked only when the plain look found no word
    return not stopwords.reads_english(below) and any(r.uses_stem(word_stem, words, inflected=True) for word_stem in stems)


# COMPOUND_TAIL: a German or Dutch headline joins words the text keeps apart ("Topkonzerne" over "führende Konzerne"): a
# headline's word ending with a word of the text of MIN_COMPOUND_TAIL_LETTERS letters or more uses it.
MIN_COMPOUND_TAIL_LETTERS = 6


def _compound_tail_used(title: str, words: frozenset[str]) -> bool:
    long_words = [w for w in r.WORD.findall(title.lower()) if len(w) > MIN_COMPOUND_TAIL_LETTERS and w not in r.STOPWORDS]
    # (each word's tails looked up in the set: linear in the headline, whatever the text's length)
    return any(long[cut:] in words for long in long_words for cut in range(1, len(long) - MIN_COMPOUND_TAIL_LETTERS + 1))


# DISTANT_CREDIT: a title whose byline or date line comes only after other lines uses at least this share of its content
# words in the article (a headline names what the article is about; "The Republic will host the Games!" above another
# story's headline shares a word or two).
MOSTLY_ABOUT_SHARE = 0.5


def _mostly_about_the_article(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    stems = r.content_stems(split_headline(title.text).text)  # (a site's name after a bar is not about the article)
    if len(stems) < MIN_RELEVANCE_STEMS:
        return True
    below = [c.text for c in kept[kept.index(title) + 1 :] if c.key != title.key and not r.headline_shaped(c.text)]
    if sum(len(text.split()) for text in below) < MIN_RELEVANCE_CONTEXT_WORDS:
        return True  # (too little text to judge by, as _about_the_article)
    words = r.words_of(below)
    used = sum(1 for word_stem in stems if r.uses_stem(word_stem, words))
    return used >= MOSTLY_ABOUT_SHARE * len(stems)


# PULL_QUOTE: a title-shaped line of at least this many words printed again inside a longer line below is a quote the
# page pulled out of the article; a headline is not a verbatim piece of the article's sentences.
PULL_QUOTE_MIN_WORDS = 8
MAX_CRUMB_BEFORE_HEADLINE_WORDS = 3


def _pull_quote(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    if title.words < PULL_QUOTE_MIN_WORDS:
        return False
    text = " ".join(title.text.split())

    def quoted_in(line: str) -> bool:
        # (not at the line's start: a lede may open with its headline's words, "Talks resume. The two sides ...";
        # CRUMB_BEFORE_HEADLINE: nor at its end after a few words, a path glued to the headline, "World World <headline>")
        return line.find(text, 1) > 0 and not _crumb_before(line, text)

    # (a metadata line naming the post, "By / May 20, 2017 / Comments Off on <headline>", quotes no one: COMMENTS_OFF)
    # (LEAD_REPEATS_HEADLINE: the first paragraph under the line may say it again, "The two partners Russia and China
    # signed ...": a lazy headline, unless it stands quoted there)
    below = kept[kept.index(title) + 1 :]
    lead = next((c for c in below if c.role not in (BYLINE, DATELINE) and _is_long_sentence(c)), None)
    return any(
        c.words > title.words
        and c.role not in (BYLINE, DATELINE)
        and quoted_in(" ".join(c.text.split()))
        and (c is not lead or _in_quotes(text, " ".join(c.text.split())))
        for c in below
    )


def _in_quotes(text: str, line: str) -> bool:
    """The text stands quoted in the line: after a quotation mark, or after a colon ("The mayor said: ...")."""
    at = line.find(text)
    before = line[:at].rstrip()
    return at > 0 and before[-1:] in ('"', "“", "‘", "«", "'", ":")


def _glued_crumb_before(line: str, headline: str) -> bool:
    """GLUED_TRAIL_END: the trail's last word run into the headline's first ("NewsHuawei"): no kicker's space between."""
    return _crumb_before(line, headline) and not line[: -len(headline)][-1:].isspace()


def _crumb_before(line: str, headline: str) -> bool:
    """CRUMB_BEFORE_HEADLINE: the line is the headline after a few words of the page's path ("World World <headline>")."""
    return line != headline and line.endswith(headline) and len(line[: -len(headline)].split()) <= MAX_CRUMB_BEFORE_HEADLINE_WORDS


def _crumbs_before_the_headline(kept: list[r.Candidate]) -> None:
    """CRUMB_BEFORE_HEADLINE: the headline printed again after a few words of the page's path ("World World <headline>",
    "Home News <headline>") is the path and a copy of the headline: no paragraph of the article."""
    title = next((c for c in kept if c.role == TITLE), None)
    if title is None or title.words < PULL_QUOTE_MIN_WORDS:
        return
    text = " ".join(title.text.split())
    for cand in kept:
        line = " ".join(cand.text.split())
        if cand is not title and cand.role is None and not cand.forced and _crumb_before(line, text):
            cand.rule = r.BREADCRUMB


def _next_line(cand: r.Candidate, kept: list[r.Candidate]) -> r.Candidate | None:
    """The line after cand, past its repeats (the repeats step drops them: a second cleaning must see the same)."""
    return next((c for c in kept[kept.index(cand) + 1 :] if c.key != cand.key), None)


OPENING_QUOTES = "\"'“‘«„‚"  # (QUOTE_OPENS_THE_HEADLINE: the marks a quoted phrase opening a headline starts with)


def _credible_next_title(cand: r.Candidate, kept: list[r.Candidate]) -> bool:
    """NEXT_TITLE_LINE: a line below the head's first is the headline only if it is capitalised and credible, and either
    its byline or date line comes right after it, or it uses words of the article and is no line of hard-wrapped text
    (it stops mid-sentence, and the next line does too or opens in lower case)."""
    opening = cand.text.lstrip(OPENING_QUOTES)[:1]
    if not (opening.isupper() or opening.isdigit()) or not _credible_title(cand, kept):
        # capitalised, or opening with a number ("1% satire takes top honours"); QUOTE_OPENS_THE_HEADLINE: after a
        # quotation mark too ('"No Limits" Partnership Under Strain')
        return False
    after = _next_line(cand, kept)
    if is_names_only(cand.text) and after is not None and after.role == DATELINE:
        return False  # NAME_OVER_THE_DATE: a person's name alone right over the date line is the writer's credit
    if after is not None and after.role in (BYLINE, DATELINE):
        return True
    if after is not None and _wraps_into(cand, after) and (_stops_mid_sentence(after) or after.text[:1].islower()):
        return False  # a line of hard-wrapped text, continued on the next
    return len(r.content_stems(cand.text)) >= MIN_RELEVANCE_STEMS and _uses_a_title_word(cand, kept)


# OFF_TOPIC_TITLE: a chosen line none of whose content words the article's sentences use (a header's link, "Kies je
# webmail"; a department's rubric; an ad slot's name), above at least MIN_RELEVANCE_CONTEXT_WORDS words of them, gives
# way to the next head line that uses one of them or more and is itself a credible title: a headline
# names what its article is about. Without such a line the choice stands.
# RESULT_AMONG_RESULTS: a match's result ("Hertha BSC - VfB Stuttgart 2:0", "Marcus 30, Flower Mound 21") with another
# result printed below it is the first section's heading of a round-up, each match under its own: the headline, if any,
# is the page's, above it. A lone result may be a report's headline.
def _result_among_results(cand: r.Candidate, kept: list[r.Candidate]) -> bool:
    def result(text: str) -> bool:
        return r.match_result(text) or r.score_line(text)

    return result(cand.text) and any(result(c.text) for c in kept if c.number > cand.number)


# OVER_ITS_DECK_AND_CREDIT: a title right over a deck as long as it or longer (up to MAX_STANDFIRST_WORDS: a standfirst
# of two sentences, maybe cut short), the deck right over the date or byline line ("Headline" / "Deck ..." / "19 Apr
# 2021" / "Jane Roe" / "Writer, teacher of marketing"), is the headline, its words the article's or not: a line under
# the credit is the writer's note or the text's, no headline (_on_topic_below and _headline_over_the_lead keep it)
MAX_STANDFIRST_WORDS = 2 * MAX_DECK_WORDS


def _over_its_deck_and_credit(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    deck = _next_line(title, kept)
    return (
        deck is not None
        and deck.role is None
        and title.words <= deck.words <= MAX_STANDFIRST_WORDS
        and _lines_to_credit(deck, kept) == 0
    )


def _on_topic_below(title: r.Candidate, head: list[r.Candidate], kept: list[r.Candidate]) -> r.Candidate | None:
    below = _sentences_below(title, kept)
    if _over_its_deck_and_credit(title, kept):
        return None  # OVER_ITS_DECK_AND_CREDIT
    if not r.content_stems(title.text) or sum(len(text.split()) for text in below) < MIN_RELEVANCE_CONTEXT_WORDS:
        return None
    if _uses_a_title_word(title, kept):
        return None
    words = r.words_of(below)
    for cand in head[head.index(title) + 1 :]:
        if cand.key == title.key or cand.words < MIN_TITLE_WORDS or not _title_shaped(cand.text):
            continue
        if title.text.isupper() and cand.text.rstrip(r.CLOSERS + " ").endswith("!"):
            continue  # EXCLAIMED_UNDER_CAPITALS: under a headline in capitals, an exclaimed line is the text's sentence
        if _result_among_results(cand, kept):
            continue  # RESULT_AMONG_RESULTS
        used = sum(1 for word_stem in r.content_stems(cand.text) if r.uses_stem(word_stem, words))
        if used >= 1 and _credible_title(cand, kept):
            return cand
    return None


# HEADLINE_OVER_THE_LEAD: a chosen line few of whose content words the article uses (at most OFF_TOPIC_SHARE of them: a
# menu, a weather widget, "Link to jump to start of content The Example Times Company Jobs Autos Homes") gives way to the
# head's last line, right above the first paragraph (only its byline and date lines between), when that line is a
# credible title and most of its content words (ON_TOPIC_SHARE or more) are the article's: the headline stands over its
# lead, and names what the article is about.
OFF_TOPIC_SHARE = 0.25
ON_TOPIC_SHARE = 0.5


def _stem_share(cand: r.Candidate, words: frozenset[str], stoplist: frozenset[str]) -> float:
    # (words of letters: a number the text happens to use, "-10° C" and "10 homes", tells nothing; nor do the page's
    # language's stop words, "all", "de", "la")
    stems = {r.stem(w) for w in r.WORD.findall(cand.text.lower()) if w not in stoplist} & r.content_stems(cand.text)
    stems = {word_stem for word_stem in stems if not word_stem.isdigit()}
    return sum(1 for word_stem in stems if r.uses_stem(word_stem, words)) / len(stems) if stems else 0.0


def _headline_over_the_lead(
    title: r.Candidate, head: list[r.Candidate], kept: list[r.Candidate], numbers: tuple[int, ...], stoplist: frozenset[str]
) -> r.Candidate | None:
    over = head[-1]
    if over is title or over.words < MIN_TITLE_WORDS or not _title_shaped(over.text) or over.key == title.key:
        return None
    if _result_among_results(over, kept):
        return None  # RESULT_AMONG_RESULTS
    if _over_its_deck_and_credit(title, kept):
        return None  # OVER_ITS_DECK_AND_CREDIT
    below = _sentences_below(over, kept)
    if len(r.content_stems(title.text)) < MIN_RELEVANCE_STEMS or sum(len(t.split()) for t in below) < MIN_RELEVANCE_CONTEXT_WORDS:
        return None
    words = r.words_of(below)
    # (apart: a line between them, kept or gone)
    apart = bisect.bisect_left(numbers, over.number) - bisect.bisect_right(numbers, title.number) > 0
    off, on = _stem_share(title, words, stoplist), _stem_share(over, words, stoplist)
    if off > OFF_TOPIC_SHARE or on < ON_TOPIC_SHARE:
        return None
    # MASTHEAD_RIGHT_OVER_THE_HEADLINE: the two lines may be neighbours ("F1 News, Reports and Race Results" right over
    # the headline, then the lead): the lower one is a deck when it stands right over the byline or date, as long as the
    # line above or longer (the headline over its deck, whatever words it has of the article's)
    if not apart and _lines_to_credit(over, kept) == 0 and over.words >= title.words:
        return None
    # (ARTICLE_BETWEEN: the head lines between the two go as the masthead's: one mostly of the article's words there,
    # "Harbour 227/8 (50 ov)", is the article's own, and the choice stands)
    if any(_stem_share(c, words, stoplist) >= ON_TOPIC_SHARE for c in head if title.number < c.number < over.number):
        return None
    return over if _credible_title(over, kept) else None


def _uses_a_title_word(title: r.Candidate, kept: list[r.Candidate]) -> bool:
    """At least one of the title's content words (stemmed) is used in the sentences below it (a site's name printed
    again in a footer or a short line is no use of it)."""
    below = _sentences_below(title, kept)
    words = r.words_of(below)
    # (FOREIGN_SMALL_WORDS: on a page in another language its own small words, "Sur le vif"'s "sur" and "le", say
    # nothing of the topic; English's are content_stems' own list)
    stoplist = stopwords.page_stopwords(below)
    small = frozenset() if stopwords.is_english(stoplist) else stoplist
    title_words = " ".join(word for word in stopwords.words(title.text) if word not in small)
    return any(r.uses_stem(word_stem, words) for word_stem in r.content_stems(title_words))


def _sentences_below(title: r.Candidate, kept: list[r.Candidate]) -> list[str]:
    """The article's sentences below the line (its copies left out). PARAGRAPH_WITH_A_TAIL: a long line signed by its
    source after its last sentence is one too ("... big waves. - Example News")."""
    below = kept[kept.index(title) + 1 :]
    return [c.text for c in below if c.key != title.key and (_is_long_sentence(c) or _paragraph_with_a_tail(c))]


SIGNED_PARAGRAPH_END = re.compile(r"\w[.!?][\"”’)]? [-–—] ?[^\W\d_]\S*+(?: \S++){0,3}$")


def _paragraph_with_a_tail(cand: r.Candidate) -> bool:
    return cand.words > 12 and len(cand.text) >= r.PROSE_LONG_CHARS and bool(SIGNED_PARAGRAPH_END.search(cand.text))


def _meta_role(meta: MetaLine) -> str:
    """A metadata line that credits someone (a person, a wire, a source) is a byline; one of dates alone, a dateline."""
    return BYLINE if meta.names or meta.wire or meta.source or meta.site else DATELINE


def _credits_a_date(text: str) -> bool:
    meta = parse_meta_line(text)
    return meta is not None and bool(meta.names) and bool(meta.published or meta.updated)


# LABELLED_DATE_RESCUE: the same rules may take the article's "Published on: July 1, 2019 @ 12:06pm" printed under the
# list of other stories: a dropped line that is a labelled date alone keeps its role when it is the only one and comes
# after at least MIN_UNDATED_ITEMS_ABOVE lines of the list with no date (one headline and a date under it are a card).
MIN_UNDATED_ITEMS_ABOVE = 3


def _under_undated_items(cands: list[r.Candidate], cand: r.Candidate) -> bool:
    above = list(itertools.takewhile(lambda c: c.rule in CREDITED_RESCUE_RULES, reversed(cands[: cands.index(cand)])))
    return len(above) >= MIN_UNDATED_ITEMS_ABOVE and not any(_dated(c.text) for c in above)


def _labels_a_date(text: str) -> bool:
    meta = parse_meta_line(text)
    return (
        meta is not None
        and bool(meta.published or meta.updated)
        and any(p.kind == META_LABEL_PART for p in meta.parts)
        and all(p.kind in (META_LABEL_PART, DATE_PART, TIME_PART, FILLER_PART) for p in meta.parts)
    )


def _rescue_metadata_lines(cands: list[r.Candidate]) -> None:
    """METADATA_RESCUE_RULES: a dropped furniture line that is a metadata line with a date or an author keeps a role."""
    credited = [c for c in cands if c.rule in CREDITED_RESCUE_RULES and c.words <= MAX_CREDIT_WORDS and _credits_a_date(c.text)]
    if len(credited) == 1:  # several are a list of other stories, each with its date and author
        credited[0].rule = None
        credited[0].role = BYLINE
    labelled = [c for c in cands if c.rule in CREDITED_RESCUE_RULES and c.words <= MAX_CREDIT_WORDS and _labels_a_date(c.text)]
    if len(labelled) == 1 and _under_undated_items(cands, labelled[0]):
        labelled[0].rule = None
        labelled[0].role = DATELINE
    # each dropped short line of these rules read once as a metadata line (by the month-day rule, then the others)
    metas = {
        id(c): parse_meta_line(c.text)
        for c in cands
        if c.rule in METADATA_RESCUE_RULES | CAPTION_RESCUE_RULES and c.words <= MAX_CREDIT_WORDS
    }
    # MONTH_DAY_RESCUE: a bulleted month and day without a year ("• Apr 11" under a blog's byline) is the page's date
    # when it is the only such line among the dropped furniture (a list of other posts gives each its own)
    month_days = [
        c
        for c in cands
        if c.rule in METADATA_RESCUE_RULES
        and (meta := metas.get(id(c))) is not None
        and meta.month_day
        and all(part.kind == "month-day" for part in meta.parts)
    ]
    if len(month_days) == 1:
        month_days[0].rule = None
        month_days[0].role = DATELINE
    for cand in cands:
        if cand.rule not in METADATA_RESCUE_RULES | CAPTION_RESCUE_RULES or id(cand) not in metas:
            continue
        meta = metas[id(cand)]
        if meta is not None and cand.rule in CAPTION_RESCUE_RULES and not any(p.kind == BY_PART for p in meta.parts):
            if not _labels_a_date(cand.text):
                continue  # (LABELLED_DATE_NO_CAPTION: "發佈時間:2018/12/19 13:29" above a picture's credit is the date line)
        if meta is not None and (meta.published or meta.updated or meta.names):
            cand.rule = None
            cand.role = _meta_role(meta)
        elif (
            cand.rule in METADATA_RESCUE_RULES
            and (is_named_credit(cand.text) or BY_PREFIX.match(cand.text))
            and parse_byline(cand.text)
        ):
            # "Jane Doe / The Example Times" is shaped like a breadcrumb, but credits a person; so does "By Jane Roe /
            # Staff reporter" (BY_BEFORE_THE_SLASH)
            cand.rule = None
            cand.role = BYLINE


def _shape(text: str) -> str:
    """A line's shape: its words as "a", its numbers as "0", its marks as they are, no spaces ("Jane Roe (HBR) – 30 PTS"
    gives "a(a)–0a")."""
    return ITEM_WORD.sub("a", ITEM_NUMBER.sub("0", "".join(text.split())))


def _item_shape(shape: str) -> str | None:
    """LIKE_ITEMS: a line's shape up to its first number ("a(a)–0"), when it holds a mark besides words there (a
    headline's "Oil prices fall after 2-day rise" gives none)."""
    first_number = shape.find("0")
    return shape[: first_number + 1] if first_number > 0 and ITEM_MARK.search(shape, 0, first_number) else None


def _whole_shape(shape: str) -> str:
    """HEADINGS_OF_ONE_SHAPE: a line's whole shape when it holds a number and two marks or more besides ("a0-0a(a0-0)");
    else ""."""
    return shape if "0" in shape and len(ITEM_MARK.findall(shape)) >= MIN_SHAPE_MARKS else ""


MIN_SHAPE_MARKS = 2
ITEM_NUMBER = re.compile(r"\d++(?:[.,]\d++)*+")
ITEM_WORD = re.compile(r"[^\W\d_]++")
ITEM_MARK = re.compile(r"[^a0]")


# LIST_ITEMS: at least this many short lines in a row (of at most LIST_ITEM_MAX_WORDS words each, no sentence) inside
# the article are a list, kept whatever their words.
LIST_MIN_ITEMS = 3
LIST_ITEM_MAX_WORDS = 5


# NAME_IN_A_LIST: below the article's first long sentence, a line shaped like a credit ("Reuters", "Example Press") in a
# run of LIST_MIN_ITEMS short lines or more, at least LIST_MIN_ITEMS of which are no metadata ("Example News", "The
# Daily Example"), is an item of the article's list, not a byline.
def _names_in_lists(kept: list[r.Candidate], first_sentence: int) -> None:
    run: list[r.Candidate] = []
    for cand in [*kept[first_sentence + 1 :], None]:
        if cand is not None and cand.words <= LIST_ITEM_MAX_WORDS and not r.ends_sentence(cand.text):
            run.append(cand)
            continue
        if len(run) >= LIST_MIN_ITEMS and sum(1 for c in run if c.role is None) >= LIST_MIN_ITEMS:
            for item in run:
                if item.role == BYLINE and parse_meta_line(item.text) is None:
                    item.role = None
        run = []


# WRAPPED_SENTENCE_END: in hard-wrapped text a sentence can break just before its date ("... recorded in the area on" /
# "Monday 24th May, 2021."): a date line that ends with a full stop, right under a line of at least this many words that
# stops mid-sentence (on a lower-case word, no punctuation) and is itself wrapped text (it opens in lower case, or the
# line above it also stops mid-sentence), is the end of that sentence: body, never a dateline. A headline above a
# date line stops without punctuation too, but is no wrapped text.
WRAPPED_LINE_MIN_WORDS = 6


# LONE_WORD_IN_THE_HEAD: above the article's first sentence, a line that is one word in lower case Latin letters alone
# ("google", "block": an ad slot's or a widget's name, an image's alternative text left as text) is none of the article's
# lines: a headline, a deck, a kicker or a byline opens with a capital. Below the first sentence a list may hold such
# words, and stays.
LONE_WORD_IN_THE_HEAD = re.compile(r"[a-z]{2,20}")


def _lone_words_in_the_head(kept: list[r.Candidate]) -> None:
    """Between the title and the first sentence (a word going on from the line above is a wrapped sentence's)."""
    titled, above = False, None
    for cand in kept:
        if _is_long_sentence(cand) or _paragraph_with_a_tail(cand):
            return
        titled = titled or cand.role == TITLE
        goes_on = above is not None and above.role is None and _stops_mid_sentence(above)
        if (
            titled
            and cand.role is None
            and not cand.forced
            and not goes_on
            and LONE_WORD_IN_THE_HEAD.fullmatch(cand.text.strip())
        ):
            cand.rule = r.NAV_LABEL
        above = above if cand.dropped else cand


# ALT_TEXT_BETWEEN_PARAGRAPHS: a picture's alternative text left between two paragraphs, a few words all in small
# letters and no punctuation ("space telescope observing stars"), the paragraph above ending its sentence and the one
# below opening with a capital: no sentence of the text stands so. Alternative text names what the picture shows: at
# most half its words are any language's small words (stopwords.in_any_list); a sentence's fragment has more ("les også
# om dette i morgen", five of six). On a hard-wrapped page such a line may be a sentence's middle: left alone there.
# The line below is a paragraph or a sub-heading in title case (ALT_TEXT_OVER_A_SUB_HEADING).
MIN_ALT_TEXT_WORDS = 2
MAX_ALT_TEXT_WORDS = 8
ALT_TEXT_LETTERS = re.compile(r"[^\W\d_]++(?:[ '’-][^\W\d_]++)*+")


def _alt_text_between_paragraphs(kept: list[r.Candidate]) -> None:
    kept = [c for c in kept if not c.dropped]
    if _hard_wrapped(kept):
        return
    for above, line, below in zip(kept, kept[1:], kept[2:], strict=False):
        text = line.text.strip()
        if line.role is not None or line.forced or not MIN_ALT_TEXT_WORDS <= line.words <= MAX_ALT_TEXT_WORDS:
            continue
        if not text.islower() or not ALT_TEXT_LETTERS.fullmatch(text):
            continue
        if 2 * sum(stopwords.in_any_list(word) for word in text.split()) > len(text.split()):
            continue
        # (ALT_TEXT_OVER_A_SUB_HEADING: the line below may be a sub-heading in title case, "Electric Vehicle Recall
        # Notices", as well as a paragraph)
        below_opens = below.words > MAX_ALT_TEXT_WORDS or (below.words >= MIN_ALT_TEXT_WORDS and r.is_title_case(below.text))
        if above.role is None and _is_long_sentence(above) and below.text[:1].isupper() and below_opens:
            line.rule = r.CAPTION


def _alt_text_in_the_head(cands: list[r.Candidate]) -> None:
    """ALT_TEXT_ABOVE_CAPTION (archive.rules) between the title and the first sentence: the headline chosen, a line
    right above a credited caption that describes the same picture goes with it."""
    titled = False
    for at, (cand, below) in enumerate(zip(cands, cands[1:], strict=False)):
        if not cand.dropped and (_is_long_sentence(cand) or _paragraph_with_a_tail(cand)):
            return
        titled = titled or cand.role == TITLE
        # (TWIN_CAPTION_NO_ALT_TEXT: a caption printed twice, TWIN_LINES, holds its picture's alt text already: the line
        # above the pair is the deck, "Officials announce a fifth rate rise" over the twins)
        twin = at + 2 < len(cands) and cands[at + 2].key == below.key
        if titled and not cand.dropped and cand.role is None and not cand.forced and below.rule == r.CAPTION and not twin:
            if r.alt_text_above(cand, below):
                cand.rule = r.CAPTION


# BANNER_OVER_THE_HEADLINE: a sentence of the site's across the top ("The Example Daily stands in solidarity with ...
# Read our editors' statement.") ends the page's head before it starts: when the page's first line is such a sentence,
# speaking to the reader (BANNER_VOICE) about something else than the article (at most BANNER_MAX_SHARE of its content
# words used in the article's sentences), and the line under it is shaped as a headline and mostly about the article,
# over its first sentence, the head is that line. A lead paragraph opening a page uses the article's words, and stays.
BANNER_MAX_SHARE = 0.3
# ... and it speaks as the site, to its readers: "we", "our", "you", "read", "subscribe", "support", "join", "sign up"
BANNER_VOICE = re.compile(r"\b(?:we|our|us|you|your|read|subscribe|support|join|sign up|donate)\b", re.I)


def _banner_over_the_headline(kept: list[r.Candidate]) -> bool:
    if len(kept) < 3 or kept[1].role is not None or not _title_shaped(kept[1].text) or not _is_long_sentence(kept[2]):
        return False
    if not BANNER_VOICE.search(kept[0].text):
        return False
    stems = r.content_stems(kept[0].text)
    words = r.words_of(_sentences_below(kept[1], kept))
    used = sum(1 for word_stem in stems if r.uses_stem(word_stem, words))
    return bool(stems) and used <= BANNER_MAX_SHARE * len(stems) and _mostly_about_the_article(kept[1], kept)


def _stops_mid_sentence(cand: r.Candidate) -> bool:
    words = cand.text.split()
    return bool(words) and words[-1].isalpha() and words[-1].islower()


# WRAPPED_LINES_ALIKE: a line of hard-wrapped text that stops mid-sentence goes on below in lower case, or in a line no
# longer than the wrapping's width: a capitalised line more than this many times as long under it is a paragraph under
# a headline ("Classes in Harbour not suspended despite storm" over its article's first, cut-off, paragraph).
WRAPPED_NEXT_LINE_MAX_RATIO = 1.5
# BYLINE_UNDER_THE_HEADLINE: a line opening with "by" and a capitalised word ("by Press Release from Example News") is a
# byline under the headline, not the rest of a wrapped sentence
BYLINE_OPENING = re.compile(r"^by\s[A-Z]")


# WRAPPED_NEXT_LINE_IS_WORDS: a line going on a wrapped sentence opens with a word; a picture's file name glued to the
# paragraph's first capital ("gendarmerie-20150902La Gendarmerie ...") opens in lower case and goes on no sentence.
FILE_NAME_GLUED = re.compile(r"^[a-z][\w-]*\d(?=[A-Z])")


# WRAPPED_AT_A_FIGURE: a line ending on a figure or a comma stops mid-sentence too when the line under it goes on in
# lower case ("Brent was up 24 cents, or 0.3" / "percent, at $69.89 a barrel."); a headline may end on a figure, and
# the line under it opens with a capital.
FIGURE_OR_COMMA_END = re.compile(r"(?:\d|,)$")


def _wraps_into(cand: r.Candidate, after: r.Candidate) -> bool:
    """cand stops mid-sentence and the line after it may be the rest of its hard-wrapped sentence."""
    if BYLINE_OPENING.match(after.text) or FILE_NAME_GLUED.match(after.text):
        return False
    if FIGURE_OR_COMMA_END.search(cand.text.rstrip()) and not _stops_mid_sentence(cand):
        return after.text[:1].islower()  # WRAPPED_AT_A_FIGURE
    if not _stops_mid_sentence(cand):
        return False
    return after.text[:1].islower() or len(after.text) <= WRAPPED_NEXT_LINE_MAX_RATIO * len(cand.text)


# WRAPPED_TEXT_ABOVE: on a hard-wrapped page (HARD_WRAPPED_PAGE), this many lines above the chosen title that are parts
# of hard-wrapped sentences (a line going on in lower case below it, or going on from one above) are the article's text,
# not a masthead: the page has no title line (the headline printed whole below its two wrapped lines is still the
# headline: WRAPPED_HEADLINE_JOINED).
MIN_WRAPPED_LINES_ABOVE = 2
# HARD_WRAPPED_PAGE: a page whose text is broken into lines mid-sentence (a print view, a wire's copy, an e-mail), this
# many times or more (a line that stops on a lower-case word, the next going on in lower case). There a sentence also
# breaks before a capitalised word ("Collaborating with Example will be Example's Materials Research" / "Science and
# Engineering Center."): a line without a sentence's end, above a line that ends one, is that sentence, not another
# story's headline.
HARD_WRAPPED_PAGE_LINES = 3


def _hard_wrapped(kept: list[r.Candidate]) -> bool:
    """HARD_WRAPPED_PAGE: the page breaks its sentences into lines at least HARD_WRAPPED_PAGE_LINES times."""
    breaks = sum(below.text[:1].islower() and _stops_mid_sentence(above) for above, below in zip(kept, kept[1:], strict=False))
    return breaks >= HARD_WRAPPED_PAGE_LINES


def _ends_a_wrapped_sentence(kept: list[r.Candidate], i: int) -> bool:
    if i == 0 or not kept[i].text.rstrip().endswith("."):
        return False
    before = kept[i - 1]
    if before.words < WRAPPED_LINE_MIN_WORDS or not _stops_mid_sentence(before):
        return False
    return before.text[:1].islower() or (i >= 2 and _stops_mid_sentence(kept[i - 2]))


# WRAPPED_SENTENCE: a line followed by a line going on in lower case starts a hard-wrapped sentence ("Harbour Master
# Jane Example Jr." / "died on Monday at 84."): neither of the two goes as a repeat, even when it repeats an earlier line
# word for word (a profile's heading printed again as its first words). The title's choice counts no such copy.
# CUT_LAST_SENTENCE: the page's last line, cut mid-sentence where the copy stopped, with at least this many longer words
# in lower case after its first word ("Many were in attendance, including Harbour Council, Mayor Jane Example and MP
# John"), is the article's paragraph in sentence case: a headline in title case capitalises its longer words.
CUT_SENTENCE_LOWER_WORDS = 2


# (SHORT_LOWER_NOUNS: a word of three letters in lower case that is no headline's small word, "day", "war", "law",
# counts too: "Earlier in the day, Example Party lawmakers ru")
HEADLINE_SMALL_WORDS = frozenset("the and for but nor yet off out via per its his her our who how why are was has had".split())


def _cut_in_sentence_case(cand: r.Candidate) -> bool:
    words = r.HEADLINE_WORD.findall(cand.text)[1:]
    lower = [
        w
        for w in words
        if w[0].islower() and (len(w) >= r.TITLE_CASE_MIN_LETTERS or (len(w) == 3 and w not in HEADLINE_SMALL_WORDS))
    ]
    return cand.words >= r.PROSE_MIN_WORDS and not r.ends_sentence(cand.text) and len(lower) >= CUT_SENTENCE_LOWER_WORDS


def _in_a_wrapped_sentence(kept: list[r.Candidate], i: int) -> bool:
    starts = i + 1 < len(kept) and kept[i + 1].text[:1].islower() and kept[i + 1].key != kept[i].key
    # a line in lower case goes on from the line above only if that one stops mid-sentence: under a full stop, a credit
    # or a time it is a line of its own (a gallery's repeated caption "runners in the city marathon"); a line the same
    # as its neighbour is a copy of it, not the rest of its sentence (the gallery's captions between copies gone)
    goes_on = i > 0 and kept[i].text[:1].islower() and _stops_mid_sentence(kept[i - 1]) and kept[i - 1].key != kept[i].key
    return starts or goes_on


def _holds_a_wrapped_repeat(kept: list[r.Candidate], i: int, first_at: dict[str, int]) -> bool:
    """Whether dropping kept[i] would unmake a WRAPPED_SENTENCE the repeats step kept: it goes on in lower case below a
    line that repeats an earlier one (cleaning the cleaned text again would then drop that line). first_at: each key's
    first position in kept."""
    if i == 0 or not kept[i].text[:1].islower() or kept[i - 1].words < MIN_REPEAT_WORDS:
        return False
    return first_at[kept[i - 1].key] < i - 1


def _first_positions(kept: list[r.Candidate]) -> dict[str, int]:
    first_at: dict[str, int] = {}
    for i, cand in enumerate(kept):
        first_at.setdefault(cand.key, i)
    return first_at


# TEASER_ABOVE_THE_LEAD: a paragraph printed twice, the second time as the article's first paragraph (nothing but
# furniture between: a picture, a byline, a date) is the page's teaser above the text, and the first copy goes; printed
# again further down, after other paragraphs, the first copy is the standfirst and the second goes (the repeats rule).
# ARTICLE_PRINTED_TWICE: a sentence between the two copies that is itself a repeat of an earlier one means the whole
# text was printed twice, and the first copy is the article, not a teaser.
def _teaser_above_its_lead(kept: list[r.Candidate], at: int, until: int) -> bool:
    first = kept[at]
    if first.role is not None or first.forced or not _is_long_sentence(first):
        return False
    return not any(_is_long_sentence(c) and (not c.dropped or c.rule == r.REPEATED_LINE) for c in kept[at + 1 : until])


# TEASER_BLOCK_ABOVE_THE_LEAD: the teaser may be the lead's first paragraphs, up to MAX_TEASER_BLOCK of them, printed
# twice in a row ("A" / "B" / "A" / "B" / "C" ...): when the text goes on with a paragraph of its own after the second
# copy, the first copy is the teaser and goes, as one paragraph does; a whole text printed twice ends with its copy.
MAX_TEASER_BLOCK = 3


def _teaser_blocks(kept: list[r.Candidate], at: int) -> set[int]:
    """The ids of the lines of a block printed twice in a row from kept[at], the first long sentence, on
    (TEASER_BLOCK_ABOVE_THE_LEAD)."""
    for size in range(2, MAX_TEASER_BLOCK + 1):
        block, again = kept[at : at + size], kept[at + size : at + 2 * size]
        if len(again) < size or [c.key for c in block] != [c.key for c in again]:
            continue
        if not all(_is_long_sentence(c) and c.role is None and not c.forced for c in block):
            continue
        seen = {c.key for c in block}
        if any(_is_long_sentence(c) and c.key not in seen for c in kept[at + 2 * size :]):
            return {id(c) for c in block}
    return set()


# NEAR_TEASER (TEASER_ABOVE_THE_LEAD, not word for word): the teaser is the lead's opening words cut short and run on
# with the listing's furniture ("... заявил помощник президента РФ Юрий... | 04.02.2026, Example", "... que Lula […] O post
# ... apareceu primeiro em Example."), the lead may open with its dateline ("MOSCOW, 4 Feb - Example. <the same words>"):
# its first NEAR_TEASER_WORDS words stand among the lead's first NEAR_TEASER_REACH characters, and it is cut ("...", "…",
# "[…]"): a summary written for the page opens with the lead's words too, but goes on to its own end.
NEAR_TEASER_WORDS = 10
NEAR_TEASER_REACH = 120
CUT_MARK = re.compile(r"\.\.\.|…")


# LEAD_TAKEN_AS_THE_HEADLINE: a headline of this many words or more is a sentence, the article's lead that the page
# printed as its title (an official site's "During his visit, the President met ..."): its last copy, right above the
# text's paragraphs, is that lead, and stays in the text (a dropped sentence is worse than a repeated one).
LEAD_HEADLINE_MIN_WORDS = 20


def _lead_taken_as_the_headline(kept: list[r.Candidate]) -> None:
    title = next((c for c in kept if c.role == TITLE), None)
    if title is None or title.words < LEAD_HEADLINE_MIN_WORDS:
        return
    copies = [i for i, c in enumerate(kept) if c.key == title.key and c.rule == r.REPEATED_LINE]
    below = next((c for c in kept[copies[-1] + 1 :] if not c.dropped), None) if copies else None
    if below is not None and below.role is None and _is_long_sentence(below):
        kept[copies[-1]].rule = None


# REPEATED_LINK_LABELS: each item of a listing with the same row of links under it ("film review" / "trailer" / "film
# profile", again under the next item): short lines in lower case, at most MAX_LINK_LABEL_WORDS words and no sentence's
# end, MIN_REPEATED_LINK_LABELS of them each printed twice or more, are the links' labels, every copy. One short line
# repeated ("yes" in an interview) is not enough.
MAX_LINK_LABEL_WORDS = 3
MIN_REPEATED_LINK_LABELS = 2


def _repeated_link_labels(kept: list[r.Candidate]) -> None:
    labels = [
        c
        for c in kept
        if c.role is None
        and not c.forced
        and (c.rule is None or c.rule == r.REPEATED_LINE)
        and 1 <= c.words <= MAX_LINK_LABEL_WORDS
        and c.text[:1].islower()
        and not r.ends_sentence(c.text)
    ]
    counts = collections.Counter(c.key for c in labels)
    repeated = {key for key, count in counts.items() if count >= 2}
    if len(repeated) >= MIN_REPEATED_LINK_LABELS:
        for cand in labels:
            if cand.key in repeated:
                cand.rule = r.NAV_LABEL


def _near_teaser(kept: list[r.Candidate]) -> None:
    # the page's first two lines of NEAR_TEASER_WORDS words or more (shorter lines between them are furniture)
    # (the headline printed again, perhaps with its date after it, is neither)
    titles = tuple(c.key for c in kept if c.role == TITLE and c.key)
    long_lines = [
        c
        for c in kept
        if not c.dropped and c.role is None and c.words >= NEAR_TEASER_WORDS and not (titles and c.key.startswith(titles))
    ][:2]
    if len(long_lines) < 2 or long_lines[0].forced:
        return
    teaser, lead = long_lines[0], " ".join(long_lines[1].text.split())
    opening = " ".join(teaser.text.split()[:NEAR_TEASER_WORDS])
    cut = CUT_MARK.search(teaser.text)
    if cut and opening in lead[: NEAR_TEASER_REACH + len(opening)] and " ".join(teaser.text.split()) != lead:
        teaser.rule = r.TEASER


# TRUNCATED_COPY: a listing prints each item's text, then its card's copy cut short with an ellipsis ("Quinta rodada do
# campeonato define finalistas" / "⚽ Quinta rodada do campeonato defi..."): a line ending so whose words (its leading
# symbols and its ellipsis left off, at least TRUNCATED_COPY_MIN_WORDS of them) open the line right above is that copy.
TRUNCATED_COPY_MIN_WORDS = 3
_LEADING_SYMBOLS = re.compile(r"^[^\w\"“‘'«]+")


def _truncated_copies(kept: list[r.Candidate]) -> None:
    for above, cand in zip(kept, kept[1:], strict=False):
        text = cand.text.strip()
        if cand.dropped or cand.forced:
            continue
        if _cut_mid_word_copy(text, above.text.strip()):
            cand.rule = r.REPEATED_LINE  # CUT_MID_WORD_COPY (below)
            continue
        if not text.endswith(("...", "…")):
            continue
        cut = _LEADING_SYMBOLS.sub("", text.rstrip(".… ")).strip()
        if len(cut.split()) >= TRUNCATED_COPY_MIN_WORDS and _LEADING_SYMBOLS.sub("", above.text.strip()).startswith(cut):
            cand.rule = r.REPEATED_LINE


# CUT_MID_WORD_COPY: ... or cut short in the middle of a word with no ellipsis ("Harbour will win the cup?" / "Harbour
# will win th"): the line right above opens with all of it, its last word cut, TRUNCATED_COPY_MIN_WORDS words at least
def _cut_mid_word_copy(text: str, above: str) -> bool:
    if len(text.split()) < TRUNCATED_COPY_MIN_WORDS or len(text) >= len(above) or not above.startswith(text):
        return False
    return text[-1:].isalnum() and above[len(text)].isalnum()


# BETWEEN_HEADLINES: a page printing its headline twice (the page's title, then the article's) has its furniture between
# the two: a short line there (up to this many words, no sentence: a section label, a reading time, "Other countries")
# is junk. Sentences there (a standfirst) and names alone (the author's) are kept.
BETWEEN_HEADLINES_MAX_WORDS = 6


BETWEEN_HEADLINES_MIN_CJK_WORDS = 4
# DECK_BETWEEN_THE_HEADLINES: a line there of this many words or more, most of whose content words (three at least)
# the article uses, is its deck without a full stop ("Man found with electronics and cash" under "Police: Alert neighbor
# assists in burglary arrest"); a section's label or a reading time is not about the article.
MIN_DECK_BETWEEN_WORDS = 4
MIN_DECK_BETWEEN_STEMS = 3


def _deck_between_the_headlines(cand: r.Candidate, kept: list[r.Candidate]) -> bool:
    if cand.words < MIN_DECK_BETWEEN_WORDS or len(r.content_stems(cand.text)) < MIN_DECK_BETWEEN_STEMS:
        return False
    return _mostly_about_the_article(cand, kept)


def _between_the_headlines(kept: list[r.Candidate]) -> None:
    title = next((i for i, c in enumerate(kept) if c.role == TITLE), None)
    if title is None:
        return
    key = kept[title].key
    copy = next((j for j in range(title + 1, len(kept)) if kept[j].key == key and kept[j].rule == r.REPEATED_LINE), None)
    alive = [c for c in kept if not c.dropped]
    position = {id(c): i for i, c in enumerate(alive)}
    first_at = _first_positions(alive)
    for cand in kept[title + 1 : copy] if copy is not None else ():
        if cand.dropped or cand.role is not None or cand.forced or cand.words > BETWEEN_HEADLINES_MAX_WORDS:
            continue
        if _holds_a_wrapped_repeat(alive, position[id(cand)], first_at) or author_name(cand.text):
            continue  # (names alone there are the author's: a byline, read below)
        if r.mostly_cjk(cand.text) and cand.words >= BETWEEN_HEADLINES_MIN_CJK_WORDS:
            continue  # a Chinese deck without its full stop ("乘坐文明车 争做文明人"); Chinese labels are shorter
        if _deck_between_the_headlines(cand, kept):
            continue
        if not (r.ends_sentence(cand.text) or r.label_and_value(cand.text) or r.mostly_numbers(cand.text)):
            cand.rule = r.BETWEEN_HEADLINES


# TABLE_OF_CONTENTS: below the article's first long sentence, a run of at least LIST_MIN_ITEMS short lines (up to
# LIST_ITEM_MAX_WORDS words, no sentence) is the article's table of contents when a line below one of its items holds
# that item's words as part of more ("Lagarde (Central Bank)" above the section "Jane Lagarde (Central Bank)"): the
# items above that line go (links to the sections, printed again as their headings). A list whose items are not printed
# again (a list of outlets, of results) is the article's, and stays.
# The line printing an item again is a section's heading: at most this many words.
CONTENTS_HEADING_MAX_WORDS = 20
# CONTENTS_HEADING_NO_STATEMENT: ... and no statement ending with a full stop. A sentence naming an item of a list above
# it ("Pääministeri: Petteri Orpo" above "Tuleva pääministeri Petteri Orpo sanoi, että ...") is the text about the list,
# which is the article's (a cabinet's ministers, a team's players), not its contents.


def _tables_of_contents(kept: list[r.Candidate]) -> None:
    first_sentence = next((i for i, c in enumerate(kept) if _is_long_sentence(c)), len(kept))
    runs = []
    start = first_sentence + 1
    while start < len(kept):
        end = start
        while end < len(kept) and kept[end].words <= LIST_ITEM_MAX_WORDS and not r.ends_sentence(kept[end].text):
            end += 1
        if end - start >= LIST_MIN_ITEMS:
            runs.append((start, end))
        start = end + 1
    if not runs:
        return
    # where each word run of up to LIST_ITEM_MAX_WORDS words is printed as part of a longer heading (one scan)
    printed_in: dict[str, list[int]] = {}
    for j in range(runs[0][0] + 1, len(kept)):
        if kept[j].words > CONTENTS_HEADING_MAX_WORDS or kept[j].text.rstrip().endswith("."):
            continue  # (CONTENTS_HEADING_NO_STATEMENT)
        words = kept[j].key.split()
        for a in range(len(words)):
            for b in range(a + 1, min(len(words), a + LIST_ITEM_MAX_WORDS) + 1):
                if b - a < len(words):
                    positions = printed_in.setdefault(" ".join(words[a:b]), [])
                    if not positions or positions[-1] != j:
                        positions.append(j)
    first_at = _first_positions(kept)
    listed = r.announced_items(kept)  # LIST_TO_ITS_SENTENCE (archive.rules)
    for start, end in runs:
        if id(kept[start]) in listed:
            continue  # a list the text announces ("... over the following areas:") is its own
        if sum(1 for k in range(start, end) if _figure_cell(kept[k].text)) >= MIN_FIGURE_CELLS:
            continue  # TABLE_CELLS: a table's cells, its figures among them, are no contents
        if any(kept[k].text.rstrip().endswith((":", "：")) for k in range(max(start - 1, 0), end)):
            continue  # LABELLED_LIST: a list's own labels ("Best Director:" over its winner) head no contents
        # the first line below an item holding its words as a part: the items above it are the contents (ITEM_INSIDE_ITS_LIST:
        # inside the run itself only its last line counts, the first section's heading right under the contents: "Sicilia"
        # over "Nizza di Sicilia (Messina)" in the same list is a group over its items)
        below = [
            p[bisect.bisect_right(p, k)]
            for k in range(start, end)
            if (p := [j for j in printed_in.get(kept[k].key, ()) if j >= end - 1]) and p[-1] > k
        ]
        if below:
            for k in range(start, min(min(below), end)):
                if kept[k].role is None and not kept[k].forced and not _holds_a_wrapped_repeat(kept, k, first_at):
                    kept[k].rule = r.TABLE_OF_CONTENTS


# SECTION_DATE: a bare date ("19 May 2023", no "Published:" label) below the page's own date line and its first long
# sentence, between two lines of the article's text (neither dropped; a paragraph below it) heads a section of the
# article (a diary's day, the date of the quotes below it): text, not a second dateline. Beside dropped lines (a list of
# other stories, each with its date), it stays a dateline, out of the text.
SECTION_DATE_MAX_WORDS = 6
# ... the line below it is the section's text: more than this many words (a paragraph, perhaps cut short by the page).
SECTION_TEXT_MIN_WORDS = 12


def _section_dates(cands: list[r.Candidate]) -> None:
    seen_date = seen_sentence = False
    for i, cand in enumerate(cands):
        if cand.dropped:
            continue
        bare = cand.words <= SECTION_DATE_MAX_WORDS and not (LABEL.match(cand.text) or LABEL_BEFORE_COLON.match(cand.text))
        if cand.role == DATELINE and seen_date and seen_sentence and bare and 0 < i < len(cands) - 1:
            above, below = cands[i - 1], cands[i + 1]
            if (
                above.role is None
                and not above.dropped
                and not below.dropped
                and below.role is None
                and below.words > SECTION_TEXT_MIN_WORDS
            ):
                cand.role = None  # SECTION_DATE
                continue
        seen_date = seen_date or cand.role == DATELINE
        seen_sentence = seen_sentence or (seen_date and _is_long_sentence(cand))


# LABEL_ABOVE_THE_LEAD: above the article's first paragraph, a line of one or two words that ends no sentence and is no
# headline, byline or date ("SOCIÉTÉ", "Weather Alerts", "Politiek", a ticker's "RBGPF", an image's "large crest") is the
# page's section name, tab or picture text: a kicker has three words or more ("Meeting in Beijing"), a line-up's row or
# a score holds numbers, a sentence wrapped onto the next line goes on in lower case.
MAX_LABEL_ABOVE_LEAD_WORDS = 2


def _label_above_the_lead(kept: list[r.Candidate], i: int) -> bool:
    cand = kept[i]
    return (
        cand.words <= MAX_LABEL_ABOVE_LEAD_WORDS
        and not _in_a_wrapped_sentence(kept, i)  # (a drop cap: "T" above "he council approved ...")
        and not cand.forced
        and not r.ends_sentence(cand.text)
        and not any(ch.isdigit() for ch in cand.text)
        and not r.mostly_cjk(cand.text)
        and not _one_of_the_articles_headings(kept, i)
    )


def _wrapped_stop_word(kept: list[r.Candidate], i: int, stoplist: frozenset[str]) -> bool:
    """WRAPPED_STOP_WORD: one stop word of the page's language alone above a line that does not open with a capital
    ("Der" above "15. Spieltag der Liga sorgte ...") is the first word of a hard-wrapped sentence, not a section's
    label (jusText's lists hold nouns too: "Société" above a capitalised line is still a label); nor above a line that
    itself stops mid-sentence ("Il" above "Museo Example festeggia i": the wrapped sentence goes on)."""
    below = kept[i + 1].text[:1] if i + 1 < len(kept) else ""
    goes_on = below != "" and (not below.isupper() or _stops_mid_sentence(kept[i + 1]))
    return kept[i].key in stoplist and goes_on


def _one_of_the_articles_headings(kept: list[r.Candidate], i: int) -> bool:
    """PARALLEL_HEADINGS: a label in capitals above the lead ("FLORIDA") with another such label further down, between the
    article's lines ("ALABAMA"), heads the first of the article's sections: its own sub-heading, not the site's
    (SUBHEADINGS_BELOW: the same in any case, the other label between two long sentences)."""
    text = kept[i].text
    if not text.isupper() and i + 1 < len(kept) and kept[i + 1].key.startswith(kept[i].key):
        return False  # (a rubric naming the story's first word: "Élections" over "Élections municipales : ...")
    if not text.isupper():
        # SUBHEADINGS_BELOW: in any case, a label above the lead ("Bologna", "Executive Summary") with another short
        # line further down standing between two of the article's long sentences ("Piacenza", "Key Judgments") heads
        # the first section as that one heads another
        return any(
            c.words <= MAX_LABEL_ABOVE_LEAD_WORDS
            and c.key != kept[i].key
            and not r.ends_sentence(c.text)
            and c.role is None
            and _is_long_sentence(above)
            and _is_long_sentence(below)
            for above, c, below in zip(kept[i + 1 :], kept[i + 2 :], kept[i + 3 :], strict=False)
        )
    return any(
        c.text.isupper() and c.words <= MAX_LABEL_ABOVE_LEAD_WORDS and c.key != kept[i].key and not r.ends_sentence(c.text)
        for c in kept[i + 2 :]
    )


def _no_one_else_named(words: set[str], surnames: set[str], headline: str, lines: list[r.Candidate]) -> bool:
    """NAME_UNDER_HEADLINE's terms for a writer's name printed without "By" (also NAMES_IN_PLACES' and
    SIGNATURE_AT_END's): none of its words (case-folded) is a word of the headline (a sub-heading repeats one), and no
    line of the article holds one of its surnames (the story's subject, a quote's speaker, a picture's subject is named
    in the text; its writer is not)."""
    # (the headline's words without their punctuation: "Ibiza, Formentera, Menorca…" has "menorca")
    if {w.strip(r.CLOSERS + ".,:;!?…'\"()").casefold() for w in words} & {w.casefold() for w in r.WORD.findall(headline)}:
        return False
    return not _surname_in(surnames, lines)


def _surname_in(surnames: set[str], lines: list[r.Candidate]) -> bool:
    """One of the (case-folded) surnames is in one of the lines."""
    return any(surname in line.text.casefold() for line in lines for surname in surnames)


# SIGNATURE_AT_END: a name alone as the page's last line, right under a paragraph of the article, is its writer's
# signature, as many local and non-English sites sign ("... kết thúc chuyến thăm." / "Nghiêm Thu"); on
# NAME_UNDER_HEADLINE's terms: no word of the headline, and no person the article names (a quote's speaker or a
# picture's subject is named in the text; its writer is not), and no word of it a stop word of the page's language (a
# sub-heading in capitals cut at the end of a copy, "NAJCIEKAWSZY I NAJBARDZIEJ RÓŻNORODNY", "the most ... and ...").
# CAPITALS_HEADINGS_PAGE: on a page that prints its sub-headings in capitals ("EF-3 TORNADO CAUSES EXTENSIVE DAMAGE TO A
# FACILITY"), a last line in capitals is such a heading, cut where the copy stopped ("LIFE-THREATENING FLOODING PUMM"),
# not a signature: MIN_CAPITALS_HEADING_WORDS words or more in capitals on a line of the text above it.
MIN_CAPITALS_HEADING_WORDS = 4


def _capitals_heading(cand: r.Candidate) -> bool:
    return cand.role != TITLE and cand.words >= MIN_CAPITALS_HEADING_WORDS and cand.text.isupper()


# DASH_SIGNATURE: a name alone after an em dash, right under a sentence of the text ("... the vote," he said." /
# "—Jane Roe"), signs that paragraph: a live page's entry or a letter, its writer. Under a quotation it is the
# speaker's (SIGNATURE_AT_END's rule); a spaced en dash or a hyphen opens a list's item ("- Example Town").
DASH_SIGNATURE = re.compile(r"^—\s?(?P<name>\S.*)$")


def _dash_signatures(kept: list[r.Candidate]) -> None:
    kept = [c for c in kept if not c.dropped]
    for above, line in itertools.pairwise(kept):
        signed = DASH_SIGNATURE.match(line.text.strip())
        if signed is None or line.role is not None or not author_name(signed["name"]):
            continue
        if r.ends_sentence(above.text) and above.role is None and not above.text.rstrip().endswith(QUOTE_ENDS):
            line.role = BYLINE


# AUTHOR_BOX_LABEL: the author's box under the article, its label over the note on the writer ("Author" / "Jane Roe is
# a news reporter covering business at The Example Times."): the label goes, the note names the writer.
AUTHOR_BOX_LABELS = frozenset(
    "author|about the author|the author|about the writer|autor|autora|auteur|autore|sobre el autor|sobre o autor|"
    "über den autor|à propos de l auteur|a proposito dell autore|over de auteur".split("|")
)


def _signature_at_end(kept: list[r.Candidate], above_a_credit: set[int], stoplist: frozenset[str]) -> None:
    kept = [c for c in kept if not c.dropped]
    if len(kept) < 3:
        return
    last, above = kept[-1], kept[-2]
    note = writers_note(last.text)  # (WRITERS_NOTE: the writer's note, on the same terms as the name)
    if note and last.role is None and above.key in AUTHOR_BOX_LABELS and author_name(note["name"]):
        above.rule, last.role = r.NAV_LABEL, BYLINE  # AUTHOR_BOX_LABEL (below)
        return
    if last.role is not None or above.role is not None or id(last) in above_a_credit:
        return
    if not author_name(note["name"] if note else last.text):
        return
    # (SHORT_LAST_PARAGRAPH: or a short sentence closing the text under a long one, "His identity hasn't been released.")
    short_last = r.ends_sentence(above.text) and _is_long_sentence(kept[-3])
    if not (_is_long_sentence(above) or above.words >= CUT_PARAGRAPH_WORDS or short_last):
        return
    if above.text.rstrip().endswith(QUOTE_ENDS) and not note:
        return  # (under a quotation, a name is its speaker's, as with SIGNATURE_LINE's dash; a writer's note is not)
    signed = note["name"] if note else last.text
    words = {w.casefold() for w in LIST_SPLIT.sub(" ", signed).split()}
    # (NAMES_IN_STOP_LISTS: another language's list may hold its commonest given names, jusText's Hungarian "attila": a
    # stop word capitalised here that the page never writes in small letters is a name's, and counts for no stop word;
    # English's list holds none, and a slogan's words, "Authentically Local", count there)
    stop_words = [w for w in LIST_SPLIT.sub(" ", signed).split() if w.casefold() in stoplist]
    if stop_words:  # (the page's words in small letters are gathered only then: most signatures hold no stop word)
        in_small_letters = {w for c in kept[:-1] for w in r.WORD.findall(c.text) if w.islower()}
        english = stopwords.is_english(stoplist)
        if any(english or w.casefold() in in_small_letters or not w[:1].isupper() or signed.isupper() for w in stop_words):
            return
    if signed.isupper() and any(_capitals_heading(c) for c in kept[:-1]):
        return  # CAPITALS_HEADINGS_PAGE (above)
    title = next((c.text for c in kept if c.role == TITLE), "")
    surnames = {piece.split()[-1].casefold() for piece in LIST_SPLIT.split(signed.strip(" .")) if piece.split()}
    if _no_one_else_named(words, surnames, title, kept[:-1]):
        last.role = BYLINE


# WRITERS_CARD: under the article, the writer's card: a name alone, then a note on that person as a journalist ("Jane
# Roe" / "Based in Harbour, Jane Roe is a correspondent on the business desk ...", "Jane Roe served as News Director
# ..."): the name is the byline, the note the site's furniture. The note names the person within its first
# WRITERS_CARD_NAME_WORDS words and a newsroom's role; one such pair only (a list of people, each with a note, is the
# article's: "Meet the candidates").
WRITERS_CARD_NAME_WORDS = 12
NEWSROOM_ROLE = re.compile(
    r"\b(?:correspondent|reporter|journalist|writer|columnist|editor|contributor|producer|news director|anchor|"
    r"freelancer|photographer|covers? (?:the )?[\w ]{2,30}? (?:for|at) )",
    re.I,
)


def _writers_card(kept: list[r.Candidate]) -> None:
    kept = [c for c in kept if not c.dropped]
    first = next((i for i, c in enumerate(kept) if _is_long_sentence(c)), len(kept))
    cards = []
    for name, note in zip(kept[first + 1 :], kept[first + 2 :], strict=False):
        if name.role is not None or note.role is not None or not author_name(name.text) or " " not in name.text.strip():
            continue
        opening = " ".join(note.text.split()[:WRITERS_CARD_NAME_WORDS]).casefold()
        if name.text.strip().casefold() in opening and NEWSROOM_ROLE.search(note.text):
            cards.append((name, note))
    if len(cards) == 1:
        name, note = cards[0]
        name.role = BYLINE
        note.rule = r.AFTER_ARTICLE


# WRITERS_NOTE_UNDER_THE_BYLINE: the note on the writer printed right under her byline ("By Jane A. Roe" / "Jane Roe is
# a contributing reporter for The Example Times. ..."), her surname in both: the author's box, no paragraph of the text.
# It is read as the credit it is (archive.sources takes the paper she writes for from it).
def _writers_note_under_the_byline(kept: list[r.Candidate]) -> None:
    kept = [c for c in kept if not c.dropped]
    for credit, line in itertools.pairwise(kept):
        if credit.role != BYLINE or line.role is not None or line.forced:
            continue
        note = writers_note(line.text)
        if note and note["name"].split()[-1].casefold() in {w.casefold() for w in re.findall(r"[\w'’-]+", credit.text)}:
            line.role = BYLINE


# ABOUT_THE_AUTHOR: the writer's box under a label saying so ("About the author", "Over de auteur", "Sobre o autor"),
# then her name alone, then a note on her: the name is the byline, the label and the note the site's furniture.
ABOUT_THE_AUTHOR_LABELS = frozenset(
    r.key_of(label)
    for label in (
        "About the author", "About the writer", "About the reporter", "Over de auteur", "Sobre o autor", "Sobre el autor",
        "Sobre a autora", "Sobre la autora", "Über den Autor", "Über die Autorin", "À propos de l'auteur", "L'auteur",
        "Informazioni sull'autore", "L'autore", "Об авторе", "Про автора", "O autorze", "Om forfatteren", "Om skribenten",
        "Yazar hakkında", "Tentang penulis",
    )
)  # fmt: skip
MIN_NOTE_WORDS = 5


def _about_the_author(cands: list[r.Candidate]) -> None:
    labels = [i for i, c in enumerate(cands) if c.key in ABOUT_THE_AUTHOR_LABELS and not c.forced]
    if len(labels) != 1 or labels[0] + 1 >= len(cands):
        return
    label, name = cands[labels[0]], cands[labels[0] + 1]
    if name.forced or name.role is not None or not author_name(name.text) or " " not in name.text.strip():
        return
    label.rule = label.rule or r.AFTER_ARTICLE
    name.rule, name.role = None, BYLINE
    note = cands[labels[0] + 2] if labels[0] + 2 < len(cands) else None
    if note is not None and not note.forced and note.role is None and note.words >= MIN_NOTE_WORDS:
        note.rule = note.rule or r.AFTER_ARTICLE


# JOB_TITLE_UNDER_NAME: a post in title case alone ("Head of Retail and Consumer Insight", "Director of Research",
# "Chief Economist", "Senior Analyst") under a name alone is that person's, as a role word is (NAME_ABOVE_ROLE).
JOB_TITLE = re.compile(
    r"^(?:(?:Head|Director|Professor|Dean|Chair|Vice[- ]President|Lecturer)\s(?:of|for)\s"
    r"|(?:Chief|Senior|Principal|Lead)\s(?=(?:[A-Z][\w&-]*+\s?){1,3}$))"
    r"(?:(?:[A-Z][\w&-]*+|and|of|&)\s?){1,6}$"
)


NAME_TAKEN_AS_A_LABEL = frozenset((r.NAV_LABEL, r.SECTION_LABEL))

# NAME_OVER_AFFILIATION: a scholar's byline, a name alone over the university or institute the writer works at,
# within AFFILIATION_REACH lines (a department's line may stand between: "Jane Roe" / "Ecology and Conservation
# Biology" / "University of Example"), above the article's first long sentence: the name is the byline, kept or
# taken as a short label among labels; one such name on the page (a list of people with their institutions is the
# article's).
AFFILIATION_REACH = 2
MAX_AFFILIATION_WORDS = 8
AFFILIATION_LINE = re.compile(
    r"\b(?:University|Universität|Université|Universidad|Università|Universiteit|Universidade|Uniwersytet|Institute|"
    r"Institut|Instituto|College|Academy|Akademie)\b"
)


def _affiliation(cand: r.Candidate) -> bool:
    return cand.words <= MAX_AFFILIATION_WORDS and bool(AFFILIATION_LINE.search(cand.text)) and not r.ends_sentence(cand.text)


# NAME_BETWEEN_DATE_AND_TEXT: the page's first two lines a date line and a name alone, right over the article's first
# long sentence, no headline: the name is the byline ("Posted: Aug 28, 2017" / "Jane Roe" / "The county board met
# ..."), on NAME_UNDER_HEADLINE's terms: the text does not name that person (an obituary's headline, the name alone, is
# named again in its first sentence). A line in capitals there is a headline ("OPERAÇÃO NATAL NA CIDADE").
def _name_between_date_and_text(kept: list[r.Candidate], first_sentence: int) -> None:
    if first_sentence != 2 or first_sentence >= len(kept):
        return
    date, name = kept[0], kept[1]
    if date.role != DATELINE or name.role is not None or name.text.isupper() or not author_name(name.text):
        return
    surnames = {name.text.split()[-1].casefold()}
    if _no_one_else_named(set(name.text.split()), surnames, "", kept[first_sentence:]):
        name.role = BYLINE


def _name_over_affiliation(cands: list[r.Candidate], first_sentence: int) -> None:
    kept = [c for c in cands if not c.dropped]
    before = {id(c) for c in kept[:first_sentence]}
    names = [
        c
        for i, c in enumerate(cands)
        if (id(c) in before or c.rule in NAME_TAKEN_AS_A_LABEL)
        and c.role is None
        and author_name(c.text)
        and not _affiliation(c)
        and any(_affiliation(below) for below in cands[i + 1 : i + 1 + AFFILIATION_REACH])
    ]
    if len(names) == 1 and (names[0].number < kept[first_sentence].number if first_sentence < len(kept) else True):
        names[0].rule, names[0].role = None, BYLINE


def _names_a_role(text: str) -> bool:
    words = text.strip(" .").split()
    if JOB_TITLE.match(text.strip(" .")):
        return True
    return bool(words) and words[-1].lower() in PERSON_ROLE_WORDS and is_desk(text)


def _same_words_reordered(one: list[str], other: list[str]) -> bool:
    """SAME_NAME_REORDERED: the same words, in another order."""
    return one != other and sorted(one) == sorted(other)


def author_name(text: str) -> bool:
    return is_names_only(text) and not names_a_place(text)


# BY_ALONE: a byline broken after its "By" ("By" / "Jane Roe"): the word alone on its line, a name alone on the next.
# NAME_ABOVE_ROLE: a byline broken before the writer's role ("Jane Roe" / "Staff Reporter"): a name alone on its line,
# a role alone on the next (a desk's words ending with a writer's role word).
# (AUTHOR_LABEL_ALONE: the word "author" in English and other languages alone above the name, as "By" is: "Author" /
# "Jane Roe", "Auteur" / "Jeanne Roe", "Yazar" / "Ayşe Roe")
BY_ALONE = re.compile(
    # (PUBLISHED_BY_ALONE: "Published by:" / "Example.com", the label above the site that posted the copy, in the
    # archive's languages: "Publicado por:", "Publié par :", "Pubblicato da:", "Veröffentlicht von:")
    r"(?:(?:published|posted) by|publicad[oa] por|publié par|pubblicato da|veröffentlicht von|"
    r"by|written by|words by|von|par|por|autor|автор|authors?|auteure?|autore|autora|autores|autorka|yazar|penulis|"
    r"szerző|författare|forfatter|kirjoittaja|συντάκτης|автори|автор[ыи]) ?:?",
    re.I,
)  # (on the stripped line)


MAX_LISTED_NAME_WORDS = 3  # (most bylines print two or three words a name)


# DATES_AS_SUBHEADINGS: below the article's first sentence (of more than three words), MIN_DATE_SUBHEADINGS lines or
# more that are a date alone (up to MAX_DATE_SUBHEADING_WORDS words), of different days, each right above a sentence
# ("Sobota 19. října" / "Na domácím stadionu ..." / "Neděle 20. října" / ...), head the parts of a programme or a
# diary: the article's sub-headings, not the page's date line.
MIN_DATE_SUBHEADINGS = 2
MAX_DATE_SUBHEADING_WORDS = 4  # ("Sobota 19. října", "Monday, 3 March 2025")


def _dates_as_subheadings(kept: list[r.Candidate], first_sentence: int) -> None:
    # (the first sentence of the text, short as it may be: "V neděli po poledni už budeme znát všechny výsledky.")
    start = next((i for i, c in enumerate(kept) if c.role is None and r.ends_sentence(c.text) and c.words > 3), first_sentence)
    headings = {
        id(c): (c, day)
        for i, c in enumerate(kept[:-1])
        if i > min(start, first_sentence)
        and c.role == DATELINE
        and c.words <= MAX_DATE_SUBHEADING_WORDS
        and kept[i + 1].role is None
        and r.ends_sentence(kept[i + 1].text)
        and (day := _date_alone(c.text))
    }
    if len({day for _, day in headings.values()}) >= MIN_DATE_SUBHEADINGS:
        for cand, _ in headings.values():
            cand.role = None


# EVENT_FIELDS: below the article's first sentence, a date in a field ("Date: Monday, January 13") with another field
# right beside it ("Time: 6:30 p.m.", "Location: Town Hall") is an event's, listed by the article: its text, no dateline.
def _event_fields(kept: list[r.Candidate], first_sentence: int) -> None:
    for i, cand in enumerate(kept):
        if i <= first_sentence or cand.role != DATELINE or not r.LABELLED_FIELD.match(cand.text.strip()):
            continue
        beside = [kept[j] for j in (i - 1, i + 1) if 0 <= j < len(kept)]
        if any(b.role is None and r.LABELLED_FIELD.match(b.text.strip()) for b in beside):
            cand.role = None


# WORKS_LISTED: MIN_LISTED_WORKS lines or more in a row, each a work and its maker ("Solar Bones by Jane Roe (Ireland)",
# "Exit West by John Doe"): the article's list of books, films or songs, kept as its text; none is a byline, nor another
# story's headline.
WORK_BY = re.compile(r"^(?!(?i:by)\s)\S.{0,80}? by [A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){1,3}(?: \([^()]{2,40}\))?\.?$")
MIN_LISTED_WORKS = 3
# (a piece's credits listed so, "Words by Jane Roe" / "Photos by John Doe" / "Design by ...", are its bylines)
CREDITED_KINDS = frozenset(
    """story words text photos photo pictures photography reporting written posted published design video
    illustration illustrations graphics edited compiled produced""".split()
)


def _works_listed(kept: list[r.Candidate]) -> set[int]:
    def listed_work(cand: r.Candidate) -> bool:
        work = cand.text.strip().rsplit(" by ", 1)[0].casefold()
        return not cand.forced and WORK_BY.match(cand.text.strip()) is not None and work not in CREDITED_KINDS

    return r.ids_in_runs(kept, listed_work, MIN_LISTED_WORKS)


# HEADLINE_ON_TOP: the page's first line, of more than MAX_TOP_CREDIT_WORDS words, is its headline even when it reads as
# names and an outlet ("PTI Karachi Hosts Reception and Awareness Camps for Sindh Huqooq March": two "names" and "for"
# an outlet); a credit without "By" is shorter ("Jane Roe and John Doe for The Example Times")
MAX_TOP_CREDIT_WORDS = 9


# PAGE_TITLE_NOT_CREDIT: a line of the headline and the site's name ("China and Russia Vow Closer Ties | Example News")
# is the page's title, its headline printed alone elsewhere on the page: no writer's name and her paper.
PAGE_TITLE_PARTS = re.compile(r"(?<!\s)\s++(?:\||[-–—])\s++")


def _page_title_line(cand: r.Candidate, printed_alone: set[str]) -> bool:
    head = PAGE_TITLE_PARTS.split(cand.text.strip(), maxsplit=1)[0]
    return head != cand.text.strip() and r.key_of(head) in printed_alone


def _headline_on_top(cand: r.Candidate, index: int) -> bool:
    return index == 0 and cand.words > MAX_TOP_CREDIT_WORDS and not r.ends_sentence(cand.text)


MAX_TWIN_NAME_GAP = 2  # HEADING_PRINTED_AGAIN (in _assign_roles)


# INITIALS_OVER_THE_CREDIT: the writer's picture left as the initials in its place ("EC" over "Estadão Conteúdo", "JR"
# over "Jane Roe"): a line of two or three capitals alone, the first letters of the capitalised words of a credit line
# within INITIALS_CREDIT_WITHIN lines below it
INITIALS_ALONE = re.compile(r"[A-ZÀ-Þ]{2,3}")
INITIALS_CREDIT_WITHIN = 2


def _initials_over_the_credit(kept: list[r.Candidate]) -> None:
    for i, cand in enumerate(kept):
        if cand.role is not None or cand.forced or not INITIALS_ALONE.fullmatch(cand.text.strip()):
            continue
        for credit in kept[i + 1 : i + 1 + INITIALS_CREDIT_WITHIN]:
            capitals = "".join(word[0] for word in credit.text.split() if word[:1].isupper() and word.upper() != word)
            if credit.role == BYLINE and capitals == cand.text.strip():
                cand.rule = r.ICON_TEXT
                break


def _assign_roles(cands: list[r.Candidate]) -> None:
    _rescue_metadata_lines(cands)
    kept = [c for c in cands if not c.dropped]
    if not kept:
        return
    # Credits and datelines first: they are neither title nor body.
    first_sentence = next((i for i, c in enumerate(kept) if _is_long_sentence(c)), len(kept))
    printed_alone = {c.key for c in kept}
    listed_works = _works_listed(kept)
    for i, cand in enumerate(kept):
        if id(cand) in listed_works:
            cand.role = PARAGRAPH  # WORKS_LISTED
            continue
        if cand.words > MAX_CREDIT_WORDS:
            # datelines and credits are short; a paragraph is neither. A wire trailer naming reporters and editors
            # can be longer, and is read only when every part of it is a metadata part.
            if cand.words <= MAX_META_LINE_WORDS and (meta := parse_meta_line(cand.text)) is not None:
                cand.role = _meta_role(meta)
            continue
        if parse_date(cand.text) is not None or SPLIT_DATELINE.match(cand.text):
            cand.role = DATELINE
        elif _place_and_colon(cand.text, kept[i + 1] if i + 1 < len(kept) else None):
            cand.role = DATELINE  # PLACE_AND_COLON
        elif i <= first_sentence and _venue_line(cand.text):
            cand.role = DATELINE  # VENUE_LINE
        elif is_credit(cand.text) or (
            i <= first_sentence
            and is_named_credit(cand.text)
            and not _headline_on_top(cand, i)
            and not _page_title_line(cand, printed_alone)
        ):
            cand.role = BYLINE
        else:
            # A line of several metadata parts ("Source: X  Published: ...  Last Updated: ...", "Jane Doe (@jdoe)
            # 2 hours ago | 10:45 AM", "AFP March 3, 2019 3 min read"): out of the body, read by the metadata stage.
            meta = parse_meta_line(cand.text)
            if meta is not None:
                cand.role = _meta_role(meta)
        if cand.role == DATELINE and _ends_a_wrapped_sentence(kept, i):
            cand.role = None  # WRAPPED_SENTENCE_END: the end of the sentence above, not a dateline
    _initials_over_the_credit(kept)
    _dates_as_subheadings(kept, first_sentence)
    _event_fields(kept, first_sentence)
    _names_in_lists(kept, first_sentence)
    for cand, name in itertools.pairwise(kept):
        if cand.role is None and name.role is None and BY_ALONE.fullmatch(cand.text.strip()) and is_names_only(name.text):
            cand.role = name.role = BYLINE  # BY_ALONE
    for cand, site in itertools.pairwise(cands):
        # SITE_UNDER_ITS_LABEL: "Publicado por:" / "Example.com" (gone as a site's address): the label is the credit's
        # (archive.sources reads the address under a label so as the page's own credit)
        if not cand.dropped and cand.role is None and site.rule == r.URL_LINE and BY_ALONE.fullmatch(cand.text.strip()):
            cand.role = BYLINE
    _name_over_affiliation(cands, first_sentence)
    _name_between_date_and_text(kept, first_sentence)
    named_roles = [(c, role) for c, role in itertools.pairwise(cands) if _names_a_role(role.text) and author_name(c.text)]
    for cand, role in named_roles:  # (the role's line may have gone as furniture already)
        # (NAME_ABOVE_ROLE_AS_LABELS: the name too may have gone, as a short label among labels, "Jane Roe" / "Editor":
        # taken back when the page holds one such pair only; a staff list holds several)
        taken_as_a_label = cand.rule in NAME_TAKEN_AS_A_LABEL and len(named_roles) == 1 and role.rule in (None, cand.rule)
        if (not cand.dropped or taken_as_a_label) and cand.role is None:
            cand.rule, cand.role = None, BYLINE  # NAME_ABOVE_ROLE
            if not role.dropped and role.role is None:
                role.role = BYLINE

    # The page model, once bylines and datelines are read and before the title is chosen (a menu item is no title).
    stoplist = stopwords.page_stopwords([c.text for c in kept])
    english = stopwords.is_english(stoplist)

    r.after_the_article(cands, stoplist, author_name)
    r.headlines_to_the_end(cands, stoplist)
    r.twin_cards_to_the_end(cands)
    r.cards_over_their_link(cands)
    r.desk_notes(cands)
    r.junk_runs(cands, stoplist, author_name)
    r.paywall_offer(cands)
    r.scoreboard_headings(cands)  # (after the list rules: it undoes their reading of a scoreboard)
    kept = [c for c in kept if not c.dropped]
    # FEED_FOOTER_TITLE: a feed's footer names the post's headline ("The post <headline> appeared first on ..."): a
    # head line of that text is the headline, as one printed twice is
    named = {r.key_of(m["title"]) for c in cands if c.rule == r.SOURCE_CREDIT and (m := r.FEED_FOOTER.match(c.text.strip()))}
    trail_ends = _crumb_trail_ends(cands)
    named |= _page_title_names(kept) | trail_ends | _framed_copies(cands)
    kept = [c for c in kept if not c.dropped]
    numbers = tuple(c.number for c in cands)  # (every line's, gone ones too: what stands between two lines)
    _choose_title(kept, frozenset(named), numbers, stoplist, frozenset(trail_ends))
    _crumbs_before_the_headline(kept)
    masthead_names = {c.key for c in kept if c.rule == r.MASTHEAD and _site_name_shaped(c)}
    kept = [c for c in kept if not c.dropped]
    # Repeats: the second appearance of a line goes (a standfirst or title printed again in the body).
    seen: dict[str, r.Candidate] = {}
    title = next((c for c in kept if c.role == TITLE), None)
    if title is not None:
        # TITLE_PRINTED_BARE: the headline printed again below its page title without the site's suffix ("Headline |
        # Example Times" / "Headline") is a repeat of the title, as an exact copy is
        bare = r.key_of(split_headline(title.text, [c.text for c in kept]).text)
        if bare != title.key:
            seen[bare] = title
    first_sentence = next((i for i, c in enumerate(kept) if _is_long_sentence(c)), len(kept))
    position = {id(c): i for i, c in enumerate(kept)}
    spaced = _spaced_paragraphs(numbers)
    teaser_block = _teaser_blocks(kept, first_sentence)
    by_number = {c.number: c for c in cands}
    for cand in kept:
        if cand.role in (BYLINE, DATELINE):
            continue
        first = seen.get(cand.key)
        if first is not None and (_twin_lines(first, cand, spaced) or _twin_around_a_credit(first, cand, by_number)):
            # (DECK_TWICE: right under the headline, the first copy may be the deck: the picture's copy alone goes)
            under_the_title = position[id(first)] > 0 and kept[position[id(first)] - 1].role == TITLE
            under_the_title = under_the_title and r.ends_sentence(first.text)  # (a deck is a sentence; a place is not)
            cand.rule = r.CAPTION
            first.rule = None if under_the_title else r.CAPTION
            continue
        if first is not None and position[id(first)] > first_sentence and r.label_and_value(cand.text):
            continue  # REPEATED_VALUE: a fact box or programme may repeat a line ("Presenter: Jane Example")
        if first is not None and _in_a_wrapped_sentence(kept, position[id(cand)]):
            continue  # WRAPPED_SENTENCE: part of a sentence
        if first is not None and _heads_results(kept, position[id(first)]):
            continue  # RESULTS_ROUND_HEADING: each draw's "Semifinals (Friday)" above its results
        if first is not None and r.match_result(cand.text):
            continue  # MATCH_RESULT: a results list's line heading that match's report below ("Harbour 2-1 Sample")
        if (
            first is not None
            and cand.words >= MIN_REPEAT_WORDS
            and not cand.forced
            and (
                _teaser_above_its_lead(kept, position[id(first)], position[id(cand)])
                or id(first) in teaser_block  # TEASER_BLOCK_ABOVE_THE_LEAD
                # SUMMARY_BULLET_ABOVE: a bulleted summary's point printed again as a paragraph of the text ("• Roe
                # will serve as deputy." / ... / "Roe will serve as deputy."): the summary's copy goes, the text's stays
                or (first.bullet and not cand.bullet and first.role is None)
            )
        ):
            first.rule = r.TEASER  # TEASER_ABOVE_THE_LEAD
            seen[cand.key] = cand
        elif first is not None and cand.words >= MIN_REPEAT_WORDS and not cand.forced:
            cand.rule = r.REPEATED_LINE
            seen[cand.key].notes["repeated"] = True
        else:
            seen.setdefault(cand.key, cand)  # by key: the same line with other quotes or dashes is a repeat
    for cand in kept:
        if cand.key in masthead_names and cand.rule is None and cand.role is None and _site_name_shaped(cand):
            cand.rule = r.REPEATED_LINE  # MASTHEAD_PRINTED_AGAIN
    _repeated_link_labels(kept)
    _lead_taken_as_the_headline(kept)
    _near_teaser(kept)
    _truncated_copies(kept)
    _between_the_headlines(kept)
    kept = [c for c in kept if not c.dropped]

    # PLACE_NOT_PERSON (archive.byline): a place's name alone beside a dateline is the dateline's place ("New Delhi"
    # above "01 March 2020"), out of the body with it, and never an author. Decided before names alone are: a name line
    # above such a place ("Jane Doe" / "Kyiv" / "9 March 2015") is then beside a dateline.
    top = kept[:NAMES_ONLY_BYLINE_WITHIN]
    for i, cand in enumerate(top):
        one_word_place = len(cand.text.split()) == 1 and cand.text[:1].isupper() and is_place(cand.text)
        if cand.role is None and (one_word_place or (names_a_place(cand.text) and is_names_only(cand.text))):
            if any(0 <= j < len(top) and top[j].role == DATELINE for j in (i - 1, i + 1)):
                cand.role = DATELINE

    # Names alone on a line near the top: an author line, if it names several people or sits with other names, a dateline
    # or a credit line ("Geri Example" above "By Geri Example").
    # PICTURE_SUBJECT: names right above a photo's credit ("Jane Roe and John Doe" / "© Getty Images") are the picture's
    # caption, not its author's line
    above_a_credit = {id(a) for a, b in zip(cands, cands[1:], strict=False) if b.rule == r.CAPTION_CREDIT}
    # HEADING_PRINTED_AGAIN: a line of names alone printed again lower down, other lines between the two copies
    # ("Sokaklar Genişletiliyor" over a card's teaser, then over the article's date line), is a headline printed twice
    # in title case, no writer's name; a name printed twice in a row (an avatar's text and the name, at most
    # MAX_TWIN_NAME_GAP raw lines apart) stays a byline.
    names_only = [c.role is None and author_name(c.text) and id(c) not in above_a_credit for c in top]
    # NAMES_RUN_IS_A_MENU: MIN_NAMES_MENU_RUN lines or more of names alone in a row ("ВЕСЬ НОМЕР" / "ПЕРВАЯ ПОЛОСА" /
    # "ПОЛИТИКА И ЭКОНОМИКА") are a menu's items or a list of people: a byline is one or two lines (its authors listed
    # on one), so none of them is an author's line
    start = 0
    for is_name, flags in itertools.groupby(names_only):
        length = len(list(flags))
        if is_name and length >= MIN_NAMES_MENU_RUN:
            names_only[start : start + length] = [False] * length
        start += length
    for i, cand in enumerate(top):
        if not names_only[i]:
            continue
        if any(c.key == cand.key and cand.number - c.number > MAX_TWIN_NAME_GAP for c in top[:i]):
            continue  # HEADING_PRINTED_AGAIN (above)
        # (LISTED_NAME_WORDS: a list of names, each of a few words; "Portugal Deadly Floods Force Evacuations, Collapse
        # Main Highway" is a headline in title case)
        listed = [p for p in LIST_SPLIT.split(cand.text) if p.strip()]
        several = len(listed) > 1 and all(len(p.split()) <= MAX_LISTED_NAME_WORDS for p in listed)
        prose_above = sum(c.role is None and _is_long_sentence(c) for c in top[:i])
        if prose_above >= MIN_PARAGRAPHS_ABOVE_A_HEADING and any(_is_long_sentence(c) for c in kept[kept.index(cand) + 1 :]):
            continue  # NAMES_UNDER_THE_PROSE: between the article's paragraphs, "Infrastructure Push and Community
            # Collaboration" is a sub-heading shaped as two names; a byline stands above the text, or ends it
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(top) and (names_only[j] or top[j].role in (DATELINE, BYLINE))]
        # NAMES_PAIR_UNDER_A_HEADLINE: two lines of names alone, with no credit or date beside them, are two authors
        # only right under the headline; elsewhere ("Show Thumbnails" / "Show Captions" above the text, "Champions
        # League" / "Europa League" in a menu) they are a gallery's buttons or a menu's items in title case
        pair_start = min([i, *beside])
        if (
            beside
            and all(names_only[j] for j in beside)
            and not any(t.role == TITLE for t in top[max(0, pair_start - NAMES_PAIR_HEADLINE_LINES) : pair_start])
        ):
            beside = []
        # SAME_NAME_REORDERED: a name alone beside the same words in another order ("SCOTT JACKIE RAYKENYA" / "Jackie
        # Raykenya Scott", a records photo's alt text and its caption) is one person pictured, no pair of writers
        # (the same name in the same order twice, "Jane Roe" / "Jane Roe", stays a byline printed twice)
        name_words = cand.text.casefold().split()
        reordered = [j for j in beside if names_only[j] and _same_words_reordered(top[j].text.casefold().split(), name_words)]
        if beside and reordered == beside and not cand.forced and not any(top[j].forced for j in beside):
            for pictured in (cand, *(top[j] for j in beside)):
                pictured.rule = r.CAPTION  # (the picture's alt text and its caption go, as captions do)
            for j in beside:
                names_only[j] = False
            continue
        if beside and not several and _named_in_the_headline(cand.text, top):
            beside = []  # NAME_IN_THE_HEADLINE
        # SUBJECT_BESIDE_THE_BYLINE: a name alone beside the byline whose surname the first paragraphs use is the
        # picture's subject ("By Example Staff" / "Jane Roe" / "Minister Jane Roe said ..."), not a second author
        surname = {cand.text.split()[-1].casefold()}
        lead = [b for b in top[i + 1 : i + 1 + NAME_UNDER_HEADLINE_LINES] if _is_long_sentence(b)]
        credited = any(top[j].role == BYLINE for j in beside)
        if credited and not several and _surname_in(surname, lead):
            beside = []
        # SUBJECT_OPENS_THE_LEAD: a name alone that the first paragraph below opens with, in apposition ("Jane Roe" /
        # "Jane Roe, a composer who ...", an obituary's), is the story's subject ("Jane Roe reports ..." may be the
        # writer's own lead)
        if not several and lead and lead[0].text.startswith((cand.text.strip() + ",", cand.text.strip() + " (")):
            continue
        # NAME_UNDER_HEADLINE: a name alone between the headline and the first paragraph (a long sentence) is the
        # author's, as blogs print it; not when it repeats a word of the headline (a sub-heading: "Example Mission"
        # under "Government launches example mission"), nor when the first paragraph names the same person (the
        # story's subject, as a caption or a kicker names it, is named again in the lede; its author is not)
        # (NAME_ABOVE_A_CAPTION: a picture's caption may stand between the name and the first paragraph: the paragraph
        # is looked for within NAME_UNDER_HEADLINE_LINES lines, and none of them may name the person)
        below = top[i + 1 : i + 1 + NAME_UNDER_HEADLINE_LINES]
        # (NAME_UNDER_DECK: or under the headline's deck, one line of it between them and no long sentence: "Headline" /
        # "‘A quote as deck’" / "Jane Roe" / first paragraph; the deck's words count as the headline's)
        decked = (
            1 < i
            and top[i - 2].role == TITLE
            and top[i - 1].role is None
            and not names_only[i - 1]
            and not _is_long_sentence(top[i - 1])  # (a deck, no lead: a name under the first paragraph is no byline)
        )
        heads = top[i - 2 : i] if decked else top[i - 1 : i]
        under_headline = (
            0 < i < len(top) - 1
            and (top[i - 1].role == TITLE or decked)
            and any(_is_long_sentence(b) or b.words >= CUT_PARAGRAPH_WORDS for b in below)
            and _no_one_else_named(
                {w.casefold() for w in cand.text.split()},
                {cand.text.split()[-1].casefold()},
                " ".join(h.text for h in heads),
                below,
            )
        )
        if several or beside or under_headline:
            cand.role = BYLINE
    # NAMES_IN_PLACES (archive.byline): "Jane Roe in Moscow" under the headline, on NAME_UNDER_HEADLINE's terms (no word
    # of the headline, and not named in the paragraphs below: a picture's subject would be)
    for i, cand in enumerate(top[1:-1], start=1):
        placed = names_in_places(cand.text) if cand.role is None and top[i - 1].role == TITLE else None
        below = top[i + 1 : i + 1 + NAME_UNDER_HEADLINE_LINES]
        surnames = {name.split()[-1].casefold() for name in placed.split(" and ")} if placed else set()
        if (
            placed
            and any(_is_long_sentence(b) or b.words >= CUT_PARAGRAPH_WORDS for b in below)
            and _no_one_else_named({w.casefold() for w in placed.split()}, surnames, top[i - 1].text, below)
        ):
            cand.role = BYLINE
    _signature_at_end(kept, above_a_credit, stoplist)
    _dash_signatures(kept)
    _writers_card(kept)
    _writers_note_under_the_byline(kept)
    _about_the_author(cands)
    _section_dates(cands)
    _tables_of_contents([c for c in kept if not c.dropped])
    _lone_words_in_the_head([c for c in kept if not c.dropped])
    _alt_text_in_the_head(cands)
    _alt_text_between_paragraphs(kept)
    kept = [c for c in kept if not c.dropped]
    body = [c for c in kept if c.role is None]
    is_heading_shape = {id(c): r.headline_shaped(c.text) for c in body}
    paragraphs = [c for c in body if not is_heading_shape[id(c)]]
    if not paragraphs:
        for cand in body:
            cand.role = PARAGRAPH
        return
    paragraph_ids = {id(c) for c in paragraphs}
    counts: Counter[str] | None = None

    def _develops(cand: r.Candidate) -> bool:
        """DEVELOPED_BELOW or SENTENCE_CONNECTIVE (archive.rules): the article's own line, not another story's headline."""
        nonlocal counts
        if r.opens_with_connective(cand.text) or _in_a_wrapped_sentence(kept, order[id(cand)]):
            return True  # (WRAPPED_SENTENCE: the start of a sentence going on below, not a headline)
        below = kept[order[id(cand)] + 1] if order[id(cand)] + 1 < len(kept) else None
        if below is not None and hard_wrapped_page and not r.ends_sentence(cand.text) and r.ends_sentence(below.text):
            return True  # HARD_WRAPPED_PAGE: a sentence broken before a capitalised name, ended on the line below

        if below is None and cand is cands[-1] and _cut_in_sentence_case(cand):
            return True  # CUT_LAST_SENTENCE
        if below is None or id(below) not in paragraph_ids:
            return False
        counts = counts if counts is not None else r.paragraph_counts([c.text for c in paragraphs])
        return r.developed_below(cand.text, below.text, counts)

    first_paragraph = paragraphs[0]
    last_paragraph = paragraphs[-1]
    order = {id(c): i for i, c in enumerate(kept)}
    hard_wrapped_page = _hard_wrapped(kept)

    # The article's own words: its paragraphs, its title and whatever stands above its first paragraph.
    # Built only if a heading candidate needs it.
    vocabulary: frozenset[str] | None = None

    def own_words() -> frozenset[str]:
        nonlocal vocabulary
        if vocabulary is None:
            vocabulary = r.words_of(
                [
                    c.text
                    for c in kept
                    if c.role == TITLE or not is_heading_shape.get(id(c), False) or order[id(c)] < order[id(first_paragraph)]
                ]
            )
        return vocabulary

    # LIST_ITEMS: a run of short lines inside the article is its list ("ABC News", "The Daily Example", ...), not other
    # stories' headlines (those are longer, and come one at a time between paragraphs).
    list_items: set[int] = set()
    run: list[r.Candidate] = []
    for line in [*kept, None]:
        if line is not None and line.words <= LIST_ITEM_MAX_WORDS and not r.ends_sentence(line.text):
            run.append(line)
            continue
        if len(run) >= LIST_MIN_ITEMS:
            list_items.update(id(item) for item in run)
        run = []

    # LIKE_ITEMS: a run of lines of one shape up to their first number ("Jane Roe (HBR) – 30 PTS/5 REB", "John Doe (SMP) –
    # 24 PTS/8 AST") is the article's table or list, however long each line: other stories' headlines differ in shape
    shapes = {id(line): _shape(line.text) for line in kept}
    item_shapes = {id(line): _item_shape(shapes[id(line)]) for line in kept}
    run = []
    for line in [*kept, None]:
        shape = item_shapes[id(line)] if line is not None else None
        if line is not None and shape is not None and run and shape == item_shapes[id(run[0])]:
            run.append(line)
            continue
        if len(run) >= LIST_MIN_ITEMS:
            list_items.update(id(item) for item in run)
        run = [line] if line is not None and shape is not None else []
    # (HEADINGS_OF_ONE_SHAPE: two heading lines of one whole shape, numbers and marks in the same places, head the
    # article's sections: "Harbour 99-112 Sample City (SMP leads 1-0)", "Example Town 101-97 Bayside (EXT leads 1-0)")
    whole = {id(line): _whole_shape(shapes[id(line)]) for line in kept if is_heading_shape.get(id(line), False)}
    counted = Counter(whole.values())
    list_items.update(key for key, shape in whole.items() if shape and counted[shape] >= 2)

    # (TITLE_CASE_IS_ENGLISH below: a page is English when its list is English's and its paragraphs read so)
    english_prose = english and stopwords.reads_english([c.text for c in paragraphs])

    # (FOLLOWING_THEN_AN_ELLIPSIS: "The following roads are still closed due to river flooding …" announces its list as
    # a colon does)
    # LIST_AFTER_LEAD_IN: the lines under a line ending with a colon ("FULL LIST OF AWARDS:", "Best Actress:"), up to the
    # next sentence, are the list it announces, not other stories' headlines (a "Related:" label is dropped before)
    after_lead_in: set[int] = set()
    announced = False
    for line in kept:
        if announced and is_heading_shape.get(id(line), False):
            after_lead_in.add(id(line))
        elif line.text.rstrip().endswith((":", "：")) or FOLLOWING_THEN_AN_ELLIPSIS.search(line.text.rstrip()):
            announced = True
        elif line.words >= r.PROSE_MIN_WORDS and r.LIST_BELOW.search(line.text):
            announced = True  # (LIST_BELOW, archive.rules: "Read below for the full lineup, and ...")
        elif line.words >= r.MIN_LIST_LEAD_WORDS and r.HERE_ARE_THE_RESULTS.match(line.text):
            announced = True  # (HERE_ARE_THE_RESULTS, archive.rules: "Here are the ... election night results ...")
        elif r.ends_sentence(line.text):
            announced = False

    # SERIES_OF_SUB_HEADINGS: sub-headings of one shape, each over its own paragraphs ("Meeting with Kazakh President
    # Nazarbayev on Sept 1" / "Meeting with Serbian President Nikolic on Sept 2" / ...), head the article's sections;
    # other stories' headlines share no opening and stand in a run.
    series: set[int] = set()
    openings: dict[str, list[r.Candidate]] = {}
    for i, line in enumerate(kept[:-1]):
        if is_heading_shape.get(id(line), False) and not is_heading_shape.get(id(kept[i + 1]), False):
            openings.setdefault(" ".join(line.key.split()[:SERIES_OPENING_WORDS]), []).append(line)
    for same in openings.values():
        if len(same) >= MIN_SERIES_HEADINGS and len(same[0].key.split()) > SERIES_OPENING_WORDS:
            series.update(id(line) for line in same)

    # NUMBERED_SERIES: lines numbered one after the other ("1. Example Band, First Album" / "2. ...") are the article's
    # ranked list, however long each item (other stories' headlines carry no running number); (NUMBERED_SECTIONS: each
    # may head its paragraphs, "1) Example raises $225M" / a paragraph / "2) ...", up to NUMBERED_SECTION_REACH lines
    # from one number to the next)
    numbered = _numbered_list_items(kept, reach=NUMBERED_SECTION_REACH)
    # LABELLED_LINES_KEPT (archive.rules): "Minister of State for Health: Jane Roe" and two more such lines in a row are
    # the article's list of posts, title case as they are
    labelled = r.labelled_lines(kept)

    # The standfirst: the first paragraph, when the page prints it again in the body.
    if first_paragraph.notes.get("repeated"):
        first_paragraph.role = STANDFIRST

    for cand in body:
        if cand.role is not None:
            continue
        above_the_lead = order[id(cand)] < order[id(first_paragraph)]
        if (
            above_the_lead
            and not _wrapped_stop_word(kept, order[id(cand)], stoplist)
            and _label_above_the_lead(kept, order[id(cand)])
        ):
            cand.rule = r.SECTION_LABEL
            continue
        if not is_heading_shape[id(cand)] or order[id(cand)] < order[id(first_paragraph)]:
            cand.role = PARAGRAPH  # above the first paragraph, a short line is a kicker or second title line: keep it
            continue
        followed = order[id(cand)] < order[id(last_paragraph)]
        # A results line ("Goals: 13. Example, 58. Sample"), a round's heading above results (RESULTS_ROUND_HEADING) and a
        # label with its value ("Presenter: Jane Example", "Pollen: Low") are the article's own. (A list item's bullet
        # would say so too, but the cleaned text has lost it: cleaning it again would not give the same answer.)
        # (RESULTS_IN_THE_TEXT: a match's result, "West Ham 1-3 Crystal Palace", in a round-up's list of the day's
        # results: no other story's headline prints a score between two names and nothing else)
        own = (
            r.mostly_numbers(cand.text)
            or r.COUNTED_ROW.match(cand.text) is not None
            or r.score_line(cand.text)
            or r.match_result(cand.text)
            or _heads_results(kept, order[id(cand)])
            or r.label_and_value(cand.text)
            or (followed and id(cand) in list_items)
            or id(cand) in after_lead_in
            or id(cand) in series
            or id(cand) in numbered  # NUMBERED_SERIES: "1. ..." / "2. ..." / "3. ...", a ranked list the text gives
            or id(cand) in labelled
        )
        # TITLE_CASE_IS_ENGLISH: other stories' headlines are told by their title case, an English convention; German
        # capitalises every noun and French a name, so a sub-heading there looks title-cased and stays
        # (CAPITALS_ARE_A_SUB_HEADING: a line in capitals, "UNKNOWN MORTAL ORCHESTRA", heads the article's section; other
        # stories' headlines are written in title case)
        if cand.forced or own or not english_prose or not r.is_title_case(cand.text) or cand.text.isupper():
            cand.role = HEADING if followed else PARAGRAPH
            continue
        stems = r.content_stems(cand.text)
        words = own_words()
        novel = {word_stem for word_stem in stems if not r.uses_stem(word_stem, words)}
        shared = 1 - len(novel) / len(stems) if stems else 1.0
        if shared < r.HEADING_SHARED_MIN and len(novel) >= r.HEADING_NOVEL_MIN and not _develops(cand):
            cand.rule = r.RELATED_HEADLINE  # another story's headline: few of its words are this article's
        else:
            cand.role = HEADING if followed else PARAGRAPH
    _siblings_share_their_fate(body, paragraphs, frozenset(numbers))
    _sibling_sub_headings(body, stoplist)
    _bulleted_siblings(body)


# LIST_SIBLINGS: on a page setting its paragraphs apart with blank lines (most have one above them), lines printed one
# under another with no blank line between, MIN_SIBLING_RUN or more of them, are one list: items of the article's own
# list ("JANE ROE, 85, harbour pilot (Jan. 27)" / "JOHN ROE, 70, ferryman (Jan. 29)") share its fate, so when most of
# the run stays as the article's, the few items taken for other stories' headlines (by their title case alone) stay too.
# A run mostly of other stories' headlines goes whole, as it did; a page of packed lines tells no list by its spacing.
MIN_SIBLING_RUN = 4


def _siblings_share_their_fate(body: list[r.Candidate], paragraphs: list[r.Candidate], numbers: frozenset[int]) -> None:
    if 2 * sum(1 for p in paragraphs if p.number - 1 not in numbers) < len(paragraphs):
        return
    runs: list[list[r.Candidate]] = []
    for cand in body:
        if runs and cand.number == runs[-1][-1].number + 1:
            runs[-1].append(cand)
        else:
            runs.append([cand])
    for run in runs:
        related = [c for c in run if c.rule == r.RELATED_HEADLINE]
        if len(run) >= MIN_SIBLING_RUN and related and 2 * len(related) < len(run):
            for cand in related:
                cand.rule, cand.role = None, PARAGRAPH


# BULLETED_SIBLING: a bulleted line taken for another story's headline, on a page where MIN_BULLETED_SIBLINGS other
# lines opening with the same bullet stay the article's sub-headings ("- U.S. News Releases 2024 Best Colleges
# Rankings" over its paragraph), is one more of them: a release's list of items, each with its bullet.
MIN_BULLETED_SIBLINGS = 2


def _bulleted_siblings(body: list[r.Candidate]) -> None:
    marks = collections.Counter(c.raw.lstrip()[:1] for c in body if c.bullet and not c.dropped and c.role == HEADING)
    last = max((c.number for c in body if not c.dropped), default=0)
    for cand in body:
        if cand.bullet and cand.rule == r.RELATED_HEADLINE and marks[cand.raw.lstrip()[:1]] >= MIN_BULLETED_SIBLINGS:
            cand.rule, cand.role = None, HEADING if cand.number < last else PARAGRAPH


# SIBLING_SUB_HEADING: a line taken for another story's headline by its title case ("Preparation and Safety Measures"),
# standing between two of the article's paragraphs, on a page where another such line between paragraphs stays the
# article's sub-heading ("Impact on Infrastructure and Emergency Responses"), is one more of its sub-headings: the
# article is written in sections, and the line uses one of its words. Another story's headline between paragraphs has
# no sibling heading there, or no word of the article's.
SHARED_WORD_HEAD = 5  # (a word's first letters: "prepar" in "Preparation" and "preparing")
MIN_SHARED_WORD_LETTERS = 4


def _sibling_sub_headings(body: list[r.Candidate], small: frozenset[str]) -> None:
    """SIBLING_SUB_HEADING (above); small: the page's stop words, read once for the page model."""
    lines = [cand for cand in body if not cand.dropped or cand.rule == r.RELATED_HEADLINE]

    def paragraph(cand: r.Candidate) -> bool:
        return not cand.dropped and cand.role == PARAGRAPH and cand.words > r.LONG_SENTENCE_WORDS

    between = [
        cand
        for above, cand, below in zip(lines, lines[1:], lines[2:], strict=False)
        if paragraph(above) and paragraph(below) and r.ends_sentence(above.text) and cand.words <= r.MAX_SUBHEADING_WORDS
    ]
    if not any(cand.role == HEADING and not cand.dropped for cand in between):
        return
    texts = [cand.text for cand in lines if paragraph(cand)]
    article_words = sorted({word for word in stopwords.words(" ".join(texts)) if word not in small})
    for cand in between:
        # (a word of the article's in it, by its head: "Preparation and Safety Measures" over advice on "preparing",
        # "Stop" over "stopped"; another story's headline, "Volcano Eruption Grounds Flights Across Pacific Islands",
        # shares none)
        own = [w for w in stopwords.words(cand.text) if w not in small and len(w) >= MIN_SHARED_WORD_LETTERS]
        if cand.rule == r.RELATED_HEADLINE and any(_has_word_with_head(article_words, w[:SHARED_WORD_HEAD]) for w in own):
            cand.rule, cand.role = None, HEADING


def _has_word_with_head(words: list[str], head: str) -> bool:
    """Whether a word of the sorted list opens with the head."""
    at = bisect.bisect_left(words, head)
    return at < len(words) and words[at].startswith(head)


def clean(raw: RawArticle, keep: Iterable[str] = (), drop: Iterable[str] = ()) -> CleanArticle:
    cands = _candidates(raw)
    _apply_line_rules(cands)
    _apply_overrides(cands, keep, drop)
    _apply_context_rules(cands)
    _assign_roles(cands)
    lines = []
    dropped = []
    for cand in cands:
        if cand.dropped:
            dropped.append(Dropped(cand.number, cand.rule or "", cand.text or cand.raw))
        else:
            lines.append(Line(cand.number, cand.role or PARAGRAPH, cand.text))
    return CleanArticle(raw, tuple(lines), tuple(dropped))
