"""What each article is as data: its record in the dataset (archive.json) and its page's front matter."""

from __future__ import annotations

from typing import Any

from .model import Annotation, Field, Page
from .urls import article_doc, url_of


def title_of(page: Page) -> str:
    """The page's title: the article's, or 'Untitled article' (with its outlet and date when known), see Page.heading."""
    return page.heading


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def description_of(page: Page, limit: int = 200) -> str:
    return shorten(page.lead, limit)


def field_record(f: Field) -> dict[str, Any]:
    value = list(f.value) if isinstance(f.value, tuple) else f.value
    out: dict[str, Any] = {"value": value, "provenance": f.provenance.as_dict()}
    out.update({k: v for k, v in f.extra if v})
    return out


def page_record(page: Page, doc: str) -> dict[str, Any]:
    return {
        "slug": page.slug,
        "slug_pinned": page.slug_pinned,
        "page": url_of(doc),
        "source_file": f"seeds/{page.clean.raw.name}",
        "source_sha256": page.clean.raw.sha256,
        "word_count": page.word_count,
        "needs_curation": list(page.needs_curation),
        **{name: field_record(f) for name, f in page.metadata.fields()},
    }


def annotation_record(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "quote": a.quote,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "note": a.note,
        "kind": a.kind,
        "author": a.author,
        "created": a.created,
        "sources": list(a.sources),
        "start": a.start,
        "end": a.start + len(a.quote),
    }


def front_matter_fields(page: Page) -> dict[str, Any]:
    """The article page's front matter: every field at the top level with its true type (a string, a list of
    strings, or null when unknown), the provenance of each in one map beside them."""
    data: dict[str, Any] = {"title": title_of(page), "description": description_of(page)}
    provenance: dict[str, Any] = {}
    for name, f in page.metadata.fields():
        if name == "title":
            data["title_known"] = f.known
        else:
            data[name] = list(f.value) if isinstance(f.value, tuple) else f.value
        for key, value in f.extra:
            data[f"{name}_{key}"] = value or None
        provenance[name] = f.provenance.as_dict()
    data.update(
        {
            "slug": page.slug,
            "slug_pinned": page.slug_pinned,
            "page": url_of(article_doc(page.slug)),
            "source_file": f"seeds/{page.clean.raw.name}",
            "source_sha256": page.clean.raw.sha256,
            "word_count": page.word_count,
            "annotations": len(page.annotations),
            "needs_curation": list(page.needs_curation),
            "provenance": provenance,
        }
    )
    return data
