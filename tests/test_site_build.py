"""The real site, built from the real seeds/ (mkdocs build --strict and Pagefind run inside), read back as HTML.

No browser here: the pages are parsed with html.parser and checked for what a reader will see, and
every internal link and asset is checked to exist.
"""

from __future__ import annotations

import datetime
import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from support import ROOT

from archive.pipeline import site_base_url

SITE_URL = site_base_url(ROOT / "mkdocs.yml")
# The site is published under site_url's path (/summit-archive/): an absolute link there (MkDocs writes them in
# 404.html, served at any depth) resolves on the published host to that path less this prefix.
SITE_PATH = urlsplit(SITE_URL).path or "/"


def published(path: str) -> str:
    """An absolute path on the published host -> the same file's path from the site folder's root."""
    return "/" + path[len(SITE_PATH) :] if path.startswith(SITE_PATH) else path


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Node or str

    def text(self, skip: tuple[str, ...] = ()) -> str:
        return "".join(
            c if isinstance(c, str) else c.text(skip) for c in self.children if isinstance(c, str) or c.tag not in skip
        )

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, **attrs) -> list[Node]:
        def matches(n: Node) -> bool:
            if tag and n.tag != tag:
                return False
            for name, want in attrs.items():
                name = name.rstrip("_").replace("_", "-")
                have = n.attrs.get(name)
                if have is None:
                    return False
                if name == "class" and want not in have.split():
                    return False
                if name != "class" and want is not True and have != want:
                    return False
            return True

        return [n for n in self.iter() if matches(n)]

    def find(self, tag: str | None = None, **attrs) -> Node:
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag or '*'} {attrs}>"
        return found[0]


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: (v if v is not None else "") for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(path: Path) -> Node:
    builder = TreeBuilder()
    builder.feed(path.read_text(encoding="utf-8"))
    builder.close()
    return builder.root


def squash(text: str) -> str:
    return " ".join(text.split())


def human_date(iso: str) -> str:
    """The date as a reader sees it, worked out with the standard library (not a copy of render.human_date)."""
    if len(iso) == 10:
        day = datetime.date.fromisoformat(iso)
        return f"{day.day} {day:%B %Y}"
    if len(iso) == 7:
        return f"{datetime.datetime.strptime(iso, '%Y-%m'):%B %Y}"
    return iso


@pytest.fixture(scope="module")
def pages(site) -> dict[str, Node]:
    return {str(p.relative_to(site)): parse(p) for p in sorted(site.rglob("*.html"))}


def page_of(pages: dict[str, Node], url: str) -> Node:
    return pages[(url.strip("/") + "/index.html").lstrip("/")]


def follow(pages: dict[str, Node], from_url: str, href: str) -> Node:
    """The page a relative link on the page at from_url ('articles/x/') leads to."""
    return page_of(pages, posixpath.normpath(posixpath.join("/" + from_url, href)))


def heading(root: Node) -> str:
    return squash(root.find("article").find("h1").text())


def test_every_page_type_is_built(site, archive):
    assert archive["count"] == len(list((ROOT / "seeds").glob("*.txt"))) == len(archive["articles"])
    for path in [
        "index.html",
        "timeline/index.html",
        "all/index.html",
        "leaders/index.html",
        "outlets/index.html",
        "agreements/index.html",
        "search/index.html",
        "about/index.html",
        "how-to-annotate/index.html",
        "404.html",
        "pagefind/pagefind.js",
    ]:
        assert (site / path).is_file(), path
    for kind in ("leaders", "outlets", "agreements"):
        assert list((site / kind).glob("*/index.html")), kind
    for article in archive["articles"]:
        assert (site / article["page"] / "index.html").is_file()
        if article["date"]["value"]:
            assert (site / "timeline" / article["date"]["value"][:4] / "index.html").is_file()


def test_every_internal_link_and_asset_resolves(site, pages):
    broken = []
    for rel, root in pages.items():
        base = PurePosixPath("/" + rel).parent
        ids = {n.attrs["id"] for n in root.iter() if "id" in n.attrs}
        for node in root.iter():
            for attr in ("href", "src"):
                value = node.attrs.get(attr)
                if value is None or node.tag == "base":
                    continue
                parts = urlsplit(value)
                if parts.scheme or parts.netloc or value.startswith(("mailto:", "javascript:", "data:")):
                    continue
                if not parts.path:  # same-page fragment
                    if parts.fragment and parts.fragment not in ids:
                        broken.append(f"{rel}: <{node.tag} {attr}={value!r}> (no such id)")
                    continue
                target = PurePosixPath(published(unquote(parts.path)))
                resolved = target if target.is_absolute() else base / target
                path = site / str(resolved).lstrip("/")
                path = Path(str(path))
                if value.endswith("/") or path.is_dir():
                    path = path / "index.html"
                if not path.resolve().is_relative_to(site.resolve()) or not path.is_file():
                    broken.append(f"{rel}: <{node.tag} {attr}={value!r}>")
    assert not broken, "\n".join(broken[:40])


def test_no_third_party_stylesheets_scripts_or_fonts(pages):
    foreign = []
    for rel, root in pages.items():
        for node in root.find_all("link") + root.find_all("script"):
            url = node.attrs.get("href") or node.attrs.get("src") or ""
            if node.tag == "link" and node.attrs.get("rel") == "canonical" and url.startswith(SITE_URL):
                continue  # the page's own published address: named, never loaded
            if urlsplit(url).netloc or url.startswith("//"):
                foreign.append(f"{rel}: <{node.tag}> {url}")
        # Material's search dialog (replaced by Pagefind) and its GitHub-fetching repository widget are gone.
        assert not root.find_all(data_md_component="search"), rel
        assert not root.find_all(data_md_component="source"), rel
    assert not foreign, "\n".join(foreign)


