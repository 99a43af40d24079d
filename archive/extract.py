"""Metadata: what the clean text says (with the line that says it), then what a contributor wrote (with its basis).

Layered as in Pelican: unknown by default, then the text, then the sidecar. Nothing is guessed: a value
comes with the text or the basis that gave it, or it is unknown and listed for curation.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from . import rules
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
from .registry import Registry
from .sidecar import Sidecar

# A leader counts as taking part in the article when named in the title, the standfirst or the lede (the
# first paragraphs, where news reports say who met whom), or at least this many times in the body; a
# single mention further down ("he looks forward to meeting X again") is in passing and does not count.
LEADER_MIN_BODY_MENTIONS = 2
LEDE_PARAGRAPHS = 1

# A copyright line names the page's owner: "© 2024 VCPOST, All rights reserved." -> "VCPOST".
# Linear on any line: what comes before the holder is taken once ((?>...)), and the holder ends on a visible character,
# so a long run of spaces is not scanned again from each of its positions.
COPYRIGHT_HOLDER = re.compile(
    r"^(?>(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?)"
    r"(?P<holder>[^,.|;]*?[^\s,.|;])\s*(?:[,.|;]|all rights|$)",
    re.IGNORECASE,
)


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
    for dropped in clean.dropped:
        if dropped.rule != rules.COPYRIGHT_FOOTER:
            continue
        m = COPYRIGHT_HOLDER.match(dropped.text.strip())
        if not m or not m.group("holder").strip():
            continue
        holder = m.group("holder").strip()
        name = registry.canonical("outlets", holder) or holder
        return Field(name, Provenance(FROM_TEXT, dropped.text, dropped.number, _raw_file(clean)))
    return unknown()


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


def from_text(clean: CleanArticle, registry: Registry) -> Metadata:
    return Metadata(
        title=_title(clean),
        date=_date(clean),
        outlet=_outlet(clean, registry),
        author=_author(clean),
        url=unknown(),
        leaders=_entities(clean, registry, "leaders", LEADER_MIN_BODY_MENTIONS),
        agreements=_entities(clean, registry, "agreements", 1),
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
    return tuple(name for name, f in metadata.fields() if not f.known and name != "url")
