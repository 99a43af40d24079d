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
from pathlib import Path

from .model import Entry, Page
from .records import annotation_record, page_record
from .urls import url_of

CONTEXT_WINDOW = 32  # characters of prefix/suffix recorded with each quote
LICENCE = "Metadata and annotations: CC BY 4.0"

# Up to this many articles the dataset is written twice: whole (WHOLE_DATASET: archive.json, .csv, .jsonl) and a
# year a file (data/years/<year>.json, .csv, .jsonl). Past it, a year a file only: every record stored once, no file
# a reader cannot download or GitHub cannot hold. At 5,000 articles archive.json is about 19 MB (3.8 KB an article),
# well under GitHub's 100 MB file limit; at 100,000 it was 365 MB, and the per-year files already held the same
# records again (520 MB). annotations.jsonld stays whole at any size: it is not duplicated (no per-year copy), it is
# one AnnotationCollection other tools import by its id, and it is 43 MB at 100,000 articles.
WHOLE_DATASET_MAX = 5000
WHOLE_DATASET = ("data/archive.json", "data/archive.csv", "data/archive.jsonl")


def dataset_files(data: Path, ext: str) -> list[Path]:
    """The files that hold every article in one shape ("json": archive.json's records, "csv", "jsonl": the table),
    in a built data/ folder: the whole file when the build wrote it, else each year's (data/years/<year>.<ext>).

    BUILT_ONLY: in docs/, only the files the build's manifest lists: a pull request can commit a file there ("data/
    years/1999.jsonl", or a whole archive.jsonl past the limit), and the shard planner must not read it. A built site
    (no manifest) holds what the build wrote."""
    from .writer import read_manifest  # (writer imports nothing of the archive's but problems)

    written = read_manifest(data.parent)

    def built(path: Path) -> bool:
        return not written or f"{data.name}/{path.relative_to(data).as_posix()}" in written

    whole = data / f"archive.{ext}"
    if whole.is_file() and built(whole):
        return [whole]
    return [path for path in sorted((data / "years").glob(f"*.{ext}")) if built(path)]


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


# --- the dataset as a table: CSV, JSON Lines, split by year, described by a Frictionless data package --------------

# In the CSV a list (leaders, agreements, fields needing curation) is one cell, its items joined by LIST_SEPARATOR;
# in JSON Lines it is a JSON array. Documented in datapackage.json and on the About page.
LIST_SEPARATOR = "; "
TABLE_FIELDS = (
    ("slug", "string", "The article's address in the archive: articles/<slug>/."),
    ("page_url", "string", "The archive's page for the article (absolute when the site's site_url is set)."),
    ("title", "string", "The article's headline; empty when unknown."),
    ("date", "string", "The date, at its precision: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown."),
    ("date_precision", "string", "day, month or year; empty when the date is unknown."),
    ("date_kind", "string", "publication (the day it was published) or event (the day of the meeting it reports)."),
    ("outlet", "string", "The outlet that published it (a registry name); empty when unknown."),
    ("author", "string", "The author or authors as credited; empty when unknown."),
    ("url", "string", "The original article's URL; empty when unknown."),
    ("leaders", "list", "Leaders the article names (registry names)."),
    ("agreements", "list", "Agreements the article names (registry names)."),
    ("word_count", "integer", "Words in the clean text."),
    ("annotations", "integer", "How many annotations the article has."),
    ("needs_curation", "list", "Fields still unknown, awaiting a contributor."),
    ("text_file", "string", "The clean text, relative to the site: data/text/<slug>.txt."),
    ("source_file", "string", "The raw file in the repository: seeds/<name>.txt."),
    ("source_sha256", "string", "SHA-256 of the raw file's bytes."),
)
TABLE_COLUMNS = tuple(name for name, _type, _doc in TABLE_FIELDS)
UNDATED = "undated"


