"""Metadata: what the clean text says (with the line that says it), then what a contributor wrote (with its basis).

Layered as in Pelican: unknown by default, then the text, then the sidecar. Nothing is guessed: a value
comes with the text or the basis that gave it, or it is unknown and listed for curation.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import sources
from .byline import parse_byline
from .dates import parse_date
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
    Field,
    Metadata,
    Provenance,
    unknown,
)
from .participation import meeting_in, surname_addressed, takes_part_in
from .registry import Registry
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


def _title(clean: CleanArticle) -> Field:
    line = clean.title
    if line is None:
        return unknown()
    return Field(line.text, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)))


def _date(clean: CleanArticle) -> Field:
    for line in clean.role(DATELINE):
        value = parse_date(line.text)
        if value is not None:
            extra = (("precision", value.precision), ("kind", "publication"))
            return Field(value.iso, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)), extra)
    return unknown()


def _author(clean: CleanArticle) -> Field:
    for line in clean.role(BYLINE):
        name = parse_byline(line.text)
        if name:
            return Field(name, Provenance(FROM_TEXT, line.text, line.number, _raw_file(clean)))
    return unknown()


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
    line = min((first[n][0] for n in names), default=None)
    return Field(
        tuple(names), Provenance(FROM_TEXT, evidence or "no registry name in the article's text", line, _raw_file(clean))
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


def _leaders(clean: CleanArticle, registry: Registry) -> Field:
    """Leaders taking part (see LEADER_MIN_BODY_LINES). HEADLINE_OTHERS_MEET: a title reporting a meeting in which a
    leader it names does not act ("Wang Yi meets Lavrov ahead of Xi visit") does not make that leader prominent."""
    matcher = registry.matcher("leaders")
    lines: Counter[str] = Counter()
    prominent: set[str] = set()
    acting: dict[str, str] = {}
    first: dict[str, tuple[int, str]] = {}
    paragraphs = 0
    text_lines = [line for line in clean.lines if line.role in (TITLE, STANDFIRST, HEADING, PARAGRAPH)]
    for line in text_lines:
        paragraphs += line.role == PARAGRAPH
        in_lede = line.role in (TITLE, STANDFIRST) or (line.role == PARAGRAPH and paragraphs <= LEDE_PARAGRAPHS)
        mentions = matcher.find(line.text)
        acts = {}
        for mention in mentions:
            rule = takes_part_in(line.text, mention.start, mention.start + len(mention.form))
            if rule:
                acts.setdefault(mention.name, rule)
                acting.setdefault(mention.name, f"{rule}, line {line.number}: {_snippet(line.text, mention.start)}")
        others_meet = line.role == TITLE and meeting_in(line.text)
        for mention in mentions:
            lines[mention.name] += mention.name not in {m.name for m in mentions[: mentions.index(mention)]}
            if in_lede and not (others_meet and mention.name not in acts):
                prominent.add(mention.name)
            first.setdefault(mention.name, (line.number, _snippet(line.text, mention.start)))
    surnames = _surnames(set(first), registry)
    for line in text_lines:
        for name, start, rule in surname_addressed(line.text, surnames):
            acting.setdefault(name, f"{rule}, line {line.number}: {_snippet(line.text, start)}")
    names = sorted(n for n in first if n in acting or n in prominent or lines[n] >= LEADER_MIN_BODY_LINES)
    evidence = "; ".join(
        f"{n}: named in {lines[n]} line(s), first line {first[n][0]}: {first[n][1]}" + (f"; {acting[n]}" if n in acting else "")
        for n in names
    )
    line_no = min((first[n][0] for n in names), default=None)
    return Field(
        tuple(names), Provenance(FROM_TEXT, evidence or "no registry name in the article's text", line_no, _raw_file(clean))
    )


def from_text(clean: CleanArticle, registry: Registry) -> Metadata:
    return Metadata(
        title=_title(clean),
        date=_date(clean),
        outlet=_outlet(clean, registry),
        author=_author(clean),
        url=unknown(),
        leaders=_leaders(clean, registry),
        agreements=_entities(clean, registry, "agreements", 1),
        wire=_wire(clean, registry),
    )


def merge(text: Metadata, sidecar: Sidecar, registry: Registry) -> Metadata:
    """A contributor's correction replaces what the text gave; names are made canonical."""
    values = dict(text.fields())
    for c in sidecar.corrections:
        value = c.value
        if c.field in ("leaders", "agreements"):
            value = tuple(sorted({registry.canonical(c.field, v) or v for v in value}))
        extra = (("precision", c.precision), ("kind", c.kind)) if c.field == "date" else ()
        values[c.field] = Field(value, Provenance(FROM_CONTRIBUTOR, c.basis, c.line, f"seeds/{Path(sidecar.path).name}"), extra)
    return Metadata(**values)


def needs_curation(metadata: Metadata) -> tuple[str, ...]:
    # The wire source is unknown on most pages that are no reprint: nothing to curate.
    return tuple(name for name, f in metadata.fields() if not f.known and name not in ("url", "wire"))
