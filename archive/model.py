"""The data that flows through the pipeline, one frozen dataclass per stage.

raw file -> RawArticle -> CleanArticle -> Metadata (+ Sidecar) -> Page
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

# The heading of an article whose title is unknown.
UNTITLED = "Untitled article"


class Source(NamedTuple):
    """A raw article found in seeds/, and its sidecar if it has one."""

    raw_path: Path
    sidecar_path: Path | None
    shown: str  # the raw file's path as messages show it


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A raw article as read from seeds/: decoded, NFC-normalised, split on \\n only."""

    path: str  # as given to the user in messages, e.g. "seeds/000_x.txt"
    name: str  # file name, e.g. "000_x.txt"
    stem: str  # file name without ".txt"
    sha256: str  # of the raw bytes on disk
    lines: tuple[str, ...]  # line i (0-based) is line i+1 of the file


# Roles a kept line can have in the clean article.
TITLE = "title"
STANDFIRST = "standfirst"
BYLINE = "byline"
DATELINE = "dateline"
HEADING = "heading"
PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Line:
    """One kept line of the raw article with the role the cleaning gave it."""

    number: int  # 1-based line number in the raw file
    role: str  # one of TITLE, STANDFIRST, BYLINE, DATELINE, HEADING, PARAGRAPH
    text: str  # the raw line, stripped of surrounding white space and list bullets


@dataclass(frozen=True, slots=True)
class Dropped:
    """One line the cleaning dropped, and the named rule that dropped it."""

    number: int  # 1-based line number in the raw file
    rule: str  # a rule name from archive.rules, or "sidecar" for a contributor's decision
    text: str


@dataclass(frozen=True, slots=True)
class CleanArticle:
    raw: RawArticle
    lines: tuple[Line, ...]  # kept lines in raw order
    dropped: tuple[Dropped, ...]  # dropped non-blank lines in raw order

    def role(self, role: str) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.role == role)

    @property
    def title(self) -> Line | None:
        # The first match, not every line of the role: callers ask often, and the title stands near the top.
        return next((line for line in self.lines if line.role == TITLE), None)

    @property
    def body(self) -> tuple[Line, ...]:
        """Standfirst, headings and paragraphs: the text a reader reads, in order."""
        return tuple(line for line in self.lines if line.role in (STANDFIRST, HEADING, PARAGRAPH))


# Where a metadata value came from.
FROM_TEXT = "text"
FROM_CONTRIBUTOR = "contributor"
UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Provenance:
    source: str  # FROM_TEXT, FROM_CONTRIBUTOR or UNKNOWN
    evidence: str = ""  # the text that gave the value, or the contributor's basis
    line: int | None = None  # raw line number (text) or sidecar line (contributor)
    file: str = ""  # the file that gave it

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source}
        if self.evidence:
            out["evidence"] = self.evidence
        if self.file:
            out["file"] = self.file
        if self.line is not None:
            out["line"] = self.line
        return out


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata value with its provenance. value is None when unknown."""

    value: Any
    provenance: Provenance
    extra: tuple[tuple[str, str], ...] = ()  # e.g. date precision and kind

    @property
    def known(self) -> bool:
        return self.value is not None

    def get(self, key: str, default: str = "") -> str:
        return dict(self.extra).get(key, default)


def unknown() -> Field:
    return Field(None, Provenance(UNKNOWN))


@dataclass(frozen=True, slots=True)
class DateValue:
    iso: str  # "2017-07-05", "2017-07" or "2017"
    precision: str  # "day", "month" or "year"


@dataclass(frozen=True, slots=True)
class Metadata:
    title: Field
    date: Field  # value is an ISO string; extra has precision and kind
    outlet: Field
    author: Field
    url: Field
    leaders: Field  # value is a tuple of canonical names ("none found" is ())
    agreements: Field  # value is a tuple of canonical names
    # The wire or original source the copy came from ("Reuters", "TASS"), beside the outlet that published the page.
    wire: Field = field(default_factory=unknown)

    FIELDS = ("title", "date", "outlet", "author", "url", "leaders", "agreements", "wire")

    def fields(self) -> list[tuple[str, Field]]:
        return [(name, getattr(self, name)) for name in self.FIELDS]


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    quote: str
    prefix: str
    suffix: str
    note: str  # Markdown as written by the contributor
    kind: str
    author: str
    created: str
    sources: tuple[str, ...]
    line: int  # line of the annotation in the sidecar
    start: int = -1  # code-point offset of the quote in the clean text, once anchored
    note_html: str = ""  # sanitized HTML, once rendered
    verdict: str = ""  # a fact-check's verdict (archive.cite.VERDICT_CHOICES), "" when none is given


@dataclass(frozen=True, slots=True)
class Page:
    """Everything needed to write one article's page and its dataset entry."""

    slug: str
    clean: CleanArticle
    metadata: Metadata
    annotations: tuple[Annotation, ...]
    word_count: int
    slug_pinned: bool = False
    needs_curation: tuple[str, ...] = field(default=())
    snapshot: str = ""  # an archived copy of the original URL, from the sidecar (Robust Links)

    @property
    def text(self) -> str:
        """The clean text published as data/text/<slug>.txt: derived, not stored (it would double the cache)."""
        return clean_text(self.clean)[0]

    @property
    def heading(self) -> str:
        """What the page is called: its title, or, when the title is unknown, a plain "Untitled article" with the outlet
        and date if known (never the raw file's name, which is no headline: issue 17)."""
        m = self.metadata
        if m.title.known:
            return m.title.value
        outlet = f" from {m.outlet.value}" if m.outlet.known else ""
        date = f", {m.date.value}" if m.date.known else ""
        return f"{UNTITLED}{outlet}{date}"

    @property
    def lead(self) -> str:
        """The first standfirst or paragraph: descriptions and teasers."""
        return next((line.text for line in self.clean.lines if line.role in (STANDFIRST, PARAGRAPH)), "")

    def entry(self) -> Entry:
        m = self.metadata
        return Entry(
            slug=self.slug,
            title=self.heading,
            date=m.date.value,
            date_precision=m.date.get("precision"),
            outlet=m.outlet.value,
            leaders=m.leaders.value,
            agreements=m.agreements.value,
            annotations=len(self.annotations),
            lead=self.lead,
        )