def table_row(page: Page, base_url: str) -> bytes:
    """The article's row (JSON Lines: one JSON object, lists as arrays), serialised once when its page is rendered."""
    m = page.metadata
    row = {
        "slug": page.slug,
        "page_url": base_url + url_of(f"articles/{page.slug}.md"),
        "title": m.title.value if m.title.known else "",
        "date": m.date.value if m.date.known else "",
        "date_precision": m.date.get("precision") if m.date.known else "",
        "date_kind": m.date.get("kind") if m.date.known else "",
        "outlet": m.outlet.value if m.outlet.known else "",
        "author": m.author.value if m.author.known else "",
        "url": m.url.value if m.url.known else "",
        "leaders": list(m.leaders.value or ()),
        "agreements": list(m.agreements.value or ()),
        "word_count": page.word_count,
        "annotations": len(page.annotations),
        "needs_curation": list(page.needs_curation),
        "text_file": f"data/text/{page.slug}.txt",
        "source_file": f"seeds/{page.clean.raw.name}",
        "source_sha256": page.clean.raw.sha256,
    }
    return json.dumps({k: row[k] for k in TABLE_COLUMNS}, ensure_ascii=False).encode("utf-8")


def year_of(entry: Entry) -> str:
    """The year whose data files (data/years/) hold an article: its date's, or UNDATED."""
    return entry.date[:4] if entry.date else UNDATED


def jsonl(rows: Iterable[bytes]) -> Iterator[bytes]:
    for row in rows:
        yield bytes(row) + b"\n"


def csv_table(rows: Iterable[bytes]) -> Iterator[bytes]:
    """The rows as CSV (UTF-8, a header row, quoted as RFC 4180 says, lines ended by \\n as every output of the
    build); lists joined by LIST_SEPARATOR."""
    import csv
    import io

    kinds = {name: kind for name, kind, _doc in TABLE_FIELDS}

    def line(values: list) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        return buffer.getvalue().encode("utf-8")

    yield line(list(TABLE_COLUMNS))
    for row in rows:
        data = json.loads(bytes(row))
        yield line([LIST_SEPARATOR.join(data[c]) if kinds[c] == "list" else data[c] for c in TABLE_COLUMNS])


def _schema(lists_as: str) -> dict:
    fields = []
    for name, kind, doc in TABLE_FIELDS:
        field: dict = {"name": name, "description": doc}
        if kind == "list":
            if lists_as == "array":
                field["type"] = "array"
            else:
                field["type"] = "string"
                field["description"] = f"{doc} Items joined by '{LIST_SEPARATOR}'."
        else:
            field["type"] = kind
        if name == "date":
            field["constraints"] = {"pattern": r"(\d{4}(-\d{2}(-\d{2})?)?)?"}
        if name in ("slug", "page_url", "text_file", "source_file", "source_sha256", "word_count", "annotations"):
            field.setdefault("constraints", {})["required"] = True
        fields.append(field)
    return {"fields": fields, "primaryKey": ["slug"]}


def datapackage(years: list[str], base_url: str, whole: bool = True) -> bytes:
    """datapackage.json (Frictionless Data Package v1) describing every table and every field: the whole tables
    (archive.csv, archive.jsonl) when the build writes them (whole), and each year's."""
    csv_schema, json_schema = _schema("string"), _schema("array")

    def resource(name: str, path: str, fmt: str, title: str) -> dict:
        out = {
            "name": name,
            "path": path,
            "title": title,
            "profile": "tabular-data-resource",
            "format": fmt,
            "encoding": "utf-8",
            "schema": csv_schema if fmt == "csv" else json_schema,
        }
        if fmt == "csv":
            out["mediatype"] = "text/csv"
            out["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
        else:
            out["mediatype"] = "application/jsonl"
        return out

    resources = []
    if whole:
        resources.append(resource("articles-csv", "archive.csv", "csv", "Every article, one row each (CSV)"))
        resources.append(resource("articles-jsonl", "archive.jsonl", "jsonl", "Every article, one JSON object a line"))
    for year in years:
        resources.append(resource(f"articles-{year}-csv", f"years/{year}.csv", "csv", f"Articles of {year} (CSV)"))
        resources.append(resource(f"articles-{year}-jsonl", f"years/{year}.jsonl", "jsonl", f"Articles of {year} (JSON Lines)"))
    package = {
        "name": "summit-archive",
        "title": "Summit Archive",
        "description": "Press coverage of Russia–China leader meetings: each article's metadata, one row an article.",
        "licenses": [{"name": "CC-BY-4.0", "title": "Metadata and annotations: CC BY 4.0"}],
        "profile": "tabular-data-package",
        "resources": resources,
    }
    if base_url:
        package["homepage"] = base_url
    return (json.dumps(package, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
