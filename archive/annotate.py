"""Annotations: anchor each quote in the clean text, and render its note to safe HTML.

Annotations anchor on the text (quote, with prefix/suffix to choose between repeats, as in the W3C
TextQuoteSelector), never on offsets, so they survive changes in the cleaning. One that no longer
anchors is an error, never silently dropped.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata

import markdown
import nh3

from .model import Annotation, CleanArticle, clean_text
from .problems import Problems

# What a note may render to: emphasis, links to http(s), lists, quotes, code. Everything else is
# removed by the allow-list sanitizer (nh3), whatever the Markdown or HTML that produced it.
NOTE_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "br"}
NOTE_ATTRIBUTES = {"a": {"href", "title"}}
NOTE_URL_SCHEMES = {"http", "https"}
# Raw HTML in a note is refused by the check (the sanitizer would strip it anyway).
RAW_HTML = re.compile(r"<\s*[A-Za-z!/?]")
# Code spans and fenced code may show HTML as text ("`<br>`"); Markdown escapes it there.
CODE = re.compile(r"(`+).+?\1|^ {0,3}(```|~~~).*?^ {0,3}\2", re.DOTALL | re.MULTILINE)
LINK_TARGET = re.compile(r"""(?:href|src)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
HTTP = re.compile(r"^https?://", re.IGNORECASE)


# One converter a process, reset between notes: building one costs more than converting a short note.
_MARKDOWN = markdown.Markdown(output_format="html")


def _to_html(note: str) -> str:
    return _MARKDOWN.reset().convert(note)


def render_note(note: str) -> str:
    html = _to_html(note)
    return nh3.clean(
        html,
        tags=NOTE_TAGS,
        attributes=NOTE_ATTRIBUTES,
        url_schemes=NOTE_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    ).strip()


def note_problems(note: str) -> list[tuple[str, str]]:
    """What is wrong with a note's Markdown, as (what, fix) pairs: links that are not http(s), raw HTML."""
    found = []
    for target in LINK_TARGET.findall(_to_html(note)):
        if not HTTP.match(target.strip()):
            found.append((f"note links to '{target[:60]}'", "notes may link only to http:// or https:// URLs"))
    if RAW_HTML.search(CODE.sub("", note)):
        found.append(
            ("note contains raw HTML", "write the note in Markdown (emphasis, links, lists, quotes, code); HTML is not allowed")
        )
    return found


def _nearest(text: str, quote: str) -> str:
    sentences = [s.strip() for s in re.split(r"(?<=[.!?”\"])\s+|\n+", text) if s.strip()]
    # Compare against windows of the quote's length too, so a short quote finds its phrase.
    n = max(1, len(quote.split()))
    windows = []
    for sentence in sentences:
        words = sentence.split()
        windows.extend(" ".join(words[i : i + n]) for i in range(0, max(1, len(words) - n + 1)))
    close = difflib.get_close_matches(quote, windows + sentences, n=1, cutoff=0.3)
    return close[0] if close else ""


def _occurrences(text: str, quote: str) -> list[int]:
    """Where quote occurs in text, without overlaps (str.find: no regex to compile for each quote)."""
    starts: list[int] = []
    i = text.find(quote) if quote else -1
    while i != -1:
        starts.append(i)
        i = text.find(quote, i + len(quote))
    return starts