def test_header_search_submits_to_the_search_page_on_every_page(site, pages):
    for rel, root in pages.items():
        form = root.find("form", class_="sa-header-search")
        assert form.attrs.get("method", "get") == "get"  # GET, the default, is left out of a minified page
        assert form.find("input").attrs["name"] == "q"
        target = PurePosixPath(published(str(PurePosixPath("/" + rel).parent / form.attrs["action"])))
        assert (site / str(target).lstrip("/") / "index.html").resolve() == (site / "search" / "index.html").resolve(), rel


def test_article_pages_show_the_facts_text_and_annotations(site, pages, archive):
    for article in archive["articles"]:
        root = page_of(pages, article["page"])
        content = root.find("article")
        assert heading(root) == article["title"]["value"]
        card = content.find(class_="sa-card")
        facts = {squash(dt.text()): dd for dt, dd in zip(card.find_all("dt"), card.find_all("dd"), strict=True)}
        date_row = facts.get("Published") or facts["Event date"]
        date = article["date"]["value"]
        if date:
            assert date_row.find("time").attrs["datetime"] == date
            assert squash(date_row.find("time").text()) == human_date(date)
        else:
            assert squash(date_row.text()).startswith("Unknown")
            assert date_row.find(class_="sa-prov-unknown").text() == "needs curation"
        outlet = article["outlet"]["value"]
        if outlet:
            link = facts["Outlet"].find("a")
            assert link.text() == outlet
            assert heading(follow(pages, article["page"], link.attrs["href"])) == outlet
        else:
            assert facts["Outlet"].find(class_="sa-prov-unknown").text() == "needs curation"
        for row, field_name in (("Leaders", "leaders"), ("Agreements", "agreements")):
            links = facts[row].find_all("a")
            assert [a.text() for a in links] == (article[field_name]["value"] or [])
            for link in links:
                assert heading(follow(pages, article["page"], link.attrs["href"])) == link.text()
        # The text, with annotated quotes marked and their notes beside them.
        text = content.find(class_="sa-text")
        clean = (site / "data" / "text" / f"{article['slug']}.txt").read_text(encoding="utf-8")
        first_paragraph = next(
            line for line in clean.splitlines() if len(line.split()) > 12 and line.strip() != article["title"]["value"]
        )
        assert squash(first_paragraph) in squash(text.text(skip=("button",)))  # the numbered markers aside
        # Notes are numbered in the order they stand in the sidecar (the order they were added), not in the text.
        sidecar = yaml.safe_load((ROOT / article["source_file"]).with_suffix(".yml").read_text(encoding="utf-8")) or {}
        added = [item["id"] for item in sidecar.get("annotations") or []]
        for annotation in article["annotations"]:
            number = added.index(annotation["id"]) + 1
            quote = text.find("mark", id=f"quote-{annotation['id']}")
            assert quote.text() == annotation["quote"]
            marker = text.find("button", popovertarget=f"note-{annotation['id']}")
            assert marker.text() == str(number)
            note = content.find("aside", id=f"note-{annotation['id']}")
            assert "popover" in note.attrs
            note_words = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", annotation["note"]).replace("*", "")
            assert squash(note_words)[:60] in squash(note.text())
            item = content.find("li", id=f"annotation-{annotation['id']}")
            assert f"{annotation['author']}, {annotation['created']}" in squash(item.text())
            for source in annotation["sources"]:
                assert item.find_all("a", href=source)
        # Where the text came from: the raw file's name and its real SHA-256.
        seed = ROOT / article["source_file"]
        source = root.find(class_="sa-source")
        codes = [c.text() for c in source.find_all("code")]
        assert article["source_file"] in codes
        assert hashlib.sha256(seed.read_bytes()).hexdigest() in codes


def test_article_pages_are_indexed_for_search_with_filters_and_sort(pages, archive):
    for article in archive["articles"]:
        root = page_of(pages, article["page"])
        body = root.find(data_pagefind_body=True)
        filters = {(n.attrs["data-pagefind-filter"], squash(n.text())) for n in body.find_all(data_pagefind_filter=True)}
        expected = {("leader", name) for name in article["leaders"]["value"] or []}
        expected |= {("agreement", name) for name in article["agreements"]["value"] or []}
        if article["outlet"]["value"]:
            expected.add(("outlet", article["outlet"]["value"]))
        if article["date"]["value"]:
            expected.add(("year", article["date"]["value"][:4]))
            assert body.find(data_pagefind_sort=f"date:{article['date']['value']}")
        assert filters == expected
    # Only articles are indexed: every other page lacks data-pagefind-body.
    indexed = {rel for rel, root in pages.items() if root.find_all(data_pagefind_body=True)}
    assert indexed == {f"{a['page']}index.html" for a in archive["articles"]}


def test_search_page_has_the_controls_and_a_noscript_message(pages):
    root = pages["search/index.html"]
    assert root.find("input", id="search-input").attrs["type"] == "search"
    assert root.find("ol", id="search-results")
    assert [o.attrs["value"] for o in root.find("select", id="search-sort").find_all("option")] == [
        "relevance",
        "date-desc",
        "date-asc",
    ]
    assert "needs JavaScript" in root.find("noscript").text()


CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)


def test_every_page_carries_the_content_security_policy(pages):
    """Issue 16, finding 13: a strict policy in a <meta> at the top of every page's head (the browser tests show the
    site, search included, still works under it)."""
    for rel, root in pages.items():
        metas = [m for m in root.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
        assert [m.attrs.get("content") for m in metas] == [CSP], rel
