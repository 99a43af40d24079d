"""Annotations: anchor each quote in the clean text, and render its note to safe HTML.

Annotations anchor on the text (quote, with prefix/suffix to choose between repeats, as in the W3C
TextQuoteSelector), never on offsets, so they survive changes in the cleaning. One that no longer
anchors is an error, never silently dropped.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import nh3
from markupsafe import Markup

from .model import Annotation, CleanArticle, clean_text
from .problems import Problems

# What a note may render to: emphasis, links to http(s), lists, quotes, code. Everything else is
# removed by the allow-list sanitizer (nh3), whatever the Markdown or HTML that produced it.
NOTE_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "br"}
NOTE_ATTRIBUTES = {"a": {"href", "title"}}
NOTE_URL_SCHEMES = {"http", "https"}
# Raw HTML in a note is refused by the check; the converter escapes it anyway (see _new_markdown), and the
# sanitizer would strip it.
RAW_HTML = re.compile(r"<\s*[A-Za-z!/?]")
# Code spans may show HTML as text ("`<br>`"); Markdown escapes it there. No fenced-code extension is enabled, so
# a ``` fence is not code to Python-Markdown and is not skipped here either (it was: raw HTML inside it rendered).
BACKTICKS = re.compile(r"`+")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Python-Markdown's link and reference handling is quadratic (worse with "![x](") in the number of '[': 5,000 of
# them, under the note length limit, took half a minute. A note with a few links has a handful.
MAX_NOTE_BRACKETS = 100


def _new_markdown() -> markdown.Markdown:
    """Python-Markdown without raw HTML: a block or inline tag in a note becomes text (escaped), never markup."""
    md = markdown.Markdown(output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


# One converter a process, reset between notes: building one costs more than converting a short note.
_MARKDOWN = _new_markdown()


@functools.lru_cache(maxsize=64)
def _to_html(note: str) -> str:
    """A note converted once: the check and the render of the same note share it."""
    return _MARKDOWN.reset().convert(note)


def note_markup(a: Annotation) -> Markup:
    """The note's HTML for a template, the one value templates print unescaped: a.note_html is what
    render_note's allow-list sanitizer returned (anchor() sets it, and nothing else does)."""
    return Markup(a.note_html)


def absolute_http(url: str) -> bool:
    """An absolute http(s) URL with a host: not relative, not protocol-relative ("//evil.example"), no other scheme."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in NOTE_URL_SCHEMES and bool(parts.hostname)


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """nh3's attribute filter: a link's href is kept only if it is an absolute http(s) URL."""
    if attribute in ("href", "src") and not absolute_http(value):
        return None
    return value


def render_note(note: str) -> str:
    if note.count("[") > MAX_NOTE_BRACKETS:  # refused by the check; never converted (see MAX_NOTE_BRACKETS)
        return ""
    return nh3.clean(
        _to_html(note),
        tags=NOTE_TAGS,
        attributes=NOTE_ATTRIBUTES,
        url_schemes=NOTE_URL_SCHEMES,
        attribute_filter=_keep_attribute,
        link_rel="nofollow noopener noreferrer",
    ).strip()


class _Links(HTMLParser):
    """Every href and src of an HTML fragment, quoted or not (the HTML parser reads attributes as browsers do)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.targets.extend(value or "" for name, value in attrs if name in ("href", "src"))