# Folding: what a reader's copy changes. Chromium copies a no-break space as a space, and editors turn
# straight quotes curly (or back); a quote, prefix or suffix that differs from the text only in these is the
# same passage. Each folded character stands for one character of the text, except that a run of
# whitespace folds to one space (so the anchor can always be mapped back to the exact text).
FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),  # single quotes, primes, accents
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),  # double quotes, guillemets
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),  # hyphens, dashes, minus
    }
)
# Whitespace, listed (no-break, thin and ideographic spaces too) so that the browser's port uses the same set.
WHITESPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
WHITESPACE_CHARS = "".join(
    chr(c) for c in (9, 10, 11, 12, 13, 32, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
)
WHITESPACE_RUN = re.compile(f"[{WHITESPACE}]+")


def fold(text: str) -> tuple[str, list[int]]:
    """text with quote marks, dashes and whitespace runs folded, and for each folded character its offset in text."""
    translated = text.translate(FOLD_TABLE)
    parts: list[str] = []
    where: list[int] = []
    last = 0
    for m in WHITESPACE_RUN.finditer(translated):
        parts.append(translated[last : m.start()])
        where.extend(range(last, m.start()))
        parts.append(" ")
        where.append(m.start())
        last = m.end()
    parts.append(translated[last:])
    where.extend(range(last, len(translated)))
    return "".join(parts), where


def fold_only(text: str) -> str:
    return WHITESPACE_RUN.sub(" ", text.translate(FOLD_TABLE))


def find_quote(text: str, spans, quote: str, prefix: str = "", suffix: str = "") -> list[tuple[int, int]]:
    """(start, end) in text of each place quote anchors, with its prefix and suffix, within one line.

    Exact matches first (as written); if there are none, the same search on the folded text and quote. The
    browser's "Annotate" tool (docs/assets/archive.js, anchorQuote) is a port of this function: keep them equal.
    """

    def within_a_line(start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for _, lo, hi in spans)

    found = [(s, s + len(quote)) for s in _occurrences(text, quote)]
    found = [(s, e) for s, e in found if within_a_line(s, e)]
    if prefix:
        found = [(s, e) for s, e in found if text[:s].rstrip(WHITESPACE_CHARS).endswith(prefix.rstrip(WHITESPACE_CHARS))]
    if suffix:
        found = [(s, e) for s, e in found if text[e:].lstrip(WHITESPACE_CHARS).startswith(suffix.lstrip(WHITESPACE_CHARS))]
    if found:
        return found
    folded, where = fold(text)
    folded_quote = fold_only(quote).strip(WHITESPACE_CHARS)
    folded_prefix, folded_suffix = fold_only(prefix).strip(WHITESPACE_CHARS), fold_only(suffix).strip(WHITESPACE_CHARS)
    out = []
    for f in _occurrences(folded, folded_quote):
        f_end = f + len(folded_quote)
        start, end = where[f], where[f_end - 1] + 1
        if not within_a_line(start, end):
            continue
        if folded_prefix and not folded[:f].rstrip(WHITESPACE_CHARS).endswith(folded_prefix):
            continue
        if folded_suffix and not folded[f_end:].lstrip(WHITESPACE_CHARS).startswith(folded_suffix):
            continue
        out.append((start, end))
    return out


def _first_difference(text: str, quote: str) -> str:
    """Where a quote stops matching the text (after folding): '; first difference at character N ...'.

    The longest start of the quote found anywhere in the text is where the reader's copy went wrong; a binary
    search over its length (a start that occurs means every shorter start occurs too)."""
    folded_text, where = fold(text)
    folded_quote, quote_where = fold(quote.strip())
    lo, hi = 0, len(folded_quote)  # folded_quote[:lo] occurs; folded_quote[:hi + 1] may not
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if folded_quote[:mid] in folded_text:
            lo = mid
        else:
            hi = mid - 1
    if lo >= len(folded_quote):
        return ""
    at = folded_text.find(folded_quote[:lo]) + lo if lo else -1
    has = _describe(quote.strip()[quote_where[lo]])
    other = _describe(text[where[at]] if 0 <= at < len(where) else "")
    return f"; first difference at character {quote_where[lo] + 1} of the quote: {has} where the text has {other}"


def _describe(char: str) -> str:
    if not char:
        return "nothing more"
    if " " < char <= "~":
        return f"'{char}'"
    name = unicodedata.name(char, "unnamed character")
    return f"'{char}' (U+{ord(char):04X} {name})" if char.isprintable() and not char.isspace() else f"U+{ord(char):04X} {name}"


def anchor(annotations: tuple[Annotation, ...], clean: CleanArticle, path: str, problems: Problems) -> tuple[Annotation, ...]:
    """Annotations with their start offset and rendered note; those that don't anchor are reported.

    A quote that matches only once quote marks, dashes and spaces are folded is anchored on the text's own
    characters (the anchor records the exact text). Two annotations may not overlap: the one later in the
    sidecar is refused with one line. Notes are checked when the sidecar is read (note_problems); here they
    are only rendered, and the sanitizer removes whatever a check could have missed.
    """
    text, spans = clean_text(clean)
    out: list[Annotation] = []
    for a in annotations:
        found = find_quote(text, spans, a.quote, a.prefix, a.suffix)
        if not found:
            near = _nearest(text, a.quote)
            hint = f' (nearest passage: "{near}"{_first_difference(text, a.quote)})' if near else ""
            what = f"annotation '{a.id}' quote not found in the article's clean text{hint}"
            if a.prefix or a.suffix:
                what = f"annotation '{a.id}' quote with its prefix/suffix not found in the article's clean text{hint}"
            problems.add(path, a.line, 1, what, "copy the passage exactly from the article page (a single paragraph)")
            continue
        if len(found) > 1:
            problems.add(
                path,
                a.line,
                1,
                f"annotation '{a.id}' quote occurs {len(found)} times in the article's text",
                "add a prefix or suffix (a few words just before or after it) that picks one",
            )
            continue
        start, end = found[0]
        # Overlapping highlights would break each other: the later annotation in the file is refused.
        other = next((b for b in out if start < b.start + len(b.quote) and b.start < end), None)
        if other is not None:
            problems.add(
                path,
                a.line,
                1,
                f"annotation '{a.id}' quote overlaps the quote of annotation '{other.id}' (line {other.line})",
                "quote a passage that does not share words with another annotation's quote, or add to that annotation's note",
            )
            continue
        out.append(dataclasses.replace(a, quote=text[start:end], start=start, note_html=render_note(a.note)))
    return tuple(sorted(out, key=lambda a: (a.start, a.id)))
