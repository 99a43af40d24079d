"""The sidecar file a contributor edits beside each raw article: seeds/<name>.yml.

slug: 2017-07-05-russias-putin-and-chinas-xi-discuss   # pins the page's URL
metadata:                                              # corrections, each with a basis
  outlet: {value: teleSUR English, basis: "..."}
  date: {value: "2016-06-25", kind: event, basis: "..."}
cleaning:                                              # overrule the cleaning for this article
  keep: [{text: "Trade war", reason: "..."}]
  drop: [{text: "...", reason: "..."}]
annotations: [...]                                     # see docs/how-to-annotate.md
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import schema as s
from .annotate import note_problems
from .model import Annotation
from .problems import Problems
from .strictyaml import MAX_SIDECAR_BYTES, YamlError, load

# Not a name Windows reserves (con, aux, com1...): the page would be unreadable in a Windows checkout.
SLUG = re.compile(r"(?!(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$)[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG = 80
ANNOTATION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

# The kinds of annotation, documented on the "How to annotate" page.
ANNOTATION_KINDS = ("context", "fact-check", "correction", "translation", "source", "dating")
FACT_CHECK = "fact-check"
# A fact-check's verdict on the quoted claim (optional; only a fact-check has one). Kept in step with archive.cite,
# which turns it into a ClaimReview's rating.
VERDICTS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven")
DATE_KINDS = ("publication", "event")
DATE_PRECISIONS = ("day", "month", "year")


def _basis_field(value_schema) -> s.Mapping:
    return s.Mapping({"value": value_schema, "basis": s.Text(hint="a sentence a reader can check")}, required=("value", "basis"))


NAME = s.Text(hint="a name", max_length=300, label=True)
URL = s.Text(pattern=s.HTTP_URL, hint="an http(s) URL", max_length=2000)

ANNOTATION_SCHEMA = s.Mapping(
    {
        "id": s.Text(pattern=ANNOTATION_ID, hint="an id of lower-case letters, digits and hyphens"),
        "quote": s.Text(hint="the exact passage of the article's text", max_length=2000),
        "prefix": s.Text(hint="a few words before the quote", max_length=300),
        "suffix": s.Text(hint="a few words after the quote", max_length=300),
        "note": s.Text(hint="Markdown text", max_length=5000),
        "kind": s.Text(choices=ANNOTATION_KINDS, hint="an annotation kind", label=True),
        "author": NAME,
        "created": s.Text(pattern=re.compile(r"^\d{4}-\d{2}-\d{2}$"), hint="a date written YYYY-MM-DD", calendar=True),
        "sources": s.ListOf(URL, hint="a list of http(s) URLs"),
        "verdict": s.Text(choices=VERDICTS, hint="a verdict"),
    },
    required=("id", "quote", "note", "kind", "author", "created", "sources"),
)

OVERRIDE_SCHEMA = s.Mapping(
    {"text": s.Text(hint="the exact text of a raw line"), "reason": s.Text()}, required=("text", "reason")
)

SIDECAR_SCHEMA = s.Mapping(
    {
        "slug": s.Text(pattern=SLUG, hint="lower-case words joined by hyphens", max_length=MAX_SLUG),
        "metadata": s.Mapping(
            {
                "title": _basis_field(s.Text(hint="a title", max_length=500)),
                "date": s.Mapping(
                    {
                        "value": s.Text(pattern=s.ISO_DATE, hint="an ISO date: YYYY-MM-DD, YYYY-MM or YYYY", calendar=True),
                        "kind": s.Text(choices=DATE_KINDS, hint="a date kind"),
                        "basis": s.Text(hint="a sentence a reader can check"),
                    },
                    required=("value", "kind", "basis"),
                ),
                "outlet": _basis_field(NAME),
                "author": _basis_field(NAME),
                "url": _basis_field(URL),
                "leaders": _basis_field(s.TextOrList(NAME)),
                "agreements": _basis_field(s.TextOrList(NAME)),
                # The wire or original source of a reprint ("Reuters"), when the text does not say it.
                "wire": _basis_field(NAME),
            }
        ),
        # An archived copy of the original article (Robust Links' data-versionurl), e.g. a Wayback Machine capture.
        "snapshot": s.Mapping({"url": URL, "basis": s.Text(hint="a sentence a reader can check")}, required=("url", "basis")),
        "cleaning": s.Mapping({"keep": s.ListOf(OVERRIDE_SCHEMA), "drop": s.ListOf(OVERRIDE_SCHEMA)}),
        "annotations": s.ListOf(ANNOTATION_SCHEMA, hint="a list of annotations"),
    }
)


@dataclass(frozen=True)
class Correction:
    field: str
    value: object  # str, or tuple of names for leaders/agreements
    basis: str
    line: int
    kind: str = ""  # date only
    precision: str = ""  # date only


@dataclass(frozen=True)
class Override:
    text: str
    reason: str
    line: int


@dataclass(frozen=True)
class Sidecar:
    path: str
    slug: str
    slug_line: int
    corrections: tuple[Correction, ...]
    keep: tuple[Override, ...]
    drop: tuple[Override, ...]
    annotations: tuple[Annotation, ...]
    name_lines: tuple[tuple[str, str, int, int], ...] = ()  # (field, name, line, col) of each leader/agreement
    snapshot: str = ""  # an archived copy of the original article


EMPTY = Sidecar("", "", 0, (), (), (), ())


def precision_of(iso: str) -> str:
    return DATE_PRECISIONS[2 - iso.count("-")]


def parse_sidecar(path: str, text: str, problems: Problems) -> Sidecar:
    """Load and type one sidecar; problems are recorded, and what is valid is kept."""
    if len(text.encode("utf-8")) > MAX_SIDECAR_BYTES:
        problems.add(
            path, 1, 1, f"sidecar is larger than {MAX_SIDECAR_BYTES // 1024} KB", "split long notes or remove pasted text"
        )
        return Sidecar(path, "", 0, (), (), (), ())
    try:
        data = load(text)
    except YamlError as err:
        problems.add(path, err.line, err.col, err.what, err.fix)
        return Sidecar(path, "", 0, (), (), (), ())
    if data is None:
        return Sidecar(path, "", 0, (), (), (), ())
    raw = data
    typed = s.check(raw, SIDECAR_SCHEMA, path, "", problems) or {}
    if not isinstance(raw, dict):
        return Sidecar(path, "", 0, (), (), (), ())  # reported by the check: the file must be a mapping

    corrections = []
    name_lines = []
    raw_meta = raw.get("metadata") if isinstance(raw, dict) else None
    for field_name, entry in (typed.get("metadata") or {}).items():
        if "value" not in entry or "basis" not in entry:
            continue
        line = s.position(raw_meta, field_name)[0]
        value = entry["value"]
        kind = precision = ""
        if field_name in ("leaders", "agreements"):
            assert raw_meta is not None  # typed from it
            raw_value = raw_meta[field_name]["value"]
            items = raw_value if isinstance(raw_value, list) else [raw_value]
            for item in items:
                if isinstance(item, str):
                    name_lines.append((field_name, str(item), *s.position(item)))
            value = tuple(value)
        if field_name == "date":
            kind = entry.get("kind", "")
            precision = precision_of(value)
        corrections.append(Correction(field_name, value, entry["basis"], line, kind, precision))

    raw_cleaning = raw.get("cleaning") or {}

    def overrides(key: str) -> tuple[Override, ...]:
        # Each item is typed on its own, so an invalid one (reported by the full check) can't shift the others.
        out = []
        for raw_item in raw_cleaning.get(key) or [] if isinstance(raw_cleaning, dict) else []:
            item = s.check(raw_item, OVERRIDE_SCHEMA, path, "override", Problems()) or {}
            if "text" in item and "reason" in item:
                out.append(Override(item["text"].strip(), item["reason"], s.position(raw_item)[0]))
        return tuple(out)

    annotations = []
    seen_ids: dict[str, int] = {}
    raw_annotations = raw.get("annotations") if isinstance(raw.get("annotations"), list) else None
    for raw_item in raw_annotations or ():
        if not isinstance(raw_item, dict):
            continue
        item = s.check(raw_item, ANNOTATION_SCHEMA, path, "annotation", Problems()) or {}
        if "id" not in item or "quote" not in item:
            continue  # already reported by the full check above
        # Other missing or invalid fields were reported too (so nothing is written); the quote is still
        # anchored, so that its problems are reported in the same run.
        line = s.position(raw_item)[0]
        for what, fix in note_problems(item.get("note", "")):
            problems.add(path, *s.position(raw_item["note"]), f"annotation '{item['id']}' {what}", fix)
        if item["id"] in seen_ids:
            problems.add(
                path,
                *s.position(raw_item, "id"),
                f"duplicate annotation id '{item['id']}' (first at line {seen_ids[item['id']]})",
                "give each annotation its own id",
            )
            continue
        seen_ids[item["id"]] = line
        if item.get("verdict") and item.get("kind") != FACT_CHECK:
            problems.add(
                path,
                *s.position(raw_item, "verdict"),
                f"annotation '{item['id']}' has a verdict but is not a fact-check",
                f"remove the verdict, or make its kind '{FACT_CHECK}'",
            )
        annotations.append(
            Annotation(
                id=item["id"],
                quote=item["quote"],
                prefix=item.get("prefix", ""),
                suffix=item.get("suffix", ""),
                note=item.get("note", ""),
                kind=item.get("kind", ""),
                author=item.get("author", ""),
                created=item.get("created", ""),
                sources=tuple(item.get("sources", ())),
                verdict=item.get("verdict", ""),
                # Anchoring problems are about the quote, so they point at its line.
                line=s.position(raw_item["quote"])[0],
            )
        )
    slug = typed.get("slug", "")
    slug_line = s.position(raw, "slug")[0] if slug else 0
    snapshot = (typed.get("snapshot") or {}).get("url", "")
    return Sidecar(
        path,
        slug,
        slug_line,
        tuple(corrections),
        overrides("keep"),
        overrides("drop"),
        tuple(annotations),
        tuple(name_lines),
        snapshot,
    )