def link_targets(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser.targets


def without_code_spans(text: str) -> str:
    """The text without its Markdown code spans (a run of N backticks up to the next run of exactly N), in linear time.

    A regex such as (`+).+?\\1 was cubic on a line of backticks. A code span does not cross a blank line (a paragraph
    break), so each paragraph is taken on its own."""
    if BLANK_LINE.search(text):
        return "\n\n".join(without_code_spans(block) for block in BLANK_LINE.split(text))
    runs = [(m.start(), m.end()) for m in BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    out, pos, i = [], 0, 0
    while i < len(runs):
        start, end = runs[i]
        same = by_length[end - start]
        k = bisect.bisect_right(same, i)
        if k == len(same):  # no closing run: these backticks are text
            i += 1
            continue
        j = same[k]
        out.append(text[pos:start])
        pos, i = runs[j][1], j + 1
    out.append(text[pos:])
    return "".join(out)


def note_problems(note: str) -> list[tuple[str, str]]:
    """What is wrong with a note's Markdown, as (what, fix) pairs: links that are not absolute http(s) URLs (in the
    converted note and again in the sanitized one), raw HTML, too many '[' to convert in bounded time."""
    brackets = note.count("[")
    if brackets > MAX_NOTE_BRACKETS:
        return [
            (
                f"note has {brackets} '[' characters, more than {MAX_NOTE_BRACKETS}",
                "keep the note to a few links; write a literal bracket as \\[",
            )
        ]
    found = []
    seen = set()
    for target in [*link_targets(_to_html(note)), *link_targets(render_note(note))]:
        if not absolute_http(target) and target not in seen:
            seen.add(target)
            found.append((f"note links to '{target[:60]}'", "notes may link only to absolute http:// or https:// URLs"))
    if RAW_HTML.search(without_code_spans(note)):
        found.append(
            ("note contains raw HTML", "write the note in Markdown (emphasis, links, lists, quotes, code); HTML is not allowed")
        )
    return found


# The nearest-passage hint compares the quote's first NEAREST_WORDS words with at most NEAREST_WINDOWS passages:
# a 660-word quote once built windows of every length (30 s, 158 MB). A hint, so a bounded search is enough.
NEAREST_WORDS = 40
NEAREST_WINDOWS = 4000
# How far a prefix or suffix may stand from its quote (white space between them: a paragraph break).
AFFIX_GAP = 200


def _nearest(text: str, quote: str) -> str:
    sentences = [s.strip() for s in re.split(r"(?<=[.!?”\"])\s+|\n+", text) if s.strip()]
    # Compare against windows of the quote's length too, so a short quote finds its phrase.
    quote = " ".join(quote.split()[:NEAREST_WORDS])
    n = max(1, len(quote.split()))
    windows: list[str] = []
    for sentence in sentences:
        words = sentence.split()
        windows.extend(" ".join(words[i : i + n]) for i in range(0, max(1, len(words) - n + 1)))
        if len(windows) > NEAREST_WINDOWS:
            break
    candidates = [c[: 4 * len(quote) + 40] for c in windows[:NEAREST_WINDOWS] + sentences[:NEAREST_WINDOWS]]
    close = difflib.get_close_matches(quote, candidates, n=1, cutoff=0.3)
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

    # Work per annotation is linear in the text: one scan for the occurrences; for each, its line found by
    # bisection and a bounded look before and after it (no copy of the text before each occurrence: a quote "a"
    # with a prefix took minutes on a 400 KB article).
    line_starts = [lo for _, lo, _ in spans]

    def within_a_line(start: int, end: int) -> bool:
        i = bisect.bisect_right(line_starts, start) - 1
        return i >= 0 and spans[i][1] <= start and end <= spans[i][2]

    def before(t: str, s: int, affix: str) -> str:
        return t[max(0, s - len(affix) - AFFIX_GAP) : s]

    def after(t: str, e: int, affix: str) -> str:
        return t[e : e + len(affix) + AFFIX_GAP]

    found = [(s, s + len(quote)) for s in _occurrences(text, quote)]
    found = [(s, e) for s, e in found if within_a_line(s, e)]
    if prefix:
        p = prefix.rstrip(WHITESPACE_CHARS)
        found = [(s, e) for s, e in found if before(text, s, p).rstrip(WHITESPACE_CHARS).endswith(p)]
    if suffix:
        x = suffix.lstrip(WHITESPACE_CHARS)
        found = [(s, e) for s, e in found if after(text, e, x).lstrip(WHITESPACE_CHARS).startswith(x)]
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
        if folded_prefix and not before(folded, f, folded_prefix).rstrip(WHITESPACE_CHARS).endswith(folded_prefix):
            continue
        if folded_suffix and not after(folded, f_end, folded_suffix).lstrip(WHITESPACE_CHARS).startswith(folded_suffix):
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
