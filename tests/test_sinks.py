"""Each sink of untrusted text, checked statically in the real built site: the reader sees the raw text, as text.

Sinks: <title>, <h1>, <meta name="description">, the previous/next links and listings, the Pagefind index,
data/archive.json and data/annotations.jsonld. In HTML a payload must arrive escaped exactly once: the parsed
text equals the raw payload (never "&lt;" shown to the reader, never a live tag). In the JSON files values equal
the raw text, never HTML-escaped.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile_seeds import QUOTE, build_hostile_site

from archive.textio import clean_label as label  # names are normalised (issue 16): invisible characters out, spaces collapsed

TEXT_DATA_ATTRIBUTES = {"data-copy-text"}  # text the copy button copies, never a link
URL_METAS = {"og:url", "og:image", "citation_public_url", "citation_pdf_url", "twitter:image"}


class Sinks(HTMLParser):
    """The text of <title> and <h1>, meta description, link texts by class, and every tag name seen in the body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = self.h1 = ""
        self.description: str | None = None
        self.links: dict[str, list[str]] = {}
        self.table_links: list[str] = []
        self._in: list[str] = []
        self._link_class = ""
        self.tags: set[str] = set()
        self.bad_attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        # A <meta> tag's content is text for a reader or a crawler (a title that begins "javascript:" is still a
        # title), except the tags that name a URL: those are checked like links.
        text_meta = tag == "meta" and (a.get("name") or a.get("property") or "") not in URL_METAS
        for name, value in attrs:
            scheme = "".join(ch for ch in (value or "") if ord(ch) > 0x20).lower()
            if (text_meta and name == "content") or name in TEXT_DATA_ATTRIBUTES:
                continue
            if name.startswith("on") or name == "srcdoc" or scheme.startswith(("javascript:", "data:", "vbscript:")):
                self.bad_attributes.append(f"<{tag} {name}={value!r}>")
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content")
        if tag in ("title", "h1", "a", "td"):
            self._in.append(tag)
            if tag == "a":
                self._link_class = a.get("class") or ("table" if "td" in self._in else "")
                self.links.setdefault(self._link_class, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if not self._in:
            return
        where = self._in[-1]
        if where == "title":
            self.title += data
        elif where == "h1" and "a" not in self._in:
            self.h1 += data
        elif where == "a":
            self.links[self._link_class][-1] += data


def parse(path: Path) -> Sinks:
    sinks = Sinks()
    sinks.feed(path.read_text("utf-8"))
    return sinks


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("sinks")
    site, items, refused = build_hostile_site(work)
    data = json.loads((work / "docs" / "data" / "archive.json").read_text("utf-8"))
    records = {Path(a["source_file"]).stem: a for a in data["articles"]}
    return work, site, items, refused, records


def page_of(site: Path, record: dict) -> Path:
    return site / record["page"] / "index.html"


def raw_lines(work: Path, record: dict) -> list[str]:
    return [line.strip() for line in (work / record["source_file"]).read_text("utf-8").splitlines() if line.strip()]


def title_lines(work: Path, record: dict) -> list[str]:
    """Raw lines as titles are made of them: invisible format characters (zero-width, bidi) removed, white space runs
    made one space."""
    return [title_of(line) for line in raw_lines(work, record)]


def title_of(text: str) -> str:
    return " ".join("".join(ch for ch in text if unicodedata.category(ch) != "Cf").split())


def test_title_and_h1_show_the_raw_title(built) -> None:
    work, site, items, _refused, records = built
    for i, payload in enumerate(items):
        text_record, meta_record = records[f"1{i:02d}_p{i}"], records[f"2{i:02d}_t{i}"]
        # Door (a): the title is a raw line, whichever line the cleaning took for it; door (c): the contributor's value.
        assert text_record["title"]["value"] in title_lines(work, text_record)
        assert meta_record["title"]["value"] == title_of(payload)  # titles: white space runs made one space
        for record in (text_record, meta_record):
            sinks = parse(page_of(site, record))
            title = record["title"]["value"]
            assert (record["slug"], sinks.title) == (record["slug"], f"{title} - Summit Archive")
            assert (record["slug"], sinks.h1.strip()) == (record["slug"], title.strip())


def test_meta_description_is_raw_text(built) -> None:
    work, site, items, _refused, records = built
    for i in range(len(items)):
        record = records[f"1{i:02d}_p{i}"]
        description = parse(page_of(site, record)).description
        lines = raw_lines(work, record)
        # A long paragraph is cut at a word and ends in "…".
        assert description in lines or (description.endswith("…") and any(x.startswith(description[:-1]) for x in lines)), i


def test_links_and_listings_show_raw_titles(built) -> None:
    _work, site, items, _refused, records = built
    titles = {r["page"]: r["title"]["value"] for r in records.values()}
    all_titles = [
        t for link_texts in (parse(p).links.get("table", []) for p in (site / "all").rglob("*.html")) for t in link_texts
    ]
    assert sorted(all_titles) == sorted(titles.values())
    for i, payload in enumerate(items):
        sinks = parse(page_of(site, records[f"2{i:02d}_t{i}"]))
        neighbours = sinks.links.get("sa-prev", []) + sinks.links.get("sa-next", [])
        assert neighbours and all(t.startswith(("← Older: ", "Newer: ")) for t in neighbours)
        # The outlet page: the outlet name is its <title> and <h1>.
        outlet = label(f"Outlet {payload}")
        (outlet_page,) = [p for p in (site / "outlets").rglob("index.html") if parse(p).h1.strip() == outlet.strip()]
        assert parse(outlet_page).title == f"{outlet} - Summit Archive"


def test_no_payload_tag_or_attribute_reaches_the_html(built) -> None:
    """Statically, over every page: no tag a payload names, no on* attribute, srcdoc or javascript:/data: URL."""
    _work, site, _items, _refused, _records = built
    foreign = {"iframe", "object", "embed", "base", "math", "marquee", "isindex", "frameset", "video", "audio", "template"}
    for path in site.rglob("*.html"):
        sinks = parse(path)
        assert (path.relative_to(site).as_posix(), sinks.tags & foreign, sinks.bad_attributes) == (
            path.relative_to(site).as_posix(),
            set(),
            [],
        )


def test_archive_json_holds_the_raw_text(built) -> None:
    work, _site, items, refused, records = built
    for i, payload in enumerate(items):
        text_record, meta_record = records[f"1{i:02d}_p{i}"], records[f"2{i:02d}_t{i}"]
        assert text_record["title"]["value"] in title_lines(work, text_record)
        assert (meta_record["title"]["value"], meta_record["outlet"]["value"], meta_record["author"]["value"]) == (
            title_of(payload),
            label(f"Outlet {payload}"),
            label(payload),
        )
        notes = [a["note"] for a in text_record["annotations"]]
        assert notes == ([] if i in refused else [payload])


def test_annotations_jsonld_holds_the_raw_notes(built) -> None:
    work, _site, items, refused, _records = built
    data = json.loads((work / "docs" / "data" / "annotations.jsonld").read_text("utf-8"))
    notes = sorted(item["body"][0]["value"] for item in data["first"]["items"])
    assert notes == sorted(p for i, p in enumerate(items) if i not in refused)
    assert data["total"] == len(items) - len(refused)
    for item in data["first"]["items"]:
        assert item["target"][0]["selector"][0]["exact"] == QUOTE
        assert item["creator"]["name"] == "Test Author"


def test_pagefind_index_holds_the_raw_titles(built) -> None:
    """Pagefind reads titles from data-pagefind-meta: parsed once, so its index holds the raw text."""
    _work, site, _items, _refused, records = built
    indexed = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd") :])
        indexed[fragment["url"].strip("/") + "/"] = fragment
    for record in records.values():
        fragment = indexed[record["page"]]
        assert fragment["meta"]["title"] == record["title"]["value"]
        assert "&lt;" not in fragment["content"] or "&lt;" in json.dumps(record)


# --- the citable archive's sinks (issue 14): head metadata, JSON-LD, the citation box, feeds, downloads, tables ---


def head_and_box(path: Path) -> dict:
    """What a consumer reads from a page: its <meta> tags, its JSON-LD blocks, the citation box's text."""
    import lxml.html

    tree = lxml.html.fromstring(path.read_text("utf-8"))
    scripts = [s.text_content() for s in tree.iter("script") if s.get("type") == "application/ld+json"]
    box = tree.find_class("sa-citation")
    button = tree.find_class("sa-copy")
    return {
        "meta": [(m.get("name") or m.get("property"), m.get("content")) for m in tree.iter("meta") if m.get("content")],
        "json_ld": [json.loads(s) for s in scripts],
        "citation": box[0].text_content() if box else None,
        "copy": button[0].get("data-copy-text") if button else None,
    }


def test_head_metadata_and_json_ld_hold_the_raw_text(built) -> None:
    """</script> in a title must not end the JSON-LD: every block parses, and holds the raw values."""
    from archive.cite import split_authors

    _work, site, items, _refused, records = built
    for i, payload in enumerate(items):
        record = records[f"2{i:02d}_t{i}"]
        seen = head_and_box(page_of(site, record))
        (data,) = seen["json_ld"]
        article = data["@graph"][0]
        title = record["title"]["value"]
        assert (i, article["headline"], article["publisher"]["name"]) == (i, title, label(f"Outlet {payload}"))
        assert [a["name"] for a in article["author"]] == list(split_authors(label(payload)))
        meta = seen["meta"]
        assert ("citation_title", title) in meta and ("og:title", title) in meta and ("twitter:title", title) in meta
        assert [c for n, c in meta if n == "citation_author"] == list(split_authors(label(payload)))
        assert ("prism.publicationName", label(f"Outlet {payload}")) in meta


def test_the_citation_box_shows_the_raw_text_once_escaped(built) -> None:
    """The formatted citation's HTML reads as the same text as its plain form (the copy button's), with the title in it."""
    _work, site, items, _refused, records = built
    for i in range(len(items)):
        record = records[f"2{i:02d}_t{i}"]
        seen = head_and_box(page_of(site, record))
        assert " ".join(seen["citation"].split()) == " ".join(seen["copy"].split())
        assert " ".join(record["title"]["value"].split()) in " ".join(seen["copy"].split())


def test_feeds_and_downloads_hold_the_raw_text(built) -> None:
    import csv

    import bibtexparser
    import feedparser
    import rispy
    from bibtexparser.middlewares import LatexDecodingMiddleware

    work, _site, items, _refused, records = built
    docs = work / "docs"
    titles = {}
    for path in sorted(p for p in (docs / "feeds").rglob("*.xml") if p.name != "sitemap.xml"):
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo is False, (path.name, parsed.get("bozo_exception"))
        if path.name == "articles.xml":
            titles.update({e.link.rstrip("/").rsplit("/", 1)[-1]: e.title for e in parsed.entries})
    rows = {r["slug"]: r for r in csv.DictReader((docs / "data" / "archive.csv").read_text("utf-8").splitlines(True))}
    lines = [json.loads(line) for line in (docs / "data" / "archive.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == len(rows) == len(records)
    for i, payload in enumerate(items):
        record = records[f"2{i:02d}_t{i}"]
        title = record["title"]["value"]
        if record["slug"] in titles:  # the feed lists the newest 50
            assert titles[record["slug"]] == title, i
        assert (rows[record["slug"]]["title"], rows[record["slug"]]["author"]) == (title, label(payload))
        bib = (docs / "data" / "cite" / f"{record['slug']}.bib").read_text("utf-8")
        library = bibtexparser.parse_string(bib, append_middleware=[LatexDecodingMiddleware()])
        assert library.failed_blocks == [] and len(library.entries) == 1, i
        if "^" not in title:  # pylatexenc decodes \\textasciicircum to a modifier letter
            assert library.entries[0].fields_dict["title"].value == title, i
        (ref,) = rispy.loads((docs / "data" / "cite" / f"{record['slug']}.ris").read_text("utf-8"))
        assert (ref["title"], ref["secondary_title"]) == (" ".join(title.split()), label(f"Outlet {payload}"))