class Entry(NamedTuple):
    """What index pages, listings and neighbour links show of an article: small, so that an archive of
    10,000 articles lists them without holding every page in memory. A named tuple, not a dataclass: the
    build reads 10,000 of them from its cache every time, and tuples load three times faster."""

    slug: str
    title: str  # the title, or the raw file's name while the title is unknown
    date: str | None  # ISO date, None when unknown
    date_precision: str
    outlet: str | None
    leaders: tuple[str, ...] | None  # None when unknown, () when none found
    agreements: tuple[str, ...] | None
    annotations: int  # how many
    lead: str  # the first standfirst or paragraph: teasers and descriptions


TEXT_ROLES = (TITLE, STANDFIRST, HEADING, PARAGRAPH)


def clean_text(clean: CleanArticle) -> tuple[str, list[tuple[int, int, int]]]:
    """The article's clean text (title, standfirst, headings, paragraphs, blank line between) and, per line,
    (raw line number, start, end) code-point offsets in it."""
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    pos = 0
    for line in clean.lines:
        if line.role not in TEXT_ROLES:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(line.text)
        spans.append((line.number, pos, pos + len(line.text)))
        pos += len(line.text)
    return "".join(parts) + "\n", spans


class Fragment(NamedTuple):
    """An article's part of the dataset files, serialised once when its page is rendered, and kept between builds.

    FRAGMENTS_PACKED: the parts are held zlib-compressed (fastest level), in memory and in the cache: the build
    keeps every article's part until the dataset files are written, about 5 KB of JSON an article (50 MB at
    10,000, the largest thing the main process holds; a third of that packed). Read them through the properties."""

    slug: str
    base_url: str
    packed_record: bytes  # its archive.json record
    packed_items: tuple[bytes, ...]  # its annotations.jsonld items, each packed alone
    packed_row: bytes  # its row of archive.csv / archive.jsonl (export.table_row)
    packed_notes: bytes  # its annotations for the annotations feed, as JSON

    @classmethod
    def pack(cls, slug: str, base_url: str, record: bytes, items: tuple[bytes, ...], row: bytes, notes: bytes) -> Fragment:
        return cls(slug, base_url, _pack(record), tuple(map(_pack, items)), _pack(row), _pack(notes))

    @property
    def record(self) -> bytes:
        return zlib.decompress(self.packed_record)

    @property
    def items(self) -> list[bytes]:
        return [zlib.decompress(item) for item in self.packed_items]

    @property
    def row(self) -> bytes:
        return zlib.decompress(self.packed_row)

    @property
    def notes(self) -> bytes:
        return zlib.decompress(self.packed_notes)


def _pack(data: bytes) -> bytes:
    return zlib.compress(data, 1)
