"""The downloadable dataset: docs/data/archive.json, docs/data/annotations.jsonld and docs/data/text/<slug>.txt.

Each annotation is a W3C Web Annotation whose target is the article's clean text file, selected both by
quote (TextQuoteSelector) and by position (TextPositionSelector, code points over that exact file), and
which names the article's page as well, so other annotation tools can import and re-anchor it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .model import Page
from .render import annotation_record, dumps, page_record, url_of

CONTEXT_WINDOW = 32  # characters of prefix/suffix recorded with each quote


def archive_json(pages: list[Page]) -> Iterator[bytes]:
    """One article's record a line; each record is serialised as soon as it is made, so the whole dataset
    never sits in memory (at 10,000 articles it is ~40 MB, and joining it cost three times that). Yields chunks."""

    def record(page: Page) -> str:
        data = page_record(page, f"articles/{page.slug}.md")
        data["annotations"] = [annotation_record(a) for a in page.annotations]
        data["text_file"] = f"data/text/{page.slug}.txt"
        data["dropped"] = [{"line": d.number, "rule": d.rule, "text": d.text} for d in page.clean.dropped]
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    head = json.dumps({"count": len(pages), "licence": "Metadata and annotations: CC BY 4.0"}, sort_keys=True)
    yield (head[:-1] + ', "articles": [\n').encode("utf-8")
    for i, page in enumerate(pages):
        yield ((",\n" if i else "") + record(page)).encode("utf-8")
    yield ("\n" if pages else "").encode("utf-8") + b"]}\n"


def annotations_jsonld(pages: list[Page], base_url: str) -> bytes:
    items = []
    for page in pages:
        text_url = f"{base_url}data/text/{page.slug}.txt"
        page_url = f"{base_url}{url_of(f'articles/{page.slug}.md')}"
        for a in page.annotations:
            end = a.start + len(a.quote)
            body = [{"type": "TextualBody", "value": a.note, "format": "text/markdown", "purpose": "commenting"}]
            body += [{"type": "SpecificResource", "source": url, "purpose": "linking"} for url in a.sources]
            items.append(
                {
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
                                    "prefix": page.text[max(0, a.start - CONTEXT_WINDOW) : a.start],
                                    "suffix": page.text[end : end + CONTEXT_WINDOW],
                                },
                                {"type": "TextPositionSelector", "start": a.start, "end": end},
                            ],
                        },
                        {"source": page_url},
                    ],
                    "summit:kind": a.kind,
                }
            )
    return dumps(
        {
            "@context": ["http://www.w3.org/ns/anno.jsonld", {"summit": "urn:summit-archive:vocab#"}],
            "id": f"{base_url}data/annotations.jsonld",
            "type": "AnnotationCollection",
            "label": "Summit Archive annotations (CC BY 4.0)",
            "total": len(items),
            "first": {"type": "AnnotationPage", "items": items},
        }
    )
