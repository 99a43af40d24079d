"""The downloadable dataset: docs/data/archive.json, docs/data/annotations.jsonld and docs/data/text/<slug>.txt.

Each annotation is a W3C Web Annotation whose target is the article's clean text file, selected both by
quote (TextQuoteSelector) and by position (TextPositionSelector, code points over that exact file), and
which names the article's page as well, so other annotation tools can import and re-anchor it.

Each article's part of the two files is serialised once, when its page is rendered, and kept in the build
cache: rewriting the files after one sidecar edit joins the kept parts instead of serialising 10,000 pages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .model import Page
from .records import annotation_record, page_record
from .urls import url_of

CONTEXT_WINDOW = 32  # characters of prefix/suffix recorded with each quote
LICENCE = "Metadata and annotations: CC BY 4.0"


def _dump(data: object) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def archive_record(page: Page) -> bytes:
    """The article's record in archive.json, serialised (as UTF-8: kept by the thousand, a str of non-ASCII text
    takes two or four bytes a character)."""
    data = page_record(page, f"articles/{page.slug}.md")
    data["annotations"] = [annotation_record(a) for a in page.annotations]
    data["text_file"] = f"data/text/{page.slug}.txt"
    data["dropped"] = [{"line": d.number, "rule": d.rule, "text": d.text} for d in page.clean.dropped]
    return _dump(data).encode("utf-8")


def archive_json(records: Iterable[bytes], count: int) -> Iterator[bytes]:
    """archive.json from the records in order, one a line; streamed, so the whole dataset (~40 MB at 10,000
    articles) never sits in memory twice."""
    head = _dump({"count": count, "licence": LICENCE})
    yield (head[:-1] + ', "articles": [\n').encode("utf-8")
    first = True
    for record in records:
        yield record if first else b",\n" + record
        first = False
    yield ("\n" if not first else "").encode("utf-8") + b"]}\n"


def annotation_items(page: Page, base_url: str) -> tuple[bytes, ...]:
    """The article's annotations as W3C Web Annotations, each serialised (UTF-8)."""
    items = []
    text = page.text
    text_url = f"{base_url}data/text/{page.slug}.txt"
    page_url = f"{base_url}{url_of(f'articles/{page.slug}.md')}"
    for a in page.annotations:
        end = a.start + len(a.quote)
        body = [{"type": "TextualBody", "value": a.note, "format": "text/markdown", "purpose": "commenting"}]
        body += [{"type": "SpecificResource", "source": url, "purpose": "linking"} for url in a.sources]
        item = {
            "id": f"{page_url}#annotation-{a.id}",
            "type": "Annotation",
            "motivation": "commenting",
            "created": a.created,
            "creator": {"type": "Person", "name": a.author},
            "body": body,
            "target": [
                {
                    "source": text_url,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": a.quote,
                            "prefix": text[max(0, a.start - CONTEXT_WINDOW) : a.start],
                            "suffix": text[end : end + CONTEXT_WINDOW],
                        },
                        {"type": "TextPositionSelector", "start": a.start, "end": end},
                    ],
                },
                {"source": page_url},
            ],
            "summit:kind": a.kind,
        }
        items.append(_dump(item).encode("utf-8"))
    return tuple(items)


def annotations_jsonld(items: list[bytes], base_url: str) -> Iterator[bytes]:
    """The AnnotationCollection, exactly as json.dumps(sort_keys=True) writes it, around the serialised items."""
    marker = "\0items\0"
    collection = {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"summit": "urn:summit-archive:vocab#"}],
        "id": f"{base_url}data/annotations.jsonld",
        "type": "AnnotationCollection",
        "label": "Summit Archive annotations (CC BY 4.0)",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": marker},
    }
    before, after = _dump(collection).split(json.dumps(marker), 1)
    yield (before + "[").encode("utf-8")
    for i, item in enumerate(items):
        yield b", " + item if i else item
    yield ("]" + after + "\n").encode("utf-8")
