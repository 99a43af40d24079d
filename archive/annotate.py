"""Annotations: anchor each quote in the clean text, and render its note to safe HTML.

Annotations anchor on the text (quote, with prefix/suffix to choose between repeats, as in the W3C
TextQuoteSelector), never on offsets, so they survive changes in the cleaning. One that no longer
anchors is an error, never silently dropped.
"""

from __future__ import annotations

import dataclasses
import difflib
import re

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


def note_markup(a: Annotation) -> Markup:
    """The note's HTML for a template, the one value templates print unescaped: a.note_html is what
    render_note's allow-list sanitizer returned (anchor() sets it, and nothing else does)."""
    return Markup(a.note_html)


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
    windows: list[str] = []
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


def anchor(annotations: tuple[Annotation, ...], clean: CleanArticle, path: str, problems: Problems) -> tuple[Annotation, ...]:
    """Annotations with their start offset and rendered note; those that don't anchor are reported.

    Notes are checked when the sidecar is read (note_problems); here they are only rendered, and the
    sanitizer removes whatever a check could have missed.
    """
    text, spans = clean_text(clean)
    out = []
    for a in annotations:
        starts = _occurrences(text, a.quote)
        # A quote must lie within one line of the text (it is highlighted inside one paragraph).
        starts = [s for s in starts if any(lo <= s and s + len(a.quote) <= hi for _, lo, hi in spans)]
        if a.prefix:
            starts = [s for s in starts if text[:s].rstrip().endswith(a.prefix.rstrip())]
        if a.suffix:
            starts = [s for s in starts if text[s + len(a.quote) :].lstrip().startswith(a.suffix.lstrip())]
        if not starts:
            near = _nearest(text, a.quote)
            hint = f' (nearest passage: "{near}")' if near else ""
            what = f"annotation '{a.id}' quote not found in the article's clean text{hint}"
            if a.prefix or a.suffix:
                what = f"annotation '{a.id}' quote with its prefix/suffix not found in the article's clean text{hint}"
            problems.add(path, a.line, 1, what, "copy the passage exactly from the article page (a single paragraph)")
            continue
        if len(starts) > 1:
            problems.add(
                path,
                a.line,
                1,
                f"annotation '{a.id}' quote occurs {len(starts)} times in the article's text",
                "add a prefix or suffix (a few words just before or after it) that picks one",
            )
            continue
        out.append(dataclasses.replace(a, start=starts[0], note_html=render_note(a.note)))
    return tuple(sorted(out, key=lambda a: (a.start, a.id)))
